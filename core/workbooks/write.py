"""Writing workbooks: the administrative look every exported .xlsx shares, made-safe cell values, IDs and phones
as text, an A4 print setup one page wide, the personal-data notice, and saving with one sentence on failure.

    book = new_workbook()                       # or new_workbook(write_only=True) for long lists
    sheet = add_sheet(book, "Phạm Thị Thu", used)
    set_widths(sheet, (6, 28, 16))              # these two before the first row (write-only sheets need it so)
    print_setup(sheet, landscape=True, title_rows="4:4")
    title_row(sheet, "DANH SÁCH …", "title"); notice_row(sheet)
    header_row(sheet, ["STT", "Họ và tên", "Số CCCD"])
    data_row(sheet, [1, "Đinh Thị Hương", "001085012345"], text_columns=(3,))
    save(book, path)                            # OSError -> UserError naming the path

Every value goes through cell_value(); the writers never import openpyxl themselves.
"""
from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from core.documents.files import written
from core.errors import UserError
from core.i18n import _
from core.workbooks.cells import column_index, column_letter, safe_text, sheet_title  # noqa: F401 (re-exported)

FONT_NAME = "Times New Roman"
SIZE = 12
TEXT_FORMAT = "@"
NUMBER_FORMAT = "#,##0"
_THIN = Side(style="thin")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
LEFT = Alignment(vertical="center", wrap_text=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def cell_value(value):
    """A value openpyxl can write and a spreadsheet shows as the file had it: control characters (which openpyxl
    refuses) become U+FFFD, durations and times become text, NaN and infinities become text."""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (dt.timedelta, dt.time)):
        return str(value)
    if isinstance(value, (int, float, dt.date)):
        return value
    return safe_text(str(value))  # anything else a reader gave: as text


def text_value(value):
    """An ID or a phone as text (None and '' stay empty): a number would lose its leading zero."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a reader's 912345678.0 is the digits 912345678
    return cell_value(str(value))


def font(*, size: int = SIZE, bold: bool = False, italic: bool = False, color: str | None = None) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, color=color)


BODY_FONT = font()
BOLD_FONT = font(bold=True)
TITLE_STYLES = {
    "title": lambda: font(size=14, bold=True),
    "subtitle": lambda: font(italic=True),
    "plain": lambda: font(),
    "notice": lambda: font(italic=True, color="C00000"),
}


def new_workbook(*, write_only: bool = False) -> Workbook:
    """An empty workbook (no default sheet): add sheets with add_sheet()."""
    book = Workbook(write_only=write_only)
    if not write_only:
        book.remove(book.active)
    return book


def add_sheet(book: Workbook, name: str, used: set | None = None):
    return book.create_sheet(sheet_title(name, used))


def styled(sheet, value, *, font=None, border: bool = False, align=None, fill=None, number_format=None,
           text: bool = False):
    """One cell for sheet.append() (any workbook mode), its value made safe; text=True for IDs and phones."""
    cell = WriteOnlyCell(sheet, value=text_value(value) if text else cell_value(value))
    style(cell, font=font, border=border, align=align, fill=fill, number_format=number_format, text=text)
    return cell


def _never_a_formula(cell):
    """A text beginning with '=' written by us is data (a note, a name), never a formula: openpyxl would make it
    one, which a spreadsheet would compute (and a reader would see empty)."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
    return cell


def style(cell, *, font=None, border: bool = False, align=None, fill=None, number_format=None, text: bool = False):
    _never_a_formula(cell)
    cell.font = font or BODY_FONT
    if border:
        cell.border = BOX
    if align is not None:
        cell.alignment = align
    if fill is not None:
        cell.fill = fill
    if text:
        cell.number_format = TEXT_FORMAT
        if cell.value is not None:
            cell.data_type = "s"
    elif number_format:
        cell.number_format = number_format
    return cell


def set_widths(sheet, widths, start: int = 1) -> None:
    for col, width in enumerate(widths, start=start):
        sheet.column_dimensions[column_letter(col)].width = width


def title_row(sheet, text, kind: str = "plain") -> None:
    sheet.append([styled(sheet, text, font=TITLE_STYLES[kind]())])


def personal_data_notice(lang: str | None = None) -> str:
    """The one personal-data sentence (Decree 13/2023/NĐ-CP) every file with IDs or phones carries."""
    return _("Tệp có dữ liệu cá nhân (số CCCD, điện thoại, ngày sinh): chỉ dùng cho công tác vận động, lưu trên "
             "máy của cơ quan, không chia sẻ cho người ngoài công việc (Nghị định 13/2023/NĐ-CP).", lang=lang)


def notice_row(sheet, lang: str | None = None) -> None:
    title_row(sheet, personal_data_notice(lang), "notice")


def header_row(sheet, labels, *, fill=HEADER_FILL) -> None:
    """The table's header: bold, boxed, centred, wrapped."""
    sheet.append([styled(sheet, text, font=BOLD_FONT, border=True, align=CENTER, fill=fill) for text in labels])


def data_row(sheet, values, *, text_columns=(), border: bool = True, number_format=None) -> None:
    """One table row; text_columns (1-based) hold IDs and phones written as text."""
    sheet.append([styled(sheet, v, border=border, text=i in text_columns,
                         number_format=number_format if isinstance(v, (int, float)) and not isinstance(v, bool)
                         else None)
                  for i, v in enumerate(values, start=1)])


def print_setup(sheet, *, landscape: bool = False, title_rows: str | None = None, freeze: str | None = None) -> None:
    """A4, one page wide (as many pages tall as needed), header rows repeated on every page. Call it before the
    first row: a write-only sheet writes its properties when the first row goes out."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if title_rows:
        sheet.print_title_rows = title_rows
    if freeze:
        sheet.freeze_panes = freeze


def put(sheet, row: int, column: int, value):
    """sheet.cell(row, column, value) with the value made safe (random-access sheets, not write-only)."""
    return _never_a_formula(sheet.cell(row, column, cell_value(value)))


def save(book: Workbook, path, *, message: str | None = None, field: str | None = None,
         make_folder: bool = False) -> Path:
    """Save to path (making its folder first if make_folder); any OSError (no folder, no permission, the file
    open in Excel) becomes one UserError sentence naming the path (message, when given, is that sentence)."""
    path = Path(path)
    made = io.BytesIO()
    book.save(made)   # in memory first: a zip that fails half-way on the disk (full) would complain again when collected
    refused = UserError(message or _("Không ghi được tệp {path}: thư mục không có, không được phép ghi, hoặc tệp "
                                     "đang mở trong Excel.", path=path), field=field)
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():   # a device or a pipe is written to as it is, never replaced
            path.write_bytes(made.getbuffer())
        else:   # whole or not at all: a file that was there stays as it was if the disk is full
            with written(path) as temporary:
                temporary.write_bytes(made.getbuffer())
    except (OSError, UserError):
        raise refused from None
    return path
