"""The plan form and the period/wave form. Both validate as you type (message under the field, OK disabled
while invalid) and save on OK, as an op on the DB worker, so a refusal from core lands on its field too."""
from __future__ import annotations

import datetime as dt

from core import formatting, labels, parse
from core.deadlines import LISTS_BEFORE_CEREMONY
from core.changes import Added, changes_of
from core.errors import UserError
from core.text import clean
from ui.co_issuer_box import CoIssuerBox
from ui.operations import Op
from ui.operations import plans as ops
from ui.operations import settings as settings_ops
from ui.qt import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton,
                   QVBoxLayout, QWidget, qdate, tr)
from ui.widgets import DateEdit, ErrorLabel, ValidatedField, refusal


DateField = DateEdit  # the plan's dates are optional: a blank field is no date
kind_label = labels.period_kind


class _Form(QDialog):
    """Rows of widget + message; subclasses give check() -> {key: message} and operation() -> the Op that saves."""

    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.changes = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, ErrorLabel] = {}
        self.dates: dict[str, DateField] = {}
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("PlanDialogs", "Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("PlanDialogs", "Huỷ bỏ"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        if isinstance(widget, DateField):
            self.dates[key] = widget
        if not isinstance(widget, ValidatedField):
            err = ErrorLabel()
            lay.addWidget(err)
            self.errors[key] = err
        self.form.addRow(label, box)
        for name in ("changed", "textChanged", "dateChanged", "currentIndexChanged"):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(self.validate)
                break

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check(self) -> dict[str, str]:
        return {}

    def validate(self, *_) -> bool:
        problems = self.check()
        problems.update({key: f.problem() for key, f in self.dates.items() if f.problem()})  # unreadable first
        for key, label in self.errors.items():
            label.show_error(problems.get(key, ""))
        self.general_error.show_error("")
        ok = not problems and all(f.is_valid() for f in self.findChildren(ValidatedField))
        self.ok_button.setEnabled(ok)
        return ok

    def operation(self) -> Op:
        raise NotImplementedError

    def save(self) -> None:
        if not self.validate():
            return
        self.operation().disabling(self.ok_button).success(self._saved).refused(self._refused).run()

    def _saved(self, result) -> None:
        self.changes = changes_of(result)
        self.accept()

    def _refused(self, exc: UserError) -> None:
        field = getattr(self, exc.field, None) if exc.field else None
        if isinstance(field, ValidatedField):
            field.set_error(exc.message)
        elif exc.field in self.errors:
            self.errors[exc.field].show_error(exc.message)
        else:
            self.general_error.show_error(exc.message)


def _order_problem(start: DateField, end: DateField) -> str:
    if start.value() and end.value() and end.value() < start.value():
        return tr("PlanDialogs", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.")
    return ""


class PlanDialog(_Form):
    """New or edit a plan (number/symbol such as 25/KH-BHXH, title, dates, issuing office, and the agency its
    conferences' invitations are issued with, if any)."""

    def __init__(self, ws, plan: dict | None = None, parent=None):
        super().__init__(ws, parent)
        self.plan = plan
        self.plan_id = plan["id"] if plan else None
        self.setWindowTitle(tr("PlanDialogs", "Sửa kế hoạch") if plan else tr("PlanDialogs", "Thêm kế hoạch"))
        p = plan or {}
        self.number = ValidatedField(lambda t: "" if t else tr("PlanDialogs", "Nhập số/ký hiệu kế hoạch."),
                                     p.get("number", ""), placeholder=tr("PlanDialogs", "Ví dụ: 25/KH-BHXH"))
        self.title_edit = QLineEdit(p.get("title") or "")
        self.title_edit.setPlaceholderText(tr("PlanDialogs", "Ví dụ: Tổ chức hội nghị khách hàng quý IV/2025"))
        self.issued_on = DateField(p.get("issued_on"))
        self.start_date = DateField(p.get("start_date"))
        self.end_date = DateField(p.get("end_date"))
        default_issuer = (ws.office or {}).get("name", "") if plan is None else ""
        self.issuer = QLineEdit(p.get("issuer") or default_issuer)
        self.add_row("number", tr("PlanDialogs", "Số/ký hiệu"), self.number)
        self.add_row("title", tr("PlanDialogs", "Trích yếu"), self.title_edit)
        self.add_row("issued_on", tr("PlanDialogs", "Ngày ban hành"), self.issued_on)
        self.add_row("start_date", tr("PlanDialogs", "Từ ngày"), self.start_date)
        self.add_row("end_date", tr("PlanDialogs", "Đến ngày"), self.end_date)
        self.add_row("issuer", tr("PlanDialogs", "Cơ quan ban hành"), self.issuer)
        self.report_weekday = QComboBox()   # when the weekly report is due (core.deadlines)
        for weekday in range(1, 8):
            self.report_weekday.addItem(formatting.weekday(dt.date(2025, 1, 5) + dt.timedelta(days=weekday)), weekday)
        self.report_weekday.setCurrentIndex(self.report_weekday.findData(p.get("report_weekday") or 4))
        self.report_time = QLineEdit(p.get("report_time") or "15:00")
        self.report_time.setMaximumWidth(80)
        due = QWidget()
        due_row = QHBoxLayout(due)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.report_weekday)
        due_row.addWidget(self.report_time)
        due_row.addStretch(1)
        self.add_row("report_time", tr("PlanDialogs", "Hạn báo cáo tuần"), due)
        self.report_time.textChanged.connect(self.validate)
        self.co_issuer = CoIssuerBox(p.get("co_issuer") or "")  # the invitations of the plan's conferences
        self.form.addRow(self.co_issuer)
        self.co_issuer.changed.connect(self.validate)
        self.end_date.start_hint = None
        self.start_date.dateChanged.connect(self._hint)
        self._hint()
        self.validate()
        self.number.setFocus()

    def _hint(self, *_):
        self.end_date.start_hint = qdate(self.start_date.value())

    def check(self) -> dict[str, str]:
        problems = {}
        if msg := _order_problem(self.start_date, self.end_date):
            problems["end_date"] = msg
        if msg := refusal(parse.time, self.report_time.text()):   # core's rule, as the clerk types
            problems["report_time"] = msg
        return problems

    def values(self) -> dict:
        return {"number": self.number.text(), "title": clean(self.title_edit.text()),
                "issued_on": self.issued_on.for_core(), "start_date": self.start_date.for_core(),
                "end_date": self.end_date.for_core(), "issuer": clean(self.issuer.text()),
                "co_issuer": self.co_issuer.value(), "report_weekday": self.report_weekday.currentData(),
                "report_time": clean(self.report_time.text()) or "15:00"}

    def operation(self) -> Op:
        return ops.save_plan(self, plan_id=self.plan_id, values=self.values())

    def _saved(self, result) -> None:
        if isinstance(result, Added):
            self.plan_id = result.id
        super()._saved(result)

    def _refused(self, exc: UserError) -> None:
        rest = self.co_issuer.show_refusal(exc)
        if rest is not None:
            super()._refused(rest)


class PeriodDialog(_Form):
    """New or edit a period ('Tháng cao điểm') or a wave ('Đợt 1', with its launch ceremony and emulation)."""

    def __init__(self, ws, plan: dict, period: dict | None = None, parent=None):
        super().__init__(ws, parent)
        self.plan_row = plan
        self.period = period
        self.period_id = period["id"] if period else None
        self.setWindowTitle(tr("PlanDialogs", "Sửa kỳ/đợt") if period else tr("PlanDialogs", "Thêm kỳ/đợt"))
        p = period or {}
        self.name = ValidatedField(lambda t: "" if t else tr("PlanDialogs", "Nhập tên kỳ/đợt."), p.get("name", ""),
                                   placeholder=tr("PlanDialogs", "Ví dụ: Tháng cao điểm, Đợt 1"))
        self.kind = QComboBox()
        for code in labels.PERIOD_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.get("kind") or "period")))
        self.start_date = DateField(p.get("start_date"))
        self.end_date = DateField(p.get("end_date"))
        self.ceremony_date = DateField(p.get("ceremony_date"))
        self.ceremony_time = QLineEdit(p.get("ceremony_time") or "")
        self.ceremony_time.setPlaceholderText("07:30")
        self.ceremony_time.setMaximumWidth(100)
        self.ceremony_venue = QLineEdit(p.get("ceremony_venue") or "")
        self.ceremony_venue.setPlaceholderText(tr("PlanDialogs", "Ví dụ: Hội trường UBND xã Sơn Hà"))
        self.emulation_start = DateField(p.get("emulation_start"))
        self.emulation_end = DateField(p.get("emulation_end"))
        for f in (self.start_date, self.end_date, self.ceremony_date, self.emulation_start, self.emulation_end):
            f.start_hint = qdate(plan.get("start_date"))
        self.add_row("name", tr("PlanDialogs", "Tên"), self.name)
        self.add_row("kind", tr("PlanDialogs", "Loại"), self.kind)
        self.add_row("start_date", tr("PlanDialogs", "Từ ngày"), self.start_date)
        self.add_row("end_date", tr("PlanDialogs", "Đến ngày"), self.end_date)
        self.add_row("ceremony_date", tr("PlanDialogs", "Ngày ra quân"), self.ceremony_date)
        self.add_row("ceremony_time", tr("PlanDialogs", "Giờ ra quân"), self.ceremony_time)
        self.add_row("ceremony_venue", tr("PlanDialogs", "Địa điểm ra quân"), self.ceremony_venue)
        self.add_row("emulation_start", tr("PlanDialogs", "Thi đua từ ngày"), self.emulation_start)
        self.add_row("emulation_end", tr("PlanDialogs", "Thi đua đến ngày"), self.emulation_end)
        self.lists_due = DateField(p.get("lists_due"))
        self.results_due = DateField(p.get("results_due"))
        self.add_row("lists_due", tr("PlanDialogs", "Hạn gửi danh sách người tham gia"), self.lists_due)
        self.add_row("results_due", tr("PlanDialogs", "Hạn báo cáo kết quả"), self.results_due)
        self.ceremony_date.dateChanged.connect(self._lists_due_hint)
        self.start_date.dateChanged.connect(self._hints)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.validate()
        self.name.setFocus()

    def _hints(self, *_):
        start = qdate(self.start_date.value())
        if start.isValid():
            self.end_date.start_hint = start

    def _lists_due_hint(self, *_):
        """A wave's list of participants goes up 5 days before its ceremony (seed 001): offered, editable."""
        ceremony = self.ceremony_date.value()
        if ceremony and not self.lists_due.value():
            self.lists_due.set_value(
                (parse.stored_date(ceremony) - dt.timedelta(days=LISTS_BEFORE_CEREMONY)).isoformat())

    def _kind_changed(self, *_):
        """Ceremony and emulation rows belong to waves; a plain period hides them (values are kept)."""
        wave = self.kind.currentData() == "wave"
        for key in ("ceremony_date", "ceremony_time", "ceremony_venue", "emulation_start", "emulation_end"):
            self.form.setRowVisible(self.errors[key].parentWidget(), wave)
        self.adjustSize()

    def check(self) -> dict[str, str]:
        problems = {}
        if msg := _order_problem(self.start_date, self.end_date):
            problems["end_date"] = msg
        if msg := _order_problem(self.emulation_start, self.emulation_end):
            problems["emulation_end"] = msg
        if msg := refusal(parse.time, self.ceremony_time.text()):   # core's rule, as the clerk types
            problems["ceremony_time"] = msg
        plan_start, plan_end = self.plan_row.get("start_date"), self.plan_row.get("end_date")
        start, end = self.start_date.value(), self.end_date.value()
        if plan_start and start and start < plan_start or plan_end and end and end > plan_end:
            problems.setdefault("end_date", tr("PlanDialogs", "Kỳ phải nằm trong thời gian của kế hoạch ({start} – {end}).")
                                .format(start=_show(plan_start), end=_show(plan_end)))
        return problems

    def values(self) -> dict:
        wave = self.kind.currentData() == "wave"   # core writes the time as HH:MM
        return {"name": self.name.text(), "kind": self.kind.currentData(),
                "start_date": self.start_date.for_core(), "end_date": self.end_date.for_core(),
                "ceremony_date": self.ceremony_date.for_core() if wave else None,
                "ceremony_time": (clean(self.ceremony_time.text()) or None) if wave else None,
                "ceremony_venue": clean(self.ceremony_venue.text()) if wave else "",
                "emulation_start": self.emulation_start.for_core() if wave else None,
                "emulation_end": self.emulation_end.for_core() if wave else None,
                "lists_due": self.lists_due.for_core(), "results_due": self.results_due.for_core()}

    def operation(self) -> Op:
        return ops.save_period(self, plan_id=self.plan_row["id"], period_id=self.period_id, values=self.values())

    def _saved(self, result) -> None:
        if isinstance(result, Added):
            self.period_id = result.id
        super()._saved(result)


def _show(value) -> str:
    from core import formatting
    return formatting.date(value) if value else "…"


class IndicatorDialog(_Form):
    """Add an indicator (code + name + unit of measure) through ws.config.add_indicator."""

    def __init__(self, ws, parent=None):
        super().__init__(ws, parent)
        self.setWindowTitle(tr("PlanDialogs", "Thêm chỉ tiêu"))
        self.name = ValidatedField(lambda t: "" if t else tr("PlanDialogs", "Nhập tên chỉ tiêu."),
                                   placeholder=tr("PlanDialogs", "Ví dụ: BHXH bắt buộc tăng mới"))
        self.code = ValidatedField(ws.config.indicator_code_problem, placeholder="csi_new")  # core's rule, live
        self.measure = QLineEdit(tr("PlanDialogs", "người"))
        self.add_row("name", tr("PlanDialogs", "Tên chỉ tiêu"), self.name)
        self.add_row("code", tr("PlanDialogs", "Mã"), self.code)
        self.add_row("measure", tr("PlanDialogs", "Đơn vị tính"), self.measure)
        self.validate()

    def operation(self) -> Op:
        self.code_value = self.code.text()
        return settings_ops.add_indicator(self, code=self.code_value, name=self.name.text(),
                                          measure=clean(self.measure.text()) or "người")

