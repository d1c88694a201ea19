"""“Không trùng”: the clerk records that people found alike are not the same person (core.duplicates)."""
import json

import pytest

from core.errors import UserError
from fixtures.people_fixtures import write
from storage import records


def alike(ws, n=2, **extra):
    """n people with the same name, birth year and village (possible duplicates), by id."""
    return [ws.people.add({"full_name": "Đinh Văn Đức", "birth_year": 1980, "commune": "Sơn Hà",
                           "village": "Thôn 1", **extra}).id for _ in range(n)]


def groups(ws):
    return [[p["id"] for p in g] for g in ws.people.possible_duplicates()]


def live_records(ws):
    return ws.query("SELECT * FROM not_duplicates WHERE deleted = 0 ORDER BY id")


def test_not_the_same_is_recorded_with_sync_columns_and_audited_and_the_pair_is_not_listed(office):
    a, b = alike(office)
    assert groups(office) == [[a, b]]
    before = records.change_counter(office.db)
    made = office.people.mark_not_duplicates([b, a])
    assert len(made.ids) == 1 and made.changes.people
    row = office.get("not_duplicates", made.ids[0])
    uuids = {p: office.get("people", p)["uuid"] for p in (a, b)}
    # held in the people's UUID order, the same in every office
    assert [row["person_id"], row["other_person_id"]] == sorted((a, b), key=uuids.__getitem__)
    assert (row["origin"], row["version"], row["deleted"]) == (office.office["uuid"], 1, 0)
    assert len(row["uuid"]) == 36 and row["change_seq"] > before
    log = office.query("SELECT * FROM audit_log WHERE table_name = 'not_duplicates'")
    assert [(e["action"], e["record_id"], e["record_uuid"]) for e in log] == [("insert", row["id"], row["uuid"])]
    assert json.loads(log[0]["new_values"]) == {"person_id": row["person_id"], "other_person_id": row["other_person_id"]}
    assert groups(office) == []
    assert office.people.mark_not_duplicates([a, b]).ids == [], "recorded once"
    assert [(r["id"], r["other_id"]) for r in office.people.not_duplicates(a)] == [(row["id"], b)]
    # editing one of them no longer warns about the other
    assert "duplicate" not in office.people.update(b, {"phone": "0905123456"}).warnings
    # a third alike person may still be either of them
    c, warnings = office.people.add({"full_name": "Đinh Văn Đức", "birth_year": 1980, "commune": "Sơn Hà",
                                     "village": "Thôn 1"})[:2]
    assert "duplicate" in warnings and groups(office) == [[a, b, c]]


def test_a_group_is_told_apart_pair_by_pair(office):
    a, b, c = alike(office, 3)
    office.people.mark_not_duplicates([a, b])
    assert groups(office) == [[a, b, c]], "c may still be a or b"
    made = office.people.mark_not_duplicates([a, b, c])
    assert len(made.ids) == 2 and len(live_records(office)) == 3, "each pair once"
    assert groups(office) == []
    d, e = alike(office, 2, birth_year=1990)
    office.people.mark_not_duplicates([d, e])
    assert groups(office) == []


def test_not_the_same_can_be_taken_back_and_the_pair_is_listed_again(office):
    a, b, c = alike(office, 3)
    made = office.people.mark_not_duplicates([a, b, c])
    changes = office.people.undo_not_duplicates(made.ids[:1])  # the record of a and b
    assert changes.people and len(live_records(office)) == 2
    assert groups(office) == [[a, b]], "c stays told apart from both"
    log = office.query("SELECT action, record_id FROM audit_log WHERE table_name = 'not_duplicates' ORDER BY id")
    assert log[-1] == {"action": "delete", "record_id": made.ids[0]}
    assert office.get("not_duplicates", made.ids[0])["deleted"] == 1, "a tombstone, so the undo travels too"
    with pytest.raises(UserError):
        office.people.undo_not_duplicates(made.ids[:1])              # already taken back
    with pytest.raises(UserError):
        office.people.undo_not_duplicates([made.ids[1], 999])        # all or none
    assert len(live_records(office)) == 2
    office.people.mark_not_duplicates([a, b, c])                      # and recorded again
    assert groups(office) == []


def test_nothing_is_half_written(office, monkeypatch):
    a, b, c = alike(office, 3)
    logged = office.query("SELECT count(*) n FROM audit_log")[0]["n"]
    office.people.delete(c)
    with pytest.raises(UserError, match=str(c)):
        office.people.mark_not_duplicates([a, b, c])
    with pytest.raises(UserError):
        office.people.mark_not_duplicates([a])
    insert, calls = office.insert, []

    def failing(table, values):  # the second record fails after the first was written
        calls.append(table)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return insert(table, values)
    d, = alike(office, 1)
    logged = office.query("SELECT count(*) n FROM audit_log")[0]["n"]
    monkeypatch.setattr(office, "insert", failing)
    with pytest.raises(RuntimeError):
        office.people.mark_not_duplicates([a, b, d])
    assert office.query("SELECT count(*) n FROM not_duplicates")[0]["n"] == 0
    assert office.query("SELECT count(*) n FROM audit_log")[0]["n"] == logged
    assert groups(office) == [[a, b, d]]


def test_a_later_import_does_not_raise_the_pair_again(office, tmp_path):
    hà = office.people.add({"full_name": "Đặng Thị Hà", "birth_year": 1975, "commune": "Sơn Hà",
                            "village": "Thôn Xà Ây"}).id
    path = write(tmp_path / "x.xlsx", [["Họ và tên", "Năm sinh", "Điện thoại", "Thôn", "Xã"],
                                       ["Đặng Thị Hạ", 1975, "0905777123", "Thôn Xà Ây", "Sơn Hà"],
                                       ["Đặng Thị Hà", 1975, "", "Thôn Xà Ây", "Sơn Hà"]])
    first = office.people.import_file(path)
    assert first.possible_duplicates == 1
    hạ = office.people.search("0905777123")[0]["id"]
    assert groups(office) == [[hà, hạ]]
    office.people.mark_not_duplicates([hà, hạ])
    again = office.people.import_file(path)
    assert (again.created, again.possible_duplicates) == (0, 0)
    assert not [note for _, note in again.notes if str(hà) in note or str(hạ) in note]
    assert groups(office) == []


def test_a_merge_carries_what_the_clerk_said_over_to_the_person_kept(office):
    a, b, c = alike(office, 3)
    office.people.mark_not_duplicates([a, b])
    with pytest.raises(UserError, match="khác nhau"):
        office.people.merge(a, b)
    with pytest.raises(UserError):
        office.people.merge_many(c, [a, b])             # a is not b, so c cannot be both: nothing merged
    assert office.people.count() == 3 and [r["other_id"] for r in office.people.not_duplicates(a)] == [b]
    office.people.merge(c, a)                            # a is c: then c is not b
    assert [r["other_id"] for r in office.people.not_duplicates(c)] == [b]
    assert office.people.not_duplicates(a) == [] and groups(office) == []
    row = live_records(office)[0]
    uuids = {p: office.get("people", p)["uuid"] for p in (b, c)}
    assert [row["person_id"], row["other_person_id"]] == sorted((b, c), key=uuids.__getitem__)
    assert office.query("SELECT count(*) n FROM audit_log WHERE table_name = 'not_duplicates' AND action = 'update'"
                        )[0]["n"] == 1


def test_refusing_to_merge_two_told_apart_names_them_by_id(office):
    """Alike people have the same name: the refusal tells them apart by their ids."""
    a, b = alike(office)
    office.people.mark_not_duplicates([a, b])
    with pytest.raises(UserError) as refused:
        office.people.merge(a, b)
    assert refused.value.message == (f"Không gộp được: Đinh Văn Đức (mã {a}) và Đinh Văn Đức (mã {b}) đã được ghi "
                                     "là hai người khác nhau (“Không trùng”).")


def test_a_merge_plan_leaves_out_who_cannot_be_the_person_kept_or_another_merged(office):
    a, b, c = alike(office, 3)
    office.people.mark_not_duplicates([a, b])
    plan = office.people.merge_plan(a, [a, b, c])
    assert plan.merge == [c] and plan.left_out == {b: [(a, "not_duplicates")]}
    plan = office.people.merge_plan(c, [a, b])         # c may be a or b: the clerk's to say, so neither
    assert plan.merge == [] and plan.left_out == {a: [(b, "not_duplicates")], b: [(a, "not_duplicates")]}
    office.people.merge_many(a, office.people.merge_plan(a, [b, c]).merge)
    assert office.get("people", c)["merged_into_id"] == a and not office.get("people", b)["deleted"]
    assert groups(office) == []
    # left out for the kept person first: who was told apart only from someone left out may still be merged
    k, x, y, z = alike(office, 4, birth_year=1990)
    office.people.mark_not_duplicates([k, x])
    office.people.mark_not_duplicates([x, y])
    plan = office.people.merge_plan(k, [x, y, z])
    assert plan.merge == [y, z] and plan.left_out == {x: [(k, "not_duplicates")]}
    office.people.merge_many(k, plan.merge)
    assert office.people.count() == 2 + 2 and not office.get("people", x)["deleted"]


def test_a_merge_plan_leaves_out_two_different_citizen_ids(office):
    """a (an ID) and c (another) are both alike to b (none): b kept, either may be b; a kept, c cannot be a, nor
    after b is merged (b takes a's ID)."""
    a, = alike(office, 1, citizen_id="051080001234")
    b, = alike(office, 1)
    c, = alike(office, 1, citizen_id="051080009999")
    assert groups(office) == [[a, b, c]]
    plan = office.people.merge_plan(b, [a, c])
    assert plan.merge == [] and plan.left_out == {a: [(c, "citizen_id")], c: [(a, "citizen_id")]}
    plan = office.people.merge_plan(a, [b, c])
    assert plan.merge == [b] and plan.left_out == {c: [(a, "citizen_id")]}
    office.people.merge_many(a, plan.merge)
    assert office.people.count() == 2 and groups(office) == []


def test_a_merge_can_delete_the_last_records_made_so_they_cannot_be_taken_back(office):
    """Mark [z, y], mark [x, y], merge x into z: z is not y already, so the second record is deleted (what the
    dialog's "Hoàn tác" would take back is gone: it forgets it after a merge)."""
    x, y, z = alike(office, 3)
    first = office.people.mark_not_duplicates([z, y]).ids
    second = office.people.mark_not_duplicates([x, y]).ids
    office.people.merge(z, x)
    assert office.get("not_duplicates", second[0])["deleted"] == 1
    with pytest.raises(UserError, match=f"số {second[0]}"):
        office.people.undo_not_duplicates(second)
    assert [r["id"] for r in live_records(office)] == first


def test_a_refused_merge_many_merges_nobody_and_carries_nothing_over(office):
    """One transaction: the first merge (a into c, carrying a ≠ b over to c ≠ b) is rolled back with the refused
    second (b into c)."""
    a, b, c = alike(office, 3)
    office.people.mark_not_duplicates([a, b])
    before = live_records(office)
    logged = office.query("SELECT count(*) n FROM audit_log")[0]["n"]
    with pytest.raises(UserError) as refused:
        office.people.merge_many(c, [a, b])
    assert f"(mã {c})" in refused.value.message and f"(mã {b})" in refused.value.message
    assert live_records(office) == before and office.people.count() == 3
    assert not office.get("people", a)["deleted"] and office.get("people", a)["merged_into_id"] is None
    assert office.query("SELECT count(*) n FROM audit_log")[0]["n"] == logged
    assert groups(office) == [[a, b, c]]
