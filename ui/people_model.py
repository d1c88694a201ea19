"""The people table: a lazy model over core's ordered ids (500.000 people never load whole).

As in Anki's browser table model: core returns the ordered ids of the current search/filter
(ws.people.ids(filters, order)); rows are built in batches through ws.people.rows(ids) when a view asks for
them and cached. The cache is stamped with a generation number: after an edit `invalidate()` bumps the
generation, so clearing it is O(1) and stale rows are re-read the next time they are painted.
fetchMore follows qtbase's filelistmodel: rowCount() grows batch by batch, the inserted range is exactly
start .. start+n-1, and fetchMore is guarded against being entered again while it runs.
"""
from __future__ import annotations

from core import formatting, i18n
from ui.models import RecordRole, SortRole
from ui.qt import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, tr


COL_NAME, COL_BIRTH, COL_GENDER, COL_ID, COL_PHONE, COL_VILLAGE, COL_COMMUNE, COL_OCCUPATION, COL_GROUP, \
    COL_STATUS = range(10)

HEADERS = [
    QT_TRANSLATE_NOOP("PeopleModel", "Họ và tên"),
    QT_TRANSLATE_NOOP("PeopleModel", "Năm sinh"),
    QT_TRANSLATE_NOOP("PeopleModel", "Giới tính"),
    QT_TRANSLATE_NOOP("PeopleModel", "CCCD"),
    QT_TRANSLATE_NOOP("PeopleModel", "SĐT"),
    QT_TRANSLATE_NOOP("PeopleModel", "Thôn"),
    QT_TRANSLATE_NOOP("PeopleModel", "Xã"),
    QT_TRANSLATE_NOOP("PeopleModel", "Nghề nghiệp"),
    QT_TRANSLATE_NOOP("PeopleModel", "Nhóm đối tượng"),
    QT_TRANSLATE_NOOP("PeopleModel", "Trạng thái"),
]

# columns core can order by (ws.people.ids(filters, order, descending)); the others are not sortable
SORT_ORDERS = {COL_NAME: "name", COL_BIRTH: "birth_year", COL_COMMUNE: "commune", COL_STATUS: "status"}

BATCH = 500          # rows added to rowCount per fetchMore
ROW_BLOCK = 200      # rows read from core at once when a view paints an uncached row


def labels(value) -> dict:
    """core's STATUSES / TARGET_GROUPS / GENDERS ({code: Vietnamese text}, translated in core's catalog) as
    {code: label in the current language}; a code list gives each code as its own label."""
    if value is None:
        return {}
    items = value.items() if isinstance(value, dict) else ((v, v) for v in value)
    return {code: i18n._(str(text)) for code, text in items}


def mask_id(citizen_id: str | None) -> str:
    """Only the last 4 digits, as on a printed sign-in sheet (Decree 13/2023: show the full ID where needed)."""
    if not citizen_id:
        return ""
    return "•••• •••• " + str(citizen_id)[-4:]


def unit_name(row: dict, key: str) -> str:
    """Joined unit names: core may call them 'village_name' or 'village'."""
    return row.get(f"{key}_name") or (row.get(key) if isinstance(row.get(key), str) else "") or ""


class PeopleModel(QAbstractTableModel):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.filters: dict = {}
        self.order = "name"
        self.descending = False
        self.reveal_ids = False
        self._ids: list[int] = []
        self._loaded = 0
        self._generation = 0
        self._cache: dict[int, tuple[int, dict]] = {}   # person id -> (generation, row)
        self._fetching = False
        self._load_labels()

    def _load_labels(self) -> None:
        """Code labels in the current language (again after a language switch)."""
        people = self.ws.people
        self.status_labels = labels(getattr(people, "STATUSES", None))
        self.group_labels = labels(getattr(people, "TARGET_GROUPS", None))
        self.gender_labels = labels(getattr(people, "GENDERS", None))

    # --- loading ----------------------------------------------------------------------------------
    def query(self, filters: dict | None = None, order: str | None = None, descending: bool | None = None) -> tuple:
        """The arguments for ws.people.ids() after these changes (the page may run it on the DB worker)."""
        filters = self.filters if filters is None else {k: v for k, v in filters.items() if v not in (None, "")}
        return (filters, self.order if order is None else order,
                self.descending if descending is None else descending)

    def set_query(self, filters: dict | None = None, order: str | None = None, descending: bool | None = None,
                  keep_rows: bool = False) -> None:
        """Ask core for the ordered ids of this search/filter (here, on the GUI thread) and show them."""
        args = self.query(filters, order, descending)
        self.set_ids(list(self.ws.people.ids(*args)), *args, keep_rows=keep_rows)

    def set_ids(self, ids: list[int], filters: dict, order: str, descending: bool, keep_rows: bool = False) -> None:
        """Show these ordered ids: the first batch, or as many rows as were shown (after an edit: keep_rows).
        The same ids in the same order (a person edited) only repaint, so the view keeps its place."""
        if keep_rows and ids == self._ids and (filters, order, descending) == (self.filters, self.order,
                                                                              self.descending):
            self.invalidate()
            return
        shown = self._loaded
        self.beginResetModel()
        self.filters, self.order, self.descending = filters, order, descending
        self._ids = list(ids)
        self._loaded = min(max(BATCH, shown if keep_rows else 0), len(self._ids))
        self._generation += 1
        self._cache = {}
        self.endResetModel()

    def reload(self) -> None:
        """Re-run the query (people added or removed), keeping as many rows shown as before."""
        self.set_query(keep_rows=True)

    def invalidate(self) -> None:
        """Rows changed but not the set of ids: forget the cache in O(1) and repaint."""
        self._generation += 1
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(HEADERS) - 1))

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Sorting runs in core: a new ordered id list (Vietnamese name order by default)."""
        key = SORT_ORDERS.get(column)
        if key is None:
            return
        self.set_query(order=key, descending=order == Qt.SortOrder.DescendingOrder)

    def total(self) -> int:
        return len(self._ids)

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent=QModelIndex()):
        if parent.isValid() or self._fetching:
            return
        remaining = len(self._ids) - self._loaded
        if remaining <= 0:
            return
        self._fetching = True
        try:
            n = min(BATCH, remaining)
            start = self._loaded
            self.beginInsertRows(QModelIndex(), start, start + n - 1)
            self._loaded += n
            self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all_to(self, row: int) -> None:
        """Make `row` part of the model (e.g. to select a person found further down)."""
        while self._loaded <= row and self.canFetchMore():
            self.fetchMore()

    def _row(self, r: int) -> dict | None:
        if r < 0 or r >= self._loaded:
            return None
        pid = self._ids[r]
        hit = self._cache.get(pid)
        if hit is not None and hit[0] == self._generation:
            return hit[1]
        # one query for a block of rows around the one asked for (scrolling either way reads a block at a time)
        start = max(0, r - ROW_BLOCK // 2)
        block = [i for i in self._ids[start:start + ROW_BLOCK]
                 if i not in self._cache or self._cache[i][0] != self._generation]
        gen = self._generation
        if len(self._cache) > 20 * ROW_BLOCK:  # long scrolls: keep memory bounded, drop what scrolled away
            self._cache = {}
            block = self._ids[start:start + ROW_BLOCK]
        for row in self.ws.people.rows(block):
            self._cache[row["id"]] = (gen, row)
        hit = self._cache.get(pid)
        return hit[1] if hit else None

    # --- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def person_id(self, r: int) -> int | None:
        return self._ids[r] if 0 <= r < self._loaded else None

    def row_of(self, person_id: int) -> int | None:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def record(self, r: int) -> dict | None:
        return self._row(r)

    def display(self, row: dict, col: int) -> str:
        if col == COL_NAME:
            return row.get("full_name") or ""
        if col == COL_BIRTH:
            return str(row.get("birth_year") or "")
        if col == COL_GENDER:
            return self.gender_labels.get(row.get("gender"), "") if row.get("gender") else ""
        if col == COL_ID:
            cid = row.get("citizen_id") or ""
            return cid if self.reveal_ids else mask_id(cid)
        if col == COL_PHONE:
            return row.get("phone") or ""
        if col == COL_VILLAGE:
            return unit_name(row, "village")
        if col == COL_COMMUNE:
            return unit_name(row, "commune")
        if col == COL_OCCUPATION:
            return row.get("occupation") or ""
        if col == COL_GROUP:
            code = row.get("target_group") or ""
            return self.group_labels.get(code, code)
        if col == COL_STATUS:
            code = row.get("status") or ""
            return self.status_labels.get(code, code)
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._loaded or not 0 <= index.column() < len(HEADERS):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole, RecordRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in (COL_BIRTH, COL_ID, COL_PHONE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == RecordRole:
            return row
        if role == SortRole:
            return row.get("name_sort", "") if index.column() == COL_NAME else self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:   # the whole text of a narrow cell; notes on the name
            if index.column() == COL_NAME and row.get("notes"):
                return row["notes"]
            return self.display(row, index.column()) or None
        return self.display(row, index.column())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return tr("PeopleModel", HEADERS[section])
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical and section >= 0:
            return formatting.number(section + 1)
        return None

    def set_reveal_ids(self, reveal: bool) -> None:
        self.reveal_ids = reveal
        if self._loaded:
            self.dataChanged.emit(self.index(0, COL_ID), self.index(self._loaded - 1, COL_ID))

    def retranslate(self) -> None:
        self._load_labels()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(HEADERS) - 1))
