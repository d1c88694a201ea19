"""Two writers on one office database; prints figures (no pass/fail). Run: python bench/concurrency.py

A 100.000-row people import runs as its own CLI process (as a second clerk, or the window's worker, would run
it) while this process scans invitation codes at the door every 50 ms. Each scan either lands at once, or waits
for the import's write phase and then lands: none may fail. Printed: scans that landed, how long the slowest
waited, and the import's own time with and without the scans beside it (their ratio holds on a noisy machine).
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from people import CACHE, ROWS, office, workbook  # noqa: E402


def _import(db: Path, book: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "main.py", "--db", str(db), "import", "people", str(book), "--json"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _fresh(db: Path, scans: int) -> list[tuple[int, str]]:
    ws = office(db)
    son_ha = ws.units.find("Sơn Hà")["id"]
    conference, _ = ws.conferences.add("customer", son_ha, "2025-11-10")
    names = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Lâm"]
    people = [ws.people.add({"full_name": f"Tôn Thất {names[i % 8]}", "commune_id": son_ha,
                             "birth_year": 1950 + i // 8})[0] for i in range(scans)]
    made, _ = ws.invitations.invite(conference, people)
    ws.close()
    return [(conference, m["code"]) for m in made]


def main() -> None:
    book = workbook()
    db = CACHE / "concurrency.sqlite"
    _fresh(db, 8)
    start = time.perf_counter()
    alone = _import(db, book)
    assert alone.wait() == 0, alone.stderr.read()
    alone_time = time.perf_counter() - start

    codes = _fresh(db, 200)
    from core.workspace import Workspace
    ws = Workspace.open(db, actor="door")
    start = time.perf_counter()
    importing = _import(db, book)
    waits, failed = [], 0
    for conference, code in codes:
        if importing.poll() is not None:
            break
        t = time.perf_counter()
        try:
            ok = ws.attendance.check_in(conference, code).status == "checked-in"
        except Exception:  # noqa: BLE001 - counted: a scan that did not land is the figure
            ok = False
        waits.append((time.perf_counter() - t) * 1000)
        failed += not ok
        time.sleep(0.05)
    assert importing.wait() == 0, importing.stderr.read()
    beside_time = time.perf_counter() - start
    ws.close()
    print(f"Python {sys.version.split()[0]}; {ROWS:,}-row import in its own process, scans at the door every 50 ms")
    print(f"  scans during the import: {len(waits)}, landed {len(waits) - failed}, failed {failed}")
    if waits:
        print(f"  scan time: median {statistics.median(waits):.1f} ms, slowest {max(waits):.0f} ms "
              f"(waiting out the import's write phase)")
    print(f"  import alone {alone_time:.2f} s, with the scans beside it {beside_time:.2f} s "
          f"(ratio {beside_time / alone_time:.2f})")
    for extra in ("", "-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
