"""The 'Đồng ban hành' section of the plan and conference forms: invitations issued jointly with another agency
(seed 004: the commune's People's Committee with the collection agency). A checkbox, then the agency (name, its
parent, its symbol) and who signs for it (authority, title, name), checked as the clerk types by core's rules
(core.co_issuer); a refusal from core lands on its field."""
from __future__ import annotations

from typing import Callable

from core import co_issuer
from core.errors import UserError, ValidationError
from core.text import clean
from ui.qt import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, Signal, tr
from ui.widgets import ErrorLabel, ValidatedField, muted

REQUIRED = ("name", "symbol", "signer_name")  # checked as typed (the symbol: its shape, when given)


class CoIssuerBox(QGroupBox):
    """value() is the co-issuer as core takes it (a dict of core.co_issuer.KEYS), or None when unchecked.
    suggest() may give the parts to fill in when the box is checked while empty (the commune's committee)."""

    changed = Signal()

    def __init__(self, stored: str = "", *, columns: int = 1, suggest: Callable[[], dict] | None = None,
                 parent=None):
        super().__init__(tr("CoIssuer", "Đồng ban hành"), parent)
        self.suggest = suggest
        self.check = QCheckBox(tr("CoIssuer", "Giấy mời đồng ban hành với cơ quan khác"))
        self.check.setToolTip(tr("CoIssuer", "Cơ quan này đứng trước trong giấy mời và ký bên phải; số giấy mời mang "
                                             "cả hai ký hiệu, ví dụ Số: 05/GM-UBND-BHXH."))
        self.inherited = muted(QLabel())
        self.inherited.setWordWrap(True)
        self.inherited.hide()
        self.edits: dict[str, QWidget] = {
            "name": ValidatedField(self._rule("name"),
                                   placeholder=tr("CoIssuer", "Ví dụ: Ủy ban nhân dân xã Sơn Linh")),
            "parent": QLineEdit(),
            "symbol": ValidatedField(self._rule("symbol"), placeholder="UBND"),
            "signer_authority": QLineEdit(),
            "signer_title": QLineEdit(),
            "signer_name": ValidatedField(self._rule("signer_name"), placeholder=tr("CoIssuer", "Ví dụ: Đinh Văn Lâm")),
        }
        self.edits["parent"].setPlaceholderText(tr("CoIssuer", "Để trống nếu không có"))
        self.edits["signer_authority"].setPlaceholderText(tr("CoIssuer", "Ví dụ: TM. ỦY BAN NHÂN DÂN"))
        self.edits["signer_authority"].setToolTip(tr("CoIssuer", "Nhiều dòng thì ngăn bằng “ / ”, ví dụ: TM. ỦY BAN "
                                                                 "NHÂN DÂN / KT. CHỦ TỊCH"))
        self.edits["signer_title"].setPlaceholderText(tr("CoIssuer", "Ví dụ: CHỦ TỊCH"))
        self.error = ErrorLabel()  # a refusal naming a part without a message of its own

        self.fields = QWidget()
        agency = [(tr("CoIssuer", "Cơ quan"), "name"), (tr("CoIssuer", "Cơ quan cấp trên"), "parent"),
                  (tr("CoIssuer", "Ký hiệu"), "symbol")]
        signer = [(tr("CoIssuer", "Quyền hạn ký"), "signer_authority"), (tr("CoIssuer", "Chức vụ"), "signer_title"),
                  (tr("CoIssuer", "Họ tên người ký"), "signer_name")]
        row = QHBoxLayout(self.fields)  # the agency beside its signer, or all in one column
        row.setContentsMargins(0, 0, 0, 0)
        for rows in ((agency, signer) if columns == 2 else (agency + signer,)):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for label, key in rows:
                form.addRow(label, self.edits[key])
            row.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.check)
        layout.addWidget(self.inherited)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        self.fields.setVisible(False)

        self.load(stored)
        self.check.toggled.connect(self._toggled)
        for key, widget in self.edits.items():
            signal = widget.changed if isinstance(widget, ValidatedField) else widget.textChanged
            signal.connect(self._edited)

    def _rule(self, key: str) -> Callable[[str], str]:
        """core's sentence for the part, while the box is checked."""
        return lambda text: co_issuer.part_problem(key, text) if self.check.isChecked() else ""

    # --- values ----------------------------------------------------------------------------------------
    def load(self, stored) -> None:
        """Show a stored co-issuer (JSON text or a dict; '' or None: unchecked)."""
        parts = co_issuer.read(stored) or {}
        self.check.blockSignals(True)
        self.check.setChecked(bool(parts))
        self.check.blockSignals(False)
        for key in co_issuer.KEYS:
            self.edits[key].setText(parts.get(key, ""))
        self.fields.setVisible(bool(parts))
        self._refresh_inherited()

    def value(self) -> dict | None:
        if not self.check.isChecked():
            return None
        return {key: clean(self.edits[key].text()) for key in co_issuer.KEYS}

    def is_valid(self) -> bool:
        return all(self.edits[key].is_valid() for key in REQUIRED)

    def set_inherited(self, text: str) -> None:
        """What applies while unchecked (the plan's co-issuer), said under the checkbox; '' says nothing."""
        self._inherited_text = text
        self._refresh_inherited()

    def _refresh_inherited(self) -> None:
        text = getattr(self, "_inherited_text", "")
        self.inherited.setText(text)
        self.inherited.setVisible(bool(text) and not self.check.isChecked())

    # --- editing ---------------------------------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        if on and self.suggest and not any(clean(self.edits[k].text()) for k in co_issuer.KEYS):
            for key, text in self.suggest().items():
                self.edits[key].setText(text)
        self.fields.setVisible(on)
        self._refresh_inherited()
        self.error.show_error("")
        for key in REQUIRED:  # checked: say at once what is missing; unchecked: nothing is
            self.edits[key].check(show=on)
        self.changed.emit()

    def _edited(self, *_args) -> None:
        self.error.show_error("")
        self.changed.emit()

    def show_refusal(self, exc: UserError) -> UserError | None:
        """Put core's problems with the co-issuer on their fields; returns the refusal without them (None when
        nothing is left for the form to show)."""
        pairs = exc.problems if isinstance(exc, ValidationError) and exc.problems else [(exc.field, exc.message)]
        mine = [(f, m) for f, m in pairs if f and f.startswith(co_issuer.FIELD)]
        rest = [(f, m) for f, m in pairs if not (f and f.startswith(co_issuer.FIELD))]
        for field, message in mine:
            widget = self.edits.get(field.removeprefix(co_issuer.FIELD + "_"))
            if isinstance(widget, ValidatedField):
                widget.set_error(message)
            else:
                self.error.show_error(message)
        if not mine:
            return exc
        if not rest:
            return None
        return ValidationError("; ".join(m for _f, m in rest), rest, field=rest[0][0])
