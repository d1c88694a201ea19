"""Daily figures: new participants per commune, day and indicator, typed or pasted from the official collection
software for people who are not in the app. A figure is the commune's whole count for that day and indicator:
where one exists, reports take it instead of the registrations recorded in the app that day (never both)."""
from __future__ import annotations

from core import parse
from core.changes import Changes
from core.errors import UserError
from core.i18n import _
from core.text import clean


class DailyFigures:
    def __init__(self, ws):
        self.ws = ws

    def set(self, commune_id: int, day, indicator_code: str, count, notes: str = "") -> Changes:
        """Record (or replace) a commune's figure for a day; count None or '' removes it. Audited."""
        commune = self.ws.get("units", commune_id)
        if commune is None or commune["deleted"] or commune["kind"] != "commune":
            raise UserError(_("Đơn vị không phụ trách xã số {id}.", id=commune_id), field="commune_id")
        indicator = self.ws.config.indicator(indicator_code)
        if indicator is None:
            raise UserError(_("Không có chỉ tiêu “{code}”.", code=indicator_code), field="indicator")
        iso = parse.iso_date(day, where=_("Ngày"), field="day")
        if iso is None:
            raise UserError(_("Ngày: không được để trống."), field="day")
        number = parse.whole_number(count, where=_("Số người"), field="count", minimum=0)
        with self.ws.transaction():
            old = self.ws.query("SELECT id FROM daily_figures WHERE commune_id = ? AND indicator_id = ? AND day = ?"
                                " AND deleted = 0", [commune_id, indicator["id"], iso])
            if number is None:
                if old:
                    self.ws.delete("daily_figures", old[0]["id"])
            elif old:
                self.ws.update("daily_figures", old[0]["id"], {"count": number, "notes": clean(notes)})
            else:
                self.ws.insert("daily_figures", {"commune_id": commune_id, "indicator_id": indicator["id"],
                                                 "day": iso, "count": number, "notes": clean(notes)})
        return Changes.of("targets")

    def between(self, day_from: str, day_to: str) -> list[dict]:
        return self.ws.query(
            "SELECT f.commune_id, f.day, i.code AS indicator, f.count FROM daily_figures f"
            " JOIN indicators i ON i.id = f.indicator_id WHERE f.deleted = 0 AND f.day BETWEEN ? AND ?",
            [day_from, day_to])
