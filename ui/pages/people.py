"""The Người tham gia page: search and filter the people registry (up to 500.000 rows, lazily) and reach the
import wizard, invitations, check-in, outcomes, duplicates and the handover export.

Citizen IDs show masked (•••• •••• 1234) unless the clerk ticks "Hiện số CCCD đầy đủ": Decree 13/2023 asks to
show the full number only where the work needs it, and finding a person needs the last digits at most. The tick
is not remembered, so the page always opens masked.
"""
from __future__ import annotations

from functools import partial

from core import formatting
from core.changes import Changes
from ui import file_dialogs, look
from ui.operations import attendance as attendance_ops
from ui.operations import people as ops
from ui.operations import show_error
from ui.people_model import COL_NAME, SORT_ORDERS, PeopleModel, labels
from ui.pages.base import Page
from ui.qt import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                   QKeySequence, QMessageBox, QPushButton, QShortcut, Qt, QTableView, QTimer,
                   QVBoxLayout)
from ui.widgets import SearchBox, heading

SEARCH_DELAY_MS = 250


class PeoplePage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.title = heading()
        self.count_label = QLabel()
        self.search = SearchBox(placeholder=lambda: self.tr(
            "Tìm theo tên, số CCCD, số điện thoại hoặc thôn (gõ không dấu được)…"))
        self.search.setMinimumWidth(260)
        self.commune = QComboBox()
        self.village = QComboBox()
        self.status = QComboBox()
        self.target_group = QComboBox()
        for combo in (self.commune, self.village, self.status, self.target_group):
            # combos may shrink below their longest entry: the page must fit a 1366-pixel screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.reveal = QCheckBox()

        self.model = PeopleModel(self.ws, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((190, 70, 60, 120, 100, 150, 150, 140, 150, 100)):
            header.resizeSection(col, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)

        # add / edit / delete, then the list's files and checks, then what is done at a conference (one menu)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for group in ((("add", "add-person", self.add_person), ("edit", "edit", self.edit_person),
                       ("delete", "delete", self.delete_people)),
                      (("import", "import", self.import_people), ("duplicates", "duplicates", self.duplicates),
                       ("handover", "export", self.export_handover))):
            for key, icon_name, slot in group:
                button = look.decorate(QPushButton(), icon_name)
                button.clicked.connect(slot)
                self.buttons[key] = button
                bar.addWidget(button)
            bar.addSpacing(16)
        look.primary(self.buttons["add"], "add-person")
        self.conference_button, menu = look.menu_button("conferences")
        self.conference_actions = {key: menu.addAction(look.icon(icon_name), "")
                                   for key, icon_name in (("invite", "invite"), ("print", "print"), ("checkin", "checkin"),
                                                          ("outcomes", "outcome"))}
        for key, slot in (("invite", self.invite), ("print", self.print_invitations), ("checkin", self.check_in),
                          ("outcomes", self.outcomes)):
            self.conference_actions[key].triggered.connect(slot)
        bar.addWidget(self.conference_button)
        bar.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.commune, self.village, self.status, self.target_group):
            filters.addWidget(combo)
        filters.addWidget(self.reveal)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._serial = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.search.textChanged.connect(self._timer.start)
        self.commune.currentIndexChanged.connect(self._commune_changed)
        for combo in (self.village, self.status, self.target_group):
            combo.currentIndexChanged.connect(self.run_query)
        self.reveal.toggled.connect(self.model.set_reveal_ids)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        for keys, slot in ((QKeySequence.StandardKey.Find, self.search.setFocus),
                           (QKeySequence.StandardKey.New, self.add_person),
                           (QKeySequence.StandardKey.Delete, self.delete_people)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.table.activated.connect(self.edit_person)   # Enter on a row

        self.retranslate()
        self._fill_filters()
        self.run_query()

    def _sort_changed(self, column: int, order) -> None:
        """Header clicks sort in core; a column core cannot order by puts the indicator back."""
        if column not in SORT_ORDERS:
            current = next(c for c, key in SORT_ORDERS.items() if key == self.model.order)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.run_query(order=SORT_ORDERS[column], descending=order == Qt.SortOrder.DescendingOrder)

    # --- filters and query ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        people = self.ws.people
        self._refill(self.commune, self.tr("Tất cả các xã"), [(c["id"], c["name"]) for c in self.ws.units.communes()])
        self._refill(self.status, self.tr("Mọi trạng thái"), list(labels(getattr(people, "STATUSES", None)).items()))
        self._refill(self.target_group, self.tr("Mọi nhóm đối tượng"),
                     list(labels(getattr(people, "TARGET_GROUPS", None)).items()))
        self._commune_changed(run=False)

    @staticmethod
    def _refill(combo: QComboBox, all_text: str, items: list) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for value, text in items:
            combo.addItem(text, value)
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    def _commune_changed(self, *_args, run: bool = True) -> None:
        commune_id = self.commune.currentData()
        villages = [(v["id"], v["name"]) for v in self.ws.units.villages(commune_id)] if commune_id else []
        self._refill(self.village, self.tr("Tất cả các thôn"), villages)
        self.village.setEnabled(bool(commune_id))
        if run:
            self.run_query()

    def filters(self) -> dict:
        return {"search": self.search.text().strip(), "commune_id": self.commune.currentData(),
                "village_id": self.village.currentData(), "status": self.status.currentData(),
                "target_group": self.target_group.currentData()}

    def run_query(self, *_args, order: str | None = None, descending: bool | None = None,
                  keep_rows: bool = False) -> None:
        """Ask core for the ordered ids. With a DB worker the query runs there (a sort over 500.000 people may
        take a second or two): the table keeps working meanwhile, and only the newest answer is shown."""
        self._timer.stop()
        args = self.model.query(self.filters(), order, descending)
        if getattr(self.main, "worker", None) is None:
            current = self.current_id() if keep_rows else None
            try:
                self.model.set_query(*args, keep_rows=keep_rows)
            except Exception as exc:  # a bad filter value must not leave the page broken
                show_error(self, exc)
            self._update_count()
            self._select(current)
            return
        self._serial += 1
        serial = self._serial
        ops.find_people(self, query=args).success(partial(self._got_ids, serial, args, keep_rows)).run()

    def _got_ids(self, serial: int, args: tuple, keep_rows: bool, ids: list[int]) -> None:
        if serial != self._serial:   # an older query answered after a newer one was asked: drop it
            return
        current = self.current_id() if keep_rows else None
        self.model.set_ids(ids, *args, keep_rows=keep_rows)
        self._update_count()
        self._select(current)

    def _select(self, person_id: int | None) -> None:
        """Select a person again after the list was reloaded (if still in it)."""
        if person_id is None or self.model.person_id(self.table.currentIndex().row()) == person_id:
            return
        row = self.model.row_of(person_id)
        if row is None:
            return
        self.model.fetch_all_to(row)
        self.table.selectRow(row)

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("{n} người", "", total).format(n=formatting.number(total)))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [pid for pid in (self.model.person_id(r) for r in rows) if pid is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.person_id(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _update_buttons(self, *_args) -> None:
        n = len(self.selected_ids())
        self.buttons["edit"].setEnabled(n == 1)
        self.buttons["delete"].setEnabled(n >= 1)

    # --- refresh ----------------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes.units or changes.office:
            self._fill_filters()
        if changes.people or changes.units or changes.office:
            self.run_query(keep_rows=True)
        elif changes.invitations or changes.attendance:
            self.model.invalidate()   # statuses may have moved on; the set of people has not

    def retranslate(self) -> None:
        self.title.setText(self.tr("Người tham gia"))
        self.search.retranslate()
        self.reveal.setText(self.tr("Hiện số CCCD đầy đủ"))
        self.reveal.setToolTip(self.tr("Số CCCD là dữ liệu cá nhân (Nghị định 13/2023): mặc định chỉ hiện 4 số cuối."))
        texts = {"add": self.tr("Thêm người"), "edit": self.tr("Sửa"), "delete": self.tr("Xoá"),
                 "import": self.tr("Nhập từ Excel…"), "duplicates": self.tr("Trùng lặp…"),
                 "handover": self.tr("Xuất danh sách cần vận động tiếp…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.conference_button.setText(self.tr("Hội nghị"))
        for key, text in (("invite", self.tr("Mời dự hội nghị…")),
                          ("print", self.tr("In giấy mời cho người đã chọn…")), ("checkin", self.tr("Điểm danh…")),
                          ("outcomes", self.tr("Kết quả/Theo dõi…"))):
            self.conference_actions[key].setText(text)
        self.model.retranslate()
        self._update_count()
        if self.commune.count():
            self._fill_filters()

    # --- actions ----------------------------------------------------------------------------------
    def add_person(self) -> None:
        from ui.person_dialog import PersonDialog
        PersonDialog(self.main, parent=self).exec()

    def edit_person(self, *_args) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        from ui.person_dialog import PersonDialog
        PersonDialog(self.main, person_id, parent=self).exec()

    def delete_people(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            name = (self.ws.people.get(ids[0]) or {}).get("full_name", "")
            question = self.tr("Xoá {name} khỏi danh sách?").format(name=name)
        else:
            question = self.tr("Xoá {n} người đã chọn khỏi danh sách?", "", len(ids)).format(
                n=formatting.number(len(ids)))
        if QMessageBox.question(self, self.tr("Xoá"), question) != QMessageBox.StandardButton.Yes:
            return
        ops.delete_people(self, person_ids=ids).success(self.main.apply).failure(self._delete_failed).run()

    def _delete_failed(self, exc: Exception) -> None:
        show_error(self, exc)
        self.main.apply(Changes.of("people"))   # those before the one refused are gone

    def import_people(self) -> None:
        from ui.people_import_wizard import ImportWizard
        ImportWizard(self.main, parent=self).exec()

    def invite(self) -> None:
        from ui.invite_dialog import InviteDialog
        InviteDialog(self.main, person_ids=self.selected_ids(), filters=self.filters(), parent=self).exec()

    def print_invitations(self) -> None:
        """The invitations of the people selected here, to the conference the clerk picks."""
        from ui.invite_dialog import choose_conference
        from ui.print_dialog import InvitationPrintDialog
        chosen = self.selected_ids()
        if not chosen:
            QMessageBox.information(self, self.tr("In giấy mời"), self.tr("Chọn những người cần in giấy mời."))
            return
        conference_id = choose_conference(self.main, self, self.tr("In giấy mời của hội nghị nào?"))
        if conference_id is not None:
            InvitationPrintDialog(self.main, conference_id, person_ids=chosen, parent=self).exec()

    def check_in(self) -> None:
        from ui.checkin import CheckinScreen
        from ui.invite_dialog import choose_conference
        conference_id = choose_conference(self.main, self, self.tr("Điểm danh cho hội nghị nào?"))
        if conference_id is not None:
            CheckinScreen(self.main, conference_id, parent=self).exec()

    def outcomes(self) -> None:
        from ui.invite_dialog import choose_conference
        from ui.outcome_dialog import OutcomeDialog
        conference_id = choose_conference(self.main, self, self.tr("Ghi kết quả cho hội nghị nào?"))
        if conference_id is not None:
            OutcomeDialog(self.main, conference_id, parent=self).exec()

    def duplicates(self) -> None:
        from ui.duplicates_dialog import DuplicatesDialog
        DuplicatesDialog(self.main, parent=self).exec()

    def export_handover(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Xuất danh sách cần vận động tiếp"),
                                      self.tr("danh-sach-can-van-dong-tiep.xlsx"), "Excel (*.xlsx);;PDF (*.pdf)")
        if not path:
            return
        if path.lower().endswith(".pdf"):  # to print and hand over; the .xlsx is for the agency's own work
            from ui.operations import documents
            documents.handover_pdf(self, path=path).success(lambda _pages: self._exported(path)).run()
            return
        attendance_ops.export_handover(self, path=path).success(self._exported).run()

    def _exported(self, path) -> None:
        QMessageBox.information(self, self.tr("Đã xuất"), self.tr(
            "Đã lưu danh sách vào {path}.\nTệp có số điện thoại của từng người (dữ liệu cá nhân): "
            "chỉ giao cho người thu phụ trách.").format(path=path))

