"""The one object the UI and the CLI hold: the open office database plus its managers.

    ws = Workspace.open(path)
    ws.units.communes(); ws.plans.list(); ws.conferences.schedule(...); ws.people.search("duc")

Each manager is a typed attribute, made on first use (so starting the app imports only what it shows).
Writes go through ws.insert/update/delete (storage.records, the one write path) inside `with ws.transaction():`,
which takes the write lock first, stamps the sync columns and the change counter and writes the audit log.
"""
from __future__ import annotations

import functools
import getpass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import as_user_error
from storage import records
from storage.connection import memory
from storage.database import migrate, open_database
from storage.errors import StorageError

if TYPE_CHECKING:
    import sqlite_utils

    from core.attendance import Attendance
    from core.conferences import Conferences
    from core.config import Config
    from core.groups import Groups
    from core.invitations import Invitations
    from core.people import People
    from core.plans import Plans
    from core.reports.figures import DailyFigures
    from core.units import Units


def under_write_lock(method):
    """A manager's mutation whose checks read what its writes depend on (is the person already invited, is
    there an office yet): all of it runs in one transaction that holds the write lock, so a second writer
    cannot slip in between the check and the write."""
    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        with self.ws.transaction():
            return method(self, *args, **kwargs)
    return locked


class Workspace:
    def __init__(self, db: sqlite_utils.Database, *, path: Path | None = None, actor: str | None = None):
        self.db = db
        self.path = path
        self.actor = actor or _user_name()
        self._origin = ""

    @classmethod
    def open(cls, path: str | Path, *, actor: str | None = None, query_only: bool = False) -> "Workspace":
        """query_only: a connection that may only read (the window thread's: its writes go to the worker).
        A file that cannot be used (damaged, foreign, newer, read-only and needing an upgrade) is a UserError
        worded in the chosen language."""
        try:
            db = open_database(path, query_only=query_only)
        except StorageError as exc:
            raise as_user_error(exc) from exc
        return cls(db, path=Path(path), actor=actor)

    @classmethod
    def in_memory(cls, *, actor: str = "test") -> "Workspace":
        return cls(migrate(memory()), actor=actor)

    def close(self) -> None:
        self.db.close()

    # --- managers ---------------------------------------------------------------------------------
    @cached_property
    def units(self) -> "Units":
        from core.units import Units
        return Units(self)

    @cached_property
    def config(self) -> "Config":
        from core.config import Config
        return Config(self)

    @cached_property
    def plans(self) -> "Plans":
        from core.plans import Plans
        return Plans(self)

    @cached_property
    def conferences(self) -> "Conferences":
        from core.conferences import Conferences
        return Conferences(self)

    @cached_property
    def groups(self) -> "Groups":
        from core.groups import Groups
        return Groups(self)

    @cached_property
    def people(self) -> "People":
        from core.people import People
        return People(self)

    @cached_property
    def figures(self) -> "DailyFigures":
        from core.reports.figures import DailyFigures
        return DailyFigures(self)

    @cached_property
    def invitations(self) -> "Invitations":
        from core.invitations import Invitations
        return Invitations(self)

    @cached_property
    def attendance(self) -> "Attendance":
        from core.attendance import Attendance
        return Attendance(self)

    # --- the office -------------------------------------------------------------------------------
    @property
    def office(self) -> dict | None:
        rows = list(self.db.query("SELECT * FROM office WHERE id = 1"))
        return rows[0] if rows else None

    @property
    def origin(self) -> str:
        """The office's own UUID, stamped on records made here (cached: it is read on every insert)."""
        if not self._origin:
            office = self.office
            self._origin = office["uuid"] if office else ""
        return self._origin

    # --- writing ----------------------------------------------------------------------------------
    def transaction(self):
        return records.transaction(self.db)

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
        with self.transaction():
            records.set_setting(self.db, key, value, actor=self.actor)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account): still audit something
        return "unknown"
