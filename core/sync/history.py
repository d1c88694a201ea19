"""The history of the office's packages (issue 11, item 7): those sent and received (sync_packages), the refusals
(written to the office's log file, never to the database, which a refused package leaves as it was), and what a
received package changed, per sheet, with its conflicts and the records it held back.

    history(ws)                       # newest first: direction 'sent' | 'received' | 'refused'
    received_changes(ws, package_uuid)
"""
from __future__ import annotations

import json

from core.sync import format as fmt
from storage.records import now

_TAG = "package refused "


def log_refusal(ws, path, reason: str) -> None:
    """A refused package, in the log file (one line, JSON: which database, which file, why)."""
    from core.logs import setup
    line = {"at": now(), "db": str(ws.path or ""), "file": str(path), "reason": reason}
    try:
        setup().warning("%s%s", _TAG, json.dumps(line, ensure_ascii=False))
    except OSError:   # a read-only data folder: the clerk still gets the sentence
        pass


def refusals(ws) -> list[dict]:
    """The packages this database refused, as the log files (the current one and the rotated ones) hold them."""
    from core.logs import log_path
    path = log_path()
    out = []
    for log in [path.with_name(f"{path.name}.{n}") for n in (3, 2, 1)] + [path]:
        try:
            lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            _stamp, found, rest = line.partition(" WARNING vandong: " + _TAG)
            try:
                entry = json.loads(rest) if found else None
            except ValueError:
                entry = None
            if isinstance(entry, dict) and entry.get("db") == str(ws.path or "") and entry.get("at"):
                out.append({"direction": "refused", "at": str(entry["at"]), "file_name": entry.get("file", ""),
                            "reason": entry.get("reason", "")})
    return out


def history(ws) -> list[dict]:
    """Packages sent, received and refused, newest first: direction, at, peer_code, peer_name, sequence, mode,
    the records it held (rows), package_uuid, file_name, and for a refusal its reason."""
    rows = [{**r, "rows": sum(json.loads(r["counts"] or "{}").values()), "reason": ""} for r in ws.query(
        "SELECT direction, package_uuid, peer_code, peer_name, sequence, mode, counts, file_name, at"
        " FROM sync_packages")]
    rows += [{"package_uuid": "", "peer_code": "", "peer_name": "", "sequence": None, "mode": "", "counts": "{}",
              "rows": None, **r} for r in refusals(ws)]
    return sorted(rows, key=lambda r: r["at"], reverse=True)


def received_changes(ws, package_uuid: str) -> dict:
    """What a received package changed: the package (sender, sequence, when), per sheet its records and what
    became of them (created, updated, deleted, conflicts, held), its conflicts and the records it held back."""
    row = next(iter(ws.query("SELECT * FROM sync_packages WHERE direction = 'received' AND package_uuid = ?",
                             [package_uuid])), None)
    if row is None:
        return {}
    counts, changes = json.loads(row["counts"] or "{}"), json.loads(row["changes"] or "{}")
    sheets = [{"table": table, "sheet": sheet, "rows": counts.get(table, 0),
               **{k: changes.get(table, {}).get(k, 0) for k in ("created", "updated", "deleted", "conflicts", "held")}}
              for table, (sheet, _kind) in fmt.SHEETS.items() if table in counts or table in changes]
    conflicts = ws.query("SELECT id, table_name, uuid, theirs_kept, reversed_at FROM sync_conflicts"
                         " WHERE package_uuid = ? ORDER BY id", [package_uuid])
    held = ws.query("SELECT table_name, uuid, reason FROM sync_held WHERE package_uuid = ? ORDER BY id", [package_uuid])
    return {"package": {k: row[k] for k in ("package_uuid", "peer_code", "peer_name", "sequence", "mode", "at")},
            "sheets": sheets, "conflicts": conflicts, "held": held}
