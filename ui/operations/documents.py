"""Printed documents on the DB worker (core.documents): an invitation batch previewed, printed to a file (which
registers its number and marks the invitations printed), and the sign-in sheet. A batch of hundreds reports its
progress and can be cancelled; the window never waits on it."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def preview_invitations(parent, *, conference_id: int, path, per_page: int, person_ids=None,
                        number: int | None = None) -> Op:
    def fn(ws, progress):
        from core.documents import invitations
        return invitations.preview(ws, conference_id, path, per_page, person_ids, number, progress)
    return Op(parent, fn, title=tr("Operations", "Đang dựng bản xem trước…"))


def print_invitations(parent, *, conference_id: int, path, per_page: int, person_ids=None,
                      number: int | None = None) -> Op:
    def fn(ws, progress):
        from core.changes import Changes
        from core.documents import invitations
        printed = invitations.print_batch(ws, conference_id, path, per_page, person_ids, number, progress=progress)
        return printed, Changes.of("invitations")
    return Op(parent, fn, title=tr("Operations", "Đang in giấy mời…"))


def preview_template(parent, *, template: str, path) -> Op:
    """The invitation template as the clerk is editing it, drawn as its first invitation would print, into path
    (core.documents.invitations.sample: registers nothing); the result is a Sample."""
    def fn(ws, _progress):
        from core.documents import invitations
        return invitations.sample(ws, template, path)
    return Op(parent, fn, title=tr("Operations", "Đang dựng bản xem trước…"))


def print_signin(parent, *, conference_id: int, path) -> Op:
    def fn(ws, _progress):
        from core.documents import signin
        return signin.print_sheet(ws, conference_id, path)
    return Op(parent, fn, title=tr("Operations", "Đang in danh sách ký tên…"))


def registration_list(parent, *, form: str, out, pdf=None, conference_id: int | None = None, date_from=None,
                      date_to=None, agency: str | None = None) -> Op:
    """The collection agency's list (D05-TS / D03-TS) to out (.xlsx), and to pdf when given."""
    def fn(ws, _progress):
        from core.documents import files, registration_lists, registration_pdf, registration_workbook
        reg = registration_lists.gather(ws, form, conference_id, date_from, date_to, agency)
        with files.written(out) as drawing:
            registration_workbook.write(reg, ws.office or {}, drawing)
        if pdf:
            with files.written(pdf) as drawing:
                registration_pdf.write(reg, ws.office or {}, drawing)
        return reg
    return Op(parent, fn, title=tr("Operations", "Đang lập danh sách…"))


def registered_pdf(parent, *, conference_id: int, path) -> Op:
    """The people who registered at the conference, as a PDF appendix; returns the pages."""
    def fn(ws, _progress):
        from core.documents import people_lists
        return people_lists.registered(ws, conference_id, path)
    return Op(parent, fn, title=tr("Operations", "Đang lập danh sách…"))


def handover_pdf(parent, *, path, conference_id: int | None = None) -> Op:
    """The follow-up list, one section per collector, as a PDF appendix; returns the pages."""
    def fn(ws, _progress):
        from core.documents import people_lists
        return people_lists.handover(ws, path, conference_id)
    return Op(parent, fn, title=tr("Operations", "Đang lập danh sách…"))
