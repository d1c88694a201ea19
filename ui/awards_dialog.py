"""Đề nghị khen thưởng: after a wave or period (seed 001), the clerk picks the communes that reached 100 % of
their target and the individuals to propose; the app checks the caps (10 % of the collectives, 5 % of the
individuals taking part, core.reports.awards) as the clerk ticks, and writes the proposal list (.xlsx) on the DB
worker. The picks live in the dialog: the list written is the record."""
from __future__ import annotations

from core import formatting
from core.reports import awards
from core.text import fold
from ui import file_dialogs, look
from ui.operations import reports as ops
from ui.qt import (QColor, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel, QListWidget,
                   QListWidgetItem, QMessageBox, Qt, QVBoxLayout, tr)
from ui.widgets import ErrorLabel, NumberSpinBox, heading, muted

GREY = QColor("#80868b")


def _checkable(text: str, data, enabled: bool = True, tip: str = "") -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags)
    item.setCheckState(Qt.CheckState.Unchecked)
    if not enabled:
        item.setForeground(GREY)
    item.setToolTip(tip)
    return item


class AwardsDialog(QDialog):
    def __init__(self, parent, found: awards.Candidates):
        super().__init__(parent)
        self.found = found
        report = found.report
        self.setWindowTitle(tr("Awards", "Đề nghị khen thưởng — {period}").format(period=report.period["name"]))
        self.collectives = QListWidget()
        for c in found.collectives:
            tip = c["achievement"] if c["eligible"] else tr("Awards", "Chưa đạt 100% chỉ tiêu của đợt: {results}").format(
                results=c["achievement"] or tr("Awards", "không có chỉ tiêu"))
            self.collectives.addItem(_checkable(f"{c['name']} — {c['achievement']}" if c["achievement"] else c["name"],
                                                c["id"], c["eligible"], tip))
        self.individuals = QListWidget()
        for m in found.individuals:
            self.individuals.addItem(_checkable(", ".join(x for x in (m["name"], m["position"], m["group"]) if x),
                                                m["id"]))
        self.collective_base = NumberSpinBox()
        self.individual_base = NumberSpinBox()
        for box, value in ((self.collective_base, found.collectives_taking_part),
                           (self.individual_base, found.individuals_taking_part)):
            box.setRange(0, 100_000)
            box.setValue(value)
            box.valueChanged.connect(self.check)
        self.collective_cap = muted(QLabel())
        self.individual_cap = muted(QLabel())
        self.error = ErrorLabel()
        self.collectives.itemChanged.connect(self.check)
        self.individuals.itemChanged.connect(self.check)

        rule = QLabel(tr("Awards", "Chỉ đề nghị xã/phường đạt từ 100% chỉ tiêu của đợt; số đề nghị không quá 10% số "
                                   "tập thể và 5% số cá nhân tham gia thi đua (làm tròn xuống)."))
        rule.setWordWrap(True)
        grid = QGridLayout()
        for col, (title, listing, box, label, caption) in enumerate((
                (tr("Awards", "Tập thể (xã/phường đạt chỉ tiêu)"), self.collectives, self.collective_base,
                 self.collective_cap, tr("Awards", "Số tập thể tham gia thi đua")),
                (tr("Awards", "Cá nhân (thành viên các nhóm vận động)"), self.individuals, self.individual_base,
                 self.individual_cap, tr("Awards", "Số cá nhân tham gia thi đua")))):
            grid.addWidget(heading(title, size=1.05), 0, col)
            grid.addWidget(listing, 1, col)
            form = QFormLayout()
            form.addRow(caption, box)
            form.addRow(label)
            grid.addLayout(form, 2, col)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Awards", "Lưu danh sách đề nghị…"))
        look.primary(self.save_button, "excel")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Awards", "Đóng"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 520)
        self.check()

    @staticmethod
    def _ticked(listing: QListWidget) -> list[int]:
        return [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked]

    def picked(self) -> tuple[list[int], list[int]]:
        return self._ticked(self.collectives), self._ticked(self.individuals)

    def check(self, *_) -> list[str]:
        """The caps as the clerk ticks; the list can be saved only within them."""
        collectives, individuals = self.picked()
        for label, picked, base, share in ((self.collective_cap, collectives, self.collective_base.value(),
                                            awards.COLLECTIVE_SHARE),
                                           (self.individual_cap, individuals, self.individual_base.value(),
                                            awards.INDIVIDUAL_SHARE)):
            label.setText(tr("Awards", "Đã chọn {n}, tối đa {most} ({share}% của {base}).").format(
                n=formatting.number(len(picked)), most=formatting.number(awards.cap(base, share)), share=share,
                base=formatting.number(base)))
        problems = awards.problems(self.found, collectives, individuals, self.collective_base.value(),
                                   self.individual_base.value())
        self.error.show_error("\n".join(problems))
        self.save_button.setEnabled(not problems and bool(collectives or individuals))
        return problems

    def save(self, out: str | None = None) -> None:
        if self.check():
            return
        period = self.found.report.period["name"]
        out = out or file_dialogs.save_file(
            self, tr("Awards", "Lưu danh sách đề nghị khen thưởng"),
            tr("Awards", "de-nghi-khen-thuong-{period}.xlsx").format(period=fold(period).replace(" ", "-")),
            "Excel (*.xlsx)")
        if not out:
            return
        if not str(out).lower().endswith(".xlsx"):
            out = f"{out}.xlsx"
        collectives, individuals = self.picked()
        (ops.award_proposals(self, found=self.found, collective_ids=collectives, individual_ids=individuals,
                             out=out, collectives_taking_part=self.collective_base.value(),
                             individuals_taking_part=self.individual_base.value())
         .success(lambda _path: QMessageBox.information(self, tr("Awards", "Đã lưu"), tr(
             "Awards", "Đã lưu danh sách đề nghị khen thưởng ({collectives} tập thể, {individuals} cá nhân) vào "
                       "{path}.").format(collectives=len(collectives), individuals=len(individuals), path=out)))
         .refused(lambda exc: self.error.show_error(exc.message))
         .disabling(self.save_button)
         .run())
