"""The wave and period report's dialog (ui/period_report_dialog.py) on the demo office: opened from the Báo cáo
page, the plan and period chosen, the table from core.reports.period, the communes at ≥ 100 %, a period without
dates refused in the dialog, and "Lưu Excel…" writing the workbook through the DB worker's op."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.ui_support import open_page

NOVEMBER = dt.date(2025, 11, 20)


@pytest.fixture
def dialog(qtbot, demo, qt_settings):
    from tests.ui_support import FakeMain
    from ui.period_report_dialog import PeriodReportDialog
    main = FakeMain(demo)
    qtbot.addWidget(main)
    d = PeriodReportDialog(main, parent=main, today=NOVEMBER)
    qtbot.addWidget(d)
    return d


def test_the_page_opens_the_dialog(qtbot, demo, qt_settings, monkeypatch):
    from ui.pages.reports import ReportsPage
    from ui.period_report_dialog import PeriodReportDialog
    opened = []
    monkeypatch.setattr(PeriodReportDialog, "exec", lambda self: opened.append(self) or 0)
    page = open_page(qtbot, demo, ReportsPage)
    assert page.period_button.text() == "Báo cáo đợt…"
    page.period_button.click()
    [dialog] = opened
    assert dialog.plan.currentData() == "25/KH-BHXH" and dialog.report is not None


def test_the_table_of_the_period_holding_today(dialog, demo):
    from core.reports.period import period_report
    assert dialog.period.currentData() == "Tháng 11"
    assert dialog.window_label.text() == "Tính trong thời gian của Tháng 11: 01/11/2025 – 30/11/2025."
    expected = period_report(demo, "25/KH-BHXH", "Tháng 11")
    model = dialog.table_model
    assert model.rowCount() == len(demo.units.communes()) + 1
    total = model.rows[-1]
    assert total["total"] and total["vsi"] == expected.total["vsi"]
    # the demo plan has baselines: the cumulative columns are shown, with the commune and the ≥ 100 % mark first
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert headers[:3] == ["Xã/phường", "Đạt\n100%", "BHXH TN\nchỉ tiêu"] and "BHXH TN\nlũy kế:\nthực hiện" in headers
    assert model.data(model.index(len(model.rows) - 1, 0)) == "Tổng cộng"
    # the demo's communes go at their own pace: some reached November's targets, others did not
    assert 0 < len(expected.reached) < len(demo.units.communes())
    assert dialog.reached.text() == (f"Đơn vị đạt từ 100% chỉ tiêu trở lên ({len(expected.reached)}): "
                                     f"{', '.join(expected.reached)}")


def test_a_commune_reaching_its_targets_is_listed(dialog, demo):
    last = demo.units.communes()[-1]     # the demo's slowest commune
    model = dialog.table_model
    row = len(model.rows) - 2            # its row, above the total
    assert last["name"] not in dialog.reached.text() and model.data(model.index(row, 1)) == ""
    with demo.transaction():
        demo.figures.set(last["id"], "2025-11-10", "vsi_new", 500)
        demo.figures.set(last["id"], "2025-11-10", "hhi_new", 500)
    dialog.reload()
    assert dialog.reached.text().endswith(f", {last['name']}")
    assert model.data(model.index(row, 1)) == "✓"


def test_a_period_without_dates_is_refused_in_the_dialog(dialog, demo):
    plan = demo.plans.find("25/KH-BHXH")
    demo.plans.add_period(plan["id"], "Đợt bổ sung")
    dialog.load_periods()
    dialog.choose("25/KH-BHXH", "Đợt bổ sung")
    assert "“Đợt bổ sung” của kế hoạch 25/KH-BHXH chưa có ngày" in dialog.error.text()
    assert dialog.table_model.rowCount() == 0 and not dialog.save_button.isEnabled()
    dialog.choose("25/KH-BHXH", "Tháng 10")
    assert dialog.error.text() == "" and dialog.save_button.isEnabled()
    assert dialog.window_label.text().endswith("01/10/2025 – 31/10/2025.")


def test_saving_writes_the_workbook(dialog, tmp_path, messages, monkeypatch):
    from openpyxl import load_workbook

    from ui import file_dialogs
    out = tmp_path / "bao-cao-thang-11"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    dialog.save_button.click()
    saved = tmp_path / "bao-cao-thang-11.xlsx"          # the extension added
    assert load_workbook(saved).sheetnames == ["Kết quả Tháng 11", "Đơn vị đạt 100%", "Phụ lục 01",
                                               "Phụ lục 01 (BHYT HGĐ)"]
    [(kind, _title, text)] = messages
    assert kind == "information" and "Tháng 11" in text and str(saved) in text and "BHXH tự nguyện" in text


def _horizontal():
    from ui.qt import Qt
    return Qt.Orientation.Horizontal
