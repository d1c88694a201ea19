"""Add or edit one person; also the walk-in form of the check-in screen.

Every edit runs core's ws.people.validate(values): problems show in red under their field, warnings (an old
phone number converted, a lost leading zero restored) in amber, so the clerk sees what will be stored before
saving. Nothing is written until OK; the write is one core call, an op on the DB worker.
"""
from __future__ import annotations

from functools import partial

from core import formatting
from core.changes import Changes, changes_of
from core.errors import UserError, ValidationError
from ui.operations import attendance as attendance_ops
from ui.operations import people as people_ops
from ui.people_model import labels, unit_name
from ui.qt import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                   QVBoxLayout, QWidget)
from ui.widgets import ErrorLabel

WARNING_COLOR = "#8a5a00"
# core names some problems after the idea ('birth', 'commune'); the form shows them under these fields
PROBLEM_SLOT = {"birth": "birth_year", "birth_male": "birth_year", "birth_female": "birth_year",
                "commune": "commune_id", "village": "village_id"}
TEXT_FIELDS = ("full_name", "birth_year", "birth_date", "citizen_id", "phone", "address", "occupation",
               "source_list")


class _Slot(QWidget):
    """A field widget with its error (red) and warning (amber) lines under it."""

    def __init__(self, widget, parent=None):
        super().__init__(parent)
        self.widget = widget
        self.error = ErrorLabel()
        self.warning = ErrorLabel()
        self.warning.setStyleSheet(f"color: {WARNING_COLOR};")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(self.error)
        box.addWidget(self.warning)
        self.setFocusProxy(widget)


class PersonDialog(QDialog):
    def __init__(self, main, person_id: int | None = None, parent=None, walk_in_conference_id: int | None = None,
                 initial: dict | None = None):
        super().__init__(parent or main)
        self.main = main
        self.person_id = person_id
        self.walk_in_conference_id = walk_in_conference_id
        self.result_info: dict | None = None
        self.checkin_result = None      # a walk-in's CheckinResult, for the check-in screen
        self.changes = None
        self._touched: set[str] = set()
        self._problems: dict = {}
        people = self.ws.people

        self.edits: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS:
            edit = QLineEdit()
            edit.textEdited.connect(self._edited_slot(key))
            self.edits[key] = edit
        self.edits["birth_year"].setMaxLength(4)
        self.edits["citizen_id"].setMaxLength(14)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        self.gender = QComboBox()
        self.gender.addItem("", None)
        for code, label in (labels(getattr(people, "GENDERS", None)) or {"M": "Nam", "F": "Nữ"}).items():
            self.gender.addItem(label, code)
        self.commune = QComboBox()
        self.commune.addItem("", None)
        for c in self.ws.units.communes():
            self.commune.addItem(c["name"], c["id"])
        self.village = QComboBox()
        self.target_group = QComboBox()
        self.target_group.addItem("", "")
        for code, label in labels(getattr(people, "TARGET_GROUPS", None)).items():
            self.target_group.addItem(label, code)
        self.support = QComboBox()  # the state's support for voluntary SI depends on it
        self.support.addItem("", None)
        for code, label in labels(getattr(people, "SUPPORT_CATEGORIES", None)).items():
            self.support.addItem(label, code)
        self.status = QComboBox()
        for code, label in labels(getattr(people, "STATUSES", None)).items():
            self.status.addItem(label, code)
        self.collector = QComboBox()
        self.collector.addItem("", None)
        try:
            for m in self.ws.groups.collectors():
                group = m.get("group_name") or ""
                self.collector.addItem(f"{m['full_name']} — {group}" if group else m["full_name"], m["id"])
        except Exception:  # the groups area is optional here: no collectors to pick
            pass
        self.combos = {"gender": self.gender, "commune_id": self.commune, "village_id": self.village,
                       "target_group": self.target_group, "status": self.status, "collector_id": self.collector,
                       "support_category": self.support}
        self.commune.currentIndexChanged.connect(self._commune_changed)
        for key, combo in self.combos.items():
            combo.currentIndexChanged.connect(self._edited_slot(key))

        self.slots: dict[str, _Slot] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels: dict[str, QLabel] = {}
        order = ["full_name", "birth_year", "birth_date", "gender", "citizen_id", "phone", "commune_id", "village_id",
                 "address", "occupation", "target_group", "support_category", "source_list", "collector_id", "status"]
        if walk_in_conference_id is not None:  # a walk-in: only what the door needs
            order = [k for k in order if k not in ("source_list", "collector_id", "status", "support_category")]
        for key in order:
            widget = self.edits.get(key) or self.combos[key]
            slot = _Slot(widget)
            self.slots[key] = slot
            label = QLabel()
            self.form_labels[key] = label
            form.addRow(label, slot)
        self.notes_label = QLabel()
        form.addRow(self.notes_label, self.notes)

        self.summary = ErrorLabel()
        self.notice = ErrorLabel()
        self.notice.setStyleSheet(f"color: {WARNING_COLOR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)

        self.retranslate()
        if person_id is not None:
            self._load(self.ws.people.get(person_id) or {})
        elif initial:
            self._load(initial)
        elif walk_in_conference_id is not None:  # a walk-in lives where the conference is, unless told otherwise
            conference = self.ws.conferences.get(walk_in_conference_id) or {}
            self._load({"commune_id": conference.get("commune_id"), "village_id": conference.get("village_id")})
        self.resize(560, self.sizeHint().height())
        self.edits["full_name"].setFocus()
        self._validate()

    @property
    def ws(self):
        return self.main.ws

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        names = {
            "full_name": self.tr("Họ và tên"), "birth_year": self.tr("Năm sinh"),
            "birth_date": self.tr("Ngày sinh"), "gender": self.tr("Giới tính"),
            "citizen_id": self.tr("Số CCCD"), "phone": self.tr("Số điện thoại"), "commune_id": self.tr("Xã"),
            "village_id": self.tr("Thôn/tổ dân phố"), "address": self.tr("Địa chỉ"), "occupation": self.tr("Nghề nghiệp"),
            "target_group": self.tr("Nhóm đối tượng"), "source_list": self.tr("Nguồn danh sách"),
            "collector_id": self.tr("Người thu phụ trách"), "status": self.tr("Trạng thái"),
            "support_category": self.tr("Diện hỗ trợ"),
        }
        for key, label in self.form_labels.items():
            label.setText(names[key])
        self.notes_label.setText(self.tr("Ghi chú"))
        self.edits["birth_date"].setPlaceholderText(self.tr("dd/mm/yyyy, có thể bỏ trống"))
        self.edits["citizen_id"].setPlaceholderText(self.tr("12 chữ số"))
        self.edits["phone"].setPlaceholderText(self.tr("10 chữ số, bắt đầu bằng 0"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        if self.walk_in_conference_id is not None:
            self.setWindowTitle(self.tr("Khách không có giấy mời"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm và điểm danh"))
        elif self.person_id is None:
            self.setWindowTitle(self.tr("Thêm người"))
        else:
            self.setWindowTitle(self.tr("Sửa thông tin người"))

    # --- values -----------------------------------------------------------------------------------
    def _load(self, row: dict) -> None:
        for key, edit in self.edits.items():
            value = row.get(key)
            if key == "birth_date" and value:
                value = formatting.date(value)   # shown as clerks write it: 05/01/1980
            edit.setText("" if value is None else str(value))
        self.notes.setPlainText(row.get("notes") or "")
        for key, combo in self.combos.items():
            if key == "village_id":
                continue
            i = combo.findData(row.get(key))
            if i >= 0:
                combo.setCurrentIndex(i)
        self._commune_changed()
        i = self.village.findData(row.get("village_id"))
        if i >= 0:
            self.village.setCurrentIndex(i)

    def _commune_changed(self) -> None:
        commune_id = self.commune.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem("", None)
        if commune_id:
            for v in self.ws.units.villages(commune_id):
                self.village.addItem(v["name"], v["id"])
        self.village.blockSignals(False)

    def values(self) -> dict:
        values = {key: edit.text() for key, edit in self.edits.items() if key in self.slots}
        for key, combo in self.combos.items():
            if key in self.slots:
                values[key] = combo.currentData()
        values["notes"] = self.notes.toPlainText()
        return values

    def _edited_slot(self, key: str):
        def edited(*_args):
            self._touched.add(key)
            self._validate()
        return edited

    def _validate(self, show_all: bool = False) -> bool:
        try:
            _cleaned, problems, warnings = self.ws.people.validate(self.values(), self.person_id)
        except UserError as exc:  # a refusal that names no field: show it under the form
            problems, warnings = {exc.field or "": exc.message}, {}
        problems = {PROBLEM_SLOT.get(k, k): v for k, v in problems.items()}
        warnings = {PROBLEM_SLOT.get(k, k): v for k, v in warnings.items()}
        self._problems = problems
        for key, slot in self.slots.items():
            shown = show_all or key in self._touched
            slot.error.show_error(problems.get(key, "") if shown else "")
            slot.warning.show_error(warnings.get(key, "") if shown else "")
        other = [msg for key, msg in problems.items() if key not in self.slots]
        self.summary.show_error("\n".join(other) if (show_all or self._touched) else "")
        # warnings about the whole person (a possible duplicate) go under the form
        notes = [msg for key, msg in warnings.items() if key not in self.slots]
        self.notice.show_error("\n".join(notes))
        return not problems

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        if not self._validate(show_all=True):
            first = next((k for k in self.slots if k in self._problems), None)
            if first:
                self.slots[first].setFocus()
            return
        values = self.values()
        if self.walk_in_conference_id is not None:
            op = attendance_ops.walk_in(self, conference_id=self.walk_in_conference_id, values=values)
            op.success(self._walked_in)
        else:
            op = people_ops.add_person(self, values=values) if self.person_id is None else \
                people_ops.update_person(self, person_id=self.person_id, values=values)
            op.success(partial(self._saved, values["full_name"]))
        op.disabling(self.ok_button).refused(self._refused).run()

    def _walked_in(self, result) -> None:
        if result.status == "matches":  # maybe someone already on the list: the clerk decides
            choice = self.choose_duplicate(result.matches)
            if choice is None:
                return
            conference_id = self.walk_in_conference_id
            op = attendance_ops.walk_in(self, conference_id=conference_id, values=self.values(), force=True) \
                if choice == "new" else \
                attendance_ops.check_in_person(self, conference_id=conference_id, person_id=choice, method="walk_in")
            op.disabling(self.ok_button).success(self._walked_in).refused(self._refused).run()
            return
        self.checkin_result = result
        self.result_info = {"full_name": result.full_name, "person_id": result.person_id}
        self.accept()

    def _saved(self, full_name: str, result) -> None:
        if self.person_id is None:
            self.person_id = result[0]    # add returns the new id first
        self.changes = changes_of(result) or Changes.of("people")
        self.result_info = {"full_name": full_name, "person_id": self.person_id}
        if hasattr(self.main, "apply"):
            self.main.apply(self.changes)
        self.accept()

    def _refused(self, exc: UserError) -> None:
        problems = exc.problems if isinstance(exc, ValidationError) else [(exc.field, exc.message)]
        shown = False
        for where, message in problems:
            where = PROBLEM_SLOT.get(where, where)
            if where in self.slots:
                self.slots[where].error.show_error(message)
                shown = True
        if isinstance(exc, ValidationError) or not shown:
            self.summary.show_error(exc.message)

    def choose_duplicate(self, candidates: list[dict]):
        """Ask whether the walk-in is one of these people: a person id, 'new', or None (go back to the form)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Có thể đã có trong danh sách"))
        box.setText(self.tr("Người này có thể đã có trong danh sách (cùng họ tên, năm sinh và thôn). "
                            "Chọn đúng người, hoặc thêm mới."))
        choices = {}
        for c in candidates[:4]:
            bits = [c.get("full_name", ""), str(c.get("birth_year") or ""), unit_name(c, "village"),
                    c.get("phone") or ""]
            button = box.addButton(self.tr("Là {person}").format(person=" · ".join(b for b in bits if b)),
                                   QMessageBox.ButtonRole.AcceptRole)
            choices[button] = c["id"]
        new = box.addButton(self.tr("Thêm người mới"), QMessageBox.ButtonRole.DestructiveRole)
        choices[new] = "new"
        box.addButton(self.tr("Quay lại"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return choices.get(box.clickedButton())

