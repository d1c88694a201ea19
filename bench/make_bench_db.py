"""A larger office database for benchmarks: 30 communes (Quảng Ngãi), 5 plans with periods and targets,
500 conferences, a few groups. Built through the core managers, so it is what the app itself would write.

    python bench/make_bench_db.py [PATH]      # default: the cached file bench/startup.py uses
"""
from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VERSION = 1  # bump when the content changes, so cached copies are rebuilt
N_COMMUNES, N_PLANS, N_CONFERENCES = 30, 5, 500


def cached_path() -> Path:
    return Path(tempfile.gettempdir()) / "vandong-bench" / f"startup-v{VERSION}.sqlite"


def build(path: Path) -> Path:
    """Write the database to `path` (built beside it first, then renamed: a half-built file is never left)."""
    from core import provinces
    from core.units import find_province
    from core.workspace import Workspace

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    work = path.with_name(path.name + ".building")
    for extra in ("", "-wal", "-shm"):
        Path(str(work) + extra).unlink(missing_ok=True)
    rng = random.Random(30)
    province = find_province("Quảng Ngãi")
    names = [c["name"] for c in provinces.communes(province["code"])][:N_COMMUNES]
    ws = Workspace.open(work, actor="bench")
    try:
        ws.units.init_office(code="QN", name="BHXH cơ sở (benchmark)", province=province["name"], communes=names)
        communes = ws.units.communes()
        ids = [c["id"] for c in communes]
        for c in communes:
            for v in ("Thôn 1", "Thôn 2", "Tổ dân phố 3"):
                ws.units.add_village(c["id"], v)
        for p in range(N_PLANS):
            plan_id, _ = ws.plans.create(f"{10 + p}/KH-BHXH", title=f"Kế hoạch thử {p + 1}", issued_on="2026-01-05",
                                         start_date="2026-01-01", end_date="2026-12-31")
            periods = [ws.plans.add_period(plan_id, f"Quý {q + 1}", f"2026-{3 * q + 1:02d}-01",
                                           ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"][q])[0]
                       for q in range(4)]
            for code in ("vsi_new", "hhi_new"):
                for unit_id in ids:
                    ws.plans.set_baseline(plan_id, unit_id, code, "2025-12-31", rng.randint(100, 3000))
                ws.plans.set_targets(plan_id, code, [(u, per, rng.randint(5, 80)) for u in ids for per in periods])
        agency, _ = ws.groups.add("agency", "Bưu điện khu vực (benchmark)")
        ws.groups.set_coverage(agency, ids)
        for i in range(10):
            ws.groups.add_member(agency, f"Nhân viên thu {i + 1}", role="Nhân viên thu")
        made = len(ws.conferences.schedule("customer", ids, "2026-01-01", "2026-12-31", per_month=1,
                                           organiser_group_id=agency)[0])
        made += len(ws.conferences.schedule("policy_qa", ids, "2026-01-01", "2026-12-31", per_period=4)[0])
        rows = []
        for i in range(N_CONFERENCES - made):
            commune = communes[i % len(communes)]
            village = ws.units.villages(commune["id"])[i % 3]
            rows.append({"kind": "small_group", "commune_id": commune["id"], "village_id": village["id"],
                         "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", "time": "14:00",
                         "venue": f"Nhà văn hóa {village['name']}", "expected_invitees": 8})
        ws.conferences.add_many(rows)
    finally:
        ws.close()
    work.replace(path)
    return path


def ensure() -> Path:
    path = cached_path()
    if not path.exists():
        build(path)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else cached_path()
    print(build(target))
