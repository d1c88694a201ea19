"""Vietnamese phone numbers: format check, repair of Excel-mangled input, and the 2018 prefix conversion.

    phone, warning = normalize_phone(" 0166.234.5678 ")   # -> ("0362345678", "…đổi sang đầu số mới…")
    result = parse_phone(raw)   # never raises: result.phone, result.warning, result.problem (for imports)

Only the format is checked (DOMAIN.md): numbers are portable between operators, so the prefix says nothing
about the operator. A mobile number is 10 digits starting with 0 and a prefix in use. Old 11-digit mobile
numbers (01xx) were converted in 2018 by a fixed table: they are converted here, with a warning.
Landlines (02xx, 11 digits since 2017) are accepted only where the caller allows them (an office phone).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.errors import UserError
from core.i18n import _, ngettext
from core.text import clean

# Mobile prefixes in use (DOMAIN.md).
MOBILE_PREFIXES = frozenset(
    [f"03{d}" for d in range(2, 10)] + ["052", "055", "056", "058", "059", "070"]
    + [f"07{d}" for d in range(6, 10)] + [f"08{d}" for d in range(1, 10)]
    + [f"09{d}" for d in range(0, 5)] + [f"09{d}" for d in range(6, 10)])

# The 2018 conversion of 11-digit mobile numbers: old 4-digit prefix -> new 3-digit prefix (7 digits kept).
OLD_TO_NEW = {
    **{f"016{d}": f"03{d}" for d in range(2, 10)},  # Viettel 0162..0169 -> 032..039
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",  # MobiFone
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",  # VinaPhone
    "0186": "056", "0188": "058",  # Vietnamobile
    "0199": "059",  # Gmobile
}

_SEPARATORS = re.compile(r"[\s.\-()/]")


@dataclass(frozen=True)
class PhoneResult:
    phone: str = ""            # the normalised number ('' when empty or invalid)
    warning: str | None = None  # set when the number was repaired or converted
    problem: str | None = None  # set when the number is invalid
    others: str = ""           # further numbers the cell held, as written (only the first is taken)


# Between two numbers in one cell ('0905123456 / 0912345678', '…; …', '… - …', '… hoặc …'); dots and single
# hyphens stay: they group the digits of one number.
_BETWEEN = re.compile(r"\s*[,;/\n|]\s*|\s+[-–]\s+|\s+(?:hoặc|hoac|or|và|va)\s+", re.IGNORECASE)


def _digits(raw) -> str:
    if isinstance(raw, float) and raw.is_integer():  # a number cell from Excel: 912345678.0
        raw = int(raw)
    text = _SEPARATORS.sub("", str(raw).strip().lstrip("'"))  # '0905… : Excel's text mark typed in by hand
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) in (11, 12):  # 84 912 345 678 written without the +
        text = "0" + text[2:]
    return text


def parse_phone(raw, *, allow_landline: bool = False, field: str | None = None) -> PhoneResult:
    """Check and normalise one number; never raises. Empty input is valid and gives ''. A cell holding two or
    more numbers gives the first, with the rest as written in `others` and a warning saying so."""
    if raw is None or str(raw).strip() == "":
        return PhoneResult()
    result = _parse_one(raw, allow_landline, field)
    parts = [part for part in _BETWEEN.split(clean(raw)) if part] if result.problem and isinstance(raw, str) else []
    if len(parts) > 1:
        taken = _parse_one(parts[0], allow_landline, field)
        if not taken.problem:
            others = ", ".join(parts[1:])
            warning = _("Ô có nhiều số: lấy {phone}, số {others} ghi vào ghi chú.", phone=taken.phone, others=others)
            return PhoneResult(taken.phone, f"{taken.warning} {warning}" if taken.warning else warning, None, others)
    return result


def _parse_one(raw, allow_landline: bool, field: str | None) -> PhoneResult:
    label = field or _("Số điện thoại")
    shown = clean(raw)
    text = _digits(raw)
    if not text.isdigit():
        return PhoneResult(problem=_("{field}: “{raw}” không phải số điện thoại (chỉ gồm chữ số).",
                                     field=label, raw=shown))
    warning = None
    # A number typed into Excel as a number lost its leading zero: 9 digits (mobile) or 10 starting 1/2 (old
    # mobile, landline). Current 10-digit numbers always start with 0, so this is unambiguous.
    if (len(text) == 9 and text[0] != "0") or (len(text) == 10 and text[0] in "12"):
        text = "0" + text
        warning = _("Số {raw} bị mất số 0 đầu (Excel), đã sửa thành {new}.", raw=shown, new=text)
    if len(text) == 11 and text.startswith("01"):
        new_prefix = OLD_TO_NEW.get(text[:4])
        if new_prefix is None:
            return PhoneResult(problem=_("{field}: đầu số cũ “{prefix}” của “{raw}” không có trong bảng chuyển đổi "
                                         "năm 2018.", field=label, prefix=text[:4], raw=shown))
        new = new_prefix + text[4:]
        return PhoneResult(phone=new, warning=_("Số cũ {old} đã được đổi sang đầu số mới: {new}.", old=text, new=new))
    if allow_landline and len(text) == 11 and text.startswith("02"):
        return PhoneResult(phone=text, warning=warning)
    if len(text) != 10 or not text.startswith("0"):
        return PhoneResult(problem=ngettext("{field}: “{raw}” có {n} chữ số; số di động phải có 10 chữ số, bắt đầu "
                                            "bằng 0.",
                                            "{field}: “{raw}” có {n} chữ số; số di động phải có 10 chữ số, bắt đầu "
                                            "bằng 0.", len(text), field=label, raw=shown))
    if text[:3] not in MOBILE_PREFIXES:
        return PhoneResult(problem=_("{field}: đầu số “{prefix}” của “{raw}” không được sử dụng.",
                                     field=label, prefix=text[:3], raw=shown))
    return PhoneResult(phone=text, warning=warning)


def normalize_phone(raw, *, allow_landline: bool = False, field: str = "phone",
                    label: str | None = None) -> tuple[str, str | None]:
    """(phone, warning) for a valid or empty number; raises UserError naming the field for an invalid one."""
    result = parse_phone(raw, allow_landline=allow_landline, field=label)
    if result.problem:
        raise UserError(result.problem, field=field)
    if result.others:  # a form's field holds one number: the others would be lost
        raise UserError(_("{field}: chỉ ghi một số điện thoại.", field=label or _("Số điện thoại")), field=field)
    return result.phone, result.warning


def is_valid_mobile(phone: str) -> bool:
    return len(phone) == 10 and phone.isdigit() and phone[:3] in MOBILE_PREFIXES
