"""The dates a period's column header states, for the periods a targets import creates.

    span("Số người phải phát triển Quý IV/2025")                         -> (01/10/2025, 31/12/2025)
    span("Số người phải phát triển Quý IV", follows=date(2025, 10, 1))   -> the same: the year from what it follows
    span("Phải phát triển đến hết 31/12/2025", follows=date(2025, 10, 1)) -> (01/10/2025, 31/12/2025)
    span("Tháng 10", context="Số người phải phát triển Quý IV/2025")     -> (01/10/2025, 31/10/2025)

Forms recognised (tone marks and case ignored; '–' and '—' read as '-'; a period's own number — 'đợt 1', 'kỳ 2',
'lần 3', 'giai đoạn 2' — is not a date and is dropped first):
- a range of days: 'từ 01/10 đến 31/12/2025', 'từ ngày 01/10/2025 đến ngày 31/12/2025', 'đợt 1 (01/10–30/11/2025)',
  'Đợt 1 - 01/10 đến 30/11/2025', '01–31/5/2023' (the start takes the end's month and year when it leaves them
  out; a start without its month right after 'tháng', 'quý', 'đợt', 'kỳ', 'lần', 'giai đoạn', 'tuần' or 'năm'
  is that word's number, not a day: 'Quý 4 - 31/12/2025' is the quarter); 'từ tháng 10 đến 31/12/2025' starts
  on the month's first day;
- an end only: 'đến 31/12/2025', 'đến hết 31/12/2025', 'đến hết tháng 12/2025', 'đến hết tháng 12', 'đến hết
  Quý IV/2025', 'đến hết năm 2025'; the start is then `follows` (the day after the baseline or the previous
  period) unless that is after the end. A start only ('từ 01/10/2025', 'từ tháng 10/2025') is no span;
- quarters and months, alone, as a range or a list: 'Quý IV/2025', 'quý 4 năm 2025', 'Tháng 12/2025', 'tháng 12
  năm 2025', 'tháng 6 - 12/2023', 'tháng 10 đến tháng 12 năm 2025', 'tháng 10/2025 - tháng 3/2026', 'Tháng
  11/2025 đến 3/2026', 'Tháng 10, 11/2025', 'Tháng 10 và tháng 11/2025', 'Quý I và Quý II/2026', 'Quý I, II năm
  2026', 'Tháng 12/2025 và Quý I/2026'. A list covers all it names when they follow one another, else it is no
  span (never only its first item); a year written after the last item is the list's, earlier items taking the
  year before when they come later in the calendar ('tháng 12 đến tháng 2/2026' starts on 01/12/2025);
- '6 tháng đầu năm 2026', '6 tháng cuối năm 2026' (1–11 months, or 'ba', 'sáu', 'chín');
- '(cả) năm 2026', 'năm 2025-2026' when the header names nothing shorter (no 'tháng', 'quý', 'đợt', 'kỳ', 'giai
  đoạn', 'cao điểm', 'còn lại'): 'phải phát triển trong “Tháng cao điểm” năm 2023' is not the whole year.
When a header states several spans (a group title joined to its column's own title: 'Số người phải phát triển
Quý IV/2025 Tháng 10'), the most specific one is taken if the others contain it ('Tháng 10' → 01/10–31/10/2025);
spans that do not fit together ('Quý IV/2025 … Tháng 1/2026', two lists side by side) give no span.
A quarter, month or day without its year takes the one year the header (else `context`: the rest of the column's
header around its own title) writes elsewhere ('Chỉ tiêu năm 2023' over 'Quý I'), else the first such span
ending on or after `follows` (else `reference`: the plan's start or issue date).
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
# 'từ tháng 10 đến 31/12/2025': from the month's first day
_FROM_MONTH = re.compile(r"\bthang\s*(\d{1,2})(?!\d)(?:\s*(?:/|nam)\s*(\d{4})(?!\d))?" + _TO + _FULL)
_END_DAY = re.compile(r"\b(?:den|toi)\s*(?:het\s*)?(?:ngay\s*)?" + _FULL)
_END_YEAR = re.compile(r"\b(?:den|toi)\s*(?:het\s*)?nam\s*(\d{4})(?!\d)")
_START_DAY = re.compile(r"\btu\s*(?:ngay\s*)?" + _FULL)
_PART_YEAR = re.compile(r"\b(\d{1,2}|ba|sau|chin)\s*thang\s*(dau|cuoi)\s*nam\b(?:\s*(\d{4})(?!\d))?")
# Months and quarters, one or several: 'tháng 12/2025', 'quý I, II năm 2026', 'tháng 10/2025 - tháng 3/2026'.
# An item after its keyword is no day ('tháng 10/12/2025' is not month 10); one without it is no day/month.
_KEYED = r"(?:thang|quy)\s*(?:\d{1,2}(?!\d)(?!\s*[/.]\s*\d{1,2}\s*[/.])|(?:iv|iii|ii|i)\b)"
_BARE = r"(?:\d{1,2}(?!\d)(?!\s*[/.]\s*\d{1,2}(?!\d))|(?:iv|iii|ii|i)\b)"
_ITEM_YEAR = r"(?:\s*(?:/|-|,|\bnam\b)\s*\d{4}(?!\d))?"
_LINK = r"\s*(?:,|&|\bva\b|-|\bden\s*het\b|\bden\b|\btoi\b)\s*"
_SERIES = re.compile(r"\b" + _KEYED + _ITEM_YEAR + r"(?:" + _LINK + r"(?:" + _KEYED + "|" + _BARE + r")"
                     + _ITEM_YEAR + r")*")
_ITEM = re.compile(r"(?:(thang|quy)\s*)?(\d{1,2}(?!\d)|iv\b|iii\b|ii\b|i\b)"      # one item of a series, its year
                   r"(?:\s*(?:/|-|,|\bnam\b)\s*(\d{4})(?!\d))?")
_RANGE_LINK = re.compile(r"-|\bden\b|\btoi\b")
_YEARS = re.compile(r"\b(?:ca\s*)?nam\s*(\d{4})(?!\d)"                  # 'năm 2026', 'năm 2025-2026', 'năm 2025, 2026'
                    r"((?:\s*(?:,|&|\bva\b|-|\bden\b|\btoi\b)\s*(?:nam\s*)?\d{4}(?!\d))*)")
_ANY_YEAR = re.compile(r"(?:\bnam\s*|[/,\-]\s*)(\d{4})(?!\d)")
_NUMBERED = re.compile(r"\b(?:dot|ky|lan|giai\s*doan)\s*(?:\d{1,2}|[ivx]{1,4})\b(?!\s*[/.]\s*\d)")
_NUMBER_WORD = re.compile(r"\b(?:thang|quy|dot|ky|lan|giai\s*doan|tuan|nam)\s*$")   # '… quý 4 - 31/12': 4 is no day
_AFTER_TO = re.compile(r"\b(?:den|toi)\s*(?:het\s*)?$")
_AFTER_FROM = re.compile(r"\btu\s*$")
_SHORTER = re.compile(r"\b(thang|quy|dot|ky|giai doan|cao diem|con lai|dip)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_WORDS = {"ba": 3, "sau": 6, "chin": 9}

Span = tuple[dt.date | None, dt.date | None]


def span(header: str, follows: dt.date | None = None, reference: dt.date | None = None,
         context: str | None = None) -> Span:
    """(start, end) the header states, either None when it does not say; see the module's forms. context: more
    text around the header (a column's group title) that only gives the year when the header has none."""
    text = _folded(header)
    hint = _year_hint(text)
    if hint is None and context:
        hint = _year_hint(_folded(context))
    start, end = _stated(text, hint, follows or reference)
    if start is None and end is not None and follows is not None and follows <= end:
        start = follows
    return start, end


def _folded(text: str) -> str:
    return fold(text).replace("–", "-").replace("—", "-").replace("−", "-")


def _stated(text: str, hint: int | None, ref: dt.date | None) -> Span:
    shorter = bool(_SHORTER.search(text))
    text = _NUMBERED.sub(" ", text)                 # 'đợt 1 - 01/10 đến 30/11/2025': 1 is no day
    found: list[Span] = []                          # what the header states, in the order the forms are tried
    for pattern, read in ((_FROM_MONTH, _from_month), (_RANGE, _range), (_PART_YEAR, _part_year),
                          (_SERIES, _series), (_END_DAY, _end_day), (_END_YEAR, _end_year), (_START_DAY, _start_day)):
        text = _take(text, pattern, read, hint, ref, found)
    if not found and not shorter:
        years = {_years(m) for m in _YEARS.finditer(text)}
        if len(years) == 1 and None not in years:
            return years.pop()
    return _most_specific(found)


def _take(text: str, pattern: re.Pattern, read, hint: int | None, ref: dt.date | None, found: list) -> str:
    """Every match of the pattern that reads (read(match, the text before it, hint, ref) -> a span, or None when
    it is not this form) appended to found and blanked out of the text, so a later form does not read it again; a
    match that does not read is tried again one character on ('tuần 1 - 15/10 đến 15/11/2025': the range starts at
    15/10). (None, None) is a match that states no span it could name ('Quý I và Quý III'): the header has none."""
    pos = 0
    while m := pattern.search(text, pos):
        got = read(m, text[:m.start()], hint, ref)
        if got is not None:
            found.append(got)
            text = text[:m.start()] + "#" * (m.end() - m.start()) + text[m.end():]
            pos = m.end()
        else:
            pos = m.start() + 1
    return text


def _most_specific(found: list[Span]) -> Span:
    """The shortest whole span if every other span contains it; else the partial ones together."""
    if (None, None) in found:
        return None, None
    whole = [s for s in found if s[0] and s[1]]
    if whole:
        best = min(whole, key=lambda s: s[1] - s[0])
        for start, end in found:
            if (start and start > best[0]) or (end and end < best[1]):
                return None, None                  # spans that do not fit together: no guess
        return best
    starts = [s for s, _e in found if s]
    ends = [e for _s, e in found if e]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    if start and end and start > end:
        return None, None
    return start, end


def _range(m: re.Match, before: str, hint: int | None, ref: dt.date | None) -> Span | None:
    d1, m1, y1, d2, m2, y2 = m.groups()
    if not m1 and _NUMBER_WORD.search(before):   # 'tháng 10 đến 31/12', 'quý 4 - 31/12/2025'
        return None
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


def _from_month(m: re.Match, _before: str, hint: int | None, ref: dt.date | None) -> Span | None:
    month, year, d2, m2, y2 = m.groups()
    end = _full(d2, m2, y2, hint, ref)
    if end is None:
        return None
    start = _day(1, int(month), int(year) if year else end.year)
    if start and start > end and not year:
        start = _day(1, int(month), end.year - 1)
    return (start, end) if start and start <= end else None


def _part_year(m: re.Match, _before: str, hint: int | None, ref: dt.date | None) -> Span | None:
    n = _WORDS.get(m.group(1)) or int(m.group(1))
    if not 1 <= n <= 11:
        return None
    first = m.group(2) == "dau"

    def bounds(year: int) -> Span:
        return (_day(1, 1, year), _month_end(year, n)) if first else (_day(1, 13 - n, year), _day(31, 12, year))
    year = _year(m.group(3), hint) or _first_year(lambda y: bounds(y)[1], ref)
    return bounds(year) if year else None


def _series(m: re.Match, before: str, hint: int | None, ref: dt.date | None) -> Span:
    """Months and quarters, alone, as a range or as a list: the days they cover together; (None, None) when an
    item is no month or quarter, a list leaves a gap or no year is known, so that no other form reads a part of
    it. After 'đến (hết)' it is an end only; after 'từ', unless it is a range, a start only."""
    found = _months(m.group(0), hint, ref)
    if found is None:
        return None, None
    start, end, by_range = found
    if _AFTER_TO.search(before):
        return None, end
    if _AFTER_FROM.search(before) and not by_range:
        return start, None
    return start, end


def _months(body: str, hint: int | None, ref: dt.date | None) -> tuple[dt.date, dt.date, bool] | None:
    """(start, end, whether it names a range) of a series of months and quarters, None when it has none."""
    items, kind = [], None                    # [(first month, last month, written year, joined by a range)]
    prev_end = 0
    for it in _ITEM.finditer(body):
        kind = it.group(1) or kind
        num = it.group(2)
        n = _ROMAN.get(num) if num in _ROMAN and kind == "quy" else (int(num) if num.isdigit() else None)
        if n is None or (kind == "thang" and not 1 <= n <= 12) or (kind == "quy" and not 1 <= n <= 4):
            return None
        months = (n, n) if kind == "thang" else (3 * n - 2, 3 * n)
        items.append((*months, int(it.group(3)) if it.group(3) else None,
                      bool(_RANGE_LINK.search(body[prev_end:it.start()]))))
        prev_end = it.end()
    years = _item_years(items, hint, ref)
    if years is None:
        return None
    spans = []
    for (first, last, _y, by_range), year in zip(items, years):
        start, end = _day(1, first, year), _month_end(year, last)
        if start is None or end is None:
            return None
        if by_range and spans:                 # 'tháng 10 - tháng 12': from the one before to this one
            if end < spans[-1][0]:
                return None
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    spans.sort()
    start, end = spans[0]
    for s, e in spans[1:]:
        if s > end + dt.timedelta(days=1):     # 'Quý I và Quý III': a gap, so no span rather than only a part
            return None
        end = max(end, e)
    return start, end, any(by_range for *_x, by_range in items)


def _item_years(items: list, hint: int | None, ref: dt.date | None) -> list[int] | None:
    """Each item's year: its own, else the next written one (the year before when the item comes later in the
    calendar: 'tháng 12 đến tháng 2/2026'), else the last written one before it (the year after when it comes
    earlier: 'tháng 10/2025 - tháng 3'); with none written, the last item's from the hint or `ref`."""
    years: list[int | None] = [y for _f, _l, y, _r in items]
    if not any(years):
        last_month = items[-1][1]
        years[-1] = hint or _first_year(lambda y: _month_end(y, last_month), ref)
        if years[-1] is None:
            return None
    for i in range(len(items) - 2, -1, -1):
        if years[i] is None and years[i + 1] is not None:
            years[i] = years[i + 1] - (1 if items[i][0] > items[i + 1][0] else 0)
    for i in range(1, len(items)):
        if years[i] is None:
            years[i] = years[i - 1] + (1 if items[i][0] < items[i - 1][0] else 0)
    return years


def _end_day(m: re.Match, _before: str, hint: int | None, ref: dt.date | None) -> Span | None:
    end = _full(m.group(1), m.group(2), m.group(3), hint, ref)
    return (None, end) if end else None


def _end_year(m: re.Match, _before: str, _hint: int | None, _ref: dt.date | None) -> Span | None:
    end = _day(31, 12, int(m.group(1)))
    return (None, end) if end else None


def _start_day(m: re.Match, _before: str, hint: int | None, ref: dt.date | None) -> Span | None:
    start = _full(m.group(1), m.group(2), m.group(3), hint, ref)
    return (start, None) if start else None


def _years(m: re.Match) -> Span | None:
    """'năm 2026' -> the year; 'năm 2025-2026', 'năm 2025 và 2026' -> both; years with a gap -> None."""
    years = [int(m.group(1))] + [int(y) for y in re.findall(r"\d{4}", m.group(2))]
    if _RANGE_LINK.search(m.group(2)):
        if len(years) != 2 or years[0] > years[1]:
            return None
    else:
        years.sort()
        if any(b - a != 1 for a, b in zip(years, years[1:])):
            return None
    start, end = _day(1, 1, years[0]), _day(31, 12, years[-1])
    return (start, end) if start and end else None


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
    """The one year written in the text ('Chỉ tiêu năm 2023' over 'Quý I'), None with none or several."""
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
