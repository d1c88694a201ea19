"""Configuration with a validity date: indicators and conference kinds (rates come with later issues).

Seeded from resources/defaults.json when an office is created; the clerk can add and edit them.
"""
from __future__ import annotations

import json

from core.changes import Changes
from core.errors import UserError
from core.i18n import Messages
from core.resources import RESOURCES
from core.text import clean
from storage.identity import builtin_uuid

M = Messages({
    "name_required": ("Tên chỉ tiêu không được để trống.", "The indicator name must not be empty."),
    "code_taken": ("Mã chỉ tiêu “{code}” đã có.", "The indicator code “{code}” already exists."),
})


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
        return self.ws.query("SELECT * FROM indicators WHERE deleted = 0 ORDER BY sort_order, id")

    def indicator(self, code: str) -> dict | None:
        rows = self.ws.query("SELECT * FROM indicators WHERE code = ? AND deleted = 0", [code])
        return rows[0] if rows else None

    def add_indicator(self, code: str, name: str, measure: str = "người") -> Changes:
        code, name = clean(code), clean(name)
        if not name:
            raise UserError(M("name_required"), field="name")
        if self.ws.query("SELECT 1 FROM indicators WHERE code = ? AND deleted = 0", [code]):
            raise UserError(M("code_taken", code=code), field="code")
        order = len(self.indicators())
        with self.ws.transaction():
            self.ws.insert("indicators", {"code": code, "name": name, "measure": measure, "sort_order": order})
        return Changes.of("config", "targets")

    def conference_kinds(self) -> list[dict]:
        return self.ws.query("SELECT * FROM conference_kinds WHERE deleted = 0 ORDER BY sort_order, id")

    def conference_kind(self, code: str) -> dict | None:
        rows = self.ws.query("SELECT * FROM conference_kinds WHERE code = ?", [code])
        return rows[0] if rows else None
