"""The office's signing key (Ed25519, the `cryptography` package) and the offices it trusts.

The key pair belongs to the office's database: the private key lives in a file beside it (office.sqlite →
office.sqlite.key), readable by the user only, so the demo, an office and a test copy on one PC never share a
key. The public key is also recorded in the database's settings: a private key file that went missing (a new PC)
is then said as such, and only that office's own key can be imported back, never silently replaced by a new one.
An office made before keys existed gets its pair on first use.

Key files are small JSON documents a person can read: the format, the office's code and name, the key (base64)
and, for a public key, its fingerprint. A fingerprint is 20 digits in groups of five, read from the SHA-256 of the
public key, for two clerks to compare by phone.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from core.changes import Changes
from core.errors import UserError
from core.i18n import _
from core.text import clean

PUBLIC_SETTING = "keys.public"          # the office's public key, hex
PUBLIC_FORMAT = "vandong-bhxh/public-key"
PRIVATE_FORMAT = "vandong-bhxh/private-key"
FORMAT_VERSION = 1
LARGEST_KEY_FILE = 64 * 1024            # a key file is a few hundred bytes: anything larger is not one


def key_path(ws) -> Path | None:
    """Where the office's private key lives: beside its database (None for a database in memory)."""
    return Path(str(ws.path) + ".key") if getattr(ws, "path", None) else None


def fingerprint(public_key: bytes) -> str:
    """'01234 56789 01234 56789': 20 digits of the key's SHA-256, in groups of five."""
    digits = f"{int.from_bytes(hashlib.sha256(public_key).digest()[:10], 'big') % 10 ** 20:020d}"
    return " ".join(digits[i:i + 5] for i in range(0, 20, 5))


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _write_private(path: Path, document: dict) -> None:
    """Whole or not at all, readable by the user only (_user_only)."""
    handle, temporary = tempfile.mkstemp(prefix=".vandong-", suffix=".key", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=1)
        _user_only(Path(temporary))
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(_("Không ghi được tệp khóa {path}: kiểm tra thư mục và quyền ghi.", path=path), field="path")


_WINDOWS = os.name == "nt"


def _user_only(path: Path) -> None:
    """Let only the user read the file. Mode 0600 where there are modes; on Windows, whose modes say nothing of
    who may read, the file's access list is made the user's alone (icacls, on every Windows): a database kept in a
    shared folder (D:\\BHXH) would otherwise hand its key to everyone that folder lets in. Should icacls fail, the
    key is still written (the office needs it), and the log says so."""
    if not _WINDOWS:
        os.chmod(path, 0o600)
        return
    user = "\\".join(filter(None, (os.environ.get("USERDOMAIN"), os.environ.get("USERNAME"))))
    # Windows' own icacls, never one found first in the working folder (a shared folder anyone may write to)
    icacls = str(Path(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "icacls.exe"))
    # the user's own entry (and the system's, which backs files up) first: the inherited ones are removed only once
    # they are there (a file with none left would be the user's to read no more)
    for change in (["/grant:r", f"{user}:F", "*S-1-5-18:F"], ["/inheritance:r"]):
        try:
            failed = not user or subprocess.run([icacls, str(path), *change], capture_output=True, timeout=30,
                                                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)).returncode
        except (OSError, subprocess.SubprocessError):
            failed = True
        if failed:
            logging.getLogger("vandong").warning("the private key %s keeps its folder's access list (icacls %s "
                                                 "failed)", path, change[0])
            return


def _private_document(ws, key: Ed25519PrivateKey) -> dict:
    office = ws.office or {}
    return {"format": PRIVATE_FORMAT, "version": FORMAT_VERSION, "office_code": office.get("code", ""),
            "office_name": office.get("name", ""),
            "note": "Khóa bí mật của đơn vị: giữ như con dấu, không gửi cho ai.",
            "private_key": base64.b64encode(_raw_private(key)).decode("ascii")}


def create(ws) -> str:
    """Make the office's key pair (its private key beside the database, its public key in the settings);
    returns the fingerprint. Called when the office is created."""
    key = Ed25519PrivateKey.generate()
    path = key_path(ws)
    if path is None:
        ws._memory_key = key   # a workspace in memory (tests) keeps its key with it
    else:
        _write_private(path, _private_document(ws, key))
    ws.set_setting(PUBLIC_SETTING, _raw_public(key).hex())
    return fingerprint(_raw_public(key))


def _load_private(path: Path) -> Ed25519PrivateKey:
    document = _read_key_file(path, PRIVATE_FORMAT)
    return Ed25519PrivateKey.from_private_bytes(_key_bytes(document, "private_key", path))


def private_key(ws) -> Ed25519PrivateKey:
    """The office's private key, to sign with. A database without one yet (made before keys existed) gets its
    pair now; a recorded public key whose private key file is missing or is another office's is refused."""
    recorded = ws.setting(PUBLIC_SETTING)
    path = key_path(ws)
    if path is None:
        if getattr(ws, "_memory_key", None) is None:
            create(ws)
        return ws._memory_key
    if not recorded and not path.exists():
        create(ws)
        recorded = ws.setting(PUBLIC_SETTING)
    if not path.exists():
        raise UserError(_("Không thấy khóa bí mật của đơn vị ({path}). Nếu vừa chuyển sang máy mới, hãy nhập tệp "
                          "khóa bí mật đã sao lưu từ máy cũ (Đồng bộ → Nhập khóa bí mật).", path=path), field="key")
    key = _load_private(path)
    if recorded and _raw_public(key).hex() != recorded:
        raise UserError(_("Tệp khóa {path} không phải khóa của đơn vị này (dấu vân tay {found}, đơn vị có "
                          "{expected}).", path=path, found=fingerprint(_raw_public(key)),
                          expected=fingerprint(bytes.fromhex(recorded))), field="key")
    if not recorded:
        ws.set_setting(PUBLIC_SETTING, _raw_public(key).hex())
    return key


def public_key(ws) -> bytes:
    """The office's public key (32 bytes)."""
    recorded = ws.setting(PUBLIC_SETTING)
    return bytes.fromhex(recorded) if recorded else _raw_public(private_key(ws))


@dataclass(frozen=True)
class OfficeKey:
    code: str
    name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name, "fingerprint": self.fingerprint}


def own(ws) -> OfficeKey:
    office = ws.office
    if not office:
        raise UserError(_("Cơ sở dữ liệu chưa có đơn vị: tạo đơn vị trước."), field="office")
    return OfficeKey(office["code"], office["name"], public_key(ws))


def export_public(ws, path) -> OfficeKey:
    """The office's public key file, for the offices it sends packages to."""
    from core.documents import files
    key = own(ws)
    document = {"format": PUBLIC_FORMAT, "version": FORMAT_VERSION, "office_code": key.code,
                "office_name": key.name, "public_key": base64.b64encode(key.public_key).decode("ascii"),
                "fingerprint": key.fingerprint}
    with files.written(path) as drawing:
        drawing.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return key


def export_private(ws, path) -> OfficeKey:
    """A copy of the private key, to move the office to a new PC (keep it like a seal)."""
    key = own(ws)
    _write_private(Path(path), _private_document(ws, private_key(ws)))
    return key


def import_private(ws, path) -> OfficeKey:
    """The private key moved from the old PC, put beside this database. Only the office's own key (its recorded
    public key) is accepted."""
    own(ws)
    key = _load_private(Path(path))
    recorded = ws.setting(PUBLIC_SETTING)
    found = _raw_public(key)
    if recorded and found.hex() != recorded:
        raise UserError(_("Tệp {path} là khóa của đơn vị khác (dấu vân tay {found}); khóa của đơn vị này có dấu "
                          "vân tay {expected}.", path=path, found=fingerprint(found),
                          expected=fingerprint(bytes.fromhex(recorded))), field="path")
    target = key_path(ws)
    if target is None:
        ws._memory_key = key
    else:
        _write_private(target, _private_document(ws, key))
    if not recorded:
        ws.set_setting(PUBLIC_SETTING, found.hex())
    return own(ws)


# --- key files ----------------------------------------------------------------------------------------------------
def _read_key_file(path, expected_format: str) -> dict:
    """A key file's JSON; any other file (too large, not JSON, another format or version) refused naming it."""
    path = Path(path)
    try:
        if path.stat().st_size > LARGEST_KEY_FILE:
            raise ValueError("too large")
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise UserError(_("Không đọc được tệp {path}.", path=path), field="path") from None
    except ValueError:
        document = None
    if not isinstance(document, dict) or document.get("format") not in (PUBLIC_FORMAT, PRIVATE_FORMAT) \
            or type(document.get("version")) is not int:   # "1" in quotes was told "version 1, this app reads 1"
        raise UserError(_("Tệp {path} không phải tệp khóa của ứng dụng.", path=path), field="path")
    if document["format"] != expected_format:
        raise UserError(_("Tệp {path} là khóa bí mật, không phải khóa công khai: không gửi khóa bí mật cho đơn vị "
                          "khác.", path=path) if expected_format == PUBLIC_FORMAT else
                        _("Tệp {path} là khóa công khai, không phải khóa bí mật đã sao lưu.", path=path), field="path")
    if document.get("version") != FORMAT_VERSION:
        raise UserError(_("Tệp khóa {path} có phiên bản {version}, ứng dụng này đọc phiên bản {ours}: cập nhật "
                          "ứng dụng.", path=path, version=document.get("version"), ours=FORMAT_VERSION), field="path")
    return document


def _key_bytes(document: dict, field: str, path) -> bytes:
    try:
        raw = base64.b64decode(str(document.get(field, "")), validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise UserError(_("Tệp khóa {path} bị hỏng (khóa không đúng độ dài).", path=path), field="path")
    return raw


def read_public(path) -> OfficeKey:
    """An office's public key file: its code, name and key (the fingerprint is computed, never taken from the
    file)."""
    document = _read_key_file(path, PUBLIC_FORMAT)
    raw = _key_bytes(document, "public_key", path)
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise UserError(_("Tệp khóa {path} bị hỏng (khóa không đúng độ dài).", path=path), field="path") from None
    code = clean(str(document.get("office_code") or ""))
    if not code:
        raise UserError(_("Tệp khóa {path} không ghi mã đơn vị.", path=path), field="path")
    return OfficeKey(code, clean(str(document.get("office_name") or "")), raw)


# --- trusted offices ----------------------------------------------------------------------------------------------
def trust(ws, path) -> tuple[OfficeKey, bool]:
    """Trust the office whose public key file this is; (its key, True when it was not trusted already). Audited."""
    from storage.records import now
    key = read_public(path)
    if key.public_key == public_key(ws):
        raise UserError(_("Đây là khóa của chính đơn vị này, không cần tin cậy."), field="path")
    row = next(iter(ws.query("SELECT * FROM trusted_offices WHERE public_key = ?", [key.public_key.hex()])), None)
    with ws.transaction():
        if row is None:
            ws.insert("trusted_offices", {"code": key.code, "name": key.name, "public_key": key.public_key.hex(),
                                          "added_at": now()})
        elif row["removed_at"] or (row["code"], row["name"]) != (key.code, key.name):
            ws.update("trusted_offices", row["id"], {"code": key.code, "name": key.name, "removed_at": None,
                                                     "added_at": now() if row["removed_at"] else row["added_at"]})
    return key, row is None or bool(row["removed_at"])


def untrust(ws, trusted_id: int) -> Changes:
    """Stop trusting an office's key (kept, marked removed: its packages are then refused as from a removed key)."""
    from storage.records import now
    row = ws.get("trusted_offices", trusted_id)
    if row is None or row["removed_at"]:
        raise UserError(_("Đơn vị này không còn trong danh sách tin cậy."))
    with ws.transaction():
        ws.update("trusted_offices", trusted_id, {"removed_at": now()})
    return Changes.of("config")


def trusted(ws) -> list[dict]:
    """The offices trusted now, by code: id, code, name, fingerprint, added_at."""
    return [{**r, "fingerprint": fingerprint(bytes.fromhex(r["public_key"]))} for r in ws.query(
        "SELECT id, code, name, public_key, added_at FROM trusted_offices WHERE removed_at IS NULL ORDER BY code, id")]
