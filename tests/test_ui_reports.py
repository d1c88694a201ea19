"""The Báo cáo page (ui/pages/reports.py) on the demo office: the week chooser, the week's table, the daily
figures grid (typing and pasting save typed figures) and the weekly report written to .xlsx and PDF."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.ui_support import open_page


@pytest.fixture
def page(qtbot, demo, qt_settings):
    from ui.pages.reports import ReportsPage
    p = open_page(qtbot, demo, ReportsPage, show=True)
    p.set_week("2025-W51")   # after the demo's typed figures (to 14/12/2025)
    return p


def table_total(page, key="vsi"):
    return page.table_model.rows[-1][key]


def test_the_page_opens_on_the_current_week_and_the_week_moves(qtbot, demo, qt_settings):
    from ui.pages.reports import ReportsPage
    page = open_page(qtbot, demo, ReportsPage)
    today = dt.date.today()
    iso = today.isocalendar()
    assert page.week == f"{iso.year}-W{iso.week:02d}"
    page.set_week("2025-W45")
    assert page.week_label.text() == "Tuần 2025-W45 (03/11/2025 – 09/11/2025)"
    page.next_button.click()
    assert page.week == "2025-W46" and "10/11/2025" in page.week_label.text()
    page.previous_button.click()
    page.previous_button.click()
    assert page.week == "2025-W44"
    # the table: every commune and the total row; the grid: communes and total × name, 7 days, the week
    communes = demo.units.communes()
    assert page.table_model.rowCount() == len(communes) + 1
    assert page.figures.rowCount() == len(communes) + 1 and page.figures.columnCount() == 9
    # the table's columns: per indicator the plan's and the period's targets, the week, both cumulative figures
    # and both percentages; then conferences planned and held, attendees, registrations, awaiting a follow-up
    from ui.qt import Qt
    model = page.table_model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert len(titles) == 1 + 2 * 7 + 5 and "BHXH TN\nlũy kế\nđợt" in titles and titles[-1] == "Chờ vận động\ntiếp"
    page.set_week("2025-W48")   # the demo: three conferences held that week in one commune, ten registrations
    total = model.rows[-1]
    assert (total["conferences_held"], total["registrations_at_conferences"]) == (3, 10)
    assert model.data(model.index(len(communes), len(titles) - 1)) == str(total["awaiting_follow_up"])
    assert "đợt Tháng 11 (01/11/2025 – 30/11/2025)" in page.plan_label.text()


def test_typing_a_figure_saves_it_and_the_table_follows(page, demo, qtbot):
    from ui.qt import QLineEdit, Qt
    model = page.figures
    commune = demo.units.communes()[0]
    before = table_total(page)["week"]
    index = model.index(0, 2)   # the first commune, Tuesday 16/12/2025
    page.grid.setCurrentIndex(index)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_7)       # typing starts the editor with that key
    editor = page.grid.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "7"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo.figures.between("2025-12-16", "2025-12-16") != [])
    qtbot.waitUntil(lambda: page.grid.currentIndex().row() == 1)   # Enter moves down, as in a spreadsheet
    assert page.grid.currentIndex().column() == 2
    figures = demo.figures.between("2025-12-16", "2025-12-16")
    assert [(f["commune_id"], f["indicator"], f["count"]) for f in figures] == [(commune["id"], "vsi_new", 7)]
    assert table_total(page)["week"] == before + 7
    assert model.data(model.index(0, 2)) == "7"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.FontRole).bold()
    # an empty cell clears it; BHYT hộ gia đình is a grid of its own
    assert model.setData(model.index(0, 2), "")
    assert demo.figures.between("2025-12-16", "2025-12-16") == []
    page.indicator.setCurrentIndex(page.indicator.findData("hhi_new"))
    assert model.setData(model.index(1, 1), "3")
    assert demo.figures.between("2025-12-15", "2025-12-15")[0]["indicator"] == "hhi_new"
    assert table_total(page, "hhi")["week"] >= 3


def test_a_refused_value_is_shown_and_nothing_is_saved(page, demo):
    assert not page.figures.setData(page.figures.index(0, 1), "nhiều")
    assert page.message.text() and demo.figures.between("2025-12-15", "2025-12-21") == []


def test_pasting_a_block_saves_four_figures(page, demo):
    communes = demo.units.communes()
    page.grid.setCurrentIndex(page.figures.index(1, 3))   # second commune, Wednesday 17/12
    assert page.grid.paste_text("1\t2\r\n3\t4\r\n") is None
    saved = {(f["commune_id"], f["day"]): f["count"] for f in demo.figures.between("2025-12-15", "2025-12-21")}
    assert saved == {(communes[1]["id"], "2025-12-17"): 1, (communes[1]["id"], "2025-12-18"): 2,
                     (communes[2]["id"], "2025-12-17"): 3, (communes[2]["id"], "2025-12-18"): 4}
    assert page.table_model.rows[1]["vsi"]["week"] >= 3
    # a block running past Sunday is refused whole
    page.grid.setCurrentIndex(page.figures.index(0, 7))
    assert page.grid.paste_text("5\t6") and len(demo.figures.between("2025-12-15", "2025-12-21")) == 4


@pytest.mark.parametrize("with_pdf", [False, True])
def test_the_weekly_report_is_written(page, demo, tmp_path, monkeypatch, messages, with_pdf):
    from openpyxl import load_workbook

    from ui import file_dialogs
    out = tmp_path / "tuan51.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    page.pdf_box.setChecked(with_pdf)
    page.report_button.click()
    assert out.exists()
    assert load_workbook(out).sheetnames == ["Tuần 2025-W51"]
    assert (tmp_path / "tuan51.pdf").exists() == with_pdf
    [(kind, _title, text)] = messages
    assert kind == "information" and "2025-W51" in text and "BHXH tự nguyện" in text


def test_the_figures_template_downloads_fills_and_imports(qtbot, demo, tmp_path, messages):
    import openpyxl
    from ui.pages.reports import ReportsPage
    page = open_page(qtbot, demo, ReportsPage)
    page.set_week("2025-W51")
    template = tmp_path / "mau.xlsx"
    page.save_template(str(template))
    book = openpyxl.load_workbook(template)
    sheet = book.active
    assert [c.value for c in sheet[1]] == ["Xã", "Ngày", "Chỉ tiêu", "Số người"]
    sheet["A2"], sheet["B2"], sheet["C2"], sheet["D2"] = "Sơn Hà", "16/12/2025", "BHXH tự nguyện", 9
    sheet["A3"], sheet["B3"], sheet["C3"], sheet["D3"] = "Hà Nội", "16/12/2025", "BHXH tự nguyện", 1
    book.save(template)
    before = demo.query("SELECT count(*) AS n FROM daily_figures")[0]["n"]   # the demo's typed figures
    page.import_figures(str(template))
    assert messages[-1][0] == "warning" and "Dòng 3" in messages[-1][2]
    assert demo.query("SELECT count(*) AS n FROM daily_figures")[0]["n"] == before
    sheet.delete_rows(3)
    book.save(template)
    page.import_figures(str(template))
    assert messages[-1][0] == "information"
    assert demo.query("SELECT count(*) AS n FROM daily_figures")[0]["n"] == before + 1
