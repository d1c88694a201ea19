"""When reports fall due, for the dashboard: a plan's weekly report and a wave's or period's list of participants
and results report.

The weekly report of an ISO week is due in the following week on the plan's report day and hour (Thursday
15:00 by default; seed 000: the district reports to the province by Thursday 15:00); the deadline never
changes which days the report counts. A plan has a weekly report for every week that overlaps its dates. A
period's list of participants (seed 001: sent 5 days before each wave) and results report are due on their
dates, by the end of the day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core import formatting, parse
from core.i18n import _, ngettext

WEEKLY, LISTS, RESULTS = "weekly", "lists", "results"
END_OF_DAY = dt.time(23, 59)
HORIZON_DAYS = 45
LISTS_BEFORE_CEREMONY = 5   # seed 001: a wave's list of participants goes up 5 days before its ceremony


@dataclass(frozen=True)
class Deadline:
    kind: str               # WEEKLY, LISTS or RESULTS
    due: dt.datetime        # local time
    plan_number: str
    subject: str            # the week ('2025-W47') or the period's name
    all_day: bool = False   # due by the end of that day (no hour given)

    def title(self) -> str:
        if self.kind == WEEKLY:
            return _("Báo cáo tuần {week} (kế hoạch {plan})", week=self.subject, plan=self.plan_number)
        if self.kind == LISTS:
            return _("Danh sách người tham gia {period} (kế hoạch {plan})", period=self.subject, plan=self.plan_number)
        return _("Báo cáo kết quả {period} (kế hoạch {plan})", period=self.subject, plan=self.plan_number)

    def when(self) -> str:
        """'Thứ Năm 13/11/2025, 15:00', or the day alone for a deadline by the end of a day."""
        day = f"{formatting.weekday(self.due)} {formatting.date(self.due)}"
        return day if self.all_day else f"{day}, {self.due:%H:%M}"


def countdown(due: dt.datetime, now: dt.datetime) -> str:
    """'còn 2 ngày 3 giờ', 'còn 45 phút', 'đã quá hạn'."""
    left = due - now
    if left.total_seconds() < 0:
        return _("đã quá hạn")
    minutes = int(left.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return ngettext("còn {n} ngày {hours} giờ", "còn {n} ngày {hours} giờ", days, hours=hours)
    if hours:
        return ngettext("còn {n} giờ {minutes} phút", "còn {n} giờ {minutes} phút", hours, minutes=minutes)
    return ngettext("còn {n} phút", "còn {n} phút", minutes)


def weekly_due(plan: dict, week_monday: dt.date) -> dt.datetime:
    """When the report of the week starting on week_monday is due: the plan's report day of the next week."""
    hour, minute = (int(x) for x in (plan.get("report_time") or "15:00").split(":"))
    day = week_monday + dt.timedelta(days=7 + int(plan.get("report_weekday") or 4) - 1)
    return dt.datetime.combine(day, dt.time(hour, minute))


def _weekly(plan: dict, now: dt.datetime, until: dt.datetime) -> list[Deadline]:
    start, end = parse.stored_date(plan["start_date"]), parse.stored_date(plan["end_date"])
    monday = max(start - dt.timedelta(days=start.weekday()), now.date() - dt.timedelta(days=14 + now.weekday()))
    out = []
    while monday <= end:
        due = weekly_due(plan, monday)
        if due > until:
            break
        if due >= now:
            iso = monday.isocalendar()
            out.append(Deadline(WEEKLY, due, plan["number"], f"{iso.year}-W{iso.week:02d}"))
        monday += dt.timedelta(days=7)
    return out


def upcoming(ws, now: dt.datetime | None = None, horizon_days: int = HORIZON_DAYS) -> list[Deadline]:
    """The deadlines from now to horizon_days ahead, soonest first."""
    now = now or dt.datetime.now()
    until = now + dt.timedelta(days=horizon_days)
    out: list[Deadline] = []
    plans = {p["id"]: p for p in ws.plans.list()}
    for plan in plans.values():
        if plan.get("start_date") and plan.get("end_date"):
            out += _weekly(plan, now, until)
    for period in ws.query("SELECT plan_id, name, lists_due, results_due FROM periods WHERE deleted = 0"
                           " AND (lists_due >= ? OR results_due >= ?)", [now.date().isoformat()] * 2):
        plan = plans.get(period["plan_id"])
        for kind, key in ((LISTS, "lists_due"), (RESULTS, "results_due")):
            if plan and period[key]:
                due = dt.datetime.combine(parse.stored_date(period[key]), END_OF_DAY)
                if now <= due <= until:
                    out.append(Deadline(kind, due, plan["number"], period["name"], all_day=True))
    return sorted(out, key=lambda d: (d.due, d.kind))
