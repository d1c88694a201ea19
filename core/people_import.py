"""Import of prospect lists as offices send them: find the header, map the columns, check every row, write fast.

The sheet is read with python-calamine through the workbook layer (a large one in parts, one per core), on
another thread while the new people's UUIDs are made. The header is found below title rows, including two-row
headers whose merged top cells calamine gives only in their top-left cell. Columns are mapped by their
Vietnamese names and variants; the mapping the clerk confirms is remembered per layout.

Rows are then checked a batch at a time, a column at a time (core.person_fields.PersonChecker.check_many, against
preloaded units: no query per row), matched against the registry and the file's earlier rows, and handed to
storage.bulk.BulkLoad, whose helper thread writes one batch while the next is checked; all in one transaction
that takes the write lock first (two imports of the same list at once create each person once). An import job
records the import, the audit entries list every person it created or filled in, so undo_import can take it back.
Measured on 100.000 rows (bench/people.py): the whole `import people` process now takes about as long as
LibreOffice headless converting the same file to CSV, where it took 1,65 times as long.

Duplicates (decided here, the issue leaves the details open):
- a row whose citizen ID is already in the office is that person: empty fields of the person are filled from
  the row ('updated'), or nothing is new ('duplicates');
- a row without ID whose name (as written, ignoring case and spaces) + birth year + village matches exactly one
  person is that person, as with an ID; matching several is an error (rejected, with their ids), never a guess;
- a row whose name differs from a person's only by tone marks (Đặng Thị Hạ / Đặng Thị Hà, same birth year and
  village) is a possible duplicate: created with a warning and shown in possible_duplicates() for the clerk
  to merge or keep, never merged silently;
- a row with an ID that matches a person without ID by name + birth year + village is created with a
  warning: it shows in possible_duplicates() for the clerk to merge or keep;
- the same ID, or the same written name + birth year + village without ID, twice in one file: the later row
  counts as a duplicate.
Villages not yet known under their commune are created with a warning (lists name villages the clerk has not
typed in yet; rejecting every such row would reject whole files).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import gc
import hashlib
import json
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from core.changes import Changes
from core.errors import UserError
from core.i18n import _, ngettext
from core.person_fields import FIELDS, PersonChecker
from core.progress import NO_PROGRESS
from core.text import clean, fold
from core.units import starts_with_unit_word
from core.workbooks import load_sheet, open_workbook
from storage import records
from storage.bulk import BulkLoad
from storage.identity import new_uuids

SETTING_PREFIX = "people_import.layout."
_HEADER_SCAN = 30
_TOKENS = re.compile(r"[^a-z0-9]+")
_NUMBER_ROW = re.compile(r"^\(?\d+\)?(\s*[=+\-]\s*\(?\d+\)?)*$")
# Footer words compare with their tone marks ('Tống Công Minh' is a person, 'Tổng cộng' a total); a cell typed
# without any marks at all is compared with the plain forms.
_FOOTER_NAME = ("tổng cộng", "tổng số", "cộng ", "cộng:", "tổng:")
_FOOTER_ANY = ("người lập", "người ký", "xác nhận", "thủ trưởng", "ký tên", "ký, ghi rõ", "ký ghi rõ")
_FOOTER_NAME_PLAIN = tuple(fold(w) + (" " if w.endswith(" ") else "") for w in _FOOTER_NAME)
_FOOTER_ANY_PLAIN = tuple(fold(w) for w in _FOOTER_ANY)
# Columns whose digits show a row is a person (a subtotal, a heading or a signer's name has none there)
_EVIDENCE = ("birth", "birth_male", "birth_female", "birth_date", "birth_year", "citizen_id", "phone")
_DIGIT = re.compile(r"\d")
_DATELINE = re.compile(r"ngay\s*\.*\s*\d*\s*\.*\s*thang\s*\.*\s*\d*\s*\.*\s*nam")


def _words(label) -> str:
    return _TOKENS.sub(" ", fold(label)).strip()


def field_for(label) -> str | None:
    """The person field a column header names, by its Vietnamese name or a common variant."""
    text = _words(label)
    if not text:
        return None
    t = f" {text} "
    has = lambda *ws: any(f" {w} " in t for w in ws)  # noqa: E731
    if has("cccd", "cmnd", "ddcn", "cmt", "can cuoc", "dinh danh", "cccd ddcn", "so cc"):
        return "citizen_id"
    if has("dien thoai", "dt", "sdt", "dtdd", "di dong", "so dt"):
        return "phone"
    if has("nam sinh", "ngay sinh", "ns", "sinh nam"):
        last = text.split()[-1]
        if last == "nam" and not text.endswith("nam sinh"):
            return "birth_male"
        if last == "nu":
            return "birth_female"
        return "birth"
    if has("ten dem", "ten lot", "ho dem", "ho lot", "ho va dem") or text in ("ho", "ho va"):
        return "family_name"
    if has("ho va ten", "ho ten", "ho va ten khach hang", "ten khach hang") or text == "ten":
        return "full_name"
    if has("gioi tinh") or text in ("gioi", "phai"):
        last = text.split()[-1]  # 'Giới tính' over two tick columns 'Nam' | 'Nữ'
        return {"nam": "gender_male", "nu": "gender_female"}.get(last, "gender")
    if has("ghi chu"):
        return "notes"
    if has("nghe nghiep", "nghe", "cong viec", "viec lam"):
        return "occupation"
    if has("ho tro", "dien ho tro"):  # 'Đối tượng hỗ trợ', 'Diện hỗ trợ': before 'đối tượng' below
        return "support_category"
    if has("doi tuong", "nhom doi tuong"):
        return "target_group"
    if has("dia chi", "noi o", "thuong tru", "cho o", "noi cu tru"):
        return "address"
    if has("thon", "xom", "to dan pho", "tdp", "ap", "ban", "lang", "khoi", "to"):
        return "village"
    if has("xa", "phuong", "thi tran", "dac khu"):
        return "commune"
    if text in ("stt", "tt", "so tt", "so thu tu"):
        return "_stt"
    return None


@dataclass
class Layout:
    header_rows: list[int]          # 0-based rows that make the header (one or two)
    labels: list[str]               # one label per column (a two-row header's labels joined)
    mapping: dict[str, int]         # field -> 0-based column
    data_start: int                 # first 0-based data row
    key: str = ""                   # identifies the layout, to remember the clerk's mapping

    @property
    def header_row(self) -> int:
        return self.header_rows[-1] + 1


@dataclass
class ImportPreview:
    path: str
    sheets: list[str]
    sheet: str
    header_row: int                 # 1-based sheet row of the (last) header row
    labels: list[str]
    mapping: dict[str, int]         # field -> 0-based column (remembered or guessed)
    remembered: bool
    sample: list[list]              # the first data rows, as read
    data_rows: int                  # rows below the header up to the footer that hold anything
    fields: dict = field(default_factory=lambda: dict(FIELDS))


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0
    warnings: int = 0
    job_id: int | None = None
    errors_path: str | None = None
    dry_run: bool = False
    new_villages: int = 0
    possible_duplicates: int = 0
    # villages the list names that are not there, to be created unless the clerk picks an existing one:
    # [{key, commune_id, commune, name, rows, suggestion_id, suggestion}] (suggestion: the closest existing name)
    villages_to_create: list = field(default_factory=list)
    problems: list = field(default_factory=list)   # [(sheet row, reason)] of rejected rows
    notes: list = field(default_factory=list)      # [(sheet row, warning)]
    repeated_rows: list = field(default_factory=list)  # sheet rows that repeat an earlier row of the file (noted)
    timings: dict = field(default_factory=dict)    # seconds per phase: read, check, write (for bench/people.py)
    changes: Changes = field(default_factory=Changes)  # what the import wrote (nothing for a dry run)

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["changes"]
        data["problems"] = [{"row": r, "reason": m} for r, m in self.problems]
        data["notes"] = [{"row": r, "warning": m} for r, m in self.notes]
        return data


# --- reading -----------------------------------------------------------------------------------------------
def read_sheet(path, sheet: str | None = None, meanwhile=None) -> tuple[list[str], str, list[list]]:
    """(sheet names, chosen sheet, rows as lists; row i is sheet row i + 1). UserError in one sentence.
    meanwhile(rows_hint), when given, runs while calamine reads the sheet on another core: work that needs no rows."""
    loading = load_sheet(path, sheet)
    try:
        book = loading.book()
        names = book.sheet_names
        if meanwhile is not None:
            meanwhile(book.rows_hint)
        found = loading.result()
    finally:
        loading.close()
    if not any(any(v not in ("", None) for v in r) for r in found.rows):
        raise UserError(_("Trang tính “{sheet}” không có dữ liệu.", sheet=found.name), field="sheet")
    return names, found.name, found.rows


def read_layout(path, sheet: str | None = None, meanwhile=None) -> tuple[list[str], str, list[list], "Layout"]:
    """(sheet names, sheet, rows, layout). With no sheet named, the first sheet whose header is found: a cover
    or instructions sheet often comes first. A failure carries .sheets, so the clerk can pick another."""
    try:
        sheets, name, rows = read_sheet(path, sheet, meanwhile)
        return sheets, name, rows, find_layout(rows, name)
    except UserError as first:
        if first.field == "path":
            raise
        with open_workbook(path) as book:
            names = book.sheet_names
        for other in ([] if sheet is not None else names[1:]):
            try:
                _unused, name, rows = read_sheet(path, other)
                return names, name, rows, find_layout(rows, name)
            except UserError:
                continue
        first.sheets = names
        raise


def _text(v) -> str:
    return v if isinstance(v, str) else ("" if v in ("", None) else str(v))


def _guess(labels: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for col, lab in enumerate(labels):
        f = field_for(lab)
        if f and f != "_stt" and f not in mapping:
            mapping[f] = col
    if "family_name" in mapping:  # 'Họ và tên đệm' | 'Tên': the bare 'Tên' column is the given name
        given = [col for col, lab in enumerate(labels) if _words(lab) == "ten"]
        if given:
            mapping["full_name"] = given[0]
    return mapping


def _two_row_labels(top: list, sub: list) -> list[str]:
    """Labels of a two-row header: a merged top cell (text only in its first column) is carried right over the
    columns whose sub-cells are filled; a sub label that names a field on its own wins over the joined text."""
    width = max(len(top), len(sub))
    top = [clean(_text(v)) for v in top] + [""] * (width - len(top))
    top = [t if len(t) <= 60 else "" for t in top]  # a title or note line is not a header cell
    sub = [clean(_text(v)) for v in sub] + [""] * (width - len(sub))
    labels, carried = [], ""
    for c in range(width):
        if top[c]:
            carried = top[c] if sub[c] else ""
            head = top[c]
        else:
            head = carried if sub[c] else ""
        if sub[c] and head:
            joined = f"{head} {sub[c]}"
            labels.append(sub[c] if field_for(sub[c]) not in (None, "_stt") and
                          field_for(joined) not in ("birth_male", "birth_female") else joined)
        else:
            labels.append(sub[c] or head)
    return labels


def find_layout(rows: list[list], sheet: str) -> Layout:
    best = None
    for r in range(min(_HEADER_SCAN, len(rows))):
        single = [clean(_text(v)) for v in rows[r]]
        candidates = [([r], single)]
        if r + 1 < len(rows) and _could_be_sub_header(single, rows[r + 1]):
            candidates.append(([r, r + 1], _two_row_labels(rows[r], rows[r + 1])))
        for header_rows, labels in candidates:
            mapping = _guess(labels)
            if "full_name" not in mapping or len(mapping) < 2:
                continue
            # fields named twice mean a title or note was taken for a header cell
            named = [f for f in map(field_for, labels) if f and f != "_stt"]
            score = len(mapping) - (len(named) - len(set(named)))
            if best is None or score > best[0]:
                best = (score, header_rows, labels, mapping)
    if best is None:
        raise UserError(_("Không tìm thấy dòng tiêu đề trong trang “{sheet}”: cần ít nhất cột “Họ và tên” và một "
                          "cột khác (năm sinh, CCCD, điện thoại, thôn/tổ dân phố…).", sheet=sheet))
    _unused, header_rows, labels, mapping = best
    start = header_rows[-1] + 1
    while start < len(rows) and _is_number_row(rows[start]):
        start += 1
    key = hashlib.sha1("|".join(_words(lab) for lab in labels).encode()).hexdigest()[:16]
    return Layout(header_rows, labels, mapping, start, key)


def _could_be_sub_header(top: list[str], sub: list) -> bool:
    """A second header row holds text only, and nothing under the name column (merged down or empty there);
    a first data row has the person's name there, and usually numbers or dates."""
    if any(v not in ("", None) and not isinstance(v, str) for v in sub):
        return False
    name_col = _guess(top).get("full_name")
    return name_col is None or name_col >= len(sub) or sub[name_col] in ("", None)


def _is_number_row(row: list) -> bool:
    cells = [v for v in row if v not in ("", None)]
    return len(cells) >= 2 and all(
        (isinstance(v, (int, float)) and not isinstance(v, bool)) or bool(_NUMBER_ROW.match(clean(_text(v))))
        for v in cells)


def _footer_words(text: str, starts: bool) -> bool:
    low = clean(text).lower()
    if low.isascii():
        return (starts and (low.startswith(_FOOTER_NAME_PLAIN) or low in ("cong", "tong"))) or \
            any(m in low for m in _FOOTER_ANY_PLAIN)
    return (starts and (low.startswith(_FOOTER_NAME) or low in ("cộng", "tổng"))) or any(m in low for m in _FOOTER_ANY)


def is_footer(row: list, name_col: int) -> bool:
    """A totals, subtotal or signature line ('Tổng cộng', 'Cộng thôn …', 'Người lập biểu', the dateline)."""
    for v in row[:name_col]:  # 'Tổng cộng' often sits in the STT column
        if isinstance(v, str) and v and _footer_words(v, starts=True):
            return True
    name = row[name_col] if name_col < len(row) else ""
    if isinstance(name, str) and name.strip():
        return _footer_words(name, starts=True)
    return any(isinstance(v, str) and v and (_footer_words(v, starts=True) or _DATELINE.search(fold(v)))
               for v in row)


def is_section(row: list, name_col: int) -> bool:
    """A heading inside the list that names a place ('THÔN BÀ NÀ', 'Xóm 3'), not a person."""
    name = row[name_col] if name_col < len(row) else ""
    return isinstance(name, str) and starts_with_unit_word(name)


def footer_start(rows: list[list], layout: Layout, name_col: int, has_evidence, window: int = 50) -> int:
    """Index of the first row of the totals/signature block: the first footer line, among the last `window`
    non-empty rows, below which no row looks like a person (a subtotal inside the list does not end it)."""
    end, seen, person_below = len(rows), 0, False
    for i in range(len(rows) - 1, layout.data_start - 1, -1):
        row = rows[i]
        if not any(v not in ("", None) for v in row):
            continue
        seen += 1
        if is_footer(row, name_col):
            if not person_below:
                end = i
        elif has_evidence(row):
            person_below = True
        if seen >= window:
            break
    return end


def data_rows(rows: list[list], layout: Layout, mapping: dict[str, int]) -> list[tuple[int, list]]:
    """(0-based row index, row) of the rows holding anything in a mapped column, up to the footer; subtotal
    and section-heading lines inside the list are left out (they are not people)."""
    name_col = mapping["full_name"]
    cols = sorted(set(mapping.values()))
    evidence = [mapping[f] for f in _EVIDENCE if f in mapping]

    def filled(row) -> bool:
        name = row[name_col] if name_col < len(row) else ""
        return (name != "" and name is not None) or any(row[c] not in ("", None) for c in cols if c < len(row))

    def has_evidence(row) -> bool:
        for c in evidence:
            if c < len(row):
                v = row[c]
                if isinstance(v, (int, float, dt.date)) or (v and _DIGIT.search(str(v))):
                    return True
        return False

    end = footer_start(rows, layout, name_col, has_evidence)
    return [(i, rows[i]) for i in range(layout.data_start, end) if filled(rows[i])
            and (has_evidence(rows[i]) or not (is_footer(rows[i], name_col) or is_section(rows[i], name_col)))]


def remembered_mapping(ws, layout: Layout) -> dict[str, int] | None:
    text = ws.setting(SETTING_PREFIX + layout.key)
    if not text:
        return None
    try:
        mapping = {k: int(v) for k, v in json.loads(text).items() if k in FIELDS}
    except (ValueError, TypeError, AttributeError):
        return None
    return mapping if "full_name" in mapping else None


def preview(ws, path, sheet=None, sample_size: int = 10) -> ImportPreview:
    sheets, name, rows, layout = read_layout(path, sheet)
    mapping = remembered_mapping(ws, layout)
    remembered = mapping is not None
    mapping = mapping or layout.mapping
    found = data_rows(rows, layout, mapping)
    return ImportPreview(str(path), sheets, name, layout.header_row, layout.labels, mapping, remembered,
                         [r for _unused, r in found[:sample_size]], len(found))


# --- checking and writing ------------------------------------------------------------------------------------
_FILLABLE = ("birth_year", "birth_date", "gender", "phone", "village_id", "address", "occupation", "target_group",
             "support_category")
_INSERT_COLUMNS = ("full_name", "name_folded", "name_sort", "birth_year", "birth_date", "gender",
                   "citizen_id", "phone", "commune_id", "village_id", "address", "occupation", "target_group",
                   "source_list", "notes", "status", "support_category")


# Indexes a load keeps up to date row by row, on the helper's core, rather than build again after it on the
# caller's: the new rows go to their ends (one change number; a few dozen villages). Measured: 0,07 s less per
# 100.000 rows; keeping one the rows reach at random (by name) costs the load more than its build saves.
_KEPT_LIVE = ("people_change", "people_village")
_BATCH = 4000  # rows checked at a time: storage writes one batch while the next is checked (storage.bulk)
_UUIDS_AHEAD = 1_100_000


def run_import(ws, path, sheet=None, commune=None, mapping=None, dry_run=False, errors_path=None,
               progress=NO_PROGRESS, villages=None) -> ImportResult:
    # The import allocates a few million short-lived objects (cells, rows, dicts): the cyclic garbage collector
    # would walk them all again and again for nothing (none of them form cycles), ~5 % of the time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_import(ws, path, sheet, commune, mapping, dry_run, errors_path, progress, villages or {})
    finally:
        if enabled:
            gc.enable()


def _same_file(a, b) -> bool:
    """Whether two paths name one file; a path that cannot be resolved (a symlink loop, a name too long) names
    none the clerk could mean, and is refused when written."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):
        return False


def _run_import(ws, path, sheet, commune, mapping, dry_run, errors_path, progress, villages) -> ImportResult:
    if errors_path and _same_file(errors_path, path):
        raise UserError(_("Tệp lỗi không được trùng với tệp đang nhập ({name}): hãy chọn tên khác để không ghi đè "
                          "danh sách gốc.", name=Path(path).name), field="errors")
    default_commune = None
    if commune not in (None, ""):
        default_commune = commune if isinstance(commune, int) else ws.units.find(commune)["id"]
    clock = time.perf_counter()
    ahead = []

    def meanwhile(rows_hint: int) -> None:
        # Made while calamine reads, on the other core: the new people's UUIDs, in order, so that they reach the
        # uuid index in order (a third cheaper than at random: measured on 100.000).
        if not dry_run:
            ahead.extend(sorted(new_uuids(min(rows_hint, _UUIDS_AHEAD))))

    sheets, sheet_name, rows, layout = read_layout(path, sheet, meanwhile)
    result = ImportResult(dry_run=dry_run)
    result.timings["read"] = time.perf_counter() - clock
    mapping = dict(mapping or remembered_mapping(ws, layout) or layout.mapping)
    if "full_name" not in mapping:
        raise UserError(_("Chưa chọn cột “Họ và tên”."), field="mapping")
    width = max(len(r) for r in rows)
    for col in mapping.values():
        if not 0 <= col < width:
            raise UserError(_("Cột số {col} không có trong trang tính.", col=col + 1), field="mapping")
    for r in rows:  # calamine gives a rectangle; other readers may not
        if len(r) < width:
            r.extend([""] * (width - len(r)))
    found = data_rows(rows, layout, mapping)
    if not found:
        raise UserError(_("Trang tính “{sheet}” có dòng tiêu đề nhưng không có người nào bên dưới.",
                          sheet=sheet_name), field="sheet")
    progress.report(0, len(found), ngettext("Đang kiểm tra {n} dòng…", "Đang kiểm tra {n} dòng…", len(found)))
    clock = time.perf_counter()
    # The registry is matched inside the write transaction (which takes the write lock first): two imports of
    # the same list at once then create each person once, the second finding the first's people. Rows are
    # checked and matched a batch at a time, while storage writes the batch before on the other core.
    with contextlib.nullcontext() if dry_run else ws.transaction():
        run = _Run(ws, result, PersonChecker(ws, default_commune), mapping, len(found), dry_run, path, sheet_name,
                   uuids=ahead, villages=villages)
        with run.load or contextlib.nullcontext():
            for start in range(0, len(found), _BATCH):
                progress.report(start)
                run.check(found[start:start + _BATCH])
            progress.report(len(found), len(found), _("Đang ghi…"))
            result.timings["check"] = time.perf_counter() - clock
            clock = time.perf_counter()
            run.finish(path, sheet_name, layout, errors_path)
        if not dry_run:
            ws.set_setting(SETTING_PREFIX + layout.key, json.dumps(mapping))
    result.timings["write"] = time.perf_counter() - clock
    return result


class _Run:
    """One import's checking and matching, batch by batch, and its writes (storage.bulk.BulkLoad; None for a dry
    run). Counts go into result as they are known."""

    def __init__(self, ws, result: ImportResult, checker: PersonChecker, mapping: dict, rows: int, dry_run: bool,
                 path, sheet_name: str, uuids: list[str], villages: dict):
        self.ws, self.result, self.checker = ws, result, checker
        self.village_choices = villages       # choice key -> existing village id, or None: create it
        self.new_village_rows: dict[tuple, list[int]] = {}  # (commune id, key) -> sheet rows naming it
        self.chosen_villages: dict[tuple, int | None] = {}   # (commune id, key) -> the existing village chosen
        self.source = clean(Path(path).stem)  # the list a person came from, unless the row says
        self.mapping = mapping
        self.rejected: list[tuple[int, list, str]] = []
        self.updates: list[tuple[int, dict]] = []
        self.file_ids: dict[str, int] = {}      # citizen ID -> sheet row, within the file
        self.file_keys: dict[tuple, int] = {}   # written name, birth year, village -> sheet row (rows without ID)
        self.new_village_keys: set = set()
        self.village_ids: dict[tuple, int] = {}  # villages this import created
        # People already there, looked up a batch at a time; those this import writes are not among them.
        self.known_below = None
        if ws.db.execute("SELECT 1 FROM people WHERE deleted = 0 LIMIT 1").fetchone():
            self.known_below = ws.db.execute("SELECT max(id) + 1 FROM people").fetchone()[0]
        self.job_id = self.load = None
        if not dry_run:
            self.job_id = records.add_import_job(ws.db, {"kind": "people", "file_name": Path(path).name,
                                                          "sheet": sheet_name}, actor=ws.actor)
            self.load = BulkLoad(ws.db, "people", _INSERT_COLUMNS, actor=ws.actor, origin=ws.origin, expected=rows,
                                 import_job=self.job_id, uuids=uuids, keep=_KEPT_LIVE + (
                                     () if self.known_below is None else ("people_citizen_id", "people_dup")))

    def connection(self):
        """The database, for a statement between the load's moves."""
        return self.load.paused() if self.load else contextlib.nullcontext(self.ws.db)

    def check(self, found: list[tuple[int, list]]) -> None:
        table = list(zip(*(row for _unused, row in found)))  # the batch's columns
        checked = []
        for (i, row), (values, problems, warnings) in zip(found, self.checker.check_many(
                {f: table[c] for f, c in self.mapping.items()})):
            if problems:
                self.rejected.append((i + 1, row, " ".join(problems.values())))
            else:
                checked.append((i + 1, row, values, warnings))
        self.result.rows += len(found)
        new_rows = self._match(checked)
        self.result.created += len(new_rows)
        if self.load is not None and new_rows:
            self._add_villages(v["_new_village"] for v in new_rows)
            self.load.add([_person_row(v, self.village_ids, self.source) for v in new_rows])

    def _known(self, checked) -> tuple[dict, dict]:
        """(citizen ID -> (person id, full name), (folded name, birth year, village id) -> [(person id, citizen ID,
        full name)]) for the people already there whose ID or key appears among the checked rows: index lookups."""
        if self.known_below is None:
            return {}, {}
        numbers = sorted({v["citizen_id"] for _unused, _unused, v, _unused in checked if v["citizen_id"]})
        keys = sorted({(v["name_folded"], v["birth_year"], v["village_id"]) for _unused, _unused, v, _unused in checked
                       if v["_new_village"] is None}, key=str)  # a village new in this file has nobody yet
        with self.connection() as db:
            by_id = {number: (pid, name) for pid, number, name in db.execute(
                "SELECT id, citizen_id, full_name FROM people WHERE citizen_id IN (SELECT value FROM json_each(?))"
                " AND deleted = 0 AND id < ?", [json.dumps(numbers), self.known_below])}
            found = db.execute(
                "SELECT p.id, p.citizen_id, p.name_folded, p.birth_year, p.village_id, p.full_name FROM json_each(?) k"
                " JOIN people p ON p.name_folded = json_extract(k.value, '$[0]')"
                " AND p.birth_year IS json_extract(k.value, '$[1]') AND p.village_id IS json_extract(k.value, '$[2]')"
                " WHERE p.deleted = 0 AND p.id < ?", [json.dumps(keys), self.known_below]).fetchall()
        by_key: dict[tuple, list] = {}
        for pid, number, folded, year, village, full_name in found:
            by_key.setdefault((folded, year, village), []).append((pid, number, full_name))
        return by_id, by_key

    def _match(self, checked) -> list[dict]:
        """Match checked rows against the registry and the file's earlier rows: the new people (returned), the
        known ones (self.updates: their empty fields are filled later), duplicates and ambiguous rows counted."""
        result = self.result
        by_id, by_key = self._known(checked)
        new_rows: list[dict] = []
        for sheet_row, row, values, warnings in checked:
            if values["_new_village"] is not None:
                self._choose_village(values, warnings, sheet_row)
            number = values["citizen_id"]
            village_key = values["village_id"] if values["_new_village"] is None else values["_new_village"]
            key = (values["name_folded"], values["birth_year"], village_key)
            if number:
                if number in self.file_ids:
                    result.duplicates += 1
                    result.notes.append((sheet_row, _("Trùng với dòng {row} trong cùng tệp.",
                                                      row=self.file_ids[number])))
                    result.repeated_rows.append(sheet_row)
                    continue
                self.file_ids[number] = sheet_row
                known = by_id.get(number)
                if known is not None:
                    pid, name = known
                    if fold(name) != values["name_folded"]:  # the ID decides, but the clerk should look at it
                        result.warnings += 1
                        result.notes.append((sheet_row, _("Số CCCD {number} đã có với tên “{name}” (mã {id}), dòng "
                                                          "này ghi “{row_name}”: đã coi là cùng một người, hãy "
                                                          "kiểm tra lại.", number=number, name=name, id=pid,
                                                          row_name=values["full_name"])))
                    self._update(pid, values)
                    continue
                others = [p for p, c, _unused in by_key.get(key, ()) if not c]
                if others:
                    warnings["duplicate"] = _("Có thể trùng với người đã có (mã {id}).", id=others[0])
                    result.possible_duplicates += 1
            else:
                written = (values["full_name"].lower(),) + key[1:]  # tone marks count here
                if written in self.file_keys:
                    result.duplicates += 1
                    result.notes.append((sheet_row, _("Trùng với dòng {row} trong cùng tệp.",
                                                      row=self.file_keys[written])))
                    result.repeated_rows.append(sheet_row)
                    continue
                self.file_keys[written] = sheet_row
                alike = by_key.get(key, ())
                same = [p for p, _unused, name in alike if name.lower() == written[0]]
                if len(same) > 1:
                    self.rejected.append((sheet_row, row, _("Trùng với nhiều người đã có (mã {ids}): hãy ghi số "
                                                            "CCCD để phân biệt.", ids=", ".join(str(p) for p in same))))
                    continue
                if same:  # that person: empty fields are filled, or nothing is new
                    self._update(same[0], values)
                    continue
                if alike:  # only tone marks differ: keep both, for the clerk to review
                    warnings["duplicate"] = _("Có thể trùng với người đã có (mã {id}).", id=alike[0][0])
                    result.possible_duplicates += 1
            if warnings:
                result.warnings += 1
                result.notes.extend((sheet_row, w) for w in warnings.values())
            if values["_new_village"]:
                self.new_village_keys.add(values["_new_village"])
            new_rows.append(values)
        return new_rows

    def _update(self, pid: int, values: dict) -> None:
        self.updates.append((pid, values))
        if values["_new_village"]:
            self.new_village_keys.add(values["_new_village"])

    def _choose_village(self, values: dict, warnings: dict, sheet_row: int) -> None:
        """A village not there yet: the existing one the clerk chose for it instead, or it is to be created."""
        key = values["_new_village"]
        if key not in self.chosen_villages:  # looked up once per village, not once per row
            unit = self.ws.units.get(self.village_choices.get(village_choice_key(key)) or 0)
            # a village of that commune: another commune's, or a deleted one, is no choice
            ok = unit and unit["kind"] == "village" and unit["parent_id"] == key[0] and not unit["deleted"]
            self.chosen_villages[key] = unit["id"] if ok else None
        if self.chosen_villages[key] is not None:
            values["village_id"], values["_new_village"] = self.chosen_villages[key], None
            warnings.pop("village", None)
        else:
            self.new_village_rows.setdefault(key, []).append(sheet_row)

    def _villages_to_create(self) -> list[dict]:
        out = []
        for (commune_id, vkey), rows in sorted(self.new_village_rows.items(), key=lambda kv: kv[1][0]):
            name = self.checker.new_villages[(commune_id, vkey)]
            there = {v["name"]: v["id"] for v in self.ws.query(
                "SELECT id, name FROM units WHERE kind = 'village' AND parent_id = ? AND deleted = 0", [commune_id])}
            folded = {fold(n): n for n in there}
            close = difflib.get_close_matches(fold(name), list(folded), n=1, cutoff=_CLOSE_VILLAGE)
            out.append({"key": village_choice_key((commune_id, vkey)), "commune_id": commune_id,
                        "commune": self.checker.communes[commune_id]["name"], "name": name, "rows": rows,
                        "suggestion_id": there[folded[close[0]]] if close else None,
                        "suggestion": folded[close[0]] if close else None})
        return out

    def _add_villages(self, keys) -> None:
        """Create the villages the rows name that were not there when they were checked (looked up again: another
        import may have made one meanwhile)."""
        wanted = {k for k in keys if k and k not in self.village_ids}
        if not wanted:
            return
        with self.connection():
            self.village_ids.update(_add_villages(self.ws, {k: self.checker.new_villages[k] for k in sorted(wanted)}))

    def _fills(self) -> list[tuple[int, dict, dict]]:
        """Which matches of known people bring something new: (person id, values to write, old values); only empty
        fields of the person are filled. Counts 'updated' and 'duplicates'."""
        fills: list[tuple[int, dict, dict]] = []
        if self.updates:
            columns = ("id", "commune_id") + _FILLABLE
            with self.connection() as db:
                current = {r[0]: dict(zip(columns, r)) for r in db.execute(
                    f"SELECT {', '.join(columns)} FROM people WHERE id IN (SELECT value FROM json_each(?))",
                    [json.dumps([pid for pid, _unused in self.updates])])}
            for pid, values in self.updates:
                old = current[pid]
                fill = {f: values[f] for f in _FILLABLE
                        if values.get(f) not in (None, "") and old[f] in (None, "")
                        and not (f == "village_id" and old["commune_id"] != values["commune_id"])}
                if values["_new_village"] and old["village_id"] is None and old["commune_id"] == values["commune_id"]:
                    fill["village_id"] = values["_new_village"]
                if fill:
                    fills.append((pid, fill, {f: old[f] for f in fill}))
                else:
                    self.result.duplicates += 1
        self.result.updated = len(fills)
        return fills

    def finish(self, path, sheet_name: str, layout: Layout, errors_path) -> None:
        """After the last batch: the counts, the errors workbook, and (unless a dry run) the job, the people's
        links to it, the fills of known people, the audit entry."""
        ws, result = self.ws, self.result
        fills = self._fills()
        result.new_villages = len(self.new_village_keys)
        result.villages_to_create = self._villages_to_create()
        self.rejected.sort(key=lambda r: r[0])
        result.rejected = len(self.rejected)
        result.problems = [(r, reason) for r, _unused, reason in self.rejected]
        if errors_path and self.rejected:
            result.errors_path = str(write_errors(errors_path, Path(path).name, sheet_name, layout, self.rejected))
        if self.load is None:
            return
        job_id = self.job_id
        self.load.finish(action="import_insert", note={"job": job_id})
        records.count_import_job(ws.db, job_id, {"rows": result.rows, "created": result.created,
                                                 "updated": result.updated, "rejected": result.rejected})
        self._add_villages(f["village_id"] for _unused, f, _unused in fills if isinstance(f.get("village_id"), tuple))
        for _unused, fill, _unused in fills:
            if isinstance(fill.get("village_id"), tuple):
                fill["village_id"] = self.village_ids[fill["village_id"]]
        records.bulk_update(ws.db, "people", [(pid, fill) for pid, fill, _unused in fills], actor=ws.actor,
                            action="import_update", note={"job": job_id})
        records.audit(ws.db, ws.actor, "import", "import_jobs", job_id, None, None, {
            "file": Path(path).name, "sheet": sheet_name, "rows": result.rows, "created": result.created,
            "updated": result.updated, "duplicates": result.duplicates, "rejected": result.rejected,
            "villages": sorted(self.village_ids.values())})
        result.job_id = job_id
        result.changes = Changes.of("people", "units") if self.village_ids else Changes.of("people")


_CLOSE_VILLAGE = 0.75  # how alike (difflib's ratio, without tone marks) a misspelt village name is to a real one


def village_choice_key(key: tuple) -> str:
    """(commune id, village key) as the text key of a choice (import_file's villages)."""
    return f"{key[0]}|{key[1]}"


def _person_row(v: dict, village_ids: dict, source: str) -> tuple:
    """A checked row (PersonChecker output) as a people row in _INSERT_COLUMNS order."""
    village = village_ids[v["_new_village"]] if v["_new_village"] else v["village_id"]
    return (v["full_name"], v["name_folded"], v["name_sort"], v["birth_year"], v["birth_date"], v["gender"],
            v["citizen_id"], v["phone"], v["commune_id"], village, v["address"], v["occupation"], v["target_group"],
            v["source_list"] or source, v["notes"], v.get("status") or "prospect", v.get("support_category"))


def _add_villages(ws, wanted: dict) -> dict:
    """The villages a list names that were not there when it was checked: {(commune id, key): name} -> ids.
    Looked up again inside the write transaction (another import may have made one meanwhile)."""
    out = {}
    for key, name in wanted.items():
        there = ws.units.match(name, ("village",), key[0])
        out[key] = there[0]["id"] if there else ws.units.insert_unit("village", name, key[0])
    return out


def _write_new(ws, job_id: int, new_rows: list[dict], village_ids: dict, source: str) -> list[int]:
    """Insert checked rows (PersonChecker output) as people of the job (storage indexes them for search)."""
    ids = records.bulk_insert(ws.db, "people", _INSERT_COLUMNS, [_person_row(v, village_ids, source) for v in new_rows],
                              actor=ws.actor, origin=ws.origin, action="import_insert", note={"job": job_id})
    records.link_imported(ws.db, job_id, ids)
    return ids


def bulk_add(ws, raws, source_list: str = "", kind: str = "bulk", progress=NO_PROGRESS) -> int:
    """Add many people at once (demo data, benchmarks, generated lists) as one job; every row must be valid
    (ValidationError naming the first bad one) and citizen IDs new. Returns the job id."""
    from core.errors import ValidationError
    checker = PersonChecker(ws)
    rows = []
    for n, raw in enumerate(raws):
        if n % 10000 == 0:
            progress.report(n)
        values, problems, _unused = checker.check(raw)
        if problems:
            where = f"{n + 1}: {' '.join(problems.values())}"
            raise ValidationError(where, [(str(n + 1), m) for m in problems.values()])
        rows.append(values)
    with ws.transaction():
        job_id = records.add_import_job(ws.db, {"kind": kind, "file_name": source_list, "rows": len(rows),
                                                "created": len(rows)}, actor=ws.actor)
        village_ids = _add_villages(ws, checker.new_villages)
        _write_new(ws, job_id, rows, village_ids, clean(source_list))
    return job_id


def write_errors(path, source_name: str, sheet_name: str, layout: Layout, rejected) -> Path:
    """The rejected rows with their original values, in the file's column layout, plus the sheet row and the
    reason: the clerk fixes them there and imports this workbook again."""
    from core.workbooks import write as xl  # openpyxl: only when there is something to write (0,1 s to import)
    path = Path(path)
    try:
        folder = path.parent.is_dir()
    except OSError:   # a folder name longer than the system allows, a symlink loop
        folder = False
    if not folder:  # a mistyped folder: say so rather than make folders the clerk did not ask for
        raise UserError(_("Không ghi được tệp lỗi {path}: thư mục không có, không được phép ghi, hoặc tệp đang mở "
                          "trong Excel. Chưa nhập gì.", path=path), field="errors")
    book = xl.new_workbook(write_only=True)  # long lists: rows stream out
    sheet = xl.add_sheet(book, (sheet_name or "Sheet1")[:31])
    width = len(layout.labels)
    text_columns = tuple(layout.mapping[f] + 1 for f in ("citizen_id", "phone") if f in layout.mapping)
    xl.print_setup(sheet, landscape=width > 6, title_rows="3:3", freeze="A4")
    xl.title_row(sheet, _("Các dòng chưa nhập được từ “{name}”: sửa theo cột “Lý do” rồi nhập lại tệp này.",
                          name=source_name), "title")
    xl.notice_row(sheet)
    xl.header_row(sheet, list(layout.labels) + [_("Dòng"), _("Lý do")])
    for sheet_row, row, reason in rejected:
        values = [v if v != "" else None for v in row[:width]] + [None] * (width - len(row))
        xl.data_row(sheet, values + [sheet_row, reason], text_columns=text_columns)
    return xl.save(book, path, message=_("Không ghi được tệp lỗi {path}: thư mục không có, không được phép ghi, "
                                         "hoặc tệp đang mở trong Excel. Chưa nhập gì.", path=path), field="errors")
