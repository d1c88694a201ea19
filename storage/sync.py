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
    """Turns references into UUIDs and back, reading each target table's keys once (packages hold many rows)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._to_uuid: dict[tuple[str, str], dict] = {}
        self._from_uuid: dict[tuple[str, str], dict] = {}
        self._refs: dict[str, tuple[Reference, ...]] = {}

    def references(self, table: str) -> tuple[Reference, ...]:
        if table not in self._refs:
            self._refs[table] = references(self.db, table)
        return self._refs[table]

    def _maps(self, ref: Reference) -> tuple[dict, dict]:
        pair = (ref.table, ref.key)
        if pair not in self._to_uuid:
            rows = self.db.execute(f"SELECT [{ref.key}], uuid FROM [{ref.table}]").fetchall()
            self._to_uuid[pair] = dict(rows)
            self._from_uuid[pair] = {u: k for k, u in rows}
        return self._to_uuid[pair], self._from_uuid[pair]

    def to_uuids(self, table: str, row: dict) -> dict:
        return self._convert(table, row, 0)

    def from_uuids(self, table: str, row: dict) -> dict:
        return self._convert(table, row, 1)

    def _convert(self, table: str, row: dict, direction: int) -> dict:
        """direction 0: local key -> UUID; 1: UUID -> local key."""
        out = dict(row)
        for ref in self.references(table):
            value = row.get(ref.column)
            if value is not None:
                found = self._maps(ref)[direction].get(value)
                if found is None:
                    raise UnknownReference(table, ref.column, value)
                out[ref.column] = found
        return out

    def learn(self, table: str, row: dict) -> None:
        """A row was just written to table (its local keys and UUID in row): its references resolve from now on."""
        for (t, key), to_uuid in self._to_uuid.items():
            if t == table and row.get(key) is not None:
                to_uuid[row[key]] = row["uuid"]
                self._from_uuid[(t, key)][row["uuid"]] = row[key]

    def forget(self, table: str) -> None:
        """Rows were added to table (a merge inserting parents before children): read its keys again."""
        for cache in (self._to_uuid, self._from_uuid):
            for pair in [p for p in cache if p[0] == table]:
                del cache[pair]


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
def record_sent(db: sqlite_utils.Database, peer: str, sent: list[tuple[str, int]], sequence: int) -> None:
    """The versions a package for `peer` carried (uuid, version), with its sequence number."""
    db.conn.executemany(
        "INSERT INTO sync_state (peer_code, uuid, sent, sent_sequence) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (peer_code, uuid) DO UPDATE SET sent = excluded.sent, sent_sequence = excluded.sent_sequence",
        [(peer, uuid, version, sequence) for uuid, version in sent])


def record_received(db: sqlite_utils.Database, peer: str, received: list[tuple[str, int]]) -> None:
    """The versions a package from `peer` carried (uuid, version)."""
    db.conn.executemany(
        "INSERT INTO sync_state (peer_code, uuid, received) VALUES (?, ?, ?)"
        " ON CONFLICT (peer_code, uuid) DO UPDATE SET received = max(received, excluded.received)",
        [(peer, uuid, version) for uuid, version in received])


def known_versions(db: sqlite_utils.Database, peer: str, acknowledged: int) -> dict[str, int]:
    """{uuid: the version `peer` is known to hold}: the one received from it, or one sent in a package it has
    acknowledged, whichever is higher."""
    return dict(db.execute(
        "SELECT uuid, max(received, CASE WHEN sent_sequence <= ? THEN sent ELSE 0 END) FROM sync_state"
        " WHERE peer_code = ?", [acknowledged, peer]).fetchall())


def release_held(db: sqlite_utils.Database, held_id: int) -> None:
    """A held record was merged at last: off the list of records waiting for their parent."""
    db.execute("DELETE FROM sync_held WHERE id = ?", [held_id])
