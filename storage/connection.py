"""Opening an office database: where it lives, pragmas, migrations."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import platformdirs
from storage import sqlite_utils

APP_NAME = "VanDongBHXH"
APP_AUTHOR = "BHXH"


def data_dir() -> Path:
    """The user data folder (platformdirs: %LOCALAPPDATA%\\BHXH\\VanDongBHXH on Windows)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "office.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo-son-ha.sqlite"


def read_only_uri(path: Path, *, immutable: bool = True) -> str:
    """A URI that opens the file for reading only; immutable (no locks, no -wal/-shm made) when asked and no
    -wal or -journal exists, i.e. nobody has changes to it that are not in the file yet."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if immutable and not any(Path(f"{path}{extra}").exists() for extra in ("-wal", "-journal")):
        uri += "&immutable=1"
    return uri


def connect(path: str | Path, *, read_only: bool = False) -> sqlite_utils.Database:
    """Open (or create) the database with WAL, foreign keys and a busy timeout. Does not migrate.

    read_only: for a file we may not write. SQLite would still make -wal and -shm files beside a WAL database
    (and leave them there), or fail in a read-only folder; `immutable=1` reads the file alone. It is used only
    when no -wal or -journal exists, i.e. nobody has changes to it that are not in the file yet."""
    path = Path(path)
    # check_same_thread off: a bulk load (storage.bulk) moves rows on a helper thread over this connection, one
    # statement at a time under its own lock; the window's DB worker opens its connections on its own thread.
    if read_only:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=30, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")  # an import of 100.000 rows holds the lock ~2-3 s here
    conn.execute("PRAGMA synchronous=NORMAL")
    return _database(conn)


def memory() -> sqlite_utils.Database:
    db = _database(sqlite3.connect(":memory:", check_same_thread=False))
    db.execute("PRAGMA foreign_keys=ON")
    return db


def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over the connection, without its plugins: whatever sqlite-utils plugin is installed on the PC
    does not get to change our connections (and finding them, a scan of every installed package, took 0,02 s)."""
    return sqlite_utils.Database(conn, execute_plugins=False)
