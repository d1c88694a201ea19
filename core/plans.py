"""Plans (kế hoạch) with their periods or waves, baselines and targets per unit × indicator × period.

A plan number such as '25/KH-BHXH' is required and unique (compared without spaces or case). Periods are
'period' (Tháng cao điểm 01/5–31/5) or 'wave' (Đợt 1–3, each with a launch ceremony and its own emulation
period); their dates must lie inside the plan's dates when both are given. Targets and baselines are whole
numbers ≥ 0; None clears a cell. The arithmetic (cumulative, parent vs children, totals) is in
core.target_table.
"""
from __future__ import annotations

import datetime as dt

from core import co_issuer as co_issuers
from core import formatting, parse
from core.changes import Added, Changes
from core.errors import UserError
from core.i18n import Messages, N_, _, ngettext
from core.target_table import TOTAL, TargetTable, compute
from core.text import clean, fold

M = Messages({
    "f.issued_on": N_("Ngày ban hành"),
    "f.start_date": N_("Ngày bắt đầu"),
    "f.end_date": N_("Ngày kết thúc"),
    "f.ceremony_date": N_("Ngày lễ ra quân"),
    "f.ceremony_time": N_("Giờ lễ ra quân"),
    "f.emulation_start": N_("Bắt đầu thi đua"),
    "f.emulation_end": N_("Kết thúc thi đua"),
    "f.reference_date": N_("Ngày số liệu đầu kỳ"),
    "f.lists_due": N_("Hạn gửi danh sách người tham gia"),
    "f.results_due": N_("Hạn báo cáo kết quả"),
    "f.report_time": N_("Giờ hạn báo cáo tuần"),
})
PLAN_FIELDS = ("number", "title", "issued_on", "start_date", "end_date", "issuer", "notes", "co_issuer",
               "report_weekday", "report_time")
PERIOD_FIELDS = ("name", "kind", "start_date", "end_date", "ceremony_date", "ceremony_time", "ceremony_venue",
                 "emulation_start", "emulation_end", "sort_order", "lists_due", "results_due")
PERIOD_KINDS = ("period", "wave")


def number_key(number: str) -> str:
    """'25/KH-BHXH' and ' 25 / kh-bhxh' are the same plan."""
    return clean(number).replace(" ", "").casefold()


def _date(value, field: str) -> str | None:
    """The stored ISO date of a typed or given date (core.parse rules); the refusal names the field."""
    return parse.iso_date(value, where=M("f." + field), field=field)


def _order(start: str | None, end: str | None, start_field: str, end_field: str) -> None:
    if start and end and end < start:
        raise UserError(_("{end} ({end_value}) phải sau hoặc bằng {start} ({start_value}).",
                          end=M("f." + end_field), end_value=formatting.date(end),
                          start=M("f." + start_field), start_value=formatting.date(start)), field=end_field)


def holds(plan: dict, on: dt.date | None = None) -> bool:
    """The plan's period holds the day (today unless given)."""
    day = (on or dt.date.today()).isoformat()
    return bool(plan.get("start_date") and plan.get("end_date") and plan["start_date"] <= day <= plan["end_date"])


def registered(achieved: dict[int, dict[int, int]]) -> int:
    """All the registrations of Plans.achieved()'s table."""
    return sum(n for periods in achieved.values() for n in periods.values())


class Plans:
    def __init__(self, ws):
        self.ws = ws

    # --- plans ------------------------------------------------------------------------------------
    def _clean_plan(self, values: dict, plan_id: int | None = None) -> dict:
        out = dict(values)
        for key in ("number", "title", "issuer", "notes"):
            if key in out:
                out[key] = clean(out[key])
        if "number" in out:
            if not out["number"]:
                raise UserError(_("Số kế hoạch không được để trống (ví dụ 25/KH-BHXH)."), field="number")
            key = number_key(out["number"])
            for p in self.list():
                if p["id"] != plan_id and number_key(p["number"]) == key:
                    raise UserError(_("Đã có kế hoạch số {number}.", number=p["number"]), field="number")
        for key in ("issued_on", "start_date", "end_date"):
            if key in out:
                out[key] = _date(out[key], key)
        if "report_weekday" in out:  # ISO weekday the weekly report is due (core.deadlines)
            weekday = out["report_weekday"]
            if not isinstance(weekday, int) or isinstance(weekday, bool) or not 1 <= weekday <= 7:
                raise UserError(_("Ngày hạn báo cáo tuần phải là một ngày trong tuần (1 = thứ Hai … 7 = Chủ nhật)."),
                                field="report_weekday")
        if "report_time" in out:
            out["report_time"] = parse.time(out["report_time"], where=M("f.report_time"),
                                            field="report_time") or "15:00"
        if "co_issuer" in out:  # invitations to the plan's conferences issued jointly (core.co_issuer)
            out["co_issuer"] = co_issuers.stored(out["co_issuer"])
        return out

    def create(self, number, title="", issued_on=None, start_date=None, end_date=None, issuer="",
               notes="", co_issuer=None, report_weekday=4, report_time="15:00") -> Added:
        """co_issuer: the agency issuing the invitations of the plan's conferences with the office (a dict of
        core.co_issuer.KEYS, or None). The weekly report is due on report_weekday (ISO, 4 = Thursday) at
        report_time."""
        values = self._clean_plan({"number": number, "title": title, "issued_on": issued_on,
                                   "start_date": start_date, "end_date": end_date, "issuer": issuer, "notes": notes,
                                   "co_issuer": co_issuer, "report_weekday": report_weekday,
                                   "report_time": report_time})
        _order(values["start_date"], values["end_date"], "start_date", "end_date")
        with self.ws.transaction():
            plan_id = self.ws.insert("plans", values)
        return Added(plan_id, Changes.of("plans"))

    def update(self, plan_id: int, **fields) -> Changes:
        plan = self.require(plan_id)
        bad = set(fields) - set(PLAN_FIELDS)
        if bad:
            raise UserError(_("Trường “{field}” không sửa được.", field=sorted(bad)[0]), field=sorted(bad)[0])
        values = self._clean_plan(fields, plan_id)
        merged = {**plan, **values}
        _order(merged["start_date"], merged["end_date"], "start_date", "end_date")
        for period in self.periods(plan_id):
            self._inside(merged, period)
        with self.ws.transaction():
            changed = self.ws.update("plans", plan_id, values)
        return Changes.of("plans") if changed else Changes()

    def delete(self, plan_id: int) -> Changes:
        plan = self.require(plan_id)
        n = self.ws.query("SELECT count(*) c FROM conferences WHERE plan_id = ? AND deleted = 0", [plan_id])[0]["c"]
        if n:
            raise UserError(ngettext("Không xoá được kế hoạch {number}: còn {n} hội nghị thuộc kế hoạch.",
                                     "Không xoá được kế hoạch {number}: còn {n} hội nghị thuộc kế hoạch.", n,
                              number=plan["number"]))
        with self.ws.transaction():
            for table in ("targets", "baselines", "periods"):
                for r in self.ws.query(f"SELECT id FROM {table} WHERE plan_id = ? AND deleted = 0", [plan_id]):
                    self.ws.delete(table, r["id"])
            self.ws.delete("plans", plan_id)
        return Changes.of("plans", "targets")

    def list(self) -> list[dict]:
        return self.ws.query(
            "SELECT p.*, (SELECT count(*) FROM periods x WHERE x.plan_id = p.id AND x.deleted = 0) AS period_count"
            " FROM plans p WHERE p.deleted = 0"
            " ORDER BY coalesce(p.start_date, p.issued_on, '') DESC, p.id DESC")

    def get(self, plan_id: int) -> dict | None:
        row = self.ws.get("plans", plan_id)
        return row if row and not row["deleted"] else None

    def require(self, plan_id: int) -> dict:
        """The plan, or UserError when it was deleted meanwhile."""
        plan = self.get(plan_id)
        if plan is None:
            raise UserError(_("Kế hoạch không còn tồn tại."))
        return plan

    def find(self, number: str, origin: str | None = None) -> dict:
        """The plan with this number (spaces and case ignored), of the office `origin` when given, else this
        office's before another's of the same number; UserError if there is none, or if several other offices have
        one (which is meant cannot be told: the message names them)."""
        key = number_key(number)
        found = [p for p in self.list() if number_key(p["number"]) == key and origin in (None, p["origin"])]
        own = [p for p in found if p["origin"] == self.ws.origin]
        if own or len(found) == 1:
            return (own or found)[0]
        if found:
            from core.reports import scope
            names = {o.origin: o.label for o in scope.offices(self.ws)}
            raise UserError(_("Kế hoạch “{number}” có ở nhiều đơn vị ({offices}): chọn đơn vị (--office).",
                              number=clean(number), offices=", ".join(names.get(p["origin"], p["origin"][:8])
                                                                      for p in found)), field="plan")
        raise UserError(_("Không tìm thấy kế hoạch “{number}”.", number=clean(number)), field="plan")

    # --- periods and waves ------------------------------------------------------------------------
    def _clean_period(self, values: dict) -> dict:
        out = dict(values)
        for key in ("name", "ceremony_venue"):
            if key in out:
                out[key] = clean(out[key])
        if "name" in out and not out["name"]:
            raise UserError(_("Tên đợt/giai đoạn không được để trống."), field="name")
        if "kind" in out and out["kind"] not in PERIOD_KINDS:
            raise UserError(_("Loại “{kind}” không hợp lệ (period hoặc wave).", kind=out["kind"]), field="kind")
        for key in ("start_date", "end_date", "ceremony_date", "emulation_start", "emulation_end", "lists_due",
                    "results_due"):
            if key in out:
                out[key] = _date(out[key], key)
        if "ceremony_time" in out:
            out["ceremony_time"] = parse.time(out["ceremony_time"], where=_("Giờ lễ ra quân"), field="ceremony_time")
        return out

    def _check_period(self, plan: dict, period: dict, period_id: int | None) -> None:
        _order(period.get("start_date"), period.get("end_date"), "start_date", "end_date")
        _order(period.get("emulation_start"), period.get("emulation_end"), "emulation_start", "emulation_end")
        key = fold(period["name"])
        for other in self.periods(plan["id"]):
            if other["id"] != period_id and fold(other["name"]) == key:
                raise UserError(_("Kế hoạch đã có “{name}”.", name=other["name"]), field="name")
        self._inside(plan, period)

    def _inside(self, plan: dict, period: dict) -> None:
        start, end = plan.get("start_date"), plan.get("end_date")
        for key in ("start_date", "end_date"):
            value = period.get(key)
            if value and ((start and value < start) or (end and value > end)):
                raise UserError(_("{field} ({value}) của “{period}” nằm ngoài thời gian kế hoạch ({start} – {end}).",
                                  field=M("f." + key), value=formatting.date(value),
                                  period=period["name"], start=formatting.date(start) or "…",
                                  end=formatting.date(end) or "…"), field=key)

    def add_period(self, plan_id, name, start_date=None, end_date=None, kind="period", ceremony_date=None,
                   ceremony_time=None, ceremony_venue="", emulation_start=None, emulation_end=None,
                   lists_due=None, results_due=None) -> Added:
        """lists_due: the day the list of participants is due (seed 001: 5 days before a wave); results_due: the
        day the results report is due."""
        plan = self.require(plan_id)
        values = self._clean_period({
            "name": name, "kind": kind, "start_date": start_date, "end_date": end_date,
            "ceremony_date": ceremony_date, "ceremony_time": ceremony_time, "ceremony_venue": ceremony_venue,
            "emulation_start": emulation_start, "emulation_end": emulation_end, "lists_due": lists_due,
            "results_due": results_due})
        self._check_period(plan, values, None)
        values["plan_id"] = plan_id
        values["sort_order"] = len(self.periods(plan_id))
        with self.ws.transaction():
            period_id = self.ws.insert("periods", values)
        return Added(period_id, Changes.of("plans", "targets"))  # a new column in the targets table

    def update_period(self, period_id: int, **fields) -> Changes:
        period = self._period(period_id)
        bad = set(fields) - set(PERIOD_FIELDS)
        if bad:
            raise UserError(_("Trường “{field}” không sửa được.", field=sorted(bad)[0]), field=sorted(bad)[0])
        values = self._clean_period(fields)
        self._check_period(self.require(period["plan_id"]), {**period, **values}, period_id)
        with self.ws.transaction():
            changed = self.ws.update("periods", period_id, values)
        return Changes.of("plans", "targets") if changed else Changes()

    def delete_period(self, period_id: int) -> Changes:
        self._period(period_id)
        with self.ws.transaction():
            for r in self.ws.query("SELECT id FROM targets WHERE period_id = ? AND deleted = 0", [period_id]):
                self.ws.delete("targets", r["id"])
            self.ws.delete("periods", period_id)
        return Changes.of("plans", "targets")

    def periods(self, plan_id: int) -> list[dict]:
        return self.ws.query("SELECT * FROM periods WHERE plan_id = ? AND deleted = 0"
                             " ORDER BY sort_order, coalesce(start_date, ''), id", [plan_id])

    def period(self, period_id: int) -> dict | None:
        row = self.ws.get("periods", period_id)
        return row if row and not row["deleted"] else None

    def _period(self, period_id: int) -> dict:
        period = self.period(period_id)
        if period is None:
            raise UserError(_("Đợt/giai đoạn không còn tồn tại."))
        return period

    # --- baselines and targets --------------------------------------------------------------------
    def indicator(self, code: str) -> dict:
        """The indicator with this code, or UserError."""
        indicator = self.ws.config.indicator(code)
        if indicator is None:
            raise UserError(_("Không có chỉ tiêu mã “{code}”.", code=code), field="indicator")
        return indicator

    def _unit(self, unit_id: int) -> dict:
        unit = self.ws.units.get(unit_id)
        if unit is None or unit["deleted"]:
            raise UserError(_("Địa bàn #{id} không tồn tại.", id=unit_id), field="unit")
        return unit

    def set_baseline(self, plan_id, unit_id, indicator_code, reference_date, value) -> Changes:
        """Participants of a unit at a reference date (None removes it)."""
        self.require(plan_id)
        indicator = self.indicator(indicator_code)
        unit = self._unit(unit_id)
        date = _date(reference_date, "reference_date")
        if date is None:
            raise UserError(_("{field}: không được để trống.", field=_("Ngày số liệu đầu kỳ")), field="reference_date")
        value = parse.whole_number(value, where=_("Số đầu kỳ của “{unit}” ngày {date}",
                                                  unit=unit["name"], date=formatting.date(date)),
                                   field="value", minimum=0)
        with self.ws.transaction():
            changed = self.write_baselines(plan_id, indicator["id"], [(unit_id, date, value)])
        return Changes.of("targets") if changed else Changes()

    def set_targets(self, plan_id, indicator_code, cells) -> Changes:
        """Write [(unit_id, period_id, value)] in one transaction after checking every cell (None clears)."""
        self.require(plan_id)
        indicator = self.indicator(indicator_code)
        periods = {p["id"]: p for p in self.periods(plan_id)}
        checked = []
        for unit_id, period_id, value in cells:
            unit = self._unit(unit_id)
            period = periods.get(period_id)
            if period is None:
                other = self.period(period_id)
                raise UserError(_("“{period}” không thuộc kế hoạch này.",
                                  period=other["name"]) if other else _("Đợt/giai đoạn không còn tồn tại."),
                                field="period")
            checked.append((unit_id, period_id, parse.whole_number(
                value, where=_("Chỉ tiêu của “{unit}” – “{period}”",
                               unit=unit["name"], period=period["name"]), field="value", minimum=0)))
        with self.ws.transaction():
            changed = self.write_targets(plan_id, indicator["id"], checked)
        return Changes.of("targets") if changed else Changes()

    def save_targets(self, plan_id, indicator_code, targets=(), baselines=()) -> Changes:
        """The targets grid's Save: cells [(unit_id, period_id, value)] and baselines [(unit_id, reference_date,
        value)] of one indicator, all or none (a refused cell, named, leaves everything as it was)."""
        changes = Changes()
        with self.ws.transaction():
            if targets:
                changes |= self.set_targets(plan_id, indicator_code, targets)
            for unit_id, reference_date, value in baselines:
                changes |= self.set_baseline(plan_id, unit_id, indicator_code, reference_date, value)
        return changes

    # Low-level writers for already-checked values; callers hold the transaction (the import uses them).
    def write_targets(self, plan_id: int, indicator_id: int, cells) -> int:
        existing = {(r["unit_id"], r["period_id"]): r for r in self.ws.query(
            "SELECT * FROM targets WHERE plan_id = ? AND indicator_id = ?", [plan_id, indicator_id])}
        return self._upsert("targets", existing, cells, lambda u, p: {
            "plan_id": plan_id, "unit_id": u, "indicator_id": indicator_id, "period_id": p})

    def write_baselines(self, plan_id: int, indicator_id: int, cells) -> int:
        existing = {(r["unit_id"], r["reference_date"]): r for r in self.ws.query(
            "SELECT * FROM baselines WHERE plan_id = ? AND indicator_id = ?", [plan_id, indicator_id])}
        return self._upsert("baselines", existing, cells, lambda u, d: {
            "plan_id": plan_id, "unit_id": u, "indicator_id": indicator_id, "reference_date": d})

    def _upsert(self, table: str, existing: dict, cells, identity) -> int:
        """Insert, change, revive (the UNIQUE key includes tombstones) or tombstone; returns cells changed."""
        changed = 0
        for a, b, value in cells:
            row = existing.get((a, b))
            if value is None:
                if row and not row["deleted"]:
                    self.ws.delete(table, row["id"])
                    changed += 1
            elif row is None:
                existing[(a, b)] = {"id": self.ws.insert(table, {**identity(a, b), "value": value}), "deleted": 0,
                                    "value": value}
                changed += 1
            elif self.ws.update(table, row["id"], {"value": value, "deleted": 0}):
                changed += 1
        return changed

    def baselines(self, plan_id: int, indicator_code: str = "vsi_new") -> list[dict]:
        indicator = self.indicator(indicator_code)
        return self.ws.query("SELECT * FROM baselines WHERE plan_id = ? AND indicator_id = ? AND deleted = 0"
                             " ORDER BY reference_date, unit_id", [plan_id, indicator["id"]])

    def targets(self, plan_id: int, indicator_code: str = "vsi_new") -> list[dict]:
        indicator = self.indicator(indicator_code)
        return self.ws.query("SELECT * FROM targets WHERE plan_id = ? AND indicator_id = ? AND deleted = 0",
                             [plan_id, indicator["id"]])

    def achieved(self, plan_id: int, indicator_code: str = "vsi_new") -> dict[int, dict[int, int]]:
        """Registrations counted toward the plan: {commune id: {period id: count}} for the indicator, each in the
        period of its date, for the commune of the person (core.attendance.registrations_by_commune)."""
        out: dict[int, dict[int, int]] = {}
        for r in self.ws.attendance.registrations_by_commune(plan_id=plan_id):
            if r["indicator"] == indicator_code and r["commune_id"] is not None:
                out.setdefault(r["commune_id"], {})[r["period_id"]] = r["count"]
        return out

    def in_force(self, on: dt.date | None = None) -> dict | None:
        """The plan whose period holds the day (today unless given), else the latest one; None with no plan."""
        plans = self.list()  # newest first
        return ([p for p in plans if holds(p, on)] or plans or [None])[0]

    def progress(self, plan_id: int, indicator_code: str = "vsi_new") -> tuple[int, int | None]:
        """(registered at conferences within the plan's periods, the plan's whole target) for the indicator."""
        return (registered(self.achieved(plan_id, indicator_code)),
                self.target_table(plan_id, indicator_code, include_villages=False).totals.get(TOTAL))

    def target_table(self, plan_id: int, indicator_code: str = "vsi_new", include_villages: bool = True
                     ) -> TargetTable:
        """Units in tree order × [baselines by date, periods, total, cumulative], with children sums,
        mismatch flags and a totals row (rules in core.target_table)."""
        plan = self.require(plan_id)
        indicator = self.indicator(indicator_code)
        table = compute(plan, indicator, self.ws.units.tree(), self.periods(plan_id),
                        self.baselines(plan_id, indicator_code), self.targets(plan_id, indicator_code))
        if not include_villages:   # computed over the whole tree first, so communes still count their villages
            table.rows = [r for r in table.rows if r.kind != "village"]
        return table
