"""At the door and after: check-in by code, name or walk-in; outcomes (registered, or follow-up by a collector);
a conference's figures; registrations counted per commune for the targets.

check_in(conference_id, text) is what the scanner's Enter calls. A code of this conference marks the person
present (time, who = ws.actor, method 'code') or says they already are (counted once); a code of another
conference warns and writes nothing; an unknown code says so; other text searches this conference's invitees
by name ('matches').
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from core import formatting, parse
from core import invitations as inv
from core.changes import Changes
from core.config import defaults
from core.errors import UserError, ValidationError
from core.formatting import date as show_date
from core.formatting import number
from core.i18n import Messages, N_, _, ngettext
from core.person_fields import SUPPORT_CATEGORIES
from core.text import clean, fold
from core.workspace import under_write_lock
from storage.records import now

M = Messages({
    "f.income": N_("Mức thu nhập tháng"),
    "f.months": N_("Phương thức đóng (số tháng)"),
    "f.household_member": N_("Người thứ mấy trong hộ"),
    "f.start_month": N_("Đóng từ tháng"),
})
SCHEMES = {"vsi": N_("BHXH tự nguyện"), "hhi": N_("BHYT hộ gia đình")}
INDICATOR_OF_SCHEME = {"vsi": "vsi_new", "hhi": "hhi_new"}
VSI_MONTHS = (1, 3, 6, 12, 24, 36, 48, 60)  # monthly, every 3/6/12 months, or a lump sum of whole years up to 5
HHI_MONTHS = (3, 6, 12)
METHODS = {"code": N_("Mã giấy mời"), "name": N_("Tìm theo tên"),
           "walk_in": N_("Không có giấy mời")}
_CODE_LIKE = re.compile(r"^[A-Za-z0-9]{6,8}$")
_WORDS = re.compile(r"[^a-z0-9]+")


@dataclass
class CheckinResult:
    status: str                       # checked-in | already-checked-in | other-conference | unknown-code | matches
    person_id: int | None = None
    full_name: str = ""
    message: str = ""
    matches: list = field(default_factory=list)
    checked_in_at: str | None = None
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return self.status in ("checked-in", "already-checked-in")

    def to_dict(self) -> dict:
        return {"status": self.status, "person_id": self.person_id, "full_name": self.full_name,
                "message": self.message}


def rate(key: str, on_date: str):
    """A dated amount from the configuration (resources/defaults.json 'rates'): the one valid on on_date."""
    valid = [r for r in defaults().get("rates", []) if r["key"] == key and r["valid_from"] <= on_date]
    if not valid:
        raise UserError(_("Chưa có mức “{key}” áp dụng ngày {date} trong cấu hình.", key=key, date=on_date))
    return max(valid, key=lambda r: r["valid_from"])["value"]


def _start_month(value, on_date: str, problems: dict) -> str:
    """The month a registration pays from, 'YYYY-MM': typed as '01/2026', '1/2026' or '2026-01'; default the
    month of on_date."""
    text = clean(value)
    if not text:
        return on_date[:7]
    try:
        day = parse.date(text if text.count("/") + text.count("-") >= 2 else f"01/{text}", where=M("f.start_month"),
                         field="start_month")
    except UserError as exc:
        problems["start_month"] = exc.message
        return on_date[:7]
    return day.isoformat()[:7]


def _income_and_months(monthly_income, payment_months, problems: dict) -> tuple[int | None, int | None]:
    """The income (đồng) and the months as numbers by core.parse's rules; a refusal goes into problems."""
    read = []
    for key, label, reader, value in (("monthly_income", "f.income", parse.money, monthly_income),
                                      ("payment_months", "f.months", parse.whole_number, payment_months)):
        try:
            read.append(reader(value, where=M(label), field=key, minimum=0))
        except UserError as exc:
            problems[key] = exc.message
            read.append(None)
    return read[0], read[1]


@dataclass
class Room:
    present: int   # invitees checked in
    invited: int   # live invitations
    guests: int    # checked in without an invitation (walk-ins)


# An attendance row (a) whose person holds a live invitation to the conference
_INVITED = ("EXISTS (SELECT 1 FROM invitations i WHERE i.conference_id = a.conference_id"
            " AND i.person_id = a.person_id AND i.deleted = 0)")


class Attendance:
    SCHEMES = SCHEMES
    METHODS = METHODS

    def __init__(self, ws):
        self.ws = ws

    # --- at the door ----------------------------------------------------------------------------------
    def check_in(self, conference_id: int, text: str) -> CheckinResult:
        conf = inv.conference(self.ws, conference_id)
        raw = clean(text)
        code = inv.code_shape(raw)
        if code:
            row = self.ws.query("SELECT i.*, p.full_name FROM invitations i JOIN people p ON p.id = i.person_id"
                                " WHERE i.code = ? AND i.deleted = 0", [code])
            if row:
                row = row[0]
                if row["conference_id"] != conf["id"]:
                    other = inv.conference(self.ws, row["conference_id"])
                    where = f"{other['kind_name'] or other['kind']}, {other['commune_name']}, {show_date(other['date'])}"
                    return CheckinResult("other-conference", row["person_id"], row["full_name"],
                                         _("Mã {code} là giấy mời của {name} dự hội nghị khác ({conference}): "
                                           "không điểm danh.", code=code, name=row["full_name"], conference=where))
                return self._mark(conference_id, row["person_id"], row["full_name"], row["id"], "code")
            if inv.is_valid_code(code) or any(ch.isdigit() for ch in code):
                return CheckinResult("unknown-code", message=_("Không có giấy mời mã “{code}”.", code=code))
        elif _CODE_LIKE.match(raw) and any(ch.isdigit() for ch in raw):
            return CheckinResult("unknown-code", message=_("Không có giấy mời mã “{code}”.", code=raw.upper()))
        matches = self.find_invitees(conference_id, raw)
        if not matches and code:
            return CheckinResult("unknown-code", message=_("Không có giấy mời mã “{code}”.", code=code))
        return CheckinResult("matches", matches=matches,
                             message=ngettext("{n} người được mời khớp với “{text}”.",
                                              "{n} người được mời khớp với “{text}”.", len(matches), text=raw))

    def find_invitees(self, conference_id: int, text: str, limit: int = 50) -> list[dict]:
        """This conference's invitees whose name or village (word prefixes, tone marks ignored), ID or phone
        matches text, with their check-in time. Filtered here: a conference has a few hundred invitees at most,
        and scanning them beats collecting every match in the whole registry."""
        words = [w for w in _WORDS.split(fold(text)) if w]
        if not words:
            return []
        rows = self.ws.query(
            "SELECT p.id AS person_id, p.full_name, p.birth_year, p.phone, p.citizen_id, v.name AS village,"
            " p.name_folded, v.name_folded AS village_folded, i.code, a.checked_in_at"
            " FROM invitations i JOIN people p ON p.id = i.person_id LEFT JOIN units v ON v.id = p.village_id"
            " LEFT JOIN attendance a ON a.conference_id = i.conference_id AND a.person_id = p.id AND a.deleted = 0"
            " WHERE i.conference_id = ? AND i.deleted = 0 AND p.deleted = 0 ORDER BY p.name_sort, p.id",
            [conference_id])
        found = []
        for r in rows:
            doc = f"{r['name_folded']} {r['village_folded'] or ''}".split()
            numbers = f"{r['phone'] or ''} {r['citizen_id'] or ''}"
            if all(any(d.startswith(w) for d in doc) or (w.isdigit() and w in numbers) for w in words):
                found.append({k: v for k, v in r.items() if not k.endswith("folded")})
                if len(found) >= limit:
                    break
        return found

    def _mark(self, conference_id: int, person_id: int, full_name: str, invitation_id, method: str) -> CheckinResult:
        # Read inside the write transaction: a second scan of the same code at once finds the first one's row.
        with self.ws.transaction():
            rows = self.ws.query("SELECT * FROM attendance WHERE conference_id = ? AND person_id = ?",
                                 [conference_id, person_id])
            if rows and not rows[0]["deleted"]:
                at = rows[0]["checked_in_at"]
                return CheckinResult("already-checked-in", person_id, full_name,
                                     _("{name} đã điểm danh lúc {time} (chỉ tính một lần).",
                                       name=full_name, time=formatting.clock_time(at)), checked_in_at=at)
            at = now()  # UTC, shown in local time
            values = {"checked_in_at": at, "checked_in_by": self.ws.actor, "method": method,
                      "invitation_id": invitation_id}
            if rows:  # checked in once, undone: the same row comes back
                self.ws.update("attendance", rows[0]["id"], {**values, "deleted": 0})
            else:
                self.ws.insert("attendance", {"conference_id": conference_id, "person_id": person_id, **values})
            self.ws.people.advance_status(person_id, "attended")
        return CheckinResult("checked-in", person_id, full_name, _("Đã điểm danh: {name}.",
                                                                   name=full_name), checked_in_at=at,
                             changes=Changes.of("attendance", "people"))

    def check_in_person(self, conference_id: int, person_id: int, method: str = "name") -> CheckinResult:
        inv.conference(self.ws, conference_id)
        person = self.ws.people.require(person_id)
        invitation = self.ws.query("SELECT id FROM invitations WHERE conference_id = ? AND person_id = ? AND deleted = 0",
                                   [conference_id, person_id])
        return self._mark(conference_id, person_id, person["full_name"], invitation[0]["id"] if invitation else None,
                          method)

    @under_write_lock
    def walk_in(self, conference_id: int, values: dict, force: bool = False) -> CheckinResult:
        """Someone without an invitation: a known citizen ID is that person; a possible duplicate (same name,
        birth year, village) is offered as 'matches' unless force; otherwise the person is added. Then checked
        in with method 'walk_in'."""
        conf = inv.conference(self.ws, conference_id)
        values = dict(values)
        if not any(values.get(k) not in (None, "") for k in ("commune", "commune_id", "village_id")):
            values["commune_id"] = conf["commune_id"]
        cleaned, problems, warnings = self.ws.people.validate(values)
        number_ = cleaned.get("citizen_id")
        if number_:
            known = self.ws.query("SELECT id FROM people WHERE citizen_id = ? AND deleted = 0", [number_])
            if known:
                return self.check_in_person(conference_id, known[0]["id"], "walk_in")
        if problems:
            first = next(iter(problems.values()))
            raise ValidationError(_("Kết quả chưa hợp lệ: {first}",
                                    first=first), list(problems.items()), field=next(iter(problems)))
        if "duplicate" in warnings and not force:
            ids = self.ws.people.ids({"search": cleaned["full_name"], "village_id": cleaned["village_id"]})
            candidates = [r for r in self.ws.people.rows(ids) if r["birth_year"] == cleaned["birth_year"]]
            return CheckinResult("matches", matches=candidates, message=_("Có thể đã có trong danh sách: chọn "
                                                                          "người đúng, hoặc thêm mới."))
        with self.ws.transaction():
            person_id, _unused, changes = self.ws.people.add(values)
            result = self.check_in_person(conference_id, person_id, "walk_in")
        result.changes = result.changes | changes
        return result

    @under_write_lock
    def undo_check_in(self, conference_id: int, person_id: int) -> Changes:
        """A check-in made by mistake, taken back (audited); refused once an outcome was recorded for it. The
        person's status goes back with it (people.settle_status)."""
        with self.ws.transaction():
            rows = self.ws.query("SELECT id FROM attendance WHERE conference_id = ? AND person_id = ? AND deleted = 0",
                                 [conference_id, person_id])
            if not rows:
                return Changes()
            outcome = "SELECT 1 FROM {} WHERE conference_id = ? AND person_id = ? AND deleted = 0 LIMIT 1"
            if any(self.ws.query(outcome.format(t), [conference_id, person_id]) for t in ("registrations", "follow_ups")):
                raise UserError(_("Đã ghi kết quả cho {name} ở hội nghị này: xoá kết quả trước rồi mới huỷ điểm "
                                  "danh.", name=self.ws.people.require(person_id)["full_name"]))
            self.ws.delete("attendance", rows[0]["id"])
            self.ws.people.settle_status(person_id)
        return Changes.of("attendance", "people")

    def present_count(self, conference_id: int) -> int:
        return self.ws.db.execute("SELECT count(*) FROM attendance WHERE conference_id = ? AND deleted = 0",
                                  [conference_id]).fetchone()[0]

    def room(self, conference_id: int) -> Room:
        """Who is in, as the door counts: invitees present out of those invited, and guests without an
        invitation (walk-ins) beside them, so the count never reads '5 / 4'."""
        invited, present, guests = self.ws.db.execute(
            "SELECT (SELECT count(*) FROM invitations WHERE conference_id = ?1 AND deleted = 0),"
            f" count(*) FILTER (WHERE {_INVITED}), count(*) FILTER (WHERE NOT {_INVITED})"
            " FROM attendance a WHERE a.conference_id = ?1 AND a.deleted = 0", [conference_id]).fetchone()
        return Room(present, invited, guests)

    def attendees(self, conference_id: int) -> list[dict]:
        """Who came, in name order, with how, and their outcome so far (schemes, follow-up collector)."""
        return self.ws.query(
            "SELECT a.id, a.person_id, a.checked_in_at, a.checked_in_by, a.method, p.full_name, p.birth_year,"
            " p.gender, p.citizen_id, p.phone, v.name AS village, c.name AS commune,"
            " (SELECT group_concat(r.scheme) FROM registrations r WHERE r.person_id = a.person_id"
            "  AND r.conference_id = a.conference_id AND r.deleted = 0) AS schemes,"
            " (SELECT m.full_name FROM follow_ups f JOIN group_members m ON m.id = f.collector_id"
            "  WHERE f.person_id = a.person_id AND f.conference_id = a.conference_id AND f.deleted = 0) AS follow_up,"
            f" {_INVITED} AS invited"
            " FROM attendance a JOIN people p ON p.id = a.person_id"
            " LEFT JOIN units v ON v.id = p.village_id LEFT JOIN units c ON c.id = p.commune_id"
            " WHERE a.conference_id = ? AND a.deleted = 0 ORDER BY p.name_sort, p.id", [conference_id])

    # --- outcomes ---------------------------------------------------------------------------------------
    def check_outcome(self, on_date: str, schemes, monthly_income=None, payment_months=None,
                      follow_up_collector_id=None) -> dict:
        """Problems {field: message} of an outcome (empty when it is valid)."""
        problems = {}
        for s in schemes:
            if s not in SCHEMES:
                problems["schemes"] = _("Loại đăng ký không hợp lệ: {value} (vsi hoặc hhi).", value=s)
        if not schemes and follow_up_collector_id is None:
            problems["schemes"] = _("Chưa chọn kết quả: đăng ký (BHXH tự nguyện / BHYT hộ gia đình) hoặc cần vận "
                                    "động tiếp.")
        income, months = _income_and_months(monthly_income, payment_months, problems)
        if "vsi" in schemes:
            if income is None and "monthly_income" not in problems:
                problems["monthly_income"] = _("BHXH tự nguyện cần mức thu nhập tháng.")
            elif income is not None:
                low = rate("rural_poverty_line", on_date)
                high = 20 * rate("base_salary", on_date)
                if not low <= income <= high:
                    problems["monthly_income"] = _("Mức thu nhập {value} đ ngoài khoảng {low} – {high} đ (ngày "
                                                   "{date}).", value=number(income), low=number(low),
                                                   high=number(high), date=show_date(on_date))
            if months is None and "payment_months" not in problems:
                problems["payment_months"] = _("BHXH tự nguyện cần phương thức đóng (số tháng).")
            elif months is not None and months not in VSI_MONTHS:
                problems["payment_months"] = _("Phương thức đóng {value} tháng không hợp lệ (1, 3, 6, 12 tháng "
                                               "hoặc một lần tới 60 tháng).", value=months)
        elif "hhi" in schemes and months is not None and months not in HHI_MONTHS:
            problems["payment_months"] = _("BHYT hộ gia đình đóng 3, 6 hoặc 12 tháng (không phải {value}).",
                                           value=months)
        if follow_up_collector_id is not None and not self.ws.query(
                "SELECT 1 FROM group_members WHERE id = ? AND deleted = 0", [follow_up_collector_id]):
            problems["follow_up_collector_id"] = _("Không có nhân viên thu số {id}.", id=follow_up_collector_id)
        return problems

    def record_outcome(self, conference_id: int, person_id: int, schemes=(), monthly_income=None,
                       payment_months=None, follow_up_collector_id=None, notes: str = "", support_category=None,
                       household_member=None, start_month=None) -> Changes:
        """Set an attendee's outcome: registrations for the schemes ('vsi', 'hhi'; dated the conference's date and
        counted for the person's commune) and/or a follow-up by a collector. Replaces an earlier outcome.
        support_category (the person's, for the state's support), household_member (household health insurance:
        1, 2, 3, 4 or 5 for the 5th on) and start_month ('2026-01'; default the conference's month) go on the
        collection agency's lists."""
        conf = inv.conference(self.ws, conference_id)
        person = self.ws.people.require(person_id)
        if not self.ws.query("SELECT 1 FROM attendance WHERE conference_id = ? AND person_id = ? AND deleted = 0",
                             [conference_id, person_id]):
            raise UserError(_("{name} chưa điểm danh ở hội nghị này.", name=person["full_name"]), field="person_id")
        schemes = list(dict.fromkeys(schemes or ()))
        problems = self.check_outcome(conf["date"], schemes, monthly_income, payment_months, follow_up_collector_id)
        if support_category not in (None, "") and support_category not in SUPPORT_CATEGORIES:
            problems["support_category"] = _("Diện hỗ trợ không hợp lệ: {value} ({codes}).", value=support_category,
                                              codes=", ".join(SUPPORT_CATEGORIES))
        try:
            member = parse.whole_number(household_member, where=M("f.household_member"), field="household_member",
                                        minimum=1, maximum=99)
        except UserError as exc:
            problems["household_member"] = exc.message
        start = _start_month(start_month, conf["date"], problems)
        if problems:
            first = next(iter(problems.values()))
            raise ValidationError(_("Kết quả chưa hợp lệ: {first}",
                                    first=first), list(problems.items()), field=next(iter(problems)))
        monthly_income, payment_months = _income_and_months(monthly_income, payment_months, {})
        existing = {r["scheme"]: r for r in self.ws.query(
            "SELECT * FROM registrations WHERE person_id = ? AND conference_id = ?", [person_id, conference_id])}
        with self.ws.transaction():
            for scheme in SCHEMES:
                old = existing.get(scheme)
                if scheme in schemes:
                    values = {"registered_on": conf["date"], "commune_id": person["commune_id"], "deleted": 0,
                              "monthly_income": monthly_income if scheme == "vsi" else None,
                              "payment_months": payment_months, "start_month": start,
                              "household_member": member if scheme == "hhi" else None}
                    if old:
                        self.ws.update("registrations", old["id"], values)
                    else:
                        values.pop("deleted")
                        self.ws.insert("registrations", {"person_id": person_id, "conference_id": conference_id,
                                                         "scheme": scheme, **values})
                elif old and not old["deleted"]:
                    self.ws.delete("registrations", old["id"])
            follow = self.ws.query("SELECT * FROM follow_ups WHERE person_id = ? AND conference_id = ?",
                                   [person_id, conference_id])
            if follow_up_collector_id is not None:
                values = {"collector_id": follow_up_collector_id, "status": "open", "notes": clean(notes), "deleted": 0}
                if follow:
                    self.ws.update("follow_ups", follow[0]["id"], values)
                else:
                    values.pop("deleted")
                    self.ws.insert("follow_ups", {"person_id": person_id, "conference_id": conference_id, **values})
                if person["collector_id"] is None:
                    self.ws.update("people", person_id, {"collector_id": follow_up_collector_id})
            elif follow and not follow[0]["deleted"]:
                self.ws.delete("follow_ups", follow[0]["id"])
            if schemes:
                self.ws.people.advance_status(person_id, "registered")
            if support_category not in (None, "") and support_category != person["support_category"]:
                self.ws.update("people", person_id, {"support_category": support_category})
        return Changes.of("attendance", "people", "targets")

    def close_follow_up(self, follow_up_id: int, notes: str = "") -> Changes:
        with self.ws.transaction():
            self.ws.update("follow_ups", follow_up_id, {"status": "done", "notes": clean(notes)})
        return Changes.of("attendance")

    def figures(self, conference_id: int) -> dict:
        q = lambda sql: self.ws.db.execute(sql, [conference_id]).fetchone()[0]  # noqa: E731
        return {
            "invited": q("SELECT count(*) FROM invitations WHERE conference_id = ? AND deleted = 0"),
            "attended": q("SELECT count(*) FROM attendance WHERE conference_id = ? AND deleted = 0"),
            "registered": q("SELECT count(DISTINCT person_id) FROM registrations WHERE conference_id = ? AND deleted = 0"),
            "vsi": q("SELECT count(*) FROM registrations WHERE conference_id = ? AND deleted = 0 AND scheme = 'vsi'"),
            "hhi": q("SELECT count(*) FROM registrations WHERE conference_id = ? AND deleted = 0 AND scheme = 'hhi'"),
            "follow_up": q("SELECT count(*) FROM follow_ups WHERE conference_id = ? AND deleted = 0 AND status = 'open'"),
        }

    def follow_ups(self, conference_id: int | None = None, collector_id: int | None = None,
                   status: str | None = "open") -> list[dict]:
        """The follow-up list: person, place, conference date, collector and agency; by collector then name."""
        sql = ("SELECT f.id, f.person_id, f.conference_id, f.collector_id, f.status, f.notes, p.full_name,"
               " p.birth_year, p.gender, p.citizen_id, p.phone, p.address, v.name AS village, c.name AS commune,"
               " m.full_name AS collector_name, g.name AS agency_name, cf.date AS conference_date"
               " FROM follow_ups f JOIN people p ON p.id = f.person_id"
               " LEFT JOIN units v ON v.id = p.village_id LEFT JOIN units c ON c.id = p.commune_id"
               " LEFT JOIN group_members m ON m.id = f.collector_id LEFT JOIN groups g ON g.id = m.group_id"
               " LEFT JOIN conferences cf ON cf.id = f.conference_id WHERE f.deleted = 0 AND p.deleted = 0")
        params = []
        for column, value in (("f.conference_id", conference_id), ("f.collector_id", collector_id), ("f.status", status)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        return self.ws.query(sql + " ORDER BY m.full_name, p.name_sort, p.id", params)

    def export_handover(self, path, conference_id: int | None = None, collector_id: int | None = None):
        from core.handover import export_handover
        return export_handover(self.ws, path, self.follow_ups(conference_id, collector_id))

    def registrations_by_commune(self, plan_id: int | None = None, date_from: str | None = None,
                                 date_to: str | None = None) -> list[dict]:
        """Registrations counted per commune: with a plan, per period of the plan (by the registration's date),
        else within the dates. Rows: {commune_id, period_id (None without a plan), scheme, indicator, count}."""
        if plan_id is not None:
            rows = self.ws.query(
                "SELECT r.commune_id, pe.id AS period_id, r.scheme, count(*) AS count FROM registrations r"
                " JOIN periods pe ON pe.plan_id = ? AND pe.deleted = 0 AND r.registered_on >= pe.start_date"
                " AND r.registered_on <= pe.end_date WHERE r.deleted = 0"
                " GROUP BY r.commune_id, pe.id, r.scheme ORDER BY r.commune_id, pe.id, r.scheme", [plan_id])
            return [{**r, "indicator": INDICATOR_OF_SCHEME[r["scheme"]]} for r in rows]
        sql, params = "SELECT r.commune_id, NULL AS period_id, r.scheme, count(*) AS count FROM registrations r" \
                      " WHERE r.deleted = 0", []
        if date_from:
            sql += " AND r.registered_on >= ?"
            params.append(date_from)
        if date_to:
            sql += " AND r.registered_on <= ?"
            params.append(date_to)
        rows = self.ws.query(sql + " GROUP BY r.commune_id, r.scheme ORDER BY r.commune_id, r.scheme", params)
        return [{**r, "indicator": INDICATOR_OF_SCHEME[r["scheme"]]} for r in rows]
