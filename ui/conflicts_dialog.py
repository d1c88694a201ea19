"""Xung đột đồng bộ: the records a merge found changed on both sides, with what differs (the version kept, the
one set aside), for the clerk to review; "Dùng bản đã bỏ" keeps the other one instead (core.sync.merge)."""
from __future__ import annotations

from core import formatting
from core.sync import format as fmt
from ui.models import Column, RowsModel
from ui.operations import keys as ops
from ui.qt import QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton, QVBoxLayout, tr
from ui.widgets import muted, report_view


def _differs(row: dict) -> str:
    """'Điện thoại: 0912000002 ← 0905000001; Ghi chú: (trống) ← Xã ghi' (the package's column names)."""
    def shown(value) -> str:
        return tr("Conflicts", "(trống)") if value in (None, "") else str(value)
    return "; ".join(f"{fmt.HEADERS.get(field, field)}: {shown(kept)} ← {shown(lost)}"
                     for field, (kept, lost) in row["differs"].items())


class ConflictsDialog(QDialog):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.setWindowTitle(tr("Conflicts", "Xung đột đồng bộ"))
        self.resize(980, 460)
        self.model = RowsModel([
            Column(lambda: tr("Conflicts", "Lúc"), "at", formatting.date_time),
            Column(lambda: tr("Conflicts", "Từ đơn vị"), "peer_code"),
            Column(lambda: tr("Conflicts", "Trang"), "sheet"),
            Column(lambda: tr("Conflicts", "Khác nhau (bản giữ ← bản bỏ)"), _differs),
            Column(lambda: tr("Conflicts", "Đã dùng bản bỏ"), lambda r: formatting.date_time(r["reversed_at"])
                   if r["reversed_at"] else ""),
        ], self)
        self.table = report_view(self.model)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update)
        hint = muted(QLabel(tr("Conflicts", "Bản ghi được sửa ở cả hai đơn vị giữa hai lần trao đổi: ứng dụng giữ bản sửa "
                                            "sau cùng. Nếu bản kia đúng hơn, chọn dòng rồi bấm “Dùng bản đã bỏ”; bản đó "
                                            "sẽ được gửi đi trong gói sau.")))
        hint.setWordWrap(True)
        self.reverse_button = QPushButton(tr("Conflicts", "Dùng bản đã bỏ"))
        self.reverse_button.clicked.connect(self.reverse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Conflicts", "Đóng"))
        buttons.addButton(self.reverse_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        ops.conflicts(self).success(self._shown).run()

    def _shown(self, rows) -> None:
        self.model.set_rows(rows)
        self._update()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def _update(self, *_) -> None:
        row = self.selected()
        self.reverse_button.setEnabled(bool(row) and not row["reversed_at"])

    def reverse(self) -> None:
        row = self.selected()
        if not row:
            return
        answer = QMessageBox.question(self, tr("Conflicts", "Dùng bản đã bỏ"), tr(
            "Conflicts", "Dùng bản đã bỏ cho bản ghi này ({differs})?").format(differs=_differs(row)))
        if answer == QMessageBox.StandardButton.Yes:
            ops.reverse_conflict(self, conflict_id=row["id"]).success(self._reversed).run()

    def _reversed(self, changes) -> None:
        self.page.main.apply(changes)
        self.reload()
