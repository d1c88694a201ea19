"""Conference dialogs: the one-conference form and the bulk-schedule dialog, plus the labels they share.

The form saves as an op on the DB worker, and a refusal from core lands on its field; the bulk dialog only
prepares rows, and the page writes them in an op.
"""
from __future__ import annotations

import datetime as dt
import re

from core import formatting, parse
from core.changes import Added, changes_of
from core.conferences import FIELDS, STATUSES, commune_label, status_label
from core.errors import UserError, ValidationError
from core import co_issuer
from core.text import clean
from ui.co_issuer_box import CoIssuerBox
from ui.operations import conferences as ops
from ui.qt import (QT_TRANSLATE_NOOP, QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                   QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                   QPushButton, QSizePolicy, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, tr)
from ui.widgets import DateEdit, ErrorLabel, NumberSpinBox, refusal


# Short forms for calendar cells; a kind the clerk added gets the initials of its name.
KIND_ABBREVIATIONS = {
    "customer": QT_TRANSLATE_NOOP("Conferences", "KH"),
    "policy_qa": QT_TRANSLATE_NOOP("Conferences", "ĐT"),
    "small_group": QT_TRANSLATE_NOOP("Conferences", "NN"),
    "launch": QT_TRANSLATE_NOOP("Conferences", "RQ"),
    "training": QT_TRANSLATE_NOOP("Conferences", "TH"),
}
_TYPE_WORD = re.compile(r"^(Xã|Phường|Thị trấn|Đặc khu)\s+")
AUTO = "auto"  # bulk organiser: the agency covering each commune


def kind_abbreviation(code: str, name: str = "") -> str:
    if code in KIND_ABBREVIATIONS:
        return tr("Conferences", KIND_ABBREVIATIONS[code])
    return "".join(w[0] for w in (name or code).split()[:3]).upper()


def short_commune(name: str) -> str:
    """'Xã Sơn Tây Hạ' -> 'Sơn Tây Hạ' (calendar cells are narrow)."""
    return _TYPE_WORD.sub("", name or "")


def ui_venue_pattern(pattern: str) -> str:
    """The clerk writes {xã} in the venue pattern; core substitutes {commune}."""
    text = clean(pattern)
    for key in ("{xã}", "{xa}", "{Xã}"):
        text = text.replace(key, "{commune}")
    return text


def covering_agency(ws, commune_id) -> int | None:
    """The collection agency that covers the commune (the first, if several), or None."""
    if not commune_id:
        return None
    groups = ws.groups.groups_for_commune(commune_id, kind="agency")
    return groups[0]["id"] if groups else None


def _plan_combo(ws) -> QComboBox:
    combo = QComboBox()
    combo.addItem(tr("Conferences", "(không)"), None)
    for p in ws.plans.list():
        text = " — ".join(t for t in (p.get("number"), p.get("title")) if t)
        combo.addItem(text if len(text) <= 70 else text[:69] + "…", p["id"])  # plan titles run long
        combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    return combo


def _date_edit(value=None) -> DateEdit:
    """A typed date (core.parse reads it), today unless given."""
    return DateEdit(value or dt.date.today().isoformat())


def _date_problem(edit: DateEdit, missing: str) -> str:
    """core's sentence for an unreadable date, `missing` for a blank one, '' for a date."""
    return edit.problem() or ("" if edit.value() else missing)


def _error_label() -> ErrorLabel:
    return ErrorLabel()


class _FieldErrors:
    """A message under each field: show(field, text) / clear(); the form's OK follows has_errors()."""

    def __init__(self, form: QFormLayout):
        self.form = form
        self.labels: dict[str, QLabel] = {}

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # room for the message
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        if isinstance(widget, (NumberSpinBox, DateEdit)):  # short values keep a short box
            lay.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            lay.addWidget(widget)
        err = _error_label()
        lay.addWidget(err)
        self.labels[key] = err
        self.form.addRow(label, box)

    def set(self, key: str, text: str | None) -> None:
        self.labels[key].show_error(text or "")

    def clear(self) -> None:
        for key in self.labels:
            self.set(key, None)

    def show_error(self, exc: UserError, aliases: dict | None = None, general: QLabel | None = None) -> None:
        """Put a core refusal on its fields (every problem of a ValidationError); the rest goes to `general`."""
        aliases = aliases or {}
        pairs = exc.problems if isinstance(exc, ValidationError) and exc.problems else [(exc.field, exc.message)]
        leftover = []
        for where, message in pairs:
            key = aliases.get(where) or field_key(where, self.labels)
            if key:
                self.set(key, message)
            else:
                leftover.append(message)
        if general is not None and leftover:
            general.setText("\n".join(leftover))
            general.show()


def field_key(core_field: str | None, known) -> str | None:
    """core's UserError.field ('commune_id', 'commune', 'date' …) -> the form's key, if the form has it."""
    if not core_field:
        return None
    for candidate in (core_field, core_field.removesuffix("_id"), core_field + "_id"):
        if candidate in known:
            return candidate
    return None


class ConferenceDialog(QDialog):
    """New or edit one conference. On OK it saves (an op); self.changes holds what changed."""

    def __init__(self, ws, conference: dict | None = None, parent=None, *, date: str | None = None):
        super().__init__(parent)
        self.ws = ws
        self.conference = conference
        self.conference_id = conference["id"] if conference else None
        self.changes = None
        self._kind_default: int | None = None
        self._auto_host = ""
        self._auto_organiser = None
        self.setWindowTitle(self.tr("Sửa hội nghị") if conference else self.tr("Thêm hội nghị"))
        self.setMinimumWidth(640)  # the co-issuer's two columns of fields

        self.kind = QComboBox()
        for k in ws.config.conference_kinds():
            self.kind.addItem(k["label"], k["code"])
        self.commune = QComboBox()
        self.commune.addItem(self.tr("— Chọn xã —"), None)
        for c in ws.units.communes():
            self.commune.addItem(c["name"], c["id"])
        self.village = QComboBox()
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("Ví dụ: Hội trường UBND xã Sơn Hà"))
        self.date = _date_edit(date)
        self.time = QLineEdit("08:00")
        self.time.setPlaceholderText("08:00")
        self.time.setMaximumWidth(90)
        self.invitees = NumberSpinBox()
        self.invitees.setRange(0, 100000)
        self.invitees.setGroupSeparatorShown(True)
        self.organiser = QComboBox()
        self.organiser.addItem(self.tr("(không)"), None)
        for g in ws.groups.list():
            self.organiser.addItem(g["name"], g["id"])
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("Ví dụ: UBND xã Sơn Hà"))
        self.status = QComboBox()
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        self.title_edit = QLineEdit()
        self.plan = _plan_combo(ws)
        self._plans = {p["id"]: p for p in ws.plans.list()}
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.co_issuer = CoIssuerBox(columns=2, suggest=self._commune_committee)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = _FieldErrors(form)
        self.errors.add_row("kind", self.tr("Loại hội nghị"), self.kind)
        self.errors.add_row("commune_id", self.tr("Xã"), self.commune)
        self.errors.add_row("village_id", self.tr("Thôn"), self.village)
        self.errors.add_row("venue", self.tr("Địa điểm"), self.venue)
        self.errors.add_row("date", self.tr("Ngày"), self.date)
        self.errors.add_row("time", self.tr("Giờ"), self.time)
        self.errors.add_row("expected_invitees", self.tr("Số người mời dự kiến"), self.invitees)
        self.errors.add_row("organiser_group_id", self.tr("Đơn vị tổ chức"), self.organiser)
        self.errors.add_row("host", self.tr("Chủ trì"), self.host)
        self.errors.add_row("status", self.tr("Trạng thái"), self.status)
        self.errors.add_row("title", self.tr("Tiêu đề"), self.title_edit)
        self.errors.add_row("plan_id", self.tr("Kế hoạch"), self.plan)
        self.errors.add_row("notes", self.tr("Ghi chú"), self.notes)
        form.addRow(self.co_issuer)
        self.general_error = _error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ bỏ"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._load(conference)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.commune.currentIndexChanged.connect(self._commune_changed)
        for signal in (self.village.currentIndexChanged, self.time.textChanged, self.invitees.valueChanged,
                       self.date.dateChanged, self.co_issuer.changed):
            signal.connect(self.validate)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self._plan_changed()
        self.validate()

    # --- loading ----------------------------------------------------------------------------------
    def _load(self, c: dict | None) -> None:
        if c is None:
            self._kind_changed()
            self._commune_changed()
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(c["kind"])))
        self._kind_default = self._default_for(c["kind"])
        self.commune.setCurrentIndex(max(0, self.commune.findData(c["commune_id"])))
        self._fill_villages()
        self.village.setCurrentIndex(max(0, self.village.findData(c.get("village_id"))))
        self.venue.setText(c.get("venue") or "")
        self.date.set_value(c["date"])
        self.time.setText(c.get("time") or "")
        self.invitees.setValue(int(c.get("expected_invitees") or 0))
        self.organiser.setCurrentIndex(max(0, self.organiser.findData(c.get("organiser_group_id"))))
        self.host.setText(c.get("host") or "")
        self.status.setCurrentIndex(max(0, self.status.findData(c.get("status") or "planned")))
        self.title_edit.setText(c.get("title") or "")
        self.plan.setCurrentIndex(max(0, self.plan.findData(c.get("plan_id"))))
        self.notes.setPlainText(c.get("notes") or "")
        self.co_issuer.load(c.get("co_issuer"))

    def _default_for(self, code) -> int | None:
        kind = self.ws.config.conference_kind(code) if code else None
        return kind["default_invitees"] if kind else None

    def _kind_changed(self, *_):
        """A new kind brings its default invitees, unless the clerk typed another number."""
        default = self._default_for(self.kind.currentData())
        if default is not None and (self._kind_default is None or self.invitees.value() in (0, self._kind_default)):
            self.invitees.setValue(default)
        self._kind_default = default
        self.validate()

    def _fill_villages(self) -> None:
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("(không)"), None)
        commune_id = self.commune.currentData()
        if commune_id:
            for v in self.ws.units.villages(commune_id):
                self.village.addItem(v["name"], v["id"])
        self.village.blockSignals(False)

    def _commune_changed(self, *_):
        self._fill_villages()
        if self.conference_id is None and self.organiser.currentData() in (None, self._auto_organiser):
            agency = covering_agency(self.ws, self.commune.currentData())  # who usually organises there
            self.organiser.setCurrentIndex(max(0, self.organiser.findData(agency)))
            self._auto_organiser = agency
        name = self.commune.currentText() if self.commune.currentData() else ""
        suggestion = self.tr("UBND {commune}").format(commune=commune_label(name)) if name else ""
        if self.host.text() in ("", self._auto_host):  # follow the commune until the clerk types a host
            self.host.setText(suggestion)
            self._auto_host = suggestion
        self.validate()

    def _commune_committee(self) -> dict:
        """What checking 'Đồng ban hành' fills in: the People's Committee of the commune chosen (seed 004), its
        chairman to be named. Document text: Vietnamese whatever the screen shows."""
        if not self.commune.currentData():
            return {}
        return {"name": f"Ủy ban nhân dân {commune_label(self.commune.currentText())}", "symbol": "UBND",
                "signer_authority": "TM. ỦY BAN NHÂN DÂN", "signer_title": "CHỦ TỊCH"}

    def _plan_changed(self, *_):
        """Unchecked, the plan's co-issuer applies: say which."""
        plan = self._plans.get(self.plan.currentData()) or {}
        joint = co_issuer.read(plan.get("co_issuer"))
        self.co_issuer.set_inherited(self.tr("Kế hoạch {plan} đồng ban hành giấy mời với {agency}; đánh dấu để chọn "
                                             "cơ quan khác cho hội nghị này.").format(plan=plan.get("number", ""),
                                                                                      agency=joint["name"])
                                     if joint else "")

    # --- validation -------------------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        out = {}
        if not self.commune.currentData():
            out["commune_id"] = self.tr("Chọn xã tổ chức hội nghị.")
        if self.kind.currentData() == "small_group" and not self.village.currentData():
            out["village_id"] = self.tr("Hội nghị nhóm nhỏ cần chọn thôn.")
        if msg := _date_problem(self.date, self.tr("Nhập ngày tổ chức, ví dụ 05/01/2026.")):
            out["date"] = msg
        if msg := refusal(parse.time, self.time.text()):   # core's rule, as the clerk types
            out["time"] = msg
        if self.invitees.value() <= 0:
            out["expected_invitees"] = self.tr("Số người mời dự kiến phải lớn hơn 0.")
        if not self.kind.currentData():
            out["kind"] = self.tr("Chọn loại hội nghị.")
        return out

    def validate(self, *_) -> bool:
        problems = self.problems()
        for key in self.errors.labels:
            self.errors.set(key, problems.get(key))
        self.general_error.hide()
        ok = not problems and self.co_issuer.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "commune_id": self.commune.currentData(),
            "village_id": self.village.currentData(),
            "venue": clean(self.venue.text()),
            "date": self.date.for_core(),
            "time": clean(self.time.text()),            # core writes it as HH:MM
            "expected_invitees": self.invitees.value(),
            "organiser_group_id": self.organiser.currentData(),
            "host": clean(self.host.text()),
            "status": self.status.currentData(),
            "title": clean(self.title_edit.text()),
            "plan_id": self.plan.currentData(),
            "notes": self.notes.toPlainText().strip(),
            "co_issuer": self.co_issuer.value(),
        }

    def save(self) -> None:
        if not self.validate():
            return
        ops.save_conference(self, conference_id=self.conference_id, values=self.values()) \
            .disabling(self.buttons.button(QDialogButtonBox.StandardButton.Ok)) \
            .success(self._saved).refused(self._refused).run()

    def _saved(self, result) -> None:
        if isinstance(result, Added):
            self.conference_id = result.id
        self.changes = changes_of(result)
        self.accept()

    def _refused(self, exc: UserError) -> None:
        rest = self.co_issuer.show_refusal(exc)
        if rest is not None:
            self.errors.show_error(rest, general=self.general_error)


class BulkScheduleDialog(QDialog):
    """Pick a rule, preview the conferences it makes, adjust their dates, then Create.

    rows() gives the adjusted conferences (keyword arguments for Conferences.add); the page writes them.
    """

    COL_DATE, COL_TIME, COL_KIND, COL_COMMUNE, COL_VENUE, COL_INVITEES, COL_ORGANISER = range(7)
    ALIASES = {"date_from": "period", "date_to": "period", "rule": "rule", "commune_ids": "communes"}

    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        self._preview: list[dict] = []
        self._kind_default: int | None = None
        self.setWindowTitle(self.tr("Lập lịch hội nghị hàng loạt"))
        self.resize(920, 760)

        self.kind = QComboBox()
        for k in ws.config.conference_kinds():
            if k["code"] != "small_group":  # small groups need a village each: add them one by one
                self.kind.addItem(k["label"], k["code"])
        self.communes = QListWidget()
        self.communes.setMaximumHeight(120)
        for c in ws.units.communes():
            item = QListWidgetItem(c["name"])
            item.setData(Qt.ItemDataRole.UserRole, c["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.communes.addItem(item)
        self.all_button = QPushButton(self.tr("Chọn tất cả"))
        self.none_button = QPushButton(self.tr("Bỏ chọn"))
        today = dt.date.today()
        first = dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
        quarter_end_month = ((first.month - 1) // 3 + 1) * 3
        last = dt.date(first.year + (quarter_end_month == 12), quarter_end_month % 12 + 1, 1) - dt.timedelta(days=1)
        self.start = _date_edit(first.isoformat())
        self.end = _date_edit(last.isoformat())
        self.rule = QComboBox()
        self.rule.addItem(self.tr("hội nghị mỗi xã mỗi tháng"), "per_month")
        self.rule.addItem(self.tr("hội nghị mỗi xã trong cả kỳ"), "per_period")
        self.count = NumberSpinBox()
        self.count.setRange(1, 31)
        self.count.setValue(1)
        self.time = QLineEdit("08:00")
        self.time.setMaximumWidth(90)
        self.venue = QLineEdit("Hội trường UBND {xã}")  # data, kept in Vietnamese (as core's default)
        self.venue.setToolTip(self.tr("{xã} được thay bằng tên xã."))
        self.invitees = NumberSpinBox()
        self.invitees.setRange(1, 100000)
        self.organiser = QComboBox()
        self.organiser.addItem(self.tr("(không)"), None)
        self.organiser.addItem(self.tr("Tổ chức dịch vụ thu phụ trách từng xã"), AUTO)
        for g in ws.groups.list():
            self.organiser.addItem(g["name"], g["id"])
        self.organiser.setCurrentIndex(1)
        self.plan = _plan_combo(ws)
        self._plans = {p["id"]: p for p in ws.plans.list()}
        if self.plan.count() > 1:  # plans come newest first: the likely one
            self.plan.setCurrentIndex(1)
            self._plan_dates()
        self.plan_warning = QLabel()  # a warning, not a refusal: Create still works
        self.plan_warning.setStyleSheet("color: #8a5a00;")
        self.plan_warning.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = _FieldErrors(form)
        self.errors.add_row("kind", self.tr("Loại hội nghị"), self.kind)
        commune_box = QWidget()
        cb = QHBoxLayout(commune_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.addWidget(self.communes, 1)
        side = QVBoxLayout()
        side.addWidget(self.all_button)
        side.addWidget(self.none_button)
        side.addStretch(1)
        cb.addLayout(side)
        self.errors.add_row("communes", self.tr("Các xã"), commune_box)
        period = QWidget()
        pl = QHBoxLayout(period)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QLabel(self.tr("Từ")))
        pl.addWidget(self.start)
        pl.addWidget(QLabel(self.tr("đến")))
        pl.addWidget(self.end)
        pl.addStretch(1)
        self.errors.add_row("period", self.tr("Thời gian"), period)
        rule = QWidget()
        rl = QHBoxLayout(rule)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.count)
        rl.addWidget(self.rule, 1)
        self.errors.add_row("rule", self.tr("Quy tắc"), rule)
        self.errors.add_row("time", self.tr("Giờ"), self.time)
        self.errors.add_row("venue", self.tr("Địa điểm"), self.venue)
        self.errors.add_row("expected_invitees", self.tr("Số người mời dự kiến"), self.invitees)
        self.errors.add_row("organiser_group_id", self.tr("Đơn vị tổ chức"), self.organiser)
        self.errors.add_row("plan_id", self.tr("Kế hoạch"), self.plan)
        form.addRow("", self.plan_warning)

        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.summary = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Giờ"), self.tr("Loại"), self.tr("Xã"),
                                              self.tr("Địa điểm"), self.tr("Dự kiến"), self.tr("Đơn vị tổ chức")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(self.COL_VENUE, QHeaderView.ResizeMode.Stretch)
        self.general_error = _error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Tạo"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ bỏ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.preview_button.clicked.connect(self.preview)
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.plan.currentIndexChanged.connect(self._plan_dates)
        for signal in (self.communes.itemChanged, self.start.dateChanged, self.end.dateChanged,
                       self.rule.currentIndexChanged, self.count.valueChanged, self.time.textChanged,
                       self.venue.textChanged, self.invitees.valueChanged, self.organiser.currentIndexChanged,
                       self.plan.currentIndexChanged):
            signal.connect(self._params_changed)
        self._kind_changed()

    def _check_all(self, state) -> None:
        for i in range(self.communes.count()):
            self.communes.item(i).setCheckState(state)

    def _kind_changed(self, *_):
        kind = self.ws.config.conference_kind(self.kind.currentData()) if self.kind.currentData() else None
        default = kind["default_invitees"] if kind else None
        if default and (self._kind_default is None or self.invitees.value() == self._kind_default):
            self.invitees.setValue(default)
        self._kind_default = default
        self._params_changed()

    def _plan_dates(self, *_) -> None:
        """The plan chosen gives the dates: its own period, when it has one."""
        plan = self._plans.get(self.plan.currentData())
        if plan and plan.get("start_date") and plan.get("end_date"):
            self.start.set_value(plan["start_date"])
            self.end.set_value(plan["end_date"])

    def _warn_outside_plan(self) -> None:
        """Dates beyond the chosen plan's period are allowed, but said: no registration there counts for it."""
        plan = self._plans.get(self.plan.currentData())
        start, end = self.start.value(), self.end.value()
        outside = bool(plan and plan.get("start_date") and plan.get("end_date") and start and end
                       and (start < plan["start_date"] or end > plan["end_date"]))
        self.plan_warning.setText(self.tr("Khoảng ngày vượt ra ngoài thời gian của kế hoạch ({start} – {end}).").format(
            start=formatting.date(plan["start_date"]), end=formatting.date(plan["end_date"])) if outside else "")
        self.plan_warning.setVisible(outside)

    def commune_ids(self) -> list[int]:
        return [self.communes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.communes.count())
                if self.communes.item(i).checkState() == Qt.CheckState.Checked]

    def problems(self) -> dict[str, str]:
        out = {}
        if not self.kind.currentData():
            out["kind"] = self.tr("Chọn loại hội nghị.")
        if not self.commune_ids():
            out["communes"] = self.tr("Chọn ít nhất một xã.")
        missing = self.tr("Nhập ngày bắt đầu và ngày kết thúc, ví dụ 05/01/2026.")
        if msg := _date_problem(self.start, missing) or _date_problem(self.end, missing):
            out["period"] = msg
        elif self.start.value() > self.end.value():
            out["period"] = self.tr("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.")
        if not clean(self.time.text()):
            out["time"] = self.tr("Nhập giờ, ví dụ 08:00 hoặc 8h.")
        elif msg := refusal(parse.time, self.time.text()):
            out["time"] = msg
        return out

    def _params_changed(self, *_):
        """Any change to the rule makes the preview stale: clear it so Create never writes an old list."""
        problems = self.problems()
        for key in self.errors.labels:
            self.errors.set(key, problems.get(key))
        self._warn_outside_plan()
        self.preview_button.setEnabled(not problems)
        self._preview = []
        self.table.setRowCount(0)
        self.summary.setText("")
        self.general_error.hide()
        self.create_button.setEnabled(False)

    def schedule_args(self) -> dict:
        args = {
            "kind": self.kind.currentData(),
            "commune_ids": self.commune_ids(),
            "start_date": self.start.for_core(),
            "end_date": self.end.for_core(),
            "time": clean(self.time.text()),
            "venue": ui_venue_pattern(self.venue.text()),
            "expected_invitees": self.invitees.value(),
            "organiser_group_id": None if self.organiser.currentData() == AUTO else self.organiser.currentData(),
            "plan_id": self.plan.currentData(),
        }
        args[self.rule.currentData()] = self.count.value()
        return args

    def preview(self) -> None:
        if self.problems():
            return
        try:
            rows = self.ws.conferences.schedule(**self.schedule_args(), preview=True)
        except UserError as exc:
            self.errors.show_error(exc, self.ALIASES, self.general_error)
            return
        if self.organiser.currentData() == AUTO:
            agencies: dict = {}
            for r in rows:
                if r["commune_id"] not in agencies:
                    agencies[r["commune_id"]] = covering_agency(self.ws, r["commune_id"])
                r["organiser_group_id"] = agencies[r["commune_id"]]
        self._preview = list(rows)
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._preview))
        kind_name = self.kind.currentText()
        group_names = {g["id"]: g["name"] for g in self.ws.groups.list()}
        for i, r in enumerate(self._preview):
            edit = _date_edit(r["date"])
            self.table.setCellWidget(i, self.COL_DATE, edit)
            cells = [r.get("time") or "", r.get("kind_name") or kind_name, r.get("commune_name") or "",
                     r.get("venue") or "", formatting.number(r.get("expected_invitees")),
                     group_names.get(r.get("organiser_group_id"), "")]
            for col, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == self.COL_INVITEES:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(self.COL_VENUE, QHeaderView.ResizeMode.Stretch)
        n = len(self._preview)
        self.summary.setText(self.tr("{count} hội nghị sẽ được tạo. Có thể sửa ngày trước khi tạo.", "", n).format(
            count=formatting.number(len(self._preview))))
        self.create_button.setEnabled(bool(self._preview))

    def rows(self) -> list[dict]:
        """The previewed conferences with the dates as the clerk left them, as Conferences.add_many rows."""
        out = []
        for i, r in enumerate(self._preview):
            edit = self.table.cellWidget(i, self.COL_DATE)
            row = {f: r.get(f) for f in FIELDS}
            if edit is not None:
                row["date"] = edit.for_core()   # an unreadable date is refused by core, naming the row
            out.append(row)
        return out


