"""References between travelling rows, turned into UUIDs and back, read from the schema itself.

A package carries UUIDs only: every column of a travelling table that refers to another row (its foreign keys,
from `PRAGMA foreign_key_list`, text keys such as a conference's kind code included) is written as the UUID of
the row it points at, and read back into this office's own ids (or codes).

    resolver = Resolver(db)
    portable = resolver.to_uuids("conferences", row)     # commune_id -> the commune's UUID, kind -> the kind's
    local = resolver.from_uuids("conferences", portable)  # and back
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.schema import TRAVELLING

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Reference:
    column: str   # the referring column, e.g. conferences.commune_id
    table: str    # the table it points at, e.g. units
    key: str      # the column of that table it holds: 'id', or a text key such as conference_kinds.code


class UnknownReference(LookupError):
    """A row points at a record this office does not have (by local key or by UUID)."""

    def __init__(self, table: str, column: str, value):
        super().__init__(f"{table}.{column} = {value!r}")
        self.table, self.column, self.value = table, column, value


def references(db: sqlite_utils.Database, table: str) -> tuple[Reference, ...]:
    rows = db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
    # (id, seq, table, from, to, on_update, on_delete, match); 'to' is None for the primary key
    return tuple(Reference(r[3], r[2], r[4] or "id") for r in rows)


class Resolver:
    """Turns references into UUIDs and back for records one at a time (a merge's held records, a test's rows),
    looking each value up once; it holds only what it was asked (a package's many records are resolved in SQL by
    storage.remote and portable_select())."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._known: dict[tuple[str, str, int], dict] = {}   # (table, key, direction) -> {value: found}
        self._refs: dict[str, tuple[Reference, ...]] = {}

    def references(self, table: str) -> tuple[Reference, ...]:
        if table not in self._refs:
            self._refs[table] = references(self.db, table)
        return self._refs[table]

    def to_uuids(self, table: str, row: dict) -> dict:
        return self._convert(table, row, 0)

    def from_uuids(self, table: str, row: dict) -> dict:
        return self._convert(table, row, 1)

    def _find(self, ref: Reference, value, direction: int):
        known = self._known.setdefault((ref.table, ref.key, direction), {})
        if value not in known:
            wanted, given = ("uuid", ref.key) if direction == 0 else (ref.key, "uuid")
            row = self.db.execute(f"SELECT [{wanted}] FROM [{ref.table}] WHERE [{given}] = ?", [value]).fetchone()
            if row is None:
                return None   # not remembered: the record may be written later in the merge
            known[value] = row[0]
        return known[value]

    def _convert(self, table: str, row: dict, direction: int) -> dict:
        """direction 0: local key -> UUID; 1: UUID -> local key."""
        out = dict(row)
        for ref in self.references(table):
            value = row.get(ref.column)
            if value is not None:
                found = self._find(ref, value, direction)
                if found is None:
                    raise UnknownReference(table, ref.column, value)
                out[ref.column] = found
        return out


def portable_select(db: sqlite_utils.Database, table: str, columns, where: str = "1 = 1") -> str:
    """A SELECT of `columns` of table's rows (those `where` holds, in id order) with every reference as the UUID of
    the row it points at, joined in SQL: 300.000 rows need no map of ids in memory. (Foreign keys are enforced,
    so a reference always finds its row.)"""
    refs = {ref.column: (k, ref) for k, ref in enumerate(references(db, table))}
    picked, joins = [], []
    for column in columns:
        if column in refs:
            k, ref = refs[column]
            joins.append(f"LEFT JOIN [{ref.table}] AS r{k} ON r{k}.[{ref.key}] = t.[{column}]")
            picked.append(f"r{k}.uuid")
        else:
            picked.append(f"t.[{column}]")
    return f"SELECT {', '.join(picked)} FROM [{table}] AS t {' '.join(joins)} WHERE {where} ORDER BY t.id"


def travelling_references() -> dict[str, tuple[Reference, ...]]:
    """Every travelling table's references, on a fresh schema (for tests and the package writer)."""
    from storage.connection import memory
    from storage.database import migrate
    db = migrate(memory())
    try:
        return {t: references(db, t) for t in TRAVELLING}
    finally:
        db.close()


# --- what each peer office holds of each record (sync_state, local) ---------------------------------------------
def record_sent(db: sqlite_utils.Database, peer: str, table: str, where: str, params, sequence: int) -> None:
    """The versions of table's records (those `where` holds, as portable_select() chose them) that a package for
    `peer` carried, with its sequence number."""
    db.conn.execute(
        f"INSERT INTO sync_state (peer_code, uuid, sent, sent_sequence) SELECT ?, t.uuid, t.version, ? FROM [{table}]"
        f" AS t WHERE {where}"
        " ON CONFLICT (peer_code, uuid) DO UPDATE SET sent = excluded.sent, sent_sequence = excluded.sent_sequence",
        [peer, sequence, *params])


def known_version(db: sqlite_utils.Database, peer: str, uuid: str, acknowledged: int) -> int | None:
    """The version of the record `peer` is known to hold: the one received from it, or one sent in a package it has
    acknowledged, whichever is higher (None: never exchanged with it)."""
    row = db.execute("SELECT max(received, CASE WHEN sent_sequence <= ? THEN sent ELSE 0 END) FROM sync_state"
                     " WHERE peer_code = ? AND uuid = ?", [acknowledged, peer, uuid]).fetchone()
    return row[0] if row else None


def release_held(db: sqlite_utils.Database, held_id: int) -> None:
    """A held record was merged at last: off the list of records waiting for their parent."""
    db.execute("DELETE FROM sync_held WHERE id = ?", [held_id])
