"""At the door and after (core.attendance): check-in, walk-ins, outcomes, the follow-up handover.

A check-in is an op like any other: on the worker it takes a few milliseconds, far below the 300 ms of the
busy cursor, so a scanner's code-and-Enter flow feels immediate.
"""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def check_in(parent, *, conference_id: int, text: str, person_id: int | None = None) -> Op:
    """What the door's Enter does with the text (a scanned code, or a typed name); person_id is the invitee the
    clerk highlighted, checked in when the text itself is no code of this conference."""
    return Op(parent, _check_in(conference_id, text, person_id), title=tr("Operations", "Đang điểm danh…"))


def _check_in(conference_id, text, person_id):
    def fn(ws, _progress):
        result = ws.attendance.check_in(conference_id, text)
        if person_id is not None and result.status in ("unknown-code", "matches"):
            return ws.attendance.check_in_person(conference_id, person_id, method="name")
        return result
    return fn


def check_in_person(parent, *, conference_id: int, person_id: int, method: str) -> Op:
    return Op(parent, lambda ws, _p: ws.attendance.check_in_person(conference_id, person_id, method),
              title=tr("Operations", "Đang điểm danh…"))


def undo_check_in(parent, *, conference_id: int, person_id: int) -> Op:
    """A check-in made by mistake, taken back (core refuses once an outcome is recorded for it)."""
    return Op(parent, lambda ws, _p: ws.attendance.undo_check_in(conference_id, person_id),
              title=tr("Operations", "Đang huỷ điểm danh…"))


def walk_in(parent, *, conference_id: int, values: dict, force: bool = False) -> Op:
    """Someone without an invitation: found, offered as possible duplicates ('matches'), or added; then checked in."""
    return Op(parent, lambda ws, _p: ws.attendance.walk_in(conference_id, values, force=force),
              title=tr("Operations", "Đang điểm danh…"))


def record_outcome(parent, *, conference_id: int, person_id: int, outcome: dict) -> Op:
    """outcome: record_outcome's keywords (schemes, monthly_income, payment_months, follow_up_collector_id)."""
    return Op(parent, lambda ws, _p: ws.attendance.record_outcome(conference_id, person_id, **outcome),
              title=tr("Operations", "Đang lưu kết quả…"))


def export_handover(parent, *, path: str) -> Op:
    return Op(parent, lambda ws, _p: ws.attendance.export_handover(path), title=tr("Operations", "Đang xuất danh sách…"))
