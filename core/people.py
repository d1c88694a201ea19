"""The people registry: prospects and participants, their checks, duplicates and merges, search, imports.

    pid, warnings, changes = ws.people.add({"full_name": "Nguyễn Văn An", "birth": "1980", "commune": "Sơn Hà"})
    ws.people.search("an son ha"); ws.people.ids({"commune_id": 3, "status": "invited"}); ws.people.rows(ids)
    ws.people.import_file("ds.xlsx", commune="Sơn Hà", dry_run=True)

The same citizen ID is the same person (add refuses it; the import updates that person); the same folded
name + birth year + village is a possible duplicate, listed by possible_duplicates() for the clerk to merge
or to record as not the same person (mark_not_duplicates; core.duplicates); merge keeps the history of both
(the other record is a tombstone pointing at the kept one).
"""
from __future__ import annotations

import json
from typing import NamedTuple

from core import duplicates, formatting, people_import, people_search
from core.changes import AddedMany, Changes
from core.errors import UserError, ValidationError
from core.i18n import _, ngettext
from core.person_fields import FIELDS, GENDERS, STATUS_PATH, STATUSES, SUPPORT_CATEGORIES, TARGET_GROUPS, PersonChecker
from core.progress import NO_PROGRESS
from core.workspace import under_write_lock
from storage import records

_EDITABLE = ("full_name", "birth_year", "birth_date", "gender", "citizen_id", "phone", "commune_id", "village_id",
             "address", "occupation", "target_group", "source_list", "collector_id", "notes", "status",
             "support_category")
_DEPENDENTS = {  # table -> the columns that, with person_id, make a row unique
    "invitations": ("conference_id",),
    "attendance": ("conference_id",),
    "registrations": ("conference_id", "scheme"),
    "follow_ups": ("conference_id",),
}


class PersonSaved(NamedTuple):
    """A person added: the id, the warnings of the check ({field: message}) and what changed."""
    id: int
    warnings: dict
    changes: Changes


class PersonUpdated(NamedTuple):
    warnings: dict
    changes: Changes


class People:
    STATUSES = STATUSES
    TARGET_GROUPS = TARGET_GROUPS
    SUPPORT_CATEGORIES = SUPPORT_CATEGORIES
    GENDERS = GENDERS
    FIELDS = FIELDS

    def __init__(self, ws):
        self.ws = ws

    # --- checks -----------------------------------------------------------------------------------
    def validate(self, values: dict, person_id: int | None = None) -> tuple[dict, dict, dict]:
        """(cleaned columns, problems {field: msg}, warnings {field: msg}); values may use codes and ids
        (commune_id, village_id, gender 'M'/'F') or text as typed (commune, village, birth, gender 'Nữ')."""
        cleaned, problems, warnings = PersonChecker(self.ws).check(values)
        cleaned["_new_village_name"] = None
        if cleaned.get("_new_village"):
            cleaned["_new_village_name"] = values.get("village")
        number = cleaned.get("citizen_id")
        if number and "citizen_id" not in problems:
            rows = self.ws.query("SELECT id, full_name FROM people WHERE citizen_id = ? AND deleted = 0 AND id IS NOT ?",
                                 [number, person_id])
            if rows:
                problems["citizen_id"] = _("Số CCCD {number} đã có: {name} (mã {id}).",
                                           number=number, name=rows[0]["full_name"], id=rows[0]["id"])
        if not problems and cleaned.get("village_id") is not None:
            rows = self.ws.query(
                "SELECT id, full_name, citizen_id FROM people WHERE name_folded = ? AND birth_year IS ? AND village_id = ?"
                " AND deleted = 0 AND id IS NOT ?",
                [cleaned["name_folded"], cleaned["birth_year"], cleaned["village_id"], person_id])
            apart = {r["other_id"] for r in duplicates.records_of(self.ws, person_id)} if person_id else set()
            rows = [r for r in rows if not (r["citizen_id"] and number) and r["id"] not in apart]
            if rows:
                warnings["duplicate"] = _("Có thể trùng với {name} (mã {id}), cùng năm sinh và thôn.",
                                          name=rows[0]["full_name"], id=rows[0]["id"])
        return cleaned, problems, warnings

    def _checked(self, values: dict, person_id: int | None = None) -> tuple[dict, dict]:
        cleaned, problems, warnings = self.validate(values, person_id)
        if problems:
            first = next(iter(problems.values()))
            raise ValidationError(_("Thông tin chưa hợp lệ: {first}",
                                    first=first), list(problems.items()), field=next(iter(problems)))
        return cleaned, warnings

    def _columns(self, cleaned: dict) -> dict:
        """Database columns from checked values, creating a new village inside the current transaction."""
        if cleaned.get("_new_village"):
            commune_id, _unused = cleaned["_new_village"]
            cleaned["village_id"], _unused = self.ws.units.add_village(commune_id, cleaned["_new_village_name"])
        cols = {k: v for k, v in cleaned.items() if not k.startswith("_")}
        if cols.get("status") is None:
            cols.pop("status", None)
        return cols

    # --- records ----------------------------------------------------------------------------------
    @under_write_lock
    def add(self, values: dict) -> "PersonSaved":
        cleaned, warnings = self._checked(values)
        changes = Changes.of("people")
        with self.ws.transaction():
            if cleaned.get("_new_village"):
                changes |= Changes.of("units")
            person_id = self.ws.insert("people", self._columns(cleaned))
        return PersonSaved(person_id, warnings, changes)

    @under_write_lock
    def update(self, person_id: int, values: dict) -> "PersonUpdated":
        """Change some fields; the whole record is checked again."""
        current = self.require(person_id)
        merged = {k: current[k] for k in _EDITABLE}
        if "birth" in values or "birth_year" in values or "birth_date" in values:
            merged.pop("birth_date")
            merged.pop("birth_year")
        if "commune" in values and "commune_id" not in values:
            merged.pop("commune_id")
            merged.pop("village_id")
        if "village" in values and "village_id" not in values:
            merged.pop("village_id")
        merged.update(values)
        cleaned, warnings = self._checked(merged, person_id)
        changes = Changes.of("people")
        with self.ws.transaction():
            if cleaned.get("_new_village"):
                changes |= Changes.of("units")
            self.ws.update("people", person_id, self._columns(cleaned))
        return PersonUpdated(warnings, changes)

    def get(self, person_id: int) -> dict | None:
        rows = people_search.rows(self.ws, [person_id])
        return rows[0] if rows else None

    def require(self, person_id: int) -> dict:
        person = self.get(person_id)
        if person is None or person["deleted"]:
            raise UserError(_("Không có người số {id}.", id=person_id), field="person_id")
        return person

    def delete(self, person_id: int) -> Changes:
        return self.delete_many([person_id])

    def delete_many(self, person_ids) -> Changes:
        """Tombstone these people, all or none (an unknown or deleted one refuses the lot)."""
        for person_id in person_ids:
            self.require(person_id)
        with self.ws.transaction():
            for person_id in person_ids:
                self.ws.delete("people", person_id)
        return Changes.of("people")

    def advance_status(self, person_id: int, status: str) -> None:
        """Move a person forward along prospect -> invited -> attended -> registered (never back); inside the
        caller's transaction."""
        row = self.ws.get("people", person_id)
        current = row["status"]
        if current in STATUS_PATH and STATUS_PATH.index(status) > STATUS_PATH.index(current):
            self.ws.update("people", person_id, {"status": status})

    def settle_status(self, person_id: int) -> None:
        """After a check-in undone or an invitation withdrawn: a person who was only 'invited' or 'attended' goes
        back to what their remaining records say (present somewhere, else invited somewhere, else a prospect);
        later steps (registered, lapsed…) stay. Inside the caller's transaction."""
        row = self.ws.get("people", person_id)
        if row["status"] not in ("invited", "attended"):
            return
        q = "SELECT 1 FROM {} WHERE person_id = ? AND deleted = 0 LIMIT 1"
        status = "attended" if self.ws.query(q.format("attendance"), [person_id]) else \
            "invited" if self.ws.query(q.format("invitations"), [person_id]) else "prospect"
        if status != row["status"]:
            self.ws.update("people", person_id, {"status": status})

    # --- finding ----------------------------------------------------------------------------------
    def search(self, text: str, limit: int = 200, filters: dict | None = None) -> list[dict]:
        return people_search.search(self.ws, text, limit, filters)

    def count(self, filters: dict | None = None) -> int:
        return people_search.count(self.ws, filters)

    def ids(self, filters: dict | None = None, order: str = "name", descending: bool = False) -> list[int]:
        """Ids of live people matching filters (commune_id, village_id, status, target_group, collector_id,
        import_job_id, search) in Vietnamese name order (or 'birth_year', 'commune', 'status', 'recent')."""
        return people_search.ids(self.ws, filters, order, descending)

    def rows(self, person_ids) -> list[dict]:
        return people_search.rows(self.ws, person_ids)

    # --- duplicates ---------------------------------------------------------------------------------
    def possible_duplicates(self) -> list[list[dict]]:
        """Groups of live people with the same folded name, birth year and village who may be one person: not
        two different citizen IDs, not recorded as not the same person (core.duplicates)."""
        return [self.rows(ids) for ids in duplicates.possible_duplicates(self.ws)]

    def mark_not_duplicates(self, person_ids) -> AddedMany:
        """"Không trùng": these people are not the same person (every pair among them); returns the records made."""
        return duplicates.mark(self.ws, person_ids)

    def undo_not_duplicates(self, record_ids) -> Changes:
        """Take back records made by mark_not_duplicates: the pairs are listed as possible duplicates again."""
        return duplicates.undo(self.ws, record_ids)

    def not_duplicates(self, person_id: int) -> list[dict]:
        """Whom this person was recorded as not the same as: [{id (the record), other_id, other_name}]."""
        return duplicates.records_of(self.ws, person_id)

    def merge_plan(self, keep_id: int, other_ids) -> duplicates.MergePlan:
        """Which of other_ids may be merged into keep_id together (merge), and who is left out and why (left_out:
        told apart from the kept person or from another of them, or two different citizen IDs); core.duplicates."""
        return duplicates.merge_plan(self.ws, keep_id, other_ids)

    def merge(self, keep_id: int, other_id: int) -> Changes:
        """Keep one record: the other's invitations, attendance, registrations and follow-ups move to it (where
        the kept one already has the same, the kept one's stays), its empty fields are filled from the other,
        the other becomes a tombstone with merged_into_id, and whom it was recorded as not the same as, the kept one
        is not either. Refused for two people recorded as not the same. Every step is audited."""
        if keep_id == other_id:
            raise UserError(_("Không gộp một người với chính người đó."))
        keep, other = self.require(keep_id), self.require(other_id)
        if keep["citizen_id"] and other["citizen_id"] and keep["citizen_id"] != other["citizen_id"]:
            raise UserError(_("Không gộp được: {a} (mã {a_id}) và {b} (mã {b_id}) có số CCCD khác nhau, là hai người "
                              "khác nhau.", a=keep["full_name"], a_id=keep_id, b=other["full_name"], b_id=other_id))
        if duplicates.told_apart(self.ws, [keep_id, other_id]):
            raise UserError(_("Không gộp được: {a} (mã {a_id}) và {b} (mã {b_id}) đã được ghi là hai người khác nhau "
                              "(“Không trùng”).", a=keep["full_name"], a_id=keep_id, b=other["full_name"],
                              b_id=other_id))
        with self.ws.transaction():
            duplicates.carry_over(self.ws, keep_id, other_id)
            for table, keys in _DEPENDENTS.items():
                for row in self.ws.query(f"SELECT * FROM {table} WHERE person_id = ? AND deleted = 0", [other_id]):
                    cond = " AND ".join(f"{k} IS ?" for k in keys)
                    clash = self.ws.query(f"SELECT * FROM {table} WHERE person_id = ? AND {cond}",
                                          [keep_id] + [row[k] for k in keys])
                    if not clash:
                        self.ws.update(table, row["id"], {"person_id": keep_id})
                        continue
                    target = clash[0]
                    if target["deleted"]:  # revive the kept person's old row with the other's values
                        moved = {k: v for k, v in row.items() if k not in ("id", "uuid", "origin", "version",
                                                                            "updated_at", "person_id", "code")}
                        self.ws.update(table, target["id"], moved)
                    if table == "invitations":
                        for a in self.ws.query("SELECT id FROM attendance WHERE invitation_id = ?", [row["id"]]):
                            self.ws.update("attendance", a["id"], {"invitation_id": target["id"]})
                    self.ws.delete(table, row["id"])
            self.ws.update("people", other_id, {"merged_into_id": keep_id, "deleted": 1})
            fill = {k: other[k] for k in _EDITABLE if keep[k] in (None, "") and other[k] not in (None, "")}
            if other["status"] in STATUS_PATH and keep["status"] in STATUS_PATH and \
                    STATUS_PATH.index(other["status"]) > STATUS_PATH.index(keep["status"]):
                fill["status"] = other["status"]
            if fill:
                self.ws.update("people", keep_id, fill)
        return Changes.of("people", "invitations", "attendance")

    def merge_many(self, keep_id: int, other_ids) -> Changes:
        """Merge several records into the one kept, in one transaction: all or none (a refusal merges nobody).
        merge_plan says which can go together."""
        changes = Changes()
        with self.ws.transaction():
            for other_id in other_ids:
                changes |= self.merge(keep_id, other_id)
        return changes

    # --- imports ------------------------------------------------------------------------------------
    def preview_import(self, path, sheet: str | None = None) -> people_import.ImportPreview:
        return people_import.preview(self.ws, path, sheet)

    def import_file(self, path, sheet: str | None = None, commune=None, mapping: dict | None = None,
                    dry_run: bool = False, errors_path=None, progress=NO_PROGRESS,
                    villages: dict | None = None) -> people_import.ImportResult:
        """Check every row, then (unless dry_run) write in one transaction as an import job. commune (a name or
        id) fills rows that name none; mapping is {field: 0-based column}, else remembered or guessed; villages
        says what to do with each village the list names that is not there yet ({choice key: existing village
        id, or None to create it}; ImportResult.villages_to_create lists them, with their keys)."""
        return people_import.run_import(self.ws, path, sheet, commune, mapping, dry_run, errors_path, progress,
                                        villages)

    def import_jobs(self) -> list[dict]:
        return self.ws.query("SELECT * FROM import_jobs WHERE kind = 'people' ORDER BY id DESC")

    @under_write_lock
    def undo_import(self, job_id: int) -> Changes:
        """Tombstone the people the job created and put back the fields it filled in (where nobody changed them
        since). Refused when some of its people were invited, checked in or registered meanwhile."""
        jobs = self.ws.query("SELECT * FROM import_jobs WHERE id = ?", [job_id])
        if not jobs:
            raise UserError(_("Không có lần nhập số {id}.", id=job_id))
        if jobs[0]["undone_at"]:
            raise UserError(_("Lần nhập số {id} đã được hoàn tác lúc {at}.",
                              id=job_id, at=formatting.date_time(jobs[0]["undone_at"])))
        made = "SELECT person_id FROM person_imports WHERE import_job_id = ?"
        used = self.ws.query(
            f"SELECT count(*) n FROM people p WHERE p.id IN ({made}) AND p.deleted = 0 AND ("
            " EXISTS (SELECT 1 FROM invitations WHERE person_id = p.id AND deleted = 0)"
            " OR EXISTS (SELECT 1 FROM attendance WHERE person_id = p.id AND deleted = 0)"
            " OR EXISTS (SELECT 1 FROM registrations WHERE person_id = p.id AND deleted = 0))", [job_id])[0]["n"]
        if used:
            raise UserError(ngettext("Không hoàn tác được lần nhập {id}: {n} người của lần nhập này đã được mời, điểm "
                                     "danh hoặc đăng ký.",
                                     "Không hoàn tác được lần nhập {id}: {n} người của lần nhập này đã được mời, điểm "
                                     "danh hoặc đăng ký.", used, id=job_id))
        with self.ws.transaction():
            # what the import filled in, from its audit entry (storage.records.bulk_update)
            entry = self.ws.query("SELECT old_values FROM audit_log WHERE table_name = 'people'"
                                  " AND action = 'import_update' AND json_extract(new_values, '$.job') = ?", [job_id])
            filled = json.loads(entry[0]["old_values"])["records"] if entry else {}
            summary = self.ws.query("SELECT new_values FROM audit_log WHERE action = 'import'"
                                    " AND table_name = 'import_jobs' AND record_id = ?", [job_id])
            villages = json.loads(summary[0]["new_values"]).get("villages", []) if summary else []
            ids = [r["person_id"] for r in self.ws.query(made, [job_id])]
            removed = records.bulk_delete(self.ws.db, "people", ids, actor=self.ws.actor, action="undo_import",
                                          note={"job": job_id})
            back = []
            for pid, change in filled.items():
                row = self.ws.get("people", int(pid))
                fields = {f: old for f, old in change["old"].items() if row[f] == change["new"][f]}
                if fields:  # only where nobody changed them since
                    back.append((int(pid), fields))
            records.bulk_update(self.ws.db, "people", back, actor=self.ws.actor, action="undo_import",
                                note={"job": job_id})
            for vid in villages:
                if not self.ws.query("SELECT 1 FROM people WHERE village_id = ? AND deleted = 0 LIMIT 1", [vid]) and \
                        not self.ws.query("SELECT 1 FROM conferences WHERE village_id = ? AND deleted = 0", [vid]):
                    self.ws.delete("units", vid)
            records.mark_job_undone(self.ws.db, job_id, actor=self.ws.actor,
                                    note={"tombstoned": removed, "restored": len(back)})
        return Changes.of("people", "units")
