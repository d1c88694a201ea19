"""A database made by the release before m0005 (the demo office plus a people import, made with release 0.1.0's
own code: tests/fixtures/release-0.1.0-demo.sqlite.gz) upgrades, and its references still resolve."""
import datetime as dt
import gzip
import shutil
from pathlib import Path

import pytest

from core.workspace import Workspace
from storage.database import open_database
from storage.identity import builtin_uuid, official_unit_uuid
from storage.schema import TRAVELLING
from storage.sync import Resolver, references
from test_storage import _schema

RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0-demo.sqlite.gz"


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "office.sqlite"
    with gzip.open(RELEASE) as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    ws = Workspace.open(path, actor="test")
    yield ws
    ws.close()


def test_the_release_database_reaches_the_current_schema(upgraded, tmp_path):
    fresh = open_database(tmp_path / "fresh.sqlite")
    assert _schema(upgraded.db) == _schema(fresh)
    assert list((tmp_path / "backups").glob("office-*.sqlite")), "backed up before migrating"
    assert upgraded.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert upgraded.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_official_units_and_built_in_config_get_their_shared_identity(upgraded):
    for unit in upgraded.query("SELECT * FROM units WHERE kind IN ('province', 'commune')"):
        assert unit["uuid"] == official_unit_uuid(unit["kind"], unit["official_code"]), unit["name"]
    for table in ("indicators", "conference_kinds"):
        for row in upgraded.query(f"SELECT * FROM {table}"):
            assert row["uuid"] == builtin_uuid(table, row["code"])
    son_ha = upgraded.units.find("Sơn Hà")
    logged = upgraded.query("SELECT record_uuid FROM audit_log WHERE table_name = 'units' AND record_id = ?"
                            " AND action = 'insert'", [son_ha["id"]])
    assert logged and logged[0]["record_uuid"] == son_ha["uuid"], "the audit log follows the new identity"


def test_every_row_carries_the_office_identity_and_resolves(upgraded):
    office = upgraded.office
    assert len(office["uuid"]) == 36 and office["code"] == "SH"
    resolver = Resolver(upgraded.db)
    for table in TRAVELLING:
        rows = upgraded.query(f"SELECT * FROM [{table}]")
        assert {r["origin"] for r in rows} <= {office["uuid"]}, table
        for row in rows:
            assert resolver.from_uuids(table, resolver.to_uuids(table, row)) == row
    assert any(r.column == "kind" for r in references(upgraded.db, "conferences"))


def test_import_links_stay_local_and_undo_still_works(upgraded):
    jobs = {j["id"]: j for j in upgraded.query("SELECT * FROM import_jobs")}
    linked = upgraded.query("SELECT import_job_id j, count(*) n FROM person_imports GROUP BY j")
    assert {r["j"]: r["n"] for r in linked} == {1: 303, 2: 5}
    assert upgraded.people.count({"import_job_id": 2}) == 5
    before = upgraded.people.count()
    upgraded.people.undo_import(2)
    assert upgraded.people.count() == before - 5 and jobs[2]["undone_at"] is None


def test_check_in_times_become_utc(upgraded):
    for (at,) in upgraded.db.execute("SELECT checked_in_at FROM attendance").fetchall():
        moment = dt.datetime.fromisoformat(at)
        assert moment.utcoffset() == dt.timedelta(0)


def test_the_upgraded_office_goes_on_working(upgraded):
    conference = upgraded.query("SELECT id FROM conferences WHERE status = 'planned' ORDER BY id LIMIT 1")[0]["id"]
    person = upgraded.query("SELECT id FROM people WHERE deleted = 0 AND status = 'prospect' LIMIT 1")[0]["id"]
    upgraded.invitations.invite(conference, [person])
    code = upgraded.query("SELECT code FROM invitations WHERE person_id = ? AND conference_id = ?",
                          [person, conference])[0]["code"]
    assert upgraded.attendance.check_in(conference, code).status == "checked-in"
    assert upgraded.people.search("duc"), "the search index survived the people table's rebuild"


def test_the_upgraded_office_records_people_as_not_the_same(upgraded):
    """m0007 adds not_duplicates to a database made before it."""
    a = upgraded.query("SELECT * FROM people WHERE deleted = 0 AND citizen_id IS NULL AND village_id IS NOT NULL"
                       " ORDER BY id LIMIT 1")[0]
    b = upgraded.people.add({"full_name": a["full_name"], "birth_year": a["birth_year"],
                             "commune_id": a["commune_id"], "village_id": a["village_id"]})
    pair = {a["id"], b.id}

    def listed():
        return any(pair <= {p["id"] for p in g} for g in upgraded.people.possible_duplicates())
    assert "duplicate" in b.warnings and listed()
    upgraded.people.mark_not_duplicates(pair)
    assert not listed()
