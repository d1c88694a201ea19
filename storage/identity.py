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


def new_uuids(n: int) -> list[str]:
    """n random version-4 UUIDs, sorted: appending in order keeps the uuid index's inserts sequential."""
    raw = os.urandom(16 * n).hex()
    out = []
    for i in range(0, 32 * n, 32):
        s = raw[i:i + 32]
        out.append(f"{s[:8]}-{s[8:12]}-4{s[13:16]}-{'89ab'[int(s[16], 16) & 3]}{s[17:20]}-{s[20:]}")
    out.sort()
    return out


def official_unit_uuid(kind: str, official_code: int) -> str:
    """The province or a commune from the official list: the same UUID in every office."""
    return str(uuidlib.uuid5(NAMESPACE, f"unit/{kind}/{int(official_code)}"))


def builtin_uuid(table: str, code: str) -> str:
    """A built-in indicator or conference kind, from its code."""
    return str(uuidlib.uuid5(NAMESPACE, f"{table}/{code}"))


def unit_uuid(kind: str, official_code: int | None) -> str:
    return official_unit_uuid(kind, official_code) if official_code is not None and kind in (
        "province", "commune") else new_uuid()
