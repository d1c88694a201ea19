"""The targets grid: units (rows, tree order) × [baseline, each period, cumulative], edited like a spreadsheet.

The model keeps the saved values from core's TargetTable and the clerk's pending edits on top of them;
after each edit core.target_table.compute() (pure, no database) recomputes cumulative, totals and the
parent-vs-children check from both, so a mismatch shows while the clerk is still allocating. Nothing is written here: the page collects edits() and saves them in one core
call (one transaction), then reloads the model from core.
"""
from __future__ import annotations

from core import formatting
from core.errors import UserError
from core.target_table import (BASELINE_PREFIX, CUMULATIVE, TOTAL, TargetRow, TargetTable, baseline_key, compute,
                               parse_count)
from ui.qt import (QAbstractItemDelegate, QAbstractItemView, QAbstractTableModel, QApplication, QColor, QFont,
                   QFontMetrics,
                   QHeaderView, QKeySequence, QLineEdit, QModelIndex, QStyledItemDelegate, Qt, QTableView, Signal,
                   tr)

MismatchRole = Qt.ItemDataRole.UserRole + 2
PendingRole = Qt.ItemDataRole.UserRole + 3

AMBER = QColor("#ffd98a")
READ_ONLY = QColor("#eef1f5")
PENDING = QColor("#dcecff")
DERIVED = QColor("#5f6368")


def _inputs(table: TargetTable) -> tuple[list, list, list]:
    """Core's table back into compute()'s inputs: units, baselines, targets (own values only)."""
    units = [{"id": r.unit_id, "name": r.name, "kind": r.kind, "depth": r.depth, "parent_id": r.parent_id}
             for r in table.rows]
    baselines, targets = [], []
    period_ids = {p["id"] for p in table.periods}
    for r in table.rows:
        for key, value in r.values.items():
            if value is None:
                continue
            if isinstance(key, str) and key.startswith(BASELINE_PREFIX):
                baselines.append({"unit_id": r.unit_id, "reference_date": key[len(BASELINE_PREFIX):], "value": value})
            elif key in period_ids:
                targets.append({"unit_id": r.unit_id, "period_id": key, "value": value})
    return units, baselines, targets


def pasted_block(text: str, fill: tuple[int, int] | None = None) -> list[list[str]]:
    """An Excel block (tab/newline separated) as rows of cells; `fill` (rows, cols): a single copied value fills a
    larger selection, as in Excel."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    block = [line.split("\t") for line in lines]
    if fill and len(block) == 1 and len(block[0]) == 1:
        block = [[block[0][0]] * fill[1] for _ in range(fill[0])]
    return block


class EditableCells:
    """What an editable grid model shares (TargetsModel, the daily figures): a cell with a key is editable; an edit
    is read by parse_cell(value, row, col), and a refusal is emitted on `refused` naming the cell; copy_cell(row,
    col) gives a cell's text for the clipboard."""

    def copy(self, indexes) -> str:
        """The selected cells as an Excel block: plain integers (any Excel locale reads them), names as is."""
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        return "\n".join("\t".join(self.copy_cell(r, c) if (r, c) in chosen else "" for c in cols) for r in rows)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.key(index.row(), index.column()) is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def read_edit(self, index, value, role) -> tuple | None:
        """(key, number) of an edit setData received, or None (not an edit of a keyed cell, or refused)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return None
        key = self.key(index.row(), index.column())
        if key is None:
            return None
        try:
            return key, self.parse_cell(value, index.row(), index.column())
        except UserError as exc:
            self.refused.emit(exc.message)
            return None


class TargetsModel(EditableCells, QAbstractTableModel):
    dirty_changed = Signal(bool)
    refused = Signal(str)          # a value was refused (typed or pasted); the message names the cell

    def __init__(self, parent=None):
        super().__init__(parent)
        self.saved: TargetTable | None = None
        self.table: TargetTable | None = None       # saved values + pending edits, recomputed by core's compute()
        self.columns: list = []
        self._edits: dict = {}
        self._units: list = []         # every unit of core's table, in tree order (compute() needs them all)
        self._rows: list[int] = []     # the positions in _units shown as rows (villages may be hidden)
        self.show_villages = True
        self._saved_values: dict = {}
        self.default_reference_date: str | None = None
        self.achieved: dict[int, dict[int, int]] = {}  # registrations toward the plan: {commune id: {period id: n}}

    def set_achieved(self, achieved: dict[int, dict[int, int]]) -> None:
        self.achieved = achieved
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.ToolTipRole])

    def achieved_in(self, row: int, col: int) -> int | None:
        """Registrations counted for this cell: a commune's period (or all its periods in the total columns);
        the root and the totals row add up every commune."""
        ckey = self.column_key(col)
        if ckey is None or (not isinstance(ckey, int) and ckey not in (TOTAL, CUMULATIVE)):
            return None
        unit = self.unit(row) if 0 <= row < len(self._rows) else None
        if unit is not None and unit["kind"] == "village":
            return None
        communes = [self.achieved.get(unit["id"], {})] if unit and unit["kind"] == "commune" else \
            list(self.achieved.values())
        return sum(n for periods in communes for p, n in periods.items() if not isinstance(ckey, int) or p == ckey)

    # --- loading and state ------------------------------------------------------------------------
    def load(self, table: TargetTable | None, default_reference_date: str | None = None,
             show_villages: bool | None = None) -> None:
        """Show core's table (load it with every unit: sums need the villages even when they are hidden).
        With no baseline date yet, the baseline column uses default_reference_date."""
        self.beginResetModel()
        if show_villages is not None:
            self.show_villages = show_villages
        self.saved = table
        self._edits = {}
        self.default_reference_date = default_reference_date
        if table is None:
            self._units, self._saved_values, self.columns = [], {}, []
            self.table = None
        else:
            self._units, baselines, targets = _inputs(table)
            self._saved_values = {(b["unit_id"], baseline_key(b["reference_date"])): b["value"] for b in baselines}
            self._saved_values.update({(t["unit_id"], t["period_id"]): t["value"] for t in targets})
            self.table = table
            dates = list(table.baseline_dates) or ([default_reference_date] if default_reference_date else [])
            self.columns = [baseline_key(d) for d in dates] + [p["id"] for p in table.periods]
            if len(table.periods) > 1:
                self.columns.append(TOTAL)
            self.columns.append(CUMULATIVE)
        self._pick_rows()
        self.endResetModel()
        self.dirty_changed.emit(False)

    def _pick_rows(self) -> None:
        self._rows = [i for i, u in enumerate(self._units) if self.show_villages or u["kind"] != "village"]

    def set_show_villages(self, on: bool) -> None:
        """Hide or show village rows; pending edits stay (they are keyed by unit, not by row)."""
        if on != self.show_villages:
            self.beginResetModel()
            self.show_villages = on
            self._pick_rows()
            self.endResetModel()

    def _parent_shown(self, row: int) -> bool:
        """A row whose children are shown under it (names in bold)."""
        return row + 1 < len(self._rows) and self.unit(row + 1).get("depth", 0) > self.unit(row).get("depth", 0)

    def unit(self, row: int) -> dict:
        return self._units[self._rows[row]]

    @property
    def dirty(self) -> bool:
        return bool(self._edits)

    def discard(self) -> None:
        if self._edits:
            self._edits = {}
            self.table = self.saved
            self._all_changed()
            self.dirty_changed.emit(False)

    def edits(self) -> tuple[list[tuple[int, str, int | None]], list[tuple[int, int, int | None]]]:
        """Pending edits: ([(unit_id, reference_date, value)], [(unit_id, period_id, value)]); None = cleared."""
        baselines = [(u, k[len(BASELINE_PREFIX):], v) for (u, k), v in self._edits.items() if self._is_baseline(k)]
        targets = [(u, k, v) for (u, k), v in self._edits.items() if not self._is_baseline(k)]
        return baselines, targets

    @staticmethod
    def _is_baseline(key) -> bool:
        return isinstance(key, str) and key.startswith(BASELINE_PREFIX)

    # --- geometry ---------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or not self._units else len(self._rows) + 1

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.table is None else len(self.columns) + 1

    def is_totals_row(self, row: int) -> bool:
        return row == len(self._rows)

    def column_key(self, col: int):
        return self.columns[col - 1] if 1 <= col <= len(self.columns) else None

    def key(self, row: int, col: int):
        """(unit_id, column key) for an editable cell (baselines and periods of a unit row), else None."""
        ckey = self.column_key(col)
        if row < 0 or row >= len(self._rows) or ckey is None or ckey in (TOTAL, CUMULATIVE):
            return None
        return self.unit(row)["id"], ckey

    def column_name(self, col: int) -> str:
        ckey = self.column_key(col)
        if col == 0:
            return tr("TargetsModel", "Đơn vị")
        if self._is_baseline(ckey):
            return tr("TargetsModel", "Số đầu kỳ\n(đến {date})").format(
                date=formatting.date(ckey[len(BASELINE_PREFIX):]))
        if ckey == TOTAL:
            return tr("TargetsModel", "Cộng các kỳ")
        if ckey == CUMULATIVE:
            return tr("TargetsModel", "Lũy kế")
        for p in self.table.periods:
            if p["id"] == ckey:
                return p["name"]
        return ""

    def cell_name(self, row: int, col: int) -> str:
        """How a message names a cell: 'Sơn Hạ – Đợt 1'."""
        unit = self.unit(row)["name"] if row < len(self._rows) else tr("TargetsModel", "Tổng cộng")
        return tr("TargetsModel", "{unit} – {column}").format(unit=unit, column=self.column_name(col).split("\n")[0])

    # --- values -----------------------------------------------------------------------------------
    def _row(self, row: int) -> TargetRow:
        return self.table.rows[self._rows[row]]

    def own(self, row: int, col: int) -> int | None:
        return self._row(row).values.get(self.column_key(col))

    def value(self, row: int, col: int) -> int | None:
        """What the cell shows: the own value, or for a parent without one, its children's sum."""
        ckey = self.column_key(col)
        if self.is_totals_row(row):
            return self.table.totals.get(ckey)
        return self._row(row).effective(ckey)

    def mismatch(self, row: int, col: int) -> int | None:
        """The children's sum when it differs from this parent's own value, else None."""
        if col == 0 or self.is_totals_row(row):
            return None
        r = self._row(row)
        ckey = self.column_key(col)
        return r.children_sum.get(ckey) if ckey in r.mismatch else None

    def _recompute(self) -> None:
        values = dict(self._saved_values)
        values.update(self._edits)
        baselines = [{"unit_id": u, "reference_date": k[len(BASELINE_PREFIX):], "value": v}
                     for (u, k), v in values.items() if v is not None and self._is_baseline(k)]
        targets = [{"unit_id": u, "period_id": k, "value": v}
                   for (u, k), v in values.items() if v is not None and not self._is_baseline(k)]
        s = self.saved
        self.table = compute(s.plan, s.indicator, self._units, s.periods, baselines, targets)

    # --- Qt model API -----------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= self.rowCount() or col >= self.columnCount():
            return None
        totals = self.is_totals_row(row)
        bold = totals or (col == 0 and self._parent_shown(row)) or self.column_key(col) == CUMULATIVE
        if role == Qt.ItemDataRole.FontRole and bold:
            font = QFont()
            font.setBold(True)
            return font
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                if totals:
                    return tr("TargetsModel", "Tổng cộng")
                unit = self.unit(row)
                return "    " * unit.get("depth", 0) + unit["name"]
            if role == Qt.ItemDataRole.EditRole:
                return "" if totals else self.unit(row)["name"]
            if role == Qt.ItemDataRole.BackgroundRole and totals:
                return READ_ONLY
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return formatting.number(self.value(row, col))
        if role == Qt.ItemDataRole.EditRole:
            v = self.own(row, col) if self.key(row, col) else self.value(row, col)
            return "" if v is None else v
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == MismatchRole:
            return self.mismatch(row, col) is not None
        if role == PendingRole:
            return self.key(row, col) in self._edits
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.mismatch(row, col) is not None:
                return AMBER
            if self.key(row, col) in self._edits:
                return PENDING
            if self.key(row, col) is None:
                return READ_ONLY
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.key(row, col) and self.own(row, col) is None and self.value(row, col) is not None:
                return DERIVED      # a parent showing its children's sum (nothing entered for it)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            total = self.mismatch(row, col)
            if total is not None:
                lines.append(tr("TargetsModel", "Tổng các đơn vị cấp dưới: {total}").format(
                    total=formatting.number(total)))
            elif self.key(row, col) and self.own(row, col) is None and self.value(row, col) is not None:
                lines.append(tr("TargetsModel", "Chưa nhập; đang hiện tổng các đơn vị cấp dưới."))
            achieved = self.achieved_in(row, col) if self.achieved else None
            if achieved is not None:
                lines.append(tr("TargetsModel", "Đã đăng ký tại hội nghị: {n}").format(n=formatting.number(achieved)))
            return "\n".join(lines) or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.column_name(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def parse_cell(self, value, row: int, col: int) -> int | None:
        return parse_count(value, where=self.cell_name(row, col))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        read = self.read_edit(index, value, role)
        if read is None:
            return False
        key, number = read
        self._apply({key: number})
        return True

    # --- editing helpers --------------------------------------------------------------------------
    def _apply(self, changes: dict) -> None:
        was_dirty = self.dirty
        for key, number in changes.items():
            if number == self._saved_values.get(key):
                self._edits.pop(key, None)
            else:
                self._edits[key] = number
        self._recompute()
        # totals, cumulative and the parents' colours all follow one edit: repaint the whole (small) grid
        self._all_changed()
        if was_dirty != self.dirty:
            self.dirty_changed.emit(self.dirty)

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def clear(self, indexes) -> None:
        """Delete key: empty every editable selected cell."""
        changes = {}
        for index in indexes:
            key = self.key(index.row(), index.column())
            if key is not None:
                changes[key] = None
        if changes:
            self._apply(changes)

    def paste(self, row: int, col: int, text: str, fill: tuple[int, int] | None = None) -> str | None:
        """Paste an Excel block (tab/newline separated) with its top-left at (row, col).

        All or nothing: returns an error message naming the first bad cell and changes nothing, or None.
        `fill` (rows, cols): a single copied value fills a larger selection, as in Excel."""
        block = pasted_block(text, fill)
        if not block:
            return None
        changes = {}
        for r, cells in enumerate(block):
            for c, cell in enumerate(cells):
                rr, cc = row + r, col + c
                if rr >= self.rowCount() or cc >= self.columnCount():
                    return tr("TargetsModel", "Vùng dán ({rows} dòng × {cols} cột) vượt ra ngoài bảng chỉ tiêu.").format(
                        rows=len(block), cols=max(len(b) for b in block))
                key = self.key(rr, cc)
                if key is None:
                    return tr("TargetsModel", "{cell}: ô này không nhập được (chỉ nhập số đầu kỳ và chỉ tiêu các kỳ).").format(
                        cell=self.cell_name(rr, cc))
                try:
                    changes[key] = parse_count(cell, where=self.cell_name(rr, cc))
                except UserError as exc:
                    return exc.message
        self._apply(changes)
        return None

    def copy_cell(self, r: int, c: int) -> str:
        if c == 0:
            return tr("TargetsModel", "Tổng cộng") if self.is_totals_row(r) else self.unit(r)["name"]
        v = self.value(r, c)
        return "" if v is None else str(v)

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class _NumberDelegate(QStyledItemDelegate):
    """A line editor, right-aligned, that starts with what the clerk typed (type-to-edit). Always a line
    editor: for a cell holding a number Qt's own choice is a spin box, whose arrows cover the digits; and it
    paints its own background, so the cell's old figure does not show beside the one being typed. Core reads
    what is typed ('1.234', '1 234') and names the cell when it cannot."""

    def createEditor(self, parent, option, index):
        if index.column() == 0:
            return super().createEditor(parent, option, index)
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAutoFillBackground(True)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor, index):
        if hasattr(editor, "setText"):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value in (None, "") else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if hasattr(editor, "text"):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TargetsGrid(QTableView):
    """Keyboard-first: typing edits, Enter commits and moves down, Tab moves right, Delete clears,
    Ctrl+C / Ctrl+V copy and paste Excel blocks (a refused paste reports through model.refused)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(_NumberDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)

    def setModel(self, model):
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or not model.columnCount():
            return
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(max(self.columnWidth(0) + 12, 160), 280))
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        digits = QFontMetrics(bold).horizontalAdvance("000.000")   # a commune's figure; wider ones still fit bold
        for col in range(1, model.columnCount()):
            title = model.headerData(col, Qt.Orientation.Horizontal) or ""
            widest = max((metrics.horizontalAdvance(line) for line in str(title).split("\n")), default=0)
            self.setColumnWidth(col, max(widest, digits) + 22)
        lines = max((str(model.headerData(c, Qt.Orientation.Horizontal) or "").count("\n") + 1
                     for c in range(model.columnCount())), default=1)
        self.horizontalHeader().setMinimumHeight(metrics.height() * lines + 12)

    def closeEditor(self, editor, hint):
        # Enter ends the edit with SubmitModelCache: commit, then go one row down like a spreadsheet
        moved_down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moved_down else hint)
        if moved_down:
            self._move(1, 0)

    def _move(self, drow: int, dcol: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        target = self.model().index(min(current.row() + drow, self.model().rowCount() - 1),
                                    min(current.column() + dcol, self.model().columnCount() - 1))
        if target.isValid():
            self.setCurrentIndex(target)

    def keyPressEvent(self, event):
        model = self.model()
        if model is not None and self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                QApplication.clipboard().setText(model.copy(self.selectedIndexes()))
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_text(QApplication.clipboard().text())
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.clear(self.selectedIndexes() or [self.currentIndex()])
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move(1, 0)
                return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> str | None:
        model = self.model()
        current = self.currentIndex()
        if not current.isValid() or not text:
            return None
        selected = self.selectedIndexes()
        fill = None
        if len(selected) > 1:
            rows = {i.row() for i in selected}
            cols = {i.column() for i in selected}
            top, left = min(rows), min(cols)
            current = model.index(top, left)
            fill = (max(rows) - top + 1, max(cols) - left + 1)
        error = model.paste(current.row(), current.column(), text, fill=fill)
        if error:
            model.refused.emit(error)
        return error
