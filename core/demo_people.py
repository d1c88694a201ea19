"""People for the demo office: ~300 prospects (three of them twice: possible duplicates to review) across the Sơn Hà communes and villages, invitations to the next
conferences, and check-ins, registrations and follow-ups on a few held ones. Fixed seed: the same every time.

generate_people() is also what bench/people.py uses to make large registries.
"""
from __future__ import annotations

import random

from core.people_import import bulk_add
from core.phones import MOBILE_PREFIXES

SEED = 3112025
COUNT = 300
FAMILY = ["Đinh", "Phạm", "Nguyễn", "Trần", "Lê", "Huỳnh", "Võ", "Bùi", "Hồ", "Đặng", "Trương", "Hoàng"]
MIDDLE_M = ["Văn", "Văn", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Công"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Nam", "Phúc", "Quang",
           "Sơn", "Tài", "Thắng", "Tiến", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Định", "Đạt"]
GIVEN_F = ["Anh", "Bích", "Chi", "Diệp", "Dung", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Mai",
           "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Ánh"]
JOBS = [("Làm nông", "farm_household"), ("Làm nông", "farm_household"), ("Làm rẫy", "farm_household"),
        ("Buôn bán nhỏ", "small_trader"), ("Lao động tự do", "freelance"), ("Dệt thổ cẩm", "craft_village"),
        ("Kinh doanh tạp hóa", "household_business"), ("Xã viên HTX nông nghiệp", "cooperative"),
        ("Công nhân nghỉ việc", "stopped_compulsory")]
PROVINCE_CODE = "051"  # Quảng Ngãi: where most births here were registered


def _citizen_id(rng: random.Random, gender: str, year: int) -> str:
    digit = (year // 100 - 19) * 2 + (1 if gender == "F" else 0)
    return f"{PROVINCE_CODE}{digit}{year % 100:02d}{rng.randrange(10 ** 6):06d}"


def generate_people(rng: random.Random, places: list[tuple[int, int]], n: int, id_share: float = 0.8,
                    phone_share: float = 0.85, unique_ids: set | None = None) -> list[dict]:
    """n people as PersonChecker input: places are (commune_id, village_id) pairs; citizen IDs unique."""
    seen = unique_ids if unique_ids is not None else set()
    prefixes = sorted(MOBILE_PREFIXES)
    out = []
    for _ in range(n):
        gender = "M" if rng.random() < 0.5 else "F"
        year = rng.randint(1960, 2005)
        name = (f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_M if gender == 'M' else MIDDLE_F)} "
                f"{rng.choice(GIVEN_M if gender == 'M' else GIVEN_F)}")
        commune_id, village_id = rng.choice(places)
        job, group = rng.choice(JOBS)
        number = None
        if rng.random() < id_share:
            number = _citizen_id(rng, gender, year)
            while number in seen:
                number = _citizen_id(rng, gender, year)
            seen.add(number)
        phone = rng.choice(prefixes) + f"{rng.randrange(10 ** 7):07d}" if rng.random() < phone_share else ""
        out.append({"full_name": name, "gender": gender, "birth_year": year, "citizen_id": number, "phone": phone,
                    "commune_id": commune_id, "village_id": village_id, "occupation": job, "target_group": group})
    return out


def add_demo_people(ws) -> None:
    rng = random.Random(SEED)
    places = [(v["parent_id"], v["id"]) for v in ws.query(
        "SELECT id, parent_id FROM units WHERE kind = 'village' AND deleted = 0 ORDER BY id")]
    if not places:
        return
    people = generate_people(rng, places, COUNT)
    # three people sent again on another list without their ID: possible duplicates for the clerk to review
    again = [{**p, "citizen_id": None, "phone": "", "source_list": "Danh sách thôn gửi bổ sung"}
             for p in (people[5], people[77], people[150])]
    bulk_add(ws, people + again, source_list="Danh sách khách hàng tiềm năng (mẫu)", kind="demo")
    conferences = ws.query("SELECT * FROM conferences WHERE deleted = 0 AND kind IN ('customer', 'policy_qa')"
                           " ORDER BY date, id")
    held = [c for c in conferences if c["status"] == "held"][-2:]
    upcoming = [c for c in conferences if c["status"] == "planned"][:3]
    collectors = {}
    for c in ws.groups.collectors():
        for unit in ws.groups.member_units(c["id"]):
            collectors.setdefault(unit["id"], c["id"])
    for conf in held + upcoming:
        people = ws.people.ids({"commune_id": conf["commune_id"]})
        chosen = rng.sample(people, min(len(people), 12 if conf in held else 15))
        made, _ = ws.invitations.invite(conf["id"], chosen)
        for m in made[: len(made) // 2]:
            ws.invitations.set_delivery(ws.invitations.by_code(m["code"])["id"],
                                        rng.choice(["handed_village_head", "handed_collector", "delivered"]))
        if conf not in held:
            continue
        present = [m for m in made if rng.random() < 0.75]
        for m in present:
            ws.attendance.check_in(conf["id"], m["code"])
        for i, m in enumerate(present):
            if i % 3 == 0:
                ws.attendance.record_outcome(conf["id"], m["person_id"], ["vsi"], monthly_income=1_500_000 + 500_000 * (i % 4),
                                             payment_months=rng.choice([1, 3, 6, 12]))
            elif i % 3 == 1:
                ws.attendance.record_outcome(conf["id"], m["person_id"], ["hhi"], payment_months=12)
            elif collectors.get(conf["commune_id"]):
                ws.attendance.record_outcome(conf["id"], m["person_id"], [],
                                             follow_up_collector_id=collectors[conf["commune_id"]])
