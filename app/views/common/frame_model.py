"""A Qt table model over a pandas DataFrame that does O(1) work per cell.

Each column reads one value from a numpy array that shares the frame's data and formats
it on demand, so a million-row table costs little more memory than the frame itself.
Sort keys are computed with pandas/numpy on a column's first sort and cached; the model
keeps a permutation array (``order``) of frame positions that filtering and sorting
rewrite. ``data()`` is one array lookup plus formatting of one value (Spyder's DataFrame
editor and glue's table viewer do the same; Qt's pandas example pays an ``iloc`` per cell).
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.model.dates import format_date
from app.model.forces import format_number

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


def plain_tooltip(text: str) -> str:
    """Qt renders tooltips that look like HTML as HTML; data text must show literally."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


class Column:
    """One visible column: header, per-row text, and a lazily computed sort key."""

    numeric = False

    def __init__(self, key: str, header: str):
        self.key = key
        self.header = header
        self._sort_key: np.ndarray | None = None
        self._missing: np.ndarray | None = None

    def text(self, i: int) -> str:
        raise NotImplementedError

    def tooltip(self, i: int) -> str | None:
        return None

    def sort_data(self) -> tuple[np.ndarray, np.ndarray]:
        """(key, missing) for every frame row; computed once, on the first sort."""
        if self._sort_key is None:
            self._sort_key, self._missing = self._compute_sort()
        return self._sort_key, self._missing

    def _compute_sort(self) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError


class TextColumn(Column):
    def __init__(self, key, header, values: pd.Series, tooltip: pd.Series | None = None):
        super().__init__(key, header)
        self._series = values
        self._values = values.to_numpy(dtype=object, na_value=None)
        self._tips = None if tooltip is None else tooltip.to_numpy(dtype=object, na_value=None)

    def text(self, i: int) -> str:
        value = self._values[i]
        return "" if value is None else str(value)

    def tooltip(self, i: int) -> str | None:
        if self._tips is None:
            return None
        tip = self._tips[i]
        return plain_tooltip(str(tip)) if tip is not None else None

    def _compute_sort(self):
        # Case-insensitive rank: pandas factorize sorts the distinct values once.
        folded = self._series.astype("string").str.casefold()
        codes, _ = pd.factorize(folded, sort=True, use_na_sentinel=True)
        return codes.astype(np.int64), codes < 0


class NumberColumn(Column):
    numeric = True

    def __init__(self, key, header, values: pd.Series, lang: str = "en"):
        super().__init__(key, header)
        self._lang = lang  # digit grouping: '15,000' / '15 000'
        floats = values.astype("Float64")
        self._missing_now = floats.isna().to_numpy()
        self._values = floats.to_numpy(dtype=np.float64, na_value=np.nan)

    def text(self, i: int) -> str:
        v = self._values[i]
        if v != v:  # NaN
            return ""
        return format_number(v, self._lang, decimals=6)

    def _compute_sort(self):
        return np.where(self._missing_now, 0.0, self._values), self._missing_now


class DateColumn(Column):
    """Dates shown by their precision, sorted chronologically (start, then end)."""

    def __init__(self, key, header, start: pd.Series, end: pd.Series, precision: pd.Series, lang: str):
        super().__init__(key, header)
        self._start = start.to_numpy(dtype="datetime64[ns]")
        self._end = end.to_numpy(dtype="datetime64[ns]")
        self._precision = precision.to_numpy(dtype=object, na_value=None)
        self._lang = lang

    def text(self, i: int) -> str:
        start = self._start[i]
        if np.isnat(start):
            return ""
        end = self._end[i]
        return format_date(pd.Timestamp(start), None if np.isnat(end) else pd.Timestamp(end),
                           self._precision[i], self._lang)

    def _compute_sort(self):
        missing = np.isnat(self._start)
        s = self._start.astype(np.int64)
        e = np.where(np.isnat(self._end), s, self._end.astype(np.int64))
        # Start dominates; a longer period sorts after a shorter one beginning the same day.
        order = np.lexsort((e, s))
        rank = np.empty(len(s), dtype=np.int64)
        rank[order] = np.arange(len(s))
        return rank, missing


def text_column(key: str, header: str, values: pd.Series, tooltip: pd.Series | None = None) -> Column:
    return TextColumn(key, header, values, tooltip)


def number_column(key: str, header: str, values: pd.Series, lang: str = "en") -> Column:
    return NumberColumn(key, header, values, lang)


def date_column(key: str, header: str, start: pd.Series, end: pd.Series, precision: pd.Series,
                lang: str = "en") -> Column:
    return DateColumn(key, header, start, end, precision, lang)


class FrameModel(QAbstractTableModel):
    """Read-only table over columns, with a row permutation for sorting and filtering."""

    ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[Column] = []
        self._ids = np.array([], dtype=object)
        self._order = np.array([], dtype=np.int64)
        self._mask: np.ndarray | None = None
        self._sort: list[tuple[int, bool]] = []  # (column, ascending), primary first
        #: When set (shift-click), the next sort adds a key instead of replacing them.
        self.add_sort_key = False

    # ------------------------------------------------------------- content
    def set_columns(self, columns: list[Column], ids: np.ndarray) -> None:
        self.beginResetModel()
        self._columns = columns
        self._ids = ids
        self._order = np.arange(len(ids), dtype=np.int64)
        if self._mask is not None and len(self._mask) != len(ids):
            self._mask = None
        self._reorder()
        self.endResetModel()

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Show only frame rows where ``mask`` is true (None shows all)."""
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._mask = mask
        self._reorder()
        self._remap_persistent(old)
        self.layoutChanged.emit()

    def columns(self) -> list[Column]:
        return self._columns

    def sort_keys(self) -> list[tuple[int, bool]]:
        return list(self._sort)

    def frame_positions(self) -> np.ndarray:
        """Frame positions of the visible rows, in display order."""
        return self._order

    def row_of_id(self, row_id: str) -> int:
        hits = np.flatnonzero(self._ids[self._order] == row_id)
        return int(hits[0]) if len(hits) else -1

    def id_at(self, row: int) -> str:
        return str(self._ids[self._order[row]])

    def row_texts(self, rows: list[int]) -> list[list[str]]:
        """Display text of whole rows, for copying."""
        return [[c.text(self._order[r]) for c in self._columns] for r in rows]

    # ------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._columns[index.column()].text(self._order[index.row()])
        if role == _ALIGN:
            return _RIGHT if self._columns[index.column()].numeric else _LEFT
        if role == _TOOLTIP:
            return self._columns[index.column()].tooltip(self._order[index.row()])
        if role == self.ID_ROLE:
            return self._ids[self._order[index.row()]]
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if section < len(self._columns) else None
        return str(section + 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder):
        """Sort by ``column``; with ``add_sort_key`` set, keep earlier keys as primary."""
        if not 0 <= column < len(self._columns):  # Qt sends -1 for "unsorted"
            return
        ascending = order == Qt.SortOrder.AscendingOrder
        if self.add_sort_key and self._sort:
            self._sort = [(c, a) for c, a in self._sort if c != column] + [(column, ascending)]
        else:
            self._sort = [(column, ascending)]
        self.add_sort_key = False
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._reorder()
        self._remap_persistent(old)
        self.layoutChanged.emit()

    # ------------------------------------------------------------- internals
    def _remap_persistent(self, old_order: np.ndarray) -> None:
        """Keep the current row/selection on the same frame rows across a re-order."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        position = np.full(len(self._ids), -1, dtype=np.int64)
        position[self._order] = np.arange(len(self._order))
        new = []
        for index in persistent:
            row = index.row()
            target = position[old_order[row]] if 0 <= row < len(old_order) else -1
            new.append(self.index(int(target), index.column()) if target >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new)

    def _reorder(self) -> None:
        order = np.arange(len(self._ids), dtype=np.int64)
        if self._mask is not None:
            order = np.flatnonzero(self._mask).astype(np.int64)
        self._order = self._sorted(order)

    def _sorted(self, order: np.ndarray) -> np.ndarray:
        """Stable multi-key sort, missing values last whatever the direction."""
        for column, ascending in reversed(self._sort):  # least significant key first
            if column >= len(self._columns):
                continue
            key, missing = self._columns[column].sort_data()
            if ascending:
                order = order[np.argsort(key[order], kind="stable")]
            else:
                # Stable descending: sort the reversed sequence ascending, then reverse;
                # ties keep their incoming order.
                rev = order[::-1]
                order = rev[np.argsort(key[rev], kind="stable")][::-1]
            miss = missing[order]
            if miss.any():
                order = np.concatenate([order[~miss], order[miss]])
        return order
