"""Nhập chỉ tiêu từ Excel: file and sheet -> detected layout the clerk can correct -> check -> dates of the new
periods (only when the import creates periods) -> import.

Reading the sheet (analyse), the check (a dry run: nothing written) and the import each run as an Op on the
DB worker; core.targets_workbook does all the work and names every problem by its sheet cell ('D9: …').
The wizard holds only a copy of the layout, with the clerk's corrections applied, and the dates typed for the
new periods (core checks them again and writes them in the import's transaction).
"""
from __future__ import annotations

import copy
from functools import partial

from core import formatting
from core.changes import Changes, changes_of
from ui import file_dialogs
from ui.operations import Op
from ui.operations import plans as ops
from ui.plan_dialogs import DateField
from ui.qt import (QT_TRANSLATE_NOOP, QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                   QLineEdit, QPushButton, Qt, QTableWidget, QTableWidgetItem, QTimer, QVBoxLayout, QWidget, QWizard,
                   QWizardPage, qdate, tr)
from ui.widgets import ErrorLabel, muted


UNIT = "unit"      # the unit-name column: TargetsLayout keeps it apart (unit_column), the table shows it as a role
ROLE_LABELS = {
    "ignore": QT_TRANSLATE_NOOP("TargetsImport", "Bỏ qua"),
    UNIT: QT_TRANSLATE_NOOP("TargetsImport", "Tên đơn vị"),
    "baseline": QT_TRANSLATE_NOOP("TargetsImport", "Số đầu kỳ"),
    "period": QT_TRANSLATE_NOOP("TargetsImport", "Chỉ tiêu kỳ"),
    "cumulative": QT_TRANSLATE_NOOP("TargetsImport", "Lũy kế"),
}
COL_LETTER, COL_HEADER, COL_ROLE, COL_DETAIL = range(4)
FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, DATES_PAGE, DONE_PAGE = range(5)


def role_label(role: str) -> str:
    return tr("TargetsImport", ROLE_LABELS.get(role, role))


def _table(headers: list[str]) -> QTableWidget:
    """A read-only table of the wizard's pages: no row numbers, no selection, long texts wrap."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return table


class FilePage(QWizardPage):
    """Pick the workbook and sheet; the sheet is analysed in the background each time either changes."""

    def __init__(self, wizard: "TargetsImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("TargetsImport", "Chọn tệp Excel"))
        self.setSubTitle(tr("TargetsImport", "Bảng chỉ tiêu của tỉnh/cấp trên (dạng Phụ lục 01): có dòng tiêu đề, "
                                             "cột tên đơn vị và các cột số liệu."))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse = QPushButton(tr("TargetsImport", "Chọn tệp…"))
        self.sheet = QComboBox()
        self.sheet.setMinimumWidth(200)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(tr("TargetsImport", "Trang tính:")))
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("TargetsImport", "Tệp:")))
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self.choose)
        self.sheet.activated.connect(self._sheet_chosen)

    def choose(self) -> None:
        path = file_dialogs.open_file(self, tr("TargetsImport", "Chọn bảng chỉ tiêu"),
                                      tr("TargetsImport", "Tệp Excel (*.xlsx *.xlsm *.xls *.ods)"))
        if path:
            self.open(path)

    def open(self, path: str, sheet: str | None = None) -> Op:
        self.path.setText(path)
        self.w.layout_ = None
        self.error.show_error("")
        self.summary.setText(tr("TargetsImport", "Đang đọc tệp…"))
        self.completeChanged.emit()
        return ops.read_targets_table(self, path=path, sheet=sheet).success(self._analysed).failure(self._failed).run()

    def _sheet_chosen(self, _index: int) -> None:
        if self.path.text():
            self.open(self.path.text(), self.sheet.currentText())

    def _analysed(self, layout) -> None:
        self.w.layout_ = layout
        self.w.path = self.path.text()
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(layout.sheets))
        self.sheet.setCurrentText(layout.sheet)
        self.sheet.blockSignals(False)
        self.summary.setText(describe(layout))
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.summary.setText("")
        self.error.show_error(getattr(exc, "message", str(exc)))
        if getattr(exc, "message", None) is None:
            from core.logs import log_exception
            log_exception("targets analyse", exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.layout_ is not None


def describe(layout) -> str:
    rows = layout.header_rows
    header = (tr("TargetsImport", "dòng {row}").format(row=rows[0]) if len(rows) == 1 else
              tr("TargetsImport", "dòng {first}–{last}").format(first=rows[0], last=rows[-1]))
    parts = [tr("TargetsImport", "Trang “{sheet}”: tiêu đề ở {header}, tên đơn vị ở cột {column}, "
                                 "số liệu từ dòng {first}.").format(sheet=layout.sheet, header=header,
                                                                     column=layout.unit_column,
                                                                     first=layout.first_data_row)]
    if layout.number_row:
        parts.append(tr("TargetsImport", "Dòng đánh số cột: {row}.").format(row=layout.number_row))
    if layout.totals_row:
        parts.append(tr("TargetsImport", "Dòng tổng cộng: {row}.").format(row=layout.totals_row))
    return " ".join(parts)


class MappingPage(QWizardPage):
    """Each source column with its detected role; the clerk corrects roles, baseline dates and period names."""

    def __init__(self, wizard: "TargetsImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("TargetsImport", "Xác nhận các cột"))
        self.setSubTitle(tr("TargetsImport", "Kiểm tra vai trò từng cột; sửa nếu chương trình nhận sai. "
                                             "Kỳ chưa có trong kế hoạch sẽ được tạo khi nhập."))
        self.summary = muted(QLabel())
        self.summary.setWordWrap(True)
        self.table = _table([tr("TargetsImport", "Cột"), tr("TargetsImport", "Tiêu đề trong tệp"),
                             tr("TargetsImport", "Vai trò"), tr("TargetsImport", "Ngày số liệu / tên kỳ")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_LETTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HEADER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(COL_DETAIL, 220)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.rows: list[dict] = []

    def initializePage(self) -> None:
        layout = self.w.layout_
        self.summary.setText(describe(layout))
        columns = [(layout.unit_column, "", UNIT, None, None)]
        columns += [(c.letter, c.header, c.role, c.reference_date, c.period_name) for c in layout.columns]
        columns.sort(key=lambda c: (len(c[0]), c[0]))
        self.rows = []
        self.table.setRowCount(len(columns))
        for r, (letter, header, role, date, name) in enumerate(columns):
            self.table.setItem(r, COL_LETTER, _item(letter, center=True))
            self.table.setItem(r, COL_HEADER, _item(header or tr("TargetsImport", "(cột tên đơn vị)")))
            combo = QComboBox()
            for code in ROLE_LABELS:
                combo.addItem(role_label(code), code)
            combo.setCurrentIndex(max(0, combo.findData(role)))
            date_field = DateField(date)
            name_field = QLineEdit(name or "")
            name_field.setPlaceholderText(tr("TargetsImport", "Tên kỳ, ví dụ: Tháng cao điểm"))
            box = _stack(date_field, name_field)
            self.table.setCellWidget(r, COL_ROLE, combo)
            self.table.setCellWidget(r, COL_DETAIL, box)
            entry = {"letter": letter, "combo": combo, "date": date_field, "name": name_field}
            self.rows.append(entry)
            combo.currentIndexChanged.connect(self._changed)
            date_field.dateChanged.connect(self._changed)
            name_field.textChanged.connect(self._changed)
        self.table.resizeRowsToContents()
        self._changed()

    def _changed(self, *_) -> None:
        for entry in self.rows:
            role = entry["combo"].currentData()
            entry["date"].setVisible(role == "baseline")
            entry["name"].setVisible(role == "period")
        self.error.show_error(self.problem())
        self.completeChanged.emit()

    def problem(self) -> str:
        roles = [e["combo"].currentData() for e in self.rows]
        if roles.count(UNIT) != 1:
            return tr("TargetsImport", "Chọn đúng một cột “Tên đơn vị”.")
        if not any(r in ("baseline", "period") for r in roles):
            return tr("TargetsImport", "Chọn ít nhất một cột “Số đầu kỳ” hoặc “Chỉ tiêu kỳ”.")
        for e in self.rows:
            role = e["combo"].currentData()
            if role == "baseline" and e["date"].problem():   # core's sentence for an unreadable date
                return tr("TargetsImport", "Cột {letter}: {problem}").format(letter=e["letter"],
                                                                            problem=e["date"].problem())
            if role == "baseline" and not e["date"].value():
                return tr("TargetsImport", "Cột {letter}: nhập ngày số liệu đầu kỳ.").format(letter=e["letter"])
            if role == "period" and not e["name"].text().strip():
                return tr("TargetsImport", "Cột {letter}: nhập tên kỳ.").format(letter=e["letter"])
        return ""

    def isComplete(self) -> bool:
        return bool(self.rows) and not self.problem()

    def set_role(self, letter: str, role: str, *, date: str | None = None, name: str | None = None) -> None:
        """Used by tests and keyboard users alike: set a column's role (and its date or period name)."""
        for e in self.rows:
            if e["letter"] == letter:
                e["combo"].setCurrentIndex(e["combo"].findData(role))
                if date is not None:
                    e["date"].set_value(date)
                if name is not None:
                    e["name"].setText(name)

    def corrected_layout(self):
        """A copy of core's layout with the clerk's choices."""
        layout = copy.deepcopy(self.w.layout_)
        from core.targets_workbook import ColumnRole
        from core.workbooks import column_index
        known = {c.letter: c for c in layout.columns}
        columns = []
        for e in self.rows:
            role = e["combo"].currentData()
            if role == UNIT:
                layout.unit_column = e["letter"]
                continue
            col = known.get(e["letter"]) or ColumnRole(column_index(e["letter"]) - 1, e["letter"], "")
            col.role = role
            col.reference_date = e["date"].value() if role == "baseline" else None
            col.period_name = e["name"].text().strip() if role == "period" else None
            columns.append(col)
        layout.columns = sorted(columns, key=lambda c: c.index)
        return layout


class CheckPage(QWizardPage):
    """The dry run: every problem with its cell (nothing written), or what the import will do."""

    def __init__(self, wizard: "TargetsImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("TargetsImport", "Kiểm tra trước khi nhập"))
        self.setSubTitle(tr("TargetsImport", "Tên đơn vị, số liệu, lũy kế từng dòng và dòng tổng cộng được kiểm tra; "
                                             "chưa ghi gì cho đến khi bấm “Nhập”."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = QTableWidget(0, 2)
        self.errors.setHorizontalHeaderLabels([tr("TargetsImport", "Ô"), tr("TargetsImport", "Lỗi")])
        self.errors.verticalHeader().setVisible(False)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setWordWrap(True)
        self.errors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.errors.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        self.result = None
        self.imported = None
        self._layout = None
        self._running = 0           # the generation of the run under way (0: none); stale results are dropped
        self._generation = 0

    def initializePage(self) -> None:
        self.result = None
        self.imported = None
        self._layout = self.w.mapping.corrected_layout()
        self.errors.setRowCount(0)
        self.errors.hide()
        self.summary.setText(tr("TargetsImport", "Đang kiểm tra…"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("TargetsImport", "Nhập"))
        self.completeChanged.emit()
        self.run(dry_run=True)

    def run(self, dry_run: bool) -> Op:
        self._generation += 1
        self._running = self._generation
        self.completeChanged.emit()        # no second click on “Nhập” while this runs
        op = ops.import_targets(self, path=self.w.path, plan_id=self.w.plan["id"], layout=copy.deepcopy(self._layout),
                                indicator_code=self.w.indicator_code, dry_run=dry_run)
        done = self._checked if dry_run else self._imported
        return op.success(partial(self._finished, self._generation, done)) \
            .failure(partial(self._finished, self._generation, self._failed)).run()

    def _finished(self, generation: int, callback, value) -> None:
        if generation != self._generation:
            return                          # the clerk went back and started another check meanwhile
        self._running = 0
        callback(value)

    def cleanupPage(self) -> None:          # Back: a check still running no longer counts
        self._generation += 1
        self._running = 0
        super().cleanupPage()

    def _checked(self, result) -> None:
        self.result = result
        if result.errors:
            self.summary.setText(tr("TargetsImport", "Có {n} lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa tệp Excel "
                                                     "(hoặc vai trò các cột ở bước trước) rồi kiểm tra lại.").format(
                n=formatting.number(len(result.errors))))
            self.errors.setRowCount(len(result.errors))
            for r, (cell, message) in enumerate(result.errors):
                self.errors.setItem(r, 0, _item(cell or "—", center=True))
                self.errors.setItem(r, 1, _item(message))
            self.errors.resizeRowsToContents()
            self.errors.show()
        else:
            lines = [tr("TargetsImport", "Bảng hợp lệ: {units} đơn vị; các kỳ: {periods}.").format(
                units=formatting.number(result.units), periods=", ".join(result.periods) or "—")]
            if result.created_periods:
                lines.append(tr("TargetsImport", "Kỳ mới sẽ được thêm vào kế hoạch: {names}.").format(
                    names=", ".join(result.created_periods)))
                lines.append(tr("TargetsImport", "Bấm “Tiếp” để xem và nhập ngày của các kỳ mới."))
            else:
                lines.append(tr("TargetsImport", "Bấm “Nhập” để ghi; số liệu cũ của các ô này sẽ được thay."))
            self.summary.setText("\n".join(lines))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("TargetsImport", "Tiếp") if self.new_periods()
                           else tr("TargetsImport", "Nhập"))
        self.completeChanged.emit()

    def new_periods(self) -> list[str]:
        """The periods the import will create (the dates page asks for their dates), [] before a clean check."""
        return list(self.result.created_periods) if self.result is not None and not self.result.errors else []

    def nextId(self) -> int:  # noqa: N802  (Qt's name)
        return self.w.dates_id if self.new_periods() and self.imported is None else self.w.done_id

    def _failed(self, exc) -> None:
        self.result = None
        from ui.operations import show_error
        self.summary.setText(getattr(exc, "message", "") or tr("TargetsImport", "Không kiểm tra được bảng."))
        if not getattr(exc, "message", None):
            show_error(self, exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._running and self.result is not None and not self.result.errors

    def validatePage(self) -> bool:
        if self.imported is not None:
            return True
        if self.isComplete():
            if self.new_periods():
                return True                 # on to the new periods' dates; nothing written yet
            self.run(dry_run=False)
        return False

    def _imported(self, result) -> None:
        if result.errors:          # the file changed since the check: show why, nothing was written
            self._checked(result)
            return
        self.imported = result
        self.w.imported = result
        self.w.page_widget.main.apply(changes_of(result) or Changes.of("plans", "targets"))  # periods may be new
        QTimer.singleShot(0, self.w.next)


DATE_NAME, DATE_START, DATE_END, DATE_EMPTY, DATE_NOTE = range(5)


class PeriodDatesPage(QWizardPage):
    """The periods the import creates, with the dates their column headers state (editable) and the missing ones
    asked for. A period is written without dates only when the clerk ticks “Để trống ngày”, and then the page
    says that no registration counts toward it until it has dates. “Nhập” imports, dates and all, in one go."""

    def __init__(self, wizard: "TargetsImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("TargetsImport", "Thời gian các kỳ mới"))
        self.setSubTitle(tr("TargetsImport", "Đăng ký tại hội nghị chỉ được tính cho một kỳ khi kỳ có ngày bắt đầu "
                                             "và ngày kết thúc. Ngày ghi trong tiêu đề cột đã được điền sẵn; "
                                             "nhập ngày còn thiếu."))
        self.plan_label = muted(QLabel())
        self.plan_label.setWordWrap(True)
        self.table = _table([tr("TargetsImport", "Kỳ"), tr("TargetsImport", "Từ ngày"), tr("TargetsImport", "Đến ngày"),
                             tr("TargetsImport", "Để trống"), tr("TargetsImport", "Nguồn")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DATE_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE_START, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE_END, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE_EMPTY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE_NOTE, QHeaderView.ResizeMode.Stretch)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        self.rows: list[dict] = []
        self.kept: dict[str, tuple] = {}    # what the clerk typed, kept over Back and Next
        self.imported = None
        self._running = False

    def initializePage(self) -> None:
        self.imported = None
        self._running = False
        plan = self.w.plan
        if plan.get("start_date") or plan.get("end_date"):
            self.plan_label.setText(tr("TargetsImport", "Thời gian kế hoạch {number}: {start} – {end}.").format(
                number=plan["number"], start=_shown(plan.get("start_date")), end=_shown(plan.get("end_date"))))
        else:
            self.plan_label.setText(tr("TargetsImport", "Kế hoạch {number} chưa có thời gian.").format(
                number=plan["number"]))
        result = self.w.check.result
        names = self.w.check.new_periods()
        self.rows = []
        self.table.setRowCount(len(names))
        for r, name in enumerate(names):
            start, end = result.period_dates.get(name, (None, None))
            if start and end:
                note = tr("TargetsImport", "Theo tiêu đề cột")
            elif name in result.period_notes:
                note = tr("TargetsImport", "Không lấy ngày theo tiêu đề: {reason}.").format(
                    reason=result.period_notes[name])
            else:
                note = tr("TargetsImport", "Tiêu đề cột không ghi ngày")
            start_field, end_field = DateField(start), DateField(end)
            for f in (start_field, end_field):
                f.start_hint = qdate(plan.get("start_date"))
            empty = QCheckBox(tr("TargetsImport", "Để trống ngày"))
            if name in self.kept:
                typed_start, typed_end, left_empty = self.kept[name]
                start_field.edit.setText(typed_start)
                end_field.edit.setText(typed_end)
                empty.setChecked(left_empty)
            self.table.setItem(r, DATE_NAME, _item(name))
            self.table.setCellWidget(r, DATE_START, start_field)
            self.table.setCellWidget(r, DATE_END, end_field)
            self.table.setCellWidget(r, DATE_EMPTY, _stack(empty))
            self.table.setItem(r, DATE_NOTE, _item(note))
            self.rows.append({"name": name, "start": start_field, "end": end_field, "empty": empty})
            start_field.dateChanged.connect(self._changed)
            start_field.dateChanged.connect(partial(self._hint, end_field, start_field))
            end_field.dateChanged.connect(self._changed)
            empty.toggled.connect(self._changed)
        self.table.resizeRowsToContents()
        QTimer.singleShot(0, self.table.resizeRowsToContents)     # again once laid out: the notes wrap to fit
        self.setButtonText(QWizard.WizardButton.NextButton, tr("TargetsImport", "Nhập"))
        self._changed()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def cleanupPage(self) -> None:          # Back: keep what was typed, forget a run under way
        self.kept = {e["name"]: (e["start"].text(), e["end"].text(), e["empty"].isChecked()) for e in self.rows}
        self._running = False
        super().cleanupPage()

    @staticmethod
    def _hint(end: DateField, start: DateField, *_) -> None:
        if start.date().isValid():
            end.start_hint = start.date()

    def _changed(self, *_) -> None:
        left = []
        for e in self.rows:
            empty = e["empty"].isChecked()
            e["start"].setEnabled(not empty)
            e["end"].setEnabled(not empty)
            if empty:
                left.append(e["name"])
        self.warning.setText(tr("TargetsImport", "Chưa đăng ký nào được tính cho {names} cho đến khi có ngày "
                                                 "(nhập sau bằng cách sửa kỳ ở trang Kế hoạch).").format(
            names=", ".join(f"“{n}”" for n in left)) if left else "")
        self.error.show_error(self.problem())
        self.completeChanged.emit()

    def problem(self) -> str:
        plan_start, plan_end = self.w.plan.get("start_date"), self.w.plan.get("end_date")
        for e in self.rows:
            if e["empty"].isChecked():
                continue
            name, start, end = e["name"], e["start"], e["end"]
            for f in (start, end):
                if f.problem():
                    return tr("TargetsImport", "“{name}”: {problem}").format(name=name, problem=f.problem())
            if not start.value() or not end.value():
                return tr("TargetsImport", "Nhập ngày bắt đầu và ngày kết thúc của “{name}”, hoặc chọn “Để trống "
                                           "ngày”.").format(name=name)
            if end.value() < start.value():
                return tr("TargetsImport", "“{name}”: ngày kết thúc phải sau hoặc bằng ngày bắt đầu.").format(
                    name=name)
            if plan_start and start.value() < plan_start or plan_end and end.value() > plan_end:
                return tr("TargetsImport", "“{name}” phải nằm trong thời gian của kế hoạch ({start} – {end}).").format(
                    name=name, start=_shown(plan_start), end=_shown(plan_end))
        return ""

    def period_dates(self) -> dict[str, tuple[str | None, str | None]]:
        """{name: (start, end)} for core: the dates shown, or (None, None) for a period left without dates."""
        return {e["name"]: (None, None) if e["empty"].isChecked() else (e["start"].value(), e["end"].value())
                for e in self.rows}

    def set_dates(self, name: str, start=None, end=None, *, empty: bool = False) -> None:
        """Used by tests and keyboard users alike: type a period's dates (stored ISO or as typed) or leave them."""
        for e in self.rows:
            if e["name"] == name:
                e["empty"].setChecked(empty)
                for f, value in ((e["start"], start), (e["end"], end)):
                    if value is not None:
                        f.edit.setText(str(value))      # read as typed: 01/05/2023 or 2023-05-01

    def isComplete(self) -> bool:
        return not self._running and bool(self.rows) and not self.problem()

    def validatePage(self) -> bool:
        if self.imported is not None:
            return True
        if self.isComplete():
            self._run()
        return False

    def _run(self) -> Op:
        self._running = True
        self.error.show_error("")
        self.completeChanged.emit()
        op = ops.import_targets(self, path=self.w.path, plan_id=self.w.plan["id"],
                                layout=copy.deepcopy(self.w.check._layout), indicator_code=self.w.indicator_code,
                                dry_run=False, period_dates=self.period_dates())
        return op.success(self._imported).failure(self._failed).run()

    def _imported(self, result) -> None:
        if not self._running:
            return                          # the clerk went back meanwhile
        self._running = False
        if result.errors:                   # a date core refused, or the file changed since the check
            self.error.show_error("\n".join(f"{cell}: {message}" if cell else message
                                             for cell, message in result.errors[:5]))
            self.completeChanged.emit()
            return
        self.imported = result
        self.w.imported = result
        self.w.page_widget.main.apply(changes_of(result) or Changes.of("plans", "targets"))
        QTimer.singleShot(0, self.w.next)

    def _failed(self, exc) -> None:
        self._running = False
        from ui.operations import show_error
        self.error.show_error(getattr(exc, "message", "") or tr("TargetsImport", "Không nhập được bảng."))
        if not getattr(exc, "message", None):
            show_error(self, exc)
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802  (Qt's name)
        return self.w.done_id


class DonePage(QWizardPage):
    def __init__(self, wizard: "TargetsImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("TargetsImport", "Đã nhập"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        r = self.w.imported
        text = tr("TargetsImport", "Đã ghi {written} số liệu cho {units} đơn vị.").format(
            written=formatting.number(r.written), units=formatting.number(r.units))
        if r.created_periods:
            text += "\n" + tr("TargetsImport", "Đã thêm các kỳ: {names}.").format(names=", ".join(r.created_periods))
        for name in r.created_periods:
            start, end = r.period_dates.get(name, (None, None))
            if start and end:
                text += "\n" + tr("TargetsImport", "“{name}”: từ {start} đến {end}.").format(
                    name=name, start=formatting.date(start), end=formatting.date(end))
            else:
                text += "\n" + tr("TargetsImport", "“{name}”: chưa có ngày; chưa đăng ký nào được tính cho kỳ này "
                                                    "cho đến khi nhập ngày (sửa kỳ ở trang Kế hoạch).").format(
                    name=name)
        self.label.setText(text)


class TargetsImportWizard(QWizard):
    def __init__(self, page, plan: dict, indicator_code: str = "vsi_new"):
        super().__init__(page)
        self.page_widget = page
        self.ws = page.main.ws
        self.plan = plan
        self.indicator_code = indicator_code
        self.layout_ = None
        self.path = ""
        self.imported = None
        self.setWindowTitle(tr("TargetsImport", "Nhập chỉ tiêu từ Excel – kế hoạch {number}").format(
            number=plan["number"]))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("TargetsImport", "Tiếp"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("TargetsImport", "Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("TargetsImport", "Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("TargetsImport", "Huỷ"))
        self.dates_id, self.done_id = DATES_PAGE, DONE_PAGE
        self.file = FilePage(self)
        self.mapping = MappingPage(self)
        self.check = CheckPage(self)
        self.dates = PeriodDatesPage(self)
        self.done_page = DonePage(self)
        for page_id, p in enumerate((self.file, self.mapping, self.check, self.dates, self.done_page)):
            self.setPage(page_id, p)
        self.resize(860, 560)


def _item(text: str, center: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if center:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _shown(value) -> str:
    return formatting.date(value) if value else "…"


def _stack(*widgets):
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(2, 0, 2, 0)
    for w in widgets:
        lay.addWidget(w)
    return box
