"""Invitations to a conference (core.invitations)."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def invite(parent, *, conference_id: int, person_ids: list[int]) -> Op:
    """Invitations with their codes (Invited: made, changes); those already invited are skipped."""
    return Op(parent, lambda ws, _p: ws.invitations.invite(conference_id, person_ids),
              title=tr("Operations", "Đang tạo giấy mời…"))


def set_delivery(parent, *, invitation_id: int, status: str, via: str) -> Op:
    return Op(parent, lambda ws, _p: ws.invitations.set_delivery(invitation_id, status, via),
              title=tr("Operations", "Đang lưu…"))


def withdraw(parent, *, invitation_id: int) -> Op:
    """An invitation taken back (core refuses while its person is checked in)."""
    return Op(parent, lambda ws, _p: ws.invitations.withdraw(invitation_id), title=tr("Operations", "Đang rút giấy mời…"))
