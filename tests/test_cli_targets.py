import gettext
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli import build_parser, run
from core.workspace import Workspace
from fixtures.targets_fixtures import BAC_GIANG, BAC_GIANG_TOTALS, TOTALS_ROW, add_bac_giang_units, write_phu_luc_01

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "bg.sqlite"
    ws = Workspace.open(path, actor="test")
    add_bac_giang_units(ws)
    ws.plans.create("10/KH-UBND", "Tháng cao điểm 2023", start_date="2023-01-01", end_date="2023-12-31")
    ws.close()
    return path


def cli(capsys, *argv):
    code = run(build_parser().parse_args([str(a) for a in argv]))
    out, err = capsys.readouterr()
    return code, out, err


def targets(path):
    ws = Workspace.open(path)
    try:
        return ws.query("SELECT * FROM targets WHERE deleted = 0")
    finally:
        ws.close()


def test_import_targets_json(db, tmp_path, capsys):
    book = write_phu_luc_01(tmp_path / "pl01.xlsx")
    code, out, _ = cli(capsys, "--db", db, "import", "targets", book, "--plan", "10/kh-ubnd", "--json")
    assert code == 0
    assert json.loads(out) == {"units": 10, "periods": ["Tháng cao điểm", "Các tháng còn lại"], "written": 40,
                               "errors": [],
                               "period_dates": {"Tháng cao điểm": {"start": None, "end": None},
                                                "Các tháng còn lại": {"start": None, "end": None}}}
    assert len(targets(db)) == 20


def periods(path):
    ws = Workspace.open(path)
    try:
        plan = ws.plans.find("10/KH-UBND")
        return [(p["name"], p["start_date"], p["end_date"]) for p in ws.plans.periods(plan["id"])]
    finally:
        ws.close()


def test_import_targets_says_which_new_periods_have_dates(db, tmp_path, capsys):
    """One line per new period: its dates (given with --period-dates here; the headers state none), or none."""
    book = write_phu_luc_01(tmp_path / "pl01.xlsx")
    code, out, err = cli(capsys, "--db", db, "import", "targets", book, "--plan", "10/KH-UBND",
                         "--period-dates", "Tháng cao điểm", "01/05/2023", "31/05/2023")
    assert code == 0 and err == ""
    assert out.splitlines()[1:] == [
        "Đợt mới “Tháng cao điểm”: từ 01/05/2023 đến 31/05/2023.",
        "Đợt mới “Các tháng còn lại”: chưa có ngày; chưa đăng ký nào được tính cho đợt này cho đến khi có ngày."]
    assert periods(db) == [("Tháng cao điểm", "2023-05-01", "2023-05-31"), ("Các tháng còn lại", None, None)]


def test_period_dates_in_json_and_refused_dates_exit_1(db, tmp_path, capsys):
    book = write_phu_luc_01(tmp_path / "pl01.xlsx")
    code, out, _ = cli(capsys, "--db", db, "import", "targets", book, "--plan", "10/KH-UBND", "--json", "--dry-run",
                       "--period-dates", "Các tháng còn lại", "01/06/2023", "2023-12-31")
    data = json.loads(out)
    assert code == 0 and data["written"] == 0 and data["period_dates"] == {
        "Tháng cao điểm": {"start": None, "end": None},
        "Các tháng còn lại": {"start": "2023-06-01", "end": "2023-12-31"}}
    assert periods(db) == []
    code, out, err = cli(capsys, "--db", db, "import", "targets", book, "--plan", "10/KH-UBND",
                         "--period-dates", "Tháng cao điểm", "01/05/2023", "31/05/2024")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "“Tháng cao điểm”: 01/05/2023 – 31/05/2024 nằm ngoài thời gian kế hoạch" in err
    assert periods(db) == [] and targets(db) == []


def test_import_targets_errors_exit_1_with_json_and_write_nothing(db, tmp_path, capsys):
    totals = (41098, 39763, 3284, 9091, 52139)
    book = write_phu_luc_01(tmp_path / "pl01.xlsx", totals=totals)
    code, out, _ = cli(capsys, "--db", db, "import", "targets", book, "--plan", "10/KH-UBND", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["written"] == 0 and data["errors"] == [
        {"cell": f"E{TOTALS_ROW}", "message": "tổng cộng 3.284 khác tổng các dòng 3.285."}]
    assert targets(db) == []
    code, out, err = cli(capsys, "--db", db, "--lang", "en", "import", "targets", book, "--plan", "10/KH-UBND")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("Nothing written: ") and f"E{TOTALS_ROW}: total 3,284 differs" in err


def test_a_people_list_given_as_targets_says_why_on_stderr(db, tmp_path, capsys):
    from fixtures.people_fixtures import messy_list
    code, out, err = cli(capsys, "--db", db, "import", "targets", messy_list(tmp_path / "ds.xlsx"), "--plan",
                         "10/KH-UBND")
    assert code == 1 and err.count("\n") == 1 and len(err) > len("lỗi: Không ghi gì: 1 lỗi.") + 10, err
    assert targets(db) == []


def test_an_unwritable_out_is_one_line_in_the_chosen_language(db, tmp_path, capsys):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    for lang, words in (("vi", "Không ghi được tệp"), ("en", "Cannot write")):
        for command in (["export", "targets", "--plan", "10/KH-UBND"], ["export", "handover"]):
            code, out, err = cli(capsys, "--db", db, "--lang", lang, *command, "--out", blocked / "x.xlsx")
            assert code == 1 and out == "" and err.count("\n") == 1 and words in err, (command, err)
            assert "No such file" not in err and "Errno" not in err
    code, _, err = cli(capsys, "--db", db, "export", "handover", "--out", tmp_path / "no-folder" / "x.xlsx")
    assert code == 1 and not (tmp_path / "no-folder").exists(), "a mistyped folder is refused, not made"


def test_dry_run_summary(db, tmp_path, capsys):
    book = write_phu_luc_01(tmp_path / "pl01.xlsx")
    code, out, _ = cli(capsys, "--db", db, "import", "targets", book, "--plan", "10/KH-UBND", "--dry-run")
    assert code == 0 and "Chạy thử: 10 đơn vị" in out and "Tháng cao điểm" in out
    assert targets(db) == []


class _UnitPlurals(gettext.NullTranslations):
    """English for the two summary lines, one form for 1 and one for more (as core_en.po's plural entries)."""
    FORMS = {"Chạy thử: {n} đơn vị, đợt: {periods}; chưa ghi gì.":
             ("Dry run: {n} unit, periods: {periods}; nothing written.",
              "Dry run: {n} units, periods: {periods}; nothing written."),
             "{n} đơn vị, đợt: {periods}; đã ghi {written} số liệu.":
             ("{n} unit, periods: {periods}; {written} figures written.",
              "{n} units, periods: {periods}; {written} figures written.")}

    def ngettext(self, singular, plural, n):
        forms = self.FORMS.get(singular)
        return forms[n != 1] if forms else super().ngettext(singular, plural, n)


def test_the_summary_counts_units_with_ngettext(db, tmp_path, capsys, monkeypatch):
    """'{n} đơn vị' is an ngettext message: English says '1 unit' and '10 units'."""
    from core import i18n
    monkeypatch.setitem(i18n._catalogs, ("en", "core"), _UnitPlurals())
    one = write_phu_luc_01(tmp_path / "one.xlsx", rows=BAC_GIANG[:1])
    ten = write_phu_luc_01(tmp_path / "ten.xlsx")
    code, out, _ = cli(capsys, "--db", db, "import", "targets", one, "--plan", "10/KH-UBND", "--dry-run")
    assert code == 0 and out.startswith("Chạy thử: 1 đơn vị, đợt: Tháng cao điểm, Các tháng còn lại; chưa ghi gì.")
    code, out, _ = cli(capsys, "--db", db, "--lang", "en", "import", "targets", one, "--plan", "10/KH-UBND",
                       "--dry-run")
    assert code == 0 and out.startswith("Dry run: 1 unit, periods: ")
    code, out, _ = cli(capsys, "--db", db, "--lang", "en", "import", "targets", ten, "--plan", "10/KH-UBND",
                       "--dry-run")
    assert code == 0 and out.startswith("Dry run: 10 units, periods: ")
    code, out, _ = cli(capsys, "--db", db, "--lang", "en", "import", "targets", one, "--plan", "10/KH-UBND")
    assert code == 0 and out.startswith("1 unit, periods: Tháng cao điểm, Các tháng còn lại; 4 figures written.")


def test_unknown_plan_and_unreadable_file_are_one_line_errors(db, tmp_path, capsys):
    book = write_phu_luc_01(tmp_path / "pl01.xlsx")
    code, out, err = cli(capsys, "--db", db, "import", "targets", book, "--plan", "99/KH")
    assert code == 1 and err.strip().count("\n") == 0 and "99/KH" in err
    code, out, err = cli(capsys, "--db", db, "import", "targets", tmp_path / "nope.xlsx", "--plan", "10/KH-UBND",
                         "--json")
    assert code == 1 and json.loads(out)["errors"][0]["cell"] == ""
    code, out, err = cli(capsys, "--db", db, "export", "targets", "--plan", "99/KH", "--out", tmp_path / "x.xlsx")
    assert code == 1 and err.strip().count("\n") == 0 and not (tmp_path / "x.xlsx").exists()


def test_export_then_plans_listing(db, tmp_path, capsys):
    cli(capsys, "--db", db, "import", "targets", write_phu_luc_01(tmp_path / "pl01.xlsx"), "--plan", "10/KH-UBND")
    out_file = tmp_path / "out.xlsx"
    code, out, _ = cli(capsys, "--db", db, "export", "targets", "--plan", "10/KH-UBND", "--out", out_file)
    assert code == 0 and out_file.exists() and "10/KH-UBND" in out
    from openpyxl import load_workbook
    sheet = load_workbook(out_file).active
    assert [sheet.cell(8, c).value for c in range(3, 8)] == list(BAC_GIANG_TOTALS)

    code, out, _ = cli(capsys, "--db", db, "plans", "--json")
    plans = json.loads(out)
    assert code == 0 and plans[0]["number"] == "10/KH-UBND" and plans[0]["start_date"] == "2023-01-01"
    assert [p["name"] for p in plans[0]["periods"]] == ["Tháng cao điểm", "Các tháng còn lại"]
    code, out, _ = cli(capsys, "--db", db, "plans")
    assert code == 0 and "10/KH-UBND" in out and "01/01/2023" in out


def test_main_py_subprocess(db, tmp_path):
    book = write_phu_luc_01(tmp_path / "pl01.xlsx")
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", "targets", str(book),
                        "--plan", "10/KH-UBND", "--json", "--dry-run"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert set(json.loads(r.stdout)) == {"units", "periods", "written", "errors", "period_dates"}
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "targets", "--help"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "--out" in r.stdout
