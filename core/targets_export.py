"""Write a plan's targets table in the shape of seed 000's Phụ lục 01, so the import reads it back unchanged.

Layout: title rows; a two-row header with merged cells (TT, Đơn vị, 'Số người tham gia' over one column per
baseline date 'Đến hết dd/mm/yyyy', 'Số người phải phát triển' over one column per period, 'Lũy kế …');
a column-number row ('1 2 3 … 7=4+5+6'); the totals row FIRST (as Phụ lục 01 has it), then one row per
top-level unit (the units the totals row sums, see core.target_table). Figures are plain numbers (no
formulas: readers such as calamine see only cached values) with the format '#,##0', which Excel and
LibreOffice show with the reader's locale separators ('52.139' on a Vietnamese system). A4 landscape,
header rows repeated on every page.

The same sheet filled with actuals (targets_sheet(actuals=…), the period report's Phụ lục 01): each period and
the cumulative get a 'Thực hiện' column beside their target, under a third header row.
"""
from __future__ import annotations

from pathlib import Path

from core import formatting
from core.i18n import DOCUMENTS, _
from core.reports.sheet_layout import Page
from core.target_table import BASELINE_PREFIX, CUMULATIVE
from core.workbooks import write as xl

# Header words stay Vietnamese in both languages: this is the province's table, and the import reads them.
H_INDEX, H_UNIT, H_TOTAL = "TT", "Đơn vị", "Tổng cộng"
H_BASELINE, H_BASELINE_AT = "Số người tham gia", "Đến hết {date}"
H_GROWTH, H_CUMULATIVE = "Số người phải phát triển", "Lũy kế số người tham gia"
H_TARGET, H_ACTUAL = "Chỉ tiêu", "Thực hiện"   # with actuals: the two columns of a period and of the cumulative
NUMBER_FORMAT = xl.NUMBER_FORMAT


def export_targets(ws, plan_id: int, path, indicator_code: str = "vsi_new", parent_id: int | None = None,
                   lang: str = DOCUMENTS) -> Path:
    """Write the table of the top-level units (those the totals row sums), or of one unit's children
    (parent_id: a commune's villages). Units without an own figure show their children's sum. In `lang`: the
    province's Phụ lục 01 is Vietnamese whatever the screen shows."""
    table = ws.plans.target_table(plan_id, indicator_code)
    book = xl.new_workbook()
    targets_sheet(book, table, top_rows(table) if parent_id is None else
                  [r for r in table.rows if r.parent_id == parent_id], lang=lang)
    return xl.save(book, Path(path))


def top_rows(table) -> list:
    """The rows the totals row sums (core.target_table's top level)."""
    return [table.row(u) for u in table.top_level]


def targets_sheet(book, table, rows: list, *, lang: str = DOCUMENTS, name: str = "Phụ lục 01",
                  actuals: dict | None = None, heading: str | None = None, note: str | None = None):
    """The Phụ lục 01 sheet of `rows` (core.target_table rows) added to `book`. With actuals ({unit id: {period
    id or CUMULATIVE: number}}, None or a missing key for a blank cell), each period and the cumulative get a
    'Thực hiện' column beside their target ('Chỉ tiêu') under a third header row; `heading` and `note` then
    replace the first two title lines."""
    plan, indicator = table.plan, table.indicator
    keys = table.keys[:-2] + [CUMULATIVE]          # the table's TOTAL (sum of periods) is not in Phụ lục 01
    periods = {p["id"]: p for p in table.periods}
    paired = actuals is not None
    columns = [(key, measure) for key in keys
               for measure in ((H_TARGET, H_ACTUAL) if paired and not _is_baseline(key) else (None,))]
    actuals = actuals or {}

    def value(row, key, measure):
        return actuals.get(row.unit_id, {}).get(key) if measure == H_ACTUAL else row.effective(key)
    totals = [_sum(value(r, key, measure) for r in rows) for key, measure in columns]
    ncols = 2 + len(columns)
    last = xl.column_letter(ncols)

    sheet = xl.add_sheet(book, name)
    font, bold = xl.font(), xl.font(bold=True)

    date = _(" ngày {date}", lang=lang, date=formatting.date(plan["issued_on"])) if plan.get("issued_on") else ""
    titles = [(heading or _("GIAO CHỈ TIÊU PHÁT TRIỂN {indicator}",
                            lang=lang, indicator=indicator["name"].upper()), xl.font(size=13, bold=True)),
              (note or _("(Kèm theo Kế hoạch số {number}{date})",
                         lang=lang, number=plan["number"], date=date), xl.font(italic=True)),
              (_("Đơn vị tính: {measure}",
                 lang=lang, measure=indicator.get("measure") or "người"), xl.font(italic=True))]
    for r, (text, f) in enumerate(titles, start=1):
        xl.style(xl.put(sheet, r, 1, text), font=f, align=xl.Alignment(horizontal="right" if r == 3 else "center"))
        sheet.merge_cells(f"A{r}:{last}{r}")

    top = 5
    labels = [(H_INDEX,), (H_UNIT,)]
    for key, measure in columns:
        if key == CUMULATIVE:
            group = (H_CUMULATIVE,)
        elif key in periods:
            group = (H_GROWTH, periods[key]["name"])
        else:
            group = (H_BASELINE, H_BASELINE_AT.format(date=formatting.date(key.split(":", 1)[1])))
        labels.append(group + ((measure,) if measure else ()))
    numbers = Page(sheet).header(top, labels) + 1
    totals_row = numbers + 1

    # Column numbers; the cumulative (target) column says which columns it adds ('7=4+5+6').
    latest_base = max((i for i, (k, _m) in enumerate(columns, start=3) if _is_baseline(k)), default=None)
    adds = ([latest_base] if latest_base else []) + [i for i, (k, m) in enumerate(columns, start=3)
                                                     if k in periods and m != H_ACTUAL]
    cumulative = next(i for i, (k, _m) in enumerate(columns, start=3) if k == CUMULATIVE)
    for c in range(1, ncols + 1):
        label = f"{c}=" + "+".join(map(str, adds)) if c == cumulative and adds else str(c)
        xl.put(sheet, numbers, c, label)

    xl.put(sheet, totals_row, 2, H_TOTAL)
    for i, total in enumerate(totals, start=3):
        xl.put(sheet, totals_row, i, total)
    for n, row in enumerate(rows, start=1):
        r = totals_row + n
        xl.put(sheet, r, 1, n)
        xl.put(sheet, r, 2, row.name)
        for i, (key, measure) in enumerate(columns, start=3):
            xl.put(sheet, r, i, value(row, key, measure))

    for r in range(top, totals_row + len(rows) + 1):
        for c in range(1, ncols + 1):
            header_or_index = r <= numbers or c == 1
            xl.style(sheet.cell(r, c), font=bold if r <= numbers or r == totals_row else font, border=True,
                     align=xl.CENTER if header_or_index else None,
                     number_format=NUMBER_FORMAT if not header_or_index and c >= 3 else None)
    for r in range(top, numbers):
        sheet.row_dimensions[r].height = 32
    xl.set_widths(sheet, [5, max(18, min(40, max((len(r.name) for r in rows), default=10) + 2))]
                  + [12 if paired else 16] * (ncols - 2))
    xl.print_setup(sheet, landscape=True, title_rows=f"{top}:{numbers}", freeze=f"C{totals_row}")
    return sheet


def _is_baseline(key) -> bool:
    return isinstance(key, str) and key.startswith(BASELINE_PREFIX)


def _sum(values):
    present = [v for v in values if v is not None]
    return sum(present) if present else None
