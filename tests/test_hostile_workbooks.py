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
    """A string table that declares 4294967295 strings and holds one (openpyxl writes inline strings, so the
    table, its relationship and its content type are added here)."""
    sst = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
           '2006/main" count="4294967295" uniqueCount="4294967295"><si><t>Nguyễn Văn An</t></si></sst>').encode()
    path = _rewrite(_list(tmp / "ds.xlsx"), "xl/_rels/workbook.xml.rels", lambda d: d.replace(
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


FIXTURES = {
    "cell at XFD1048576": _far_cell,
    "whole-sheet merge": _whole_sheet_merge,
    "two sheets of one name, the first beyond the bounds": _same_name_far,
    "a sheet beyond the bounds kept outside xl/worksheets/": _far_cell_elsewhere,
    "sharedStrings count 4294967295": _shared_strings_count,
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
}
REFUSED_BY_BOUNDS = {"cell at XFD1048576", "whole-sheet merge", "sharedStrings count 4294967295",
                     "two sheets of one name, the first beyond the bounds",
                     "a sheet beyond the bounds kept outside xl/worksheets/",
                     "a part that unpacks to 40 MB of nothing", "a cell placed far below its row"}


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
