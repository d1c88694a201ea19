"""Writing records: every insert, update and delete stamps the sync columns and writes the audit log.

Callers (core managers) group a logical change in `with db.atomic():` so it is written whole or not at all.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib

import sqlite_utils

SYNC_COLUMNS = ("uuid", "origin", "version", "updated_at", "deleted")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def _json(values: dict | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, default=str)


def audit(db: sqlite_utils.Database, actor: str, action: str, table: str, record_id, record_uuid,
          old: dict | None, new: dict | None) -> None:
    db.execute(
        "INSERT INTO audit_log (at, actor, action, table_name, record_id, record_uuid, old_values, new_values)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now(), actor, action, table, record_id, record_uuid, _json(old), _json(new)],
    )


def insert(db: sqlite_utils.Database, table: str, values: dict, *, actor: str, origin: str) -> int:
    """Insert a travelling record with fresh sync columns; returns its id."""
    row = dict(values)
    row.setdefault("uuid", new_uuid())
    row.setdefault("origin", origin)
    row.setdefault("version", 1)
    row["updated_at"] = now()
    row.setdefault("deleted", 0)
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
    record_id = cursor.lastrowid
    audit(db, actor, "insert", table, record_id, row["uuid"], None, values)
    return record_id


def get(db: sqlite_utils.Database, table: str, record_id: int) -> dict | None:
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id]))
    return rows[0] if rows else None


def update(db: sqlite_utils.Database, table: str, record_id: int, values: dict, *, actor: str,
           action: str = "update") -> dict:
    """Change the given columns; bumps version and updated_at; audits only the values that changed.

    Returns the changed columns as {column: (old, new)} (empty when nothing changed, and nothing is written).
    """
    old = get(db, table, record_id)
    if old is None:
        raise KeyError(f"{table} {record_id}")
    changed = {k: v for k, v in values.items() if old.get(k) != v}
    if not changed:
        return {}
    sets = ", ".join(f"[{k}] = ?" for k in changed)
    params = list(changed.values())
    if "version" in old:
        sets += ", version = version + 1, updated_at = ?"
        params.append(now())
    db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", params + [record_id])
    audit(db, actor, action, table, record_id, old.get("uuid"),
          {k: old[k] for k in changed}, changed)
    return {k: (old[k], v) for k, v in changed.items()}


def delete(db: sqlite_utils.Database, table: str, record_id: int, *, actor: str) -> None:
    """Tombstone: the record stays with deleted = 1 so the deletion can travel to other offices."""
    update(db, table, record_id, {"deleted": 1}, actor=actor, action="delete")
