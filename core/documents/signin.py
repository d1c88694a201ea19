"""The sign-in sheet (danh sách đại biểu tham dự): an appendix to the invitation (Decree 30, Mẫu 2.1), A4
portrait, one row per invitee in the Vietnamese name order, the header row on every page, blank rows at the end
for walk-ins, page numbers from page 2. A citizen ID shows its last 4 digits only (Decree 13/2023).

Cells are wrapped here (core.documents.layout.wrap) into plain multi-line strings: reportlab's Paragraph in each
of 1.000 rows × 6 cells would cost more than the rest of the sheet.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from core import formatting, labels
from core.documents import files, fonts, layout, register
from core.documents.layout import MARGINS, PAGE_HEIGHT, PAGE_WIDTH
from core.errors import UserError
from core.i18n import DOCUMENTS, _, ngettext

BLANK_ROWS = 8  # for walk-ins, written in by hand
SIZE = 12
LEADING = 1.3
# STT, name, birth year, village, phone, citizen ID (last 4), signature: 165 mm, the width inside the margins
WIDTHS = [10 * mm, 46 * mm, 14 * mm, 34 * mm, 24 * mm, 16 * mm, 21 * mm]
HEADERS = ["STT", "Họ và tên", "Năm sinh", "Thôn/tổ dân phố", "Điện thoại", "CCCD (4 số cuối)", "Ký tên"]


@dataclass
class Sheet:
    path: str
    rows: int
    pages: int


def last_four(citizen_id: str | None) -> str:
    return f"…{citizen_id[-4:]}" if citizen_id else ""


class _Heading(Flowable):
    """'Phụ lục', the title, the conference, and the line tying the sheet to its invitation, centred."""

    def __init__(self, lines: list[tuple[str, str, float]], width: float):
        super().__init__()
        self.width = width
        self.wrapped = [(layout.wrap([(text, font)], size, width), size) for text, font, size in lines]
        self.height = sum(len(w) * size * LEADING for w, size in self.wrapped)

    def wrap(self, *_args):
        return self.width, self.height

    def draw(self):
        y = self.height
        for wrapped, size in self.wrapped:
            for line in wrapped:
                y -= size * LEADING
                layout.draw_lines(self.canv, [line], 0, y + size * 0.3, size, LEADING, self.width, "centre")


def cell(text: str, width: float, font: str = fonts.REGULAR, size: float = SIZE) -> str:
    """The text wrapped to the cell's width (less its padding), as the lines of a plain table cell."""
    return "\n".join("".join(t for t, _f in line) for line in layout.wrap([(text, font)], size, width - 4))


def rows_of(invitees: list[dict]) -> list[list[str]]:
    return [[formatting.number(n), cell(p["full_name"], WIDTHS[1]), str(p.get("birth_year") or ""),
             cell(p.get("village") or "", WIDTHS[3], size=SIZE - 1), p.get("phone") or "",
             last_four(p.get("citizen_id")), ""] for n, p in enumerate(invitees, start=1)]


def print_sheet(ws, conference_id: int, path) -> Sheet:
    conference = ws.conferences.get(conference_id)
    if conference is None:
        raise UserError(_("Không có hội nghị số {id}.", id=conference_id), field="conference_id")
    invitees = ws.invitations.list(conference_id)
    office = ws.office or {}
    invitation = register.for_conference(ws, conference_id)
    with files.written(path) as drawing:
        pages = render(conference, invitees, office, invitation, drawing, ws.setting("document_symbol") or "BHXH")
    return Sheet(str(path), len(invitees), pages)


def render(conference: dict, invitees: list[dict], office: dict, invitation: dict | None, path,
           symbol: str = "BHXH") -> int:
    fonts.register()
    kind = labels.conference_kind(conference["kind"], conference.get("kind_name", ""), DOCUMENTS)
    if invitation:
        number = layout.number_line(invitation["number"], "GM", [symbol]).removeprefix("Số: ")
        issued = formatting.long_date(invitation["issued_on"])
        tie = f"(Kèm theo Giấy mời số {number} {issued} của {office.get('name', '')})"
    else:
        tie = f"(Kèm theo Giấy mời số ……/GM-{symbol} ngày …… tháng …… năm …… của {office.get('name', '')})"
    when = formatting.date(conference["date"]) + (f", {conference['time']}" if conference.get("time") else "")
    width = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
    heading = _Heading([("Phụ lục", fonts.BOLD, 14), ("DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ", fonts.BOLD, 13.5),
                        (conference.get("title") or f"{kind} tại {conference.get('commune_name') or ''}",
                         fonts.BOLD, 13),
                        (tie, fonts.ITALIC, 13),
                        (f"Thời gian: {when} · Địa điểm: {conference.get('venue') or ''}", fonts.REGULAR, 12)],
                       width)
    data = [[cell(h, w, fonts.BOLD, SIZE - 1) for h, w in zip(HEADERS, WIDTHS)]] + rows_of(invitees) + [[formatting.number(len(invitees) + k + 1)] + [""] * 6
                                             for k in range(BLANK_ROWS)]
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
    pages = []

    def number_page(canvas, doc):
        pages.append(doc.page)
        layout.page_number(canvas, doc.page)

    doc = SimpleDocTemplate(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGINS["left"],
                            rightMargin=MARGINS["right"], topMargin=MARGINS["top"], bottomMargin=MARGINS["bottom"],
                            title=f"Danh sách đại biểu – {kind}", author=office.get("name", ""),
                            initialFontName=fonts.REGULAR)
    doc.build([heading, Spacer(1, 3 * mm), table], onFirstPage=number_page, onLaterPages=number_page)
    return len(pages)


def describe(sheet: Sheet) -> str:
    return ngettext("Đã in danh sách ký tên của {n} người ({pages} trang) ra {path}.",
                    "Đã in danh sách ký tên của {n} người ({pages} trang) ra {path}.", sheet.rows,
                    pages=sheet.pages, path=sheet.path)
