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


def print_signin(parent, *, conference_id: int, path) -> Op:
    def fn(ws, _progress):
        from core.documents import signin
        return signin.print_sheet(ws, conference_id, path)
    return Op(parent, fn, title=tr("Operations", "Đang in danh sách ký tên…"))
