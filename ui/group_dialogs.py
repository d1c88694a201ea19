"""Outreach group and member forms. Both validate as you type and save on OK, as an op on the DB worker; a
refusal from core lands under its field.

The phone field uses core.phones: an invalid number is refused under the field; an old 11-digit mobile
number (01xx) is converted and the new number is shown, so the clerk sees what will be saved.
"""
from __future__ import annotations

from core import labels
from core.changes import Added, changes_of
from core.errors import UserError, ValidationError
from core.phones import parse_phone
from core.text import clean
from ui.operations import groups as ops
from ui.qt import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                   QPlainTextEdit, Qt, QVBoxLayout, tr)
from ui.widgets import ErrorLabel, ValidatedField, required


KINDS = tuple(labels.GROUP_KINDS)
kind_label = labels.group_kind


def phone_message(text: str, *, allow_landline: bool = False) -> tuple[str, str]:
    """(problem, note) for the phone as typed: a problem blocks OK; a note says what will be saved."""
    result = parse_phone(text, allow_landline=allow_landline, field=tr("Groups", "Số điện thoại"))
    return result.problem or "", result.warning or ""


class _Form(QDialog):
    """Shared mechanics: fields with an error under each, OK enabled only while valid, core errors on fields."""

    def _setup(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("GroupForms", "Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("GroupForms", "Huỷ bỏ"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, ValidatedField] = {}
        self.changes = None

    def _finish_layout(self, *extra) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        for field in self.fields.values():
            field.changed.connect(self.update_ok)
        self.update_ok()

    def update_ok(self) -> None:
        self.ok_button.setEnabled(all(f.is_valid() for f in self.fields.values()))

    def show_core_error(self, exc: UserError) -> None:
        pairs = exc.problems if isinstance(exc, ValidationError) and exc.problems else [(exc.field, exc.message)]
        leftover = []
        for where, message in pairs:
            field = self.fields.get(where or "")
            if field is not None:
                field.set_error(message)
            else:
                leftover.append(message)
        self.general_error.show_error("\n".join(leftover))

    def save(self) -> None:
        raise NotImplementedError

    def _saved(self, result) -> None:
        self.changes = changes_of(result)
        self.accept()


class PhoneField(ValidatedField):
    """A phone line edit: the problem under it blocks OK; a conversion note (old 01xx number) shows in amber."""

    def __init__(self, text: str = "", *, allow_landline: bool = False):
        self.allow_landline = allow_landline
        super().__init__(validator=lambda t: phone_message(t, allow_landline=allow_landline)[0], text=text,
                         placeholder="0912345678")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        self.note.setVisible(False)
        self.layout().addWidget(self.note)
        self.changed.connect(self._update_note)
        self._update_note()

    def _update_note(self) -> None:
        problem, note = phone_message(self.text(), allow_landline=self.allow_landline)
        self.note.setText("" if problem else note)
        self.note.setVisible(bool(note) and not problem)

    def phone(self) -> str:
        return parse_phone(self.text(), allow_landline=self.allow_landline).phone


class GroupDialog(_Form):
    def __init__(self, ws, group: dict | None = None, parent=None, *, kind: str | None = None):
        super().__init__(parent)
        self.ws = ws
        self.group_id = group["id"] if group else None
        self._setup(tr("GroupForms", "Sửa nhóm") if group else tr("GroupForms", "Thêm nhóm vận động"))
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(kind_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData((group or {}).get("kind") or kind)))
        self.fields["name"] = ValidatedField(required(lambda: tr("GroupForms", "Nhập tên nhóm.")),
                                             (group or {}).get("name", ""),
                                             tr("GroupForms", "Ví dụ: Bưu điện khu vực Sơn Hà - Sơn Tây"))
        self.fields["phone"] = PhoneField((group or {}).get("phone", ""), allow_landline=True)
        self.fields["address"] = ValidatedField(text=(group or {}).get("address", ""))
        self.notes = QPlainTextEdit((group or {}).get("notes", ""))
        self.notes.setFixedHeight(60)
        self.form.addRow(tr("GroupForms", "Loại nhóm"), self.kind)
        self.form.addRow(tr("GroupForms", "Tên nhóm"), self.fields["name"])
        self.form.addRow(tr("GroupForms", "Điện thoại"), self.fields["phone"])
        self.form.addRow(tr("GroupForms", "Địa chỉ"), self.fields["address"])
        self.form.addRow(tr("GroupForms", "Ghi chú"), self.notes)
        self._finish_layout()

    def save(self) -> None:
        if not all(f.check(show=True) for f in self.fields.values()):
            return self.update_ok()
        values = dict(kind=self.kind.currentData(), name=self.fields["name"].text(),
                      phone=self.fields["phone"].phone(), address=self.fields["address"].text(),
                      notes=self.notes.toPlainText().strip())
        ops.save_group(self, group_id=self.group_id, values=values).disabling(self.ok_button) \
            .success(self._saved).refused(self.show_core_error).run()

    def _saved(self, result) -> None:
        if isinstance(result, Added):
            self.group_id = result.id
        super()._saved(result)


class MemberDialog(_Form):
    """A member of a group; for a steering committee also the communes the member is assigned to."""

    def __init__(self, ws, group: dict, member: dict | None = None, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.group = group
        self.member_id = member["id"] if member else None
        self._setup(tr("GroupForms", "Sửa thành viên") if member else tr("GroupForms", "Thêm thành viên"))
        m = member or {}
        self.fields["full_name"] = ValidatedField(required(lambda: tr("GroupForms", "Nhập họ và tên.")),
                                                  m.get("full_name", ""), tr("GroupForms", "Ví dụ: Nguyễn Thị Hoa"))
        self.role = QComboBox()
        self.role.setEditable(True)
        for text in labels.MEMBER_ROLES.get(group["kind"], ()):
            self.role.addItem(labels.member_role(text), text)  # shown translated, saved in Vietnamese (it is data)
        known = self.role.findData(m.get("role")) if member else 0
        if known >= 0:
            self.role.setCurrentIndex(known)
        else:
            self.role.setCurrentText(m.get("role", ""))
        self.fields["position"] = ValidatedField(text=m.get("position", ""),
                                                 placeholder=tr("GroupForms", "Ví dụ: Phó Chủ tịch UBND xã"))
        self.fields["phone"] = PhoneField(m.get("phone", ""))
        self.notes = QLineEdit(m.get("notes", ""))
        self.collector_code = QLineEdit(m.get("collector_code", ""))  # on the agency's lists (D05-TS, D03-TS)
        self.collector_code.setPlaceholderText(tr("GroupForms", "mã do cơ quan BHXH cấp cho nhân viên thu"))
        self.form.addRow(tr("GroupForms", "Họ và tên"), self.fields["full_name"])
        self.form.addRow(tr("GroupForms", "Vai trò"), self.role)
        self.form.addRow(tr("GroupForms", "Chức vụ"), self.fields["position"])
        self.form.addRow(tr("GroupForms", "Điện thoại"), self.fields["phone"])
        if group["kind"] == "agency":
            self.form.addRow(tr("GroupForms", "Mã nhân viên thu"), self.collector_code)
        self.form.addRow(tr("GroupForms", "Ghi chú"), self.notes)
        self.units: QListWidget | None = None
        if group["kind"] == "steering_committee":
            self.units = QListWidget()
            self.units.setMaximumHeight(170)
            assigned_rows = ws.groups.member_units(self.member_id) if self.member_id else []
            assigned = {u["id"] for u in assigned_rows}
            communes = ws.units.communes()
            ids = {c["id"] for c in communes}  # keep a district or custom unit an older plan assigned
            for c in communes + [u for u in assigned_rows if u["id"] not in ids]:
                item = QListWidgetItem(c["name"])
                item.setData(Qt.ItemDataRole.UserRole, c["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if c["id"] in assigned else Qt.CheckState.Unchecked)
                self.units.addItem(item)
            self.form.addRow(tr("GroupForms", "Địa bàn phụ trách"), self.units)
        self._finish_layout()

    def unit_ids(self) -> list[int]:
        if self.units is None:
            return []
        return [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                if self.units.item(i).checkState() == Qt.CheckState.Checked]

    def _role(self) -> str:
        """A picked suggestion is saved in Vietnamese whatever the UI language; typed text as typed."""
        index = self.role.currentIndex()
        if index >= 0 and self.role.currentText() == self.role.itemText(index):
            return self.role.itemData(index)
        return clean(self.role.currentText())

    def save(self) -> None:
        if not all(f.check(show=True) for f in self.fields.values()):
            return self.update_ok()
        values = dict(full_name=self.fields["full_name"].text(), role=self._role(),
                      position=self.fields["position"].text(), phone=self.fields["phone"].phone(),
                      notes=clean(self.notes.text()))
        if self.group["kind"] == "agency":
            values["collector_code"] = clean(self.collector_code.text())
        ops.save_member(self, group_id=self.group["id"], member_id=self.member_id, values=values,
                        unit_ids=self.unit_ids() if self.units is not None else None) \
            .disabling(self.ok_button).success(self._saved).refused(self.show_core_error).run()

    def _saved(self, result) -> None:
        self.member_id = result.id
        super()._saved(result)
