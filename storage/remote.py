"""A package's records of one table, merged in SQL: staged in a temp table, their references (UUIDs) turned into
this office's ids by joins, the records this office does not have inserted in one statement, and only the ones
that differ from ours handed back to the caller, one by one. A package of 300.000 records merges in seconds, and no
map of every UUID is held in memory: memory stays flat as a provincial office takes in packages from many offices.

    staged = Staged(db, "people", columns, derived)  # the package's columns (references hold UUIDs), and the keys
                                                   # made here (name_folded…), inserted but never compared
    staged.add(rows)                               # tuples in that order (a temp table: the database as it was)
    staged.insert_new(actor=…, note=…)            # one change number, one audit entry listing the ids
    for theirs, ours in staged.differing(): …      # records we have whose content differs, references resolved
    for row, column in staged.unresolved(): …     # records whose parent is neither here nor in the package
    staged.refused()                               # new records the table refused (a duplicate key)
    staged.record_received(peer); staged.drop()

Writes go through the one write path's rules: inside the caller's transaction, sync columns as they came, the
change counter stamped, the audit log written.
"""
from __future__ import annotations

import itertools
import json
from typing import TYPE_CHECKING, Iterator, Sequence

from storage import indexes
from storage.records import audit, id_ranges, index_people, next_change, require_transaction
from storage.sync import references

if TYPE_CHECKING:
    import sqlite_utils

COMPARED_WITHOUT = ("origin", "version", "updated_at")   # what a same record may differ in
_STAGE_ROWS = 100   # rows bound to one INSERT (staging binds half again as fast so)


class Staged:
    def __init__(self, db: sqlite_utils.Database, table: str, columns: Sequence[str], derived: Sequence[str] = ()):
        require_transaction(db, table)
        self.db, self.table, self.columns, self.derived = db, table, list(columns), list(derived)
        self.name = f"remote_{table}"
        conn = db.conn
        conn.execute(f"DROP TABLE IF EXISTS temp.[{self.name}]")
        staged = self.columns + self.derived
        conn.execute(f"CREATE TEMP TABLE [{self.name}] (pos INTEGER PRIMARY KEY, "
                     f"{', '.join(f'[{c}]' for c in staged)})")
        conn.execute(f"CREATE INDEX temp.[{self.name}_uuid] ON [{self.name}] (uuid)")
        marks = f"({', '.join('?' * len(staged))})"
        listed = ", ".join(f"[{c}]" for c in staged)
        self._one = f"INSERT INTO temp.[{self.name}] ({listed}) VALUES {marks}"
        self._many = f"INSERT INTO temp.[{self.name}] ({listed}) VALUES {', '.join([marks] * _STAGE_ROWS)}"
        self.refs = [r for r in references(db, table) if r.column in self.columns]
        # each reference joined by its UUID: r0.id (or r0.code) is the local value
        self._joins = " ".join(f"LEFT JOIN [{r.table}] AS r{k} ON r{k}.uuid = s.[{r.column}]"
                               for k, r in enumerate(self.refs))
        self._local = {r.column: f"r{k}.[{r.key}]" for k, r in enumerate(self.refs)}
        self.count = 0   # records staged
        self._resolved = " AND ".join(f"(s.[{r.column}] IS NULL OR r{k}.uuid IS NOT NULL)"
                                      for k, r in enumerate(self.refs)) or "1"

    def add(self, rows: Sequence[Sequence]) -> None:
        self.count += len(rows)
        whole = len(rows) - len(rows) % _STAGE_ROWS
        conn = self.db.conn
        conn.executemany(self._many, (tuple(itertools.chain.from_iterable(rows[i:i + _STAGE_ROWS]))
                                      for i in range(0, whole, _STAGE_ROWS)))
        conn.executemany(self._one, rows[whole:])

    def _value(self, column: str) -> str:
        return self._local.get(column, f"s.[{column}]")

    def insert_new(self, *, actor: str, note: dict) -> tuple[int, int]:
        """Insert the staged records this office does not have and whose parents it has, in the package's order
        (a record whose parent comes later in the same sheet, in a later round), with their derived keys. A record
        the table refuses (a duplicate citizen ID or code) is left out, for refused(). Returns (records inserted,
        of which tombstones)."""
        conn = self.db.conn
        first = (conn.execute(f"SELECT max(id) FROM [{self.table}]").fetchone()[0] or 0) + 1
        change = next_change(self.db)
        target = self.columns + self.derived + ["change_seq"]
        values = [self._value(c) for c in self.columns] + [f"s.[{c}]" for c in self.derived] + ["?"]
        statement = (f"INSERT OR IGNORE INTO [{self.table}] ({', '.join(f'[{c}]' for c in target)})"
                     f" SELECT {', '.join(values)} FROM temp.[{self.name}] AS s {self._joins}"
                     f" WHERE NOT EXISTS (SELECT 1 FROM [{self.table}] AS t WHERE t.uuid = s.uuid)"
                     f" AND {self._resolved} ORDER BY s.pos")
        # many new records next to what the table holds (a first package, an office's people at the province): its
        # indexes built again after, but the unique ones, which refuse a duplicate here
        existing = indexes.count(conn, self.table)
        rebuild = indexes.worth_rebuilding(self.count, existing) and indexes.worth_rebuilding(
            self._new_estimate(), existing)
        search = rebuild and self.table == "people"
        aside = indexes.set_aside(conn, self.table, rebuild=rebuild, keep_unique=True, people_search=search)
        try:
            while conn.execute(statement, [change]).rowcount > 0 and any(r.table == self.table for r in self.refs):
                pass   # a parent in the same sheet, inserted this round: its children go in the next
        finally:
            indexes.restore(conn, aside)
        last = conn.execute(f"SELECT max(id) FROM [{self.table}]").fetchone()[0] or 0
        if search and last >= first:
            index_people(self.db, range(first, last + 1))
        if last < first:
            return 0, 0
        audit(self.db, actor, "sync_insert", self.table, None, None, None,
              {**note, "ids": id_ranges(range(first, last + 1))})
        tombstones = conn.execute(f"SELECT count(*) FROM [{self.table}] WHERE id >= ? AND deleted = 1",
                                  [first]).fetchone()[0]
        return last - first + 1, tombstones

    def _new_estimate(self, sample: int = 1000) -> int:
        """How many staged records this office does not have, from a sample of about `sample` of them (a lookup
        each: counting them all cost the province's later packages seconds)."""
        step = max(self.count // sample, 1)
        looked, new = self.db.conn.execute(
            f"SELECT count(*), coalesce(sum(NOT EXISTS (SELECT 1 FROM [{self.table}] AS t WHERE t.uuid = s.uuid)), 0)"
            f" FROM temp.[{self.name}] AS s WHERE s.pos % ? = 0", [step]).fetchone()
        return new * self.count // max(looked, 1)

    def _rows(self, select: str, where: str, params=()) -> Iterator[tuple]:
        cursor = self.db.conn.execute(f"SELECT {select} FROM temp.[{self.name}] AS s {self._joins}"
                                      f" LEFT JOIN [{self.table}] AS t ON t.uuid = s.uuid WHERE {where}"
                                      f" ORDER BY s.pos", list(params))
        while batch := cursor.fetchmany(500):
            yield from batch

    def differing(self) -> Iterator[tuple[dict, dict]]:
        """(theirs with local references, ours as the table holds it) for each staged record this office has,
        whose parents it has, and whose content differs (origin, version and updated_at aside)."""
        same = " AND ".join(f"t.[{c}] IS {self._value(c)}" for c in self.columns
                            if c not in COMPARED_WITHOUT and c != "uuid")
        ours_columns = [r[1] for r in self.db.conn.execute(f"PRAGMA table_info([{self.table}])")]
        select = ", ".join([self._value(c) for c in self.columns] + [f"t.[{c}]" for c in ours_columns])
        n = len(self.columns)
        for row in self._rows(select, f"t.id IS NOT NULL AND {self._resolved} AND NOT ({same or '1'})"):
            yield dict(zip(self.columns, row[:n])), dict(zip(ours_columns, row[n:]))

    def catch_up_versions(self, *, actor: str, note: dict) -> int:
        """Records we have with the same content at a lower version take the package's version (the other office
        settled a conflict on our version and wrote it higher): a merged record's version is never lower than
        either side's. Not a change to send on; audited in one entry. Returns how many."""
        same = " AND ".join(f"t.[{c}] IS {self._value(c)}" for c in self.columns
                            if c not in COMPARED_WITHOUT and c != "uuid") or "1"
        ids = [r[0] for r in self.db.conn.execute(
            f"SELECT t.id FROM temp.[{self.name}] AS s {self._joins} JOIN [{self.table}] AS t ON t.uuid = s.uuid"
            f" WHERE t.version < s.version AND {self._resolved} AND {same}")]
        if ids:
            self.db.conn.execute(
                f"UPDATE [{self.table}] SET version = (SELECT max(s.version) FROM temp.[{self.name}] AS s"
                f" WHERE s.uuid = [{self.table}].uuid) WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
            audit(self.db, actor, "sync_version", self.table, None, None, None, {**note, "ids": id_ranges(ids)})
        return len(ids)

    def unresolved(self) -> Iterator[tuple[dict, str]]:
        """(the staged record as it came, the first reference this office cannot resolve) for each record whose
        parent is neither here nor in the package."""
        if not self.refs:
            return
        missing = " ".join(f"WHEN s.[{r.column}] IS NOT NULL AND r{k}.uuid IS NULL THEN '{r.column}'"
                           for k, r in enumerate(self.refs))
        select = ", ".join([f"s.[{c}]" for c in self.columns] + [f"CASE {missing} END"])
        for row in self._rows(select, f"NOT ({self._resolved})"):
            yield dict(zip(self.columns, row[:-1])), row[-1]

    def refused(self) -> Iterator[dict]:
        """The staged records, parents resolved, that are still not in the table: the table refused them. Found
        first, then read 500 at a time, no query left open between: the caller may try each in a savepoint it rolls
        back, which would abort a read still going."""
        positions = [pos for (pos,) in self._rows("s.pos", f"t.id IS NULL AND {self._resolved}")]
        select = ", ".join(f"[{c}]" for c in self.columns)
        for start in range(0, len(positions), 500):
            some = positions[start:start + 500]
            rows = self.db.conn.execute(f"SELECT {select} FROM temp.[{self.name}] WHERE pos IN "
                                        f"({', '.join('?' * len(some))}) ORDER BY pos", some).fetchall()
            yield from (dict(zip(self.columns, row)) for row in rows)

    def record_received(self, peer: str) -> None:
        """The versions the package carried: what the peer is known to hold from now on (storage.sync)."""
        self.db.conn.execute(
            f"INSERT INTO sync_state (peer_code, uuid, received) SELECT ?, uuid, version FROM temp.[{self.name}]"
            " WHERE 1 ORDER BY uuid"   # in the order of the key: each goes next to the last, not at random
            " ON CONFLICT (peer_code, uuid) DO UPDATE SET received = max(received, excluded.received)",
            [peer])

    def drop(self) -> None:
        self.db.conn.execute(f"DROP TABLE IF EXISTS temp.[{self.name}]")
