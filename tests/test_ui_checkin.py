"""The check-in screen offscreen, typing as a USB scanner does (the code, then Enter): checked in, already
checked in (counted once), a code of another conference (nothing written), an unknown code; typing a name
lists the matching invitees and Enter checks in the highlighted one."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from ui_support import FakeMain  # noqa: E402

from ui.qt import Qt  # noqa: E402


@pytest.fixture
def door(office):
    """Two conferences in one commune; Đức and Hương invited to the first, Dũng to the second."""
    ws = office
    commune = ws.units.communes()[0]["id"]
    village, _ = ws.units.add_village(commune, "Thôn Gò Da")
    conf, _ = ws.conferences.add("customer", commune, "2026-01-05", time="08:00", venue="Hội trường xã")
    other, _ = ws.conferences.add("customer", commune, "2026-01-06", time="08:00")
    ids = {}
    for name, year in (("Nguyễn Văn Đức", 1978), ("Đinh Thị Hương", 1985), ("Phạm Minh Dũng", 1990)):
        ids[name], _warnings, _changes = ws.people.add({"full_name": name, "birth_year": str(year),
                                                        "commune_id": commune, "village_id": village})
    made, _ = ws.invitations.invite(conf, [ids["Nguyễn Văn Đức"], ids["Đinh Thị Hương"]])
    made_other, _ = ws.invitations.invite(other, [ids["Phạm Minh Dũng"]])
    codes = {m["full_name"]: m["code"] for m in made + made_other}
    return ws, conf, other, ids, codes


@pytest.fixture
def screen(qtbot, door):
    from ui.checkin import CheckinScreen
    ws, conf, *_ = door
    main = FakeMain(ws)
    qtbot.addWidget(main)
    widget = CheckinScreen(main, conf)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    return widget


def scan(qtbot, screen, text):
    qtbot.keyClicks(screen.input, text)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)


def test_scan_checks_in_once_and_counts(qtbot, screen, door):
    ws, conf, _other, ids, codes = door
    assert screen.count_label.text() == "0 / 2"
    scan(qtbot, screen, codes["Nguyễn Văn Đức"])
    assert screen.last_status == "checked-in"
    assert "Nguyễn Văn Đức" in screen.banner.text()
    assert screen.count_label.text() == "1 / 2"
    assert ws.attendance.present_count(conf) == 1
    assert screen.input.text() == ""                    # ready for the next scan
    assert screen.recent.count() == 1 and "Nguyễn Văn Đức" in screen.recent.item(0).text()
    screen.grab().save("/tmp/checkin-after-scan.png")

    scan(qtbot, screen, codes["Nguyễn Văn Đức"])
    assert screen.last_status == "already-checked-in"
    assert screen.count_label.text() == "1 / 2"
    assert ws.attendance.present_count(conf) == 1


def test_other_conference_and_unknown_code_write_nothing(qtbot, screen, door):
    ws, conf, other, _ids, codes = door
    scan(qtbot, screen, codes["Phạm Minh Dũng"])
    assert screen.last_status == "other-conference"
    assert ws.attendance.present_count(conf) == 0 and ws.attendance.present_count(other) == 0
    assert "#ef6c00" in screen.banner.styleSheet()

    scan(qtbot, screen, "ZZ9999")
    assert screen.last_status == "unknown-code"
    assert "#c62828" in screen.banner.styleSheet()
    assert screen.count_label.text() == "0 / 2"


def test_typing_a_name_lists_invitees_and_enter_checks_in(qtbot, screen, door):
    ws, conf, _other, ids, _codes = door
    qtbot.keyClicks(screen.input, "huong")              # no tone marks
    assert screen.matches.count() == 1
    assert "Đinh Thị Hương" in screen.matches.item(0).text()
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.last_status == "checked-in"
    assert ws.attendance.present_count(conf) == 1
    assert screen.matches.count() == 0
    qtbot.keyClicks(screen.input, "dung")                # Dũng is invited elsewhere: not listed here
    assert screen.matches.count() == 0


def test_closing_hands_changes_to_the_window(qtbot, screen, door):
    _ws, _conf, _other, _ids, codes = door
    scan(qtbot, screen, codes["Đinh Thị Hương"])
    screen.accept()
    assert screen.main.applied and screen.main.applied[-1].attendance


def test_walk_in_goes_through_the_duplicate_check(qtbot, screen, door, monkeypatch):
    from ui.person_dialog import PersonDialog
    ws, conf, _other, ids, _codes = door
    before = ws.people.count({})
    dialog = PersonDialog(screen.main, parent=screen, walk_in_conference_id=conf)
    qtbot.addWidget(dialog)
    assert dialog.commune.currentData() == ws.conferences.get(conf)["commune_id"]   # the conference's commune
    dialog.edits["full_name"].setText("Đinh Thị Hương")        # already on the list, typed again at the door
    dialog.edits["birth_year"].setText("1985")
    dialog.village.setCurrentIndex(1)
    asked = []
    monkeypatch.setattr(dialog, "choose_duplicate", lambda c: asked.append(c) or c[0]["id"])
    dialog.save()
    assert asked and asked[0][0]["id"] == ids["Đinh Thị Hương"]
    assert dialog.checkin_result.status == "checked-in"
    screen.walk_in_done(dialog.checkin_result)
    assert ws.people.count({}) == before                       # nobody added
    assert screen.count_label.text() == "1 / 2"

    dialog = PersonDialog(screen.main, parent=screen, walk_in_conference_id=conf)
    qtbot.addWidget(dialog)
    dialog.edits["full_name"].setText("Hồ Văn Tư")              # someone new
    dialog.edits["birth_year"].setText("1970")
    dialog.save()
    assert dialog.checkin_result.status == "checked-in"
    screen.walk_in_done(dialog.checkin_result)
    assert ws.people.count({}) == before + 1
    assert ws.attendance.present_count(conf) == 2
    assert "Hồ Văn Tư" in screen.banner.text()
    assert screen.count_label.text() == "1 / 2 + 1 khách", "the guest beside the invitees, not '2 / 2'"
    assert "Hồ Văn Tư (khách)" in screen.recent.item(0).text()

    from ui.checkin import CheckinScreen
    again = CheckinScreen(screen.main, conf)   # reopened during the conference: the same count and list
    qtbot.addWidget(again)
    assert again.count_label.text() == "1 / 2 + 1 khách"
    shown = [again.recent.item(i).text() for i in range(again.recent.count())]
    assert len(shown) == 2 and any("Hồ Văn Tư (khách)" in t for t in shown)
    assert any("Đinh Thị Hương" in t and "khách" not in t for t in shown)
    assert ws.attendance.room(conf) == type(ws.attendance.room(conf))(present=1, invited=2, guests=1)


def test_a_check_in_by_mistake_is_undone_from_the_recent_list(qtbot, screen, door, monkeypatch):
    from ui.qt import QMessageBox
    ws, conf, _other, ids, codes = door
    scan(qtbot, screen, codes["Nguyễn Văn Đức"])
    scan(qtbot, screen, codes["Đinh Thị Hương"])
    assert screen.count_label.text() == "2 / 2" and not screen.undo_button.isEnabled()
    screen.recent.setCurrentRow(1)                         # Đức, the first one in
    assert screen.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.undo_button.click()
    assert screen.count_label.text() == "1 / 2" and ws.attendance.present_count(conf) == 1
    assert "Nguyễn Văn Đức" in screen.banner.text() and screen.recent.count() == 1
    assert "Đinh Thị Hương" in screen.recent.item(0).text()
    assert ws.people.get(ids["Nguyễn Văn Đức"])["status"] == "invited"
    assert screen.changes.attendance


def test_a_refusal_goes_as_soon_as_a_name_is_typed(qtbot, screen, door):
    scan(qtbot, screen, "ZZZZZZ2")
    assert screen.last_status == "unknown-code"
    qtbot.keyClicks(screen.input, "d")
    assert screen.last_status == "idle" and "Sẵn sàng" in screen.banner.text()


def test_outcomes_register_and_follow_up(qtbot, door):
    from ui.outcome_dialog import OutcomeDialog
    ws, conf, _other, ids, codes = door
    agency, _ = ws.groups.add("agency", "Bưu điện Sơn Hà")
    collector, _ = ws.groups.add_member(agency, "Đinh Văn Thanh", role="Nhân viên thu")
    for name in ("Nguyễn Văn Đức", "Đinh Thị Hương"):
        assert ws.attendance.check_in(conf, codes[name]).status == "checked-in"
    main = FakeMain(ws)
    qtbot.addWidget(main)
    dialog = OutcomeDialog(main, conf)
    qtbot.addWidget(dialog)
    assert dialog.attendees.rowCount() == 2
    row = next(i for i in range(2) if dialog.attendees.item(i, 0).text() == "Nguyễn Văn Đức")
    dialog.attendees.selectRow(row)
    dialog.save()                                               # nothing chosen: says so, writes nothing
    assert dialog.error.text() and ws.attendance.figures(conf)["registered"] == 0
    dialog.vsi.setChecked(True)
    dialog.income.setValue(2_000_000)
    dialog.period.setCurrentIndex(dialog.period.findData(3))
    dialog.save()
    assert not dialog.error.text(), dialog.error.text()
    assert ws.attendance.figures(conf)["registered"] == 1
    row = next(i for i in range(2) if dialog.attendees.item(i, 0).text() == "Đinh Thị Hương")
    dialog.attendees.selectRow(row)
    dialog.follow_up.setChecked(True)
    dialog.collector.setCurrentIndex(dialog.collector.findData(collector))
    dialog.save()
    figures = ws.attendance.figures(conf)
    assert (figures["attended"], figures["registered"], figures["follow_up"]) == (2, 1, 1)
    assert "Đăng ký: 1" in dialog.figures.text()
    dialog.reject()
    assert main.applied[-1].attendance


def test_the_input_keeps_the_focus(qtbot, screen, door):
    _ws, _conf, _other, _ids, codes = door
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.input.hasFocus(), timeout=2000)
    scan(qtbot, screen, codes["Nguyễn Văn Đức"])
    qtbot.mouseClick(screen.recent.viewport(), Qt.MouseButton.LeftButton)   # clicking a list does not take it
    assert screen.input.hasFocus()


def test_an_outcome_records_what_the_agency_lists_need(qtbot, door):
    """Support category (vsi), the place in the household and the period (hhi), the month paid from."""
    from ui.outcome_dialog import OutcomeDialog
    ws, conf, _other, ids, codes = door
    assert ws.attendance.check_in(conf, codes["Nguyễn Văn Đức"]).status == "checked-in"
    main = FakeMain(ws)
    qtbot.addWidget(main)
    dialog = OutcomeDialog(main, conf)
    qtbot.addWidget(dialog)
    dialog.attendees.selectRow(0)
    dialog.hhi.setChecked(True)
    assert dialog.hhi_period.isEnabled() and not dialog.vsi_box.isEnabled()
    dialog.member.setValue(2)
    dialog.hhi_period.setCurrentIndex(dialog.hhi_period.findData(6))
    dialog.start_month.setText("13/2026")
    dialog.save()
    assert "Đóng từ tháng" in dialog.error.text()
    dialog.start_month.setText("02/2026")
    dialog.vsi.setChecked(True)
    assert not dialog.hhi_period.isEnabled()  # one period for both: voluntary SI's
    dialog.support.setCurrentIndex(dialog.support.findData("near_poor"))
    dialog.save()
    assert not dialog.error.text(), dialog.error.text()
    person = ws.query("SELECT id FROM people WHERE full_name = 'Nguyễn Văn Đức'")[0]["id"]
    rows = {r["scheme"]: r for r in ws.query("SELECT * FROM registrations WHERE person_id = ?", [person])}
    assert rows["hhi"]["household_member"] == 2 and rows["vsi"]["household_member"] is None
    assert rows["vsi"]["start_month"] == rows["hhi"]["start_month"] == "2026-02"
    assert ws.people.get(person)["support_category"] == "near_poor"
