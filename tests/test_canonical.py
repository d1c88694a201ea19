"""The canonical form of cell values (core.workbooks.canonical), which the sync packages hash: one notation per
value, and the same canonical rows and digest after LibreOffice has opened and saved the workbook again."""
import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest

from core.workbooks import canonical, open_workbook, row_digest
from core.workbooks.canonical import canonical_rows, sheet_digest
from core.workbooks.write import add_sheet, cell_value, data_row, new_workbook, save

NFC = "Nguyễn Thị Ánh"
NFD = unicodedata.normalize("NFD", NFC)


@pytest.mark.parametrize("value, expected", [
    (None, ""), ("", ""),
    (NFC, NFC), (NFD, NFC), ("001085012345", "001085012345"), ("  x  ", "  x  "),
    ("a\x00b\x1fc", "a\ufffdb\ufffdc"), ("a\ufffdb", "a\ufffdb"), ("a\r\nb\rc", "a\nb\nc"),
    (52139, "52139"), (52139.0, "52139"), (-3, "-3"), (0, "0"), (-0.0, "0"), (2500000.0, "2500000"),
    (1250000.5, "1250000.5"), (0.1, "0.1"), (0.1 + 0.2, "0.3"), (1e-07, "1e-07"),
    (1 / 3, "0.333333333333333"), (0.333333333333333, "0.333333333333333"),
    (2 ** 60, "1152921504606850000"), (1.152921504606847e+18, "1152921504606850000"),
    (True, "TRUE"), (False, "FALSE"),
    (dt.date(1985, 1, 5), "1985-01-05"),
    (dt.datetime(2026, 1, 5, 8, 30, 15), "2026-01-05T08:30:15"),
    (dt.datetime(2026, 1, 5, 8, 30, 15, 250000), "2026-01-05T08:30:15.250"),
    (dt.datetime(2026, 1, 5, 8, 30, 15, 123456), "2026-01-05T08:30:15.123"),
    (dt.datetime(2026, 1, 5), "2026-01-05"),
    (dt.time(8, 30), "08:30:00"), (dt.time(8, 30, 15, 500000), "08:30:15.500"),
    (dt.timedelta(hours=1, minutes=30), "5400"), (dt.timedelta(seconds=1.25), "1.25"),
    (dt.timedelta(days=2, seconds=5), "172805"),
])
def test_one_notation_per_value(value, expected):
    assert canonical(value) == expected


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), object(), b"bytes",
                                   dt.datetime(2026, 1, 5, 8, tzinfo=dt.timezone.utc)])
def test_what_no_cell_holds_is_refused(value):
    with pytest.raises(ValueError):
        canonical(value)


def test_a_value_and_the_cell_written_from_it_agree():
    for value in ["a\x00b\x0bc", NFD, 52139, 0.1, dt.date(2026, 1, 5), True]:
        assert canonical(cell_value(value)) == canonical(value)


def test_trailing_empty_cells_and_rows_do_not_count_and_a_change_does():
    rows = [["STT", "Họ và tên", ""], [1, NFC, None], ["", None], []]
    assert canonical_rows(rows) == [["STT", "Họ và tên"], ["1", NFC]]
    assert row_digest(rows) == row_digest([["STT", "Họ và tên"], [1.0, NFD, "", ""]]) == sheet_digest(rows)
    assert row_digest(rows) != row_digest([["STT", "Họ và tên"], [2, NFC]])
    assert row_digest(rows) != row_digest([["STT", "Họ và tên"], ["", 1, NFC]])  # a shift is a change
    assert row_digest([["a", "b"]]) != row_digest([["a,b"]]) != row_digest([["a"], ["b"]])
    assert row_digest([["1"]]) == row_digest([[1]])  # the digest is of the notation, as the clerk sees it
    assert len(row_digest([])) == 64


def _write(path, rows):
    book = new_workbook()
    sheet = add_sheet(book, "Danh sách")
    for row in rows:
        data_row(sheet, row, text_columns=(2,))
    save(book, path)
    return path


ROWS = [
    ["Họ và tên", "Số CCCD", "Số con", "Mức đóng", "Tỉ lệ", "Ngày sinh", "Lúc nhập", "Ghi chú", "Đã đóng"],
    [NFD, "001085012345", 2, 1250000.5, 0.1, dt.date(1985, 1, 5), dt.datetime(2026, 1, 5, 8, 30, 15), None, True],
    [NFC, "012345678901", 52139, 2500000, 1 / 3, dt.date(2026, 12, 31), dt.datetime(2026, 1, 5, 14, 0, 0, 250000),
     "hẹn gọi lại", False],
    ["Đinh Thị Hương", "000000000123", -3, 0, 1e-07, dt.date(2000, 2, 29), dt.datetime(2026, 1, 5), "", None],
]


def _read(path):
    with open_workbook(path) as book:
        return book.sheet("Danh sách").rows


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_workbook_re_saved_by_libreoffice_keeps_its_canonical_values_and_digest(tmp_path):
    original = _write(tmp_path / "danh-sach.xlsx", ROWS)
    before = _read(original)
    assert canonical_rows(before) == canonical_rows(ROWS)  # what was written is what is read
    assert canonical_rows(before)[1][:2] == [NFC, "001085012345"] and canonical_rows(before)[1][7] == ""
    out = tmp_path / "out"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(original)],
                   check=True, capture_output=True, timeout=240)
    after = _read(out / original.name)
    assert canonical_rows(after) == canonical_rows(before)
    assert row_digest(after) == row_digest(before) == row_digest(ROWS)

    changed = [list(r) for r in ROWS]
    changed[2][3] = 2500001
    assert row_digest(_read(_write(tmp_path / "doi.xlsx", changed))) != row_digest(before)
