"""Open an office database ready to use: refuse what is not ours, damaged or newer; back up, then migrate.

Refusals are the typed errors of storage.errors (core words them); classify() maps an SQLite error met later,
at query time, to the same types.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from storage.connection import connect, read_only_uri
from storage.errors import (DatabaseBusy, DatabaseDamaged, DatabaseReadOnly, DatabaseTooNew, DiskFull, NotADatabase,
                            StorageError)
from storage.migrations import MIGRATIONS, schema_names

if TYPE_CHECKING:
    import sqlite_utils

HEADER = b"SQLite format 3\x00"
# PRAGMA quick_check reads every page: ~2 ms for the demo office, ~600 ms for 500.000 people (276 MB). Above this
# size the open skips it, and a damaged page is still reported when a query meets it (classify).
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def unknown_migrations(db: sqlite_utils.Database) -> list[str]:
    known = set(schema_names())
    return [m.name for m in MIGRATIONS.applied(db) if m.name not in known]


def backups_dir(path: Path) -> Path:
    return Path(path).parent / "backups"


def backup(db: sqlite_utils.Database, path: Path, stop: threading.Event | None = None) -> Path:
    """Copy the database (consistently, through SQLite's backup API) to backups/ beside it. With stop (a copy on a
    thread of its own, Backup), the copy is made by a second connection a few thousand pages at a time, and given up
    (Stopped) once stop is set."""
    folder = backups_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{path.suffix or '.sqlite'}"
    # written under a name latest_backup() does not match, synced, and renamed once whole: a copy cut short (the
    # PC switched off) is never offered for a restore. So the copy needs no journal of its own.
    partial = target.with_name(target.name + ".part")
    dest = sqlite3.connect(str(partial))
    dest.execute("PRAGMA journal_mode=OFF")
    # inside a transaction of its own (a merge that has only staged so far) the connection cannot be the source:
    # a second one reads the database as committed, which is the same (WAL lets it read beside the write lock)
    apart = stop is not None or db.conn.in_transaction   # a thread of its own never touches the caller's connection
    source = sqlite3.connect(read_only_uri(path, immutable=False), uri=True) if apart else db.conn
    whole = False
    try:
        if stop is None:
            source.backup(dest)
        else:
            source.backup(dest, pages=_PAGES_A_STEP, progress=lambda *_: _stopped(stop))
        whole = True
    finally:
        dest.close()
        if source is not db.conn:
            source.close()
        if not whole:
            with contextlib.suppress(OSError):   # the error on its way out is the one to report
                partial.unlink(missing_ok=True)
    os.replace(partial, target)
    return target


_PAGES_A_STEP = 4096


class Stopped(Exception):
    """A backup given up (Backup.cancel)."""


def _stopped(stop: threading.Event) -> None:
    if stop.is_set():
        raise Stopped()


class Backup:
    """backup() on a thread of its own, while the caller goes on writing in its transaction: the copy reads the
    database as last committed (a second connection, which WAL lets read beside the write lock), which is the
    database as it was before the caller's writes, as long as the caller commits only after wait(). SQLite lets go
    of the GIL while it copies: a province's 1 GB copy no longer holds up the merge of a package."""

    def __init__(self, db: sqlite_utils.Database, path: Path):
        self._stop = threading.Event()
        self._done: Path | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(db, path), name="backup", daemon=True)
        if db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            self._thread.start()
        else:   # without WAL a reader waits for the writer's lock (forever, here): copied now, before any write
            self._run(db, path)

    def _run(self, db, path) -> None:
        try:
            self._done = backup(db, path, self._stop)
        except BaseException as exc:  # noqa: BLE001 - raised again by wait()
            self._error = exc

    def wait(self) -> Path:
        """The backup, once whole (its error, if it could not be made)."""
        if self._thread.ident is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._done

    def cancel(self) -> None:
        """Give the copy up and remove what it made (a file that cannot be removed now, say one an antivirus is
        reading, is left: the outcome of the import matters more)."""
        self._stop.set()
        if self._thread.ident is not None:
            self._thread.join()
        if self._done is not None:
            try:
                self._done.unlink(missing_ok=True)
            except OSError as exc:
                logging.getLogger(__name__).warning("backup %s not removed: %s", self._done, exc)


def latest_backup(path: Path) -> Path | None:
    """The newest backup() of this database (the stamp sorts by time), or None."""
    path = Path(path)
    name = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-\d{6}" + re.escape(path.suffix or ".sqlite"))
    try:
        found = [p for p in backups_dir(path).iterdir() if name.fullmatch(p.name)]
    except OSError:  # no backups folder (or it cannot be read)
        return None
    return max(found, key=lambda p: p.name, default=None)


def damaged(path: Path) -> DatabaseDamaged:
    return DatabaseDamaged(path, backups_dir(path), latest_backup(path))


def writable(path: Path) -> bool:
    """The file and its folder (where SQLite keeps -wal and -shm, and backups go) may be written. os.access
    tells the truth for root too when the file is immutable or the file system read-only."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def classify(exc: BaseException, path: str | Path) -> StorageError | None:
    """The storage error behind an sqlite3 error met while using the database at path, or None (unexpected)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    path = Path(path)
    text = str(exc).lower()
    if "malformed" in text:  # "database disk image is malformed"
        return damaged(path)
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseBusy(path)
    if "disk is full" in text:   # "database or disk is full": the database's disk, or its backup's
        return DiskFull(path)
    if "file is not a database" in text:
        return NotADatabase(path)
    if ("readonly database" in text or "unable to open database file" in text) and path.exists() \
            and not writable(path):
        return DatabaseReadOnly(path)
    return None


def _check_header(path: Path) -> None:
    """SQLite opens an empty or foreign file as a new database and would write a schema into it: refuse first."""
    if not path.is_file():  # a folder given as --db
        raise NotADatabase(path)
    with open(path, "rb") as f:
        if f.read(len(HEADER)) != HEADER:
            raise NotADatabase(path)


def _check_ours(path: Path) -> None:
    """Another program's SQLite file (a browser's history, a phone backup) is refused, not given our tables.
    Looked at read-only, before connect() switches the file to WAL (which rewrites its header)."""
    try:
        # immutable where the file may not be written: plain mode=ro would leave -wal and -shm behind it
        conn = sqlite3.connect(read_only_uri(path, immutable=not writable(path)), uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # damaged or locked: the checks after connect() say which
    if tables and "_sqlite_migrations" not in tables:
        raise NotADatabase(path)


def _check_pages(db: sqlite_utils.Database, path: Path) -> None:
    if path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        return
    rows = db.execute("PRAGMA quick_check").fetchall()  # may itself raise "malformed"
    if rows != [("ok",)]:
        raise damaged(path)


def open_database(path: str | Path, *, query_only: bool = False) -> sqlite_utils.Database:
    """Open the office database at path, creating it if there is no file.

    Refuses (storage.errors) an empty or foreign file, a damaged one, one from a newer app, and a read-only one
    that needs an upgrade; a read-only file otherwise opens for reading. query_only: the connection may only
    read (the window thread's)."""
    path = Path(path)
    existed = path.exists()
    if existed:
        _check_header(path)
        _check_ours(path)
    read_only = existed and not writable(path)
    if not existed and path.parent.exists() and not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(path)  # SQLite would only say "unable to open database file"
    try:
        db = connect(path, read_only=read_only)
    except PermissionError as exc:  # a folder on the way cannot be made
        raise DatabaseReadOnly(path) from exc
    except sqlite3.DatabaseError as exc:
        raise classify(exc, path) or NotADatabase(path) from exc
    try:
        if existed:
            _check_pages(db, path)
        newer = unknown_migrations(db)
        if newer:
            raise DatabaseTooNew(path, newer[0])
        pending = MIGRATIONS.pending(db)
        if pending and read_only:
            raise DatabaseReadOnly(path, pending[0].name)
        if pending:
            _migrate(db, path if existed else None)
        if query_only:
            db.execute("PRAGMA query_only=ON")
    except StorageError:
        db.close()
        raise
    except sqlite3.DatabaseError as exc:
        db.close()
        found = classify(exc, path)
        if found is None:
            raise
        raise found from exc
    return db


def _migrate(db: sqlite_utils.Database, backup_of: Path | None) -> None:
    """Apply the pending migrations under the write lock, deciding what is pending once it is held: two
    processes opening a database that needs upgrading (or a new file) upgrade it once, the second waiting and
    then finding nothing left to do. Foreign keys are off meanwhile (a step may rebuild tables: SQLite allows
    switching them only outside a transaction) and checked before the commit. backup_of: the file to copy
    to backups/ first (None for a new or in-memory database)."""
    if backup_of is not None:  # before the lock: SQLite's backup cannot read past this connection's own lock
        backup(db, backup_of)
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            if MIGRATIONS.pending(db):
                MIGRATIONS.apply(db)
                broken = db.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(f"a migration would break references: {broken[:5]}")
            db.conn.commit()
        except BaseException:
            db.conn.rollback()
            raise
    finally:
        db.execute("PRAGMA foreign_keys=ON")


def migrate(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Migrate an already open database (in-memory test databases)."""
    _migrate(db, None)
    return db
