"""Địa bàn: the unit tree (province → district → commune → village, custom units) and the office profile.

Every change runs as an Op on the DB worker through ws.units; refusals (a duplicate name, a unit still in
use) come back as UserError messages. The tree is filtered with core.text.fold (tone marks off, đ = d).
"""
from __future__ import annotations

from core import labels
from core import provinces as official
from core.changes import Added, Changes, changes_of
from core.text import fold
from ui import look
from ui.operations import Op, show_error
from ui.operations import units as ops
from ui.pages.base import Page
from ui.qt import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                   QHeaderView, QKeySequence, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                   QShortcut, QSplitter, Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, tr)
from ui.widgets import ErrorLabel, SearchBox, ValidatedField, heading, muted

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
kind_label = labels.unit_kind


class NameDialog(QDialog):
    """Asks for a unit name (and, when kinds are given, its kind); OK only with a non-empty name."""

    def __init__(self, parent, title: str, label: str, text: str = "", kinds: tuple[str, ...] = ()):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.name = ValidatedField(lambda t: "" if t else tr("Units", "Nhập tên."), text=text)
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(kind_label(kind), kind)
        form = QFormLayout()
        form.addRow(label, self.name)
        if kinds:
            form.addRow(tr("Units", "Loại"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.changed.connect(lambda: self.ok.setEnabled(self.name.is_valid()))
        self.ok.setEnabled(self.name.is_valid())
        self.name.edit.selectAll()


class OfficialCommuneDialog(QDialog):
    """Picks a commune of the office's province (2025 list) that the office does not cover yet."""

    def __init__(self, parent, province_code: int, taken_codes: set[int]):
        super().__init__(parent)
        self.setWindowTitle(tr("Units", "Thêm xã/phường từ danh mục 2025"))
        self.resize(440, 520)
        self.filter = SearchBox()
        self.list = QListWidget()
        for c in official.communes(province_code):
            if c["code"] not in taken_codes:
                item = QListWidgetItem(c["name"])
                item.setData(ID_ROLE, fold(c["name"]))
                self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self.ok.setEnabled(self.chosen() is not None))
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.ok.setEnabled(False)

    def _filter(self, text: str) -> None:
        needle = fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.data(ID_ROLE))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None and not item.isHidden() else None


class UnitsPage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.title = heading()
        self.filter = SearchBox()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.add_village_button = QPushButton()
        self.add_commune_button = QPushButton()
        self.add_other_button = QPushButton()
        self.rename_button = QPushButton()
        self.delete_button = QPushButton()
        self.count_label = muted(QLabel())

        buttons = QVBoxLayout()  # a column beside the tree: the page stays narrow enough for small screens
        for b in (self.add_village_button, self.add_commune_button, self.add_other_button, self.rename_button,
                  self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        tree_row = QHBoxLayout()
        tree_row.addWidget(self.tree, 1)
        tree_row.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addLayout(tree_row, 1)
        left_layout.addWidget(self.count_label)

        # office profile: code and province are fixed at first run; the rest is editable
        self.code_label = QLabel()
        self.province_label = QLabel()
        self.office_name = ValidatedField(lambda t: "" if t else tr("Units", "Nhập tên đơn vị."))
        self.parent_office = ValidatedField()
        self.address = ValidatedField()
        self.place = ValidatedField()
        self.signer_authority = ValidatedField()
        self.signer_title = ValidatedField()
        self.signer_name = ValidatedField()
        self.save_button = QPushButton()
        for button, name in ((self.add_commune_button, "add"), (self.add_other_button, "add"),
                             (self.rename_button, "edit"), (self.delete_button, "delete"),
                             (self.save_button, "save")):
            look.decorate(button, name)
        look.primary(self.add_village_button, "add")
        self.saved_label = muted(QLabel())
        self.profile_box = QGroupBox()
        self.profile_form = QFormLayout(self.profile_box)
        self.signer_box = QGroupBox()
        self.signer_form = QFormLayout(self.signer_box)
        self._profile_rows = [(self.profile_form, w) for w in (self.code_label, self.province_label, self.office_name,
                                                                self.parent_office, self.address, self.place)]
        self._profile_rows += [(self.signer_form, w) for w in (self.signer_authority, self.signer_title,
                                                               self.signer_name)]
        for form, widget in self._profile_rows:
            form.addRow(QLabel(), widget)
        self.profile_error = ErrorLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.profile_box)
        right_layout.addWidget(self.signer_box)
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        right_layout.addWidget(self.profile_error)
        right_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

        self.filter.textChanged.connect(self.apply_filter)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.ask_rename())
        self.add_village_button.clicked.connect(self.ask_add_village)
        self.add_commune_button.clicked.connect(self.ask_add_commune)
        self.add_other_button.clicked.connect(self.ask_add_other)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button.clicked.connect(self.ask_delete)
        self.save_button.clicked.connect(self.save_profile)
        self.office_name.changed.connect(lambda: self.save_button.setEnabled(self.office_name.is_valid()))
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.ask_delete)
        QShortcut(QKeySequence("F2"), self.tree, self.ask_rename)
        QShortcut(QKeySequence("Ins"), self.tree, self.ask_add_village)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        self.retranslate()
        self.reload()
        self.load_profile()

    # --- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Địa bàn"))
        self.tree.setHeaderLabels([self.tr("Tên"), self.tr("Loại"), self.tr("Mã danh mục")])
        self.add_village_button.setText(self.tr("Thêm thôn/tổ…"))
        self.add_village_button.setToolTip(self.tr("Thêm thôn, tổ dân phố, ấp, bản vào xã/phường đang chọn"))
        self.add_commune_button.setText(self.tr("Thêm xã/phường…"))
        self.add_commune_button.setToolTip(self.tr("Thêm một xã/phường của tỉnh từ danh mục 2025"))
        self.add_other_button.setText(self.tr("Thêm huyện/địa bàn khác…"))
        self.add_other_button.setToolTip(self.tr("Huyện cũ (kế hoạch trước 2025) hoặc địa bàn tự đặt"))
        self.rename_button.setText(self.tr("Đổi tên…"))
        self.delete_button.setText(self.tr("Xoá"))
        self.profile_box.setTitle(self.tr("Hồ sơ đơn vị"))
        self.signer_box.setTitle(self.tr("Người ký văn bản mặc định"))
        labels = [self.tr("Mã đơn vị"), self.tr("Tỉnh/thành phố"), self.tr("Tên đơn vị *"), self.tr("Cơ quan cấp trên"),
                  self.tr("Địa chỉ"), self.tr("Địa danh"), self.tr("Quyền hạn ký"), self.tr("Chức vụ"),
                  self.tr("Họ và tên")]
        for (form, widget), text in zip(self._profile_rows, labels):
            form.labelForField(widget).setText(text)
        self.save_button.setText(self.tr("Lưu hồ sơ"))
        for item in self._items.values() if hasattr(self, "_items") else ():
            item.setText(1, kind_label(item.data(0, ROW_ROLE)["kind"]))
        self._update_count()

    # --- the tree -----------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_unit()
        expanded = {uid for uid, item in getattr(self, "_items", {}).items() if item.isExpanded()}
        first = not hasattr(self, "_items")
        self.tree.clear()
        self._items: dict[int, QTreeWidgetItem] = {}
        self._rows = self.ws.units.tree()
        for row in self._rows:
            parent = self._items.get(row["parent_id"])
            item = QTreeWidgetItem([row["name"], kind_label(row["kind"]),
                                    str(row["official_code"]) if row["official_code"] else ""])
            item.setData(0, ID_ROLE, row["id"])
            item.setData(0, ROW_ROLE, row)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._items[row["id"]] = item
        for uid, item in self._items.items():
            kind = item.data(0, ROW_ROLE)["kind"]
            item.setExpanded(uid in expanded or (first and kind in ("province", "district", "commune")))
        if current and current["id"] in self._items:
            self.select_unit(current["id"])
        self.apply_filter(self.filter.text())
        self._update_buttons()
        self._update_count()

    def _update_count(self) -> None:
        rows = getattr(self, "_rows", [])
        communes = sum(1 for r in rows if r["kind"] == "commune")
        villages = sum(1 for r in rows if r["kind"] == "village")
        self.count_label.setText(self.tr("{communes} xã/phường, {villages} thôn/tổ dân phố").format(
            communes=communes, villages=villages))

    def apply_filter(self, text: str) -> None:
        needle = fold(text)

        def visit(item: QTreeWidgetItem) -> bool:
            shown_child = False
            for i in range(item.childCount()):
                shown_child = visit(item.child(i)) or shown_child
            match = not needle or needle in item.data(0, ROW_ROLE)["name_folded"] or needle in fold(item.text(0))
            item.setHidden(not (match or shown_child))
            if needle and shown_child:
                item.setExpanded(True)
            return match or shown_child

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))

    def current_unit(self) -> dict | None:
        item = self.tree.currentItem() if hasattr(self, "_items") else None
        return item.data(0, ROW_ROLE) if item is not None else None

    def select_unit(self, unit_id: int) -> None:
        item = self._items.get(unit_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def _update_buttons(self, *_args) -> None:
        unit = self.current_unit()
        self.add_village_button.setEnabled(bool(unit) and unit["kind"] in ("commune", "village"))
        self.rename_button.setEnabled(unit is not None)
        self.delete_button.setEnabled(unit is not None and unit["kind"] != "province")

    def refresh(self, changes) -> None:
        if changes.units:
            self.reload()
        if changes.office:
            self.load_profile()

    # --- actions ------------------------------------------------------------------------------------
    def _run(self, op: Op) -> Op:
        return op.success(self._done).run()

    def _done(self, result) -> None:
        """After a unit op: refresh, and select the unit it made."""
        self.main.apply(changes_of(result) or Changes.of("units"))
        if isinstance(result, Added):
            self.select_unit(result.id)

    def _commune_for(self, unit: dict | None) -> dict | None:
        if unit is None:
            return None
        if unit["kind"] == "village":
            return self.ws.units.get(unit["parent_id"])
        return unit if unit["kind"] == "commune" else None

    def ask_add_village(self) -> None:
        commune = self._commune_for(self.current_unit())
        if commune is None:
            QMessageBox.information(self, self.tr("Thêm thôn/tổ"), self.tr("Chọn một xã/phường trước."))
            return
        dialog = NameDialog(self, self.tr("Thêm thôn/tổ vào {commune}").format(commune=commune["name"]),
                            self.tr("Tên thôn/tổ"))
        if dialog.exec():
            self.add_village(commune["id"], dialog.name.text())

    def add_village(self, commune_id: int, name: str) -> Op:
        return self._run(ops.add_village(self, commune_id=commune_id, name=name))

    def ask_add_commune(self) -> None:
        office = self.ws.office
        if not office or not office["province_code"]:
            return
        taken = {r["official_code"] for r in self._rows if r["kind"] == "commune" and r["official_code"]}
        dialog = OfficialCommuneDialog(self, office["province_code"], taken)
        if dialog.exec() and dialog.chosen():
            unit = self.current_unit()
            parent_id = unit["id"] if unit and unit["kind"] == "district" else None
            self.add_commune(dialog.chosen(), parent_id)

    def add_commune(self, name: str, parent_id: int | None = None) -> Op:
        return self._run(ops.add_commune(self, name=name, parent_id=parent_id))

    def ask_add_other(self) -> None:
        unit = self.current_unit()
        dialog = NameDialog(self, self.tr("Thêm huyện/địa bàn khác"), self.tr("Tên"), kinds=("district", "custom"))
        if dialog.exec():
            kind = dialog.kind.currentData()
            parent = unit if unit and unit["kind"] in ("province", "district", "custom") else None
            if kind == "district" or parent is None:
                parent = self.ws.units.province()
            self.add_unit(kind, dialog.name.text(), parent["id"] if parent else None)

    def add_unit(self, kind: str, name: str, parent_id: int | None) -> Op:
        return self._run(ops.add_unit(self, kind=kind, name=name, parent_id=parent_id))

    def ask_rename(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        dialog = NameDialog(self, self.tr("Đổi tên “{name}”").format(name=unit["name"]), self.tr("Tên mới"),
                            text=unit["name"])
        if dialog.exec() and dialog.name.text() != unit["name"]:
            self.rename(unit["id"], dialog.name.text())

    def rename(self, unit_id: int, name: str) -> Op:
        return self._run(ops.rename_unit(self, unit_id=unit_id, name=name))

    def ask_delete(self) -> None:
        unit = self.current_unit()
        if unit is None or unit["kind"] == "province":
            return
        answer = QMessageBox.question(self, self.tr("Xoá địa bàn"),
                                      self.tr("Xoá “{name}”? Địa bàn còn thôn/tổ, chỉ tiêu hoặc hội nghị sẽ không "
                                              "xoá được.").format(name=unit["name"]))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(unit["id"])

    def delete(self, unit_id: int) -> Op:
        return self._run(ops.delete_unit(self, unit_id=unit_id))

    # --- office profile -----------------------------------------------------------------------------
    def _profile_fields(self) -> dict:
        return {"name": self.office_name, "parent_name": self.parent_office, "address": self.address,
                "place_name": self.place, "signer_authority": self.signer_authority,
                "signer_title": self.signer_title, "signer_name": self.signer_name}

    def load_profile(self) -> None:
        office = self.ws.office or {}
        self.code_label.setText(office.get("code", ""))
        self.province_label.setText(office.get("province_name", ""))
        for key, field in self._profile_fields().items():
            field.setText(office.get(key, ""))
        self.save_button.setEnabled(bool(office))
        self.profile_error.show_error("")

    def save_profile(self) -> Op | None:
        if not self.office_name.check(show=True):
            return None
        values = {key: field.text() for key, field in self._profile_fields().items()}

        self.saved_label.setText("")
        return ops.update_office(self, values=values).disabling(self.save_button) \
            .success(self._profile_saved).refused(self._profile_refused).run()

    def _profile_saved(self, changes) -> None:
        self.main.apply(changes)
        self.saved_label.setText(self.tr("Đã lưu hồ sơ đơn vị."))

    def _profile_refused(self, exc) -> None:
        if exc.field == "name":
            self.office_name.set_error(exc.message)
        else:
            show_error(self, exc)
