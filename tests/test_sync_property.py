"""Random sequences of edits on two offices, exchanged by packages delivered in random order (some late, some
twice), end with both offices holding the same data; and no edit is ever replaced silently unless the other
office had seen it: a concurrent edit that loses is in the conflicts list."""
from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import keys
from core.demo import COMMUNES
from core.sync.export import export_package
from core.sync.merge import import_package
from core.text import fold, name_sort_text
from core.workspace import Workspace

STEP = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 1)),
    st.tuples(st.just("edit"), st.integers(0, 1), st.integers(0, 2)),
    st.tuples(st.just("edit"), st.integers(0, 1), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(0, 1), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 1)),
    st.tuples(st.just("deliver"), st.integers(0, 1), st.integers(0, 3)),
)


def people(ws) -> dict:
    return {r["uuid"]: (r["full_name"], r["deleted"]) for r in ws.query("SELECT uuid, full_name, deleted FROM people")}


class Offices:
    def __init__(self, folder: Path):
        self.folder = folder
        self.ws = []
        for code in ("A01", "B01"):
            ws = Workspace.open(folder / f"{code}.sqlite", actor="test")
            ws.units.init_office(code=code, name=f"BHXH {code}", province="Quảng Ngãi", communes=COMMUNES[:1])
            self.ws.append(ws)
        for a, b in itertools.permutations(self.ws):
            keys.export_public(a, folder / f"{a.office['code']}.pub")
            keys.trust(b, folder / f"{a.office['code']}.pub")
        self.commune = self.ws[0].units.communes()[0]["id"]
        self.outbox: list[list[Path]] = [[], []]    # packages sent by office k, not yet delivered
        self.held: list[set] = [set(), set()]       # (uuid, name) each office has ever held
        self.names = itertools.count()

    def note(self, k: int) -> None:
        """What office k has seen: the names it holds, and both sides of the conflicts it resolved (the other
        office then takes the kept version without a conflict of its own: this office has seen its edit)."""
        self.held[k] |= {(u, name) for u, (name, _deleted) in people(self.ws[k]).items()}
        for r in self.ws[k].query("SELECT uuid, kept, lost FROM sync_conflicts"):
            self.held[k] |= {(r["uuid"], json.loads(side).get("full_name")) for side in (r["kept"], r["lost"])}

    def add(self, k: int) -> None:
        ws, name = self.ws[k], f"Người {next(self.names)}"
        with ws.transaction():
            ws.insert("people", {"full_name": name, "name_folded": fold(name), "name_sort": name_sort_text(name),
                                 "commune_id": ws.units.communes()[0]["id"]})
        self.note(k)

    def _person(self, k: int, n: int):
        rows = self.ws[k].query("SELECT id FROM people WHERE deleted = 0 ORDER BY id")
        return rows[n % len(rows)]["id"] if rows else None

    def edit(self, k: int, n: int) -> None:
        ws, person, name = self.ws[k], self._person(k, n), f"Người {next(self.names)}"
        if person is not None:
            with ws.transaction():
                ws.update("people", person, {"full_name": name, "name_folded": fold(name)})
            self.note(k)

    def delete(self, k: int, n: int) -> None:
        ws, person = self.ws[k], self._person(k, n)
        if person is not None:
            with ws.transaction():
                ws.delete("people", person)

    def send(self, k: int) -> None:
        path = self.folder / f"{k}-{len(list(self.folder.glob('*.xlsx')))}.xlsx"
        export_package(self.ws[k], self.ws[1 - k].office["code"], path)
        self.outbox[k].append(path)

    def deliver(self, k: int, n: int, *, keep: bool = False) -> str:
        """Deliver one of k's pending packages to the other office; a refused one (its base not there yet) stays
        pending. Checks that what the import replaced without a conflict was something the sender had held."""
        if not self.outbox[k]:
            return ""
        path = self.outbox[k][n % len(self.outbox[k])]
        to = self.ws[1 - k]
        before = people(to)
        last = to.query("SELECT coalesce(max(id), 0) AS n FROM sync_conflicts")[0]["n"]
        result = import_package(to, path)
        after = people(to)
        new_conflicts = {r["uuid"] for r in to.query("SELECT uuid FROM sync_conflicts WHERE id > ?", [last])}
        for uuid, (name, _deleted) in before.items():
            if after[uuid][0] != name and uuid not in new_conflicts:
                assert (uuid, name) in self.held[k], f"{name} replaced by {after[uuid][0]} without a conflict"
        if result.status != "refused" and not keep:
            self.outbox[k].remove(path)
        self.note(1 - k)
        return result.status

    def settle(self) -> None:
        """Exchange until both sides have everything: pending packages delivered in order, then a round each way."""
        for k in (0, 1):
            for path in list(self.outbox[k]):
                self.deliver(k, self.outbox[k].index(path))
        for _round in range(2):
            for k in (0, 1):
                self.outbox[k] = []
                self.send(k)
                assert self.deliver(k, 0) == "imported"

    def close(self) -> None:
        for ws in self.ws:
            ws.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEP, min_size=3, max_size=12))
def test_two_offices_end_alike_and_no_edit_is_lost_without_a_conflict(steps):
    folder = Path(tempfile.mkdtemp())
    offices = Offices(folder)
    try:
        for step in (("add", 0), ("add", 0), ("send", 0), ("deliver", 0, 0), *steps):   # both hold two people
            getattr(offices, step[0])(*step[1:])
        offices.settle()
        a, b = offices.ws
        assert people(a) == people(b)
        assert a.query("SELECT uuid, version FROM people ORDER BY uuid") == \
            b.query("SELECT uuid, version FROM people ORDER BY uuid")
    finally:
        offices.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_a_package_delivered_twice_changes_nothing_the_second_time(tmp_path):
    offices = Offices(tmp_path)
    try:
        offices.add(0)
        offices.send(0)
        assert offices.deliver(0, 0, keep=True) == "imported"
        assert offices.deliver(0, 0) == "already-imported"
    finally:
        offices.close()
