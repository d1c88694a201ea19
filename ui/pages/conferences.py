"""Hội nghị: the office's conferences as a sortable list or a month calendar, with filters and quick actions."""
from __future__ import annotations

from core import formatting, parse
from core.changes import Changes
from core.conferences import shown_status
from ui import look
from ui.calendar_view import CalendarView
from ui.conference_dialogs import STATUSES, BulkScheduleDialog, ConferenceDialog, status_label
from ui.models import Column, FoldedFilterProxy, RecordRole, RowsModel
from ui.operations import conferences as ops
from ui.pages.base import Page
from ui.qt import (QAbstractItemView, QCheckBox, QComboBox, QDate, QEvent, QHBoxLayout, QKeySequence,
                   QLabel, QMessageBox, QPushButton, QShortcut, QStackedWidget, Qt, QTableView,
                   QVBoxLayout, iso, tr)
from ui.widgets import DateEdit, ErrorLabel, SearchBox, heading


def conference_columns() -> list[Column]:
    # titles are called at display time, so they follow the UI language; literal tr() calls for lupdate
    return [
        Column(lambda: tr("ConferencesPage", "Ngày"), "date", formatting.date),
        Column(lambda: tr("ConferencesPage", "Giờ"), "time"),
        Column(lambda: tr("ConferencesPage", "Loại"), "kind_name"),
        Column(lambda: tr("ConferencesPage", "Xã"), "commune_name"),
        Column(lambda: tr("ConferencesPage", "Thôn"), "village_name"),
        Column(lambda: tr("ConferencesPage", "Địa điểm"), "venue"),
        Column(lambda: tr("ConferencesPage", "Dự kiến"), "expected_invitees", formatting.number, align_right=True),
        Column(lambda: tr("ConferencesPage", "Đơn vị tổ chức"), "organiser_name"),
        Column(lambda: tr("ConferencesPage", "Trạng thái"), shown_status),
    ]


class ConferencesPage(Page):
    LIST, CALENDAR = 0, 1

    def __init__(self, main):
        super().__init__(main)
        self.model = RowsModel(conference_columns(), self)
        self.proxy = FoldedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.day_filter: str | None = None
        self._calendar_opened = False

        # --- toolbar: view switch, filters ---
        self.list_button = QPushButton(checkable=True)
        self.calendar_button = QPushButton(checkable=True)
        self.list_button.setChecked(True)
        self.commune = QComboBox()
        self.kind = QComboBox()
        self.status = QComboBox()
        self.use_dates = QCheckBox()
        today = QDate.currentDate()
        self.date_from = self._date_edit(QDate(today.year(), today.month(), 1))
        self.date_to = self._date_edit(QDate(today.year(), today.month(), today.daysInMonth()))
        self.search = SearchBox()
        self.filter_error = ErrorLabel()
        self.day_label = QLabel()
        self.clear_day_button = QPushButton()
        self.day_label.hide()
        self.clear_day_button.hide()

        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.bulk_button = QPushButton()
        # the status of the selected conferences is set from one menu: held, postponed, cancelled
        self.status_button, status_menu = look.menu_button("held")
        self.held_button = status_menu.addAction(look.icon("held"), "")
        self.postponed_button = status_menu.addAction(look.icon("postponed"), "")
        self.cancelled_button = status_menu.addAction(look.icon("cancelled"), "")
        # the people side of the selected conference (issue 3): invitations, the door, outcomes
        self.invite_button = QPushButton()
        self.checkin_button = QPushButton()
        self.outcome_button = QPushButton()
        self.print_button, print_menu = look.menu_button("print")  # the selected conference's papers
        self.print_invitations_action = print_menu.addAction(look.icon("invite"), "")
        self.print_signin_action = print_menu.addAction(look.icon("list"), "")
        self.registered_pdf_action = print_menu.addAction(look.icon("outcome"), "")
        self.registration_list_action = print_menu.addAction(look.icon("excel"), "")
        self.count_label = QLabel()
        for button, name in ((self.list_button, "list"), (self.calendar_button, "calendar"),
                             (self.edit_button, "edit"), (self.delete_button, "delete"),
                             (self.bulk_button, "schedule"),
                             (self.invite_button, "invite"), (self.checkin_button, "checkin"),
                             (self.outcome_button, "outcome")):
            look.decorate(button, name)
        look.primary(self.new_button, "add")

        self.title = heading()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.list_button)
        top.addWidget(self.calendar_button)
        self.filter_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        filters = QHBoxLayout()
        for label, widget in zip(self.filter_labels[:3], (self.commune, self.kind, self.status)):
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)

        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button, self.bulk_button):
            actions.addWidget(b)
        actions.addSpacing(12)
        actions.addWidget(self.status_button)
        actions.addSpacing(12)
        for b in (self.invite_button, self.checkin_button, self.outcome_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)

        info = QHBoxLayout()
        info.addWidget(self.count_label)
        info.addSpacing(12)
        info.addWidget(self.use_dates)
        info.addWidget(self.date_from)
        info.addWidget(self.filter_labels[3])
        info.addWidget(self.date_to)
        info.addSpacing(12)
        info.addWidget(self.day_label)
        info.addWidget(self.clear_day_button)
        info.addWidget(self.filter_error, 1)
        info.addWidget(self.search, 1)
        for combo in (self.commune, self.kind, self.status):  # combos may shrink: long names don't widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.commune.setMinimumContentsLength(13)
        self.kind.setMinimumContentsLength(18)

        # --- list and calendar ---
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.calendar = CalendarView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.calendar)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addLayout(info)
        layout.addWidget(self.stack, 1)

        self._fill_filters()
        self.retranslate()

        self.list_button.clicked.connect(lambda: self.set_view(self.LIST))
        self.calendar_button.clicked.connect(lambda: self.set_view(self.CALENDAR))
        for combo in (self.commune, self.kind, self.status):
            combo.currentIndexChanged.connect(self.reload)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.search.textChanged.connect(self._search_changed)
        self.new_button.clicked.connect(self.new_conference)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.bulk_button.clicked.connect(self.bulk_schedule)
        self.print_invitations_action.triggered.connect(self.print_invitations)
        self.print_signin_action.triggered.connect(self.print_signin)
        self.registration_list_action.triggered.connect(self.registration_list)
        self.registered_pdf_action.triggered.connect(self.registered_pdf)
        self.held_button.triggered.connect(lambda: self.mark("held"))
        self.postponed_button.triggered.connect(lambda: self.mark("postponed"))
        self.cancelled_button.triggered.connect(lambda: self.mark("cancelled"))
        self.invite_button.clicked.connect(self.invite)
        self.checkin_button.clicked.connect(self.check_in)
        self.outcome_button.clicked.connect(self.outcomes)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.calendar.conferenceActivated.connect(self.edit_conference)
        self.calendar.selectionChanged.connect(self._selection_changed)
        self.calendar.monthChanged.connect(self._calendar_month)
        self.calendar.dayClicked.connect(self.filter_day)
        self.clear_day_button.clicked.connect(lambda: self.filter_day(None))
        # keyboard-first: Enter edits, Delete deletes (with confirmation), Ctrl+N adds
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_conference)
        self._dates_toggled(False)
        self.reload()

    def eventFilter(self, obj, event):
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():
            self._fit_columns()  # the view got wider or narrower: share the room again
            return False
        if obj is self.table and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(obj, event)

    @staticmethod
    def _date_edit(value: QDate) -> DateEdit:
        edit = DateEdit()
        edit.setDate(value)
        return edit

    # --- filters ----------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        for combo in (self.commune, self.kind, self.status):
            combo.blockSignals(True)
        keep = (self.commune.currentData(), self.kind.currentData(), self.status.currentData())
        self.commune.clear()
        self.commune.addItem("", None)
        for c in self.ws.units.communes():
            self.commune.addItem(c["name"], c["id"])
        self.kind.clear()
        self.kind.addItem("", None)
        for k in self.ws.config.conference_kinds():
            self.kind.addItem(k["label"], k["code"])
        self.status.clear()
        self.status.addItem("", None)
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        for combo, value in zip((self.commune, self.kind, self.status), keep):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._retranslate_filter_items()

    def _retranslate_filter_items(self) -> None:
        self.commune.setItemText(0, self.tr("Tất cả các xã"))
        self.kind.setItemText(0, self.tr("Tất cả các loại"))
        self.status.setItemText(0, self.tr("Mọi trạng thái"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, status_label(self.status.itemData(i)))

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def date_problem(self) -> str:
        """Why the date range cannot filter ('' when it can): core's sentence for an unreadable date, or backwards.
        A blank date leaves that end open."""
        if not self.use_dates.isChecked():
            return ""
        if msg := self.date_from.problem() or self.date_to.problem():
            return msg
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and start > end:
            return self.tr("Khoảng ngày không hợp lệ: “từ ngày” sau “đến ngày”.")
        return ""

    def filters(self) -> dict | None:
        """The core list() filters; None when the date range cannot filter (the page says why, lists nothing)."""
        f = {"commune_id": self.commune.currentData(), "kind": self.kind.currentData(),
             "status": self.status.currentData()}
        if self.date_problem():
            return None
        if self.use_dates.isChecked():
            f["date_from"], f["date_to"] = self.date_from.value(), self.date_to.value()
        if self.day_filter:
            f["date_from"] = f["date_to"] = self.day_filter
        return f

    def filter_day(self, day: str | None) -> None:
        """A day clicked in the calendar narrows the list to that day (the calendar stays as it is)."""
        if self.stack.currentIndex() == self.CALENDAR and day is not None:
            self.day_filter = day
            self.set_view(self.LIST)
        else:
            self.day_filter = day
            self.reload()

    # --- loading ----------------------------------------------------------------------------------
    def reload(self, *_) -> None:
        f = self.filters()
        if f is None:
            self.filter_error.show_error(self.date_problem())
            self.model.set_rows([])
        else:
            self.filter_error.show_error("")
            self.model.set_rows(self.ws.conferences.list(**f))
        if self.day_filter:
            self.day_label.setText(self.tr("Ngày {date}").format(date=formatting.date(self.day_filter)))
        self.day_label.setVisible(bool(self.day_filter))
        self.clear_day_button.setVisible(bool(self.day_filter))
        self._fit_columns()
        self._load_calendar()
        self._update_count()
        self._selection_changed()

    FLEXIBLE = (2, 3, 4, 5, 7)  # kind, commune, village, venue, organiser: long texts, cut with a tooltip
    FLOOR = 80

    def _fit_columns(self) -> None:
        """Columns as wide as their text, the long ones narrowed in proportion so all fit the view."""
        header = self.table.horizontalHeader()
        widths = [max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                  for c in range(self.model.columnCount())]
        for c, w in enumerate(widths):
            self.table.setColumnWidth(c, w)
        room = self.table.viewport().width() - 4
        excess = sum(widths) - room
        spare = sum(max(0, widths[c] - self.FLOOR) for c in self.FLEXIBLE)
        if excess > 0 and spare > 0:
            ratio = min(1.0, excess / spare)
            for c in self.FLEXIBLE:
                cut = int(max(0, widths[c] - self.FLOOR) * ratio + 0.999)
                self.table.setColumnWidth(c, widths[c] - cut)

    def _load_calendar(self) -> None:
        f = self.filters()
        if f is None:
            self.calendar.set_rows([])
            return
        start, end = self.calendar.range()
        f = {**f, "date_from": start, "date_to": end}  # the calendar shows its own month, whatever the dates
        self.calendar.set_rows(self.ws.conferences.list(**f))

    def _calendar_month(self, year: int, month: int) -> None:
        self._load_calendar()
        self._update_count()

    def _update_count(self) -> None:
        if self.stack.currentIndex() == self.CALENDAR:
            shown = f"{self.calendar.year}-{self.calendar.month:02d}"
            month = sum(1 for r in self.calendar.rows if r["date"][:7] == shown)
            self.count_label.setText(self.tr("{count} hội nghị trong tháng", "", month).format(
                count=formatting.number(month)))
        else:
            n = self.proxy.rowCount()
            self.count_label.setText(self.tr("{count} hội nghị", "", n).format(count=formatting.number(n)))

    def refresh(self, changes: Changes) -> None:
        if changes.units or changes.config or changes.groups:
            self._fill_filters()
        if changes.conferences or changes.units or changes.config or changes.groups:
            self.reload()

    def set_view(self, view: int) -> None:
        self.stack.setCurrentIndex(view)
        self.list_button.setChecked(view == self.LIST)
        self.calendar_button.setChecked(view == self.CALENDAR)
        if view == self.CALENDAR:
            self.day_filter = None
            if not self._calendar_opened:
                self._calendar_opened = True
                self._open_calendar_where_conferences_are()
        self.reload()

    def _open_calendar_where_conferences_are(self) -> None:
        """First visit: this month if it has conferences, else the next month that has, else the last one."""
        today = QDate.currentDate()
        first, last = iso(QDate(today.year(), today.month(), 1)), iso(QDate(today.year(), today.month(),
                                                                           today.daysInMonth()))
        if self.ws.conferences.list(date_from=first, date_to=last):
            return
        upcoming = self.ws.conferences.list(date_from=first)
        rows = upcoming or self.ws.conferences.list()
        if rows:
            day = parse.stored_date((upcoming[0] if upcoming else rows[-1])["date"])
            self.calendar.set_month(day.year, day.month)

    # --- selection and actions ----------------------------------------------------------------------
    def selected(self) -> list[dict]:
        if self.stack.currentIndex() == self.CALENDAR:
            chosen = self.calendar.selected_id()
            return [r for r in self.calendar.rows if r["id"] == chosen]
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(i, RecordRole) for i in rows]

    def _selection_changed(self, *_) -> None:
        n = len(self.selected())
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n >= 1)
        for b in (self.held_button, self.postponed_button, self.cancelled_button, self.status_button):
            b.setEnabled(n >= 1)
        for b in (self.invite_button, self.checkin_button, self.outcome_button, self.print_button):
            b.setEnabled(n == 1)

    def print_invitations(self) -> None:
        from ui.print_dialog import InvitationPrintDialog
        [conference] = self.selected()
        InvitationPrintDialog(self.main, conference["id"], parent=self).exec()

    def print_signin(self) -> None:
        from ui import file_dialogs
        from ui.operations import documents
        [conference] = self.selected()
        path = file_dialogs.save_file(self, self.tr("Lưu danh sách ký tên"), self.tr("danh-sach-ky-ten.pdf"),
                                      "PDF (*.pdf)")
        if path:
            documents.print_signin(self, conference_id=conference["id"], path=path).success(
                lambda sheet: QMessageBox.information(self, self.tr("Đã lưu"), self.tr(
                    "Đã lưu danh sách ký tên ({n} người, {pages} trang) vào {path}.").format(
                    n=formatting.number(sheet.rows), pages=formatting.number(sheet.pages), path=sheet.path))).run()

    def registered_pdf(self) -> None:
        from ui import file_dialogs
        from ui.operations import documents
        [conference] = self.selected()
        path = file_dialogs.save_file(self, self.tr("Lưu danh sách người đăng ký"),
                                      self.tr("danh-sach-dang-ky.pdf"), "PDF (*.pdf)")
        if path:
            documents.registered_pdf(self, conference_id=conference["id"], path=path).success(
                lambda pages: QMessageBox.information(self, self.tr("Đã lưu"), self.tr(
                    "Đã lưu danh sách người đăng ký ({pages} trang) vào {path}.").format(
                    pages=formatting.number(pages), path=path))).run()

    def registration_list(self) -> None:
        from ui.registration_list_dialog import RegistrationListDialog
        [conference] = self.selected()
        RegistrationListDialog(self.main, conference["id"], parent=self).exec()

    def invite(self) -> None:
        from ui.invite_dialog import InviteDialog
        [conference] = self.selected()
        InviteDialog(self.main, conference_id=conference["id"], parent=self).exec()

    def check_in(self) -> None:
        from ui.checkin import CheckinScreen
        [conference] = self.selected()
        CheckinScreen(self.main, conference["id"], parent=self).exec()

    def outcomes(self) -> None:
        from ui.outcome_dialog import OutcomeDialog
        [conference] = self.selected()
        OutcomeDialog(self.main, conference["id"], parent=self).exec()

    def new_conference(self) -> None:
        day = self.day_filter
        dialog = ConferenceDialog(self.ws, None, self, date=day)
        if self.commune.currentData():
            dialog.commune.setCurrentIndex(dialog.commune.findData(self.commune.currentData()))
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)
            self.select_id(dialog.conference_id)

    def edit_selected(self, *_) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self.edit_conference(rows[0]["id"])

    def edit_conference(self, conference_id: int) -> None:
        conference = self.ws.conferences.get(conference_id)
        if conference is None:
            return
        dialog = ConferenceDialog(self.ws, conference, self)
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)
            self.select_id(conference_id)

    def delete_selected(self) -> None:
        rows = self.selected()
        if not rows:
            return
        if len(rows) == 1:
            r = rows[0]
            text = self.tr("Xoá hội nghị “{kind}” tại {commune} ngày {date}?").format(
                kind=r.get("kind_name") or "", commune=r.get("commune_name") or "", date=formatting.date(r["date"]))
        else:
            text = self.tr("Xoá {count} hội nghị đã chọn?", "", len(rows)).format(count=formatting.number(len(rows)))
        answer = QMessageBox.question(self, self.tr("Xoá hội nghị"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ops.delete_conferences(self, conference_ids=[r["id"] for r in rows]).success(self.main.apply).run()

    def mark(self, status: str) -> None:
        ids = [r["id"] for r in self.selected()]
        if ids:
            ops.set_status(self, conference_ids=ids, status=status).success(self.main.apply).run()

    def bulk_schedule(self) -> None:
        dialog = BulkScheduleDialog(self.ws, self)
        if not dialog.exec():
            return
        rows = dialog.rows()
        if rows:
            ops.add_conferences(self, rows=rows).success(self._bulk_done).run()

    def _bulk_done(self, result) -> None:
        self.main.apply(result.changes)
        if hasattr(self.main, "statusBar"):
            self.main.statusBar().showMessage(
                self.tr("Đã tạo {count} hội nghị.", "", len(result.ids)).format(
                    count=formatting.number(len(result.ids))), 5000)

    def select_id(self, conference_id) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, RecordRole)["id"] == conference_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Hội nghị"))
        self.list_button.setText(self.tr("Danh sách"))
        self.calendar_button.setText(self.tr("Lịch tháng"))
        for label, text in zip(self.filter_labels, (self.tr("Xã"), self.tr("Loại"), self.tr("Trạng thái"),
                                                    self.tr("đến"))):
            label.setText(text)
        self.use_dates.setText(self.tr("Từ ngày"))
        self.new_button.setText(self.tr("Thêm hội nghị"))
        self.new_button.setToolTip(self.tr("Thêm hội nghị (Ctrl+N)"))
        self.edit_button.setText(self.tr("Sửa"))
        self.edit_button.setToolTip(self.tr("Sửa hội nghị đã chọn (Enter)"))
        self.delete_button.setText(self.tr("Xoá"))
        self.delete_button.setToolTip(self.tr("Xoá hội nghị đã chọn (Delete)"))
        self.bulk_button.setText(self.tr("Lập lịch…"))
        self.bulk_button.setToolTip(self.tr("Lập lịch hàng loạt: nhiều hội nghị cho các xã theo một quy tắc"))
        self.status_button.setText(self.tr("Trạng thái"))
        self.status_button.setToolTip(self.tr("Đổi trạng thái các hội nghị đã chọn"))
        self.held_button.setText(self.tr("Đã tổ chức"))
        self.postponed_button.setText(self.tr("Hoãn"))
        self.cancelled_button.setText(self.tr("Huỷ"))
        self.held_button.setToolTip(self.tr("Đánh dấu các hội nghị đã chọn là đã tổ chức"))
        self.postponed_button.setToolTip(self.tr("Đánh dấu các hội nghị đã chọn là hoãn"))
        self.cancelled_button.setToolTip(self.tr("Đánh dấu các hội nghị đã chọn là đã huỷ"))
        self.invite_button.setText(self.tr("Mời…"))
        self.invite_button.setToolTip(self.tr("Mời người dự hội nghị đã chọn"))
        self.checkin_button.setText(self.tr("Điểm danh"))
        self.checkin_button.setToolTip(self.tr("Mở màn hình điểm danh tại cửa cho hội nghị đã chọn"))
        self.outcome_button.setText(self.tr("Kết quả…"))
        self.print_button.setText(self.tr("In"))
        self.print_invitations_action.setText(self.tr("Giấy mời…"))
        self.print_signin_action.setText(self.tr("Danh sách ký tên…"))
        self.print_signin_action.setToolTip(self.tr("Danh sách đại biểu ký tên tham dự, kèm theo giấy mời (PDF)"))
        self.registered_pdf_action.setText(self.tr("Danh sách người đăng ký (PDF)…"))
        self.registration_list_action.setText(self.tr("Danh sách đăng ký (D05-TS, D03-TS)…"))
        self.outcome_button.setToolTip(self.tr("Ghi đăng ký tham gia hoặc cần vận động tiếp cho người đã dự"))
        self.clear_day_button.setText(self.tr("Bỏ lọc ngày"))
        self._retranslate_filter_items()
        self.model.retranslate()
        self.calendar.retranslate()
        self._update_count()


