"""The Hội nghị page offscreen: list and filters, the month calendar, the form's validation as you type,
bulk scheduling with adjusted dates, status quick actions and deletion."""
from __future__ import annotations

import importlib.util

import pytest

pytest.importorskip("pytestqt")

import ui_support  # noqa: E402
from ui.qt import QDate, QDialogButtonBox, Qt  # noqa: E402

HAS_DEMO = importlib.util.find_spec("core.demo") is not None


def open_page(qtbot, ws):
    from ui.pages.conferences import ConferencesPage
    return ui_support.open_page(qtbot, ws, ConferencesPage, 1200, 760)




@pytest.fixture
def data(office):
    """The Sơn Hà office with villages, an agency and four conferences in October 2025."""
    ws = office
    c = {u["name"]: u["id"] for u in ws.units.communes()}
    village, _ = ws.units.add_village(c["Xã Sơn Hà"], "Thôn Gò Da")
    agency, _ = ws.groups.add("agency", "Bưu điện khu vực Sơn Hà - Sơn Tây")
    ws.groups.set_coverage(agency, [c["Xã Sơn Hà"]])
    ws.conferences.add("customer", c["Xã Sơn Hà"], "2025-10-08", "08:00", "Hội trường UBND xã Sơn Hà",
                       organiser_group_id=agency)
    ws.conferences.add("policy_qa", c["Xã Sơn Hà"], "2025-10-15", "14:00", "Hội trường UBND xã Sơn Hà")
    ws.conferences.add("customer", c["Xã Sơn Hạ"], "2025-10-15", "08:00", "Nhà văn hoá xã Sơn Hạ")
    ws.conferences.add("small_group", c["Xã Sơn Hà"], "2025-11-03", "19:00", "Nhà văn hoá thôn Gò Da",
                       village_id=village)
    ws.test_ids = {**c, "village": village, "agency": agency}
    return ws


def rows_of(page):
    from ui.models import RecordRole
    return [page.proxy.data(page.proxy.index(r, 0), RecordRole) for r in range(page.proxy.rowCount())]


def test_list_shows_conferences_sorted_and_formatted(qtbot, data):
    page = open_page(qtbot, data)
    assert page.proxy.rowCount() == 4
    assert page.proxy.index(0, 0).data() == "08/10/2025"
    assert page.proxy.index(3, 0).data() == "03/11/2025"
    assert page.proxy.index(3, 4).data() == "Thôn Gò Da"
    assert page.proxy.index(0, 7).data() == "Bưu điện khu vực Sơn Hà - Sơn Tây"
    assert page.proxy.index(0, 8).data() == "Chưa ghi kết quả", "planned, and its day (October 2025) has passed"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Ngày"
    assert page.count_label.text() == "4 hội nghị"


def test_filters_by_commune_kind_and_search(qtbot, data):
    page = open_page(qtbot, data)
    page.commune.setCurrentIndex(page.commune.findData(data.test_ids["Xã Sơn Hạ"]))
    assert [r["commune_name"] for r in rows_of(page)] == ["Xã Sơn Hạ"]
    page.commune.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("customer"))
    assert page.proxy.rowCount() == 2
    page.kind.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "go da")  # no tone marks needed
    assert [r["kind"] for r in rows_of(page)] == ["small_group"]


def test_backwards_date_range_is_refused_with_a_message(qtbot, data):
    page = open_page(qtbot, data)
    page.use_dates.setChecked(True)
    page.date_from.setDate(QDate(2025, 10, 1))
    page.date_to.setDate(QDate(2025, 10, 31))
    assert page.proxy.rowCount() == 3 and page.filter_error.isHidden()
    page.date_from.setDate(QDate(2025, 11, 30))
    assert page.proxy.rowCount() == 0
    assert not page.filter_error.isHidden() and "không hợp lệ" in page.filter_error.text()


def test_calendar_puts_conferences_on_their_days(qtbot, data):
    page = open_page(qtbot, data)
    page.calendar_button.click()
    page.calendar.set_month(2025, 10)
    assert page.calendar.title.text() == "Tháng 10/2025"
    assert [h.text() for h in page.calendar.headers] == ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    # October 2025 starts on a Wednesday: the grid starts Monday 29/09
    assert page.calendar.cells[0].day.isoformat() == "2025-09-29"
    cell = page.calendar.cell_for("2025-10-15")
    texts = [cell.items.item(i).text() for i in range(cell.items.count())]
    assert texts == ["KH · Sơn Hạ", "ĐT · Sơn Hà"]  # by time: 08:00 then 14:00
    assert page.calendar.cell_for("2025-10-08").items.count() == 1
    assert page.calendar.cell_for("2025-10-09").items.count() == 0
    page.calendar.next_month()
    assert page.calendar.cell_for("2025-11-03").items.item(0).text() == "NN · Sơn Hà"


def test_calendar_opens_on_a_month_with_conferences(qtbot, data):
    page = open_page(qtbot, data)  # the data is in Oct-Nov 2025, long before "today"
    page.calendar_button.click()
    assert (page.calendar.year, page.calendar.month) == (2025, 11)  # the last conference's month
    assert page.calendar.cell_for("2025-11-03").items.count() == 1
    assert page.count_label.text() == "1 hội nghị trong tháng"


def test_calendar_day_click_filters_the_list(qtbot, data):
    page = open_page(qtbot, data)
    page.set_view(page.CALENDAR)
    page.calendar.set_month(2025, 10)
    page.calendar.cell_for("2025-10-15").clicked.emit("2025-10-15")
    assert page.stack.currentIndex() == page.LIST
    assert {r["date"] for r in rows_of(page)} == {"2025-10-15"} and page.proxy.rowCount() == 2
    page.clear_day_button.click()
    assert page.proxy.rowCount() == 4


def test_calendar_selection_drives_the_quick_actions(qtbot, data):
    page = open_page(qtbot, data)
    page.set_view(page.CALENDAR)
    page.calendar.set_month(2025, 10)
    assert not page.held_button.isEnabled()
    cell = page.calendar.cell_for("2025-10-08")
    cell.items.itemClicked.emit(cell.items.item(0))
    assert page.held_button.isEnabled() and page.edit_button.isEnabled()
    page.held_button.trigger()
    conference = data.conferences.list(date_from="2025-10-08", date_to="2025-10-08")[0]
    assert conference["status"] == "held"
    item = page.calendar.cell_for("2025-10-08").items.item(0)
    assert item.isSelected() and "Đã tổ chức" in item.toolTip()


def test_calendar_double_click_opens_the_edit_dialog(qtbot, data, monkeypatch):
    from ui.conference_dialogs import ConferenceDialog
    page = open_page(qtbot, data)
    opened = []
    monkeypatch.setattr(ConferenceDialog, "exec", lambda self: opened.append(self.conference_id) or 0)
    page.set_view(page.CALENDAR)
    page.calendar.set_month(2025, 10)
    cell = page.calendar.cell_for("2025-10-08")
    cell.items.itemDoubleClicked.emit(cell.items.item(0))
    assert opened == [data.conferences.list(date_from="2025-10-08", date_to="2025-10-08")[0]["id"]]


def test_new_conference_form_validates_as_you_type_then_creates(qtbot, data):
    from ui.conference_dialogs import ConferenceDialog
    dialog = ConferenceDialog(data, None, date="2025-12-02")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.errors.labels["commune_id"].text()  # no commune yet
    dialog.commune.setCurrentIndex(dialog.commune.findData(data.test_ids["Xã Sơn Hà"]))
    assert ok.isEnabled()
    assert dialog.host.text() == "UBND xã Sơn Hà"  # suggested from the commune
    assert dialog.organiser.currentData() == data.test_ids["agency"]  # the agency covering Sơn Hà
    dialog.kind.setCurrentIndex(dialog.kind.findData("small_group"))
    assert dialog.invitees.value() == 10  # the kind's default invitees
    assert not ok.isEnabled() and "thôn" in dialog.errors.labels["village_id"].text()
    dialog.village.setCurrentIndex(dialog.village.findData(data.test_ids["village"]))
    qtbot.keyClicks(dialog.time, "x")
    assert not ok.isEnabled() and dialog.errors.labels["time"].text()
    dialog.time.setText("19:30")
    assert ok.isEnabled()
    dialog.venue.setText("  Nhà văn hoá   thôn Gò Da ")
    ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changes.conferences
    row = data.conferences.get(dialog.conference_id)
    assert (row["kind"], row["date"], row["time"], row["village_id"], row["venue"], row["expected_invitees"]) == \
        ("small_group", "2025-12-02", "19:30", data.test_ids["village"], "Nhà văn hoá thôn Gò Da", 10)


def test_core_refusal_lands_on_its_field(qtbot, data):
    from ui.conference_dialogs import ConferenceDialog
    dialog = ConferenceDialog(data, None)
    qtbot.addWidget(dialog)
    dialog.commune.setCurrentIndex(dialog.commune.findData(data.test_ids["Xã Sơn Hà"]))
    dialog.organiser.addItem("Nhóm đã xoá", 99999)  # a group that does not exist: core refuses
    dialog.organiser.setCurrentIndex(dialog.organiser.count() - 1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "99999" in dialog.errors.labels["organiser_group_id"].text()
    assert len(data.conferences.list()) == 4


def test_edit_via_page_changes_the_row(qtbot, data, monkeypatch):
    from ui.conference_dialogs import ConferenceDialog
    page = open_page(qtbot, data)

    def run(dialog):
        dialog.venue.setText("Sân UBND xã")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(ConferenceDialog, "exec", run)
    page.table.selectRow(0)
    page.edit_button.click()
    assert rows_of(page)[0]["venue"] == "Sân UBND xã"


def test_status_quick_actions_and_delete(qtbot, data, yes):
    page = open_page(qtbot, data)
    page.table.selectRow(0)
    first = rows_of(page)[0]["id"]
    page.held_button.trigger()
    assert data.conferences.get(first)["status"] == "held"
    assert page.proxy.index(0, 8).data() == "Đã tổ chức"
    page.table.selectRow(0)
    page.cancelled_button.trigger()
    assert data.conferences.get(first)["status"] == "cancelled"
    page.table.selectRow(0)
    page.delete_button.click()
    assert yes and "Xoá hội nghị" in yes[0]
    assert data.conferences.get(first) is None and page.proxy.rowCount() == 3


def test_enter_key_opens_the_selected_conference(qtbot, data, monkeypatch):
    from ui.conference_dialogs import ConferenceDialog
    page = open_page(qtbot, data)
    opened = []
    monkeypatch.setattr(ConferenceDialog, "exec", lambda self: opened.append(self.conference_id) or 0)
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [rows_of(page)[2]["id"]]


def test_delete_key_asks_then_deletes(qtbot, data, yes):
    page = open_page(qtbot, data)
    page.show()
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(yes) == 1 and page.proxy.rowCount() == 3


def test_bulk_dialog_refuses_a_backwards_period(qtbot, data):
    from ui.conference_dialogs import BulkScheduleDialog
    dialog = BulkScheduleDialog(data)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2025, 12, 31))
    dialog.end.setDate(QDate(2025, 10, 1))
    assert not dialog.preview_button.isEnabled()
    assert "trước" in dialog.errors.labels["period"].text()
    dialog._check_all(Qt.CheckState.Unchecked)
    assert dialog.errors.labels["communes"].text()


def test_bulk_schedule_preview_adjust_then_create(qtbot, data, monkeypatch):
    from ui.conference_dialogs import BulkScheduleDialog
    page = open_page(qtbot, data)
    adjusted = {}

    def run(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("policy_qa"))
        dialog.start.setDate(QDate(2026, 1, 1))
        dialog.end.setDate(QDate(2026, 3, 31))
        dialog.rule.setCurrentIndex(dialog.rule.findData("per_month"))
        dialog.count.setValue(1)
        assert not dialog.create_button.isEnabled()  # nothing previewed yet
        dialog.preview_button.click()
        assert dialog.table.rowCount() == 8 * 3
        assert dialog.create_button.isEnabled() and "24" in dialog.summary.text()
        venues = {dialog.table.item(r, dialog.COL_VENUE).text() for r in range(dialog.table.rowCount())}
        assert "Hội trường UBND xã Sơn Hạ" in venues
        edit = dialog.table.cellWidget(0, dialog.COL_DATE)
        edit.setDate(QDate(2026, 1, 20))
        adjusted["commune_id"] = dialog.rows()[0]["commune_id"]
        return True
    monkeypatch.setattr(BulkScheduleDialog, "exec", run)
    page.bulk_button.click()
    made = data.conferences.list(kind="policy_qa", date_from="2026-01-01")
    assert len(made) == 24
    assert any(r["date"] == "2026-01-20" and r["commune_id"] == adjusted["commune_id"] for r in made)
    # organiser "the agency covering each commune": only Sơn Hà is covered in this office
    assert {r["commune_name"] for r in made if r["organiser_group_id"] == data.test_ids["agency"]} == {"Xã Sơn Hà"}
    assert sum(1 for r in made if r["organiser_group_id"] is None) == 21
    assert page.proxy.rowCount() == 4 + 24


def test_bulk_dialog_takes_the_plans_dates_and_warns_beyond_them(qtbot, data):
    from ui.conference_dialogs import BulkScheduleDialog
    data.plans.create("25/KH-BHXH", "Quý IV/2025", start_date="2025-10-01", end_date="2025-12-31")
    dialog = BulkScheduleDialog(data)
    qtbot.addWidget(dialog)
    assert (dialog.start.value(), dialog.end.value()) == ("2025-10-01", "2025-12-31")
    assert dialog.plan_warning.isHidden()
    dialog.end.setDate(QDate(2026, 1, 31))
    assert not dialog.plan_warning.isHidden() and "31/12/2025" in dialog.plan_warning.text()
    assert dialog.preview_button.isEnabled(), "a warning, not a refusal"
    dialog.plan.setCurrentIndex(dialog.plan.findData(None))
    assert dialog.plan_warning.isHidden()


def test_bulk_preview_goes_stale_when_the_rule_changes(qtbot, data):
    from ui.conference_dialogs import BulkScheduleDialog
    dialog = BulkScheduleDialog(data)
    qtbot.addWidget(dialog)
    dialog.rule.setCurrentIndex(dialog.rule.findData("per_period"))
    dialog.count.setValue(2)
    dialog.preview()
    assert dialog.table.rowCount() == 16
    dialog.count.setValue(3)
    assert dialog.table.rowCount() == 0 and not dialog.create_button.isEnabled()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, data):
    page = open_page(qtbot, data)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


@pytest.mark.skipif(not HAS_DEMO, reason="core.demo not written yet")
def test_demo_office_shows_its_47_conferences(qtbot, demo):
    page = open_page(qtbot, demo)
    assert page.proxy.rowCount() == 47
    kinds = {}
    for r in rows_of(page):
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    assert kinds == {"customer": 16, "policy_qa": 16, "small_group": 15}
    son_ha = next(c["id"] for c in demo.units.communes() if c["name"] == "Xã Sơn Hà")
    page.commune.setCurrentIndex(page.commune.findData(son_ha))
    assert 0 < page.proxy.rowCount() < 47
    assert {r["commune_name"] for r in rows_of(page)} == {"Xã Sơn Hà"}
    page.commune.setCurrentIndex(0)
    first = rows_of(page)[0]
    page.set_view(page.CALENDAR)
    y, m = int(first["date"][:4]), int(first["date"][5:7])
    page.calendar.set_month(y, m)
    shown = sum(c.items.count() for c in page.calendar.cells if c.day and c.day.month == m)
    assert shown == sum(len(v) for v in demo.conferences.month(y, m).values()) > 0


@pytest.mark.skipif(not HAS_DEMO, reason="core.demo not written yet")
def test_status_change_runs_on_the_db_worker_in_the_real_window(qtbot, demo_path, tmp_path, monkeypatch):
    """With a file database the main window has a DB worker: the Op writes there and the page reloads after."""
    from core.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.qt import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    ws = Workspace.open(demo_path, actor="test", query_only=True)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    try:
        page = window.show_page("conferences")
        page.status.setCurrentIndex(page.status.findData("postponed"))
        postponed = page.proxy.rowCount()
        page.status.setCurrentIndex(0)
        page.table.selectRow(0)
        target = rows_of(page)[0]["id"]
        page.postponed_button.trigger()
        qtbot.waitUntil(lambda: page.proxy.index(0, 8).data() == "Hoãn", timeout=5000)
        assert ws.conferences.get(target)["status"] == "postponed"
        page.status.setCurrentIndex(page.status.findData("postponed"))
        ids = [r["id"] for r in rows_of(page)]
        assert target in ids and len(ids) == postponed + 1
    finally:
        window.close()  # stops the DB worker
        ws.close()


def test_people_actions_open_for_the_one_selected_conference(qtbot, data, monkeypatch):
    """Mời…, Điểm danh and Kết quả… act on the selected conference (and need exactly one selected)."""
    from ui.checkin import CheckinScreen
    from ui.invite_dialog import InviteDialog
    from ui.outcome_dialog import OutcomeDialog
    page = open_page(qtbot, data)
    page.table.clearSelection()
    assert not page.checkin_button.isEnabled() and not page.invite_button.isEnabled()
    page.table.selectRow(0)
    chosen = page.selected()[0]["id"]
    opened = []
    for cls in (InviteDialog, CheckinScreen, OutcomeDialog):
        monkeypatch.setattr(cls, "exec", lambda dialog: opened.append((type(dialog).__name__, _conference_of(dialog))))
    for button in (page.invite_button, page.checkin_button, page.outcome_button):
        assert button.isEnabled()
        button.click()
    assert opened == [("InviteDialog", chosen), ("CheckinScreen", chosen), ("OutcomeDialog", chosen)]


def _conference_of(dialog) -> int:
    value = dialog.conference_id
    return value() if callable(value) else value  # InviteDialog lets the clerk change it: a method there
