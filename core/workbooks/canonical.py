"""The canonical form of cell values, which the sync packages hash: one fixed notation per value as a reader
(core.workbooks.read, python-calamine) returns it, so a workbook opened and saved again by a spreadsheet program
(LibreOffice, Excel) hashes the same as before.

    canonical(52139.0) == "52139"; canonical(date(2026, 1, 5)) == "2026-01-05"; canonical(None) == ""
    row_digest(sheet.rows)        # SHA-256 hex; trailing empty cells and trailing empty rows do not count

The rules: None and '' are ''; text is NFC (a re-save may keep or decompose the accents, the letters are the same),
with the control characters a cell cannot hold as U+FFFD (as write.cell_value writes them) and line ends as '\\n';
whole numbers are their digits ('52139', '-3', '0' for -0.0); other numbers are the shortest repr of the value
at 15 significant digits ('0.1', '1250000.5'); NaN and infinities are refused (no cell holds them); booleans are
'TRUE' / 'FALSE'; dates 'YYYY-MM-DD', datetimes 'YYYY-MM-DDTHH:MM:SS[.fff]', times 'HH:MM:SS[.fff]'; durations
are their total seconds as a number.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import unicodedata
from decimal import Decimal

from core.workbooks.cells import safe_text

_DIGITS = 15  # a spreadsheet keeps 15 significant digits: LibreOffice re-saves 1/3 as 0.333333333333333


def canonical(value) -> str:
    """The one notation of a cell value (see the module's rules); ValueError for NaN, infinities and types no
    reader returns."""
    if value is None:
        return ""
    if isinstance(value, str):
        if value.isprintable() and (value.isascii() or unicodedata.is_normalized("NFC", value)):
            return value  # the common case, already canonical (no control character, line end or decomposed accent)
        text = value.replace("\r\n", "\n").replace("\r", "\n")  # the reader gives '\n' for a file's '\r\n'
        # as write.cell_value writes it: a value and the cell written from it have one canonical form
        return unicodedata.normalize("NFC", safe_text(text))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        if abs(value) < 10 ** _DIGITS:
            return str(value)
        return _number(float(value))  # a cell holds a longer integer as a float: 15 significant digits
    if isinstance(value, float):
        if value.is_integer() and -1e15 < value < 1e15:
            return str(int(value))   # the common case (a reader gives every number as a float): its digits
        return _number(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValueError(f"no cell holds a time zone: {value!r}")
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()  # the reader gives a midnight datetime as a date
        return value.date().isoformat() + "T" + _clock(value.time())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            raise ValueError(f"no cell holds a time zone: {value!r}")
        return _clock(value)
    if isinstance(value, dt.timedelta):
        return _number(value.total_seconds())
    raise ValueError(f"not a cell value: {type(value).__name__}")


def with_canonical_text(rows) -> list[list]:
    """The rows with each text in its canonical form and the other values as they are, but for the NaN and
    infinities no cell holds, which become their text: what a writer puts in the cells, so that what is hashed is
    what a reader reads back."""
    normalized = unicodedata.is_normalized
    return [[(v if v.isprintable() and (v.isascii() or normalized("NFC", v)) else canonical(v))
             if v.__class__ is str else v if v.__class__ is not float or math.isfinite(v) else str(v)
             for v in row] for row in rows]


def _number(x: float) -> str:
    if not math.isfinite(x):
        raise ValueError(f"no cell holds {x!r}")
    digits = f"{x:.{_DIGITS}g}"
    x = float(digits)
    if x.is_integer():
        return str(int(Decimal(digits)))  # the decimal digits, not the binary float's (and -0.0 is 0)
    return repr(x)


def _clock(t: dt.time) -> str:
    text = f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    ms = t.microsecond // 1000  # the reader keeps milliseconds (a cell's day fraction holds no finer)
    return f"{text}.{ms:03d}" if ms else text


def canonical_rows(rows) -> list[list[str]]:
    """The rows as canonical strings, without trailing empty cells and trailing empty rows (a spreadsheet
    program may drop or add them when it saves)."""
    out = []
    for row in rows:
        cells = [canonical(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


def row_digest(rows) -> str:
    """SHA-256 hex of the canonical rows (JSON of the list of lists: no separator can be confused with a value)."""
    digest = RowDigest()
    for row in rows:
        digest.add(row)
    return digest.hexdigest()


class RowDigest:
    """row_digest() a row at a time, for a sheet too large to hold whole: the same bytes are hashed (the JSON of
    the canonical rows, trailing empty cells and trailing empty rows left out)."""

    def __init__(self):
        self._hash = hashlib.sha256(b"[")
        self._rows = 0          # rows hashed
        self._empty = 0         # empty rows seen and not yet hashed: they count only if a row follows them

    def add(self, row) -> None:
        self.add_many((row,))

    def add_many(self, rows, *, texts_done: bool = False) -> None:
        """Hash rows in one go (one JSON dump for them all: 300.000 rows a second quicker than one by one).
        texts_done: their text is canonical already (with_canonical_text())."""
        batch = []
        normalized = unicodedata.is_normalized
        for row in rows:
            cells = [v if v.__class__ is str else "" if v is None else canonical(v) for v in row] if texts_done \
                else [v if v.__class__ is str and v.isprintable() and (v.isascii() or normalized("NFC", v))
                      else canonical(v) for v in row]   # canonical()'s fast path, without a call per cell
            while cells and cells[-1] == "":
                cells.pop()
            if not cells:
                self._empty += 1
                continue
            batch += [[]] * self._empty
            batch.append(cells)
            self._empty = 0
        if batch:
            text = json.dumps(batch, ensure_ascii=False, separators=(",", ":"))[1:-1]
            self._hash.update(("," * bool(self._rows) + text).encode("utf-8"))
            self._rows += len(batch)

    @property
    def rows(self) -> int:
        """The rows hashed so far (trailing empty rows do not count)."""
        return self._rows

    def hexdigest(self) -> str:
        done = self._hash.copy()
        done.update(b"]")
        return done.hexdigest()


sheet_digest = row_digest
