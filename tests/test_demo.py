import collections
import datetime as dt

import pytest

from core.demo import create_demo
from core.errors import UserError
from core.phones import is_valid_mobile

COMMUNES = ["Xã Sơn Hà", "Xã Sơn Hạ", "Xã Sơn Thủy", "Xã Sơn Linh", "Xã Sơn Kỳ", "Xã Sơn Tây", "Xã Sơn Tây Hạ",
            "Xã Sơn Tây Thượng"]


def test_office_profile(demo):
    office = demo.office
    assert (office["code"], office["name"], office["parent_name"]) == ("SH", "BHXH cơ sở Sơn Hà", "BHXH tỉnh Quảng Ngãi")
    assert office["province_name"].endswith("Quảng Ngãi") and office["place_name"] == "Sơn Hà"
    assert (office["signer_authority"], office["signer_title"], office["signer_name"]) == (
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bạch Thị Yến Thoa")


def test_eight_communes_with_three_to_five_villages(demo):
    communes = demo.units.communes()
    assert [c["name"] for c in communes] == COMMUNES
    assert all(c["official_code"] for c in communes)
    for c in communes:
        villages = demo.units.villages(c["id"])
        assert 3 <= len(villages) <= 5, c["name"]
        assert all(v["name"].startswith(("Thôn ", "Tổ dân phố ")) for v in villages)


def test_plan_25_with_monthly_periods_baselines_and_targets(demo):
    plan = demo.plans.find("25/KH-BHXH")
    assert plan["issued_on"] == "2025-10-13"
    assert (plan["start_date"], plan["end_date"]) == ("2025-10-01", "2025-12-31")
    assert plan["title"].startswith("Kế hoạch tổ chức các hội nghị truyền thông khách hàng")
    assert plan["title"].endswith("03 tháng cuối năm 2025")
    assert [p["name"] for p in demo.plans.periods(plan["id"])] == ["Tháng 10", "Tháng 11", "Tháng 12"]
    for code in ("vsi_new", "hhi_new"):
        table = demo.plans.target_table(plan["id"], code)
        rows = {r.name: r for r in table.rows if r.kind == "commune"}
        assert list(rows) == COMMUNES
        for row in rows.values():
            baseline = row.values["baseline:2025-09-30"]
            monthly = [row.values[p["id"]] for p in table.periods]
            assert baseline > 0 and all(v > 0 for v in monthly)
            assert row.values["cumulative"] == baseline + sum(monthly)
        assert not any(r.mismatch for r in table.rows)


def test_conferences_16_16_15(demo):
    rows = demo.conferences.list()
    kinds = collections.Counter(r["kind"] for r in rows)
    assert kinds == {"customer": 16, "policy_qa": 16, "small_group": 15}
    for kind in ("customer", "policy_qa"):
        per_commune = collections.Counter(r["commune_name"] for r in rows if r["kind"] == kind)
        assert per_commune == {name: 2 for name in COMMUNES}
        assert all(r["expected_invitees"] == 60 and r["venue"].startswith("Hội trường ")
                   for r in rows if r["kind"] == kind)
    for r in rows:
        day = dt.date.fromisoformat(r["date"])
        assert dt.date(2025, 10, 1) <= day <= dt.date(2025, 12, 31) and day.weekday() < 5
        assert r["plan_number"] == "25/KH-BHXH" and r["organiser_name"]
    small = [r for r in rows if r["kind"] == "small_group"]
    assert all(r["village_name"] and r["venue"].startswith("Nhà văn hóa ") and 5 <= r["expected_invitees"] <= 10
               for r in small)
    by_day = collections.Counter((r["commune_id"], r["date"]) for r in rows)
    assert max(by_day.values()) == 1  # a commune never has two conferences on one day


def test_each_conference_is_issued_jointly_with_its_communes_peoples_committee(demo):
    """Seed 004: the commune's People's Committee signs and issues the invitations with the office."""
    from core import co_issuer
    from core.documents import invitations
    signers = collections.Counter()
    for r in demo.conferences.list():
        joint = co_issuer.read(r["co_issuer"])
        assert joint["name"] == "Ủy ban nhân dân xã " + r["commune_name"].removeprefix("Xã ")
        assert joint["symbol"] == "UBND" and joint["signer_name"] and joint["signer_authority"].startswith(
            "TM. ỦY BAN NHÂN DÂN")
        signers[joint["signer_title"]] += 1
        assert [i.symbol for i in invitations.issuers(demo, r)] == ["UBND", "BHXH"]
    assert set(signers) == {"CHỦ TỊCH", "PHÓ CHỦ TỊCH"}  # the chairman, or a vice-chairman for him
    assert demo.plans.find("25/KH-BHXH")["co_issuer"] == ""  # the commune differs per conference


def test_statuses(demo):
    rows = demo.conferences.list()
    assert all(r["status"] == "held" for r in rows if r["date"] < "2025-11-30")
    later = collections.Counter(r["status"] for r in rows if r["date"] >= "2025-11-30")
    assert later["postponed"] == 1 and later["planned"] == len([r for r in rows if r["date"] >= "2025-11-30"]) - 1


def test_groups(demo):
    agencies = {g["name"]: g for g in demo.groups.list("agency")}
    assert set(agencies) == {"Bưu điện khu vực Sơn Hà - Sơn Tây", "Công ty TNHH dịch vụ thu Sơn Hà"}
    covered = []
    for g in agencies.values():
        members = demo.groups.members(g["id"])
        assert 3 <= len(members) <= 4
        assert all(m["role"] in ("Nhân viên thu", "Cộng tác viên") and is_valid_mobile(m["phone"]) for m in members)
        covered += [u["name"] for u in demo.groups.coverage(g["id"])]
    assert sorted(covered) == sorted(COMMUNES)  # each commune has exactly one agency
    assert len(demo.groups.collectors()) == 7
    team = demo.groups.list("advisory_team")
    assert len(team) == 1 and team[0]["member_count"] >= 2 and not team[0]["too_small"]
    names = " | ".join(g["name"] for g in demo.groups.list("association"))
    for word in ("Hội Phụ nữ", "Hội Nông dân", "Đoàn Thanh niên", "MTTQ"):
        assert word in names
    committee = demo.groups.list("steering_committee")
    assert len(committee) == 1
    members = demo.groups.members(committee[0]["id"])
    assert 3 <= len(members) <= 4 and all(m["position"] and m["units"] for m in members)
    assigned = {u["name"] for m in members for u in demo.groups.member_units(m["id"])}
    assert assigned == set(COMMUNES)


def test_deterministic(tmp_path, demo):
    other = create_demo(tmp_path / "again.sqlite")
    try:
        def snapshot(ws):
            return [(r["kind"], r["commune_name"], r["date"], r["time"], r["venue"], r["status"], r["expected_invitees"],
                     r["co_issuer"]) for r in ws.conferences.list()], [m["phone"] for m in ws.groups.collectors()]
        assert snapshot(other) == snapshot(demo)
    finally:
        other.close()


def test_refuses_a_path_with_data(demo_path):
    with pytest.raises(UserError) as exc:
        create_demo(demo_path)
    assert "Không ghi đè" in exc.value.message


def test_a_failed_build_leaves_no_half_made_file(tmp_path, monkeypatch):
    import core.demo_people

    def broken(ws):
        raise RuntimeError("people area failed")
    monkeypatch.setattr(core.demo_people, "add_demo_people", broken)
    path = tmp_path / "half.sqlite"
    with pytest.raises(RuntimeError):
        create_demo(path)
    assert not path.exists()
