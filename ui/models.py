"""A read-only table model over rows (dicts) fetched from core, and a proxy that filters ignoring tone marks.

Small tables (communes, plans, conferences, groups) load their rows whole; the people table, which can hold
500.000 rows, has its own lazy model (ui/people_model.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from core.text import fold
from ui.qt import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

SortRole = Qt.ItemDataRole.UserRole
RecordRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class Column:
    title: Callable[[], str]          # called at display time, so titles follow the UI language
    key: str | Callable[[dict], object]
    display: Callable[[object], str] | None = None   # e.g. formatting.number or formatting.date
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: QModelIndex) -> dict | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, row: dict, col: Column):
        return col.key(row) if callable(col.key) else row.get(col.key)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # the tooltip repeats the text: long names and venues are cut in narrow columns
            value = self._value(row, col)
            if value is None or value == "":
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            return col.display(value) if col.display else str(value)
        if role == SortRole:
            value = self._value(row, col)
            return "" if value is None else value
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title()
        return None

    def retranslate(self) -> None:
        """Headers and cells: display functions (status labels, number formats) follow the language too."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


class FoldedFilterProxy(QSortFilterProxyModel):
    """Filters rows on all columns with the search folding of core.text (tone marks off, đ = d)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SortRole)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._needle = fold(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = fold(text)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):
        if not self._needle:
            return True
        model = self.sourceModel()
        for col in range(model.columnCount()):
            value = model.data(model.index(source_row, col, source_parent))
            if value and self._needle in fold(value):
                return True
        return False
