"""D05-TS and D03-TS as PDF appendices (Decree 30, Mẫu 2.1): the same rows as the workbook, A4 landscape, the
header repeated on every page, page numbers from page 2. Always Vietnamese."""
from __future__ import annotations

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from core import formatting
from core.documents import fonts
from core.documents.layout import PAGE_HEIGHT, PAGE_WIDTH
from core.documents.registration_lists import TITLES, RegistrationList
from core.documents.registration_workbook import MONEY_COLUMNS, TOTALS_AT, cells, columns
from core.documents.appendix import Heading, build_story, cell, figures_style

SIZE = 8.5
PADDING = 2.5  # pt a side: twenty columns on a landscape page


def write(reg: RegistrationList, office: dict, path) -> int:
    """Draw the list into path; returns the number of pages."""
    fonts.register()
    page = landscape((PAGE_WIDTH, PAGE_HEIGHT))
    usable = page[0] - 2 * 15 * mm
    cols = columns(reg.form)
    total_width = sum(w for _h, _n, w in cols)
    widths = [usable * w / total_width for _h, _n, w in cols]
    money = MONEY_COLUMNS[reg.form]
    header = [cell(h, w, fonts.BOLD, SIZE, PADDING * 2) for (h, _n, _w), w in zip(cols, widths)]
    numbers = [n for _h, n, _w in cols]
    body = []
    for n, r in enumerate(reg.rows, start=1):
        body.append([_shown(v, i in money, w) for i, (v, w) in enumerate(zip(cells(reg.form, n, r), widths), start=1)])
    totals = [""] * len(cols)
    totals[1] = "TỔNG CỘNG"
    for i, key in TOTALS_AT[reg.form].items():
        totals[i - 1] = formatting.number(reg.total(key))
    table = Table([header, numbers] + body + [totals], colWidths=widths, repeatRows=2)
    table.setStyle(figures_style(SIZE, PADDING, *[("ALIGN", (i - 1, 2), (i - 1, -1), "RIGHT") for i in money]))
    heading = Heading([("Phụ lục", fonts.BOLD, 13), (f"{TITLES[reg.form]} (MẪU {reg.form.upper()})", fonts.BOLD, 12.5),
                       (office.get("name", ""), fonts.BOLD, 12),
                       ("; ".join(x for x in (reg.scope, f"Tổ chức dịch vụ thu: {reg.agency}" if reg.agency else "")
                                  if x), fonts.ITALIC, 11.5)], usable)
    return build_story(path, [heading, Spacer(1, 3 * mm), table], title=TITLES[reg.form],
                       author=office.get("name", ""), pagesize=page,
                       margins={"left": 15 * mm, "right": 15 * mm, "bottom": 15 * mm})


def _shown(value, money: bool, width: float) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        value = int(value) if value == int(value) else value
    if money and isinstance(value, int):
        return formatting.number(value)
    return cell(str(value), width, fonts.REGULAR, SIZE, PADDING * 2)
