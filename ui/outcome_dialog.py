"""Outcomes of a conference: for each attendee, registered on the spot (voluntary SI, household HI, or both;
income, payment period and the person's support category for voluntary SI; the place in the household and the
period for household HI; the month paid from) or 'needs follow-up' by a collector. What goes on the collection
agency's lists (D05-TS, D03-TS) is asked here. The figures at the top (invited, attended, registered,
follow-up) come from core and update after each save.
"""
from __future__ import annotations

from core import formatting, i18n, parse
from core.changes import Changes
from core.attendance import HHI_MONTHS, VSI_MONTHS
from core.errors import UserError
from ui.invite_dialog import conference_label
from ui.operations import attendance as ops
from ui.people_model import labels, unit_name
from ui.qt import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                   QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QLocale, QPushButton, QRadioButton,
                   QSplitter, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
from ui.widgets import ErrorLabel, NumberSpinBox

INCOME_STEP = 50_000
DEFAULT_INCOME = 1_500_000   # the rural poverty line: the lowest income one may choose (DOMAIN.md)
PersonRole = Qt.ItemDataRole.UserRole


class OutcomeDialog(QDialog):
    def __init__(self, main, conference_id: int, parent=None):
        super().__init__(parent or main)
        self.main = main
        self.conference_id = conference_id
        self.changes = Changes()
        self._rows: list[dict] = []
        conference = self.ws.conferences.get(conference_id) or {}
        self.setWindowTitle(self.tr("Kết quả hội nghị — {name}").format(name=conference_label(conference)))

        self.figures = QLabel()
        font = self.figures.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.figures.setFont(font)

        self.attendees = QTableWidget(0, 4)
        self.attendees.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Năm sinh"), self.tr("Thôn"),
                                                  self.tr("Kết quả")])
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendees.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendees.verticalHeader().setVisible(False)
        self.attendees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.attendees.horizontalHeader().setStretchLastSection(True)
        self.attendees.itemSelectionChanged.connect(self._selected)

        # the outcome form
        self.registered = QRadioButton(self.tr("Đăng ký tại hội nghị"))
        self.follow_up = QRadioButton(self.tr("Cần vận động tiếp"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.registered)
        self.choice.addButton(self.follow_up)
        self.registered.setChecked(True)
        self.vsi = QCheckBox(self.tr("BHXH tự nguyện"))
        self.hhi = QCheckBox(self.tr("BHYT hộ gia đình"))
        self.income = NumberSpinBox(reader=parse.money)
        self.income.setRange(0, 200_000_000)
        self.income.setSingleStep(INCOME_STEP)
        self.income.setGroupSeparatorShown(True)
        if i18n.language() == "vi":   # 1.500.000 đ, as clerks write amounts
            self.income.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.income.setSuffix(" đ")
        self.income.setValue(DEFAULT_INCOME)
        self.period = QComboBox()
        for months in VSI_MONTHS:
            if months == 1:
                text = self.tr("Hằng tháng")
            elif months <= 12:
                text = self.tr("{n} tháng một lần", "", months).format(n=months)
            else:
                text = self.tr("Một lần cho {n} năm", "", months // 12).format(n=months // 12)
            self.period.addItem(text, months)
        self.support = QComboBox()  # the state's support depends on it (D05-TS)
        self.support.addItem(self.tr("Chưa rõ (tính là đối tượng khác)"), None)
        for code, text in labels(getattr(self.ws.people, "SUPPORT_CATEGORIES", None)).items():
            self.support.addItem(text, code)
        self.member = NumberSpinBox()  # household HI: the 1st member pays in full, the 2nd 70 %, … the 5th on 40 %
        self.member.setRange(0, 20)
        self.member.setSpecialValueText(self.tr("Chưa rõ"))
        self.member.setValue(1)
        self.hhi_period = QComboBox()
        for months in HHI_MONTHS:
            self.hhi_period.addItem(self.tr("{n} tháng một lần", "", months).format(n=months), months)
        self.hhi_period.setCurrentIndex(len(HHI_MONTHS) - 1)
        self.start_month = QLineEdit()
        self.start_month.setPlaceholderText(self.tr("tháng/năm, ví dụ 01/2026 (mặc định: tháng hội nghị)"))
        self.collector = QComboBox()
        for m in self.ws.groups.collectors():
            group = m.get("group_name") or ""
            self.collector.addItem(f"{m['full_name']} — {group}" if group else m["full_name"], m["id"])
        self.no_collectors = QLabel(self.tr("Chưa có nhân viên thu nào: thêm ở trang Nhóm vận động."))
        self.no_collectors.setVisible(self.collector.count() == 0)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Lưu kết quả"))
        self.save_button.clicked.connect(self.save)
        for w in (self.registered, self.follow_up, self.vsi, self.hhi):
            w.toggled.connect(self._update_enabled)

        self.vsi_box = QWidget()
        vsi_form = QFormLayout(self.vsi_box)
        vsi_form.setContentsMargins(24, 0, 0, 0)
        vsi_form.addRow(self.tr("Mức thu nhập tháng"), self.income)
        vsi_form.addRow(self.tr("Phương thức đóng"), self.period)
        vsi_form.addRow(self.tr("Diện hỗ trợ"), self.support)
        self.hhi_box = QWidget()
        hhi_form = QFormLayout(self.hhi_box)
        hhi_form.setContentsMargins(24, 0, 0, 0)
        hhi_form.addRow(self.tr("Người thứ mấy trong hộ"), self.member)
        hhi_form.addRow(self.tr("Phương thức đóng BHYT"), self.hhi_period)
        start_form = QFormLayout()
        start_form.setContentsMargins(24, 0, 0, 0)
        start_form.addRow(self.tr("Đóng từ tháng"), self.start_month)
        reg_box = QVBoxLayout()
        reg_box.addWidget(self.registered)
        schemes = QHBoxLayout()
        schemes.setContentsMargins(24, 0, 0, 0)
        schemes.addWidget(self.vsi)
        schemes.addWidget(self.hhi)
        schemes.addStretch(1)
        reg_box.addLayout(schemes)
        reg_box.addWidget(self.vsi_box)
        reg_box.addWidget(self.hhi_box)
        reg_box.addLayout(start_form)
        reg_box.addWidget(self.follow_up)
        follow = QFormLayout()
        follow.setContentsMargins(24, 0, 0, 0)
        follow.addRow(self.tr("Người thu phụ trách"), self.collector)
        reg_box.addLayout(follow)
        reg_box.addWidget(self.no_collectors)
        reg_box.addWidget(self.error)
        reg_box.addWidget(self.save_button)
        reg_box.addStretch(1)
        self.form = QGroupBox(self.tr("Kết quả của người đã chọn"))
        self.form.setLayout(reg_box)

        split = QSplitter()
        split.addWidget(self.attendees)
        split.addWidget(self.form)
        split.setSizes([640, 420])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.resize(1100, 580)
        self.load()
        self._update_enabled()

    @property
    def ws(self):
        return self.main.ws

    # --- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        f = self.ws.attendance.figures(self.conference_id)
        self.figures.setText(self.tr("Được mời: {invited}   Có mặt: {attended}   Đăng ký: {registered}   "
                                     "Cần vận động tiếp: {follow_up}").format(
            **{k: formatting.number(f.get(k, 0)) for k in ("invited", "attended", "registered", "follow_up")}))
        selected = self.selected_person()
        rows = self._attendee_rows()
        self._rows = rows
        self.attendees.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = QTableWidgetItem(r.get("full_name", ""))
            name.setData(PersonRole, r.get("person_id") or r.get("id"))
            self.attendees.setItem(i, 0, name)
            self.attendees.setItem(i, 1, QTableWidgetItem(str(r.get("birth_year") or "")))
            self.attendees.setItem(i, 2, QTableWidgetItem(unit_name(r, "village")))
            self.attendees.setItem(i, 3, QTableWidgetItem(self._outcome_text(r)))
            if selected is not None and name.data(PersonRole) == selected:
                self.attendees.selectRow(i)
        if selected is None and rows:
            self.attendees.selectRow(0)
        self.form.setEnabled(bool(rows))

    def _attendee_rows(self) -> list[dict]:
        return list(self.ws.attendance.attendees(self.conference_id))

    def _outcome_text(self, r: dict) -> str:
        schemes = r.get("schemes") or []
        if isinstance(schemes, str):
            schemes = [s for s in schemes.split(",") if s]
        names = {"vsi": self.tr("BHXH tự nguyện"), "hhi": self.tr("BHYT hộ gia đình")}
        if schemes:
            return self.tr("Đã đăng ký: {schemes}").format(schemes=", ".join(names.get(s, s) for s in schemes))
        if r.get("follow_up"):
            return self.tr("Cần vận động tiếp: {who}").format(who=r["follow_up"])
        return ""

    def selected_person(self) -> int | None:
        rows = self.attendees.selectionModel().selectedRows() if self.attendees.selectionModel() else []
        if not rows:
            return None
        return self.attendees.item(rows[0].row(), 0).data(PersonRole)

    def _selected(self) -> None:
        """Show the selected attendee's outcome so far (a saved outcome can be corrected)."""
        self.error.show_error("")
        rows = self.attendees.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return
        r = self._rows[rows[0].row()]
        person = self.ws.people.get(self.selected_person()) or {}
        self.support.setCurrentIndex(max(0, self.support.findData(person.get("support_category"))))
        schemes = [x for x in (r.get("schemes") or "").split(",") if x]
        self.vsi.setChecked("vsi" in schemes)
        self.hhi.setChecked("hhi" in schemes)
        if r.get("follow_up") and not schemes:
            self.follow_up.setChecked(True)
            i = self.collector.findText(r["follow_up"], Qt.MatchFlag.MatchStartsWith)
            if i >= 0:
                self.collector.setCurrentIndex(i)
        else:
            self.registered.setChecked(True)

    def _update_enabled(self, *_args) -> None:
        registered = self.registered.isChecked()
        self.vsi.setEnabled(registered)
        self.hhi.setEnabled(registered)
        self.vsi_box.setEnabled(registered and self.vsi.isChecked())
        self.hhi_box.setEnabled(registered and self.hhi.isChecked())
        # one payment period for both schemes: with voluntary SI chosen, its period is the one recorded
        self.hhi_period.setEnabled(registered and self.hhi.isChecked() and not self.vsi.isChecked())
        self.start_month.setEnabled(registered)
        self.collector.setEnabled(not registered)

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        person_id = self.selected_person()
        if person_id is None:
            self.error.show_error(self.tr("Chọn một người trong danh sách."))
            return
        kwargs: dict = {}
        if self.registered.isChecked():
            schemes = [code for code, box in (("vsi", self.vsi), ("hhi", self.hhi)) if box.isChecked()]
            if not schemes:
                self.error.show_error(self.tr("Chọn BHXH tự nguyện, BHYT hộ gia đình, hoặc cả hai."))
                return
            kwargs["schemes"] = schemes
            if "vsi" in schemes:
                kwargs["monthly_income"] = self.income.value()
                kwargs["payment_months"] = self.period.currentData()
                kwargs["support_category"] = self.support.currentData()
            if "hhi" in schemes:
                kwargs["household_member"] = self.member.value() or None
                kwargs.setdefault("payment_months", self.hhi_period.currentData())
            kwargs["start_month"] = self.start_month.text()
        else:
            if self.collector.currentData() is None:
                self.error.show_error(self.tr("Chọn người thu sẽ đến vận động tiếp."))
                return
            kwargs["follow_up_collector_id"] = self.collector.currentData()
        ops.record_outcome(self, conference_id=self.conference_id, person_id=person_id, outcome=kwargs) \
            .disabling(self.save_button).success(self._recorded).refused(self._refused).run()

    def _recorded(self, changes: Changes) -> None:
        self.changes = self.changes | changes
        self.error.show_error("")
        self.load()

    def _refused(self, exc: UserError) -> None:
        self.error.show_error(exc.message)

    def done(self, result: int) -> None:
        if self.changes.any() and hasattr(self.main, "apply"):
            self.main.apply(self.changes)
            self.changes = Changes()
        super().done(result)
