"""Báo cáo: the weekly report of an ISO week (core.reports.model.weekly) and the week's daily figures.

Top: the week chooser (previous / next / this week) and the page's actions: "Lập báo cáo tuần…", which writes
the .xlsx (and the PDF when ticked) on the DB worker (ui/operations/reports.py), and "Báo cáo đợt…", which opens
the wave and period report (ui/period_report_dialog.py). Below: the week's table as the report shows it, and
the daily-figures grid for one indicator: communes × the week's seven days, each cell the figure typed for that
commune and day (bold) or, greyed, the registrations recorded in the app that day, which the report counts when
nothing is typed. Typing or pasting an Excel block saves typed figures at once (one op,
all or none); an empty cell clears the figure.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from core import formatting, parse
from core.errors import UserError
from core.reports import model as report_model
from ui import file_dialogs, look
from ui.models import Column, RowsModel
from ui.operations import reports as ops
from ui.pages.base import Page
from ui.qt import (QAbstractTableModel, QCheckBox, QColor, QComboBox, QFont, QHBoxLayout, QLabel, QMessageBox,
                   QModelIndex, QPushButton, QSplitter, Qt, QVBoxLayout, QWidget, Signal, tr)
from ui.targets_grid import EditableCells, TargetsGrid, pasted_block
from ui.widgets import ErrorLabel, OfficeChooser, heading, muted, report_view

GREY = QColor("#80868b")
READ_ONLY = QColor("#eef1f5")


def week_label(monday: dt.date) -> str:
    iso = monday.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _weekday(day: dt.date) -> str:
    return (tr("ReportsPage", "T2"), tr("ReportsPage", "T3"), tr("ReportsPage", "T4"), tr("ReportsPage", "T5"),
            tr("ReportsPage", "T6"), tr("ReportsPage", "T7"), tr("ReportsPage", "CN"))[day.weekday()]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- the week's table ------------------------------------------------------------------------------------------
class _ReportModel(RowsModel):
    """The report's rows and its total row (bold, shaded)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        total = index.isValid() and self.rows and index.row() == len(self.rows) - 1 and self.rows[-1].get("total")
        if total and role == Qt.ItemDataRole.FontRole:
            return _bold()
        if total and role == Qt.ItemDataRole.BackgroundRole:
            return READ_ONLY
        return super().data(index, role)


def _measure(key: str, measure: str):
    return lambda r: r[key][measure]


def _percent(value) -> str:
    return formatting.percent((value or 0) / 100)


def _report_columns() -> list[Column]:
    """As the report file's table (core.reports.weekly_workbook.COLUMNS): per indicator the plan's and the period's
    targets, the week, the period's and the plan's cumulative figures and both percentages; then the week's
    conferences, their attendees and registrations, and the people awaiting a follow-up."""
    names = {"vsi": lambda: tr("ReportsPage", "BHXH TN"), "hhi": lambda: tr("ReportsPage", "BHYT HGĐ")}
    measures = (("target", lambda: tr("ReportsPage", "chỉ tiêu\nkế hoạch")),
                ("period_target", lambda: tr("ReportsPage", "chỉ tiêu\nđợt")),
                ("week", lambda: tr("ReportsPage", "trong tuần")),
                ("period_cumulative", lambda: tr("ReportsPage", "lũy kế\nđợt")),
                ("cumulative", lambda: tr("ReportsPage", "lũy kế\nkế hoạch")),
                ("period_percent", lambda: tr("ReportsPage", "% chỉ tiêu\nđợt")),
                ("percent", lambda: tr("ReportsPage", "% chỉ tiêu\nkế hoạch")))
    columns = [Column(lambda: tr("ReportsPage", "Xã/phường"), "commune")]
    for key in ("vsi", "hhi"):
        for measure, title in measures:
            columns.append(Column(lambda name=names[key], title=title: f"{name()}\n{title()}", _measure(key, measure),
                                  _percent if measure.endswith("percent") else formatting.number, align_right=True))
    for key, title in (("conferences_planned", lambda: tr("ReportsPage", "Hội nghị\ntheo kế hoạch")),
                       ("conferences_held", lambda: tr("ReportsPage", "Hội nghị\nđã tổ chức")),
                       ("attendees", lambda: tr("ReportsPage", "Người dự")),
                       ("registrations_at_conferences", lambda: tr("ReportsPage", "Đăng ký\ntại hội nghị")),
                       ("awaiting_follow_up", lambda: tr("ReportsPage", "Chờ vận động\ntiếp"))):
        columns.append(Column(title, key, formatting.number, align_right=True))
    return columns


# --- the daily figures ------------------------------------------------------------------------------------------
class FiguresModel(EditableCells, QAbstractTableModel):
    """Communes (rows, then the total) × the week's seven days and the week's count. A cell is the typed figure
    (bold) or, greyed, the app's registrations that day. Edits are not written here: save_requested carries
    [(commune id, ISO day, count or None)] for the page to save in one op."""
    save_requested = Signal(list)
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.communes: list[dict] = []
        self.days: list[dt.date] = []
        self.typed: dict[tuple[int, str], int] = {}
        self.app: dict[tuple[int, str], int] = {}

    def load(self, communes: list[dict], monday: dt.date, typed: dict, app: dict) -> None:
        self.beginResetModel()
        self.communes = communes
        self.days = [monday + dt.timedelta(days=i) for i in range(7)]
        self.typed, self.app = typed, app
        self.endResetModel()

    # geometry
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or not self.communes else len(self.communes) + 1

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or not self.days else len(self.days) + 2

    def is_totals_row(self, row: int) -> bool:
        return row == len(self.communes)

    def key(self, row: int, col: int) -> tuple[int, str] | None:
        """(commune id, ISO day) of an editable cell, else None."""
        if 0 <= row < len(self.communes) and 1 <= col <= len(self.days):
            return self.communes[row]["id"], self.days[col - 1].isoformat()
        return None

    def used(self, commune_id: int, day: str) -> int:
        """What the report counts for the commune and day: the typed figure, else the app's registrations."""
        return self.typed.get((commune_id, day), self.app.get((commune_id, day), 0))

    def _value(self, row: int, col: int) -> int:
        communes = [self.communes[row]] if row < len(self.communes) else self.communes
        days = [self.days[col - 1]] if col <= len(self.days) else self.days
        return sum(self.used(c["id"], d.isoformat()) for c in communes for d in days)

    def cell_name(self, row: int, col: int) -> str:
        return tr("ReportsPage", "{commune}, ngày {day}").format(
            commune=self.communes[row]["name"], day=formatting.date(self.days[col - 1]))

    # Qt model API
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        row, col = index.row(), index.column()
        totals = self.is_totals_row(row)
        key = self.key(row, col)
        typed = key in self.typed if key else False
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return tr("ReportsPage", "Tổng cộng") if totals else self.communes[row]["name"]
            if role == Qt.ItemDataRole.EditRole:
                return "" if totals else self.communes[row]["name"]
            if role == Qt.ItemDataRole.FontRole and totals:
                return _bold()
            if role == Qt.ItemDataRole.BackgroundRole and totals:
                return READ_ONLY
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if key is None:
                return formatting.number(self._value(row, col))
            if typed:
                return formatting.number(self.typed[key])
            n = self.app.get(key, 0)
            return formatting.number(n) if n else ""
        if role == Qt.ItemDataRole.EditRole:
            return self.typed.get(key, "") if key else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (typed or key is None):
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and key is not None and not typed:
            return GREY
        if role == Qt.ItemDataRole.BackgroundRole and key is None:
            return READ_ONLY
        if role == Qt.ItemDataRole.ToolTipRole and key is not None:
            app = formatting.number(self.app.get(key, 0))
            if typed:
                return tr("ReportsPage", "Số liệu nhập: {n} (thay cho {app} người đăng ký ghi trong ứng dụng)").format(
                    n=formatting.number(self.typed[key]), app=app)
            return tr("ReportsPage", "Đăng ký ghi trong ứng dụng: {n}").format(n=app)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return tr("ReportsPage", "Xã/phường")
            if section <= len(self.days):
                day = self.days[section - 1]
                return f"{_weekday(day)}\n{formatting.date(day)[:5]}"
            return tr("ReportsPage", "Cả tuần")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        read = self.read_edit(index, value, role)
        if read is None:
            return False
        key, number = read
        if number == self.typed.get(key):
            return False
        self.save_requested.emit([(key[0], key[1], number)])
        return True

    def parse_cell(self, value, row: int, col: int) -> int | None:
        return parse.whole_number(value, where=self.cell_name(row, col), field="count", minimum=0)

    # what the grid's keys do (ui.targets_grid.TargetsGrid)
    def clear(self, indexes) -> None:
        """Delete key: the typed figures of the selected cells removed (the app's registrations count again)."""
        figures = [(*self.key(i.row(), i.column()), None) for i in indexes
                   if self.key(i.row(), i.column()) in self.typed]
        if figures:
            self.save_requested.emit(figures)

    def paste(self, row: int, col: int, text: str, fill: tuple[int, int] | None = None) -> str | None:
        """An Excel block (tab/newline separated) with its top-left at (row, col): all or nothing; returns the
        first refusal, or None."""
        block = pasted_block(text, fill)
        if not block:
            return None
        figures = []
        for r, cells in enumerate(block):
            for c, cell in enumerate(cells):
                rr, cc = row + r, col + c
                key = self.key(rr, cc)
                if key is None:
                    return tr("ReportsPage", "Vùng dán ({rows} dòng × {cols} cột) vượt ra ngoài các ngày của "
                                             "tuần.").format(rows=len(block), cols=max(len(b) for b in block))
                try:
                    figures.append((key[0], key[1], self.parse_cell(cell, rr, cc)))
                except UserError as exc:
                    return exc.message
        self.save_requested.emit(figures)
        return None

    def copy_cell(self, r: int, c: int) -> str:
        if c == 0:
            return str(self.data(self.index(r, c)))
        key = self.key(r, c)
        return str(self.used(*key) if key else self._value(r, c))

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


# --- the page -------------------------------------------------------------------------------------------------
class ReportsPage(Page):
    def __init__(self, main, today: dt.date | None = None):
        super().__init__(main)
        today = today or dt.date.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.report = None
        self._stale = False

        self.title = heading()
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.this_week_button = QPushButton()
        self.week_label = QLabel()
        self.week_label.setFont(_bold())
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("◀") + 32)
        self.office = OfficeChooser()
        self.pdf_box = QCheckBox()
        self.report_button = QPushButton()
        look.primary(self.report_button, "reports")
        self.period_button = look.decorate(QPushButton(), "reports")
        self.plan_label = muted(QLabel())
        self.plan_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.week_label)
        top.addWidget(self.next_button)
        top.addWidget(self.this_week_button)
        top.addStretch(1)
        top.addWidget(self.office.label)
        top.addWidget(self.office)
        top.addWidget(self.pdf_box)
        top.addWidget(self.report_button)
        top.addWidget(self.period_button)

        self.table_model = _ReportModel(_report_columns(), self)
        self.table = report_view(self.table_model)

        self.figures_title = QLabel()
        self.figures_title.setFont(_bold())
        self.indicator_label = QLabel()
        self.indicator = QComboBox()
        self.hint = muted(QLabel())
        self.hint.setWordWrap(True)
        self.message = ErrorLabel()
        self.template_button = look.decorate(QPushButton(), "excel")
        self.import_button = look.decorate(QPushButton(), "import")
        self.figures = FiguresModel(self)
        self.grid = TargetsGrid()
        self.grid.setModel(self.figures)

        figures_box = QWidget()
        fl = QVBoxLayout(figures_box)
        fl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.figures_title)
        row.addStretch(1)
        row.addWidget(self.template_button)
        row.addWidget(self.import_button)
        row.addSpacing(12)
        row.addWidget(self.indicator_label)
        row.addWidget(self.indicator)
        fl.addLayout(row)
        fl.addWidget(self.hint)
        fl.addWidget(self.grid, 1)
        fl.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(figures_box)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.splitter, 1)

        self.previous_button.clicked.connect(lambda: self.move_week(-1))
        self.next_button.clicked.connect(lambda: self.move_week(1))
        self.this_week_button.clicked.connect(self.this_week)
        self.office.changed.connect(self.reload)
        self.report_button.clicked.connect(self.write_report)
        self.period_button.clicked.connect(self.period_report)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.import_figures)
        self.indicator.currentIndexChanged.connect(lambda _i: self._load_figures())
        self.figures.save_requested.connect(self.save_figures)
        self.figures.refused.connect(self.message.setText)

        self.retranslate()
        self.reload()

    # --- the week ---------------------------------------------------------------------------------------------
    @property
    def week(self) -> str:
        return week_label(self.monday)

    def set_week(self, week: str) -> None:
        self.monday, _sunday = parse.iso_week(week)
        self.reload()

    def move_week(self, step: int) -> None:
        self.monday += dt.timedelta(weeks=step)
        self.reload()

    def this_week(self) -> None:
        today = dt.date.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.reload()

    def indicator_code(self) -> str:
        return self.indicator.currentData() or "vsi_new"

    # --- loading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self.message.setText("")
        self._show_week()
        self.office.load(self.ws)
        if self.ws.office is None:
            self.report = None
            self.table_model.set_rows([])
            self.figures.load([], self.monday, {}, {})
            return
        self.report = report_model.weekly(self.ws, self.week, office=self.office.office())
        total = {"commune": tr("ReportsPage", "Tổng cộng"), "total": True, **self.report.total}
        self.table_model.set_rows([*self.report.rows, total])
        plan, periods = self.report.plan, self.report.periods
        if plan and periods:
            text = tr("ReportsPage", "Lũy kế và chỉ tiêu theo Kế hoạch số {number}, đợt {period} ({start} – {end})."
                      ).format(number=self.report.plan_numbers, period=", ".join(p["name"] for p in periods),
                               start=formatting.date(min(p["start_date"] for p in periods)),
                               end=formatting.date(max(p["end_date"] for p in periods)))
        elif plan:
            text = tr("ReportsPage", "Lũy kế và chỉ tiêu theo Kế hoạch số {number}.").format(
                number=self.report.plan_numbers)
        else:
            text = tr("ReportsPage", "Tuần này không thuộc kế hoạch nào: lũy kế tính từ ngày 01/01, chưa có chỉ tiêu.")
        self.plan_label.setText(f"{text} {tr('ReportsPage', 'Chờ vận động tiếp: số người đang chờ, tính đến hôm nay.')}")
        self._load_figures()

    def _load_figures(self) -> None:
        if self.ws.office is None:
            return
        code = self.indicator_code()
        day_from, day_to = self.monday.isoformat(), (self.monday + dt.timedelta(days=6)).isoformat()
        typed = {(r["commune_id"], r["day"]): r["count"] for r in self.ws.figures.between(day_from, day_to)
                 if r["indicator"] == code}
        app = {(c, d): n for (c, ind, d), n in report_model.app_counts(self.ws, day_from, day_to).items()
               if ind == code}
        current = self.grid.currentIndex()
        self.figures.load(self.ws.units.communes(), self.monday, typed, app)
        if current.isValid():  # a saved cell reloads the grid: the clerk stays where they were typing
            self.grid.setCurrentIndex(self.figures.index(current.row(), current.column()))

    def _show_week(self) -> None:
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(tr("ReportsPage", "Tuần {week} ({start} – {end})").format(
            week=self.week, start=formatting.date(self.monday), end=formatting.date(sunday)))

    def refresh(self, changes) -> None:
        self.reload_if(any((changes.office, changes.units, changes.plans, changes.targets, changes.conferences,
                            changes.attendance, changes.people, changes.config)))

    # --- actions ----------------------------------------------------------------------------------------------
    def save_figures(self, figures: list) -> None:
        """The grid's typed or pasted cells, for the chosen indicator, in one op."""
        code = self.indicator_code()
        self.message.setText("")
        rows = [(commune_id, day, code, count) for commune_id, day, count in figures]
        (ops.set_figures(self, figures=rows)
         .success(self._figures_saved)
         .refused(lambda exc: self.message.setText(exc.message))
         .run())

    def _figures_saved(self, changes) -> None:
        self.main.apply(changes)
        if self._stale or not self.isVisible():
            self.reload()

    def write_report(self) -> None:
        if self.ws.office is None:
            return
        path = file_dialogs.save_file(self, tr("ReportsPage", "Lưu báo cáo tuần"),
                                      tr("ReportsPage", "bao-cao-tuan-{week}.xlsx").format(week=self.week),
                                      "Excel (*.xlsx)")
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        pdf = out.with_suffix(".pdf") if self.pdf_box.isChecked() else None
        (ops.weekly_report(self, week=self.week, out=out, pdf=pdf, office=self.office.office())
         .success(lambda report: self._written(report, out, pdf))
         .disabling(self.report_button)
         .run())

    def _written(self, report, out: Path, pdf: Path | None) -> None:
        total = report.total
        text = tr("ReportsPage", "Đã lưu báo cáo tuần {week} ({start} – {end}) vào {path}.").format(
            week=report.week, start=formatting.date(report.day_from), end=formatting.date(report.day_to), path=out)
        if pdf:
            text += " " + tr("ReportsPage", "Bản PDF: {path}.").format(path=pdf)
        text += "\n\n" + tr("ReportsPage", "BHXH tự nguyện: {vsi} người mới trong tuần, lũy kế {vsi_cum}.\n"
                                           "BHYT hộ gia đình: {hhi} người mới trong tuần, lũy kế {hhi_cum}.").format(
            vsi=formatting.number(total["vsi"]["week"]), vsi_cum=formatting.number(total["vsi"]["cumulative"]),
            hhi=formatting.number(total["hhi"]["week"]), hhi_cum=formatting.number(total["hhi"]["cumulative"]))
        QMessageBox.information(self, tr("ReportsPage", "Đã lưu"), text)

    def period_report(self) -> None:
        """The wave and period report: its dialog (plan and period chosen, the table, Lưu Excel…)."""
        from ui.period_report_dialog import PeriodReportDialog
        if self.ws.office is not None:
            PeriodReportDialog(self.main, parent=self).exec()

    # --- texts ------------------------------------------------------------------------------------------------
    def save_template(self, path: str | None = None) -> None:
        path = path or file_dialogs.save_file(self, tr("ReportsPage", "Lưu mẫu nhập số liệu"),
                                              tr("ReportsPage", "mau-so-lieu-hang-ngay.xlsx"), "Excel (*.xlsx)")
        if path:
            ops.figures_template(self, path=path).success(lambda saved: QMessageBox.information(
                self, tr("ReportsPage", "Đã lưu"), tr("ReportsPage", "Đã lưu mẫu vào {path}. Điền mỗi dòng một xã, "
                                                      "một ngày, một chỉ tiêu rồi bấm “Nhập từ Excel…”.").format(
                    path=saved))).run()

    def import_figures(self, path: str | None = None, columns: dict[str, str] | None = None) -> None:
        path = path or file_dialogs.open_file(self, tr("ReportsPage", "Nhập số liệu hằng ngày"),
                                              "Excel (*.xlsx *.xls *.ods)")
        if path:
            (ops.import_figures(self, path=path, columns=columns).success(self._imported)
             .refused(lambda exc: self._not_imported(path, exc)).run())

    def _not_imported(self, path: str, exc) -> None:
        """A file whose software names the columns otherwise: the clerk says which is which, once."""
        from core.reports.figures import NoHeader
        from ui.operations import show_error
        if not isinstance(exc, NoHeader) or not exc.names:
            show_error(self, exc)
            return
        from ui.figure_columns_dialog import FigureColumnsDialog
        dialog = FigureColumnsDialog(self, exc.names)
        if dialog.exec():
            self.import_figures(path, dialog.columns())

    def _imported(self, outcome) -> None:
        result, changes = outcome
        if result.errors:
            lines = "\n".join(tr("ReportsPage", "Dòng {row}: {reason}").format(row=row, reason=reason)
                              for row, reason in result.errors[:15])
            QMessageBox.warning(self, tr("ReportsPage", "Chưa nhập"), tr(
                "ReportsPage", "Không ghi gì: sửa các dòng sau rồi nhập lại.") + "\n\n" + lines)
            return
        self.main.apply(changes)
        QMessageBox.information(self, tr("ReportsPage", "Đã nhập"), tr(
            "ReportsPage", "Đã ghi {n} số liệu hằng ngày.").format(n=formatting.number(result.written)))

    def retranslate(self) -> None:
        self.title.setText(tr("ReportsPage", "Báo cáo"))
        self.previous_button.setToolTip(tr("ReportsPage", "Tuần trước"))
        self.next_button.setToolTip(tr("ReportsPage", "Tuần sau"))
        self.this_week_button.setText(tr("ReportsPage", "Tuần này"))
        self.pdf_box.setText(tr("ReportsPage", "Kèm bản PDF"))
        self.report_button.setText(tr("ReportsPage", "Lập báo cáo tuần…"))
        self.period_button.setText(tr("ReportsPage", "Báo cáo đợt…"))
        self.period_button.setToolTip(tr("ReportsPage", "Kết quả một đợt/giai đoạn của kế hoạch theo xã, đơn vị đạt "
                                                        "100% chỉ tiêu và Phụ lục 01 kèm số thực hiện"))
        self.template_button.setText(tr("ReportsPage", "Tải mẫu nhập…"))
        self.template_button.setToolTip(tr("ReportsPage", "Tệp Excel có các cột Xã, Ngày, Chỉ tiêu, Số người để điền "
                                                          "số liệu từ phần mềm thu rồi nhập"))
        self.import_button.setText(tr("ReportsPage", "Nhập từ Excel…"))
        self.figures_title.setText(tr("ReportsPage", "Số liệu hằng ngày"))
        self.indicator_label.setText(tr("ReportsPage", "Chỉ tiêu:"))
        code = self.indicator_code()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        self.indicator.addItem(tr("ReportsPage", "BHXH tự nguyện"), "vsi_new")
        self.indicator.addItem(tr("ReportsPage", "BHYT hộ gia đình"), "hhi_new")
        self.indicator.setCurrentIndex(max(self.indicator.findData(code), 0))
        self.indicator.blockSignals(False)
        self.hint.setText(tr("ReportsPage", "Số in đậm là số liệu đã nhập; số màu xám là số người đăng ký ghi trong "
                                            "ứng dụng ngày đó. Số nhập cho một ngày là toàn bộ số người mới của xã "
                                            "ngày đó và thay cho số đăng ký trong ứng dụng của ngày đó khi lập báo "
                                            "cáo. Gõ số hoặc dán một vùng từ Excel; xoá ô để bỏ số đã nhập."))
        self._show_week()
        self.table_model.retranslate()
        self.figures.retranslate()
        if self.report is not None:
            self.reload()
