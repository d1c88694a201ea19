"""Citizen ID numbers (căn cước, 12 digits): clean-up, and what digits 4-6 say about gender and birth year.

Digit 4 carries gender and century (0/1 male/female born 1900-1999, 2/3 in 2000-2099, 4/5 in 2100s …),
digits 5-6 the last two digits of the birth year (DOMAIN.md). A number typed into Excel as a number has
lost its leading zero: 11 digits are a 12-digit ID with its zero restored (and a number cell of 10 digits one
of the provinces 001-009 that lost two).
"""
from __future__ import annotations

from core import parse
from core.errors import UserError
from core.i18n import Messages, N_, _, ngettext

M = Messages({
    "M": N_("nam"),
    "F": N_("nữ"),
})
_SEPARATORS = str.maketrans("", "", " .-_'’")


def normalize(raw) -> tuple[str | None, str | None]:
    """(12-digit ID or None when empty, error message or None). Accepts numbers from Excel cells."""
    if raw.__class__ is str and len(raw) == 12 and raw.isdigit() and raw.isascii():  # the usual: as it should be
        return raw, None
    if raw is None or raw == "":
        return None, None
    number = isinstance(raw, (int, float)) and not isinstance(raw, bool)
    if isinstance(raw, float):   # a number cell: whole and finite, by core.parse's rules (NaN, ∞ and 1,5 are not)
        try:
            raw = parse.whole_number(raw)
        except UserError:
            return None, _("Số CCCD “{value}” có ký tự không phải chữ số.", value=parse.shown(raw))
    text = str(raw).strip().translate(_SEPARATORS)
    if number and len(text) == 10:  # a number cell: provinces 001-009 (Hà Nội…) lose two zeros
        text = "00" + text
    if not text:
        return None, None
    if not text.isdigit() or not text.isascii():
        return None, _("Số CCCD “{value}” có ký tự không phải chữ số.", value=parse.shown(raw))
    if len(text) == 11:  # typed as a number: the leading zero is gone
        text = "0" + text
    if len(text) != 12:
        return None, ngettext("Số CCCD “{value}” có {n} chữ số, phải đủ 12.",
                              "Số CCCD “{value}” có {n} chữ số, phải đủ 12.", len(text), value=parse.shown(text))
    return text, None


def decode(citizen_id: str) -> tuple[str, int]:
    """(gender 'M'/'F', birth year) from a 12-digit ID (ASCII digits, as normalize gives it)."""
    code = ord(citizen_id[3]) - 48
    return ("F" if code & 1 else "M"), 1900 + (code >> 1) * 100 + int(citizen_id[4:6])


def mismatch(citizen_id: str, gender: str | None, birth_year: int | None) -> tuple[str, str] | None:
    """(field, message) when the ID disagrees with the given gender or birth year, else None."""
    id_gender, id_year = decode(citizen_id)
    if gender and gender != id_gender:
        return "gender", _("Số CCCD {value} là của {id_gender}, nhưng giới tính ghi là {gender}.",
                           value=citizen_id, id_gender=M(id_gender), gender=M(gender))
    if birth_year and int(birth_year) != id_year:
        return "birth_year", _("Số CCCD {value} ứng với năm sinh {id_year}, nhưng năm sinh ghi là {year}.",
                               value=citizen_id, id_year=id_year, year=birth_year)
    return None
