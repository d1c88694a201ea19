"""Reports over all offices' records or one office's (issue 11, item 6): a province that imported a district's
package and typed a figure of its own counts both by default, and each office's alone when asked, naming it."""
from __future__ import annotations

import json

import pytest

from core.errors import UserError
from core.reports import model, period, scope
from core.sync.merge import import_package
from tests.test_sync_merge import pair, send  # noqa: F401 (the fixture)

WEEK, MONDAY = "2025-W50", "2025-12-08"


def _nonzero(report: dict) -> dict:
    """{commune: figures} of the rows that count anything (a scoped report leaves out communes it has nothing in)."""
    def counts(row):
        return any(v for k, v in row.items() if k != "commune" and not isinstance(v, dict)) or \
            any(v for key in model.INDICATORS for v in row[key].values())
    return {r["commune"]: r for r in report["rows"] if counts(r)}


@pytest.fixture
def province(pair, tmp_path):  # noqa: F811
    sh, tinh = pair
    assert import_package(tinh, send(sh, tinh, tmp_path)).status == "imported"
    quiet = next(r["commune"] for r in model.weekly(sh, WEEK).to_json()["rows"] if r["vsi"]["week"] == 0)
    commune = next(c for c in tinh.units.communes() if c["name"] == quiet)
    tinh.figures.set(commune["id"], MONDAY, "vsi_new", 7)        # the province's own record
    return sh, tinh, quiet


def test_the_offices_are_named_from_the_packages_received(province):
    sh, tinh, _quiet = province
    offices = scope.offices(tinh)
    assert [(o.code, o.own) for o in offices[:2]] == [("TINH", True), (sh.office["code"], False)]
    assert offices[1].origin == sh.origin and offices[1].name == sh.office["name"]
    assert scope.find(tinh, sh.office["code"].lower()) == offices[1] == scope.find(tinh, sh.origin)
    with pytest.raises(UserError, match="TINH"):
        scope.find(tinh, "NOPE")


def test_a_report_counts_every_office_or_one(province):
    sh, tinh, quiet = province
    own = model.weekly(sh, WEEK).to_json()
    both = model.weekly(tinh, WEEK).to_json()
    district = model.weekly(tinh, WEEK, office=scope.find(tinh, sh.office["code"])).to_json()
    mine = model.weekly(tinh, WEEK, office=scope.find(tinh, "TINH")).to_json()
    assert district.pop("office") == {"origin": sh.origin, "code": sh.office["code"], "name": sh.office["name"]}
    assert district["total"] == own["total"] and _nonzero(district) == _nonzero(own)
    assert both["total"]["vsi"]["week"] == own["total"]["vsi"]["week"] + 7
    assert mine["total"]["vsi"]["week"] == 7 and mine["total"]["vsi"]["target"] == 0   # no plan of its own
    assert [r["commune"] for r in _nonzero(mine).values()] == [quiet]
    assert all(r["vsi"]["week"] == 0 for r in district["rows"] if r["commune"] == quiet)


def test_the_period_report_takes_the_offices_plan_and_counts_its_records(province):
    sh, tinh, quiet = province
    plan = sh.plans.list()[0]
    name = sh.plans.periods(plan["id"])[0]["name"]
    own = period.period_report(sh, plan["number"], name).to_json()
    district = period.period_report(tinh, plan["number"], name, scope.find(tinh, sh.office["code"])).to_json()
    assert district.pop("office")["code"] == sh.office["code"]
    assert district["total"] == own["total"] and district["reached"] == own["reached"]
    with pytest.raises(UserError, match=plan["number"]):   # the province has no plan of that number
        period.period_report(tinh, plan["number"], name, scope.find(tinh, "TINH"))


def test_the_cli_takes_an_office_and_names_it_in_the_file(province, tmp_path, capsys):
    from cli import build_parser, run
    import openpyxl
    sh, tinh, _quiet = province
    out = tmp_path / "tuan.xlsx"
    argv = ["--db", str(tinh.path), "report", "weekly", "--week", WEEK, "--out", str(out), "--office",
            sh.office["code"], "--json"]
    assert run(build_parser(argv).parse_args(argv)) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["office"]["code"] == sh.office["code"]
    assert printed["total"] == model.weekly(sh, WEEK).to_json()["total"]
    text = " ".join(str(v) for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for v in row if v)
    assert f"số liệu do {sh.office['name']} ({sh.office['code']}) lập" in text
    argv = ["--db", str(tinh.path), "report", "weekly", "--week", WEEK, "--out", str(out), "--office", "NOPE"]
    assert run(build_parser(argv).parse_args(argv)) != 0
    assert "NOPE" in capsys.readouterr().err


def test_the_pages_choose_the_office_only_where_there_are_several(province, qtbot, qt_settings):
    from tests.ui_support import FakeMain, open_page
    from ui.pages.reports import ReportsPage
    from ui.period_report_dialog import PeriodReportDialog
    sh, tinh, _quiet = province
    alone = open_page(qtbot, sh, ReportsPage, show=True)
    assert alone.office.isHidden() and alone.office.label.isHidden()   # one office's records: nothing to choose
    page = open_page(qtbot, tinh, ReportsPage, show=True)
    page.set_week(WEEK)
    assert page.office.isVisible() and page.office.label.isVisible()
    combo = page.office
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Tất cả đơn vị", "BHXH tỉnh Quảng Ngãi (TINH) (đơn vị này)", f"{sh.office['name']} ({sh.office['code']})"]
    assert page.table_model.rows[-1]["vsi"]["week"] == model.weekly(sh, WEEK).total["vsi"]["week"] + 7
    combo.setCurrentIndex(2)
    assert page.table_model.rows[-1]["vsi"] == model.weekly(sh, WEEK).total["vsi"]
    main = FakeMain(tinh)
    qtbot.addWidget(main)
    dialog = PeriodReportDialog(main, parent=main)
    qtbot.addWidget(dialog)
    assert dialog.plan.count() == len(sh.plans.list())        # the district's plans, travelled with its package
    assert dialog.plan.itemText(0).endswith(f"— {sh.office['name']} ({sh.office['code']})")   # whose plan
    dialog.office.setCurrentIndex(1)                    # the province's own: it has none
    assert dialog.plan.count() == 0 and dialog.report is None
    dialog.office.setCurrentIndex(2)
    assert dialog.report is not None and dialog.report.office.code == sh.office["code"]
