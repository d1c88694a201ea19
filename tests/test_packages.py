"""Sync packages, first steps (core/sync): a package written for another office and read back there with its
checks — signature, trusted signer, recipient, version, each sheet's rows and hash — and a LibreOffice re-save
that still reads while one edited cell does not."""
from __future__ import annotations

import json
import shutil
import subprocess

import openpyxl
import pytest

from core import keys
from core.errors import UserError
from core.sync import format as fmt
from core.sync.export import export_package
from core.sync.verify import read_package


@pytest.fixture
def offices(demo, tmp_path):
    """The demo office SH and a province office TINH that trusts it."""
    from core.workspace import Workspace
    tinh = Workspace.open(tmp_path / "tinh.sqlite", actor="test")
    tinh.units.init_office(code="TINH", name="BHXH tỉnh Quảng Ngãi", province="Quảng Ngãi")
    keys.export_public(demo, tmp_path / "sh.pub.key")
    keys.trust(tinh, tmp_path / "sh.pub.key")
    yield demo, tinh
    tinh.close()


@pytest.fixture
def package(offices, tmp_path):
    demo, _tinh = offices
    path = tmp_path / "goi.xlsx"
    export_package(demo, "TINH", path)
    return path


def test_a_full_package_holds_every_travelling_record_by_uuid(offices, package):
    demo, tinh = offices
    read = read_package(tinh, package)
    assert read.sender == "SH" and not read.already_imported
    for table in fmt.SHEETS:
        rows = read.sheets[table]
        assert len(rows) - 1 == demo.query(f"SELECT count(*) AS n FROM [{table}]")[0]["n"], table
        assert rows[0][-5:] == list(fmt.TECHNICAL_HEADERS)
    people = read.sheets["people"]
    header = people[0]
    commune = header.index("Xã (UUID)")
    uuids = {r["uuid"] for r in demo.query("SELECT uuid FROM units")}
    assert all(r[commune] in uuids for r in people[1:] if r[commune])      # references are UUIDs, never ids
    assert "Tên không dấu" not in header                                   # derived keys stay home
    sheet = openpyxl.load_workbook(package, read_only=True)["Người tham gia"]
    id_col = header.index("Số CCCD") + 1
    cells = [row[id_col - 1] for row in sheet.iter_rows(min_row=2) if row[id_col - 1].value]
    assert cells and all(c.data_type == "s" for c in cells)                # IDs as text
    registered = demo.query("SELECT count(*) n FROM sync_packages WHERE direction = 'sent' AND peer_code = 'TINH'")
    assert registered[0]["n"] == 1


def test_the_manifest_says_who_for_whom_and_is_signed(offices, package):
    demo, _tinh = offices
    sheet = openpyxl.load_workbook(package, read_only=True)[fmt.MANIFEST_SHEET]
    entries = {r[0]: r[1] for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]}
    assert entries["sender_code"] == "SH" and entries["recipient_code"] == "TINH" and entries["sequence"] == 1
    assert entries["mode"] == "full" and entries["fingerprint"] == keys.own(demo).fingerprint
    notice = next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert "Nghị định 13/2023" in notice and "TINH" in notice


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_a_libreoffice_resave_still_reads_and_an_edited_cell_does_not(offices, package, tmp_path):
    _demo, tinh = offices
    out = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(package)],
                   capture_output=True, timeout=180)
    assert len(read_package(tinh, out / package.name).sheets) == len(fmt.SHEETS)
    book = openpyxl.load_workbook(out / package.name)
    sheet = book["Người tham gia"]
    sheet.cell(2, 1).value = "Nguyễn Văn Sửa"
    book.save(tmp_path / "sua.xlsx")
    with pytest.raises(UserError, match="bị sửa ở trang “Người tham gia”"):
        read_package(tinh, tmp_path / "sua.xlsx")


def _edited(package, tmp_path, sheet_name, change):
    book = openpyxl.load_workbook(package)
    change(book[sheet_name])
    path = tmp_path / f"edited-{len(list(tmp_path.iterdir()))}.xlsx"
    book.save(path)
    return path


def _manifest_row(sheet, key):
    return next(r for r in sheet.iter_rows(min_row=4) if r[0].value == key)


def test_every_tampering_is_refused_naming_what(offices, package, tmp_path):
    demo, tinh = offices
    cases = [
        ("Giấy mời", lambda s: s.delete_rows(3), "bị sửa ở trang “Giấy mời”"),
        ("Giấy mời", lambda s: s.cell(2, 3).__setattr__("value", "ZZZZZZZ"), "bị sửa ở trang “Giấy mời”"),
        (fmt.MANIFEST_SHEET, lambda s: _manifest_row(s, "recipient_code")[1].__setattr__("value", "KHAC"),
         "không đúng chữ ký"),
        (fmt.MANIFEST_SHEET, lambda s: _manifest_row(s, "rows:people")[1].__setattr__("value", 1),
         "không đúng chữ ký"),
        (fmt.MANIFEST_SHEET, lambda s: _manifest_row(s, "format_version")[1].__setattr__("value", 9),
         "phiên bản 9"),
        (fmt.MANIFEST_SHEET, lambda s: _manifest_row(s, "format")[1].__setattr__("value", "x"),
         "không phải gói dữ liệu đồng bộ"),
    ]
    for sheet, change, words in cases:
        with pytest.raises(UserError, match=words):
            read_package(tinh, _edited(package, tmp_path, sheet, change))
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(package.read_bytes()[:5000])
    with pytest.raises(UserError):
        read_package(tinh, truncated)
    with pytest.raises(UserError, match="không phải gói dữ liệu đồng bộ"):
        read_package(tinh, _edited(package, tmp_path, fmt.MANIFEST_SHEET, lambda s: s.__setattr__("title", "Khác")))


def test_an_unknown_or_removed_signer_and_another_office_are_refused(offices, package, tmp_path):
    from core.workspace import Workspace
    demo, tinh = offices
    other = Workspace.open(tmp_path / "other.sqlite", actor="test")
    try:
        other.units.init_office(code="TINH", name="Một văn phòng khác", province="Quảng Ngãi")
        with pytest.raises(UserError, match=keys.own(demo).fingerprint):   # unknown: named by fingerprint
            read_package(other, package)
    finally:
        other.close()
    keys.untrust(tinh, keys.trusted(tinh)[0]["id"])
    with pytest.raises(UserError, match="đã bị bỏ tin cậy"):
        read_package(tinh, package)
    keys.trust(tinh, tmp_path / "sh.pub.key")
    elsewhere = tmp_path / "cho-xa.xlsx"
    export_package(demo, "SONHA", elsewhere)
    with pytest.raises(UserError, match="gửi cho đơn vị SONHA"):
        read_package(tinh, elsewhere)


def test_some_kinds_only_and_changes_since_a_day(offices, tmp_path):
    demo, tinh = offices
    only = tmp_path / "people.xlsx"
    export_package(demo, "TINH", only, only=["people", "figures"])
    assert set(read_package(tinh, only).sheets) == {"people", "not_duplicates", "daily_figures"}
    person = demo.query("SELECT id FROM people LIMIT 1")[0]["id"]
    with demo.transaction():
        demo.update("people", person, {"notes": "=1+1 gọi lại sau"})   # a note that looks like a formula
    demo.db.execute("UPDATE people SET updated_at = '2099-01-02T00:00:00.000+00:00' WHERE id = ?", [person])
    since = tmp_path / "since.xlsx"
    sent = export_package(demo, "TINH", since, since="01/01/2099")
    assert sent.mode == "since" and sent.counts["people"] == 1 and sent.counts["units"] == 0
    rows = read_package(tinh, since).sheets["people"]
    assert rows[1][rows[0].index("Ghi chú")] == "=1+1 gọi lại sau"             # text, not a formula
    with pytest.raises(UserError, match="bogus"):
        export_package(demo, "TINH", tmp_path / "x.xlsx", only=["bogus"])
    assert json.loads(demo.query("SELECT counts FROM sync_packages ORDER BY id DESC LIMIT 1")[0]["counts"])["people"] == 1


def test_a_cell_no_spreadsheet_holds_is_refused_not_a_crash(offices, package, tmp_path):
    """A NaN written into the sheet's XML by hand: refused naming the sheet (it was a crash, exit 3)."""
    import re
    import zipfile
    _demo, tinh = offices
    hostile = tmp_path / "nan.xlsx"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(hostile, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":   # the second data sheet (the manifest is written last)
                data = re.sub(rb"<v>\d+</v>", b"<v>NaN</v>", data, count=1)
            out.writestr(item, data)
    with pytest.raises(UserError, match="“Chỉ tiêu”: có ô giá trị không hợp lệ"):
        read_package(tinh, hostile)


def test_a_package_sheet_beyond_the_bounds_is_refused_when_read(offices, package, tmp_path):
    """Sheets are checked as they are read: a package whose data sheet places a cell at XFD1048576 is refused
    naming the file, and the office is unchanged."""
    import zipfile
    _demo, tinh = offices
    hostile = tmp_path / "far.xlsx"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(hostile, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x'
                                                     b'</t></is></c></row></sheetData>')
            out.writestr(item, data)
    with pytest.raises(UserError, match="far.xlsx"):
        read_package(tinh, hostile)


def test_a_batch_crosses_to_the_importing_process_as_it_was():
    """Records go from the reading process as marshal bytes; a value marshal does not take (a date cell in an
    edited package) goes pickled instead, not as a crash."""
    import datetime as dt
    import marshal
    from core.sync.reader import _packed
    rows = [["Nguyễn Văn An", 1980, None, 2.5, ""], ["x", 0, None, -1.0, "y"]]
    assert marshal.loads(_packed(rows)) == rows
    dated = [["Nguyễn Văn An", dt.date(2026, 1, 5)]]
    assert _packed(dated) == dated


def _signed_again(demo, package, tmp_path, change=None, entries=None):
    """The package edited (change(book) on its data sheets; entries: manifest key -> value, None to remove it), its
    counts and hashes made again and signed again with the sender's own key: what a trusted office's faulty or
    hostile program could send."""
    from core.sync.verify import _manifest, sheet_digest
    from core.workbooks import open_workbook
    book = openpyxl.load_workbook(package)
    if change:
        change(book)
    manifest = book[fmt.MANIFEST_SHEET]

    def put(key, value):
        row = next((r for r in manifest.iter_rows(min_row=4) if r[0].value == key), None)
        if row is None and value is not None:
            manifest.append([key, value])
        elif row is not None:
            row[0].value, row[1].value = (key, value) if value is not None else (None, None)

    path = tmp_path / f"signed-{len(list(tmp_path.iterdir()))}.xlsx"
    book.save(path)
    with open_workbook(path, sheets_when_read=True) as read:
        for table, (sheet_name, _kind) in fmt.SHEETS.items():
            if sheet_name in read.sheet_names:
                count, digest = sheet_digest(read.sheet(sheet_name).rows, path.name, sheet_name)
                put(f"rows:{table}", str(count))
                put(f"sha256:{table}", digest)
    for key, value in (entries or {}).items():
        put(key, value)
    book.save(path)
    with open_workbook(path, sheets_when_read=True) as read:
        signed = fmt.signed_payload(_manifest(read))
    put(fmt.SIGNATURE, __import__("base64").b64encode(keys.private_key(demo).sign(signed)).decode())
    book.save(path)
    return path


def _set_cell(sheet_name, column_header, value, row=2):
    def change(book):
        sheet = book[sheet_name]
        column = [c.value for c in sheet[1]].index(column_header) + 1
        sheet.cell(row, column).value = value
    return change


def test_a_package_signed_by_a_trusted_office_but_made_wrong_is_refused_in_a_sentence(offices, package, tmp_path):
    """Signed and hashed rightly, wrong inside (a faulty program at a trusted office): a manifest entry the merge
    relies on, or a number no database holds, is refused in one sentence with nothing written; each of these was a
    crash (exit 3)."""
    from core.sync.merge import import_package
    demo, tinh = offices
    assert import_package(tinh, _signed_again(demo, package, tmp_path), dry_run=True).status == "imported"
    cases = [
        ({"sequence": "x"}, None, "mục “sequence” trong trang thông tin có giá trị không hợp lệ"),
        ({"sequence": None}, None, "thiếu mục “sequence”"),
        ({"package_uuid": None}, None, "thiếu mục “package_uuid”"),
        ({"acknowledged": "1" + "0" * 30}, None, "mục “acknowledged”"),
        ({"mode": "changes", "base_sequence": "1" + "0" * 30}, None, "mục “base_sequence”"),
        ({"mode": "weird"}, None, "mục “mode”"),
        ({"sender_code": "KHAC"}, None, "ghi đơn vị gửi là “KHAC” nhưng được ký bằng khóa của SH"),
        (None, _set_cell("Người tham gia", "Phiên bản", 1e30), "“Người tham gia”, dòng 2: UUID, phiên bản"),
    ]
    before = tinh.db.execute("SELECT count(*) FROM sync_packages").fetchone()[0]
    for entries, change, words in cases:
        result = import_package(tinh, _signed_again(demo, package, tmp_path, change, entries))
        assert result.status == "refused" and words in result.reason, (entries, result.reason)
    assert tinh.db.execute("SELECT count(*) FROM sync_packages").fetchone()[0] == before
    assert tinh.query("SELECT count(*) n FROM people")[0]["n"] == 0


def test_a_record_a_table_refuses_is_held_saying_which_cell(offices, package, tmp_path):
    """A person without a name (a rule of the table, not a duplicate) is held naming the cell; a number beyond
    SQLite's integers stays a number."""
    from core.sync.merge import import_package
    demo, tinh = offices

    def change(book):
        _set_cell("Người tham gia", "Họ và tên", None)(book)
        _set_cell("Số liệu hằng ngày", "Số người", 1e30)(book)
    result = import_package(tinh, _signed_again(demo, package, tmp_path, change))
    assert result.status == "imported" and result.held == 1
    assert 1e30 in [r["count"] for r in tinh.query("SELECT count FROM daily_figures")]
    [held] = tinh.query("SELECT table_name, reason FROM sync_held")
    assert held["table_name"] == "people" and "ô “Họ và tên” để trống hoặc có giá trị không hợp lệ" in held["reason"]


def test_many_records_the_table_refuses_are_all_held(offices, package, tmp_path):
    """600 people of the package have a citizen ID a person here already has (two offices imported one list): all
    held as duplicates. Each is tried alone in a savepoint rolled back, which once aborted the read of the rest
    after 500 (a crash)."""
    import uuid
    from core.sync.merge import import_package
    demo, tinh = offices

    def change(book):
        sheet = book["Người tham gia"]
        header = [c.value for c in sheet[1]]
        at_uuid, at_id = header.index("UUID"), header.index("Số CCCD")
        template = [c.value for c in sheet[2]]
        for k in range(600):
            row = list(template)
            row[at_uuid], row[at_id] = str(uuid.uuid4()), f"{k:012d}"
            sheet.append(row)
    with tinh.transaction():
        for k in range(600):
            tinh.insert("people", {"full_name": f"Người {k}", "name_folded": f"nguoi {k}", "name_sort": f"{k}",
                                   "citizen_id": f"{k:012d}"})
    result = import_package(tinh, _signed_again(demo, package, tmp_path, change))
    assert result.status == "imported" and result.held == 600, result.reason
    reasons = [r["reason"] for r in tinh.query("SELECT reason FROM sync_held")]
    assert len(reasons) == 600 and all("trùng với một bản ghi đã có" in r for r in reasons)
