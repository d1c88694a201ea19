"""Hostile and damaged workbooks: each ends in a clean result or one sentence naming the file, sheet or cell,
the process never aborts or hangs, and the database is unchanged after a refusal. Every fixture is made here,
small, from a sound workbook with one part changed the way a damaged or hostile file has it."""
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from core.errors import UserError
from core.workbooks import bounds, open_workbook

ROOT = Path(__file__).resolve().parent.parent
SHEET = "xl/worksheets/sheet1.xml"


def _list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Xã"])
    sheet.append([1, "Nguyễn Văn An", 1980, "051080001234", "Sơn Hà"])
    sheet.append([2, "Trần Thị Bình", 1985, "", "Sơn Hạ"])
    book.save(path)
    return path


def _rewrite(path: Path, part: str, change) -> Path:
    """The workbook with one part's bytes changed (change: bytes -> bytes, or None to leave the part out)."""
    out = path.with_name(path.stem + "-x.xlsx")
    if out.exists():
        out = out.with_name(out.stem + "x.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == part:
                data = change(data)
                if data is None:
                    continue
            dst.writestr(item, data)
    return out


def _cell(path: Path, ref: str, xml: str) -> Path:
    """Row 2's cell at ref replaced by the given <c> element."""
    return _rewrite(path, SHEET, lambda d: re.sub(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)'.encode(), xml.encode(), d, 1))


def _far_cell(tmp):
    book = openpyxl.load_workbook(_list(tmp / "ds.xlsx"))
    book.active["XFD1048576"] = "x"
    book.save(tmp / "far.xlsx")
    return tmp / "far.xlsx"


def _whole_sheet_merge(tmp):
    # written into the XML: openpyxl itself would make a MergedCell for each of the 17 billion cells
    return _rewrite(_list(tmp / "ds.xlsx"), SHEET, lambda d: d.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A10:XFD1048576"/></mergeCells>'))


def _same_name_far(tmp):
    """Two sheets named alike, the first (the one a reader takes) placing a cell at ZZ1048576."""
    book = openpyxl.load_workbook(_list(tmp / "ds.xlsx"))
    far = book.create_sheet("Bản sao", 0)
    far["B1"], far["ZZ1048576"] = "Họ và tên", "x"
    book.save(tmp / "same.xlsx")
    return _rewrite(tmp / "same.xlsx", "xl/workbook.xml",
                    lambda d: d.replace('name="Bản sao"'.encode(), 'name="Danh sách"'.encode()))


def _far_cell_elsewhere(tmp):
    """The far cell's sheet kept outside xl/worksheets/, where the workbook's relationships point a reader."""
    far = _far_cell(tmp)
    out = tmp / "elsewhere.xlsx"
    with zipfile.ZipFile(far) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            name = "xl/data.xml" if item.filename == SHEET else item.filename
            if item.filename in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
                data = data.replace(b"worksheets/sheet1.xml", b"data.xml")
            dst.writestr(name, data)
    return out


def _shared_strings_count(tmp):
    """A string table that declares 4294967295 strings and holds one."""
    return _with_strings(_list(tmp / "ds.xlsx"), '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                         '2006/main" count="4294967295" uniqueCount="4294967295"><si><t>Nguyễn Văn An</t></si></sst>')


def _one_string_many_times(tmp):
    """One 30 KB string used by 40.000 cells: a 200 KB file a reader makes 1,2 GB of (it copies the string into
    every cell)."""
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(4, 40004))
    path = _rewrite(_list(tmp / "ds.xlsx"), SHEET, lambda d: d.replace(b"</sheetData>", cells.encode() + b"</sheetData>"))
    return _with_strings(path, '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="40000" '
                               f'uniqueCount="1"><si><t>{"x" * 30000}</t></si></sst>')


def _with_strings(path: Path, sst: str) -> Path:
    """The workbook with the given string table (openpyxl writes inline strings, so the table, its relationship
    and its content type are added here)."""
    sst = ('<?xml version="1.0" encoding="UTF-8"?>' + sst).encode()
    path = _rewrite(path, "xl/_rels/workbook.xml.rels", lambda d: d.replace(
        b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    path = _rewrite(path, "[Content_Types].xml", lambda d: d.replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sharedStrings+xml"/></Types>')))
    with zipfile.ZipFile(path, "a") as book:
        book.writestr("xl/sharedStrings.xml", sst)
    return path


def _zip_bomb(tmp):
    return _rewrite(_list(tmp / "ds.xlsx"), SHEET, lambda d: d.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 << 20)))


_ODS_CELL = '<table:table-cell office:value-type="{kind}"{value}{repeat}><text:p>{text}</text:p></table:table-cell>'


def _ods(path: Path, rows: str, *, end: str = "</table:table>", extra: dict | None = None) -> Path:
    """An OpenDocument spreadsheet of one sheet, "Danh sách", whose rows are the given XML (and the table's end as
    given; extra: more parts)."""
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body>'
               '<office:spreadsheet><table:table table:name="Danh sách"><table:table-column '
               'table:number-columns-repeated="16384"/>' + rows + end +
               '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("META-INF/manifest.xml", manifest)
        book.writestr("content.xml", content)
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return path


def _ods_row(values, repeat: int = 1, cell_repeat: int = 1, tail: str = "") -> str:
    """A row of text cells (numbers as floats), LibreOffice's way: the rest of the row as one empty repeated cell."""
    cells = "".join(_ODS_CELL.format(kind="float" if isinstance(v, int) else "string",
                                     value=f' office:value="{v}"' if isinstance(v, int) else "",
                                     repeat=f' table:number-columns-repeated="{cell_repeat}"' if cell_repeat > 1 else "",
                                     text=v) for v in values)
    rows = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-row{tail}{rows}>{cells}<table:table-cell table:number-columns-repeated="16000"/></table:table-row>'


def _ods_list(path: Path, repeat: int = 1, cell_repeat: int = 1, tail: str = "", before: str = "", **kw) -> Path:
    """The list as .ods; its second row standing `repeat` times (`tail`: attributes written before that count;
    `before`: XML before that row), each of its cells `cell_repeat` times; then, as LibreOffice ends a sheet, the
    rest of the sheet's rows as one empty repeated row."""
    return _ods(path, _ods_row(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Xã"]) + before
                + _ods_row([1, "Nguyễn Văn An", 1980, "051080001234", "Sơn Hà"], repeat, cell_repeat, tail)
                + _ods_row([2, "Trần Thị Bình", 1985, "", "Sơn Hạ"])
                + '<table:table-row table:number-rows-repeated="1048573"><table:table-cell '
                  'table:number-columns-repeated="16384"/></table:table-row>', **kw)


FIXTURES = {
    "cell at XFD1048576": _far_cell,
    "whole-sheet merge": _whole_sheet_merge,
    "two sheets of one name, the first beyond the bounds": _same_name_far,
    "a sheet beyond the bounds kept outside xl/worksheets/": _far_cell_elsewhere,
    "sharedStrings count 4294967295": _shared_strings_count,
    "one long shared string used by 40.000 cells": _one_string_many_times,
    "a part that unpacks to 40 MB of nothing": _zip_bomb,
    # a cell's own reference places it: this one, inside row 2, is read at row 999999 of a 702-column sheet
    "a cell placed far below its row": lambda tmp: _cell(_list(tmp / "ds.xlsx"), "B2",
                                                         '<c r="ZZ999999" t="inlineStr"><is><t>x</t></is></c>'),
    "malformed XML": lambda tmp: _rewrite(_list(tmp / "ds.xlsx"), SHEET, lambda d: d[: len(d) // 2]),
    "missing sheet part": lambda tmp: _rewrite(_list(tmp / "ds.xlsx"), SHEET, lambda d: None),
    "unknown error code": lambda tmp: _cell(_list(tmp / "ds.xlsx"), "C2", '<c r="C2" t="e"><v>#FOO!</v></c>'),
    "boolean 2": lambda tmp: _cell(_list(tmp / "ds.xlsx"), "C2", '<c r="C2" t="b"><v>2</v></c>'),
    "shared string index out of range": lambda tmp: _cell(_list(tmp / "ds.xlsx"), "B2",
                                                          '<c r="B2" t="s"><v>99999</v></c>'),
    "infinite number": lambda tmp: _cell(_list(tmp / "ds.xlsx"), "C2", '<c r="C2"><v>1E+309</v></c>'),
    "NaN number": lambda tmp: _cell(_list(tmp / "ds.xlsx"), "C2", '<c r="C2"><v>NaN</v></c>'),
    "control characters": lambda tmp: _cell(_list(tmp / "ds.xlsx"), "B2",
                                            '<c r="B2" t="inlineStr"><is><t>Nguy&#x1;n Văn An</t></is></c>'),
    "not a zip at all": lambda tmp: (tmp / "x.xlsx").write_bytes(b"PK\x03\x04 not really") and tmp / "x.xlsx",
    # 2 KB that a reader expands to a million rows, or to 5.000 columns: calamine makes every cell that holds a value
    "ods: a row repeated a million times": lambda tmp: _ods_list(tmp / "ds.ods", repeat=1_048_576),
    "ods: each cell of a row repeated a thousand times": lambda tmp: _ods_list(tmp / "ds.ods", cell_repeat=1000),
    "ods: a million rows behind a quoted '>'": lambda tmp: _ods_list(tmp / "ds.ods", repeat=1_048_576,
                                                                      tail=""" x="'" y='>'"""),
    "ods: a million rows after a comment that ends the table": lambda tmp: _ods_list(
        tmp / "ds.ods", repeat=1_048_576, before="<!-- </table:table> -->"),
    "ods: cells whose value is only an attribute, repeated": lambda tmp: _ods_list(
        tmp / "ds.ods", before='<table:table-row table:number-rows-repeated="50000"><table:table-cell office:value="1" '
                               'table:number-columns-repeated="700"/></table:table-row>'),
    "ods: a million rows beside an xl/workbook.xml": lambda tmp: _ods_list(
        tmp / "ds.ods", repeat=1_048_576, extra={"xl/workbook.xml": "<workbook/>"}),
    "ods: a table left open (a reader would loop for ever)": lambda tmp: _ods_list(tmp / "ds.ods", end=""),
    # a reader makes N spaces of <text:s text:c="N"/>, and copies a cell's text for every place it stands
    "ods: a billion spaces in one cell": lambda tmp: _ods(tmp / "ds.ods", _ods_row(["STT", "Họ và tên"]).replace(
        "<text:p>STT</text:p>", '<text:p>STT<text:s text:c="1000000000"/></text:p>')),
    "ods: a long text repeated in every place of 500.000 rows": lambda tmp: _ods_list(
        tmp / "ds.ods", before='<table:table-row table:number-rows-repeated="500000"><table:table-cell '
                               f'office:value-type="string"><text:p>{"x" * 300}</text:p></table:table-cell>'
                               '</table:table-row>'),
}
REFUSED_BY_BOUNDS = {"cell at XFD1048576", "whole-sheet merge", "sharedStrings count 4294967295",
                     "one long shared string used by 40.000 cells",
                     "two sheets of one name, the first beyond the bounds",
                     "a sheet beyond the bounds kept outside xl/worksheets/",
                     "a part that unpacks to 40 MB of nothing", "a cell placed far below its row",
                     "ods: a row repeated a million times", "ods: each cell of a row repeated a thousand times",
                     "ods: a million rows behind a quoted '>'", "ods: a million rows after a comment that ends the table",
                     "ods: cells whose value is only an attribute, repeated",
                     "ods: a million rows beside an xl/workbook.xml",
                     "ods: a table left open (a reader would loop for ever)", "ods: a billion spaces in one cell",
                     "ods: a long text repeated in every place of 500.000 rows"}


def _cli(*args, db):
    return subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def _state(db: Path) -> tuple:
    import sqlite3
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("people", "units", "targets", "audit_log", "import_jobs"))
    finally:
        conn.close()


@pytest.mark.parametrize("name", list(FIXTURES))
def test_the_bounds_refuse_before_calamine_allocates(tmp_path, name):
    path = FIXTURES[name](tmp_path)
    refusal = bounds.check(path)
    assert (refusal is not None) == (name in REFUSED_BY_BOUNDS), refusal


@pytest.mark.parametrize("name", list(FIXTURES))
@pytest.mark.parametrize("command", ["people", "targets"])
def test_every_hostile_file_ends_in_a_result_or_one_sentence(demo_path, tmp_path, name, command):
    path = FIXTURES[name](tmp_path)
    before = _state(demo_path)
    extra = ["--plan", "25/KH-BHXH"] if command == "targets" else []
    result = _cli("import", command, str(path), *extra, "--json", db=demo_path)
    assert result.returncode in (0, 1), f"exit {result.returncode}: {result.stderr[-500:]}"
    if result.returncode == 1:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        if not lines:  # `import targets --json` reports its refusals as JSON: {"errors": [{"cell", "message"}]}
            lines = [e["message"] for e in json.loads(result.stdout)["errors"]]
            assert len(lines) == 1, lines
        else:
            assert len(lines) == 1 and lines[0].startswith("lỗi: "), result.stderr
        assert "Traceback" not in result.stderr and "calamine" not in result.stderr.lower()
        assert _state(demo_path) == before, "a refusal writes nothing"
    else:
        json.loads(result.stdout)


@pytest.mark.parametrize("rows, far, refused", [
    (3, 'A999999', False),        # 999.999 rows × A…Z: within the limit
    (3, 'ZZ45000', True),         # 45.000 rows × 702 columns: beyond it
    (3, 'ZZ40000', False),        # 40.000 × 702 = 28.080.000 cells: within it
    (20000, 'ZZ50000', True),     # as many digits as the last row, and further: found by the exact pass
])
def test_a_cell_is_counted_where_its_reference_puts_it(tmp_path, rows, far, refused):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    for n in range(rows):
        sheet.append([n + 1, f"Người {n}"])
    book.save(tmp_path / "ds.xlsx")
    path = _rewrite(tmp_path / "ds.xlsx", SHEET, lambda d: d.replace(
        b'<c r="B2"', f'<c r="{far}" t="inlineStr"><is><t>x</t></is></c><c r="B2"'.encode(), 1))
    assert f'r="{far}"'.encode() in zipfile.ZipFile(path).read(SHEET)
    refusal = bounds.check(path)
    assert (refusal is not None) == refused, refusal
    if refused:
        assert refusal.facts["rows"] == int(far.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def test_an_unreadable_file_is_one_sentence(tmp_path, monkeypatch):
    path = _list(tmp_path / "ds.xlsx")
    monkeypatch.setattr("os.access", lambda p, mode: False)
    with pytest.raises(UserError) as err:
        open_workbook(path)
    assert "ds.xlsx" in err.value.message and "Errno" not in err.value.message


def test_a_sound_list_still_reads(tmp_path):
    with open_workbook(_list(tmp_path / "ds.xlsx")) as book:
        sheet = book.sheet()
    assert sheet.name == "Danh sách" and sheet.rows[1][1] == "Nguyễn Văn An"


def test_a_sound_ods_list_reads_with_its_empty_repeats_and_a_few_real_ones(tmp_path):
    """LibreOffice ends every row and the sheet with empty repeats (which count for nothing), and writes two alike
    rows or cells as one repeated: those are read, as many as they stand for."""
    path = _ods_list(tmp_path / "ds.ods", repeat=3, cell_repeat=2)
    assert bounds.check(path) is None
    with open_workbook(path) as book:
        rows = book.sheet().rows
    assert [r[:4] for r in rows[1:5]] == [[1.0, 1.0, "Nguyễn Văn An", "Nguyễn Văn An"]] * 3 + [[2.0, "Trần Thị Bình",
                                                                                                 1985.0, ""]]
    assert len(rows) == 5


@pytest.mark.parametrize("rows, cell_repeat, refused", [
    (1_048_576, 1, False),      # the last row with a value is Excel's own last
    (1_048_577, 1, True),
    (45_000, 140, True),        # 45.000 rows × 700 columns: more cells than the limit
    (40_000, 140, False),       # 28.000.000 cells: within it
])
def test_an_ods_is_measured_as_a_reader_expands_it(tmp_path, rows, cell_repeat, refused):
    """Empty rows repeated count for their place (not for text) before the last row with a value."""
    gap = f'<table:table-row table:number-rows-repeated="{rows - 3}"><table:table-cell/></table:table-row>'
    refusal = bounds.check(_ods_list(tmp_path / "ds.ods", cell_repeat=cell_repeat, before=gap))
    assert (refusal is not None) == refused, refusal
    if refused:
        assert refusal.key == "too_large_sheet" and refusal.facts["rows"] == rows


def test_rejected_rows_with_control_characters_and_durations_reach_the_errors_workbook(demo_path, tmp_path):
    import datetime as dt
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Xã", "Ghi chú"])
    sheet.append([1, "Nguyễn Văn An", 1980, "05108000", "Sơn Hà", "CTRL"])     # a short ID: rejected
    sheet.append([2, "Trần Thị Bình", 1985, "05118500", "Sơn Hạ", dt.timedelta(hours=3)])
    book.save(tmp_path / "ds.xlsx")
    path = _rewrite(tmp_path / "ds.xlsx", SHEET, lambda d: d.replace(b"CTRL", b"a&#x1;b"))
    result = _cli("import", "people", str(path), "--errors", str(tmp_path / "errors.xlsx"), "--json", db=demo_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rejected"] == 2
    rows = list(openpyxl.load_workbook(tmp_path / "errors.xlsx").active.iter_rows(values_only=True))
    notes = [r[5] for r in rows if r and r[1] in ("Nguyễn Văn An", "Trần Thị Bình")]
    assert notes == ["a\ufffdb", "3:00:00"]


def test_strings_used_many_times_are_not_taken_for_a_lie(tmp_path):
    """A spreadsheet program counts in `count` every cell that uses a shared string (6.002 here) and in uniqueCount
    the strings (4): only the second is what a reader makes room for, and only it is held to the file's size (the
    list was refused as damaged)."""
    sst = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
           '2006/main" count="6002" uniqueCount="1"><si><t>Sơn Hà</t></si></sst>').encode()
    path = _rewrite(_list(tmp_path / "ds.xlsx"), "[Content_Types].xml", lambda d: d.replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    with zipfile.ZipFile(path, "a") as book:
        book.writestr("xl/sharedStrings.xml", sst)
    assert bounds.check(path) is None


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="a full disk is imitated by /dev/full")
def test_a_full_disk_under_the_errors_workbook_is_one_sentence_and_nothing_imported(demo_path, tmp_path):
    """The errors workbook cannot be written: one sentence, and no zip left to complain again when collected."""
    book = openpyxl.Workbook()
    book.active.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Xã"])
    book.active.append([1, "Nguyễn Văn An", 1980, "05108000", "Sơn Hà"])     # a short ID: rejected
    book.save(tmp_path / "ds.xlsx")
    before = _state(demo_path)
    result = _cli("import", "people", str(tmp_path / "ds.xlsx"), "--errors", "/dev/full", db=demo_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()] and "/dev/full" in result.stderr, \
        result.stderr
    assert _state(demo_path) == before


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="a full disk is imitated by /dev/full")
def test_a_streamed_workbook_on_a_full_disk_is_one_sentence():
    script = ("from core.workbooks.stream import StreamBook\n"
              "from core.errors import UserError\n"
              "try:\n"
              "    with StreamBook('/dev/full') as book:\n"
              "        sheet = book.sheet('A')\n"
              "        sheet.header(['a', 'b'])\n"
              "        sheet.rows([[n, 'x' * 50] for n in range(100000)])\n"
              "except UserError as exc:\n"
              "    print(exc.message)\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "/dev/full" in result.stdout and result.stderr == "", result.stderr


@pytest.mark.parametrize("make", [lambda tmp: tmp / ("x" * 300 + ".xlsx"), lambda tmp: tmp])
def test_a_name_too_long_or_a_folder_is_one_sentence(tmp_path, make):
    with pytest.raises(UserError) as err:
        open_workbook(make(tmp_path))
    assert str(tmp_path) in err.value.message and "Errno" not in err.value.message


@pytest.mark.parametrize("name", sorted(REFUSED_BY_BOUNDS))
def test_sheets_checked_when_read_refuse_before_calamine_allocates(tmp_path, name):
    """A workbook opened to read its sheets one at a time (a sync package) checks each sheet as it is read: the
    hostile sheet is refused then, in one sentence naming the file, and calamine never sees it."""
    path = FIXTURES[name](tmp_path)
    with pytest.raises(UserError) as refused:
        with open_workbook(path, sheets_when_read=True) as book:
            assert book.sheet_names    # what the whole file holds is checked at open (a string table, a zip bomb)
            book.sheet()
    assert path.name in refused.value.message and "\n" not in refused.value.message


def test_a_sheet_checked_when_read_is_read_as_before(tmp_path):
    path = _list(tmp_path / "ds.xlsx")
    with open_workbook(path) as book:
        before = book.sheet().rows
    with open_workbook(path, sheets_when_read=True) as book:
        assert book.sheet().rows == before


def test_names_too_long_for_the_system_are_one_sentence_on_the_command_line(demo_path, tmp_path):
    """A --db or an --errors path longer than the system allows (and a folder that loops back on itself): one
    sentence, exit 1, nothing imported (each was exit 3)."""
    book = openpyxl.Workbook()
    book.active.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Xã"])
    book.active.append([1, "Nguyễn Văn An", 1980, "05108000", "Sơn Hà"])     # a short ID: an errors file is due
    path = tmp_path / "ds.xlsx"
    book.save(path)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    before = _state(demo_path)
    for args, db in ([("import", "people", str(path)), tmp_path / ("d" * 300 + ".sqlite")],
                     [("import", "people", str(path), "--errors", str(tmp_path / ("y" * 300) / "e.xlsx")), demo_path],
                     [("import", "people", str(path), "--errors", str(tmp_path / "loop" / "e.xlsx")), demo_path]):
        result = _cli(*args, db=db)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1 and len(lines) == 1 and lines[0].startswith("lỗi: "), result.stderr
    assert _state(demo_path) == before
