import datetime as dt

import pytest

from core import i18n
from core.changes import Changes
from core.errors import UserError, ValidationError
from core.scheduling import plan_dates, public_holidays, spread, windows, working_days


@pytest.fixture
def communes(office):
    return {c["name"]: c for c in office.units.communes()}


@pytest.fixture
def son_ha(office, communes):
    commune = communes["Xã Sơn Hà"]
    village_id, _ = office.units.add_village(commune["id"], "Thôn Xà Ây")
    return commune, village_id


def count(ws):
    return ws.query("SELECT count(*) n FROM conferences")[0]["n"]


# --- add and validation -------------------------------------------------------------------------------
def test_add_fills_defaults_and_joins_display_names(office, son_ha):
    commune, village_id = son_ha
    cid, changes = office.conferences.add("small_group", commune["id"], "05/11/2025", time="8h30",
                                          venue="  Nhà văn hóa  thôn Xà Ây ", village_id=village_id)
    assert changes.conferences
    row = office.conferences.get(cid)
    assert row["date"] == "2025-11-05" and row["time"] == "08:30"
    assert row["expected_invitees"] == 10  # the kind's default
    assert row["venue"] == "Nhà văn hóa thôn Xà Ây"
    assert row["commune_name"] == "Xã Sơn Hà" and row["village_name"] == "Thôn Xà Ây"
    assert row["kind_name"] == "Hội nghị nhóm nhỏ" and row["status"] == "planned"
    audit = office.query("SELECT * FROM audit_log WHERE table_name = 'conferences'")
    assert len(audit) == 1 and audit[0]["action"] == "insert"


@pytest.mark.parametrize("change, field, words", [
    ({"kind": "party"}, "kind", "Loại hội nghị"),
    ({"kind": ""}, "kind", "Loại hội nghị"),
    ({"commune_id": None}, "commune_id", "Xã/phường"),
    ({"date": ""}, "date", "Ngày"),
    ({"date": "31/02/2025"}, "date", "Ngày"),
    ({"date": "2025-13-01"}, "date", "Ngày"),
    ({"time": "25:00"}, "time", "Giờ"),
    ({"time": "sáng"}, "time", "Giờ"),
    ({"expected_invitees": -1}, "expected_invitees", "Số khách mời dự kiến"),
    ({"expected_invitees": "nhiều"}, "expected_invitees", "Số khách mời dự kiến"),
    ({"status": "done"}, "status", "Trạng thái"),
    ({"organiser_group_id": 999}, "organiser_group_id", "Đơn vị tổ chức"),
    ({"plan_id": 999}, "plan_id", "Kế hoạch"),
])
def test_each_bad_field_is_named_and_nothing_is_written(office, communes, change, field, words):
    values = {"kind": "customer", "commune_id": communes["Xã Sơn Hạ"]["id"], "date": "2025-10-15"} | change
    with pytest.raises(ValidationError) as exc:
        office.conferences.add(**values)
    assert exc.value.field == field
    assert words in exc.value.message
    assert (field, exc.value.problems[0][1]) == exc.value.problems[0]
    assert count(office) == 0


def test_commune_must_be_a_commune_and_village_inside_it(office, communes, son_ha):
    _, village_id = son_ha
    province = office.units.province()
    with pytest.raises(ValidationError) as exc:
        office.conferences.add("customer", province["id"], "2025-10-15")
    assert exc.value.field == "commune_id"
    with pytest.raises(ValidationError) as exc:
        office.conferences.add("small_group", communes["Xã Sơn Hạ"]["id"], "2025-10-15", village_id=village_id)
    assert exc.value.field == "village_id" and "không thuộc Xã Sơn Hạ" in exc.value.message


def test_several_bad_fields_are_all_listed(office, communes):
    with pytest.raises(ValidationError) as exc:
        office.conferences.add("customer", communes["Xã Sơn Kỳ"]["id"], "hôm nay", time="x", status="?")
    assert [f for f, _ in exc.value.problems] == ["date", "time", "status"]


def test_messages_in_english(office, communes):
    i18n.set_language("en")
    with pytest.raises(ValidationError) as exc:
        office.conferences.add("customer", communes["Xã Sơn Kỳ"]["id"], "2025-10-01", time="99:99")
    assert exc.value.message.startswith("Time:")


def test_update_validates_and_moving_commune_drops_the_village(office, communes, son_ha):
    commune, village_id = son_ha
    cid, _ = office.conferences.add("small_group", commune["id"], "2025-11-05", village_id=village_id)
    with pytest.raises(ValidationError):
        office.conferences.update(cid, status="finished")
    assert office.conferences.get(cid)["status"] == "planned"
    assert office.conferences.update(cid, status="held", expected_invitees=8).conferences
    assert office.conferences.update(cid, status="held").any() is False  # nothing changed
    office.conferences.update(cid, commune_id=communes["Xã Sơn Linh"]["id"])
    row = office.conferences.get(cid)
    assert row["commune_name"] == "Xã Sơn Linh" and row["village_id"] is None and row["version"] == 3
    with pytest.raises(TypeError):
        office.conferences.update(cid, colour="red")


def test_delete_is_a_tombstone_and_refused_with_invitations(office, communes):
    cid, _ = office.conferences.add("customer", communes["Xã Sơn Hà"]["id"], "2025-10-15")
    office.conferences.delete(cid)
    assert office.conferences.get(cid) is None and office.conferences.list() == []
    assert office.get("conferences", cid)["deleted"] == 1
    with pytest.raises(UserError):
        office.conferences.delete(cid)
    other, _ = office.conferences.add("customer", communes["Xã Sơn Hà"]["id"], "2025-10-16")
    with office.transaction():
        person = office.insert("people", {"full_name": "Lê Văn A", "name_folded": "le van a", "name_sort": "a"})
        office.insert("invitations", {"conference_id": other, "person_id": person, "code": "X1"})
    with pytest.raises(UserError) as exc:
        office.conferences.delete(other)
    assert "1 giấy mời" in exc.value.message and office.conferences.get(other)


def _invite_someone(ws, conference_id):
    with ws.transaction():
        person = ws.insert("people", {"full_name": "Lê Văn A", "name_folded": "le van a", "name_sort": "a"})
        ws.insert("invitations", {"conference_id": conference_id, "person_id": person, "code": "X1"})


def test_delete_many_is_all_or_none(office, communes):
    ha = communes["Xã Sơn Hà"]["id"]
    ids = [office.conferences.add("customer", ha, f"2025-10-{day}")[0] for day in (15, 16, 17)]
    _invite_someone(office, ids[2])
    with pytest.raises(UserError) as exc:
        office.conferences.delete_many(ids)
    assert f"số {ids[2]}" in exc.value.message
    assert [c["id"] for c in office.conferences.list()] == ids          # the first two were not deleted either
    assert office.conferences.delete_many(ids[:2]) == Changes.of("conferences")
    assert [c["id"] for c in office.conferences.list()] == ids[2:]
    assert office.conferences.delete_many([]) == Changes()


def test_set_status_marks_several_at_once_or_none(office, communes):
    ha = communes["Xã Sơn Hà"]["id"]
    ids = [office.conferences.add("customer", ha, f"2025-10-{day}")[0] for day in (15, 16)]
    assert office.conferences.set_status(ids + ids[:1], "held").conferences
    assert {c["status"] for c in office.conferences.list()} == {"held"}
    assert office.conferences.get(ids[0])["version"] == 2                 # a repeated id is written once
    assert office.conferences.set_status(ids, "held") == Changes()       # nothing to change
    with pytest.raises(UserError) as exc:
        office.conferences.set_status(ids, "done")
    assert exc.value.field == "status"
    with pytest.raises(UserError):
        office.conferences.set_status([ids[0], 99999], "postponed")      # an unknown id: none is changed
    assert office.conferences.get(ids[0])["status"] == "held"


def test_list_filters_and_month(office, communes):
    ha, ky = communes["Xã Sơn Hà"]["id"], communes["Xã Sơn Kỳ"]["id"]
    office.conferences.add("customer", ha, "2025-10-15", time="14:00")
    office.conferences.add("policy_qa", ha, "2025-10-15", time="08:00")
    office.conferences.add("customer", ky, "2025-11-03", status="held")
    assert [r["time"] for r in office.conferences.list(date_to="2025-10-31")] == ["08:00", "14:00"]
    assert len(office.conferences.list(commune_id=ky)) == 1
    assert len(office.conferences.list(kind="customer")) == 2
    assert len(office.conferences.list(status="held", date_from="01/11/2025")) == 1
    with pytest.raises(UserError) as exc:
        office.conferences.list(date_from="32/10/2025")
    assert exc.value.field == "date_from"
    october = office.conferences.month(2025, 10)
    assert list(october) == ["2025-10-15"] and len(october["2025-10-15"]) == 2
    assert office.conferences.month(2025, 12) == {}


# --- the scheduling rule ------------------------------------------------------------------------------
def test_working_days_and_windows():
    days = working_days(dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    assert len(days) == 23 and all(d.weekday() < 5 for d in days)
    assert windows(dt.date(2025, 10, 15), dt.date(2025, 12, 10), True) == [
        (dt.date(2025, 10, 15), dt.date(2025, 10, 31)), (dt.date(2025, 11, 1), dt.date(2025, 11, 30)),
        (dt.date(2025, 12, 1), dt.date(2025, 12, 10))]


def test_working_days_skip_public_holidays_lunar_ones_too():
    tet = working_days(dt.date(2026, 2, 9), dt.date(2026, 2, 27))   # Tết Bính Ngọ: 16-20/02/2026
    assert not any(dt.date(2026, 2, 16) <= d <= dt.date(2026, 2, 20) for d in tet) and len(tet) == 10
    spring = working_days(dt.date(2026, 4, 20), dt.date(2026, 5, 8))
    for off in (dt.date(2026, 4, 27), dt.date(2026, 4, 30), dt.date(2026, 5, 1)):  # Hùng Kings (in lieu), 30/4, 1/5
        assert off not in spring
    assert "Giỗ Tổ Hùng Vương" in public_holidays(2026, 2026)[dt.date(2026, 4, 26)]
    dates = plan_dates(dt.date(2026, 2, 1), dt.date(2026, 2, 28), 8, per_month=2)
    assert not any(d in public_holidays(2026, 2026) for commune in dates for d in commune)


def test_spread_staggers_communes_on_distinct_days():
    days = working_days(dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    firsts = [spread(days, 2, i, 8)[0] for i in range(8)]
    assert len(set(firsts)) == 8 and firsts == sorted(firsts)
    assert all(d < days[len(days) // 2 + 1] for d in firsts)  # first of two lies in the first half


def test_plan_dates_moves_off_taken_days():
    start, end = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    first = plan_dates(start, end, 1, per_month=1)[0]
    taken = [set(first)]
    again = plan_dates(start, end, 1, per_month=1, taken=taken)[0]
    assert again != first and again[0].weekday() < 5


def test_schedule_per_period_gives_16_in_range_on_weekdays(office, communes):
    ids = [c["id"] for c in office.units.communes()]
    created, changes = office.conferences.schedule("customer", ids, "2025-10-01", "2025-12-31", per_period=2,
                                                   venue="Hội trường UBND {commune}")
    assert len(created) == 16 and changes.conferences
    rows = office.conferences.list()
    assert len(rows) == 16
    for r in rows:
        day = dt.date.fromisoformat(r["date"])
        assert dt.date(2025, 10, 1) <= day <= dt.date(2025, 12, 31) and day.weekday() < 5
        assert r["time"] == "08:00" and r["expected_invitees"] == 60
    assert {r["commune_name"] for r in rows} == set(communes)
    assert all(sum(r["commune_id"] == i for r in rows) == 2 for i in ids)
    assert "Hội trường UBND xã Sơn Tây Thượng" in {r["venue"] for r in rows}
    assert len({r["date"] for r in rows}) > 8  # staggered: communes do not all share a day


def test_schedule_per_month_counts_and_no_same_day_twice_in_a_commune(office, communes):
    ids = [c["id"] for c in office.units.communes()]
    office.conferences.schedule("customer", ids, "2025-10-01", "2025-12-31", per_month=2)
    office.conferences.schedule("policy_qa", ids, "2025-10-01", "2025-12-31", per_month=2)
    rows = office.conferences.list()
    assert len(rows) == 2 * 8 * 3 * 2
    for cid in ids:
        mine = [r for r in rows if r["commune_id"] == cid]
        assert len({r["date"] for r in mine}) == len(mine) == 12  # moved off days already taken
        for month in ("2025-10", "2025-11", "2025-12"):
            assert sum(r["date"].startswith(month) and r["kind"] == "customer" for r in mine) == 2


def test_schedule_is_deterministic_and_preview_writes_nothing(office):
    ids = [c["id"] for c in office.units.communes()]
    first = office.conferences.schedule("policy_qa", ids, "2025-10-01", "2025-12-31", per_period=2, preview=True)
    second = office.conferences.schedule("policy_qa", ids, "2025-10-01", "2025-12-31", per_period=2, preview=True)
    assert first == second and len(first) == 16
    assert count(office) == 0 and office.query("SELECT count(*) n FROM audit_log WHERE table_name='conferences'")[0]["n"] == 0
    assert first[0]["commune_name"] and first[0]["kind_name"] and first[0]["venue"].startswith("Hội trường UBND xã ")


@pytest.mark.parametrize("kwargs, field", [
    ({"per_month": None, "per_period": None}, "rule"),
    ({"per_month": 1, "per_period": 2}, "rule"),
    ({"per_month": 0}, "rule"),
    ({"start_date": "2025-12-31", "end_date": "2025-10-01", "per_month": 1}, "date_to"),
    ({"start_date": "", "per_month": 1}, "date_from"),
    ({"kind": "nope", "per_month": 1}, "kind"),
    ({"commune_ids": [], "per_month": 1}, "commune_ids"),
    ({"time": "25 giờ", "per_month": 1}, "time"),
])
def test_schedule_refuses_bad_rules_and_writes_nothing(office, kwargs, field):
    args = {"kind": "customer", "commune_ids": [c["id"] for c in office.units.communes()],
            "start_date": "2025-10-01", "end_date": "2025-12-31"} | kwargs
    with pytest.raises(ValidationError) as exc:
        office.conferences.schedule(**args)
    assert exc.value.field.endswith(field)
    assert count(office) == 0


def test_schedule_refuses_a_non_commune(office):
    with pytest.raises(ValidationError) as exc:
        office.conferences.schedule("customer", [office.units.province()["id"]], "2025-10-01", "2025-10-31",
                                    per_month=1)
    assert exc.value.field == "commune_ids"


def test_warnings_for_small_groups_do_not_block(office, communes, son_ha):
    commune, village_id = son_ha
    values = {"kind": "small_group", "commune_id": commune["id"], "date": "2025-10-20", "expected_invitees": 25}
    warnings = office.conferences.warnings(values)
    assert set(warnings) == {"village_id", "expected_invitees"} and "25" in warnings["expected_invitees"]
    assert office.conferences.warnings({**values, "village_id": village_id, "expected_invitees": 8}) == {}
    assert office.conferences.warnings({"kind": "customer", "expected_invitees": 200}) == {}
    office.conferences.add(**values)  # advice only: saving still works


def test_every_mutation_result_carries_its_changes(office, communes):
    """One result shape: a Changes, or a result with a `changes` field that unpacks as (what was made, changes)."""
    from core.changes import Added, AddedMany, changes_of
    ha = communes["Xã Sơn Hà"]["id"]
    added = office.conferences.add("customer", ha, "2025-10-15")
    many = office.conferences.add_many([{"kind": "customer", "commune_id": ha, "date": "2025-10-16"}])
    assert isinstance(added, Added) and isinstance(many, AddedMany)
    results = [added, many, office.conferences.update(added.id, time="09:00"),
               office.conferences.set_status(many.ids, "held"), office.conferences.delete(added.id)]
    assert all(changes_of(r) == Changes.of("conferences") for r in results)
    assert changes_of((1, {}, Changes.of("people"))) == Changes.of("people") and changes_of(None) is None


def test_a_planned_conference_past_its_day_reads_as_waiting_for_its_result():
    from core.conferences import needs_result, shown_status
    today = dt.date(2026, 1, 10)
    assert needs_result({"status": "planned", "date": "2026-01-09"}, today)
    assert not needs_result({"status": "planned", "date": "2026-01-10"}, today), "the day itself is not past"
    assert not needs_result({"status": "held", "date": "2025-12-01"}, today)
    assert shown_status({"status": "planned", "date": "2025-12-01"}, today) == "Chưa ghi kết quả"
    assert shown_status({"status": "cancelled", "date": "2025-12-01"}, today) == "Đã huỷ"


def test_built_in_kinds_and_indicators_show_in_the_screens_language_and_stay_stored_in_vietnamese(office):
    from core import i18n
    commune = office.units.communes()[0]["id"]
    conf, _ = office.conferences.add("customer", commune, "2026-03-05")
    i18n.set_language("en")
    try:
        assert office.conferences.get(conf)["kind_name"] == "Customer outreach conference"
        assert {k["code"]: k["label"] for k in office.config.conference_kinds()}["training"] == "Training"
        assert [i["label"] for i in office.config.indicators()][0] == "Voluntary social insurance participants"
    finally:
        i18n.set_language("vi")
    assert office.conferences.get(conf)["kind_name"] == "Hội nghị truyền thông khách hàng"
    stored = office.query("SELECT name FROM conference_kinds WHERE code = 'customer'")[0]["name"]
    assert stored == "Hội nghị truyền thông khách hàng", "the stored data does not change"
    from core import labels
    assert labels.conference_kind("customer", "Hội nghị khách hàng xã", "en") == "Hội nghị khách hàng xã", \
        "a name the office changed is its own"
