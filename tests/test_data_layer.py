"""The data layer's rules: identities that travel, one write path, the change counter, live-only natural keys."""
import ast
import json
import re
import sqlite3
from pathlib import Path

import pytest

from core.people_import import bulk_add
from core.workspace import Workspace
from storage import records
from storage.identity import builtin_uuid, official_unit_uuid
from storage.schema import LOCAL, SYNC_COLUMNS, TRAVELLING
from storage.sync import Resolver, UnknownReference, references

ROOT = Path(__file__).resolve().parent.parent
COMMUNES = ["Sơn Hà", "Sơn Hạ", "Sơn Kỳ"]


def _office(code, communes=COMMUNES):
    ws = Workspace.in_memory()
    ws.units.init_office(code=code, name=f"BHXH {code}", province="Quảng Ngãi", communes=communes)
    return ws


WRITE_SQL = re.compile(r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\[?\w+\]?\s+SET|DELETE\s+FROM|REPLACE\s+INTO)\b",
                       re.IGNORECASE)
TABLE_WRITES = {"insert", "insert_all", "upsert", "upsert_all", "update", "delete", "delete_where", "transform"}


def test_no_write_sql_outside_storage():
    found = []
    for folder in ("core", "cli", "ui", "bench", "tools"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and WRITE_SQL.search(node.value):
                    found.append(where)
                # sqlite-utils' table API (db["people"].insert(...)) writes too
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                        node.func.attr in TABLE_WRITES and isinstance(node.func.value, ast.Subscript):
                    found.append(where)
    assert not found, f"write SQL outside storage/: {found}"


def test_the_write_sql_check_would_see_one():
    assert WRITE_SQL.search("UPDATE people SET deleted = 1") and WRITE_SQL.search("insert or replace into settings")


def test_every_table_is_travelling_or_local_and_travelling_ones_carry_the_sync_columns(ws):
    tables = {r["name"] for r in ws.query("SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'people_fts%' AND name NOT LIKE 'sqlite_%'")}
    assert tables == set(TRAVELLING) | set(LOCAL), "a new table must say whether it travels (storage/schema.py)"
    for table in TRAVELLING:
        columns = {r["name"] for r in ws.query(f"PRAGMA table_info([{table}])")}
        assert set(SYNC_COLUMNS) <= columns, table
        indexed = {r["name"] for r in ws.query(f"PRAGMA index_list([{table}])")}
        assert f"{table}_change" in indexed, f"{table}: changes since N need an index on change_seq"


def test_travelling_rows_refer_only_to_travelling_rows(ws):
    for table in TRAVELLING:
        for ref in references(ws.db, table):
            assert ref.table in TRAVELLING, f"{table}.{ref.column} points at local {ref.table}"
    assert {r.column for r in references(ws.db, "conferences")} >= {"kind", "commune_id", "plan_id"}


def test_two_offices_agree_on_official_units_and_built_in_config():
    a, b = _office("SH"), _office("XY", list(reversed(COMMUNES)))
    try:
        for table, key in (("units", "official_code"), ("indicators", "code"), ("conference_kinds", "code")):
            sql = f"SELECT {key} k, uuid FROM {table} WHERE {key} IS NOT NULL"
            assert dict((r["k"], r["uuid"]) for r in a.query(sql)) == dict((r["k"], r["uuid"]) for r in b.query(sql))
        son_ha = a.units.find("Sơn Hà")
        assert son_ha["uuid"] == official_unit_uuid("commune", son_ha["official_code"])
        assert a.config.indicator("vsi_new")["uuid"] == builtin_uuid("indicators", "vsi_new")
        village_a, _ = a.units.add_village(son_ha["id"], "Thôn 1")
        village_b, _ = b.units.add_village(b.units.find("Sơn Hà")["id"], "Thôn 1")
        assert a.get("units", village_a)["uuid"] != b.get("units", village_b)["uuid"], "villages are local creations"
        assert a.office["uuid"] != b.office["uuid"]
        assert {r["origin"] for r in a.query("SELECT origin FROM units")} == {a.office["uuid"]}
    finally:
        a.close()
        b.close()


def test_a_deleted_official_commune_added_again_comes_back_with_its_identity(office):
    son_ky = office.units.find("Sơn Kỳ")
    office.units.delete(son_ky["id"])
    again, _ = office.units.add_official_commune("Sơn Kỳ")
    assert again == son_ky["id"] and office.get("units", again)["deleted"] == 0


def test_a_write_outside_a_transaction_raises(office):
    with pytest.raises(records.OutsideTransaction):
        office.insert("units", {"kind": "village", "name": "A", "name_folded": "a", "parent_id": 2})
    with pytest.raises(records.OutsideTransaction):
        records.bulk_insert(office.db, "people", ("full_name", "name_folded", "name_sort"), [("A", "a", "a")],
                            actor="t", origin="o")
    assert not office.query("SELECT 1 FROM units WHERE name = 'A'")


def test_the_change_counter_stamps_every_write_and_only_grows(office):
    start = records.change_counter(office.db)
    vid, _ = office.units.add_village(office.units.find("Sơn Hà")["id"], "Thôn Gò Da")
    inserted = office.get("units", vid)["change_seq"]
    office.units.rename(vid, "Thôn Gò Da 2")
    renamed = office.get("units", vid)["change_seq"]
    bulk_add(office, [{"full_name": "Nguyễn Văn An", "commune": "Sơn Hà"},
                            {"full_name": "Trần Thị Bình", "commune": "Sơn Hà"}])
    bulk = {r["change_seq"] for r in office.query("SELECT change_seq FROM people")}
    assert start < inserted < renamed < min(bulk) == max(bulk) == records.change_counter(office.db)
    since = office.query("SELECT count(*) n FROM people WHERE change_seq > ?", [renamed])[0]["n"]
    assert since == 2


def test_a_bulk_write_lists_every_id_in_its_audit_entry(office):
    job = bulk_add(office, [{"full_name": f"Nguyễn Văn {n}", "commune": "Sơn Hà"}
                                for n in ("An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải")])
    entry = office.query("SELECT new_values FROM audit_log WHERE table_name = 'people' AND action = 'import_insert'")
    listed = records.ids_of(json.loads(entry[-1]["new_values"])["ids"])
    assert sorted(listed) == sorted(r["id"] for r in office.query("SELECT id FROM people"))
    linked = office.query("SELECT person_id FROM person_imports WHERE import_job_id = ?", [job])
    assert sorted(r["person_id"] for r in linked) == sorted(listed)


def test_natural_keys_count_live_rows_only(office):
    indicator = office.config.indicator("vsi_new")["id"]
    with office.transaction():
        plan = office.insert("plans", {"number": "25/KH-BHXH"})
        key = {"plan_id": plan, "unit_id": office.units.find("Sơn Hà")["id"], "indicator_id": indicator,
               "reference_date": "2025-01-01"}
        first = office.insert("baselines", {**key, "value": 1})
        with pytest.raises(sqlite3.IntegrityError):
            with office.transaction():
                office.insert("baselines", {**key, "value": 2})
        office.delete("baselines", first)
        office.insert("baselines", {**key, "value": 3})  # the tombstone does not block a new live row
    assert [r["value"] for r in office.query("SELECT value FROM baselines WHERE deleted = 0")] == [3]


def test_every_reference_resolves_to_a_uuid_and_back(demo):
    resolver = Resolver(demo.db)
    checked = 0
    for table in TRAVELLING:
        refs = references(demo.db, table)
        for row in demo.query(f"SELECT * FROM [{table}]"):
            portable = resolver.to_uuids(table, row)
            for ref in refs:
                if row[ref.column] is not None:
                    assert len(portable[ref.column]) == 36 and portable[ref.column] != row[ref.column]
                    checked += 1
            assert resolver.from_uuids(table, portable) == row
    assert checked > 1000
    with pytest.raises(UnknownReference):
        resolver.from_uuids("conferences", {"commune_id": "00000000-0000-4000-8000-000000000000"})


def test_apply_remote_writes_the_version_the_merge_decided_and_audits_it_as_sync(office):
    other_office = "0b6c9b1e-3f51-4b8e-9d8e-7a1c2b3d4e5f"
    son_ha = office.units.find("Sơn Hà")
    resolver = Resolver(office.db)
    incoming = {"uuid": "5d0f7c1a-8e2b-4c3d-9f40-112233445566", "origin": other_office, "version": 3,
                "updated_at": "2026-11-30T02:00:00.000+00:00", "deleted": 0, "kind": "village", "name": "Thôn Gò Da",
                "name_folded": "thon go da", "official_code": None, "parent_id": son_ha["uuid"], "sort_order": 0}
    with pytest.raises(records.OutsideTransaction):
        records.apply_remote(office.db, "units", resolver.from_uuids("units", incoming))
    before = records.change_counter(office.db)
    with office.transaction():
        vid = records.apply_remote(office.db, "units", resolver.from_uuids("units", incoming))
    row = office.get("units", vid)
    assert (row["parent_id"], row["origin"], row["version"], row["updated_at"]) == (
        son_ha["id"], other_office, 3, "2026-11-30T02:00:00.000+00:00")
    assert row["change_seq"] > before, "what came by sync travels on to the next office"
    with office.transaction():
        again = records.apply_remote(office.db, "units", resolver.from_uuids(
            "units", {**incoming, "version": 5, "name": "Thôn Gò Da Mới", "deleted": 1}))
    row = office.get("units", vid)
    assert again == vid and (row["version"], row["name"], row["deleted"]) == (5, "Thôn Gò Da Mới", 1)
    log = office.query("SELECT actor, action FROM audit_log WHERE table_name = 'units' AND record_id = ? ORDER BY id",
                       [vid])
    assert [(e["actor"], e["action"]) for e in log] == [("sync", "sync_insert"), ("sync", "sync_update")]


def test_bulk_update_audits_old_and_new_values_and_bumps_versions(office):
    job = bulk_add(office, [{"full_name": "Nguyễn Văn An", "commune": "Sơn Hà"},
                            {"full_name": "Trần Thị Bình", "commune": "Sơn Hà"}])
    ids = [r["person_id"] for r in office.query("SELECT person_id FROM person_imports WHERE import_job_id = ?", [job])]
    with office.transaction():
        records.bulk_update(office.db, "people", [(ids[0], {"phone": "0905123456"}), (ids[1], {"occupation": "Nông"})],
                            actor="test", note={"why": "test"})
    rows = {r["id"]: r for r in office.query("SELECT * FROM people")}
    assert rows[ids[0]]["phone"] == "0905123456" and rows[ids[0]]["version"] == 2
    entry = office.query("SELECT old_values, new_values FROM audit_log WHERE action = 'bulk_update'")[-1]
    trail = json.loads(entry["old_values"])["records"]
    assert trail[str(ids[0])] == {"old": {"phone": ""}, "new": {"phone": "0905123456"}}
    assert json.loads(entry["new_values"])["why"] == "test"


@pytest.fixture
def in_vietnam(monkeypatch):
    import time
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_event_times_are_utc_in_the_database_and_local_on_screen(demo, in_vietnam):
    from core import formatting
    conference = demo.query("SELECT id FROM conferences WHERE status = 'planned' ORDER BY id LIMIT 1")[0]["id"]
    person = demo.query("SELECT id FROM people WHERE deleted = 0 AND status = 'prospect' LIMIT 1")[0]["id"]
    result = demo.attendance.check_in_person(conference, person)
    stored = demo.query("SELECT checked_in_at FROM attendance WHERE conference_id = ? AND person_id = ?",
                        [conference, person])[0]["checked_in_at"]
    assert stored.endswith("+00:00") and stored == result.checked_in_at
    assert formatting.clock_time("2026-01-04T20:30:00.000+00:00") == "03:30"
    assert formatting.date("2026-01-04T20:30:00.000+00:00") == "05/01/2026", "the local day it happened"
    assert formatting.date("2026-01-05") == "05/01/2026", "a date stays as typed"


def test_a_bulk_write_gives_every_row_its_own_version_4_uuid(office):
    import uuid
    names = [f"Nguyễn {a} {b}" for a in ("Văn", "Thị", "Hữu", "Minh", "Quốc") for b in
             ("An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Lan", "Mai", "Nam")]
    bulk_add(office, [{"full_name": names[n % 50], "birth": 1950 + n // 50, "commune": "Sơn Hà"} for n in range(3000)])
    made = [r["uuid"] for r in office.query("SELECT uuid FROM people")]
    assert len(set(made)) == 3000
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
    from storage.identity import new_uuids
    assert new_uuids(0) == [] and len(new_uuids(1)) == 1 and len(set(new_uuids(2))) == 2


def test_a_not_the_same_record_travels_by_the_people_s_uuids(office):
    """“Không trùng” is office data about people, who travel: its two people turn into UUIDs and back, and the
    pair is one natural key among live rows (held in UUID order, the same in every office)."""
    a, b = (office.people.add({"full_name": "Đinh Văn Đức", "birth_year": 1980, "commune": "Sơn Hà",
                               "village": "Thôn 1"}).id for _ in range(2))
    record = office.people.mark_not_duplicates([a, b]).ids[0]
    assert {(r.column, r.table) for r in references(office.db, "not_duplicates")} == {
        ("person_id", "people"), ("other_person_id", "people")}
    row = office.get("not_duplicates", record)
    resolver = Resolver(office.db)
    portable = resolver.to_uuids("not_duplicates", row)
    assert {portable["person_id"], portable["other_person_id"]} == {office.get("people", p)["uuid"] for p in (a, b)}
    assert resolver.from_uuids("not_duplicates", portable) == row
    pair = {"person_id": row["person_id"], "other_person_id": row["other_person_id"]}
    with pytest.raises(sqlite3.IntegrityError):
        with office.transaction():
            office.insert("not_duplicates", pair)
    with office.transaction():
        office.delete("not_duplicates", record)
        office.insert("not_duplicates", pair)  # the tombstone does not block a new live row
