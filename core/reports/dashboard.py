"""Tổng quan (the dashboard) as plain tables, from the reporting model: where the office stands against its
targets, the trend by week, this week's conferences, people awaiting a follow-up visit by collector, and the
deadlines ahead. The window computes it on the DB worker and only draws it.

The day it is seen from (`as_of`) is today while the plan in force holds it; for a plan already over (or not yet
begun) it is the plan's last (or first) day, so the office sees where that plan ended.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from core import deadlines, parse
from core.conferences import needs_result
from core.reports import figures, model  # noqa: F401 (figures: ws.figures, imported with the module, see ui.operations.reports.dashboard)

TREND_WEEKS = 26   # at most half a year of weeks in the trend


@dataclass
class Dashboard:
    as_of: dt.date
    plan: dict | None
    report: model.WeeklyReport                       # the week of as_of: target, cumulative, percent per commune
    commune_ids: list[int]                           # the report's rows' communes, in the same order
    trend: list[dict] = field(default_factory=list)  # [{"week", "monday", "vsi", "hhi"}], oldest first
    commune_trend: dict[int, list[dict]] = field(default_factory=dict)   # the same per commune
    conferences: list[dict] = field(default_factory=list)                # this week's (as_of's week)
    follow_ups: list[dict] = field(default_factory=list)  # [{"collector_id", "collector", "group", "count"}]
    deadlines: list[deadlines.Deadline] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # communes, villages, plans, month, upcoming, needs_result

    def row_of(self, commune_id: int) -> dict | None:
        for cid, row in zip(self.commune_ids, self.report.rows):
            if cid == commune_id:
                return row
        return None


def seen_from(plan: dict | None, today: dt.date) -> dt.date:
    if not plan or not plan.get("start_date") or not plan.get("end_date"):
        return today
    start, end = parse.stored_date(plan["start_date"]), parse.stored_date(plan["end_date"])
    return min(max(today, start), end)


def _week(monday: dt.date) -> str:
    iso = monday.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _trends(daily: dict, first_monday: dt.date, sunday: dt.date) -> tuple[list[dict], dict[int, list[dict]]]:
    """New participants per ISO week from first_monday to sunday (new_by_day's counts), in total and per commune."""
    mondays = [first_monday + dt.timedelta(days=7 * k) for k in range((sunday - first_monday).days // 7 + 1)]
    totals: dict[dt.date, dict[str, int]] = {m: defaultdict(int) for m in mondays}
    per_commune: dict[int, dict[dt.date, dict[str, int]]] = defaultdict(lambda: {m: defaultdict(int) for m in mondays})
    for (commune_id, indicator, day), n in daily.items():
        d = parse.stored_date(day)
        monday = d - dt.timedelta(days=d.weekday())
        key = model.SCHEME_OF.get(indicator)
        if key and monday in totals:
            totals[monday][key] += n
            per_commune[commune_id][monday][key] += n

    def rows(weeks):
        return [{"week": _week(m), "monday": m, "vsi": weeks[m]["vsi"], "hhi": weeks[m]["hhi"]} for m in mondays]
    return rows(totals), {cid: rows(weeks) for cid, weeks in per_commune.items()}


def _days_read_once(ws, day_from: dt.date, day_to: dt.date):
    """new_by_day over the dashboard's whole span, read once; a range inside it is answered from it (the report
    and the trend sum what they need), one outside is read."""
    span = model.new_by_day(ws, day_from.isoformat(), day_to.isoformat())

    def days(lo: str, hi: str) -> dict:
        return span if day_from.isoformat() <= lo and hi <= day_to.isoformat() else model.new_by_day(ws, lo, hi)
    return days


def follow_ups_by_collector(ws) -> list[dict]:
    """People awaiting a follow-up visit (open follow-ups), per collector; the unassigned ones first. Counted
    from the index of open follow-ups (m0013) before the names are looked up."""
    return ws.query(
        "SELECT f.collector_id, m.full_name AS collector, g.name AS \"group\", f.count FROM"
        " (SELECT collector_id, count(*) AS count FROM follow_ups WHERE deleted = 0 AND status = 'open'"
        "  GROUP BY collector_id) f"
        " LEFT JOIN group_members m ON m.id = f.collector_id LEFT JOIN groups g ON g.id = m.group_id"
        " ORDER BY f.collector_id IS NOT NULL, f.count DESC, m.full_name")


def counts(ws, today: dt.date) -> dict[str, int]:
    """The cards' numbers: communes and villages covered, plans, conferences this month and ahead, and past
    conferences still waiting for their result."""
    month_start = today.replace(day=1)
    month_end = (month_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return {
        "communes": len(ws.units.communes()),
        "villages": len(ws.units.list("village")),
        "plans": len(ws.plans.list()),
        "month": len(ws.conferences.list(date_from=month_start.isoformat(), date_to=month_end.isoformat())),
        "upcoming": sum(c["status"] != "cancelled" for c in ws.conferences.list(date_from=today.isoformat())),
        "needs_result": sum(needs_result(c, today)
                            for c in ws.conferences.list(status="planned", date_to=today.isoformat())),
    }


def build(ws, now: dt.datetime | None = None) -> Dashboard:
    now = now or dt.datetime.now()
    plan = ws.plans.in_force(now.date())
    as_of = seen_from(plan, now.date())
    monday = as_of - dt.timedelta(days=as_of.weekday())
    sunday = monday + dt.timedelta(days=6)
    start = parse.stored_date(plan["start_date"]) if plan and plan.get("start_date") else monday
    first = max(start - dt.timedelta(days=start.weekday()), monday - dt.timedelta(weeks=TREND_WEEKS - 1))
    days = _days_read_once(ws, min(first, start, dt.date(sunday.year, 1, 1) if not plan else start), sunday)
    report = model.weekly(ws, _week(monday), days)
    trend, commune_trend = _trends(days(first.isoformat(), sunday.isoformat()), first, sunday)
    return Dashboard(
        as_of=as_of, plan=plan, report=report, commune_ids=[c["id"] for c in ws.units.communes()],
        trend=trend, commune_trend=commune_trend,
        conferences=ws.conferences.list(date_from=monday.isoformat(), date_to=sunday.isoformat()),
        follow_ups=follow_ups_by_collector(ws),
        deadlines=deadlines.upcoming(ws, now), counts=counts(ws, now.date()))
