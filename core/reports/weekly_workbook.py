"""The weekly report (Báo cáo tuần) as .xlsx, always Vietnamese: the agencies and the national title, the number
line, place and date, the title with the week's dates (and the plan's period), then one row per commune and the
total under a merged two-row header: per indicator, side by side, the plan's and the period's targets, the week's new
participants, the period's and the plan's cumulative figures and both percentages; then the week's conferences
(planned, held), their attendees, the registrations recorded at them and the people awaiting a follow-up; a note
saying what the columns count, and the signer. Times New Roman, borders, number formats a
Vietnamese Excel shows as 52.139 and 87,5 %, A4 landscape fitted to the width with the header rows repeated."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from core import formatting
from core.reports.model import WeeklyReport
from core.reports.sheet_layout import INDICATOR_NAMES, PERCENT, WHOLE, Page
from core.workbooks import write as xl

MEASURES = (("target", "Chỉ tiêu kế hoạch"), ("period_target", "Chỉ tiêu đợt"), ("week", "Mới trong tuần"),
            ("period_cumulative", "Lũy kế đợt"), ("cumulative", "Lũy kế kế hoạch"),
            ("period_percent", "% chỉ tiêu đợt"), ("percent", "% chỉ tiêu kế hoạch"))


@dataclass(frozen=True)
class Column:
    """A figure column of the table (after STT and Xã/phường): under `group` in the header's first row and
    `heading` in its second; a column without a heading has its group span both rows."""
    group: str
    heading: str | None
    key: str
    measure: str | None = None

    def value(self, figures: dict):
        return figures[self.key][self.measure] if self.measure else figures[self.key]

    @property
    def percent(self) -> bool:
        return (self.measure or "").endswith("percent")

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.group, self.heading) if self.heading else (self.group,)


COLUMNS = [Column(INDICATOR_NAMES[key], text, key, measure)
           for key in INDICATOR_NAMES for measure, text in MEASURES] + [
    Column("Hội nghị trong tuần", "Theo kế hoạch", "conferences_planned"),
    Column("Hội nghị trong tuần", "Đã tổ chức", "conferences_held"),
    Column("Người dự hội nghị", None, "attendees"),
    Column("Đăng ký tại hội nghị", None, "registrations_at_conferences"),
    Column("Chờ vận động tiếp", None, "awaiting_follow_up"),
]
WIDTHS = [5, 19] + [9 if c.percent else 8.5 for c in COLUMNS]
HEADER_ROW = 8
NOTE = ("Ghi chú: chỉ tiêu kế hoạch là tổng chỉ tiêu các đợt của kế hoạch đã bắt đầu đến hết tuần; lũy kế kế hoạch "
        "tính từ ngày bắt đầu kế hoạch, lũy kế đợt từ ngày bắt đầu đợt; hội nghị theo kế hoạch là các hội nghị trong "
        "tuần không bị hủy; chờ vận động tiếp là số người đang chờ vận động tiếp khi lập báo cáo.")


def period_line(report: WeeklyReport) -> str:
    """What the report's figures refer to: the plan(s) and the period(s) holding the week's end; whose records,
    when it counts one office's."""
    whose = f"; {report.office.in_report}" if report.office else ""
    if not report.plan:
        return "tuần không thuộc kế hoạch nào: lũy kế tính từ ngày 01/01, chưa có chỉ tiêu" + whose
    periods = "; ".join(f"{p['name']} từ ngày {formatting.date(p['start_date'])} đến ngày "
                        f"{formatting.date(p['end_date'])}" for p in report.periods)
    return (f"Kế hoạch số {report.plan_numbers}" + (f", đợt {periods}" if periods else ", tuần không thuộc đợt nào")
            + whose)


def cells(figures: dict) -> list[tuple]:
    """A row's figure cells as Page.line takes them: (value, number format, alignment)."""
    return [(c.value(figures), PERCENT if c.percent else WHOLE, xl.RIGHT) for c in COLUMNS]


def write(report: WeeklyReport, office: dict, path, symbol: str = "BHXH", today: dt.date | None = None) -> Path:
    book = xl.new_workbook()
    sheet = xl.add_sheet(book, f"Tuần {report.week}")
    xl.set_widths(sheet, WIDTHS)
    xl.print_setup(sheet, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 1}", freeze=f"C{HEADER_ROW + 2}")
    last = len(WIDTHS)
    page = Page(sheet)
    page.head(office, "BC", symbol, today, last, agency_to=6, title_from=10)
    page.put(5, 1, f"BÁO CÁO TUẦN {report.week}", to=last, font=xl.font(size=14, bold=True))
    page.put(6, 1, f"Kết quả phát triển người tham gia từ ngày {formatting.date(report.day_from)} đến ngày "
                   f"{formatting.date(report.day_to)}", to=last, font=xl.font(bold=True))
    page.put(7, 1, f"({period_line(report)})", to=last, font=xl.font(italic=True))
    row = page.header(HEADER_ROW, [("STT",), ("Xã/phường",)] + [c.labels for c in COLUMNS]) + 1
    sheet.row_dimensions[HEADER_ROW + 1].height = 48
    for n, r in enumerate(report.rows, start=1):
        page.line(row, n, r["commune"], cells(r), xl.BODY_FONT)
        row += 1
    page.line(row, None, "Tổng cộng", cells(report.total), xl.BOLD_FONT)
    page.put(row + 1, 1, NOTE, to=last, font=xl.font(size=11, italic=True), align=xl.LEFT)
    sheet.row_dimensions[row + 1].height = 32
    page.signer(office, row + 3, 12, last)
    return xl.save(book, Path(path))
