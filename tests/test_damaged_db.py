"""Damaged, read-only and foreign database files (issue 6): refused with one sentence in the chosen language,
never changed, never turned into a new database; unexpected errors name the log and hide their text."""
from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from core.errors import DatabaseTooNew as CoreTooNew
from core.errors import UserError, as_user_error, describe
from storage import errors
from storage.connection import connect
from storage.database import backup, open_database
from storage.migrations import MIGRATIONS, schema_names

ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
SCHEDULE = ["schedule", "--kind", "customer", "--from", "2026-01-01", "--to", "2026-03-31", "--per-month", "1"]


def cli(*args, prefix=(), env=None):
    return subprocess.run([*prefix, sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal")))


def corrupt_people_table(path: Path) -> None:
    """Overwrite the people table's root page with garbage (what a failing disk or a bad copy leaves)."""
    conn = sqlite3.connect(path)
    root, size = conn.execute("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
                              "WHERE name = 'people'").fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(random.Random(6).randbytes(size))


# --- a damaged page -------------------------------------------------------------------------------------------

def test_a_corrupt_page_is_refused_naming_the_backups_folder_and_the_latest_backup(demo_path):
    db = open_database(demo_path)
    older, latest = backup(db, demo_path), backup(db, demo_path)
    db.close()
    corrupt_people_table(demo_path)
    before = digest(demo_path)
    r = cli("--db", str(demo_path), "search", "duc")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "bị hỏng" in r.stderr and str(demo_path.parent / "backups") in r.stderr
    assert latest.name in r.stderr and older.name not in r.stderr
    assert digest(demo_path) == before


def test_a_corrupt_page_without_backups_says_there_is_none(demo_path):
    corrupt_people_table(demo_path)
    with pytest.raises(errors.DatabaseDamaged) as err:
        open_database(demo_path)
    assert err.value.latest_backup is None and err.value.backups_dir == demo_path.parent / "backups"
    r = cli("--db", str(demo_path), "--lang", "en", "plans")
    assert r.returncode == 1 and "is damaged" in r.stderr and "there is no backup in the folder" in r.stderr


def test_damage_met_by_a_query_later_gets_the_same_sentence(demo_path, monkeypatch, capsys):
    """Big files skip quick_check at open: the "malformed" error of the query is worded like the open's."""
    from cli import build_parser, run
    monkeypatch.setattr("storage.database.QUICK_CHECK_MAX_BYTES", 0)
    corrupt_people_table(demo_path)
    assert run(build_parser().parse_args(["--db", str(demo_path), "plans"])) == 0  # the damage is elsewhere
    assert run(build_parser().parse_args(["--db", str(demo_path), "search", "duc"])) == 1
    err = capsys.readouterr().err
    assert "bị hỏng" in err and str(demo_path.parent / "backups") in err and "malformed" not in err


# --- read-only files ------------------------------------------------------------------------------------------

class ReadOnly:
    """Makes a database file (and, if asked, its folder) read-only for the CLI, also when the tests run as root,
    whom chmod does not stop: then the file is made immutable (chattr +i), or where that is not allowed (a
    container without CAP_LINUX_IMMUTABLE) the CLI runs as nobody (setpriv), from a folder nobody can reach."""

    def __init__(self, tmp_path: Path):
        self.prefix: list[str] = []
        self.env: dict[str, str] = {}
        self.locked: list[Path] = []
        self.how = "chmod" if os.geteuid() != 0 else "chattr" if self._chattr_works(tmp_path) else "nobody"
        if self.how == "nobody":
            self.folder = Path(tempfile.mkdtemp(prefix="vandong-ro-"))
            self.folder.chmod(0o755)
            data = self.folder.parent / (self.folder.name + "-data")  # the log's folder, writable for nobody
            data.mkdir(mode=0o777)
            data.chmod(0o777)
            self.prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            self.env = {"XDG_DATA_HOME": str(data), "HOME": str(data)}
            probe = cli("--help", prefix=self.prefix, env=self.env) if shutil.which("setpriv") else None
            if probe is None or probe.returncode != 0:
                self.close()
                pytest.skip("running as root: neither chattr +i nor running the CLI as nobody works here")
        else:
            self.folder = tmp_path / "ro"
            self.folder.mkdir()

    @staticmethod
    def _chattr_works(tmp_path: Path) -> bool:
        probe = tmp_path / "chattr-probe"
        probe.write_text("x")
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(probe)], capture_output=True).returncode:
            return False
        subprocess.run(["chattr", "-i", str(probe)], check=True)
        return True

    def lock(self, file: Path, *, folder: bool = False) -> None:
        paths = [file, self.folder] if folder else [file]
        if self.how == "chattr":
            subprocess.run(["chattr", "+i", *map(str, paths)], check=True)
        elif self.how == "chmod":
            for p in paths:
                p.chmod(0o555 if p.is_dir() else 0o444)
        else:  # nobody: root's file is not nobody's to write; the folder is, unless asked otherwise
            file.chmod(0o644)
            self.folder.chmod(0o755 if folder else 0o777)
        self.locked += paths

    def run(self, db: Path, *args: str, lang: str = "vi"):
        return cli("--db", str(db), "--lang", lang, *args, prefix=self.prefix, env=self.env)

    def close(self) -> None:
        for p in self.locked:
            if self.how == "chattr":
                subprocess.run(["chattr", "-i", str(p)], check=True)
            else:
                p.chmod(0o755 if p.is_dir() else 0o644)
        if self.how == "nobody":
            shutil.rmtree(self.folder, ignore_errors=True)
            shutil.rmtree(self.folder.parent / (self.folder.name + "-data"), ignore_errors=True)


@pytest.fixture
def read_only(tmp_path):
    ro = ReadOnly(tmp_path)
    yield ro
    ro.close()


@pytest.mark.parametrize("folder", [False, True], ids=["file", "file-and-folder"])
def test_a_read_only_database_opens_for_reading_and_refuses_writes(read_only, demo_path, folder):
    db = read_only.folder / "office.sqlite"
    shutil.copy(demo_path, db)
    read_only.lock(db, folder=folder)
    before = digest(db)
    for command in (["search", "duc"], ["plans"], ["conferences"]):
        r = read_only.run(db, *command)
        assert r.returncode == 0, (command, r.stderr)
    assert "Đức" in read_only.run(db, "search", "duc").stdout
    r = read_only.run(db, *SCHEDULE)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "chỉ cho phép đọc" in r.stderr, r.stderr
    r = read_only.run(db, *SCHEDULE, lang="en")
    assert r.returncode == 1 and "is read-only" in r.stderr and str(db) in r.stderr
    assert side_files(read_only.folder) == [] and digest(db) == before


def test_init_on_a_read_only_empty_database_is_refused(read_only):
    db = read_only.folder / "empty.sqlite"
    open_database(db).close()
    read_only.lock(db)
    r = read_only.run(db, "init", "--office-code", "SH", "--office-name", "X", "--province", "Quảng Ngãi",
                      "--commune", "Sơn Hà", lang="en")
    assert r.returncode == 1 and "is read-only" in r.stderr, r.stderr
    assert db.exists() and side_files(read_only.folder) == []


def test_a_read_only_database_that_needs_an_upgrade_is_refused(read_only):
    db = read_only.folder / "old.sqlite"
    old = connect(db)
    MIGRATIONS.apply(old, stop_before=schema_names()[-1])
    old.close()
    read_only.lock(db, folder=True)
    r = read_only.run(db, "plans")
    assert r.returncode == 1 and "nâng cấp" in r.stderr and schema_names()[-1] in r.stderr, r.stderr
    assert not (read_only.folder / "backups").exists() and side_files(read_only.folder) == []


# --- files that are not ours ----------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["search", "x"], ["init", "--office-code", "SH", "--office-name", "X",
                                                         "--province", "Quảng Ngãi", "--commune", "Sơn Hà"], ["demo"]])
def test_a_zero_byte_file_is_refused_and_stays_empty(tmp_path, command):
    empty = tmp_path / "o.sqlite"
    empty.write_bytes(b"")
    r = cli("--db", str(empty), *command)
    assert r.returncode == 1 and "không phải là cơ sở dữ liệu" in r.stderr, r.stderr
    assert empty.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["o.sqlite"]


def test_a_picture_or_a_folder_is_refused(tmp_path):
    picture = tmp_path / "photo.png"
    picture.write_bytes(PNG)
    r = cli("--db", str(picture), "--lang", "en", "plans")
    assert r.returncode == 1 and "is not a database of this app" in r.stderr and picture.read_bytes() == PNG
    with pytest.raises(errors.NotADatabase):
        open_database(picture)
    with pytest.raises(errors.NotADatabase):
        open_database(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.png"]


def test_a_database_from_a_newer_app_is_a_typed_error_worded_by_core(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    db["_sqlite_migrations"].insert({"migration_set": "vandong", "name": "m9999_future", "applied_at": "2030"})
    db.close()
    with pytest.raises(errors.DatabaseTooNew) as err:
        open_database(path)
    assert err.value.step_name == "m9999_future" and "phiên bản" not in str(err.value)
    assert "phiên bản mới hơn" in describe(err.value) and "m9999_future" in describe(err.value)
    as_core = as_user_error(err.value)
    assert isinstance(as_core, CoreTooNew) and isinstance(as_core, UserError) and as_core.message == describe(err.value)


def test_every_storage_error_has_a_sentence_in_both_languages(tmp_path):
    from core import i18n
    cases = [errors.NotADatabase(tmp_path / "a"), errors.DatabaseTooNew(tmp_path / "a", "m9"),
             errors.DatabaseDamaged(tmp_path / "a", tmp_path / "backups", None),
             errors.DatabaseDamaged(tmp_path / "a", tmp_path / "backups", tmp_path / "backups" / "a-1.sqlite"),
             errors.DatabaseReadOnly(tmp_path / "a"), errors.DatabaseReadOnly(tmp_path / "a", "m9"),
             errors.DatabaseBusy(tmp_path / "a")]
    sentences = set()
    for lang in ("vi", "en"):
        i18n.set_language(lang)
        for exc in cases:
            text = describe(exc)
            assert str(tmp_path / "a") in text and "{" not in text and text not in sentences
            sentences.add(text)
    i18n.set_language("vi")


def test_a_new_database_is_still_created_where_the_folder_allows(tmp_path):
    ws_path = tmp_path / "sub" / "o.sqlite"
    r = cli("--db", str(ws_path), "init", "--office-code", "SH", "--office-name", "X", "--province", "Quảng Ngãi",
            "--commune", "Sơn Hà")
    assert r.returncode == 0, r.stderr
    assert ws_path.read_bytes()[:16] == b"SQLite format 3\x00"


# --- query_only ------------------------------------------------------------------------------------------------

def test_query_only_connection_reads_but_does_not_write(tmp_path):
    db = open_database(tmp_path / "o.sqlite", query_only=True)  # migrated first, then made read-only
    assert db.execute("PRAGMA query_only").fetchone()[0] == 1
    assert db["office"].exists() and not MIGRATIONS.pending(db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
    db.close()
    assert open_database(tmp_path / "o.sqlite").execute("PRAGMA query_only").fetchone()[0] == 0


# --- unexpected errors --------------------------------------------------------------------------------------

def test_an_unexpected_error_names_the_log_and_not_its_text(demo_path, monkeypatch, capsys):
    from cli import build_parser, run
    from core.logs import log_path

    def boom(args, ws):
        raise RuntimeError("secret boom 42")
    args = build_parser().parse_args(["--db", str(demo_path), "--lang", "en", "plans"])
    args.func = boom
    assert run(args) == 3
    err = capsys.readouterr().err
    assert str(log_path()) in err and "secret boom" not in err and err.count("\n") == 1 and "unexpected" in err
    assert "secret boom 42" in log_path().read_text(encoding="utf-8")


def test_the_window_shows_an_unexpected_error_without_its_text(qapp, messages):
    from core.logs import log_path
    from ui.operations import show_error
    from ui.qt import QWidget
    show_error(QWidget(), RuntimeError("secret boom 43"))
    kind, _title, text = messages[-1]
    assert kind == "critical" and str(log_path()) in text and "secret boom" not in text
    assert "secret boom 43" in log_path().read_text(encoding="utf-8")


def test_the_window_words_a_damaged_database_met_by_an_operation(qapp, messages, tmp_path):
    from ui.operations import show_error
    from ui.qt import QWidget

    class Window(QWidget):
        ws = type("Ws", (), {"path": tmp_path / "o.sqlite"})()
    show_error(Window(), sqlite3.DatabaseError("database disk image is malformed"))
    kind, _title, text = messages[-1]
    assert kind == "warning" and "bị hỏng" in text and str(tmp_path / "backups") in text and "malformed" not in text


def test_the_window_refuses_a_damaged_database_with_the_sentence(demo_path, tmp_path):
    corrupt_people_table(demo_path)
    env = {"QT_QPA_PLATFORM": "offscreen", "VANDONG_NO_ERROR_DIALOG": "1", "VANDONG_EXIT_WHEN_SHOWN": "1",
           "XDG_DATA_HOME": str(tmp_path / "xdg"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config")}
    r = cli("--db", str(demo_path), "--lang", "en", env=env)
    assert r.returncode == 1 and "is damaged" in r.stderr and "shown-after-ms" not in r.stdout, r.stderr


def test_a_writer_that_waited_too_long_is_told_in_one_sentence(tmp_path):
    import sqlite3
    from storage.database import classify
    found = classify(sqlite3.OperationalError("database is locked"), tmp_path / "o.sqlite")
    assert isinstance(found, errors.DatabaseBusy)
    assert "đang được một cửa sổ hoặc lệnh khác ghi" in describe(found)


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path):
    import sqlite3
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = cli("--db", str(path), "plans")
    assert result.returncode == 1 and "không phải là cơ sở dữ liệu" in result.stderr
    assert path.read_bytes() == before


def test_a_full_disk_is_told_in_one_sentence(tmp_path):
    import sqlite3
    from storage.database import classify
    found = classify(sqlite3.OperationalError("database or disk is full"), tmp_path / "o.sqlite")
    assert isinstance(found, errors.DiskFull)
    assert "đã đầy" in describe(found) and "o.sqlite" in describe(found)
