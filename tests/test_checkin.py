import openpyxl
import pytest

from core.attendance import rate
from core.errors import UserError, ValidationError


@pytest.fixture
def door(office):
    son_ha = office.units.find("Sơn Hà")["id"]
    conf, _ = office.conferences.add("customer", son_ha, "2025-11-10")
    other, _ = office.conferences.add("policy_qa", son_ha, "2025-11-20")
    ids = [office.people.add({"full_name": n, "commune_id": son_ha, "village": "Thôn 1", **extra})[0]
           for n, extra in [("Đinh Văn Đức", {"citizen_id": "051080001234", "phone": "0905123456"}),
                            ("Lê Thị Hoa", {"birth_year": 1985}), ("Đinh Thị Hương", {})]]
    made, _ = office.invitations.invite(conf, ids)
    elsewhere, _ = office.invitations.invite(other, [ids[0]])
    group, _ = office.groups.add("agency", "Bưu điện khu vực Sơn Hà - Sơn Tây")
    collector, _ = office.groups.add_member(group, "Phạm Thị Thu", role="Nhân viên thu", phone="0905000111")
    return office, conf, ids, [m["code"] for m in made], elsewhere[0]["code"], collector


def test_code_checks_in_once(door):
    ws, conf, ids, codes, _, _ = door
    first = ws.attendance.check_in(conf, codes[0])
    assert (first.status, first.person_id, first.full_name) == ("checked-in", ids[0], "Đinh Văn Đức")
    row = ws.attendance.attendees(conf)[0]
    assert (row["method"], row["checked_in_by"]) == ("code", ws.actor) and row["checked_in_at"]
    again = ws.attendance.check_in(conf, f" {codes[0].lower()} ")
    assert again.status == "already-checked-in" and again.person_id == ids[0] and "một lần" in again.message
    assert ws.attendance.present_count(conf) == 1 and ws.people.get(ids[0])["status"] == "attended"


def test_a_check_in_by_mistake_is_undone_audited_and_the_status_goes_back(door):
    ws, conf, ids, codes, _, collector = door
    ws.attendance.check_in(conf, codes[1])
    assert ws.people.get(ids[1])["status"] == "attended"
    ws.attendance.undo_check_in(conf, ids[1])
    assert ws.attendance.room(conf).present == 0 and ws.people.get(ids[1])["status"] == "invited"
    assert ws.query("SELECT count(*) AS n FROM audit_log WHERE table_name = 'attendance' AND action = 'delete'")[0]["n"] == 1
    again = ws.attendance.check_in(conf, codes[1])           # the right person later: checked in again
    assert again.status == "checked-in" and ws.attendance.room(conf).present == 1
    ws.attendance.record_outcome(conf, ids[1], follow_up_collector_id=collector)
    with pytest.raises(UserError, match="Lê Thị Hoa"):     # an outcome hangs on it: refused, nothing changed
        ws.attendance.undo_check_in(conf, ids[1])
    assert ws.attendance.room(conf).present == 1


def test_an_invitation_is_withdrawn_unless_its_person_is_in_the_room(door):
    ws, conf, ids, codes, _, _ = door
    ws.attendance.check_in(conf, codes[0])
    invitation = ws.invitations.by_code(codes[0])
    with pytest.raises(UserError, match="Đinh Văn Đức"):
        ws.invitations.withdraw(invitation["id"])
    hoa = ws.invitations.by_code(codes[1])
    ws.invitations.withdraw(hoa["id"])
    assert ws.invitations.by_code(codes[1]) is None and ws.people.get(ids[1])["status"] == "prospect"
    assert ws.query("SELECT count(*) AS n FROM audit_log WHERE table_name = 'invitations' AND action = 'delete'")[0]["n"] == 1


def test_code_of_another_conference_warns_and_writes_nothing(door):
    ws, conf, ids, _, elsewhere, _ = door
    audit = ws.query("SELECT count(*) n FROM audit_log")[0]["n"]
    result = ws.attendance.check_in(conf, elsewhere)
    assert result.status == "other-conference" and result.person_id == ids[0] and "20/11/2025" in result.message
    assert ws.attendance.present_count(conf) == 0 and ws.query("SELECT count(*) n FROM audit_log")[0]["n"] == audit


@pytest.mark.parametrize("text", ["ZZZZZZ2", "AB12CD3", "12345678"])
def test_unknown_code(door, text):
    ws, conf, *_ = door
    result = ws.attendance.check_in(conf, text)
    assert result.status == "unknown-code" and result.person_id is None and ws.attendance.present_count(conf) == 0


def test_a_name_searches_this_conferences_invitees(door):
    ws, conf, ids, *_ = door
    result = ws.attendance.check_in(conf, "dinh")
    assert result.status == "matches" and [m["person_id"] for m in result.matches] == [ids[0], ids[2]]
    assert ws.attendance.check_in(conf, "hoa").matches[0]["full_name"] == "Lê Thị Hoa"
    assert ws.attendance.check_in(conf, "Phạm").matches == []
    picked = ws.attendance.check_in_person(conf, ids[2])
    assert picked.status == "checked-in" and ws.attendance.attendees(conf)[0]["method"] == "name"


def test_walk_in_goes_through_the_duplicate_check(door):
    ws, conf, ids, *_ = door
    known = ws.attendance.walk_in(conf, {"full_name": "Đinh Văn Đức", "citizen_id": "051080001234"})
    assert known.status == "checked-in" and known.person_id == ids[0]
    maybe = ws.attendance.walk_in(conf, {"full_name": "Le Thi Hoa", "birth_year": 1985, "village": "Thôn 1"})
    assert maybe.status == "matches" and [m["id"] for m in maybe.matches] == [ids[1]]
    assert ws.attendance.present_count(conf) == 1
    forced = ws.attendance.walk_in(conf, {"full_name": "Lê Thị Hoa", "birth_year": 1985, "village": "Thôn 1"}, force=True)
    new = ws.attendance.walk_in(conf, {"full_name": "Võ Văn Mới", "birth_year": 1991})
    assert forced.status == new.status == "checked-in" and new.person_id not in ids
    assert ws.people.get(new.person_id)["commune"] == "Xã Sơn Hà"  # the conference's commune
    assert ws.attendance.present_count(conf) == 3
    assert {a["method"] for a in ws.attendance.attendees(conf)} == {"walk_in"}
    with pytest.raises(ValidationError):
        ws.attendance.walk_in(conf, {"full_name": ""})


def test_outcomes_registrations_and_follow_up(door, tmp_path):
    ws, conf, ids, codes, _, collector = door
    for code in codes:
        ws.attendance.check_in(conf, code)
    ws.attendance.record_outcome(conf, ids[0], ["vsi", "hhi"], monthly_income=2_000_000, payment_months=12)
    ws.attendance.record_outcome(conf, ids[1], ["hhi"], payment_months=6)
    ws.attendance.record_outcome(conf, ids[2], [], follow_up_collector_id=collector)
    assert ws.attendance.figures(conf) == {"invited": 3, "attended": 3, "registered": 2, "vsi": 1, "hhi": 2,
                                          "follow_up": 1}
    assert ws.people.get(ids[0])["status"] == "registered" and ws.people.get(ids[2])["status"] == "attended"
    assert ws.people.get(ids[2])["collector_id"] == collector
    son_ha = ws.units.find("Sơn Hà")["id"]
    counts = {(r["commune_id"], r["indicator"]): r["count"]
              for r in ws.attendance.registrations_by_commune(date_from="2025-11-01", date_to="2025-11-30")}
    assert counts == {(son_ha, "vsi_new"): 1, (son_ha, "hhi_new"): 2}
    assert ws.attendance.registrations_by_commune(date_from="2025-12-01") == []
    # an outcome recorded again replaces the earlier one
    ws.attendance.record_outcome(conf, ids[0], ["hhi"], payment_months=3)
    assert ws.attendance.figures(conf)["vsi"] == 0
    follow = ws.attendance.follow_ups(conf)
    assert [(f["full_name"], f["collector_name"]) for f in follow] == [("Đinh Thị Hương", "Phạm Thị Thu")]
    path = ws.attendance.export_handover(tmp_path / "ban-giao.xlsx", conference_id=conf)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Phạm Thị Thu"
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Đinh Thị Hương" in values and any("dữ liệu cá nhân" in str(v) for v in values)


def test_registrations_count_per_plan_period(door):
    ws, conf, ids, codes, _, _ = door
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    oct_, _ = ws.plans.add_period(plan, "Tháng 10", "2025-10-01", "2025-10-31")
    nov, _ = ws.plans.add_period(plan, "Tháng 11", "2025-11-01", "2025-11-30")
    ws.attendance.check_in(conf, codes[0])
    ws.attendance.record_outcome(conf, ids[0], ["vsi"], monthly_income=1_500_000, payment_months=1)
    rows = ws.attendance.registrations_by_commune(plan_id=plan)
    assert [(r["period_id"], r["indicator"], r["count"]) for r in rows] == [(nov, "vsi_new", 1)]


@pytest.mark.parametrize("kwargs, field", [
    ({"schemes": ["vsi"], "monthly_income": 1_000_000, "payment_months": 1}, "monthly_income"),
    ({"schemes": ["vsi"], "monthly_income": 50_000_000, "payment_months": 1}, "monthly_income"),
    ({"schemes": ["vsi"], "payment_months": 1}, "monthly_income"),
    ({"schemes": ["vsi"], "monthly_income": 2_000_000, "payment_months": 5}, "payment_months"),
    ({"schemes": ["vsi"], "monthly_income": 2_000_000}, "payment_months"),
    ({"schemes": ["hhi"], "payment_months": 1}, "payment_months"),
    ({"schemes": ["xyz"]}, "schemes"),
    ({"schemes": []}, "schemes"),
    ({"schemes": [], "follow_up_collector_id": 999}, "follow_up_collector_id"),
])
def test_bad_outcomes_are_refused(door, kwargs, field):
    ws, conf, ids, codes, _, _ = door
    ws.attendance.check_in(conf, codes[0])
    with pytest.raises(ValidationError) as err:
        ws.attendance.record_outcome(conf, ids[0], **kwargs)
    assert field in dict(err.value.problems)
    assert ws.attendance.figures(conf)["registered"] == 0


def test_income_bounds_come_from_dated_configuration(door):
    assert rate("base_salary", "2026-06-30") == 2_340_000 and rate("base_salary", "2026-07-01") == 2_530_000
    ws, conf, ids, codes, _, _ = door
    ws.attendance.check_in(conf, codes[0])
    ws.attendance.record_outcome(conf, ids[0], ["vsi"], monthly_income=46_800_000, payment_months=60)
    assert ws.attendance.figures(conf)["vsi"] == 1


def test_outcome_needs_the_person_present(door):
    ws, conf, ids, *_ = door
    with pytest.raises(UserError):
        ws.attendance.record_outcome(conf, ids[0], ["hhi"], payment_months=3)


def test_registrations_count_toward_the_plans_targets_on_the_plan_page_and_cli(door, qtbot, capsys, tmp_path):
    """A registration at a conference counts for the person's commune in the period of its date: core
    (Plans.achieved), the targets grid's tooltips and summary line, and `progress` on the CLI."""
    from cli import build_parser, run
    ws, conf, ids, codes, _, _ = door
    son_ha = ws.units.find("Sơn Hà")["id"]
    plan, _ = ws.plans.create("25/KH-BHXH", start_date="2025-10-01", end_date="2025-12-31")
    oct_, _ = ws.plans.add_period(plan, "Tháng 10", "2025-10-01", "2025-10-31")
    nov, _ = ws.plans.add_period(plan, "Tháng 11", "2025-11-01", "2025-11-30")
    ws.plans.set_targets(plan, "vsi_new", [(son_ha, oct_, 5), (son_ha, nov, 8)])
    for code in codes[:2]:
        ws.attendance.check_in(conf, code)
    ws.attendance.record_outcome(conf, ids[0], ["vsi", "hhi"], monthly_income=2_000_000, payment_months=1)
    ws.attendance.record_outcome(conf, ids[1], ["hhi"], payment_months=3)
    assert ws.plans.achieved(plan, "vsi_new") == {son_ha: {nov: 1}}
    assert ws.plans.achieved(plan, "hhi_new") == {son_ha: {nov: 2}}

    import ui_support
    from ui.pages.plan import PlanPage
    page = ui_support.open_page(qtbot, ws, PlanPage)
    model = page.model
    row = next(r for r in range(model.rowCount() - 1) if model.unit(r)["id"] == son_ha)
    col = next(c for c in range(1, model.columnCount()) if model.column_key(c) == nov)
    from ui.qt import Qt
    assert "Đã đăng ký tại hội nghị: 1" in model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole)
    assert "1 / chỉ tiêu 13" in page.achieved_label.text()

    path = tmp_path / "o.sqlite"  # the CLI on a file copy of the same office
    ws.db.conn.backup(__import__("sqlite3").connect(str(path)))
    args = build_parser().parse_args(["--db", str(path), "progress", "--plan", "25/KH-BHXH", "--json"])
    assert run(args) == 0
    import json
    out = json.loads(capsys.readouterr().out)
    son_ha_row = next(u for u in out["units"] if u["unit"] == "Xã Sơn Hà")
    assert son_ha_row["target"] == 13 and son_ha_row["achieved"] == 1
    assert [p["achieved"] for p in son_ha_row["periods"]] == [0, 1]
