"""The office's signing key and the offices it trusts (core/keys.py, `keys …` on the command line, the Đồng bộ
page): a key pair per database, kept beside it and readable by the user only, moved to a new PC by its backup and
only its own; public key files trusted, with a fingerprint to read by phone, and removed."""
from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from core import keys
from core.errors import UserError


@pytest.fixture
def two(tmp_path):
    """Two offices in files: the commune office SH and the province office TINH."""
    from core.workspace import Workspace
    made = []
    for code, name in (("SH", "BHXH cơ sở Sơn Hà"), ("TINH", "BHXH tỉnh Quảng Ngãi")):
        ws = Workspace.open(tmp_path / f"{code}.sqlite", actor="test")
        ws.units.init_office(code=code, name=name, province="Quảng Ngãi")
        made.append(ws)
    yield made
    for ws in made:
        ws.close()


def cli(ws, *args, capsys=None):
    from cli import build_parser, run
    argv = ["--db", str(ws.path), *args]
    code = run(build_parser(argv).parse_args(argv))
    return code, (capsys.readouterr() if capsys else None)


def test_each_office_has_its_own_key_beside_its_database(two):
    sh, tinh = two
    path = keys.key_path(sh)
    assert path == sh.path.with_name("SH.sqlite.key") and path.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600        # the user's only
    mine, theirs = keys.own(sh), keys.own(tinh)
    assert mine.public_key != theirs.public_key
    digits = mine.fingerprint.split(" ")
    assert [len(g) for g in digits] == [5, 5, 5, 5] and all(g.isdigit() for g in digits)
    # the key signs, and its public half verifies
    signature = keys.private_key(sh).sign(b"goi du lieu")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    Ed25519PublicKey.from_public_bytes(mine.public_key).verify(signature, b"goi du lieu")


@pytest.mark.parametrize("icacls_fails", [False, True])
def test_on_windows_the_key_file_is_made_the_users_alone(two, tmp_path, monkeypatch, caplog, icacls_fails):
    """Windows' modes say nothing of who may read: the access list is made the user's (granted first, the inherited
    entries removed after); when icacls fails the key is still written, and the log says so."""
    sh, _tinh = two
    calls = []

    def run(args, **_kwargs):
        calls.append(args)
        return type("Done", (), {"returncode": int(icacls_fails)})()

    monkeypatch.setattr(keys, "_WINDOWS", True)
    monkeypatch.setattr(keys.subprocess, "run", run)
    monkeypatch.setenv("USERDOMAIN", "MAY-BHXH")
    monkeypatch.setenv("USERNAME", "canbo")
    monkeypatch.setenv("SystemRoot", "C:\\Windows")
    icacls = str(Path("C:\\Windows", "System32", "icacls.exe"))
    backup = tmp_path / "sao-luu.key"
    keys.export_private(sh, backup)
    assert json.loads(backup.read_text(encoding="utf-8"))["office_code"] == "SH"
    written = calls[0][1]   # the temporary file, renamed into place afterwards with its access list
    if icacls_fails:
        assert calls == [[icacls, written, "/grant:r", "MAY-BHXH\\canbo:F", "*S-1-5-18:F"]]
        assert "keeps its folder's access list" in caplog.text
    else:
        assert calls == [[icacls, written, "/grant:r", "MAY-BHXH\\canbo:F", "*S-1-5-18:F"],
                         [icacls, written, "/inheritance:r"]]
    assert not Path(written).exists() and backup.exists()


def test_a_new_pc_needs_the_backup_and_takes_only_its_own(two, tmp_path, capsys):
    from core.workspace import Workspace
    sh, tinh = two
    backup = tmp_path / "sao-luu.key"
    assert cli(sh, "keys", "export", "--private", "--out", str(backup), capsys=capsys)[0] == 0
    (tmp_path / "new-pc").mkdir()
    moved = tmp_path / "new-pc" / "office.sqlite"
    sh.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as the app leaves it on closing
    shutil.copy(sh.path, moved)                        # the database alone reaches the new PC
    ws = Workspace.open(moved, actor="test")
    try:
        assert keys.own(ws).fingerprint == keys.own(sh).fingerprint   # shown from the database
        with pytest.raises(UserError, match="Không thấy khóa bí mật"):
            keys.private_key(ws)                       # never a new key in its place
        with pytest.raises(UserError, match="khóa của đơn vị khác"):
            keys.import_private(ws, keys.key_path(tinh))
        code, out = cli(ws, "keys", "import", str(backup), capsys=capsys)
        assert code == 0 and keys.own(sh).fingerprint in out.out
        assert keys.private_key(ws).sign(b"x") == keys.private_key(sh).sign(b"x")
    finally:
        ws.close()


def test_trusting_an_office_by_its_public_key_file(two, tmp_path, capsys):
    sh, tinh = two
    public = tmp_path / "SH.pub.key"
    code, out = cli(sh, "keys", "export", "--out", str(public), capsys=capsys)
    assert code == 0 and keys.own(sh).fingerprint in out.out
    document = json.loads(public.read_text(encoding="utf-8"))
    assert document["office_code"] == "SH" and "private_key" not in document
    code, out = cli(tinh, "keys", "trust", str(public), capsys=capsys)
    assert code == 0 and out.out.strip() == f"Đã tin cậy SH — BHXH cơ sở Sơn Hà. Dấu vân tay: {keys.own(sh).fingerprint}"
    assert [(t["code"], t["fingerprint"]) for t in keys.trusted(tinh)] == [("SH", keys.own(sh).fingerprint)]
    assert cli(tinh, "keys", "trust", str(public), capsys=capsys)[1].out.startswith("SH — BHXH cơ sở Sơn Hà đã được")
    code, out = cli(tinh, "keys", "show", "--json", capsys=capsys)
    assert json.loads(out.out) == {"code": "TINH", "name": "BHXH tỉnh Quảng Ngãi",
                                   "fingerprint": keys.own(tinh).fingerprint}
    # removed, and trusted again
    keys.untrust(tinh, keys.trusted(tinh)[0]["id"])
    assert keys.trusted(tinh) == []
    assert tinh.query("SELECT removed_at FROM trusted_offices")[0]["removed_at"]
    assert keys.trust(tinh, public)[1] is True and len(keys.trusted(tinh)) == 1
    assert tinh.query("SELECT count(*) AS n FROM audit_log WHERE table_name = 'trusted_offices'")[0]["n"] == 3


def test_a_forged_key_file_or_the_wrong_file_is_refused(two, tmp_path, capsys):
    sh, tinh = two
    public = tmp_path / "SH.pub.key"
    keys.export_public(sh, public)
    document = json.loads(public.read_text(encoding="utf-8"))
    cases = {
        "private.key": None,                                            # the private key instead of the public
        "garbage.key": b"\x00\xff" * 40_000,
        "notjson.key": b'{"format": "vandong-bhxh/public-key"',
        "short.key": json.dumps({**document, "public_key": "AAAA"}).encode(),
        "future.key": json.dumps({**document, "version": 9}).encode(),
        "quoted.key": json.dumps({**document, "version": "1"}).encode(),   # was "version 1, this app reads 1"
        "nocode.key": json.dumps({**document, "office_code": " "}).encode(),
    }
    for name, content in cases.items():
        path = keys.key_path(sh) if content is None else tmp_path / name
        if content is not None:
            path.write_bytes(content)
        code, out = cli(tinh, "keys", "trust", str(path), capsys=capsys)
        assert code == 1 and out.out == "" and str(path) in out.err and len(out.err.strip().splitlines()) == 1, name
        assert "phiên bản 1," not in out.err, out.err
    own = tmp_path / "TINH.pub.key"
    keys.export_public(tinh, own)
    with pytest.raises(UserError, match="chính đơn vị này"):
        keys.trust(tinh, own)
    # the fingerprint is computed from the key, never taken from the file
    forged = tmp_path / "forged.key"
    forged.write_text(json.dumps({**document, "fingerprint": "00000 00000 00000 00000"}), encoding="utf-8")
    assert keys.read_public(forged).fingerprint == keys.own(sh).fingerprint
    assert keys.trusted(tinh) == []


def test_an_office_made_before_keys_gets_its_pair_on_first_use(tmp_path):
    from core.workspace import Workspace
    ws = Workspace.open(tmp_path / "old.sqlite", actor="test")
    try:
        ws.units.init_office(code="OLD", name="Văn phòng cũ", province="Quảng Ngãi")
        keys.key_path(ws).unlink()
        ws.db.execute("DELETE FROM settings WHERE key = ?", [keys.PUBLIC_SETTING])
        fingerprint = keys.own(ws).fingerprint
        assert keys.key_path(ws).exists() and keys.own(ws).fingerprint == fingerprint
    finally:
        ws.close()


def test_the_sync_page_shows_the_key_and_trusts_after_the_fingerprint(two, tmp_path, qtbot, qt_settings, messages):
    from tests.ui_support import open_page
    from ui.pages.sync import SyncPage
    sh, tinh = two
    public = tmp_path / "SH.pub.key"
    keys.export_public(sh, public)
    page = open_page(qtbot, tinh, SyncPage, show=True)
    assert page.fingerprint.text() == keys.own(tinh).fingerprint and "TINH" in page.office_label.text()
    assert page.model.rowCount() == 0 and not page.untrust_button.isEnabled()
    page.trust(str(public))
    kind, _title, asked = messages[-1]     # asked first, with the office and its digits
    assert kind == "question" and keys.own(sh).fingerprint in asked and "SH — BHXH cơ sở Sơn Hà" in asked
    assert [r["code"] for r in page.model.rows] == ["SH"]
    page.table.selectRow(0)
    assert page.untrust_button.isEnabled()
    page.untrust()
    assert keys.trusted(tinh) == [] and page.model.rowCount() == 0
    out = tmp_path / "TINH.pub.key"
    page.export_public(str(out))
    assert keys.read_public(out).code == "TINH" and messages[-1][0] == "information"
    page.trust(str(keys.key_path(sh)))      # a private key file offered for trust: a warning, nothing trusted
    assert messages[-1][0] == "warning" and keys.trusted(tinh) == []


def test_the_sync_page_sends_and_receives_packages(two, tmp_path, qtbot, qt_settings, messages):
    from tests.ui_support import open_page
    from ui.pages.sync import SyncPage
    sh, tinh = two
    keys.export_public(sh, tmp_path / "sh.pub")
    keys.trust(tinh, tmp_path / "sh.pub")
    sender = open_page(qtbot, sh, SyncPage, show=True)
    package = tmp_path / "goi.xlsx"
    sender.send("TINH", str(package))
    assert package.exists() and messages[-1][0] == "information" and "TINH" in messages[-1][2]
    assert [r["direction"] for r in sender.history.rows] == ["sent"]
    receiver = open_page(qtbot, tinh, SyncPage, show=True)
    receiver.receive(str(package))
    assert messages[-1][0] == "information" and "Đã nhập gói của SH" in messages[-1][2]
    assert [r["direction"] for r in receiver.history.rows] == ["received"]
    receiver.receive(str(package))          # again: already imported, said so
    assert "đã được nhập" in messages[-1][2]
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    receiver.receive(str(tmp_path / "bad.xlsx"))
    assert messages[-1][0] == "warning"
