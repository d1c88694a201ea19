"""Small widgets shared by the pages: a line edit with its error under it, a typed date, a search box, a heading.

    field = ValidatedField(validator=lambda text: "" if text else tr("Form", "Nhập tên."))
    field.changed.connect(self.update_ok)      # emitted after each edit, once the error is re-checked
    field.is_valid(); field.text()

Texts use the context "Widgets" (these classes are subclassed and reused, so self.tr would not match).
"""
from __future__ import annotations

from typing import Callable

from core import formatting, parse
from core.errors import UserError
from core.text import clean
from ui.qt import (QAbstractItemView, QCalendarWidget, QColor, QComboBox, QDate, QEvent, QFont, QFrame, QHBoxLayout,
                   QHeaderView, QLabel, QLineEdit, QMenu, QPalette, QSpinBox, Qt, QTableView, QToolButton, QValidator,
                   QVBoxLayout, QWidget, QWidgetAction, Signal, tr)

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


def refusal(check: Callable, *args, **kwargs) -> str:
    """core's sentence when check(*args, **kwargs) refuses (a UserError), '' when it accepts: forms ask core
    as the clerk types, e.g. refusal(parse.time, text)."""
    try:
        check(*args, **kwargs)
    except UserError as exc:
        return exc.message
    return ""


class DateEdit(QWidget):
    """A date typed as dates are written here (05/01/2026, 5/1/2026, 05.01.2026, 2026-01-05), read by core.parse,
    or picked on the calendar behind the button; blank is allowed (the form says when a date is needed).

    value(): the ISO date, None when blank or unreadable; problem(): core's sentence for unreadable text;
    for_core(): what to hand to core (the ISO date, else the text as typed, which core refuses by name).
    date()/setDate() and dateChanged(QDate) behave as a QDateEdit's (an invalid QDate while blank or unreadable).
    """

    dateChanged = Signal(QDate)

    def __init__(self, value=None, parent=None):
        super().__init__(parent)
        self.start_hint: QDate | None = None   # where the calendar opens while the field is blank
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("Widgets", "ngày/tháng/năm"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/0000") + 40)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._open_calendar)
        self.calendar.clicked.connect(lambda day: (self.setDate(day), menu.hide()))
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(tr("Widgets", "Chọn trên lịch"))
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._day, self._problem = None, ""
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.set_value(value)

    def _typed(self, text: str) -> None:
        try:
            self._day, self._problem = parse.date(text), ""
        except UserError as exc:
            self._day, self._problem = None, exc.message
        self.dateChanged.emit(self.date())

    def _tidy(self) -> None:
        """Once typed, a readable date is written back as dd/mm/yyyy, so the clerk sees how it was read."""
        if self._day is not None:
            self.setDate(self.date())

    def _open_calendar(self) -> None:
        day = self.date()
        if not day.isValid():
            day = self.start_hint if self.start_hint and self.start_hint.isValid() else QDate.currentDate()
        self.calendar.setSelectedDate(day)

    def text(self) -> str:
        return clean(self.edit.text())

    def problem(self) -> str:
        return self._problem

    def value(self) -> str | None:
        return self._day.isoformat() if self._day else None

    def for_core(self) -> str | None:
        return self.value() or self.text() or None

    def set_value(self, value) -> None:
        """A stored ISO date (or None: blank)."""
        day = parse.stored_date(value)
        self.edit.setText(formatting.date(day))

    def date(self) -> QDate:
        return QDate(self._day.year, self._day.month, self._day.day) if self._day else QDate()

    def setDate(self, day: QDate) -> None:  # noqa: N802  (QDateEdit's name)
        self.set_value(day.toPython() if day.isValid() else None)


class NumberSpinBox(QSpinBox):
    """A spin box whose typed text core.parse reads, as imports and the CLI read numbers: reader is
    parse.whole_number (52.139, 52139) or parse.money (1.500.000, 1.500.000đ, 1500000 VND). Qt's own reading
    is not used; the arrows still step."""

    def __init__(self, parent=None, *, reader=parse.whole_number):
        super().__init__(parent)
        self.reader = reader

    def _read(self, text: str) -> int | None:
        try:
            return self.reader(text)
        except UserError:
            return None

    def valueFromText(self, text: str) -> int:  # noqa: N802  (Qt's name)
        number = self._read(text)
        return self.value() if number is None else number

    def validate(self, text: str, pos: int):
        number = self._read(text)
        fits = number is not None and self.minimum() <= number <= self.maximum()
        return (QValidator.State.Acceptable if fits else QValidator.State.Intermediate), text, pos


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


def report_view(model) -> QTableView:
    """A table of figures or a short list: read-only, whole rows selected, columns fitted to their contents, a
    text too long for its column elided."""
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
    return view


class OfficeChooser(QComboBox):
    """Whose records a report counts (core.reports.scope): every office's, or one office's. It and its label
    (`label`, laid out by the page or dialog beside it) show only when the database holds more than one office's
    records (a district or a province that imported packages)."""
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._offices: dict[str, object] = {}
        self.label = QLabel(parent)
        self.label.setBuddy(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)   # a long office name must not widen the page's top row
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.retranslate()
        self._show(False)

    def load(self, ws) -> None:
        """The offices this database knows, the one chosen kept when it is still there."""
        from core.reports import scope
        chosen = self.currentData()
        offices = scope.offices(ws) if ws.office else []
        self._offices = {o.origin: o for o in offices}
        self.blockSignals(True)
        self.clear()
        self.addItem(tr("Widgets", "Tất cả đơn vị"), None)
        for o in offices:
            self.addItem(tr("Widgets", "{office} (đơn vị này)").format(office=o.label) if o.own else o.label, o.origin)
        self.setCurrentIndex(max(self.findData(chosen), 0) if chosen else 0)
        self.blockSignals(False)
        self._show(len(offices) > 1)

    def _show(self, shown: bool) -> None:
        self.setVisible(shown)
        self.label.setVisible(shown)

    def office(self):
        """The office chosen (core.reports.scope.Office), None for all."""
        return self._offices.get(self.currentData())

    def retranslate(self) -> None:
        self.label.setText(tr("Widgets", "Số liệu của:"))
        self.setToolTip(tr("Widgets", "Báo cáo tính số liệu của mọi đơn vị cơ sở dữ liệu có (kể cả các gói đã nhận) "
                                      "hoặc chỉ số liệu do một đơn vị lập"))
        if self.count():
            self.setItemText(0, tr("Widgets", "Tất cả đơn vị"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
