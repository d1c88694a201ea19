"""A large sheet read in parts at once (core.workbooks.parts) gives exactly the rows one parse gives: on lists as
Excel and as openpyxl write them, with shared strings, dates, gaps, leading empty columns, ragged widths and merges;
and a sheet that cannot be cut cleanly is left to the whole read."""
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from core.workbooks import bounds, open_workbook, parts


def _whole(path: Path, name: str) -> list[list]:
    return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python(
        skip_empty_area=False)


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _list(path: Path, *, write_only: bool, rows: int = 300, start_col: int = 0, gap: bool = False,
          ragged: bool = False, merge: bool = False) -> Path:
    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet("Danh sách") if write_only else book.active
    if not write_only:
        sheet.title = "Danh sách"
    pad = [None] * start_col
    sheet.append(pad + ["DANH SÁCH KHÁCH HÀNG"])
    sheet.append([])
    sheet.append(pad + ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Thôn", "Ghi chú"])
    for i in range(rows):
        if gap and i in (rows // 3, rows // 3 + 1):
            sheet.append([])
            continue
        row = pad + [i + 1, f"Nguyễn Văn {i % 37}", dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                     f"0511{i:08d}", f"Thôn {i % 9}", "Hộ cận nghèo" if i % 7 == 0 else None]
        if ragged and i == rows - 5:
            row += [None, None, "ghi thêm ở cột xa"]
        sheet.append(row)
    if merge and not write_only:
        sheet.merge_cells("A1:F1")
    path = path.with_suffix(".xlsx")
    book.save(path)
    return path


@pytest.mark.parametrize("count", [2, 3, 4])
@pytest.mark.parametrize("shape", [
    dict(write_only=True),                                  # inline strings, as openpyxl streams them
    dict(write_only=False),                                 # shared strings, as Excel writes them
    dict(write_only=False, start_col=2),                    # the list starts in column C
    dict(write_only=True, gap=True),                        # empty rows inside the list
    dict(write_only=False, ragged=True, merge=True),        # one row wider than the rest; a merged title
])
def test_parts_give_the_rows_one_parse_gives(tmp_path, shape, count):
    path = _list(tmp_path / "ds", **shape)
    read = parts.read_rows(_entries(path), "Danh sách", split_from=1, count=count)
    assert read is not None, "the sheet was not read in parts"
    rows, merged = read
    assert rows == _whole(path, "Danh sách")
    if shape.get("merge"):
        assert merged == python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(
            "Danh sách").merged_cell_ranges


def test_a_sheet_that_cannot_be_cut_cleanly_is_read_whole(tmp_path):
    path = _list(tmp_path / "ds", write_only=True)
    entries = _entries(path)
    sheet = "xl/worksheets/sheet1.xml"
    no_numbers = dict(entries, **{sheet: entries[sheet].replace(b'<row r="', b'<row x="')})
    assert parts.read_rows(no_numbers, "Danh sách", split_from=1, count=2) is None
    commented = dict(entries, **{sheet: entries[sheet].replace(b"<sheetData>", b"<sheetData><!-- <row r=\"9\"> -->")})
    assert parts.read_rows(commented, "Danh sách", split_from=1, count=2) is None
    assert parts.read_rows(entries, "Không có", split_from=1, count=2) is None


def test_a_large_list_is_read_in_parts_through_the_workbook_layer(tmp_path, monkeypatch):
    path = _list(tmp_path / "ds", write_only=True, rows=3000)
    monkeypatch.setattr(parts, "SPLIT_FROM", 1000)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    read = []
    monkeypatch.setattr(parts, "_joined", lambda pieces, joined=parts._joined: read.append(len(pieces)) or joined(pieces))
    with open_workbook(path) as book:
        sheet = book.sheet("Danh sách")
    assert read == [4] and sheet.rows == _whole(path, "Danh sách")  # two parts per core
    assert bounds.survey(path).entries is None, "a file is kept inflated only for a reader that asks"


def test_a_sheet_read_ahead_is_taken_by_the_next_read_of_it(tmp_path):
    from core.errors import UserError
    from core.workbooks import load_sheet, read_ahead
    path = _list(tmp_path / "ds", write_only=True)
    read_ahead(path)
    loading = load_sheet(path)
    again = load_sheet(path)
    assert again is not loading, "a read ahead is taken once"
    again.close()
    try:
        assert loading.book().sheet_names == ["Danh sách"] and loading.result().rows == _whole(path, "Danh sách")
    finally:
        loading.close()
    read_ahead(tmp_path / "missing.xlsx")
    with pytest.raises(UserError) as err:
        load_sheet(tmp_path / "missing.xlsx").book()
    assert "missing.xlsx" in err.value.message


def _reading(path, monkeypatch, launched: list | None = None, when_read: bool = False):
    """Read the list as the import does (load_sheet), or a package's sheet (when_read: checked as it is read), parts
    of ~1.000 bytes: (the sheet, the parts started: their rows' XML, and whether it was started while the file was
    still being checked)."""
    from core.workbooks import load_sheet
    monkeypatch.setattr(parts, "SPLIT_FROM", 1000)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setattr(bounds, "_CHUNK", 4096)  # pieces small enough that parts start before the check ends
    launched = [] if launched is None else launched
    checking = []
    real_check = bounds._check_sheet

    def check_sheet(*args, **kwargs):
        checking.append(True)
        try:
            return real_check(*args, **kwargs)
        finally:
            checking.clear()

    monkeypatch.setattr(bounds, "_check_sheet", check_sheet)
    real_launch = parts.SheetParts._launch
    monkeypatch.setattr(parts.SheetParts, "_launch",
                        lambda self, xml, end: launched.append((bytes(xml), bool(checking)))
                        or real_launch(self, xml, end))
    if when_read:
        with open_workbook(path, sheets_when_read=True) as book:
            return book.sheet(), launched
    loading = load_sheet(path)
    try:
        return loading.result(), launched
    finally:
        loading.close()


@pytest.mark.parametrize("when_read", [False, True])
def test_a_large_list_is_parsed_in_parts_while_it_is_still_being_checked(tmp_path, monkeypatch, when_read):
    from core.workbooks import read
    path = _list(tmp_path / "ds", write_only=False, rows=3000)  # shared strings, as Excel writes a list
    opened = []  # the whole file is not opened again: its string table is read by the parts only
    monkeypatch.setattr(read, "_calamine", lambda p, real=read._calamine: opened.append(p) or real(p))
    sheet, launched = _reading(path, monkeypatch, when_read=when_read)
    assert opened == []
    assert sheet.rows == _whole(path, "Danh sách")
    assert len(launched) >= 4, "the sheet was not read in parts"
    assert sum(during for _, during in launched) >= 3, "no part was parsed while the rest was being checked"


@pytest.mark.parametrize("when_read", [False, True])
def test_a_sheet_that_turns_hostile_late_is_refused_and_no_part_of_it_reaches_calamine(tmp_path, monkeypatch,
                                                                                          when_read):
    from core.errors import UserError
    path = _list(tmp_path / "ds", write_only=True, rows=3000)
    entries = _entries(path)
    sheet = "xl/worksheets/sheet1.xml"
    # a cell far below, a third of the way down: the used range is beyond what may be read
    entries[sheet] = entries[sheet].replace(b'<row r="1000"', b'<row r="999"><c r="ZZ1048576" t="n"><v>1</v></c>'
                                            b'</row><row r="1000"', 1)
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    launched = []
    with pytest.raises(UserError) as err:
        _reading(hostile, monkeypatch, launched, when_read)
    assert "1048576" in err.value.message.replace(".", "")
    assert launched, "parts were started before the far cell was met"
    assert not any(b"ZZ1048576" in xml for xml, _ in launched), "a part holding the far cell reached calamine"


def test_a_sheet_with_a_comment_inside_is_read_whole_after_all(tmp_path, monkeypatch):
    path = _list(tmp_path / "ds", write_only=True, rows=3000)
    entries = _entries(path)
    sheet = "xl/worksheets/sheet1.xml"
    entries[sheet] = entries[sheet].replace(b'<row r="2000"', '<!-- ghi chú --><row r="2000"'.encode(), 1)
    commented = tmp_path / "commented.xlsx"
    with zipfile.ZipFile(commented, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    read, _ = _reading(commented, monkeypatch)
    assert read.rows == _whole(commented, "Danh sách")
