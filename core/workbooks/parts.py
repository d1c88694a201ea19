"""A large sheet read in parts at once: calamine lets go of the GIL while it parses, so on two cores two parts parse
in little more than the time of one (100.000 rows: 0,5 s instead of 0,9 s here), and the first parts parse while
the bounds check is still inflating and checking the rest of the file.

The sheet's XML, as the bounds check has checked it, is cut between two rows into parts; each part becomes a small
workbook in memory (the file's other parts, stored, and a sheet holding that part's rows), parsed on a thread of its
own. The rows come back together exactly as one parse gives them: rows from the first sheet row, every row as wide
as the widest, empty cells ''. A sheet that cannot be cut cleanly (no <sheetData>, a namespace prefix, a comment or
CDATA, a row without its number where it would be cut) is read whole, and so is any sheet whose parts fail: the
whole read then says what is wrong, in one sentence.
"""
from __future__ import annotations

import io
import os
import posixpath
import re
import threading
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass

import python_calamine

SPLIT_FROM = 8 << 20         # bytes of sheet XML a part should have at least: below it, one parse is quick anyway
_MAX_PARTS = 4
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW_START = re.compile(rb"<row[ >/]")
# parts parsed at once: one per core (more only hold more of calamine's cells in memory at the same time)
_PARSING = threading.BoundedSemaphore(max(os.cpu_count() or 1, 2))
SMALL = 1 << 20             # workbook.xml and its relationships are read only when this small


def sheet_targets(entries: dict[str, bytes]) -> list[tuple[str, str]]:
    """(sheet name, the zip entry of its XML) for every sheet xl/workbook.xml names, in its order, through its
    relationships ([] if unreadable)."""
    workbook, rels = entries.get("xl/workbook.xml"), entries.get("xl/_rels/workbook.xml.rels")
    if not workbook or not rels or len(workbook) > SMALL or len(rels) > SMALL:
        return []
    try:
        targets = {r.get("Id"): r.get("Target", "") for r in ET.fromstring(rels).iter(f"{_PKG}Relationship")}
        out = []
        for sheet in ET.fromstring(workbook).iter(f"{_MAIN}sheet"):
            target = targets.get(sheet.get(_REL), "")
            out.append((sheet.get("name"), target.lstrip("/") if target.startswith("/") else
                        posixpath.normpath(posixpath.join("xl", target))))
        return out
    except ET.ParseError:
        return []


def sheet_parts(entries: dict[str, bytes]) -> dict[str, str]:
    """Sheet name -> the zip entry of its XML ({} if unreadable); of two sheets with one name, the first (the one
    calamine reads)."""
    out: dict[str, str] = {}
    for name, part in sheet_targets(entries):
        out.setdefault(name, part)
    return out


def other_parts(entries: dict[str, bytes]) -> dict[str, bytes]:
    """The parts a part of a sheet is made into a workbook with: all but the sheets (wherever they lie)."""
    sheets = {target for _name, target in sheet_targets(entries)}
    return {n: data for n, data in entries.items() if not n.startswith("xl/worksheets/") and n not in sheets}


def read_rows(entries: dict[str, bytes], name: str, split_from: int | None = None,
              count: int | None = None) -> tuple[list[list], list] | None:
    """(rows, merged ranges) of the sheet `name`, parsed in parts at once; None when it is too small to be worth
    it, cannot be cut cleanly, or a part fails (the caller then reads it whole)."""
    part = sheet_parts(entries).get(name)
    xml = entries.get(part)
    if not xml:
        return None
    sheet = SheetParts.start(other_parts(entries), part, name, len(xml), split_from, count)
    if sheet is None:
        return None
    sheet.feed(xml, safe=True)
    return sheet.finish()


class SheetParts:
    """A sheet's XML cut into parts as it comes, each part parsed on a thread of its own as soon as it is whole.

    The bounds check feeds the XML a checked piece at a time (core.workbooks.bounds): so the first parts are
    parsed while the rest of the file is still being inflated and checked. A part is started only while the
    sheet's used range so far is within the limits (`safe`): calamine allocates a part's whole used range, so a
    part of a hostile sheet never reaches it; finish() starts the rest once the whole file has passed.

    Each part is the sheet's XML before its rows, a run of whole rows (cut at a row that carries its number), and
    the closing tags; the last part has the sheet's real end (its merged ranges). The parts' rows come back
    together as one parse gives them."""

    def __init__(self, others: dict[str, bytes], part: str, name: str, part_size: int):
        self._others, self._part, self._name, self._size = others, part, name, part_size
        self._head: bytes | None = None
        self._buffer = bytearray()
        self._failed = False
        self._sheets: list = []
        self._rows: list = []
        self._threads: list[threading.Thread] = []

    @classmethod
    def start(cls, others: dict[str, bytes], part: str, name: str, size: int, split_from: int | None = None,
              count: int | None = None) -> "SheetParts | None":
        """Ready to read a sheet whose XML has about `size` bytes in `count` parts (two per core, up to 4, each of
        split_from bytes at least: while one part's rows become Python lists, which needs the GIL, another is
        still being parsed); None when it is too small to be worth it."""
        if count is None:
            count = min(2 * (os.cpu_count() or 1), _MAX_PARTS, size // (split_from or SPLIT_FROM))
        return cls(others, part, name, max(size // count, 1)) if count > 1 else None

    def feed(self, data: bytes, safe: bool) -> None:
        """The next checked piece of the sheet's XML; `safe`: the sheet so far is within the limits.

        Parts are views of the XML, not copies (a 60 MB sheet fed whole would otherwise be held three times over).
        What is left after a cut goes to a buffer of its own (the parts' views keep the old one, which is never
        changed again); without a cut, the piece is added to the buffer in place."""
        if self._failed:
            return
        if b"<![CDATA[" in data or b"<!--" in data:  # a cut could fall inside one
            self._fail()
            return
        if self._buffer:
            self._buffer += data      # no view of the buffer exists: views are taken only of one about to be left
            data = self._buffer
        at = 0
        if self._head is None:
            at = data.find(b"<sheetData>")
            if at < 0:
                self._keep(data, 0)
                return
            at += len(b"<sheetData>")
            self._head = bytes(data[:at])
            if b"<worksheet" not in self._head:  # a namespace prefix: the closing tags would differ
                self._fail()
                return
        view = None
        while safe and len(data) - at > self._size:
            end = data.find(b"</sheetData>", at + self._size)  # the rows end there: the rest is the last part's
            row = _ROW_START.search(data, at + self._size, len(data) if end < 0 else end)
            if row is None:
                break
            close = data.find(b">", row.start())
            if close < 0:  # the row's tag comes whole with the next piece
                break
            if b' r="' not in data[row.start():close]:  # a row without its number: parts would misplace rows
                self._fail()
                return
            view = view or memoryview(data)
            self._launch(view[at:row.start()], b"</sheetData></worksheet>")
            at = row.start()
        if view is not None:
            self._buffer = bytearray(view[at:])   # a new buffer: the one the parts' views hold is left as it is
        else:
            self._keep(data, at)

    def _keep(self, data, at: int) -> None:
        """What is left of data from `at` for the next piece, without a cut: in place when data is the buffer."""
        if data is self._buffer:
            if at:
                del self._buffer[:at]
        else:
            self._buffer = bytearray(data[at:] if at else data)

    def finish(self) -> tuple[list[list], list] | None:
        """After the whole file passed the check: the rest parsed as the last part; (rows, merged ranges), or None
        when the sheet could not be cut or a part failed (the caller then reads it whole)."""
        if not self._failed and self._head is not None and b"</sheetData>" in self._buffer:
            self._launch(self._buffer, b"")
        self._buffer = bytearray()
        for t in self._threads:
            t.join()
        if self._failed or not self._sheets or any(s is None for s in self._sheets):
            return None
        joined = _joined([(sheet.start, rows) for sheet, rows in zip(self._sheets, self._rows)])
        return None if joined is None else (joined, self._sheets[-1].merged)

    def cancel(self) -> None:
        """Give the sheet up (its file was refused): the parts started are let finish, nothing more."""
        self._fail()
        for t in self._threads:
            t.join()

    def _fail(self) -> None:
        self._failed = True
        self._buffer = bytearray()

    def _launch(self, rows_xml, end: bytes) -> None:
        """Parse a part: the sheet's head, rows_xml (bytes or a view that is not changed afterwards) and the end,
        closing tags for all but the last part (whose rows_xml holds the sheet's real end)."""
        k = len(self._sheets)
        self._sheets.append(None)
        self._rows.append(None)
        thread = threading.Thread(target=self._parse, args=(k, rows_xml, end), name=f"sheet-part-{k}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _parse(self, k: int, rows_xml, end: bytes) -> None:
        with _PARSING:
            self._parse_part(k, rows_xml, end)

    def _parse_part(self, k: int, rows_xml, end: bytes) -> None:
        try:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as book:
                for entry, data in self._others.items():  # the other sheets stay out: calamine opens a sheet's
                    book.writestr(entry, data)           # part only when that sheet is read
                with book.open(self._part, "w") as sheet:
                    sheet.write(self._head)
                    sheet.write(rows_xml)
                    sheet.write(end)
            buffer.seek(0)
            sheet = python_calamine.CalamineWorkbook.from_filelike(buffer).get_sheet_by_name(self._name)
            del buffer
            self._rows[k] = sheet.to_python(skip_empty_area=True)  # the other parts may still be parsing
            # calamine's own cells let go as soon as they are Python rows (a third of the peak on 100.000 people)
            self._sheets[k] = _Part(sheet.start, list(sheet.merged_cell_ranges or []))
        except Exception:  # noqa: BLE001 - the whole read reports what is wrong
            self._sheets[k] = None


@dataclass
class _Part:
    """What finish() needs of a parsed part once its rows are Python lists."""
    start: tuple[int, int]
    merged: list


def _joined(parts: list[tuple[tuple[int, int], list[list]]]) -> list[list] | None:
    """The parts' rows as one parse gives them: from the first sheet row and column, every row as wide as the
    widest, rows between parts (and before the first) empty. parts: ((first row, first column), rows) as calamine
    gives them without the empty area. None when a part's rows come before the end of the part before (rows out of
    order in the file): one parse places those."""
    pieces = [(start[0], start[1], rows) for start, rows in parts if rows]
    if not pieces:
        return []
    width = max(col + len(rows[0]) for _, col, rows in pieces)
    out: list[list] = []
    for row0, col0, rows in pieces:
        if row0 < len(out):
            return None
        out.extend([""] * width for _ in range(row0 - len(out)))
        if col0 == 0 and len(rows[0]) == width:
            out.extend(rows)
        else:
            out.extend([""] * col0 + row + [""] * (width - col0 - len(row)) for row in rows)
    return out
