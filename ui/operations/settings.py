"""The office's configuration: indicators (core.config) and the invitation template (core.documents.invitations)."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def add_indicator(parent, *, code: str, name: str, measure: str) -> Op:
    return Op(parent, lambda ws, _p: ws.config.add_indicator(code, name, measure), title=tr("Operations", "Đang lưu…"))


def save_invitation_template(parent, *, template: str) -> Op:
    """Keep the office's invitation template (core.documents.invitations.save_template: a refusal saves nothing)."""
    def fn(ws, _progress):
        from core.documents import invitations
        return invitations.save_template(ws, template)
    return Op(parent, fn, title=tr("Operations", "Đang lưu mẫu giấy mời…"))
