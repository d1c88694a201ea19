"""Write a plan's targets table in the shape of seed 000's Phụ lục 01, so the import reads it back unchanged.

Layout: title rows; a two-row header with merged cells (TT, Đơn vị, 'Số người tham gia' over one column per
baseline date 'Đến hết dd/mm/yyyy', 'Số người phải phát triển' over one column per period, 'Lũy kế …');
a column-number row ('1 2 3 … 7=4+5+6'); the totals row FIRST (as Phụ lục 01 has it), then one row per
top-level unit (the units the totals row sums, see core.target_table). Figures are plain numbers (no
formulas: readers such as calamine see only cached values) with the format '#,##0', which Excel and
LibreOffice show with the reader's locale separators ('52.139' on a Vietnamese system). A4 landscape,
header rows repeated on every page.
"""
from __future__ import annotations

from pathlib import Path

from core import formatting
from core.i18n import DOCUMENTS, _
from core.target_table import CUMULATIVE
from core.workbooks import write as xl

# Header words stay Vietnamese in both languages: this is the province's table, and the import reads them.
H_INDEX, H_UNIT, H_TOTAL = "TT", "Đơn vị", "Tổng cộng"
H_BASELINE, H_BASELINE_AT = "Số người tham gia", "Đến hết {date}"
H_GROWTH, H_CUMULATIVE = "Số người phải phát triển", "Lũy kế số người tham gia"
NUMBER_FORMAT = xl.NUMBER_FORMAT


def export_targets(ws, plan_id: int, path, indicator_code: str = "vsi_new", parent_id: int | None = None,
                   lang: str = DOCUMENTS) -> Path:
    """Write the table of the top-level units (those the totals row sums), or of one unit's children
    (parent_id: a commune's villages). Units without an own figure show their children's sum. In `lang`: the
    province's Phụ lục 01 is Vietnamese whatever the screen shows."""
    table = ws.plans.target_table(plan_id, indicator_code)
    plan, indicator = table.plan, table.indicator
    if parent_id is None:
        rows = [table.row(u) for u in table.top_level]
    else:
        rows = [r for r in table.rows if r.parent_id == parent_id]
    keys = table.keys[:-2] + [CUMULATIVE]          # the table's TOTAL (sum of periods) is not in Phụ lục 01
    totals = {key: _sum(r.effective(key) for r in rows) for key in keys}
    ncols = 2 + len(keys)
    last = xl.column_letter(ncols)

    book = xl.new_workbook()
    sheet = xl.add_sheet(book, "Phụ lục 01")
    font, bold = xl.font(), xl.font(bold=True)

    date = _(" ngày {date}", lang=lang, date=formatting.date(plan["issued_on"])) if plan.get("issued_on") else ""
    titles = [(_("GIAO CHỈ TIÊU PHÁT TRIỂN {indicator}",
                 lang=lang, indicator=indicator["name"].upper()), xl.font(size=13, bold=True)),
              (_("(Kèm theo Kế hoạch số {number}{date})",
                 lang=lang, number=plan["number"], date=date), xl.font(italic=True)),
              (_("Đơn vị tính: {measure}",
                 lang=lang, measure=indicator.get("measure") or "người"), xl.font(italic=True))]
    for r, (text, f) in enumerate(titles, start=1):
        xl.style(xl.put(sheet, r, 1, text), font=f, align=xl.Alignment(horizontal="right" if r == 3 else "center"))
        sheet.merge_cells(f"A{r}:{last}{r}")

    top, sub, numbers, totals_row = 5, 6, 7, 8
    header: dict[int, tuple[str, str | None]] = {1: (H_INDEX, None), 2: (H_UNIT, None)}
    periods = {p["id"]: p for p in table.periods}
    for i, key in enumerate(keys, start=3):
        if key == CUMULATIVE:
            header[i] = (f"{H_CUMULATIVE}", None)
        elif key in periods:
            header[i] = (H_GROWTH, periods[key]["name"])
        else:
            header[i] = (H_BASELINE, H_BASELINE_AT.format(date=formatting.date(key.split(":", 1)[1])))
    for c, (upper, lower) in header.items():
        xl.put(sheet, top, c, upper)
        if lower is None:
            sheet.merge_cells(start_row=top, start_column=c, end_row=sub, end_column=c)
        else:
            xl.put(sheet, sub, c, lower)
    # One merged 'Số người tham gia' / 'Số người phải phát triển' over each run of same-group columns.
    c = 3
    while c <= ncols:
        end = c
        while end + 1 <= ncols and header[end + 1][1] is not None and header[end + 1][0] == header[c][0] \
                and header[c][1] is not None:
            end += 1
        if end > c:
            sheet.merge_cells(start_row=top, start_column=c, end_row=top, end_column=end)
        c = end + 1

    # Column numbers; the cumulative column says which columns it adds ('7=4+5+6').
    latest_base = max((i for i, k in enumerate(keys, start=3) if isinstance(k, str) and k.startswith("baseline:")),
                      default=None)
    adds = ([latest_base] if latest_base else []) + [i for i, k in enumerate(keys, start=3) if k in periods]
    for c in range(1, ncols + 1):
        label = f"{c}=" + "+".join(map(str, adds)) if c == ncols and adds else str(c)
        xl.put(sheet, numbers, c, label)

    xl.put(sheet, totals_row, 2, H_TOTAL)
    for i, key in enumerate(keys, start=3):
        xl.put(sheet, totals_row, i, totals[key])
    for n, row in enumerate(rows, start=1):
        r = totals_row + n
        xl.put(sheet, r, 1, n)
        xl.put(sheet, r, 2, row.name)
        for i, key in enumerate(keys, start=3):
            xl.put(sheet, r, i, row.effective(key))

    for r in range(top, totals_row + len(rows) + 1):
        for c in range(1, ncols + 1):
            header_or_index = r <= numbers or c == 1
            xl.style(sheet.cell(r, c), font=bold if r <= numbers or r == totals_row else font, border=True,
                     align=xl.CENTER if header_or_index else None,
                     number_format=NUMBER_FORMAT if not header_or_index and c >= 3 else None)
    sheet.row_dimensions[top].height = 32
    sheet.row_dimensions[sub].height = 32
    xl.set_widths(sheet, [5, max(18, min(40, max((len(r.name) for r in rows), default=10) + 2))]
                  + [16] * (ncols - 2))
    xl.print_setup(sheet, landscape=True, title_rows=f"{top}:{numbers}", freeze=f"C{totals_row}")
    return xl.save(book, Path(path))


def _sum(values):
    present = [v for v in values if v is not None]
    return sum(present) if present else None
