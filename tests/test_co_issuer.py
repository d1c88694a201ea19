"""Invitations issued jointly (a co-issuer on a plan or a conference: seed 004's commune People's Committee with
the collection agency) and the office's invitation template (saved, refused, drawn as a sample)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from core import co_issuer
from core.documents import invitations, register, signin
from core.errors import UserError, ValidationError
from test_documents import ISSUED, needs_poppler, page_count, text

COMMUNE = {"name": "Ủy ban nhân dân xã Sơn Linh", "symbol": "ubnd", "signer_authority": "TM. ỦY BAN NHÂN DÂN / "
           "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer_name": "  Phạm Văn   Khải "}
COMMITTEE = {"name": "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT xã Sơn Linh", "parent": "UBND xã Sơn Linh",
             "symbol": "BCĐ", "signer_authority": "KT. TRƯỞNG BAN", "signer_title": "PHÓ TRƯỞNG BAN",
             "signer_name": "Đinh Văn Lâm"}


def audits(ws, table: str, key: str | None = None) -> int:
    """The audit entries of a table (of one setting, for settings: the office's key is one too)."""
    sql, params = "SELECT count(*) n FROM audit_log WHERE table_name = ?", [table]
    if key:
        sql, params = sql + " AND record_uuid = ?", params + [key]
    return ws.query(sql, params)[0]["n"]


# --- the co-issuer on plans and conferences ------------------------------------------------------------------
def test_a_plan_keeps_its_co_issuer_cleaned_and_a_change_is_audited(office):
    plan_id, _changes = office.plans.create("25/KH-BHXH", co_issuer=COMMUNE)
    kept = co_issuer.read(office.plans.get(plan_id)["co_issuer"])
    assert kept == {"name": "Ủy ban nhân dân xã Sơn Linh", "parent": "", "symbol": "UBND",
                    "signer_authority": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH",
                    "signer_name": "Phạm Văn Khải"}
    before = audits(office, "plans")
    office.plans.update(plan_id, co_issuer=COMMITTEE)
    assert co_issuer.read(office.plans.get(plan_id)["co_issuer"])["symbol"] == "BCĐ"
    office.plans.update(plan_id, co_issuer=None)
    assert office.plans.get(plan_id)["co_issuer"] == ""
    assert audits(office, "plans") == before + 2


@pytest.mark.parametrize("change, field, words", [
    ({"name": " "}, "co_issuer_name", "chưa có tên cơ quan"),
    ({"signer_name": ""}, "co_issuer_signer_name", "chưa có họ tên người ký"),
    ({"symbol": "UB ND"}, "co_issuer_symbol", "“UB ND”"),
    ({"symbol": "UBND/BHXH"}, "co_issuer_symbol", "chữ in hoa"),
    ({"seal": "x"}, "co_issuer", "không có mục “seal”"),
])
def test_a_bad_co_issuer_is_refused_naming_its_part_and_nothing_is_written(office, change, field, words):
    plan_id, _changes = office.plans.create("25/KH-BHXH")
    before = (office.plans.list(), audits(office, "plans"))
    for attempt in (lambda: office.plans.create("26/KH-BHXH", co_issuer={**COMMUNE, **change}),
                    lambda: office.plans.update(plan_id, co_issuer={**COMMUNE, **change})):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.field == field and words in refused.value.message
    assert (office.plans.list(), audits(office, "plans")) == before


def test_a_conference_lists_co_issuer_problems_with_its_other_problems(office):
    commune = office.units.communes()[0]["id"]
    with pytest.raises(ValidationError) as refused:
        office.conferences.add("customer", commune, "31/02/2026", co_issuer={"symbol": "UBND"})
    fields = [f for f, _message in refused.value.problems]
    assert fields == ["date", "co_issuer_name", "co_issuer_signer_name"]
    assert office.conferences.list() == []
    with pytest.raises(ValidationError, match="không đọc được"):
        office.conferences.add("customer", commune, "2026-02-03", co_issuer="{not json")


def test_a_conference_co_issuer_overrides_its_plans(office):
    plan_id, _changes = office.plans.create("25/KH-BHXH", co_issuer=COMMITTEE)
    commune = office.units.communes()[3]["id"]
    conference_id, _changes = office.conferences.add("customer", commune, "2026-02-03", "08:00",
                                                     "Hội trường UBND xã Sơn Linh", plan_id=plan_id)

    def names():
        return [i.name for i in invitations.issuers(office, office.conferences.get(conference_id))]
    assert names() == [COMMITTEE["name"], "BHXH cơ sở Sơn Hà"]
    office.conferences.update(conference_id, co_issuer=COMMUNE)
    assert names() == [COMMUNE["name"], "BHXH cơ sở Sơn Hà"]
    assert json.loads(office.conferences.get(conference_id)["co_issuer"])["signer_name"] == "Phạm Văn Khải"
    office.conferences.update(conference_id, co_issuer=None)  # none of its own: the plan's again
    assert names() == [COMMITTEE["name"], "BHXH cơ sở Sơn Hà"]
    office.plans.update(plan_id, co_issuer=None)
    assert names() == ["BHXH cơ sở Sơn Hà"]


# --- printing jointly ----------------------------------------------------------------------------------------
@pytest.fixture
def joint(demo):
    """A demo conference at Sơn Linh, a week after the issue date, with 4 invitees and the commune's People's
    Committee as co-issuer (a vice-chairman signing for the chairman)."""
    c = next(r for r in demo.conferences.list() if r["commune_name"] == "Xã Sơn Linh")
    demo.conferences.update(c["id"], date="2026-01-12", status="planned", co_issuer=COMMUNE)
    people = [p["id"] for p in demo.query("SELECT id FROM people WHERE commune_id = ? AND deleted = 0 ORDER BY id"
                                           " LIMIT 4", [c["commune_id"]])]
    demo.invitations.invite(c["id"], people)
    return demo.conferences.get(c["id"])


def test_the_joint_batch_puts_the_co_issuer_first_and_names_both_agencies(demo, joint):
    batch = invitations.gather(demo, joint["id"], today=ISSUED)
    assert [(i.name, i.symbol) for i in batch.issuers] == [("Ủy ban nhân dân xã Sơn Linh", "UBND"),
                                                           ("BHXH cơ sở Sơn Hà", "BHXH")]
    assert invitations.values(batch)["co_quan"] == "Ủy ban nhân dân xã Sơn Linh và BHXH cơ sở Sơn Hà"
    assert batch.issuers[0].signer_lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


@needs_poppler
@pytest.mark.parametrize("per_page", [1, 2])
def test_a_joint_invitation_prints_both_agencies_both_symbols_and_two_signers(demo, joint, tmp_path, per_page):
    out = tmp_path / "joint.pdf"
    printed = invitations.print_batch(demo, joint["id"], out, per_page=per_page, today=ISSUED)
    assert printed.number == "Số: 01/GM-UBND-BHXH" and page_count(out) == (4 if per_page == 1 else 2)
    words = " ".join(text(out, 1, layout_=False).split())
    for expected in ("ỦY BAN NHÂN DÂN XÃ SƠN LINH", "BHXH TỈNH QUẢNG NGÃI", "BHXH CƠ SỞ SƠN HÀ",
                     "Số: 01/GM-UBND-BHXH", "Ủy ban nhân dân xã Sơn Linh và BHXH cơ sở Sơn Hà trân trọng kính mời",
                     "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Khải",
                     "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bạch Thị Yến Thoa", "Nơi nhận:"):
        assert expected in words, (expected, words)
    laid_out = text(out, 1)
    names = next(line for line in laid_out.splitlines() if "Bạch Thị Yến Thoa" in line)
    assert "Phạm Văn Khải" in names, "the two signers' names stand on one line"
    assert names.index("Bạch Thị Yến Thoa") < names.index("Phạm Văn Khải"), "the host agency signs on the right"
    assert [d["signer"] for d in register.issued(demo, "GM")] == ["Phạm Văn Khải, Bạch Thị Yến Thoa"]


@needs_poppler
def test_the_sign_in_sheet_of_a_joint_invitation_carries_its_number_and_both_agencies(demo, joint, tmp_path):
    invitations.print_batch(demo, joint["id"], tmp_path / "gm.pdf", today=ISSUED)
    out = tmp_path / "sign.pdf"
    signin.print_sheet(demo, joint["id"], out)
    words = " ".join(text(out, 1, layout_=False).split())
    assert "Kèm theo Giấy mời số 01/GM-UBND-BHXH" in words
    assert "của Ủy ban nhân dân xã Sơn Linh và BHXH cơ sở Sơn Hà" in words


@needs_poppler
def test_the_demo_conferences_print_jointly_with_their_commune(demo, tmp_path):
    conference = next(r for r in demo.conferences.list() if demo.invitations.list(r["id"]))
    out = tmp_path / "demo.pdf"
    printed = invitations.print_batch(demo, conference["id"], out, per_page=2, today=ISSUED)
    assert printed.number == "Số: 01/GM-UBND-BHXH"
    commune = conference["commune_name"].removeprefix("Xã ").upper()
    words = " ".join(text(out, 1, layout_=False).split())
    assert f"ỦY BAN NHÂN DÂN XÃ {commune}" in words and "BHXH CƠ SỞ SƠN HÀ" in words
    assert "TM. ỦY BAN NHÂN DÂN" in words and "Bạch Thị Yến Thoa" in words


# --- the office's template -----------------------------------------------------------------------------------
def test_the_template_is_saved_cleaned_and_audited(office):
    assert invitations.clean_template(invitations.DEFAULT_TEMPLATE) == invitations.DEFAULT_TEMPLATE
    assert invitations.office_template(office) == invitations.DEFAULT_TEMPLATE
    changes = invitations.save_template(office, "\r\n  {co_quan}   kính mời: {ho_ten}.  \r\nTới dự: {hoi_nghi}./.\n\n")
    assert not changes.any()
    assert office.setting(invitations.TEMPLATE_SETTING) == "{co_quan} kính mời: {ho_ten}.\nTới dự: {hoi_nghi}./."
    assert invitations.office_template(office).startswith("{co_quan} kính mời")
    assert audits(office, "settings", invitations.TEMPLATE_SETTING) == 1


@pytest.mark.parametrize("template, words", [
    ("Kính mời {ho_ten} dự {ten_hoi_nghi}.", "{ten_hoi_nghi}"),
    ("Kính mời {ho_ten} dự {hoi_nghi.", "dấu “{” lẻ"),
    ("Kính mời {ho_ten}} dự.", "dấu “}” lẻ"),
    (" \n \n", "không được để trống"),
])
def test_a_bad_template_is_refused_and_nothing_is_saved(office, template, words):
    invitations.save_template(office, invitations.DEFAULT_TEMPLATE)
    with pytest.raises(UserError) as refused:
        invitations.save_template(office, template)
    assert words in refused.value.message and refused.value.field == "template"
    assert office.setting(invitations.TEMPLATE_SETTING) == invitations.DEFAULT_TEMPLATE
    assert audits(office, "settings", invitations.TEMPLATE_SETTING) == 1


def test_every_placeholder_says_what_it_stands_for():
    assert invitations.placeholder_meaning("ho_ten") == "họ và tên người được mời"
    assert all(invitations.placeholder_meaning(name) for name in invitations.PLACEHOLDERS)


@needs_poppler
def test_a_sample_draws_the_next_conferences_first_invitee_and_registers_nothing(demo, joint, tmp_path):
    out = tmp_path / "sample.pdf"
    first = demo.invitations.list(joint["id"])[0]
    drawn = invitations.sample(demo, "Kính mời {ho_ten} ({ma}) dự {hoi_nghi}.\nDo {co_quan} mời./.", out,
                               today=ISSUED)
    assert (drawn.conference["id"], drawn.invitee, drawn.made_up) == (joint["id"], first["full_name"], False)
    assert drawn.number == "Số: 01/GM-UBND-BHXH" and page_count(out) == 1
    words = " ".join(text(out, 1, layout_=False).split())
    assert f"Kính mời {first['full_name']} ({first['code']})" in words and "Do Ủy ban nhân dân xã Sơn Linh" in words
    assert register.issued(demo) == [] and not demo.query("SELECT 1 FROM invitations WHERE printed_at IS NOT NULL")
    with pytest.raises(UserError, match="{ten_la}"):
        invitations.sample(demo, "Kính mời {ten_la}", out, today=ISSUED)
    with pytest.raises(UserError, match="dài quá một trang"):
        invitations.sample(demo, "\n".join(["{co_quan} trân trọng kính mời {ho_ten} tới dự {hoi_nghi}."] * 40), out,
                           today=ISSUED)


@needs_poppler
def test_a_sample_takes_a_sample_invitee_when_no_conference_has_invitees(office, tmp_path):
    out = tmp_path / "sample.pdf"
    drawn = invitations.sample(office, invitations.DEFAULT_TEMPLATE, out, today=dt.date(2026, 3, 2))
    assert drawn.conference is None and drawn.made_up and drawn.invitee == invitations.SAMPLE_NAME
    words = " ".join(text(out, 1, layout_=False).split())
    assert "BHXH cơ sở Sơn Hà trân trọng kính mời: Ông/Bà Nguyễn Văn An" in words and "Số: 01/GM-BHXH" in words
    commune = office.units.communes()[1]["id"]
    office.conferences.add("policy_qa", commune, "2026-03-10", "14:00", "Hội trường UBND xã Sơn Hạ")
    drawn = invitations.sample(office, invitations.DEFAULT_TEMPLATE, out, today=dt.date(2026, 3, 2))
    assert drawn.conference["commune_id"] == commune and drawn.made_up
    assert "ngày 10/03/2026" in " ".join(text(out, 1, layout_=False).split())
