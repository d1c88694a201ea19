"""The Kế hoạch page offscreen: plans and periods of a workspace, the targets grid (keyboard entry, save in
one transaction, paste all-or-nothing, copy, the parent-vs-children colour), the plan/period forms'
validation as you type, and the Excel import wizard end to end (a wrong total names its cell, writes nothing)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

import ui_support  # noqa: E402
from ui.qt import QApplication, QLineEdit, QMessageBox, Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractSpinBox  # noqa: E402


pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def asked(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def open_page(qtbot, ws):
    from ui.pages.plan import PlanPage
    return ui_support.open_page(qtbot, ws, PlanPage, 1280, 800, show=True)


@pytest.fixture
def planned(office):
    """Sơn Hà with plan 25/KH-BHXH: two periods, baselines for two communes, one target."""
    ws = office
    c = {u["name"]: u["id"] for u in ws.units.communes()}
    plan_id, _ = ws.plans.create("25/KH-BHXH", "Hội nghị khách hàng quý IV/2025", "2025-10-13", "2025-10-01",
                                 "2025-12-31")
    october, _ = ws.plans.add_period(plan_id, "Tháng 10", "2025-10-01", "2025-10-31")
    november, _ = ws.plans.add_period(plan_id, "Tháng 11", "2025-11-01", "2025-11-30")
    ws.plans.set_baseline(plan_id, c["Xã Sơn Hà"], "vsi_new", "2025-09-30", 219)
    ws.plans.set_baseline(plan_id, c["Xã Sơn Hạ"], "vsi_new", "2025-09-30", 648)
    ws.plans.set_targets(plan_id, "vsi_new", [(c["Xã Sơn Hà"], october, 30)])
    ws.ids = {**c, "plan": plan_id, "october": october, "november": november,
              "root": ws.units.province()["id"]}
    return ws


def row_of(model, unit_id):
    return next(r for r in range(model.rowCount() - 1) if model.unit(r)["id"] == unit_id)


def col_of(model, key):
    return model.columns.index(key) + 1


def saved(ws, unit_id, key):
    return ws.plans.target_table(ws.ids["plan"], "vsi_new").row(unit_id).values.get(key)


# --- the page on the demo office -----------------------------------------------------------------------
def test_page_shows_the_demo_plan_its_periods_and_targets(qtbot, demo, qtmodeltester):
    page = open_page(qtbot, demo)
    assert page.plans_model.rowCount() == 1
    assert page.plans_model.index(0, 0).data().startswith("25/KH-BHXH\n01/10/2025 – 31/12/2025")
    assert page.plan_label.text() == "Kế hoạch số 25/KH-BHXH"
    assert [page.periods_model.index(r, 0).data() for r in range(3)] == ["Tháng 10", "Tháng 11", "Tháng 12"]
    assert page.periods_model.index(0, 2).data() == "01/10/2025 – 31/10/2025"
    model = page.model
    table = demo.plans.target_table(demo.plans.list()[0]["id"], "vsi_new", include_villages=False)
    assert model.rowCount() == len(table.rows) + 1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Số đầu kỳ\n(đến 30/09/2025)"
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "Lũy kế"
    totals = model.rowCount() - 1
    assert model.index(totals, 0).data() == "Tổng cộng"
    from core import formatting
    from core.target_table import CUMULATIVE
    assert model.index(totals, model.columnCount() - 1).data() == formatting.number(table.totals[CUMULATIVE])
    assert "." in model.index(totals, 1).data()          # Vietnamese thousands: 3.938
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(1, 2).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(1, 0).data().startswith("    Xã ")  # communes indented under the province
    qtmodeltester.check(model, force_py=True)
    page.villages.setChecked(True)                      # villages join the grid under their commune
    assert model.rowCount() > len(table.rows) + 1
    assert model.unit(2)["kind"] == "village" and model.index(2, 0).data().startswith("        ")
    qtmodeltester.check(model, force_py=True)


def test_the_progress_line_follows_a_language_switch(qtbot, demo):
    from ui import i18n
    page = open_page(qtbot, demo)
    assert page.achieved_label.text().startswith("Đã đăng ký tại hội nghị")
    i18n.switch("en")
    try:
        page.retranslate()
        assert page.achieved_label.text().startswith("Registered") and "Đã" not in page.achieved_label.text()
    finally:
        i18n.switch("vi")
    page.retranslate()
    assert page.achieved_label.text().startswith("Đã đăng ký tại hội nghị")


# --- grid editing -------------------------------------------------------------------------------------
def test_typing_in_a_cell_then_enter_moves_down_and_save_writes(qtbot, planned):
    page = open_page(qtbot, planned)
    grid, model, ids = page.grid, page.model, planned.ids
    row, col = row_of(model, ids["Xã Sơn Hạ"]), col_of(model, ids["october"])
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, col))
    qtbot.keyClick(grid, Qt.Key.Key_1)                  # typing starts the editor with that key
    editor = grid.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "1"
    qtbot.keyClicks(editor, ".234")
    qtbot.keyClick(editor, Qt.Key.Key_Return)          # commits (queued by Qt), then moves down
    qtbot.waitUntil(lambda: grid.currentIndex().row() == row + 1)
    assert grid.currentIndex().column() == col
    assert model.dirty and page.save_button.isEnabled()
    assert model.index(row, col).data() == "1.234"
    assert "1 ô chưa lưu" in page.state_label.text()
    assert saved(planned, ids["Xã Sơn Hạ"], ids["october"]) is None      # nothing written before Save
    qtbot.keyClick(grid, Qt.Key.Key_Tab)                # Tab moves right
    assert grid.currentIndex().column() == col + 1
    page.save_button.click()
    assert saved(planned, ids["Xã Sơn Hạ"], ids["october"]) == 1234
    assert not model.dirty and not page.save_button.isEnabled()
    assert model.index(row, col).data() == "1.234"      # reloaded from core
    assert any(c.targets for c in page.main.applied)


def test_a_filled_cell_is_edited_in_a_line_editor_that_hides_the_old_figure(qtbot, planned):
    page = open_page(qtbot, planned)
    grid, model, ids = page.grid, page.model, planned.ids
    row, col = row_of(model, ids["Xã Sơn Hạ"]), col_of(model, ids["october"])
    model.setData(model.index(row, col), "25")
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, col))
    qtbot.keyClick(grid, Qt.Key.Key_7)
    editor = grid.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "7", "the typed digit replaces the old figure"
    assert not grid.viewport().findChildren(QAbstractSpinBox), "no spin arrows over the digits"
    assert editor.autoFillBackground() and not editor.hasFrame()
    editor.grab().save("/tmp/plan-cell-editor.png")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(row, col).data() == "7")


def test_a_typed_word_is_refused_with_the_cell_named(qtbot, planned):
    page = open_page(qtbot, planned)
    model, ids = page.model, planned.ids
    index = model.index(row_of(model, ids["Xã Sơn Hà"]), col_of(model, ids["november"]))
    assert not model.setData(index, "mười")
    assert page.message.text() == "Xã Sơn Hà – Tháng 11: “mười” không phải là số."
    assert not model.dirty


def test_delete_clears_and_baseline_edits_save_in_the_same_transaction(qtbot, planned):
    page = open_page(qtbot, planned)
    grid, model, ids = page.grid, page.model, planned.ids
    ha = row_of(model, ids["Xã Sơn Hà"])
    grid.setCurrentIndex(model.index(ha, col_of(model, ids["october"])))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert model.index(ha, col_of(model, ids["october"])).data() == ""
    assert model.setData(model.index(ha, 1), "250")
    assert page.save_targets()
    assert saved(planned, ids["Xã Sơn Hà"], ids["october"]) is None
    assert planned.plans.target_table(ids["plan"]).row(ids["Xã Sơn Hà"]).baseline == 250


def test_discard_drops_pending_edits(qtbot, planned):
    page = open_page(qtbot, planned)
    model, ids = page.model, planned.ids
    index = model.index(row_of(model, ids["Xã Sơn Hạ"]), col_of(model, ids["october"]))
    model.setData(index, "77")
    page.discard_button.click()
    assert not model.dirty and index.data() == ""


def test_paste_a_block_from_excel_then_save(qtbot, planned):
    page = open_page(qtbot, planned)
    model, ids = page.model, planned.ids
    ha = row_of(model, ids["Xã Sơn Hà"])
    assert model.unit(ha + 1)["id"] == ids["Xã Sơn Hạ"]
    # Excel's clipboard: tab between cells, CRLF between rows, Vietnamese or English thousands
    assert model.paste(ha, col_of(model, ids["october"]), "1.200\t15\r\n1,300\t16\r\n") is None
    assert model.edits()[1] == [(ids["Xã Sơn Hà"], ids["october"], 1200), (ids["Xã Sơn Hà"], ids["november"], 15),
                                (ids["Xã Sơn Hạ"], ids["october"], 1300), (ids["Xã Sơn Hạ"], ids["november"], 16)]
    from core.target_table import CUMULATIVE
    assert model.value(ha, col_of(model, CUMULATIVE)) == 219 + 1200 + 15
    page.save_button.click()
    assert saved(planned, ids["Xã Sơn Hạ"], ids["november"]) == 16
    assert saved(planned, ids["Xã Sơn Hà"], ids["october"]) == 1200


def test_a_bad_paste_is_refused_whole_and_names_the_cell(qtbot, planned, monkeypatch):
    page = open_page(qtbot, planned)
    grid, model, ids = page.grid, page.model, planned.ids
    ha = row_of(model, ids["Xã Sơn Hà"])
    before = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    grid.setCurrentIndex(model.index(ha, col_of(model, ids["october"])))
    QApplication.clipboard().setText("5\t6\n7\tabc\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.message.text() == "Xã Sơn Hạ – Tháng 11: “abc” không phải là số."
    assert not model.dirty
    assert [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())] == before
    # a block that runs into the computed columns is refused too
    from core.target_table import CUMULATIVE
    error = model.paste(ha, col_of(model, CUMULATIVE) - 1, "1\t2")
    assert error and "không nhập được" in error and not model.dirty


def test_copy_gives_plain_numbers_for_excel(qtbot, planned):
    page = open_page(qtbot, planned)
    grid, model, ids = page.grid, page.model, planned.ids
    ha = row_of(model, ids["Xã Sơn Hà"])
    model.setData(model.index(ha, 1), "1.219")
    grid.setCurrentIndex(model.index(ha, 0))
    for c in (1, 2):
        grid.selectionModel().select(model.index(ha, c), grid.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Xã Sơn Hà\t1219\t30"


def test_a_parent_that_differs_from_its_children_is_amber_with_the_sum(qtbot, planned):
    from ui.targets_grid import AMBER, MismatchRole
    page = open_page(qtbot, planned)
    model, ids = page.model, planned.ids
    root = row_of(model, ids["root"])
    october = col_of(model, ids["october"])
    assert not model.index(root, october).data(MismatchRole)
    assert model.index(root, october).data() == "30"       # nothing entered: shows the communes' sum
    model.setData(model.index(root, october), "1.500")      # the office's target from the province
    index = model.index(root, october)
    assert index.data(MismatchRole) is True
    assert index.data(Qt.ItemDataRole.BackgroundRole) == AMBER
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Tổng các đơn vị cấp dưới: 30"
    page.save_button.click()                                # saved: core's table flags it the same way
    index = page.model.index(root, october)
    assert index.data(MismatchRole) is True and "1 ô có số khác" in page.state_label.text()
    # allocating the rest to a commune clears it
    page.model.setData(page.model.index(row_of(page.model, ids["Xã Sơn Thủy"]), october), "1.470")
    assert not page.model.index(root, october).data(MismatchRole)


# --- plan and period forms ----------------------------------------------------------------------------
def test_plan_form_validates_as_you_type_and_creates_the_plan(qtbot, office):
    from ui.plan_dialogs import PlanDialog
    dialog = PlanDialog(office)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()                 # number required
    qtbot.keyClicks(dialog.number.edit, "12/KH-BHXH")
    assert dialog.ok_button.isEnabled()
    dialog.start_date.set_value("2026-05-01")
    dialog.end_date.set_value("2026-04-30")
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["end_date"].text() == "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."
    assert dialog.errors["end_date"].isVisibleTo(dialog)
    dialog.end_date.set_value("2026-05-31")
    assert dialog.ok_button.isEnabled() and not dialog.errors["end_date"].isVisibleTo(dialog)
    dialog.save()
    plan = office.plans.find("12/kh-bhxh")
    assert (plan["start_date"], plan["end_date"], plan["issued_on"]) == ("2026-05-01", "2026-05-31", None)
    assert plan["issuer"] == "BHXH cơ sở Sơn Hà"


def test_plan_form_shows_core_refusal_on_the_field(qtbot, planned):
    from ui.plan_dialogs import PlanDialog
    dialog = PlanDialog(planned)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.number.edit, "25 / kh-bhxh")
    dialog.save()
    assert dialog.result() == 0 and "Đã có kế hoạch số 25/KH-BHXH" in dialog.number.error.text()


def test_period_form_for_a_wave(qtbot, planned):
    from ui.plan_dialogs import PeriodDialog
    plan = planned.plans.get(planned.ids["plan"])
    dialog = PeriodDialog(planned, plan)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("Đợt 1")          # QTest types ASCII only
    dialog.kind.setCurrentIndex(dialog.kind.findData("wave"))
    dialog.start_date.set_value("2025-12-01")
    dialog.end_date.set_value("2025-12-20")
    qtbot.keyClicks(dialog.ceremony_time, "7h75")
    assert not dialog.ok_button.isEnabled() and "phút" in dialog.errors["ceremony_time"].text()
    dialog.ceremony_time.setText("7h30")            # read as plans and conferences read times (core.parse)
    assert dialog.ok_button.isEnabled() and not dialog.errors["ceremony_time"].text()
    dialog.ceremony_date.set_value("2025-12-01")
    dialog.emulation_start.set_value("2025-12-10")
    dialog.emulation_end.set_value("2025-12-05")
    assert not dialog.ok_button.isEnabled() and dialog.errors["emulation_end"].text()
    dialog.emulation_end.set_value("2025-12-31")
    assert dialog.ok_button.isEnabled()
    dialog.end_date.set_value("2026-01-05")                  # outside the plan
    assert not dialog.ok_button.isEnabled() and "trong thời gian của kế hoạch" in dialog.errors["end_date"].text()
    dialog.end_date.set_value("2025-12-20")
    dialog.save()
    wave = planned.plans.periods(plan["id"])[-1]
    assert (wave["name"], wave["kind"], wave["ceremony_time"], wave["emulation_end"]) == \
        ("Đợt 1", "wave", "07:30", "2025-12-31")


def test_page_adds_edits_and_deletes_periods(qtbot, planned, asked, monkeypatch):
    from ui.plan_dialogs import PeriodDialog
    page = open_page(qtbot, planned)

    def fill(self):
        self.name.setText("Tháng 12")
        self.start_date.set_value("2025-12-01")
        self.end_date.set_value("2025-12-31")
        self.save()
        return 1
    monkeypatch.setattr(PeriodDialog, "exec", fill)
    page.add_period()
    assert page.periods_model.rowCount() == 3
    assert page.model.headerData(col_of(page.model, page.periods_model.rows[2]["id"]),
                                 Qt.Orientation.Horizontal) == "Tháng 12"
    page.periods_view.setCurrentIndex(page.periods_model.index(2, 0))
    page.delete_period()
    assert asked and "Tháng 12" in asked[-1]
    assert page.periods_model.rowCount() == 2


def test_adding_an_indicator_switches_the_grid_to_it(qtbot, planned, monkeypatch):
    from ui.plan_dialogs import IndicatorDialog
    page = open_page(qtbot, planned)

    def fill(self):
        self.name.setText("BHXH bắt buộc tăng mới")
        qtbot.keyClicks(self.code.edit, "csi_new")
        assert self.ok_button.isEnabled()
        self.save()
        return 1
    monkeypatch.setattr(IndicatorDialog, "exec", fill)
    page.add_indicator()
    assert page.indicator.currentData() == "csi_new" and page.indicator.currentText() == "BHXH bắt buộc tăng mới"
    assert page.model.table.indicator["code"] == "csi_new"
    assert page.model.table.totals.get(page.model.columns[1]) is None     # nothing entered for it yet


# --- import wizard ------------------------------------------------------------------------------------
@pytest.fixture
def bac_giang(ws):
    from tests.fixtures.targets_fixtures import add_bac_giang_units
    units = add_bac_giang_units(ws)
    plan_id, _ = ws.plans.create("76/KH-UBND", "Tháng cao điểm", "2023-04-12", "2023-01-01", "2023-12-31")
    ws.ids = {**units, "plan": plan_id}
    return ws


def run_wizard_to_check(qtbot, page, path):
    from ui.targets_import_wizard import TargetsImportWizard
    wizard = TargetsImportWizard(page, page.plan, "vsi_new")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file.open(str(path))
    assert wizard.file.isComplete(), wizard.file.error.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping
    wizard.next()
    assert wizard.currentPage() is wizard.check
    return wizard


def test_import_wizard_end_to_end(qtbot, bac_giang, tmp_path):
    from tests.fixtures.targets_fixtures import write_phu_luc_01
    path = write_phu_luc_01(tmp_path / "phu_luc_01.xlsx")
    page = open_page(qtbot, bac_giang)
    wizard = run_wizard_to_check(qtbot, page, path)
    mapping = wizard.mapping
    roles = {e["letter"]: e["combo"].currentData() for e in mapping.rows}
    assert roles == {"A": "ignore", "B": "unit", "C": "baseline", "D": "baseline", "E": "period", "F": "period",
                     "G": "cumulative"}
    assert {e["letter"]: e["name"].text() for e in mapping.rows if roles[e["letter"]] == "period"} == \
        {"E": "Tháng cao điểm", "F": "Các tháng còn lại"}
    check = wizard.check
    assert check.isComplete() and "10 đơn vị" in check.summary.text() and check.errors.isHidden()
    assert wizard.button(wizard.WizardButton.NextButton).text() == "Tiếp"   # new periods: their dates first
    wizard.next()
    dates = wizard.dates
    assert wizard.currentPage() is dates and not dates.isComplete()      # the headers state no dates
    assert bac_giang.plans.periods(bac_giang.ids["plan"]) == []          # nothing written yet
    dates.set_dates("Tháng cao điểm", "01/05/2023", "31/05/2023")
    dates.set_dates("Các tháng còn lại", "01/06/2023", "31/12/2023")
    assert dates.isComplete(), dates.error.text()
    wizard.next()                                         # Nhập: writes, then the done page
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert "cho 10 đơn vị" in wizard.done_page.label.text()
    assert "“Tháng cao điểm”: từ 01/05/2023 đến 31/05/2023." in wizard.done_page.label.text()
    table = bac_giang.plans.target_table(bac_giang.ids["plan"])
    from core.target_table import CUMULATIVE
    assert table.totals[CUMULATIVE] == 52139
    assert [(p["name"], p["start_date"], p["end_date"]) for p in bac_giang.plans.periods(bac_giang.ids["plan"])] == [
        ("Tháng cao điểm", "2023-05-01", "2023-05-31"), ("Các tháng còn lại", "2023-06-01", "2023-12-31")]
    # the page followed: two new periods, the imported numbers
    assert page.model.index(page.model.rowCount() - 1, page.model.columnCount() - 1).data() == "52.139"
    assert page.periods_model.rowCount() == 2


def test_import_wizard_with_a_wrong_total_shows_the_cell_and_writes_nothing(qtbot, bac_giang, tmp_path):
    from tests.fixtures.targets_fixtures import BAC_GIANG_TOTALS, TOTALS_ROW, write_phu_luc_01
    wrong = (BAC_GIANG_TOTALS[0] + 1,) + BAC_GIANG_TOTALS[1:]
    path = write_phu_luc_01(tmp_path / "wrong.xlsx", totals=wrong)
    page = open_page(qtbot, bac_giang)
    wizard = run_wizard_to_check(qtbot, page, path)
    check = wizard.check
    assert not check.isComplete() and not check.errors.isHidden()
    assert "chưa ghi gì" in check.summary.text()
    assert check.errors.item(0, 0).text() == f"C{TOTALS_ROW}"
    assert "41.098" in check.errors.item(0, 1).text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert bac_giang.plans.periods(bac_giang.ids["plan"]) == []
    assert bac_giang.plans.baselines(bac_giang.ids["plan"]) == []


def test_import_wizard_mapping_can_be_corrected(qtbot, bac_giang, tmp_path):
    """The clerk drops the older baseline and renames a period: the check and the import follow."""
    from tests.fixtures.targets_fixtures import write_phu_luc_01
    path = write_phu_luc_01(tmp_path / "phu_luc_01.xlsx")
    page = open_page(qtbot, bac_giang)
    from ui.targets_import_wizard import TargetsImportWizard
    wizard = TargetsImportWizard(page, page.plan, "vsi_new")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file.open(str(path))
    wizard.next()
    wizard.mapping.set_role("C", "ignore")
    wizard.mapping.set_role("F", "period", name="")
    assert not wizard.mapping.isComplete() and "Cột F" in wizard.mapping.error.text()
    wizard.mapping.set_role("F", "period", name="Tháng 6 đến tháng 12")
    wizard.mapping.set_role("A", "unit")                      # two unit columns: refused
    assert not wizard.mapping.isComplete()
    wizard.mapping.set_role("A", "ignore")
    assert wizard.mapping.isComplete()
    wizard.next()
    assert wizard.check.isComplete(), wizard.check.summary.text()
    wizard.next()
    for name in ("Tháng cao điểm", "Tháng 6 đến tháng 12"):          # no dates for now, on purpose
        wizard.dates.set_dates(name, empty=True)
    assert wizard.dates.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    plan_id = bac_giang.ids["plan"]
    assert [p["name"] for p in bac_giang.plans.periods(plan_id)] == ["Tháng cao điểm", "Tháng 6 đến tháng 12"]
    assert {b["reference_date"] for b in bac_giang.plans.baselines(plan_id)} == {"2023-03-31"}


def test_import_wizard_asks_the_dates_of_new_periods_before_writing(qtbot, office, tmp_path):
    """The dates page: a header's dates filled in and editable, a missing one asked for, one outside the plan
    refused, and a period left without dates only when the clerk ticks it (and is told what that means)."""
    from tests.fixtures.targets_fixtures import write_cells
    ws = office
    plan_id, _ = ws.plans.create("25/KH-BHXH", "Quý IV/2025", "2025-10-13", "2025-10-01", "2025-12-31")
    cells = {"A3": "STT", "B3": "Xã, phường", "C3": "Số người tham gia đến ngày 30/9/2025",
             "D3": "Số người phải phát triển Tháng 10/2025", "E3": "Số người phải phát triển “Đợt cao điểm”",
             "F3": "Lũy kế", "A4": 1, "B4": "Sơn Hà", "C4": 300, "D4": 5, "E4": 15, "F4": 320}
    path = write_cells(tmp_path / "t.xlsx", cells)
    page = open_page(qtbot, ws)
    wizard = run_wizard_to_check(qtbot, page, path)
    assert wizard.check.isComplete(), wizard.check.summary.text()
    wizard.next()
    dates = wizard.dates
    assert wizard.currentPage() is dates and wizard.button(wizard.WizardButton.NextButton).text() == "Nhập"
    assert "01/10/2025 – 31/12/2025" in dates.plan_label.text()
    rows = {e["name"]: e for e in dates.rows}
    assert list(rows) == ["Tháng 10/2025", "Đợt cao điểm"]
    october, peak = rows["Tháng 10/2025"], rows["Đợt cao điểm"]
    assert (october["start"].text(), october["end"].text()) == ("01/10/2025", "31/10/2025")   # from the header
    assert dates.table.item(0, 4).text() == "Theo tiêu đề cột"
    assert (peak["start"].value(), peak["end"].value()) == (None, None)
    assert dates.table.item(1, 4).text() == "Tiêu đề cột không ghi ngày"
    assert not dates.isComplete() and "“Đợt cao điểm”" in dates.error.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()

    dates.set_dates("Đợt cao điểm", "01/11/2025", "31/01/2026")            # past the plan's end
    assert not dates.isComplete() and "thời gian của kế hoạch (01/10/2025 – 31/12/2025)" in dates.error.text()
    dates.set_dates("Đợt cao điểm", empty=True)                              # the clerk leaves it for later
    assert dates.isComplete() and not peak["start"].isEnabled()
    assert "Chưa đăng ký nào được tính cho “Đợt cao điểm” cho đến khi có ngày" in dates.warning.text()
    dates.set_dates("Tháng 10/2025", "02/10/2025")                          # a header's date can be changed
    assert ws.plans.periods(plan_id) == []                                  # nothing written before “Nhập”

    wizard.back()                                                           # what was typed survives Back
    wizard.next()
    assert wizard.dates.rows[1]["empty"].isChecked() and wizard.dates.rows[0]["start"].value() == "2025-10-02"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert [(p["name"], p["start_date"], p["end_date"]) for p in ws.plans.periods(plan_id)] == [
        ("Tháng 10/2025", "2025-10-02", "2025-10-31"), ("Đợt cao điểm", None, None)]
    text = wizard.done_page.label.text()
    assert "“Tháng 10/2025”: từ 02/10/2025 đến 31/10/2025." in text
    assert "“Đợt cao điểm”: chưa có ngày; chưa đăng ký nào được tính cho kỳ này" in text


def test_import_wizard_without_new_periods_imports_from_the_check(qtbot, planned, tmp_path):
    """Every period already in the plan: no dates page, “Nhập” on the check page writes."""
    from tests.fixtures.targets_fixtures import write_cells
    ws = planned
    cells = {"A3": "STT", "B3": "Xã, phường", "C3": "Số người tham gia đến ngày 30/9/2025",
             "D3": "Số người phải phát triển Tháng 10", "E3": "Lũy kế",
             "A4": 1, "B4": "Sơn Hà", "C4": 300, "D4": 5, "E4": 305}
    page = open_page(qtbot, ws)
    wizard = run_wizard_to_check(qtbot, page, write_cells(tmp_path / "t.xlsx", cells))
    assert wizard.check.isComplete() and wizard.button(wizard.WizardButton.NextButton).text() == "Nhập"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert saved(ws, ws.ids["Xã Sơn Hà"], ws.ids["october"]) == 5


def test_a_file_that_is_not_a_table_says_so(qtbot, bac_giang, tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    book.active["A1"] = "Danh sách"
    book.save(tmp_path / "empty.xlsx")
    page = open_page(qtbot, bac_giang)
    from ui.targets_import_wizard import TargetsImportWizard
    wizard = TargetsImportWizard(page, page.plan, "vsi_new")
    qtbot.addWidget(wizard)
    wizard.file.open(str(tmp_path / "empty.xlsx"))
    assert not wizard.file.isComplete() and "Không tìm thấy dòng tiêu đề" in wizard.file.error.text()


def test_export_on_the_db_worker_writes_a_workbook_the_import_reads(qtbot, demo_path, tmp_path):
    from core.workspace import Workspace
    from ui.operations import DbWorker
    ws = Workspace.open(demo_path, actor="test")
    page = open_page(qtbot, ws)
    page.main.worker = DbWorker(demo_path)
    try:
        out = tmp_path / "chi_tieu.xlsx"
        page.run_export(str(out))
        qtbot.waitUntil(lambda: "Đã xuất" in page.state_label.text(), timeout=10000)
        assert out.exists()
        from core.targets_workbook import analyse
        layout = analyse(out)
        assert [c.period_name for c in layout.mapped("period")] == ["Tháng 10", "Tháng 11", "Tháng 12"]
    finally:
        page.main.worker.shutdown()
        ws.close()


def test_typing_over_a_cell_replaces_its_value(qtbot, planned):
    page = open_page(qtbot, planned)
    grid, model, ids = page.grid, page.model, planned.ids
    index = model.index(row_of(model, ids["Xã Sơn Hà"]), col_of(model, ids["october"]))
    assert index.data() == "30"
    grid.setFocus()
    grid.setCurrentIndex(index)
    qtbot.keyClick(grid, Qt.Key.Key_5)
    editor = grid.viewport().findChild(QLineEdit)
    assert editor.text() == "5"


def test_a_change_elsewhere_keeps_unsaved_edits(qtbot, planned):
    from core.changes import Changes
    page = open_page(qtbot, planned)
    model, ids = page.model, planned.ids
    index = model.index(row_of(model, ids["Xã Sơn Hạ"]), col_of(model, ids["october"]))
    model.setData(index, "12")
    page.main.apply(Changes.of("plans", "targets", "conferences"))
    assert page.model.dirty and page.model.index(index.row(), index.column()).data() == "12"


def test_import_wizard_on_the_db_worker(qtbot, tmp_path):
    """The same flow with the real background worker: results arrive later, through Qt's event loop."""
    from core.workspace import Workspace
    from tests.fixtures.targets_fixtures import add_bac_giang_units, write_phu_luc_01
    from ui.operations import DbWorker
    from ui.targets_import_wizard import TargetsImportWizard
    db = tmp_path / "bg.sqlite"
    ws = Workspace.open(db, actor="test")
    add_bac_giang_units(ws)
    plan_id, _ = ws.plans.create("76/KH-UBND", "Tháng cao điểm", "2023-04-12", "2023-01-01", "2023-12-31")
    path = write_phu_luc_01(tmp_path / "phu_luc_01.xlsx")
    page = open_page(qtbot, ws)
    page.main.worker = DbWorker(db)
    try:
        wizard = TargetsImportWizard(page, page.plan, "vsi_new")
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.file.open(str(path))
        qtbot.waitUntil(wizard.file.isComplete, timeout=10000)
        wizard.next()
        wizard.next()
        check = wizard.check
        assert not check.isComplete()                 # still checking
        qtbot.waitUntil(check.isComplete, timeout=10000)
        wizard.next()
        dates = wizard.dates
        assert wizard.currentPage() is dates
        dates.set_dates("Tháng cao điểm", "01/05/2023", "31/05/2023")
        dates.set_dates("Các tháng còn lại", empty=True)
        wizard.next()
        assert not dates.isComplete()                 # importing: “Nhập” cannot be pressed twice
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10000)
        from core.target_table import CUMULATIVE
        assert ws.plans.target_table(plan_id).totals[CUMULATIVE] == 52139   # the GUI connection sees it
        assert [(p["start_date"], p["end_date"]) for p in ws.plans.periods(plan_id)] == [
            ("2023-05-01", "2023-05-31"), (None, None)]
        assert page.model.index(page.model.rowCount() - 1, page.model.columnCount() - 1).data() == "52.139"
    finally:
        page.main.worker.shutdown()
        ws.close()


def test_new_plan_from_the_page_then_delete_it(qtbot, planned, asked, monkeypatch):
    from ui.plan_dialogs import PlanDialog
    page = open_page(qtbot, planned)

    def fill(self):
        qtbot.keyClicks(self.number.edit, "30/KH-BHXH")
        self.start_date.set_value("2026-01-01")
        self.save()
        return 1
    monkeypatch.setattr(PlanDialog, "exec", fill)
    page.new_plan()
    assert page.plans_model.rowCount() == 2
    assert page.plan["number"] == "30/KH-BHXH"           # the new plan is selected
    assert page.periods_model.rowCount() == 0 and page.model.headerData(1, Qt.Orientation.Horizontal) == \
        "Số đầu kỳ\n(đến 31/12/2025)"                  # no baseline yet: the day before the plan starts
    page.delete_plan()
    assert "30/KH-BHXH" in asked[-1]
    assert [p["number"] for p in planned.plans.list()] == ["25/KH-BHXH"]
    assert page.plan["number"] == "25/KH-BHXH" and page.periods_model.rowCount() == 2


def test_hidden_villages_still_count_and_toggling_keeps_edits(qtbot, planned):
    from ui.targets_grid import MismatchRole
    ids = planned.ids
    village, _ = planned.units.add_village(ids["Xã Sơn Hà"], "Thôn Gò Da")
    planned.plans.set_targets(ids["plan"], "vsi_new", [(village, ids["october"], 5)])
    page = open_page(qtbot, planned)
    model = page.model
    assert not page.villages.isChecked() and all(model.unit(r)["kind"] != "village"
                                                 for r in range(model.rowCount() - 1))
    ha, october = row_of(model, ids["Xã Sơn Hà"]), col_of(model, ids["october"])
    assert model.index(ha, october).data(MismatchRole)            # 30 given, the village holds 5
    model.setData(model.index(row_of(model, ids["Xã Sơn Hạ"]), october), "9")   # an edit elsewhere
    assert model.index(ha, october).data(MismatchRole)            # still counted after recomputing
    page.villages.setChecked(True)
    assert model.dirty and model.index(row_of(model, village), october).data() == "5"
    assert model.index(row_of(model, ids["Xã Sơn Hạ"]), october).data() == "9"


def test_leaving_or_closing_with_unsaved_targets_asks_first(qtbot, demo_path, monkeypatch):
    """The window asks the plan page before switching pages or closing; 'Ở lại' keeps the edits."""
    from core.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.qt import QMessageBox

    window = MainWindow(Workspace.open(demo_path, actor="test", query_only=True))
    qtbot.addWidget(window)
    page = window.show_page("plan")
    assert page.can_leave() and page.can_close()  # nothing pending: no question
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)  # no button: stay
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: None)
    monkeypatch.setattr(type(page.model), "dirty", property(lambda self: True))
    assert page.can_leave() is False and page.can_close() is False
    assert len(asked) == 2 and "chưa lưu" in asked[0]
    window.worker.shutdown()
