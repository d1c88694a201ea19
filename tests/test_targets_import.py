import csv
import shutil
import subprocess
import unicodedata

import pytest
from openpyxl import load_workbook

from core import i18n
from core.errors import UserError
from core.target_table import CUMULATIVE, baseline_key
from core.targets_export import export_targets
from core.targets_workbook import analyse, import_targets
from fixtures.targets_fixtures import (BAC_GIANG, BAC_GIANG_TOTALS, FIRST_UNIT_ROW, TOTALS_ROW, add_bac_giang_units,
                                       write_cells,
                                       write_communes_table, write_phu_luc_01)


@pytest.fixture
def bac_giang(ws):
    units = add_bac_giang_units(ws)
    plan_id, _ = ws.plans.create("10/KH-UBND", "Tháng cao điểm 2023")
    return ws, plan_id, units


def written_rows(ws):
    return ws.query("SELECT * FROM targets") + ws.query("SELECT * FROM baselines")


def test_analyse_finds_the_two_row_merged_header(tmp_path):
    layout = analyse(write_phu_luc_01(tmp_path / "pl01.xlsx"))
    assert layout.sheet == "Phụ lục 01" and layout.header_rows == [6, 7] and layout.number_row == 8
    assert layout.unit_column == "B" and layout.totals_row == TOTALS_ROW
    roles = {c.letter: (c.role, c.period_name, c.reference_date) for c in layout.columns}
    assert roles == {
        "A": ("ignore", None, None),
        "C": ("baseline", None, "2022-12-31"),
        "D": ("baseline", None, "2023-03-31"),       # 'Lũy kế đến hết 31/3/2023' is a baseline: it has a date
        "E": ("period", "Tháng cao điểm", None),
        "F": ("period", "Các tháng còn lại", None),
        "G": ("cumulative", None, None),
    }


def test_import_seed_000_creates_periods_and_matches_the_arithmetic(bac_giang, tmp_path):
    ws, plan, units = bac_giang
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan)
    assert result.errors == []
    assert result.units == 10 and result.written == 40
    assert result.periods == ["Tháng cao điểm", "Các tháng còn lại"] == result.created_periods
    table = ws.plans.target_table(plan)
    peak, rest = (p["id"] for p in table.periods)
    row = table.row(units["TP. Bắc Giang"])
    assert (row.values[baseline_key("2023-03-31")], row.values[peak], row.values[rest], row.cumulative) == \
        (3661, 165, 660, 4486)
    assert table.row(units["Huyện Lục Ngạn"]).cumulative == 6533
    totals = table.totals
    assert (totals[baseline_key("2022-12-31")], totals[baseline_key("2023-03-31")], totals[peak], totals[rest],
            totals[CUMULATIVE]) == BAC_GIANG_TOTALS
    assert ws.query("SELECT count(*) n FROM audit_log WHERE table_name = 'targets'")[0]["n"] == 20


def test_existing_periods_are_matched_by_folded_name(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    peak, _ = ws.plans.add_period(plan, "THANG CAO DIEM")
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan)
    assert result.created_periods == ["Các tháng còn lại"]
    assert len(ws.plans.periods(plan)) == 2
    assert {t["value"] for t in ws.plans.targets(plan) if t["period_id"] == peak} >= {165, 185}


def test_dry_run_checks_but_writes_nothing(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan, dry_run=True)
    assert result.errors == [] and result.units == 10 and result.written == 0
    assert result.created_periods == ["Tháng cao điểm", "Các tháng còn lại"]
    assert written_rows(ws) == [] and ws.plans.periods(plan) == []


def test_a_wrong_total_names_the_cell_and_nothing_is_written(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    totals = list(BAC_GIANG_TOTALS)
    totals[2] = 3284                                       # column E, 'Tháng cao điểm'
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx", totals=tuple(totals)), plan)
    assert result.errors == [(f"E{TOTALS_ROW}", "tổng cộng 3.284 khác tổng các dòng 3.285.")]
    assert result.written == 0 and written_rows(ws) == [] and ws.plans.periods(plan) == []


def test_a_wrong_row_cumulative_names_the_cell(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    rows = list(BAC_GIANG)
    rows[0] = ("Bắc Giang", 3673, 3661, 165, 660, 4487)
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx", rows, totals=BAC_GIANG_TOTALS), plan)
    cells = [cell for cell, _ in result.errors]
    # the row's cumulative is wrong, and so the totals row no longer adds up in G either
    assert cells == [f"G{TOTALS_ROW}", f"G{FIRST_UNIT_ROW}"]
    assert "4.487" in result.errors[1][1] and "4.486" in result.errors[1][1]
    assert written_rows(ws) == []


def test_an_unknown_unit_names_the_cell(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    rows = list(BAC_GIANG)
    rows[3] = ("Lang Giang", *rows[3][1:])                  # tone marks dropped: not the same name
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx", rows), plan)
    assert result.errors == [(f"B{FIRST_UNIT_ROW + 3}",
                              "không tìm thấy địa bàn “Lang Giang”. Có phải: Huyện Lạng Giang?")]
    assert written_rows(ws) == []


def test_text_numbers_with_thousand_dots_and_nfd_names(bac_giang, tmp_path):
    ws, plan, units = bac_giang
    rows = [tuple(f"{v:,}".replace(",", ".") if isinstance(v, int) else v for v in r) for r in BAC_GIANG]
    rows[6] = (unicodedata.normalize("NFD", "Huyện Sơn Động"), *rows[6][1:])
    assert rows[0][2] == "3.661"
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx", rows), plan)
    assert result.errors == []
    table = ws.plans.target_table(plan)
    assert table.row(units["TP. Bắc Giang"]).values[baseline_key("2023-03-31")] == 3661
    assert table.row(units["Huyện Sơn Động"]).cumulative == 3081


def test_words_where_numbers_belong_are_refused(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    rows = list(BAC_GIANG)
    rows[1] = ("Yên Thế", 2458, 2423, "một trăm", 683, 3291)
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx", rows, totals=None), plan)
    assert (f"E{FIRST_UNIT_ROW + 1}", "“một trăm” không phải là số.") in result.errors
    assert written_rows(ws) == []


def test_the_same_unit_twice_is_refused(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    rows = list(BAC_GIANG) + [("TP Bắc Giang", 1, 1, 1, 1, 3)]
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx", rows, totals=None), plan)
    assert [c for c, _ in result.errors] == [f"B{FIRST_UNIT_ROW + 10}"]
    assert f"dòng {FIRST_UNIT_ROW}" in result.errors[0][1]


def test_son_ha_is_not_son_ha_with_another_tone(office, tmp_path):
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH")
    path = write_communes_table(tmp_path / "xa.xlsx", [("Xã Sơn Hạ", 120, 10, 130), ("Sơn Hà", 300, 20, 320)])
    result = import_targets(ws, path, plan)
    assert result.errors == [] and result.periods == ["Quý IV"]
    ids = {c["name"]: c["id"] for c in ws.units.communes()}
    table = ws.plans.target_table(plan)
    assert table.row(ids["Xã Sơn Hạ"]).cumulative == 130 and table.row(ids["Xã Sơn Hà"]).cumulative == 320
    assert table.reference_date == "2025-09-30"

    path = write_communes_table(tmp_path / "xa2.xlsx", [("Sơn Ha", 1, 1, 2)])
    result = import_targets(ws, path, plan)
    assert result.errors == [("B4", "không tìm thấy địa bàn “Sơn Ha”. Có phải: Xã Sơn Hà, Xã Sơn Hạ?")]


def test_errors_in_english(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    i18n.set_language("en")
    totals = (41098, 39763, 3285, 9090, 52139)
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx", totals=totals), plan)
    assert result.errors == [(f"F{TOTALS_ROW}", "total 9,090 differs from the rows' sum 9,091.")]


def test_a_sheet_without_a_table_is_a_user_error(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["Danh sách", "khác"])
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(UserError, match="Không tìm thấy dòng tiêu đề"):
        analyse(tmp_path / "other.xlsx")
    with pytest.raises(UserError):
        analyse(tmp_path / "missing.xlsx")


def test_the_clerk_can_change_a_column_role(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    path = write_phu_luc_01(tmp_path / "pl01.xlsx")
    layout = analyse(path)
    layout.column("C").role = "ignore"                        # keep only the latest baseline
    layout.column("F").period_name = "Tháng 6 - 12"
    result = import_targets(ws, path, plan, layout)
    assert result.errors == [] and result.written == 30
    assert [p["name"] for p in ws.plans.periods(plan)] == ["Tháng cao điểm", "Tháng 6 - 12"]
    assert ws.plans.target_table(plan).baseline_dates == ["2023-03-31"]


def test_export_then_import_round_trip(bac_giang, tmp_path):
    ws, plan, units = bac_giang
    assert import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan).errors == []
    before = ws.plans.target_table(plan)
    out = export_targets(ws, plan, tmp_path / "out.xlsx")
    sheet = load_workbook(out).active
    assert sheet.page_setup.orientation == "landscape" and sheet["C8"].number_format == "#,##0"
    assert sheet["B8"].value == "Tổng cộng" and sheet["G7"].value == "7=4+5+6" and sheet["G8"].value == 52139

    other, _ = ws.plans.create("11/KH-UBND")
    result = import_targets(ws, out, other)
    assert result.errors == [] and result.units == 10
    after = ws.plans.target_table(other)
    name = {p["id"]: p["name"] for p in before.periods + after.periods}

    def values(table):
        return {(r.unit_id, name.get(k, k)): v for r in table.rows for k, v in r.values.items()}
    assert values(after) == values(before)
    # and into the same plan: nothing changes
    assert import_targets(ws, out, plan).errors == []
    assert values(ws.plans.target_table(plan)) == values(before)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_export(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan)
    out = export_targets(ws, plan, tmp_path / "out.xlsx")
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "csv"), str(out)],
                   check=True, capture_output=True, timeout=180)
    with open(tmp_path / "csv" / "out.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    totals = next(r for r in rows if r[1] == "Tổng cộng")
    assert [int(v.replace(",", "").replace(".", "")) for v in totals[2:7]] == list(BAC_GIANG_TOTALS)
    assert any(r[1] == "Huyện Hiệp Hòa" for r in rows)


def test_unit_title_on_the_second_header_row_and_other_header_shapes(office, tmp_path):
    """Group titles above the unit title, a month-end baseline, capitals in quotes, a 'Tổng cộng toàn xã'
    label in a merged TT+unit cell, an hidden sheet before the table."""
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH")
    cells = {
        "A1": "BẢNG CHỈ TIÊU",
        "C3": "Số người tham gia", "D3": "Số người phải phát triển",
        "A4": "STT", "B4": "Tên đơn vị", "C4": "đến hết tháng 9/2025", "D4": "“ĐỢT 1”", "E4": "“ĐỢT 2”",
        "F4": "Lũy kế",
        "A5": "Tổng cộng toàn xã", "C5": 400, "D5": 30, "E5": 40, "F5": 470,
        "A6": 1, "B6": "Sơn Linh", "C6": 150, "D6": 10, "E6": 15, "F6": 175,
        "A7": 2, "B7": "xã Sơn Kỳ", "C7": 250, "D7": 20, "E7": 25, "F7": 295,
    }
    path = write_cells(tmp_path / "x.xlsx", cells, ["D3:E3", "A5:B5"], hidden_first=True)
    layout = analyse(path)
    assert layout.sheet == "Sheet1" and layout.sheets == ["Sheet1"]
    assert layout.header_rows == [3, 4] and layout.unit_column == "B" and layout.totals_row == 5
    roles = {c.letter: (c.role, c.period_name, c.reference_date) for c in layout.columns}
    assert roles["C"] == ("baseline", None, "2025-09-30")
    assert roles["D"] == ("period", "Đợt 1", None) and roles["E"] == ("period", "Đợt 2", None)
    assert roles["F"] == ("cumulative", None, None)
    result = import_targets(ws, path, plan, layout)
    assert result.errors == [] and result.units == 2
    assert ws.plans.target_table(plan).totals[CUMULATIVE] == 470


def test_villages_with_the_same_name_in_several_communes(office, tmp_path):
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH")
    ids = {c["name"]: c["id"] for c in ws.units.communes()}
    mine = {}
    for n in ("Thôn 1", "Thôn 2", "Thôn Gò Da"):
        mine[n], _ = ws.units.add_village(ids["Xã Sơn Hà"], n)
    ws.units.add_village(ids["Xã Sơn Hạ"], "Thôn 1")           # same name elsewhere: decided by the siblings
    path = write_communes_table(tmp_path / "t.xlsx", [("Thôn 1", 10, 1, 11), ("Thôn 2", 20, 2, 22),
                                                      ("Gò Da", 30, 3, 33)], unit_header="Thôn, tổ dân phố")
    result = import_targets(ws, path, plan)
    assert result.errors == []
    table = ws.plans.target_table(plan)
    assert [table.row(mine[n]).cumulative for n in ("Thôn 1", "Thôn 2", "Thôn Gò Da")] == [11, 22, 33]
    assert table.row(ids["Xã Sơn Hà"]).effective(CUMULATIVE) == 66


def test_a_row_with_figures_but_no_unit_name(office, tmp_path):
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH")
    path = write_communes_table(tmp_path / "t.xlsx", [("Sơn Hà", 10, 1, 11), ("", 20, 2, 22)])
    result = import_targets(ws, path, plan)
    assert result.errors == [("B5", "thiếu tên đơn vị.")]


def test_export_a_communes_villages(office, tmp_path):
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH")
    son_ha = next(c["id"] for c in ws.units.communes() if c["name"] == "Xã Sơn Hà")
    v1, _ = ws.units.add_village(son_ha, "Thôn Gò Da")
    v2, _ = ws.units.add_village(son_ha, "Thôn Xà Riêng")
    p, _ = ws.plans.add_period(plan, "Quý IV")
    ws.plans.set_targets(plan, "vsi_new", [(v1, p, 7), (v2, p, 8), (son_ha, p, 20)])
    out = export_targets(ws, plan, tmp_path / "thon.xlsx", parent_id=son_ha)
    sheet = load_workbook(out).active
    assert [sheet.cell(r, 2).value for r in range(8, 11)] == ["Tổng cộng", "Thôn Gò Da", "Thôn Xà Riêng"]
    assert [sheet.cell(r, 3).value for r in range(8, 11)] == [15, 7, 8]
    # the communes' table shows Sơn Hà's own 20 (its villages' 15 is flagged in the grid, not here)
    sheet = load_workbook(export_targets(ws, plan, tmp_path / "xa.xlsx")).active
    assert sheet["B9"].value == "Xã Sơn Hà" and sheet["C9"].value == 20 and sheet["C8"].value == 20


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_an_ods_copy_without_merge_information_imports_the_same(bac_giang, tmp_path):
    """calamine reports no merged ranges for .ods: group titles are carried from the left instead."""
    ws, plan, units = bac_giang
    book = write_phu_luc_01(tmp_path / "pl01.xlsx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "ods", "--outdir", str(tmp_path / "ods"), str(book)],
                   check=True, capture_output=True, timeout=180)
    layout = analyse(tmp_path / "ods" / "pl01.ods")
    assert [c.period_name for c in layout.mapped("period")] == ["Tháng cao điểm", "Các tháng còn lại"]
    result = import_targets(ws, tmp_path / "ods" / "pl01.ods", plan, layout)
    assert result.errors == [] and result.written == 40
    assert ws.plans.target_table(plan).row(units["Huyện Hiệp Hòa"]).cumulative == 6291


def test_cancel_while_writing_leaves_nothing(bac_giang, tmp_path):
    from core.progress import Cancelled, Progress

    class CancelOnWrite(Progress):
        def report(self, done, total=None, text=None):
            if text and text.startswith("Đang ghi"):
                self.cancel()
            super().report(done, total, text)

    ws, plan, _ = bac_giang
    with pytest.raises(Cancelled):
        import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan, progress=CancelOnWrite())
    assert written_rows(ws) == [] and ws.plans.periods(plan) == []


# --- dates of the periods the import creates ------------------------------------------------------
def register_at_conference(ws, commune: str, day: str) -> None:
    """One voluntary-insurance registration at a conference in the commune on that day."""
    unit = ws.units.find(commune)["id"]
    conf = ws.conferences.add("customer", unit, day)[0]
    person = ws.people.add({"full_name": "Đinh Văn Đức", "commune_id": unit})[0]
    made = ws.invitations.invite(conf, [person])[0]
    ws.attendance.check_in(conf, made[0]["code"])
    ws.attendance.record_outcome(conf, person, ["vsi"], monthly_income=2_000_000, payment_months=1)


def test_a_new_period_takes_its_dates_from_the_header_and_registrations_count_toward_it(office, tmp_path):
    """'phải phát triển Quý IV' after a baseline at 30/9/2025: 01/10–31/12/2025, so a November registration counts."""
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    path = write_communes_table(tmp_path / "xa.xlsx", [("Sơn Hà", 300, 20, 320)])
    dry = import_targets(ws, path, plan, dry_run=True)
    assert dry.period_dates == {"Quý IV": ("2025-10-01", "2025-12-31")} and ws.plans.periods(plan) == []
    result = import_targets(ws, path, plan)
    assert result.errors == [] and result.created_periods == ["Quý IV"]
    assert result.period_dates == {"Quý IV": ("2025-10-01", "2025-12-31")}
    assert result.dated == ["Quý IV"] and result.undated == [] and result.period_notes == {}
    (period,) = ws.plans.periods(plan)
    assert (period["start_date"], period["end_date"]) == ("2025-10-01", "2025-12-31")
    register_at_conference(ws, "Sơn Hà", "2025-11-10")
    son_ha = ws.units.find("Sơn Hà")["id"]
    assert ws.plans.achieved(plan, "vsi_new") == {son_ha: {period["id"]: 1}}
    assert ws.plans.progress(plan) == (1, 20)


def test_header_dates_outside_the_plan_are_left_out_and_reported(office, tmp_path):
    ws = office
    plan, _ = ws.plans.create("02/KH-BHXH", start_date="2026-01-01", end_date="2026-12-31")
    path = write_communes_table(tmp_path / "xa.xlsx", [("Sơn Hà", 300, 20, 320)])
    result = import_targets(ws, path, plan)
    assert result.errors == [] and result.created_periods == ["Quý IV"]
    assert result.period_dates == {"Quý IV": (None, None)} and result.dated == [] and result.undated == ["Quý IV"]
    assert result.period_notes == {"Quý IV": "tiêu đề cột ghi 01/10/2025 – 31/12/2025, ngoài thời gian kế hoạch "
                                             "(01/01/2026 – 31/12/2026)"}
    (period,) = ws.plans.periods(plan)
    assert (period["start_date"], period["end_date"]) == (None, None)
    register_at_conference(ws, "Sơn Hà", "2026-02-10")
    assert ws.plans.achieved(plan, "vsi_new") == {}, "a period without dates counts no registration"


def test_given_dates_are_written_with_the_targets_and_audited(bac_giang, tmp_path):
    ws, plan, units = bac_giang
    ws.plans.update(plan, start_date="2023-01-01", end_date="2023-12-31")
    path = write_phu_luc_01(tmp_path / "pl01.xlsx")
    assert import_targets(ws, path, plan, dry_run=True).undated == ["Tháng cao điểm", "Các tháng còn lại"]
    result = import_targets(ws, path, plan, period_dates={"THANG CAO DIEM": ("01/05/2023", "31/05/2023"),
                                                          "Các tháng còn lại": ("2023-06-01", "2023-12-31")})
    assert result.errors == [] and result.written == 40
    assert result.period_dates == {"Tháng cao điểm": ("2023-05-01", "2023-05-31"),
                                   "Các tháng còn lại": ("2023-06-01", "2023-12-31")}
    assert result.dated == ["Tháng cao điểm", "Các tháng còn lại"] and result.undated == []
    assert [(p["name"], p["start_date"], p["end_date"]) for p in ws.plans.periods(plan)] == [
        ("Tháng cao điểm", "2023-05-01", "2023-05-31"), ("Các tháng còn lại", "2023-06-01", "2023-12-31")]
    assert ws.query("SELECT count(*) n FROM audit_log WHERE table_name = 'periods'")[0]["n"] == 2


def test_given_dates_outside_the_plan_are_refused_naming_the_period(bac_giang, tmp_path):
    ws, plan, _ = bac_giang
    ws.plans.update(plan, start_date="2023-01-01", end_date="2023-12-31")
    path = write_phu_luc_01(tmp_path / "pl01.xlsx")
    result = import_targets(ws, path, plan, period_dates={"Tháng cao điểm": ("01/05/2023", "31/05/2024")})
    assert result.errors == [("E7", "“Tháng cao điểm”: 01/05/2023 – 31/05/2024 nằm ngoài thời gian kế hoạch "
                                    "(01/01/2023 – 31/12/2023).")]
    assert result.written == 0 and written_rows(ws) == [] and ws.plans.periods(plan) == []
    i18n.set_language("en")
    result = import_targets(ws, path, plan, period_dates={"Tháng cao điểm": ("01/05/2023", "31/05/2024")})
    assert result.errors[0][0] == "E7" and "Tháng cao điểm" in result.errors[0][1]


@pytest.mark.parametrize("given, cell, words", [
    ({"Tháng cao điểm": ("01/05/2023", None)}, "E7", "“Tháng cao điểm”: nhập cả ngày bắt đầu và ngày kết thúc"),
    ({"Tháng cao điểm": ("31/05/2023", "01/05/2023")}, "E7",
     "“Tháng cao điểm”: ngày kết thúc 01/05/2023 trước ngày bắt đầu 31/05/2023."),
    ({"Các tháng còn lại": ("31/02/2023", "31/12/2023")}, "F7", "Ngày bắt đầu của “Các tháng còn lại”: Lịch không có"),
    ({"Quý IV": ("01/10/2023", "31/12/2023")}, "", "“Quý IV” không phải kỳ mới của lần nhập này"),
])
def test_bad_given_dates_are_refused_and_nothing_is_written(bac_giang, tmp_path, given, cell, words):
    ws, plan, _ = bac_giang
    result = import_targets(ws, write_phu_luc_01(tmp_path / "pl01.xlsx"), plan, period_dates=given)
    assert [c for c, _ in result.errors] == [cell] and result.errors[0][1].startswith(words), result.errors
    assert written_rows(ws) == [] and ws.plans.periods(plan) == []


def test_an_end_only_header_starts_the_day_after_the_previous_period(office, tmp_path):
    """'tháng 10/2025' then 'đến hết 31/12/2025' after a baseline at 30/9/2025: 01–31/10 and 01/11–31/12;
    an empty pair given by the caller leaves a period without dates although its header states them."""
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    cells = {"A3": "STT", "B3": "Xã, phường", "C3": "Số người tham gia đến hết 30/9/2025",
             "D3": "Số người phải phát triển tháng 10/2025", "E3": "Số người phải phát triển đến hết 31/12/2025",
             "F3": "Lũy kế", "A4": 1, "B4": "Sơn Hà", "C4": 300, "D4": 5, "E4": 15, "F4": 320}
    path = write_cells(tmp_path / "t.xlsx", cells)
    result = import_targets(ws, path, plan, dry_run=True)
    assert result.errors == [] and result.period_dates == {"Tháng 10/2025": ("2025-10-01", "2025-10-31"),
                                                           "Đến hết 31/12/2025": ("2025-11-01", "2025-12-31")}
    result = import_targets(ws, path, plan, period_dates={"đến hết 31/12/2025": (None, None)})
    assert result.errors == [] and result.dated == ["Tháng 10/2025"] and result.undated == ["Đến hết 31/12/2025"]
    assert [(p["start_date"], p["end_date"]) for p in ws.plans.periods(plan)] == [("2025-10-01", "2025-10-31"),
                                                                                 (None, None)]


def group_title_table(tmp_path, title: str, subtitles=("Tháng 10", "Tháng 11", "Tháng 12"), figures=(5, 7, 8)):
    """A two-row header: the group title merged over one column per period, after a baseline at 30/9/2025."""
    last = chr(ord("D") + len(subtitles) - 1)
    cumulative = chr(ord(last) + 1)
    cells = {"A3": "STT", "B3": "Xã, phường", "C3": "Số người tham gia đến hết 30/9/2025", "D3": title,
             f"{cumulative}3": "Lũy kế", "A5": 1, "B5": "Sơn Hà", "C5": 300, f"{cumulative}5": 300 + sum(figures)}
    for i, (sub, figure) in enumerate(zip(subtitles, figures)):
        cells[f"{chr(ord('D') + i)}4"] = sub
        cells[f"{chr(ord('D') + i)}5"] = figure
    merges = ["A3:A4", "B3:B4", "C3:C4", f"D3:{last}3", f"{cumulative}3:{cumulative}4"]
    return write_cells(tmp_path / "nhom.xlsx", cells, merges)


@pytest.mark.parametrize("title", ["Số người phải phát triển Quý IV/2025",
                                   "Số người phải phát triển từ 01/10 đến 31/12/2025",
                                   "Số người phải phát triển đến hết 31/12/2025"])
def test_a_group_title_does_not_give_its_dates_to_every_column_under_it(office, tmp_path, title):
    """'… Quý IV/2025' merged over 'Tháng 10 | Tháng 11 | Tháng 12': each month its own dates, so a November
    registration counts once, not three times."""
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    path = group_title_table(tmp_path, title)
    assert [c.header for c in analyse(path).mapped("period")][0] == f"{title} Tháng 10"
    result = import_targets(ws, path, plan)
    assert result.errors == [] and result.period_notes == {}
    assert result.period_dates == {"Tháng 10": ("2025-10-01", "2025-10-31"), "Tháng 11": ("2025-11-01", "2025-11-30"),
                                   "Tháng 12": ("2025-12-01", "2025-12-31")}
    register_at_conference(ws, "Sơn Hà", "2025-11-10")
    november = next(p["id"] for p in ws.plans.periods(plan) if p["name"] == "Tháng 11")
    assert ws.plans.achieved(plan, "vsi_new") == {ws.units.find("Sơn Hà")["id"]: {november: 1}}
    assert ws.plans.progress(plan) == (1, 20)


def test_periods_whose_header_dates_overlap_are_left_without_dates_and_reported(office, tmp_path):
    """'Quý IV/2025' over 'Tháng cao điểm | Các tháng còn lại': the quarter is neither's own, so neither takes it."""
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    path = group_title_table(tmp_path, "Số người phải phát triển Quý IV/2025", ("Tháng cao điểm", "Các tháng còn lại"),
                             (5, 15))
    result = import_targets(ws, path, plan)
    assert result.errors == [] and result.undated == ["Tháng cao điểm", "Các tháng còn lại"]
    assert result.period_dates == {"Tháng cao điểm": (None, None), "Các tháng còn lại": (None, None)}
    assert result.period_notes == {
        "Tháng cao điểm": "tiêu đề cột ghi 01/10/2025 – 31/12/2025, trùng thời gian với đợt “Các tháng còn lại” "
                          "(01/10/2025 – 31/12/2025)",
        "Các tháng còn lại": "tiêu đề cột ghi 01/10/2025 – 31/12/2025, trùng thời gian với đợt “Tháng cao điểm” "
                             "(01/10/2025 – 31/12/2025)"}
    assert [(p["start_date"], p["end_date"]) for p in ws.plans.periods(plan)] == [(None, None), (None, None)]
    register_at_conference(ws, "Sơn Hà", "2025-11-10")
    assert ws.plans.progress(plan) == (0, 20)


def test_header_dates_overlapping_an_existing_period_are_left_out(office, tmp_path):
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    ws.plans.add_period(plan, "Cao điểm tháng 10", "2025-10-01", "2025-10-31")
    path = write_communes_table(tmp_path / "xa.xlsx", [("Sơn Hà", 300, 20, 320)])     # 'phải phát triển Quý IV'
    result = import_targets(ws, path, plan)
    assert result.errors == [] and result.period_dates == {"Quý IV": (None, None)}
    assert result.period_notes == {"Quý IV": "tiêu đề cột ghi 01/10/2025 – 31/12/2025, trùng thời gian với đợt "
                                             "“Cao điểm tháng 10” (01/10/2025 – 31/10/2025)"}


def test_a_period_number_is_not_read_as_a_day(office, tmp_path):
    """'Đợt 1 - 01/10 đến 30/11/2025' once gave 01/10–01/10: the 1 of 'Đợt 1' read as a day."""
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    path = group_title_table(tmp_path, "Số người phải phát triển",
                             ("Đợt 1 - 01/10 đến 30/11/2025", "Đợt 2 - 01/12 đến 31/12/2025"), (12, 8))
    result = import_targets(ws, path, plan, dry_run=True)
    assert result.errors == [] and result.period_notes == {}
    assert list(result.period_dates.values()) == [("2025-10-01", "2025-11-30"), ("2025-12-01", "2025-12-31")]
