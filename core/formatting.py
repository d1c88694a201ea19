"""Numbers and dates for people, with Babel: vi_VN by default (52.139; 05/01/2026), en_GB for English."""
from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _format_date
from babel.dates import format_time as _format_time
from babel.numbers import format_decimal

from core import i18n
from core.parse import stored_date

_LOCALES = {"vi": "vi_VN", "en": "en_GB"}


def locale() -> str:
    return _LOCALES[i18n.language()]


def number(value, lang: str | None = None) -> str:
    """52139 -> '52.139' in Vietnamese (in the language of the moment, or lang)."""
    if value is None or value == "":
        return ""
    return format_decimal(value, locale=_LOCALES[lang] if lang else locale())


def percent(fraction: float) -> str:
    """0.125 -> '12,5%' in Vietnamese."""
    from babel.numbers import format_percent
    return format_percent(fraction, "#,##0.#%", locale=locale())


def as_date(value) -> dt.date | None:
    """A date from a date, a datetime or the stored 'yyyy-mm-dd'; None when empty; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime) or (isinstance(value, str) and len(value) > 10 and value[10] in "T "):
        return local_moment(value).date()  # an event time (UTC when stored): the local day it happened
    return stored_date(value)


def date(value) -> str:
    """'2026-01-05' -> '05/01/2026' (dd/MM/yyyy in both languages: clerks read dates this way)."""
    d = as_date(value)
    return _format_date(d, "dd/MM/yyyy", locale=locale()) if d else ""


def long_date(value, place: str | None = None) -> str:
    """The Decree 30 dateline: 'Sơn Hà, ngày 05 tháng 01 năm 2026' (day < 10 and months 1-2 take a 0)."""
    d = as_date(value)
    if d is None:
        return ""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    text = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    return f"{place}, {text}" if place else text


def month_name(year: int, month: int) -> str:
    return f"Tháng {month}/{year}" if i18n.language() == "vi" else _format_date(dt.date(year, month, 1), "MMMM yyyy", locale=locale())


def local_moment(value) -> dt.datetime | None:
    """An event time as stored (UTC, ISO) in this PC's local time. A naive value is taken as local already."""
    if value is None or value == "":
        return None
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment.astimezone() if moment.tzinfo else moment


def clock_time(value) -> str:
    """An event time (UTC in the database) as the local hour: '08:05'."""
    moment = local_moment(value)
    return _format_time(moment, "HH:mm", locale=locale()) if moment else ""


def date_time(value) -> str:
    """An event time (UTC in the database) in local time: '05/01/2026 08:05'."""
    moment = local_moment(value)
    return f"{date(moment)} {clock_time(moment)}" if moment else ""


def weekday(value) -> str:
    """The day of the week: 'Thứ Năm' (vi), 'Thursday' (en)."""
    d = as_date(value)
    return _format_date(d, "EEEE", locale=locale()) if d else ""
