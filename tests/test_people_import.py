import unicodedata

import openpyxl
import pytest

from core.errors import UserError
from core.people_import import field_for, find_layout, read_sheet
from fixtures.people_fixtures import (KNOWN_ID, ROW_DUP_IN_FILE,
                                      ROW_MISMATCH, ROW_NO_COMMUNE, ROW_SHORT_ID, ROW_UNKNOWN_COMMUNE, dates_list,
                                      empty_workbook, encrypted_workbook, messy_list, no_header_workbook,
                                      not_a_workbook, write)


@pytest.fixture
def messy(tmp_path):
    return messy_list(tmp_path / "danh-sach.xlsx")


@pytest.mark.parametrize("label, field", [
    ("Họ và tên", "full_name"), ("Họ tên", "full_name"), ("HỌ VÀ TÊN", "full_name"), ("Số CCCD/ĐDCN", "citizen_id"),
    ("CCCD", "citizen_id"), ("Số ĐT", "phone"), ("Điện thoại", "phone"), ("SĐT", "phone"), ("Thôn/xóm", "village"),
    ("Năm sinh", "birth"), ("Ngày sinh", "birth"), ("Năm sinh Nam", "birth_male"), ("Năm sinh Nữ", "birth_female"),
    ("Giới tính", "gender"), ("Nghề nghiệp", "occupation"), ("Địa chỉ", "address"), ("Xã", "commune"),
    ("Xã/phường", "commune"), ("STT", "_stt"), ("Lý do", None), ("Dòng", None),
    (unicodedata.normalize("NFD", "Thôn/xóm"), "village"),
])
def test_columns_are_recognised_by_vietnamese_names_and_variants(label, field):
    assert field_for(label) == field


def test_header_is_found_below_title_rows_with_a_merged_two_row_header(messy):
    _, name, rows = read_sheet(messy)
    layout = find_layout(rows, name)
    assert layout.header_rows == [3, 4] and layout.data_start == 6  # the (1) (2) … row is skipped
    assert layout.mapping == {"full_name": 1, "birth_male": 2, "birth_female": 3, "citizen_id": 4, "phone": 5,
                              "village": 6, "commune": 7, "occupation": 8}


def test_dry_run_counts_and_writes_nothing(office, messy):
    office.people.add({"full_name": "Bùi Văn Hậu", "citizen_id": KNOWN_ID, "commune": "Sơn Hà"})
    audit_before = office.query("SELECT count(*) n FROM audit_log")[0]["n"]
    result = office.people.import_file(messy, dry_run=True)
    # without --commune the row that names no commune is rejected too
    assert (result.rows, result.created, result.updated, result.duplicates, result.rejected) == (9, 3, 1, 1, 4)
    assert [r for r, _ in result.problems] == [ROW_MISMATCH, ROW_SHORT_ID, ROW_UNKNOWN_COMMUNE, ROW_NO_COMMUNE]
    assert office.people.count() == 1 and office.people.import_jobs() == []
    assert office.query("SELECT count(*) n FROM audit_log")[0]["n"] == audit_before


def test_import_of_a_messy_list(office, messy):
    known, _, _ = office.people.add({"full_name": "Bùi Văn Hậu", "citizen_id": KNOWN_ID, "commune": "Sơn Hà"})
    result = office.people.import_file(messy, commune="Sơn Hà")
    # 9 rows (the empty one skipped, the footer ignored): An, Bình, Ích and Giang (commune from --commune) new; Hậu known by ID (phone, village, occupation
    # filled in); An's second row a duplicate; mismatch, short ID, unknown commune rejected.
    assert (result.rows, result.created, result.updated, result.duplicates, result.rejected) == (9, 4, 1, 1, 3)
    reasons = dict(result.problems)
    assert set(reasons) == {ROW_MISMATCH, ROW_SHORT_ID, ROW_UNKNOWN_COMMUNE}
    assert "1985" in reasons[ROW_MISMATCH] and "12" in reasons[ROW_SHORT_ID] and "Sơn Mỹ" in reasons[ROW_UNKNOWN_COMMUNE]
    assert any(r == ROW_DUP_IN_FILE for r, _ in result.notes)
    people = {p["full_name"]: p for p in office.people.rows(office.people.ids())}
    assert set(people) == {"Nguyễn Văn An", "Trần Thị Bình", "Đinh Văn Giang", "Bùi Văn Hậu", "Võ Thị Ích"}
    an = people["Nguyễn Văn An"]
    assert (an["citizen_id"], an["phone"], an["gender"], an["birth_year"]) == ("051080001234", "0905123456", "M", 1980)
    assert (an["village"], an["commune"], an["occupation"], an["target_group"]) == ("Thôn 1", "Xã Sơn Hà", "Làm nông", "")
    binh = people["Trần Thị Bình"]
    assert unicodedata.is_normalized("NFC", binh["full_name"]) and binh["gender"] == "F"
    assert (binh["phone"], binh["village"], binh["commune"]) == ("0362345678", "Thôn 2", "Xã Sơn Hạ")
    assert people["Võ Thị Ích"]["birth_date"] == "1992-03-12" and people["Võ Thị Ích"]["gender"] == "F"
    assert people["Đinh Văn Giang"]["commune"] == "Xã Sơn Hà" and people["Đinh Văn Giang"]["village"] == "Thôn Mới"
    hau = office.people.get(known)
    assert (hau["phone"], hau["village"], hau["occupation"]) == ("0356789012", "Thôn 1", "Làm rẫy")
    assert result.warnings >= 2  # old phone converted; new villages
    job = office.people.import_jobs()[0]
    assert (job["id"], job["rows"], job["created"], job["updated"], job["rejected"]) == (result.job_id, 9, 4, 1, 3)
    assert office.query("SELECT count(*) n FROM audit_log WHERE action = 'import'")[0]["n"] == 1
    assert [r["full_name"] for r in office.people.search("binh")] == ["Trần Thị Bình"]


def test_import_again_finds_everyone_already_there(office, messy):
    office.people.import_file(messy, commune="Sơn Hà")
    again = office.people.import_file(messy, commune="Sơn Hà")
    assert (again.created, again.updated, again.rejected) == (0, 0, 3)
    assert again.duplicates == 6 and office.people.count() == 5


def test_a_row_matching_several_people_is_rejected_not_guessed(office, tmp_path):
    for _ in range(2):
        office.people.add({"full_name": "Đinh Văn Tư", "birth_year": 1970, "commune": "Sơn Hà", "village": "Thôn 1"})
    path = write(tmp_path / "x.xlsx", [["Họ và tên", "Năm sinh", "Thôn", "Xã"], ["Đinh Văn Tư", 1970, "Thôn 1", "Sơn Hà"]])
    result = office.people.import_file(path)
    assert result.rejected == 1 and "nhiều" in result.problems[0][1] and office.people.count() == 2


def test_rejected_rows_go_to_an_errors_workbook_that_imports_again_once_fixed(office, messy, tmp_path):
    out = tmp_path / "loi.xlsx"
    result = office.people.import_file(messy, commune="Sơn Hà", errors_path=out)
    assert result.errors_path == str(out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[2]
    assert header[:9] == ["STT", "Họ và tên", "Năm sinh Nam", "Năm sinh Nữ", "Số CCCD/ĐDCN", "Số ĐT", "Thôn/xóm", "Xã",
                          "Nghề nghiệp"] and header[9:] == ["Dòng", "Lý do"]
    data = rows[3:]
    assert [r[9] for r in data] == [ROW_MISMATCH, ROW_SHORT_ID, ROW_UNKNOWN_COMMUNE]
    assert data[0][1] == "Lê Văn Cường" and data[0][4] == "051085000111" and "1985" in data[0][10]
    # the clerk fixes the three rows in the errors file and imports it again
    sheet_rows = {ROW_MISMATCH: 4, ROW_SHORT_ID: 5, ROW_UNKNOWN_COMMUNE: 6}
    sheet.cell(row=sheet_rows[ROW_MISMATCH], column=3).value = 1985
    sheet.cell(row=sheet_rows[ROW_SHORT_ID], column=5).value = "051175000123"
    sheet.cell(row=sheet_rows[ROW_UNKNOWN_COMMUNE], column=8).value = "Sơn Kỳ"
    book.save(out)
    again = office.people.import_file(out)
    assert (again.rows, again.created, again.rejected) == (3, 3, 0), again.problems
    assert office.people.count() == 8


def test_dates_as_cells_serials_text_and_years(office, tmp_path):
    result = office.people.import_file(dates_list(tmp_path / "d.xlsx"))
    people = {p["full_name"]: p for p in office.people.rows(office.people.ids())}
    assert people["Lý Văn Một"]["birth_date"] == "1981-02-03"
    assert people["Lý Thị Hai"]["birth_date"] == "1982-02-18" and people["Lý Thị Hai"]["gender"] == "F"
    assert people["Lý Văn Ba"]["birth_date"] == "1983-06-05" and people["Lý Văn Ba"]["gender"] == "M"
    assert people["Lý Thị Bốn"]["birth_year"] == 1984 and people["Lý Thị Bốn"]["birth_date"] is None
    assert result.rejected == 2 and {r for r, _ in result.problems} == {6, 7}


def test_mapping_is_remembered_per_layout(office, tmp_path):
    path = write(tmp_path / "m.xlsx", [["Tên người", "Sinh", "Xã"], ["Đinh Văn Một", 1980, "Sơn Hà"]])
    with pytest.raises(UserError):
        office.people.preview_import(path)  # neither column is recognisable on its own
    path = write(tmp_path / "m.xlsx", [["Họ và tên", "Ghi chú", "Xã"], ["Đinh Văn Một", "1980", "Sơn Hà"]])
    preview = office.people.preview_import(path)
    assert preview.mapping == {"full_name": 0, "notes": 1, "commune": 2} and not preview.remembered
    assert preview.header_row == 1 and preview.data_rows == 1 and preview.sample[0][0] == "Đinh Văn Một"
    office.people.import_file(path, mapping={"full_name": 0, "birth": 1, "commune": 2})
    assert office.people.rows(office.people.ids())[0]["birth_year"] == 1980
    again = office.people.preview_import(path)
    assert again.remembered and again.mapping == {"full_name": 0, "birth": 1, "commune": 2}


def test_undo_import_removes_its_people_and_restores_what_it_filled(office, messy):
    known, _, _ = office.people.add({"full_name": "Bùi Văn Hậu", "citizen_id": KNOWN_ID, "commune": "Sơn Hà"})
    villages_before = len(office.units.list("village"))
    result = office.people.import_file(messy, commune="Sơn Hà")
    office.people.undo_import(result.job_id)
    assert office.people.count() == 1
    hau = office.people.get(known)
    assert (hau["phone"], hau["village_id"], hau["occupation"]) == ("", None, "")
    assert len(office.units.list("village")) == villages_before
    assert office.people.search("binh") == []
    assert office.people.import_jobs()[0]["undone_at"]
    with pytest.raises(UserError):
        office.people.undo_import(result.job_id)


def test_undo_is_refused_once_its_people_were_invited(office, messy):
    result = office.people.import_file(messy, commune="Sơn Hà")
    conf, _ = office.conferences.add("customer", office.units.find("Sơn Hà")["id"], "2025-11-10")
    office.invitations.invite(conf, office.people.ids({"search": "binh"}))
    with pytest.raises(UserError):
        office.people.undo_import(result.job_id)
    assert office.people.count() == 5


@pytest.mark.parametrize("maker", [not_a_workbook, encrypted_workbook, empty_workbook, no_header_workbook])
def test_bad_files_give_one_sentence_and_write_nothing(office, tmp_path, maker):
    path = maker(tmp_path / "bad.xlsx")
    with pytest.raises(UserError) as err:
        office.people.import_file(path)
    assert "\n" not in err.value.message and err.value.message.endswith(".")
    assert office.people.count() == 0 and office.people.import_jobs() == []


def test_unknown_sheet_and_missing_file(office, messy, tmp_path):
    with pytest.raises(UserError, match="Danh sách"):
        office.people.import_file(messy, sheet="Không có")
    with pytest.raises(UserError):
        office.people.import_file(tmp_path / "none.xlsx")


def test_a_name_differing_only_by_tone_marks_is_kept_for_review_not_merged(office, tmp_path):
    """Đặng Thị Hạ is not Đặng Thị Hà: both stay, flagged as a possible duplicate; nothing the row held is lost."""
    hà, _, _ = office.people.add({"full_name": "Đặng Thị Hà", "birth_year": 1975, "commune": "Sơn Hà",
                                  "village": "Thôn Xà Ây"})
    path = write(tmp_path / "x.xlsx", [["Họ và tên", "Năm sinh", "Điện thoại", "Thôn", "Xã"],
                                       ["Đặng Thị Hạ", 1975, "0905777123", "Thôn Xà Ây", "Sơn Hà"]])
    result = office.people.import_file(path)
    assert result.created == 1 and result.duplicates == 0 and result.possible_duplicates == 1
    assert any(str(hà) in note for _, note in result.notes)
    found = office.people.search("0905777123")
    assert [p["full_name"] for p in found] == ["Đặng Thị Hạ"]
    groups = office.people.possible_duplicates()
    assert any({p["full_name"] for p in g} == {"Đặng Thị Hà", "Đặng Thị Hạ"} for g in groups)


def test_the_same_written_name_without_id_is_that_person_and_fills_what_is_missing(office, tmp_path):
    pid, _, _ = office.people.add({"full_name": "Đặng Thị Hà", "birth_year": 1975, "commune": "Sơn Hà",
                                   "village": "Thôn Xà Ây"})
    path = write(tmp_path / "x.xlsx", [["Họ và tên", "Năm sinh", "Điện thoại", "Thôn", "Xã"],
                                       ["ĐẶNG THỊ HÀ", 1975, "0905777123", "Thôn Xà Ây", "Sơn Hà"]])
    result = office.people.import_file(path)
    assert (result.created, result.updated) == (0, 1)
    assert office.people.get(pid)["phone"] == "0905777123"
    again = office.people.import_file(path)
    assert (again.created, again.updated, again.duplicates) == (0, 0, 1)


def test_footers_are_found_with_tone_marks_and_subtotals_do_not_end_the_list(office, tmp_path):
    """'Tống Công Minh' is a person, not 'Tổng cộng'; a subtotal or section line inside the list is skipped,
    not a person, and the people after it are imported; the signature block at the bottom is not a person."""
    rows = [["DANH SÁCH KHÁCH HÀNG"], [],
            ["STT", "Họ và tên", "Năm sinh", "Thôn", "Xã"],
            ["I", "THÔN BÀ NÀ", None, None, None],
            [1, "Lê Văn Một", 1980, "Thôn Bà Nà", "Sơn Kỳ"],
            [2, "Tống Công Minh", 1981, "Thôn Bà Nà", "Sơn Kỳ"],
            [None, "Cộng thôn Bà Nà: 2 người", None, None, None],
            ["II", "THÔN RA MANH", None, None, None],
            [3, "Lê Văn Ba", 1982, "Thôn Ra Manh", "Sơn Kỳ"],
            [4, "Tống Sơn Tùng", 1983, "Thôn Ra Manh", "Sơn Kỳ"],
            [None, "Tổng cộng: 4 người", None, None, None],
            [None, "Người lập biểu", None, None, "Thủ trưởng đơn vị"],
            [None, "Nguyễn Văn Lập", None, None, "Trần Văn Trưởng"]]
    result = office.people.import_file(write(tmp_path / "x.xlsx", rows))
    assert (result.rows, result.created, result.rejected) == (4, 4, 0), result.problems
    assert {p["full_name"] for p in office.people.rows(office.people.ids({}))} == {
        "Lê Văn Một", "Tống Công Minh", "Lê Văn Ba", "Tống Sơn Tùng"}


def test_the_list_is_found_behind_a_cover_sheet(office, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Hướng dẫn"
    book.active.append(["Điền danh sách ở trang sau"])
    sheet = book.create_sheet("DS xã Sơn Hà")
    sheet.append(["Họ và tên", "Năm sinh", "Thôn", "Xã"])
    sheet.append(["Lê Văn A", 1980, "Thôn 1", "Sơn Hà"])
    path = tmp_path / "x.xlsx"
    book.save(path)
    assert office.people.preview_import(path).sheet == "DS xã Sơn Hà"
    assert office.people.import_file(path).created == 1
    with pytest.raises(UserError) as err:  # the clerk named the cover sheet: told so, with the sheets to pick
        office.people.preview_import(path, sheet="Hướng dẫn")
    assert err.value.sheets == ["Hướng dẫn", "DS xã Sơn Hà"]


def test_a_list_that_splits_family_and_given_names_imports_whole_names(office, tmp_path):
    path = write(tmp_path / "x.xlsx", [["STT", "Họ và tên đệm", "Tên", "Năm sinh", "Thôn", "Xã"],
                                       [1, "Lê Thị", "Hoa", 1980, "Thôn 1", "Sơn Hà"],
                                       [2, "Trần", "Bình", 1981, "Thôn 1", "Sơn Hà"]])
    assert office.people.import_file(path).created == 2
    assert sorted(p["full_name"] for p in office.people.rows(office.people.ids({}))) == ["Lê Thị Hoa", "Trần Bình"]


def test_an_errors_file_that_cannot_be_written_is_one_sentence_and_nothing_is_imported(office, messy, tmp_path):
    with pytest.raises(UserError, match="Không ghi được tệp lỗi"):
        office.people.import_file(messy, errors_path=tmp_path / "no-such-folder" / "loi.xlsx")
    assert office.people.count() == 0 and not (tmp_path / "no-such-folder").exists()
    with pytest.raises(UserError, match="trùng với tệp đang nhập"):
        office.people.import_file(messy, errors_path=messy)


def test_a_known_id_with_another_name_is_that_person_with_a_warning(office, tmp_path):
    pid, _, _ = office.people.add({"full_name": "Phạm Đức An", "citizen_id": "051080001234", "commune": "Sơn Hà"})
    path = write(tmp_path / "x.xlsx", [["Họ và tên", "Số CCCD", "Điện thoại", "Xã"],
                                       ["Phạm Đức Anh", "051080001234", "0905777123", "Sơn Hà"]])
    result = office.people.import_file(path)
    assert (result.created, result.updated, result.warnings) == (0, 1, 1)
    assert any("Phạm Đức An" in note and "Phạm Đức Anh" in note for _, note in result.notes)
    assert office.people.get(pid)["full_name"] == "Phạm Đức An"  # the registry's name is kept


def test_two_numbers_in_the_phone_cell_keep_the_first_and_note_the_second(office, tmp_path):
    path = write(tmp_path / "x.xlsx", [["Họ và tên", "Điện thoại", "Ghi chú", "Xã"],
                                       ["Lê Thị Hoa", "0905123456 / 0912345678", "Hộ cận nghèo", "Sơn Hà"]])
    result = office.people.import_file(path)
    assert (result.created, result.rejected, result.warnings) == (1, 0, 1)
    assert any("0912345678" in note for _, note in result.notes)
    person = office.people.get(office.people.ids()[0])
    assert person["phone"] == "0905123456" and person["notes"] == "Hộ cận nghèo; SĐT khác: 0912345678"


def test_gender_given_as_two_tick_columns(office, tmp_path):
    """'Giới tính' merged over 'Nam' | 'Nữ', ticked with x: read as the gender; both ticked is refused."""
    rows = [["STT", "Họ và tên", "Giới tính", None, "Năm sinh", "Xã"], [None, None, "Nam", "Nữ", None, None],
            [1, "Lê Văn A", "x", None, 1980, "Sơn Hà"], [2, "Lê Thị B", None, "x", 1982, "Sơn Hà"],
            [3, "Lê Thị C", "x", "x", 1982, "Sơn Hà"]]
    path = write(tmp_path / "x.xlsx", rows, merges=("A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"))
    result = office.people.import_file(path)
    assert (result.created, result.rejected) == (2, 1) and result.problems[0][0] == 5
    assert {p["full_name"]: p["gender"] for p in office.people.rows(office.people.ids({}))} == {
        "Lê Văn A": "M", "Lê Thị B": "F"}


def test_a_village_not_there_is_offered_the_closest_existing_one_and_the_clerk_decides(office, tmp_path):
    sh = office.units.find("Sơn Hà")["id"]
    go_da, _ = office.units.add_village(sh, "Thôn Gò Da")
    path = write(tmp_path / "x.xlsx", [["Họ và tên", "Năm sinh", "Thôn", "Xã"],
                                       ["Lê Văn A", 1980, "Thôn Go Đa", "Sơn Hà"],           # misspelt
                                       ["Lê Văn B", 1981, "Thôn Hoàn Toàn Mới", "Sơn Hà"],   # really new
                                       ["Lê Văn C", 1982, "thôn go đa", "Sơn Hà"]])
    dry = office.people.import_file(path, dry_run=True)
    found = {v["name"]: v for v in dry.villages_to_create}
    assert found["Thôn Go Đa"]["rows"] == [2, 4] and found["Thôn Go Đa"]["suggestion_id"] == go_da
    assert found["Thôn Go Đa"]["suggestion"] == "Thôn Gò Da" and found["Thôn Hoàn Toàn Mới"]["suggestion_id"] is None
    villages = {found["Thôn Go Đa"]["key"]: go_da, found["Thôn Hoàn Toàn Mới"]["key"]: None}
    result = office.people.import_file(path, villages=villages)
    assert result.created == 3 and result.new_villages == 1 and [v["name"] for v in result.villages_to_create] == [
        "Thôn Hoàn Toàn Mới"]
    by_name = {p["full_name"]: p for p in office.people.rows(office.people.ids())}
    assert by_name["Lê Văn A"]["village_id"] == by_name["Lê Văn C"]["village_id"] == go_da
    assert by_name["Lê Văn B"]["village"] == "Thôn Hoàn Toàn Mới"
    assert not any("Go Đa" in note for _, note in result.notes), "no 'will be added' note for a village chosen"
    other, _ = office.units.add_village(office.units.find("Sơn Hạ")["id"], "Thôn Xa")
    path2 = write(tmp_path / "y.xlsx", [["Họ và tên", "Năm sinh", "Thôn", "Xã"], ["Lê Văn D", 1983, "Thôn Gần", "Sơn Hà"]])
    key = office.people.import_file(path2, dry_run=True).villages_to_create[0]["key"]
    office.people.import_file(path2, villages={key: other})   # another commune's village: no choice, created
    d = office.people.rows(office.people.ids({"search": "le van d"}))[0]
    assert d["village"] == "Thôn Gần" and d["village_id"] != other
