"""Identities that travel: UUIDs for records, and the office's own identity.

A record that exists on its own in every office (an official unit, the province, a built-in indicator or
conference kind) gets a deterministic UUID, uuid5 over the project's namespace and its code, so two offices
agree on it without talking. Everything else gets a random UUID where it is made.
"""
from __future__ import annotations

import os
import uuid as uuidlib

# Fixed for ever: changing it would give every official unit a new identity in offices installed later.
NAMESPACE = uuidlib.UUID("6f1c2a4e-5b7d-4e08-9a3c-1d2e3f405162")

# The indicators and conference kinds every office is seeded with (resources/defaults.json).
BUILTIN_CODES = {
    "indicators": ("vsi_new", "hhi_new"),
    "conference_kinds": ("customer", "policy_qa", "small_group", "launch", "training"),
}


def new_uuid() -> str:
    return str(uuidlib.uuid4())


_VERSION_4 = bytes((b & 0x0F) | 0x40 for b in range(256))  # byte 6: version 4
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))    # byte 8: the RFC 4122 variant
# (hex digit, place in the text, length) of the five groups: 8-4-4-4-12
_GROUPS = ((0, 0, 8), (8, 9, 4), (12, 14, 4), (16, 19, 4), (20, 24, 12))


def new_uuids(n: int) -> list[str]:
    """n random version-4 UUIDs from the operating system's randomness, the bits set and the text laid out a column
    at a time in C, then split (100.000: 0,04 s; one f-string each 0,12 s; uuid.uuid4() one by one 0,25 s)."""
    if n <= 0:
        return []
    raw = bytearray(os.urandom(16 * n))
    raw[6::16] = raw[6::16].translate(_VERSION_4)
    raw[8::16] = raw[8::16].translate(_VARIANT)
    digits = raw.hex().encode()
    text = bytearray(b"-" * (37 * n))  # 36 characters and a newline each
    text[36::37] = b"\n" * n
    for start, at, length in _GROUPS:
        for k in range(length):
            text[at + k::37] = digits[start + k::32]
    return text[:-1].decode().split("\n")


def official_unit_uuid(kind: str, official_code: int) -> str:
    """The province or a commune from the official list: the same UUID in every office."""
    return str(uuidlib.uuid5(NAMESPACE, f"unit/{kind}/{int(official_code)}"))


def builtin_uuid(table: str, code: str) -> str:
    """A built-in indicator or conference kind, from its code."""
    return str(uuidlib.uuid5(NAMESPACE, f"{table}/{code}"))


def unit_uuid(kind: str, official_code: int | None) -> str:
    return official_unit_uuid(kind, official_code) if official_code is not None and kind in (
        "province", "commune") else new_uuid()
