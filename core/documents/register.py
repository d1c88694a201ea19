"""The register of documents issued (sổ đăng ký văn bản đi): type, number, year, date, summary, signer.

Numbers run per type and year from 1 (Decree 30). The next number is the highest of the year plus one; the clerk
may type another, but never one already used that year. The register is local: each office numbers its own.
"""
from __future__ import annotations

import datetime as dt

from core.errors import UserError
from core.i18n import _
from core.text import clean
from storage.records import now

TYPES = {"GM": "Giấy mời", "KH": "Kế hoạch", "BC": "Báo cáo", "TB": "Thông báo", "BB": "Biên bản"}


def next_number(ws, doc_type: str, year: int) -> int:
    rows = ws.query("SELECT max(number) AS n FROM documents WHERE doc_type = ? AND year = ?", [doc_type, year])
    return (rows[0]["n"] or 0) + 1


def for_conference(ws, conference_id: int, doc_type: str = "GM") -> dict | None:
    """The document already issued for this conference (a reprint keeps its number and date)."""
    rows = ws.query("SELECT * FROM documents WHERE conference_id = ? AND doc_type = ? ORDER BY id DESC LIMIT 1",
                    [conference_id, doc_type])
    return rows[0] if rows else None


def issue(ws, doc_type: str, issued_on: dt.date, summary: str = "", signer: str = "", number: int | None = None,
          conference_id: int | None = None) -> dict:
    """Register a document (inside the caller's transaction): the next number of its type and year, or the
    number the clerk typed, refused when that year already has it."""
    if doc_type not in TYPES:
        raise UserError(_("Loại văn bản “{type}” không có.", type=doc_type), field="doc_type")
    year = issued_on.year
    if number is None:
        number = next_number(ws, doc_type, year)
    elif number < 1:
        raise UserError(_("Số văn bản phải từ 1 trở lên."), field="number")
    elif ws.query("SELECT 1 FROM documents WHERE doc_type = ? AND year = ? AND number = ?", [doc_type, year, number]):
        raise UserError(_("Số {number:02d}/{type} đã dùng trong năm {year}: chọn số khác (số tiếp theo là {next}).",
                          number=number, type=doc_type, year=year, next=next_number(ws, doc_type, year)),
                        field="number")
    row = {"doc_type": doc_type, "number": number, "year": year, "issued_on": issued_on.isoformat(),
           "summary": clean(summary), "signer": clean(signer), "conference_id": conference_id, "created_at": now()}
    row["id"] = ws.insert("documents", row)
    return row


def issued(ws, doc_type: str | None = None, year: int | None = None) -> list[dict]:
    sql, params = "SELECT * FROM documents WHERE 1 = 1", []
    if doc_type:
        sql += " AND doc_type = ?"
        params.append(doc_type)
    if year:
        sql += " AND year = ?"
        params.append(year)
    return ws.query(sql + " ORDER BY year, doc_type, number", params)
