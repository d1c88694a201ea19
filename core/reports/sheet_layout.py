"""The administrative layout the report workbooks share (core/workbooks/write does the cells): the agencies and
the national title at the top, a table header of merged cells, the signer at the bottom. Always Vietnamese.

    page = Page(sheet)
    page.head(office, "BC", symbol, today, last=12)           # rows 1-3
    page.put(5, 1, "BÁO CÁO TUẦN 2025-W45", to=12, font=xl.font(size=14, bold=True))
    page.header(8, [("STT",), ("Xã/phường",), ("BHXH tự nguyện", "Chỉ tiêu"), ("BHXH tự nguyện", "Lũy kế")])
    page.line(10, 1, "Xã Sơn Hà", [(10, WHOLE, xl.RIGHT), (87.5, PERCENT, xl.RIGHT)], xl.BODY_FONT)
    page.signer(office, row=20, col=8, last=12)
"""
from __future__ import annotations

import datetime as dt

from core import formatting
from core.documents.layout import MOTTO, NATIONAL_TITLE
from core.workbooks import write as xl

HEADER_FONT = xl.font(bold=True)
WHOLE, PERCENT = xl.NUMBER_FORMAT, "0.0%"      # shown as 52.139 and 87,5 % by a Vietnamese Excel
INDICATOR_NAMES = {"vsi": "BHXH tự nguyện", "hhi": "BHYT hộ gia đình"}


class Page:
    """One random-access sheet written cell by cell in the administrative look."""

    def __init__(self, sheet):
        self.sheet = sheet

    def put(self, row: int, col: int, value, *, to: int | None = None, font=None, align=xl.CENTER,
            border: bool = False, number_format=None):
        """One cell, styled (Times New Roman, centred unless told); `to` merges it rightwards to that column."""
        cell = xl.put(self.sheet, row, col, value)
        xl.style(cell, font=font or xl.BODY_FONT, align=align, border=border, number_format=number_format)
        if to:
            self.sheet.merge_cells(start_row=row, start_column=col, end_row=row, end_column=to)
        return cell

    def head(self, office: dict, doc_type: str, symbol: str, today: dt.date | None, last: int, *,
             agency_to: int = 4, title_from: int = 6) -> None:
        """Rows 1-3 (Decree 30): parent agency, issuing agency (bold), 'Số:      /BC-BHXH' on the left
        (columns 1..agency_to); the national title, the motto and the place and date on the right
        (columns title_from..last)."""
        self.put(1, 1, (office.get("parent_name") or "").upper(), to=agency_to)
        self.put(2, 1, (office.get("name") or "").upper(), to=agency_to, font=xl.BOLD_FONT)
        self.put(3, 1, f"Số:      /{doc_type}-{symbol}", to=agency_to)
        self.put(1, title_from, NATIONAL_TITLE, to=last, font=xl.BOLD_FONT)
        self.put(2, title_from, MOTTO, to=last, font=xl.font(size=13, bold=True))
        self.put(3, title_from, formatting.long_date(today or dt.date.today(), office.get("place_name", "")),
                 to=last, font=xl.font(italic=True))

    def header(self, top: int, columns: list[tuple[str, ...]], first: int = 1) -> int:
        """A table header of merged cells from row `top`, one tuple of labels per column, outermost first:
        neighbouring columns that share their outer labels share one merged cell for them, and a column whose
        labels end early is merged down to the header's last row. Returns that last row."""
        depth = max(len(labels) for labels in columns)

        def level(at: int, start: int, end: int) -> None:   # columns[start:end] share their labels before `at`
            c = start
            while c < end:
                labels = columns[c]
                stop = c + 1
                if len(labels) > at + 1:
                    while stop < end and len(columns[stop]) > at + 1 and columns[stop][at] == labels[at]:
                        stop += 1
                row, col = top + at, first + c
                if len(labels) == at + 1:     # its last label: down to the header's last row
                    self.put(row, col, labels[at], font=HEADER_FONT, border=True)
                    for below in range(row + 1, top + depth):
                        self.put(below, col, None, border=True)
                    if depth > at + 1:
                        self.sheet.merge_cells(start_row=row, start_column=col, end_row=top + depth - 1,
                                               end_column=col)
                else:
                    self.put(row, col, labels[at], to=first + stop - 1 if stop - c > 1 else None, font=HEADER_FONT,
                             border=True)
                    for merged in range(col + 1, first + stop):   # a merged range's border is drawn cell by cell
                        self.put(row, merged, None, border=True)
                    level(at + 1, c, stop)
                c = stop

        level(0, 0, len(columns))
        return top + depth - 1

    def line(self, row: int, n: int | None, name: str, cells: list[tuple], font, first: int = 3) -> None:
        """A table row in boxes: its number (STT), its name (left), then `cells` from column `first`, each
        (value, number format, alignment); a PERCENT value is a percent of 100 (87.5) written as a fraction."""
        self.put(row, 1, n, font=font, border=True)
        self.put(row, 2, name, font=font, border=True, align=xl.LEFT)
        for col, (value, number_format, align) in enumerate(cells, start=first):
            if number_format == PERCENT and value is not None:
                value = value / 100
            self.put(row, col, value, font=font, border=True, number_format=number_format, align=align)

    def signer(self, office: dict, row: int, col: int, last: int) -> int:
        """The signer's authority and title (capitals, bold), room for the signature and seal, the name (bold),
        from `row` in columns col..last; returns the name's row."""
        for text in [t for t in (office.get("signer_authority", ""), office.get("signer_title", "")) if t]:
            self.put(row, col, text.upper(), to=last, font=xl.BOLD_FONT)
            row += 1
        row += 3
        self.put(row, col, office.get("signer_name", ""), to=last, font=xl.BOLD_FONT)
        return row
