"""The office's signing key and the offices it trusts (core.keys), on the DB worker."""
from __future__ import annotations

from core import keys   # imported on the window's thread, not first on the worker (see reports.dashboard)
from ui.operations.base import Op
from ui.qt import tr


def show(parent) -> Op:
    """The office's key (code, name, fingerprint) and the trusted offices; a key is made on first use."""
    return Op(parent, lambda ws, _p: (keys.own(ws), keys.trusted(ws)), quiet=True)


def export_public(parent, *, path) -> Op:
    return Op(parent, lambda ws, _p: keys.export_public(ws, path), title=tr("Operations", "Đang lưu…"))


def export_private(parent, *, path) -> Op:
    return Op(parent, lambda ws, _p: keys.export_private(ws, path), title=tr("Operations", "Đang lưu…"))


def import_private(parent, *, path) -> Op:
    return Op(parent, lambda ws, _p: keys.import_private(ws, path), title=tr("Operations", "Đang lưu…"))


def trust(parent, *, path) -> Op:
    """Trust the office of this public key file; the result is (its key, newly trusted)."""
    return Op(parent, lambda ws, _p: keys.trust(ws, path), title=tr("Operations", "Đang lưu…"))


def untrust(parent, *, trusted_id: int) -> Op:
    return Op(parent, lambda ws, _p: keys.untrust(ws, trusted_id), title=tr("Operations", "Đang lưu…"))


def export_package(parent, *, to: str, path, full: bool) -> Op:
    """A signed package for office `to` (core.sync.export); the result is the Sent summary."""
    from core.sync.export import export_package as run
    return Op(parent, lambda ws, progress: run(ws, to, path, full=full, progress=progress),
              title=tr("Operations", "Đang ghi gói dữ liệu…"))


def import_package(parent, *, path) -> Op:
    """Check and merge a package (core.sync.merge); the result is (Imported, Changes)."""
    from core.changes import Changes
    from core.sync.merge import IMPORTED, import_package as run

    def fn(ws, _progress):
        result = run(ws, path)
        return result, (Changes.everything() if result.status == IMPORTED else Changes())
    return Op(parent, fn, title=tr("Operations", "Đang nhập gói dữ liệu…"))


def history(parent) -> Op:
    """The packages sent, received and refused, newest first (core.sync.history)."""
    from core.sync import history as run
    return Op(parent, lambda ws, _p: run.history(ws), quiet=True)


def received_changes(parent, *, package_uuid: str) -> Op:
    """What a received package changed (core.sync.history.received_changes)."""
    from core.sync import history as run
    return Op(parent, lambda ws, _p: run.received_changes(ws, package_uuid), quiet=True)


def conflicts(parent) -> Op:
    """The conflicts merges resolved (core.sync.merge.conflicts)."""
    from core.sync import merge
    return Op(parent, lambda ws, _p: merge.conflicts(ws), quiet=True)


def reverse_conflict(parent, *, conflict_id: int) -> Op:
    """Keep the version a merge set aside; the result is the Changes."""
    from core.sync import merge
    return Op(parent, lambda ws, _p: merge.reverse_conflict(ws, conflict_id), title=tr("Operations", "Đang lưu…"))
