"""An OpenDocument spreadsheet's used range, measured the way python-calamine reads it, before it does.

OpenDocument writes a row or a cell once with a count (table:number-rows-repeated, table:number-columns-repeated),
so 1 KB may stand for a million rows; calamine makes every cell that holds a value, within the rows × columns that
hold them all (and Python rows for the empty area above). This reads content.xml with expat, names as written
(calamine matches `table:table-row` literally, whatever namespace the prefix stands for), as calamine does:
- the rows of a table, inside any wrapper (header rows, row groups), each standing `number-rows-repeated` times;
- in a row, cells (and covered cells) each standing `number-columns-repeated` times; a cell holds a value when it
  says one (office:value, office:string-value…, a formula) or is text; what is inside a cell is not rows of the
  table;
- empty cells and rows count for their place, and for nothing after the last value (LibreOffice ends every row and
  sheet with one empty repeat);
- the text the values make: a cell's text is copied for every place it stands, and `<text:s text:c="N"/>` is N
  spaces; all of it may come to the file's own size and 64 MB more (a 36 KB file stood for 6 GB of spaces).
A table left open, a count that is not a number, or XML that is not well formed is refused (calamine would loop for
ever on the first); so is a DOCTYPE, which no spreadsheet program writes (entities could hide counts). 100.000 rows
(120 MB of XML): about 3 s here, against calamine's 0,6 s; .ods lists are rare, and small ones cost nothing.
"""
from __future__ import annotations

import pyexpat

from core.workbooks import bounds

_TABLE, _ROW = "table:table", "table:table-row"
_CELLS = ("table:table-cell", "table:covered-table-cell")


class OdsRange:
    """feed(chunk) the XML, then close(): None, or (rows, columns) of the first table beyond the limits. feed()
    returns True once one is (the rest need not be read). ValueError for a file calamine cannot read soundly."""

    def __init__(self, size: int = 0):
        """size: the XML's size, which the text its values make may exceed by bounds.TEXT_BEYOND_FILE."""
        self._parser = pyexpat.ParserCreate()   # no namespace processing: names stay as written
        self._parser.ordered_attributes = True
        self._parser.StartElementHandler = self._start
        self._parser.EndElementHandler = self._end
        self._parser.StartDoctypeDeclHandler = self._doctype
        self._in_table = False
        self._skip = 0            # depth inside a cell's content, which is not the table's
        self._row: list | None = None   # the open row: [its repeat, column so far, holds a value]
        self._rows = self._last = self._widest = 0
        self._cell: list | None = None   # the open cell with a value: [where it starts, its repeat, spaces inside]
        self._row_text = 0               # characters the open row's cells make, once
        self._text, self._text_limit = 0, size + bounds.TEXT_BEYOND_FILE
        self.beyond: tuple[int, int] | None = None
        self.too_much_text = False       # beyond because of the text its values make

    def feed(self, chunk: bytes) -> bool:
        try:
            self._parser.Parse(chunk, False)
        except pyexpat.ExpatError as exc:
            raise ValueError(str(exc)) from None
        return self.beyond is not None

    def close(self) -> tuple[int, int] | None:
        if self.beyond is None:
            try:
                self._parser.Parse(b"", True)
            except pyexpat.ExpatError as exc:
                raise ValueError(str(exc)) from None
            if self._in_table:
                raise ValueError("a table left open")
        return self.beyond

    def _doctype(self, *_args) -> None:
        raise ValueError("a DOCTYPE")

    def _start(self, name: str, attributes: list) -> None:
        if self._skip:
            self._skip += 1
            if name == "text:s" and self._cell is not None:
                self._cell[2] += _count(attributes, "text:c")
        elif name == _TABLE and not self._in_table:
            self._in_table, self._rows, self._last, self._widest = True, 0, 0, 0
        elif not self._in_table:
            return
        elif name == _ROW:
            if self._row is not None:
                raise ValueError("a row inside a row")
            self._row = [_count(attributes, "table:number-rows-repeated"), 0, False]
        elif name in _CELLS and self._row is not None:
            self._skip = 1
            row = self._row
            repeat = _count(attributes, "table:number-columns-repeated")
            row[1] += repeat
            if any(key.startswith("office:") and "value" in key or key == "table:formula"
                   for key in attributes[::2]):
                row[2] = True
                self._widest = max(self._widest, row[1])
                self._cell = [self._parser.CurrentByteIndex, repeat, 0]

    def _end(self, name: str) -> None:
        if self._skip:
            self._skip -= 1
            if not self._skip and self._cell is not None:   # the cell's XML and its spaces, for every place it stands
                start, repeat, spaces = self._cell
                self._row_text += (self._parser.CurrentByteIndex - start + spaces) * repeat
                self._cell = None
        elif not self._in_table:
            return
        elif name == _ROW and self._row is not None:
            repeat, _column, valued = self._row
            self._rows += repeat
            if valued:
                self._last = self._rows
            self._row = None
            self._text += self._row_text * repeat
            self._row_text = 0
            if self._text > self._text_limit:
                self.too_much_text = True
                self._refuse(self._last, self._widest)
        elif name == _TABLE:
            self._in_table = False
            rows, columns = self._last, self._widest
            if columns > bounds.MAX_COLUMNS or rows > bounds.MAX_ROWS or rows * columns > bounds.MAX_CELLS:
                self._refuse(rows, columns)

    def _refuse(self, rows: int, columns: int) -> None:
        self.beyond = self.beyond or (rows, columns)
        self._parser.StartElementHandler = self._parser.EndElementHandler = None   # the rest: no need


def _count(attributes: list, key: str) -> int:
    """How many times a row or cell stands: its count attribute, 1 without; ValueError when not a number."""
    for k in range(0, len(attributes), 2):
        if attributes[k] == key:
            value = attributes[k + 1].strip()
            if not (value.isascii() and value.isdigit()):
                raise ValueError(f"{key}={value!r}")
            return int(value) if len(value) <= 15 else 10 ** 15
    return 1
