"""The weekly report's numbers (core.reports.model): zeros for an empty week, totals = the communes' sum,
cumulative figures adding up across weeks, % of target at 0 and above 100, typed daily figures and the app's
registrations never counted twice; the CLI's JSON and a workbook LibreOffice reads back."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess

import pytest

from core.errors import UserError
from core.reports import model


@pytest.fixture
def ws(file_ws):
    """The office in a file (conftest's office builds on this), so the command line can open it too."""
    return file_ws


@pytest.fixture
def office_with_plan(office):
    """Sơn Hà and Sơn Hạ with targets in a plan of two periods (November: 10 / 20, December: 10 / 20)."""
    ws = office
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-11-01", end_date="2025-12-31")
    nov, _ = ws.plans.add_period(plan, "Tháng 11", "2025-11-01", "2025-11-30")
    dec, _ = ws.plans.add_period(plan, "Tháng 12", "2025-12-01", "2025-12-31")
    ha, ha_low = ws.units.find("Sơn Hà")["id"], ws.units.find("Sơn Hạ")["id"]
    ws.plans.set_targets(plan, "vsi_new", [(ha, nov, 10), (ha, dec, 10), (ha_low, nov, 20), (ha_low, dec, 20)])
    return ws, plan, ha, ha_low


def register(ws, commune_id, day, scheme="vsi"):
    """A registration recorded in the app (as an outcome would), without a conference."""
    person = ws.people.add({"full_name": "Nguyễn Văn An", "commune_id": commune_id})[0]
    with ws.transaction():
        ws.insert("registrations", {"person_id": person, "scheme": scheme, "registered_on": day,
                                    "commune_id": commune_id})


def row(report, name):
    return next(r for r in report.rows if r["commune"] == f"Xã {name}")


def contract(figures):
    """An indicator's figures as the JSON has them (target, week, cumulative, percent)."""
    return {k: figures[k] for k in model.CONTRACT_MEASURES}


def test_an_empty_week_gives_zeros(office):
    report = model.weekly(office, "2025-W45")
    assert report.to_json()["from"] == "2025-11-03" and report.to_json()["to"] == "2025-11-09"
    assert len(report.rows) == 8 and report.total["vsi"] == {"target": 0, "week": 0, "cumulative": 0, "percent": 0,
                                                          "period_target": 0, "period_cumulative": 0,
                                                          "period_percent": 0}
    assert report.total["conferences_planned"] == report.total["awaiting_follow_up"] == 0


def test_totals_cumulative_and_percent(office_with_plan):
    ws, _plan, ha, ha_low = office_with_plan
    for day in ("2025-11-04", "2025-11-05", "2025-11-12"):
        register(ws, ha, day)
    for _ in range(25):
        register(ws, ha_low, "2025-11-13")
    w45, w46 = model.weekly(ws, "2025-W45"), model.weekly(ws, "2025-W46")
    assert contract(row(w45, "Sơn Hà")["vsi"]) == {"target": 10, "week": 2, "cumulative": 2, "percent": 20.0}
    assert contract(row(w46, "Sơn Hà")["vsi"]) == {"target": 10, "week": 1, "cumulative": 3, "percent": 30.0}
    assert contract(row(w46, "Sơn Hạ")["vsi"]) == {"target": 20, "week": 25, "cumulative": 25, "percent": 125.0}
    for report in (w45, w46):  # totals are the communes' sums
        for key in ("target", "week", "cumulative"):
            assert report.total["vsi"][key] == sum(r["vsi"][key] for r in report.rows)
    assert w46.total["vsi"]["cumulative"] == w45.total["vsi"]["cumulative"] + w46.total["vsi"]["week"]
    assert w46.total["vsi"]["percent"] == round(100 * 28 / 30, 1)
    dec = model.weekly(ws, "2025-W49")  # December's targets begin: the period has started
    assert row(dec, "Sơn Hà")["vsi"]["target"] == 20 and row(dec, "Sơn Hà")["hhi"]["percent"] == 0


def test_the_periods_figures_add_up_across_its_weeks(office_with_plan):
    ws, _plan, ha, ha_low = office_with_plan
    for day in ("2025-10-31", "2025-11-01", "2025-11-04", "2025-11-12", "2025-11-30", "2025-12-01"):
        register(ws, ha, day)
    for _ in range(3):
        register(ws, ha_low, "2025-11-19")
    weeks = {w: model.weekly(ws, f"2025-W{w}") for w in range(44, 51)}
    # W44 (27/10 – 02/11) ends in November: the period counts from its start (01/11), the plan's figures from
    # the week's Monday as before
    w44 = row(weeks[44], "Sơn Hà")["vsi"]
    assert (w44["week"], w44["period_cumulative"], w44["cumulative"], w44["period_target"]) == (2, 1, 2, 10)
    assert w44["period_percent"] == 10.0 and [p["name"] for p in weeks[44].periods] == ["Tháng 11"]
    for w in range(45, 49):   # November's weeks: each adds its week to the period's cumulative figure
        for name in ("Sơn Hà", "Sơn Hạ"):
            now, before = row(weeks[w], name)["vsi"], row(weeks[w - 1], name)["vsi"]
            assert now["period_cumulative"] == before["period_cumulative"] + now["week"]
    w48 = row(weeks[48], "Sơn Hà")["vsi"]   # 24/11 – 30/11: the period's last week
    assert (w48["period_target"], w48["period_cumulative"], w48["period_percent"]) == (10, 4, 40.0)
    assert row(weeks[48], "Sơn Hạ")["vsi"]["period_cumulative"] == 3
    w49 = row(weeks[49], "Sơn Hà")["vsi"]   # December: a new period, from zero; the plan's figures go on (from 01/11)
    assert (w49["period_target"], w49["period_cumulative"], w49["target"], w49["cumulative"]) == (10, 1, 20, 5)
    assert row(weeks[50], "Sơn Hà")["vsi"]["period_cumulative"] == 1
    assert set(row(weeks[49], "Sơn Hà")["hhi"].values()) == {0}
    for report in weeks.values():   # totals are the communes' sums, percentages of the sums
        for key in ("vsi", "hhi"):
            for figure in ("target", "period_target", "week", "period_cumulative", "cumulative"):
                assert report.total[key][figure] == sum(r[key][figure] for r in report.rows)
    assert weeks[48].total["vsi"]["period_percent"] == round(100 * 7 / 30, 1)
    outside = model.weekly(ws, "2026-W02")   # no plan, no period: the period's figures are 0
    assert outside.periods == [] and row(outside, "Sơn Hà")["vsi"]["period_target"] == 0
    assert outside.total["vsi"]["period_cumulative"] == 0 and outside.total["vsi"]["period_percent"] == 0


def test_conferences_registrations_at_them_and_people_awaiting_a_follow_up(office_with_plan):
    ws, _plan, ha, ha_low = office_with_plan
    group, _ = ws.groups.add("agency", "Bưu điện khu vực Sơn Hà")
    collector, _ = ws.groups.add_member(group, "Phạm Thị Thu", role="Nhân viên thu")
    held, _ = ws.conferences.add("customer", ha, "2025-11-04")
    postponed, _ = ws.conferences.add("customer", ha, "2025-11-06")
    cancelled, _ = ws.conferences.add("customer", ha, "2025-11-07")
    ws.conferences.add("customer", ha, "2025-11-08")                 # planned
    low_held, _ = ws.conferences.add("customer", ha_low, "2025-11-05")
    next_week, _ = ws.conferences.add("customer", ha, "2025-11-11")
    ws.conferences.set_status([held, low_held, next_week], "held")
    ws.conferences.set_status([postponed], "postponed")
    ws.conferences.set_status([cancelled], "cancelled")
    people = {name: ws.people.add({"full_name": name, "commune_id": commune})[0]
              for name, commune in (("An", ha), ("Bình", ha), ("Chi", ha_low), ("Dũng", ha), ("Hoa", ha_low))}
    for conference, names in ((held, ("An", "Bình", "Chi", "Dũng")), (low_held, ("Hoa", "Dũng")),
                              (next_week, ("An", "Bình"))):
        for name in names:
            ws.attendance.check_in_person(conference, people[name])
    outcome = ws.attendance.record_outcome
    outcome(held, people["An"], ["vsi", "hhi"], monthly_income=2_000_000, payment_months=12)
    outcome(held, people["Chi"], ["hhi"], payment_months=12)        # of Sơn Hạ, at Sơn Hà's conference
    outcome(held, people["Bình"], follow_up_collector_id=collector)
    outcome(held, people["Dũng"], follow_up_collector_id=collector)
    outcome(low_held, people["Dũng"], follow_up_collector_id=collector)   # two open follow-ups: one person
    outcome(low_held, people["Hoa"], follow_up_collector_id=collector)
    outcome(next_week, people["Bình"], ["vsi"], monthly_income=2_000_000, payment_months=12)
    hoa = ws.query("SELECT id FROM follow_ups WHERE person_id = ?", [people["Hoa"]])[0]["id"]
    ws.attendance.close_follow_up(hoa)                                # done: no longer awaiting

    report = model.weekly(ws, "2025-W45")
    ha_row, low_row = row(report, "Sơn Hà"), row(report, "Sơn Hạ")
    # planned: the week's conferences but the cancelled one (held, postponed, planned)
    assert (ha_row["conferences_planned"], ha_row["conferences_held"], ha_row["attendees"]) == (3, 1, 4)
    assert (low_row["conferences_planned"], low_row["conferences_held"], low_row["attendees"]) == (1, 1, 2)
    # registrations at the week's held conferences, for the conference's commune; new participants for the
    # person's
    assert (ha_row["registrations_at_conferences"], low_row["registrations_at_conferences"]) == (3, 0)
    assert (ha_row["hhi"]["week"], low_row["hhi"]["week"]) == (1, 1)
    # open follow-ups, as of now, per person's commune: Bình and Dũng (twice, counted once); Hoa's is done
    assert (ha_row["awaiting_follow_up"], low_row["awaiting_follow_up"]) == (2, 0)
    assert all(report.total[k] == sum(r[k] for r in report.rows) for k in model.COUNTS)
    assert (report.total["conferences_planned"], report.total["registrations_at_conferences"]) == (4, 3)
    # the contract's JSON leaves them out
    assert set(report.to_json()["rows"][0]) == {"commune", "vsi", "hhi", "conferences_held", "attendees"}
    w46 = model.weekly(ws, "2025-W46")   # Bình registered the next week: that week's conference counts it
    assert row(w46, "Sơn Hà")["registrations_at_conferences"] == 1
    assert row(w46, "Sơn Hà")["awaiting_follow_up"] == 2   # as of now, whichever the week


def test_a_typed_figure_replaces_the_apps_registrations_of_its_day(office_with_plan):
    ws, _plan, ha, _low = office_with_plan
    register(ws, ha, "2025-11-04")
    register(ws, ha, "2025-11-04")
    register(ws, ha, "2025-11-05")
    ws.figures.set(ha, "04/11/2025", "vsi_new", 5)  # the commune's whole count for the 4th
    report = model.weekly(ws, "2025-W45")
    assert row(report, "Sơn Hà")["vsi"]["week"] == 6  # 5 typed (not 5 + 2) and 1 from the app on the 5th
    ws.figures.set(ha, "2025-11-04", "vsi_new", None)  # removed: the app's count again
    assert row(model.weekly(ws, "2025-W45"), "Sơn Hà")["vsi"]["week"] == 3


@pytest.mark.parametrize("change, words", [
    (dict(count=-1), "không được là số âm"),
    (dict(day="31/02/2025"), "Lịch không có ngày"),
    (dict(indicator="csi_new"), "Không có chỉ tiêu"),
    (dict(commune="village"), "Đơn vị không phụ trách xã"),
])
def test_bad_figures_are_refused_and_nothing_is_written(office_with_plan, change, words):
    ws, _plan, ha, _low = office_with_plan
    commune = ws.units.add_village(ha, "Thôn 1")[0] if change.get("commune") == "village" else ha
    with pytest.raises(UserError, match=words):
        ws.figures.set(commune, change.get("day", "04/11/2025"), change.get("indicator", "vsi_new"),
                       change.get("count", 3))
    assert ws.query("SELECT count(*) AS n FROM daily_figures")[0]["n"] == 0


def test_a_week_that_is_no_week_is_refused(office):
    with pytest.raises(UserError, match="không phải là tuần"):
        model.weekly(office, "2025-W54")


def test_the_cli_writes_the_report_and_prints_its_json(office_with_plan, tmp_path, capsys):
    from cli import build_parser, run
    ws, _plan, ha, _low = office_with_plan
    register(ws, ha, "2025-11-12")
    held, _ = ws.conferences.add("customer", ha, "2025-11-12")
    ws.conferences.set_status([held], "held")
    ws.conferences.add("customer", ha, "2025-11-14")   # planned: counted in the file, not in the JSON
    person = ws.people.add({"full_name": "Lê Thị Hoa", "commune_id": ha})[0]
    ws.attendance.check_in_person(held, person)
    ws.attendance.record_outcome(held, person, ["hhi"], payment_months=12)
    out = tmp_path / "tuan.xlsx"
    args = ["--db", str(ws.path), "report", "weekly", "--week", "2025-W46", "--out", str(out), "--json"]
    assert run(build_parser(args).parse_args(args)) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"week", "from", "to", "rows", "total"} and data["week"] == "2025-W46"
    first = next(r for r in data["rows"] if r["commune"] == "Xã Sơn Hà")
    assert set(first) == {"commune", "vsi", "hhi", "conferences_held", "attendees"}
    assert first["vsi"] == {"target": 10, "week": 1, "cumulative": 1, "percent": 10.0}
    assert first["hhi"] == {"target": 0, "week": 1, "cumulative": 1, "percent": 0}   # registered at the conference
    assert (first["conferences_held"], first["attendees"]) == (1, 1)
    # exactly the contract's keys: the period's figures, conferences planned, registrations at conferences and
    # people awaiting a follow-up go to the file and the page only
    assert set(data["total"]) == {"vsi", "hhi", "conferences_held", "attendees"}
    assert all(set(r[k]) == {"target", "week", "cumulative", "percent"} for r in [*data["rows"], data["total"]]
               for k in ("vsi", "hhi"))
    if shutil.which("soffice"):  # a real spreadsheet program reads the same numbers
        subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                        "--outdir", str(tmp_path), str(out)], capture_output=True, timeout=180)
        with open(tmp_path / "tuan.csv", encoding="utf-8") as f:
            table = list(csv.reader(f))
        # per indicator: target (plan, period), week, cumulative (period, plan), % (period, plan); then the
        # conferences planned and held, attendees, registrations at conferences, awaiting a follow-up
        ha_row = next(r for r in table if len(r) > 20 and r[1] == "Xã Sơn Hà")
        assert ha_row[2:7] == ["10", "10", "1", "1", "1"]
        assert [v.replace(",", ".").rstrip("%").strip() for v in ha_row[7:9]] == ["10.0", "10.0"]
        assert ha_row[9:14] == ["0", "0", "1", "1", "1"] and ha_row[16:21] == ["2", "1", "1", "1", "0"]
        total = next(r for r in table if len(r) > 20 and r[1] == "Tổng cộng")
        assert total[2:7] == ["30", "30", "1", "1", "1"] and total[16:21] == ["2", "1", "1", "1", "0"]


def test_daily_figures_import_from_a_workbook(office_with_plan, tmp_path, capsys):
    from cli import build_parser, run
    from fixtures.people_fixtures import write
    ws, _plan, ha, _low = office_with_plan
    good = write(tmp_path / "so-lieu.xlsx", [["Xã", "Ngày", "Chỉ tiêu", "Số người"],
                                            ["Sơn Hà", "04/11/2025", "BHXH tự nguyện", 5],
                                            ["Xã Sơn Hạ", "05/11/2025", "BHYT hộ gia đình", "3"]])
    bad = write(tmp_path / "sai.xlsx", [["Xã", "Ngày", "Chỉ tiêu", "Số người"],
                                       ["Sơn Hà", "04/11/2025", "BHXH tự nguyện", 5],
                                       ["Hà Nội", "04/11/2025", "BHXH tự nguyện", 1],
                                       ["Sơn Hà", "04/01/2026", "BHXH tự nguyện", 1],
                                       ["Sơn Hà", "05/11/2025", "BHXH tự nguyện", -2]])
    args = ["--db", str(ws.path), "figures", "import", str(bad), "--json"]
    assert run(build_parser(args).parse_args(args)) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused["rows"] == 4 and refused["written"] == 0 and [e["row"] for e in refused["errors"]] == [3, 4, 5]
    assert ws.query("SELECT count(*) AS n FROM daily_figures")[0]["n"] == 0  # nothing half-written
    args = ["--db", str(ws.path), "figures", "import", str(good), "--dry-run"]
    assert run(build_parser(args).parse_args(args)) == 0 and "Chạy thử: 2 dòng" in capsys.readouterr().out
    args = ["--db", str(ws.path), "figures", "import", str(good)]
    assert run(build_parser(args).parse_args(args)) == 0
    assert row(model.weekly(ws, "2025-W45"), "Sơn Hà")["vsi"]["week"] == 5
    assert row(model.weekly(ws, "2025-W45"), "Sơn Hạ")["hhi"]["week"] == 3


def test_other_column_names_are_mapped_once_and_remembered(office_with_plan, tmp_path, capsys):
    from cli import build_parser, run
    from core.reports.figures import COLUMNS_SETTING, NoHeader, import_figures
    from fixtures.people_fixtures import write
    ws, _plan, ha, _low = office_with_plan
    theirs = write(tmp_path / "phan-mem-thu.xlsx", [["BÁO CÁO SỐ THU", None, None, None],
                                                   ["Đơn vị", "Ngày thu", "Loại", "Số lượng"],
                                                   ["Sơn Hà", "04/11/2025", "BHXH tự nguyện", 6]])
    with pytest.raises(NoHeader) as caught:
        import_figures(ws, theirs)
    assert caught.value.names == ["Đơn vị", "Ngày thu", "Loại", "Số lượng"]
    assert "“Đơn vị”, “Ngày thu”, “Loại”, “Số lượng”" in caught.value.message
    columns = {"commune": "Đơn vị", "day": "Ngày thu", "indicator": "Loại", "count": "Số lượng"}
    assert import_figures(ws, theirs, dry_run=True, columns=columns).rows == 1
    assert ws.setting(COLUMNS_SETTING) is None              # a dry run remembers nothing
    args = ["--db", str(ws.path), "figures", "import", str(theirs), "--column", "Đơn vị=xã", "--column",
            "Ngày thu=Ngày", "--column", "Loại=Chỉ tiêu", "--column", "Số lượng=Số người"]
    assert run(build_parser(args).parse_args(args)) == 0
    assert row(model.weekly(ws, "2025-W45"), "Sơn Hà")["vsi"]["week"] == 6
    capsys.readouterr()
    # the next file of the same software needs no mapping; the template's names still work
    again = write(tmp_path / "lan-sau.xlsx", [["Đơn vị", "Ngày thu", "Loại", "Số lượng"],
                                             ["Sơn Hà", "05/11/2025", "BHXH tự nguyện", 2]])
    assert import_figures(ws, again).written == 1
    assert row(model.weekly(ws, "2025-W45"), "Sơn Hà")["vsi"]["week"] == 8
    # a --column that names no column of the app is refused in one line
    args = ["--db", str(ws.path), "figures", "import", str(again), "--column", "Đơn vị=Huyện"]
    assert run(build_parser(args).parse_args(args)) == 1
    assert "--column “Đơn vị=Huyện”" in capsys.readouterr().err
    with pytest.raises(UserError, match="Không có cột"):
        import_figures(ws, again, columns={"district": "Đơn vị"})


def test_the_page_asks_which_column_is_which(office_with_plan, tmp_path, qtbot, qt_settings, messages, monkeypatch):
    from fixtures.people_fixtures import write
    from tests.ui_support import open_page
    from ui.figure_columns_dialog import FigureColumnsDialog
    from ui.pages.reports import ReportsPage
    ws, _plan, _ha, _low = office_with_plan
    theirs = write(tmp_path / "phan-mem-thu.xlsx", [["Tên xã", "Ngày thu", "Đối tượng", "Số người tham gia"],
                                                   ["Sơn Hà", "04/11/2025", "BHYT hộ gia đình", 4]])
    asked = []
    monkeypatch.setattr(FigureColumnsDialog, "exec", lambda self: asked.append(self.columns()) or 1)
    page = open_page(qtbot, ws, ReportsPage)
    page.import_figures(str(theirs))
    assert asked == [{"commune": "Tên xã", "day": "Ngày thu", "indicator": "Đối tượng", "count": "Số người tham gia"}]
    assert messages[-1][0] == "information"
    assert row(model.weekly(ws, "2025-W45"), "Sơn Hà")["hhi"]["week"] == 4
    dialog = FigureColumnsDialog(page, ["Xã", "Ngày", "Ghi chú"])   # a column chosen twice, or none: not yet
    assert dialog.check() == "Chọn đủ bốn cột."
    dialog.boxes["indicator"].setCurrentIndex(2)
    dialog.boxes["count"].setCurrentIndex(2)
    assert dialog.check() == "Mỗi cột trong tệp chỉ chọn một lần."


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_weekly_report_prints_as_a_report_with_its_table_as_an_appendix(office_with_plan, tmp_path):
    from cli import build_parser, run
    ws, _plan, ha, _low = office_with_plan
    register(ws, ha, "2025-11-12")
    pdf = tmp_path / "tuan.pdf"
    args = ["--db", str(ws.path), "report", "weekly", "--week", "2025-W46", "--out", str(tmp_path / "t.xlsx"),
            "--pdf", str(pdf)]
    assert run(build_parser(args).parse_args(args)) == 0
    words = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/BC-BHXH", "BÁO CÁO", "tuần 2025-W46",
                     "phát triển 1 người tham gia BHXH tự nguyện", "lũy kế đợt Tháng 11 là 1 người",
                     "người chờ vận động tiếp", "Phụ lục", "Xã Sơn Hà", "Tổng cộng", "Lũy kế đợt", "Chờ vận động tiếp"):
        assert expected in words, expected
    sizes = subprocess.run(["pdfinfo", "-f", "1", "-l", "2", str(pdf)], capture_output=True, text=True).stdout
    assert "1 size:  595.276 x 841.89" in sizes and "2 size:  841.89 x 595.276" in sizes  # the appendix: landscape
