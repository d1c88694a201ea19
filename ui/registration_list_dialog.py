"""The list the collection agency files, D05-TS (voluntary SI) or D03-TS (household HI): the people who registered
at a conference or within dates, for one agency or all, saved as .xlsx (and as a PDF appendix). The totals and the
cells left blank are said when it is saved (core.documents.registration_lists)."""
from __future__ import annotations

import datetime as dt

from core import formatting
from ui import file_dialogs, look
from ui.operations import documents as ops
from ui.qt import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                   QMessageBox, QRadioButton, QVBoxLayout, tr)
from ui.widgets import DateEdit, ErrorLabel


class RegistrationListDialog(QDialog):
    def __init__(self, main, conference_id: int | None = None, parent=None):
        super().__init__(parent)
        self.main, self.conference_id = main, conference_id
        self.setWindowTitle(tr("RegistrationList", "Danh sách cho tổ chức dịch vụ thu"))
        self.form_choice = QComboBox()
        self.form_choice.addItem(tr("RegistrationList", "D05-TS: người tham gia BHXH tự nguyện"), "d05-ts")
        self.form_choice.addItem(tr("RegistrationList", "D03-TS: người chỉ tham gia BHYT (hộ gia đình)"), "d03-ts")
        self.at_conference = QRadioButton(tr("RegistrationList", "Đăng ký tại hội nghị đã chọn"))
        self.within = QRadioButton(tr("RegistrationList", "Đăng ký trong khoảng ngày"))
        scope = QButtonGroup(self)
        for button in (self.at_conference, self.within):
            scope.addButton(button)
        self.at_conference.setEnabled(conference_id is not None)
        (self.at_conference if conference_id is not None else self.within).setChecked(True)
        today = dt.date.today()
        self.date_from = DateEdit(today.replace(day=1).isoformat())
        self.date_to = DateEdit(today.isoformat())
        self.agency = QComboBox()
        self.agency.addItem(tr("RegistrationList", "Mọi tổ chức dịch vụ thu"), None)
        for g in main.ws.groups.list():
            if g["kind"] == "agency":
                self.agency.addItem(g["name"], g["name"])
        self.with_pdf = QCheckBox(tr("RegistrationList", "Lưu thêm bản PDF (phụ lục)"))
        self.error = ErrorLabel()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(tr("RegistrationList", "đến")))
        dates.addWidget(self.date_to)
        form = QFormLayout()
        form.addRow(tr("RegistrationList", "Mẫu"), self.form_choice)
        form.addRow(tr("RegistrationList", "Những người"), self.at_conference)
        form.addRow("", self.within)
        form.addRow("", dates)
        form.addRow(tr("RegistrationList", "Tổ chức dịch vụ thu"), self.agency)
        form.addRow("", self.with_pdf)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr("RegistrationList", "Lưu danh sách…"))
        look.primary(save, "excel")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("RegistrationList", "Đóng"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for w in (self.at_conference, self.within):
            w.toggled.connect(self._scope_changed)
        self._scope_changed()

    def _scope_changed(self, *_args) -> None:
        for w in (self.date_from, self.date_to):
            w.setEnabled(self.within.isChecked())

    def choices(self) -> dict:
        if self.at_conference.isChecked():
            return {"form": self.form_choice.currentData(), "conference_id": self.conference_id,
                    "agency": self.agency.currentData()}
        return {"form": self.form_choice.currentData(), "date_from": self.date_from.for_core(),
                "date_to": self.date_to.for_core(), "agency": self.agency.currentData()}

    def save(self, out: str | None = None, pdf: str | None = None) -> None:
        """Ask where (unless told), then write the list on the worker."""
        args = self.choices()
        out = out or file_dialogs.save_file(self, tr("RegistrationList", "Lưu danh sách"),
                                            f"{args['form'].upper()}.xlsx", "Excel (*.xlsx)")
        if not out:
            return
        if pdf is None and self.with_pdf.isChecked():
            pdf = str(out)[:-5] + ".pdf" if str(out).lower().endswith(".xlsx") else str(out) + ".pdf"
        ops.registration_list(self, out=out, pdf=pdf, **args).success(
            lambda reg: self._saved(reg, out, pdf)).refused(lambda exc: self.error.show_error(exc.message)).run()

    def _saved(self, reg, out, pdf) -> None:
        self.error.show_error("")
        totals = reg.to_json()
        text = tr("RegistrationList", "Đã lưu {n} người vào {path}{pdf}.\nPhải đóng {due} đ; NSNN hỗ trợ {support} đ; "
                  "người tham gia đóng {pays} đ.").format(
            n=formatting.number(totals["rows"]), path=out, pdf=f" và {pdf}" if pdf else "",
            due=formatting.number(totals["amount_due"]), support=formatting.number(totals["state_support"]),
            pays=formatting.number(totals["person_pays"]))
        if reg.warnings:
            text += "\n\n" + tr("RegistrationList", "Ô để trống (điền tay hoặc bổ sung trong phần mềm): {n}").format(
                n=len(reg.warnings)) + "\n" + "\n".join(reg.warnings[:12])
        self.last_saved = reg
        QMessageBox.information(self, tr("RegistrationList", "Đã lưu danh sách"), text)
