"""A commune's detail, opened from the dashboard's progress chart: its figures against its targets, its new
participants week by week, and its conferences of the week — all from the dashboard's tables (no query)."""
from __future__ import annotations

from core import formatting
from core.conferences import shown_status
from ui.models import Column, RowsModel
from ui.qt import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QVBoxLayout, tr
from ui.widgets import heading, muted, report_view


class CommuneDetail(QDialog):
    def __init__(self, page, board, commune_id: int):
        super().__init__(page)
        from ui.pages.overview import indicator_names
        self.page, self.commune_id = page, commune_id
        row = board.row_of(commune_id) or {}
        names = indicator_names()
        self.setWindowTitle(row.get("commune", ""))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(row.get("commune", "")))
        layout.addWidget(muted(QLabel(tr("CommuneDetail", "Số liệu đến hết ngày {day}").format(
            day=formatting.date(board.report.day_to)))))

        self.figures = RowsModel([
            Column(lambda: tr("CommuneDetail", "Chỉ tiêu"), "name"),
            Column(lambda: tr("CommuneDetail", "Kế hoạch giao"), "target", formatting.number, align_right=True),
            Column(lambda: tr("CommuneDetail", "Trong tuần"), "week", formatting.number, align_right=True),
            Column(lambda: tr("CommuneDetail", "Lũy kế"), "cumulative", formatting.number, align_right=True),
            Column(lambda: tr("CommuneDetail", "% chỉ tiêu"), "percent", lambda v: formatting.percent(v / 100),
                   align_right=True),
        ], self)
        self.figures.set_rows([{"name": names[key], **row[key]} for key in names if key in row])
        figures = report_view(self.figures)
        figures.setMaximumHeight(90)
        layout.addWidget(figures)
        self.tables = [figures]

        layout.addWidget(heading(tr("CommuneDetail", "Người tham gia mới theo tuần"), size=1.05))
        self.weeks = RowsModel([
            Column(lambda: tr("CommuneDetail", "Tuần từ ngày"), "monday", formatting.date),
            Column(lambda: names["vsi"], "vsi", formatting.number, align_right=True),
            Column(lambda: names["hhi"], "hhi", formatting.number, align_right=True),
        ], self)
        self.weeks.set_rows(list(reversed(board.commune_trend.get(commune_id, []))))  # the latest week first
        self.tables.append(report_view(self.weeks))
        layout.addWidget(self.tables[-1], 2)

        layout.addWidget(heading(tr("CommuneDetail", "Hội nghị trong tuần"), size=1.05))
        self.conferences = RowsModel([
            Column(lambda: tr("CommuneDetail", "Ngày"), "date", formatting.date),
            Column(lambda: tr("CommuneDetail", "Loại hội nghị"), "kind_name"),
            Column(lambda: tr("CommuneDetail", "Trạng thái"), shown_status),
        ], self)
        self.conferences.set_rows([c for c in board.conferences if c["commune_id"] == commune_id])
        self.tables.append(report_view(self.conferences))
        layout.addWidget(self.tables[-1], 1)
        for table in self.tables:   # a narrow dialog: the columns share its width, the names whole
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.units_button = QPushButton(tr("CommuneDetail", "Mở ở trang Đơn vị"))
        buttons.addButton(self.units_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.units_button.clicked.connect(self.open_units)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("CommuneDetail", "Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_units(self) -> None:
        self.accept()
        page = self.page.main.show_page("units")
        page.select_unit(self.commune_id)
