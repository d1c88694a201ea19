"""Invite people to a conference (from a search, from a filtered list, or the people page's selection), see
the codes, and record how each invitation was delivered. Also the small conference picker other screens use.
"""
from __future__ import annotations

import datetime as dt

from core import formatting
from core.changes import Changes
from core.errors import UserError
from ui.operations import invitations as ops
from ui.people_model import labels, unit_name
from ui.qt import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                   QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, Qt, QTableWidget,
                   QTableWidgetItem, QTabWidget, QTimer, QVBoxLayout, QWidget, tr)
from ui.widgets import SearchBox

IdRole = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 200


def conference_label(c: dict) -> str:
    title = c.get("title") or c.get("kind_name") or c.get("kind") or ""
    where = c.get("village_name") or c.get("commune_name") or ""
    return " · ".join(x for x in (formatting.date(c.get("date")), c.get("time") or "", title, where) if x)


def conferences_nearest_first(ws) -> list[dict]:
    """Today's and coming conferences first (soonest first), then past ones (latest first)."""
    today = dt.date.today().isoformat()
    rows = [c for c in ws.conferences.list() if c.get("status") != "cancelled"]
    coming = [c for c in rows if (c.get("date") or "") >= today]
    past = [c for c in rows if (c.get("date") or "") < today]
    return coming + past[::-1]


class ConferencePicker(QDialog):
    def __init__(self, ws, prompt: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("ConferencePicker", "Chọn hội nghị"))
        self.list = QListWidget()
        for c in conferences_nearest_first(ws):
            item = QListWidgetItem(conference_label(c))
            item.setData(IdRole, c["id"])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("ConferencePicker", "Chọn"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("ConferencePicker", "Huỷ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        empty = QLabel(tr("ConferencePicker", "Chưa có hội nghị nào. Hãy lên lịch ở trang Hội nghị."))
        empty.setVisible(self.list.count() == 0)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.list)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(IdRole) if item else None


def choose_conference(main, parent, prompt: str) -> int | None:
    picker = ConferencePicker(main.ws, prompt, parent)
    return picker.chosen() if picker.exec() else None


class InviteDialog(QDialog):
    def __init__(self, main, person_ids: list[int] | None = None, filters: dict | None = None,
                 conference_id: int | None = None, parent=None):
        super().__init__(parent or main)
        self.main = main
        self.changes = Changes()
        self.page_selection = list(person_ids or [])
        self.page_filters = {k: v for k, v in (filters or {}).items() if v not in (None, "")}
        self.setWindowTitle(self.tr("Mời dự hội nghị"))

        self.conference = QComboBox()
        for c in conferences_nearest_first(self.ws):
            self.conference.addItem(conference_label(c), c["id"])
        if conference_id is not None:
            self.conference.setCurrentIndex(max(0, self.conference.findData(conference_id)))
        self.conference.currentIndexChanged.connect(self.load_invitations)

        # tab 1: from a search
        self.search = SearchBox()
        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Năm sinh"), self.tr("Thôn"),
                                                self.tr("Xã")])
        self._table_setup(self.results)
        self.select_all = QPushButton(self.tr("Chọn tất cả"))
        self.select_all.clicked.connect(self._check_all)
        self.invite_checked = QPushButton(self.tr("Mời những người đã đánh dấu"))
        self.invite_checked.clicked.connect(self._invite_checked)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_timer.start)
        search_tab = QWidget()
        box = QVBoxLayout(search_tab)
        box.addWidget(self.search)
        box.addWidget(self.results, 1)
        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addStretch(1)
        row.addWidget(self.invite_checked)
        box.addLayout(row)

        # tab 2: a filtered list (village, status, target group, an imported list)
        people = self.ws.people
        self.f_commune, self.f_village, self.f_status, self.f_group, self.f_job = (QComboBox() for _ in range(5))
        self.f_job.addItem(self.tr("Mọi danh sách"), None)
        for job in people.import_jobs():
            if not job["undone_at"]:
                self.f_job.addItem(self.tr("{file} (nhập ngày {date}, {n} người mới)", "", job["created"]).format(
                    file=job["file_name"], date=formatting.date(job["at"]), n=formatting.number(job["created"])),
                    job["id"])
        self.f_commune.addItem(self.tr("Tất cả các xã"), None)
        for c in self.ws.units.communes():
            self.f_commune.addItem(c["name"], c["id"])
        self.f_status.addItem(self.tr("Mọi trạng thái"), None)
        for code, label in labels(getattr(people, "STATUSES", None)).items():
            self.f_status.addItem(label, code)
        self.f_group.addItem(self.tr("Mọi nhóm đối tượng"), None)
        for code, label in labels(getattr(people, "TARGET_GROUPS", None)).items():
            self.f_group.addItem(label, code)
        self.f_commune.currentIndexChanged.connect(self._filter_commune_changed)
        for combo in (self.f_village, self.f_status, self.f_group, self.f_job):
            combo.currentIndexChanged.connect(self._update_filter_count)
        self.filter_count = QLabel()
        self.invite_filtered = QPushButton(self.tr("Mời tất cả những người này"))
        self.invite_filtered.clicked.connect(self._invite_filtered)
        filter_tab = QWidget()
        form = QFormLayout(filter_tab)
        form.addRow(self.tr("Xã"), self.f_commune)
        form.addRow(self.tr("Thôn"), self.f_village)
        form.addRow(self.tr("Trạng thái"), self.f_status)
        form.addRow(self.tr("Nhóm đối tượng"), self.f_group)
        form.addRow(self.tr("Danh sách đã nhập"), self.f_job)
        form.addRow(self.filter_count)
        form.addRow(self.invite_filtered)
        self._filter_commune_changed()

        # tab 3: the invitations made, with codes and delivery
        self.invited = QTableWidget(0, 5)
        self.invited.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Thôn"), self.tr("Mã giấy mời"),
                                                self.tr("Giao giấy mời"), self.tr("Giao qua")])
        self._table_setup(self.invited)
        self.invited_count = QLabel()
        self.withdraw_button = QPushButton(self.tr("Rút giấy mời đã chọn…"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.invited.itemSelectionChanged.connect(
            lambda: self.withdraw_button.setEnabled(bool(self.invited.selectionModel().selectedRows())))
        invited_tab = QWidget()
        box = QVBoxLayout(invited_tab)
        top = QHBoxLayout()
        top.addWidget(self.invited_count, 1)
        top.addWidget(self.withdraw_button)
        box.addLayout(top)
        box.addWidget(self.invited, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(search_tab, self.tr("Từ tìm kiếm"))
        self.tabs.addTab(filter_tab, self.tr("Từ danh sách lọc"))
        self.tabs.addTab(invited_tab, self.tr("Đã mời"))

        self.selection_button = QPushButton()
        self.selection_button.clicked.connect(self._invite_selection)
        self.selection_button.setVisible(bool(self.page_selection))
        self.selection_button.setText(self.tr("Mời {n} người đã chọn ở trang Người tham gia", "",
                                              len(self.page_selection)).format(
            n=formatting.number(len(self.page_selection))))
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        head = QFormLayout()
        head.addRow(self.tr("Hội nghị"), self.conference)
        layout.addLayout(head)
        layout.addWidget(self.selection_button)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 600)
        self.load_invitations()

    @property
    def ws(self):
        return self.main.ws

    def conference_id(self) -> int | None:
        return self.conference.currentData()

    @staticmethod
    def _table_setup(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    # --- search tab -------------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text().strip()
        rows = self.ws.people.search(text, limit=SEARCH_LIMIT) if text else []
        self.results.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = QTableWidgetItem(r.get("full_name", ""))
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(IdRole, r["id"])
            self.results.setItem(i, 0, name)
            self.results.setItem(i, 1, QTableWidgetItem(str(r.get("birth_year") or "")))
            self.results.setItem(i, 2, QTableWidgetItem(unit_name(r, "village")))
            self.results.setItem(i, 3, QTableWidgetItem(unit_name(r, "commune")))

    def _check_all(self) -> None:
        for i in range(self.results.rowCount()):
            self.results.item(i, 0).setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> list[int]:
        return [self.results.item(i, 0).data(IdRole) for i in range(self.results.rowCount())
                if self.results.item(i, 0).checkState() == Qt.CheckState.Checked]

    def _invite_checked(self) -> None:
        self.invite_ids(self.checked_ids())

    def _invite_selection(self) -> None:
        self.invite_ids(self.page_selection)

    # --- filter tab -------------------------------------------------------------------------------
    def _filter_commune_changed(self, *_args) -> None:
        commune_id = self.f_commune.currentData()
        self.f_village.blockSignals(True)
        self.f_village.clear()
        self.f_village.addItem(self.tr("Tất cả các thôn"), None)
        if commune_id:
            for v in self.ws.units.villages(commune_id):
                self.f_village.addItem(v["name"], v["id"])
        self.f_village.blockSignals(False)
        self._update_filter_count()

    def list_filters(self) -> dict:
        values = {"commune_id": self.f_commune.currentData(), "village_id": self.f_village.currentData(),
                  "status": self.f_status.currentData(), "target_group": self.f_group.currentData(),
                  "import_job_id": self.f_job.currentData()}
        return {k: v for k, v in values.items() if v not in (None, "")}

    def _update_filter_count(self, *_args) -> None:
        n = self.ws.people.count(self.list_filters())
        self.filter_count.setText(self.tr("{n} người khớp bộ lọc", "", n).format(n=formatting.number(n)))
        self.invite_filtered.setEnabled(n > 0)

    def _invite_filtered(self) -> None:
        self.invite_ids(list(self.ws.people.ids(self.list_filters(), "name")))

    # --- inviting ---------------------------------------------------------------------------------
    def invite_ids(self, person_ids: list[int]) -> None:
        conference_id = self.conference_id()
        if conference_id is None:
            self.message.setText(self.tr("Chọn một hội nghị trước."))
            return
        if not person_ids:
            self.message.setText(self.tr("Chưa chọn ai để mời."))
            return
        ops.invite(self, conference_id=conference_id, person_ids=list(person_ids)) \
            .success(self._invited).refused(self._refused).run()

    def _invited(self, result) -> None:
        self.changes = self.changes | result.changes
        self.message.setText(self.tr("Đã mời {n} người. Người đã được mời trước đó được bỏ qua.", "",
                                     len(result.made)).format(
            n=formatting.number(len(result.made))))
        self.load_invitations()
        self.tabs.setCurrentIndex(2)

    def _refused(self, exc: UserError) -> None:
        self.message.setText(exc.message)

    # --- invitations and delivery -----------------------------------------------------------------
    def load_invitations(self, *_args) -> None:
        conference_id = self.conference_id()
        rows = self.ws.invitations.list(conference_id) if conference_id is not None else []
        delivery = labels(getattr(self.ws.invitations, "DELIVERY", None))
        self.invited.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = QTableWidgetItem(r.get("full_name", ""))
            name.setData(IdRole, r.get("id") or r.get("invitation_id"))
            self.invited.setItem(i, 0, name)
            self.invited.setItem(i, 1, QTableWidgetItem(unit_name(r, "village")))
            code = QTableWidgetItem(r.get("code", ""))
            code.setFont(self._mono())
            self.invited.setItem(i, 2, code)
            combo = QComboBox()
            for status, label in delivery.items():
                combo.addItem(label, status)
            combo.setCurrentIndex(max(0, combo.findData(r.get("delivery_status") or "pending")))
            via = QLineEdit(r.get("delivered_via") or "")
            invitation_id = r.get("id") or r.get("invitation_id")
            combo.currentIndexChanged.connect(self._delivery_slot(invitation_id, combo, via))
            via.editingFinished.connect(self._delivery_slot(invitation_id, combo, via))
            self.invited.setCellWidget(i, 3, combo)
            self.invited.setCellWidget(i, 4, via)
        n = len(rows)
        self.invited_count.setText(self.tr("{n} người đã được mời", "", n).format(n=formatting.number(n)))

    def _mono(self):
        font = self.font()
        font.setFamily("monospace")
        font.setBold(True)
        return font

    def withdraw_selected(self) -> None:
        """Take back the invitations chosen in 'Đã mời', after asking (core refuses one whose person is in)."""
        chosen = [self.invited.item(index.row(), 0) for index in self.invited.selectionModel().selectedRows()]
        if not chosen:
            return
        names = ", ".join(item.text() for item in chosen)
        if QMessageBox.question(self, self.tr("Rút giấy mời"),
                                self.tr("Rút giấy mời của {names}? Việc rút được ghi vào nhật ký.").format(names=names)
                                ) != QMessageBox.StandardButton.Yes:
            return
        for item in chosen:
            ops.withdraw(self, invitation_id=item.data(IdRole)) \
                .success(self._withdrawn).refused(self._refused).run()

    def _withdrawn(self, changes: Changes) -> None:
        self._note(changes)
        self.load_invitations()

    def _delivery_slot(self, invitation_id, combo: QComboBox, via: QLineEdit):
        def save(*_args):
            ops.set_delivery(self, invitation_id=invitation_id, status=combo.currentData(), via=via.text()) \
                .success(self._note).refused(self._refused).run()
        return save

    def _note(self, changes: Changes) -> None:
        self.changes = self.changes | changes

    def done(self, result: int) -> None:
        self._search_timer.stop()
        if self.changes.any() and hasattr(self.main, "apply"):
            self.main.apply(self.changes)
            self.changes = Changes()
        super().done(result)
