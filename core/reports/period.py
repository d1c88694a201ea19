"""The wave and period report (issue 10, item 3): the results of one period or wave of a plan per commune against
its targets, the conferences and launch ceremonies held, and the communes at ≥ 100 % (the basis for awards);
with the plan's target table (Phụ lục 01 shape) filled with actuals. Figures come from the reporting model
(core.reports.model) and the plan's target table (core.target_table), as every report's do.

What is counted, per commune and indicator (vsi: voluntary SI, hhi: household HI):
- the counting window: a period's start..end dates; a wave's emulation dates (emulation_start..emulation_end)
  when it has both, else its start..end. A period or wave without them has no report (UserError);
- `target`: the period's target; a commune without a target of its own gets its villages' sum (the target
  table's effective value);
- `actual`: new participants in the window (core.reports.model.new_participants: a typed daily figure is the
  commune's whole count for its day and indicator and replaces the app's registrations of that day, never both);
  `percent` = 100 × actual / target, 0 when the target is 0;
- when the plan has a baseline for the indicator: `cumulative_target` = the baseline (the latest reference
  date's) + the targets of the plan's periods up to and including this one in the plan's order (sort order,
  then start date: the order of core.target_table's cumulative), `cumulative` = the baseline + new participants
  from the plan's start (or the window's start, if earlier) to the window's end, `cumulative_percent` the same
  ratio. Without a baseline the three are None;
- `conferences_held`: conferences held (status 'held') with their date in the window, `launch_ceremonies` those
  of kind 'launch', `attendees` the people checked in at the window's conferences (core.reports.model's
  conference_counts, as the weekly report counts them).
Over one office's records (core.reports.scope): the plan is that office's plan of this number, every count is of
the records it created, and the rows are the communes it holds or has a target or a count in.
A commune has `reached` 100 % when it has a target > 0 in the period for at least one indicator and, for every
indicator with a target > 0, actual ≥ target (compared as whole numbers, not as the rounded percent). The
total row sums the communes (percents recomputed from the sums).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core import parse
from core.errors import UserError
from core.i18n import _
from core.reports import model
from core.reports.model import INDICATORS, percent
from core.reports.scope import Office, only
from core.target_table import CUMULATIVE, TOTAL
from core.text import fold

MEASURES = ("target", "actual", "cumulative_target", "cumulative")      # summed in the total row
RATIOS = {"percent": ("actual", "target"), "cumulative_percent": ("cumulative", "cumulative_target")}
COUNTS = ("conferences_held", "launch_ceremonies", "attendees")


@dataclass
class PeriodReport:
    plan: dict
    period: dict
    day_from: dt.date                   # the counting window
    day_to: dt.date
    emulation: bool                     # a wave counted over its emulation dates
    cumulative_from: dt.date            # where the cumulative actual starts counting
    baselines: dict[str, bool]          # indicator key -> the plan has a baseline (cumulative figures shown)
    rows: list[dict] = field(default_factory=list)
    total: dict = field(default_factory=dict)
    reached: list[str] = field(default_factory=list)    # communes at ≥ 100 %, in the rows' order
    office: Office | None = None        # whose records it counts; None: all the database holds
    # Phụ lục 01: indicator key -> the plan's TargetTable, and -> {unit id: {period id | CUMULATIVE: actual}}
    tables: dict = field(default_factory=dict, repr=False)
    actuals: dict = field(default_factory=dict, repr=False)

    def to_json(self) -> dict:
        return {"plan": self.plan["number"], "period": self.period["name"], "kind": self.period["kind"],
                "from": self.day_from.isoformat(), "to": self.day_to.isoformat(),
                "counted_over": "emulation" if self.emulation else "period",
                **({"office": self.office.to_json()} if self.office else {}),
                "rows": self.rows, "total": self.total, "reached": self.reached}


def counting_window(period: dict) -> tuple[dt.date, dt.date, bool] | None:
    """(first day, last day, over the emulation dates?) of what a period's report counts; None without dates."""
    if period["kind"] == "wave" and period.get("emulation_start") and period.get("emulation_end"):
        return parse.stored_date(period["emulation_start"]), parse.stored_date(period["emulation_end"]), True
    if period.get("start_date") and period.get("end_date"):
        return parse.stored_date(period["start_date"]), parse.stored_date(period["end_date"]), False
    return None


def find_period(ws, plan: dict, name: str) -> dict:
    """The plan's period or wave of this name (tone marks and case ignored); UserError naming it otherwise."""
    periods = ws.plans.periods(plan["id"])
    for p in periods:
        if fold(p["name"]) == fold(name):
            return p
    raise UserError(_("Kế hoạch {number} không có đợt/giai đoạn “{name}” (có: {names}).", number=plan["number"],
                      name=name, names=", ".join(p["name"] for p in periods) or "…"), field="period")


def period_report(ws, plan_number: str, period_name: str, office: Office | None = None,
                  plan_origin: str | None = None) -> PeriodReport:
    """The report of the plan's period or wave (rules in the module's docstring), over the office's records when
    one is given; the plan is the office's (or plan_origin's, when given: offices may number plans alike). An
    unknown plan number or period name, or a period without dates → UserError naming it."""
    plan = ws.plans.find(plan_number, origin=plan_origin or (office.origin if office else None))
    period = find_period(ws, plan, period_name)
    window = counting_window(period)
    if window is None:
        raise UserError(_("“{name}” của kế hoạch {number} chưa có ngày bắt đầu và ngày kết thúc: nhập ngày ở trang "
                          "Kế hoạch rồi lập lại báo cáo.", name=period["name"], number=plan["number"]),
                        field="period")
    day_from, day_to, emulation = window
    periods = ws.plans.periods(plan["id"])
    position = next(i for i, p in enumerate(periods) if p["id"] == period["id"])
    so_far_ids = [p["id"] for p in periods[:position + 1]]           # this period and those before it
    first = plan.get("start_date") or min((p["start_date"] for p in periods if p.get("start_date")), default=None)
    start = min(parse.stored_date(first), day_from) if first else day_from
    in_window = model.new_participants(ws, day_from.isoformat(), day_to.isoformat(), office)
    so_far = model.new_participants(ws, start.isoformat(), day_to.isoformat(), office)
    held = model.conference_counts(ws, day_from, day_to, office)
    launches = launch_ceremonies(ws, day_from, day_to, office)
    tables = {key: ws.plans.target_table(plan["id"], code) for key, code in INDICATORS.items()}
    report = PeriodReport(plan, period, day_from, day_to, emulation, start,
                          {key: bool(t.baseline_dates) for key, t in tables.items()}, tables=tables, office=office)
    targeted = {r.unit_id for t in tables.values() for r in t.all_rows if r.effective(period["id"])}
    counted = {cid for cid, _code in (*in_window, *so_far)} | set(held) | set(launches) | targeted

    for commune in model.communes_of(ws, office, counted):
        cid = commune["id"]
        row = {"commune": commune["name"]}
        for key, code in INDICATORS.items():
            unit = tables[key].row(cid)
            figures = {"target": unit.effective(period["id"]) or 0, "actual": in_window.get((cid, code), 0)}
            if report.baselines[key]:
                base = _baseline(unit)
                figures["cumulative_target"] = base + sum(unit.effective(p) or 0 for p in so_far_ids)
                figures["cumulative"] = base + so_far.get((cid, code), 0)
            else:
                figures["cumulative_target"] = figures["cumulative"] = None
            row[key] = {**figures, **{name: None if figures[done] is None else percent(figures[done], figures[target])
                                      for name, (done, target) in RATIOS.items()}}
        row.update({name: held.get(cid, {}).get(name, 0) for name in ("conferences_held", "attendees")},
                   launch_ceremonies=launches.get(cid, 0))
        aimed = [row[key] for key in INDICATORS if row[key]["target"] > 0]
        row["reached"] = bool(aimed) and all(f["actual"] >= f["target"] for f in aimed)
        report.rows.append(row)
    report.total = _total(report.rows)
    report.reached = [r["commune"] for r in report.rows if r["reached"]]
    report.actuals = _appendix_actuals(ws, report, periods, so_far_ids, so_far, office)
    return report


def launch_ceremonies(ws, day_from: dt.date, day_to: dt.date, office: Office | None = None) -> dict[int, int]:
    """{commune id: launch ceremonies (conference kind 'launch') held from day_from to day_to (the office's, when
    one is given)}."""
    mine, params = only(office)
    return dict(ws.db.execute(
        "SELECT commune_id, count(*) FROM conferences WHERE deleted = 0 AND status = 'held' AND kind = 'launch'"
        f" AND date BETWEEN ? AND ?{mine} GROUP BY commune_id",
        [day_from.isoformat(), day_to.isoformat(), *params]).fetchall())


def _total(rows: list[dict]) -> dict:
    """The communes' sums; the percents recomputed from them (None stays None: no baseline)."""
    total: dict = {}
    for key in INDICATORS:
        figures = [r[key] for r in rows]
        sums = {m: None if figures and all(f[m] is None for f in figures) else sum(f[m] or 0 for f in figures)
                for m in MEASURES}
        total[key] = {**sums, **{name: None if sums[done] is None else percent(sums[done], sums[target])
                                 for name, (done, target) in RATIOS.items()}}
    total.update({name: sum(r[name] for r in rows) for name in COUNTS})
    return total


def _baseline(unit) -> int:
    """The unit's baseline as the target table's cumulative counts it (its latest reference date's, or its
    children's sum): cumulative = baseline + the periods' total."""
    return (unit.values.get(CUMULATIVE) or 0) - (unit.values.get(TOTAL) or 0)


def _appendix_actuals(ws, report: PeriodReport, periods: list[dict], so_far_ids: list[int], so_far: dict,
                      office: Office | None) -> dict:
    """Phụ lục 01's actuals per indicator: {unit id: {period id: new participants in that period's counting
    window (the periods up to and including the report's; later ones stay blank), CUMULATIVE: baseline + new
    since the plan's start}}; a unit above the communes (a district) adds up its communes."""
    windows = {p["id"]: counting_window(p) for p in periods if p["id"] in so_far_ids}
    new = {pid: model.new_participants(ws, w[0].isoformat(), w[1].isoformat(), office)
           for pid, w in windows.items() if w}
    out = {}
    for key, code in INDICATORS.items():
        table = report.tables[key]
        parents = {r.unit_id: r.parent_id for r in table.all_rows}
        actuals: dict[int, dict] = {}
        for r in table.all_rows:
            if r.kind != "commune":
                continue
            figures = {pid: n.get((r.unit_id, code), 0) for pid, n in new.items()}
            figures[CUMULATIVE] = so_far.get((r.unit_id, code), 0)
            unit = r.unit_id
            while unit is not None:      # the commune and every unit above it
                mine = actuals.setdefault(unit, {})
                for k, n in figures.items():
                    mine[k] = mine.get(k, 0) + n
                unit = parents.get(unit)
        for r in table.all_rows:
            if r.unit_id in actuals:
                actuals[r.unit_id][CUMULATIVE] += _baseline(r)
        out[key] = actuals
    return out

