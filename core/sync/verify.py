"""Reading a package and checking it before anything is merged (issue 11, item 3), in this order, each check
refusing with one sentence (UserError) and nothing written:

1. the file is a workbook with a manifest sheet of this format, in a version this app reads;
2. the Ed25519 signature over the manifest is good, and its key is one this office trusts (an unknown key is named
   by its fingerprint with how to trust it; a removed one is said so);
3. the package is for this office;
4. it was not imported already (status 'already-imported', no change), and an incremental package starts from a
   package this office has received;
5. every sheet's row count and SHA-256 over its canonical cell values are the manifest's (a changed value or a
   removed row is refused naming the sheet).
"""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from core import keys
from core.errors import UserError
from core.i18n import _
from core.sync import format as fmt
from core.workbooks.canonical import RowDigest, canonical


@dataclass
class Package:
    manifest: dict[str, str]                      # key -> canonical text
    sheets: dict[str, list[list]] = field(default_factory=dict)   # table -> [header, *rows] as read
    counts: dict[str, int] = field(default_factory=dict)          # table -> records in its sheet
    already_imported: bool = False
    path: Path | None = None                      # the file it was read from

    @property
    def sender(self) -> str:
        return self.manifest["sender_code"]


def _manifest(book) -> dict[str, str]:
    if fmt.MANIFEST_SHEET not in book.sheet_names:
        raise UserError(_("Tệp {name} không phải gói dữ liệu đồng bộ (không có trang “{sheet}”).",
                          name=book.path.name, sheet=fmt.MANIFEST_SHEET), field="path")
    rows = book.sheet(fmt.MANIFEST_SHEET).rows
    entries: dict[str, str] = {}
    started = False
    for row in rows:
        cells = _canonical(row[:2], book.path.name, fmt.MANIFEST_SHEET) + ["", ""]
        if not started:
            started = cells[0] == "Khóa"
            continue
        if cells[0]:
            if cells[0] in entries:
                raise UserError(_("Gói {name} bị sửa: mục “{key}” có hai lần trong trang thông tin.",
                                  name=book.path.name, key=cells[0]), field="path")
            entries[cells[0]] = cells[1]
    if entries.get("format") != fmt.FORMAT:
        raise UserError(_("Tệp {name} không phải gói dữ liệu đồng bộ của ứng dụng.", name=book.path.name),
                        field="path")
    return entries


def sheet_digest(rows: list[list], name: str, sheet_name: str) -> tuple[int, str]:
    """(records, SHA-256 over the canonical values) of a sheet's rows as read, the header row aside; a value no
    cell holds (NaN, infinity) is refused naming the sheet, not a crash."""
    digest = RowDigest()
    try:
        for start in range(0, len(rows), 5000):
            digest.add_many(rows[start:start + 5000])
    except ValueError:
        raise _bad_value(name, sheet_name) from None
    return max(digest.rows - 1, 0), digest.hexdigest()   # an empty row inside changes the hash anyway


def check_sheet(package: Package, table: str, count: int, digest: str, name: str) -> None:
    """The sheet's record count and hash against the signed manifest's (step 5); counted in package.counts."""
    manifest = package.manifest
    if str(count) != manifest.get(f"rows:{table}") or digest != manifest[f"sha256:{table}"]:
        raise UserError(_("Gói {name} bị sửa ở trang “{sheet}”: nội dung khác với lúc ký (một ô bị sửa, một dòng bị "
                          "xoá hoặc thêm). Xin đơn vị gửi xuất lại gói.", name=name, sheet=fmt.SHEETS[table][0]),
                        field="sheet")
    package.counts[table] = count


def _bad_value(name: str, sheet: str) -> UserError:
    return UserError(_("Gói {name} bị sửa ở trang “{sheet}”: có ô giá trị không hợp lệ (NaN, vô cực). Xin đơn vị gửi "
                       "xuất lại gói.", name=name, sheet=sheet), field="sheet")


def _canonical(row, name: str, sheet: str) -> list[str]:
    try:
        return [canonical(v) for v in row]
    except ValueError:
        raise _bad_value(name, sheet) from None


def _signer(ws, manifest: dict[str, str], name: str) -> bytes:
    try:
        public = base64.b64decode(manifest.get("public_key", ""), validate=True)
        signature = base64.b64decode(manifest.get(fmt.SIGNATURE, ""), validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(signature, fmt.signed_payload(manifest))
    except (ValueError, InvalidSignature):
        raise UserError(_("Gói {name} không đúng chữ ký: trang thông tin đã bị sửa hoặc gói bị giả.", name=name),
                        field="signature") from None
    row = next(iter(ws.query("SELECT code, removed_at FROM trusted_offices WHERE public_key = ?", [public.hex()])),
               None)
    fingerprint = keys.fingerprint(public)
    if row is None:
        raise UserError(_("Gói {name} do một khóa chưa được tin cậy ký ({sender}, dấu vân tay {fingerprint}). Nếu "
                          "đúng là của đơn vị đó, nhận tệp khóa công khai của họ, đối chiếu dấu vân tay qua điện thoại "
                          "rồi tin cậy (Đồng bộ → Thêm từ tệp khóa, hoặc keys trust).", name=name,
                          sender=manifest.get("sender_code", "?"), fingerprint=fingerprint), field="signature")
    if row["removed_at"]:
        raise UserError(_("Gói {name} do khóa {fingerprint} ký, khóa này đã bị bỏ tin cậy.", name=name,
                          fingerprint=fingerprint), field="signature")
    if manifest.get("sender_code") != row["code"]:
        raise UserError(_("Gói {name} ghi đơn vị gửi là “{sender}” nhưng được ký bằng khóa của {code} (dấu vân tay "
                          "{fingerprint}).", name=name, sender=manifest.get("sender_code", ""), code=row["code"],
                          fingerprint=fingerprint), field="signature")
    return public


def _whole(value: str, key: str, name: str, least: int = 0) -> int:
    """A manifest's whole number, from `least` up to what the database holds; else the package is refused."""
    if value.isascii() and value.isdigit() and least <= int(value) < 2 ** 63:
        return int(value)
    raise _bad_entry(name, key, value)


def _bad_entry(name: str, key: str, value: str) -> UserError:
    return UserError(_("Gói {name} hỏng: mục “{key}” trong trang thông tin có giá trị không hợp lệ (“{value}”).",
                       name=name, key=key, value=value[:40]), field="path")


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
MODES = ("full", "changes", "since")


def _check_entries(manifest: dict[str, str], name: str) -> None:
    """The entries the merge relies on, as the export writes them: refused in one sentence rather than failing
    half-way through a merge (a package can be signed by a trusted office and still be made wrong)."""
    for key in ("package_uuid", "sender_code", "sequence", "mode"):
        if not manifest.get(key):
            raise UserError(_("Gói {name} hỏng: thiếu mục “{key}” trong trang thông tin.", name=name, key=key),
                            field="path")
    for key, sound in (("package_uuid", _UUID.fullmatch(manifest["package_uuid"])),
                       ("mode", manifest["mode"] in MODES)):
        if not sound:
            raise _bad_entry(name, key, manifest[key])
    _whole(manifest["sequence"], "sequence", name, least=1)
    for key in ("acknowledged", "base_sequence"):
        if manifest.get(key):
            _whole(manifest[key], key, name)


def read_package(ws, path, stage=None, elsewhere=None) -> Package:
    """The package, checked (the module's steps 1-5); already_imported when this office has it. Each sheet's rows,
    once checked, go to stage(table, rows) when given (and are not kept: a package may hold 300.000 records), else
    into package.sheets. elsewhere(package, held), when given, is asked once steps 1-4 have passed whether it reads
    the sheets [(table, sheet name)] itself (core.sync.reader: a large package, in a process of its own); it checks
    each with check_sheet()."""
    from core.workbooks import open_workbook
    with open_workbook(path, sheets_when_read=True) as book:
        name = book.path.name
        manifest = _manifest(book)
        version = _whole(manifest.get("format_version", ""), "format_version", name)
        if version != fmt.VERSION:
            raise UserError(_("Gói {name} có định dạng phiên bản {version}; ứng dụng này đọc phiên bản {ours}: cập "
                              "nhật ứng dụng rồi nhập lại.", name=name, version=version, ours=fmt.VERSION),
                            field="path")
        _signer(ws, manifest, name)
        own = keys.own(ws)
        if manifest.get("recipient_code") != own.code:
            raise UserError(_("Gói {name} gửi cho đơn vị {recipient}, không phải cho đơn vị này ({code}).", name=name,
                              recipient=manifest.get("recipient_code") or "?", code=own.code), field="recipient")
        _check_entries(manifest, name)
        package = Package(manifest, path=book.path)
        sender = manifest["sender_code"]
        if ws.query("SELECT 1 FROM sync_packages WHERE direction = 'received' AND package_uuid = ?",
                    [manifest.get("package_uuid", "")]):
            package.already_imported = True
            return package
        base = manifest.get("base_sequence", "")
        if manifest.get("mode") == "changes" and base and not ws.query(
                "SELECT 1 FROM sync_packages WHERE direction = 'received' AND peer_code = ? AND sequence = ?",
                [sender, _whole(base, "base_sequence", name)]):
            raise UserError(_("Gói {name} chỉ có các thay đổi sau gói số {base} của {sender}, mà đơn vị này chưa nhận "
                              "gói đó: xin {sender} gửi gói còn thiếu hoặc một gói toàn bộ (--full).", name=name,
                              base=base, sender=sender), field="sequence")
        held = [(table, sheet_name) for table, (sheet_name, _kind) in fmt.SHEETS.items()
                if f"sha256:{table}" in manifest]
        for _table, sheet_name in held:
            if sheet_name not in book.sheet_names:
                raise UserError(_("Gói {name} bị sửa: thiếu trang “{sheet}”.", name=name, sheet=sheet_name),
                                field="sheet")
        if elsewhere is not None and elsewhere(package, held):
            return package
        for table, sheet_name in held:
            rows = book.sheet(sheet_name).rows
            check_sheet(package, table, *sheet_digest(rows, name, sheet_name), name)
            if stage is None:
                package.sheets[table] = rows
            else:
                stage(table, rows)
    return package
