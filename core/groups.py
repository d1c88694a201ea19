"""Outreach groups and their members: collection agencies (with collectors), advisory teams, associations,
and the steering committee (members assigned to units, as in Phụ lục 02 of seed 000).

A group covers a set of communes (group_units); a member may be assigned to units (member_units).
An advisory team needs at least 2 people: the rule is not enforced on creation (a team is created empty,
then filled), it is reported instead: list()/get() carry 'too_small' and validate_team() gives the message.
"""
from __future__ import annotations

from core import labels, parse
from core.changes import Added, Changes
from core.errors import UserError
from core.i18n import Messages, N_, _, ngettext
from core.phones import normalize_phone
from core.text import clean, fold, name_sort_key

KINDS = tuple(labels.GROUP_KINDS)
COLLECTOR_ROLES = ("Nhân viên thu", "Cộng tác viên")
_COLLECTOR_FOLDED = {"collector", "collaborator", "nhan vien thu", "cong tac vien", "cong tac vien thu"}
MIN_TEAM = 2

M = Messages({
    "field.kind": N_("Loại nhóm"),
    "field.name": N_("Tên nhóm"),
    "field.full_name": N_("Họ và tên"),
    "field.phone": N_("Số điện thoại"),
    "field.unit_ids": N_("Địa bàn"),
})


def is_collector_role(role: str) -> bool:
    return fold(role) in _COLLECTOR_FOLDED


def _required(value, field: str) -> str:
    value = clean(value)
    if not value:
        raise UserError(_("{field}: không được để trống.", field=M(f"field.{field}")), field=field)
    return value


class Groups:
    KINDS = KINDS

    def __init__(self, ws):
        self.ws = ws

    # --- groups -----------------------------------------------------------------------------------
    def _check_kind(self, kind: str) -> str:
        kind = clean(kind)
        if kind not in KINDS:
            raise UserError(_("{field}: “{value}” không hợp lệ ({codes}).",
                              field=_("Loại nhóm"), value=kind, codes=", ".join(KINDS)), field="kind")
        return kind

    def _check_name(self, kind: str, name: str, exclude_id=None) -> str:
        name = _required(name, "name")
        for g in self.ws.query("SELECT id, name FROM groups WHERE kind = ? AND deleted = 0", [kind]):
            if g["id"] != exclude_id and fold(g["name"]) == fold(name):
                raise UserError(_("{field}: đã có nhóm “{name}”.", field=_("Tên nhóm"), name=g["name"]), field="name")
        return name

    def add(self, kind, name, phone="", address="", notes="") -> Added:
        kind = self._check_kind(kind)
        name = self._check_name(kind, name)
        # the warning is shown by the form
        phone, _unused = normalize_phone(phone, allow_landline=True, label=_("Số điện thoại"))
        with self.ws.transaction():
            group_id = self.ws.insert("groups", {"kind": kind, "name": name, "phone": phone,
                                                 "address": clean(address), "notes": clean(notes)})
        return Added(group_id, Changes.of("groups"))

    def _require(self, group_id) -> dict:
        row = self.ws.get("groups", group_id)
        if row is None or row["deleted"]:
            raise UserError(_("Không tìm thấy nhóm số {id}.", id=group_id))
        return row

    def update(self, group_id, **fields) -> Changes:
        current = self._require(group_id)
        unknown = set(fields) - {"kind", "name", "phone", "address", "notes"}
        if unknown:
            raise TypeError(f"unknown group fields: {sorted(unknown)}")
        values = {}
        kind = self._check_kind(fields.get("kind", current["kind"]))
        if "kind" in fields:
            values["kind"] = kind
        if "name" in fields or "kind" in fields:
            values["name"] = self._check_name(kind, fields.get("name", current["name"]), exclude_id=group_id)
        if "phone" in fields:
            values["phone"], _unused = normalize_phone(fields["phone"], allow_landline=True, label=_("Số điện thoại"))
        for f in ("address", "notes"):
            if f in fields:
                values[f] = clean(fields[f])
        with self.ws.transaction():
            changed = self.ws.update("groups", group_id, values)
        return Changes.of("groups") if changed else Changes()

    def delete(self, group_id) -> Changes:
        """Tombstones the group with its members, coverage and assignments; refused while it organises conferences."""
        group = self._require(group_id)
        n = self.ws.query("SELECT count(*) n FROM conferences WHERE organiser_group_id = ? AND deleted = 0",
                          [group_id])[0]["n"]
        if n:
            raise UserError(ngettext("Không xoá được nhóm “{name}”: còn {n} hội nghị do nhóm tổ chức.",
                                     "Không xoá được nhóm “{name}”: còn {n} hội nghị do nhóm tổ chức.", n,
                              name=group["name"]))
        members = self.members(group_id)
        for m in members:
            self._check_member_free(m)
        with self.ws.transaction():
            for m in members:
                self._delete_member_rows(m["id"])
            for r in self.ws.query("SELECT id FROM group_units WHERE group_id = ? AND deleted = 0", [group_id]):
                self.ws.delete("group_units", r["id"])
            self.ws.delete("groups", group_id)
        return Changes.of("groups")

    def _decorate(self, rows: list[dict]) -> list[dict]:
        cover: dict[int, list[str]] = {}
        for r in self.ws.query("SELECT gu.group_id, u.name FROM group_units gu JOIN units u ON u.id = gu.unit_id"
                               " WHERE gu.deleted = 0 AND u.deleted = 0 ORDER BY u.sort_order, u.name"):
            cover.setdefault(r["group_id"], []).append(r["name"])
        for row in rows:
            row["kind_name"] = labels.group_kind(row["kind"])
            row["communes"] = ", ".join(cover.get(row["id"], []))
            row["too_small"] = row["kind"] == "advisory_team" and row["member_count"] < MIN_TEAM
        return rows

    _LIST = ("SELECT g.*, (SELECT count(*) FROM group_members m WHERE m.group_id = g.id AND m.deleted = 0)"
             " AS member_count FROM groups g WHERE g.deleted = 0")

    def list(self, kind=None) -> list[dict]:
        """Groups with member_count, kind_name, communes (covered, comma-joined) and too_small (teams < 2)."""
        sql, params = self._LIST, []
        if kind:
            sql += " AND g.kind = ?"
            params.append(kind)
        order = " ORDER BY CASE g.kind " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(KINDS)) + " END, g.name"
        return self._decorate(self.ws.query(sql + order, params))

    def get(self, group_id) -> dict | None:
        rows = self.ws.query(self._LIST + " AND g.id = ?", [group_id])
        return self._decorate(rows)[0] if rows else None

    def validate_team(self, group_id) -> str | None:
        """The warning for an advisory team with fewer than 2 members; None when the group is fine."""
        group = self.get(group_id)
        if group and group["too_small"]:
            return _("{name}: tổ tư vấn cần ít nhất {min} người (hiện có {n}).",
                     name=group["name"], min=MIN_TEAM, n=group["member_count"])
        return None

    # --- members ----------------------------------------------------------------------------------
    def _member_values(self, fields: dict) -> dict:
        values = {}
        if "full_name" in fields:
            values["full_name"] = _required(fields["full_name"], "full_name")
        if "phone" in fields:
            values["phone"], _unused = normalize_phone(fields["phone"], label=_("Số điện thoại"))
        for f in ("role", "position", "notes", "collector_code"):  # collector_code: the agency's code of a
            if f in fields:                                        # collector, on its lists (D05-TS column 16)
                values[f] = clean(fields[f])
        return values

    def add_member(self, group_id, full_name, role="", position="", phone="", notes="", collector_code="") -> Added:
        self._require(group_id)
        values = self._member_values(dict(full_name=full_name, role=role, position=position, phone=phone, notes=notes,
                                          collector_code=collector_code))
        with self.ws.transaction():
            member_id = self.ws.insert("group_members", {"group_id": group_id, **values})
        return Added(member_id, Changes.of("groups"))

    def _require_member(self, member_id) -> dict:
        row = self.ws.get("group_members", member_id)
        if row is None or row["deleted"]:
            raise UserError(_("Không tìm thấy thành viên số {id}.", id=member_id))
        return row

    def update_member(self, member_id, **fields) -> Changes:
        self._require_member(member_id)
        unknown = set(fields) - {"full_name", "role", "position", "phone", "notes", "group_id", "collector_code"}
        if unknown:
            raise TypeError(f"unknown member fields: {sorted(unknown)}")
        values = self._member_values(fields)
        if "group_id" in fields:
            values["group_id"] = self._require(fields["group_id"])["id"]
        with self.ws.transaction():
            changed = self.ws.update("group_members", member_id, values)
        return Changes.of("groups") if changed else Changes()

    def save_member(self, group_id, values: dict, *, member_id=None, unit_ids=None) -> Added:
        """The member form's OK: add the member to the group (member_id None) or update it, and when unit_ids is
        given make the units it is assigned to exactly those; both or neither."""
        with self.ws.transaction():
            if member_id is None:
                member_id, changes = self.add_member(group_id, **values)
            else:
                if self._require_member(member_id)["group_id"] != group_id:
                    raise UserError(_("Không tìm thấy thành viên số {id}.", id=member_id))
                changes = self.update_member(member_id, **values)
            if unit_ids is not None:
                changes |= self.assign_member(member_id, unit_ids)
        return Added(member_id, changes)

    def _check_member_free(self, member: dict) -> None:
        n = self.ws.query("SELECT count(*) n FROM people WHERE collector_id = ? AND deleted = 0", [member["id"]])[0]["n"]
        if n:
            raise UserError(ngettext("Không xoá được “{name}”: còn {n} người được giao cho người này theo dõi.",
                                     "Không xoá được “{name}”: còn {n} người được giao cho người này theo dõi.", n,
                              name=member["full_name"]))

    def _delete_member_rows(self, member_id) -> None:
        for r in self.ws.query("SELECT id FROM member_units WHERE member_id = ? AND deleted = 0", [member_id]):
            self.ws.delete("member_units", r["id"])
        self.ws.delete("group_members", member_id)

    def delete_member(self, member_id) -> Changes:
        self._check_member_free(self._require_member(member_id))
        with self.ws.transaction():
            self._delete_member_rows(member_id)
        return Changes.of("groups")

    _MEMBERS = ("SELECT m.*, g.name AS group_name, g.kind AS group_kind,"
                " (SELECT group_concat(name, ', ') FROM (SELECT u.name FROM member_units mu JOIN units u ON u.id = mu.unit_id"
                "   WHERE mu.member_id = m.id AND mu.deleted = 0 AND u.deleted = 0 ORDER BY u.sort_order, u.name)) AS units"
                " FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.deleted = 0 AND g.deleted = 0")

    def members(self, group_id) -> list[dict]:
        """Members with group_name and units (assigned, comma-joined), in Vietnamese name order."""
        rows = self.ws.query(self._MEMBERS + " AND m.group_id = ?", [group_id])
        return sorted(rows, key=lambda r: name_sort_key(r["full_name"]))

    def member(self, member_id) -> dict | None:
        rows = self.ws.query(self._MEMBERS + " AND m.id = ?", [member_id])
        return rows[0] if rows else None

    def collectors(self) -> list[dict]:
        """Members of collection agencies whose role is a collector's ('Nhân viên thu', 'Cộng tác viên')."""
        rows = self.ws.query(self._MEMBERS + " AND g.kind = 'agency'")
        return sorted((r for r in rows if is_collector_role(r["role"])),
                      key=lambda r: (name_sort_key(r["full_name"]), r["id"]))

    def find_collector(self, name_or_id) -> dict:
        """A collector by number or by name (tone marks ignored); UserError when none or several."""
        collectors = self.collectors()
        text = clean(name_or_id)
        if text.isascii() and text.isdigit():   # '²' is a digit to isdigit(), not a number
            found = [c for c in collectors if c["id"] == parse.whole_number(text)]
        else:
            found = [c for c in collectors if fold(c["full_name"]) == fold(text)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise UserError(_("Không tìm thấy nhân viên thu “{name}”.", name=text), field="collector")
        names = ", ".join(f"{c['full_name']} ({c['id']}, {c['group_name']})" for c in found)
        raise UserError(_("“{name}” trùng với nhiều nhân viên thu: {names}. Hãy dùng số thứ tự.",
                          name=text, names=names), field="collector")

    # --- coverage and assignments -----------------------------------------------------------------
    def _units(self, unit_ids, communes_only: bool) -> list[int]:
        out = []
        for unit_id in unit_ids:
            unit = self.ws.units.get(unit_id)
            if unit is None or unit["deleted"]:
                raise UserError(_("{field}: không tìm thấy địa bàn số {id}.",
                                  field=_("Địa bàn"), id=unit_id), field="unit_ids")
            if communes_only and unit["kind"] != "commune":
                raise UserError(_("{field}: “{name}” không phải là xã/phường.",
                                  field=_("Địa bàn"), name=unit["name"]), field="unit_ids")
            if unit["id"] not in out:
                out.append(unit["id"])
        return out

    def _replace_links(self, table: str, owner: str, owner_id: int, unit_ids: list[int]) -> bool:
        """Make the live links exactly unit_ids: tombstone the others, revive or insert the missing ones."""
        rows = {r["unit_id"]: r for r in self.ws.query(f"SELECT * FROM {table} WHERE {owner} = ?", [owner_id])}
        changed = False
        for unit_id, row in rows.items():
            if unit_id not in unit_ids and not row["deleted"]:
                self.ws.delete(table, row["id"])
                changed = True
        for unit_id in unit_ids:
            row = rows.get(unit_id)
            if row is None:
                self.ws.insert(table, {owner: owner_id, "unit_id": unit_id})
                changed = True
            elif row["deleted"]:  # UNIQUE (owner, unit) holds tombstones too: bring the old link back
                self.ws.update(table, row["id"], {"deleted": 0})
                changed = True
        return changed

    def set_coverage(self, group_id, unit_ids) -> Changes:
        """The communes the group works in (replaces the previous set)."""
        self._require(group_id)
        ids = self._units(unit_ids, communes_only=True)
        with self.ws.transaction():
            changed = self._replace_links("group_units", "group_id", group_id, ids)
        return Changes.of("groups") if changed else Changes()

    def coverage(self, group_id) -> list[dict]:
        return self.ws.query("SELECT u.* FROM group_units gu JOIN units u ON u.id = gu.unit_id"
                             " WHERE gu.group_id = ? AND gu.deleted = 0 AND u.deleted = 0 ORDER BY u.sort_order, u.name",
                             [group_id])

    def assign_member(self, member_id, unit_ids) -> Changes:
        """The units a member is assigned to (any unit kind: older plans assign districts); replaces the set."""
        self._require_member(member_id)
        ids = self._units(unit_ids, communes_only=False)
        with self.ws.transaction():
            changed = self._replace_links("member_units", "member_id", member_id, ids)
        return Changes.of("groups") if changed else Changes()

    def member_units(self, member_id) -> list[dict]:
        return self.ws.query("SELECT u.* FROM member_units mu JOIN units u ON u.id = mu.unit_id"
                             " WHERE mu.member_id = ? AND mu.deleted = 0 AND u.deleted = 0 ORDER BY u.sort_order, u.name",
                             [member_id])

    def groups_for_commune(self, commune_id, kind=None) -> list[dict]:
        """Groups covering a commune (e.g. the agency to organise its conferences)."""
        return [g for g in self.list(kind) if any(u["id"] == commune_id for u in self.coverage(g["id"]))]
