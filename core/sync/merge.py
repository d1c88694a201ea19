"""Importing a package: the checks (core.sync.verify), then every record merged in one transaction after a backup
of the database, and the package registered. A refused package is written to the office's log file, never to the
database, which stays as it was.

The merge, record by record, by UUID (a record's origin, the office that created it, never changes here):
- a record this office does not have is added (a tombstone too: the deletion is known);
- one the same in content (origin, version and time aside) changes nothing;
- otherwise, against the version the sending office is known to hold (core: storage.sync.known_versions — the
  last received from it, or the last sent to it in a package it acknowledged): changed only there → theirs is
  taken; changed only here → ours is kept (it goes to them in our next package); changed on both sides → a
  conflict.
- The conflict rule, the same in every office so both sides end alike: the version edited last (updated_at) is
  kept; at the same moment, the one from the office whose UUID sorts first. Both versions go to the conflicts
  list for the clerk to review and reverse; the kept one is written with a version above both, so it travels on.
- A record whose parent (a record it refers to) is neither here nor in the package is held back, with the
  reason, not dropped; it is merged by a later package that brings the parent.
A merged record's version is never lower than either side's.
"""
from __future__ import annotations

import json
import sqlite3
import uuid as uuidlib
from dataclasses import dataclass

from core.errors import UserError
from core.i18n import _
from core.sync import format as fmt
from core.sync.export import columns
from core.sync.verify import Package, read_package
from core.text import fold, name_sort_text
from storage.records import apply_remote, now
from storage.sync import Resolver, UnknownReference, known_versions, record_received, release_held

IMPORTED, ALREADY, REFUSED = "imported", "already-imported", "refused"
COMPARED_WITHOUT = {"origin", "version", "updated_at"}


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

    def to_json(self) -> dict:
        """The command line's contract: status, reason, created, updated, deleted, conflicts."""
        return {"status": self.status, "reason": self.reason, "created": self.created, "updated": self.updated,
                "deleted": self.deleted, "conflicts": self.conflicts}


class _DryRun(Exception):
    pass


def import_package(ws, path, *, dry_run: bool = False) -> Imported:
    """Check and merge the package at path (dry_run: everything but the writing, rolled back)."""
    try:
        package = read_package(ws, path)
        if package.already_imported:
            return Imported(ALREADY, _("Gói này đã được nhập trước đây: không có gì thay đổi."),
                            sender=package.sender)
        rows = {table: _rows(table, sheet, package, ws) for table, sheet in package.sheets.items()}
    except UserError as exc:
        _log_refusal(path, exc.message)
        return Imported(REFUSED, exc.message)
    result = Imported(IMPORTED, sender=package.sender)
    if not dry_run and ws.path is not None:
        from storage.database import backup
        backup(ws.db, ws.path)
    try:
        with ws.transaction():
            _merge(ws, package, rows, result)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    return result


def _log_refusal(path, message: str) -> None:
    from core.logs import setup
    try:
        setup().warning("package refused: %s: %s", path, message)
    except OSError:   # a read-only data folder: the clerk still gets the sentence
        pass


def _rows(table: str, sheet: list[list], package: Package, ws) -> list[dict]:
    """The sheet's records as {column: value} in this app's columns; a header or a value this version cannot read
    refuses the package naming the sheet and row."""
    name = fmt.SHEETS[table][0]
    cols = columns(ws, table)
    labels = {**{fmt.HEADERS.get(c, c): c for c in cols[:-len(fmt.TECHNICAL)]},
              **dict(zip(fmt.TECHNICAL_HEADERS, fmt.TECHNICAL))}
    header = [str(v or "").strip() for v in sheet[0]]
    if [labels.get(h) for h in header[:len(cols)]] != cols:
        raise UserError(_("Gói có trang “{sheet}” với các cột khác ứng dụng này: đơn vị gửi và đơn vị nhận cần cùng "
                          "phiên bản ứng dụng.", sheet=name), field="sheet")
    out = []
    defaults = {c: v for c, v in _defaults(ws, table).items() if c in cols}
    for number, values in enumerate(sheet[1:], start=2):
        if not any(v not in (None, "") for v in values):
            continue
        row = {c: _cell(values[i] if i < len(values) else None) for i, c in enumerate(cols)}
        for c, default in defaults.items():   # an empty cell of a column that holds '' rather than nothing
            if row.get(c) is None:
                row[c] = default
        try:
            uuidlib.UUID(str(row["uuid"]))
            row["version"] = int(row["version"])
            row["deleted"] = int(row["deleted"] or 0)
            if row["version"] < 1 or row["deleted"] not in (0, 1):
                raise ValueError
        except (TypeError, ValueError):
            raise UserError(_("Gói hỏng ở trang “{sheet}”, dòng {row}: UUID, phiên bản hoặc cột đã xoá không đọc "
                              "được.", sheet=name, row=number), field="sheet") from None
        out.append(row)
    return out


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


def _cell(value):
    """A cell as the database holds it: whole numbers as int (a reader gives 52139.0), text NFC."""
    import unicodedata
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value) if value != "" else None
    return value


def _merge(ws, package: Package, rows: dict[str, list[dict]], result: Imported) -> None:
    from core.keys import own
    manifest = package.manifest
    peer = package.sender
    acknowledged = int(manifest.get("acknowledged") or 0)
    known = known_versions(ws.db, peer, _sent_acknowledged(ws, peer, acknowledged))
    resolver = Resolver(ws.db)
    mine = own(ws)
    received: list[tuple[str, int]] = []
    later: list[tuple[str, dict]] = []   # rows whose reference points later in the same sheet (merged people)
    for table in fmt.SHEETS:
        for row in rows.get(table, ()):
            received.append((row["uuid"], row["version"]))
            if not _merge_one(ws, resolver, table, row, known, package, result, mine.code):
                later.append((table, row))
    for table, row in later:   # once: their parents may have come further down
        if not _merge_one(ws, resolver, table, row, known, package, result, mine.code, last_try=True):
            result.held += 1
    for held in ws.query("SELECT id, table_name, row FROM sync_held WHERE package_uuid <> ? ORDER BY id",
                         [manifest["package_uuid"]]):   # records held by earlier packages, whose parent may be here
        if _merge_one(ws, resolver, held["table_name"], json.loads(held["row"]), known, package, result, mine.code):
            release_held(ws.db, held["id"])
    record_received(ws.db, peer, received)
    ws.insert("sync_packages", {
        "direction": "received", "package_uuid": manifest["package_uuid"], "peer_code": peer,
        "peer_name": manifest.get("sender_name", ""), "sequence": int(manifest["sequence"]),
        "acknowledged": acknowledged, "mode": manifest.get("mode", ""), "since": manifest.get("since", ""),
        "kinds": manifest.get("kinds", ""), "counts": json.dumps({t: len(r) for t, r in rows.items()}),
        "at": now()})


def _sent_acknowledged(ws, peer: str, acknowledged: int) -> int:
    """The highest sequence of ours the peer acknowledged (this package's word, or an earlier one's)."""
    earlier = ws.query("SELECT coalesce(max(acknowledged), 0) AS n FROM sync_packages WHERE direction = 'received'"
                       " AND peer_code = ?", [peer])[0]["n"]
    return max(acknowledged, earlier)


def _derived(table: str, row: dict) -> dict:
    """The search and sort keys a package leaves out, made here from the name."""
    if table == "units":
        return {**row, "name_folded": fold(row.get("name") or "")}
    if table == "people":
        return {**row, "name_folded": fold(row.get("full_name") or ""),
                "name_sort": name_sort_text(row.get("full_name") or "")}
    return row


def _merge_one(ws, resolver, table, row, known, package, result, own_code, last_try=False) -> bool:
    """Merge one record; False when a parent is missing (held on the last try)."""
    try:
        local = resolver.from_uuids(table, row)
    except UnknownReference as missing:
        if last_try:
            _hold(ws, package, table, row, _("{table}: bản ghi {uuid} trỏ tới {column} = {value} mà đơn vị này chưa có; "
                                             "giữ lại chờ gói có bản ghi đó.", table=fmt.SHEETS[table][0],
                                             uuid=row["uuid"], column=missing.column, value=missing.value))
        return False
    cursor = ws.db.execute(f"SELECT * FROM [{table}] WHERE uuid = ?", [row["uuid"]])
    existing = cursor.fetchone()
    theirs = _derived(table, local)
    if existing is None:
        try:
            with ws.transaction():   # a savepoint: a refused row leaves the rest of the merge as it was
                record_id = apply_remote(ws.db, table, theirs)
        except sqlite3.IntegrityError:
            _hold(ws, package, table, row, _("{table}: bản ghi {uuid} trùng với một bản ghi đã có ở đơn vị này (cùng "
                                             "số CCCD, mã hoặc khóa khác); giữ lại để cán bộ xem và gộp.",
                                             table=fmt.SHEETS[table][0], uuid=row["uuid"]))
            result.held += 1
            return True
        resolver.learn(table, {**theirs, "id": record_id})
        if row["deleted"]:
            result.deleted += 1
        else:
            result.created += 1
        return True
    ours = dict(zip((d[0] for d in cursor.description), existing))
    if all(ours.get(k) == v for k, v in theirs.items() if k not in COMPARED_WITHOUT):
        return True   # the same content
    base = known.get(row["uuid"])
    theirs_changed = base is None or row["version"] > base
    ours_changed = base is None or ours["version"] > base
    if base is None:   # never exchanged with this office: the higher version is the later one
        theirs_changed, ours_changed = row["version"] >= ours["version"], row["version"] <= ours["version"]
    top = max(row["version"], ours["version"])
    if theirs_changed and not ours_changed:
        _take(ws, table, theirs, ours, top, result)
    elif theirs_changed and ours_changed:
        theirs_win = _theirs_win(theirs, ours)
        kept, lost = (theirs, ours) if theirs_win else (ours, theirs)
        ws.insert("sync_conflicts", {
            "package_uuid": package.manifest["package_uuid"], "peer_code": package.sender, "table_name": table,
            "uuid": row["uuid"], "kept": json.dumps(_plain(kept), ensure_ascii=False, default=str),
            "lost": json.dumps(_plain(lost), ensure_ascii=False, default=str), "theirs_kept": int(theirs_win),
            "at": now()})
        result.conflicts += 1
        if theirs_win:
            _take(ws, table, theirs, ours, top + 1, result)
        else:   # ours, above both, so it wins where it lands too
            apply_remote(ws.db, table, {**ours, "version": top + 1})
    return True


def _hold(ws, package: Package, table: str, row: dict, reason: str) -> None:
    """Keep a record the merge could not write yet, with the reason, instead of dropping it."""
    ws.insert("sync_held", {"package_uuid": package.manifest["package_uuid"], "peer_code": package.sender,
                            "table_name": table, "uuid": row["uuid"],
                            "row": json.dumps(row, ensure_ascii=False, default=str), "reason": reason, "at": now()})


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
