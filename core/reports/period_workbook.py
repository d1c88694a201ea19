"""The wave and period report (core.reports.period) as .xlsx, always Vietnamese, in the administrative layout
(core.reports.sheet_layout): the agencies and the national title, the number line, place and date, the title
with the period and the dates it counts; one row per commune and the total under a merged two-row header, the
indicators side by side (target, actual, % of target, and the cumulative ones when the plan has a baseline),
the conferences held, the communes at ≥ 100 %, and the signer. Then the sheet "Đơn vị đạt 100%" (the basis for
awards) and the plan's target table in the Phụ lục 01 shape with a "Thực hiện" column beside each target
(core.targets_export), one per indicator with targets. Times New Roman, borders, number formats a Vietnamese
Excel shows as 52.139 and 87,5 %, A4 landscape fitted to the width with the header rows repeated."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from core import formatting
from core.reports.period import PeriodReport, period_report
from core.reports.sheet_layout import INDICATOR_NAMES, PERCENT, WHOLE, Page
from core.targets_export import targets_sheet, top_rows
from core.workbooks import write as xl

RESULTS = (("target", "Chỉ tiêu", 9), ("actual", "Thực hiện", 9), ("percent", "% chỉ tiêu", 8.5))
CUMULATIVE = (("cumulative_target", "Chỉ tiêu lũy kế", 10), ("cumulative", "Thực hiện lũy kế", 10),
              ("cumulative_percent", "% lũy kế", 8.5))
CONFERENCES = (("conferences_held", "Đã tổ chức", 9), ("launch_ceremonies", "Trong đó lễ ra quân", 10),
               ("attendees", "Người dự", 9))
CONFERENCES_GROUP = "Hội nghị trong đợt"
HEADER_ROW = 8
REACHED_SHEET = "Đơn vị đạt 100%"
APPENDIX_SHEETS = {"vsi": "Phụ lục 01", "hhi": "Phụ lục 01 (BHYT HGĐ)"}


def title(report: PeriodReport) -> str:
    return f"BÁO CÁO KẾT QUẢ {report.period['name'].upper()}"


def summary(report: PeriodReport) -> str:
    """The title line: what the report counts and over which dates (a wave: its emulation dates, said so)."""
    basis = f"thời gian thi đua của {report.period['name']}" if report.emulation else report.period["name"]
    return (f"Kết quả phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình từ ngày "
            f"{formatting.date(report.day_from)} đến ngày {formatting.date(report.day_to)} ({basis}, Kế hoạch số "
            f"{report.plan['number']}{'; ' + report.office.in_report if report.office else ''})")


def save(ws, plan_number: str, period_name: str, out, office=None, plan_origin: str | None = None) -> PeriodReport:
    """Build the report of the plan's period (core.reports.period.period_report; over the office's records when
    one is given) and write it to out, whole or not at all (core.documents.files.written); returns the report."""
    from core.documents import files
    report = period_report(ws, plan_number, period_name, office, plan_origin)
    with files.written(out) as drawing:
        write(report, ws.office or {}, drawing, ws.setting("document_symbol") or "BHXH")
    return report


def write(report: PeriodReport, office: dict, path, symbol: str = "BHXH", today: dt.date | None = None) -> Path:
    book = xl.new_workbook()
    _results(book, report, office, symbol, today)
    _reached(book, report)
    for key, table in report.tables.items():
        if any(v is not None for v in table.totals.values()):     # an indicator the plan gives targets for
            period = report.period["name"]
            targets_sheet(book, table, top_rows(table), name=APPENDIX_SHEETS[key], actuals=report.actuals[key],
                          heading=f"KẾT QUẢ THỰC HIỆN CHỈ TIÊU PHÁT TRIỂN {table.indicator['name'].upper()}",
                          note=f"(Kèm theo Báo cáo kết quả {period}, Kế hoạch số {report.plan['number']}; thực hiện "
                               f"đến hết ngày {formatting.date(report.day_to)})")
    return xl.save(book, Path(path))


def _columns(report: PeriodReport, cumulative: bool = True) -> list[tuple[str, str, str, float]]:
    """(group heading, heading, figure key, width) of the figure columns: per indicator its results (and its
    cumulative ones when the plan has a baseline for it), then the conferences."""
    columns = []
    for key, name in INDICATOR_NAMES.items():
        measures = RESULTS + (CUMULATIVE if cumulative and report.baselines[key] else ())
        columns += [(name, heading, f"{key}.{measure}", width) for measure, heading, width in measures]
    return columns


def _cells(columns, figures: dict) -> list[tuple]:
    out = []
    for _group, _heading, key, _width in columns:
        indicator, _dot, measure = key.partition(".")
        value = figures[indicator][measure] if measure else figures[indicator]
        out.append((value, PERCENT if key.endswith("percent") else WHOLE, xl.RIGHT))
    return out


def _table(page: Page, top: int, columns, rows: list[tuple[int | None, str, dict, object]]) -> int:
    """The header (STT, Xã/phường, the columns under their groups) from row `top` and the rows (number, name,
    figures, font) under it; returns the last row written."""
    row = page.header(top, [("STT",), ("Xã/phường",)] + [(group, heading) for group, heading, _k, _w in columns])
    page.sheet.row_dimensions[row].height = 48
    for n, name, figures, font in rows:
        row += 1
        page.line(row, n, name, _cells(columns, figures), font)
    return row


def _results(book, report: PeriodReport, office: dict, symbol: str, today: dt.date | None) -> None:
    columns = _columns(report) + [(CONFERENCES_GROUP, heading, key, width) for key, heading, width in CONFERENCES]
    sheet = xl.add_sheet(book, f"Kết quả {report.period['name']}")
    xl.set_widths(sheet, [5, 20] + [width for *_rest, width in columns])
    xl.print_setup(sheet, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 1}", freeze=f"C{HEADER_ROW + 2}")
    last = 2 + len(columns)
    right = max(6, last - 8)                 # the national title and the signer over the last nine columns
    page = Page(sheet)
    page.head(office, "BC", symbol, today, last, agency_to=min(5, right - 2), title_from=right)
    page.put(5, 1, title(report), to=last, font=xl.font(size=14, bold=True))
    page.put(6, 1, summary(report), to=last, font=xl.font(bold=True))
    sheet.row_dimensions[6].height = 32

    rows = [(n, r["commune"], r, xl.BODY_FONT) for n, r in enumerate(report.rows, start=1)]
    row = _table(page, HEADER_ROW, columns, rows + [(None, "Tổng cộng", report.total, xl.BOLD_FONT)])

    row += 2
    reached = (f"Đơn vị đạt từ 100% chỉ tiêu trở lên ({len(report.reached)}): {', '.join(report.reached)} (danh sách "
               f"ở trang “{REACHED_SHEET}”)." if report.reached else
               "Chưa có đơn vị nào đạt 100% chỉ tiêu của đợt.")
    page.put(row, 1, reached, to=last, font=xl.BOLD_FONT, align=xl.LEFT)
    page.put(row + 1, 1, "Đơn vị đạt: có chỉ tiêu trong đợt và đạt từ 100% mọi chỉ tiêu được giao trong đợt. Người "
                         "dự: số người điểm danh tại các hội nghị trong đợt.", to=last,
             font=xl.font(size=11, italic=True), align=xl.LEFT)
    sheet.row_dimensions[row + 1].height = 30
    page.signer(office, row + 3, right, last)


def _reached(book, report: PeriodReport) -> None:
    """The communes at ≥ 100 % with their period figures: the basis for awards."""
    columns = _columns(report, cumulative=False)
    sheet = xl.add_sheet(book, REACHED_SHEET)
    xl.set_widths(sheet, [5, 24] + [width + 2 for *_rest, width in columns])
    xl.print_setup(sheet, landscape=True, title_rows="5:6")
    last = 2 + len(columns)
    page = Page(sheet)
    page.put(1, 1, "DANH SÁCH ĐƠN VỊ ĐẠT TỪ 100% CHỈ TIÊU TRỞ LÊN", to=last, font=xl.font(size=13, bold=True))
    page.put(2, 1, f"(Kèm theo Báo cáo kết quả {report.period['name']}, Kế hoạch số {report.plan['number']}: từ ngày "
                   f"{formatting.date(report.day_from)} đến ngày {formatting.date(report.day_to)})", to=last,
             font=xl.font(italic=True))
    page.put(3, 1, "Đơn vị có chỉ tiêu trong đợt và đạt từ 100% mọi chỉ tiêu được giao: cơ sở xét khen thưởng.",
             to=last, font=xl.font(italic=True))
    rows = [r for r in report.rows if r["reached"]]
    row = _table(page, 5, columns, [(n, r["commune"], r, xl.BODY_FONT) for n, r in enumerate(rows, start=1)])
    if not rows:
        page.put(row + 1, 1, "Chưa có đơn vị nào đạt 100% chỉ tiêu của đợt.", to=last, border=True)
