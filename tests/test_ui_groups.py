"""The Nhóm vận động page offscreen: groups by kind, members with phones checked as you type (old 01xx numbers
converted), coverage of communes, steering-committee assignments and the advisory-team warning."""
from __future__ import annotations

import importlib.util

import pytest

pytest.importorskip("pytestqt")

from core.changes import Changes  # noqa: E402
import ui_support  # noqa: E402
from ui.qt import Qt  # noqa: E402

HAS_DEMO = importlib.util.find_spec("core.demo") is not None


def open_page(qtbot, ws):
    from ui.pages.groups import GroupsPage
    return ui_support.open_page(qtbot, ws, GroupsPage, 1100, 700)




@pytest.fixture
def data(office):
    ws = office
    ids = {}
    ids["agency"], _ = ws.groups.add("agency", "Bưu điện khu vực Sơn Hà - Sơn Tây", phone="02553861234")
    ws.groups.add_member(ids["agency"], "Phạm Văn Tâm", role="Nhân viên thu", phone="0912345678")
    ids["team"], _ = ws.groups.add("advisory_team", "Tổ tư vấn xã Sơn Hà")
    ws.groups.add_member(ids["team"], "Đinh Thị Lan", role="Tổ trưởng")
    ids["steering"], _ = ws.groups.add("steering_committee", "Ban Chỉ đạo huyện")
    ws.test_ids = ids
    return ws


def type_text(edit, text):
    """As if typed (QTest.keyClicks handles ASCII only; Vietnamese names need the signal the user's typing sends)."""
    edit.setText(edit.text() + text)
    edit.textEdited.emit(edit.text())


def group_names(page):
    return [r["name"] for r in page.group_model.rows]


def choose(page, group_id):
    page.select_group(group_id)
    assert page.current_group_id() == group_id


def test_tabs_filter_groups_by_kind(qtbot, data):
    page = open_page(qtbot, data)
    assert page.tabs.tabText(0) == "Tất cả" and page.tabs.tabText(1) == "Tổ chức dịch vụ thu"
    assert len(page.group_model.rows) == 3
    page.tabs.setCurrentIndex(4)  # Ban Chỉ đạo
    assert group_names(page) == ["Ban Chỉ đạo huyện"]
    page.tabs.setCurrentIndex(1)
    assert group_names(page) == ["Bưu điện khu vực Sơn Hà - Sơn Tây"]
    assert page.title.text() == "Bưu điện khu vực Sơn Hà - Sơn Tây"
    assert [m["full_name"] for m in page.member_model.rows] == ["Phạm Văn Tâm"]
    assert page.member_model.index(0, 3).data() == "0912345678"


def test_advisory_team_with_one_member_warns(qtbot, data):
    page = open_page(qtbot, data)
    choose(page, data.test_ids["team"])
    assert not page.warning.isHidden() and "ít nhất 2" in page.warning.text()
    data.groups.add_member(data.test_ids["team"], "Hà Văn Bình")
    page.refresh(Changes.of("groups"))
    assert page.warning.isHidden()
    choose(page, data.test_ids["agency"])
    assert page.warning.isHidden()


def test_member_with_old_phone_shows_the_converted_number_then_saves_it(qtbot, data, monkeypatch):
    from ui.group_dialogs import MemberDialog
    page = open_page(qtbot, data)
    choose(page, data.test_ids["agency"])
    seen = {}

    def run(dialog):
        assert not dialog.ok_button.isEnabled()  # no name yet
        type_text(dialog.fields["full_name"].edit, "Nguyễn Thị Hoa")
        qtbot.keyClicks(dialog.fields["phone"].edit, "0166.234.5678")
        seen["note"] = dialog.fields["phone"].note.text()
        seen["visible"] = not dialog.fields["phone"].note.isHidden()
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        return dialog.result()
    monkeypatch.setattr(MemberDialog, "exec", run)
    page.add_member_button.click()
    assert "0362345678" in seen["note"] and seen["visible"]
    phones = {m["full_name"]: m["phone"] for m in page.member_model.rows}
    assert phones["Nguyễn Thị Hoa"] == "0362345678"
    assert data.groups.members(data.test_ids["agency"])[0]["phone"] in ("0362345678", "0912345678")


def test_member_form_refuses_a_bad_phone_as_you_type(qtbot, data):
    from ui.group_dialogs import MemberDialog
    dialog = MemberDialog(data, data.groups.get(data.test_ids["agency"]))
    qtbot.addWidget(dialog)
    type_text(dialog.fields["full_name"].edit, "Lê Văn Hùng")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.fields["phone"].edit, "09123")
    assert not dialog.ok_button.isEnabled()
    assert "10 chữ số" in dialog.fields["phone"].error.text()
    qtbot.keyClicks(dialog.fields["phone"].edit, "45678")
    assert dialog.ok_button.isEnabled() and dialog.fields["phone"].error.isHidden()
    assert dialog.role.currentText() == "Nhân viên thu"  # an agency's first suggested role


def test_coverage_is_saved(qtbot, data):
    page = open_page(qtbot, data)
    choose(page, data.test_ids["agency"])
    assert page.coverage.count() == 8 and not page.save_coverage_button.isEnabled()
    page.coverage.item(0).setCheckState(Qt.CheckState.Checked)
    page.coverage.item(2).setCheckState(Qt.CheckState.Checked)
    assert page.save_coverage_button.isEnabled()
    page.save_coverage_button.click()
    names = [u["name"] for u in data.groups.coverage(data.test_ids["agency"])]
    assert names == [page.coverage.item(0).text(), page.coverage.item(2).text()]
    assert not page.save_coverage_button.isEnabled()  # reloaded: what is shown is what is saved
    assert page.current_group_id() == data.test_ids["agency"]


def test_steering_member_is_assigned_to_communes(qtbot, data, monkeypatch):
    from ui.group_dialogs import MemberDialog
    page = open_page(qtbot, data)
    choose(page, data.test_ids["steering"])
    assert page.member_model.columnCount() == 5

    def run(dialog):
        type_text(dialog.fields["full_name"].edit, "Trần Quốc Việt")
        dialog.role.setCurrentText("Phó Trưởng ban")
        type_text(dialog.fields["position"].edit, "Phó Chủ tịch UBND huyện")
        dialog.units.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.ok_button.click()
        return dialog.result()
    monkeypatch.setattr(MemberDialog, "exec", run)
    page.add_member_button.click()
    member = page.member_model.rows[0]
    assert member["full_name"] == "Trần Quốc Việt" and member["role"] == "Phó Trưởng ban"
    assert [u["name"] for u in data.groups.member_units(member["id"])] == [data.units.communes()[1]["name"]]
    assert page.member_model.index(0, 4).data() == data.units.communes()[1]["name"]


def test_add_group_and_delete_member(qtbot, data, monkeypatch, yes):
    from ui.group_dialogs import GroupDialog
    page = open_page(qtbot, data)
    page.tabs.setCurrentIndex(3)  # Hội, đoàn thể

    def run(dialog):
        assert dialog.kind.currentData() == "association"
        assert not dialog.ok_button.isEnabled()
        type_text(dialog.fields["name"].edit, "Hội Liên hiệp Phụ nữ xã Sơn Hà")
        dialog.ok_button.click()
        return dialog.result()
    monkeypatch.setattr(GroupDialog, "exec", run)
    page.add_group_button.click()
    assert group_names(page) == ["Hội Liên hiệp Phụ nữ xã Sơn Hà"]
    assert page.title.text() == "Hội Liên hiệp Phụ nữ xã Sơn Hà"
    page.tabs.setCurrentIndex(1)
    page.member_table.selectRow(0)
    page.delete_member_button.click()
    assert yes and data.groups.members(data.test_ids["agency"]) == []
    assert page.member_model.rowCount() == 0


def test_duplicate_group_name_is_shown_on_the_field(qtbot, data):
    from ui.group_dialogs import GroupDialog
    dialog = GroupDialog(data, None, kind="agency")
    qtbot.addWidget(dialog)
    type_text(dialog.fields["name"].edit, "bưu điện khu vực sơn hà - sơn tây")
    dialog.ok_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "đã có" in dialog.fields["name"].error.text()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, data):
    page = open_page(qtbot, data)
    choose(page, data.test_ids["agency"])
    qtmodeltester.check(page.group_model)
    qtmodeltester.check(page.member_model)


@pytest.mark.skipif(not HAS_DEMO, reason="core.demo not written yet")
def test_demo_groups_show_agencies_with_collectors(qtbot, demo):
    page = open_page(qtbot, demo)
    page.tabs.setCurrentIndex(1)
    names = group_names(page)
    assert "Bưu điện khu vực Sơn Hà - Sơn Tây" in names and "Công ty TNHH dịch vụ thu Sơn Hà" in names
    choose(page, page.group_model.rows[0]["id"])
    assert page.member_model.rowCount() > 0


def test_member_roles_are_saved_in_vietnamese_whatever_the_ui_language(qtbot, data):
    """Roles are data (printed on Vietnamese documents, used to find collectors): an English UI still saves
    'Cộng tác viên', and that member is a collector."""
    from ui import i18n
    from ui.group_dialogs import MemberDialog
    ws = data
    agency_id, _ = ws.groups.add("agency", "Bưu điện thử")
    assert i18n.switch("en")
    try:
        dialog = MemberDialog(ws, ws.groups.get(agency_id))
        qtbot.addWidget(dialog)
        dialog.fields["full_name"].setText("Lê Thị Hoa")
        dialog.role.setCurrentIndex(dialog.role.findData("Cộng tác viên"))
        assert dialog.role.currentText() == "Collaborator"
        dialog.save()
    finally:
        i18n.switch("vi")
    member = [m for m in ws.groups.members(agency_id) if m["full_name"] == "Lê Thị Hoa"][0]
    assert member["role"] == "Cộng tác viên"
    assert any(c["id"] == member["id"] for c in ws.groups.collectors())
