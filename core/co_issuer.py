"""A co-issuer: the agency that issues a conference's invitations jointly with the office (seed 004: the commune's
People's Committee, or its steering committee, signs and issues them with the collection agency).

It is kept on a plan (for all its conferences) or on a conference (which overrides its plan's), as JSON text in
the column co_issuer: {"name", "parent", "symbol", "signer_authority", "signer_title", "signer_name"}; '' is
none. The keys are core.documents.layout.Issuer's, so an invitation lists it as the first (hosting) agency:
both agencies top left, 'Số: 05/GM-UBND-BHXH', and two signer blocks. When it is set, the agency's name and the
signer's name are required; the symbol is written in capitals ('UBND', 'BCĐ'). An authority or title of several
lines is written with ' / ' between them ('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH').
"""
from __future__ import annotations

import json
import re

from core.errors import ValidationError
from core.i18n import _
from core.text import clean

KEYS = ("name", "parent", "symbol", "signer_authority", "signer_title", "signer_name")
FIELD = "co_issuer"  # the column; a problem names its part as co_issuer_<key> (co_issuer_name, …)
_SYMBOL = re.compile(r"[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*")


def field_of(key: str) -> str:
    """The field a refusal names for one part: 'co_issuer_signer_name'."""
    return f"{FIELD}_{key}"


def part_problem(key: str, value) -> str:
    """core's sentence for one part of a co-issuer that is set ('' when it is fine), for a form as the clerk
    types."""
    text = clean(value)
    if key == "name" and not text:
        return _("Cơ quan đồng ban hành: chưa có tên cơ quan (ví dụ Ủy ban nhân dân xã Sơn Linh).")
    if key == "signer_name" and not text:
        return _("Cơ quan đồng ban hành: chưa có họ tên người ký.")
    if key == "symbol" and text and not _SYMBOL.fullmatch(text.upper()):
        return _("Cơ quan đồng ban hành: ký hiệu “{symbol}” chỉ gồm chữ in hoa, chữ số và dấu gạch nối, không có "
                 "khoảng trắng (ví dụ UBND, BCĐ).", symbol=text)
    return ""


def _parts(value) -> tuple[dict | None, list[tuple[str, str]]]:
    """The given co-issuer as a dict of its parts (None: none), or the problems reading it."""
    if value is None or value == "" or value == {}:
        return None, []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if not isinstance(value, dict):
        return None, [(FIELD, _("Cơ quan đồng ban hành: không đọc được “{value}”.", value=clean(str(value))[:60]))]
    unknown = sorted(set(value) - set(KEYS))
    if unknown:
        return None, [(FIELD, _("Cơ quan đồng ban hành: không có mục “{key}” (các mục: {keys}).", key=unknown[0],
                                keys=", ".join(KEYS)))]
    parts = {key: clean(value.get(key)) for key in KEYS}
    parts["symbol"] = parts["symbol"].upper()
    return (parts if any(parts.values()) else None), []


def checked(value) -> tuple[str, list[tuple[str, str]]]:
    """(the stored text, problems): a dict, the stored JSON text, None or '' (none). Every part is cleaned and
    the symbol written in capitals; problems are (field, message) pairs, fields as field_of() names them."""
    parts, problems = _parts(value)
    if problems:
        return "", problems
    if parts is None:
        return "", []
    problems = [(field_of(key), msg) for key in KEYS if (msg := part_problem(key, parts[key]))]
    return ("" if problems else json.dumps(parts, ensure_ascii=False)), problems


def stored(value) -> str:
    """The text to store for the co-issuer given, or ValidationError naming every bad part."""
    text, problems = checked(value)
    if problems:
        raise ValidationError("; ".join(msg for _field, msg in problems), problems, field=problems[0][0])
    return text


def read(text) -> dict | None:
    """The stored co-issuer as a dict of its KEYS, or None for none (or text that cannot be read)."""
    parts, problems = _parts(text)
    return None if problems else parts


def effective(conference: dict, plan: dict | None = None) -> dict | None:
    """Who issues the conference's invitations with the office: the conference's own co-issuer, else its plan's,
    else None."""
    return read(conference.get(FIELD)) or (read(plan.get(FIELD)) if plan else None)
