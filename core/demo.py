"""The demo office: BHXH cơ sở Sơn Hà (Quảng Ngãi) and its plan 25/KH-BHXH for Q4 2025 (seed 004).

Eight real communes with a few villages each; the plan with a period per month, baselines at 30/9/2025 and
monthly targets; 16 customer conferences, 16 policy Q&A conferences (2 of each per commune over the
quarter: the total the office holds, not the '02 hội nghị/tháng' the plan also says) and 15 small-group
sessions at village cultural houses; the two collection agencies named in the plan with collectors, an
advisory team, four associations and steering-committee members. As the plan says, each commune's People's
Committee signs and issues the invitations to its conferences with the office (core.co_issuer): its chairman, or
a vice-chairman on the chairman's behalf. New participants per commune and day were typed from the collection
software up to 14/12/2025, each commune at its own pace. Everything comes from a fixed seed.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import TYPE_CHECKING

from core import parse, scheduling
from core.conferences import commune_label
from core.errors import UserError
from core.i18n import _
from core.phones import MOBILE_PREFIXES

if TYPE_CHECKING:
    from core.workspace import Workspace

SEED = 20251013
COMMUNES = ["Sơn Hà", "Sơn Hạ", "Sơn Thủy", "Sơn Linh", "Sơn Kỳ", "Sơn Tây", "Sơn Tây Hạ", "Sơn Tây Thượng"]
VILLAGES = {
    "Sơn Hà": ["Tổ dân phố Gò Dép", "Tổ dân phố Làng Bung", "Tổ dân phố Gò Đèo", "Thôn Xà Ây"],
    "Sơn Hạ": ["Thôn Xà Ruông", "Thôn Nước Rinh", "Thôn Mang Hà", "Thôn Gò Da"],
    "Sơn Thủy": ["Thôn Tà Bi", "Thôn Nước Tang", "Thôn Ka Xim"],
    "Sơn Linh": ["Thôn Gò Ghè", "Thôn Làng Trá", "Thôn Nước Nia", "Thôn Làng Rí"],
    "Sơn Kỳ": ["Thôn Ra Manh", "Thôn Nước Bung", "Thôn Làng Dầu", "Thôn Bà Nà", "Thôn Trường Khay"],
    "Sơn Tây": ["Thôn Đắk Doa", "Thôn Tà Dô", "Thôn Mang Trẫy"],
    "Sơn Tây Hạ": ["Thôn Huy Ba", "Thôn Ka Long", "Thôn Tà Bần", "Thôn Làng Mùng"],
    "Sơn Tây Thượng": ["Thôn Mang Hin", "Thôn Tà Ma", "Thôn Nước Kỉa", "Thôn Cà Đáo"],
}
PLAN_NUMBER = "25/KH-BHXH"
PLAN_TITLE = ("Kế hoạch tổ chức các hội nghị truyền thông khách hàng; hội nghị nhóm nhỏ; hội nghị tuyên truyền, "
              "đối thoại, giải đáp, tư vấn chính sách, pháp luật BHXH, BHYT trên địa bàn các xã 03 tháng cuối năm 2025")
MONTHS = [("Tháng 10", "2025-10-01", "2025-10-31"), ("Tháng 11", "2025-11-01", "2025-11-30"),
          ("Tháng 12", "2025-12-01", "2025-12-31")]
BASELINE_DATE = "2025-09-30"
HELD_BEFORE = "2025-11-30"  # conferences before this day are shown as held, the rest as planned
FIGURES_UNTIL = "2025-12-14"  # daily figures typed from the collection software up to this day
PACE = (1.25, 1.08, 1.0, 0.92, 0.8, 0.7, 1.12, 0.6)  # each commune's share of its monthly target reached
POST_OFFICE = "Bưu điện khu vực Sơn Hà - Sơn Tây"
COMPANY = "Công ty TNHH dịch vụ thu Sơn Hà"
AGENCIES = {
    POST_OFFICE: {"phone": "02553861234", "address": "Tổ dân phố Gò Dép, xã Sơn Hà",
                  "communes": ["Sơn Hà", "Sơn Kỳ", "Sơn Tây", "Sơn Tây Hạ", "Sơn Tây Thượng"],
                  "collectors": [("Đinh Văn Thanh", "Nhân viên thu", ["Sơn Hà", "Sơn Kỳ"]),
                                 ("Phạm Thị Hoa", "Nhân viên thu", ["Sơn Tây"]),
                                 ("Đinh Thị Ngọc", "Cộng tác viên", ["Sơn Tây Hạ"]),
                                 ("Trần Văn Hùng", "Cộng tác viên", ["Sơn Tây Thượng"])]},
    COMPANY: {"phone": "02553862468", "address": "Thôn Xà Ruông, xã Sơn Hạ",
              "communes": ["Sơn Hạ", "Sơn Thủy", "Sơn Linh"],
              "collectors": [("Nguyễn Thị Thu Hà", "Nhân viên thu", ["Sơn Hạ"]),
                             ("Đinh Văn Lực", "Cộng tác viên", ["Sơn Thủy"]),
                             ("Phạm Văn Tín", "Cộng tác viên", ["Sơn Linh"])]},
}
ADVISORY_TEAM = ("Tổ tư vấn BHXH cơ sở Sơn Hà",
                 [("Lê Thị Kim Oanh", "Tổ trưởng", "Viên chức BHXH cơ sở Sơn Hà"),
                  ("Nguyễn Văn Quang", "Tư vấn viên", "Viên chức BHXH cơ sở Sơn Hà"),
                  ("Đinh Thị Hằng", "Tư vấn viên", "Cộng tác viên Bưu điện khu vực Sơn Hà - Sơn Tây")])
ASSOCIATIONS = [("Hội Phụ nữ xã Sơn Hà", "Sơn Hà", "Đinh Thị Bé", "Chủ tịch Hội"),
                ("Hội Nông dân xã Sơn Hạ", "Sơn Hạ", "Phạm Văn Dũng", "Chủ tịch Hội"),
                ("Đoàn Thanh niên xã Sơn Tây", "Sơn Tây", "Đinh Văn Trí", "Bí thư Đoàn"),
                ("Ủy ban MTTQ Việt Nam xã Sơn Kỳ", "Sơn Kỳ", "Đinh Văn Mười", "Chủ tịch Ủy ban MTTQ")]
STEERING = ("Ban Chỉ đạo thực hiện chính sách BHXH, BHYT",
            [("Bạch Thị Yến Thoa", "Phó Giám đốc BHXH cơ sở Sơn Hà", ["Sơn Hà", "Sơn Hạ"]),
             ("Nguyễn Văn Hải", "Viên chức phụ trách thu, phát triển người tham gia", ["Sơn Thủy", "Sơn Linh"]),
             ("Đinh Văn Bốn", "Phó Chủ tịch UBND xã Sơn Kỳ", ["Sơn Kỳ", "Sơn Tây"]),
             ("Phạm Thị Lệ", "Phó Chủ tịch UBND xã Sơn Tây Hạ", ["Sơn Tây Hạ", "Sơn Tây Thượng"])])

# the commune People's Committee's chairman and a vice-chairman (who sign the invitations with the office)
COMMUNE_LEADERS = {
    "Sơn Hà": ("Phạm Ngọc Sơn", "Nguyễn Thị Minh Thu"),
    "Sơn Hạ": ("Đinh Văn Hòa", "Phạm Thị Hương"),
    "Sơn Thủy": ("Đinh Văn Sáu", "Bùi Thị Nga"),
    "Sơn Linh": ("Đinh Văn Lâm", "Phạm Văn Khải"),
    "Sơn Kỳ": ("Phạm Văn Đông", "Đinh Văn Bốn"),
    "Sơn Tây": ("Đinh Thị Lan", "Đinh Văn Năm"),
    "Sơn Tây Hạ": ("Đinh Văn Ba", "Phạm Thị Lệ"),
    "Sơn Tây Thượng": ("Hồ Văn Tâm", "Đinh Thị Mai"),
}


def _phone(rng: random.Random) -> str:
    return rng.choice(sorted(MOBILE_PREFIXES)) + "".join(str(rng.randrange(10)) for _unused in range(7))


def _venue_of(village_name: str, prefix: str) -> str:
    """'Thôn Xà Ây' -> 'Nhà văn hóa thôn Xà Ây' (the type word reads in lower case inside a venue)."""
    for word in ("Tổ dân phố", "Thôn"):
        if village_name.startswith(word + " "):
            return f"{prefix} {word.lower()} {village_name[len(word) + 1:]}"
    return f"{prefix} {village_name}"


def create_demo(path) -> Workspace:
    """Create the demo office in a new database at `path`; UserError if the file already holds data."""
    from core.workspace import Workspace
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(_("Không ghi đè: {path} đã có dữ liệu.", path=path))
    ws = Workspace.open(path)
    try:
        _fill(ws, random.Random(SEED))
    except BaseException:
        ws.close()
        for extra in ("", "-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)
        raise
    return ws


def _fill(ws, rng: random.Random) -> None:
    ws.units.init_office(code="SH", name="BHXH cơ sở Sơn Hà", province="Quảng Ngãi", communes=COMMUNES,
                         parent_name="BHXH tỉnh Quảng Ngãi", address="Tổ dân phố Gò Dép, xã Sơn Hà, tỉnh Quảng Ngãi",
                         place_name="Sơn Hà", signer_authority="KT. GIÁM ĐỐC", signer_title="PHÓ GIÁM ĐỐC",
                         signer_name="Bạch Thị Yến Thoa")
    communes = {name: ws.units.find(name) for name in COMMUNES}
    villages = {name: [] for name in COMMUNES}
    for name in COMMUNES:
        for village in VILLAGES[name]:
            village_id, _unused = ws.units.add_village(communes[name]["id"], village)
            villages[name].append((village_id, village))
    plan_id = _plan(ws, rng, communes)
    agency_of = _groups(ws, rng, communes)
    _conferences(ws, rng, communes, villages, plan_id, agency_of)
    from core.demo_people import add_demo_people
    add_demo_people(ws)
    _daily_figures(ws, random.Random(SEED + 1), communes, plan_id)


def _daily_figures(ws, rng: random.Random, communes, plan_id) -> None:
    """New participants per commune and working day as typed from the collection software, up to FIGURES_UNTIL:
    each commune at its PACE of its monthly targets (some above 100 %, some behind), so the dashboard, the
    weekly and the period reports have figures to show."""
    until = parse.stored_date(FIGURES_UNTIL)
    rows = []
    for code in ("vsi_new", "hhi_new"):
        target = {(t["unit_id"], t["period_id"]): t["value"] for t in ws.plans.targets(plan_id, code)}
        for period in ws.plans.periods(plan_id):
            start, end = parse.stored_date(period["start_date"]), parse.stored_date(period["end_date"])
            days = scheduling.working_days(start, min(end, until))
            share = len(days) / len(scheduling.working_days(start, end))
            for name, pace in zip(COMMUNES, PACE):
                count: dict[dt.date, int] = {}
                for _person in range(round(target.get((communes[name]["id"], period["id"]), 0) * pace * share)):
                    day = rng.choice(days)
                    count[day] = count.get(day, 0) + 1
                rows += [(communes[name]["id"], day.isoformat(), code, n) for day, n in sorted(count.items())]
    with ws.transaction():   # one change: the office typed its figures
        for commune_id, day, code, n in rows:
            ws.figures.set(commune_id, day, code, n)


def _plan(ws, rng, communes) -> int:
    plan_id, _unused = ws.plans.create(PLAN_NUMBER, title=PLAN_TITLE, issued_on="2025-10-13", start_date="2025-10-01",
                                 end_date="2025-12-31", issuer="BHXH cơ sở Sơn Hà")
    periods = [ws.plans.add_period(plan_id, name, start, end)[0] for name, start, end in MONTHS]
    for code, base, monthly in (("vsi_new", (180, 650), (8, 30)), ("hhi_new", (900, 3200), (20, 70))):
        cells = []
        for name in COMMUNES:
            unit_id = communes[name]["id"]
            ws.plans.set_baseline(plan_id, unit_id, code, BASELINE_DATE, rng.randint(*base))
            cells += [(unit_id, period_id, rng.randint(*monthly)) for period_id in periods]
        ws.plans.set_targets(plan_id, code, cells)
    return plan_id


def _groups(ws, rng, communes) -> dict[str, int]:
    """Creates the groups; returns the agency covering each commune (it organises the commune's conferences)."""
    agency_of = {}
    for name, spec in AGENCIES.items():
        group_id, _unused = ws.groups.add("agency", name, phone=spec["phone"], address=spec["address"])
        ws.groups.set_coverage(group_id, [communes[c]["id"] for c in spec["communes"]])
        agency_of.update({c: group_id for c in spec["communes"]})
        for full_name, role, where in spec["collectors"]:
            member_id, _unused = ws.groups.add_member(group_id, full_name, role=role, phone=_phone(rng))
            ws.groups.assign_member(member_id, [communes[c]["id"] for c in where])
    team_name, team = ADVISORY_TEAM
    team_id, _unused = ws.groups.add("advisory_team", team_name)
    ws.groups.set_coverage(team_id, [c["id"] for c in communes.values()])
    for full_name, role, position in team:
        ws.groups.add_member(team_id, full_name, role=role, position=position, phone=_phone(rng))
    for name, commune, contact, position in ASSOCIATIONS:
        group_id, _unused = ws.groups.add("association", name)
        ws.groups.set_coverage(group_id, [communes[commune]["id"]])
        ws.groups.add_member(group_id, contact, role="Đầu mối phối hợp", position=position, phone=_phone(rng))
    committee_name, members = STEERING
    committee_id, _unused = ws.groups.add("steering_committee", committee_name)
    ws.groups.set_coverage(committee_id, [c["id"] for c in communes.values()])
    for full_name, position, where in members:
        member_id, _unused = ws.groups.add_member(committee_id, full_name, role="Thành viên", position=position,
                                            phone=_phone(rng))
        ws.groups.assign_member(member_id, [communes[c]["id"] for c in where])
    return agency_of


def _conferences(ws, rng, communes, villages, plan_id, agency_of) -> None:
    ids = [communes[name]["id"] for name in COMMUNES]
    short = {communes[name]["id"]: name for name in COMMUNES}
    rows = []
    taken: dict[int, set] = {i: set() for i in ids}
    quarter = scheduling.working_days(dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    for kind, time in (("customer", "08:00"), ("policy_qa", "14:00")):
        proposed = ws.conferences.schedule(kind, ids, "2025-10-01", "2025-12-31", per_period=2, time=time,
                                           venue="Hội trường UBND {commune}", plan_id=plan_id, preview=True)
        seen: set[int] = set()
        for row in sorted(proposed, key=lambda r: (r["commune_id"], r["date"])):
            commune = short[row["commune_id"]]
            day = parse.stored_date(row["date"])
            day = scheduling.next_free(day, taken[row["commune_id"]], quarter)  # not on the customer day
            taken[row["commune_id"]].add(day)
            if kind == "policy_qa" and row["commune_id"] in seen:  # the second Q&A meets in a village hall
                row["venue"] = _venue_of(rng.choice(villages[commune])[1], "Hội trường")
            seen.add(row["commune_id"])
            rows.append({**row, "date": day.isoformat(), "organiser_group_id": agency_of[commune],
                         "host": f"Phó Chủ tịch UBND {commune_label(communes[commune]['name'])}"})
    for i in range(15):  # small-group sessions: 2 in most communes, at a village cultural house
        commune = COMMUNES[i % len(COMMUNES)]
        commune_id = communes[commune]["id"]
        village_id, village = villages[commune][(i // len(COMMUNES)) % len(villages[commune])]
        day = scheduling.next_free(quarter[int((i + 0.5) * len(quarter) / 15)], taken[commune_id], quarter)
        taken[commune_id].add(day)
        rows.append({"kind": "small_group", "commune_id": commune_id, "village_id": village_id,
                     "date": day.isoformat(), "time": "08:00" if i % 2 else "14:00",
                     "venue": _venue_of(village, "Nhà văn hóa"), "expected_invitees": rng.randint(5, 10),
                     "plan_id": plan_id, "organiser_group_id": agency_of[commune],
                     "host": f"Trưởng {_venue_of(village, '').strip()}"})
    rows.sort(key=lambda r: (r["date"], r["time"], r["commune_id"]))
    postponed = False
    for row in rows:
        row["status"] = "held" if row["date"] < HELD_BEFORE else "planned"
        if row["status"] == "planned" and row["kind"] == "policy_qa" and not postponed:
            row["status"], postponed = "postponed", True
            row["notes"] = "Hoãn do mưa lũ; UBND xã sẽ thông báo lại ngày tổ chức."
    for row in rows:  # drawn last, so the rest of the demo is what it was before joint issuance
        row["co_issuer"] = _commune_committee(short[row["commune_id"]], communes, rng)
    ws.conferences.add_many(rows)


def _commune_committee(commune: str, communes, rng) -> dict:
    """The commune's People's Committee as co-issuer, signed by its chairman or, for him, a vice-chairman."""
    chairman, vice = COMMUNE_LEADERS[commune]
    name = f"Ủy ban nhân dân {commune_label(communes[commune]['name'])}"
    if rng.random() < 0.5:
        return {"name": name, "symbol": "UBND", "signer_authority": "TM. ỦY BAN NHÂN DÂN", "signer_title": "CHỦ TỊCH",
                "signer_name": chairman}
    return {"name": name, "symbol": "UBND", "signer_authority": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH", "signer_name": vice}
