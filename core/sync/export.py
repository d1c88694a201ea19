"""Writing a package for another office (core.sync.format has the layout).

What goes in: every travelling record (tombstones too: a deletion travels) — all of them (full), those changed
since the last package the recipient acknowledged (changes; a full package while it has acknowledged none), or
those updated since a day the clerk picks (since) — of the kinds asked for (all by default). Each package sent is
registered (sync_packages) with its sequence number for that recipient and the change counter it ran to; it
carries the last sequence number this office received from the recipient, which is how acknowledgements travel.
"""
from __future__ import annotations

import base64
import json
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path

from core import keys, parse
from core.errors import UserError
from core.i18n import _
from core.sync import format as fmt
from core.text import clean
from core.workbooks.canonical import RowDigest, canonical, with_canonical_text
from core.workbooks.stream import StreamBook
from storage.records import change_counter, now
from storage.schema import SYNC_COLUMNS
from storage.sync import portable_select, record_sent

FULL, CHANGES, SINCE = "full", "changes", "since"


@dataclass
class Sent:
    package_uuid: str
    recipient: str
    sequence: int
    mode: str
    since: str                       # the change counter or the day it started from ('' for a full package)
    counts: dict[str, int] = field(default_factory=dict)
    path: Path | None = None
    fingerprint: str = ""

    def to_json(self) -> dict:
        return {"package": self.package_uuid, "to": self.recipient, "sequence": self.sequence, "mode": self.mode,
                "since": self.since, "rows": self.counts, "total": sum(self.counts.values()),
                "fingerprint": self.fingerprint, "path": str(self.path)}


def columns(ws, table: str) -> list[str]:
    """A table's own columns as a package carries them: no local id, no change counter, nothing derived (the
    receiving office makes its own search and sort keys), the sync columns last."""
    own = [r["name"] for r in ws.query(f"PRAGMA table_info([{table}])")
           if r["name"] != "id" and r["name"] not in SYNC_COLUMNS and r["name"] not in fmt.DERIVED]
    return own + list(fmt.TECHNICAL)


def _kinds(only) -> list[str]:
    chosen = list(dict.fromkeys(clean(k).lower() for k in only or ()))
    unknown = [k for k in chosen if k not in fmt.KINDS]
    if unknown:
        raise UserError(_("Không có loại dữ liệu “{kind}” (có: {kinds}).", kind=unknown[0],
                          kinds=", ".join(fmt.KINDS)), field="only")
    return chosen or list(fmt.KINDS)


def _recipient(code: str) -> str:
    from core.units import office_code_problem
    if problem := office_code_problem(code):
        raise UserError(problem, field="to")
    return clean(code)


def _start(ws, recipient: str) -> tuple[int, int] | None:
    """(the sequence of the last package the recipient acknowledged, the change counter it ran to): the recipient
    holds everything up to there. None while it has acknowledged none."""
    acked = ws.query("SELECT max(acknowledged) AS n FROM sync_packages WHERE direction = 'received' AND peer_code = ?",
                     [recipient])[0]["n"]
    row = ws.query("SELECT upto_change FROM sync_packages WHERE direction = 'sent' AND peer_code = ? AND sequence = ?",
                   [recipient, acked]) if acked else []
    return (acked, row[0]["upto_change"]) if row else None


def export_package(ws, to: str, path, *, full: bool = False, since=None, only=(), progress=None) -> Sent:
    """Write the package for office `to` into path (.xlsx, whole or not at all) and register it."""
    from core.documents import files
    office = keys.own(ws)
    recipient = _recipient(to)
    kinds = _kinds(only)
    signer = keys.private_key(ws)
    start_day = parse.iso_date(since, where=_("Từ ngày"), field="since") if since else None
    with ws.transaction():   # one snapshot, and what is registered as sent is exactly what was written
        start = None if full or start_day else _start(ws, recipient)
        start_change = start[1] if start else None
        mode = SINCE if start_day else CHANGES if start else FULL
        upto = change_counter(ws.db)
        sequence = 1 + ws.query("SELECT coalesce(max(sequence), 0) AS n FROM sync_packages"
                                " WHERE direction = 'sent' AND peer_code = ?", [recipient])[0]["n"]
        acknowledged = ws.query("SELECT coalesce(max(sequence), 0) AS n FROM sync_packages"
                                " WHERE direction = 'received' AND peer_code = ?", [recipient])[0]["n"]
        package_uuid = str(uuidlib.uuid4())
        sent = Sent(package_uuid, recipient, sequence, mode,
                    start_day or (str(start_change) if mode == CHANGES else ""), fingerprint=office.fingerprint)
        manifest: dict[str, object] = {
            "format": fmt.FORMAT, "format_version": fmt.VERSION, "package_uuid": package_uuid,
            "sender_code": office.code, "sender_name": office.name, "sender_origin": ws.origin,
            "recipient_code": recipient, "created_at": now(), "sequence": sequence, "acknowledged": acknowledged,
            "mode": mode, "since": sent.since, "base_sequence": start[0] if start else "",
            "kinds": ",".join(kinds)}
        where, params = "1 = 1", []
        if mode == CHANGES:
            where, params = "t.change_seq > ?", [start_change]
        elif mode == SINCE:
            where, params = "t.updated_at >= ?", [start_day]
        with files.written(path) as drawing:
            with StreamBook(drawing, shown_as=path) as book:
                for table, (sheet_name, kind) in fmt.SHEETS.items():
                    if kind in kinds:
                        sent.counts[table] = _sheet(ws, book, table, sheet_name, where, params, manifest)
                        if progress:
                            progress.report(len(sent.counts), len(fmt.SHEETS))
                manifest["public_key"] = base64.b64encode(office.public_key).decode("ascii")
                manifest["fingerprint"] = office.fingerprint
                manifest[fmt.SIGNATURE] = base64.b64encode(signer.sign(fmt.signed_payload(manifest))).decode()
                _manifest_sheet(book, manifest, recipient)
            for table in sent.counts:   # what the package carries: the recipient will know these versions
                record_sent(ws.db, recipient, table, where, params, sequence)
            ws.insert("sync_packages", {
                "direction": "sent", "package_uuid": package_uuid, "peer_code": recipient, "sequence": sequence,
                "acknowledged": acknowledged, "mode": mode, "since": sent.since, "upto_change": upto,
                "kinds": ",".join(kinds), "counts": json.dumps(sent.counts), "file_name": Path(path).name,
                "at": now()})
        sent.path = Path(path)
        return sent


def _sheet(ws, book, table: str, sheet_name: str, where: str, params: list, manifest: dict) -> int:
    """Write one table's sheet (its records, references as UUIDs) and put its row count and hash in the manifest.
    Returns the count."""
    cols = columns(ws, table)
    header = [fmt.HEADERS.get(c, c) for c in cols[:-len(fmt.TECHNICAL)]] + list(fmt.TECHNICAL_HEADERS)
    text = {k for k, c in enumerate(cols, start=1) if c in fmt.TEXT_COLUMNS}
    sheet = book.sheet(sheet_name, widths=[_WIDTHS.get(c, 14) for c in cols], text_columns=text)
    sheet.header(header)
    digest = RowDigest()
    digest.add(header)
    cursor = ws.db.conn.execute(portable_select(ws.db, table, cols, where), params)
    count = 0
    while batch := cursor.fetchmany(2000):
        cells = with_canonical_text(batch)
        digest.add_many(cells, texts_done=True)
        sheet.rows(cells)
        count += len(batch)
    manifest[f"rows:{table}"] = count
    manifest[f"sha256:{table}"] = digest.hexdigest()
    return count


_WIDTHS = {"full_name": 26, "address": 30, "notes": 30, "name": 26, "title": 30, "venue": 24, "uuid": 38,
           "origin": 38, "updated_at": 30, "citizen_id": 15, "phone": 13}


MEANINGS = {
    "format": "Định dạng", "format_version": "Phiên bản định dạng", "package_uuid": "Mã gói",
    "sender_code": "Mã đơn vị gửi", "sender_name": "Đơn vị gửi", "sender_origin": "UUID đơn vị gửi",
    "recipient_code": "Mã đơn vị nhận", "created_at": "Lập lúc (UTC)", "sequence": "Số thứ tự gói gửi đơn vị nhận",
    "acknowledged": "Gói cuối đã nhận từ đơn vị nhận",
    "base_sequence": "Gói gốc (gói thay đổi: tiếp theo gói số này)", "mode": "Loại gói (full: toàn bộ; changes: thay đổi; "
    "since: cập nhật từ ngày)", "since": "Tính từ", "kinds": "Loại dữ liệu", "public_key": "Khóa công khai",
    "fingerprint": "Dấu vân tay khóa", fmt.SIGNATURE: "Chữ ký số (Ed25519)",
}


def _manifest_sheet(book, manifest: dict, recipient: str) -> None:
    """The manifest, the workbook's first sheet though written last (it holds every sheet's hash)."""
    sheet = book.sheet(fmt.MANIFEST_SHEET, widths=(22, 70, 50), first=True)
    sheet.rows([["GÓI DỮ LIỆU ĐỒNG BỘ"]], bold=True)
    sheet.rows([[f"Gói có dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): chỉ gửi cho đơn vị {recipient}, không sửa nội "
                 f"dung (mọi thay đổi làm gói bị từ chối)."], ["Khóa", "Giá trị", "Ý nghĩa"]])
    entries = []
    for key, value in manifest.items():
        table = key.partition(":")[2]
        meaning = MEANINGS.get(key) or (f"Số dòng: {fmt.SHEETS[table][0]}" if key.startswith("rows:") else
                                        f"SHA-256: {fmt.SHEETS[table][0]}")
        entries.append([key, value if isinstance(value, int) else canonical(value), meaning])
    sheet.rows(entries)

