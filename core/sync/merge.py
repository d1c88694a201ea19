"""Importing a package: the checks (core.sync.verify), then every record merged in one transaction after a backup
of the database, and the package registered. A refused package is written to the office's log file, never to the
database, which stays as it was.

The merge, record by record, by UUID (a record's origin, the office that created it, never changes here):
- a record this office does not have is added (a tombstone too: the deletion is known);
- one the same in content (origin, version and time aside) changes nothing;
- otherwise, against the version the sending office is known to hold (core: storage.sync.known_version — the
  last received from it, or the last sent to it in a package it acknowledged): changed only there → theirs is
  taken; changed only here → ours is kept (it goes to them in our next package); changed on both sides → a
  conflict.
- The conflict rule, the same in every office so both sides end alike: the version edited last (updated_at) is
  kept; at the same moment, the one from the office whose UUID sorts first. Both versions go to the conflicts
  list for the clerk to review and reverse; the kept one is written with a version above both, so it travels on.
- A record whose parent (a record it refers to) is neither here nor in the package is held back, with the
  reason, not dropped; it is merged by a later package that brings the parent.
A merged record's version is never lower than either side's (one the same in content at a lower version takes the
package's).

How: each sheet, checked, is staged in a temp table (storage.remote); the records this office does not have go in
with one INSERT … SELECT that turns UUIDs into local ids by joins, and only the records that differ from ours are
compared here one by one (a table whose records were all new skips that). One audit entry per table lists the ids a
package inserted; a record taken or kept on a difference is audited one by one. A large package's sheets are read,
hashed and made into records by a second process (core.sync.reader), each table merged here as soon as its sheet is
in: a province holding 900.000 people takes in an office's 100.000 in 11-15 s here (30 s read in one process).
"""
from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from dataclasses import dataclass, field

from core.errors import UserError
from core.i18n import _
from core.sync import format as fmt
from core.sync import history, reader
from core.sync.export import columns
from core.sync.reader import derived, records
from core.sync.verify import Package, check_sheet, read_package
from storage.records import apply_remote, now
from storage.remote import COMPARED_WITHOUT, Staged
from storage.sync import Resolver, UnknownReference, known_version, release_held

IMPORTED, ALREADY, REFUSED = "imported", "already-imported", "refused"


@dataclass
class Imported:
    status: str
    reason: str = ""
    created: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    held: int = 0
    sender: str = ""
    by_table: dict = field(default_factory=dict)   # table -> {created, updated, deleted, conflicts, held}

    def tally(self) -> tuple:
        return self.created, self.updated, self.deleted, self.conflicts, self.held

    def count_for(self, table: str, before: tuple) -> None:
        """What changed in table since the tally `before` (added to what it had)."""
        counts = self.by_table.setdefault(table, dict.fromkeys(("created", "updated", "deleted", "conflicts", "held"),
                                                               0))
        for key, now_, then in zip(counts, self.tally(), before):
            counts[key] += now_ - then

    def to_json(self) -> dict:
        """The command line's contract: status, reason, created, updated, deleted, conflicts."""
        return {"status": self.status, "reason": self.reason, "created": self.created, "updated": self.updated,
                "deleted": self.deleted, "conflicts": self.conflicts}


class _Undo(Exception):
    """Leave the transaction rolled back: a refusal, a package already imported, or a dry run."""


def import_package(ws, path, *, dry_run: bool = False) -> Imported:
    """Check and merge the package at path (dry_run: everything but the writing, rolled back).

    It all happens in one transaction: each sheet, once checked, is staged in a temp table (storage.remote) and
    dropped from memory; a refusal rolls back, leaving the database as it was. From the first table merged, a
    backup of the database as it was is made on another thread (storage.database.Backup), and is whole before the
    merge is committed. A large package is read by a second process while this one merges (core.sync.reader)."""
    outcome: list[Imported] = []
    landing = _Landing(ws, backup=not dry_run and ws.path is not None)
    committed = False
    try:
        with ws.transaction():
            try:
                package = read_package(ws, path, stage=landing.stage, elsewhere=landing.read_elsewhere)
                if not package.already_imported:
                    landing.merge_all(package)
            except UserError as exc:
                history.log_refusal(ws, path, exc.message)
                outcome.append(Imported(REFUSED, exc.message))
                raise _Undo() from None
            if package.already_imported:
                outcome.append(Imported(ALREADY, _("Gói này đã được nhập trước đây: không có gì thay đổi."),
                                        sender=package.sender))
                raise _Undo()
            outcome.append(landing.result)
            if dry_run:
                raise _Undo()
            landing.backed_up()   # the copy of the database as it was is whole before the merge is committed
        committed = True
    except _Undo:
        pass
    finally:
        landing.drop()
        if not committed:   # refused, or anything else on the way: nothing changed, so the copy is needless
            landing.discard_backup()
    return outcome[0]


class _Landing:
    """Where a package's sheets land: staged in temp tables, then merged table by table (parents first) after a
    backup. A small package is read here whole, then merged; a large one is read by a second process, each table
    merged as soon as its sheet is in (core.sync.reader)."""

    def __init__(self, ws, backup: bool):
        self.ws, self._backup = ws, backup
        self.result = Imported(IMPORTED)
        self.staged: dict[str, Staged] = {}
        self._backing = None   # storage.database.Backup, made while the merge goes on
        self._merger: _Merger | None = None

    def stage(self, table: str, sheet: list[list]) -> None:
        """A sheet read here, checked: its records into a temp table."""
        cols, defaults = self._shape(table)
        stage = self._open(table, cols)
        for batch in records(table, sheet, cols, defaults):
            stage.add(batch)

    def _shape(self, table: str) -> tuple[list[str], dict]:
        """(the package's columns of the table, {column: the default an empty cell stands for})."""
        return columns(self.ws, table), _defaults(self.ws, table)

    def _open(self, table: str, cols: list[str]) -> Staged:
        """The table's temp table, for the package's columns and the keys made with the records."""
        stage = self.staged[table] = Staged(self.ws.db, table, cols, list(reader.derived_keys(table)[1]))
        return stage

    def read_elsewhere(self, package: Package, held: list[tuple[str, str]]) -> bool:
        """A large package's sheets read by a second process: each checked against the manifest, staged, and its
        table merged while the next is read. False for a small package (read here)."""
        if sum(_count(package.manifest.get(f"rows:{table}")) for table, _name in held) < reader.LARGE:
            return False
        shapes = {table: self._shape(table) for table, _name in held}
        with contextlib.closing(reader.read_elsewhere(package.path, held, shapes)) as sheets:  # closed: stopped
            for kind, table, *data in sheets:
                if kind == "sheet":
                    check_sheet(package, table, *data, package.path.name)
                    self._open(table, shapes[table][0])
                elif kind == "records":
                    self.staged[table].add(data[0])
                else:
                    self._merging(package).table(table, self.staged[table])
        return True

    def merge_all(self, package: Package) -> None:
        """The tables not merged yet (all of them, for a package read here), then what closes the merge."""
        merger = self._merging(package)
        for table in fmt.SHEETS:
            if table in self.staged and table not in merger.done:
                merger.table(table, self.staged[table])
        merger.finish()

    def _merging(self, package: Package) -> _Merger:
        """The merge, begun with the backup the first time a table is merged."""
        if self._merger is None:
            if self._backup:
                from storage.database import Backup
                self._backing = Backup(self.ws.db, self.ws.path)
            self.result.sender = package.sender
            self._merger = _Merger(self.ws, package, self.result)
        return self._merger

    def backed_up(self) -> None:
        if self._backing is not None:
            self._backing.wait()

    def discard_backup(self) -> None:
        if self._backing is not None:
            self._backing.cancel()
            self._backing = None

    def drop(self) -> None:
        for stage in self.staged.values():
            stage.drop()
        self.staged.clear()


def _defaults(ws, table: str) -> dict:
    """{column: its default} for the columns that may not be empty (NOT NULL with a default): a cell cannot tell
    '' from nothing."""
    import ast
    out = {}
    for r in ws.query(f"PRAGMA table_info([{table}])"):
        if r["notnull"] and r["dflt_value"] is not None:
            try:
                out[r["name"]] = ast.literal_eval(r["dflt_value"])
            except (ValueError, SyntaxError):
                pass
    return out


def _count(text) -> int:
    """A manifest's record count; 0 when it is not one (the sheet's check then refuses the package)."""
    return int(text) if str(text or "").isdigit() else 0


class _Merger:
    """A package's tables merged one by one (parents first), then the records held by earlier packages whose
    parent may now be here, and the package registered."""

    def __init__(self, ws, package: Package, result: Imported):
        self.ws, self.package, self.result = ws, package, result
        manifest = package.manifest
        self.peer = package.sender
        self.acknowledged = int(manifest.get("acknowledged") or 0)
        self.merge = _Merge(ws, package, result, _sent_acknowledged(ws, self.peer, self.acknowledged))
        self.note = {"package": manifest["package_uuid"], "from": self.peer}
        self.done: set[str] = set()

    def table(self, table: str, stage: Staged) -> None:
        result, merge, note = self.result, self.merge, self.note
        before = result.tally()
        created, tombstones = stage.insert_new(actor="sync", note=note)
        result.created += created - tombstones
        result.deleted += tombstones
        if created < stage.count:   # else every record was new here: none to compare, hold or catch up
            for theirs, ours in stage.differing():
                merge.existing(table, theirs, ours)
            stage.catch_up_versions(actor="sync", note=note)
            for row, column in stage.unresolved():
                merge.hold(table, row, _missing(table, row, column))
            resolver = Resolver(self.ws.db)
            for row in stage.refused():
                merge.hold(table, row, _refused_why(self.ws, resolver, table, row))
        stage.record_received(self.peer)
        result.count_for(table, before)
        self.done.add(table)

    def finish(self) -> None:
        ws, result, manifest = self.ws, self.result, self.package.manifest
        resolver = Resolver(ws.db)
        for held in ws.query("SELECT id, table_name, row FROM sync_held WHERE package_uuid <> ? ORDER BY id",
                             [manifest["package_uuid"]]):   # records held by earlier packages, whose parent may be here
            before = result.tally()
            if self.merge.one(resolver, held["table_name"], json.loads(held["row"])):
                release_held(ws.db, held["id"])
                result.count_for(held["table_name"], before)
        ws.insert("sync_packages", {
            "direction": "received", "package_uuid": manifest["package_uuid"], "peer_code": self.peer,
            "peer_name": manifest.get("sender_name", ""), "peer_origin": manifest.get("sender_origin", ""),
            "sequence": int(manifest["sequence"]), "acknowledged": self.acknowledged,
            "mode": manifest.get("mode", ""), "since": manifest.get("since", ""), "kinds": manifest.get("kinds", ""),
            "counts": json.dumps(self.package.counts), "at": now(),
            "changes": json.dumps({t: c for t, c in result.by_table.items() if any(c.values())})})


def _missing(table: str, row: dict, column: str) -> str:
    return _("{table}: bản ghi {uuid} trỏ tới {column} = {value} mà đơn vị này chưa có; giữ lại chờ gói có bản ghi "
             "đó.", table=fmt.SHEETS[table][0], uuid=row["uuid"], column=column, value=row.get(column))


def _refused_why(ws, resolver: Resolver, table: str, row: dict) -> str:
    """Why the table refused a record: tried alone, and taken back, SQLite names the rule it breaks. A duplicate
    (a unique key) is for the clerk to merge; another rule (a required cell left empty, a value the column does not
    take) names the cell."""
    try:
        local = resolver.from_uuids(table, row)
        with ws.transaction():   # a savepoint, always rolled back
            apply_remote(ws.db, table, derived(table, local))
            raise _Undo()
    except sqlite3.IntegrityError as exc:
        rule = str(exc)
        if not rule.startswith("UNIQUE"):
            broken = rule.partition(":")[2]
            column = next((c for c in row if re.search(rf"\b{re.escape(c)}\b", broken)), None)
            return _("{table}: bản ghi {uuid} có ô “{column}” để trống hoặc có giá trị không hợp lệ; giữ lại để cán bộ "
                     "xem.", table=fmt.SHEETS[table][0], uuid=row["uuid"],
                     column=fmt.HEADERS.get(column, column) if column else "?")
    except (_Undo, UnknownReference):
        pass
    return _("{table}: bản ghi {uuid} trùng với một bản ghi đã có ở đơn vị này (cùng số CCCD, mã hoặc khóa khác); "
             "giữ lại để cán bộ xem và gộp.", table=fmt.SHEETS[table][0], uuid=row["uuid"])


def _sent_acknowledged(ws, peer: str, acknowledged: int) -> int:
    """The highest sequence of ours the peer acknowledged (this package's word, or an earlier one's)."""
    earlier = ws.query("SELECT coalesce(max(acknowledged), 0) AS n FROM sync_packages WHERE direction = 'received'"
                       " AND peer_code = ?", [peer])[0]["n"]
    return max(acknowledged, earlier)


class _Merge:
    """The record-by-record part of a merge: records this office has that differ from the package's, and records
    held back by earlier packages."""

    def __init__(self, ws, package: Package, result: Imported, acknowledged: int):
        self.ws, self.package, self.result, self.acknowledged = ws, package, result, acknowledged

    def one(self, resolver: Resolver, table: str, row: dict) -> bool:
        """Merge a record as a package carries it (references as UUIDs); False when a parent is still missing."""
        ws = self.ws
        try:
            local = resolver.from_uuids(table, row)
        except UnknownReference:
            return False
        cursor = ws.db.execute(f"SELECT * FROM [{table}] WHERE uuid = ?", [row["uuid"]])
        existing = cursor.fetchone()
        if existing is None:
            try:
                with ws.transaction():   # a savepoint: a refused row leaves the rest of the merge as it was
                    apply_remote(ws.db, table, derived(table, local))
            except sqlite3.IntegrityError:
                return False
            if row["deleted"]:
                self.result.deleted += 1
            else:
                self.result.created += 1
            return True
        self.existing(table, local, dict(zip((d[0] for d in cursor.description), existing)))
        return True

    def existing(self, table: str, theirs: dict, ours: dict) -> None:
        """Theirs (references local) against ours: taken, kept, or a conflict (the module's rules)."""
        ws, result = self.ws, self.result
        theirs = derived(table, theirs)
        if all(ours.get(k) == v for k, v in theirs.items() if k not in COMPARED_WITHOUT):
            if theirs["version"] > ours["version"]:   # never lower than either side's
                apply_remote(ws.db, table, {**ours, "version": theirs["version"]})
            return   # the same content
        base = known_version(ws.db, self.package.sender, theirs["uuid"], self.acknowledged)
        if base is None:   # never exchanged with this office: the higher version is the later one
            theirs_changed, ours_changed = theirs["version"] >= ours["version"], theirs["version"] <= ours["version"]
        else:
            theirs_changed, ours_changed = theirs["version"] > base, ours["version"] > base
        top = max(theirs["version"], ours["version"])
        if theirs_changed and not ours_changed:
            _take(ws, table, theirs, ours, top, result)
        elif theirs_changed and ours_changed:
            theirs_win = _theirs_win(theirs, ours)
            kept, lost = (theirs, ours) if theirs_win else (ours, theirs)
            ws.insert("sync_conflicts", {
                "package_uuid": self.package.manifest["package_uuid"], "peer_code": self.package.sender,
                "table_name": table, "uuid": theirs["uuid"],
                "kept": json.dumps(_plain(kept), ensure_ascii=False, default=str),
                "lost": json.dumps(_plain(lost), ensure_ascii=False, default=str), "theirs_kept": int(theirs_win),
                "at": now()})
            result.conflicts += 1
            if theirs_win:
                _take(ws, table, theirs, ours, top + 1, result)
            else:   # ours, above both, so it wins where it lands too
                apply_remote(ws.db, table, {**ours, "version": top + 1})

    def hold(self, table: str, row: dict, reason: str) -> None:
        """Keep a record the merge could not write yet, with the reason, instead of dropping it."""
        self.ws.insert("sync_held", {
            "package_uuid": self.package.manifest["package_uuid"], "peer_code": self.package.sender,
            "table_name": table, "uuid": row["uuid"], "row": json.dumps(row, ensure_ascii=False, default=str),
            "reason": reason, "at": now()})
        self.result.held += 1


def _theirs_win(theirs: dict, ours: dict) -> bool:
    """The conflict rule, symmetric so both offices keep the same version: the later edit (updated_at); at the
    same moment, the one from the office whose UUID sorts first; then the smaller content, compared as JSON."""
    if theirs["updated_at"] != ours["updated_at"]:
        return str(theirs["updated_at"]) > str(ours["updated_at"])
    if theirs.get("origin") != ours.get("origin"):
        return str(theirs.get("origin")) < str(ours.get("origin"))
    return _content(theirs) < _content(ours)


def _content(row: dict) -> str:
    return json.dumps({k: v for k, v in _plain(row).items() if k not in COMPARED_WITHOUT}, sort_keys=True,
                      ensure_ascii=False, default=str)


def _take(ws, table: str, theirs: dict, ours: dict, version: int, result: Imported) -> None:
    apply_remote(ws.db, table, {**theirs, "id": ours["id"], "origin": ours["origin"], "version": version})
    if theirs.get("deleted") and not ours.get("deleted"):
        result.deleted += 1
    else:
        result.updated += 1


def _plain(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in ("id", "change_seq")}


# --- the conflicts list ------------------------------------------------------------------------------------------
def conflicts(ws) -> list[dict]:
    """The conflicts merges resolved, newest first: id, when, from which office, the sheet, the record's UUID, the
    fields that differ as {field: (kept, lost)}, and whether the clerk reversed it."""
    out = []
    for r in ws.query("SELECT * FROM sync_conflicts ORDER BY id DESC"):
        kept, lost = json.loads(r["kept"]), json.loads(r["lost"])
        differs = {k: (kept.get(k), lost.get(k)) for k in sorted(set(kept) | set(lost))
                   if k not in COMPARED_WITHOUT and kept.get(k) != lost.get(k)}
        out.append({"id": r["id"], "at": r["at"], "peer_code": r["peer_code"], "table": r["table_name"],
                    "sheet": fmt.SHEETS.get(r["table_name"], (r["table_name"],))[0], "uuid": r["uuid"],
                    "differs": differs, "theirs_kept": bool(r["theirs_kept"]), "reversed_at": r["reversed_at"]})
    return out


def reverse_conflict(ws, conflict_id: int):
    """Keep the version the merge set aside instead: written with a version above the record's, so it travels to
    the other office as a change made here. Audited; once per conflict."""
    from core.changes import Changes
    row = ws.get("sync_conflicts", conflict_id)
    if row is None or row["reversed_at"]:
        raise UserError(_("Xung đột này đã được xử lý lại rồi."))
    table, lost = row["table_name"], json.loads(row["lost"])
    current = ws.db.execute(f"SELECT id, version FROM [{table}] WHERE uuid = ?", [row["uuid"]]).fetchone()
    if current is None:
        raise UserError(_("Bản ghi của xung đột này không còn ở đơn vị này."))
    with ws.transaction():
        apply_remote(ws.db, table, {**lost, "id": current[0], "version": current[1] + 1, "updated_at": now()},
                     actor=ws.actor)
        ws.update("sync_conflicts", conflict_id, {"reversed_at": now()})
    return Changes.everything()
