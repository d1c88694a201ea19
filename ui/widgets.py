"""Small widgets shared by the pages: a line edit with its error under it, a search box, a heading.

    field = ValidatedField(validator=lambda text: "" if text else tr("Form", "Nhập tên."))
    field.changed.connect(self.update_ok)      # emitted after each edit, once the error is re-checked
    field.is_valid(); field.text()

Texts use the context "Widgets" (these classes are subclassed and reused, so self.tr would not match).
"""
from __future__ import annotations

from typing import Callable

from core.text import clean
from ui.qt import QColor, QEvent, QFont, QFrame, QLabel, QLineEdit, QPalette, Qt, QVBoxLayout, QWidget, Signal, tr

ERROR_COLOR = "#b3261e"


class ErrorLabel(QLabel):
    """A small red message under a field; empty means hidden (the layout does not jump: it keeps its height)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
        self.setFont(font)
        self.setVisible(False)

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class ValidatedField(QWidget):
    """A QLineEdit and, under it, the message from validator(clean(text)) ('' = valid), checked as you type.

    The message appears only once the field has been edited (or check(show=True) is called), so an empty
    form does not open in red; is_valid() is true only when the validator returns ''.
    """

    changed = Signal()

    def __init__(self, validator: Callable[[str], str] | None = None, text: str = "", placeholder: str = "",
                 parent=None):
        super().__init__(parent)
        self.validator = validator
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(placeholder)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self._touched = False
        self.edit.textEdited.connect(self._edited)
        self.setFocusProxy(self.edit)

    def _edited(self, _text: str) -> None:
        self._touched = True
        self.check()
        self.changed.emit()

    def text(self) -> str:
        return clean(self.edit.text())

    def setText(self, text: str) -> None:
        self.edit.setText(text or "")
        self.check(show=self._touched)
        self.changed.emit()

    def message(self) -> str:
        return self.validator(self.text()) if self.validator else ""

    def is_valid(self) -> bool:
        return not self.message()

    def check(self, show: bool | None = None) -> bool:
        """Re-validate; shows the message if the field was edited (or show=True). Returns validity."""
        message = self.message()
        if show or (show is None and self._touched):
            self.error.show_error(message)
        elif not message:
            self.error.show_error("")
        return not message

    def set_error(self, message: str) -> None:
        """Show a message from outside (e.g. a UserError naming this field)."""
        self._touched = True
        self.error.show_error(message)


def required(message: Callable[[], str]) -> Callable[[str], str]:
    """A validator: the text must not be empty. message() is called at check time (follows the language)."""
    return lambda text: "" if text else message()


class SearchBox(QLineEdit):
    """A filter box: clear button, placeholder 'Tìm…'; textChanged drives a FoldedFilterProxy or a tree filter."""

    def __init__(self, parent=None, placeholder=None):
        """placeholder: a text, or a function returning the translated text (re-read on LanguageChange)."""
        super().__init__(parent)
        self._placeholder = placeholder
        self.setClearButtonEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        text = self._placeholder() if callable(self._placeholder) else self._placeholder
        self.setPlaceholderText(text or tr("Widgets", "Tìm (gõ không dấu cũng được)…"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def heading(text: str = "", size: float = 1.35) -> QLabel:
    """A bold page or section title."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def muted(label: QLabel) -> QLabel:
    """Grey secondary text (hints, paths)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#5f6368"))
    label.setPalette(palette)
    return label
