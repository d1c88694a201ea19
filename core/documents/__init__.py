"""Printed documents in the administrative layout of Decree 30/2020: invitations with QR codes, sign-in sheets,
lists for the collection agency. Always in Vietnamese (core.i18n.DOCUMENTS), whatever the screen shows."""
