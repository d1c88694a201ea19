"""First run: the clerk names the office, picks its province and communes (official 2025 list) and the default
signers of documents. The OK button stays disabled until the form is valid; each field says what is wrong
under it. On OK, ws.units.init_office creates everything in one transaction (the CLI's `init` does the same),
as an op on a DB worker of the dialog's own: the window's connection only reads.
"""
from __future__ import annotations

from core import provinces as official
from core.errors import UserError
from core.text import fold, word_key
from core.units import office_code_problem, unit_key
from ui import look
from ui.operations import DbWorker
from ui.operations import units as ops
from ui.qt import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                   QListWidgetItem, QPushButton, Qt, QVBoxLayout)
from ui.widgets import ErrorLabel, SearchBox, ValidatedField, muted


def place_sort_key(name: str) -> tuple:
    """Alphabetical the Vietnamese way, ignoring the type word ('Xã', 'Phường')."""
    return tuple(word_key(w) for w in unit_key(name).split(" "))


class FirstRunDialog(QDialog):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.worker = DbWorker(ws.path, ws.actor) if ws.path else None
        self.setWindowTitle(self.tr("Khai báo đơn vị"))
        self.resize(960, 640)

        intro = QLabel(self.tr("Chào mừng! Hãy khai báo đơn vị BHXH của bạn và các xã/phường đơn vị phụ trách. "
                               "Các mục có dấu * là bắt buộc; có thể sửa hồ sơ đơn vị và thêm địa bàn sau."))
        intro.setWordWrap(True)

        self.code = ValidatedField(self._check_code, placeholder=self.tr("ví dụ: SH"))
        self.name = ValidatedField(self._check_name, placeholder=self.tr("ví dụ: BHXH cơ sở Sơn Hà"))
        self.parent_office = ValidatedField(placeholder=self.tr("ví dụ: BHXH tỉnh Quảng Ngãi"))
        self.address = ValidatedField()
        self.place = ValidatedField(placeholder=self.tr("dùng trong dòng “…, ngày … tháng … năm …”"))
        office_box = QGroupBox(self.tr("Đơn vị"))
        form = QFormLayout(office_box)
        form.addRow(self.tr("Mã đơn vị *"), self.code)
        form.addRow(self.tr("Tên đơn vị *"), self.name)
        form.addRow(self.tr("Cơ quan cấp trên"), self.parent_office)
        form.addRow(self.tr("Địa chỉ"), self.address)
        form.addRow(self.tr("Địa danh"), self.place)

        self.signer_authority = ValidatedField(placeholder=self.tr("ví dụ: GIÁM ĐỐC"))
        self.signer_title = ValidatedField(placeholder=self.tr("ví dụ: PHÓ GIÁM ĐỐC"))
        self.signer_name = ValidatedField(placeholder=self.tr("họ và tên người ký"))
        signer_box = QGroupBox(self.tr("Người ký văn bản mặc định"))
        signer_form = QFormLayout(signer_box)
        signer_form.addRow(self.tr("Quyền hạn ký"), self.signer_authority)
        signer_form.addRow(self.tr("Chức vụ"), self.signer_title)
        signer_form.addRow(self.tr("Họ và tên"), self.signer_name)

        self.province = QComboBox()
        self.province.addItem(self.tr("— Chọn tỉnh/thành phố —"), None)
        for p in official.provinces():
            self.province.addItem(p["name"], p)
        self.province.setMaxVisibleItems(20)
        self.province_error = ErrorLabel()
        self.filter = SearchBox(placeholder=self.tr("Lọc xã/phường (gõ không dấu cũng được)…"))
        self.communes = QListWidget()
        self.communes.setSpacing(2)  # a tick per line, with room to aim at it
        self.communes.setStyleSheet("QListWidget::item { padding: 2px 4px; }")
        self.communes.setAlternatingRowColors(True)
        self.communes_error = ErrorLabel()
        self.chosen_label = muted(QLabel())
        check_shown = QPushButton(self.tr("Chọn các xã đang hiện"))
        uncheck_all = QPushButton(self.tr("Bỏ chọn tất cả"))
        place_box = QGroupBox(self.tr("Tỉnh/thành phố và xã/phường phụ trách (danh mục 2025)"))
        place_layout = QVBoxLayout(place_box)
        place_layout.addWidget(QLabel(self.tr("Tỉnh/thành phố *")))
        place_layout.addWidget(self.province)
        place_layout.addWidget(self.province_error)
        place_layout.addWidget(self.filter)
        place_layout.addWidget(self.communes, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(check_shown)
        buttons_row.addWidget(uncheck_all)
        buttons_row.addStretch(1)
        place_layout.addLayout(buttons_row)
        place_layout.addWidget(self.chosen_label)
        place_layout.addWidget(self.communes_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Tạo đơn vị"))
        look.primary(self.ok_button, "add")
        self.setStyleSheet(look.STYLE)  # shown before the main window, which carries the style for the others
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        self.form_error = ErrorLabel()

        left = QVBoxLayout()
        left.addWidget(office_box)
        left.addWidget(signer_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(place_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        for field in (self.code, self.name, self.parent_office, self.address, self.place, self.signer_authority,
                      self.signer_title, self.signer_name):
            field.edit.setMinimumWidth(220)  # long labels (or a longer language) must not squeeze the fields
        for field in (self.code, self.name):
            field.changed.connect(self.update_ok)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.filter.textChanged.connect(self._apply_filter)
        self.communes.itemChanged.connect(self._communes_changed)
        check_shown.clicked.connect(self._check_shown)
        uncheck_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Unchecked))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._touched_communes = False
        self.update_ok()

    # --- validation ---------------------------------------------------------------------------------
    def _check_code(self, text: str) -> str:
        return office_code_problem(text)   # core's rule, as the clerk types

    def _check_name(self, text: str) -> str:
        return "" if text else self.tr("Nhập tên đơn vị.")

    def problems(self) -> list[str]:
        out = [m for m in (self.code.message(), self.name.message()) if m]
        if self.province.currentData() is None:
            out.append(self.tr("Chọn tỉnh/thành phố."))
        elif not self.chosen_communes():
            out.append(self.tr("Chọn ít nhất một xã/phường."))
        return out

    def update_ok(self) -> None:
        self.ok_button.setEnabled(not self.problems())
        n = len(self.chosen_communes())
        self.chosen_label.setText(self.tr("Đã chọn {n} xã/phường", "", n).format(n=n))
        if self._touched_communes or self.province.currentData() is not None:
            self.province_error.show_error("" if self.province.currentData() else self.tr("Chọn tỉnh/thành phố."))
        if self._touched_communes:
            self.communes_error.show_error("" if self.chosen_communes() else self.tr("Chọn ít nhất một xã/phường."))

    # --- province and communes ----------------------------------------------------------------------
    def _province_changed(self, _index: int) -> None:
        self.communes.blockSignals(True)
        self.communes.clear()
        province = self.province.currentData()
        if province:
            for c in sorted(official.communes(province["code"]), key=lambda c: place_sort_key(c["name"])):
                item = QListWidgetItem(c["name"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, fold(c["name"]))
                self.communes.addItem(item)
        self.communes.blockSignals(False)
        self._apply_filter(self.filter.text())
        self.update_ok()

    def _apply_filter(self, text: str) -> None:
        needle = fold(text)
        for row in range(self.communes.count()):
            item = self.communes.item(row)
            item.setHidden(bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole))

    def _communes_changed(self, _item) -> None:
        self._touched_communes = True
        self.update_ok()

    def _check_shown(self) -> None:
        self._set_all(Qt.CheckState.Checked, only_shown=True)

    def _set_all(self, state, only_shown: bool = False) -> None:
        self.communes.blockSignals(True)
        for row in range(self.communes.count()):
            item = self.communes.item(row)
            if not (only_shown and item.isHidden()):
                item.setCheckState(state)
        self.communes.blockSignals(False)
        self._communes_changed(None)

    def chosen_communes(self) -> list[str]:
        return [self.communes.item(r).text() for r in range(self.communes.count())
                if self.communes.item(r).checkState() == Qt.CheckState.Checked]

    def select(self, province: str, communes: list[str]) -> None:
        """Pick a province and tick communes by name (used by tests and for a pre-filled form)."""
        self.province.setCurrentIndex(self.province.findText(province, Qt.MatchFlag.MatchContains))
        wanted = set(communes)
        for row in range(self.communes.count()):
            item = self.communes.item(row)
            if item.text() in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    # --- save ---------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.problems():
            for field in (self.code, self.name):
                field.check(show=True)
            return
        values = dict(code=self.code.text(), name=self.name.text(), province=self.province.currentData()["name"],
                      communes=self.chosen_communes(), parent_name=self.parent_office.text(),
                      address=self.address.text(), place_name=self.place.text(),
                      signer_authority=self.signer_authority.text(), signer_title=self.signer_title.text(),
                      signer_name=self.signer_name.text())
        ops.init_office(self, values=values).disabling(self.ok_button).success(self._created) \
            .refused(self._refused).run()

    def _created(self, changes) -> None:
        self.changes = changes
        super().accept()

    def _refused(self, exc: UserError) -> None:
        """Under the field it names, else above the buttons."""
        target = {"code": self.code, "name": self.name}.get(exc.field or "")
        if target is not None:
            target.set_error(exc.message)
        else:
            self.form_error.show_error(exc.message)

    def done(self, result: int) -> None:
        if self.worker is not None:   # the main window makes its own
            self.worker.shutdown()
            self.worker = None
        super().done(result)
