"""The one write path: every insert, update, tombstone and bulk write of data goes through here (large inserts
through storage.bulk, which stamps and audits with the functions below).

Each write of a travelling row (storage.schema.TRAVELLING) stamps the sync columns (a UUID where it is made,
the origin office's UUID, a version that grows on every change, the UTC time of the change, the deleted flag)
and the change counter, and writes the audit log. A write outside an open transaction raises: callers group a
logical change in `with transaction(db):`, which takes the write lock first (BEGIN IMMEDIATE) so a second
writer waits out the busy timeout instead of failing at once.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
from typing import TYPE_CHECKING, Iterable, Sequence


from storage.identity import new_uuid
from storage.schema import is_travelling

if TYPE_CHECKING:
    import sqlite_utils


class OutsideTransaction(RuntimeError):
    """A programming error: a write was attempted with no transaction open."""


def now() -> str:
    """The time of an event, in UTC (shown in local time on screen)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database):
    """One logical change, written whole or not at all. The outermost level takes the write lock at once
    (BEGIN IMMEDIATE: a plain BEGIN that reads first fails with "database is locked" when it later writes while
    another writer holds the lock); nested levels are savepoints."""
    conn = db.conn
    if conn.in_transaction:
        name = f"sp_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.rollback()
        raise
    try:
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def require_transaction(db: sqlite_utils.Database, table: str) -> None:
    if not db.conn.in_transaction:
        raise OutsideTransaction(f"write to {table} outside a transaction")


def next_change(db: sqlite_utils.Database) -> int:
    """The next value of the local change counter (monotonic, never a clock): 'changes since N' is exact."""
    return db.execute("UPDATE local_state SET value = value + 1 WHERE key = 'change_seq' RETURNING value").fetchone()[0]


def change_counter(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT value FROM local_state WHERE key = 'change_seq'").fetchone()[0]


def _json(values: dict | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, default=str)


def audit(db: sqlite_utils.Database, actor: str, action: str, table: str, record_id, record_uuid,
          old: dict | None, new: dict | None) -> None:
    require_transaction(db, "audit_log")
    db.execute(
        "INSERT INTO audit_log (at, actor, action, table_name, record_id, record_uuid, old_values, new_values)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now(), actor, action, table, record_id, record_uuid, _json(old), _json(new)],
    )


def insert(db: sqlite_utils.Database, table: str, values: dict, *, actor: str, origin: str) -> int:
    """Insert a record (a travelling one with fresh sync columns); returns its id."""
    require_transaction(db, table)
    row = dict(values)
    if is_travelling(table):
        row.setdefault("uuid", new_uuid())
        row.setdefault("origin", origin)
        row.setdefault("version", 1)
        row["updated_at"] = now()
        row.setdefault("deleted", 0)
        row["change_seq"] = next_change(db)
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    record_id = db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values())).lastrowid
    audit(db, actor, "insert", table, record_id, row.get("uuid"), None, values)
    return record_id


def get(db: sqlite_utils.Database, table: str, record_id: int) -> dict | None:
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id]))
    return rows[0] if rows else None


def update(db: sqlite_utils.Database, table: str, record_id: int, values: dict, *, actor: str,
           action: str = "update") -> dict:
    """Change the given columns; bumps version, updated_at and the change counter; audits only the values that
    changed. Returns the changed columns as {column: (old, new)} (empty when nothing changed: nothing is written).
    """
    require_transaction(db, table)
    old = get(db, table, record_id)
    if old is None:
        raise KeyError(f"{table} {record_id}")
    changed = {k: v for k, v in values.items() if old.get(k) != v}
    if not changed:
        return {}
    sets = ", ".join(f"[{k}] = ?" for k in changed)
    params = list(changed.values())
    if is_travelling(table):
        sets += ", version = version + 1, updated_at = ?, change_seq = ?"
        params += [now(), next_change(db)]
    db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", params + [record_id])
    audit(db, actor, action, table, record_id, old.get("uuid"), {k: old[k] for k in changed}, changed)
    return {k: (old[k], v) for k, v in changed.items()}


def delete(db: sqlite_utils.Database, table: str, record_id: int, *, actor: str) -> None:
    """Tombstone: the record stays with deleted = 1 so the deletion can travel to other offices."""
    update(db, table, record_id, {"deleted": 1}, actor=actor, action="delete")


# --- bulk writes ------------------------------------------------------------------------------------------------
def id_ranges(ids: Iterable[int]) -> list[list[int]]:
    """[[first, last], …] covering exactly the given ids: how a bulk write lists every id it touched."""
    if isinstance(ids, range) and ids.step == 1:
        return [[ids.start, ids.stop - 1]] if ids else []
    out: list[list[int]] = []
    for i in sorted(ids):
        if out and i == out[-1][1] + 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def ids_of(ranges: Sequence[Sequence[int]]) -> list[int]:
    return [i for first, last in ranges for i in range(first, last + 1)]


def bulk_insert(db: sqlite_utils.Database, table: str, columns: Sequence[str], rows: Sequence[tuple], *,
                actor: str, origin: str, action: str = "bulk_insert", note: dict | None = None) -> Sequence[int]:
    """Insert many travelling records (tuples in `columns` order, without the sync columns) with one change
    number and one audit entry that lists every id; returns the ids in row order, a range (storage.bulk)."""
    from storage.bulk import BulkLoad
    require_transaction(db, table)
    if not rows:
        return range(0)
    with BulkLoad(db, table, columns, actor=actor, origin=origin, expected=len(rows)) as load:
        load.add(rows)
        return load.finish(action=action, note=note)


def bulk_update(db: sqlite_utils.Database, table: str, changes: Sequence[tuple[int, dict]], *, actor: str,
                action: str = "bulk_update", note: dict | None = None) -> None:
    """Apply {column: value} changes to many records with one change number and one audit entry holding every
    id with its old and new values (what an undo needs)."""
    require_transaction(db, table)
    if not changes:
        return
    ids = [record_id for record_id, _ in changes]
    columns = sorted({c for _, values in changes for c in values})
    old = {r[0]: dict(zip(columns, r[1:])) for r in db.execute(
        f"SELECT id, {', '.join(f'[{c}]' for c in columns)} FROM [{table}] WHERE id IN"
        " (SELECT value FROM json_each(?))", [json.dumps(ids)])}
    stamp, change = now(), next_change(db)
    trail = {}
    by_shape: dict[tuple, list] = {}
    for record_id, values in changes:
        if record_id not in old:
            raise KeyError(f"{table} {record_id}")
        shape = tuple(values)
        by_shape.setdefault(shape, []).append([*values.values(), stamp, change, record_id])
        trail[record_id] = {"old": {c: old[record_id][c] for c in values}, "new": values}
    for shape, params in by_shape.items():
        sets = ", ".join(f"[{c}] = ?" for c in shape)
        db.conn.executemany(f"UPDATE [{table}] SET {sets}, version = version + 1, updated_at = ?, change_seq = ?"
                            " WHERE id = ?", params)
    audit(db, actor, action, table, None, None, {"records": trail}, {**(note or {}), "ids": id_ranges(ids)})


def bulk_delete(db: sqlite_utils.Database, table: str, ids: Sequence[int], *, actor: str,
                action: str = "bulk_delete", note: dict | None = None) -> int:
    """Tombstone many live records at once; returns how many were live."""
    live = [r[0] for r in db.execute(f"SELECT id FROM [{table}] WHERE id IN (SELECT value FROM json_each(?))"
                                     " AND deleted = 0", [json.dumps(list(ids))])]
    bulk_update(db, table, [(i, {"deleted": 1}) for i in live], actor=actor, action=action, note=note)
    return len(live)


def index_people(db: sqlite_utils.Database, ids: range | None = None) -> None:
    """Index people for search in one statement, the documents as the triggers make them: a bulk load's batch (a
    range of the rowid), or every live person (None)."""
    from storage.migrations import _PEOPLE_DOC
    where, params = ("p.id BETWEEN ? AND ? AND ", [ids.start, ids.stop - 1]) if ids is not None else ("", [])
    db.conn.execute(f"INSERT INTO people_fts (rowid, doc) SELECT p.id, {_PEOPLE_DOC.format(p='p')} FROM people p"
                    f" WHERE {where}p.deleted = 0", params)


def reindex_people(db: sqlite_utils.Database) -> int:
    """Build the search index again from the people themselves; returns the number of people indexed."""
    require_transaction(db, "people_fts")
    db.execute("INSERT INTO people_fts (people_fts) VALUES ('delete-all')")  # contentless: no rows to delete
    index_people(db)
    return db.execute("SELECT count(*) FROM people WHERE deleted = 0").fetchone()[0]


# --- sync -------------------------------------------------------------------------------------------------------
def apply_remote(db: sqlite_utils.Database, table: str, row: dict, *, actor: str = "sync") -> int:
    """Write the version of a record that a merge decided on (a row with local ids, its UUID, origin, version,
    updated_at and deleted as they came): inserted when new here, else overwritten. The change counter is
    stamped (so it travels on) and the change is audited as coming from sync. Returns the local id."""
    require_transaction(db, table)
    values = {k: v for k, v in row.items() if k not in ("id", "change_seq")}
    values["change_seq"] = next_change(db)
    found = db.execute(f"SELECT id FROM [{table}] WHERE uuid = ?", [values["uuid"]]).fetchone()
    if found is None:
        columns = ", ".join(f"[{c}]" for c in values)
        record_id = db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(values))})",
                               list(values.values())).lastrowid
        audit(db, actor, "sync_insert", table, record_id, values["uuid"], None, values)
        return record_id
    record_id = found[0]
    old = get(db, table, record_id)
    changed = {k: v for k, v in values.items() if old.get(k) != v and k != "change_seq"}
    if changed:
        sets = ", ".join(f"[{k}] = ?" for k in (*changed, "change_seq"))
        db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*changed.values(), values["change_seq"], record_id])
        audit(db, actor, "sync_update", table, record_id, values["uuid"], {k: old[k] for k in changed}, changed)
    return record_id


# --- local-only data (never travels) ----------------------------------------------------------------------------
def set_setting(db: sqlite_utils.Database, key: str, value: str, *, actor: str) -> None:
    require_transaction(db, "settings")
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    old = row[0] if row else None
    if old == value:
        return
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
    audit(db, actor, "update", "settings", None, key, {"value": old}, {"value": value})


def add_import_job(db: sqlite_utils.Database, values: dict, *, actor: str) -> int:
    """An import job (local: it names a file on this PC); audited by the caller's entry for the job."""
    require_transaction(db, "import_jobs")
    row = {"at": now(), "actor": actor, **values}
    return db.execute(f"INSERT INTO import_jobs ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                      list(row.values())).lastrowid


def count_import_job(db: sqlite_utils.Database, job_id: int, counts: dict) -> None:
    """An import job's counts, once known (a job is made before its rows are written, which link to it)."""
    require_transaction(db, "import_jobs")
    db.execute(f"UPDATE import_jobs SET {', '.join(f'[{k}] = ?' for k in counts)} WHERE id = ?",
               [*counts.values(), job_id])


def link_imported(db: sqlite_utils.Database, job_id: int, person_ids: Sequence[int]) -> None:
    """Which import made each person (local: the job stays here even when the people travel)."""
    require_transaction(db, "person_imports")
    # one statement over the ids (an executemany of 100.000 pairs took ~0,7 s); a bulk load's ids (a range) are
    # read straight from the people's rowids (100.000: 0,15 s through JSON, 0,03 s so)
    if isinstance(person_ids, range):
        db.execute("INSERT INTO person_imports (person_id, import_job_id) SELECT id, ? FROM people"
                   " WHERE id BETWEEN ? AND ?", [job_id, person_ids.start, person_ids.stop - 1])
    else:
        db.execute("INSERT INTO person_imports (person_id, import_job_id) SELECT value, ? FROM json_each(?)",
                   [job_id, json.dumps(list(person_ids))])


def mark_job_undone(db: sqlite_utils.Database, job_id: int, *, actor: str, note: dict) -> str:
    require_transaction(db, "import_jobs")
    stamp = now()
    db.execute("UPDATE import_jobs SET undone_at = ? WHERE id = ?", [stamp, job_id])
    audit(db, actor, "undo_import", "import_jobs", job_id, None, None, note)
    return stamp


def create_office(db: sqlite_utils.Database, values: dict, *, actor: str) -> str:
    """The office's own row (local), with its identity: a UUID made here that never changes. Returns it."""
    require_transaction(db, "office")
    stamp = now()
    row = {"id": 1, **values, "uuid": new_uuid(), "created_at": stamp, "updated_at": stamp}
    db.execute(f"INSERT INTO office ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    audit(db, actor, "insert", "office", 1, row["uuid"], None, row)
    return row["uuid"]
