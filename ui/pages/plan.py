"""Kế hoạch: the plans (left), and for the selected plan its periods/waves and the targets grid (right).

Every write is an op on the DB worker (ui/operations/plans.py); plan and period forms show a refusal on its
field. Targets are edited in the grid and saved together: Save sends every pending cell to ws.plans.save_targets
(one transaction), Discard drops them.
"""
from __future__ import annotations

import datetime as dt

from core import formatting, parse
from core.changes import Changes
from core.errors import UserError
from core.plans import registered
from core.target_table import TOTAL
from ui import file_dialogs, look
from ui.models import Column, RecordRole, RowsModel
from ui.operations import Op
from ui.operations import plans as ops
from ui.pages.base import Page
from ui.plan_dialogs import IndicatorDialog, PeriodDialog, PlanDialog, kind_label
from ui.qt import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                   QMessageBox, QPushButton, QSettings, QSplitter, Qt, QTableView, QVBoxLayout, QWidget, tr)
from ui.targets_grid import TargetsGrid, TargetsModel
from ui.widgets import ErrorLabel, heading, muted


def _span(start, end) -> str:
    if not start and not end:
        return ""
    return tr("PlanPage", "{start} – {end}").format(start=formatting.date(start) or "…", end=formatting.date(end) or "…")


def _ceremony(p: dict) -> str:
    parts = [formatting.date(p.get("ceremony_date")), p.get("ceremony_time") or ""]
    return " ".join(x for x in parts if x)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class PlanPage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.title = heading()

        # --- plans (left) ---
        self.plans_model = RowsModel([
            # number with its dates under it; the title wraps in the wide column
            Column(lambda: tr("PlanPage", "Số/ký hiệu, thời gian"),
                   lambda r: "\n".join(x for x in (r["number"], _span(r.get("start_date"), r.get("end_date"))) if x)),
            Column(lambda: tr("PlanPage", "Trích yếu"), "title"),
        ])
        self.plans_view = _table(self.plans_model)
        # long titles wrap inside the row rather than being cut ("Tổ chức hộ…")
        self.plans_view.setWordWrap(True)
        self.plans_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plans_view.horizontalHeader().setStretchLastSection(False)
        self.plans_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # at most three lines a plan (the style elides the last one); the full title is in the plan's header
        self.plans_view.verticalHeader().setMaximumSectionSize(self.fontMetrics().lineSpacing() * 3 + 10)
        self.new_plan_button = QPushButton()
        self.edit_plan_button = QPushButton()
        self.delete_plan_button = QPushButton()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.plans_view, 1)
        row = QHBoxLayout()
        for b in (self.new_plan_button, self.edit_plan_button, self.delete_plan_button):
            row.addWidget(b)
        row.addStretch(1)
        ll.addLayout(row)

        # --- periods (right, top) ---
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_info = muted(QLabel())
        self.plan_info.setWordWrap(True)
        self.periods_title = QLabel()
        self.periods_model = RowsModel([
            Column(lambda: tr("PlanPage", "Tên"), "name"),
            Column(lambda: tr("PlanPage", "Loại"), lambda r: kind_label(r.get("kind"))),
            Column(lambda: tr("PlanPage", "Thời gian"), lambda r: _span(r.get("start_date"), r.get("end_date"))),
            Column(lambda: tr("PlanPage", "Lễ ra quân"), _ceremony),
            Column(lambda: tr("PlanPage", "Địa điểm"), "ceremony_venue"),
            Column(lambda: tr("PlanPage", "Thi đua"),
                   lambda r: _span(r.get("emulation_start"), r.get("emulation_end"))),
        ])
        self.periods_view = _table(self.periods_model)
        self.add_period_button = QPushButton()
        self.edit_period_button = QPushButton()
        self.delete_period_button = QPushButton()
        periods_box = QWidget()
        pl = QVBoxLayout(periods_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.plan_label)
        pl.addWidget(self.plan_info)
        pl.addWidget(self.periods_title)
        pl.addWidget(self.periods_view, 1)
        row = QHBoxLayout()
        for b in (self.add_period_button, self.edit_period_button, self.delete_period_button):
            row.addWidget(b)
        row.addStretch(1)
        pl.addLayout(row)

        # --- targets (right, bottom) ---
        self.targets_title = QLabel()
        self.indicator_label = QLabel()
        self.indicator = QComboBox()
        # the combo may shrink below a long indicator name: the page must fit a 1366-pixel screen
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(16)
        self.add_indicator_button = QPushButton()
        self.villages = QCheckBox()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.model = TargetsModel(self)
        self.grid = TargetsGrid()
        self.grid.setModel(self.model)
        self.state_label = muted(QLabel())
        self.hint = muted(QLabel())
        self.achieved_label = QLabel()  # registrations counted toward the plan's targets
        for label in (self.hint, self.achieved_label):  # long lines wrap rather than widen the window
            label.setWordWrap(True)
        self.message = ErrorLabel()
        self.save_button = QPushButton()
        self.discard_button = QPushButton()
        for button, name in ((self.new_plan_button, "add"), (self.edit_plan_button, "edit"),
                             (self.delete_plan_button, "delete"), (self.add_period_button, "add"),
                             (self.edit_period_button, "edit"), (self.delete_period_button, "delete"),
                             (self.add_indicator_button, "add"), (self.import_button, "import"),
                             (self.export_button, "export"), (self.discard_button, "undo")):
            look.decorate(button, name)
        look.primary(self.save_button, "save")
        targets_box = QWidget()
        tl = QVBoxLayout(targets_box)
        tl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.targets_title)
        row.addSpacing(12)
        row.addWidget(self.indicator_label)
        row.addWidget(self.indicator)
        row.addWidget(self.add_indicator_button)
        row.addWidget(self.villages)
        row.addStretch(1)
        tl.addLayout(row)
        tl.addWidget(self.grid, 1)
        tl.addWidget(self.achieved_label)
        tl.addWidget(self.hint)
        tl.addWidget(self.message)
        row = QHBoxLayout()  # the table's files on the left, its edits on the right
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        tl.addLayout(row)

        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.addWidget(periods_box)
        self.right_split.addWidget(targets_box)
        self.right_split.setStretchFactor(1, 1)
        self.right_split.setSizes([270, 430])
        self.right_split.setChildrenCollapsible(False)
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(self.right_split)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([300, 980])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.split, 1)

        # --- wiring ---
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.plans_view.doubleClicked.connect(self.edit_plan)
        self.plans_view.selectionModel().currentRowChanged.connect(self._plan_changed)
        self.add_period_button.clicked.connect(self.add_period)
        self.edit_period_button.clicked.connect(self.edit_period)
        self.delete_period_button.clicked.connect(self.delete_period)
        self.periods_view.doubleClicked.connect(self.edit_period)
        self.periods_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.indicator.activated.connect(self._indicator_chosen)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.villages.toggled.connect(self._villages_toggled)
        self.import_button.clicked.connect(self.import_targets)
        self.export_button.clicked.connect(self.export_targets)
        self.save_button.clicked.connect(self.save_targets)
        self.discard_button.clicked.connect(self.discard_targets)
        self.model.dirty_changed.connect(self._update_state)
        self.model.refused.connect(self.message.show_error)
        self.model.dataChanged.connect(self._edited)

        self._plan_id: int | None = None
        self._shown_targets: int | None = None     # the plan whose targets the grid holds
        self._indicator_code = "vsi_new"
        self.villages.setChecked(QSettings().value("PlanPage/villages", False, type=bool))
        self.retranslate()
        self.reload()

    # --- loading ----------------------------------------------------------------------------------
    @property
    def plan(self) -> dict | None:
        return self.ws.plans.get(self._plan_id) if self._plan_id else None

    def reload(self) -> None:
        self._load_indicators()
        self._load_plans()

    def _load_plans(self) -> None:
        """Reload the list and keep the chosen plan (its unsaved grid edits too); no question asked here."""
        keep = self._plan_id
        plans = self.ws.plans.list()
        ids = [p["id"] for p in plans]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        sm = self.plans_view.selectionModel()
        sm.blockSignals(True)
        self.plans_model.set_rows(plans)
        if row >= 0:
            self.plans_view.selectRow(row)
        sm.blockSignals(False)
        self.plans_view.viewport().update()
        self._show_plan(ids[row] if row >= 0 else None)

    def _load_indicators(self) -> None:
        self.indicator.blockSignals(True)
        self.indicator.clear()
        widest = 0
        for ind in self.ws.config.indicators():
            self.indicator.addItem(ind["label"], ind["code"])
            widest = max(widest, self.indicator.fontMetrics().horizontalAdvance(ind["label"]))
        # room for the arrow (the style cuts the last letters otherwise), up to what a 1366-pixel screen allows:
        # a longer name shows whole in the list
        self.indicator.setMinimumWidth(min(widest + 48, 340))
        i = self.indicator.findData(self._indicator_code)
        if i < 0 and self.indicator.count():
            i = 0
            self._indicator_code = self.indicator.itemData(0)
        self.indicator.setCurrentIndex(i)
        self.indicator.blockSignals(False)

    def _plan_changed(self, current, _previous=None) -> None:
        record = current.data(RecordRole) if current.isValid() else None
        new_id = record["id"] if record else None
        if new_id == self._plan_id:
            return
        if not self._settle_edits():
            self._select_plan_row(self._plan_id)
            return
        self._show_plan(new_id)

    def _select_plan_row(self, plan_id) -> None:
        sm = self.plans_view.selectionModel()
        sm.blockSignals(True)
        for r, row in enumerate(self.plans_model.rows):
            if row["id"] == plan_id:
                self.plans_view.selectRow(r)
        sm.blockSignals(False)

    def _show_plan(self, plan_id) -> None:
        self._plan_id = plan_id
        plan = self.plan
        self._show_heading(plan)
        self.periods_model.set_rows(self.ws.plans.periods(plan_id) if plan else [])
        if not (self.model.dirty and plan_id == self._shown_targets):   # a change elsewhere keeps the edits
            self._load_targets()
        self._update_buttons()

    def _show_heading(self, plan: dict | None) -> None:
        if plan is None:
            self.plan_label.setText(tr("PlanPage", "Chưa có kế hoạch. Bấm “Thêm kế hoạch” để bắt đầu."))
            self.plan_info.setText("")
        else:
            self.plan_label.setText(tr("PlanPage", "Kế hoạch số {number}").format(number=plan["number"]))
            info = [plan.get("title") or "", _span(plan.get("start_date"), plan.get("end_date"))]
            if plan.get("issued_on"):
                info.append(tr("PlanPage", "ban hành ngày {date}").format(date=formatting.date(plan["issued_on"])))
            if plan.get("issuer"):
                info.append(plan["issuer"])
            self.plan_info.setText(" · ".join(x for x in info if x))
        font = self.plan_label.font()
        font.setBold(True)
        self.plan_label.setFont(font)

    def _default_reference_date(self, plan: dict) -> str:
        """With no baseline yet, the day before the plan starts (Phụ lục 01: 'đến hết 31/12/2022')."""
        start = plan.get("start_date") or plan.get("issued_on")
        day = parse.stored_date(start) or dt.date.today()
        return (day - dt.timedelta(days=1)).isoformat()

    def _load_targets(self) -> None:
        plan = self.plan
        self.message.show_error("")
        if plan is None or not self._indicator_code:
            self.model.load(None)
        else:
            table = self.ws.plans.target_table(plan["id"], self._indicator_code)
            self.model.load(table, self._default_reference_date(plan), show_villages=self.villages.isChecked())
        self._shown_targets = plan["id"] if plan else None
        self._show_achieved()
        self._update_state(self.model.dirty)

    def _show_achieved(self) -> None:
        """How many registered at conferences within the plan's periods, against the periods' targets."""
        plan = self.plan
        achieved = self.ws.plans.achieved(plan["id"], self._indicator_code) if plan and self._indicator_code else {}
        self.model.set_achieved(achieved)
        table = self.model.saved
        self._achieved = None if table is None or not table.periods else (
            registered(achieved), table.totals.get(TOTAL))
        self._show_achieved_line()

    def _show_achieved_line(self) -> None:
        """The progress line in the language of the moment (retranslate shows it again from the same figures)."""
        if getattr(self, "_achieved", None) is None:
            self.achieved_label.setText("")
            return
        done, target = self._achieved
        text = tr("PlanPage", "Đã đăng ký tại hội nghị trong các kỳ của kế hoạch: {done} / chỉ tiêu {target}")
        share = f" ({formatting.percent(done / target)})" if target else ""
        self.achieved_label.setText(text.format(done=formatting.number(done), target=formatting.number(target or 0))
                                    + share + tr("PlanPage", " — rê chuột lên ô để xem từng xã, từng kỳ."))

    # --- refresh from elsewhere -------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes.config:
            self._load_indicators()
        if changes.plans:
            self._load_plans()
        elif (changes.targets or changes.units or changes.config) and not self.model.dirty:
            self._load_targets()
        elif changes.attendance or changes.people:
            self._show_achieved()

    # --- plans ------------------------------------------------------------------------------------
    def new_plan(self) -> None:
        if not self._settle_edits():
            return
        dialog = PlanDialog(self.ws, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self._plan_id = dialog.plan_id
            self.main.apply(dialog.changes)

    def edit_plan(self, *_) -> None:
        plan = self.plan
        if plan is None:
            return
        dialog = PlanDialog(self.ws, plan, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)

    def delete_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        if not self.confirm(tr("PlanPage", "Xoá kế hoạch số {number} cùng các kỳ/đợt và chỉ tiêu của nó?").format(
                number=plan["number"])):
            return
        ops.delete_plan(self, plan_id=plan["id"]).success(self._plan_deleted).refused(self._not_deleted).run()

    def _plan_deleted(self, changes: Changes) -> None:
        self.model.load(None)       # its edits, if any, go with it
        self._plan_id = None
        self.main.apply(changes)

    def _not_deleted(self, exc: UserError) -> None:
        QMessageBox.warning(self, tr("PlanPage", "Không xoá được"), exc.message)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr("PlanPage", "Xác nhận"), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- periods ----------------------------------------------------------------------------------
    def _current_period(self) -> dict | None:
        index = self.periods_view.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def add_period(self) -> None:
        plan = self.plan
        if plan is None or not self._settle_edits():
            return
        dialog = PeriodDialog(self.ws, plan, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)

    def edit_period(self, *_) -> None:
        plan, period = self.plan, self._current_period()
        if plan is None or period is None or not self._settle_edits():
            return
        dialog = PeriodDialog(self.ws, plan, period, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self.main.apply(dialog.changes)

    def delete_period(self) -> None:
        period = self._current_period()
        if period is None or not self._settle_edits():
            return
        if not self.confirm(tr("PlanPage", "Xoá “{name}” và các chỉ tiêu của kỳ này?").format(name=period["name"])):
            return
        ops.delete_period(self, period_id=period["id"]).success(self.main.apply).refused(self._not_deleted).run()

    # --- indicators -------------------------------------------------------------------------------
    def _indicator_chosen(self, index: int) -> None:
        code = self.indicator.itemData(index)
        if code == self._indicator_code:
            return
        if not self._settle_edits():
            self.indicator.setCurrentIndex(self.indicator.findData(self._indicator_code))
            return
        self._indicator_code = code
        self._load_targets()

    def add_indicator(self) -> None:
        if not self._settle_edits():
            return
        dialog = IndicatorDialog(self.ws, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self._indicator_code = dialog.code_value
            self.main.apply(dialog.changes)

    def _villages_toggled(self, on: bool) -> None:
        QSettings().setValue("PlanPage/villages", on)
        self.model.set_show_villages(on)

    # --- targets: save / discard ------------------------------------------------------------------
    def save_targets(self) -> Op | None:
        """Every pending cell in one transaction: a refusal (named cell) leaves the database untouched.
        None when there is nothing to save."""
        plan = self.plan
        baselines, targets = self.model.edits()
        if plan is None or not (baselines or targets):
            return None
        return ops.save_targets(self, plan_id=plan["id"], indicator_code=self._indicator_code, targets=targets,
                                baselines=baselines).disabling(self.save_button, self.discard_button) \
            .success(self._targets_saved).refused(self._targets_refused).run()

    def _targets_saved(self, changes: Changes) -> None:
        self.model.load(None)     # not dirty any more: refresh() reloads it from core
        self.main.apply(changes)
        if not changes.targets:   # the edits gave the values already saved: the grid still drops them
            self._load_targets()
        self.state_label.setText(" ".join(x for x in (tr("PlanPage", "Đã lưu."), self.state_label.text()) if x))

    def _targets_refused(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    def discard_targets(self) -> None:
        self.model.discard()
        self.message.show_error("")

    def can_leave(self) -> bool:  # main-window hook: the sidebar moves away
        return self._settle_edits()

    def can_close(self) -> bool:  # main-window hook: the window closes
        return self._settle_edits()

    def _settle_edits(self) -> bool:
        """Before leaving a grid with unsaved edits: save, discard, or stay (False)."""
        if not self.model.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, tr("PlanPage", "Chỉ tiêu chưa lưu"),
                          tr("PlanPage", "Bảng chỉ tiêu có thay đổi chưa lưu. Lưu lại?"), parent=self)
        save = box.addButton(tr("PlanPage", "Lưu"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(tr("PlanPage", "Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("PlanPage", "Ở lại"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            op = self.save_targets()
            return op is None or op.wait()   # the clerk leaves only once the edits are saved
        if box.clickedButton() is drop:
            self.model.discard()
            return True
        return False

    def _edited(self, *_) -> None:
        """After each accepted edit: the count of unsaved cells follows, an old refusal goes away."""
        if self.model.dirty:
            self.message.show_error("")
            self._update_state(True)

    def _update_state(self, dirty: bool) -> None:
        n = sum(len(x) for x in self.model.edits())
        if dirty:
            self.state_label.setText(tr("PlanPage", "{n} ô chưa lưu (nền xanh). Bấm “Lưu chỉ tiêu” để ghi.")
                                     .format(n=formatting.number(n)))
        elif self.model.table is not None:
            mismatches = len(self.model.table.mismatches())
            self.state_label.setText(
                tr("PlanPage", "{n} ô có số khác tổng các đơn vị cấp dưới (nền vàng; đưa chuột vào ô để xem).").format(
                    n=formatting.number(mismatches)) if mismatches else "")
        else:
            self.state_label.setText("")
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def _update_buttons(self, *_) -> None:
        has_plan = self._plan_id is not None
        for b in (self.edit_plan_button, self.delete_plan_button, self.add_period_button, self.import_button,
                  self.export_button, self.villages, self.indicator, self.add_indicator_button):
            b.setEnabled(has_plan)
        has_period = self._current_period() is not None
        self.edit_period_button.setEnabled(has_period)
        self.delete_period_button.setEnabled(has_period)

    # --- import / export --------------------------------------------------------------------------
    def import_targets(self) -> None:
        plan = self.plan
        if plan is None or not self._settle_edits():
            return
        from ui.targets_import_wizard import TargetsImportWizard
        wizard = TargetsImportWizard(self, plan, self._indicator_code)
        wizard.exec()

    def export_targets(self) -> None:
        plan = self.plan
        if plan is None or not self._settle_edits():
            return
        suggested = tr("PlanPage", "Chi tieu {number}.xlsx").format(number=plan["number"].replace("/", "-"))
        path = file_dialogs.save_file(self, tr("PlanPage", "Xuất bảng chỉ tiêu ra Excel"), suggested,
                                      tr("PlanPage", "Tệp Excel (*.xlsx)"))
        if path:
            self.run_export(path)

    def run_export(self, path: str) -> Op:
        return ops.export_targets(self, plan_id=self._plan_id, path=path, indicator_code=self._indicator_code) \
            .success(self._exported).run()

    def _exported(self, result) -> None:
        self.state_label.setText(tr("PlanPage", "Đã xuất bảng chỉ tiêu ra {path}.").format(path=str(result)))

    # --- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(tr("PlanPage", "Kế hoạch và chỉ tiêu"))
        self.new_plan_button.setText(tr("PlanPage", "Thêm kế hoạch…"))
        self.edit_plan_button.setText(tr("PlanPage", "Sửa…"))
        self.delete_plan_button.setText(tr("PlanPage", "Xoá"))
        self.periods_title.setText(tr("PlanPage", "Các kỳ / đợt của kế hoạch"))
        self.add_period_button.setText(tr("PlanPage", "Thêm kỳ/đợt…"))
        self.edit_period_button.setText(tr("PlanPage", "Sửa…"))
        self.delete_period_button.setText(tr("PlanPage", "Xoá"))
        font = self.targets_title.font()
        font.setBold(True)
        self.targets_title.setFont(font)
        self.targets_title.setText(tr("PlanPage", "Chỉ tiêu"))
        self.indicator_label.setText(tr("PlanPage", "Loại:"))
        self.add_indicator_button.setText(tr("PlanPage", "Thêm loại…"))
        self.villages.setText(tr("PlanPage", "Hiện thôn/tổ"))
        self.import_button.setText(tr("PlanPage", "Nhập từ Excel…"))
        self.export_button.setText(tr("PlanPage", "Xuất Excel…"))
        self.save_button.setText(tr("PlanPage", "Lưu chỉ tiêu"))
        self.discard_button.setText(tr("PlanPage", "Bỏ thay đổi"))
        self.hint.setText(tr("PlanPage", "Gõ số để nhập; Enter xuống dòng, Tab sang phải; Delete xoá ô; "
                                         "Ctrl+C / Ctrl+V chép và dán với Excel."))
        self.plans_model.retranslate()
        self.periods_model.retranslate()
        self.model.retranslate()
        self._update_state(self.model.dirty)
        self._show_achieved_line()
        self._show_heading(self.plan)
        if self.model.saved is not None:   # the summary under the grid is built from data: build it again
            self._show_achieved()
