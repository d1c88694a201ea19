"""The collection agency's lists (D05-TS, D03-TS): amounts worked out by hand, rates by the registration date,
blank cells counted as warnings, the CLI's JSON, and a real spreadsheet program reading the workbook."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
from fractions import Fraction

import openpyxl
import pytest

from core.documents import registration_lists as rl
from core.errors import UserError, ValidationError


@pytest.mark.parametrize("income, months, category, on, due, support, pays", [
    # an 'other' participant at 1.500.000 đ for 12 months: 22 % = 330.000 a month; 20 % of that supported
    (1_500_000, 12, None, "2026-05-10", 3_960_000, 792_000, 3_168_000),
    (1_500_000, 12, "other", "2026-05-10", 3_960_000, 792_000, 3_168_000),
    # a near-poor one for 3 months: 40 % of 330.000 = 132.000 a month supported
    (1_500_000, 3, "near_poor", "2026-05-10", 990_000, 396_000, 594_000),
    # support is on the poverty line only: 3.000.000 đ pays 660.000 a month, still 66.000 supported (other)
    (3_000_000, 1, "other", "2026-05-10", 660_000, 66_000, 594_000),
    # a rate change: 'other' was 10 % before 1/7/2025, 20 % from that day
    (1_500_000, 1, "other", "2025-06-30", 330_000, 33_000, 297_000),
    (1_500_000, 1, "other", "2025-07-01", 330_000, 66_000, 264_000),
    # poor and island 50 %, ethnic minority 30 %
    (1_500_000, 1, "poor", "2026-05-10", 330_000, 165_000, 165_000),
    (1_500_000, 1, "island", "2026-05-10", 330_000, 165_000, 165_000),
    (1_500_000, 1, "ethnic_minority", "2026-05-10", 330_000, 99_000, 231_000),
    # support for at most 120 months: a 60-month lump sum is all supported
    (1_500_000, 60, "other", "2026-05-10", 19_800_000, 3_960_000, 15_840_000),
])
def test_voluntary_si_amounts(income, months, category, on, due, support, pays):
    amounts = rl.vsi_amounts(income, months, category, on)
    assert (amounts["amount_due"], amounts["state_support"], amounts["person_pays"]) == (due, support, pays)
    assert amounts["amount_due"] == amounts["state_support"] + amounts["person_pays"]


@pytest.mark.parametrize("member, months, on, due", [
    (1, 12, "2026-07-05", 1_366_200),   # 4,5 % of 2.530.000 a month, from 1/7/2026 (DOMAIN.md's figures)
    (2, 12, "2026-07-05", 956_340),
    (3, 12, "2026-07-05", 819_720),
    (4, 12, "2026-07-05", 683_100),
    (5, 12, "2026-07-05", 546_480),
    (7, 12, "2026-07-05", 546_480),     # the 5th and later
    (1, 12, "2026-06-30", 1_263_600),   # the day before: 2.340.000
    (1, 3, "2026-07-05", 341_550),
])
def test_household_hi_amounts(member, months, on, due):
    assert rl.hhi_amounts(months, member, on)["amount_due"] == due


def test_money_rounds_half_up():
    assert rl.dong(Fraction(1, 2)) == 1 and rl.dong(Fraction(3, 2)) == 2 and rl.dong(Fraction(5, 2)) == 3


@pytest.fixture
def ws(file_ws):
    """The office in a file (conftest's office builds on this), so the command line can open it too."""
    return file_ws


@pytest.fixture
def registered(office):
    """Three attendees of one conference: an 'other' at 1.500.000 × 12 (vsi + hhi as the 2nd member), a near-poor
    one at 1.500.000 × 3, one with no income recorded yet (hhi only, member unknown)."""
    son_ha = office.units.find("Sơn Hà")["id"]
    conf, _ = office.conferences.add("customer", son_ha, "2026-05-10")
    people = [office.people.add({"full_name": n, "commune_id": son_ha, "village": "Thôn 1", **extra})[0]
              for n, extra in [("Đinh Văn Đức", {"citizen_id": "051080001234"}), ("Lê Thị Hoa", {}),
                               ("Trần Văn Bình", {"citizen_id": "051090004321"})]]
    made, _ = office.invitations.invite(conf, people)
    group, _ = office.groups.add("agency", "Bưu điện khu vực Sơn Hà - Sơn Tây")
    collector, _ = office.groups.add_member(group, "Phạm Thị Thu", role="Nhân viên thu", collector_code="NVT0123")
    for code in (m["code"] for m in made):
        office.attendance.check_in(conf, code)
    office.attendance.record_outcome(conf, people[0], ["vsi", "hhi"], monthly_income=1_500_000, payment_months=12,
                                     household_member=2, start_month="06/2026")
    office.attendance.record_outcome(conf, people[1], ["vsi"], monthly_income="1.500.000", payment_months=3,
                                     support_category="near_poor")
    office.attendance.record_outcome(conf, people[2], ["hhi"], payment_months=6)
    office.people.update(people[0], {"collector_id": collector})
    return office, conf, people


def test_the_d05_list_fills_what_the_app_knows_and_counts_the_blanks(registered):
    ws, conf, people = registered
    reg = rl.gather(ws, "d05-ts", conference_id=conf)
    assert [r["full_name"] for r in reg.rows] == ["Đinh Văn Đức", "Lê Thị Hoa"]  # Vietnamese order: Đức, Hoa
    duc, hoa = reg.rows
    assert (duc["amount_due"], duc["state_support"], duc["person_pays"]) == (3_960_000, 792_000, 3_168_000)
    assert (hoa["amount_due"], hoa["state_support"], hoa["person_pays"]) == (990_000, 396_000, 594_000)
    assert duc["start"] == "06/2026" and hoa["start"] == "05/2026" and duc["collector_code"] == "NVT0123"
    assert reg.to_json() == {"rows": 2, "amount_due": 4_950_000, "state_support": 1_188_000,
                             "person_pays": 3_762_000, "warnings": 2}
    assert reg.warnings == ["2. Lê Thị Hoa: chưa có số CCCD.", "2. Lê Thị Hoa: chưa có mã nhân viên thu."]
    assert ws.people.get(people[1])["support_category"] == "near_poor"


def test_the_d03_list_takes_the_household_place_and_the_first_when_unknown(registered):
    ws, conf, _ = registered
    reg = rl.gather(ws, "d03-ts", date_from="01/05/2026", date_to="31/05/2026")
    amounts = {r["full_name"]: (r["member"], r["amount_due"]) for r in reg.rows}
    # 4,5 % of 2.340.000 (in force on 10/05/2026) = 105.300 a month
    assert amounts == {"Đinh Văn Đức": (2, 884_520), "Trần Văn Bình": (1, 631_800)}
    assert any("Trần Văn Bình: chưa có người thứ mấy trong hộ" in w for w in reg.warnings)


def test_a_registration_without_income_keeps_its_cells_blank_and_warns(registered):
    ws, conf, people = registered
    ws.db.execute("UPDATE registrations SET monthly_income = NULL WHERE person_id = ?", [people[1]])
    reg = rl.gather(ws, "d05-ts", conference_id=conf)
    hoa = reg.rows[1]
    assert hoa["amount_due"] is None and hoa["person_pays"] is None
    assert reg.to_json()["amount_due"] == 3_960_000 and "mức thu nhập hoặc số tháng đóng" in " ".join(reg.warnings)


def test_outcome_extras_are_checked(registered):
    ws, conf, people = registered
    with pytest.raises(ValidationError) as bad:
        ws.attendance.record_outcome(conf, people[0], ["hhi"], payment_months=3, household_member=0,
                                     support_category="rich", start_month="13/2026")
    assert set(dict(bad.value.problems)) == {"household_member", "support_category", "start_month"}


def test_an_agency_that_does_not_exist_and_a_reversed_range_are_refused(registered):
    ws, conf, _ = registered
    with pytest.raises(UserError, match="Không có tổ chức dịch vụ thu"):
        rl.gather(ws, "d05-ts", conference_id=conf, agency="Bưu điện Hà Nội")
    with pytest.raises(UserError, match="trước ngày bắt đầu"):
        rl.gather(ws, "d05-ts", date_from="31/05/2026", date_to="01/05/2026")
    assert len(rl.gather(ws, "d05-ts", conference_id=conf, agency="buu dien khu vuc son ha").rows) == 1


def test_the_cli_writes_the_workbook_and_pdf_and_prints_the_json(registered, tmp_path, capsys):
    from cli import build_parser, run
    ws, conf, _ = registered
    path = ws.path
    out, pdf = tmp_path / "d05.xlsx", tmp_path / "d05.pdf"
    args = ["--db", str(path), "registrations", "--conference", str(conf), "--form", "d05-ts", "--out", str(out),
            "--pdf", str(pdf), "--json"]
    assert run(build_parser(args).parse_args(args)) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures == {"rows": 2, "amount_due": 4_950_000, "state_support": 1_188_000, "person_pays": 3_762_000,
                       "warnings": 2}
    assert figures["amount_due"] == figures["state_support"] + figures["person_pays"]
    sheet = openpyxl.load_workbook(out).active
    rows = [r for r in sheet.iter_rows(values_only=True)]
    duc = next(r for r in rows if r[1] == "Đinh Văn Đức")
    assert duc[3] == "051080001234" and duc[7] == 1_500_000 and duc[10] == 3_960_000 and duc[13] == 792_000
    assert pdf.exists() and pdf.stat().st_size > 1000
    if shutil.which("soffice"):  # a real spreadsheet program reads it
        subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                        "--outdir", str(tmp_path), str(out)], capture_output=True, timeout=180)
        with open(tmp_path / "d05.csv", encoding="utf-8") as f:
            table = list(csv.reader(f))
        assert any(row[1] == "Đinh Văn Đức" and row[3] == "051080001234" for row in table if len(row) > 3)
        digits = lambda text: "".join(ch for ch in text if ch.isdigit())  # noqa: E731 (shown as formatted)
        assert any(row[1] == "TỔNG CỘNG" and digits(row[10]) == "4950000" for row in table if len(row) > 10)


def test_support_category_is_importable(office, tmp_path):
    from fixtures.people_fixtures import write
    path = write(tmp_path / "ds.xlsx", [["Họ và tên", "Năm sinh", "Xã", "Diện hỗ trợ"],
                                        ["Nguyễn Văn An", 1980, "Sơn Hà", "Hộ cận nghèo"],
                                        ["Lê Thị Bình", 1985, "Sơn Hà", "Dân tộc thiểu số"],
                                        ["Trần Văn Cường", 1990, "Sơn Hà", "trung bình"]])
    result = office.people.import_file(path)
    categories = {p["full_name"]: p["support_category"] for p in office.query(
        "SELECT full_name, support_category FROM people WHERE deleted = 0")}
    assert categories == {"Nguyễn Văn An": "near_poor", "Lê Thị Bình": "ethnic_minority", "Trần Văn Cường": None}
    assert result.warnings == 1


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_registered_and_follow_up_lists_print_as_appendices(registered, tmp_path):
    from core.documents import people_lists
    ws, conf, people = registered
    out = tmp_path / "dk.pdf"
    assert people_lists.registered(ws, conf, out) == 1
    words = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "DANH SÁCH NGƯỜI ĐĂNG KÝ THAM GIA TẠI HỘI NGHỊ" in words
    assert "Đinh Văn Đức" in words and "…1234" in words and "051080001234" not in words
    assert "BHXH tự nguyện (1.500.000 đ, 12 tháng)" in words and "BHYT hộ gia đình (6 tháng)" in words
    with pytest.raises(UserError, match="Không có người nào cần vận động tiếp"):
        people_lists.handover(ws, tmp_path / "fu.pdf")
    collector = ws.query("SELECT id FROM group_members")[0]["id"]
    extra = ws.people.add({"full_name": "Võ Thị Em", "commune_id": ws.units.find("Sơn Hà")["id"]})[0]
    made, _ = ws.invitations.invite(conf, [extra])
    ws.attendance.check_in(conf, made[0]["code"])
    ws.attendance.record_outcome(conf, extra, [], follow_up_collector_id=collector)
    assert people_lists.handover(ws, tmp_path / "fu.pdf") == 1
    words = " ".join(subprocess.run(["pdftotext", str(tmp_path / "fu.pdf"), "-"], capture_output=True,
                                    text=True).stdout.split())
    assert "DANH SÁCH NGƯỜI CẦN TIẾP TỤC VẬN ĐỘNG" in words and "Nhân viên thu: Phạm Thị Thu" in words
    assert "Võ Thị Em" in words
