"""The one object the UI and the CLI hold: the open office database plus its managers.

    ws = Workspace.open(path)
    ws.units.communes(); ws.plans.list(); ws.conferences.schedule(...); ws.people.search("duc")

Managers are created on first use from the modules named in MANAGERS, each taking the workspace.
Writes go through ws.insert/update/delete inside `with ws.transaction():`, which stamps sync columns and
writes the audit log (storage.records).
"""
from __future__ import annotations

import contextlib
import getpass
import importlib
from pathlib import Path

import sqlite_utils

from storage import records
from storage.connection import memory
from storage.database import migrate, open_database

MANAGERS = {
    "units": "core.units:Units",
    "config": "core.config:Config",
    "plans": "core.plans:Plans",
    "conferences": "core.conferences:Conferences",
    "groups": "core.groups:Groups",
    "people": "core.people:People",
    "invitations": "core.invitations:Invitations",
    "attendance": "core.attendance:Attendance",
}


class Workspace:
    def __init__(self, db: sqlite_utils.Database, *, path: Path | None = None, actor: str | None = None):
        self.db = db
        self.path = path
        self.actor = actor or _user_name()
        self._managers: dict[str, object] = {}
        self._origin = ""

    @classmethod
    def open(cls, path: str | Path, *, actor: str | None = None) -> "Workspace":
        return cls(open_database(path), path=Path(path), actor=actor)

    @classmethod
    def in_memory(cls, *, actor: str = "test") -> "Workspace":
        return cls(migrate(memory()), actor=actor)

    def close(self) -> None:
        self.db.close()

    def __getattr__(self, name: str):
        spec = MANAGERS.get(name)
        if spec is None:
            raise AttributeError(name)
        if name not in self._managers:
            module_name, class_name = spec.split(":")
            self._managers[name] = getattr(importlib.import_module(module_name), class_name)(self)
        return self._managers[name]

    # --- the office -------------------------------------------------------------------------------
    @property
    def office(self) -> dict | None:
        rows = list(self.db.query("SELECT * FROM office WHERE id = 1"))
        return rows[0] if rows else None

    @property
    def origin(self) -> str:
        """The office code stamped on records made here (cached: it is read on every insert)."""
        if not self._origin:
            office = self.office
            self._origin = office["code"] if office else ""
        return self._origin

    # --- writing ----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self):
        with self.db.atomic():
            yield

    def insert(self, table: str, values: dict) -> int:
        return records.insert(self.db, table, values, actor=self.actor, origin=self.origin)

    def update(self, table: str, record_id: int, values: dict) -> dict:
        return records.update(self.db, table, record_id, values, actor=self.actor)

    def delete(self, table: str, record_id: int) -> None:
        records.delete(self.db, table, record_id, actor=self.actor)

    def get(self, table: str, record_id: int) -> dict | None:
        return records.get(self.db, table, record_id)

    def query(self, sql: str, params=()) -> list[dict]:
        return list(self.db.query(sql, params))

    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT value FROM settings WHERE key = ?", [key])
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        old = self.setting(key)
        if old == value:
            return
        self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
        records.audit(self.db, self.actor, "update", "settings", None, key, {"value": old}, {"value": value})


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account): still audit something
        return "unknown"
