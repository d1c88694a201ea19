"""Possible duplicates, and the clerk's answer "Không trùng" (not the same person).

Live people with the same folded name, birth year and village are alike. Two alike people may be the same
person unless they cannot be: two different citizen IDs, or the clerk recorded that they are not
(not_duplicates, migration m0007). A group is the alike people joined by pairs that may still be the same
person: in a group of three where the clerk told two apart, the third may still be either of them, so it stays.

A record travels with the people (another office must not raise the pair again) and holds the pair in the order
of the two people's UUIDs, which is the same in every office. A merge carries the records of the merged person
over to the kept one (A is not B, A is C: C is not B), so a pair told apart does not come back under a new id.
Merging a whole group therefore takes a plan (merge_plan): only the people who may be the kept one, and may be
each other, are merged into it.
"""
from __future__ import annotations

import itertools
import json
from typing import NamedTuple

from core.changes import AddedMany, Changes
from core.errors import UserError
from core.i18n import _


def possible_duplicates(ws) -> list[list[int]]:
    """Groups of person ids (each in id order), the groups in name order."""
    keys = ws.query(
        "SELECT name_folded, birth_year, village_id FROM people WHERE deleted = 0"
        " GROUP BY name_folded, birth_year, village_id HAVING count(*) > 1 AND count(citizen_id) < count(*)"
        " ORDER BY min(name_sort)")
    groups = []
    for k in keys:
        people = ws.query(
            "SELECT id, citizen_id FROM people WHERE deleted = 0 AND name_folded = ? AND birth_year IS ?"
            " AND village_id IS ? ORDER BY id", [k["name_folded"], k["birth_year"], k["village_id"]])
        apart = told_apart(ws, [p["id"] for p in people])
        groups.extend(_joined(people, apart))
    return groups


def _joined(people: list[dict], apart: set[frozenset]) -> list[list[int]]:
    """The groups of at least two people joined by pairs that may be the same person (in id order)."""
    group = {p["id"]: p["id"] for p in people}  # union-find: id -> a member nearer the group's root

    def root(i):
        while group[i] != i:
            i = group[i]
        return i
    for a, b in itertools.combinations(people, 2):
        if frozenset((a["id"], b["id"])) in apart or (a["citizen_id"] and b["citizen_id"]):
            continue  # two citizen IDs (unique among live people) are two people
        group[root(b["id"])] = root(a["id"])
    found: dict[int, list[int]] = {}
    for p in people:
        found.setdefault(root(p["id"]), []).append(p["id"])
    return [ids for ids in found.values() if len(ids) > 1]


def told_apart(ws, person_ids) -> set[frozenset]:
    """The pairs among these people that the clerk recorded as not the same person."""
    ids = json.dumps(list(person_ids))
    return {frozenset((r["person_id"], r["other_person_id"])) for r in ws.query(
        "SELECT person_id, other_person_id FROM not_duplicates WHERE deleted = 0"
        " AND person_id IN (SELECT value FROM json_each(?)) AND other_person_id IN (SELECT value FROM json_each(?))",
        [ids, ids])}


class MergePlan(NamedTuple):
    """Whom to merge into the kept person: `merge`, the others (in the order given) who may be that person and
    each other; `left_out`, {id: [(other id, reason)]} for the rest, reason "not_duplicates" (the clerk said
    they are not the same person) or "citizen_id" (two different citizen IDs), the other id being the kept
    person's or another person's who would otherwise be merged too."""
    merge: list[int]
    left_out: dict[int, list[tuple[int, str]]]


def merge_plan(ws, keep_id: int, other_ids) -> MergePlan:
    """Which of other_ids can be merged into keep_id together. Left out: whoever cannot be the kept person, then,
    of the rest, whoever cannot be another of the rest (both of such a pair: which one is the kept person is the
    clerk's to say). Merging `merge` into keep_id is then not refused for either reason: a merge carries over
    only what the merged person was told apart from, and fills the kept person's empty citizen ID."""
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    everyone = [keep_id] + others
    citizen = {r["id"]: r["citizen_id"] for r in ws.query(
        "SELECT id, citizen_id FROM people WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(everyone)])}
    apart = told_apart(ws, everyone)

    def reason(a, b) -> str | None:
        if frozenset((a, b)) in apart:
            return "not_duplicates"
        if citizen.get(a) and citizen.get(b) and citizen[a] != citizen[b]:
            return "citizen_id"
        return None
    left_out: dict[int, list[tuple[int, str]]] = {}
    for other in others:
        if why := reason(keep_id, other):
            left_out[other] = [(keep_id, why)]
    rest = [i for i in others if i not in left_out]
    for other in rest:
        found = [(i, why) for i in rest if i != other and (why := reason(other, i))]
        if found:
            left_out[other] = found
    return MergePlan([i for i in rest if i not in left_out], left_out)


def records_of(ws, person_id: int) -> list[dict]:
    """The live records about this person: id, other_id (the person told apart from), other_name."""
    return ws.query(
        "SELECT n.id, p.id other_id, p.full_name other_name FROM not_duplicates n JOIN people p"
        " ON p.id = CASE WHEN n.person_id = ? THEN n.other_person_id ELSE n.person_id END"
        " WHERE n.deleted = 0 AND (n.person_id = ? OR n.other_person_id = ?) ORDER BY n.id",
        [person_id, person_id, person_id])


def _record(ws, a: int, b: int) -> int | None:
    rows = ws.query("SELECT id FROM not_duplicates WHERE deleted = 0 AND ((person_id = ? AND other_person_id = ?)"
                    " OR (person_id = ? AND other_person_id = ?))", [a, b, b, a])
    return rows[0]["id"] if rows else None


def _ordered(ws, a: int, b: int) -> dict:
    """The pair as stored: the person with the smaller UUID first (the same order in every office)."""
    uuids = {r["id"]: r["uuid"] for r in ws.query("SELECT id, uuid FROM people WHERE id IN (?, ?)", [a, b])}
    first, second = sorted((a, b), key=uuids.__getitem__)
    return {"person_id": first, "other_person_id": second}


def mark(ws, person_ids) -> AddedMany:
    """Record that these people are not the same person: every pair among them not recorded yet, in one
    transaction, each record audited. Returns the records made (for an undo)."""
    ids = list(dict.fromkeys(person_ids))
    if len(ids) < 2:
        raise UserError(_("Cần chọn ít nhất hai người để ghi là không trùng."), field="person_ids")
    made = []
    with ws.transaction():  # the checks under the write lock too
        live = {r["id"] for r in ws.query("SELECT id FROM people WHERE deleted = 0 AND id IN"
                                          " (SELECT value FROM json_each(?))", [json.dumps(ids)])}
        for person_id in ids:
            if person_id not in live:
                raise UserError(_("Không có người số {id}.", id=person_id), field="person_id")
        for a, b in itertools.combinations(ids, 2):
            if _record(ws, a, b) is None:
                made.append(ws.insert("not_duplicates", _ordered(ws, a, b)))
    return AddedMany(made, Changes.of("people") if made else Changes())


def undo(ws, record_ids) -> Changes:
    """Take back "Không trùng" records (tombstoned, audited), all or none: the pairs are listed again."""
    record_ids = list(record_ids)
    with ws.transaction():
        for record_id in record_ids:
            row = ws.get("not_duplicates", record_id)
            if row is None or row["deleted"]:
                raise UserError(_("Không có ghi nhận “không trùng” số {id}.", id=record_id),
                                field="record_ids")
            ws.delete("not_duplicates", record_id)
    return Changes.of("people") if record_ids else Changes()


def carry_over(ws, keep_id: int, other_id: int) -> None:
    """other is being merged into keep: who other was told apart from, keep is told apart from. Inside the
    merge's transaction."""
    for row in ws.query("SELECT * FROM not_duplicates WHERE deleted = 0 AND (person_id = ? OR other_person_id = ?)",
                        [other_id, other_id]):
        third = row["other_person_id"] if row["person_id"] == other_id else row["person_id"]
        if third == keep_id or _record(ws, keep_id, third) is not None:
            ws.delete("not_duplicates", row["id"])
        else:
            ws.update("not_duplicates", row["id"], _ordered(ws, keep_id, third))
