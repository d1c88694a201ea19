"""Conferences: customer outreach, policy Q&A, small-group sessions, launch ceremonies, trainings.

Each belongs to a commune (small-group sessions also to a village: its cultural house), has a date,
a time, a venue, expected invitees (default from the kind), an organiser group, a host and a status.
`schedule` creates many at once from a rule (core.scheduling); the clerk then adjusts dates one by one. Its
invitations may be issued jointly with another agency (core.co_issuer): its own co-issuer, else its plan's.
"""
from __future__ import annotations

import datetime as dt
import re

from core import co_issuer as co_issuers
from core import labels, parse, scheduling
from core.changes import Added, AddedMany, Changes
from core.errors import UserError, ValidationError
from core.i18n import Messages, N_, _, ngettext
from core.text import clean

STATUSES = ("planned", "held", "postponed", "cancelled")

M = Messages({
    "field.kind": N_("Loại hội nghị"),
    "field.commune_id": N_("Xã/phường"),
    "field.village_id": N_("Thôn/tổ dân phố"),
    "field.date": N_("Ngày"),
    "field.time": N_("Giờ"),
    "field.expected_invitees": N_("Số khách mời dự kiến"),
    "field.status": N_("Trạng thái"),
    "field.organiser_group_id": N_("Đơn vị tổ chức"),
    "field.plan_id": N_("Kế hoạch"),
    "field.date_from": N_("Từ ngày"),
    "field.date_to": N_("Đến ngày"),
    "field.rule": N_("Quy tắc lập lịch"),
    "field.commune_ids": N_("Danh sách xã"),
    "status.planned": N_("Đã lên lịch"),
    "status.held": N_("Đã tổ chức"),
    "status.needs_result": N_("Chưa ghi kết quả"),
    "status.postponed": N_("Hoãn"),
    "status.cancelled": N_("Đã huỷ"),
})
FIELDS = ("kind", "commune_id", "village_id", "date", "time", "venue", "expected_invitees", "organiser_group_id",
          "host", "status", "plan_id", "title", "notes", "co_issuer")
_TYPE_WORD = re.compile(r"^(Xã|Phường|Thị trấn|Đặc khu)\s+", re.IGNORECASE)

_SELECT = """
SELECT c.*, k.name AS kind_name, cu.name AS commune_name, v.name AS village_name, g.name AS organiser_name,
       p.number AS plan_number
FROM conferences c
JOIN conference_kinds k ON k.code = c.kind
JOIN units cu ON cu.id = c.commune_id
LEFT JOIN units v ON v.id = c.village_id
LEFT JOIN groups g ON g.id = c.organiser_group_id
LEFT JOIN plans p ON p.id = c.plan_id
WHERE c.deleted = 0"""


def status_label(code: str) -> str:
    return M(f"status.{code}")


def _shown(rows: list[dict]) -> list[dict]:
    """Rows for display: the kind's name in the language of the moment (core.labels; stored names unchanged)."""
    for r in rows:
        r["kind_name"] = labels.conference_kind(r["kind"], r["kind_name"])
    return rows


def shown_status(conference: dict, today: dt.date | None = None) -> str:
    """The status as the clerk should read it: a conference still planned after its day needs its result
    recorded (held, postponed or cancelled), not 'planned'."""
    if needs_result(conference, today):
        return _("Chưa ghi kết quả")
    return status_label(conference.get("status") or "planned")


def needs_result(conference: dict, today: dt.date | None = None) -> bool:
    return (conference.get("status") or "planned") == "planned" and bool(conference.get("date")) \
        and conference["date"] < (today or dt.date.today()).isoformat()


def commune_label(name: str) -> str:
    """'Xã Sơn Hà' -> 'xã Sơn Hà', as it reads inside a sentence or a venue."""
    return _TYPE_WORD.sub(lambda m: m.group(1).lower() + " ", name, count=1)


class Conferences:
    STATUSES = STATUSES

    def __init__(self, ws):
        self.ws = ws

    # --- validation -------------------------------------------------------------------------------
    def _ref_exists(self, table: str, record_id) -> bool:
        return bool(self.ws.query(f"SELECT 1 FROM [{table}] WHERE id = ? AND deleted = 0", [record_id]))

    def validate(self, values: dict) -> dict:
        """Cleaned full values, or ValidationError listing (field, message) for every bad field."""
        problems: list[tuple[str, str]] = []

        def bad(field, message, **params):
            problems.append((field, _(message, field=M(f"field.{field}"), **params)))

        def read(field, reader, **options):  # core.parse's rules; its sentence names the field
            try:
                return reader(out[field], where=M(f"field.{field}"), field=field, **options)
            except UserError as exc:
                problems.append((field, exc.message))
                return out[field]

        out = {f: values.get(f) for f in FIELDS}
        kinds = {k["code"]: k for k in self.ws.config.conference_kinds()}
        out["kind"] = clean(out["kind"])
        if not out["kind"]:
            bad("kind", N_("{field}: không được để trống."))
        elif out["kind"] not in kinds:
            bad("kind", N_("{field}: không có loại “{value}”. Các loại: {codes}."), value=out["kind"],
                codes=", ".join(kinds))
        commune = self.ws.units.get(out["commune_id"]) if out["commune_id"] not in (None, "") else None
        if out["commune_id"] in (None, ""):
            bad("commune_id", N_("{field}: không được để trống."))
        elif commune is None or commune["deleted"] or commune["kind"] != "commune":
            bad("commune_id", N_("{field}: địa bàn số {value} không phải là xã/phường."), value=out["commune_id"])
            commune = None
        if out["village_id"] in ("", 0):
            out["village_id"] = None
        if out["village_id"] is not None:
            village = self.ws.units.get(out["village_id"])
            if village is None or village["deleted"] or village["kind"] != "village":
                bad("village_id", N_("{field}: không tìm thấy số {value}."), value=out["village_id"])
            elif commune is not None and village["parent_id"] != commune["id"]:
                bad("village_id", N_("{field}: “{village}” không thuộc {commune}."), village=village["name"],
                    commune=commune["name"])
        out["date"] = read("date", parse.iso_date)
        if out["date"] is None:
            bad("date", N_("{field}: không được để trống."))
        out["time"] = read("time", parse.time) or ""
        out["expected_invitees"] = read("expected_invitees", parse.whole_number, minimum=0)
        if out["expected_invitees"] is None:
            out["expected_invitees"] = kinds[out["kind"]]["default_invitees"] if out["kind"] in kinds else 0
        out["status"] = clean(out["status"]) or "planned"
        if out["status"] not in STATUSES:
            bad("status", N_("{field}: “{value}” không hợp lệ ({codes})."), value=out["status"],
                codes=", ".join(STATUSES))
        for field, table in (("organiser_group_id", "groups"), ("plan_id", "plans")):
            if out[field] in ("", 0):
                out[field] = None
            if out[field] is not None and not self._ref_exists(table, out[field]):
                bad(field, N_("{field}: không tìm thấy số {value}."), value=out[field])
        for field in ("venue", "host", "title", "notes"):
            out[field] = clean(out[field])
        out["co_issuer"], joint = co_issuers.checked(out["co_issuer"])  # overrides the plan's (core.co_issuer)
        problems += joint
        if problems:
            raise ValidationError("; ".join(msg for _unused, msg in problems), problems, field=problems[0][0])
        return out

    def warnings(self, values: dict) -> dict[str, str]:
        """Advice that does not block saving (for the form): {field: message}."""
        out = {}
        if clean(values.get("kind")) == "small_group":
            if not values.get("village_id"):
                out["village_id"] = _("Hội nghị nhóm nhỏ nên tổ chức tại nhà văn hóa thôn: hãy chọn thôn/tổ dân phố.")
            n = values.get("expected_invitees")
            if isinstance(n, int) and not 5 <= n <= 10:
                out["expected_invitees"] = _("Hội nghị nhóm nhỏ thường có 5–10 người (đang dự kiến {n}).", n=n)
        return out

    # --- one conference ---------------------------------------------------------------------------
    def add(self, kind, commune_id, date, time="", venue="", village_id=None, expected_invitees=None,
            organiser_group_id=None, host="", status="planned", plan_id=None, title="", notes="",
            co_issuer=None) -> Added:
        """co_issuer: the agency issuing the invitations with the office (a dict of core.co_issuer.KEYS), else
        the plan's, if it has one."""
        values = self.validate(dict(kind=kind, commune_id=commune_id, date=date, time=time, venue=venue,
                                    village_id=village_id, expected_invitees=expected_invitees,
                                    organiser_group_id=organiser_group_id, host=host, status=status,
                                    plan_id=plan_id, title=title, notes=notes, co_issuer=co_issuer))
        with self.ws.transaction():
            conference_id = self.ws.insert("conferences", values)
        return Added(conference_id, Changes.of("conferences"))

    def add_many(self, rows: list[dict]) -> AddedMany:
        """Validate every row first (errors name the row), then write them all in one transaction."""
        cleaned = []
        for n, row in enumerate(rows, 1):
            try:
                cleaned.append(self.validate(row))
            except ValidationError as exc:
                raise ValidationError(_("Dòng {n}: {message}", n=n, message=exc.message),
                                      [(f"{n}:{field}", msg) for field, msg in exc.problems], field=exc.field)
        with self.ws.transaction():
            ids = [self.ws.insert("conferences", values) for values in cleaned]
        return AddedMany(ids, Changes.of("conferences"))

    def _require(self, conference_id) -> dict:
        row = self.ws.get("conferences", conference_id)
        if row is None or row["deleted"]:
            raise UserError(_("Không tìm thấy hội nghị số {id}.", id=conference_id))
        return row

    def update(self, conference_id, **fields) -> Changes:
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown conference fields: {sorted(unknown)}")
        current = self._require(conference_id)
        merged = {f: current[f] for f in FIELDS}
        merged.update(fields)
        if "commune_id" in fields and "village_id" not in fields and fields["commune_id"] != current["commune_id"]:
            merged["village_id"] = None  # the old village belongs to the old commune
        values = self.validate(merged)
        with self.ws.transaction():
            changed = self.ws.update("conferences", conference_id, values)
        return Changes.of("conferences") if changed else Changes()

    def set_status(self, conference_ids, status: str) -> Changes:
        """Give several conferences one status (held, postponed, …), all or none."""
        status = clean(status)
        if status not in STATUSES:
            raise UserError(_("{field}: “{value}” không hợp lệ ({codes}).",
                              field=_("Trạng thái"), value=status, codes=", ".join(STATUSES)),
                            field="status")
        changes = Changes()
        with self.ws.transaction():
            for conference_id in dict.fromkeys(conference_ids):
                changes |= self.update(conference_id, status=status)
        return changes

    def delete(self, conference_id) -> Changes:
        self._require(conference_id)
        n = self.ws.query("SELECT count(*) n FROM invitations WHERE conference_id = ? AND deleted = 0",
                          [conference_id])[0]["n"]
        if n:
            raise UserError(ngettext("Không xoá được hội nghị số {id}: đã có {n} giấy mời. Hãy đổi trạng thái sang "
                                     "“Huỷ”.",
                                     "Không xoá được hội nghị số {id}: đã có {n} giấy mời. Hãy đổi trạng thái sang "
                                     "“Huỷ”.", n, id=conference_id))
        with self.ws.transaction():
            self.ws.delete("conferences", conference_id)
        return Changes.of("conferences")

    def delete_many(self, conference_ids) -> Changes:
        """Delete several conferences, all or none: one that has invitations refuses the lot (its message)."""
        ids = list(dict.fromkeys(conference_ids))
        with self.ws.transaction():
            for conference_id in ids:
                self.delete(conference_id)
        return Changes.of("conferences") if ids else Changes()

    def get(self, conference_id) -> dict | None:
        """The conference with its display names, or None when there is none (or it was deleted)."""
        rows = _shown(self.ws.query(_SELECT + " AND c.id = ?", [conference_id]))
        return rows[0] if rows else None

    # --- lists ------------------------------------------------------------------------------------
    def list(self, commune_id=None, date_from=None, date_to=None, kind=None, status=None) -> list[dict]:
        sql, params = _SELECT, []
        if commune_id is not None:
            sql += " AND c.commune_id = ?"
            params.append(commune_id)
        days = {}
        for field, op, value in (("date_from", ">=", date_from), ("date_to", "<=", date_to)):
            day = days[field] = parse.iso_date(value, where=M(f"field.{field}"), field=field)
            if day is not None:
                sql += f" AND c.date {op} ?"
                params.append(day)
        if days["date_from"] and days["date_to"] and days["date_to"] < days["date_from"]:  # would find nothing
            raise UserError(_("{field}: ngày kết thúc trước ngày bắt đầu.", field=_("Đến ngày")), field="date_to")
        if kind:
            sql += " AND c.kind = ?"
            params.append(kind)
        if status:
            sql += " AND c.status = ?"
            params.append(status)
        return _shown(self.ws.query(sql + " ORDER BY c.date, c.time, cu.sort_order, c.id", params))

    def month(self, year: int, month: int) -> dict[str, list[dict]]:
        """The month's conferences by ISO date (only days that have some), in date order."""
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        out: dict[str, list[dict]] = {}
        for row in self.list(date_from=first, date_to=last):
            out.setdefault(row["date"], []).append(row)
        return out

    # --- bulk scheduling --------------------------------------------------------------------------
    def schedule(self, kind, commune_ids, start_date, end_date, per_month=None, per_period=None, venue="",
                 time="08:00", expected_invitees=None, plan_id=None, organiser_group_id=None, preview=False):
        """Conferences for each commune by the rule (see core.scheduling), avoiding days the commune is taken.

        `venue` may hold {commune} ('xã Sơn Hà'); empty gives 'Hội trường UBND {commune}'.
        preview=True returns the proposed rows and writes nothing; else writes them all in one transaction
        and returns AddedMany(ids, changes).
        """
        problems: list[tuple[str, str]] = []
        days = {}
        for field, value in (("date_from", start_date), ("date_to", end_date)):
            try:
                days[field] = parse.date(value, where=M(f"field.{field}"), field=field)
                if days[field] is None:
                    problems.append((field, _("{field}: không được để trống.", field=M(f"field.{field}"))))
            except UserError as exc:
                problems.append((field, exc.message))
        try:
            time = parse.time(time, where=_("Giờ"), field="time") or ""
        except UserError as exc:
            problems.append(("time", exc.message))
        if not any(f in ("date_from", "date_to") for f, _unused in problems) and days["date_to"] < days["date_from"]:
            problems.append(("date_to", _("{field}: ngày kết thúc trước ngày bắt đầu.", field=_("Đến ngày"))))
        counts = [c for c in (per_month, per_period) if c is not None]
        if len(counts) != 1 or not isinstance(counts[0], int) or counts[0] < 1:
            problems.append(("rule", _("{field}: chọn đúng một trong “mỗi tháng” hoặc “cả giai đoạn”, với số lượng "
                                       "từ 1 trở lên.", field=_("Quy tắc lập lịch"))))
        if self.ws.config.conference_kind(clean(kind)) is None:
            codes = ", ".join(k["code"] for k in self.ws.config.conference_kinds())
            problems.append(("kind", _("{field}: không có loại “{value}”. Các loại: {codes}.",
                                       field=_("Loại hội nghị"), value=clean(kind), codes=codes)))
        if not commune_ids:
            problems.append(("commune_ids", _("{field}: không được để trống.", field=_("Danh sách xã"))))
        if problems:
            raise ValidationError("; ".join(m for _unused, m in problems), problems, field=problems[0][0])
        communes = []
        for unit_id in commune_ids:
            unit = self.ws.units.get(unit_id)
            if unit is None or unit["deleted"] or unit["kind"] != "commune":
                raise ValidationError(_("{field}: địa bàn số {value} không phải là xã/phường.",
                                        field=_("Danh sách xã"), value=unit_id),
                                      [("commune_ids", _("{field}: địa bàn số {value} không phải là xã/phường.",
                                                         field=_("Danh sách xã"), value=unit_id))],
                                      field="commune_ids")
            communes.append(unit)
        start, end = days["date_from"], days["date_to"]
        taken = []
        for unit in communes:
            rows = self.ws.query("SELECT date FROM conferences WHERE commune_id = ? AND deleted = 0 AND status != 'cancelled'"
                                 " AND date BETWEEN ? AND ?", [unit["id"], start.isoformat(), end.isoformat()])
            taken.append({parse.stored_date(r["date"]) for r in rows})
        dates = scheduling.plan_dates(start, end, len(communes), per_month=per_month, per_period=per_period,
                                      taken=taken)
        template = clean(venue) or "Hội trường UBND {commune}"  # data, printed on invitations: Vietnamese
        kind_row = self.ws.config.conference_kind(clean(kind))
        proposed = []
        for unit, unit_dates in zip(communes, dates):
            for day in unit_dates:
                proposed.append({
                    "kind": clean(kind), "kind_name": labels.conference_kind(kind_row["code"], kind_row["name"]) if kind_row else "",
                    "commune_id": unit["id"], "commune_name": unit["name"], "date": day.isoformat(),
                    "time": time, "venue": template.replace("{commune}", commune_label(unit["name"])),
                    "expected_invitees": expected_invitees, "plan_id": plan_id,
                    "organiser_group_id": organiser_group_id, "status": "planned"})
        proposed.sort(key=lambda r: (r["date"], r["commune_name"]))
        if preview:  # validated too, so a bad time or invitee count shows before the clerk confirms
            return [{**r, **self.validate(r)} for r in proposed]
        if not proposed:
            return AddedMany([], Changes())
        return self.add_many([{f: r.get(f) for f in FIELDS} for r in proposed])
