"""Reports: the weekly report over 30 communes, 500.000 people and 1.000.000 attendance and registration rows.

    python bench/reports.py [--runs 5] [--rebuild]

The first line is `weekly report: N.NN s` (the median: core.reports.model.weekly, an indexed aggregate; goal under
0,5 s); then `dashboard refresh: N.NN s` (core.reports.dashboard.build, what the DB worker computes for Tổng quan;
goal under 0,2 s). The data is built once (bench/make_bench_db.py's office, then people, registrations (half of them again at a
conference), attendance and follow-ups through storage's bulk write path) and cached in the temp folder.
Prints figures, never fails on speed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_bench_db  # noqa: E402
from core.workspace import Workspace  # noqa: E402
from storage import records  # noqa: E402

VERSION = 3
# follow-ups: ~40 people a conference who did not register × 2 conferences a month × 30 communes × a year
PEOPLE, REGISTRATIONS, ATTENDANCE, FOLLOW_UPS = 500_000, 500_000, 500_000, 30_000


def cached_path() -> Path:
    return Path(tempfile.gettempdir()) / "vandong-bench" / f"reports-v{VERSION}.sqlite"


def build(path: Path) -> Path:
    work = path.with_name(path.name + ".building")
    shutil.copy(make_bench_db.ensure(), work)
    ws = Workspace.open(work, actor="bench")
    try:
        communes = [c["id"] for c in ws.units.communes()]
        conferences = [c["id"] for c in ws.query("SELECT id FROM conferences WHERE deleted = 0")]
        day = [(dt.date(2026, 1, 1) + dt.timedelta(days=k)).isoformat() for k in range(365)]
        with ws.transaction():  # through storage's bulk write path, as an import writes
            people = records.bulk_insert(
                ws.db, "people", ("full_name", "name_folded", "name_sort", "commune_id"),
                [(f"Người thử {n}", f"nguoi thu {n}", f"thu {n}", communes[n % len(communes)])
                 for n in range(PEOPLE)], actor="bench", origin=ws.origin)
            first = people[0]
            records.bulk_insert(
                ws.db, "registrations", ("person_id", "scheme", "registered_on", "commune_id", "monthly_income",
                                         "payment_months"),
                [(first + n % PEOPLE, "vsi" if n % 2 == 0 else "hhi", day[n % 365],
                  communes[(n % PEOPLE) % len(communes)], 1_500_000, 12) for n in range(REGISTRATIONS)],
                actor="bench", origin=ws.origin)
            records.bulk_insert(   # half the registrations were made at a conference
                ws.db, "registrations", ("person_id", "conference_id", "scheme", "registered_on", "commune_id"),
                [(first + n, conferences[n % len(conferences)], "vsi", day[n % 365], communes[n % len(communes)])
                 for n in range(0, PEOPLE, 2)], actor="bench", origin=ws.origin)
            collectors = [m["id"] for m in ws.query("SELECT id FROM group_members WHERE deleted = 0")]
            records.bulk_insert(   # two in three still waiting for their follow-up visit
                ws.db, "follow_ups", ("person_id", "conference_id", "collector_id", "status"),
                [(first + n, conferences[n % len(conferences)], collectors[n % len(collectors)],
                  "done" if n % 3 == 0 else "open") for n in range(FOLLOW_UPS)], actor="bench", origin=ws.origin)
            records.bulk_insert(
                ws.db, "attendance", ("conference_id", "person_id", "checked_in_at", "method"),
                [(conferences[n % len(conferences)], first + n, "2026-01-01T08:00:00.000+00:00", "name")
                 for n in range(ATTENDANCE)], actor="bench", origin=ws.origin)
        ws.db.conn.execute("ANALYZE")
    finally:
        ws.close()
    work.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    path = cached_path()
    if args.rebuild or not path.exists():
        start = time.perf_counter()
        build(path)
        built = time.perf_counter() - start
    else:
        built = None
    from core.reports import model, weekly_workbook
    ws = Workspace.open(path, actor="bench", query_only=True)
    try:
        times, report = [], None
        for k in range(args.runs):
            start = time.perf_counter()
            report = model.weekly(ws, f"2026-W{20 + k:02d}")
            times.append(time.perf_counter() - start)
        print(f"weekly report: {statistics.median(times):.2f} s")
        out = Path(tempfile.mkdtemp()) / "tuan.xlsx"
        start = time.perf_counter()
        weekly_workbook.write(report, ws.office or {}, out)
        print(f"  the .xlsx written: {time.perf_counter() - start:.2f} s")
        print(f"  rows counted: {ws.query('SELECT count(*) AS n FROM registrations')[0]['n']:,} registrations, "
              f"{ws.query('SELECT count(*) AS n FROM follow_ups')[0]['n']:,} follow-ups, "
              f"{ws.query('SELECT count(*) AS n FROM attendance')[0]['n']:,} attendance, "
              f"{ws.query('SELECT count(*) AS n FROM people')[0]['n']:,} people; week {report.week}: "
              f"{report.total['vsi']['week']} + {report.total['hhi']['week']} new, "
              f"cumulative {report.total['vsi']['cumulative']} + {report.total['hhi']['cumulative']}")
        from core.reports import dashboard
        times = []
        for k in range(args.runs):  # what the DB worker computes when a change reaches the dashboard
            start = time.perf_counter()
            board = dashboard.build(ws, dt.datetime(2026, 5, 20 + k, 9, 0))
            times.append(time.perf_counter() - start)
        print(f"dashboard refresh: {statistics.median(times):.2f} s (on the DB worker; {len(board.report.rows)} "
              f"communes, {len(board.trend)} weeks, {sum(f['count'] for f in board.follow_ups):,} awaiting a "
              f"follow-up, {len(board.deadlines)} deadlines ahead)")
        if built is not None:
            print(f"  (data built in {built:.1f} s, cached at {path})")
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
