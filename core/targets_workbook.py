"""Import a plan's targets from the province's Excel table (the shape of seed 000's Phụ lục 01).

    layout = analyse(path)                 # header rows, unit column, proposed role of every column
    result = import_targets(ws, path, plan_id, layout)   # checks everything, then writes in one transaction

The table: title rows; a header of one or two rows (merged cells: calamine gives the text in the top-left
cell only, so it is carried right and down over each merged range); maybe a column-number row
('1 2 3 … 7=4+5+6'); a totals row ('Tổng', 'Tổng cộng', 'Cộng'); one row per unit, named with or without
'Huyện'/'Xã'. Columns: baseline ('… đến hết 31/3/2023' — several allowed, the latest is what cumulative
uses), period target ('Số người phải phát triển …', the period named from the header), cumulative
('Lũy kế …', or any column whose number cell is a formula like '7=4+5+6'); STT/TT and others are ignored.
Nothing is written unless every check passes; each problem names its cell ('D9: …').

A period the import creates takes its dates from its column header when the header states them ('Quý IV/2025',
'từ 01/10 đến 31/12/2025'…; core.period_dates): from the column's own title first ('Tháng 10' under 'Số người
phải phát triển Quý IV/2025' is October, the group title giving only the year), a start left out being the day
after the previous period or else the latest baseline (else the plan's start), and only when they lie inside the
plan's dates and overlap no other period's (a group title's dates that every column under it would take are
nobody's); the caller may give them instead (period_dates={name: (start, end)}). A period left without dates
counts no registration until it has them: the result says which new periods have dates (dated) and which still
need them (undated, period_notes).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from core import formatting, parse, period_dates as spans
from core.errors import UserError
from core.i18n import _
from core.progress import NO_PROGRESS
from core.target_table import parse_count
from core.text import clean, fold
from core.workbooks import column_index, column_letter, open_workbook


ROLES = ("baseline", "period", "cumulative", "ignore")
UNIT_KINDS = ("district", "commune", "custom", "village")
_UNIT_HEADER = re.compile(r"^(ten\s+)?(don vi|dia ban|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|thon|"
                          r"to dan pho|tinh|co quan)\b")
_INDEX_HEADER = re.compile(r"^(s\.?\s?tt|tt|so tt|so thu tu)\.?$")
_TOTAL_LABELS = re.compile(r"^(tong|tong cong|cong|tong so|toan (tinh|huyen|thanh pho|xa|phuong|don vi))\b")
_DATE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})\b")
_MONTH = re.compile(r"thang\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\b")      # 'đến hết tháng 3/2023' (folded)
_YEAR_END = re.compile(r"het\s*nam\s*(\d{4})\b")                        # 'đến hết năm 2022' (folded)
_NUMBER_CELL = re.compile(r"^\(?\d{1,2}\)?$|^\(?\d{1,2}\s*=\s*\d{1,2}(\s*[+\-]\s*\d{1,2})+\)?$|^[A-Z]$")
_QUOTED = re.compile(r"[“\"«']([^”\"»']+)[”\"»']")
_GROWTH = re.compile(r"phải\s+phát\s+triển", re.IGNORECASE)
_MAX_HEADER_SCAN = 40


@dataclass
class ColumnRole:
    index: int                      # 0-based column index
    letter: str                     # 'D'
    header: str                     # the header text, merged cells carried over
    role: str = "ignore"            # baseline | period | cumulative | ignore
    period_name: str | None = None
    reference_date: str | None = None   # ISO, baselines only


@dataclass
class TargetsLayout:
    sheet: str
    sheets: list[str]
    header_rows: list[int]          # 1-based sheet rows
    number_row: int | None
    unit_column: str                # letter
    first_data_row: int             # 1-based
    columns: list[ColumnRole] = field(default_factory=list)
    totals_row: int | None = None

    def column(self, letter: str) -> ColumnRole:
        return next(c for c in self.columns if c.letter == letter)

    def mapped(self, role: str) -> list[ColumnRole]:
        return [c for c in self.columns if c.role == role]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class TargetsImportResult:
    units: int = 0
    periods: list[str] = field(default_factory=list)
    written: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    created_periods: list[str] = field(default_factory=list)
    dry_run: bool = False
    # Every new period's (start, end) as ISO dates, (None, None) when it has none (in a dry run: what it would get).
    period_dates: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # Why a new period did not take the dates its header states ('the header says … outside the plan's dates').
    period_notes: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def dated(self) -> list[str]:
        """The new periods that have (would have) both dates."""
        return [n for n in self.created_periods if all(self.period_dates.get(n, (None, None)))]

    @property
    def undated(self) -> list[str]:
        """The new periods still needing dates: no registration counts toward them until they have them."""
        return [n for n in self.created_periods if not all(self.period_dates.get(n, (None, None)))]

    def to_json(self) -> dict:
        return {"units": self.units, "periods": self.periods, "written": self.written,
                "errors": [{"cell": c, "message": m} for c, m in self.errors],
                "period_dates": {n: dict(zip(("start", "end"), self.period_dates.get(n, (None, None))))
                                 for n in self.created_periods}}


# --- reading ----------------------------------------------------------------------------------------
def _read(path, sheet: str | None):
    """(sheet names, {name: (grid from A1, merged ranges)}) for the chosen sheet, or all when sheet is None."""
    with open_workbook(path) as book:
        if sheet is not None and sheet not in book.sheet_names:
            raise UserError(_("Tệp không có trang “{sheet}”. Các trang: {sheets}.",
                              sheet=sheet, sheets=", ".join(book.sheet_names)), field="sheet")
        out = {}
        for name in ([sheet] if sheet else book.worksheets):
            found = book.sheet(name)
            out[name] = (found.rows, found.merged)
        return book.worksheets, out


def _text(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return formatting.as_date(value).strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():   # NaN and ∞ are not: they stay 'nan' / 'inf'
        return str(int(value))
    return clean(value)


def _cell(grid, r: int, c: int):
    row = grid[r] if r < len(grid) else []
    return row[c] if c < len(row) else ""


def _filled(grid, merged, rows: range) -> dict:
    """{(r, c): text} over these rows with merged ranges' top-left text carried over the whole range."""
    out = {}
    for r in rows:
        for c in range(len(grid[r]) if r < len(grid) else 0):
            out[(r, c)] = _text(grid[r][c])
    for (r0, c0), (r1, c1) in merged:
        top = _text(_cell(grid, r0, c0))
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if r in rows:
                    out[(r, c)] = top
    return out


def _is_number_row(grid, r: int) -> bool:
    cells = [v for v in (grid[r] if r < len(grid) else []) if _text(v)]
    return len(cells) >= 3 and all(_NUMBER_CELL.match(_text(v)) and not (isinstance(v, float) and v > 60)
                                   for v in cells)


def _is_header_start(grid, merged, r: int) -> int | None:
    """The unit column's index when row r starts a header (a unit title plus a recognisable figure column)."""
    rows = range(r, min(r + 3, len(grid)))
    filled = _filled(grid, merged, rows)
    figures = None   # the columns whose header names a figure: found once, though a unit title may fill many columns
    for c in range(len(grid[r])):
        text = filled.get((r, c), "")
        key = fold(text)
        if not text or len(text) > 80 or key.startswith("don vi tinh") or not _UNIT_HEADER.match(key):
            continue
        if figures is None:
            figures = [c2 for c2 in range(len(grid[r]))
                       if _role_of(" ".join(filled.get((r2, c2), "") for r2 in rows), "", False)[0] != "ignore"]
        if any(c2 != c for c2 in figures):
            return c
    return None


def _role_of(header: str, number_cell: str, after_period: bool) -> tuple[str, str | None]:
    """(role, ISO reference date) for a column from its header text and its column-number cell."""
    key = fold(header)
    if _INDEX_HEADER.match(key):
        return "ignore", None
    if "=" in number_cell:
        return "cumulative", None
    if "phai phat trien" in key or "chi tieu" in key or "giao" in key.split():
        return "period", None
    if "luy ke" in key and after_period:
        return "cumulative", None
    date = _find_date(header)
    if date:
        return "baseline", date
    if "luy ke" in key or key.startswith("tong"):
        return "cumulative", None
    return "ignore", None


def _find_date(text: str) -> str | None:
    """The reference date in a header: '31/3/2023', '31.03.23'; 'tháng 3/2023' and 'hết năm 2022' mean the
    last day of that month or year."""
    try:
        m = _DATE.search(text)
        if m:
            return parse.iso_date(m.group(0))
        m = _MONTH.search(fold(text))
        if m:
            month, year = int(m.group(1)), int(m.group(2))
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return (following - dt.timedelta(days=1)).isoformat()
        m = _YEAR_END.search(fold(text))
        if m:
            return dt.date(int(m.group(1)), 12, 31).isoformat()
    except (ValueError, UserError):   # 31/02/2023 and the like: not a date, so not a baseline
        return None
    return None


def _period_name(parts: list[str]) -> str:
    full = " ".join(parts)
    quoted = _QUOTED.search(full)
    if quoted:
        name = quoted.group(1)
    elif len(parts) > 1 and not _GROWTH.search(parts[-1]):
        name = parts[-1]
    else:
        m = _GROWTH.search(full)
        name = full[m.end():] if m else full
    name = re.sub(r"\([^)]*\)", " ", name)
    name = clean(re.sub(r"^\s*(trong|của|cho)\s+", "", clean(name), flags=re.IGNORECASE)).strip(" :-–")
    if name.isupper():              # 'THÁNG CAO ĐIỂM' from an all-capitals header
        name = name.lower()
    return name[:1].upper() + name[1:] if name else ""


def _layout(name: str, names: list[str], grid, merged) -> TargetsLayout | None:
    for r in range(min(_MAX_HEADER_SCAN, len(grid))):
        unit_col = _is_header_start(grid, merged, r)
        if unit_col is None:
            continue
        # The header goes on while rows hold no figures, leave the unit cell to a merged range, and are not
        # the column-number row.
        last, number_row = r, None
        for r2 in range(r + 1, min(r + 4, len(grid))):
            if _is_number_row(grid, r2):
                number_row = r2
                break
            row = grid[r2]
            figures = any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row)
            if figures or _text(_cell(grid, r2, unit_col)) or not any(_text(v) for v in row):
                break
            last = r2
        first_header = r - 1 if r > 0 and _header_above(grid, merged, r) else r
        header_rows = list(range(first_header, last + 1))
        filled = _filled(grid, merged, range(first_header, last + 1))
        if not any(r0 <= last and r1 >= first_header for (r0, _c0), (r1, _c1) in merged):
            _carry_group_titles(filled, header_rows, len(grid[r]))
        columns, after_period = [], False
        for c in range(len(grid[r])):
            parts = []
            for r2 in header_rows:
                text = filled.get((r2, c), "")
                if text and (not parts or parts[-1] != text):
                    parts.append(text)
            header = " ".join(parts)
            if c == unit_col or not header:
                continue
            number_cell = _text(_cell(grid, number_row, c)) if number_row is not None else ""
            role, date = _role_of(header, number_cell, after_period)
            after_period = after_period or role == "period"
            columns.append(ColumnRole(c, column_letter(c + 1), header, role,
                                      _period_name(parts) if role == "period" else None, date))
        first = (number_row if number_row is not None else last) + 1
        layout = TargetsLayout(name, names, [x + 1 for x in header_rows],
                               None if number_row is None else number_row + 1,
                               column_letter(unit_col + 1), first + 1, columns)
        layout.totals_row = next((r2 + 1 for r2 in range(first, len(grid)) if _total_label(grid[r2], unit_col)), None)
        return layout
    return None


def _carry_group_titles(filled: dict, header_rows: list[int], width: int) -> None:
    """Without merge information (calamine has none for .ods; some sheets centre titles across columns
    instead of merging), a blank upper header cell with a sub-title under it takes its left neighbour's
    group title: 'Số người phải phát triển' over both 'Tháng cao điểm' and 'Các tháng còn lại'."""
    for i, r in enumerate(header_rows[:-1]):
        for c in range(1, width):
            below = any(filled.get((r2, c)) for r2 in header_rows[i + 1:])
            if not filled.get((r, c)) and below and filled.get((r, c - 1)):
                filled[(r, c)] = filled[(r, c - 1)]


def _header_above(grid, merged, r: int) -> bool:
    """Whether row r-1 belongs to the header although the unit title is on row r: it holds group titles
    over several columns ('Số người phải phát triển' above 'Tháng cao điểm'), not one title line."""
    if any(r0 == r - 1 and r1 >= r for (r0, _c0), (r1, _c1) in merged):
        return True
    return sum(1 for v in grid[r - 1] if _text(v)) >= 2 and not _is_number_row(grid, r - 1)


def _total_label(row, unit_col: int) -> bool:
    return any(_TOTAL_LABELS.match(fold(_text(v)).strip(" :")) for v in row[:unit_col + 1])


def analyse(path, sheet: str | None = None) -> TargetsLayout:
    """Find the table: header rows, unit column and each column's proposed role (the UI shows it to confirm)."""
    names, sheets = _read(path, sheet)
    for name, (grid, merged) in sheets.items():
        layout = _layout(name, names, grid, merged)
        if layout is not None:
            return layout
    raise UserError(_("Không tìm thấy dòng tiêu đề có cột đơn vị (ví dụ “Huyện, thành phố”, “Đơn vị”, “Xã, "
                      "phường”) và cột chỉ tiêu trong {where}.", where=sheet or ", ".join(names)), field="sheet")


# --- checking and writing ----------------------------------------------------------------------------
@dataclass
class _Row:
    number: int                     # 1-based sheet row
    name: str                       # as written in the unit cell
    values: dict                    # column letter -> int | None
    unit: dict = field(default_factory=dict)   # the matched unit's record


def _check_layout(layout: TargetsLayout) -> list[tuple[str, str]]:
    errors, periods, dates = [], {}, {}
    header_row = layout.header_rows[-1] if layout.header_rows else 1
    for col in layout.columns:
        cell = f"{col.letter}{header_row}"
        if col.role not in ROLES:
            errors.append((cell, _("Vai trò cột “{role}” không hợp lệ.", role=col.role)))
        elif col.role == "period":
            if not clean(col.period_name):
                errors.append((cell, _("cột chỉ tiêu cần tên đợt.")))
            elif fold(col.period_name) in periods:
                errors.append((cell, _("hai cột cùng tên đợt “{name}”.", name=col.period_name)))
            periods[fold(col.period_name or "")] = col
        elif col.role == "baseline":
            if not col.reference_date:
                errors.append((cell, _("cột số đầu kỳ cần ngày số liệu.")))
            elif col.reference_date in dates:
                errors.append((cell, _("hai cột số đầu kỳ cùng ngày {date}.",
                                       date=formatting.date(col.reference_date))))
            dates[col.reference_date] = col
    if not layout.mapped("period") and not layout.mapped("baseline"):
        errors.append(("", _("Không nhận ra cột số đầu kỳ hay cột chỉ tiêu nào.")))
    return errors


def _match_units(ws, named: list[tuple[int, str]]) -> tuple[dict, list]:
    """{sheet row: unit} for [(row, name)], tone marks counting; errors for unknown, ambiguous, repeated names.

    When a name fits several units (villages called 'Thôn 1' in many communes), the parent most rows share
    decides."""
    found, errors, ambiguous = {}, [], {}
    match = ws.units.matcher(UNIT_KINDS)
    for row, name in named:
        matches = match(name)
        if len(matches) == 1:
            found[row] = matches[0]
        elif matches:
            ambiguous[row] = (name, matches)
        else:
            errors.append((row, _("không tìm thấy địa bàn “{name}”.{hint}", name=name, hint=_near(ws, name))))
    parents = [u["parent_id"] for u in found.values()]
    common = max(set(parents), key=parents.count) if parents else None
    for row, (name, matches) in ambiguous.items():
        near = [u for u in matches if u["parent_id"] == common]
        if len(near) == 1:
            found[row] = near[0]
        else:
            errors.append((row, _("“{name}” trùng với nhiều địa bàn: {names}.",
                                  name=name, names=", ".join(u["name"] for u in matches))))
    return found, errors


def _near(ws, name: str) -> str:
    """' Có phải: Xã Sơn Hà, Xã Sơn Hạ?' when the name matches units once tone marks are ignored."""
    from core.units import near_names_hint
    kinds = ",".join("?" * len(UNIT_KINDS))
    names = [u["name"] for u in ws.query(f"SELECT name FROM units WHERE deleted = 0 AND kind IN ({kinds})",
                                         list(UNIT_KINDS))]
    return near_names_hint(name, names)


def import_targets(ws, path, plan_id: int, layout: TargetsLayout | None = None, indicator_code: str = "vsi_new",
                   dry_run: bool = False, progress=NO_PROGRESS, period_dates: dict | None = None
                   ) -> TargetsImportResult:
    """Check the whole table, then (unless dry_run or any error) write baselines and targets in one
    transaction, creating the periods the plan lacks (matched by name without tone marks or case) with their
    dates: period_dates {name: (start, end)} as given (typed text, ISO or dates; (None, None) leaves them
    empty), else those the column header states (see the module's note)."""
    plan = ws.plans.require(plan_id)
    indicator = ws.plans.indicator(indicator_code)
    if layout is None:
        layout = analyse(path)
    grid = _read(path, layout.sheet)[1][layout.sheet][0]
    result = TargetsImportResult(periods=[c.period_name for c in layout.mapped("period")], dry_run=dry_run)
    result.errors = _check_layout(layout)
    if result.errors:
        return result
    rows, totals, errors = _collect(grid, layout, progress)
    if not rows:
        result.errors = [("", _("Bảng không có dòng đơn vị nào có số liệu."))]
        return result
    errors += _match_rows(ws, rows, layout.unit_column)
    errors += _check_sums(rows, totals, layout)
    errors.sort(key=lambda e: (e[0], _column_index(e[1])))
    result.units = len(rows)
    result.errors = [(f"{letter}{n}", msg) for n, letter, msg in errors]
    result.created_periods = _missing_periods(ws, plan["id"], result.periods)
    dates, date_errors = _new_period_dates(ws, plan, layout, result, period_dates or {})
    result.errors += date_errors
    if result.errors or dry_run:
        return result
    result.written = _write(ws, plan["id"], indicator["id"], rows, layout, result, progress, dates)
    return result


def _collect(grid, layout: TargetsLayout, progress) -> tuple[list[_Row], _Row | None, list]:
    """The unit rows and the totals row, with figures parsed; errors are (row, column letter, message)."""
    unit_col = _column_index(layout.unit_column)
    value_cols = [c for c in layout.columns if c.role in ("baseline", "period", "cumulative")]
    rows, totals, errors = [], None, []
    total = len(grid) - layout.first_data_row + 1
    for i, r in enumerate(range(layout.first_data_row - 1, len(grid))):
        if i % 50 == 0:
            progress.report(i, total, _("Đang đọc bảng chỉ tiêu"))
        values, row_errors = {}, []
        for col in value_cols:
            raw = _cell(grid, r, col.index)
            try:
                values[col.letter] = parse_count(raw)   # the cell is named beside the message
            except UserError as exc:
                values[col.letter] = None
                row_errors.append((r + 1, col.letter, exc.message))
        name = _text(_cell(grid, r, unit_col))
        if not any(v is not None for v in values.values()) and not (name and row_errors):
            continue                       # blank lines, notes and signatures under the table
        errors += row_errors
        if totals is None and (layout.totals_row == r + 1 or _total_label(grid[r], unit_col)):
            totals = _Row(r + 1, name, values)
        else:
            rows.append(_Row(r + 1, name, values))
    return rows, totals, errors


def _match_rows(ws, rows: list[_Row], letter: str) -> list:
    """Give each row its unit (row.unit becomes the unit's record) or an error naming the unit cell."""
    found, unit_errors = _match_units(ws, [(row.number, row.name) for row in rows if row.name])
    errors = [(n, letter, msg) for n, msg in unit_errors]
    seen = {}
    for row in rows:
        if not row.name:
            errors.append((row.number, letter, _("thiếu tên đơn vị.")))
        row.unit = found.get(row.number, {})
        if row.unit:
            if row.unit["id"] in seen:
                errors.append((row.number, letter, _("“{name}” đã có ở dòng {row}.",
                                                     name=row.unit["name"], row=seen[row.unit["id"]])))
            seen.setdefault(row.unit["id"], row.number)
    return errors


def _check_sums(rows: list[_Row], totals: _Row | None, layout: TargetsLayout) -> list:
    """Each row's cumulative = its latest baseline + its targets; the totals row = the sum of the rows."""
    errors = []
    baselines = sorted(layout.mapped("baseline"), key=lambda c: c.reference_date)
    periods = layout.mapped("period")
    for row in rows:
        for cum in layout.mapped("cumulative"):
            value = row.values.get(cum.letter)
            base = next((row.values[b.letter] for b in reversed(baselines) if row.values[b.letter] is not None), 0)
            expected = base + sum(row.values[p.letter] or 0 for p in periods)
            if value is not None and value != expected:
                errors.append((row.number, cum.letter, _("lũy kế {value} khác số đầu kỳ + chỉ tiêu = {expected}.",
                                                         value=formatting.number(value),
                                                         expected=formatting.number(expected))))
    if totals is not None:
        for letter, value in totals.values.items():
            expected = sum(row.values[letter] or 0 for row in rows)
            if value is not None and value != expected:
                errors.append((totals.number, letter, _("tổng cộng {value} khác tổng các dòng {expected}.",
                                                        value=formatting.number(value),
                                                        expected=formatting.number(expected))))
    return errors


def _column_index(letter: str) -> int:
    return column_index(letter) - 1


def _missing_periods(ws, plan_id: int, names: list[str]) -> list[str]:
    have = {fold(p["name"]) for p in ws.plans.periods(plan_id)}
    return [n for n in names if fold(n) not in have]


def _new_period_dates(ws, plan: dict, layout: TargetsLayout, result: TargetsImportResult, given: dict
                      ) -> tuple[dict, list]:
    """({folded name: (start, end)} for the periods the import creates, errors) and result.period_dates/notes
    filled. Given dates are checked (both or neither, start ≤ end, inside the plan) and refused naming the period;
    a header's dates outside the plan, or overlapping another period's, are left out with a note."""
    new = {fold(n): n for n in result.created_periods}
    existing = {fold(p["name"]): p for p in ws.plans.periods(plan["id"])}
    header_row = layout.header_rows[-1] if layout.header_rows else 1
    errors, dates, from_header = [], {}, set()
    given_by_key = {}
    for name, value in given.items():
        if fold(name) not in new:
            errors.append(("", _("“{period}” không phải kỳ mới của lần nhập này; ngày của một kỳ đã có thì sửa "
                                 "trong kế hoạch.", period=clean(name))))
        else:
            given_by_key[fold(name)] = value
    baselines = sorted(c.reference_date for c in layout.mapped("baseline") if c.reference_date)
    plan_start = parse.stored_date(plan.get("start_date"))
    follows = _next_day(baselines[-1]) if baselines else plan_start   # where a period without a start begins
    reference = plan_start or parse.stored_date(plan.get("issued_on"))
    for col in layout.mapped("period"):
        key = fold(col.period_name or "")
        if key in existing:
            follows = _next_day(existing[key]["end_date"])
            continue
        if key not in new or key in dates:
            continue
        name = new[key]
        if key in given_by_key:
            try:
                start, end = _given_dates(plan, name, given_by_key[key])
            except UserError as exc:
                errors.append((f"{col.letter}{header_row}", exc.message))
                start, end = None, None
        else:
            start, end = _header_dates(col, follows, reference)
            if start and _outside(plan, start, end):
                result.period_notes[name] = _("tiêu đề cột ghi {start} – {end}, ngoài thời gian kế hoạch "
                                              "({plan_start} – {plan_end})", **_shown(plan, start, end))
                start, end = None, None
            elif start:
                from_header.add(key)
        dates[key] = (start, end)
        result.period_dates[name] = (start, end)
        follows = _next_day(end)
    _drop_overlaps(dates, from_header, new, existing, result)
    return dates, errors


def _header_dates(col: ColumnRole, follows: dt.date | None, reference: dt.date | None
                  ) -> tuple[str | None, str | None]:
    """The ISO (start, end) a period column's header states. The column's own title first ('Tháng 10' under the
    group title 'Số người phải phát triển Quý IV/2025'), the rest of the header giving only its year: a group
    title's dates are the whole group's, not each column's. The whole header only when the title states nothing
    ('Đợt 1 (01/10–30/11/2025)' named 'Đợt 1')."""
    first, last = spans.span(col.period_name or "", follows=follows, reference=reference, context=col.header)
    if first is None and last is None:
        first, last = spans.span(col.header, follows=follows, reference=reference)
    return (first.isoformat(), last.isoformat()) if first and last else (None, None)


def _drop_overlaps(dates: dict, from_header: set, new: dict, existing: dict, result: TargetsImportResult) -> None:
    """Leave out, with a note, the header dates of a new period that overlap another period's dates (another new
    period's, given ones, an existing period's): a registration on a day in both would count toward both, as when
    the group title 'Quý IV/2025' is all the headers of 'Tháng cao điểm' and 'Các tháng còn lại' state."""
    dated = [(key, new[key], start, end) for key, (start, end) in dates.items() if start and end]
    dated += [(key, p["name"], p["start_date"], p["end_date"]) for key, p in existing.items()
              if p["start_date"] and p["end_date"]]
    clashes = {}
    for key, name, start, end in dated:
        if key in from_header:
            other = next(((n, s, e) for k, n, s, e in dated if k != key and s <= end and start <= e), None)
            if other:
                clashes[key] = (name, start, end, other)
    for key, (name, start, end, (other, other_start, other_end)) in clashes.items():
        result.period_notes[name] = _("tiêu đề cột ghi {start} – {end}, trùng thời gian với đợt “{other}” "
                                      "({other_start} – {other_end})", start=formatting.date(start),
                                      end=formatting.date(end), other=other,
                                      other_start=formatting.date(other_start), other_end=formatting.date(other_end))
        dates[key] = (None, None)
        result.period_dates[name] = (None, None)


def _given_dates(plan: dict, name: str, value) -> tuple[str | None, str | None]:
    """The (start, end) given for a new period, read and checked; UserError naming the period."""
    first, last = value if value is not None else (None, None)
    start = parse.iso_date(first, where=_("Ngày bắt đầu của “{period}”", period=name), field="start_date")
    end = parse.iso_date(last, where=_("Ngày kết thúc của “{period}”", period=name), field="end_date")
    if bool(start) != bool(end):
        raise UserError(_("“{period}”: nhập cả ngày bắt đầu và ngày kết thúc, hoặc để trống cả hai.", period=name),
                        field="start_date" if not start else "end_date")
    if start and end < start:
        raise UserError(_("“{period}”: ngày kết thúc {end} trước ngày bắt đầu {start}.", period=name,
                          start=formatting.date(start), end=formatting.date(end)), field="end_date")
    if start and _outside(plan, start, end):
        raise UserError(_("“{period}”: {start} – {end} nằm ngoài thời gian kế hoạch ({plan_start} – {plan_end}).",
                          period=name, **_shown(plan, start, end)), field="start_date")
    return start, end


def _outside(plan: dict, start: str, end: str) -> bool:
    low, high = plan.get("start_date"), plan.get("end_date")
    return bool((low and start < low) or (high and end > high))


def _shown(plan: dict, start: str, end: str) -> dict:
    return {"start": formatting.date(start), "end": formatting.date(end),
            "plan_start": formatting.date(plan.get("start_date")) or "…",
            "plan_end": formatting.date(plan.get("end_date")) or "…"}


def _next_day(iso: str | None) -> dt.date | None:
    day = parse.stored_date(iso)
    return day + dt.timedelta(days=1) if day else None


def _write(ws, plan_id, indicator_id, rows, layout: TargetsLayout, result, progress, dates: dict) -> int:
    with ws.transaction():
        by_name = {fold(p["name"]): p["id"] for p in ws.plans.periods(plan_id)}
        result.created_periods = []
        for col in layout.mapped("period"):
            key = fold(col.period_name)
            if key not in by_name:
                start, end = dates.get(key, (None, None))
                by_name[key], _unused = ws.plans.add_period(plan_id, col.period_name, start, end)
                result.created_periods.append(col.period_name)
                result.period_dates[col.period_name] = (start, end)
        base_cells, target_cells = [], []
        for row in rows:
            for col in layout.mapped("baseline"):
                if row.values[col.letter] is not None:
                    base_cells.append((row.unit["id"], col.reference_date, row.values[col.letter]))
            for col in layout.mapped("period"):
                if row.values[col.letter] is not None:
                    target_cells.append((row.unit["id"], by_name[fold(col.period_name)], row.values[col.letter]))
        progress.report(0, len(base_cells) + len(target_cells), _("Đang ghi chỉ tiêu"))
        ws.plans.write_baselines(plan_id, indicator_id, base_cells)
        ws.plans.write_targets(plan_id, indicator_id, target_cells)
    return len(base_cells) + len(target_cells)


# The writer lives in its own module (core.workbooks.write's look); it is re-exported here so callers find both halves.
from core.targets_export import export_targets  # noqa: E402,F401
