"""Possible duplicates for review: the same name (ignoring case, spaces and tone marks), birth year and village.

Nothing is merged automatically. The clerk picks the record to keep and merges the others into it: those of them
who may be that person (core's merge_plan leaves out whoever was told apart from the kept one or from another
of them, and the dialog says who and why). With two or more selected, only those are merged, into the current
row (the person the clerk points at). Core keeps the history of both (invitations, attendance, registrations
move to the kept record; the other becomes a tombstone pointing at it). Or the clerk answers "Không trùng" (not
the same person) for the group, or for the two or more people selected in it: core records it and the pair is
not listed again; the last such answer given here can be taken back ("Hoàn tác") until a merge.
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
        self.people = QTableWidget(0, 8)
        self.people.setHorizontalHeaderLabels([
            self.tr("Họ và tên"), self.tr("Mã"), self.tr("Năm sinh"), self.tr("CCCD"), self.tr("SĐT"), self.tr("Thôn"),
            self.tr("Trạng thái"), self.tr("Nguồn")])
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().setVisible(False)
        self.people.itemSelectionChanged.connect(self._selection_changed)
        self.people.selectionModel().currentRowChanged.connect(self._selection_changed)  # whom a merge keeps
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(self.tr("Chọn người cần giữ lại rồi bấm “Gộp”: những người khác trong nhóm có thể là người "
                                   "đó được gộp vào. Để chỉ gộp một số người, chọn họ cùng người cần giữ, người cần "
                                   "giữ chọn sau cùng. Lịch sử mời, dự hội nghị và đăng ký của những người được gộp "
                                   "được chuyển sang người được giữ. Nếu đây là những người khác nhau, bấm “Không "
                                   "trùng” (chọn từ hai người trở lên để chỉ ghi cho những người đó). Không có gì bị "
                                   "gộp tự động."))
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self._merge_text())
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
            values = [name, str(r["id"]), str(r.get("birth_year") or ""), mask_id(r.get("citizen_id")),
                      r.get("phone") or "", unit_name(r, "village"),
                      self.status_labels.get(r.get("status"), r.get("status") or ""), r.get("source_list") or ""]
            for col, value in enumerate(values):
                self.people.setItem(i, col, value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value))
        if rows:
            self.people.selectRow(0)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.people.selectionModel().selectedRows())
        return [self.people.item(r, 0).data(IdRole) for r in rows]

    def keep_id(self) -> int | None:
        """Whom "Gộp" keeps: the one person selected; with two or more selected, the current row among them (the
        person the clerk points at: the last one clicked); None when the current row is not selected."""
        selected = self.selected_ids()
        if len(selected) == 1:
            return selected[0]
        current = self.people.currentRow()
        if len(selected) > 1 and current >= 0 and self.people.selectionModel().isRowSelected(current):
            return self.people.item(current, 0).data(IdRole)
        return None

    def _merge_text(self, keep: int | None = None) -> str:
        if keep is not None and len(self.selected_ids()) > 1:
            return self.tr("Gộp những người đã chọn vào mã {id}").format(id=keep)
        return self.tr("Gộp các bản ghi khác vào người đã chọn")

    def _selection_changed(self, *_args) -> None:
        keep = self.keep_id()
        self.merge_button.setEnabled(keep is not None)
        self.merge_button.setText(self._merge_text(keep))
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
        """Merge into the person kept: the people selected with it, or, with it alone selected, the others of the
        group who may be that person (the rest are left out, and the question says who and why)."""
        keep = self.keep_id()
        index = self.groups.currentRow()
        if keep is None or not 0 <= index < len(self._groups):
            return
        rows = self._groups[index]
        kept = next(r for r in rows if r["id"] == keep)
        who = {"name": kept.get("full_name", ""), "id": keep}
        selected = self.selected_ids()
        chosen = len(selected) > 1
        plan = self.ws.people.merge_plan(keep, [i for i in (selected if chosen else [r["id"] for r in rows])
                                                if i != keep])
        names = {r["id"]: r.get("full_name", "") for r in rows}
        if chosen and plan.left_out:   # the clerk's own choice: all of them or none
            QMessageBox.warning(self, self.tr("Không gộp được"), "\n".join(
                [self.tr("Không gộp được những người đã chọn vào {name} (mã {id}):").format(**who)]
                + self._left_out_lines(plan.left_out, names)))
            return
        if not plan.merge:
            QMessageBox.information(self, self.tr("Gộp bản ghi trùng"), "\n".join(
                [self.tr("Không có ai để gộp vào {name} (mã {id}): những người còn lại có thể là người "
                         "khác.").format(**who)]
                + self._left_out_lines(plan.left_out, names)
                + [self.tr("Để gộp một người trong số họ, chọn người đó cùng người cần giữ (người cần giữ chọn sau "
                           "cùng) rồi bấm “Gộp”.")]))
            return
        n = len(plan.merge)
        question = self.tr("Giữ lại {name} (mã {id}) và gộp {n} bản ghi khác vào đó? Việc gộp được ghi vào nhật ký.",
                           "", n).format(n=formatting.number(n), **who)
        if plan.left_out:
            m = len(plan.left_out)
            question += "\n\n" + "\n".join(
                [self.tr("Không gộp {n} người sau vì có thể là người khác:", "", m).format(n=formatting.number(m))]
                + self._left_out_lines(plan.left_out, names))
        if QMessageBox.question(self, self.tr("Gộp bản ghi trùng"), question) != QMessageBox.StandardButton.Yes:
            return
        ops.merge_people(self, keep_id=keep, other_ids=plan.merge).success(self._merged) \
            .refused(self._not_merged).run()

    def _left_out_lines(self, left_out: dict, names: dict) -> list[str]:
        """A line per person left out of a merge: who, and whom they cannot be (by id: the names are alike)."""
        lines = []
        for person_id, apart in left_out.items():
            for reason in ("not_duplicates", "citizen_id"):
                ids = ", ".join(str(i) for i, why in apart if why == reason)
                if not ids:
                    continue
                text = self.tr("{name} (mã {id}): đã được ghi là khác người mã {ids} (“Không trùng”).") \
                    if reason == "not_duplicates" else self.tr("{name} (mã {id}): có số CCCD khác người mã {ids}.")
                lines.append("• " + text.format(name=names.get(person_id, ""), id=person_id, ids=ids))
        return lines

    def _merged(self, changes: Changes) -> None:
        self.changes = self.changes | changes
        # a merge carries the "Không trùng" records over to the person kept, deleting some: the last answer's
        # records may be gone or mean another pair now, so it can no longer be taken back here
        self.last_marked = []
        self.undo_button.setEnabled(False)
        self.load()

    def _not_merged(self, exc: UserError) -> None:
        # merge_many is one transaction: a refusal merged nobody, so nothing to refresh and the clerk's selection
        # stays as it was
        QMessageBox.warning(self, self.tr("Không gộp được"), exc.message)

    def done(self, result: int) -> None:
        if self.changes.any() and hasattr(self.main, "apply"):
            self.main.apply(self.changes)
            self.changes = Changes()
        super().done(result)
