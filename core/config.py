"""Configuration with a validity date: indicators and conference kinds (rates come with later issues).

Seeded from resources/defaults.json when an office is created; the clerk can add and edit them.
"""
from __future__ import annotations

import json
import re

from core import labels
from core.changes import Changes
from core.errors import UserError
from core.i18n import _
from core.resources import RESOURCES
from core.text import clean
from core.workspace import under_write_lock
from storage.identity import builtin_uuid

_INDICATOR_CODE = re.compile(r"[a-z0-9_]+")   # it is typed on the command line: --indicator CODE


def defaults() -> dict:
    return json.loads((RESOURCES / "defaults.json").read_text(encoding="utf-8"))


class Config:
    def __init__(self, ws):
        self.ws = ws

    def seed(self) -> None:
        """Called inside the transaction that creates the office."""
        data = defaults()
        for table in ("indicators", "conference_kinds"):  # built-in: the same UUID in every office
            for order, item in enumerate(data[table]):
                self.ws.insert(table, {**item, "uuid": builtin_uuid(table, item["code"]), "sort_order": order})

    def indicators(self) -> list[dict]:
        """Each with 'label': its name in the language of the moment (core.labels)."""
        rows = self.ws.query("SELECT * FROM indicators WHERE deleted = 0 ORDER BY sort_order, id")
        return [{**r, "label": labels.indicator(r["code"], r["name"])} for r in rows]

    def indicator(self, code: str) -> dict | None:
        rows = self.ws.query("SELECT * FROM indicators WHERE code = ? AND deleted = 0", [code])
        return rows[0] if rows else None

    def indicator_code_problem(self, code) -> str:
        """Why a new indicator's code is refused ('' when it is fine): the form shows it as the clerk types."""
        code = clean(code)
        if not code:
            return _("Nhập mã chỉ tiêu (chữ thường không dấu, chữ số, dấu _; ví dụ csi_new).")
        if not _INDICATOR_CODE.fullmatch(code):
            return _("Mã chỉ tiêu “{code}” chỉ được gồm chữ thường không dấu, chữ số và dấu _ (ví dụ csi_new).",
                     code=code)
        if self.indicator(code) is not None:
            return _("Mã chỉ tiêu “{code}” đã có.", code=code)
        return ""

    @under_write_lock
    def add_indicator(self, code: str, name: str, measure: str = "người") -> Changes:
        code, name = clean(code), clean(name)
        if not name:
            raise UserError(_("Tên chỉ tiêu không được để trống."), field="name")
        if problem := self.indicator_code_problem(code):
            raise UserError(problem, field="code")
        order = len(self.indicators())
        with self.ws.transaction():
            self.ws.insert("indicators", {"code": code, "name": name, "measure": measure, "sort_order": order})
        return Changes.of("config", "targets")

    def conference_kinds(self) -> list[dict]:
        """Each with 'label': its name in the language of the moment (core.labels)."""
        rows = self.ws.query("SELECT * FROM conference_kinds WHERE deleted = 0 ORDER BY sort_order, id")
        return [{**r, "label": labels.conference_kind(r["code"], r["name"])} for r in rows]

    def conference_kind(self, code: str) -> dict | None:
        rows = self.ws.query("SELECT * FROM conference_kinds WHERE code = ?", [code])
        return rows[0] if rows else None
