import pytest

from core.changes import Changes
from core.errors import UserError


@pytest.fixture
def communes(office):
    return {c["name"]: c["id"] for c in office.units.communes()}


@pytest.fixture
def post(office):
    gid, _ = office.groups.add("agency", "Bưu điện khu vực Sơn Hà - Sơn Tây", phone="0255 3822 123")
    return gid


def test_add_group_cleans_and_lists_with_kind_name(office, post):
    g = office.groups.get(post)
    assert g["kind"] == "agency" and g["kind_name"] == "Tổ chức dịch vụ thu"
    assert g["phone"] == "02553822123" and g["member_count"] == 0 and g["too_small"] is False


@pytest.mark.parametrize("kind, name, phone, field", [
    ("club", "Câu lạc bộ", "", "kind"),
    ("association", "  ", "", "name"),
    ("association", "Hội Nông dân", "0912", "phone"),
])
def test_bad_group_values_are_refused_naming_the_field(office, kind, name, phone, field):
    with pytest.raises(UserError) as exc:
        office.groups.add(kind, name, phone=phone)
    assert exc.value.field == field
    assert office.groups.list() == []


def test_duplicate_name_in_the_same_kind_is_refused(office, post):
    with pytest.raises(UserError) as exc:
        office.groups.add("agency", "bưu điện khu vực sơn hà - sơn tây")
    assert exc.value.field == "name"
    office.groups.add("association", "Bưu điện khu vực Sơn Hà - Sơn Tây")  # another kind: allowed


def test_members_phone_validation_and_conversion(office, post):
    mid, _ = office.groups.add_member(post, " Đinh Văn  Ba ", role="Nhân viên thu", phone="01662345678")
    assert office.groups.member(mid)["phone"] == "0362345678"
    assert office.groups.member(mid)["full_name"] == "Đinh Văn Ba"
    with pytest.raises(UserError) as exc:
        office.groups.add_member(post, "Phạm Thị Lan", phone="0952345678")
    assert exc.value.field == "phone" and "095" in exc.value.message
    with pytest.raises(UserError) as exc:
        office.groups.add_member(post, "", phone="0912345678")
    assert exc.value.field == "full_name"
    assert len(office.groups.members(post)) == 1


def test_collectors_and_find_collector(office, post):
    company, _ = office.groups.add("agency", "Công ty TNHH dịch vụ thu Sơn Hà")
    team, _ = office.groups.add("advisory_team", "Tổ tư vấn xã Sơn Hà")
    a, _ = office.groups.add_member(post, "Đinh Văn Ba", role="Nhân viên thu")
    b, _ = office.groups.add_member(company, "Phạm Thị Lan", role="Cộng tác viên")
    office.groups.add_member(company, "Trần Văn Giám", role="Giám đốc")
    office.groups.add_member(team, "Lê Văn Tư", role="Cộng tác viên")  # not an agency
    office.groups.add_member(company, "Đinh Văn Ba", role="collector")
    collectors = office.groups.collectors()
    assert [c["full_name"] for c in collectors] == ["Đinh Văn Ba", "Đinh Văn Ba", "Phạm Thị Lan"]
    assert {c["group_name"] for c in collectors} == {"Bưu điện khu vực Sơn Hà - Sơn Tây", "Công ty TNHH dịch vụ thu Sơn Hà"}
    assert office.groups.find_collector("pham thi lan")["id"] == b
    assert office.groups.find_collector(str(a))["id"] == a
    with pytest.raises(UserError) as exc:
        office.groups.find_collector("Đinh Văn Ba")
    assert "nhiều" in exc.value.message
    with pytest.raises(UserError):
        office.groups.find_collector("Trần Văn Giám")


def test_advisory_team_with_fewer_than_two_is_flagged(office):
    team, _ = office.groups.add("advisory_team", "Tổ tư vấn xã Sơn Kỳ")
    assert office.groups.get(team)["too_small"] and "ít nhất 2" in office.groups.validate_team(team)
    office.groups.add_member(team, "Hồ Thị Mai", role="Tổ trưởng")
    assert "có 1" in office.groups.validate_team(team)
    office.groups.add_member(team, "Đinh Văn Tám", role="Tư vấn viên")
    assert office.groups.validate_team(team) is None and not office.groups.get(team)["too_small"]


def test_coverage_replaces_and_revives_links(office, post, communes):
    ha, ha2, tay = communes["Xã Sơn Hà"], communes["Xã Sơn Hạ"], communes["Xã Sơn Tây"]
    assert office.groups.set_coverage(post, [ha, tay, ha]).groups
    assert [u["name"] for u in office.groups.coverage(post)] == ["Xã Sơn Hà", "Xã Sơn Tây"]
    office.groups.set_coverage(post, [ha2])
    assert [u["name"] for u in office.groups.coverage(post)] == ["Xã Sơn Hạ"]
    office.groups.set_coverage(post, [ha, ha2])  # Sơn Hà's tombstoned link comes back (UNIQUE holds tombstones)
    assert [u["name"] for u in office.groups.coverage(post)] == ["Xã Sơn Hà", "Xã Sơn Hạ"]
    assert office.groups.set_coverage(post, [ha, ha2]).any() is False
    assert office.groups.get(post)["communes"] == "Xã Sơn Hà, Xã Sơn Hạ"
    assert [g["id"] for g in office.groups.groups_for_commune(ha)] == [post]
    with pytest.raises(UserError) as exc:
        office.groups.set_coverage(post, [office.units.province()["id"]])
    assert exc.value.field == "unit_ids"
    with pytest.raises(UserError):
        office.groups.set_coverage(post, [9999])
    assert len(office.groups.coverage(post)) == 2


def test_steering_members_assigned_to_units(office, communes):
    bcd, _ = office.groups.add("steering_committee", "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT")
    mid, _ = office.groups.add_member(bcd, "Bạch Thị Yến Thoa", position="Phó Giám đốc BHXH cơ sở Sơn Hà")
    office.groups.assign_member(mid, [communes["Xã Sơn Kỳ"], communes["Xã Sơn Linh"]])
    assert [u["name"] for u in office.groups.member_units(mid)] == ["Xã Sơn Linh", "Xã Sơn Kỳ"]
    member = office.groups.members(bcd)[0]
    assert member["position"] == "Phó Giám đốc BHXH cơ sở Sơn Hà" and member["units"] == "Xã Sơn Linh, Xã Sơn Kỳ"
    office.groups.assign_member(mid, [office.units.province()["id"]])  # any unit kind for a member
    assert office.groups.member_units(mid)[0]["kind"] == "province"


def test_save_member_writes_the_member_and_its_units_together(office, communes):
    bcd, _ = office.groups.add("steering_committee", "Ban Chỉ đạo")
    mid, changes = office.groups.save_member(bcd, {"full_name": "Bạch Thị Yến Thoa", "phone": "0912345678"},
                                             unit_ids=[communes["Xã Sơn Kỳ"]])
    assert changes.groups and [u["name"] for u in office.groups.member_units(mid)] == ["Xã Sơn Kỳ"]
    result = office.groups.save_member(bcd, {"position": "Phó Giám đốc"}, member_id=mid,
                                       unit_ids=[communes["Xã Sơn Hà"], communes["Xã Sơn Linh"]])
    assert result.id == mid and result.changes.groups
    assert office.groups.member(mid)["units"] == "Xã Sơn Hà, Xã Sơn Linh"
    assert office.groups.save_member(bcd, {"position": "Phó Giám đốc"}, member_id=mid).changes == Changes()
    assert [u["name"] for u in office.groups.member_units(mid)] == ["Xã Sơn Hà", "Xã Sơn Linh"]   # None: kept


@pytest.mark.parametrize("values, units", [
    ({"full_name": "Lê Văn Tám", "phone": "0952345678"}, "ok"),   # a bad phone
    ({"full_name": "Lê Văn Tám"}, "bad"),                          # a unit that does not exist
])
def test_save_member_refused_writes_neither(office, communes, values, units):
    bcd, _ = office.groups.add("steering_committee", "Ban Chỉ đạo")
    mid, _ = office.groups.save_member(bcd, {"full_name": "Bạch Thị Yến Thoa"}, unit_ids=[communes["Xã Sơn Kỳ"]])
    audit = office.query("SELECT count(*) n FROM audit_log")[0]["n"]
    unit_ids = [communes["Xã Sơn Hà"]] if units == "ok" else [communes["Xã Sơn Hà"], 99999]
    with pytest.raises(UserError):
        office.groups.save_member(bcd, values, unit_ids=unit_ids)             # a new member
    with pytest.raises(UserError):
        office.groups.save_member(bcd, values, member_id=mid, unit_ids=unit_ids)
    assert [m["full_name"] for m in office.groups.members(bcd)] == ["Bạch Thị Yến Thoa"]
    assert [u["name"] for u in office.groups.member_units(mid)] == ["Xã Sơn Kỳ"]
    assert office.query("SELECT count(*) n FROM audit_log")[0]["n"] == audit


def test_save_member_refuses_a_member_of_another_group(office):
    one, _ = office.groups.add("association", "Hội Nông dân")
    other, _ = office.groups.add("association", "Hội Phụ nữ")
    mid, _ = office.groups.add_member(one, "Đinh Văn Ba")
    with pytest.raises(UserError):
        office.groups.save_member(other, {"full_name": "Đinh Văn Bá"}, member_id=mid)
    assert office.groups.member(mid)["full_name"] == "Đinh Văn Ba"


def test_update_and_delete(office, post, communes):
    mid, _ = office.groups.add_member(post, "Đinh Văn Ba", role="Nhân viên thu")
    office.groups.set_coverage(post, [communes["Xã Sơn Hà"]])
    office.groups.assign_member(mid, [communes["Xã Sơn Hà"]])
    assert office.groups.update(post, notes="Khu vực phía Tây").groups
    with pytest.raises(UserError):
        office.groups.update(post, phone="abc")
    office.groups.update_member(mid, phone="0912345678")
    assert office.groups.member(mid)["phone"] == "0912345678"
    cid, _ = office.conferences.add("customer", communes["Xã Sơn Hà"], "2025-10-15", organiser_group_id=post)
    with pytest.raises(UserError) as exc:
        office.groups.delete(post)
    assert "1 hội nghị" in exc.value.message
    office.conferences.delete(cid)
    office.groups.delete(post)
    assert office.groups.list() == [] and office.groups.collectors() == []
    live = office.query("SELECT count(*) n FROM group_units WHERE deleted = 0")[0]["n"] + \
        office.query("SELECT count(*) n FROM member_units WHERE deleted = 0")[0]["n"]
    assert live == 0
