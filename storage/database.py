"""Open an office database ready to use: refuse a newer one, back up, then migrate."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils

from core.errors import DatabaseTooNew, UserError
from core.i18n import Messages
from storage.connection import connect
from storage.migrations import MIGRATIONS, schema_names

M = Messages({
    "not_db": ("Tệp {path} không phải là cơ sở dữ liệu của ứng dụng (hoặc đã bị hỏng).",
               "The file {path} is not a database of this app (or it is damaged)."),
    "too_new": (
        "Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của ứng dụng (có bước cập nhật “{name}” mà phiên bản này "
        "không biết). Hãy cài phiên bản mới nhất rồi mở lại.",
        "The database {path} was written by a newer version of the app (it has the schema step “{name}”, which this "
        "version does not know). Install the latest version and open it again.",
    ),
})


def unknown_migrations(db: sqlite_utils.Database) -> list[str]:
    known = set(schema_names())
    return [m.name for m in MIGRATIONS.applied(db) if m.name not in known]


def backup(db: sqlite_utils.Database, path: Path) -> Path:
    """Copy the database (consistently, through SQLite's backup API) to backups/ beside it."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{path.suffix or '.sqlite'}"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def open_database(path: str | Path) -> sqlite_utils.Database:
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = connect(path)
        newer = unknown_migrations(db)
    except sqlite3.DatabaseError:
        raise UserError(M("not_db", path=path)) from None
    if newer:
        db.close()
        raise DatabaseTooNew(M("too_new", path=path, name=newer[0]))
    if existed and MIGRATIONS.pending(db):
        backup(db, path)
    MIGRATIONS.apply(db)
    return db


def migrate(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Migrate an already open database (in-memory test databases)."""
    MIGRATIONS.apply(db)
    return db
