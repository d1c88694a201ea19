"""The weekly report (Báo cáo tuần) as .xlsx, always Vietnamese: the agencies and the national title, the number
line, place and date, the title with the week's dates, then one row per commune and the total under a merged
two-row header, the indicators side by side, and the signer. Times New Roman, borders, number formats a
Vietnamese Excel shows as 52.139 and 87,5 %, A4 landscape fitted to the width with the header rows repeated."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from core import formatting
from core.documents.layout import MOTTO, NATIONAL_TITLE
from core.reports.model import WeeklyReport
from core.workbooks import write as xl

WHOLE, PERCENT = "#,##0", "0.0%"
CENTRE = xl.CENTER
INDICATOR_NAMES = {"vsi": "BHXH tự nguyện", "hhi": "BHYT hộ gia đình"}
MEASURES = (("target", "Chỉ tiêu"), ("week", "Trong tuần"), ("cumulative", "Lũy kế"), ("percent", "% chỉ tiêu"))
WIDTHS = [6, 24] + [11, 10, 10, 9] * 2 + [12, 10]
HEADER_ROW = 8


def write(report: WeeklyReport, office: dict, path, symbol: str = "BHXH", today: dt.date | None = None) -> Path:
    book = xl.new_workbook()
    sheet = xl.add_sheet(book, f"Tuần {report.week}")
    xl.set_widths(sheet, WIDTHS)
    xl.print_setup(sheet, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 1}", freeze=f"C{HEADER_ROW + 2}")
    last = len(WIDTHS)
    place = office.get("place_name", "")

    def put(row, col, value, *, to=None, font=None, align=CENTRE, border=False, number_format=None):
        cell = xl.put(sheet, row, col, value)
        xl.style(cell, font=font or xl.BODY_FONT, align=align, border=border, number_format=number_format)
        if to:
            sheet.merge_cells(start_row=row, start_column=col, end_row=row, end_column=to)
        return cell

    put(1, 1, (office.get("parent_name") or "").upper(), to=4)
    put(2, 1, (office.get("name") or "").upper(), to=4, font=xl.BOLD_FONT)
    put(3, 1, f"Số:      /BC-{symbol}", to=4)
    put(1, 6, NATIONAL_TITLE, to=last, font=xl.BOLD_FONT)
    put(2, 6, MOTTO, to=last, font=xl.font(size=13, bold=True))
    put(3, 6, formatting.long_date(today or dt.date.today(), place), to=last, font=xl.font(italic=True))
    put(5, 1, f"BÁO CÁO TUẦN {report.week}", to=last, font=xl.font(size=14, bold=True))
    put(6, 1, f"Kết quả phát triển người tham gia từ ngày {formatting.date(report.day_from)} đến ngày "
              f"{formatting.date(report.day_to)}" + (f" (Kế hoạch số {report.plan['number']})" if report.plan else ""),
        to=last, font=xl.font(bold=True))

    header = xl.font(bold=True)
    for col, text in ((1, "STT"), (2, "Xã/phường"), (11, "Hội nghị đã tổ chức trong tuần"), (12, "Người dự")):
        put(HEADER_ROW, col, text, font=header, border=True)
        put(HEADER_ROW + 1, col, None, border=True)
        sheet.merge_cells(start_row=HEADER_ROW, start_column=col, end_row=HEADER_ROW + 1, end_column=col)
    for k, key in enumerate(INDICATOR_NAMES):
        first = 3 + 4 * k
        put(HEADER_ROW, first, INDICATOR_NAMES[key], to=first + 3, font=header, border=True)
        for j, (_m, text) in enumerate(MEASURES):
            put(HEADER_ROW + 1, first + j, text, font=header, border=True)
    sheet.row_dimensions[HEADER_ROW + 1].height = 32

    row = HEADER_ROW + 2
    for n, r in enumerate(report.rows, start=1):
        _line(put, row, n, r["commune"], r, xl.BODY_FONT)
        row += 1
    _line(put, row, None, "Tổng cộng", report.total, xl.BOLD_FONT)

    row += 2
    signer = [office.get("signer_authority", ""), office.get("signer_title", "")]
    for text in [t for t in signer if t]:
        put(row, 8, text.upper(), to=last, font=xl.BOLD_FONT)
        row += 1
    row += 3
    put(row, 8, office.get("signer_name", ""), to=last, font=xl.BOLD_FONT)
    return xl.save(book, Path(path))


def _line(put, row: int, n: int | None, name: str, figures: dict, font) -> None:
    put(row, 1, n, font=font, border=True)
    put(row, 2, name, font=font, border=True, align=xl.LEFT)
    for k, key in enumerate(INDICATOR_NAMES):
        for j, (measure, _text) in enumerate(MEASURES):
            value = figures[key][measure]
            if measure == "percent":
                put(row, 3 + 4 * k + j, value / 100, font=font, border=True, number_format=PERCENT,
                    align=xl.RIGHT)
            else:
                put(row, 3 + 4 * k + j, value, font=font, border=True, number_format=WHOLE,
                    align=xl.RIGHT)
    put(row, 11, figures["conferences_held"], font=font, border=True, number_format=WHOLE)
    put(row, 12, figures["attendees"], font=font, border=True, number_format=WHOLE)
