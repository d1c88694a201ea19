"""Daily figures: new participants per commune, day and indicator, typed or pasted from the official collection
software for people who are not in the app. A figure is the commune's whole count for that day and indicator:
where one exists, reports take it instead of the registrations recorded in the app that day (never both)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from core import formatting, parse
from core.changes import Changes
from core.errors import UserError
from core.i18n import N_, _
from core.reports.scope import only
from core.text import clean, fold


class DailyFigures:
    def __init__(self, ws):
        self.ws = ws

    def set(self, commune_id: int, day, indicator_code: str, count, notes: str = "") -> Changes:
        """Record (or replace) a commune's figure for a day; count None or '' removes it. Audited."""
        commune = self.ws.get("units", commune_id)
        if commune is None or commune["deleted"] or commune["kind"] != "commune":
            raise UserError(_("Đơn vị không phụ trách xã số {id}.", id=commune_id), field="commune_id")
        indicator = self.ws.config.indicator(indicator_code)
        if indicator is None:
            raise UserError(_("Không có chỉ tiêu “{code}”.", code=indicator_code), field="indicator")
        iso = parse.iso_date(day, where=_("Ngày"), field="day")
        if iso is None:
            raise UserError(_("Ngày: không được để trống."), field="day")
        number = parse.whole_number(count, where=_("Số người"), field="count", minimum=0)
        with self.ws.transaction():  # inside an import's transaction: part of it
            old = self.ws.query("SELECT id FROM daily_figures WHERE commune_id = ? AND indicator_id = ? AND day = ?"
                                " AND deleted = 0", [commune_id, indicator["id"], iso])
            if number is None:
                if old:
                    self.ws.delete("daily_figures", old[0]["id"])
            elif old:
                self.ws.update("daily_figures", old[0]["id"], {"count": number, "notes": clean(notes)})
            else:
                self.ws.insert("daily_figures", {"commune_id": commune_id, "indicator_id": indicator["id"],
                                                 "day": iso, "count": number, "notes": clean(notes)})
        return Changes.of("targets")

    def between(self, day_from: str, day_to: str, office=None) -> list[dict]:
        """The figures typed for days from day_from to day_to (the office's, when one is given:
        core.reports.scope)."""
        mine, params = only(office, "f")
        return self.ws.query(
            "SELECT f.commune_id, f.day, i.code AS indicator, f.count FROM daily_figures f"
            " JOIN indicators i ON i.id = f.indicator_id WHERE f.deleted = 0 AND f.day BETWEEN ? AND ?" + mine,
            [day_from, day_to, *params])


COLUMNS_SETTING = "figures.columns"   # the office's own column names, {folded header: field} (JSON)
FIELDS = {"commune": N_("Xã"), "day": N_("Ngày"), "indicator": N_("Chỉ tiêu"), "count": N_("Số người")}

# The template's columns (the header's words, folded) -> field
_HEADERS = {"xa": "commune", "xa/phuong": "commune", "xa, phuong": "commune", "phuong": "commune", "ngay": "day",
            "chi tieu": "indicator", "so nguoi": "count", "so luong": "count"}
_INDICATOR_WORDS = {"bhxh tu nguyen": "vsi_new", "bhxh tn": "vsi_new", "vsi_new": "vsi_new",
                    "bhyt ho gia dinh": "hhi_new", "bhyt hgd": "hhi_new", "hhi_new": "hhi_new"}


@dataclass
class FiguresImport:
    rows: int = 0
    written: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)   # (row number in the sheet, reason)

    def to_json(self) -> dict:
        return {"rows": self.rows, "written": self.written,
                "errors": [{"row": row, "message": message} for row, message in self.errors]}


class NoHeader(UserError):
    """The first sheet has no header row naming the four columns; `names` are the texts of its likeliest header
    row, for the clerk to say which is which."""

    def __init__(self, message: str, names: list[str]):
        super().__init__(message, field="path")
        self.names = names


def own_columns(ws) -> dict[str, str]:
    """The column names this office's files use, remembered from an import: {folded header: field}."""
    try:
        saved = json.loads(ws.setting(COLUMNS_SETTING) or "{}")
    except ValueError:   # a damaged setting: the template's names still work
        return {}
    return {k: v for k, v in saved.items() if isinstance(k, str) and v in FIELDS} if isinstance(saved, dict) else {}


def column_names(columns: dict[str, str] | None) -> dict[str, str]:
    """{field: the file's header text} checked and folded to {folded header: field}."""
    out = {}
    for key, text in (columns or {}).items():
        if key not in FIELDS:
            raise UserError(_("Không có cột “{name}” (chỉ có Xã, Ngày, Chỉ tiêu, Số người).", name=key), field="columns")
        if not clean(text):
            raise UserError(_("Tên cột trong tệp cho “{field}” không được để trống.", field=_(FIELDS[key])),
                            field="columns")
        out[fold(text)] = key
    return out


def import_figures(ws, path, dry_run: bool = False, columns: dict[str, str] | None = None) -> FiguresImport:
    """Daily figures from a workbook with the columns Xã, Ngày, Chỉ tiêu, Số người (the header in its first
    rows): every row checked first; any refused row and nothing is written (a figure is a commune's whole count
    for a day: half a file would misstate the weeks it touches). columns: {field: the file's header text} for
    software that names them otherwise; once a header is found with them they are remembered (not on a dry
    run), so the office names them once."""
    from core.units import unit_key
    from core.workbooks import open_workbook
    named = column_names(columns)
    with open_workbook(path) as book:
        rows = book.sheet(book.worksheets[0]).rows
    header_at, columns_at = _header(rows, {**_HEADERS, **own_columns(ws), **named})
    if header_at is None:
        names = _likeliest_header(rows)
        raise NoHeader(_("Không thấy dòng tiêu đề có đủ các cột Xã, Ngày, Chỉ tiêu, Số người ở trang đầu của tệp. "
                         "Nếu phần mềm đặt tên cột khác, hãy chỉ rõ cột nào là cột nào (một lần: ứng dụng sẽ nhớ). "
                         "Các cột ở dòng tiêu đề: {names}.", names=", ".join(f"“{n}”" for n in names) or "…"), names)
    if named and not dry_run:
        ws.set_setting(COLUMNS_SETTING, json.dumps({**own_columns(ws), **named}, ensure_ascii=False))
    columns = columns_at
    communes = {}
    for c in ws.units.communes():
        communes.setdefault(unit_key(c["name"]), []).append(c["id"])
    result = FiguresImport()
    checked = []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        values = {f: row[i] if i < len(row) else None for f, i in columns.items()}
        if all(v in (None, "") for v in values.values()):
            continue
        result.rows += 1
        try:
            checked.append(_check(ws, values, communes))
        except UserError as exc:
            result.errors.append((number, exc.message))
    if result.errors or dry_run:
        return result
    with ws.transaction():
        for commune_id, day, indicator, count in checked:
            ws.figures.set(commune_id, day, indicator, count)
            result.written += 1
    return result


def _header(rows, headers: dict[str, str]) -> tuple[int | None, dict]:
    for at, row in enumerate(rows[:20]):
        found = {}
        for i, cell in enumerate(row):
            key = headers.get(fold(cell)) if cell is not None else None
            if key and key not in found:
                found[key] = i
        if len(found) == 4:
            return at, found
    return None, {}


def _likeliest_header(rows) -> list[str]:
    """The texts of the first rows' fullest row of text cells (a header names its columns in words)."""
    best: list[str] = []
    for row in rows[:20]:
        texts = [clean(c) for c in row if isinstance(c, str) and clean(c)]
        if len(texts) > len(best):
            best = texts
    return best[:30]


def _check(ws, values: dict, communes: dict) -> tuple[int, str, str, int]:
    from core.units import unit_key
    name = clean(values["commune"])
    ids = communes.get(unit_key(name), [])
    if len(ids) != 1:
        raise UserError(_("Xã “{name}” không thuộc đơn vị.", name=name) if not ids
                        else _("Tên xã “{name}” trùng với nhiều xã.", name=name), field="commune")
    day = parse.iso_date(values["day"], where=_("Ngày"), field="day")
    if day is None:
        raise UserError(_("Ngày: không được để trống."), field="day")
    indicator = _INDICATOR_WORDS.get(fold(values["indicator"]))
    if indicator is None:
        raise UserError(_("Chỉ tiêu “{value}” không rõ (BHXH tự nguyện hoặc BHYT hộ gia đình).",
                          value=clean(values["indicator"])), field="indicator")
    count = parse.whole_number(values["count"], where=_("Số người"), field="count", minimum=0)
    if count is None:
        raise UserError(_("Số người: không được để trống."), field="count")
    plan = ws.plans.in_force(parse.stored_date(day))
    if plan and plan.get("start_date") and plan.get("end_date") and not plan["start_date"] <= day <= plan["end_date"]:
        raise UserError(_("Ngày {day} nằm ngoài thời gian kế hoạch {number} ({start} – {end}).",
                          day=formatting.date(day), number=plan["number"], start=formatting.date(plan["start_date"]),
                          end=formatting.date(plan["end_date"])), field="day")
    return ids[0], day, indicator, count


def write_template(ws, path) -> None:
    """The workbook the figures import reads: its four columns, an example row per indicator for the office's
    first commune, the date written as dates are written here. Always Vietnamese."""
    from core.workbooks import write as xl
    book = xl.new_workbook()
    sheet = xl.add_sheet(book, "Số liệu hằng ngày")
    xl.set_widths(sheet, (24, 14, 22, 12))
    xl.header_row(sheet, ["Xã", "Ngày", "Chỉ tiêu", "Số người"])
    communes = ws.units.communes()
    example = communes[0]["name"] if communes else "Xã …"
    day = formatting.date(dt.date.today())
    for indicator in ("BHXH tự nguyện", "BHYT hộ gia đình"):
        xl.data_row(sheet, [example, day, indicator, 0])
    xl.save(book, path)
