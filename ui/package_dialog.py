"""Gói đã nhận: what a received package changed (core.sync.history.received_changes): per sheet its records and
what became of them (new, updated, deleted, conflicts, held back), and the records it held back with the reason;
"Xem xung đột…" opens the conflicts list."""
from __future__ import annotations

from core import formatting
from core.sync import format as fmt
from ui.models import Column, RowsModel
from ui.operations import keys as ops
from ui.qt import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QVBoxLayout, tr
from ui.widgets import muted, report_view


def _count(key: str):
    return Column(lambda: {"rows": tr("Package", "Số bản ghi"), "created": tr("Package", "Mới"),
                           "updated": tr("Package", "Cập nhật"), "deleted": tr("Package", "Xoá"),
                           "conflicts": tr("Package", "Xung đột"), "held": tr("Package", "Giữ lại")}[key],
                  key, formatting.number, align_right=True)


class PackageDialog(QDialog):
    def __init__(self, page, package_uuid: str):
        super().__init__(page)
        self.page = page
        self.setWindowTitle(tr("Package", "Gói đã nhận"))
        self.resize(900, 520)
        self.title = QLabel()
        self.sheets = RowsModel([Column(lambda: tr("Package", "Trang"), "sheet"),
                                 *(_count(k) for k in ("rows", "created", "updated", "deleted", "conflicts", "held"))],
                                self)
        self.sheets_table = report_view(self.sheets)
        self.sheets_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.held = RowsModel([
            Column(lambda: tr("Package", "Trang"), lambda r: fmt.SHEETS.get(r["table_name"], (r["table_name"],))[0]),
            Column(lambda: tr("Package", "Lý do giữ lại"), "reason")], self)
        self.held_table = report_view(self.held)
        self.held_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.held_label = muted(QLabel(tr("Package", "Bản ghi giữ lại (chờ gói có bản ghi cha, hoặc trùng bản ghi đã "
                                                     "có):")))
        self.conflicts_button = QPushButton(tr("Package", "Xem xung đột…"))
        self.conflicts_button.clicked.connect(self.page.show_conflicts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Package", "Đóng"))
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.sheets_table, 2)
        layout.addWidget(self.held_label)
        layout.addWidget(self.held_table, 1)
        layout.addWidget(buttons)
        ops.received_changes(self, package_uuid=package_uuid).success(self._shown).run()

    def _shown(self, changes: dict) -> None:
        package = changes.get("package") or {}
        self.title.setText(tr("Package", "Gói số {sequence} của {sender}, nhận lúc {at}").format(
            sequence=package.get("sequence", "?"),
            sender=" — ".join(v for v in (package.get("peer_code"), package.get("peer_name")) if v) or "?",
            at=formatting.date_time(package["at"]) if package.get("at") else ""))
        self.sheets.set_rows(changes.get("sheets", []))
        self.held.set_rows(changes.get("held", []))
        self.held_label.setVisible(bool(changes.get("held")))
        self.held_table.setVisible(bool(changes.get("held")))
        self.conflicts_button.setEnabled(bool(changes.get("conflicts")))
