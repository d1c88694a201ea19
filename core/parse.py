"""Reading what clerks type, files hold and the command line gives: dates, times, whole numbers and money.

One set of rules for forms, imports and the CLI, so '8h30' or '05/01/2026' means the same everywhere:
- dates are day first, as Vietnamese write them: 05/01/2026, 5/1/2026, 05-01-2026, 05.01.2026, 05/01/26;
  also 2026-01-05, date and datetime objects, and Excel serial numbers (the 1900 system); years 1900–2100;
- times: 8h, 8h30, 8g30, 8 giờ 30, 08:30, a datetime.time, an Excel time fraction (0.354166… = 08:30),
  always returned as the stored 'HH:MM';
- whole numbers and money: '.' and ' ' group thousands ('1.500.000', '1 500 000') and ',' is the decimal mark,
  so '52139,0' is whole and '1,5' is not; a comma followed by groups of exactly three digits ('1,500,000') is
  an English Excel's grouping, since no amount has two decimal marks. Money may carry 'đ', '₫', 'đồng' or
  'VND'. Refused: NaN, infinities, booleans, digits other than 0–9 ('²'), more than 18 digits (long before
  Python's own 4.300-digit limit), fractions.

Each function returns None for an empty value (None or blank text) and raises ValidationError otherwise:
one sentence in the user's language, prefixed with `where` ('D9', a field's label, '--from') when given;
`field` becomes the error's field. stored_date reads back what the database keeps (no clerk involved).
"""
from __future__ import annotations

import datetime as dt
import math
import re

from core.errors import ValidationError
from core.i18n import Messages, N_
from core.text import clean

M = Messages({
    "not_number": N_("“{value}” không phải là số."),
    "not_whole": N_("“{value}” không phải là số nguyên."),
    "not_finite": N_("“{value}” không phải là một số hữu hạn."),
    "boolean": N_("“{value}” là giá trị đúng/sai, không phải là số."),
    "foreign_digits": N_("“{value}” có chữ số không phải 0–9."),
    "too_long": N_("“{value}” có hơn {limit} chữ số: quá dài để là một số."),
    "negative": N_("“{value}” không được là số âm."),
    "below": N_("“{value}” phải từ {low} trở lên."),
    "above": N_("“{value}” không được lớn hơn {high}."),
    "bad_date": N_("“{value}” không phải là ngày (viết ngày/tháng/năm, ví dụ 05/01/2026)."),
    "no_such_date": N_("Lịch không có ngày “{value}”."),
    "year_range": N_("“{value}” nằm ngoài các năm 1900–2100."),
    "bad_time": N_("“{value}” không phải là giờ (ví dụ 08:30, 8h30, 8h, 8 giờ 30)."),
    "time_range": N_("“{value}” không phải là giờ có thật (giờ từ 0 đến 23, phút từ 0 đến 59)."),
    "bad_week": N_("“{value}” không phải là tuần (viết năm-Wsố tuần, ví dụ 2025-W45)."),
})
MAX_DIGITS = 18
FIRST_YEAR, LAST_YEAR = 1900, 2100
_EXCEL_EPOCH = dt.date(1899, 12, 30)   # serial 61 = 01/03/1900; below it Excel counts a 29/02/1900 that never was
_LAST_SERIAL = (dt.date(LAST_YEAR, 12, 31) - _EXCEL_EPOCH).days
_SHOWN = 30                            # characters of a refused value quoted in a message

# [0-9], not \d: \d also matches other scripts' digits, which int() reads but no clerk means.
_NUMBER = re.compile(r"(?P<sign>[-+\u2212]?)(?P<whole>[0-9]{1,3}(?P<sep>[. ,])[0-9]{3}(?:(?P=sep)[0-9]{3})*|[0-9]+)"
                     r"(?:(?P<mark>[.,])(?P<fraction>[0-9]+))?")
_CURRENCY = re.compile(r"^(?:vnđ|vnd)\s?|\s?(?:đồng|đ|₫|vnđ|vnd)$")
_TIME_TAIL = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"   # '2026-01-05 00:00:00' from a text cell
_DMY = re.compile(r"([0-9]{1,2}) ?[/.\-] ?([0-9]{1,2}) ?[/.\-] ?([0-9]{4}|[0-9]{2})" + _TIME_TAIL)
_YMD = re.compile(r"([0-9]{4})[/.\-]([0-9]{1,2})[/.\-]([0-9]{1,2})" + _TIME_TAIL)
_CLOCK = re.compile(r"([0-9]{1,2}) ?: ?([0-9]{2})(?::([0-9]{2}))?")
_SPOKEN = re.compile(r"([0-9]{1,2}) ?(?:h|g|giờ)(?: ?([0-9]{1,2}) ?(?:phút|p|')?)?")


def shown(value) -> str:
    """A value as a message quotes it: as typed, cut to 30 characters; NaN and infinities by name."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "-∞" if value < 0 else "∞"
        if not value.is_integer():
            return _number(value)        # 2,5 in Vietnamese
    if isinstance(value, int) and value.bit_length() > 200:   # str() of a huge int is slow, or refused
        return "…"
    text = clean(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


def _refuse(key: str, value, where: str | None, field: str | None, **params) -> ValidationError:
    text = M(key, value=shown(value), **params)
    message = f"{where}: {text}" if where else text
    return ValidationError(message, [(field or where or "", message)], field=field)


# --- whole numbers and money ----------------------------------------------------------------------
def whole_number(value, *, where: str | None = None, field: str | None = None, minimum: int | None = None,
                 maximum: int | None = None) -> int | None:
    """An int from an int, a whole float (52139.0) or text ('52.139', '1 500 000', '52139,0'); None when empty.
    minimum/maximum bound it (minimum=0: no negatives)."""
    return _bounded(_whole(value, where, field, money=False), value, where, field, minimum, maximum)


def money(value, *, where: str | None = None, field: str | None = None, minimum: int | None = 0,
          maximum: int | None = None) -> int | None:
    """An amount in đồng ('1.500.000 đ', '1.500.000đ', '1500000 VND', 1500000.0); None when empty; never negative
    unless the caller allows it."""
    return _bounded(_whole(value, where, field, money=True), value, where, field, minimum, maximum)


def _whole(value, where, field, money: bool) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):          # a TRUE/FALSE cell: bool is an int to Python, not to the clerk
        raise _refuse("boolean", value, where, field)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _refuse("not_finite", value, where, field)
        if not value.is_integer():
            raise _refuse("not_whole", value, where, field)
        number = int(value)
    elif isinstance(value, str):
        number = _whole_text(value, where, field, money)
    else:                                 # a date, a time, a duration …
        raise _refuse("not_number", value, where, field)
    if number is not None and abs(number) >= 10 ** MAX_DIGITS:
        raise _refuse("too_long", value, where, field, limit=MAX_DIGITS)
    return number


def _whole_text(value: str, where, field, money: bool) -> int | None:
    text = clean(value)
    if money:
        text = _CURRENCY.sub("", text.lower())
    if not text:
        return None
    if any(ch.isnumeric() and not "0" <= ch <= "9" for ch in text):   # '²' passes isdigit(), not int()
        raise _refuse("foreign_digits", value, where, field)
    if sum("0" <= ch <= "9" for ch in text) > MAX_DIGITS:              # before int(), which is slow on these
        raise _refuse("too_long", value, where, field, limit=MAX_DIGITS)
    m = _NUMBER.fullmatch(text)
    if not m or (m["mark"] and m["mark"] == m["sep"]):
        raise _refuse("not_number", value, where, field)
    if m["fraction"] and m["fraction"].strip("0"):
        raise _refuse("not_whole", value, where, field)
    number = int(m["whole"].replace(m["sep"] or " ", ""))
    return -number if m["sign"] in ("-", "\u2212") else number


def _bounded(number, value, where, field, minimum, maximum) -> int | None:
    if number is None:
        return None
    if minimum is not None and number < minimum:
        if minimum == 0:
            raise _refuse("negative", value, where, field)
        raise _refuse("below", value, where, field, low=_number(minimum))
    if maximum is not None and number > maximum:
        raise _refuse("above", value, where, field, high=_number(maximum))
    return number


def _number(n) -> str:
    from core.formatting import number   # imported here: formatting reads stored dates with this module
    return number(n)


# --- dates ----------------------------------------------------------------------------------------
def date(value, *, where: str | None = None, field: str | None = None,
         latest_year: int | None = None) -> dt.date | None:
    """A date from a date or datetime, an Excel serial number, or text written day first; None when empty.
    A two-digit year is the latest one not after latest_year (default: 50 years from now; a birth date passes
    this year, so '83' is 1983)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, bool):
        raise _refuse("bad_date", value, where, field)
    elif isinstance(value, (int, float)):
        day = _serial(value, where, field)
    elif isinstance(value, str):
        text = clean(value)
        if not text:
            return None
        day = _date_text(text, value, where, field, latest_year)
    else:
        raise _refuse("bad_date", value, where, field)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _refuse("year_range", value, where, field)
    return day


def iso_date(value, **options) -> str | None:
    """date(value, …) as the stored 'yyyy-mm-dd' (None when empty)."""
    day = date(value, **options)
    return day.isoformat() if day else None


_WEEK = re.compile(r"([0-9]{4})-?[Ww]([0-9]{1,2})")


def iso_week(value, *, where: str | None = None, field: str | None = None) -> tuple[dt.date, dt.date]:
    """(Monday, Sunday) of an ISO week written '2025-W45' (or '2025W45', '2025-w45')."""
    text = clean(value)
    m = _WEEK.fullmatch(text)
    if not m:
        raise _refuse("bad_week", value, where, field)
    year, week = int(m.group(1)), int(m.group(2))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _refuse("year_range", value, where, field)
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise _refuse("bad_week", value, where, field) from None
    return monday, monday + dt.timedelta(days=6)


def _serial(value, where, field) -> dt.date:
    if isinstance(value, float) and not math.isfinite(value):
        raise _refuse("bad_date", value, where, field)
    days = math.floor(value)              # a date-time serial: its date
    if days < 1 or days > _LAST_SERIAL:
        raise _refuse("year_range", value, where, field)
    if days == 60:                        # Excel's 29/02/1900
        raise _refuse("no_such_date", value, where, field)
    return _EXCEL_EPOCH + dt.timedelta(days=days if days > 60 else days + 1)


def _date_text(text: str, value, where, field, latest_year) -> dt.date:
    if m := _YMD.fullmatch(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += 2000
            if year > (latest_year or dt.date.today().year + 50):
                year -= 100
    else:
        raise _refuse("bad_date", value, where, field)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _refuse("year_range", value, where, field)
    try:
        return dt.date(year, month, day)
    except ValueError:                    # 31/02, month 13, day 0
        raise _refuse("no_such_date", value, where, field) from None


def stored_date(value) -> dt.date | None:
    """A date as the database keeps it ('2026-01-05'; a date passes through); None when empty. For values read
    back, not typed: anything else is a bug and raises ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# --- times ----------------------------------------------------------------------------------------
def time(value, *, where: str | None = None, field: str | None = None) -> str | None:
    """'HH:MM' from '8h', '8h30', '8g30', '8 giờ 30', '08:30', a time or datetime, a duration under a day,
    or an Excel time fraction; None when empty. Seconds are dropped."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        hour, minute = value.hour, value.minute
    elif isinstance(value, dt.timedelta) or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        fraction = value / dt.timedelta(days=1) if isinstance(value, dt.timedelta) else value
        if not (math.isfinite(fraction) and 0 <= fraction < 1):
            raise _refuse("bad_time", value, where, field)
        hour, minute = divmod(round(fraction * 24 * 60), 60)   # 0.354166… is 08:30 to the minute
    elif isinstance(value, str):
        text = clean(value).lower()
        if not text:
            return None
        m = _CLOCK.fullmatch(text) or _SPOKEN.fullmatch(text)
        if not m:
            raise _refuse("bad_time", value, where, field)
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if m.re is _CLOCK and m.group(3) and int(m.group(3)) > 59:
            raise _refuse("time_range", value, where, field)
    else:
        raise _refuse("bad_time", value, where, field)
    if hour > 23 or minute > 59:
        raise _refuse("time_range", value, where, field)
    return f"{hour:02d}:{minute:02d}"
