import json
import sqlite3

import pytest

from core.workspace import Workspace
from storage.connection import connect
from storage.database import open_database
from storage.errors import DatabaseTooNew
from storage.migrations import MIGRATIONS, schema_names


def _schema(db):
    rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                      " AND name != '_sqlite_migrations' ORDER BY type, name").fetchall()
    return rows


def test_pragmas(tmp_path):
    db = open_database(tmp_path / "o.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


@pytest.mark.parametrize("stop", schema_names()[1:])
def test_every_earlier_step_reaches_the_same_schema(tmp_path, stop):
    fresh = open_database(tmp_path / "fresh.sqlite")
    old_path = tmp_path / "old.sqlite"
    old = connect(old_path)
    MIGRATIONS.apply(old, stop_before=stop)
    assert stop not in {m.name for m in MIGRATIONS.applied(old)}
    old.close()
    upgraded = open_database(old_path)
    assert _schema(upgraded) == _schema(fresh)
    assert list((tmp_path / "backups").glob("old-*.sqlite")), "the file is copied before migrating"


def test_a_backup_is_whole_or_not_there(demo, tmp_path):
    from storage.database import backup, latest_backup
    copy = backup(demo.db, demo.path)
    assert latest_backup(demo.path) == copy and not list(copy.parent.glob("*.part"))
    restored = sqlite3.connect(copy)
    assert restored.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert restored.execute("SELECT count(*) FROM people").fetchone()[0] == demo.query(
        "SELECT count(*) AS n FROM people")[0]["n"]
    restored.close()
    (copy.parent / "demo-20991231-235959-000000.sqlite.part").write_bytes(b"cut short")   # a copy the PC cut
    assert latest_backup(demo.path) == copy


def test_database_from_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    db["_sqlite_migrations"].insert({"migration_set": "vandong", "name": "m9999_future", "applied_at": "2030"})
    db.close()
    with pytest.raises(DatabaseTooNew) as err:  # storage's typed error; core words it (tests/test_damaged_db.py)
        open_database(path)
    assert err.value.step_name == "m9999_future"


def test_no_backup_for_a_new_or_current_database(tmp_path):
    open_database(tmp_path / "a.sqlite").close()
    open_database(tmp_path / "a.sqlite").close()
    assert not (tmp_path / "backups").exists()


def test_insert_update_delete_stamp_sync_columns_and_audit(office):
    ws = office
    commune = ws.units.find("Sơn Hà")
    vid, _ = ws.units.add_village(commune["id"], "  Thôn  Gò Da ")
    row = ws.get("units", vid)
    assert row["name"] == "Thôn Gò Da" and row["version"] == 1 and row["origin"] == ws.office["uuid"] and len(row["uuid"]) == 36
    ws.units.rename(vid, "Thôn Gò Da 2")
    row2 = ws.get("units", vid)
    assert row2["version"] == 2 and row2["updated_at"] >= row["updated_at"]
    ws.units.delete(vid)
    assert ws.get("units", vid)["deleted"] == 1, "deletes are tombstones"
    log = ws.query("SELECT * FROM audit_log WHERE table_name = 'units' AND record_id = ? ORDER BY id", [vid])
    assert [e["action"] for e in log] == ["insert", "update", "delete"]
    assert json.loads(log[1]["old_values"]) == {"name": "Thôn Gò Da", "name_folded": "thon go da"}
    assert json.loads(log[1]["new_values"]) == {"name": "Thôn Gò Da 2", "name_folded": "thon go da 2"}
    assert log[0]["actor"] == "test"


def test_a_failed_change_writes_nothing(office):
    ws = office
    before = ws.query("SELECT count(*) c FROM audit_log")[0]["c"]
    with pytest.raises(sqlite3.IntegrityError):
        with ws.transaction():
            ws.insert("units", {"kind": "village", "name": "A", "name_folded": "a", "parent_id": 1})
            ws.insert("units", {"kind": "nonsense", "name": "B", "name_folded": "b"})
    assert ws.query("SELECT count(*) c FROM audit_log")[0]["c"] == before
    assert not ws.query("SELECT 1 FROM units WHERE name = 'A'")


def test_workspace_open_creates_file(tmp_path):
    ws = Workspace.open(tmp_path / "x" / "o.sqlite")
    assert ws.office is None
    ws.close()


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_a_backup_beside_a_transaction_holds_what_was_committed(tmp_path, mode):
    """Made on a thread while the writer goes on (WAL), or at once before it writes (another journal mode, where
    a reader would wait for the writer's lock): either way the copy holds the database as last committed."""
    import sqlite_utils
    from storage.database import Backup
    path = tmp_path / "o.sqlite"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None, check_same_thread=False))
    db.conn.execute(f"PRAGMA journal_mode={mode}")
    db.conn.execute("PRAGMA cache_size = 10")   # the writer's pages spill to the file (or log) as it goes
    db.conn.execute("CREATE TABLE t (x)")
    db.conn.execute("INSERT INTO t VALUES (1)")
    db.conn.execute("BEGIN IMMEDIATE")
    backing = Backup(db, path)
    db.conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(50_000)])   # spills past the cache
    copy = backing.wait()
    db.conn.execute("COMMIT")
    db.conn.close()
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM t").fetchone()[0] == 1
