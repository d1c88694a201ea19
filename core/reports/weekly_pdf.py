"""The weekly report as PDF: the report itself (Decree 30, Mẫu 1.4: the agencies, "Số: …/BC-…", the national
title, place and date, BÁO CÁO and its summary, the week's results in paragraphs, the signer and Nơi nhận), then
its table as an appendix (Mẫu 2.1: one row per commune and the total, the columns of the .xlsx
(core.reports.weekly_workbook.COLUMNS) under the same two-row header, repeated on every page). The appendix is too
wide for a portrait page: its pages are A4 landscape. Always Vietnamese; drawn with the document engine
(core.documents)."""
from __future__ import annotations

import datetime as dt
import itertools

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import Frame as PageFrame
from reportlab.platypus import PageBreak, PageTemplate, Spacer, Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable

from core import formatting
from core.documents import appendix, fonts, layout
from core.documents.layout import FULL, MARGINS, PAGE_HEIGHT, PAGE_WIDTH, Frame, Issuer
from core.reports.model import WeeklyReport
from core.reports.weekly_workbook import COLUMNS, period_line

SIZE = 8.5
PADDING = 2.2  # pt a side
LANDSCAPE = landscape((PAGE_WIDTH, PAGE_HEIGHT))
LANDSCAPE_MARGINS = {"top": 20 * mm, "bottom": 15 * mm, "left": 20 * mm, "right": 15 * mm}
TABLE_WIDTH = LANDSCAPE[0] - LANDSCAPE_MARGINS["left"] - LANDSCAPE_MARGINS["right"]
# STT, Xã/phường, then the figures sharing the rest (a percentage shows as 1.007,1 under its "%" heading)
WIDTHS = [8 * mm, 27 * mm] + [(TABLE_WIDTH - 35 * mm) / len(COLUMNS)] * len(COLUMNS)


class _Drawn(Flowable):
    """A block drawn by a function of (canvas, frame) that returns the y it stopped at, `height` tall."""

    def __init__(self, draw, width: float, height: float):
        super().__init__()
        self._draw, self.width, self.height = draw, width, height

    def wrap(self, *_args):
        return self.width, self.height

    def draw(self):
        self._draw(self.canv, Frame(0, 0, self.width, self.height))


class _Landscape(ActionFlowable):
    """From the next page on, A4 landscape pages (LANDSCAPE_MARGINS). They are numbered by the document's own
    numbering (appendix.build_story's, which counts the pages), moved from the portrait page's top centre to the
    landscape page's."""

    def __init__(self):
        super().__init__(("nextPageTemplate", "landscape"))

    def apply(self, doc):
        if not any(t.id == "landscape" for t in doc.pageTemplates):
            later = next(t for t in doc.pageTemplates if t.id == "Later")
            m = LANDSCAPE_MARGINS
            portrait_centre = MARGINS["left"] + (PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]) / 2
            shift = (m["left"] + TABLE_WIDTH / 2 - portrait_centre,
                     (LANDSCAPE[1] - m["top"] / 2) - (PAGE_HEIGHT - MARGINS["top"] / 2))

            def number(canvas, doc):
                canvas.saveState()
                canvas.translate(*shift)
                later.onPage(canvas, doc)
                canvas.restoreState()

            frame = PageFrame(m["left"], m["bottom"], TABLE_WIDTH, LANDSCAPE[1] - m["top"] - m["bottom"],
                              id="landscape")
            # onPageEnd: a SimpleDocTemplate turns back to its 'Later' template at every page's start
            doc.addPageTemplates(PageTemplate("landscape", [frame], onPage=number, pagesize=LANDSCAPE,
                                              onPageEnd=lambda _c, d: d.handle_nextPageTemplate("landscape")))
        super().apply(doc)


def write(report: WeeklyReport, office: dict, path, symbol: str = "BHXH", today: dt.date | None = None) -> int:
    fonts.register()
    width = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
    issuer = Issuer(office.get("name", ""), office.get("parent_name", ""), symbol, office.get("signer_authority", ""),
                    office.get("signer_title", ""), office.get("signer_name", ""))
    dated = formatting.long_date(today or dt.date.today(), office.get("place_name", ""))
    span = f"tuần {report.week} (từ ngày {formatting.date(report.day_from)} đến ngày {formatting.date(report.day_to)})"
    texts = _paragraphs(report, report.total)
    indent = 10 * mm

    def head(c, frame):
        y = layout.header(c, frame, [issuer], layout.number_line(None, "BC", [symbol]), dated, FULL)
        layout.title(c, frame, "BÁO CÁO", f"Kết quả phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình "
                                          f"{span}", y, FULL)

    def body(c, frame):
        y = frame.top - FULL.body
        for text in texts:
            y = layout.paragraph(c, [(text, fonts.REGULAR)], frame.x, y, FULL.body, FULL.leading, frame.width,
                                 "justify", indent) - FULL.gap

    def sign(c, frame):
        top = frame.top
        layout.signer_block(c, frame.x + frame.width * 0.5, frame.width * 0.5, top, issuer, FULL)
        layout.recipients(c, frame.x, top, frame.width * 0.45, ["- BHXH tỉnh;", "- Lưu: VT."], FULL)

    lines = sum(len(layout.wrap([(t, fonts.REGULAR)], FULL.body, lambda i: width - (indent if i == 0 else 0)))
                for t in texts)
    body_height = lines * FULL.body * FULL.leading + len(texts) * FULL.gap + FULL.body
    table = Table(_rows(report), colWidths=WIDTHS, repeatRows=2)
    table.setStyle(appendix.figures_style(SIZE, PADDING, *_spans(), ("ALIGN", (2, 2), (-1, -1), "RIGHT")))
    story = [_Drawn(head, width, 54 * mm), _Drawn(body, width, body_height),
             _Drawn(sign, width, layout.signer_height(issuer, FULL) + 4 * mm), _Landscape(), PageBreak(),
             appendix.Heading([("Phụ lục", fonts.BOLD, 14), ("KẾT QUẢ PHÁT TRIỂN NGƯỜI THAM GIA THEO XÃ", fonts.BOLD, 13),
                               (f"(Kèm theo Báo cáo {span} của {office.get('name', '')})", fonts.ITALIC, 12),
                               (period_line(report)[:1].upper() + period_line(report)[1:], fonts.ITALIC, 11)],
                              TABLE_WIDTH),
             Spacer(1, 3 * mm), table]
    return appendix.build_story(path, story, title=f"Báo cáo tuần {report.week}", author=office.get("name", ""))


def _paragraphs(report: WeeklyReport, total: dict) -> list[str]:
    period = "đợt " + ", ".join(p["name"] for p in report.periods) if report.periods else ""

    def reached(done: int, target: int, pct: float, of: str) -> str:
        return (f" là {formatting.number(done)} người, "
                + (f"đạt {_percent(pct)} chỉ tiêu{of} ({formatting.number(target)} người)" if target
                   else f"chưa có chỉ tiêu{of}"))

    def indicator(f: dict, name: str) -> str:
        text = f"phát triển {formatting.number(f['week'])} người tham gia {name}"
        if period:
            text += f"; lũy kế {period}" + reached(f["period_cumulative"], f["period_target"], f["period_percent"],
                                                    " đợt")
        since = "lũy kế từ đầu kế hoạch" if report.plan else "lũy kế từ đầu năm"
        return text + f"; {since}" + reached(f["cumulative"], f["target"], f["percent"], "")
    whose = f"theo {report.office.in_report}, " if report.office else ""
    opening = (f"Thực hiện Kế hoạch số {report.plan_numbers}, {whose}trong tuần" if report.plan else
               f"Theo {report.office.in_report}, trong tuần," if report.office else "Trong tuần,")
    return [
        f"{opening} toàn đơn vị {indicator(total['vsi'], 'BHXH tự nguyện')}. "
        f"Toàn đơn vị {indicator(total['hhi'], 'BHYT hộ gia đình')}.",
        f"Trong tuần có {formatting.number(total['conferences_planned'])} hội nghị theo kế hoạch, đã tổ chức "
        f"{formatting.number(total['conferences_held'])} hội nghị với {formatting.number(total['attendees'])} người "
        f"dự, {formatting.number(total['registrations_at_conferences'])} lượt đăng ký tham gia tại hội nghị. Hiện còn "
        f"{formatting.number(total['awaiting_follow_up'])} người chờ vận động tiếp. Kết quả từng xã theo phụ lục kèm "
        f"theo./.",
    ]


def _decimal(value) -> str:
    """One decimal the Vietnamese way: 1.007,1."""
    return f"{value:,.1f}".translate(str.maketrans(",.", ".,"))


def _percent(value) -> str:
    return _decimal(value) + " %"


def _groups() -> list[tuple[int, int, str]]:
    """(first, last table column, heading) of the header's first row after STT and Xã/phường."""
    groups, at = [], 2
    for text, members in itertools.groupby(COLUMNS, key=lambda c: c.group):
        n = len(list(members))
        groups.append((at, at + n - 1, text))
        at += n
    return groups


def _spans() -> list[tuple]:
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]
    for first, last, _text in _groups():
        spans.append(("SPAN", (first, 0), (last, 0)) if COLUMNS[first - 2].heading
                     else ("SPAN", (first, 0), (first, 1)))
    return spans


def _rows(report: WeeklyReport) -> list[list]:
    def bold(text, width):
        return appendix.cell(text, width, fonts.BOLD, SIZE, 2 * PADDING)

    top, second = ["STT", "Xã/phường"], ["", ""]
    for first, last, text in _groups():
        top += [bold(text, sum(WIDTHS[first:last + 1]))] + [""] * (last - first)
        second += [bold(c.heading, w) if c.heading else "" for c, w in zip(COLUMNS[first - 2:last - 1], WIDTHS[first:])]

    def line(n, name, figures):
        return [n, appendix.cell(name, WIDTHS[1], fonts.REGULAR, SIZE, 2 * PADDING)] + [
            _decimal(c.value(figures)) if c.percent else formatting.number(c.value(figures)) for c in COLUMNS]
    return [top, second] + [line(n, r["commune"], r) for n, r in enumerate(report.rows, start=1)] + \
        [line("", "Tổng cộng", report.total)]
