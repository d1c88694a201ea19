import pytest

from core.errors import UserError
from core.invitations import ALPHABET, code_shape, is_valid_code, make_code


@pytest.fixture
def setup(office):
    son_ha = office.units.find("Sơn Hà")["id"]
    conf, _ = office.conferences.add("customer", son_ha, "2025-11-10")
    ids = [office.people.add({"full_name": n, "commune_id": son_ha, "village": v})[0]
           for n, v in [("Đinh Văn Đức", "Thôn 1"), ("Lê Thị Hoa", "Thôn 1"), ("Trần Văn Nam", "Thôn 2")]]
    office.people.add({"full_name": "Phạm Văn Khác", "commune": "Sơn Hạ"})
    return office, conf, ids


def test_codes_are_short_unambiguous_and_checked():
    codes = {make_code() for _ in range(500)}
    # random: two alike among 500 happen about once in 8.000 runs (32^6 bodies); invite() makes sure each is unique
    assert len(codes) >= 495
    for code in codes:
        assert len(code) == 7 and is_valid_code(code) and not set(code) & set("0O1I")
    code = next(iter(codes))
    wrong = code[:-1] + next(ch for ch in ALPHABET if ch != code[-1])
    assert not is_valid_code(wrong)
    assert code_shape(f" gm:{code.lower()} ") == code and code_shape("Nguyễn") is None


def test_invite_gives_each_person_a_unique_code_and_moves_status(setup):
    ws, conf, ids = setup
    made, changes = ws.invitations.invite(conf, ids)
    assert [m["person_id"] for m in made] == ids and len({m["code"] for m in made}) == 3
    assert changes.invitations and all(ws.people.get(i)["status"] == "invited" for i in ids)
    listed = ws.invitations.list(conf)
    assert [r["full_name"] for r in listed] == ["Đinh Văn Đức", "Lê Thị Hoa", "Trần Văn Nam"]
    assert all(r["delivery_status"] == "pending" and r["checked_in_at"] is None for r in listed)
    assert ws.invitations.by_code(made[0]["code"].lower())["person_id"] == ids[0]


def test_inviting_the_same_person_twice_is_refused(setup):
    ws, conf, ids = setup
    ws.invitations.invite(conf, [ids[0]])
    with pytest.raises(UserError, match="Đinh Văn Đức"):
        ws.invitations.invite(conf, [ids[0]])
    made, _ = ws.invitations.invite(conf, ids)  # in bulk the one already invited is skipped
    assert [m["person_id"] for m in made] == ids[1:] and len(ws.invitations.list(conf)) == 3


def test_withdrawn_invitation_comes_back_with_its_code(setup):
    ws, conf, ids = setup
    made, _ = ws.invitations.invite(conf, [ids[0]])
    invitation = ws.invitations.by_code(made[0]["code"])
    ws.invitations.withdraw(invitation["id"])
    assert ws.invitations.list(conf) == [] and ws.invitations.by_code(made[0]["code"]) is None
    again, _ = ws.invitations.invite(conf, [ids[0]])
    assert again[0]["code"] == made[0]["code"]


def test_delivery_status(setup):
    ws, conf, ids = setup
    made, _ = ws.invitations.invite(conf, ids[:1])
    inv_id = ws.invitations.by_code(made[0]["code"])["id"]
    ws.invitations.set_delivery(inv_id, "handed_village_head", via="Trưởng thôn  A")
    row = ws.invitations.list(conf)[0]
    assert (row["delivery_status"], row["delivered_via"]) == ("handed_village_head", "Trưởng thôn A")
    with pytest.raises(UserError):
        ws.invitations.set_delivery(inv_id, "lost")


def test_unknown_conference_or_person_is_refused(setup):
    ws, conf, ids = setup
    with pytest.raises(UserError):
        ws.invitations.invite(9999, ids)
    with pytest.raises(UserError):
        ws.invitations.invite(conf, [9999])
    assert ws.invitations.list(conf) == []


def test_all_in_commune_means_the_conference_commune_not_yet_invited(setup):
    ws, conf, ids = setup
    ws.invitations.invite(conf, [ids[0]])
    assert ws.invitations.uninvited_in_commune(conf) == [ids[1], ids[2]]
