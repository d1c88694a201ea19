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


def new_uuids(n: int) -> list[str]:
    """n random version-4 UUIDs from the operating system's randomness, the bits set a column at a time in C
    (100.000: 0,05 s; uuid.uuid4() one by one: 0,25 s)."""
    raw = bytearray(os.urandom(16 * n))
    raw[6::16] = raw[6::16].translate(_VERSION_4)
    raw[8::16] = raw[8::16].translate(_VARIANT)
    h = raw.hex()
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, 32 * n, 32)]


def official_unit_uuid(kind: str, official_code: int) -> str:
    """The province or a commune from the official list: the same UUID in every office."""
    return str(uuidlib.uuid5(NAMESPACE, f"unit/{kind}/{int(official_code)}"))


def builtin_uuid(table: str, code: str) -> str:
    """A built-in indicator or conference kind, from its code."""
    return str(uuidlib.uuid5(NAMESPACE, f"{table}/{code}"))


def unit_uuid(kind: str, official_code: int | None) -> str:
    return official_unit_uuid(kind, official_code) if official_code is not None and kind in (
        "province", "commune") else new_uuid()
