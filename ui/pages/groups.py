"""Nhóm vận động: collection agencies, advisory teams, associations and the steering committee.

Tabs by kind on top; the groups on the left; on the right the chosen group's members (with, for the
steering committee, the communes each member is assigned to) and the communes the group covers.
"""
from __future__ import annotations

from core import formatting, labels
from core.changes import Changes
from core.groups import MIN_TEAM
from core.text import name_sort_text
from ui import look
from ui.group_dialogs import KINDS, GroupDialog, MemberDialog, kind_label
from ui.models import Column, RecordRole, RowsModel, SortRole
from ui.operations import groups as ops
from ui.pages.base import Page
from ui.qt import (QAbstractItemView, QEvent, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                   QMessageBox, QPushButton, QSplitter, Qt, QTabBar, QTableView, QTabWidget, QVBoxLayout, QWidget,
                   tr)
from ui.widgets import heading, muted


class MembersModel(RowsModel):
    """Members sort by Vietnamese name order (given name first), as person lists do."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == SortRole and index.isValid() and index.column() == 0 and index.row() < len(self.rows):
            return name_sort_text(self.rows[index.row()].get("full_name") or "")
        return super().data(index, role)


def group_columns() -> list[Column]:
    return [Column(lambda: tr("GroupsPage", "Tên nhóm"), "name"),
            Column(lambda: tr("GroupsPage", "Loại"), "kind", kind_label),
            Column(lambda: tr("GroupsPage", "Thành viên"), "member_count", formatting.number, align_right=True)]


def member_columns(with_units: bool) -> list[Column]:
    cols = [Column(lambda: tr("GroupsPage", "Họ và tên"), "full_name"),
            Column(lambda: tr("GroupsPage", "Vai trò"), "role", labels.member_role),
            Column(lambda: tr("GroupsPage", "Chức vụ"), "position"),
            Column(lambda: tr("GroupsPage", "Điện thoại"), "phone")]
    if with_units:
        cols.append(Column(lambda: tr("GroupsPage", "Địa bàn phụ trách"), "units"))
    return cols


class GroupsPage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.tabs = QTabBar()
        self.tabs.addTab("")
        for _ in KINDS:
            self.tabs.addTab("")
        self.tabs.setExpanding(False)

        # --- left: the groups ---
        self.group_model = RowsModel(group_columns(), self)
        self.group_table = QTableView()
        self.group_table.setModel(self.group_model)
        self.group_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.group_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.group_table.verticalHeader().setVisible(False)
        self.group_table.setWordWrap(False)
        self.group_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_group_button = QPushButton()
        self.edit_group_button = QPushButton()
        self.delete_group_button = QPushButton()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        lb = QHBoxLayout()
        for b in (self.add_group_button, self.edit_group_button, self.delete_group_button):
            lb.addWidget(b)
        lb.addStretch(1)
        ll.addLayout(lb)
        ll.addWidget(self.group_table, 1)

        # --- right: the chosen group ---
        self.title = heading(size=1.15)
        self.info = muted(QLabel())
        self.info.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.warning.hide()
        self.detail_tabs = QTabWidget()

        self.member_model = MembersModel(member_columns(False), self)
        self.member_table = QTableView()
        self.member_table.setModel(self.member_model)
        self.member_table.setSortingEnabled(True)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.setAlternatingRowColors(True)
        self.member_table.verticalHeader().setVisible(False)
        self.member_table.setWordWrap(False)
        self.add_member_button = QPushButton()
        self.edit_member_button = QPushButton()
        self.delete_member_button = QPushButton()
        members = QWidget()
        ml = QVBoxLayout(members)
        mb = QHBoxLayout()
        for b in (self.add_member_button, self.edit_member_button, self.delete_member_button):
            mb.addWidget(b)
        mb.addStretch(1)
        ml.addLayout(mb)
        ml.addWidget(self.member_table, 1)

        self.coverage = QListWidget()
        self.coverage_hint = muted(QLabel())
        self.coverage_hint.setWordWrap(True)
        self.save_coverage_button = QPushButton()
        self.coverage_all_button = QPushButton()
        cover = QWidget()
        cl = QVBoxLayout(cover)
        cl.addWidget(self.coverage_hint)
        cl.addWidget(self.coverage, 1)
        cb = QHBoxLayout()
        cb.addWidget(self.coverage_all_button)
        cb.addStretch(1)
        cb.addWidget(self.save_coverage_button)
        cl.addLayout(cb)
        self.detail_tabs.addTab(members, "")
        self.detail_tabs.addTab(cover, "")

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.info)
        rl.addWidget(self.warning)
        rl.addWidget(self.detail_tabs, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 700])
        for button, name in ((self.edit_group_button, "edit"), (self.delete_group_button, "delete"),
                             (self.add_member_button, "add-person"), (self.edit_member_button, "edit"),
                             (self.delete_member_button, "delete"), (self.save_coverage_button, "save")):
            look.decorate(button, name)
        look.primary(self.add_group_button, "add")
        self.page_title = heading()
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_title)
        layout.addWidget(self.tabs)
        layout.addWidget(self.splitter, 1)

        self.retranslate()
        self.tabs.currentChanged.connect(self.reload)
        self.group_table.selectionModel().currentRowChanged.connect(self._group_changed)
        self.group_table.doubleClicked.connect(self.edit_group)
        self.add_group_button.clicked.connect(self.add_group)
        self.edit_group_button.clicked.connect(self.edit_group)
        self.delete_group_button.clicked.connect(self.delete_group)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.delete_member_button.clicked.connect(self.delete_member)
        self.member_table.doubleClicked.connect(self.edit_member)
        self.member_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.coverage.itemChanged.connect(self._coverage_edited)
        self.save_coverage_button.clicked.connect(self.save_coverage)
        self.coverage_all_button.clicked.connect(self._check_all_coverage)
        self._keys = {self.group_table: (self.edit_group, self.delete_group),
                      self.member_table: (self.edit_member, self.delete_member)}
        for table in self._keys:
            table.installEventFilter(self)
        self.reload()

    def eventFilter(self, obj, event):
        """Keyboard-first: Enter edits, Delete deletes (after asking) in both tables."""
        if obj in getattr(self, "_keys", {}) and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            edit, delete = self._keys[obj]
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                edit()
                return True
            if event.key() == Qt.Key.Key_Delete:
                delete()
                return True
        return super().eventFilter(obj, event)

    # --- loading ----------------------------------------------------------------------------------
    def kind(self) -> str | None:
        index = self.tabs.currentIndex()
        return KINDS[index - 1] if index > 0 else None

    def reload(self, *_) -> None:
        keep = self.current_group_id()
        groups = self.ws.groups.list(kind=self.kind())
        self.group_model.set_rows(groups)
        self.group_table.setColumnHidden(1, self.kind() is not None)  # a kind tab: the kind column says nothing
        self.group_table.resizeColumnToContents(1)
        self.group_table.resizeColumnToContents(2)
        if not any(g["id"] == keep for g in groups):  # another tab: start at its first group
            keep = groups[0]["id"] if groups else None
        self.select_group(keep)
        if self.current_group_id() is None:
            self._show_group(None)

    def current_group(self) -> dict | None:
        index = self.group_table.currentIndex()
        return self.group_model.data(index, RecordRole) if index.isValid() else None

    def current_group_id(self) -> int | None:
        g = self.current_group()
        return g["id"] if g else None

    def select_group(self, group_id) -> None:
        for row, g in enumerate(self.group_model.rows):
            if g["id"] == group_id:
                self.group_table.selectRow(row)
                self.group_table.setCurrentIndex(self.group_model.index(row, 0))
                self._show_group(g)
                return

    def _group_changed(self, *_) -> None:
        self._show_group(self.current_group())

    def _show_group(self, group: dict | None) -> None:
        self.detail_tabs.setEnabled(group is not None)
        if group is None:
            self.title.setText(self.tr("Chưa chọn nhóm"))
            self.info.setText("")
            self.warning.hide()
            self.member_model.set_rows([])
            self.coverage.clear()
            self._update_buttons()
            return
        self.title.setText(group["name"])
        parts = [kind_label(group["kind"])]
        if group.get("phone"):
            parts.append(self.tr("ĐT: {phone}").format(phone=group["phone"]))
        if group.get("address"):
            parts.append(group["address"])
        self.info.setText(" · ".join(parts))
        steering = group["kind"] == "steering_committee"
        if (len(self.member_model.columns) == 5) != steering:
            self.member_model.columns = member_columns(steering)
        members = self.ws.groups.members(group["id"])
        self.member_model.set_rows(members)
        self.member_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.member_table.resizeColumnsToContents()
        self.member_table.horizontalHeader().setStretchLastSection(True)
        if group["kind"] == "advisory_team" and len(members) < MIN_TEAM:
            self.warning.setText(self.tr("Tổ tư vấn cần ít nhất {min} người; hiện có {count}.", "", MIN_TEAM).format(
                min=MIN_TEAM, count=formatting.number(len(members))))
            self.warning.show()
        else:
            self.warning.hide()
        self._load_coverage(group)
        self._update_buttons()

    def _load_coverage(self, group: dict) -> None:
        covered = {u["id"] for u in self.ws.groups.coverage(group["id"])}
        self.coverage.blockSignals(True)
        self.coverage.clear()
        for c in self.ws.units.communes():
            item = QListWidgetItem(c["name"])
            item.setData(Qt.ItemDataRole.UserRole, c["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c["id"] in covered else Qt.CheckState.Unchecked)
            self.coverage.addItem(item)
        self.coverage.blockSignals(False)
        self._saved_coverage = covered
        self._coverage_edited()

    def coverage_ids(self) -> list[int]:
        return [self.coverage.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.coverage.count())
                if self.coverage.item(i).checkState() == Qt.CheckState.Checked]

    def _coverage_edited(self, *_) -> None:
        ids = set(self.coverage_ids())
        self.save_coverage_button.setEnabled(ids != getattr(self, "_saved_coverage", set()))
        self.coverage_hint.setText(self.tr("Nhóm phụ trách {count}/{total} xã. Đánh dấu rồi bấm “Lưu địa bàn”.", "",
                                           self.coverage.count())
                                   .format(count=formatting.number(len(ids)),
                                           total=formatting.number(self.coverage.count())))

    def _check_all_coverage(self) -> None:
        target = Qt.CheckState.Unchecked if len(self.coverage_ids()) == self.coverage.count() \
            else Qt.CheckState.Checked
        for i in range(self.coverage.count()):
            self.coverage.item(i).setCheckState(target)

    def _update_buttons(self, *_) -> None:
        has_group = self.current_group() is not None
        has_member = bool(self.member_table.selectionModel().selectedRows())
        self.edit_group_button.setEnabled(has_group)
        self.delete_group_button.setEnabled(has_group)
        self.add_member_button.setEnabled(has_group)
        self.edit_member_button.setEnabled(has_member)
        self.delete_member_button.setEnabled(has_member)

    def refresh(self, changes: Changes) -> None:
        if changes.groups or changes.units:
            self.reload()

    # --- actions ----------------------------------------------------------------------------------
    def add_group(self) -> None:
        dialog = GroupDialog(self.ws, None, self, kind=self.kind())
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)
            if self.kind() not in (None, dialog.kind.currentData()):
                self.tabs.setCurrentIndex(0)
            self.select_group(dialog.group_id)

    def edit_group(self, *_) -> None:
        group = self.current_group()
        if group is None:
            return
        dialog = GroupDialog(self.ws, self.ws.groups.get(group["id"]) or group, self)
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)

    def delete_group(self) -> None:
        group = self.current_group()
        if group is None or not self._confirm(self.tr("Xoá nhóm"), self.tr("Xoá nhóm “{name}” cùng các thành viên?")
                                              .format(name=group["name"])):
            return
        ops.delete_group(self, group_id=group["id"]).success(self.main.apply).run()

    def current_member(self) -> dict | None:
        rows = self.member_table.selectionModel().selectedRows()
        return self.member_model.data(rows[0], RecordRole) if rows else None

    def add_member(self) -> None:
        group = self.current_group()
        if group is None:
            return
        dialog = MemberDialog(self.ws, group, None, self)
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)

    def edit_member(self, *_) -> None:
        group, member = self.current_group(), self.current_member()
        if group is None or member is None:
            return
        dialog = MemberDialog(self.ws, group, member, self)
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)

    def delete_member(self) -> None:
        member = self.current_member()
        if member is None or not self._confirm(self.tr("Xoá thành viên"), self.tr("Xoá “{name}” khỏi nhóm?")
                                               .format(name=member["full_name"])):
            return
        ops.delete_member(self, member_id=member["id"]).success(self.main.apply).run()

    def save_coverage(self) -> None:
        group = self.current_group()
        if group is None:
            return
        ops.set_coverage(self, group_id=group["id"], unit_ids=self.coverage_ids()).success(self.main.apply).run()

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Tất cả"))
        for i, code in enumerate(KINDS, start=1):
            self.tabs.setTabText(i, kind_label(code))
        self.page_title.setText(self.tr("Nhóm vận động"))
        self.add_group_button.setText(self.tr("Thêm nhóm"))
        self.edit_group_button.setText(self.tr("Sửa"))
        self.delete_group_button.setText(self.tr("Xoá"))
        self.add_member_button.setText(self.tr("Thêm thành viên"))
        self.edit_member_button.setText(self.tr("Sửa"))
        self.delete_member_button.setText(self.tr("Xoá"))
        self.save_coverage_button.setText(self.tr("Lưu địa bàn"))
        self.coverage_all_button.setText(self.tr("Chọn/bỏ tất cả"))
        self.detail_tabs.setTabText(0, self.tr("Thành viên"))
        self.detail_tabs.setTabText(1, self.tr("Địa bàn phụ trách"))
        self.group_model.retranslate()
        self.member_model.retranslate()
        self.group_table.resizeColumnToContents(1)  # kind names change length with the language
        if hasattr(self, "_saved_coverage"):  # built: re-set the texts made from data
            self._show_group(self.current_group())
