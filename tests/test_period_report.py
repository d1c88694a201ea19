"""The wave and period report (core.reports.period): per commune the period's target (villages summed for a commune
without its own), new participants in the period's dates (a wave: its emulation dates), % at 0 and above 100,
typed daily figures not counted twice with the app's registrations, the cumulative figures from the baseline,
conferences and launch ceremonies held, the communes at ≥ 100 %; refusals named; the CLI's exit codes and JSON;
the workbook LibreOffice reads back (the results, the ≥ 100 % list and Phụ lục 01 with actuals)."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess

import pytest

from core.errors import UserError
from core.reports.period import period_report
from tests.test_reports import register

PLAN = "38/KH-BCĐ"


@pytest.fixture
def ws(file_ws):
    """The office in a file (conftest's office builds on this), so the command line can open it too."""
    return file_ws


@pytest.fixture
def plan(office):
    """A plan (Oct–Dec 2025) of October, November, a wave in December (emulation 05–20/12) and a period without
    dates. Targets (vsi / hhi): Sơn Hà 10 in October, 10 in November, 5 in the wave; Sơn Hạ 20 / 4 in November;
    Sơn Thủy none of its own, its villages 3 + 2 in November; Sơn Linh none. Baselines (vsi only) at 30/09/2025:
    Sơn Hà 100, Sơn Hạ 50. November's figures: Sơn Hà 2 + 1 registrations in the app and a typed 9 replacing the
    two of its day (10 = 100 %), 3 in October; Sơn Hạ a typed 25 (vsi, 125 %) and 3 hhi registrations (75 %);
    Sơn Thủy a typed 5; Sơn Linh 2 registrations without a target. Conferences in Sơn Hà: held 05/11 (two
    checked in), a launch ceremony held 06/11, one planned 07/11, one held in October."""
    ws = office
    plan_id, _ = ws.plans.create(PLAN, start_date="2025-10-01", end_date="2025-12-31")
    oct_, _ = ws.plans.add_period(plan_id, "Tháng 10", "2025-10-01", "2025-10-31")
    nov, _ = ws.plans.add_period(plan_id, "Tháng 11", "2025-11-01", "2025-11-30")
    wave, _ = ws.plans.add_period(plan_id, "Đợt ra quân", "2025-12-01", "2025-12-31", kind="wave",
                                  ceremony_date="2025-12-05", emulation_start="2025-12-05", emulation_end="2025-12-20")
    ws.plans.add_period(plan_id, "Đợt bổ sung")
    ha, ha_low, thuy, linh = (ws.units.find(name)["id"] for name in ("Sơn Hà", "Sơn Hạ", "Sơn Thủy", "Sơn Linh"))
    village_1, _ = ws.units.add_village(thuy, "Thôn 1")
    village_2, _ = ws.units.add_village(thuy, "Thôn 2")
    ws.plans.set_targets(plan_id, "vsi_new", [(ha, oct_, 10), (ha, nov, 10), (ha, wave, 5), (ha_low, nov, 20),
                                              (village_1, nov, 3), (village_2, nov, 2)])
    ws.plans.set_targets(plan_id, "hhi_new", [(ha_low, nov, 4)])
    ws.plans.set_baseline(plan_id, ha, "vsi_new", "2025-09-30", 100)
    ws.plans.set_baseline(plan_id, ha_low, "vsi_new", "2025-09-30", 50)
    for day in ("2025-10-10", "2025-10-11", "2025-10-12", "2025-11-04", "2025-11-04", "2025-11-10"):
        register(ws, ha, day)
    ws.figures.set(ha, "2025-11-04", "vsi_new", 9)          # the commune's whole count that day: not 9 + 2
    ws.figures.set(ha_low, "2025-11-15", "vsi_new", 25)
    for _ in range(3):
        register(ws, ha_low, "2025-11-16", "hhi")
    ws.figures.set(thuy, "2025-11-20", "vsi_new", 5)
    register(ws, linh, "2025-11-21")
    register(ws, linh, "2025-11-22")
    held, _ = ws.conferences.add("customer", ha, "2025-11-05", status="held")
    ws.conferences.add("launch", ha, "2025-11-06", status="held")
    ws.conferences.add("policy_qa", ha, "2025-11-07")
    ws.conferences.add("customer", ha, "2025-10-20", status="held")
    for name in ("Nguyễn Văn Bình", "Trần Thị Cúc"):
        person = ws.people.add({"full_name": name, "commune_id": ha})[0]
        ws.attendance.check_in_person(held, person)
    return ws


def row(report, name):
    return next(r for r in report.rows if r["commune"] == f"Xã {name}")


def test_the_periods_figures_per_commune(plan):
    report = period_report(plan, PLAN, "tháng 11")          # the name as typed: tone marks and case ignored
    assert (report.day_from.isoformat(), report.day_to.isoformat(), report.emulation) == ("2025-11-01", "2025-11-30",
                                                                                         False)
    ha = row(report, "Sơn Hà")
    assert ha["vsi"] == {"target": 10, "actual": 10, "percent": 100.0, "cumulative_target": 120,
                         "cumulative": 113, "cumulative_percent": 94.2}
    assert ha["hhi"] == {"target": 0, "actual": 0, "percent": 0, "cumulative_target": None, "cumulative": None,
                         "cumulative_percent": None}                           # no hhi baseline: no cumulative
    assert (ha["conferences_held"], ha["launch_ceremonies"], ha["attendees"]) == (2, 1, 2)
    ha_low = row(report, "Sơn Hạ")
    assert ha_low["vsi"]["percent"] == 125.0 and ha_low["hhi"]["percent"] == 75.0
    assert ha_low["vsi"]["cumulative"] == 75 and ha_low["vsi"]["cumulative_target"] == 70
    assert row(report, "Sơn Thủy")["vsi"]["target"] == 5                     # its villages' sum
    linh = row(report, "Sơn Linh")
    assert linh["vsi"]["actual"] == 2 and linh["vsi"]["target"] == 0 and linh["vsi"]["percent"] == 0


def test_the_total_is_the_sum_of_the_communes(plan):
    report = period_report(plan, PLAN, "Tháng 11")
    assert len(report.rows) == 8
    for key in ("vsi", "hhi"):
        for measure in ("target", "actual"):
            assert report.total[key][measure] == sum(r[key][measure] for r in report.rows)
    for count in ("conferences_held", "launch_ceremonies", "attendees"):
        assert report.total[count] == sum(r[count] for r in report.rows)
    assert report.total["vsi"]["target"] == 35 and report.total["vsi"]["actual"] == 42
    assert report.total["vsi"]["percent"] == 120.0
    assert report.total["vsi"]["cumulative"] == 100 + 50 + 3 + 42 and report.total["vsi"]["cumulative_target"] == 195
    assert report.total["hhi"]["cumulative"] is None


def test_the_communes_at_100_percent(plan):
    """Every indicator with a target > 0 reached, and at least one such target: Sơn Hạ misses its hhi target,
    Sơn Linh has no target."""
    report = period_report(plan, PLAN, "Tháng 11")
    assert report.reached == ["Xã Sơn Hà", "Xã Sơn Thủy"]
    assert [r["reached"] for r in report.rows[:4]] == [True, False, True, False]


def test_a_typed_figure_is_not_counted_with_the_registrations_of_its_day(plan):
    ha = plan.units.find("Sơn Hà")["id"]
    assert row(period_report(plan, PLAN, "Tháng 11"), "Sơn Hà")["vsi"]["actual"] == 10     # 9 typed + 1
    plan.figures.set(ha, "2025-11-04", "vsi_new", None)                                    # the app's 2 again
    report = period_report(plan, PLAN, "Tháng 11")
    assert row(report, "Sơn Hà")["vsi"]["actual"] == 3 and "Xã Sơn Hà" not in report.reached


def test_a_wave_counts_over_its_emulation_dates(plan):
    ha = plan.units.find("Sơn Hà")["id"]
    register(plan, ha, "2025-12-02")            # in the wave's dates, before its emulation period
    for day in ("2025-12-05", "2025-12-10", "2025-12-20", "2025-12-21"):
        register(plan, ha, day)
    report = period_report(plan, PLAN, "Đợt ra quân")
    assert report.to_json()["counted_over"] == "emulation"
    assert (report.to_json()["from"], report.to_json()["to"]) == ("2025-12-05", "2025-12-20")
    assert row(report, "Sơn Hà")["vsi"] == {"target": 5, "actual": 3, "percent": 60.0, "cumulative_target": 125,
                                            "cumulative": 100 + 3 + 10 + 1 + 3, "cumulative_percent": 93.6}


@pytest.mark.parametrize("plan_number, period, words", [
    (PLAN, "Tháng 13", "không có đợt/giai đoạn “Tháng 13”"),
    ("99/KH-BHXH", "Tháng 11", "Không tìm thấy kế hoạch “99/KH-BHXH”"),
    (PLAN, "Đợt bổ sung", "“Đợt bổ sung” của kế hoạch 38/KH-BCĐ chưa có ngày"),
])
def test_an_unknown_or_undated_period_is_refused(plan, plan_number, period, words):
    with pytest.raises(UserError, match=words):
        period_report(plan, plan_number, period)


def _csv(tmp_path, xlsx) -> dict[str, list[list[str]]]:
    """Every sheet of the workbook as LibreOffice reads it: {sheet name: rows of cells}."""
    subprocess.run(["soffice", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(tmp_path / "csv"), str(xlsx)], capture_output=True, timeout=180)
    sheets = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        with open(path, encoding="utf-8") as f:
            sheets[path.stem.removeprefix(xlsx.stem + "-")] = list(csv.reader(f))
    return sheets


def _number(cell: str) -> float:
    return float(cell.rstrip("%")) if cell.endswith("%") else float(cell)


def test_the_cli_writes_the_report_and_prints_its_json(plan, tmp_path, capsys):
    from cli import build_parser, run
    out = tmp_path / "thang-11.xlsx"
    args = ["--db", str(plan.path), "report", "period", "--plan", PLAN, "--period", "Tháng 11", "--out", str(out),
            "--json"]
    assert run(build_parser(args).parse_args(args)) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"plan", "period", "kind", "from", "to", "counted_over", "rows", "total", "reached"}
    assert (data["plan"], data["period"], data["kind"], data["counted_over"]) == (PLAN, "Tháng 11", "period", "period")
    assert data["reached"] == ["Xã Sơn Hà", "Xã Sơn Thủy"] and "commune" not in data["total"]
    assert data["rows"][0]["vsi"]["cumulative"] == 113 and data["rows"][0]["hhi"]["cumulative"] is None

    args = ["--db", str(plan.path), "report", "period", "--plan", PLAN, "--period", "Tháng 11", "--out", str(out)]
    assert run(build_parser(args).parse_args(args)) == 0
    line = capsys.readouterr().out
    assert line.count("\n") == 1 and "BHXH tự nguyện 42/35 người (120%)" in line and "2 đơn vị đạt 100%" in line

    missing = tmp_path / "khong-co.xlsx"
    args = ["--db", str(plan.path), "report", "period", "--plan", PLAN, "--period", "Tháng 13", "--out", str(missing)]
    assert run(build_parser(args).parse_args(args)) == 1
    assert "Tháng 13" in capsys.readouterr().err and not missing.exists()

    for words in (["report", "--help"], ["report", "period", "--help"]):    # help texts are argparse-safe
        with pytest.raises(SystemExit) as done:
            build_parser(words).parse_args(words)
        assert done.value.code == 0
    assert "--period NAME" in capsys.readouterr().out

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed: the workbook's values are not read back")
    sheets = _csv(tmp_path, out)
    assert set(sheets) == {"Kết quả Tháng 11", "Đơn vị đạt 100%", "Phụ lục 01", "Phụ lục 01 (BHYT HGĐ)"}
    results = sheets["Kết quả Tháng 11"]
    ha = next(r for r in results if r[1:2] == ["Xã Sơn Hà"])
    # vsi: target, actual, %, cumulative target, cumulative, %; hhi: target, actual, %; conferences
    assert [_number(c) for c in ha[2:14]] == [10, 10, 100, 120, 113, 94.2, 0, 0, 0, 2, 1, 2]
    total = next(r for r in results if r[1:2] == ["Tổng cộng"])
    assert [_number(c) for c in total[2:8]] == [35, 42, 120, 195, 195, 100]
    assert [_number(c) for c in total[8:14]] == [4, 3, 75, 2, 1, 2]
    assert any("Xã Sơn Hà, Xã Sơn Thủy" in " ".join(r) for r in results)
    assert [r[1] for r in sheets["Đơn vị đạt 100%"] if r and r[0].isdigit()] == ["Xã Sơn Hà", "Xã Sơn Thủy"]
    appendix = sheets["Phụ lục 01"]
    # TT, Đơn vị, baseline, then target / actual of October, November, the wave, the undated period (no actual:
    # not begun) and the cumulative
    assert next(r for r in appendix if r[1] == "Xã Sơn Hà")[2:] == ["100", "10", "3", "10", "10", "5", "", "", "",
                                                                     "125", "113"]
    assert next(r for r in appendix if r[1] == "Xã Sơn Thủy")[2:] == ["", "", "0", "5", "5", "", "", "", "", "5", "5"]
    assert next(r for r in appendix if r[1] == "Tổng cộng")[2:] == ["150", "10", "3", "35", "42", "5", "", "", "",
                                                                     "200", "195"]
