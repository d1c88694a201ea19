"""Importing packages between offices (core/sync/merge.py, `package import`): a province consolidating a commune
office, edits travelling both ways with acknowledgements, a conflict resolved alike on both sides and kept in the
conflicts list, a deletion, a record held until its parent comes, and refusals that leave the database as it
was."""
from __future__ import annotations

import json
import shutil

import pytest

from core import keys
from core.sync.export import export_package
from core.sync.merge import import_package
from core.workspace import Workspace


def dump(ws) -> list:
    """Every row of every table, for 'nothing changed'."""
    tables = [r["name"] for r in ws.query("SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")]
    return [(t, sorted(json.dumps(r, sort_keys=True, default=str) for r in ws.query(f"SELECT * FROM [{t}]")))
            for t in tables]


@pytest.fixture
def pair(demo, tmp_path):
    """The demo office SH and the province TINH, each trusting the other."""
    tinh = Workspace.open(tmp_path / "tinh.sqlite", actor="test")
    tinh.units.init_office(code="TINH", name="BHXH tỉnh Quảng Ngãi", province="Quảng Ngãi")
    for a, b in ((demo, tinh), (tinh, demo)):
        keys.export_public(a, tmp_path / f"{a.office['code']}.pub.key")
        keys.trust(b, tmp_path / f"{a.office['code']}.pub.key")
    yield demo, tinh
    tinh.close()


def send(frm, to, tmp_path, **kw):
    path = tmp_path / f"{frm.office['code']}-{len(list(tmp_path.glob('*.xlsx')))}.xlsx"
    export_package(frm, to.office["code"], path, **kw)
    return path


def test_the_province_holds_what_the_office_sent_and_a_second_import_changes_nothing(pair, tmp_path, capsys):
    from cli import build_parser, run
    from core.reports import model
    sh, tinh = pair
    package = send(sh, tinh, tmp_path)
    argv = ["--db", str(tinh.path), "package", "import", str(package), "--json"]
    assert run(build_parser(argv).parse_args(argv)) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"status", "reason", "created", "updated", "deleted", "conflicts"}
    assert result["status"] == "imported" and result["conflicts"] == 0
    for table in ("people", "invitations", "attendance", "registrations", "daily_figures", "targets"):
        mine = sh.query(f"SELECT uuid, origin, version FROM [{table}] ORDER BY uuid")
        assert tinh.query(f"SELECT uuid, origin, version FROM [{table}] ORDER BY uuid") == mine, table
    # units: the office's, and the province both made from the official list (the same UUID, each its own origin)
    assert {r["uuid"] for r in tinh.query("SELECT uuid FROM units")} == {r["uuid"] for r in sh.query("SELECT uuid FROM units")}
    for week in ("2025-W46", "2025-W50"):   # the province's report of the office's communes is the office's
        assert model.weekly(tinh, week).to_json() == model.weekly(sh, week).to_json()
    assert tinh.people.search("duc")                                       # searchable there too
    before = dump(tinh)
    argv = ["--db", str(tinh.path), "package", "import", str(package), "--json"]
    assert run(build_parser(argv).parse_args(argv)) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "already-imported"
    assert dump(tinh) == before
    assert list((tmp_path / "backups").glob("tinh-*.sqlite"))             # a backup before the merge


def test_edits_travel_both_ways_and_incrementals_follow_acknowledgements(pair, tmp_path):
    sh, tinh = pair
    assert import_package(tinh, send(sh, tinh, tmp_path)).status == "imported"
    person = sh.query("SELECT id, uuid FROM people ORDER BY id LIMIT 1")[0]
    sh.people.update(person["id"], {"occupation": "Nghề đổi để thử đồng bộ"})
    second = send(sh, tinh, tmp_path)                       # no acknowledgement yet: a full package again
    result = import_package(tinh, second)
    assert (result.created, result.updated, result.conflicts) == (0, 1, 0)
    assert tinh.query("SELECT occupation FROM people WHERE uuid = ?", [person["uuid"]])[0]["occupation"] == \
        "Nghề đổi để thử đồng bộ"
    # the province answers: its package acknowledges SH's second one
    theirs = tinh.query("SELECT id FROM people WHERE uuid = ?", [person["uuid"]])[0]["id"]
    tinh.people.update(theirs, {"notes": "Tỉnh đã gọi điện"})
    back = send(tinh, sh, tmp_path)
    result = import_package(sh, back)
    assert (result.updated, result.conflicts) == (1, 0)
    assert sh.query("SELECT notes FROM people WHERE id = ?", [person["id"]])[0]["notes"] == "Tỉnh đã gọi điện"
    # now SH sends only what changed since the package the province acknowledged
    sh.people.update(person["id"], {"phone": "0905111222"})
    third = send(sh, tinh, tmp_path)
    sent = sh.query("SELECT mode, counts FROM sync_packages WHERE direction = 'sent' ORDER BY id DESC LIMIT 1")[0]
    assert sent["mode"] == "changes" and json.loads(sent["counts"])["people"] == 1   # that person only
    assert import_package(tinh, third).status == "imported"
    assert tinh.query("SELECT phone FROM people WHERE uuid = ?", [person["uuid"]])[0]["phone"] == "0905111222"


def test_an_incremental_package_whose_base_is_missing_is_refused(pair, tmp_path):
    sh, tinh = pair
    import_package(tinh, send(sh, tinh, tmp_path))
    import_package(sh, send(tinh, sh, tmp_path))            # the province acknowledges package 1
    person = sh.query("SELECT id FROM people ORDER BY id LIMIT 1")[0]["id"]
    sh.people.update(person, {"occupation": "Nghề đổi lần hai"})
    incremental = send(sh, tinh, tmp_path)
    elsewhere = Workspace.open(tmp_path / "copy.sqlite", actor="test")   # an office that never had package 1
    try:
        elsewhere.units.init_office(code="TINH", name="Bản sao", province="Quảng Ngãi")
        keys.trust(elsewhere, tmp_path / "SH.pub.key")
        result = import_package(elsewhere, incremental)
        assert result.status == "refused" and "gói số 1" in result.reason and "--full" in result.reason
    finally:
        elsewhere.close()
    assert import_package(tinh, incremental).updated == 1


def test_a_conflict_ends_alike_on_both_sides_and_is_listed(pair, tmp_path):
    sh, tinh = pair
    import_package(tinh, send(sh, tinh, tmp_path))
    import_package(sh, send(tinh, sh, tmp_path))
    uuid = sh.query("SELECT uuid FROM people ORDER BY id LIMIT 1")[0]["uuid"]
    mine = sh.query("SELECT id FROM people WHERE uuid = ?", [uuid])[0]["id"]
    theirs = tinh.query("SELECT id FROM people WHERE uuid = ?", [uuid])[0]["id"]
    sh.people.update(mine, {"phone": "0905000001"})
    __import__("time").sleep(0.01)   # edits are stamped to the millisecond: in the same one, the UUIDs would decide
    tinh.people.update(theirs, {"phone": "0905000002"})     # later: this one is kept
    to_tinh, to_sh = send(sh, tinh, tmp_path), send(tinh, sh, tmp_path)
    assert import_package(tinh, to_tinh).conflicts == 1
    assert import_package(sh, to_sh).conflicts == 1
    phones = {ws.query("SELECT phone FROM people WHERE uuid = ?", [uuid])[0]["phone"] for ws in (sh, tinh)}
    assert phones == {"0905000002"}
    for ws in (sh, tinh):
        [conflict] = ws.query("SELECT kept, lost FROM sync_conflicts")
        assert json.loads(conflict["kept"])["phone"] == "0905000002"
        assert json.loads(conflict["lost"])["phone"] == "0905000001"
    versions = {ws.query("SELECT version FROM people WHERE uuid = ?", [uuid])[0]["version"] for ws in (sh, tinh)}
    assert min(versions) >= 3


def test_a_deletion_travels_and_a_missing_parent_holds_the_record(pair, tmp_path):
    sh, tinh = pair
    import_package(tinh, send(sh, tinh, tmp_path))
    follow_up = sh.query("SELECT id, uuid FROM follow_ups LIMIT 1")[0]
    with sh.transaction():
        sh.delete("follow_ups", follow_up["id"])
    assert import_package(tinh, send(sh, tinh, tmp_path)).deleted == 1
    assert tinh.query("SELECT deleted FROM follow_ups WHERE uuid = ?", [follow_up["uuid"]])[0]["deleted"] == 1
    # a package of people only, to an office that has none of the communes: held, not dropped, said
    fresh = Workspace.open(tmp_path / "fresh.sqlite", actor="test")
    try:
        fresh.units.init_office(code="MOI", name="Văn phòng mới", province="Quảng Ngãi")
        keys.trust(fresh, tmp_path / "SH.pub.key")
        result = import_package(fresh, send(sh, fresh, tmp_path, only=["people"]))
        assert result.status == "imported" and result.held > 0 and result.created < result.held
        reason = fresh.query("SELECT reason FROM sync_held LIMIT 1")[0]["reason"]
        assert "chưa có" in reason and "giữ lại" in reason
        # the villages and the collectors come in a later package: the held people are merged then
        later = import_package(fresh, send(sh, fresh, tmp_path, only=["units", "groups"]))
        assert later.status == "imported" and fresh.query("SELECT count(*) n FROM sync_held")[0]["n"] == 0
        assert fresh.query("SELECT count(*) n FROM people")[0]["n"] == sh.query("SELECT count(*) n FROM people")[0]["n"]
    finally:
        fresh.close()


def test_a_refused_package_leaves_the_database_as_it_was(pair, tmp_path):
    import openpyxl
    from core.logs import log_path
    sh, tinh = pair
    package = send(sh, tinh, tmp_path)
    book = openpyxl.load_workbook(package)
    book["Người tham gia"].cell(2, 1).value = "Người Bị Sửa"
    book.save(tmp_path / "sua.xlsx")
    before = dump(tinh)
    result = import_package(tinh, tmp_path / "sua.xlsx")
    assert result.status == "refused" and "Người tham gia" in result.reason
    assert dump(tinh) == before
    assert "package refused" in log_path().read_text(encoding="utf-8")
    # a sheet late in the package: the tables before it were merged already, and are undone
    book = openpyxl.load_workbook(package)
    book["Điểm danh"].delete_rows(book["Điểm danh"].max_row)
    book.save(tmp_path / "xoa.xlsx")
    result = import_package(tinh, tmp_path / "xoa.xlsx")
    assert result.status == "refused" and "Điểm danh" in result.reason
    assert dump(tinh) == before
    assert not list((tmp_path / "backups").glob("tinh-*.sqlite"))   # nothing changed: no backup kept
    dry = import_package(tinh, package, dry_run=True)
    assert dry.status == "imported" and dry.created > 1000 and dump(tinh) == before


def test_a_large_package_read_by_a_second_process_merges_alike(pair, tmp_path, monkeypatch):
    from core.sync import reader
    sh, tinh = pair
    monkeypatch.setattr(reader, "LARGE", 0)     # every package counts as large
    package = send(sh, tinh, tmp_path)
    book = __import__("openpyxl").load_workbook(package)
    book["Điểm danh"].delete_rows(book["Điểm danh"].max_row)
    book.save(tmp_path / "xoa.xlsx")
    before = dump(tinh)
    refused = import_package(tinh, tmp_path / "xoa.xlsx")
    assert refused.status == "refused" and "Điểm danh" in refused.reason and dump(tinh) == before
    result = import_package(tinh, package)
    assert result.status == "imported" and result.created > 1000 and result.conflicts == 0
    for table in ("people", "invitations", "attendance", "registrations", "daily_figures", "targets"):
        mine = sh.query(f"SELECT uuid, origin, version FROM [{table}] ORDER BY uuid")
        assert tinh.query(f"SELECT uuid, origin, version FROM [{table}] ORDER BY uuid") == mine, table
    keys = "SELECT uuid, full_name, name_folded, name_sort FROM people ORDER BY uuid"
    assert tinh.query(keys) == sh.query(keys)                      # the search and sort keys made alike
    again = send(sh, tinh, tmp_path, full=True)
    before = dump(tinh)
    monkeypatch.setattr(reader, "_main", _reader_that_cannot_open)  # what the reading process refuses is refused
    assert "không mở được" in import_package(tinh, again).reason
    monkeypatch.setattr(reader, "_main", _reader_that_dies)         # and a reading process that dies, too
    assert "dừng giữa chừng" in import_package(tinh, again).reason
    monkeypatch.setattr(reader, "_main", _reader_that_garbles)      # or sends what does not unpickle: no hang
    assert "dừng giữa chừng" in import_package(tinh, again).reason
    monkeypatch.setattr(reader, "_main", _reader_that_fails_at_the_end)
    with pytest.raises(RuntimeError, match="boom"):                 # every table merged, then a failure
        import_package(tinh, again)
    assert dump(tinh) == before
    assert len(list((tmp_path / "backups").glob("tinh-*.sqlite"))) == 1   # the first import's; the failed one's gone


def _reader_that_cannot_open(sending, *_args):
    sending.send(("refused", "Tệp không mở được.", "path"))
    sending.close()


def _reader_that_dies(_sending, *_args):
    import os
    os._exit(9)


def _reader_that_garbles(sending, *_args):
    sending.send_bytes(b"not a pickle")
    sending.close()


def _reader_that_fails_at_the_end(sending, *args):
    from core.sync import reader

    class Failing:
        def send(self, message):
            sending.send(("failed", "boom") if message[0] == "done" else message)

        def close(self):
            sending.close()
    reader._main(Failing(), *args)


def test_a_person_already_there_under_another_record_is_held_not_crashed(pair, tmp_path):
    sh, tinh = pair
    person = sh.query("SELECT full_name, citizen_id FROM people WHERE citizen_id IS NOT NULL LIMIT 1")[0]
    with tinh.transaction():   # the same person recorded at the province before the office's package came
        tinh.insert("people", {"full_name": person["full_name"], "name_folded": "x", "name_sort": "x",
                               "citizen_id": person["citizen_id"]})
    result = import_package(tinh, send(sh, tinh, tmp_path))
    assert result.status == "imported" and result.held >= 1
    [held] = tinh.query("SELECT reason FROM sync_held WHERE table_name = 'people'")
    assert "trùng với một bản ghi đã có" in held["reason"]
    assert tinh.query("SELECT count(*) n FROM people WHERE citizen_id = ?", [person["citizen_id"]])[0]["n"] == 1



def test_a_large_merge_builds_the_indexes_again_and_still_refuses_a_duplicate(pair, tmp_path, monkeypatch):
    """Many records next to what the province holds: the tables' indexes are set aside and built again, the people
    indexed for search in one go; a unique index stays, so a person already there under another record is held."""
    from storage import indexes
    sh, tinh = pair
    monkeypatch.setattr(indexes, "REBUILD_FROM", 1)
    schema = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    before = tinh.query(schema)
    person = sh.query("SELECT full_name, citizen_id FROM people WHERE citizen_id IS NOT NULL LIMIT 1")[0]
    with tinh.transaction():
        tinh.insert("people", {"full_name": person["full_name"], "name_folded": "x", "name_sort": "x",
                               "citizen_id": person["citizen_id"]})
    result = import_package(tinh, send(sh, tinh, tmp_path))
    assert result.status == "imported" and result.held == 1 and result.created > 1000
    assert tinh.query(schema) == before                                     # every index and trigger is back
    assert tinh.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    for query in ("duc", "nguyen van", person["citizen_id"]):               # searchable as at the office
        assert len(tinh.people.search(query)) == len(sh.people.search(query)), query
    with tinh.transaction():                                                # and a new person is indexed as before
        tinh.insert("people", {"full_name": "Zơ Râm Thử", "name_folded": "zo ram thu", "name_sort": "x"})
    assert tinh.people.search("zo ram")
    rebuilt = []                          # a full package of what the province has already: nothing set aside
    monkeypatch.setattr(indexes, "set_aside", lambda conn, table, *, rebuild=True, real=indexes.set_aside, **kw:
                        rebuilt.append((table, rebuild)) or real(conn, table, rebuild=rebuild, **kw))
    assert import_package(tinh, send(sh, tinh, tmp_path, full=True)).created == 0
    assert ("people", False) in rebuilt and ("people", True) not in rebuilt



def test_the_backup_made_beside_the_merge_holds_the_database_as_it_was(pair, tmp_path):
    """The copy is made on another thread while the merge writes: it holds the office as it was before."""
    import sqlite3
    sh, tinh = pair
    before = tinh.query("SELECT count(*) AS n FROM people")[0]["n"]
    assert import_package(tinh, send(sh, tinh, tmp_path)).status == "imported"
    assert tinh.query("SELECT count(*) AS n FROM people")[0]["n"] > before
    [copy] = (tmp_path / "backups").glob("tinh-*.sqlite")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == before
        assert conn.execute("SELECT count(*) FROM sync_packages WHERE direction = 'received'").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert not list((tmp_path / "backups").glob("*.part"))



def test_a_backup_the_full_disk_stops_leaves_the_office_as_it_was(pair, tmp_path, monkeypatch, capsys):
    import sqlite3
    from cli import build_parser, run
    from storage import database
    sh, tinh = pair
    package = send(sh, tinh, tmp_path)
    before = dump(tinh)

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(database, "backup", full)
    argv = ["--db", str(tinh.path), "package", "import", str(package), "--json"]
    assert run(build_parser(argv).parse_args(argv)) != 0
    assert "đã đầy" in capsys.readouterr().err
    assert dump(tinh) == before


def test_a_conflict_can_be_reversed_and_the_other_version_travels(pair, tmp_path, qtbot, qt_settings, messages):
    from core.sync.merge import conflicts
    from tests.ui_support import open_page
    from ui.conflicts_dialog import ConflictsDialog
    from ui.pages.sync import SyncPage
    sh, tinh = pair
    import_package(tinh, send(sh, tinh, tmp_path))
    import_package(sh, send(tinh, sh, tmp_path))
    uuid = sh.query("SELECT uuid FROM people ORDER BY id LIMIT 1")[0]["uuid"]
    sh.people.update(sh.query("SELECT id FROM people WHERE uuid = ?", [uuid])[0]["id"], {"phone": "0905000001"})
    __import__("time").sleep(0.01)   # edits are stamped to the millisecond: in the same one, the UUIDs would decide
    tinh.people.update(tinh.query("SELECT id FROM people WHERE uuid = ?", [uuid])[0]["id"], {"phone": "0905000002"})
    import_package(sh, send(tinh, sh, tmp_path))
    [listed] = conflicts(sh)
    assert listed["differs"]["phone"] == ("0905000002", "0905000001") and listed["sheet"] == "Người tham gia"
    page = open_page(qtbot, sh, SyncPage, show=True)
    dialog = ConflictsDialog(page)
    assert dialog.model.rowCount() == 1 and not dialog.reverse_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.reverse()                                              # asked, then the set-aside version kept
    assert messages[-1][0] == "question" and "0905000001" in messages[-1][2]
    assert sh.query("SELECT phone FROM people WHERE uuid = ?", [uuid])[0]["phone"] == "0905000001"
    assert conflicts(sh)[0]["reversed_at"] and not dialog.reverse_button.isEnabled()
    # it travels to the province as a change made here
    import_package(tinh, send(sh, tinh, tmp_path))
    assert tinh.query("SELECT phone FROM people WHERE uuid = ?", [uuid])[0]["phone"] == "0905000001"


def test_the_sync_page_says_what_came_in_numbers_as_written_in_vietnamese(pair, tmp_path, qtbot, qt_settings,
                                                                           messages):
    from tests.ui_support import open_page
    from ui.pages.sync import SyncPage
    sh, tinh = pair
    page = open_page(qtbot, tinh, SyncPage, show=True)
    page.receive(str(send(sh, tinh, tmp_path)))
    tally = json.loads(tinh.query("SELECT changes FROM sync_packages")[0]["changes"])
    created = sum(c["created"] for c in tally.values())
    assert created > 999 and messages[-1][0] == "information"
    assert f"{created // 1000}.{created % 1000:03d} bản ghi mới" in messages[-1][2]     # 1.234, not 1234


def test_the_history_says_what_a_package_changed_and_lists_refusals(pair, tmp_path, qtbot, qt_settings):
    from core.sync import history
    sh, tinh = pair
    package = send(sh, tinh, tmp_path)
    assert import_package(tinh, package).status == "imported"
    other = Workspace.open(tmp_path / "khac.sqlite", actor="test")
    other.units.init_office(code="KHAC", name="BHXH khác", province="Quảng Ngãi")
    refused = import_package(other, package)   # not for this office: refused, in the log, not in the database
    assert refused.status == "refused"
    rows = history.history(tinh)
    assert [r["direction"] for r in rows] == ["received"]
    assert [(r["direction"], r["reason"]) for r in history.history(other)] == [("refused", refused.reason)]
    other.close()
    changes = history.received_changes(tinh, rows[0]["package_uuid"])
    people = next(s for s in changes["sheets"] if s["table"] == "people")
    count = sh.query("SELECT count(*) AS n FROM people")[0]["n"]
    assert people["rows"] == people["created"] == count and people["sheet"] == "Người tham gia"
    assert changes["package"]["peer_code"] == sh.office["code"] and changes["conflicts"] == [] == changes["held"]

    from tests.ui_support import open_page
    from ui.package_dialog import PackageDialog
    from ui.pages.sync import SyncPage
    page = open_page(qtbot, tinh, SyncPage, show=True)
    qtbot.waitUntil(lambda: len(page.history.rows) == 1)
    dialog = PackageDialog(page, page.history.rows[0]["package_uuid"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.sheets.rows) > 0)
    shown = {r["sheet"]: r for r in dialog.sheets.rows}
    assert shown["Người tham gia"]["created"] == count and sh.office["code"] in dialog.title.text()
    assert not dialog.conflicts_button.isEnabled() and dialog.held_table.isHidden()
