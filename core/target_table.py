"""The targets table of a plan for one indicator: units in tree order × [baselines, periods, total, cumulative].

Rules (DOMAIN.md, seed 000 Phụ lục 01):
- cumulative = the unit's latest baseline + the sum of its period targets (3.661 + 165 + 660 = 4.486);
- a parent's own value is compared with the sum of its children's values and a difference is flagged in
  `mismatch` (shown, not hidden: the grid colours it). A child that has no own value counts with its own
  children's sum ("effective" value), so office → district → commune → village chains add up;
- the totals row sums the top level: the children of the office's root (the province unit), plus any other
  unit that has no parent. The root's own value, if set, is compared with that sum like any parent.

Keys of `values`: BASELINE_PREFIX + ISO date for a baseline, the period id (int) for a period target,
TOTAL (sum of the periods) and CUMULATIVE. None means "nothing entered".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from core import parse

BASELINE_PREFIX = "baseline:"
TOTAL = "total"
CUMULATIVE = "cumulative"

_DASHES = ("-", "–", "—")


def baseline_key(reference_date: str) -> str:
    return BASELINE_PREFIX + reference_date


def parse_count(value, where: str | None = None) -> int | None:
    """A count typed, pasted or read from a sheet, by core.parse.whole_number's rules (3661, 3661.0, '3.661',
    '3 661' -> 3661; '' / None -> None), never negative; a dash is 0, as tables write zero. ValidationError
    names `where` (the cell) otherwise."""
    if isinstance(value, str) and value.strip() in _DASHES:
        return 0
    return parse.whole_number(value, where=where, minimum=0)


@dataclass
class TargetRow:
    unit_id: int
    name: str
    kind: str
    depth: int
    parent_id: int | None
    values: dict = field(default_factory=dict)          # key -> own value (baselines, periods) / computed
    children_sum: dict = field(default_factory=dict)    # key -> sum of the children's effective values
    mismatch: set = field(default_factory=set)          # keys whose own value differs from children_sum
    has_children: bool = False

    def effective(self, key):
        """The own value, or (when none was entered) the children's sum."""
        own = self.values.get(key)
        return own if own is not None else self.children_sum.get(key)

    @property
    def baseline(self) -> int | None:
        dates = sorted(k for k, v in self.values.items() if isinstance(k, str) and k.startswith(BASELINE_PREFIX)
                       and v is not None)
        return self.values[dates[-1]] if dates else None

    @property
    def cumulative(self) -> int | None:
        return self.values.get(CUMULATIVE)


@dataclass
class TargetTable:
    plan: dict
    indicator: dict
    periods: list[dict]
    baseline_dates: list[str]            # ascending; the last one is what cumulative uses
    rows: list[TargetRow]
    totals: dict = field(default_factory=dict)
    top_level: list[int] = field(default_factory=list)   # unit ids the totals row sums
    all_rows: list[TargetRow] = field(default_factory=list)  # every unit, also those left out of `rows`

    @property
    def keys(self) -> list:
        """Column keys in display order."""
        return [baseline_key(d) for d in self.baseline_dates] + [p["id"] for p in self.periods] + [TOTAL, CUMULATIVE]

    @property
    def reference_date(self) -> str | None:
        return self.baseline_dates[-1] if self.baseline_dates else None

    def row(self, unit_id: int) -> TargetRow:
        for r in self.rows:
            if r.unit_id == unit_id:
                return r
        raise KeyError(unit_id)

    def mismatches(self) -> list[tuple[int, object]]:
        return [(r.unit_id, k) for r in self.rows for k in sorted(r.mismatch, key=str)]


def _add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def compute(plan: dict, indicator: dict, units: list[dict], periods: list[dict],
            baselines: list[dict], targets: list[dict]) -> TargetTable:
    """Build the table from plain rows: units in tree order (with depth), baselines (unit_id, reference_date,
    value) and targets (unit_id, period_id, value). Pure: no database, so it is easy to test and reuse."""
    dates = sorted({b["reference_date"] for b in baselines})
    period_ids = [p["id"] for p in periods]
    input_keys = [baseline_key(d) for d in dates] + period_ids
    rows = {u["id"]: TargetRow(u["id"], u["name"], u["kind"], u.get("depth", 0), u["parent_id"]) for u in units}
    for b in baselines:
        if b["unit_id"] in rows:
            rows[b["unit_id"]].values[baseline_key(b["reference_date"])] = b["value"]
    for t in targets:
        if t["unit_id"] in rows and t["period_id"] in period_ids:
            rows[t["unit_id"]].values[t["period_id"]] = t["value"]
    children: dict = {}
    for u in units:
        if u["parent_id"] in rows:
            children.setdefault(u["parent_id"], []).append(u["id"])

    # Bottom-up: units come in depth-first order, so walking them backwards sees children before parents.
    for u in reversed(units):
        row = rows[u["id"]]
        kids = [rows[k] for k in children.get(u["id"], [])]
        row.has_children = bool(kids)
        for key in input_keys:
            total = None
            for kid in kids:
                total = _add(total, kid.effective(key))
            row.children_sum[key] = total
            own = row.values.get(key)
            if own is not None and total is not None and own != total:
                row.mismatch.add(key)
        _derive(row, dates, period_ids, row.effective)

    top = []
    for u in units:
        if u["parent_id"] is None:
            top.extend(children.get(u["id"], []) if u["kind"] == "province" else [u["id"]])
    totals = {key: None for key in input_keys + [TOTAL, CUMULATIVE]}
    for unit_id in top:
        for key in totals:
            totals[key] = _add(totals[key], rows[unit_id].effective(key))
    ordered = [rows[u["id"]] for u in units]
    return TargetTable(plan, indicator, periods, dates, ordered, totals, top, list(ordered))


def _derive(row: TargetRow, dates: list[str], period_ids: list[int], value_of) -> None:
    """TOTAL = sum of the periods; CUMULATIVE = latest baseline (the unit's own latest one) + TOTAL."""
    total = None
    for p in period_ids:
        total = _add(total, value_of(p))
    base = None
    for d in reversed(dates):
        base = value_of(baseline_key(d))
        if base is not None:
            break
    row.values[TOTAL] = total
    row.values[CUMULATIVE] = _add(base, total)

