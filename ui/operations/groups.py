"""Outreach groups, their members and the communes they cover (core.groups)."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def save_group(parent, *, group_id: int | None, values: dict) -> Op:
    """Add the group (group_id None: the result is Added) or update it (Changes)."""
    return Op(parent, lambda ws, _p: ws.groups.add(**values) if group_id is None else
              ws.groups.update(group_id, **values), title=tr("Operations", "Đang lưu nhóm…"))


def delete_group(parent, *, group_id: int) -> Op:
    return Op(parent, lambda ws, _p: ws.groups.delete(group_id), title=tr("Operations", "Đang xoá…"))


def save_member(parent, *, group_id: int, member_id: int | None, values: dict, unit_ids: list[int] | None) -> Op:
    """The member and, when unit_ids is given, the units assigned to it, in one transaction (Added)."""
    return Op(parent, lambda ws, _p: ws.groups.save_member(group_id, values, member_id=member_id, unit_ids=unit_ids),
              title=tr("Operations", "Đang lưu thành viên…"))


def delete_member(parent, *, member_id: int) -> Op:
    return Op(parent, lambda ws, _p: ws.groups.delete_member(member_id), title=tr("Operations", "Đang xoá…"))


def set_coverage(parent, *, group_id: int, unit_ids: list[int]) -> Op:
    return Op(parent, lambda ws, _p: ws.groups.set_coverage(group_id, unit_ids), title=tr("Operations", "Đang lưu…"))
