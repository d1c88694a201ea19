"""The sign-in sheet (danh sách đại biểu tham dự): an appendix to the invitation (Decree 30, Mẫu 2.1), A4
portrait, one row per invitee in the Vietnamese name order, the header row on every page, blank rows at the end
for walk-ins, page numbers from page 2. A citizen ID shows its last 4 digits only (Decree 13/2023).

The heading, the cells and the page numbers are core.documents.appendix's.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from core import formatting, labels
from core.documents import files, fonts, layout, register
from core.documents.appendix import Heading, build_story, cell, last_four
from core.documents.layout import MARGINS, PAGE_WIDTH
from core.errors import UserError
from core.i18n import DOCUMENTS, _, ngettext

BLANK_ROWS = 8  # for walk-ins, written in by hand
SIZE = 12
LEADING = 1.3
# STT, name, birth year, village, phone, citizen ID (last 4), signature: 165 mm, the width inside the margins
WIDTHS = [12 * mm, 44 * mm, 14 * mm, 34 * mm, 24 * mm, 16 * mm, 21 * mm]
HEADERS = ["STT", "Họ và tên", "Năm sinh", "Thôn/tổ dân phố", "Điện thoại", "CCCD (4 số cuối)", "Ký tên"]


@dataclass
class Sheet:
    path: str
    rows: int
    pages: int


def rows_of(invitees: list[dict]) -> list[list[str]]:
    return [[formatting.number(n), cell(p["full_name"], WIDTHS[1], size=SIZE), str(p.get("birth_year") or ""),
             cell(p.get("village") or "", WIDTHS[3], size=SIZE - 1), p.get("phone") or "",
             last_four(p.get("citizen_id")), ""] for n, p in enumerate(invitees, start=1)]


def print_sheet(ws, conference_id: int, path) -> Sheet:
    conference = ws.conferences.get(conference_id)
    if conference is None:
        raise UserError(_("Không có hội nghị số {id}.", id=conference_id), field="conference_id")
    invitees = ws.invitations.list(conference_id)
    office = ws.office or {}
    invitation = register.for_conference(ws, conference_id)
    from core.documents.invitations import issuers
    with files.written(path) as drawing:
        pages = render(conference, invitees, office, invitation, drawing, issuers=issuers(ws, conference))
    return Sheet(str(path), len(invitees), pages)


def render(conference: dict, invitees: list[dict], office: dict, invitation: dict | None, path,
           symbol: str = "BHXH", issuers: list[layout.Issuer] | None = None) -> int:
    """issuers: who issued the invitation (a joint one: both, the host first); by default the office alone,
    with symbol."""
    fonts.register()
    kind = labels.conference_kind(conference["kind"], conference.get("kind_name", ""), DOCUMENTS)
    issuers = issuers or [layout.Issuer(office.get("name", ""), symbol=symbol)]
    symbols = [i.symbol for i in issuers]
    agencies = " và ".join(i.name for i in issuers)
    if invitation:
        number = layout.number_line(invitation["number"], "GM", symbols).removeprefix("Số: ")
        issued = formatting.long_date(invitation["issued_on"])
        tie = f"(Kèm theo Giấy mời số {number} {issued} của {agencies})"
    else:
        blank = f"……/GM-{'-'.join(s for s in symbols if s)}"
        tie = f"(Kèm theo Giấy mời số {blank} ngày …… tháng …… năm …… của {agencies})"
    when = formatting.date(conference["date"]) + (f", {conference['time']}" if conference.get("time") else "")
    width = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
    heading = Heading([("Phụ lục", fonts.BOLD, 14), ("DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ", fonts.BOLD, 13.5),
                        (conference.get("title") or f"{kind} tại {conference.get('commune_name') or ''}",
                         fonts.BOLD, 13),
                        (tie, fonts.ITALIC, 13),
                        (f"Thời gian: {when} · Địa điểm: {conference.get('venue') or ''}", fonts.REGULAR, 12)],
                       width)
    blank = [[formatting.number(len(invitees) + k + 1)] + [""] * 6 for k in range(BLANK_ROWS)]
    data = [[cell(h, w, fonts.BOLD, SIZE - 1) for h, w in zip(HEADERS, WIDTHS)]] + rows_of(invitees) + blank
    table = Table(data, colWidths=WIDTHS, repeatRows=1, rowHeights=[None] + [9 * mm] * (len(data) - 1))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, SIZE),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, SIZE - 1),
        ("FONT", (3, 1), (3, -1), fonts.REGULAR, SIZE - 1),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("ALIGN", (5, 1), (5, -1), "CENTER"),
        ("LEADING", (0, 0), (-1, -1), SIZE * 1.15),
    ]))
    return build_story(path, [heading, Spacer(1, 3 * mm), table], title=f"Danh sách đại biểu – {kind}",
                       author=office.get("name", ""))


def describe(sheet: Sheet) -> str:
    return ngettext("Đã in danh sách ký tên của {n} người ({pages} trang) ra {path}.",
                    "Đã in danh sách ký tên của {n} người ({pages} trang) ra {path}.", sheet.rows,
                    pages=sheet.pages, path=sheet.path)
