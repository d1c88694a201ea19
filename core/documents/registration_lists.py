"""The lists of people who registered, in the layout of the collection agency's forms (DOMAIN.md; QĐ 595/QĐ-BHXH
as amended by QĐ 490/QĐ-BHXH): D05-TS for voluntary social insurance, D03-TS for household health insurance.

Every column the app knows is filled; the receipt's number and date stay blank for the agency. The amounts come
from the dated configuration in force on the registration date (core.attendance.rate):
- voluntary SI: due = 22 % × income × months; the state's support = its rate for the person's category (the
  highest applies; none recorded counts as 'other') × 22 % × the rural poverty line × the months supported (at
  most 120); the person pays the rest;
- household HI: 4,5 % of the base salary a month, × 100 / 70 / 60 / 50 / 40 % for the 1st / 2nd / 3rd / 4th /
  5th-and-later member of the household (not known: the 1st, with a warning).
A cell the app cannot fill stays blank and counts as a warning; nothing is refused for an optional cell.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from core import formatting, parse
from core.attendance import rate
from core.errors import UserError
from core.i18n import _, ngettext
from core.text import fold

FORMS = ("d05-ts", "d03-ts")
SCHEME = {"d05-ts": "vsi", "d03-ts": "hhi"}
TITLES = {"d05-ts": "DANH SÁCH NGƯỜI THAM GIA BHXH TỰ NGUYỆN", "d03-ts": "DANH SÁCH NGƯỜI CHỈ THAM GIA BHYT"}


@dataclass
class RegistrationList:
    form: str
    rows: list[dict]                  # one per registration, with its amounts (None where not known)
    warnings: list[str] = field(default_factory=list)
    scope: str = ""                   # what the list covers ('Hội nghị … ngày …', 'Từ … đến …')
    agency: str = ""

    def total(self, key: str) -> int:
        return sum(r[key] or 0 for r in self.rows)

    def to_json(self) -> dict:
        """In đồng; amount_due = state_support + person_pays."""
        return {"rows": len(self.rows), "amount_due": self.total("amount_due"),
                "state_support": self.total("state_support"), "person_pays": self.total("person_pays"),
                "warnings": len(self.warnings)}


def dong(amount: Fraction) -> int:
    """Whole đồng, halves rounded up (money is never rounded to the even)."""
    return int(amount + Fraction(1, 2)) if amount >= 0 else -int(-amount + Fraction(1, 2))


def _rate(key: str, on: str) -> Fraction:
    return Fraction(str(rate(key, on)))


def vsi_amounts(income: int, months: int, category: str | None, on: str) -> dict:
    """D05-TS's amounts for one registration on the date `on` (ISO)."""
    share = _rate("vsi_rate_percent", on) / 100
    due = dong(share * income * months)
    category = category or "other"
    support_rate = _rate(f"vsi_support_percent.{category}", on)
    supported_months = min(months, int(_rate("vsi_support_max_months", on)))
    support = dong(support_rate / 100 * share * _rate("rural_poverty_line", on) * supported_months)
    return {"amount_due": due, "support_rate": support_rate, "state_support": support, "person_pays": due - support}


def hhi_amounts(months: int, member: int, on: str) -> dict:
    """D03-TS's amount for one member of a household for `months` on the date `on` (ISO)."""
    monthly = _rate("base_salary", on) * _rate("hhi_first_member_percent", on) / 100
    share = _rate(f"hhi_member_percent.{min(member, 5)}", on) / 100
    due = dong(monthly * share * months)
    return {"amount_due": due, "support_rate": Fraction(0), "state_support": 0, "person_pays": due}


_SELECT = """
SELECT r.id, r.person_id, r.conference_id, r.registered_on, r.monthly_income, r.payment_months, r.start_month,
       r.household_member, p.full_name, p.citizen_id, p.birth_date, p.birth_year, p.gender, p.address,
       p.support_category, p.name_sort, v.name AS village, cu.name AS commune, m.collector_code,
       m.full_name AS collector_name, g.name AS collector_agency, og.name AS organiser, c.date AS conference_date
FROM registrations r
JOIN people p ON p.id = r.person_id
LEFT JOIN units v ON v.id = p.village_id
LEFT JOIN units cu ON cu.id = p.commune_id
LEFT JOIN group_members m ON m.id = p.collector_id AND m.deleted = 0
LEFT JOIN groups g ON g.id = m.group_id AND g.deleted = 0
LEFT JOIN conferences c ON c.id = r.conference_id
LEFT JOIN groups og ON og.id = c.organiser_group_id AND og.deleted = 0
WHERE r.deleted = 0 AND p.deleted = 0 AND r.scheme = ?"""


def gather(ws, form: str, conference_id: int | None = None, date_from=None, date_to=None,
           agency: str | None = None) -> RegistrationList:
    """The registrations of one conference, or registered from date_from to date_to, optionally of one agency
    (the collector's, else the conference's organiser), with their amounts."""
    if form not in FORMS:
        raise UserError(_("Mẫu danh sách “{form}” không có (d05-ts hoặc d03-ts).", form=form), field="form")
    sql, params = _SELECT, [SCHEME[form]]
    if conference_id is not None:
        conference = ws.conferences.get(conference_id)
        if conference is None:
            raise UserError(_("Không có hội nghị số {id}.", id=conference_id), field="conference_id")
        sql += " AND r.conference_id = ?"
        params.append(conference_id)
        scope = f"{conference.get('commune_name') or ''}, ngày {formatting.date(conference['date'])}"
    else:
        start = parse.iso_date(date_from, where="--from", field="date_from")
        end = parse.iso_date(date_to, where="--to", field="date_to")
        if not start or not end:
            raise UserError(_("Cần một hội nghị, hoặc cả ngày bắt đầu và ngày kết thúc."), field="date_from")
        if end < start:
            raise UserError(_("Ngày kết thúc {end} trước ngày bắt đầu {start}.", end=formatting.date(end),
                              start=formatting.date(start)), field="date_to")
        sql += " AND r.registered_on BETWEEN ? AND ?"
        params += [start, end]
        scope = f"Từ ngày {formatting.date(start)} đến ngày {formatting.date(end)}"
    rows = ws.query(sql + " ORDER BY p.name_sort, p.id", params)
    for r in rows:
        r["agency"] = r["collector_agency"] or r["organiser"] or ""
    if agency:
        wanted = fold(agency)
        rows = [r for r in rows if wanted and wanted in fold(r["agency"])]
        if not rows and not any(wanted in fold(g["name"]) for g in ws.groups.list()):
            raise UserError(_("Không có tổ chức dịch vụ thu “{name}”.", name=agency), field="agency")
    result = RegistrationList(form, rows, scope=scope, agency=agency or "")
    for n, r in enumerate(rows, start=1):
        _fill(result, n, r)
    return result


def _fill(result: RegistrationList, n: int, r: dict) -> None:
    """The row's amounts (None when they cannot be worked out) and a warning per cell left blank."""
    who = f"{n}. {r['full_name']}"
    blank = []
    r["start"] = _month_year(r["start_month"] or r["registered_on"][:7])
    r.update(amount_due=None, support_rate=None, state_support=None, person_pays=None)
    months = r["payment_months"]
    if result.form == "d05-ts":
        if r["monthly_income"] is None or not months:
            blank.append(_("mức thu nhập hoặc số tháng đóng"))
        else:
            r.update(vsi_amounts(r["monthly_income"], months, r["support_category"], r["registered_on"]))
    else:
        member = r["household_member"]
        if not member:
            blank.append(_("người thứ mấy trong hộ (tính là người thứ nhất)"))
            member = 1
        r["member"] = member
        if not months:
            blank.append(_("số tháng đóng"))
        else:
            r.update(hhi_amounts(months, member, r["registered_on"]))
    if not r["citizen_id"]:
        blank.append(_("số CCCD"))
    if not r["collector_code"]:
        blank.append(_("mã nhân viên thu"))
    for what in blank:
        result.warnings.append(_("{who}: chưa có {what}.", who=who, what=what))


def _month_year(month: str) -> str:
    """'2026-01' -> '01/2026'."""
    year, _sep, mm = month.partition("-")
    return f"{mm}/{year}" if mm else month


def describe(reg: RegistrationList, path) -> str:
    totals = reg.to_json()
    return ngettext("{n} người ({form}) ra {path}: phải đóng {due} đ, NSNN hỗ trợ {support} đ, người tham gia đóng "
                    "{pays} đ; {warnings} ô để trống.",
                    "{n} người ({form}) ra {path}: phải đóng {due} đ, NSNN hỗ trợ {support} đ, người tham gia đóng "
                    "{pays} đ; {warnings} ô để trống.", totals["rows"], form=reg.form.upper(), path=path,
                    due=formatting.number(totals["amount_due"]), support=formatting.number(totals["state_support"]),
                    pays=formatting.number(totals["person_pays"]), warnings=totals["warnings"])
