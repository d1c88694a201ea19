"""The import wizard for prospect lists as offices send them.

Pick the file and the sheet → preview: where the header was found and how each column maps to a person field
(Vietnamese column names; the clerk can change the mapping) → a dry run that counts new, duplicate, rejected
rows and warnings without writing → the import itself (one transaction, in the background with progress) →
the result, with the errors workbook to fix and re-import, and Undo. Earlier imports are listed with Undo too.
"""
from __future__ import annotations

from pathlib import Path

from core import formatting
from core.changes import Changes, changes_of
from core.errors import UserError
from ui import file_dialogs
from ui.operations import people as ops
from ui.operations import show_error
from ui.people_model import labels
from ui.qt import (QAbstractItemView, QComboBox, QDesktopServices, QDialog, QFormLayout, QHBoxLayout,
                   QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, Qt, QTableWidget, QTableWidgetItem,
                   QUrl, QVBoxLayout, QWidget, QWizard, QWizardPage, tr)

SAMPLE_ROWS = 3
MAX_DETAILS = 1000   # rows of reasons shown in the dry run; the errors workbook has them all
IdRole = Qt.ItemDataRole.UserRole


def _get(obj, name, default=None):
    """ImportPreview / ImportResult attributes (dataclass or dict: whichever core returns)."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


class FilePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("ImportWizard", "Chọn tệp Excel"))
        self.setSubTitle(tr("ImportWizard", "Danh sách khách hàng tiềm năng do tỉnh gửi hoặc cộng tác viên lập "
                                            "(.xlsx, .xls, .ods)."))
        self.path = QLineEdit()  # typed or pasted too ("Copy as path" on Windows adds quotes): read on Enter
        self.path.setPlaceholderText(tr("ImportWizard", "Dán đường dẫn tệp rồi bấm Enter, hoặc bấm “Chọn tệp…”"))
        self.path.editingFinished.connect(self._typed_path)
        browse = QPushButton(tr("ImportWizard", "Chọn tệp…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.commune = QComboBox()
        self.commune.addItem(tr("ImportWizard", "(không có: dòng không ghi xã sẽ bị từ chối)"), None)
        for c in wizard.ws.units.communes():
            self.commune.addItem(c["name"], c["id"])
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("ImportWizard", "Tệp"), row)
        form.addRow(tr("ImportWizard", "Trang tính"), self.sheet)
        form.addRow(tr("ImportWizard", "Xã cho các dòng không ghi xã"), self.commune)
        form.addRow(self.error)
        jobs = QPushButton(tr("ImportWizard", "Các lần nhập trước…"))
        jobs.clicked.connect(self.show_jobs)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(jobs)
        form.addRow(row)

    def show_jobs(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("ImportWizard", "Các lần nhập danh sách"))
        box = QVBoxLayout(dialog)
        box.addWidget(ImportJobs(self.w))
        dialog.resize(700, 400)
        dialog.exec()

    def browse(self) -> None:
        path = file_dialogs.open_file(self, tr("ImportWizard", "Chọn danh sách"),
                                      tr("ImportWizard", "Bảng tính (*.xlsx *.xlsm *.xls *.ods)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str, sheet: str | None = None) -> None:
        self.path.setText(path)
        self._loaded = path
        self.w.preview = None
        self.sheet.blockSignals(True)
        self.sheet.clear()  # another file: its own sheets
        self.sheet.blockSignals(False)
        self.load_preview(sheet)

    def _typed_path(self) -> None:
        text = self.path.text().strip().strip('"').strip("'").strip()
        if text and text != getattr(self, "_loaded", None):
            self.set_path(text)

    def load_preview(self, sheet: str | None = None) -> None:
        """Read the sheet and find its header (on the DB worker: a big workbook takes a moment to read)."""
        path = self.path.text()
        self.error.setText("")
        self.w.preview = None
        self.completeChanged.emit()
        ops.preview_import(self, path=path, sheet=sheet).success(self._previewed).failure(self._preview_failed).run()

    def _previewed(self, preview) -> None:
        self.w.preview = preview
        sheets = list(_get(preview, "sheets") or [])
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(sheets)
        current = _get(preview, "sheet") or (sheets[0] if sheets else "")
        self.sheet.setCurrentIndex(max(0, self.sheet.findText(current)))
        self.sheet.blockSignals(False)
        self.completeChanged.emit()

    def _preview_failed(self, exc) -> None:
        if isinstance(exc, UserError):   # not a workbook, encrypted, no header…: one sentence, nothing written
            self.error.setText(exc.message)
            sheets = getattr(exc, "sheets", None)
            if sheets and self.sheet.count() == 0:  # let the clerk pick the sheet that holds the list
                self.sheet.blockSignals(True)
                self.sheet.addItems(sheets)
                self.sheet.blockSignals(False)
        else:
            show_error(self, exc)

    def _sheet_changed(self, _index: int) -> None:
        if self.path.text():
            self.load_preview(self.sheet.currentText() or None)

    def isComplete(self) -> bool:
        return self.w.preview is not None

    def validatePage(self) -> bool:
        self.w.path = self.path.text()
        self.w.sheet = self.sheet.currentText() or None
        self.w.commune = self.commune.currentData()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("ImportWizard", "Kiểm tra các cột"))
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("ImportWizard", "Cột trong tệp"), tr("ImportWizard", "Ví dụ"),
                                              tr("ImportWizard", "Nhập vào trường")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b3261e;")
        box = QVBoxLayout(self)
        box.addWidget(self.header_label)
        box.addWidget(self.table, 1)
        box.addWidget(self.missing)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        p = self.w.preview
        text = tr("ImportWizard", "Tìm thấy dòng tiêu đề ở dòng {row} của trang “{sheet}”; có {n} dòng người "
                                  "bên dưới.").format(row=_get(p, "header_row") or "?", sheet=_get(p, "sheet") or "",
                                                      n=formatting.number(_get(p, "data_rows") or 0))
        if _get(p, "remembered"):
            text += " " + tr("ImportWizard", "Cách nhập các cột được nhớ từ lần nhập trước cùng mẫu.")
        self.header_label.setText(text + "\n" + tr("ImportWizard", "Sửa cách nhập các cột nếu cần:"))
        columns = list(_get(p, "labels") or [])
        by_column = {col: f for f, col in (_get(p, "mapping") or {}).items()}   # core: field -> 0-based column
        sample = list(_get(p, "sample") or [])
        fields = self.w.fields
        self.table.setRowCount(len(columns))
        self.combos = []
        for i, title in enumerate(columns):
            self.table.setItem(i, 0, QTableWidgetItem(str(title or "")))
            examples = [_cell(r[i]) for r in sample[:SAMPLE_ROWS] if i < len(r) and r[i] not in (None, "")]
            self.table.setItem(i, 1, QTableWidgetItem(" | ".join(examples)))
            combo = QComboBox()
            combo.addItem(tr("ImportWizard", "(bỏ qua)"), None)
            for code, label in fields.items():
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(i))))
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self._check()

    def mapping(self) -> dict[str, int]:
        """field -> 0-based column, as core takes it."""
        return {c.currentData(): i for i, c in enumerate(self.combos) if c.currentData()}

    def _check(self, *_args) -> None:
        mapped = [c.currentData() for c in self.combos if c.currentData()]
        problems = []
        if "full_name" not in mapped:
            problems.append(tr("ImportWizard", "Chưa có cột nào là “Họ và tên”."))
        twice = sorted({f for f in mapped if mapped.count(f) > 1})
        if twice:
            problems.append(tr("ImportWizard", "Nhiều cột cùng nhập vào: {fields}.").format(
                fields=", ".join(self.w.fields.get(f, f) for f in twice)))
        self.missing.setText("\n".join(problems))
        self._ok = not problems
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return getattr(self, "_ok", False)

    def validatePage(self) -> bool:
        self.w.mapping = self.mapping()
        return True


class DryRunPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("ImportWizard", "Thử nhập (chưa ghi gì)"))
        self.counts = QLabel()
        font = self.counts.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counts.setFont(font)
        self.counts.setWordWrap(True)
        self.note = QLabel(tr("ImportWizard", "Bấm “Nhập” để ghi vào danh sách. Cả lần nhập là một giao dịch và "
                                              "có thể hoàn tác."))
        self.note.setWordWrap(True)
        self.details = QTableWidget(0, 3)
        self.details.setHorizontalHeaderLabels([tr("ImportWizard", "Dòng"), tr("ImportWizard", "Loại"),
                                                tr("ImportWizard", "Lý do")])
        self.details.verticalHeader().setVisible(False)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.details.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.details.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details.setWordWrap(True)
        # villages the list names that are not there: the clerk says, for each, create it or take an existing one
        self.villages_caption = QLabel(tr("ImportWizard", "Các thôn chưa có trong địa bàn: chọn tạo thôn mới, hoặc "
                                                          "thôn có sẵn đúng với tên viết sai."))
        self.villages_caption.setWordWrap(True)
        self.villages = QTableWidget(0, 4)
        self.villages.setHorizontalHeaderLabels([tr("ImportWizard", "Xã"), tr("ImportWizard", "Thôn trong tệp"),
                                                 tr("ImportWizard", "Dòng"), tr("ImportWizard", "Xử lý")])
        self.villages.verticalHeader().setVisible(False)
        self.villages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.villages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.villages.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        box = QVBoxLayout(self)
        box.addWidget(self.counts)
        box.addWidget(self.villages_caption)
        box.addWidget(self.villages)
        box.addWidget(self.details, 1)
        box.addWidget(self.note)
        self.result = None

    def initializePage(self) -> None:
        self.result = None
        self.details.setRowCount(0)
        self.counts.setText(tr("ImportWizard", "Đang đọc tệp…"))
        self.w.run_import(dry_run=True, done=self._done)

    def _done(self, result) -> None:
        self.result = result
        self.counts.setText(counts_text(result, dry_run=True))
        self._show_villages(_get(result, "villages_to_create") or [])
        repeated = set(_get(result, "repeated_rows") or [])
        rows = [(r, tr("ImportWizard", "Từ chối"), m) for r, m in (_get(result, "problems") or [])]
        rows += [(r, tr("ImportWizard", "Trùng trong tệp") if r in repeated else tr("ImportWizard", "Cảnh báo"), m)
                 for r, m in (_get(result, "notes") or [])]
        rows = sorted(rows, key=lambda x: x[0])[:MAX_DETAILS]
        self.details.setRowCount(len(rows))
        for i, (row, kind, message) in enumerate(rows):
            self.details.setItem(i, 0, QTableWidgetItem(str(row)))
            self.details.setItem(i, 1, QTableWidgetItem(kind))
            self.details.setItem(i, 2, QTableWidgetItem(message))
        self.details.setVisible(bool(rows))
        self.completeChanged.emit()

    def _show_villages(self, found: list[dict]) -> None:
        self.villages.setRowCount(len(found))
        for i, v in enumerate(found):
            self.villages.setItem(i, 0, QTableWidgetItem(v["commune"]))
            self.villages.setItem(i, 1, QTableWidgetItem(v["name"]))
            self.villages.setItem(i, 2, QTableWidgetItem(", ".join(map(str, v["rows"][:8]))
                                                         + ("…" if len(v["rows"]) > 8 else "")))
            choice = QComboBox()
            choice.addItem(tr("ImportWizard", "Tạo thôn mới “{name}”").format(name=v["name"]), None)
            for village in self.w.ws.units.list("village", parent_id=v["commune_id"]):
                choice.addItem(tr("ImportWizard", "Là thôn có sẵn: {name}").format(name=village["name"]), village["id"])
            choice.setCurrentIndex(max(0, choice.findData(v["suggestion_id"])) if v["suggestion_id"] else 0)
            choice.setProperty("choice_key", v["key"])
            self.villages.setCellWidget(i, 3, choice)
        self.villages.setVisible(bool(found))
        self.villages_caption.setVisible(bool(found))

    def village_choices(self) -> dict:
        """{choice key: existing village id, or None to create it}, as core's import takes them."""
        return {combo.property("choice_key"): combo.currentData()
                for combo in (self.villages.cellWidget(i, 3) for i in range(self.villages.rowCount()))}

    def isComplete(self) -> bool:
        return self.result is not None

    def validatePage(self) -> bool:
        self.w.villages = self.village_choices()
        return self.result is not None


class ResultPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("ImportWizard", "Kết quả nhập"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.open_errors = QPushButton(tr("ImportWizard", "Mở tệp các dòng bị từ chối"))
        self.open_errors.clicked.connect(self._open_errors)
        self.undo = QPushButton(tr("ImportWizard", "Hoàn tác lần nhập này"))
        self.undo.clicked.connect(self._undo_this)
        self.jobs = ImportJobs(wizard)
        row = QHBoxLayout()
        row.addWidget(self.open_errors)
        row.addWidget(self.undo)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.counts)
        box.addLayout(row)
        box.addWidget(self.jobs, 1)
        self.result = None

    def initializePage(self) -> None:
        self.result = None
        self.counts.setText(tr("ImportWizard", "Đang nhập…"))
        self.open_errors.setEnabled(False)
        self.undo.setEnabled(False)
        self.w.run_import(dry_run=False, done=self._done)
        self.load_jobs()

    def _done(self, result) -> None:
        self.result = result
        self.w.changes = self.w.changes | (changes_of(result) or Changes.of("people", "units"))
        self.counts.setText(counts_text(result, dry_run=False))
        self.open_errors.setEnabled(bool(_get(result, "errors_path")) and _get(result, "rejected", 0) > 0)
        self.undo.setEnabled(_get(result, "job_id") is not None)
        self.load_jobs()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None

    def load_jobs(self) -> None:
        self.jobs.load()

    def _open_errors(self) -> None:
        """Open the rejected rows in the spreadsheet program; where none opens it (no program for .xlsx), say
        where the file is."""
        path = _get(self.result, "errors_path")
        if path and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, tr("ImportWizard", "Tệp các dòng bị từ chối"), tr(
                "ImportWizard", "Không mở được tệp bằng chương trình bảng tính trên máy này. Tệp nằm ở:\n{path}").format(
                path=path))

    def _undo_this(self) -> None:
        job_id = _get(self.result, "job_id")
        if job_id is not None:
            self.w.undo(job_id, then=self._undone)

    def _undone(self) -> None:
        self.undo.setEnabled(False)
        self.counts.setText(self.counts.text() + "\n" + tr("ImportWizard", "Đã hoàn tác lần nhập này."))


class ImportJobs(QWidget):
    """The earlier imports, newest first, each with Undo (a refused undo says why: e.g. people since invited)."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("ImportWizard", "Thời gian"), tr("ImportWizard", "Tệp"),
                                              tr("ImportWizard", "Thêm mới"), tr("ImportWizard", "Từ chối"),
                                              tr("ImportWizard", "Tình trạng")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.undo = QPushButton(tr("ImportWizard", "Hoàn tác lần nhập đã chọn"))
        self.undo.clicked.connect(self.undo_selected)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(tr("ImportWizard", "Các lần nhập trước:")))
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.undo)
        box.addLayout(row)
        self.load()

    def load(self) -> None:
        jobs = list(self.w.ws.people.import_jobs())
        self.table.setRowCount(len(jobs))
        for i, j in enumerate(jobs):
            when = QTableWidgetItem(_when(j.get("at")))
            when.setData(IdRole, j["id"])
            self.table.setItem(i, 0, when)
            self.table.setItem(i, 1, QTableWidgetItem(j.get("file_name") or ""))
            self.table.setItem(i, 2, QTableWidgetItem(formatting.number(j.get("created") or 0)))
            self.table.setItem(i, 3, QTableWidgetItem(formatting.number(j.get("rejected") or 0)))
            state = tr("ImportWizard", "Đã hoàn tác") if j.get("undone_at") else tr("ImportWizard", "Đã nhập")
            self.table.setItem(i, 4, QTableWidgetItem(state))
        self.undo.setEnabled(bool(jobs))

    def undo_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.w.undo(self.table.item(rows[0].row(), 0).data(IdRole))   # the wizard reloads this list after


def _cell(value) -> str:
    """A cell as the clerk typed it: spreadsheet readers give whole numbers as floats (1980.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return formatting.date(value)
    return str(value)


def _when(value) -> str:
    return formatting.date_time(value) if value else ""   # stored in UTC, shown in local time


def counts_text(result, dry_run: bool) -> str:
    """What the list gives, in the clerk's terms: people added, people filled in, rows that were duplicates (of
    someone already there, or of an earlier row of the file), rows refused, rows with a warning."""
    n = {k: formatting.number(_get(result, k, 0) or 0) for k in
         ("rows", "created", "updated", "duplicates", "rejected", "warnings")}
    if dry_run:
        text = tr("ImportWizard", "Đọc được {rows} dòng người.\nSẽ thêm mới: {created} người\nSẽ bổ sung thông tin: "
                                  "{updated} người\nTrùng (đã có, hoặc lặp lại trong tệp): {duplicates} dòng\nBị từ "
                                  "chối: {rejected} dòng\nCó cảnh báo: {warnings} dòng").format(**n)
    else:
        text = tr("ImportWizard", "Đã thêm mới: {created} người\nĐã bổ sung thông tin: {updated} người\nTrùng (đã "
                                  "có, hoặc lặp lại trong tệp), không ghi: {duplicates} dòng\nBị từ chối: {rejected} "
                                  "dòng\nCó cảnh báo: {warnings} dòng\n(tệp có {rows} dòng người)").format(**n)
    if (_get(result, "rejected", 0) or 0) > 0:
        text += "\n" + tr("ImportWizard", "Các dòng bị từ chối được ghi vào tệp lỗi, kèm số dòng và lý do: sửa "
                                          "trong tệp đó rồi nhập lại.")
        if _get(result, "errors_path"):
            text += "\n" + tr("ImportWizard", "Tệp lỗi: {path}").format(path=_get(result, "errors_path"))
    return text


class ImportWizard(QWizard):
    def __init__(self, main, parent=None, path: str | None = None):
        super().__init__(parent or main)
        self.main = main
        self.preview = None
        self.path = path or ""
        self.sheet = None
        self.commune = None
        self.mapping: dict[str, int] = {}
        self.villages: dict = {}  # the clerk's choice for each village the list names that is not there
        self.changes = Changes()
        self.setWindowTitle(tr("ImportWizard", "Nhập danh sách người từ Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the import is written: Xong only
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("ImportWizard", "Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("ImportWizard", "< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("ImportWizard", "Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("ImportWizard", "Huỷ"))
        self.currentIdChanged.connect(self._page_changed)
        self.resize(860, 560)
        if path:
            self.file_page.set_path(path)

    @property
    def ws(self):
        return self.main.ws

    @property
    def fields(self) -> dict:
        """Person fields a column can go to, {code: label}, from the preview (core's FIELDS)."""
        return labels(_get(self.preview, "fields") or {})

    def _page_changed(self, _id: int) -> None:
        # the Next of the dry-run page writes: say so on the button
        text = tr("ImportWizard", "Nhập") if self.currentPage() is self.dry_run_page else tr("ImportWizard", "Tiếp >")
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    def errors_path(self) -> str:
        p = Path(self.path)
        return str(p.with_name(p.stem + "-loi.xlsx"))

    def run_import(self, dry_run: bool, done) -> None:
        ops.import_people(self, path=self.path, sheet=self.sheet, commune=self.commune, mapping=dict(self.mapping),
                          dry_run=dry_run, errors_path=None if dry_run else self.errors_path(),
                          villages=None if dry_run else dict(self.villages)) \
            .success(done).failure(self._failed).run()

    def _failed(self, exc) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, tr("ImportWizard", "Không nhập được"), exc.message)
        else:
            show_error(self, exc)
        self.back()

    def undo(self, job_id: int, then=None) -> None:
        """Undo an import once the clerk confirms; then() runs after it succeeded."""
        if QMessageBox.question(self, tr("ImportWizard", "Hoàn tác"), tr(
                "ImportWizard", "Xoá những người đã thêm trong lần nhập này?")) != QMessageBox.StandardButton.Yes:
            return
        self._then = then
        ops.undo_import(self, job_id=job_id).success(self._undone).refused(self._undo_refused).run()

    def _undone(self, result) -> None:
        self.changes = self.changes | (changes_of(result) or Changes.of("people"))
        self.result_page.load_jobs()
        if self._then is not None:
            self._then()

    def _undo_refused(self, exc: UserError) -> None:
        QMessageBox.warning(self, tr("ImportWizard", "Không hoàn tác được"), exc.message)

    def done(self, result: int) -> None:
        if self.changes.any() and hasattr(self.main, "apply"):
            self.main.apply(self.changes)
            self.changes = Changes()
        super().done(result)
