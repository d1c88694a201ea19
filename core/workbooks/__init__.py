"""The one workbook layer: every .xlsx the product reads or writes goes through here.

    with open_workbook(path) as book:        # bounds checked before calamine allocates anything
        sheet = book.sheet(name)             # rows (lists, as wide as the sheet) and merged ranges
    loading = load_sheet(path, name)         # the same on another thread; the caller works meanwhile

Reading is python-calamine's (fast), after bounds.check() has looked inside the file: a hostile file (a cell
at XFD1048576, a sharedStrings count of 4294967295, a whole-sheet merge, a zip bomb) would otherwise make
calamine allocate hundreds of GB and abort the process, which no `except` catches. Every failure is one
sentence (core.errors.UserError) naming the file or the sheet.

Writing is core.workbooks.write's (openpyxl): the administrative look, IDs and phones as text, A4 one page
wide, the personal-data notice, and saving with one sentence on failure (imported on demand). column_letter / column_index convert
between 1-based column numbers and letters. canonical / row_digest give the one notation of a cell value and
the SHA-256 of a sheet's rows in it, which the sync packages hash (the same after a spreadsheet program re-saves).
"""
from core.workbooks.read import Loading, Sheet, Workbook, load_sheet, open_workbook, read_ahead
from core.workbooks.canonical import canonical, row_digest
from core.workbooks.cells import column_index, column_letter

__all__ = ["Loading", "Sheet", "Workbook", "canonical", "column_index", "column_letter", "load_sheet", "open_workbook",
           "read_ahead", "row_digest"]
