"""The office's configuration: indicators (core.config)."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def add_indicator(parent, *, code: str, name: str, measure: str) -> Op:
    return Op(parent, lambda ws, _p: ws.config.add_indicator(code, name, measure), title=tr("Operations", "Đang lưu…"))
