"""The streaming writer for long lists (core.workbooks.stream): what it writes reads back cell for cell through the
workbook layer and through LibreOffice, with the sheets in the order asked, text kept as text, and a failure to write
said in one sentence."""
import shutil
import subprocess
import zipfile

import pytest

from core.errors import UserError
from core.workbooks import open_workbook
from core.workbooks.canonical import row_digest, with_canonical_text
from core.workbooks.stream import StreamBook

ROWS = [
    ["Đinh Thị Hương", "001085012345", None, 52139, 1250000.5, True],
    [None, None, "  a & <b> \"c\"  ", -3, None, False],
    ["a\nb", "0912345678", "=SUM(A1:A2)", 0, 0.1, None],
    ["x", None, None, None, None, "cuối"],
]


def _write(path, rows=ROWS):
    with StreamBook(path) as book:
        data = book.sheet("Danh sách: “người”", widths=(20, 14), text_columns={2})
        data.header(["Họ và tên", "Số CCCD", "Ghi chú", "Số", "Tiền", "Có"])
        data.rows(rows)
        summary = book.sheet("Tổng hợp", first=True)
        summary.rows([["Tổng", len(rows)]], bold=True)
    return path


def test_what_is_written_reads_back_cell_for_cell(tmp_path):
    path = _write(tmp_path / "ds.xlsx")
    with open_workbook(path) as book:
        assert book.sheet_names == ["Tổng hợp", "Danh sách  “người”"]   # first, though written last; no ":"
        assert book.sheet("Tổng hợp").rows == [["Tổng", 4.0]]
        rows = book.sheet("Danh sách  “người”").rows
    assert rows[0] == ["Họ và tên", "Số CCCD", "Ghi chú", "Số", "Tiền", "Có"]
    expected = [[("" if v is None else v) for v in row] for row in ROWS]
    assert rows[1:] == expected   # gaps keep the cells after them in their columns; '=' stays text
    assert row_digest(rows[1:]) == row_digest(ROWS)


def test_text_is_escaped_and_ids_are_text_cells(tmp_path):
    path = _write(tmp_path / "ds.xlsx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "a &amp; &lt;b&gt;" in xml and 'xml:space="preserve"' in xml
    assert '<c s="2" t="inlineStr"><is><t>001085012345</t></is></c>' in xml   # style 2: the text format '@'
    assert "<f>" not in xml


def test_a_value_no_cell_holds_is_refused_and_canonical_text_makes_it_one(tmp_path):
    with pytest.raises(ValueError):
        with StreamBook(tmp_path / "x.xlsx") as book:
            book.sheet("a").rows([[float("nan")]])
    assert with_canonical_text([[float("inf"), "a\x01", 5]]) == [["inf", "a\ufffd", 5]]


def test_a_folder_that_is_not_there_is_one_sentence(tmp_path):
    with pytest.raises(UserError, match="Không ghi được tệp"):
        StreamBook(tmp_path / "không có" / "ds.xlsx")


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_libreoffice_opens_it(tmp_path):
    path = _write(tmp_path / "ds.xlsx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "--outdir",
                    str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    written, = tmp_path.glob("ds*.csv")   # the filter's last field: sheet 2 only
    lines = written.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Họ và tên,Số CCCD,Ghi chú,Số,Tiền,Có"
    assert lines[1] == "Đinh Thị Hương,001085012345,,52139,1250000.5,TRUE"
    assert lines[2] == ',,"  a & <b> ""c""  ",-3,,FALSE'   # the cells after a gap in their own columns
