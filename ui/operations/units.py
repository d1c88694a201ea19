"""The office profile and its units (core.units)."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def init_office(parent, *, values: dict) -> Op:
    """The first run: the office with its province and communes."""
    return Op(parent, lambda ws, _p: ws.units.init_office(**values), title=tr("Operations", "Đang tạo đơn vị…"))


def update_office(parent, *, values: dict) -> Op:
    return Op(parent, lambda ws, _p: ws.units.update_office(**values), title=tr("Operations", "Đang lưu…"))


def add_village(parent, *, commune_id: int, name: str) -> Op:
    return Op(parent, lambda ws, _p: ws.units.add_village(commune_id, name),
              title=tr("Operations", "Đang thêm thôn/tổ…"))


def add_commune(parent, *, name: str, parent_id: int | None) -> Op:
    """A commune from the official list."""
    return Op(parent, lambda ws, _p: ws.units.add_official_commune(name, parent_id),
              title=tr("Operations", "Đang thêm xã…"))


def add_unit(parent, *, kind: str, name: str, parent_id: int | None) -> Op:
    return Op(parent, lambda ws, _p: ws.units.add(kind, name, parent_id), title=tr("Operations", "Đang thêm địa bàn…"))


def rename_unit(parent, *, unit_id: int, name: str) -> Op:
    return Op(parent, lambda ws, _p: ws.units.rename(unit_id, name), title=tr("Operations", "Đang đổi tên…"))


def delete_unit(parent, *, unit_id: int) -> Op:
    return Op(parent, lambda ws, _p: ws.units.delete(unit_id), title=tr("Operations", "Đang xoá…"))
