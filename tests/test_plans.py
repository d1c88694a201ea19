import json

import pytest

from core import i18n
from core.changes import Changes
from core.errors import UserError
from core.target_table import CUMULATIVE, TOTAL, baseline_key, parse_count


@pytest.fixture
def plan(office):
    ws = office
    plan_id, changes = ws.plans.create("25/KH-BHXH", "Kế hoạch vận động quý IV", issued_on="2025-09-20",
                                       start_date="2025-10-01", end_date="2025-12-31", issuer="BHXH cơ sở Sơn Hà")
    assert changes.plans
    return plan_id


def communes(ws):
    return {c["name"]: c["id"] for c in ws.units.communes()}


# --- plans ----------------------------------------------------------------------------------------------
def test_create_find_list_and_update_a_plan(office, plan):
    ws = office
    assert ws.plans.find(" 25 / kh-bhxh ")["id"] == plan
    assert [p["number"] for p in ws.plans.list()] == ["25/KH-BHXH"]
    changes = ws.plans.update(plan, title="  Kế hoạch   mới ")
    assert changes.plans and ws.plans.get(plan)["title"] == "Kế hoạch mới"
    assert not ws.plans.update(plan, title="Kế hoạch mới").any()     # nothing changed, nothing written


@pytest.mark.parametrize("kwargs, field", [
    ({"number": "  "}, "number"),
    ({"number": "25/KH-BHXH"}, "number"),                                   # taken (compared without spaces/case)
    ({"number": "26/KH", "start_date": "2025-13-01"}, "start_date"),
    ({"number": "26/KH", "start_date": "2025-10-01", "end_date": "2025-09-30"}, "end_date"),
])
def test_bad_plans_are_refused_naming_the_field(office, plan, kwargs, field):
    before = len(office.query("SELECT * FROM plans"))
    with pytest.raises(UserError) as err:
        office.plans.create(**kwargs)
    assert err.value.field == field
    assert len(office.query("SELECT * FROM plans")) == before


def test_unknown_plan_number_is_a_user_error(office):
    with pytest.raises(UserError, match="99/KH"):
        office.plans.find("99/KH")


def test_plan_dates_cannot_shrink_past_its_periods(office, plan):
    office.plans.add_period(plan, "Tháng cao điểm", "2025-10-01", "2025-10-31")
    with pytest.raises(UserError, match="Tháng cao điểm") as err:
        office.plans.update(plan, start_date="2025-10-15")
    assert err.value.field == "start_date"


# --- periods and waves ------------------------------------------------------------------------------------
def test_periods_and_waves_in_order(office, plan):
    ws = office
    ws.plans.add_period(plan, "Đợt 1", "2025-10-01", "2025-10-31", kind="wave", ceremony_date="2025-10-03",
                        ceremony_time="7h30", ceremony_venue="Hội trường UBND xã", emulation_start="2025-10-01",
                        emulation_end="2025-11-15")
    ws.plans.add_period(plan, "Đợt 2", "2025-11-01", "2025-11-30", kind="wave")
    periods = ws.plans.periods(plan)
    assert [p["name"] for p in periods] == ["Đợt 1", "Đợt 2"]
    assert periods[0]["ceremony_time"] == "07:30" and periods[0]["kind"] == "wave"
    assert ws.plans.list()[0]["period_count"] == 2


@pytest.mark.parametrize("kwargs, field", [
    ({"name": " "}, "name"),
    ({"name": "đợt 1"}, "name"),                                            # same name, case and tones folded
    ({"name": "X", "kind": "month"}, "kind"),
    ({"name": "X", "start_date": "2025-09-30"}, "start_date"),               # before the plan
    ({"name": "X", "end_date": "2026-01-01"}, "end_date"),                   # after the plan
    ({"name": "X", "start_date": "2025-11-02", "end_date": "2025-11-01"}, "end_date"),
    ({"name": "X", "kind": "wave", "ceremony_time": "25:00"}, "ceremony_time"),
    ({"name": "X", "kind": "wave", "emulation_start": "2025-11-02", "emulation_end": "2025-11-01"}, "emulation_end"),
])
def test_bad_periods_are_refused_naming_the_field(office, plan, kwargs, field):
    office.plans.add_period(plan, "Đợt 1")
    with pytest.raises(UserError) as err:
        office.plans.add_period(plan, **kwargs)
    assert err.value.field == field
    assert len(office.plans.periods(plan)) == 1


def test_update_and_delete_period_tombstones_its_targets(office, plan):
    ws = office
    period, _ = ws.plans.add_period(plan, "Đợt 1")
    ws.plans.set_targets(plan, "vsi_new", [(communes(ws)["Xã Sơn Hà"], period, 12)])
    ws.plans.update_period(period, name="Đợt một")
    assert ws.plans.periods(plan)[0]["name"] == "Đợt một"
    ws.plans.delete_period(period)
    assert ws.plans.periods(plan) == [] and ws.plans.targets(plan) == []
    assert ws.query("SELECT deleted FROM targets")[0]["deleted"] == 1


def test_a_new_period_changes_the_targets_table_too(office, plan):
    period, changes = office.plans.add_period(plan, "Đợt 1")
    assert changes.plans and changes.targets           # a new column in the grid


def test_delete_plan_tombstones_everything_it_holds(office, plan):
    ws = office
    period, _ = ws.plans.add_period(plan, "Đợt 1")
    ws.plans.set_targets(plan, "vsi_new", [(communes(ws)["Xã Sơn Hà"], period, 12)])
    ws.plans.set_baseline(plan, communes(ws)["Xã Sơn Hà"], "vsi_new", "2025-09-30", 100)
    changes = ws.plans.delete(plan)
    assert changes.plans and changes.targets
    assert ws.plans.list() == [] and ws.plans.get(plan) is None
    for table in ("plans", "periods", "targets", "baselines"):
        assert {r["deleted"] for r in ws.query(f"SELECT deleted FROM {table}")} == {1}


# --- targets arithmetic -----------------------------------------------------------------------------------
def test_cumulative_is_latest_baseline_plus_period_targets(office, plan):
    ws = office
    son_ha = communes(ws)["Xã Sơn Hà"]
    peak, _ = ws.plans.add_period(plan, "Tháng cao điểm")
    rest, _ = ws.plans.add_period(plan, "Các tháng còn lại")
    ws.plans.set_baseline(plan, son_ha, "vsi_new", "2022-12-31", 3673)
    ws.plans.set_baseline(plan, son_ha, "vsi_new", "2023-03-31", 3661)     # the latest one counts
    ws.plans.set_targets(plan, "vsi_new", [(son_ha, peak, 165), (son_ha, rest, 660)])
    table = ws.plans.target_table(plan)
    row = table.row(son_ha)
    assert row.baseline == 3661 and row.values[TOTAL] == 825 and row.cumulative == 4486
    assert table.baseline_dates == ["2022-12-31", "2023-03-31"] and table.reference_date == "2023-03-31"
    assert table.keys == [baseline_key("2022-12-31"), baseline_key("2023-03-31"), peak, rest, TOTAL, CUMULATIVE]


def test_parent_children_mismatch_is_flagged_and_totals_sum_the_top_level(office, plan):
    ws = office
    c = communes(ws)
    root = ws.units.province()["id"]
    village, _ = ws.units.add_village(c["Xã Sơn Hà"], "Thôn Gò Da")
    village2, _ = ws.units.add_village(c["Xã Sơn Hà"], "Thôn Xà Riêng")
    p, _ = ws.plans.add_period(plan, "Quý IV")
    ws.plans.set_targets(plan, "vsi_new", [
        (root, p, 100),                        # the office's own figure, compared with its communes
        (c["Xã Sơn Hà"], p, 50), (village, p, 20), (village2, p, 30),   # villages add up: no flag
        (c["Xã Sơn Hạ"], p, 40),
        (c["Xã Sơn Kỳ"], p, 5),
    ])
    table = ws.plans.target_table(plan)
    assert p not in table.row(c["Xã Sơn Hà"]).mismatch
    assert table.row(c["Xã Sơn Hà"]).children_sum[p] == 50
    office_row = table.row(root)
    assert office_row.children_sum[p] == 95 and p in office_row.mismatch
    assert table.totals[p] == 95                         # totals row = the communes, not the root's own 100
    assert table.mismatches() == [(root, p)]
    ws.plans.set_targets(plan, "vsi_new", [(village, p, 25)])
    table = ws.plans.target_table(plan)
    assert p in table.row(c["Xã Sơn Hà"]).mismatch    # 25 + 30 ≠ 50
    assert table.row(c["Xã Sơn Hà"]).children_sum[p] == 55


def test_a_parent_without_own_value_counts_its_childrens_sum(office, plan):
    ws = office
    c = communes(ws)
    village, _ = ws.units.add_village(c["Xã Sơn Linh"], "Thôn 1")
    p, _ = ws.plans.add_period(plan, "Quý IV")
    ws.plans.set_targets(plan, "vsi_new", [(village, p, 7), (c["Xã Sơn Hạ"], p, 3)])
    table = ws.plans.target_table(plan)
    row = table.row(c["Xã Sơn Linh"])
    assert row.values.get(p) is None and row.effective(p) == 7 and not row.mismatch
    assert table.totals[p] == 10 and table.totals[CUMULATIVE] == 10
    without = ws.plans.target_table(plan, include_villages=False)
    assert village not in [r.unit_id for r in without.rows] and village in [r.unit_id for r in without.all_rows]
    assert without.row(c["Xã Sơn Linh"]).effective(p) == 7 and without.row(c["Xã Sơn Linh"]).has_children


@pytest.mark.parametrize("value", [-1, 2.5, "mười", True, float("nan"), "²"])
def test_bad_target_values_name_unit_and_period(office, plan, value):
    ws = office
    p, _ = ws.plans.add_period(plan, "Tháng cao điểm")
    good = (communes(ws)["Xã Sơn Hạ"], p, 10)
    with pytest.raises(UserError) as err:
        ws.plans.set_targets(plan, "vsi_new", [good, (communes(ws)["Xã Sơn Hà"], p, value)])
    assert "Xã Sơn Hà" in err.value.message and "Tháng cao điểm" in err.value.message
    assert ws.plans.targets(plan) == []                  # the good cell was not written either


def test_english_messages(office, plan):
    i18n.set_language("en")
    p, _ = office.plans.add_period(plan, "Wave 1")
    with pytest.raises(UserError, match="must not be negative"):
        office.plans.set_targets(plan, "vsi_new", [(communes(office)["Xã Sơn Hà"], p, -3)])


def test_targets_from_another_plan_or_unknown_indicator_are_refused(office, plan):
    ws = office
    other, _ = ws.plans.create("26/KH-BHXH")
    p_other, _ = ws.plans.add_period(other, "Đợt 1")
    with pytest.raises(UserError, match="không thuộc"):
        ws.plans.set_targets(plan, "vsi_new", [(communes(ws)["Xã Sơn Hà"], p_other, 1)])
    with pytest.raises(UserError, match="xyz"):
        ws.plans.set_targets(plan, "xyz", [])


def test_clearing_and_rewriting_a_target_revives_the_tombstone_and_audits(office, plan):
    ws = office
    son_ha = communes(ws)["Xã Sơn Hà"]
    p, _ = ws.plans.add_period(plan, "Đợt 1")
    ws.plans.set_targets(plan, "vsi_new", [(son_ha, p, 10)])
    ws.plans.set_targets(plan, "vsi_new", [(son_ha, p, None)])
    assert ws.plans.targets(plan) == []
    ws.plans.set_targets(plan, "vsi_new", [(son_ha, p, 12)])
    rows = ws.query("SELECT * FROM targets")
    assert len(rows) == 1 and rows[0]["value"] == 12 and rows[0]["deleted"] == 0 and rows[0]["version"] == 3
    audit = ws.query("SELECT action, old_values, new_values FROM audit_log WHERE table_name = 'targets' ORDER BY id")
    assert [a["action"] for a in audit] == ["insert", "delete", "update"]
    assert json.loads(audit[-1]["new_values"]) == {"value": 12, "deleted": 0}
    assert not ws.plans.set_targets(plan, "vsi_new", [(son_ha, p, 12)]).any()


def test_save_targets_writes_cells_and_baselines_all_or_none(office, plan):
    ws = office
    ha, ha_ = communes(ws)["Xã Sơn Hà"], communes(ws)["Xã Sơn Hạ"]
    p, _ = ws.plans.add_period(plan, "Đợt 1")
    changes = ws.plans.save_targets(plan, "vsi_new", targets=[(ha, p, 10), (ha_, p, 7)],
                                    baselines=[(ha, "2025-09-30", 200)])
    assert changes == Changes.of("targets")
    assert {(t["unit_id"], t["value"]) for t in ws.plans.targets(plan)} == {(ha, 10), (ha_, 7)}
    assert [b["value"] for b in ws.plans.baselines(plan)] == [200]
    audit = ws.query("SELECT count(*) n FROM audit_log")[0]["n"]
    with pytest.raises(UserError, match="Xã Sơn Hạ"):              # the bad baseline is named
        ws.plans.save_targets(plan, "vsi_new", targets=[(ha, p, 11)], baselines=[(ha_, "2025-09-30", -1)])
    assert {t["value"] for t in ws.plans.targets(plan) if t["unit_id"] == ha} == {10}   # the good cell neither
    assert ws.query("SELECT count(*) n FROM audit_log")[0]["n"] == audit
    assert ws.plans.save_targets(plan, "vsi_new", targets=[(ha, p, 10)]) == Changes()   # as saved: no change


def test_baseline_can_be_cleared_and_must_be_a_count(office, plan):
    ws = office
    son_ha = communes(ws)["Xã Sơn Hà"]
    ws.plans.set_baseline(plan, son_ha, "vsi_new", "2025-09-30", 200)
    with pytest.raises(UserError, match="Xã Sơn Hà") as err:
        ws.plans.set_baseline(plan, son_ha, "vsi_new", "2025-09-30", -5)
    assert err.value.field == "value"
    with pytest.raises(UserError) as err:
        ws.plans.set_baseline(plan, son_ha, "vsi_new", "31/09/2025", 1)   # September has 30 days
    assert err.value.field == "reference_date"
    ws.plans.set_baseline(plan, son_ha, "vsi_new", "2025-09-30", None)
    assert ws.plans.baselines(plan) == []


@pytest.mark.parametrize("text, value", [
    (3661, 3661), (3661.0, 3661), ("3.661", 3661), ("3,661", 3661), ("1.234.567", 1234567), ("3 661", 3661),
    ("\u00a012 ", 12), ("", None), (None, None), ("-", 0),
])
def test_parse_count_reads_vietnamese_numbers(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize("text", ["3.5", "3,66", "-4", "abc", 2.5, -1, "1.234,5", True])
def test_parse_count_refuses_non_counts(text):
    with pytest.raises(UserError, match="D9"):
        parse_count(text, where="D9")


def test_the_plan_in_force_or_else_the_latest(office):
    import datetime as dt
    assert office.plans.in_force() is None
    q3, _ = office.plans.create("20/KH", "Quý III", start_date="2025-07-01", end_date="2025-09-30")
    q4, _ = office.plans.create("25/KH", "Quý IV", start_date="2025-10-01", end_date="2025-12-31")
    assert office.plans.in_force(dt.date(2025, 8, 15))["id"] == q3
    assert office.plans.in_force(dt.date(2025, 11, 1))["id"] == q4
    assert office.plans.in_force(dt.date(2026, 12, 3))["id"] == q4, "none in force: the latest"
    assert office.plans.progress(q4)[0] == 0, "nobody registered yet"
