"""Tổng quan: the office at a glance — counts of communes, villages, plans and conferences, and the next
conferences. Everything is read through core managers; a manager that is missing or fails shows '—'
instead of breaking the page (later issues add managers; a broken one must not hide the rest).
"""
from __future__ import annotations

import datetime as dt

from core import formatting
from ui.models import Column, FoldedFilterProxy, RecordRole, RowsModel
from ui.pages.base import Page
from core.conferences import needs_result, shown_status
from core.plans import holds
from ui.qt import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QTableView, Qt,
                   QVBoxLayout, tr)
from ui.widgets import heading, muted


UPCOMING_ROWS = 12


def _safe(fn, default=None):
    try:
        return fn()
    except Exception as exc:  # a manager not there yet, or failing: log and show '—'
        from core.logs import log_exception
        log_exception("overview", exc)
        return default


class Card(QFrame):
    """A number with its caption."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(110)
        self.value = heading(size=1.9)
        self.caption = muted(QLabel())
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value, caption: str) -> None:
        self.value.setText("—" if value is None else formatting.number(value))
        self.caption.setText(caption)


class OverviewPage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.title = heading()
        self.office_line = muted(QLabel())
        self.office_line.setWordWrap(True)
        self.cards = {key: Card() for key in ("communes", "villages", "plans", "month", "upcoming", "needs_result")}
        grid = QGridLayout()
        for col, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, col)
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        self.plans_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table_title = heading(size=1.1)
        self.model = RowsModel([
            Column(lambda: tr("Overview", "Ngày"), "date", formatting.date),
            Column(lambda: tr("Overview", "Giờ"), "time"),
            Column(lambda: tr("Overview", "Loại hội nghị"), "kind_name"),
            Column(lambda: tr("Overview", "Xã/phường"), "commune_name"),
            Column(lambda: tr("Overview", "Thôn/tổ"), "village_name"),
            Column(lambda: tr("Overview", "Địa điểm"), "venue"),
            Column(lambda: tr("Overview", "Trạng thái"), shown_status),
        ], self)
        self.proxy = FoldedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the order core gave until a header is clicked
        self.table.activated.connect(self.open_conference)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 5):  # kind and venue share what is left: long names elide (whole in the tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty_label = muted(QLabel())

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.office_line)
        layout.addLayout(grid)
        layout.addWidget(self.plans_label)
        row = QHBoxLayout()
        row.addWidget(self.table_title)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self._stale = True
        self.reload()

    # --- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        ws = self.ws
        today = dt.date.today()
        month_start = today.replace(day=1)
        next_month = (month_start + dt.timedelta(days=32)).replace(day=1)
        month_end = next_month - dt.timedelta(days=1)
        self._office = ws.office
        communes = _safe(lambda: ws.units.communes(), None)
        villages = _safe(lambda: ws.units.list("village"), None)
        self._plans = _safe(lambda: ws.plans.list(), None)
        self._in_force = _safe(lambda: ws.plans.in_force(today))
        self._progress = _safe(lambda: [(i["label"], *ws.plans.progress(self._in_force["id"], i["code"]))
                                        for i in ws.config.indicators()], []) if self._in_force else []
        month = _safe(lambda: ws.conferences.list(date_from=month_start.isoformat(), date_to=month_end.isoformat()))
        upcoming = _safe(lambda: [c for c in ws.conferences.list(date_from=today.isoformat())
                                  if c.get("status") != "cancelled"])
        unrecorded = _safe(lambda: [c for c in ws.conferences.list(status="planned", date_to=today.isoformat())
                                    if needs_result(c, today)])
        self._recent = False
        rows = (upcoming or [])[:UPCOMING_ROWS]
        if not rows:  # nothing ahead: show the latest ones, so the page is not empty
            past = _safe(lambda: ws.conferences.list(date_to=today.isoformat()), []) or []
            rows = sorted(past, key=lambda c: (c.get("date") or "", c.get("time") or ""), reverse=True)[:UPCOMING_ROWS]
            self._recent = bool(rows)
        self._counts = {
            "communes": None if communes is None else len(communes),
            "villages": None if villages is None else len(villages),
            "plans": None if self._plans is None else len(self._plans),
            "month": None if month is None else len(month),
            "upcoming": None if upcoming is None else len(upcoming),
            "needs_result": None if unrecorded is None else len(unrecorded),
        }
        self.model.set_rows(rows)
        self.retranslate()

    def retranslate(self) -> None:
        office = getattr(self, "_office", None)
        self.title.setText(office["name"] if office else self.tr("Tổng quan"))
        if office:
            parts = [office.get("parent_name"), office.get("province_name"),
                     self.tr("Mã đơn vị: {code}").format(code=office["code"])]
            self.office_line.setText(" · ".join(p for p in parts if p))
        else:
            self.office_line.setText(self.tr("Chưa khai báo đơn vị."))
        captions = {
            "communes": self.tr("xã/phường phụ trách"),
            "villages": self.tr("thôn/tổ dân phố"),
            "plans": self.tr("kế hoạch"),
            "month": self.tr("hội nghị trong tháng này"),
            "upcoming": self.tr("hội nghị sắp tới"),
            "needs_result": self.tr("hội nghị đã qua chưa ghi kết quả"),
        }
        counts = getattr(self, "_counts", {})
        for key, card in self.cards.items():
            card.set(counts.get(key), captions[key])
        plans = getattr(self, "_plans", None) or []
        plan = getattr(self, "_in_force", None)
        if plan:
            head = self.tr("Kế hoạch đang thực hiện: {number} ({start} – {end})") if holds(plan) else \
                self.tr("Kế hoạch gần nhất: {number} ({start} – {end})")
            lines = [head.format(number=plan.get("number", ""), start=formatting.date(plan.get("start_date")) or "…",
                                 end=formatting.date(plan.get("end_date")) or "…")]
            for name, done, target in getattr(self, "_progress", []):
                share = f" ({formatting.percent(done / target)})" if target else ""
                lines.append("    " + self.tr("{indicator}: đã đăng ký {done} / chỉ tiêu {target}").format(
                    indicator=name, done=formatting.number(done), target=formatting.number(target or 0)) + share)
            others = [p for p in plans if p["id"] != plan["id"]][:2]
            lines += [self.tr("Kế hoạch {number}: {title} ({start} – {end})").format(
                number=p.get("number", ""), title=p.get("title") or "", start=formatting.date(p.get("start_date")) or "…",
                end=formatting.date(p.get("end_date")) or "…") for p in others]
            self.plans_label.setText("\n".join(lines))
        else:
            self.plans_label.setText(self.tr("Chưa có kế hoạch. Mở trang Kế hoạch để tạo hoặc nhập kế hoạch."))
        self.table_title.setText(self.tr("Hội nghị gần đây") if getattr(self, "_recent", False)
                                 else self.tr("Hội nghị sắp tới"))
        self.table.setToolTip(self.tr("Nhấp đúp (hoặc Enter) để mở hội nghị ở trang Hội nghị"))
        self.empty_label.setText("" if self.model.rowCount() else self.tr("Chưa có hội nghị nào."))
        self.empty_label.setVisible(not self.model.rowCount())
        self.model.retranslate()
        if self.model.rowCount():  # status and dates follow the language
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def open_conference(self, index) -> None:
        """Go to the Hội nghị page with this conference selected."""
        row = index.data(RecordRole) if index.isValid() else None
        page = self.main.show_page("conferences")
        select = getattr(page, "select_id", None)
        if row and select is not None:
            select(row["id"])

    def refresh(self, changes) -> None:
        if changes.units or changes.plans or changes.conferences or changes.office or changes.config:
            self._stale = True
            if self.isVisible():
                self.reload()

    def shown(self) -> None:
        if self._stale:
            self.reload()
