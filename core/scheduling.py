"""The bulk-scheduling rule, as pure date arithmetic (no database): which days conferences fall on.

Rule: N per commune per month ('per_month') or N per commune over the whole range ('per_period').
Within each window (a month clipped to the range, or the range itself) the N dates are spread evenly
over the working days (Mon-Fri, without Vietnam's public holidays): the window is cut into N equal segments,
one conference per segment.
Communes are staggered inside a segment by their position in the list, so with 8 communes and 11
working days a segment, no two communes share a day. The result depends only on the input.
"""
from __future__ import annotations

import datetime as dt
import functools


def working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Monday to Friday from start to end inclusive, but for public holidays."""
    off = public_holidays(start.year, end.year) if start <= end else {}
    days, day = [], start
    while day <= end:
        if day.weekday() < 5 and day not in off:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


@functools.lru_cache(maxsize=8)
def public_holidays(first_year: int, last_year: int) -> dict[dt.date, str]:
    """Vietnam's public holidays in those years, with their Vietnamese names: Tết and the Hùng Kings' day by the
    lunar calendar, and the days off given in lieu (the holidays package keeps them up to date)."""
    import holidays  # loaded when dates are first planned: 0,05 s
    return dict(holidays.country_holidays("VN", years=range(first_year, last_year + 1), language="vi"))


def windows(start: dt.date, end: dt.date, monthly: bool) -> list[tuple[dt.date, dt.date]]:
    """The range itself, or each calendar month of it clipped to the range."""
    if not monthly:
        return [(start, end)]
    out, first = [], start
    while first <= end:
        next_month = (first.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        last = min(end, next_month - dt.timedelta(days=1))
        out.append((first, last))
        first = next_month
    return out


def spread(days: list[dt.date], count: int, index: int, communes: int) -> list[dt.date]:
    """`count` dates for the commune at `index` (of `communes`), one per equal segment of `days`."""
    if not days or count <= 0:
        return []
    segment = len(days) / count
    offset = (index + 0.5) / max(communes, 1)
    return [days[min(len(days) - 1, int(i * segment + offset * segment))] for i in range(count)]


def plan_dates(start: dt.date, end: dt.date, n_communes: int, *, per_month: int | None = None,
               per_period: int | None = None, taken: list[set[dt.date]] | None = None) -> list[list[dt.date]]:
    """For each commune (by position), its list of dates under the rule, in date order.

    `taken` (one set per commune) holds days the commune already has a conference; a date landing on one
    moves to the next free working day of the same window. Chosen dates are added to it.
    """
    monthly = per_month is not None
    count = per_month if monthly else per_period
    taken = taken if taken is not None else [set() for _ in range(n_communes)]
    result: list[list[dt.date]] = [[] for _ in range(n_communes)]
    for first, last in windows(start, end, monthly):
        days = working_days(first, last)
        for index in range(n_communes):
            for day in spread(days, count, index, n_communes):
                day = next_free(day, taken[index], days)
                taken[index].add(day)
                result[index].append(day)
    return [sorted(dates) for dates in result]


def next_free(day: dt.date, taken: set[dt.date], window: list[dt.date]) -> dt.date:
    """The first working day of the window from `day` on (wrapping to its start) not in `taken`; `day` if none."""
    if day not in taken:
        return day
    later = [d for d in window if d > day] + [d for d in window if d < day]
    return next((d for d in later if d not in taken), day)
