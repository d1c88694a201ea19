"""The dashboard's tables (core.reports.dashboard) and the deadlines ahead (core.deadlines)."""
from __future__ import annotations

import datetime as dt

import pytest

from core import deadlines
from core.errors import UserError
from core.reports import dashboard, model


@pytest.fixture
def plan(office):
    """Plan 25/KH-BHXH (Q4/2025, weekly report Wednesday 15:30) with a wave whose lists and results fall due."""
    plan_id, _ = office.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31",
                                     report_weekday=3, report_time="15h30")
    office.plans.add_period(plan_id, "Đợt 1", "2025-11-01", "2025-11-30", kind="wave", ceremony_date="2025-11-10",
                            lists_due="2025-11-05", results_due="2025-12-05")
    return office.plans.get(plan_id)


def test_a_weeks_report_is_due_on_the_plans_day_of_the_next_week(plan):
    assert plan["report_weekday"] == 3 and plan["report_time"] == "15:30"
    assert deadlines.weekly_due(plan, dt.date(2025, 11, 3)) == dt.datetime(2025, 11, 12, 15, 30)
    default = {"report_weekday": 4, "report_time": "15:00"}   # seed 000: Thursday 15:00
    assert deadlines.weekly_due(default, dt.date(2025, 11, 3)) == dt.datetime(2025, 11, 13, 15, 0)


def test_the_deadlines_ahead_soonest_first_and_none_past(office, plan):
    now = dt.datetime(2025, 11, 4, 9, 0)
    ahead = deadlines.upcoming(office, now, horizon_days=10)
    assert [(d.kind, d.subject, d.due) for d in ahead] == [
        ("weekly", "2025-W44", dt.datetime(2025, 11, 5, 15, 30)),
        ("lists", "Đợt 1", dt.datetime(2025, 11, 5, 23, 59)),
        ("weekly", "2025-W45", dt.datetime(2025, 11, 12, 15, 30)),
    ]
    assert ahead[1].title() == "Danh sách người tham gia Đợt 1 (kế hoạch 25/KH-BHXH)"
    assert ahead[0].title() == "Báo cáo tuần 2025-W44 (kế hoạch 25/KH-BHXH)"
    assert ahead[2].when() == "Thứ Tư 12/11/2025, 15:30" and ahead[1].when() == "Thứ Tư 05/11/2025"
    # the week before already went up (due 05/11 15:30) once that moment passed
    later = deadlines.upcoming(office, dt.datetime(2025, 11, 5, 15, 31), horizon_days=7)
    assert [d.subject for d in later] == ["Đợt 1", "2025-W45"]
    # the plan's last week (29/12–04/01) is reported in January; nothing after
    end = deadlines.upcoming(office, dt.datetime(2025, 12, 30, 8, 0), horizon_days=60)
    assert [d.subject for d in end] == ["2025-W52", "2026-W01"] and end[-1].due == dt.datetime(2026, 1, 7, 15, 30)
    results = deadlines.upcoming(office, dt.datetime(2025, 12, 1), horizon_days=5)
    assert ("results", "Đợt 1") in [(d.kind, d.subject) for d in results]


def test_countdown_words():
    now = dt.datetime(2025, 11, 11, 12, 30)
    assert deadlines.countdown(dt.datetime(2025, 11, 13, 15, 0), now) == "còn 2 ngày 2 giờ"
    assert deadlines.countdown(dt.datetime(2025, 11, 11, 15, 0), now) == "còn 2 giờ 30 phút"
    assert deadlines.countdown(dt.datetime(2025, 11, 11, 12, 45), now) == "còn 15 phút"
    assert deadlines.countdown(dt.datetime(2025, 11, 11, 12, 0), now) == "đã quá hạn"


@pytest.mark.parametrize("fields, field", [({"report_weekday": 8}, "report_weekday"),
                                           ({"report_weekday": "4"}, "report_weekday"),
                                           ({"report_time": "25h"}, "report_time")])
def test_a_bad_deadline_is_refused_by_name(plan, office, fields, field):
    with pytest.raises(UserError) as caught:
        office.plans.update(plan["id"], **fields)
    assert caught.value.field == field
    assert office.plans.get(plan["id"])["report_weekday"] == 3


def test_the_dashboard_stands_on_the_reporting_model(demo):
    now = dt.datetime(2025, 11, 12, 10, 0)
    communes = demo.units.communes()
    first, second = communes[0]["id"], communes[1]["id"]
    demo.figures.set(first, "2025-11-03", "vsi_new", 12)
    demo.figures.set(second, "2025-11-11", "hhi_new", 30)
    demo.figures.set(second, "2025-10-07", "vsi_new", 4)
    board = dashboard.build(demo, now)
    assert board.as_of == now.date() and board.plan["number"] == "25/KH-BHXH"
    assert board.report.to_json() == model.weekly(demo, "2025-W46").to_json()
    assert board.row_of(second)["hhi"]["week"] >= 30 and board.commune_ids == [c["id"] for c in communes]
    # the trend's weeks add up to the report's cumulative figures, in total and per commune
    assert board.trend[0]["monday"] == dt.date(2025, 9, 29) and board.trend[-1]["week"] == "2025-W46"
    for key in ("vsi", "hhi"):
        assert sum(w[key] for w in board.trend) == board.report.total[key]["cumulative"]
    week45 = next(w for w in board.commune_trend[first] if w["week"] == "2025-W45")
    assert week45["vsi"] == model.new_participants(demo, "2025-11-03", "2025-11-09").get((first, "vsi_new"))
    # this week's conferences, the open follow-ups by collector, the cards
    assert all("2025-11-10" <= c["date"] <= "2025-11-16" for c in board.conferences)
    open_count = demo.query("SELECT count(*) n FROM follow_ups WHERE deleted = 0 AND status = 'open'")[0]["n"]
    assert sum(f["count"] for f in board.follow_ups) == open_count
    assert board.counts["communes"] == len(communes)
    assert [d.subject for d in board.deadlines][:1] == ["2025-W45"]   # due Thursday 13/11 15:00


def test_a_plan_over_is_seen_from_its_last_day(demo):
    board = dashboard.build(demo, dt.datetime(2026, 12, 3, 9, 0))
    assert board.as_of == dt.date(2025, 12, 31) and board.report.week == "2026-W01"
    assert board.deadlines == [] and len(board.trend) == 14


def test_an_empty_office_gives_an_empty_dashboard(ws):
    board = dashboard.build(ws, dt.datetime(2025, 11, 12, 10, 0))
    assert board.plan is None and board.report.rows == [] and board.deadlines == []
    assert board.counts["communes"] == 0 and board.follow_ups == []
