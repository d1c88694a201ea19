"""Emulation and awards (core.reports.awards, ui/awards_dialog.py): only communes at 100 % of the period's target
may be proposed, the caps (10 % of collectives, 5 % of individuals, rounded down) hold, the list is written."""
from __future__ import annotations

import pytest

from core.errors import UserError
from core.reports import awards


@pytest.fixture
def wave(office):
    """Đợt 1 (November): Sơn Hà and Sơn Hạ reach their targets, Sơn Thủy does not, the rest have none;
    two groups with 20 members in all."""
    plan_id, _ = office.plans.create("38/KH-BCĐ", start_date="2025-10-01", end_date="2025-12-31")
    period_id, _ = office.plans.add_period(plan_id, "Đợt 1", "2025-11-01", "2025-11-30")
    communes = office.units.communes()
    office.plans.set_targets(plan_id, "vsi_new", [(c["id"], period_id, 10) for c in communes[:3]])
    for commune, n in zip(communes[:3], (10, 14, 9)):
        office.figures.set(commune["id"], "2025-11-12", "vsi_new", n)
    for kind, name, size in (("agency", "Bưu điện Sơn Hà", 12), ("association", "Hội Nông dân xã Sơn Hà", 8)):
        group_id, _ = office.groups.add(kind, name)
        for k in range(size):
            office.groups.add_member(group_id, f"Thành viên {name} {k + 1}", position="Nhân viên")
    return office


def test_only_communes_at_100_percent_are_eligible(wave):
    found = awards.candidates(wave, "38/KH-BCĐ", "Đợt 1")
    eligible = [c["name"] for c in found.collectives if c["eligible"]]
    assert eligible == ["Xã Sơn Hà", "Xã Sơn Hạ"]
    assert found.collectives[1]["achievement"] == "BHXH tự nguyện 14/10 người (140%)"
    assert found.collectives_taking_part == 8 + 2 and found.individuals_taking_part == 20
    late = found.collectives[2]
    assert awards.problems(found, [late["id"]], []) == [
        "Xã Sơn Thủy chưa đạt 100% chỉ tiêu của Đợt 1: không đề nghị khen thưởng được."]


def test_the_caps_round_down_and_may_be_restated(wave):
    found = awards.candidates(wave, "38/KH-BCĐ", "Đợt 1")
    two = [c["id"] for c in found.collectives if c["eligible"]]
    people = [m["id"] for m in found.individuals]
    assert awards.cap(10, 10) == 1 and awards.cap(19, 10) == 1 and awards.cap(20, 5) == 1 and awards.cap(39, 5) == 1
    assert awards.problems(found, two[:1], people[:1]) == []
    assert awards.problems(found, two, people[:2]) == [
        "Đề nghị 2 tập thể, vượt mức 10% của 10 tập thể tham gia thi đua (tối đa 1).",
        "Đề nghị 2 cá nhân, vượt mức 5% của 20 cá nhân tham gia thi đua (tối đa 1)."]
    assert awards.problems(found, two, people[:2], collectives_taking_part=20, individuals_taking_part=40) == []


def test_the_proposal_list_is_written_within_the_caps_only(wave, tmp_path):
    from openpyxl import load_workbook
    found = awards.candidates(wave, "38/KH-BCĐ", "Đợt 1")
    two = [c["id"] for c in found.collectives if c["eligible"]]
    member = found.individuals[3]
    out = tmp_path / "de-nghi.xlsx"
    with pytest.raises(UserError, match="vượt mức 10%"):
        awards.write_proposals(wave, found, two, [], out)
    assert not out.exists()
    awards.write_proposals(wave, found, two, [member["id"]], out, collectives_taking_part=20)
    values = [[c for c in row if c is not None] for row in load_workbook(out).active.iter_rows(values_only=True)]
    flat = [v for row in values for v in row]
    assert "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" in flat
    assert [1, "Xã Sơn Hà", "BHXH tự nguyện 10/10 người (100%)", "Giấy khen"] in values
    assert [2, "Xã Sơn Hạ", "BHXH tự nguyện 14/10 người (140%)", "Giấy khen"] in values
    assert [1, member["name"], "Nhân viên", "Bưu điện Sơn Hà", "Giấy khen"] in values
    assert any(str(v).startswith("Số tập thể đề nghị: 2/20") for v in flat)


def test_the_dialog_checks_the_caps_as_the_clerk_ticks(wave, qtbot, tmp_path, messages):
    from ui.awards_dialog import AwardsDialog
    from ui.qt import Qt
    from ui.qt import QMainWindow
    main = QMainWindow()
    main.ws, main.worker = wave, None
    qtbot.addWidget(main)
    dialog = AwardsDialog(main, awards.candidates(wave, "38/KH-BCĐ", "Đợt 1"))
    items = [dialog.collectives.item(i) for i in range(dialog.collectives.count())]
    assert [bool(i.flags() & Qt.ItemFlag.ItemIsEnabled) for i in items[:3]] == [True, True, False]
    assert not dialog.save_button.isEnabled()   # nothing picked yet
    items[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.save_button.isEnabled() and dialog.collective_cap.text() == "Đã chọn 1, tối đa 1 (10% của 10)."
    items[1].setCheckState(Qt.CheckState.Checked)
    assert not dialog.save_button.isEnabled() and "tối đa 1" in dialog.error.text()
    dialog.collective_base.setValue(20)
    assert dialog.save_button.isEnabled() and dialog.error.text() == ""
    out = tmp_path / "khen.xlsx"
    dialog.save(str(out))
    assert out.exists() and messages[-1][0] == "information" and "2 tập thể, 0 cá nhân" in messages[-1][2]


def test_the_period_reports_dialog_opens_the_proposals_for_its_period(wave, qtbot, monkeypatch):
    import datetime as dt
    from tests.ui_support import FakeMain
    from ui.awards_dialog import AwardsDialog
    from ui.period_report_dialog import PeriodReportDialog
    opened = []
    monkeypatch.setattr(AwardsDialog, "exec", lambda self: opened.append(self) or 0)
    main = FakeMain(wave)
    qtbot.addWidget(main)
    report_dialog = PeriodReportDialog(main, parent=main, today=dt.date(2025, 11, 20))
    qtbot.addWidget(report_dialog)
    assert report_dialog.period.currentData() == "Đợt 1" and report_dialog.awards_button.isEnabled()
    report_dialog.awards_button.click()
    [dialog] = opened
    assert dialog.found.report.period["name"] == "Đợt 1"
    assert [c["name"] for c in dialog.found.collectives if c["eligible"]] == ["Xã Sơn Hà", "Xã Sơn Hạ"]
