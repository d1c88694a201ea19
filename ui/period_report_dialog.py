"""Báo cáo đợt: the results of one period or wave of a plan (core.reports.period): the plan and the period chosen,
the table per commune against the period's targets (and the cumulative ones when the plan has a baseline), the
conferences and launch ceremonies held, the communes at ≥ 100 %; "Lưu Excel…" writes the report's .xlsx (with the
plan's Phụ lục 01 filled with actuals) on the DB worker (ui/operations/reports.py)."""
from __future__ import annotations

import datetime as dt

from core import formatting
from core.errors import UserError
from core.reports import scope
from core.reports.period import period_report
from core.text import fold
from ui import file_dialogs, look
from ui.models import Column
from ui.operations import reports as ops
from ui.pages.reports import _measure, _percent, _ReportModel
from ui.widgets import report_view
from ui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, tr
from ui.widgets import ErrorLabel, OfficeChooser, muted


def _span(start, end) -> str:
    return tr("PeriodReport", "{start} – {end}").format(start=formatting.date(start) or "…",
                                                          end=formatting.date(end) or "…")


def _columns(report) -> list[Column]:
    names = {"vsi": lambda: tr("PeriodReport", "BHXH TN"), "hhi": lambda: tr("PeriodReport", "BHYT HGĐ")}
    results = (("target", lambda: tr("PeriodReport", "chỉ tiêu")), ("actual", lambda: tr("PeriodReport", "thực hiện")),
               ("percent", lambda: tr("PeriodReport", "% chỉ tiêu")))
    cumulative = (("cumulative_target", lambda: tr("PeriodReport", "lũy kế:\nchỉ tiêu")),
                  ("cumulative", lambda: tr("PeriodReport", "lũy kế:\nthực hiện")),
                  ("cumulative_percent", lambda: tr("PeriodReport", "lũy kế:\n% chỉ tiêu")))
    columns = [Column(lambda: tr("PeriodReport", "Xã/phường"), "commune"),
               Column(lambda: tr("PeriodReport", "Đạt\n100%"), lambda r: "✓" if r.get("reached") else "")]
    for key in ("vsi", "hhi"):
        for measure, title in results + (cumulative if report.baselines[key] else ()):
            columns.append(Column(lambda name=names[key], title=title: f"{name()}\n{title()}", _measure(key, measure),
                                  _percent if measure.endswith("percent") else formatting.number, align_right=True))
    columns += [Column(lambda: tr("PeriodReport", "Hội nghị\nđã tổ chức"), "conferences_held", formatting.number,
                       align_right=True),
                Column(lambda: tr("PeriodReport", "Trong đó\nlễ ra quân"), "launch_ceremonies", formatting.number,
                       align_right=True),
                Column(lambda: tr("PeriodReport", "Người dự"), "attendees", formatting.number, align_right=True)]
    return columns


class PeriodReportDialog(QDialog):
    def __init__(self, main, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.main, self.ws = main, main.ws
        self.today = today or dt.date.today()
        self.report = None
        self.setWindowTitle(tr("PeriodReport", "Báo cáo kết quả đợt"))
        self.office = OfficeChooser(self)
        self.office.load(self.ws)
        self.plan = QComboBox()
        self.period = QComboBox()
        self.window_label = muted(QLabel())
        self.window_label.setWordWrap(True)
        self.table_model = _ReportModel([], self)
        self.table = report_view(self.table_model)
        self.reached = QLabel()
        self.reached.setWordWrap(True)
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.office.label, self.office)
        form.addRow(tr("PeriodReport", "Kế hoạch"), self.plan)
        form.addRow(tr("PeriodReport", "Đợt/giai đoạn"), self.period)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("PeriodReport", "Lưu Excel…"))
        look.primary(self.save_button, "excel")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("PeriodReport", "Đóng"))
        self.awards_button = self.buttons.addButton(tr("PeriodReport", "Đề nghị khen thưởng…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.awards_button.setToolTip(tr("PeriodReport", "Chọn tập thể, cá nhân đề nghị khen thưởng sau đợt (không quá "
                                                         "10% tập thể, 5% cá nhân)"))
        self.awards_button.clicked.connect(self.propose_awards)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.window_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reached)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1300, 580)

        self.plan.currentIndexChanged.connect(lambda _i: self.load_periods())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.office.changed.connect(self.load_plans)
        self.load_plans()

    # --- choosing -----------------------------------------------------------------------------------------------
    def load_plans(self) -> None:
        """The plans of the office chosen (all offices: every plan; this office's before another's of the same
        number, as the report finds it), the one in force today chosen."""
        office = self.office.office()
        names = {o.origin: o.label for o in scope.offices(self.ws)} if office is None else {}
        self.plan.blockSignals(True)
        self.plan.clear()
        self._plan_origins = []     # per item: whose plan (two offices may number plans alike)
        for p in self.ws.plans.list():
            if office is None or p["origin"] == office.origin:
                whose = f" — {names.get(p['origin'], '')}" if p["origin"] != self.ws.origin and names else ""
                self.plan.addItem(f"{p['number']} ({_span(p.get('start_date'), p.get('end_date'))}){whose}",
                                  p["number"])
                self._plan_origins.append(p["origin"])
        in_force = self.ws.plans.in_force(self.today)
        if in_force is not None:
            self.plan.setCurrentIndex(max(self.plan.findData(in_force["number"]), 0))
        self.plan.blockSignals(False)
        self.load_periods()

    def _plan_origin(self) -> str | None:
        at = self.plan.currentIndex()
        return self._plan_origins[at] if 0 <= at < len(self._plan_origins) else None

    def _plan(self) -> dict | None:
        number = self.plan.currentData()
        if not number:
            return None
        try:
            return self.ws.plans.find(number, origin=self._plan_origin())
        except UserError:
            return None

    def load_periods(self) -> None:
        """The chosen plan's periods, the one holding today chosen (else the last one begun, else the first)."""
        plan = self._plan()
        periods = self.ws.plans.periods(plan["id"]) if plan else []
        self.period.blockSignals(True)
        self.period.clear()
        for p in periods:
            self.period.addItem(f"{p['name']} ({_span(p.get('start_date'), p.get('end_date'))})", p["name"])
        day = self.today.isoformat()
        begun = [i for i, p in enumerate(periods) if p.get("start_date") and p["start_date"] <= day]
        holding = [i for i in begun if periods[i].get("end_date") and day <= periods[i]["end_date"]]
        self.period.setCurrentIndex((holding or begun or [0])[-1] if periods else -1)
        self.period.blockSignals(False)
        self.reload()

    def choose(self, plan_number: str, period_name: str) -> None:
        self.plan.setCurrentIndex(self.plan.findData(plan_number))
        self.period.setCurrentIndex(self.period.findData(period_name))

    # --- the table ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.error.show_error("")
        plan, name = self.plan.currentData(), self.period.currentData()
        self.report = None
        try:
            if plan and name:
                self.report = period_report(self.ws, plan, name, self.office.office(), self._plan_origin())
        except UserError as exc:
            self.error.show_error(exc.message)
        self._show()

    def _show(self) -> None:
        report = self.report
        self.save_button.setEnabled(report is not None)
        self.awards_button.setEnabled(report is not None)
        model = self.table_model
        model.beginResetModel()
        model.columns = _columns(report) if report else []
        model.rows = [*report.rows, {"commune": tr("PeriodReport", "Tổng cộng"), "total": True, **report.total}] \
            if report else []
        model.endResetModel()
        if report is None:
            self.window_label.setText("" if self.period.count() else
                                      tr("PeriodReport", "Kế hoạch này chưa có đợt/giai đoạn nào."))
            self.reached.setText("")
            return
        span = _span(report.day_from, report.day_to)
        self.window_label.setText(
            tr("PeriodReport", "{period} là đợt ra quân: tính trong thời gian thi đua {span}.").format(
                period=report.period["name"], span=span) if report.emulation else
            tr("PeriodReport", "Tính trong thời gian của {period}: {span}.").format(period=report.period["name"],
                                                                                  span=span))
        self.reached.setText(
            tr("PeriodReport", "Đơn vị đạt từ 100% chỉ tiêu trở lên ({n}): {names}").format(
                n=len(report.reached), names=", ".join(report.reached)) if report.reached else
            tr("PeriodReport", "Chưa có đơn vị nào đạt 100% chỉ tiêu của đợt (đơn vị đạt: có chỉ tiêu trong đợt "
                               "và đạt từ 100% mọi chỉ tiêu được giao)."))

    def propose_awards(self) -> None:
        """The awards dialog for the period shown (core.reports.awards)."""
        if self.report is None:
            return
        from core.reports import awards
        from ui.awards_dialog import AwardsDialog
        AwardsDialog(self, awards.from_report(self.ws, self.report)).exec()

    # --- saving -------------------------------------------------------------------------------------------------
    def save(self, out: str | None = None) -> None:
        report = self.report
        if report is None:
            return
        out = out or file_dialogs.save_file(
            self, tr("PeriodReport", "Lưu báo cáo đợt"),
            tr("PeriodReport", "bao-cao-{period}.xlsx").format(period=fold(report.period["name"]).replace(" ", "-")),
            "Excel (*.xlsx)")
        if not out:
            return
        if not str(out).lower().endswith(".xlsx"):
            out = f"{out}.xlsx"
        (ops.period_report(self, plan=report.plan["number"], period=report.period["name"], out=out,
                           office=report.office, plan_origin=report.plan["origin"])
         .success(lambda saved: self._saved(saved, out))
         .refused(lambda exc: self.error.show_error(exc.message))
         .disabling(self.save_button)
         .run())

    def _saved(self, report, out) -> None:
        self.error.show_error("")
        total = report.total
        QMessageBox.information(self, tr("PeriodReport", "Đã lưu"), tr(
            "PeriodReport", "Đã lưu báo cáo kết quả {period} ({span}) vào {path}.\n\nBHXH tự nguyện: {vsi} / "
                            "{vsi_target} người ({vsi_percent}).\nBHYT hộ gia đình: {hhi} / {hhi_target} người "
                            "({hhi_percent}).\nĐơn vị đạt từ 100% chỉ tiêu: {n}.").format(
            period=report.period["name"], span=_span(report.day_from, report.day_to), path=out,
            vsi=formatting.number(total["vsi"]["actual"]), vsi_target=formatting.number(total["vsi"]["target"]),
            vsi_percent=_percent(total["vsi"]["percent"]), hhi=formatting.number(total["hhi"]["actual"]),
            hhi_target=formatting.number(total["hhi"]["target"]), hhi_percent=_percent(total["hhi"]["percent"]),
            n=len(report.reached)))
