"""Limits checked inside an .xlsx before calamine reads it (calamine allocates a sheet's whole used range, and
sizes its string table from the count the file declares, before looking at a single cell).

A list of people or a targets table is at most a few hundred thousand rows by a few dozen columns: the limits
leave room for ten times that, and refuse what only a damaged or hostile file holds.
"""
from __future__ import annotations

import array
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from core.workbooks.cells import MAX_COLUMN, column_index

MAX_CELLS = 30_000_000           # rows × columns of a sheet's used range (1.048.576 rows × A…Z fit)
MAX_COLUMNS = 702                # column ZZ
MAX_ROWS = 1_048_576             # Excel's own
MAX_STRINGS = 10_000_000         # shared strings declared
MAX_ENTRY_BYTES = 1 << 30        # one part of the zip, uncompressed
MAX_TOTAL_BYTES = 2 << 30        # all parts
MAX_RATIO = 400                  # uncompressed / compressed, for parts over 16 MB (a zip bomb)
MAX_KEPT_BYTES = 192 << 20       # a file kept inflated to be read in parts (about 350.000 rows); a larger one is read whole

# Plain patterns: lazy ones over the tags ("<c\b[^>]*?r=") measured 7× slower on a 54 MB sheet.
_ROW = re.compile(rb' r="([0-9]+)"')                 # a row's number (a cell's r starts with letters)
_WIDE = re.compile(rb' r="([A-Z]{2,})[0-9]')          # a cell beyond column Z
_MERGE = re.compile(rb'<mergeCell\b[^>]*?\bref="([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?"')
_COUNTS = re.compile(rb'\buniqueCount="([0-9]+)"')   # what a reader makes room for; count is of the cells using them
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Refusal:
    """Why a file cannot be read: a message key of core.workbooks.read and its facts."""
    key: str
    facts: dict


def column_number(letters: bytes) -> int:
    """A column's number from its letters in the file; beyond XFD (which no real file has) counts as too wide."""
    try:
        return column_index(letters.decode())
    except ValueError:
        return MAX_COLUMN + 1


@dataclass(frozen=True)
class Survey:
    """What the check found: why the file cannot be read (None when it can), the most rows a sheet of it has
    (what a reader may make ready for while calamine reads), and, when a sheet is large enough to be read in parts
    (core.workbooks.parts), every part of the file inflated: the parts are made of the bytes that were checked."""
    refusal: Refusal | None
    rows: int = 0
    entries: dict[str, bytes] | None = None
    unchecked: tuple[str, ...] = ()   # the sheets' parts left to check_sheet_part() when each is read
    sheet_parts: dict[str, str] = field(default_factory=dict)   # sheet name -> its part, for those (the first of two)


def check(path: Path) -> Refusal | None:
    """None when the file may be handed to calamine; else why not."""
    return survey(path).refusal


def survey(path: Path, keep_from: int | None = None, parts_of=None, sheets_when_read: bool = False) -> Survey:
    """The check, and the sheets' sizes; with keep_from, the inflated parts when a sheet's XML has that many
    bytes. Files that are not zips (.xls, or not a workbook at all) are left to calamine, which reads .xls without
    this allocation.

    parts_of(others, part, size), with keep_from, is asked for each sheet that large, given the file's other parts
    inflated: it may return a reader (core.workbooks.parts.SheetParts) that is then fed the sheet's XML as it is
    checked, a piece at a time with whether the sheet so far is within the limits; that sheet is not kept.
    sheets_when_read: the sheets are left unchecked (Survey.unchecked) and only the other parts kept, for
    check_sheet_part() as each sheet is read: a workbook of many large sheets read one after the other (a sync
    package) then holds one at a time, a large one inflated once (parsed in parts as it is checked), and a reader
    of one sheet checks that one alone."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return Survey(None)
    except OSError:
        return Survey(Refusal("unreadable", {}))
    rows, others = 0, {}
    with archive:
        try:
            entries = archive.infolist()
            total = sum(e.file_size for e in entries)
            for e in entries:
                if e.file_size > MAX_ENTRY_BYTES or (e.file_size > 16 << 20 and
                                                     e.file_size > MAX_RATIO * max(e.compress_size, 1)):
                    return Survey(Refusal("too_big", {"part": e.filename}))
            if total > MAX_TOTAL_BYTES:
                return Survey(Refusal("too_big", {"part": ""}))
            names = {e.filename for e in entries}
            if "content.xml" in names:   # read as an OpenDocument spreadsheet when named .ods, whatever else it holds
                refusal = _check_ods(archive)
                if refusal:
                    return Survey(refusal)
            sheets, named = _sheets(archive, names)
            kept = {} if keep_from is not None and total <= MAX_KEPT_BYTES and any(
                e.filename in sheets and e.file_size >= keep_from for e in entries) else None
            if "xl/sharedStrings.xml" in names:
                refusal = _check_strings(archive, archive.getinfo("xl/sharedStrings.xml"))
                if refusal:
                    return Survey(refusal)
            if kept is not None:  # the other parts first: a sheet's parts are workbooks made with them
                kept.update((n, archive.read(n)) for n in names
                            if not n.startswith("xl/worksheets/") and n not in sheets and not n.endswith("/"))
                others = dict(kept)
            if sheets_when_read:
                _keep_the_rest(archive, names, sheets, kept)
                return Survey(None, 0, kept, tuple(sorted(sheets)), named)
            for name in sorted(sheets):
                size = archive.getinfo(name).file_size
                reader = parts_of(others, name, size) if parts_of and others and size >= keep_from else None
                chunks = [] if kept is not None and reader is None else None
                refusal = _check_sheet(archive, name, chunks, reader.feed if reader else None)
                if isinstance(refusal, Refusal):
                    return Survey(refusal)
                rows = max(rows, refusal)
                if chunks is not None:
                    kept[name] = b"".join(chunks)
            _keep_the_rest(archive, names, sheets, kept)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, KeyError):
            return Survey(Refusal("damaged", {}))  # a part that does not inflate (corrupt, or an unsupported method)
    return Survey(None, rows, kept)


def _keep_the_rest(archive: zipfile.ZipFile, names: set[str], sheets: set[str], kept: dict | None) -> None:
    """The parts not kept yet but the sheets (a sheet's own relationships and the like), when parts are kept."""
    if kept is not None:
        kept.update((n, archive.read(n)) for n in names if n not in kept and not n.endswith("/") and n not in sheets)


def _sheets(archive: zipfile.ZipFile, names: set[str]) -> tuple[set[str], dict[str, str]]:
    """(the parts that hold sheets: those under xl/worksheets/, and any other the workbook names as a sheet, since a
    reader follows the workbook's relationships wherever they point; sheet name -> its part)."""
    from core.workbooks.parts import SMALL, sheet_parts, sheet_targets
    small = {n: archive.read(n) for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
             if n in names and archive.getinfo(n).file_size <= SMALL}
    named = {part for _name, part in sheet_targets(small)}
    return {n for n in names if _is_sheet(n)} | (named & names), sheet_parts(small)


def check_sheet_part(path: Path, part: str, parts_of=None) -> tuple[Refusal | None, object]:
    """A sheet's part the survey left unchecked (sheets_when_read), checked: (why it cannot be read, or None; the
    reader parts_of(size) gave, if any, fed the XML as it is checked, as survey() feeds one)."""
    reader = None
    try:
        with zipfile.ZipFile(path) as archive:
            reader = parts_of(archive.getinfo(part).file_size) if parts_of else None
            refusal = _check_sheet(archive, part, None, reader.feed if reader else None)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, KeyError):
        refusal = Refusal("damaged", {})
    return (refusal if isinstance(refusal, Refusal) else None), reader


def _is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _check_strings(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Refusal | None:
    with archive.open(info) as f:
        head = f.read(4096)
    start = head.find(b"<sst")
    declared = [int(n) for n in _COUNTS.findall(head[start:head.find(b">", start) + 1])] if start >= 0 else []
    # every shared string takes at least "<si/>" (5 bytes): a count beyond that is a lie
    if any(n > MAX_STRINGS or n > info.file_size // 5 + 1 for n in declared):
        return Refusal("too_many_strings", {"count": max(declared)})
    return None


def _check_sheet(archive: zipfile.ZipFile, name: str, chunks: list | None = None, feed=None) -> Refusal | int:
    """The sheet's used range from its rows and cells (not its <dimension>, which may lie), and its merges: a
    refusal, or the number of rows. feed(piece, safe), when given, gets each piece once checked, with whether the
    used range so far could not exceed the limits.

    A cell's own reference places it, whatever its row says (<c r="A999999"> inside row 5 is read at row 999999).
    Rows and cells are read only when their number has more digits than the last row so far: one with as many
    digits lies before the next power of ten, and when that could matter (a wide sheet) the references are read
    again exactly. (Reading every reference would double the scan; this way it costs 0,3 s on a 54 MB sheet.)"""
    last_row, unnumbered, widest, merged = 0, 0, 26, 0
    strings = _Strings.of(archive)
    budget = 2 * (archive.getinfo(name).file_size + strings.size) + TEXT_BEYOND_FILE
    uses = 0   # cells using a shared string: a reader copies the string into each
    for data in _pieces(archive, name, chunks):
        uses += data.count(b'"s"') + data.count(b"'s'")   # t="s", however spaced or quoted (and any other "s")
        start = data.rfind(b"<row")
        if start >= 0:
            numbered = _ROW.search(data, start, data.find(b">", start) + 1 or len(data))
            if numbered:
                last_row = max(last_row, int(numbered.group(1)))
            else:  # rows may come without r="…": then they count in order
                unnumbered += data.count(b"<row")
        digits = len(str(last_row + unnumbered))
        if _far_or_wide(digits).search(data):  # seldom: one pass to find out, then each kind read
            far = _beyond(digits).findall(data)
            if far:
                last_row = max(last_row, max(map(int, far)))
            wide = _WIDE.findall(data)
            if wide:
                widest = max(widest, max(column_number(c) for c in set(wide)))
        for c0, r0, c1, r1 in (_MERGE.findall(data) if b"<mergeCell" in data else ()):
            c1, r1 = c1 or c0, r1 or r0
            area = (abs(int(r1) - int(r0)) + 1) * (abs(column_number(c1) - column_number(c0)) + 1)
            merged += area
            last_row = max(last_row, int(r0), int(r1))
            widest = max(widest, column_number(c0), column_number(c1))
        if feed is not None:  # every reference so far has at most as many digits as the last row
            feed(data, widest <= MAX_COLUMNS and merged <= MAX_CELLS and uses * strings.longest <= budget
                 and (10 ** len(str(last_row + unnumbered)) - 1) * widest <= MAX_CELLS)
    rows = last_row + unnumbered
    if (10 ** len(str(rows)) - 1) * widest > MAX_CELLS:  # where a row of as many digits could reach matters
        rows = _last_row(archive, name, rows)
    if widest > MAX_COLUMNS or rows > MAX_ROWS or rows * widest > MAX_CELLS or merged > MAX_CELLS:
        return Refusal("too_large_sheet", {"part": name, "rows": rows, "columns": widest})
    if uses * strings.longest > budget and strings.used_by(archive, name, uses) > budget:
        return Refusal("too_big", {"part": name})
    return rows


TEXT_BEYOND_FILE = 64 << 20   # text a reader may make of values beyond what the XML holds (shared strings copied
                              # into their cells: beyond twice the XML; .ods repeats: beyond the XML itself)
_STRING = re.compile(rb"<si[ >/]")
_USE = re.compile(rb"""\bt\s*=\s*["']s["'][^>]*>\s*<v>\s*([0-9]{1,10})\s*</v>""")


class _Strings:
    """The string table's entries' sizes (bytes of XML, at least their text), for what a sheet's cells copy of
    them: one 30 KB string used by 40.000 cells is 1,2 GB read from a 210 KB file."""

    def __init__(self, sizes: array.array, size: int):
        self.sizes, self.size = sizes, size
        self.longest = max(sizes, default=0)

    @classmethod
    def of(cls, archive: zipfile.ZipFile) -> "_Strings":
        """The archive's string table measured once, a piece at a time (its sizes 4 bytes each: 10 million entries,
        the most allowed, are 40 MB)."""
        known = getattr(archive, "_vandong_strings", None)
        if known is None:
            name, sizes, offset, last = "xl/sharedStrings.xml", array.array("L"), 0, None
            if name in archive.namelist():
                for data in _pieces(archive, name):
                    for match in _STRING.finditer(data):
                        if last is not None:
                            sizes.append(offset + match.start() - last)
                        last = offset + match.start()
                    offset += len(data)
                if last is not None:
                    sizes.append(offset - last)
            known = archive._vandong_strings = cls(sizes, offset)
        return known

    def used_by(self, archive: zipfile.ZipFile, name: str, uses: int) -> int:
        """The bytes the sheet's cells copy, exactly: each use read from its <v> (a use written otherwise counts as
        the longest entry)."""
        total, read = 0, 0
        sizes, longest = self.sizes, self.longest
        for data in _pieces(archive, name):
            for index in _USE.findall(data):
                k = int(index)
                total += sizes[k] if k < len(sizes) else 0
                read += 1
        return total + max(uses - read, 0) * longest


def _check_ods(archive: zipfile.ZipFile) -> Refusal | None:
    """An .ods sheet's used range, as calamine expands it (core.workbooks.ods_bounds)."""
    from core.workbooks.ods_bounds import OdsRange
    measure = OdsRange(archive.getinfo("content.xml").file_size)
    try:
        with archive.open("content.xml") as f:
            while chunk := f.read(_CHUNK):
                if measure.feed(chunk):
                    break
        beyond = measure.close()
    except ValueError:   # not well-formed, a count that is not a number, a table left open
        return Refusal("damaged", {})
    if measure.too_much_text:
        return Refusal("too_big", {"part": "content.xml"})
    if beyond is not None:
        return Refusal("too_large_sheet", {"part": "content.xml", "rows": beyond[0], "columns": beyond[1]})
    return None


def _far_or_wide(digits: int) -> re.Pattern:
    """A reference _beyond(digits) or _WIDE would find (one pass instead of two: 0,05 s less on a 54 MB sheet)."""
    return re.compile(rb' r="(?:[A-Z]{2}|[A-Z]?[0-9]{%d})' % (digits + 1))


def _beyond(digits: int) -> re.Pattern:
    """A row's or cell's reference whose number has more than `digits` digits."""
    return re.compile(rb' r="[A-Z]{0,3}([0-9]{%d,})"' % (digits + 1))


def _last_row(archive: zipfile.ZipFile, name: str, rows: int) -> int:
    """The largest row number a row or cell names, when above `rows` (else `rows`): the second, exact pass."""
    above = _at_least(rows + 1)
    for data in _pieces(archive, name):
        found = above.findall(data)
        if found:
            rows = max(map(int, found))
            above = _at_least(rows + 1)
    return rows


def _pieces(archive: zipfile.ZipFile, name: str, chunks: list | None = None):
    """The part's XML a chunk at a time, each cut before its last '<' (a tag cut at a chunk's end comes whole with
    the next), the part's last tag last; the inflated chunks are also kept in `chunks` when given."""
    tail = b""
    with archive.open(name) as f:
        while chunk := f.read(_CHUNK):
            if chunks is not None:
                chunks.append(chunk)
            data = tail + chunk
            cut = data.rfind(b"<")
            data, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
            yield data
    if tail:
        yield tail


def _at_least(n: int) -> re.Pattern:
    """A row's or cell's reference whose number is n or more: more digits than n, or as many and larger digit by
    digit."""
    s = str(n)
    branches = [b"[0-9]{%d,}" % (len(s) + 1), s.encode()]
    for i, ch in enumerate(s):
        if ch != "9":
            rest = len(s) - i - 1
            branches.append(s[:i].encode() + b"[%d-9]" % (int(ch) + 1) + (b"[0-9]{%d}" % rest if rest else b""))
    return re.compile(rb' r="[A-Z]{0,3}(' + b"|".join(branches) + rb')"')
