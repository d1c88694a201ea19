"""Which of a file's columns is which, for daily figures from software that names them otherwise: one list of the
file's header texts per column the import reads (Xã, Ngày, Chỉ tiêu, Số người), each preset to a text that reads
alike. The import remembers the choice (core.reports.figures), so the office chooses once."""
from __future__ import annotations

from core.i18n import _
from core.reports.figures import FIELDS
from core.text import fold
from ui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, tr
from ui.widgets import ErrorLabel

HINTS = {"commune": ("xa", "phuong", "don vi", "dia ban"), "day": ("ngay",), "indicator": ("chi tieu", "loai", "doi tuong"),
         "count": ("so nguoi", "so luong", "nguoi", "luong")}


class FigureColumnsDialog(QDialog):
    def __init__(self, parent, names: list[str]):
        super().__init__(parent)
        self.setWindowTitle(tr("FigureColumns", "Chọn cột"))
        intro = QLabel(tr("FigureColumns", "Tệp không có các cột Xã, Ngày, Chỉ tiêu, Số người như tệp mẫu. Chọn cột "
                                           "tương ứng trong tệp; ứng dụng nhớ cho những lần nhập sau."))
        intro.setWordWrap(True)
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key, label in FIELDS.items():
            box = QComboBox()
            box.addItems(names)
            guess = next((i for i, n in enumerate(names) if any(h in fold(n) for h in HINTS[key])), -1)
            box.setCurrentIndex(guess)
            box.currentIndexChanged.connect(self.check)
            self.boxes[key] = box
            form.addRow(_(label), box)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("FigureColumns", "Nhập"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("FigureColumns", "Huỷ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.check()

    def columns(self) -> dict[str, str]:
        return {key: box.currentText() for key, box in self.boxes.items()}

    def check(self, *_) -> str:
        """Every column chosen, no file column twice."""
        chosen = [box.currentText() for box in self.boxes.values()]
        problem = (tr("FigureColumns", "Chọn đủ bốn cột.") if "" in chosen else
                   tr("FigureColumns", "Mỗi cột trong tệp chỉ chọn một lần.") if len(set(chosen)) < len(chosen) else "")
        self.error.show_error(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        return problem
