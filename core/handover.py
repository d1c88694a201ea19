"""The follow-up list handed to the collection agency after a conference: one sheet per collector.

IDs and phones are written as text cells (never numbers: Excel would drop their leading zero), and the sheet
says it holds personal data (Decree 13/2023/NĐ-CP). The look and the print setup are core.workbooks.write's.
"""
from __future__ import annotations

from pathlib import Path

from core.formatting import date as show_date
from core.i18n import DOCUMENTS, _
from core.person_fields import GENDERS, label
from core.workbooks import write as xl

_WIDTHS = (6, 28, 10, 10, 16, 14, 18, 18, 14, 30)
_TEXT_COLUMNS = (5, 6)  # ID and phone: text, so the leading zero stays
_HEADER_ROW = 6


def export_handover(ws, path, rows: list[dict], lang: str = DOCUMENTS) -> Path:
    """Write rows of Attendance.follow_ups() to path, one sheet per collector; returns the path. In `lang`: the
    collection agency's list is Vietnamese whatever the screen shows."""
    path = Path(path)
    book = xl.new_workbook()
    by_collector: dict = {}
    for r in rows:
        by_collector.setdefault((r["collector_id"], r["collector_name"], r["agency_name"]), []).append(r)
    if not by_collector:
        by_collector[(None, None, None)] = []
    used: set = set()
    office = ws.office or {}
    for (cid, name, agency), people in by_collector.items():
        sheet = xl.add_sheet(book, name or _("Chưa giao nhân viên thu", lang=lang), used)
        xl.set_widths(sheet, _WIDTHS)
        xl.print_setup(sheet, landscape=True, title_rows=f"{_HEADER_ROW}:{_HEADER_ROW}", freeze=f"A{_HEADER_ROW + 1}")
        xl.title_row(sheet, office.get("name", ""))
        xl.title_row(sheet, _("DANH SÁCH CẦN TIẾP TỤC VẬN ĐỘNG", lang=lang), "title")
        xl.title_row(sheet, _("Nhân viên thu: {name}{agency}",
                              lang=lang, name=name or _("Chưa giao nhân viên thu", lang=lang),
                              agency=f" — {agency}" if agency else ""))
        xl.notice_row(sheet, lang)
        sheet.append([])
        xl.header_row(sheet, _("STT|Họ và tên|Năm sinh|Giới tính|Số CCCD|Số điện thoại|Thôn/tổ dân phố|Xã/phường|Ngày hội "
                               "nghị|Ghi chú", lang=lang).split("|"))
        if not people:
            xl.title_row(sheet, _("Không có người cần vận động tiếp.", lang=lang))
        for i, p in enumerate(people, start=1):
            xl.data_row(sheet, [i, p["full_name"], p["birth_year"], label(GENDERS, p["gender"], lang), p["citizen_id"],
                                p["phone"], p["village"] or "", p["commune"] or "",
                                show_date(p["conference_date"]), p["notes"] or ""], text_columns=_TEXT_COLUMNS)
    return xl.save(book, path)  # a mistyped folder is refused, not made
