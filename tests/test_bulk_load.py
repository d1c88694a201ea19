"""storage.bulk.BulkLoad: rows written by a helper thread while the caller goes on, as one change with one audit
entry; what it set aside (indexes, the search trigger, the page cache, the switch interval) is back afterwards,
and an error anywhere leaves nothing written."""
import json
import sqlite3
import sys

import pytest

from storage import records
from storage.bulk import BulkLoad
from storage.indexes import REBUILD_FROM
from storage.identity import new_uuids

COLUMNS = ("full_name", "name_folded", "name_sort", "birth_year", "commune_id")


def _schema(db) -> set:
    return {tuple(r) for r in db.execute("SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'people%'")}


def _rows(office, n: int, start: int = 0) -> list[tuple]:
    commune = office.units.find("Sơn Hà")["id"]
    return [(f"Người Số {i}", f"nguoi so {i}", f"nguoi so {i}", 1950 + i % 50, commune) for i in range(start, start + n)]


def test_a_large_load_writes_every_row_once_and_puts_back_what_it_set_aside(office):
    db = office.db
    before = _schema(db)
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    interval = sys.getswitchinterval()
    made = sorted(new_uuids(2 * REBUILD_FROM))
    with office.transaction():
        with BulkLoad(db, "people", COLUMNS, actor="t", origin=office.origin, expected=2 * REBUILD_FROM,
                      uuids=made) as load:
            dropped = before - _schema(db)
            assert {kind for kind, _, _ in dropped} == {"index", "trigger"}, "indexes and the search trigger stand aside"
            load.add(_rows(office, REBUILD_FROM))
            with load.paused() as paused:  # the caller's own statement between two batches
                assert paused.execute("SELECT count(*) FROM units").fetchone()[0] > 0
            load.add(_rows(office, REBUILD_FROM, start=REBUILD_FROM))
            ids = load.finish(action="import_insert", note={"job": 1})
    assert list(ids) == [r[0] for r in db.execute("SELECT id FROM people ORDER BY id")]
    assert _schema(db) == before
    assert db.execute("PRAGMA cache_size").fetchone()[0] == cache and sys.getswitchinterval() == interval
    assert not db.execute("SELECT name FROM temp.sqlite_master").fetchall(), "the staging table is gone"
    stamped = db.execute("SELECT count(DISTINCT change_seq), count(DISTINCT updated_at), min(version), max(deleted)"
                         " FROM people").fetchone()
    assert stamped == (1, 1, 1, 0)
    assert [r[0] for r in db.execute("SELECT uuid FROM people ORDER BY id")] == made, "UUIDs made ahead, in order"
    audit = db.execute("SELECT new_values FROM audit_log WHERE action = 'import_insert'").fetchall()
    assert len(audit) == 1 and records.ids_of(json.loads(audit[0][0])["ids"]) == list(ids)
    assert office.people.search("nguoi so 9999") and len(office.people.search("nguoi so", limit=20_000)) == len(ids)


def test_people_of_an_import_are_linked_to_its_job_batch_by_batch(office):
    db = office.db
    with office.transaction():
        job = records.add_import_job(db, {"kind": "people", "file_name": "ds.xlsx"}, actor="t")
        with BulkLoad(db, "people", COLUMNS, actor="t", origin=office.origin, expected=30, import_job=job) as load:
            for start in range(0, 30, 10):
                load.add(_rows(office, 10, start))
            ids = load.finish()
    linked = [r[0] for r in db.execute("SELECT person_id FROM person_imports WHERE import_job_id = ? ORDER BY 1", [job])]
    assert linked == list(ids) and len(linked) == 30


@pytest.mark.parametrize("where", ["a batch", "the caller"])
def test_an_error_leaves_nothing_written_and_puts_everything_back(office, where):
    db = office.db
    before, cache, interval = _schema(db), db.execute("PRAGMA cache_size").fetchone()[0], sys.getswitchinterval()
    people = db.execute("SELECT count(*) FROM people").fetchone()[0]
    with pytest.raises((sqlite3.IntegrityError, RuntimeError)):
        with office.transaction():
            with BulkLoad(db, "people", COLUMNS, actor="t", origin=office.origin, expected=REBUILD_FROM) as load:
                load.add(_rows(office, REBUILD_FROM))
                if where == "a batch":  # a NOT NULL name: the helper's INSERT fails; add() or finish() says so
                    load.add([(None, "x", "x", 1980, None)])
                    load.finish()
                else:
                    raise RuntimeError("the caller gave up")
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == people
    assert _schema(db) == before
    assert db.execute("PRAGMA cache_size").fetchone()[0] == cache and sys.getswitchinterval() == interval
    assert not db.execute("SELECT name FROM temp.sqlite_master").fetchall()
