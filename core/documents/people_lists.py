"""Two lists as PDF appendices: the follow-up list handed to each collector (the .xlsx is core.handover's), and
the people who registered at a conference. Citizen IDs show their last 4 digits (Decree 13/2023); phones stay
whole on the follow-up list, which is for calling people back. Always Vietnamese."""
from __future__ import annotations

from reportlab.lib.units import mm

from core import formatting, labels
from core.documents import appendix, files, fonts
from core.documents.appendix import last_four
from core.errors import UserError
from core.i18n import DOCUMENTS, _

HANDOVER_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Thôn/tổ dân phố", "Điện thoại", "CCCD (4 số cuối)", "Ghi chú"]
HANDOVER_WIDTHS = [10 * mm, 44 * mm, 15 * mm, 33 * mm, 24 * mm, 17 * mm, 22 * mm]
REGISTERED_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Thôn/tổ dân phố", "CCCD (4 số cuối)", "Đăng ký"]
REGISTERED_WIDTHS = [10 * mm, 44 * mm, 15 * mm, 33 * mm, 17 * mm, 46 * mm]


def handover(ws, path, conference_id: int | None = None) -> int:
    """The open follow-ups, one section per collector; returns the number of pages."""
    rows = ws.attendance.follow_ups(conference_id)
    by_collector: dict = {}
    for r in rows:
        by_collector.setdefault((r["collector_name"], r["agency_name"]), []).append(r)
    office = ws.office or {}
    sections = [appendix.Section(
        [("Phụ lục", fonts.BOLD, 14), ("DANH SÁCH NGƯỜI CẦN TIẾP TỤC VẬN ĐỘNG", fonts.BOLD, 13.5),
         (f"Nhân viên thu: {name or 'chưa giao'}" + (f" — {agency}" if agency else ""), fonts.BOLD, 13),
         (f"(Kèm theo danh sách bàn giao của {office.get('name', '')})", fonts.ITALIC, 12)],
        [[n, p["full_name"], p["birth_year"] or "", p["village"] or "", p["phone"] or "", last_four(p["citizen_id"]),
          p["notes"] or ""] for n, p in enumerate(people, start=1)])
        for (name, agency), people in by_collector.items()]
    if not sections:
        raise UserError(_("Không có người nào cần vận động tiếp."), field="conference_id")
    with files.written(path) as drawing:
        return appendix.build(drawing, sections, HANDOVER_HEADERS, HANDOVER_WIDTHS,
                              title="Danh sách cần tiếp tục vận động", author=office.get("name", ""),
                              centred=(0, 2, 5), wrapped=(1, 3, 6))


def registered(ws, conference_id: int, path) -> int:
    """The people who registered at the conference, with what they registered for; returns the pages."""
    conference = ws.conferences.get(conference_id)
    if conference is None:
        raise UserError(_("Không có hội nghị số {id}.", id=conference_id), field="conference_id")
    rows = ws.query(
        "SELECT p.id, p.full_name, p.birth_year, p.citizen_id, v.name AS village, r.scheme, r.monthly_income,"
        " r.payment_months FROM registrations r JOIN people p ON p.id = r.person_id"
        " LEFT JOIN units v ON v.id = p.village_id WHERE r.conference_id = ? AND r.deleted = 0 AND p.deleted = 0"
        " ORDER BY p.name_sort, p.id, r.scheme DESC", [conference_id])
    people: dict = {}
    for r in rows:
        people.setdefault(r["id"], {**r, "schemes": []})["schemes"].append(_scheme(r))
    if not people:
        raise UserError(_("Chưa ai đăng ký tại hội nghị này."), field="conference_id")
    office = ws.office or {}
    kind = labels.conference_kind(conference["kind"], conference.get("kind_name", ""), DOCUMENTS)
    section = appendix.Section(
        [("Phụ lục", fonts.BOLD, 14), ("DANH SÁCH NGƯỜI ĐĂNG KÝ THAM GIA TẠI HỘI NGHỊ", fonts.BOLD, 13.5),
         (conference.get("title") or f"{kind} tại {conference.get('commune_name') or ''}", fonts.BOLD, 13),
         (f"Ngày {formatting.date(conference['date'])} · {conference.get('venue') or ''}", fonts.ITALIC, 12)],
        [[n, p["full_name"], p["birth_year"] or "", p["village"] or "", last_four(p["citizen_id"]),
          "; ".join(p["schemes"])] for n, p in enumerate(people.values(), start=1)])
    with files.written(path) as drawing:
        return appendix.build(drawing, [section], REGISTERED_HEADERS, REGISTERED_WIDTHS,
                              title="Danh sách người đăng ký", author=office.get("name", ""), centred=(0, 2, 4),
                              wrapped=(1, 3, 5))


def _scheme(r: dict) -> str:
    months = f"{r['payment_months']} tháng" if r["payment_months"] else ""
    if r["scheme"] == "vsi":
        income = f"{formatting.number(r['monthly_income'])} đ" if r["monthly_income"] else ""
        return "BHXH tự nguyện" + (f" ({', '.join(x for x in (income, months) if x)})" if income or months else "")
    return "BHYT hộ gia đình" + (f" ({months})" if months else "")
