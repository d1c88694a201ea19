import pytest

from core import i18n
from core.errors import UserError
from core.units import unit_key


def test_init_office_creates_province_communes_and_config(office):
    ws = office
    assert ws.office["code"] == "SH" and ws.office["province_name"] == "Quảng Ngãi"
    names = [c["name"] for c in ws.units.communes()]
    assert names == ["Xã Sơn Hà", "Xã Sơn Hạ", "Xã Sơn Thủy", "Xã Sơn Linh", "Xã Sơn Kỳ", "Xã Sơn Tây", "Xã Sơn Tây Hạ",
                     "Xã Sơn Tây Thượng"]
    assert all(c["official_code"] for c in ws.units.communes())
    assert ws.units.province()["name"] == "Quảng Ngãi"
    assert {i["code"] for i in ws.config.indicators()} >= {"vsi_new", "hhi_new"}
    assert ws.config.conference_kind("customer")["default_invitees"] == 60


def test_office_cannot_be_created_twice(office):
    with pytest.raises(UserError, match="đã có"):
        office.units.init_office(code="X", name="Y", province="Quảng Ngãi")


@pytest.mark.parametrize("kwargs, field", [
    ({"code": "", "name": "A", "province": "Quảng Ngãi"}, "code"),
    ({"code": "S H", "name": "A", "province": "Quảng Ngãi"}, "code"),
    ({"code": "SH", "name": "  ", "province": "Quảng Ngãi"}, "name"),
    ({"code": "SH", "name": "A", "province": "Atlantis"}, "province"),
    ({"code": "SH", "name": "A", "province": "Quảng Ngãi", "communes": ["Sơn Hà", "Son Ha"]}, "commune"),
])
def test_bad_office_input_names_the_field_and_writes_nothing(ws, kwargs, field):
    with pytest.raises(UserError) as err:
        ws.units.init_office(**kwargs)
    assert err.value.field == field
    assert ws.office is None and not ws.query("SELECT 1 FROM units")


def test_commune_names_keep_tone_marks_but_not_type_words(office):
    ws = office
    assert ws.units.find("Sơn Hạ")["name"] == "Xã Sơn Hạ"
    assert ws.units.find("xã sơn hà")["name"] == "Xã Sơn Hà"
    with pytest.raises(UserError, match="Son Ha"):
        ws.units.find("Son Ha")
    assert unit_key("Huyện  Lục Nam") == unit_key("H. Lục Nam") == unit_key("lục nam")
    assert unit_key("TP. Bắc Giang") == unit_key("Thành phố Bắc Giang") == "bắc giang"


def test_unknown_commune_suggests_the_near_names(ws):
    with pytest.raises(UserError) as err:
        ws.units.init_office(code="SH", name="A", province="Quảng Ngãi", communes=["Son Ha"])
    assert "Xã Sơn Hà" in err.value.message and "Xã Sơn Hạ" in err.value.message


def test_english_messages(ws):
    i18n.set_language("en")
    with pytest.raises(UserError, match="No province"):
        ws.units.init_office(code="SH", name="A", province="Atlantis")


def test_villages_districts_and_custom_units(office):
    ws = office
    son_ha = ws.units.find("Sơn Hà")
    vid, changes = ws.units.add_village(son_ha["id"], "Thôn Gò Da")
    assert changes.units and ws.units.villages(son_ha["id"])[0]["id"] == vid
    with pytest.raises(UserError):
        ws.units.add_village(son_ha["id"], "thôn gò da")  # same village twice
    with pytest.raises(UserError):
        ws.units.add("village", "Thôn X", ws.units.province()["id"])  # a village sits under a commune
    district, _ = ws.units.add("district", "Huyện Lục Nam", ws.units.province()["id"])
    custom, _ = ws.units.add("custom", "Cụm Sơn Tây", None)
    tree = ws.units.tree()
    depths = {u["name"]: u["depth"] for u in tree}
    assert depths["Quảng Ngãi"] == 0 and depths["Xã Sơn Hà"] == 1 and depths["Thôn Gò Da"] == 2
    assert depths["Huyện Lục Nam"] == 1 and depths["Cụm Sơn Tây"] == 0
    assert [u["name"] for u in ws.units.match("Lục Nam", ("district",))] == ["Huyện Lục Nam"]


def test_a_unit_in_use_cannot_be_deleted(office):
    ws = office
    son_ha = ws.units.find("Sơn Hà")
    ws.units.add_village(son_ha["id"], "Thôn A")
    with pytest.raises(UserError, match="Không xoá được"):
        ws.units.delete(son_ha["id"])


def test_add_official_commune_and_office_profile(office):
    ws = office
    uid, _ = ws.units.add_official_commune("Sơn Mai")
    assert ws.units.get(uid)["official_code"] and ws.units.get(uid)["kind"] == "commune"
    ws.units.update_office(signer_authority="KT. GIÁM ĐỐC", signer_title="PHÓ GIÁM ĐỐC",
                           signer_name=" Bạch  Thị Yến Thoa ")
    assert ws.office["signer_name"] == "Bạch Thị Yến Thoa"
    with pytest.raises(UserError):
        ws.units.update_office(name="")


def test_a_different_type_word_does_not_match(office):
    """'Huyện Sơn Hà' must not land on 'Xã Sơn Hà' (a district's figures on a commune); no type word matches
    either, and abbreviations are the same word."""
    ws = office
    assert ws.units.match("Huyện Sơn Hà") == [] and ws.units.match("Phường Sơn Hà") == []
    assert [u["name"] for u in ws.units.match("Sơn Hà")] == ["Xã Sơn Hà"]
    assert [u["name"] for u in ws.units.match("X. Sơn Hà")] == ["Xã Sơn Hà"]
    district, _ = ws.units.add("district", "Thành phố Bắc Giang", ws.units.province()["id"])
    assert [u["id"] for u in ws.units.match("TP. Bắc Giang", ("district",))] == [district]
