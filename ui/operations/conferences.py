"""Conferences (core.conferences)."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def save_conference(parent, *, conference_id: int | None, values: dict) -> Op:
    """Add the conference (conference_id None: the result is Added) or update it (Changes)."""
    return Op(parent, lambda ws, _p: ws.conferences.add(**values) if conference_id is None else
              ws.conferences.update(conference_id, **values), title=tr("Operations", "Đang lưu hội nghị…"))


def add_conferences(parent, *, rows: list[dict]) -> Op:
    """The bulk schedule's rows, as the clerk adjusted them, in one transaction (AddedMany)."""
    return Op(parent, lambda ws, _p: ws.conferences.add_many(rows), title=tr("Operations", "Đang tạo hội nghị…"))


def set_status(parent, *, conference_ids: list[int], status: str) -> Op:
    return Op(parent, lambda ws, _p: ws.conferences.set_status(conference_ids, status),
              title=tr("Operations", "Đang cập nhật…"))


def delete_conferences(parent, *, conference_ids: list[int]) -> Op:
    return Op(parent, lambda ws, _p: ws.conferences.delete_many(conference_ids),
              title=tr("Operations", "Đang xoá hội nghị…"))
