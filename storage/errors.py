"""Why an office database cannot be opened or written. Typed, with the facts and no text for people: core words
them in the chosen language (core.errors.describe); str() is for the log."""
from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A problem with the database file itself (not with what the clerk asked for)."""

    def __init__(self, path: str | Path, **facts):
        self.path = Path(path)
        self.facts = facts
        super().__init__(self.path, *facts.values())

    def __str__(self) -> str:
        facts = "".join(f", {k}={v!r}" for k, v in self.facts.items())
        return f"{type(self).__name__}({str(self.path)!r}{facts})"


class NotADatabase(StorageError):
    """Empty, or not SQLite at all (a text file, a picture): refused, never turned into a new database."""


class DatabaseTooNew(StorageError):
    """Written by a newer version of the app: it has the schema step `step_name` this version does not know."""

    def __init__(self, path: str | Path, step_name: str):
        super().__init__(path, step_name=step_name)
        self.step_name = step_name


class DatabaseDamaged(StorageError):
    """A page of the file is garbage. backups_dir: where backups are kept; latest_backup: the newest there, or None."""

    def __init__(self, path: str | Path, backups_dir: Path, latest_backup: Path | None):
        super().__init__(path, backups_dir=str(backups_dir), latest_backup=latest_backup and str(latest_backup))
        self.backups_dir = Path(backups_dir)
        self.latest_backup = latest_backup


class DatabaseReadOnly(StorageError):
    """The file or its folder may not be written: it opens for reading, writes are refused. pending_step: the
    first schema upgrade it would need (refused too, since it writes), or None."""

    def __init__(self, path: str | Path, pending_step: str | None = None):
        super().__init__(path, pending_step=pending_step)
        self.pending_step = pending_step


class DatabaseBusy(StorageError):
    """Another program (another window, a command) held the write lock longer than the busy timeout: nothing
    of this change was written; trying again once it is done works."""


class DiskFull(StorageError):
    """The disk holding the database (or its backups) is full: nothing of this change was written; freeing space
    and trying again works."""
