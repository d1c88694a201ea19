import unicodedata

import pytest

from core import citizen_id
from core.errors import UserError, ValidationError
from core.person_fields import NameKeys, parse_birth
from core.text import name_sort_text


def commune(ws, name="Sơn Hà"):
    return ws.units.find(name)["id"]


def add(ws, **values):
    values.setdefault("commune", "Sơn Hà")
    return ws.people.add(values)


# --- fields -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, expected", [
    (51080001234.0, "051080001234"), (1080001234.0, "001080001234"), (51080001234, "051080001234"),
    ("051 080 001 234", "051080001234"), ("051080001234", "051080001234"),
    (None, None), ("", None),
])
def test_citizen_id_normalises_and_restores_the_lost_zero(raw, expected):
    assert citizen_id.normalize(raw) == (expected, None)


@pytest.mark.parametrize("raw", ["05117500", "0511750012345", "05108000123A", "1080001234", 51080001.5])
def test_citizen_id_rejects_wrong_length_and_letters(raw):
    number, problem = citizen_id.normalize(raw)
    assert number is None and problem


def test_citizen_id_digits_four_to_six_give_gender_and_birth_year():
    assert citizen_id.decode("051080001234") == ("M", 1980)
    assert citizen_id.decode("051185004321") == ("F", 1985)
    assert citizen_id.decode("051205004321") == ("M", 2005)
    assert citizen_id.decode("051303004321") == ("F", 2003)
    assert citizen_id.mismatch("051080001234", "M", 1980) is None
    assert citizen_id.mismatch("051080001234", "F", 1980)[0] == "gender"
    assert citizen_id.mismatch("051080001234", "M", 1981)[0] == "birth_year"


@pytest.mark.parametrize("raw, year, date", [
    (1980, 1980, None), ("1980", 1980, None), ("05/06/1983", 1983, "1983-06-05"), (30000, 1982, "1982-02-18"),
    ("1983-06-05", 1983, "1983-06-05"), ("5-6-83", 1983, "1983-06-05"),
])
def test_birth_is_read_from_years_dates_serials_and_text(raw, year, date):
    assert parse_birth(raw, 2026) == (year, date, True)


def test_impossible_dates_are_not_read():
    assert parse_birth("31/02/1985", 2026)[2] is False
    assert parse_birth("năm tám mươi", 2026)[2] is False


def test_cached_name_sort_equals_core_text():
    keys = NameKeys()
    for name in ["Nguyễn Văn Đức", "Lê Thị Ánh", "An", "Tôn Nữ Thị Hồng Hạnh"]:
        assert keys.sort(name) == name_sort_text(name)


# --- add / update / validate -------------------------------------------------------------------------------------
def test_add_cleans_text_fills_gender_and_year_from_the_id_and_converts_an_old_phone(office):
    name = unicodedata.normalize("NFD", "  nguyễn   văn  đức ")
    pid, warnings, changes = office.people.add({"full_name": name, "citizen_id": 51080001234, "phone": "0166 234 5678",
                                                "commune": "xã sơn hà", "village": "Thôn 1"})
    person = office.people.get(pid)
    assert person["full_name"] == "Nguyễn Văn Đức" and unicodedata.is_normalized("NFC", person["full_name"])
    assert (person["citizen_id"], person["gender"], person["birth_year"]) == ("051080001234", "M", 1980)
    assert person["phone"] == "0362345678" and "phone" in warnings
    assert person["village"] == "Thôn 1" and "village" in warnings and changes.units and changes.people


@pytest.mark.parametrize("values, field", [
    ({"full_name": ""}, "full_name"),
    ({"full_name": "Lê Văn Cường", "citizen_id": "051085000111", "birth_year": 1990}, "citizen_id"),
    ({"full_name": "Lê Thị Cúc", "citizen_id": "051085000111"}, None),  # fine: gender and year come from the ID
    ({"full_name": "Lê Văn Cường", "citizen_id": "051085000111", "gender": "Nữ"}, "citizen_id"),
    ({"full_name": "Lê Văn Cường", "phone": "0123"}, "phone"),
    ({"full_name": "Lê Văn Cường", "phone": "0201234567"}, "phone"),
    ({"full_name": "Lê Văn Cường", "commune": "Sơn Mỹ"}, "commune"),
    ({"full_name": "Lê Văn Cường", "gender": "x"}, "gender"),
    ({"full_name": "Lê Văn Cường", "birth": "2099"}, "birth"),
])
def test_validate_names_the_bad_field(office, values, field):
    values.setdefault("commune", "Sơn Hà")
    _, problems, _ = office.people.validate(values)
    if field is None:
        assert problems == {}
    else:
        assert field in problems and problems[field]


def test_add_refuses_a_bad_value_and_writes_nothing(office):
    with pytest.raises(ValidationError) as err:
        add(office, full_name="Lê Văn Cường", citizen_id="051085000111", birth_year=1990)
    assert err.value.problems[0][0] == "citizen_id" and "1985" in err.value.message
    assert office.people.count() == 0


def test_same_citizen_id_is_the_same_person(office):
    pid, _, _ = add(office, full_name="Nguyễn Văn An", citizen_id="051080001234")
    with pytest.raises(ValidationError) as err:
        add(office, full_name="Nguyễn Văn Ân", citizen_id="051080001234")
    assert "Nguyễn Văn An" in err.value.message and str(pid) in err.value.message


def test_update_rechecks_the_whole_record(office):
    pid, _, _ = add(office, full_name="Nguyễn Văn An", birth_year=1980)
    warnings, _ = office.people.update(pid, {"phone": "905123456"})
    assert office.people.get(pid)["phone"] == "0905123456" and "phone" in warnings
    with pytest.raises(ValidationError):
        office.people.update(pid, {"citizen_id": "051081001234"})  # says 1981
    assert office.people.get(pid)["citizen_id"] is None
    office.people.update(pid, {"commune": "Sơn Hạ"})
    assert office.people.get(pid)["commune"] == "Xã Sơn Hạ"


def test_delete_is_a_tombstone(office):
    pid, _, _ = add(office, full_name="Nguyễn Văn An")
    office.people.delete(pid)
    assert office.people.count() == 0 and office.get("people", pid)["deleted"] == 1
    with pytest.raises(UserError):
        office.people.delete(pid)


# --- duplicates and merge ------------------------------------------------------------------------------------------
def test_same_name_year_village_is_a_possible_duplicate_never_merged(office):
    a, _, _ = add(office, full_name="Đinh Văn Đức", birth_year=1980, village="Thôn 1", citizen_id="051080001234")
    b, warnings, _ = add(office, full_name="ĐINH VĂN ĐỨC", birth_year=1980, village="thôn 1")
    add(office, full_name="Đinh Văn Đức", birth_year=1981, village="Thôn 1")
    assert "duplicate" in warnings and office.people.count() == 3
    groups = office.people.possible_duplicates()
    assert [[p["id"] for p in g] for g in groups] == [[a, b]]


def test_two_different_ids_are_two_people(office):
    add(office, full_name="Đinh Văn Đức", birth_year=1980, village="Thôn 1", citizen_id="051080001234")
    _, warnings, _ = add(office, full_name="Đinh Văn Đức", birth_year=1980, village="Thôn 1", citizen_id="051080009999")
    assert "duplicate" not in warnings and office.people.possible_duplicates() == []


def test_merge_keeps_both_histories(office):
    c = commune(office)
    conf1, _ = office.conferences.add("customer", c, "2025-11-10")
    conf2, _ = office.conferences.add("customer", c, "2025-11-20")
    keep, _, _ = add(office, full_name="Đinh Văn Đức", birth_year=1980, village="Thôn 1")
    other, _, _ = add(office, full_name="Đinh Văn Đức", birth_year=1980, village="Thôn 1", citizen_id="051080001234",
                      phone="0905123456")
    office.invitations.invite(conf1, [keep, other])
    office.invitations.invite(conf2, [other])
    office.attendance.check_in_person(conf2, other)
    office.people.merge(keep, other)
    gone = office.get("people", other)
    assert gone["deleted"] == 1 and gone["merged_into_id"] == keep
    kept = office.people.get(keep)
    assert kept["citizen_id"] == "051080001234" and kept["phone"] == "0905123456" and kept["status"] == "attended"
    assert [i["person_id"] for i in office.invitations.list(conf1)] == [keep]
    assert [i["person_id"] for i in office.invitations.list(conf2)] == [keep]
    assert office.attendance.present_count(conf2) == 1 and office.attendance.attendees(conf2)[0]["person_id"] == keep
    assert office.query("SELECT count(*) n FROM audit_log WHERE table_name = 'people' AND record_id = ?", [other])[0]["n"] >= 2
    assert office.people.possible_duplicates() == []


def test_merge_refuses_two_different_ids(office):
    a, _, _ = add(office, full_name="Đinh Văn Đức", citizen_id="051080001234")
    b, _, _ = add(office, full_name="Đinh Văn Đức", citizen_id="051080009999")
    with pytest.raises(UserError):
        office.people.merge(a, b)
    with pytest.raises(UserError):
        office.people.merge(a, a)


# --- search and order --------------------------------------------------------------------------------------------------
@pytest.fixture
def registry(office):
    for name, village, extra in [
        ("Trần Văn Đức", "Thôn 1", {"citizen_id": "051080001234", "phone": "0905123456"}),
        ("Đinh Thị Hoa", "Thôn 2", {}), ("Lê Văn Dũng", "Thôn 1", {}), ("Bùi Văn Dung", "Làng Rí", {}),
        ("Nguyễn Thị An", "Thôn 2", {"phone": "0345678901"}), ("Võ Thị Ăn", "Thôn 1", {}),
    ]:
        add(office, full_name=name, village=village, **extra)
    add(office, full_name="Hà Văn Đạt", commune="Sơn Hạ", village="Thôn 1")
    return office


@pytest.mark.parametrize("text, names", [
    ("duc", ["Trần Văn Đức"]), ("dinh", ["Đinh Thị Hoa"]), ("ĐỨC", ["Trần Văn Đức"]), ("dung", ["Bùi Văn Dung", "Lê Văn Dũng"]),
    ("lang ri", ["Bùi Văn Dung"]), ("051080001234", ["Trần Văn Đức"]), ("0905", ["Trần Văn Đức"]),
    ("345678901", ["Nguyễn Thị An"]), ("son ha thon 1 dat", ["Hà Văn Đạt"]), ("thon 2 an", ["Nguyễn Thị An"]), ("son ha", None), ("tr van du", ["Trần Văn Đức"]), ("n", []), ("051", []),
])
def test_search_by_name_id_phone_or_village_ignoring_marks(registry, text, names):
    found = [r["full_name"] for r in registry.people.search(text)]
    if names is None:
        assert len(found) == 7  # 'son ha' is in every commune name here ('Sơn Hà' and 'Sơn Hạ' fold alike)
    else:
        assert found == names


def test_people_sort_the_vietnamese_way(registry):
    names = [r["full_name"] for r in registry.people.rows(registry.people.ids())]
    assert names == ["Nguyễn Thị An", "Võ Thị Ăn", "Bùi Văn Dung", "Lê Văn Dũng", "Hà Văn Đạt", "Trần Văn Đức",
                     "Đinh Thị Hoa"]


def test_ids_filter_by_commune_village_status_and_text(registry):
    son_ha = commune(registry)
    assert registry.people.count({"commune_id": son_ha}) == 6
    village = registry.units.match("Thôn 1", ("village",), son_ha)[0]["id"]
    assert [r["full_name"] for r in registry.people.rows(registry.people.ids({"village_id": village}))] == \
        ["Võ Thị Ăn", "Lê Văn Dũng", "Trần Văn Đức"]
    assert registry.people.count({"status": "invited"}) == 0
    assert registry.people.ids({"search": "dung", "commune_id": son_ha}, order="name", descending=True) == \
        list(reversed(registry.people.ids({"search": "dung"})))


def test_renaming_a_village_keeps_search_right(registry):
    village = registry.units.match("Làng Rí", ("village",), commune(registry))[0]["id"]
    registry.units.rename(village, "Làng Mới")
    assert [r["full_name"] for r in registry.people.search("lang moi")] == ["Bùi Văn Dung"]
    assert registry.people.search("lang ri") == []


def _index_words(ws) -> dict:
    """The search index's words and how many people each is indexed for."""
    ws.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.people_words USING fts5vocab(main, people_fts, 'row')")
    return {term: docs for term, docs in ws.db.execute("SELECT term, doc FROM temp.people_words")}


def test_the_search_index_stays_what_a_rebuild_gives(registry, tmp_path):
    """The index keeps no copy of its documents: forgetting a person must name exactly the words they were indexed
    under, through every change that touches a document."""
    from core.people_search import reindex
    ws = registry
    duc = ws.people.search("duc")[0]["id"]
    hoa = ws.people.search("hoa")[0]["id"]
    dung = ws.people.search("bui van dung")[0]["id"]
    ws.people.update(duc, {"full_name": "Trần Văn Đực"})                      # the name
    ws.people.update(hoa, {"village": "Làng Rí"})                           # the village
    ws.units.rename(ws.units.match("Thôn 1", ("village",), commune(ws))[0]["id"], "Thôn Một")  # a village's name
    ws.units.rename(commune(ws, "Sơn Hạ"), "Sơn Hạ Mới")                     # a commune's name
    ws.people.merge_many(dung, [ws.people.search("le van dung")[0]["id"]])   # merged: the other one leaves
    ws.people.delete_many([ws.people.search("vo thi an")[0]["id"]])        # deleted
    book = tmp_path / "ds.xlsx"
    import openpyxl
    sheet = (wb := openpyxl.Workbook()).active
    sheet.append(["Họ và tên", "Năm sinh", "Thôn", "Xã"])
    sheet.append(["Phạm Văn Bình", 1970, "Thôn Một", "Sơn Hà"])
    sheet.append(["Lý Thị Cúc", 1980, "Thôn 2", "Sơn Hà"])
    wb.save(book)
    job = ws.people.import_file(book).job_id
    ws.people.import_file(book)                                             # again: nothing new
    words = _index_words(ws)
    assert (words["mot"], words["moi"], words["ri"], words["binh"]) == (2, 1, 2, 1)
    assert "le" not in words and "vo" not in words, "the merged and the deleted are forgotten"
    assert {r["full_name"] for r in ws.people.search("thon mot")} == {"Trần Văn Đực", "Phạm Văn Bình"}
    assert reindex(ws) == 7
    assert _index_words(ws) == words, "the index drifted from its people"
    ws.people.undo_import(job)                                              # removed for good
    words = _index_words(ws)
    assert "binh" not in words and "cuc" not in words
    reindex(ws)
    assert _index_words(ws) == words


def test_reindex_rebuilds_the_search_index(registry):
    from core.people_search import reindex
    registry.db.execute("INSERT INTO people_fts (people_fts) VALUES ('delete-all')")
    assert registry.people.search("duc") == []
    assert reindex(registry) == 7
    assert [r["full_name"] for r in registry.people.search("duc")] == ["Trần Văn Đức"]


def test_delete_many_and_merge_many_are_all_or_none(office):
    a = office.people.add({"full_name": "Nguyễn Văn An", "commune": "Sơn Hà", "birth_year": 1980})
    b = office.people.add({"full_name": "Nguyễn Văn Ân", "commune": "Sơn Hà", "birth_year": 1980})
    c = office.people.add({"full_name": "Nguyễn Văn Án", "commune": "Sơn Hà", "birth_year": 1980})
    assert a.changes.people and a.id == a[0]
    with pytest.raises(UserError):
        office.people.delete_many([a.id, 99999])
    assert office.people.count() == 3, "an unknown id refuses the lot"
    changes = office.people.merge_many(a.id, [b.id, c.id])
    assert changes.people and office.people.count() == 1
    assert office.people.delete_many([a.id]).people and office.people.count() == 0
