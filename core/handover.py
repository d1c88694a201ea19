"""The follow-up list handed to the collection agency after a conference: one sheet per collector.

IDs and phones are written as text cells (never numbers: Excel would drop their leading zero), and the sheet
says it holds personal data (Decree 13/2023/NĐ-CP).
"""
from __future__ import annotations

import re
from pathlib import Path

from core.formatting import date as show_date
from core.i18n import Messages
from core.person_fields import GENDERS, label

M = Messages({
    "title": ("DANH SÁCH CẦN TIẾP TỤC VẬN ĐỘNG", "FOLLOW-UP LIST"),
    "collector": ("Nhân viên thu: {name}{agency}", "Collector: {name}{agency}"),
    "no_collector": ("Chưa giao nhân viên thu", "No collector assigned"),
    "personal": ("Danh sách có dữ liệu cá nhân (số CCCD, điện thoại): chỉ dùng để vận động, không chia sẻ "
                 "(Nghị định 13/2023/NĐ-CP).",
                 "This list holds personal data (citizen IDs, phones): use it for outreach only, do not share it "
                 "(Decree 13/2023/NĐ-CP)."),
    "empty": ("Không có người cần vận động tiếp.", "Nobody to follow up."),
    "headers": ("STT|Họ và tên|Năm sinh|Giới tính|Số CCCD|Số điện thoại|Thôn/xóm|Xã/phường|Ngày hội nghị|Ghi chú",
                "No.|Full name|Birth year|Gender|Citizen ID|Phone|Village|Commune|Conference date|Notes"),
})
_WIDTHS = (6, 28, 10, 10, 16, 14, 18, 18, 14, 30)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def export_handover(ws, path, rows: list[dict]) -> Path:
    """Write rows of Attendance.follow_ups() to path, one sheet per collector; returns the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    path = Path(path)
    book = Workbook()
    book.remove(book.active)
    by_collector: dict = {}
    for r in rows:
        by_collector.setdefault((r["collector_id"], r["collector_name"], r["agency_name"]), []).append(r)
    if not by_collector:
        by_collector[(None, None, None)] = []
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    used = set()
    for (cid, name, agency), people in by_collector.items():
        title = _BAD_SHEET_CHARS.sub(" ", name or M("no_collector"))[:28].strip() or "Sheet"
        base, n = title, 2
        while title in used:
            title, n = f"{base[:25]} {n}", n + 1
        used.add(title)
        sheet = book.create_sheet(title)
        office = ws.office or {}
        sheet.append([office.get("name", "")])
        sheet.append([M("title")])
        sheet["A2"].font = Font(bold=True, size=14)
        sheet.append([M("collector", name=name or M("no_collector"), agency=f" — {agency}" if agency else "")])
        sheet.append([M("personal")])
        sheet["A4"].font = Font(italic=True, color="C00000")
        sheet.append([])
        headers = M("headers").split("|")
        sheet.append(headers)
        for col, width in enumerate(_WIDTHS, start=1):
            cell = sheet.cell(row=6, column=col)
            cell.font = Font(bold=True)
            cell.fill = head_fill
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            sheet.column_dimensions[cell.column_letter].width = width
        if not people:
            sheet.append([M("empty")])
        for i, p in enumerate(people, start=1):
            sheet.append([i, p["full_name"], p["birth_year"], label(GENDERS, p["gender"]), p["citizen_id"] or "",
                          p["phone"] or "", p["village"] or "", p["commune"] or "",
                          show_date(p["conference_date"]), p["notes"] or ""])
            row = sheet.max_row
            for col in range(1, len(headers) + 1):
                sheet.cell(row=row, column=col).border = border
            for col in (5, 6):  # ID and phone: text, so the leading zero stays
                sheet.cell(row=row, column=col).number_format = "@"
                sheet.cell(row=row, column=col).data_type = "s"
        sheet.freeze_panes = "A7"
        sheet.print_title_rows = "6:6"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
