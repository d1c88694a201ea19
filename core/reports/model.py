"""The reporting model: plain tables of figures for a week (and, later, a period or a plan), one row per commune
and a total, that every report writer and the dashboard draw.

New participants per commune, day and indicator come from two sources, never both for the same day: a daily
figure typed for that commune, day and indicator (core.reports.figures) is the commune's whole count and is
taken as it is; without one, the registrations recorded in the app that day count (voluntary SI → vsi_new,
household HI → hhi_new).

The weekly report (ISO week, Monday to Sunday): `week` counts the week's seven days; `cumulative` counts from the
start of the plan the week falls in to the end of the week (no plan: from 1 January); `target` is that plan's
target for its periods begun by the end of the week (a period without dates has not begun); `percent` =
100 × cumulative / target, 0 when the target is 0. These are the figures of the command line's JSON (CONTRACT).
The report file and the page show more: `period_target` is the target of the plan's period(s) whose dates hold
the week's Sunday (none: 0), `period_cumulative` counts from that period's start to the end of the week (no
period: 0), `period_percent` the same ratio; `conferences_planned` counts the week's conferences not cancelled
(planned, held or postponed) and `conferences_held` those held, `attendees` the people checked in at the week's
conferences, `registrations_at_conferences` the registrations recorded at the week's held conferences (for the
conference's commune), `awaiting_follow_up` the people of the commune with an open follow-up, as of now.

The plan(s) the week falls in: this office's own plan when one holds the week; otherwise one per office whose
plans hold it (an office consolidating others' packages reports against each one's plan, their targets summed).
A report over one office's records (core.reports.scope) takes that office's plan, counts the records it created,
and shows the communes it holds or counted in.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import partial
from dataclasses import dataclass, field

from core import parse
from core.i18n import _
from core.reports.scope import Office, only

INDICATORS = {"vsi": "vsi_new", "hhi": "hhi_new"}  # the report's keys -> indicator codes
SCHEME_OF = {"vsi_new": "vsi", "hhi_new": "hhi"}
# what `report weekly --json` prints of a row (and, without "commune", of the total): the CLI's exact contract
CONTRACT_MEASURES = ("target", "week", "cumulative", "percent")
CONTRACT_COUNTS = ("conferences_held", "attendees")
# a row's figures beside its indicators, all summed into the total
COUNTS = ("conferences_planned", "conferences_held", "attendees", "registrations_at_conferences",
          "awaiting_follow_up")
SUMMED = ("target", "period_target", "week", "period_cumulative", "cumulative")  # an indicator's summed figures


@dataclass
class WeeklyReport:
    week: str
    day_from: dt.date
    day_to: dt.date
    plans: list[dict]                                   # the plan(s) the week falls in, this office's first
    periods: list[dict] = field(default_factory=list)  # the plans' periods holding the week's Sunday
    rows: list[dict] = field(default_factory=list)
    total: dict = field(default_factory=dict)
    office: Office | None = None                        # whose records it counts; None: all the database holds

    @property
    def plan(self) -> dict | None:
        return self.plans[0] if self.plans else None

    @property
    def plan_numbers(self) -> str:
        return ", ".join(p["number"] for p in self.plans)

    def to_json(self) -> dict:
        """The CLI's contract: the rows and the total with the CONTRACT figures only (and the office counted,
        when the report counts one)."""
        scoped = {"office": self.office.to_json()} if self.office else {}
        return {"week": self.week, "from": self.day_from.isoformat(), "to": self.day_to.isoformat(), **scoped,
                "rows": [_contract(r) for r in self.rows], "total": _contract(self.total)}


def _contract(figures: dict) -> dict:
    shown = {"commune": figures["commune"]} if "commune" in figures else {}
    for key in INDICATORS:
        shown[key] = {m: figures[key][m] for m in CONTRACT_MEASURES}
    return {**shown, **{k: figures[k] for k in CONTRACT_COUNTS}}


def percent(done: int, target: int) -> float:
    return round(100 * done / target, 1) if target else 0


def app_counts(ws, day_from: str, day_to: str, office: Office | None = None) -> dict[tuple[int, str, str], int]:
    """{(commune id, indicator code, day): registrations recorded in the app that day} from day_from to day_to
    (ISO dates), typed figures not applied: what the daily-figures grid shows greyed beside the typed ones."""
    counts: dict[tuple[int, str, str], int] = {}
    mine, params = only(office)
    # per commune, day and scheme, answered from the index registrations_day alone (m0011) for all offices
    for r in ws.query("SELECT commune_id, registered_on AS day, scheme, count(*) AS n FROM registrations"
                      " WHERE deleted = 0 AND registered_on BETWEEN ? AND ? AND commune_id IS NOT NULL" + mine +
                      " GROUP BY commune_id, registered_on, scheme", [day_from, day_to, *params]):
        indicator = INDICATORS.get(r["scheme"])
        if indicator:
            key = (r["commune_id"], indicator, r["day"])
            counts[key] = counts.get(key, 0) + r["n"]
    return counts


def new_by_day(ws, day_from: str, day_to: str, office: Office | None = None) -> dict[tuple[int, str, str], int]:
    """{(commune id, indicator code, ISO day): new participants} from day_from to day_to, a typed figure taking
    the place of the app's registrations for its commune, day and indicator."""
    typed = {(r["commune_id"], r["indicator"], r["day"]): r["count"]
             for r in ws.figures.between(day_from, day_to, office)}
    return {**app_counts(ws, day_from, day_to, office), **typed}


def summed(daily: dict[tuple[int, str, str], int], day_from: str, day_to: str) -> dict[tuple[int, str], int]:
    """{(commune id, indicator code): the daily counts from day_from to day_to (ISO dates)} summed."""
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for (commune_id, indicator, day), n in daily.items():
        if day_from <= day <= day_to:
            counts[(commune_id, indicator)] += n
    return counts


def new_participants(ws, day_from: str, day_to: str, office: Office | None = None) -> dict[tuple[int, str], int]:
    """{(commune id, indicator code): new participants from day_from to day_to}, typed figures taking the place
    of the app's registrations for their commune, day and indicator."""
    return summed(new_by_day(ws, day_from, day_to, office), day_from, day_to)


def plans_of_week(ws, monday: dt.date, sunday: dt.date, office: Office | None = None) -> list[dict]:
    """The plan(s) the week falls in (the module's docstring): per office, one whose dates hold the week's end,
    else its start; this office's alone when it has one; the given office's alone when the report counts one."""
    chosen: dict[str, dict] = {}
    plans = [p for p in ws.plans.list() if p.get("start_date") and p.get("end_date")
             and (office is None or p["origin"] == office.origin)]
    for day in (sunday, monday):
        for p in plans:
            if p["start_date"] <= day.isoformat() <= p["end_date"]:
                chosen.setdefault(p["origin"], p)
    if office is None and ws.origin in chosen:
        return [chosen[ws.origin]]
    return list(chosen.values())


def periods_holding(ws, plans: list[dict], day: dt.date) -> list[dict]:
    """The plans' periods whose dates hold the day."""
    return [p for plan in plans for p in ws.plans.periods(plan["id"])
            if p["start_date"] and p["end_date"] and p["start_date"] <= day.isoformat() <= p["end_date"]]


def targets_begun(ws, plans: list[dict], by: dt.date) -> dict[tuple[int, str], int]:
    """{(unit id, indicator code): the plans' target for their periods begun by the day}; a commune without a
    target of its own gets its villages' sum."""
    return _targets(ws, plans, "p.start_date IS NOT NULL AND p.start_date <= ?", [by.isoformat()])


def targets_of_periods(ws, plans: list[dict], periods: list[dict]) -> dict[tuple[int, str], int]:
    """{(unit id, indicator code): the plans' target for these periods}, villages summed as targets_begun does."""
    if not periods:
        return {}
    ids = [p["id"] for p in periods]
    return _targets(ws, plans, f"p.id IN ({', '.join('?' * len(ids))})", ids)


def _targets(ws, plans: list[dict], which: str, params: list) -> dict[tuple[int, str], int]:
    """The plans' targets per unit and indicator over the periods `which` (SQL on periods p) selects."""
    if not plans:
        return {}
    ids = [p["id"] for p in plans]
    rows = ws.query(
        "SELECT t.unit_id, u.parent_id, u.kind, i.code AS indicator, sum(t.value) AS value FROM targets t"
        " JOIN periods p ON p.id = t.period_id JOIN indicators i ON i.id = t.indicator_id"
        " JOIN units u ON u.id = t.unit_id"
        f" WHERE t.deleted = 0 AND p.deleted = 0 AND t.plan_id IN ({', '.join('?' * len(ids))}) AND {which}"
        " GROUP BY t.unit_id, i.code", [*ids, *params])
    own = {(r["unit_id"], r["indicator"]): r["value"] for r in rows if r["kind"] != "village"}
    villages: dict[tuple[int, str], int] = defaultdict(int)
    for r in rows:
        if r["kind"] == "village" and r["parent_id"] is not None:
            villages[(r["parent_id"], r["indicator"])] += r["value"]
    return {**villages, **own}


def conference_counts(ws, monday: dt.date, sunday: dt.date, office: Office | None = None) -> dict[int, dict[str, int]]:
    """{commune id: {count: n}} for the week's conferences (the office's, when one is given): planned (not
    cancelled), held, attendees (checked in at any of them), registrations at the held ones. Each an indexed
    aggregate over the week's conferences (conferences_date, attendance_key, registrations_conference)."""
    mine, params = only(office, "c")
    week = [monday.isoformat(), sunday.isoformat(), *params]
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    queries = {
        ("conferences_planned", "conferences_held"): (
            "SELECT commune_id, count(*) FILTER (WHERE status <> 'cancelled'), count(*) FILTER (WHERE status = 'held')"
            f" FROM conferences c WHERE deleted = 0 AND date BETWEEN ? AND ?{mine} GROUP BY commune_id"),
        ("attendees",): (
            "SELECT c.commune_id, count(*) FROM conferences c JOIN attendance a ON a.conference_id = c.id"
            f" WHERE c.deleted = 0 AND c.date BETWEEN ? AND ?{mine} AND a.deleted = 0 GROUP BY c.commune_id"),
        ("registrations_at_conferences",): (
            "SELECT c.commune_id, count(*) FROM conferences c JOIN registrations r ON r.conference_id = c.id"
            f" WHERE c.deleted = 0 AND c.status = 'held' AND c.date BETWEEN ? AND ?{mine} AND r.deleted = 0"
            " GROUP BY c.commune_id"),
    }
    for keys, sql in queries.items():
        for commune_id, *values in ws.db.execute(sql, week).fetchall():
            counts[commune_id] |= dict(zip(keys, values))
    return counts


def awaiting_follow_up(ws, office: Office | None = None) -> dict[int, int]:
    """{commune id: people of the commune with an open follow-up (the office's follow-ups, when one is given)}, as
    of now (follow_ups_open)."""
    mine, params = only(office)
    return dict(ws.db.execute(
        "SELECT p.commune_id, count(*) FROM (SELECT DISTINCT person_id FROM follow_ups"
        f" WHERE deleted = 0 AND status = 'open'{mine}) f JOIN people p ON p.id = f.person_id"
        " WHERE p.deleted = 0 AND p.commune_id IS NOT NULL GROUP BY p.commune_id", params).fetchall())


def weekly(ws, week, days=None, office: Office | None = None) -> WeeklyReport:
    """The weekly report's table for the ISO week ('2025-W45'); a week without data gives zeros. days(from, to):
    what reads new_by_day for the report (the dashboard hands its own, which has read the plan's days already).
    office: count that office's records only (core.reports.scope); None counts all."""
    monday, sunday = parse.iso_week(week, where=_("Tuần"), field="week")
    label = f"{monday.isocalendar().year}-W{monday.isocalendar().week:02d}"
    plans = plans_of_week(ws, monday, sunday, office)
    periods = periods_holding(ws, plans, sunday)
    start = min(p["start_date"] for p in plans) if plans else dt.date(sunday.year, 1, 1).isoformat()
    period_start = min((p["start_date"] for p in periods), default=None)
    day_from, day_to = min(start, monday.isoformat()), sunday.isoformat()
    daily = (days or partial(new_by_day, ws, office=office))(min(day_from, period_start or day_from), day_to)
    in_week, so_far = summed(daily, monday.isoformat(), day_to), summed(daily, day_from, day_to)
    in_period = summed(daily, period_start, day_to) if period_start else {}
    targets, period_targets = targets_begun(ws, plans, sunday), targets_of_periods(ws, plans, periods)
    conferences, follow_ups = conference_counts(ws, monday, sunday, office), awaiting_follow_up(ws, office)
    report = WeeklyReport(label, monday, sunday, plans, periods, office=office)
    counted = {cid for cid, _code in (*targets, *so_far, *in_period)} | set(conferences) | set(follow_ups)
    for commune in communes_of(ws, office, counted):
        cid = commune["id"]
        row = {"commune": commune["name"]}
        for key, code in INDICATORS.items():
            row[key] = _measures(target=targets.get((cid, code), 0), week=in_week.get((cid, code), 0),
                                 cumulative=so_far.get((cid, code), 0),
                                 period_target=period_targets.get((cid, code), 0),
                                 period_cumulative=in_period.get((cid, code), 0))
        row.update({k: conferences.get(cid, {}).get(k, 0) for k in COUNTS}, awaiting_follow_up=follow_ups.get(cid, 0))
        report.rows.append(row)
    report.total = {key: _measures(**{k: sum(r[key][k] for r in report.rows) for k in SUMMED}) for key in INDICATORS}
    report.total.update({k: sum(r[k] for r in report.rows) for k in COUNTS})
    return report


def communes_of(ws, office: Office | None, counted: set[int]) -> list[dict]:
    """The report's communes: all of them; for one office's records, those the office holds (created) or counted
    in (the ids of `counted`)."""
    return [c for c in ws.units.communes()
            if office is None or c["origin"] == office.origin or c["id"] in counted]


def _measures(*, target: int, period_target: int, week: int, period_cumulative: int, cumulative: int) -> dict:
    """An indicator's figures in a row: the contract's (target, week, cumulative, percent) and the period's."""
    return {"target": target, "week": week, "cumulative": cumulative, "percent": percent(cumulative, target),
            "period_target": period_target, "period_cumulative": period_cumulative,
            "period_percent": percent(period_cumulative, period_target)}
