"""Targets table: time analyse, import (check + write), target_table and export on a large office.

    python bench/targets.py [--units 300] [--runs 3]

Builds an in-memory office with N custom units under the root, a Phụ lục 01-shaped workbook for them
(two baselines, two periods, cumulative, totals row), then prints the median of each step. Prints figures,
never fails on speed.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from core.targets_workbook import analyse, export_targets, import_targets  # noqa: E402
from core.workspace import Workspace  # noqa: E402
from fixtures.targets_fixtures import write_phu_luc_01  # noqa: E402


def office(n: int) -> Workspace:
    ws = Workspace.in_memory(actor="bench")
    ws.units.init_office(code="BN", name="BHXH bench", province="Bắc Ninh")
    root = ws.units.province()["id"]
    with ws.transaction():
        for i in range(n):
            ws.units.add("custom", f"Đơn vị {i + 1}", root)
    return ws


def rows(n: int) -> list[tuple]:
    rng = random.Random(1)
    out = []
    for i in range(n):
        c, d, e, f = rng.randint(100, 5000), rng.randint(100, 5000), rng.randint(0, 500), rng.randint(0, 1500)
        out.append((f"Đơn vị {i + 1}", c, d, e, f, d + e + f))
    return out


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-targets-"))
    book = write_phu_luc_01(folder / "table.xlsx", rows(args.units))
    figures: dict[str, list[float]] = {"analyse": [], "import (check+write)": [], "re-import (no change)": [],
                                       "target_table": [], "export": []}
    for _ in range(args.runs):
        ws = office(args.units)
        plan, _ = ws.plans.create("1/KH-BENCH")
        figures["analyse"].append(timed(lambda: analyse(book)))
        result = None

        def do_import():
            nonlocal result
            result = import_targets(ws, book, plan)
        figures["import (check+write)"].append(timed(do_import))
        assert not result.errors, result.errors[:3]
        figures["re-import (no change)"].append(timed(lambda: import_targets(ws, book, plan)))
        figures["target_table"].append(timed(lambda: ws.plans.target_table(plan)))
        figures["export"].append(timed(lambda: export_targets(ws, plan, folder / "out.xlsx")))
        ws.close()
    print(f"{args.units} units, {args.runs} runs (median ms):")
    for name, values in figures.items():
        print(f"  {name:24} {statistics.median(values):8.1f}")


if __name__ == "__main__":
    main()
