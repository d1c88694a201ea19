"""A person's fields: labels (vi/en), code lists, and the checks every entry point runs (form, import, walk-in).

PersonChecker preloads the office's communes and villages once so an import of 100.000 rows checks each row
without a query. check(raw) takes raw values (strings, Excel numbers and dates, or codes and ids from a form)
and returns (cleaned, problems, warnings): cleaned holds database columns; problems/warnings map a field
to a message in the user's language.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Iterable, Sequence

from core import citizen_id as cid
from core import parse
from core.errors import UserError
from core.i18n import DOCUMENTS, N_, _
from core.phones import is_valid_mobile, parse_phone
from core.text import clean, fold, name_sort_text
from core.units import unit_key

# Field code -> label (translated where shown: label()); the order is the order of forms and import mappings.
FIELDS = {
    "full_name": N_("Họ và tên"),
    "family_name": N_("Họ và tên đệm (khi tên để cột riêng)"),
    "birth": N_("Ngày/năm sinh"),
    "birth_male": N_("Năm sinh (Nam)"),
    "birth_female": N_("Năm sinh (Nữ)"),
    "gender": N_("Giới tính"),
    "gender_male": N_("Giới tính: Nam (cột đánh dấu)"),
    "gender_female": N_("Giới tính: Nữ (cột đánh dấu)"),
    "citizen_id": N_("Số CCCD/ĐDCN"),
    "phone": N_("Số điện thoại"),
    "village": N_("Thôn/tổ dân phố"),
    "commune": N_("Xã/phường"),
    "address": N_("Địa chỉ"),
    "occupation": N_("Nghề nghiệp"),
    "target_group": N_("Nhóm đối tượng"),
    "support_category": N_("Diện hỗ trợ đóng BHXH"),
    "notes": N_("Ghi chú"),
}
GENDERS = {"M": N_("Nam"), "F": N_("Nữ")}
STATUSES = {
    "prospect": N_("Tiềm năng"),
    "invited": N_("Đã mời"),
    "attended": N_("Đã dự hội nghị"),
    "registered": N_("Đã đăng ký"),
    "due_to_renew": N_("Đến hạn đóng tiếp"),
    "lapsed": N_("Dừng đóng"),
    "declined": N_("Từ chối"),
}
# The order a person moves through on the outreach path; status only ever moves forward along it.
STATUS_PATH = ("prospect", "invited", "attended", "registered")
TARGET_GROUPS = {
    "farm_household": N_("Hộ nông dân"),
    "craft_village": N_("Làng nghề"),
    "cooperative": N_("Thành viên hợp tác xã"),
    "small_trader": N_("Tiểu thương"),
    "household_business": N_("Hộ kinh doanh cá thể"),
    "freelance": N_("Lao động tự do"),
    "stopped_compulsory": N_("Dừng đóng BHXH bắt buộc"),
    "due_to_pay": N_("Đến hạn đóng"),
    "other": N_("Khác"),
}
# The state's support for voluntary social insurance depends on it (DOMAIN.md: the highest category applies).
SUPPORT_CATEGORIES = {
    "poor": N_("Hộ nghèo"),
    "near_poor": N_("Hộ cận nghèo"),
    "ethnic_minority": N_("Người dân tộc thiểu số"),
    "island": N_("Xã đảo, đặc khu"),
    "other": N_("Đối tượng khác"),
}
# Folded words that name a support category in the lists offices send (the longer first: 'can ngheo' ⊃ 'ngheo').
_SUPPORT_WORDS = [("can ngheo", "near_poor"), ("ngheo", "poor"), ("dan toc", "ethnic_minority"),
                  ("dtts", "ethnic_minority"), ("dao", "island"), ("dac khu", "island"), ("khac", "other")]
# Folded words that name a target group in the lists offices send.
_GROUP_WORDS = [
    ("nong dan", "farm_household"), ("nong nghiep", "farm_household"), ("lam nong", "farm_household"),
    ("lang nghe", "craft_village"), ("hop tac xa", "cooperative"), ("htx", "cooperative"),
    ("tieu thuong", "small_trader"), ("buon ban", "small_trader"), ("kinh doanh", "household_business"),
    ("tu do", "freelance"), ("bat buoc", "stopped_compulsory"), ("den han", "due_to_pay"), ("khac", "other"),
]
_GENDER_WORDS = {"m": "M", "nam": "M", "male": "M", "trai": "M", "f": "F", "nu": "F", "female": "F", "gai": "F"}
_MONTH_YEAR = re.compile(r"([0-9]{1,2}) ?[/.\-] ?([0-9]{4})")   # '06/1983': a birth month, kept as its year
_SERIAL_FROM = 3000   # a whole number from 3000 is an Excel date serial (3000 = 1908); below it, a bad year
_BIRTH_FIELDS = ("birth", "birth_male", "birth_female", "birth_date", "birth_year")


def label(table: dict, code: str | None, lang: str | None = None) -> str:
    """The label of a code in `lang`, else the current language ('' for none, the code itself when unknown)."""
    if not code:
        return ""
    text = table.get(code)
    return _(text, lang) if text else str(code)


def parse_gender(value) -> tuple[str | None, bool]:
    """('M'|'F'|None, ok)."""
    text = fold(value)
    if not text:
        return None, True
    g = _GENDER_WORDS.get(text)
    if g is None and text.upper() in GENDERS:
        g = text.upper()
    return g, g is not None


def parse_choice(table: dict, value) -> str | None:
    """A code from its code or its label in either language (folded); None when not recognised."""
    text = clean(value)
    if text in table:
        return text
    key = fold(text)
    for code, text in table.items():
        if key in (fold(text), fold(_(text, "en")), code):
            return code
    return None


def parse_target_group(value) -> str | None:
    code = parse_choice(TARGET_GROUPS, value)
    if code:
        return code
    key = fold(value)
    for words, code in _GROUP_WORDS:
        if words in key:
            return code
    return None


def parse_support_category(value) -> str | None:
    code = parse_choice(SUPPORT_CATEGORIES, value)
    if code:
        return code
    key = fold(value)
    return next((code for words, code in _SUPPORT_WORDS if words in key), None)


def _support(raw) -> tuple[str | None, str | None]:
    """(category code or None, the text when it names none we know)."""
    text = clean(raw)
    if not text:
        return None, None
    code = parse_support_category(text)
    return (code, None) if code else (None, text)


def parse_birth(value, this_year: int | None = None) -> tuple[int | None, str | None, bool]:
    """(birth_year, birth_date ISO or None, ok) from a date cell, an Excel serial, a year, or text: a date as
    core.parse reads it ('05/06/1983', '1983-06-05', '5-6-83' is 1983), a year ('1983') or a month ('06/1983')."""
    if value is None or value == "":
        return None, None, True
    this_year = this_year or dt.date.today().year
    try:
        if isinstance(value, (int, float)) or (isinstance(value, str) and clean(value).isdigit()):
            number = parse.whole_number(value)   # bool is refused there
            if number is None or 1900 <= number <= this_year:
                return number, None, True
            if number < _SERIAL_FROM:
                return None, None, False
            value = number
        day = parse.date(value, latest_year=this_year)
    except UserError:
        m = _MONTH_YEAR.fullmatch(clean(value)) if isinstance(value, str) else None
        if m and 1 <= int(m.group(1)) <= 12:
            return int(m.group(2)), None, True
        return None, None, False
    return (day.year, day.isoformat(), True) if day else (None, None, True)


class NameKeys:
    """Folded and sort forms of names, cached per word (names share few words: an import computes each once)."""

    def __init__(self):
        self._fold: dict[str, str] = {}
        self._sort: dict[str, tuple[str, str]] = {}

    def folded(self, name: str) -> str:
        out = []
        for w in name.split(" "):
            f = self._fold.get(w)
            if f is None:
                f = self._fold[w] = fold(w)
            out.append(f)
        return " ".join(out)

    def sort(self, name: str) -> str:
        """Equal to core.text.name_sort_text(name), built from cached per-word parts."""
        words = name.split(" ")
        if len(words) > 1:
            words = [words[-1]] + words[1:-1] + words[:1]
        parts, tones = [], []
        for w in words:
            pt = self._sort.get(w)
            if pt is None:
                part, _unused, tone = name_sort_text(w).partition("\x01")
                pt = self._sort[w] = (part, tone)
            parts.append(pt[0])
            tones.append(pt[1])
        return " ".join(parts) + "\x01" + "".join(tones)


def tidy_name(name) -> str:
    """Clean a full name; one written all in capitals or all in small letters ('NGUYỄN VĂN AN') is written
    'Nguyễn Văn An'."""
    text = clean(name)
    return text.title() if text.isupper() or text.islower() else text


_MEMO_LIMIT = 500_000  # distinct values remembered per field (a hostile file may hold a million different ones)


def _parsed(table: dict, compute, values: Sequence) -> Iterable:
    """compute(value) for each of values, computed once per distinct value and remembered in table; the lookups
    run in C (map over the dict's own __getitem__), which is what makes a column cheap."""
    try:
        new = set(values).difference(table)
    except TypeError:  # an unhashable value from a caller: just compute them
        return map(compute, values)
    if len(table) + len(new) > _MEMO_LIMIT:
        table.clear()
        new = set(values)
    for value in new:
        table[value] = compute(value)
    return map(table.__getitem__, values)


def _memo(table: dict, compute):
    """compute(value), once per distinct value (remembered in table): for values met one at a time."""
    def get(value):
        try:
            return table[value]
        except KeyError:
            hit = table[value] = compute(value)
            return hit
        except TypeError:  # an unhashable value from a caller: just compute it
            return compute(value)
    return get


def _ticked(value) -> bool:
    """A tick in a Nam | Nữ column: any mark ('x', '✓', 1), not an empty cell or 0."""
    return value not in (None, "", 0) and clean(value) not in ("", "0")


class PersonChecker:
    """Checks people against the office's units; preloads communes and villages once."""

    def __init__(self, ws, default_commune_id: int | None = None):
        self.ws = ws
        self.this_year = dt.date.today().year
        self.default_commune_id = default_commune_id
        self.names = NameKeys()
        self.communes: dict[int, dict] = {}
        self.commune_keys: dict[str, list[int]] = {}
        for u in ws.query("SELECT id, name FROM units WHERE kind = 'commune' AND deleted = 0"):
            self.communes[u["id"]] = u
            self.commune_keys.setdefault(unit_key(u["name"]), []).append(u["id"])
        self.villages: dict[tuple[int, str], int] = {}
        self.village_commune: dict[int, int] = {}
        for v in ws.query("SELECT id, name, parent_id FROM units WHERE kind = 'village' AND deleted = 0"):
            self.villages[(v["parent_id"], unit_key(v["name"]))] = v["id"]
            self.village_commune[v["id"]] = v["parent_id"]
        self._unit_keys: dict[str, str] = {}
        self.new_villages: dict[tuple[int, str], str] = {}  # (commune_id, key) -> name, to be created
        self._memo_name: dict = {}
        self._memo_gender: dict = {}
        self._memo_birth: dict = {}
        self._memo_commune: dict = {}
        self._memo_village: dict = {}
        self._memo_text: dict = {}
        self._memo_group: dict = {}
        self._memo_support: dict = {}

    def _key(self, name: str) -> str:
        k = self._unit_keys.get(name)
        if k is None:
            k = self._unit_keys[name] = unit_key(name)
        return k

    def commune_id(self, name) -> tuple[int | None, str | None]:
        """(commune id, problem) for a commune name."""
        text = clean(name)
        ids = self.commune_keys.get(self._key(text), [])
        if len(ids) == 1:
            return ids[0], None
        if not ids:
            return None, _("Không có xã/phường “{value}” trong đơn vị.", value=text)
        return None, _("Tên xã “{value}” trùng với nhiều xã: {names}.",
                       value=text, names=", ".join(self.communes[i]["name"] for i in ids))

    # Parsing is memoised per distinct raw value: lists repeat the same years, villages, communes, genders and
    # occupations on thousands of rows. check_many works a column at a time: each column's values go through its
    # memo in one pass, and only what ties the fields together is done row by row (an import checks 100.000 rows
    # in about half a second this way, twice as fast as a row at a time).
    def _name(self, raw) -> tuple:
        name = tidy_name(raw)
        problem = None
        if not name:
            problem = _("Thiếu họ và tên.")
        elif not any(ch.isalpha() for ch in name) or any(ch.isdigit() for ch in name):
            problem = _("Họ và tên “{value}” không hợp lệ (phải là chữ, không có chữ số).", value=name)
        elif len(name) > 100:
            problem = _("Họ và tên dài quá 100 ký tự.")
        return name, self.names.folded(name), self.names.sort(name), problem

    def _village(self, key) -> tuple:
        """(commune_id, raw village) -> (village_id, new-village key, warning)."""
        commune_id, raw = key
        village = clean(raw)
        if not village:
            return None, None, None
        vkey = self._key(village)
        village_id = self.villages.get((commune_id, vkey))
        if village_id is not None:
            return village_id, None, None
        if (commune_id, vkey) not in self.new_villages:
            self.new_villages[(commune_id, vkey)] = village
        return None, (commune_id, vkey), _("Thôn “{value}” chưa có ở {commune}: sẽ được thêm.",
                                           value=village, commune=self.communes[commune_id]["name"])

    def _group(self, raw) -> tuple:
        text = clean(raw)
        if not text:
            return "", None
        code = parse_target_group(text)
        return (code, None) if code else ("", text)

    def check(self, raw: dict) -> tuple[dict, dict, dict]:
        """One person's raw values (a form, a walk-in): (cleaned, problems, warnings)."""
        return self.check_many({f: (v,) for f, v in raw.items()})[0]

    def check_many(self, columns: dict[str, Sequence]) -> list[tuple[dict, dict, dict]]:
        """Many people's raw values, a column per field (field -> values, all as long): what an import checks.
        For each person (cleaned, problems, warnings), as check() gives them."""
        n = max((len(v) for v in columns.values()), default=0)
        col = lambda f: columns[f] if f in columns else itertools.repeat(None, n)  # noqa: E731

        def parsed(field, table, compute, values=None):
            if values is None and field not in columns:
                return itertools.repeat(compute(None), n)
            return _parsed(table, compute, columns[field] if values is None else values)

        raw_names = None
        if "family_name" in columns:  # lists that split 'Họ và tên đệm' | 'Tên': the full name is both
            raw_names = [f"{clean(family)} {clean(given)}" if family else given
                         for family, given in zip(columns["family_name"], col("full_name"))]
        names = parsed("full_name", self._memo_name, self._name, raw_names)
        genders = parsed("gender", self._memo_gender, parse_gender)
        ticks = zip(map(_ticked, col("gender_male")), map(_ticked, col("gender_female"))) \
            if "gender_male" in columns or "gender_female" in columns else itertools.repeat((False, False), n)
        communes = parsed("commune", self._memo_commune, self.commune_id)
        groups = parsed("target_group", self._memo_group, self._group)
        supports = parsed("support_category", self._memo_support, _support)
        births = zip(col("birth"), col("birth_male"), col("birth_female"), col("birth_date"), col("birth_year")) \
            if not columns.keys().isdisjoint(_BIRTH_FIELDS) else itertools.repeat((None,) * 5, n)
        texts = zip(*(parsed(f, self._memo_text, clean) for f in ("address", "notes", "source_list", "occupation")))
        birth_memo = _memo(self._memo_birth, self._parse_birth)
        village_memo = _memo(self._memo_village, self._village)
        this_year, default_commune = self.this_year, self.default_commune_id
        out = []
        for (name, folded, sort, name_problem), raw_gender, (gender, gender_ok), (male_tick, female_tick), \
                (birth, male, female, birth_date, birth_year), raw_id, phone, commune, raw_commune, commune_id, \
                village_id, village, (address, notes, source_list, occupation), (group, unknown_group), status, \
                collector_id, (support, unknown_support) in zip(
                    names, col("gender"), genders, ticks, births, col("citizen_id"), col("phone"), communes,
                    col("commune"), col("commune_id"), col("village_id"), col("village"), texts, groups, col("status"),
                    col("collector_id"), supports):
            problems: dict[str, str] = {}
            warnings: dict[str, str] = {}
            if name_problem:
                problems["full_name"] = name_problem
            # gender and birth (separate male/female birth-year columns carry both)
            if not gender_ok:
                problems["gender"] = _("Không hiểu giới tính “{value}” (Nam hoặc Nữ).", value=clean(raw_gender))
            if male_tick and female_tick:  # 'Giới tính' over two tick columns Nam | Nữ
                problems["gender"] = _("Giới tính được đánh dấu ở cả cột Nam và cột Nữ.")
            elif male_tick or female_tick:
                gender = gender or ("M" if male_tick else "F")
            if male not in (None, "") and female not in (None, ""):
                problems["birth"] = _("Năm sinh ghi ở cả cột Nam và cột Nữ.")
            elif male not in (None, ""):
                birth, gender = male, gender or "M"
            elif female not in (None, ""):
                birth, gender = female, gender or "F"
            year, date, ok = None, None, True
            if birth not in (None, ""):
                year, date, ok = birth_memo(birth)
            else:
                if birth_date:
                    year, date, ok = birth_memo(birth_date)
                if birth_year not in (None, "") and ok:
                    y, _unused, ok = birth_memo(birth_year)
                    year = year or y
            if not ok:
                shown = birth if birth not in (None, "") else birth_date or birth_year
                problems["birth"] = _("Không đọc được ngày/năm sinh “{value}”.", value=parse.shown(shown))
            elif year is not None and not 1900 <= year <= this_year:
                problems["birth"] = _("Năm sinh {value} không hợp lệ (từ 1900 đến {now}).", value=year, now=this_year)
            # citizen ID: must agree with gender and birth year; fills them when missing
            number, problem = cid.normalize(raw_id)
            if problem:
                problems["citizen_id"] = problem
            elif number:
                bad = cid.mismatch(number, gender, year)
                if bad:
                    problems["citizen_id"] = bad[1]
                elif gender is None or year is None:
                    id_gender, id_year = cid.decode(number)
                    gender, year = gender or id_gender, year or id_year
            # phone: the common case (10 digits, prefix in use) without the full parser
            if not (phone.__class__ is str and len(phone) == 10 and is_valid_mobile(phone)):
                result = parse_phone(phone)
                if result.problem:
                    problems["phone"] = result.problem
                elif result.warning:
                    warnings["phone"] = result.warning
                phone = result.phone
                if result.others:  # the second number of the cell is kept where the clerk will see it
                    note = _("SĐT khác: {others}", DOCUMENTS, others=result.others)  # notes are data: Vietnamese
                    notes = f"{notes}; {note}" if notes else note
            # commune and village
            if commune_id is None and raw_commune not in (None, ""):
                commune_id, problem = commune
                if problem:
                    problems["commune"] = problem
            elif commune_id is not None and commune_id not in self.communes:
                problems["commune"] = _("Không có xã/phường “{value}” trong đơn vị.", value=commune_id)
                commune_id = None
            if village_id is not None:
                if village_id not in self.village_commune:
                    problems["village"] = _("Không có thôn/tổ dân phố số {value}.", value=village_id)
                elif commune_id is None:
                    commune_id = self.village_commune[village_id]
                elif self.village_commune[village_id] != commune_id:
                    problems["village"] = _("Thôn “{value}” không thuộc {commune}.", value=village_id,
                                            commune=self.communes[commune_id]["name"])
            if commune_id is None and "commune" not in problems:
                commune_id = default_commune
                if commune_id is None:
                    problems["commune"] = _("Chưa ghi xã/phường.")
            new_village = None
            if village_id is None and commune_id is not None and village not in (None, ""):
                village_id, new_village, warning = village_memo((commune_id, village))
                if warning:
                    warnings["village"] = warning
            # free text and choices
            if unknown_group:
                warnings["target_group"] = _("Không nhận ra nhóm đối tượng “{value}”: đã ghi vào ghi chú.",
                                             value=unknown_group)
                note = _("Đối tượng: {value}", DOCUMENTS, value=unknown_group)
                notes = f"{notes}; {note}" if notes else note
            if unknown_support:
                warnings["support_category"] = _("Không nhận ra diện hỗ trợ “{value}”: để trống (tính là đối "
                                                 "tượng khác).", value=unknown_support)
            values = {"full_name": name, "name_folded": folded, "name_sort": sort, "citizen_id": number,
                      "gender": gender, "birth_year": year, "birth_date": date, "phone": phone,
                      "commune_id": commune_id, "_new_village": new_village, "village_id": village_id,
                      "address": address, "notes": notes, "source_list": source_list, "occupation": occupation,
                      "target_group": group, "support_category": support}
            if status:
                code = parse_choice(STATUSES, status)
                if code is None:
                    problems["status"] = _("Không hiểu trạng thái “{value}”.", value=clean(status))
                values["status"] = code
            if collector_id is not None:
                if not self.ws.query("SELECT id FROM group_members WHERE id = ? AND deleted = 0", [collector_id]):
                    problems["collector_id"] = _("Không có nhân viên thu số {value}.", value=collector_id)
                values["collector_id"] = collector_id
            out.append((values, problems, warnings))
        return out

    def _parse_birth(self, value):
        return parse_birth(value, self.this_year)

    def village_name(self, key: tuple[int, str]) -> str:
        return self.new_villages[key]
