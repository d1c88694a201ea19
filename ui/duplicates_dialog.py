"""Possible duplicates for review: the same name (ignoring case, spaces and tone marks), birth year and village.

Nothing is merged automatically. The clerk picks the record to keep and merges the others into it; core keeps
the history of both (invitations, attendance, registrations move to the kept record; the other becomes a
tombstone pointing at it). Or the clerk answers "Không trùng" (not the same person) for the group, or for the
two or more people selected in it: core records it and the pair is not listed again; the last such answer given
here can be taken back ("Hoàn tác").
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
        self._groups: list[list[dict]] = []
        self.status_labels = labels(getattr(self.ws.people, "STATUSES", None))
        self.setWindowTitle(self.tr("Người có thể bị trùng"))

        self.groups = QListWidget()  # a group per entry: the name, then its year and village on a second line
        self.groups.setWordWrap(True)
        self.groups.setSpacing(3)
        self.groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups.currentRowChanged.connect(self._show_group)
        self.people = QTableWidget(0, 7)
        self.people.setHorizontalHeaderLabels([
            self.tr("Họ và tên"), self.tr("Năm sinh"), self.tr("CCCD"), self.tr("SĐT"), self.tr("Thôn"),
            self.tr("Trạng thái"), self.tr("Nguồn")])
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().setVisible(False)
        self.people.itemSelectionChanged.connect(self._selection_changed)
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(self.tr("Chọn người cần giữ lại rồi bấm “Gộp”. Lịch sử mời, dự hội nghị và đăng ký "
                                   "của những người kia được chuyển sang người được giữ. Nếu đây là những người khác "
                                   "nhau, bấm “Không trùng” (chọn từ hai người trở lên để chỉ ghi cho những người "
                                   "đó). Không có gì bị gộp tự động."))
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Gộp các bản ghi khác vào người đã chọn"))
        self.merge_button.clicked.connect(self.merge)
        self.distinct_button = QPushButton(self.tr("Không trùng"))
        self.distinct_button.setToolTip(self.tr("Ghi rằng đây là những người khác nhau: họ không còn được đưa ra là "
                                                "có thể trùng nhau."))
        self.distinct_button.clicked.connect(self.mark_distinct)
        self.undo_button = QPushButton(self.tr("Hoàn tác “Không trùng”"))
        self.undo_button.clicked.connect(self.undo_distinct)
        self.undo_button.setEnabled(False)
        self.last_marked: list[int] = []  # the records the last "Không trùng" made, for its undo
        self.summary = QLabel()

        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.people, 1)
        box.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.distinct_button)
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
            where = " · ".join(x for x in (str(first.get("birth_year") or ""), unit_name(first, "village")) if x)
            text = self.tr("{text} ({n})").format(text=first.get("full_name", ""), n=len(rows))
            self.groups.addItem(QListWidgetItem(text + ("\n" + where if where else "")))
        n = len(self._groups)
        self.summary.setText(self.tr("{n} nhóm có thể trùng", "", n).format(n=formatting.number(n)) if
                             self._groups else self.tr("Không thấy người nào có thể bị trùng."))
        if self._groups:
            self.groups.setCurrentRow(0)
        else:
            self.people.setRowCount(0)
        self._selection_changed()

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

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.people.selectionModel().selectedRows())
        return [self.people.item(r, 0).data(IdRole) for r in rows]

    def keep_id(self) -> int | None:
        """The one person selected (merging needs exactly one to keep)."""
        selected = self.selected_ids()
        return selected[0] if len(selected) == 1 else None

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.keep_id() is not None)
        self.distinct_button.setEnabled(bool(self._groups) and 0 <= self.groups.currentRow() < len(self._groups))

    def distinct_ids(self) -> list[int]:
        """Whom "Không trùng" is for: the people selected when two or more are, else the whole group."""
        index = self.groups.currentRow()
        if not 0 <= index < len(self._groups):
            return []
        chosen = self.selected_ids()
        return chosen if len(chosen) > 1 else [r["id"] for r in self._groups[index]]

    def mark_distinct(self) -> None:
        ids = self.distinct_ids()
        if len(ids) < 2:
            return
        question = self.tr("Ghi {n} người này là những người khác nhau? Họ sẽ không còn được đưa ra là có thể trùng "
                           "nhau. Việc này được ghi vào nhật ký.", "", len(ids)).format(n=formatting.number(len(ids)))
        if QMessageBox.question(self, self.tr("Không trùng"), question) != QMessageBox.StandardButton.Yes:
            return
        ops.mark_not_duplicates(self, person_ids=ids).success(self._marked).run()

    def _marked(self, result) -> None:
        self.last_marked = list(result.ids)
        self.changes = self.changes | result.changes
        self.undo_button.setEnabled(bool(self.last_marked))
        self.load()

    def undo_distinct(self) -> None:
        if self.last_marked:
            ops.undo_not_duplicates(self, record_ids=self.last_marked).success(self._unmarked).run()

    def _unmarked(self, changes: Changes) -> None:
        self.last_marked = []
        self.changes = self.changes | changes
        self.undo_button.setEnabled(False)
        self.load()

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
