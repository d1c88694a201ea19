"""Tổng quan, the dashboard: where the office stands against its targets at a glance.

Everything comes from core.reports.dashboard (the reporting model's tables), computed on the DB worker when the
page is shown after a change that touches it (the Changes flags); the page only draws: the office, the next
report deadline with a count-down (ticking every half minute without a query), the cards, each commune's
progress against its target (bars, with the 100 % line; clicking a commune opens its detail), new participants by
week, the deadlines ahead, this week's conferences and the people awaiting a follow-up visit by collector.
"""
from __future__ import annotations

import datetime as dt

from core import formatting
from core.conferences import shown_status
from core.deadlines import countdown
from core.plans import holds
from ui.charts import ProgressChart, TrendChart, short_name
from ui.models import Column, FoldedFilterProxy, RecordRole, RowsModel
from ui.operations import reports as ops
from ui.pages.base import Page
from ui.qt import (QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QSplitter, Qt, QTabWidget,
                   QTimer, QVBoxLayout, QWidget, tr)
from ui.widgets import heading, muted, report_view

URGENT = dt.timedelta(hours=24)
RELOAD_ON = ("units", "plans", "targets", "conferences", "office", "config", "people", "attendance", "groups")


class Card(QFrame):
    """A number with its caption."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(100)
        self.value = heading(size=1.6)
        self.caption = muted(QLabel())
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value, caption: str) -> None:
        self.value.setText("—" if value is None else formatting.number(value))
        self.caption.setText(caption)


def indicator_names() -> dict[str, str]:
    return {"vsi": tr("Overview", "BHXH tự nguyện"), "hhi": tr("Overview", "BHYT hộ gia đình")}


class OverviewPage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.board = None
        self.title = heading()
        self.office_line = muted(QLabel())
        self.office_line.setWordWrap(True)
        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        self.cards = {key: Card() for key in ("communes", "villages", "plans", "month", "upcoming", "needs_result")}
        grid = QGridLayout()
        for col, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, col)
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        self.plans_label.setTextFormat(Qt.TextFormat.PlainText)

        self.progress_chart = ProgressChart()
        self.progress_chart.clicked.connect(self.open_commune)
        self.trend_chart = TrendChart()
        self.charts = QTabWidget()
        self.charts.addTab(self.progress_chart, "")
        self.charts.addTab(self.trend_chart, "")

        self.deadline_model = RowsModel([
            Column(lambda: tr("Overview", "Hạn"), lambda d: d.when()),
            Column(lambda: tr("Overview", "Báo cáo"), lambda d: d.title()),
            Column(lambda: tr("Overview", "Còn"), lambda d: countdown(d.due, dt.datetime.now())),
        ], self)
        self.deadlines = report_view(self.deadline_model)
        self.deadlines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.deadlines.setMaximumHeight(110)
        self.table_title = heading(size=1.05)
        self.model = RowsModel([
            Column(lambda: tr("Overview", "Ngày"), "date", formatting.date),
            Column(lambda: tr("Overview", "Giờ"), "time"),
            Column(lambda: tr("Overview", "Xã/phường"), lambda r: short_name(r["commune_name"])),
            Column(lambda: tr("Overview", "Loại hội nghị"), "kind_name"),
            Column(lambda: tr("Overview", "Trạng thái"), shown_status),
        ], self)
        self.proxy = FoldedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = report_view(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # core's order until a header is clicked
        self.table.activated.connect(self.open_conference)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.follow_title = heading(size=1.05)
        self.follow_model = RowsModel([
            Column(lambda: tr("Overview", "Người thu"), lambda r: r["collector"] or tr("Overview", "(chưa giao)")),
            Column(lambda: tr("Overview", "Đơn vị"), lambda r: r["group"] or ""),
            Column(lambda: tr("Overview", "Số người"), "count", formatting.number, align_right=True),
        ], self)
        self.follow_table = report_view(self.follow_model)
        self.follow_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.deadlines_title = heading(size=1.05)
        self.deadlines_empty = muted(QLabel())
        for widget, stretch in ((self.deadlines_title, 0), (self.deadlines, 0), (self.deadlines_empty, 0),
                                (self.table_title, 0),
                                (self.table, 3), (self.follow_title, 0), (self.follow_table, 2)):
            side_layout.addWidget(widget, stretch)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.charts)
        split.addWidget(side)
        split.setSizes([560, 440])
        self.split = split

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.office_line)
        head.addLayout(titles, 1)
        head.addWidget(self.deadline_label, 1)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(self.plans_label)
        layout.addWidget(split, 1)

        self.ticker = QTimer(self)   # the count-down moves without asking the database
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self.show_deadline)
        self.ticker.start()
        self._stale = True
        self.retranslate()   # '—' until the worker answers
        self.reload()

    # --- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the worker for the dashboard; drawn when it comes back. A failure is logged and leaves '—'."""
        self._stale = False
        ops.dashboard(self).success(self.show_board).failure(self._failed).run()

    def _failed(self, exc) -> None:
        from core.logs import log_exception
        log_exception("overview", exc)
        self.board = None
        self.retranslate()

    def show_board(self, board) -> None:
        self.board = board
        self.model.set_rows(board.conferences)
        self.follow_model.set_rows(board.follow_ups)
        self.retranslate()

    def retranslate(self) -> None:
        board, office = self.board, self.ws.office
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
        for key, card in self.cards.items():
            card.set(board.counts.get(key) if board else None, captions[key])
        self.charts.setTabText(0, self.tr("Tiến độ theo xã"))
        self.charts.setTabText(1, self.tr("Người tham gia mới theo tuần"))
        self.deadlines_title.setText(self.tr("Hạn báo cáo sắp tới"))
        self.follow_title.setText(self.tr("Chờ vận động tiếp, theo người thu"))
        self.table.setToolTip(self.tr("Nhấp đúp (hoặc Enter) để mở hội nghị ở trang Hội nghị"))
        for model in (self.model, self.follow_model, self.deadline_model):
            model.retranslate()
        for model in (self.model, self.follow_model, self.deadline_model):
            if model.rowCount():  # status and dates follow the language
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        self._show_plan()
        self._show_charts()
        self._show_deadlines()

    def _show_plan(self) -> None:
        board = self.board
        plan = board.plan if board else None
        monday = board.as_of - dt.timedelta(days=board.as_of.weekday()) if board else None
        self.table_title.setText(self.tr("Hội nghị tuần {start} – {end}").format(
            start=formatting.date(monday), end=formatting.date(monday + dt.timedelta(days=6))) if board
            else self.tr("Hội nghị trong tuần"))
        if not plan:
            self.plans_label.setText(self.tr("Chưa có kế hoạch. Mở trang Kế hoạch để tạo hoặc nhập kế hoạch."))
            return
        head = self.tr("Kế hoạch đang thực hiện: {number} ({start} – {end})") if holds(plan) else \
            self.tr("Kế hoạch gần nhất: {number} ({start} – {end})")
        line = head.format(number=plan.get("number", ""), start=formatting.date(plan.get("start_date")) or "…",
                           end=formatting.date(plan.get("end_date")) or "…")
        line += " · " + self.tr("số liệu đến hết tuần {week}").format(week=self._week_words())
        names = indicator_names()
        for key, name in names.items():
            total = board.report.total[key]
            line += "\n    " + self.tr("{indicator}: lũy kế {done} / chỉ tiêu {target} ({percent})").format(
                indicator=name, done=formatting.number(total["cumulative"]), target=formatting.number(total["target"]),
                percent=formatting.percent(total["percent"] / 100))
        self.plans_label.setText(line)

    def _week_words(self) -> str:
        """'2025-W01 (29/12/2025 – 04/01/2026)': the report week the figures run to."""
        report = self.board.report
        return f"{report.week} ({formatting.date(report.day_from)} – {formatting.date(report.day_to)})"

    def _show_charts(self) -> None:
        board, names = self.board, indicator_names()
        if not board:
            return
        rows = board.report.rows
        tips = [self.tr("{commune}: {vsi} · {hhi} — nhấp để xem chi tiết").format(
            commune=r["commune"], **{key: self.tr("{indicator} {done}/{target}").format(
                indicator=names[key], done=formatting.number(r[key]["cumulative"]),
                target=formatting.number(r[key]["target"])) for key in names}) for r in rows]
        self.progress_chart.show_progress(
            self.tr("Lũy kế so với chỉ tiêu (%), đến hết tuần {week}").format(week=self._week_words()),
            [r["commune"] for r in rows], {key: [r[key]["percent"] for r in rows] for key in names}, names,
            self.tr("Chỉ tiêu (100 %)"), tips)
        self.trend_chart.show_trend(
            self.tr("Người tham gia mới theo tuần (tuần bắt đầu từ thứ Hai)"),
            [w["monday"].strftime("%d/%m") for w in board.trend], {key: [w[key] for w in board.trend] for key in names},
            names)

    def _show_deadlines(self) -> None:
        board = self.board
        self.deadline_model.set_rows(board.deadlines if board else [])
        self.deadlines_empty.setText(self.tr("Không có hạn báo cáo nào trong 45 ngày tới.")
                                     if board and not board.deadlines else "")
        self.deadlines_empty.setVisible(bool(board and not board.deadlines))
        self.deadlines.setVisible(bool(board and board.deadlines))
        self.show_deadline()

    def show_deadline(self) -> None:
        """The next deadline and the time left, in red within a day."""
        board = self.board
        upcoming = [d for d in (board.deadlines if board else []) if d.due >= dt.datetime.now()]
        if not upcoming:
            self.deadline_label.setText("")
            return
        d, now = upcoming[0], dt.datetime.now()
        colour = "#d93025" if d.due - now < URGENT else "#1f6fb2"
        head = self.tr("Hạn tiếp theo: {title}").format(title=d.title())
        self.deadline_label.setText(f"<span style='color:{colour}'><b>{head}</b><br>"
                                    f"{d.when()} — {countdown(d.due, now)}</span>")
        if self.deadline_model.rowCount():   # the count-down column moves too
            last = self.deadline_model.columnCount() - 1
            self.deadline_model.dataChanged.emit(self.deadline_model.index(0, last),
                                                 self.deadline_model.index(self.deadline_model.rowCount() - 1, last))

    # --- actions ------------------------------------------------------------------------------------
    def open_commune(self, index: int) -> None:
        """The commune's detail: its figures, its weeks, its conferences this week."""
        board = self.board
        if not board or not 0 <= index < len(board.commune_ids):
            return
        from ui.commune_detail import CommuneDetail
        CommuneDetail(self, board, board.commune_ids[index]).open()

    def open_conference(self, index) -> None:
        """Go to the Hội nghị page with this conference selected."""
        row = index.data(RecordRole) if index.isValid() else None
        page = self.main.show_page("conferences")
        select = getattr(page, "select_id", None)
        if row and select is not None:
            select(row["id"])

    def refresh(self, changes) -> None:
        self.reload_if(any(getattr(changes, flag) for flag in RELOAD_ON))
