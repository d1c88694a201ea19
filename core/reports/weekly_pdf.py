"""The weekly report as PDF: the report itself (Decree 30, Mẫu 1.4: the agencies, "Số: …/BC-…", the national
title, place and date, BÁO CÁO and its summary, the week's results in a paragraph, the signer and Nơi nhận), then
its table as an appendix (Mẫu 2.1: one row per commune and the total, the header on every page). Always
Vietnamese; drawn with the document engine (core.documents)."""
from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from core import formatting
from core.documents import appendix, fonts, layout
from core.documents.layout import FULL, MARGINS, PAGE_WIDTH, Frame, Issuer
from core.reports.model import WeeklyReport

SIZE = 9
HEADERS = ["STT", "Xã/phường", "Chỉ tiêu", "Trong tuần", "Lũy kế", "% chỉ tiêu", "Chỉ tiêu", "Trong tuần", "Lũy kế",
           "% chỉ tiêu", "Hội nghị đã tổ chức", "Người dự"]
WIDTHS = [8 * mm, 29 * mm] + [12 * mm, 11 * mm, 11 * mm, 11 * mm] * 2 + [16 * mm, 15 * mm]


class _Drawn(Flowable):
    """A block drawn by a function of (canvas, frame) that returns the y it stopped at, `height` tall."""

    def __init__(self, draw, width: float, height: float):
        super().__init__()
        self._draw, self.width, self.height = draw, width, height

    def wrap(self, *_args):
        return self.width, self.height

    def draw(self):
        self._draw(self.canv, Frame(0, 0, self.width, self.height))


def write(report: WeeklyReport, office: dict, path, symbol: str = "BHXH", today: dt.date | None = None) -> int:
    fonts.register()
    width = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
    issuer = Issuer(office.get("name", ""), office.get("parent_name", ""), symbol, office.get("signer_authority", ""),
                    office.get("signer_title", ""), office.get("signer_name", ""))
    dated = formatting.long_date(today or dt.date.today(), office.get("place_name", ""))
    span = f"tuần {report.week} (từ ngày {formatting.date(report.day_from)} đến ngày {formatting.date(report.day_to)})"
    total = report.total

    def head(c, frame):
        y = layout.header(c, frame, [issuer], layout.number_line(None, "BC", [symbol]), dated, FULL)
        layout.title(c, frame, "BÁO CÁO", f"Kết quả phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình "
                                          f"{span}", y, FULL)

    def body(c, frame):
        y = frame.top - FULL.body
        for text in _paragraphs(report, total):
            y = layout.paragraph(c, [(text, fonts.REGULAR)], frame.x, y, FULL.body, FULL.leading, frame.width,
                                 "justify", 10 * mm) - FULL.gap

    def sign(c, frame):
        top = frame.top
        layout.signer_block(c, frame.x + frame.width * 0.5, frame.width * 0.5, top, issuer, FULL)
        layout.recipients(c, frame.x, top, frame.width * 0.45, ["- BHXH tỉnh;", "- Lưu: VT."], FULL)

    table = Table(_rows(report), colWidths=WIDTHS, repeatRows=2)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, SIZE),
        ("FONT", (0, 0), (-1, 1), fonts.BOLD, SIZE),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, SIZE),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (9, 0)),
        ("SPAN", (10, 0), (10, 1)), ("SPAN", (11, 0), (11, 1)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 1), "CENTER"),
        ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("LEADING", (0, 0), (-1, -1), SIZE * 1.15),
    ]))
    story = [_Drawn(head, width, 54 * mm), _Drawn(body, width, 40 * mm),
             _Drawn(sign, width, layout.signer_height(issuer, FULL) + 4 * mm), PageBreak(),
             appendix.Heading([("Phụ lục", fonts.BOLD, 14), ("KẾT QUẢ PHÁT TRIỂN NGƯỜI THAM GIA THEO XÃ", fonts.BOLD, 13),
                               (f"(Kèm theo Báo cáo {span} của {office.get('name', '')})", fonts.ITALIC, 12)], width),
             Spacer(1, 3 * mm), table]
    return appendix.build_story(path, story, title=f"Báo cáo tuần {report.week}", author=office.get("name", ""))


def _paragraphs(report: WeeklyReport, total: dict) -> list[str]:
    vsi, hhi = total["vsi"], total["hhi"]
    plan = f" (Kế hoạch số {report.plan['number']})" if report.plan else ""
    return [
        f"Trong tuần, toàn đơn vị phát triển {formatting.number(vsi['week'])} người tham gia BHXH tự nguyện, "
        f"lũy kế {formatting.number(vsi['cumulative'])} người, đạt {_percent(vsi['percent'])} chỉ tiêu "
        f"{formatting.number(vsi['target'])} người{plan}; {formatting.number(hhi['week'])} người tham gia BHYT hộ "
        f"gia đình, lũy kế {formatting.number(hhi['cumulative'])} người, đạt {_percent(hhi['percent'])} chỉ tiêu "
        f"{formatting.number(hhi['target'])} người.",
        f"Đã tổ chức {formatting.number(total['conferences_held'])} hội nghị với "
        f"{formatting.number(total['attendees'])} người dự. Kết quả từng xã theo phụ lục kèm theo./.",
    ]


def _percent(value) -> str:
    return f"{value:.1f}".replace(".", ",") + " %"


def _rows(report: WeeklyReport) -> list[list]:
    head = [["STT", "Xã/phường", "BHXH tự nguyện", "", "", "", "BHYT hộ gia đình", "", "", "",
             appendix.cell("Hội nghị đã tổ chức", WIDTHS[10], fonts.BOLD, SIZE, 5), "Người dự"],
            ["", ""] + [appendix.cell(h, w, fonts.BOLD, SIZE, 5) for h, w in zip(HEADERS[2:10], WIDTHS[2:10])]
            + ["", ""]]

    def line(n, name, figures):
        cells = [n, appendix.cell(name, WIDTHS[1], fonts.REGULAR, SIZE, 5)]
        for key in ("vsi", "hhi"):
            f = figures[key]
            cells += [formatting.number(f["target"]), formatting.number(f["week"]), formatting.number(f["cumulative"]),
                      _percent(f["percent"])]
        return cells + [formatting.number(figures["conferences_held"]), formatting.number(figures["attendees"])]
    return head + [line(n, r["commune"], r) for n, r in enumerate(report.rows, start=1)] + \
        [line("", "Tổng cộng", report.total)]
