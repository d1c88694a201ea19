"""The dates a period's column header states, for the periods a targets import creates.

    span("Số người phải phát triển Quý IV/2025")                         -> (01/10/2025, 31/12/2025)
    span("Số người phải phát triển Quý IV", follows=date(2025, 10, 1))   -> the same: the year from what it follows
    span("Phải phát triển đến hết 31/12/2025", follows=date(2025, 10, 1)) -> (01/10/2025, 31/12/2025)

Forms recognised (tone marks and case ignored; '–' and '—' read as '-'):
- a range of days: 'từ 01/10 đến 31/12/2025', 'từ ngày 01/10/2025 đến ngày 31/12/2025', 'đợt 1 (01/10–30/11/2025)',
  '01–31/5/2023' (the start takes the end's month and year when it leaves them out);
- an end only: 'đến 31/12/2025', 'đến hết 31/12/2025', 'đến hết tháng 12/2025', 'đến hết năm 2025'; the start is then
  `follows` (the day after the baseline or the previous period) unless that is after the end. A start only
  ('từ 01/10/2025') is no span;
- 'Quý IV/2025', 'quý 4 năm 2025'; '6 tháng đầu năm 2026', '6 tháng cuối năm 2026' (1–11 months, or 'ba', 'sáu',
  'chín'); 'tháng 6 - 12/2023', 'tháng 10 đến tháng 12 năm 2025'; 'Tháng 12/2025', 'tháng 12 năm 2025';
- '(cả) năm 2026' when the header names no shorter span (no 'tháng', 'quý', 'đợt', 'kỳ', 'giai đoạn', 'cao điểm',
  'còn lại'): 'phải phát triển trong “Tháng cao điểm” năm 2023' is not the whole year.
A quarter, month or day without its year takes the one year the header writes elsewhere ('Chỉ tiêu năm 2023' over
'Quý I'), else the first such span ending on or after `follows` (else `reference`: the plan's start or issue date).
Dates are read with core.parse (31/02 is no date, so no span). Nothing here checks the plan: the caller does.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from core import parse
from core.errors import UserError
from core.text import fold

_FULL = r"(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}|\d{2}))?(?!\d)"          # 31/12/2025, 31/12
_PART = r"(?<![\d/.])(\d{1,2})(?:\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}|\d{2}))?)?"   # 01/10/2025, 01/10, 01
_TO = r"\s*(?:-|den\s*het\s*ngay|den\s*het|den\s*ngay|den|toi\s*ngay|toi)\s*(?:ngay\s*)?"
_RANGE = re.compile(_PART + _TO + _FULL)
_END_DAY = re.compile(r"\bden\s*(?:het\s*)?(?:ngay\s*)?" + _FULL)
_END_MONTH = re.compile(r"\bden\s*(?:het\s*)?thang\s*(\d{1,2})\s*(?:/|-|nam)\s*(\d{4})\b")
_END_YEAR = re.compile(r"\bden\s*(?:het\s*)?nam\s*(\d{4})\b")
_START_DAY = re.compile(r"\btu\s*(?:ngay\s*)?" + _FULL)
_QUARTER = re.compile(r"\bquy\s*(iv|iii|ii|i|[1-4])\b(?:\s*(?:/|-|nam)\s*(\d{4})\b)?")
_PART_YEAR = re.compile(r"\b(\d{1,2}|ba|sau|chin)\s*thang\s*(dau|cuoi)\s*nam\b(?:\s*(\d{4})\b)?")
_MONTHS = re.compile(r"\bthang\s*(\d{1,2})\s*(?:-|den|toi)\s*(?:het\s*)?(?:thang\s*)?"
                     r"(\d{1,2})(?!\d)(?!\s*[/.]\s*\d{1,2}\s*[/.])(?:\s*(?:/|nam)\s*(\d{4})\b)?")
_MONTH = re.compile(r"\bthang\s*(\d{1,2})(?!\d)(?!\s*[/.]\s*\d{1,2}\s*[/.])(?:\s*(?:/|-|nam)\s*(\d{4})\b)?")
_YEAR = re.compile(r"\b(?:ca\s*)?nam\s*(\d{4})\b")
_ANY_YEAR = re.compile(r"(?:\bnam\s*|/)(\d{4})\b")
_SHORTER = re.compile(r"\b(thang|quy|dot|ky|giai doan|cao diem|con lai|dip)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_WORDS = {"ba": 3, "sau": 6, "chin": 9}

Span = tuple[dt.date | None, dt.date | None]


def span(header: str, follows: dt.date | None = None, reference: dt.date | None = None) -> Span:
    """(start, end) the header states, either None when it does not say; see the module's forms."""
    text = fold(header).replace("–", "-").replace("—", "-").replace("−", "-")
    hint = _year_hint(text)
    start, end = _stated(text, hint, follows or reference)
    if start is None and end is not None and follows is not None and follows <= end:
        start = follows
    return start, end


def _stated(text: str, hint: int | None, ref: dt.date | None) -> Span:
    for m in _RANGE.finditer(text):
        found = _range(m, hint, ref)
        if found:
            return found
    for m in _PART_YEAR.finditer(text):
        n = _WORDS.get(m.group(1)) or int(m.group(1))
        year = _year(m.group(3), hint)
        if 1 <= n <= 11 and year:
            return (_day(1, 1, year), _month_end(year, n)) if m.group(2) == "dau" else \
                (_day(1, 13 - n, year), _day(31, 12, year))
    for m in _QUARTER.finditer(text):
        q = _ROMAN.get(m.group(1)) or int(m.group(1))
        year = _year(m.group(2), hint) or _first_year(lambda y: _month_end(y, 3 * q), ref)
        if year:
            return _day(1, 3 * q - 2, year), _month_end(year, 3 * q)
    for m in _MONTHS.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if 1 <= first <= last <= 12:
            year = _year(m.group(3), hint) or _first_year(lambda y: _month_end(y, last), ref)
            if year:
                return _day(1, first, year), _month_end(year, last)
    if m := _END_DAY.search(text):
        return None, _full(m.group(1), m.group(2), m.group(3), hint, ref)
    if m := _END_MONTH.search(text):
        return None, _month_end(int(m.group(2)), int(m.group(1)))
    if m := _END_YEAR.search(text):
        return None, _day(31, 12, int(m.group(1)))
    if m := _START_DAY.search(text):
        return _full(m.group(1), m.group(2), m.group(3), hint, ref), None
    for m in _MONTH.finditer(text):
        month = int(m.group(1))
        if 1 <= month <= 12:
            year = _year(m.group(2), hint) or _first_year(lambda y: _month_end(y, month), ref)
            if year:
                return _day(1, month, year), _month_end(year, month)
    if not _SHORTER.search(text):
        years = {int(y) for y in _YEAR.findall(text)}
        if len(years) == 1:
            year = years.pop()
            return _day(1, 1, year), _day(31, 12, year)
    return None, None


def _range(m: re.Match, hint: int | None, ref: dt.date | None) -> Span | None:
    d1, m1, y1, d2, m2, y2 = m.groups()
    end = _full(d2, m2, y2, hint, ref)
    if end is None:
        return None
    month = int(m1) if m1 else end.month
    if y1:
        start = _day(int(d1), month, _two_digit(y1))
    else:
        start = _day(int(d1), month, end.year)
        if start and start > end:            # 'từ 01/12 đến 28/02/2026': the start is in the year before
            start = _day(int(d1), month, end.year - 1)
    return (start, end) if start and start <= end else None


def _full(d: str, m: str, y: str | None, hint: int | None, ref: dt.date | None) -> dt.date | None:
    if y:
        return _day(int(d), int(m), _two_digit(y))
    year = hint or _first_year(lambda yr: _day(int(d), int(m), yr), ref)
    return _day(int(d), int(m), year) if year else None


def _two_digit(y: str) -> int:
    day = _read(f"1/1/{y}")                   # core.parse's rule for a two-digit year
    return day.year if day else 0


def _year(written: str | None, hint: int | None) -> int | None:
    return int(written) if written else hint


def _year_hint(text: str) -> int | None:
    """The one year written in the header ('Chỉ tiêu năm 2023' over 'Quý I'), None with none or several."""
    years = {int(y) for y in _ANY_YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


def _first_year(last_day, ref: dt.date | None) -> int | None:
    """The first year whose span (ending on last_day(year)) ends on or after ref."""
    if ref is None:
        return None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        end = last_day(year)
        if end is not None and end >= ref:
            return year
    return None


def _month_end(year: int, month: int) -> dt.date | None:
    if not 1 <= month <= 12:
        return None
    return _day(calendar.monthrange(year, month)[1], month, year) if 1 <= year <= 9999 else None


def _day(d: int, m: int, y: int) -> dt.date | None:
    return _read(f"{d}/{m}/{y}")


def _read(text: str) -> dt.date | None:
    try:
        return parse.date(text)
    except UserError:                         # 31/02, month 13, a year outside 1900–2100: not a date
        return None
