"""Emulation and awards (thi đua, khen thưởng; seed 001) after a wave or period: who may be proposed, the caps,
and the proposal list the office sends up.

Collectives: the communes that reached 100 % of their period target (core.reports.period's `reached`) are
eligible; no other commune can be proposed. Individuals: the members of the office's outreach groups, picked by
the clerk (the app holds no per-person results to rank them by). Proposals are capped (seed 001: "tỷ lệ không
quá 10% đối với tập thể và 5% đối với cá nhân") at 10 % of the collectives and 5 % of the individuals taking
part in the emulation, rounded down. What takes part is the district's whole emulation, which the app may not
hold entire: the counts default to the office's communes and groups (collectives) and group members
(individuals), and the clerk may state others.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from core import formatting
from core.errors import UserError
from core.i18n import _, ngettext
from core.reports import period as period_report
from core.reports.sheet_layout import INDICATOR_NAMES, Page
from core.workbooks import write as xl

COLLECTIVE_SHARE, INDIVIDUAL_SHARE = 10, 5    # % of those taking part (seed 001)


def cap(taking_part: int, share: int) -> int:
    """The most that may be proposed: share % of those taking part, rounded down ('không quá')."""
    return max(0, taking_part) * share // 100


@dataclass
class Candidates:
    report: period_report.PeriodReport
    collectives: list[dict]     # [{"id", "name", "eligible", "achievement"}]: the communes
    individuals: list[dict]     # [{"id", "name", "position", "group"}]: the groups' members
    collectives_taking_part: int
    individuals_taking_part: int


def achievement(row: dict) -> str:
    """'BHXH tự nguyện 120/100 người (120 %); BHYT hộ gia đình …' for the indicators with a target."""
    parts = [f"{INDICATOR_NAMES[key]} {formatting.number(row[key]['actual'])}/{formatting.number(row[key]['target'])}"
             f" người ({formatting.percent(row[key]['percent'] / 100)})" for key in INDICATOR_NAMES
             if row[key]["target"]]
    return "; ".join(parts)


def candidates(ws, plan_number: str, period_name: str) -> Candidates:
    return from_report(ws, period_report.period_report(ws, plan_number, period_name))


def from_report(ws, report: period_report.PeriodReport) -> Candidates:
    """Who may be proposed after the period the report covers."""
    communes = ws.units.communes()
    collectives = [{"id": c["id"], "name": r["commune"], "eligible": r["reached"], "achievement": achievement(r)}
                   for c, r in zip(communes, report.rows)]
    groups = ws.groups.list()
    individuals = [{"id": m["id"], "name": m["full_name"], "position": m.get("position") or m.get("role") or "",
                    "group": g["name"]} for g in groups for m in ws.groups.members(g["id"])]
    return Candidates(report, collectives, individuals, len(communes) + len(groups), len(individuals))


def problems(found: Candidates, collective_ids, individual_ids, collectives_taking_part: int | None = None,
             individuals_taking_part: int | None = None) -> list[str]:
    """What stops the proposal: a commune that did not reach 100 %, more than the caps allow."""
    out = []
    by_id = {c["id"]: c for c in found.collectives}
    for cid in collective_ids:
        if not by_id.get(cid, {}).get("eligible"):
            out.append(_("{name} chưa đạt 100% chỉ tiêu của {period}: không đề nghị khen thưởng được.",
                         name=by_id.get(cid, {}).get("name", cid), period=found.report.period["name"]))
    for picked, taking_part, share, default, what in (
            (collective_ids, collectives_taking_part, COLLECTIVE_SHARE, found.collectives_taking_part, "collective"),
            (individual_ids, individuals_taking_part, INDIVIDUAL_SHARE, found.individuals_taking_part, "individual")):
        base = default if taking_part is None else taking_part
        most = cap(base, share)
        if len(picked) > most:
            text = (ngettext("Đề nghị {n} tập thể, vượt mức {share}% của {base} tập thể tham gia thi đua (tối đa {most}).",
                             "Đề nghị {n} tập thể, vượt mức {share}% của {base} tập thể tham gia thi đua (tối đa {most}).",
                             len(picked), share=share, base=base, most=most) if what == "collective" else
                    ngettext("Đề nghị {n} cá nhân, vượt mức {share}% của {base} cá nhân tham gia thi đua (tối đa {most}).",
                             "Đề nghị {n} cá nhân, vượt mức {share}% của {base} cá nhân tham gia thi đua (tối đa {most}).",
                             len(picked), share=share, base=base, most=most))
            out.append(text)
    return out


def write_proposals(ws, found: Candidates, collective_ids, individual_ids, path, *,
                    collectives_taking_part: int | None = None, individuals_taking_part: int | None = None,
                    today: dt.date | None = None) -> Path:
    """The proposal list (.xlsx, Vietnamese, administrative layout): the collectives with their results, the
    individuals with their position and group. Refused (UserError, nothing written) while problems() has any."""
    wrong = problems(found, collective_ids, individual_ids, collectives_taking_part, individuals_taking_part)
    if wrong:
        raise UserError(wrong[0])
    report, office = found.report, ws.office or {}
    symbol = ws.setting("document_symbol") or "BHXH"
    book = xl.new_workbook()
    sheet = xl.add_sheet(book, "Đề nghị khen thưởng")
    last = 5
    xl.set_widths(sheet, [6, 30, 26, 46, 14])
    xl.print_setup(sheet, landscape=True)
    page = Page(sheet)
    page.head(office, "TTr", symbol, today, last, agency_to=2, title_from=3)
    page.put(5, 1, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", to=last, font=xl.font(size=14, bold=True))
    page.put(6, 1, f"{report.period['name']} (Kế hoạch số {report.plan['number']}, từ ngày "
                   f"{formatting.date(report.day_from)} đến ngày {formatting.date(report.day_to)})", to=last,
             font=xl.font(bold=True))
    row = 8
    chosen = [c for c in found.collectives if c["id"] in set(collective_ids)]
    people = [m for m in found.individuals if m["id"] in set(individual_ids)]
    for title, columns, items in (
            ("I. TẬP THỂ", ("STT", "Tên tập thể", "", "Thành tích", "Hình thức"),
             [(c["name"], "", c["achievement"]) for c in chosen]),
            ("II. CÁ NHÂN", ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức"),
             [(m["name"], m["position"], m["group"]) for m in people])):
        page.put(row, 1, title, to=last, font=xl.BOLD_FONT, align=xl.LEFT)
        row += 1
        for col, text in enumerate(columns, start=1):
            page.put(row, col, text, font=xl.BOLD_FONT, border=True)
        row += 1
        for n, (name, middle, detail) in enumerate(items, start=1):
            for col, value in enumerate((n, name, middle, detail, "Giấy khen"), start=1):
                page.put(row, col, value, border=True, align=xl.CENTER if col in (1, 5) else xl.LEFT)
            row += 1
        row += 1
    collectives = found.collectives_taking_part if collectives_taking_part is None else collectives_taking_part
    individuals = found.individuals_taking_part if individuals_taking_part is None else individuals_taking_part
    page.put(row, 1, f"Số tập thể đề nghị: {len(chosen)}/{collectives} tập thể tham gia thi đua (không quá "
                     f"{COLLECTIVE_SHARE}%); số cá nhân đề nghị: {len(people)}/{individuals} cá nhân (không quá "
                     f"{INDIVIDUAL_SHARE}%).", to=last, font=xl.font(italic=True), align=xl.LEFT)
    page.signer(office, row + 2, 4, last)
    return xl.save(book, Path(path))
