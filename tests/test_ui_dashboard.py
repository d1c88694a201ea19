"""Tổng quan (ui/pages/overview.py) on the demo office: the charts drawn from the reporting model, a commune's
detail from a click on its bars, the deadline and its count-down, and a refresh after a change."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.ui_support import open_page


@pytest.fixture
def page(qtbot, demo, qt_settings):
    from ui.pages.overview import OverviewPage
    return open_page(qtbot, demo, OverviewPage, show=True)


def bar_sets(page):
    [bars] = [s for s in page.progress_chart.chart().series() if s.type() == s.SeriesType.SeriesTypeBar]
    return bars.barSets()


def test_the_progress_chart_holds_each_communes_percent_and_the_target_line(page, demo):
    communes = demo.units.communes()
    vsi, hhi = bar_sets(page)
    assert (vsi.label(), hhi.label()) == ("BHXH tự nguyện", "BHYT hộ gia đình")
    rows = page.board.report.rows
    assert [vsi.at(i) for i in range(vsi.count())] == [r["vsi"]["percent"] for r in rows]
    assert vsi.count() == len(communes)
    [line] = [s for s in page.progress_chart.chart().series() if s.type() == s.SeriesType.SeriesTypeLine]
    assert {p.y() for p in line.points()} == {100}
    trend = page.trend_chart.chart().series()
    assert len(trend) == 2 and trend[0].count() == len(page.board.trend)


def test_a_typed_figure_moves_the_chart_after_the_change(page, demo):
    from core.changes import Changes
    commune = demo.units.communes()[2]
    index = page.board.commune_ids.index(commune["id"])
    before = bar_sets(page)[0].at(index)
    demo.figures.set(commune["id"], "2025-12-30", "vsi_new", 40)
    page.refresh(Changes.of("targets"))
    assert bar_sets(page)[0].at(index) > before


def test_clicking_a_commune_opens_its_detail_and_the_units_page(page, demo, qtbot, monkeypatch):
    from ui import commune_detail
    opened = []
    monkeypatch.setattr(commune_detail.CommuneDetail, "open", lambda self: opened.append(self))
    commune = demo.units.communes()[1]
    bar_sets(page)[0].clicked.emit(1)
    [detail] = opened
    assert detail.windowTitle() == commune["name"]
    assert detail.figures.rowCount() == 2 and detail.weeks.rowCount() == len(page.board.trend)
    row = page.board.row_of(commune["id"])
    assert detail.figures.rows[0]["cumulative"] == row["vsi"]["cumulative"]
    shown = []
    page.main.show_page = lambda key: shown.append(key) or type("P", (), {"select_unit": shown.append})()
    detail.units_button.click()
    assert shown == ["units", commune["id"]]


def test_the_next_deadline_counts_down(page, demo, monkeypatch):
    from core.deadlines import Deadline
    soon = Deadline("weekly", dt.datetime.now() + dt.timedelta(hours=3, minutes=10), "25/KH-BHXH", "2025-W52")
    page.board.deadlines = [soon]
    page.retranslate()
    text = page.deadline_label.text()
    assert "Hạn tiếp theo: Báo cáo tuần 2025-W52" in text and "còn 3 giờ" in text and "#d93025" in text
    assert page.deadline_model.rowCount() == 1 and "2025-W52" in page.deadline_model.index(0, 1).data()
    assert page.deadline_model.index(0, 2).data().startswith("còn 3 giờ")


def test_a_failing_dashboard_leaves_dashes(page, monkeypatch):
    from core.reports import dashboard
    monkeypatch.setattr(dashboard, "build", lambda ws: 1 / 0)
    page.reload()
    assert page.board is None and page.cards["communes"].value.text() == "—"
