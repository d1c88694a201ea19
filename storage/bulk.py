"""Bulk loads: many travelling rows into one table as one change, with the database work done beside the caller's.

    with records.transaction(db):
        with BulkLoad(db, "people", columns, actor=…, origin=…, expected=len(rows)) as load:
            for batch in batches:          # the caller checks a batch…
                load.add(batch)            # …and hands it over; a helper thread writes it into the table
            ids = load.finish(action="import_insert", note={"job": 7})

Binding values to a statement needs Python (the GIL); running a statement does not. add() therefore only stages the
rows in a temp table (100 rows to an INSERT, which binds half again as fast as one row to each), and a helper thread
moves what is staged into the table, people into the search index and to their import job, with single INSERT …
SELECT statements that run without the GIL, on the other core, while the caller checks its next batch. A helper that
bound the rows itself would pass the GIL back and forth on every row (measured: both threads ran twice as slow as
one). (Staging in a scratch database of the caller's own, to bind while the helper writes, was slower still: loading
each batch's image into the connection resets its schema, and the search index then writes a segment per batch.)

The connection serves the helper and the caller one statement at a time: the caller's own statements during a load go
inside `with load.paused():`, which waits for the move in progress.

All the rows get one change number and one audit entry that lists every id. For a load that is large next to what
is there, the table's secondary indexes are dropped and built again by finish(), in the same transaction (other
connections never see them missing): sorting once beats as many random b-tree inserts. `keep` names indexes the
caller still reads through during the load. An error in the helper is raised by the next add() or by finish();
any error leaves the load for the enclosing transaction to roll back.
"""
from __future__ import annotations

import contextlib
import itertools
import queue
import sqlite3
import sys
import threading
from typing import TYPE_CHECKING, Sequence

from storage import indexes
from storage.identity import new_uuids
from storage.records import audit, id_ranges, index_people, link_imported, next_change, now, require_transaction

if TYPE_CHECKING:
    import sqlite_utils

_STAGE_ROWS = 100
_SYNC = ("uuid", "origin", "version", "updated_at", "deleted", "change_seq")
_CACHE_SIZE = -131072  # KiB


class BulkLoad:
    def __init__(self, db: sqlite_utils.Database, table: str, columns: Sequence[str], *, actor: str, origin: str,
                 expected: int, keep: Sequence[str] = (), import_job: int | None = None, uuids: Sequence[str] = ()):
        require_transaction(db, table)
        self.db, self.table, self.actor = db, table, actor
        conn = db.conn
        self._params = (origin, now(), next_change(db))
        self._people = table == "people"
        self._import_job = import_job  # people an import makes are linked to its job a batch at a time
        # UUIDs made ahead, in order (the rows then reach the uuid index in order: a third cheaper than at random)
        self._uuids, self._used = uuids, 0
        # A page cache that holds the load's pages: a small one spills them to the WAL and reads them back, and
        # makes CREATE INDEX sort on disk (measured: 8 % faster on 100.000 people).
        self._cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {_CACHE_SIZE}")
        # Set aside for the load and made again by finish(). The helper indexes each batch of people for search
        # in one statement, not a trigger per row.
        rebuild = indexes.worth_rebuilding(expected, indexes.count(conn, table))
        self._aside = indexes.set_aside(conn, table, rebuild=rebuild, keep=keep, people_search=self._people)
        self._stage = f"bulk_{table}"
        conn.execute(f"CREATE TEMP TABLE [{self._stage}] ({', '.join(f'[{c}]' for c in (*columns, 'uuid'))})")
        one = f"({', '.join('?' * (len(columns) + 1))})"
        self._stage_one = f"INSERT INTO temp.[{self._stage}] VALUES {one}"
        self._stage_many = f"INSERT INTO temp.[{self._stage}] VALUES {', '.join([one] * _STAGE_ROWS)}"
        listed = ", ".join(f"[{c}]" for c in columns)
        self._move = (f"INSERT INTO [{table}] ({listed}, {', '.join(_SYNC)}) SELECT {listed}, uuid, ?, 1, ?, 0, ?"
                      f" FROM temp.[{self._stage}] ORDER BY rowid")
        self._first_id = self._next_id = (conn.execute(f"SELECT max(id) FROM [{table}]").fetchone()[0] or 0) + 1
        self._lock = threading.Lock()
        self._todo: queue.SimpleQueue = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._done = False
        self._helper = threading.Thread(target=self._run, name=f"bulk-load-{table}", daemon=True)
        # The helper holds the GIL only to start and end each statement, but waits for it: up to the switch
        # interval (5 ms) each time while the caller runs Python. A shorter one while the load lasts: 10 % faster.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, 0.0005))
        self._helper.start()

    # --- the caller's side ---------------------------------------------------------------------------------
    def add(self, rows: Sequence[tuple]) -> None:
        """Stage rows (tuples in `columns` order, without the sync columns); the helper writes them soon after."""
        self._raise_error()
        if not rows:
            return
        uuids = self._uuids[self._used:self._used + len(rows)]
        self._used += len(uuids)
        if len(uuids) < len(rows):
            uuids = [*uuids, *sorted(new_uuids(len(rows) - len(uuids)))]
        staged = [row + (u,) for row, u in zip(rows, uuids)]
        whole = len(staged) - len(staged) % _STAGE_ROWS
        with self._lock:
            conn = self.db.conn
            conn.executemany(self._stage_many, (tuple(itertools.chain.from_iterable(staged[i:i + _STAGE_ROWS]))
                                                for i in range(0, whole, _STAGE_ROWS)))
            conn.executemany(self._stage_one, staged[whole:])
        self._todo.put(True)

    @contextlib.contextmanager
    def paused(self):
        """The connection is the caller's inside this block (the helper waits)."""
        with self._lock:
            yield self.db

    def finish(self, *, action: str = "bulk_insert", note: dict | None = None) -> range:
        """Wait for the helper, build what was set aside again, write the audit entry; the ids in row order, which
        are consecutive: each row got max(id) + 1 (no AUTOINCREMENT) while the load held the connection."""
        self._stop()
        self._raise_error()
        conn = self.db.conn
        ids = range(self._first_id, self._next_id)
        if ids and conn.execute(f"SELECT max(id) FROM [{self.table}]").fetchone()[0] != ids[-1]:
            raise RuntimeError(f"bulk load into {self.table}: another insert came between its rows")
        indexes.restore(conn, self._aside)
        if ids:
            audit(self.db, self.actor, action, self.table, None, None, None,
                  {**(note or {}), "ids": id_ranges(ids)})
        self._close()
        return ids

    def __enter__(self) -> "BulkLoad":
        return self

    def __exit__(self, *exc) -> None:
        if not self._done:  # an error: nothing more is written; the enclosing transaction rolls back the load
            self._stop()
            with contextlib.suppress(sqlite3.Error):  # the error on its way out is the one to report
                self._close()

    def _close(self) -> None:
        conn = self.db.conn
        conn.execute(f"PRAGMA cache_size = {self._cache_size}")
        conn.execute(f"DROP TABLE IF EXISTS temp.[{self._stage}]")
        self._done = True

    # --- the helper's side ---------------------------------------------------------------------------------
    def _run(self) -> None:
        while self._todo.get() is not None:
            if self._error is None:
                try:
                    with self._lock:
                        self._write()
                except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                    self._error = exc

    def _write(self) -> None:
        """Move what is staged (every batch staged since the last move) into the table."""
        conn = self.db.conn
        first = self._next_id
        self._next_id += conn.execute(self._move, self._params).rowcount
        conn.execute(f"DELETE FROM temp.[{self._stage}]")
        batch = range(first, self._next_id)
        if batch and self._people:
            index_people(self.db, batch)
        if batch and self._import_job is not None:
            link_imported(self.db, self._import_job, batch)

    def _stop(self) -> None:
        if self._helper.is_alive():
            self._todo.put(None)
            self._helper.join()
            sys.setswitchinterval(self._switch_interval)

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error
