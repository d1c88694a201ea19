"""The writing half of the workbook layer (core.workbooks.write): the three exported workbooks (handover list,
targets table, import errors) open in LibreOffice with their Vietnamese text and IDs' leading zeros, print on
A4 one page wide, and take hostile values (control characters, durations) safely."""
import csv
import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from core.errors import UserError
from core.handover import export_handover
from core.people_import import Layout, write_errors
from core.targets_export import export_targets
from core.targets_workbook import import_targets
from core.workbooks import column_index, column_letter
from core.workbooks import write as xl
from fixtures.targets_fixtures import add_bac_giang_units, write_phu_luc_01

ID, PHONE = "001085012345", "0905123456"


def handover_rows():
    return [{"collector_id": 1, "collector_name": "Phạm Thị Thu", "agency_name": "Bưu điện Sơn Hà",
             "full_name": "Đinh Thị Hương", "birth_year": 1985, "gender": "female", "citizen_id": ID,
             "phone": PHONE, "village": "Thôn 1", "commune": "Sơn Hà", "conference_date": "2025-11-10",
             "notes": "hẹn\x07 gọi lại"}]


@pytest.fixture
def three(ws, tmp_path):
    """The three outputs, each with a Vietnamese name, an ID with a leading zero, or both."""
    add_bac_giang_units(ws)
    handover = export_handover(ws, tmp_path / "ban-giao.xlsx", handover_rows())
    layout = Layout(header_rows=[0], labels=["Họ và tên", "Số CCCD", "Số ĐT", "Giờ", "Ghi chú"],
                    mapping={"full_name": 0, "citizen_id": 1, "phone": 2}, data_start=1)
    rejected = [(7, ["Nguyễn Văn Ánh", ID, 905123456.0, dt.timedelta(hours=1, minutes=30), "a\x00b\x1fc"],
                 "Số CCCD trùng\x0b")]
    errors = write_errors(tmp_path / "loi.xlsx", "danh-sach.xlsx", "DS", layout, rejected)
    plan, _ = ws.plans.create("10/KH-UBND", "Tháng cao điểm 2023")
    import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan)
    targets = export_targets(ws, plan, tmp_path / "chi-tieu.xlsx")
    return {"handover": handover, "errors": errors, "targets": targets}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_three_outputs_with_vietnamese_text_and_leading_zeros(three, tmp_path):
    out = tmp_path / "csv"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out),
                    *map(str, three.values())], check=True, capture_output=True, timeout=240)

    def cells(name):
        with open(out / f"{three[name].stem}.csv", encoding="utf-8") as f:
            return [c for row in csv.reader(f) for c in row]

    handover = cells("handover")
    assert "DANH SÁCH CẦN TIẾP TỤC VẬN ĐỘNG" in handover and "Đinh Thị Hương" in handover
    assert ID in handover and PHONE in handover
    assert any("Nghị định 13/2023/NĐ-CP" in c for c in handover)
    assert "hẹn\ufffd gọi lại" in handover
    errors = cells("errors")
    assert "Nguyễn Văn Ánh" in errors and ID in errors and "905123456" in errors
    assert "1:30:00" in errors and "a\ufffdb\ufffdc" in errors and "Số CCCD trùng\ufffd" in errors
    assert any("Nghị định 13/2023/NĐ-CP" in c for c in errors)
    targets = cells("targets")
    assert "Tổng cộng" in targets and "Huyện Hiệp Hòa" in targets and "Số người phải phát triển" in targets


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
                    reason="LibreOffice (soffice) or poppler (pdfinfo) is not installed")
def test_libreoffice_prints_each_short_list_on_one_a4_page(three, tmp_path):
    out = tmp_path / "pdf"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, three.values())],
                   check=True, capture_output=True, timeout=240)
    for name, path in three.items():
        info = subprocess.run(["pdfinfo", str(out / f"{path.stem}.pdf")], capture_output=True, text=True,
                              check=True).stdout
        assert "Pages:           1\n" in info, (name, info)
        width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
        assert sorted((round(width), round(height))) == [595, 842], (name, "A4")


def test_print_setup_is_a4_one_page_wide_and_the_look_is_shared(three):
    for name, path in three.items():
        book = load_workbook(path)
        for sheet in book.worksheets:
            setup = sheet.page_setup
            assert int(setup.paperSize) == int(sheet.PAPERSIZE_A4) == 9, name
            assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, name
            assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), name
            assert setup.orientation in ("portrait", "landscape"), name
            assert sheet.print_title_rows, name
            fonts = {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None}
            assert fonts == {xl.FONT_NAME}, (name, fonts)


def test_ids_and_phones_are_text_cells_and_hostile_values_are_written_safely(three):
    sheet = load_workbook(three["handover"]).active
    row = next(r for r in sheet.iter_rows() if r[1].value == "Đinh Thị Hương")
    assert [(c.value, c.number_format, c.data_type) for c in row[4:6]] == [(ID, "@", "s"), (PHONE, "@", "s")]
    assert row[9].value == "hẹn\ufffd gọi lại"
    assert any(xl.personal_data_notice() == c.value for r in sheet.iter_rows() for c in r)
    header = next(r for r in sheet.iter_rows() if r[0].value == "STT")
    assert all(c.font.bold and c.border.left.style == "thin" for c in header)

    sheet = load_workbook(three["errors"]).active
    row = next(r for r in sheet.iter_rows() if r[0].value == "Nguyễn Văn Ánh")
    assert [(c.value, c.number_format) for c in row[1:3]] == [(ID, "@"), ("905123456", "@")]
    assert row[3].value == "1:30:00" and row[4].value == "a\ufffdb\ufffdc"
    assert row[5].value == 7 and row[6].value == "Số CCCD trùng\ufffd"
    assert sheet["A2"].value == xl.personal_data_notice()


def test_cell_value_and_text_value():
    assert xl.cell_value("a\x01b") == "a\ufffdb"
    assert xl.cell_value(dt.timedelta(minutes=5)) == "0:05:00" and xl.cell_value(dt.time(7, 30)) == "07:30:00"
    assert xl.cell_value(float("nan")) == "nan" and xl.cell_value(3) == 3
    assert xl.text_value(912345678.0) == "912345678" and xl.text_value("0905\x02") == "0905\ufffd"
    assert xl.text_value(None) is None and xl.text_value("") is None


def test_saving_to_a_missing_folder_is_one_sentence_naming_the_path(tmp_path):
    book = xl.new_workbook()
    xl.add_sheet(book, "DS")
    target = tmp_path / "no-such-folder" / "x.xlsx"
    with pytest.raises(UserError) as caught:
        xl.save(book, target)
    assert str(target) in caught.value.message and caught.value.message.count(".") <= 2


def test_sheet_titles_are_legal_and_unique():
    used = set()
    assert xl.sheet_title("Thu [Sơn Hà]: 1/2", used) == "Thu  Sơn Hà   1 2"
    assert xl.sheet_title("Thu [Sơn Hà]: 1/2", used) == "Thu  Sơn Hà   1 2 2"
    assert xl.sheet_title("", used) == "Sheet"


def test_column_letters_and_indexes():
    assert [column_letter(n) for n in (1, 26, 27, 702, 703, 16384)] == ["A", "Z", "AA", "ZZ", "AAA", "XFD"]
    assert [column_index(s) for s in ("A", "z", "AA", "XFD")] == [1, 26, 27, 16384]
    assert all(column_index(column_letter(n)) == n for n in range(1, 16385))
    for bad in ("", "A1", "XFE", "ABCD"):
        with pytest.raises(ValueError):
            column_index(bad)
    with pytest.raises(ValueError):
        column_letter(0)


def test_documents_are_vietnamese_whatever_the_screen_shows(ws, tmp_path):
    """The follow-up list goes to the collection agency and the targets table to the province: Vietnamese even
    while the window is in English."""
    from core import i18n
    add_bac_giang_units(ws)
    plan, _ = ws.plans.create("10/KH-UBND", "Tháng cao điểm 2023")
    import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan)
    i18n.set_language("en")
    try:
        handover = load_workbook(export_handover(ws, tmp_path / "ban-giao.xlsx", handover_rows())).active
        targets = load_workbook(export_targets(ws, plan, tmp_path / "chi-tieu.xlsx")).active
        english = load_workbook(export_handover(ws, tmp_path / "en.xlsx", handover_rows(), lang="en")).active
    finally:
        i18n.set_language("vi")
    cells = [c for row in handover.iter_rows(values_only=True) for c in row if c]
    assert "DANH SÁCH CẦN TIẾP TỤC VẬN ĐỘNG" in cells and "Họ và tên" in cells and "Nhân viên thu: Phạm Thị Thu — Bưu điện Sơn Hà" in cells
    assert any("Nghị định 13/2023/NĐ-CP" in str(c) for c in cells)
    assert not any("FOLLOW-UP" in str(c) or "Full name" in str(c) for c in cells)
    assert "Tổng cộng" in [c for row in targets.iter_rows(values_only=True) for c in row if c]
    assert "FOLLOW-UP LIST" in [c for row in english.iter_rows(values_only=True) for c in row if c]


def test_a_workbook_that_cannot_be_written_leaves_the_file_there_as_it_was(tmp_path, monkeypatch):
    """A full disk while the file is written: refused in one sentence, and the file the clerk had stays whole."""
    import errno
    import pathlib
    from openpyxl import Workbook
    target = tmp_path / "danh-sach.xlsx"
    target.write_bytes(b"the clerk's earlier list")
    real = pathlib.Path.write_bytes

    def full(self, data):
        real(self, bytes(data)[:100])   # half of it lands, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(pathlib.Path, "write_bytes", full)
    with pytest.raises(UserError, match="danh-sach.xlsx"):
        xl.save(Workbook(), target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the clerk's earlier list"
    assert [p.name for p in tmp_path.iterdir()] == ["danh-sach.xlsx"]   # no temporary file left beside it
