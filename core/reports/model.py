"""The reporting model: plain tables of figures for a week (and, later, a period or a plan), one row per commune
and a total, that every report writer and the dashboard draw.

New participants per commune, day and indicator come from two sources, never both for the same day: a daily
figure typed for that commune, day and indicator (core.reports.figures) is the commune's whole count and is
taken as it is; without one, the registrations recorded in the app that day count (voluntary SI → vsi_new,
household HI → hhi_new).

The weekly report (ISO week, Monday to Sunday): `week` counts the week's seven days; `cumulative` counts from the
start of the plan the week falls in to the end of the week (no plan: from 1 January); `target` is that plan's
target for its periods begun by the end of the week (a period without dates has not begun); `percent` =
100 × cumulative / target, 0 when the target is 0.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from core import parse
from core.i18n import _

INDICATORS = {"vsi": "vsi_new", "hhi": "hhi_new"}  # the report's keys -> indicator codes
SCHEME_OF = {"vsi_new": "vsi", "hhi_new": "hhi"}


@dataclass
class WeeklyReport:
    week: str
    day_from: dt.date
    day_to: dt.date
    plan: dict | None
    rows: list[dict] = field(default_factory=list)
    total: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"week": self.week, "from": self.day_from.isoformat(), "to": self.day_to.isoformat(),
                "rows": self.rows, "total": self.total}


def percent(done: int, target: int) -> float:
    return round(100 * done / target, 1) if target else 0


def app_counts(ws, day_from: str, day_to: str) -> dict[tuple[int, str, str], int]:
    """{(commune id, indicator code, day): registrations recorded in the app that day} from day_from to day_to
    (ISO dates), typed figures not applied: what the daily-figures grid shows greyed beside the typed ones."""
    counts: dict[tuple[int, str, str], int] = {}
    # per commune, day and scheme, answered from the index registrations_day alone (m0011)
    for r in ws.query("SELECT commune_id, registered_on AS day, scheme, count(*) AS n FROM registrations"
                      " WHERE deleted = 0 AND registered_on BETWEEN ? AND ? AND commune_id IS NOT NULL"
                      " GROUP BY commune_id, registered_on, scheme", [day_from, day_to]):
        indicator = INDICATORS.get(r["scheme"])
        if indicator:
            key = (r["commune_id"], indicator, r["day"])
            counts[key] = counts.get(key, 0) + r["n"]
    return counts


def new_participants(ws, day_from: str, day_to: str) -> dict[tuple[int, str], int]:
    """{(commune id, indicator code): new participants from day_from to day_to}, typed figures taking the place
    of the app's registrations for their commune, day and indicator."""
    typed = {(r["commune_id"], r["indicator"], r["day"]): r["count"]
             for r in ws.figures.between(day_from, day_to)}
    counts: dict[tuple[int, str], int] = defaultdict(int)
    # grouped by day so a typed figure can take its day's place
    for (commune_id, indicator, day), n in app_counts(ws, day_from, day_to).items():
        if (commune_id, indicator, day) not in typed:
            counts[(commune_id, indicator)] += n
    for (commune_id, indicator, _day), n in typed.items():
        counts[(commune_id, indicator)] += n
    return counts


def plan_of_week(ws, monday: dt.date, sunday: dt.date) -> dict | None:
    """The plan the week falls in: one whose dates hold the week's end, else its start."""
    plans = [p for p in ws.plans.list() if p.get("start_date") and p.get("end_date")]
    for day in (sunday, monday):
        for p in plans:
            if p["start_date"] <= day.isoformat() <= p["end_date"]:
                return p
    return None


def targets_begun(ws, plan: dict | None, by: dt.date) -> dict[tuple[int, str], int]:
    """{(unit id, indicator code): the plan's target for its periods begun by the day}; a commune without a
    target of its own gets its villages' sum."""
    if plan is None:
        return {}
    rows = ws.query(
        "SELECT t.unit_id, u.parent_id, u.kind, i.code AS indicator, sum(t.value) AS value FROM targets t"
        " JOIN periods p ON p.id = t.period_id JOIN indicators i ON i.id = t.indicator_id"
        " JOIN units u ON u.id = t.unit_id"
        " WHERE t.deleted = 0 AND p.deleted = 0 AND t.plan_id = ? AND p.start_date IS NOT NULL AND p.start_date <= ?"
        " GROUP BY t.unit_id, i.code", [plan["id"], by.isoformat()])
    own = {(r["unit_id"], r["indicator"]): r["value"] for r in rows if r["kind"] != "village"}
    villages: dict[tuple[int, str], int] = defaultdict(int)
    for r in rows:
        if r["kind"] == "village" and r["parent_id"] is not None:
            villages[(r["parent_id"], r["indicator"])] += r["value"]
    return {**villages, **own}


def weekly(ws, week) -> WeeklyReport:
    """The weekly report's table for the ISO week ('2025-W45'); a week without data gives zeros."""
    monday, sunday = parse.iso_week(week, where=_("Tuần"), field="week")
    label = f"{monday.isocalendar().year}-W{monday.isocalendar().week:02d}"
    plan = plan_of_week(ws, monday, sunday)
    start = parse.stored_date(plan["start_date"]) if plan else dt.date(sunday.year, 1, 1)
    in_week = new_participants(ws, monday.isoformat(), sunday.isoformat())
    so_far = new_participants(ws, min(start, monday).isoformat(), sunday.isoformat())
    targets = targets_begun(ws, plan, sunday)
    held = {r["commune_id"]: r["n"] for r in ws.query(
        "SELECT commune_id, count(*) AS n FROM conferences WHERE deleted = 0 AND status = 'held'"
        " AND date BETWEEN ? AND ? GROUP BY commune_id", [monday.isoformat(), sunday.isoformat()])}
    attendees = {r["commune_id"]: r["n"] for r in ws.query(
        "SELECT c.commune_id, count(*) AS n FROM attendance a JOIN conferences c ON c.id = a.conference_id"
        " WHERE a.deleted = 0 AND c.deleted = 0 AND c.date BETWEEN ? AND ? GROUP BY c.commune_id",
        [monday.isoformat(), sunday.isoformat()])}
    report = WeeklyReport(label, monday, sunday, plan)
    for commune in ws.units.communes():
        cid = commune["id"]
        row = {"commune": commune["name"]}
        for key, code in INDICATORS.items():
            target, cumulative = targets.get((cid, code), 0), so_far.get((cid, code), 0)
            row[key] = {"target": target, "week": in_week.get((cid, code), 0), "cumulative": cumulative,
                        "percent": percent(cumulative, target)}
        row["conferences_held"] = held.get(cid, 0)
        row["attendees"] = attendees.get(cid, 0)
        report.rows.append(row)
    total = {}
    for key in INDICATORS:
        sums = {k: sum(r[key][k] for r in report.rows) for k in ("target", "week", "cumulative")}
        total[key] = {**sums, "percent": percent(sums["cumulative"], sums["target"])}
    total["conferences_held"] = sum(r["conferences_held"] for r in report.rows)
    total["attendees"] = sum(r["attendees"] for r in report.rows)
    report.total = total
    return report
