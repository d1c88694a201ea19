"""Possible duplicates for review: the same name (ignoring case, spaces and tone marks), birth year and village.

Nothing is merged automatically. The clerk picks the record to keep and merges the others into it; core keeps
the history of both (invitations, attendance, registrations move to the kept record; the other becomes a
tombstone pointing at it).
"""
from __future__ import annotations

from core import formatting
from core.changes import Changes
from core.errors import UserError
from ui.operations import people as ops
from ui.people_model import labels, mask_id, unit_name
from ui.qt import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                   QListWidgetItem, QMessageBox, QPushButton, QSplitter, Qt, QTableWidget, QTableWidgetItem,
                   QVBoxLayout, QWidget)

GroupRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole


def group_rows(group) -> list[dict]:
    """A duplicate group from core: a list of person rows, or a dict holding them under 'people'/'rows'."""
    if isinstance(group, dict):
        return list(group.get("people") or group.get("rows") or [])
    return list(group)


class DuplicatesDialog(QDialog):
    def __init__(self, main, parent=None):
        super().__init__(parent or main)
        self.main = main
        self.changes = Changes()
        self.status_labels = labels(getattr(self.ws.people, "STATUSES", None))
        self.setWindowTitle(self.tr("Người có thể bị trùng"))

        self.groups = QListWidget()
        self.groups.currentRowChanged.connect(self._show_group)
        self.people = QTableWidget(0, 7)
        self.people.setHorizontalHeaderLabels([
            self.tr("Họ và tên"), self.tr("Năm sinh"), self.tr("CCCD"), self.tr("SĐT"), self.tr("Thôn"),
            self.tr("Trạng thái"), self.tr("Nguồn")])
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(self.tr("Chọn người cần giữ lại rồi bấm “Gộp”. Lịch sử mời, dự hội nghị và đăng ký "
                                   "của những người kia được chuyển sang người được giữ. Không có gì bị gộp tự động."))
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Gộp các bản ghi khác vào người đã chọn"))
        self.merge_button.clicked.connect(self.merge)
        self.summary = QLabel()

        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.people, 1)
        box.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.merge_button)
        box.addLayout(row)
        split = QSplitter()
        split.addWidget(self.groups)
        split.addWidget(right)
        split.setSizes([260, 640])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.resize(980, 520)
        self.load()

    @property
    def ws(self):
        return self.main.ws

    def load(self) -> None:
        self._groups = [rows for rows in (group_rows(g) for g in self.ws.people.possible_duplicates()) if len(rows) > 1]
        self.groups.clear()
        for rows in self._groups:
            first = rows[0]
            text = " · ".join(x for x in (first.get("full_name", ""), str(first.get("birth_year") or ""),
                                          unit_name(first, "village")) if x)
            self.groups.addItem(QListWidgetItem(self.tr("{text} ({n})").format(text=text, n=len(rows))))
        n = len(self._groups)
        self.summary.setText(self.tr("{n} nhóm có thể trùng", "", n).format(n=formatting.number(n)) if
                             self._groups else self.tr("Không thấy người nào có thể bị trùng."))
        if self._groups:
            self.groups.setCurrentRow(0)
        else:
            self.people.setRowCount(0)
        self.merge_button.setEnabled(bool(self._groups))

    def _show_group(self, index: int) -> None:
        rows = self._groups[index] if 0 <= index < len(self._groups) else []
        self.people.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = QTableWidgetItem(r.get("full_name", ""))
            name.setData(IdRole, r["id"])
            values = [name, str(r.get("birth_year") or ""), mask_id(r.get("citizen_id")), r.get("phone") or "",
                      unit_name(r, "village"), self.status_labels.get(r.get("status"), r.get("status") or ""),
                      r.get("source_list") or ""]
            for col, value in enumerate(values):
                self.people.setItem(i, col, value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value))
        if rows:
            self.people.selectRow(0)

    def keep_id(self) -> int | None:
        selected = self.people.selectionModel().selectedRows()
        return self.people.item(selected[0].row(), 0).data(IdRole) if selected else None

    def merge(self) -> None:
        keep = self.keep_id()
        index = self.groups.currentRow()
        if keep is None or not 0 <= index < len(self._groups):
            return
        rows = self._groups[index]
        others = [r["id"] for r in rows if r["id"] != keep]
        kept = next(r for r in rows if r["id"] == keep)
        question = self.tr("Giữ lại {name} và gộp {n} bản ghi khác vào đó? Việc gộp được ghi vào nhật ký.", "",
                           len(others)).format(
            name=kept.get("full_name", ""), n=len(others))
        if QMessageBox.question(self, self.tr("Gộp bản ghi trùng"), question) != QMessageBox.StandardButton.Yes:
            return
        ops.merge_people(self, keep_id=keep, other_ids=others).success(self._merged).refused(self._not_merged).run()

    def _merged(self, changes: Changes) -> None:
        self.changes = self.changes | changes
        self.load()

    def _not_merged(self, exc: UserError) -> None:
        self.changes = self.changes | Changes.of("people")   # the merges before the refused one are done
        QMessageBox.warning(self, self.tr("Không gộp được"), exc.message)
        self.load()

    def done(self, result: int) -> None:
        if self.changes.any() and hasattr(self.main, "apply"):
            self.main.apply(self.changes)
            self.changes = Changes()
        super().done(result)
