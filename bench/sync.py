"""Sync packages: export and import of one office's package of 100.000 people with 200.000 invitation and
attendance rows, and a provincial office consolidating packages from several offices.

    python bench/sync.py [--offices N] [--people N]

Prints `export: N.NN s`, `verify and merge: N.NN s` (goals under 8 s and 10 s here), each phase's peak memory
(a child process each, its maximum resident size; an import's reading process, core.sync.reader, apart), then the consolidation of N offices' packages (default 10, goal
under 2 minutes for 1.000.000 people, memory flat as packages are added: the offices' exports are made first and
not counted). The offices are built once (the demo
office's communes and conferences, then people, invitations and attendance through storage's bulk write path) and
cached in the temp folder. Prints figures, never fails on speed.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "vandong-bench" / "sync-v2"


def build_office(path: Path, code: str, people: int) -> None:
    """An office with the demo's eight communes, two customer conferences a month in each over Q4/2025, and
    `people` people, each invited to one conference and checked in."""
    from core.demo import COMMUNES
    from core.workspace import Workspace
    from storage import records
    ws = Workspace.open(path, actor="bench")
    try:
        ws.units.init_office(code=code, name=f"BHXH thử {code}", province="Quảng Ngãi", communes=COMMUNES)
        communes = [c["id"] for c in ws.units.communes()]
        ws.conferences.schedule("customer", communes, "2025-10-01", "2025-12-31", per_month=2)
        conferences = [c["id"] for c in ws.query("SELECT id FROM conferences WHERE deleted = 0")]
        with ws.transaction():
            ids = records.bulk_insert(
                ws.db, "people", ("full_name", "name_folded", "name_sort", "commune_id", "phone", "citizen_id"),
                [(f"Người thử {code} {n}", f"nguoi thu {n}", f"thu {n}", communes[n % len(communes)],
                  f"09{n:08d}", f"0{code[1:]}{n:09d}") for n in range(people)], actor="bench", origin=ws.origin)
            invitations = records.bulk_insert(
                ws.db, "invitations", ("conference_id", "person_id", "code"),
                [(conferences[n % len(conferences)], ids[n], f"{code}{n:07d}") for n in range(people)],
                actor="bench", origin=ws.origin)
            records.bulk_insert(
                ws.db, "attendance", ("conference_id", "person_id", "invitation_id", "checked_in_at", "method"),
                [(conferences[n % len(conferences)], ids[n], invitations[n], "2025-11-20T01:00:00.000+00:00", "code")
                 for n in range(people)], actor="bench", origin=ws.origin)
    finally:
        ws.close()


def phase(args: list[str]) -> tuple[dict, float]:
    """Run one phase in a child process: (its JSON, its peak memory in MB); the JSON's "reader_mb": the peak of the
    process that read a large package's sheets for it (0 when none did)."""
    out = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["reader_mb"] = result.pop("reader_kb") / 1024
    return result, result.pop("peak_kb") / 1024


def run_phase(argv: list[str]) -> None:
    from core.sync.export import export_package
    from core.sync.merge import import_package
    from core.workspace import Workspace
    what, db, package = argv[0], Path(argv[1]), Path(argv[2])
    if what == "build":   # here, not in the parent: a child started after it would inherit its peak memory
        build_office(db, argv[2], int(argv[3]))
        print(json.dumps({"peak_kb": 0, "reader_kb": 0}))
        return
    ws = Workspace.open(db, actor="bench")
    try:
        start = time.perf_counter()
        if what == "export":
            sent = export_package(ws, argv[3], package, full=True)
            result = {"rows": sum(sent.counts.values())}
        else:
            imported = import_package(ws, package)
            result = imported.to_json()
        result["seconds"] = time.perf_counter() - start
    finally:
        ws.close()
    result["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss   # KiB on Linux
    result["reader_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(result))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", type=int, default=10)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--phase", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.phase:
        run_phase(args.phase)
        return 0
    CACHE.mkdir(parents=True, exist_ok=True)
    offices = []
    for k in range(args.offices):
        code = f"X{k:02d}"
        path = CACHE / f"{code}-{args.people}.sqlite"
        if not path.exists():
            start = time.perf_counter()
            phase(["build", str(path), code, str(args.people)])
            print(f"  (office {code} built in {time.perf_counter() - start:.1f} s)", file=sys.stderr)
        offices.append((code, path))
    work = Path(tempfile.mkdtemp())
    try:
        return _measure(args, offices, work)
    finally:   # the province, its ten backups and the packages: several GB
        shutil.rmtree(work, ignore_errors=True)


def _measure(args, offices: list[tuple[str, Path]], work: Path) -> int:
    from core import keys
    from core.workspace import Workspace
    province = work / "tinh.sqlite"
    ws = Workspace.open(province, actor="bench")
    ws.units.init_office(code="TINH", name="BHXH tỉnh (thử)", province="Quảng Ngãi")
    for code, path in offices:
        office = Workspace.open(path, actor="bench")
        keys.export_public(office, work / f"{code}.pub")
        office.close()
        keys.trust(ws, work / f"{code}.pub")
    ws.close()

    code, path = offices[0]
    one = work / "one.sqlite"
    shutil.copy(province, one)
    sent, export_peak = phase(["export", str(path), str(work / f"{code}.xlsx"), "TINH"])
    print(f"export: {sent['seconds']:.2f} s ({sent['rows']:,} records, {(work / f'{code}.xlsx').stat().st_size / 1e6:.1f} MB;"
          f" peak memory {export_peak:.0f} MB)")
    merged, import_peak = phase(["import", str(one), str(work / f"{code}.xlsx")])
    print(f"verify and merge: {merged['seconds']:.2f} s ({merged['created']:,} created, status {merged['status']};"
          f" peak memory {import_peak:.0f} MB, its reading process {merged['reader_mb']:.0f} MB)")

    for code, path in offices:   # each office writes its package (the province's work starts when they come)
        if not (work / f"{code}.xlsx").exists():
            phase(["export", str(path), str(work / f"{code}.xlsx"), "TINH"])
    start = time.perf_counter()
    peaks, readers = [], []
    for code, _path in offices:
        result, peak = phase(["import", str(province), str(work / f"{code}.xlsx")])
        peaks.append(peak)
        readers.append(result["reader_mb"])
        print(f"  {code}: {result['status']}, {result['created']:,} created in {result['seconds']:.1f} s,"
              f" peak memory {peak:.0f} MB (reading process {result['reader_mb']:.0f} MB)", file=sys.stderr)
        if result["status"] != "imported":
            print(f"  {code}: {result['status']} — {result['reason']}")
    total = time.perf_counter() - start
    people = Workspace.open(province, actor="bench", query_only=True)
    n = people.query("SELECT count(*) AS n FROM people")[0]["n"]
    people.close()
    print(f"consolidation of {len(offices)} offices: {total:.1f} s ({n:,} people at the province, one import"
          f" process a package, backups included; peak memory per package {min(peaks):.0f}–{max(peaks):.0f} MB, its"
          f" reading process {min(readers):.0f}–{max(readers):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
