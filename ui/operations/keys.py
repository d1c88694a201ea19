"""The office's signing key and the offices it trusts (core.keys), on the DB worker."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def _keys():
    from core import keys
    return keys


def show(parent) -> Op:
    """The office's key (code, name, fingerprint) and the trusted offices; a key is made on first use."""
    return Op(parent, lambda ws, _p: (_keys().own(ws), _keys().trusted(ws)), quiet=True)


def export_public(parent, *, path) -> Op:
    return Op(parent, lambda ws, _p: _keys().export_public(ws, path), title=tr("Operations", "Đang lưu…"))


def export_private(parent, *, path) -> Op:
    return Op(parent, lambda ws, _p: _keys().export_private(ws, path), title=tr("Operations", "Đang lưu…"))


def import_private(parent, *, path) -> Op:
    return Op(parent, lambda ws, _p: _keys().import_private(ws, path), title=tr("Operations", "Đang lưu…"))


def trust(parent, *, path) -> Op:
    """Trust the office of this public key file; the result is (its key, newly trusted)."""
    return Op(parent, lambda ws, _p: _keys().trust(ws, path), title=tr("Operations", "Đang lưu…"))


def untrust(parent, *, trusted_id: int) -> Op:
    return Op(parent, lambda ws, _p: _keys().untrust(ws, trusted_id), title=tr("Operations", "Đang lưu…"))
