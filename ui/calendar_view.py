"""A month calendar of conferences: Monday–Sunday columns, each day cell lists its conferences briefly.

The page gives it rows (conference dicts with 'date', 'kind', 'kind_name', 'commune_name'); the view groups
them by day. Double-clicking a conference emits conferenceActivated(id); clicking a day emits dayClicked(iso).
"""
from __future__ import annotations

import calendar
import datetime as dt

from core import formatting, parse
from core.conferences import shown_status
from ui.conference_dialogs import kind_abbreviation, short_commune
from ui.qt import (QT_TRANSLATE_NOOP, QAbstractItemView, QColor, QFont, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                   QListWidgetItem, QPushButton, QSizePolicy, Qt, QVBoxLayout, QWidget, Signal, tr)


WEEKDAYS = [QT_TRANSLATE_NOOP("Calendar", "T2"), QT_TRANSLATE_NOOP("Calendar", "T3"),
            QT_TRANSLATE_NOOP("Calendar", "T4"), QT_TRANSLATE_NOOP("Calendar", "T5"),
            QT_TRANSLATE_NOOP("Calendar", "T6"), QT_TRANSLATE_NOOP("Calendar", "T7"),
            QT_TRANSLATE_NOOP("Calendar", "CN")]
IdRole = Qt.ItemDataRole.UserRole
_STATUS_COLOURS = {"held": "#1b6e20", "postponed": "#9a6700", "cancelled": "#8a8a8a"}


class DayCell(QFrame):
    """One day: its number on top, its conferences below."""

    clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setObjectName("dayCell")
        self.day: dt.date | None = None
        self.number = QLabel()
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number.setToolTip(tr("Calendar", "Bấm để xem danh sách hội nghị của ngày này"))
        self.items = QListWidget()
        self.items.setFrameShape(QFrame.Shape.NoFrame)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setStyleSheet("QListWidget { background: transparent; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(3, 2, 3, 2)
        lay.setSpacing(0)
        lay.addWidget(self.number)
        lay.addWidget(self.items, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(100, 70)

    def set_day(self, day: dt.date, in_month: bool, today: bool) -> None:
        self.day = day
        self.number.setText(str(day.day))
        font = QFont(self.number.font())
        font.setBold(today)
        self.number.setFont(font)
        colour = "#1a4f8b" if today else ("#202020" if in_month else "#a0a0a0")
        self.number.setStyleSheet(f"color: {colour};")
        self.setStyleSheet("#dayCell { border: 1px solid #c8c8c8; background: %s; }"
                           % ("#ffffff" if in_month else "#f3f3f3"))

    def mousePressEvent(self, event):
        if self.day is not None:
            self.clicked.emit(self.day.isoformat())
        super().mousePressEvent(event)


class CalendarView(QWidget):
    conferenceActivated = Signal(int)
    selectionChanged = Signal()
    dayClicked = Signal(str)
    monthChanged = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.rows: list[dict] = []
        self._selected: int | None = None  # one conference across all day cells
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.today_button = QPushButton()
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)

        self.grid = QGridLayout()
        self.grid.setSpacing(0)
        self.headers = []
        for col in range(7):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("font-weight: bold; padding: 3px;" + (" color: #b00020;" if col == 6 else ""))
            self.grid.addWidget(label, 0, col)
            self.grid.setColumnStretch(col, 1)
            self.headers.append(label)
        self.cells: list[DayCell] = []
        for i in range(42):
            cell = DayCell()
            cell.clicked.connect(self.dayClicked)
            cell.items.itemDoubleClicked.connect(self._activated)
            cell.items.itemActivated.connect(self._activated)
            cell.items.itemClicked.connect(self._clicked)
            self.grid.addWidget(cell, 1 + i // 7, i % 7)
            self.cells.append(cell)
        for r in range(1, 7):
            self.grid.setRowStretch(r, 1)
        self.legend = QLabel()  # what the short kinds in the cells stand for
        self.legend.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(self.grid, 1)
        lay.addWidget(self.legend)

        self.prev_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.today_button.clicked.connect(self.go_today)
        self.retranslate()

    # --- month -------------------------------------------------------------------------------------
    def range(self) -> tuple[str, str]:
        """First and last visible day (ISO): the 6-week grid shows the edges of the months around."""
        first = dt.date(self.year, self.month, 1)
        start = first - dt.timedelta(days=first.weekday())
        return start.isoformat(), (start + dt.timedelta(days=41)).isoformat()

    def set_month(self, year: int, month: int) -> None:
        if (year, month) != (self.year, self.month):
            self.year, self.month = year, month
            self.monthChanged.emit(year, month)
        self._render()

    def previous_month(self) -> None:
        y, m = (self.year - 1, 12) if self.month == 1 else (self.year, self.month - 1)
        self.set_month(y, m)

    def next_month(self) -> None:
        y, m = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
        self.set_month(y, m)

    def go_today(self) -> None:
        today = dt.date.today()
        self.set_month(today.year, today.month)

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = list(rows)
        self._render()

    # --- drawing ----------------------------------------------------------------------------------
    def cell_for(self, iso_date: str) -> DayCell | None:
        for cell in self.cells:
            if cell.day is not None and cell.day.isoformat() == iso_date:
                return cell
        return None

    def _render(self) -> None:
        self.title.setText(formatting.month_name(self.year, self.month))
        by_day: dict[str, list[dict]] = {}
        for r in sorted(self.rows, key=lambda r: (r["date"], r.get("time") or "", r.get("commune_name") or "")):
            by_day.setdefault(str(r["date"])[:10], []).append(r)
        start = parse.stored_date(self.range()[0])
        today = dt.date.today()
        for i, cell in enumerate(self.cells):
            day = start + dt.timedelta(days=i)
            cell.set_day(day, day.month == self.month, day == today)
            cell.items.clear()
            for r in by_day.get(day.isoformat(), []):
                item = self._item(r)
                cell.items.addItem(item)
                item.setSelected(r["id"] == self._selected)
        kinds = {kind_abbreviation(r.get("kind", ""), r.get("kind_name", "")): r.get("kind_name") or r.get("kind", "")
                 for r in self.rows}
        self.legend.setText("   ·   ".join(tr("Calendar", "{short}: {kind}").format(short=short, kind=kind)
                                           for short, kind in sorted(kinds.items())))
        self.legend.setVisible(bool(kinds))
        # a sixth row of only next-month days is hidden when the month fits in five weeks
        weeks = -(-(dt.date(self.year, self.month, 1).weekday() + calendar.monthrange(self.year, self.month)[1]) // 7)
        for i, cell in enumerate(self.cells):
            cell.setVisible(i // 7 < weeks)
        for week in range(6):  # hidden weeks give their height to the others
            self.grid.setRowStretch(1 + week, 1 if week < weeks else 0)

    def _item(self, r: dict) -> QListWidgetItem:
        text = tr("Calendar", "{kind} · {commune}").format(
            kind=kind_abbreviation(r.get("kind", ""), r.get("kind_name", "")),
            commune=short_commune(r.get("commune_name") or ""))
        item = QListWidgetItem(text)
        item.setData(IdRole, r["id"])
        tip = [r.get("kind_name") or "", r.get("commune_name") or ""]
        if r.get("village_name"):
            tip.append(r["village_name"])
        when = formatting.date(r["date"]) + (" " + r["time"] if r.get("time") else "")
        tip += [when, r.get("venue") or "", shown_status(r)]
        item.setToolTip("\n".join(t for t in tip if t))
        colour = _STATUS_COLOURS.get(r.get("status", ""))
        if colour:
            item.setForeground(QColor(colour))
        if r.get("status") == "cancelled":
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
        return item

    def selected_id(self) -> int | None:
        return self._selected if any(r["id"] == self._selected for r in self.rows) else None

    def select(self, conference_id: int | None) -> None:
        self._selected = conference_id
        for cell in self.cells:
            for i in range(cell.items.count()):
                item = cell.items.item(i)
                item.setSelected(item.data(IdRole) == conference_id)
        self.selectionChanged.emit()

    def _clicked(self, item: QListWidgetItem) -> None:
        self.select(int(item.data(IdRole)))

    def _activated(self, item: QListWidgetItem) -> None:
        self.conferenceActivated.emit(int(item.data(IdRole)))

    def retranslate(self) -> None:
        for label, text in zip(self.headers, WEEKDAYS):
            label.setText(tr("Calendar", text))
        self.today_button.setText(tr("Calendar", "Tháng này"))
        self.prev_button.setToolTip(tr("Calendar", "Tháng trước"))
        self.next_button.setToolTip(tr("Calendar", "Tháng sau"))
        self._render()
