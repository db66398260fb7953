"""A Qt table model over a pandas DataFrame that does O(1) work per cell.

Display strings and sort keys are computed once per column with pandas/numpy; the model
keeps a permutation array (``order``) of frame positions that filtering and sorting
rewrite. ``data()`` is one array lookup (Spyder's DataFrame editor and glue's table viewer
do the same; Qt's pandas example pays an ``iloc`` per cell, which we avoid).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class Column:
    """One visible column: its header, display strings and sort key for every frame row."""

    key: str
    header: str
    display: np.ndarray  # object array of str, one per frame row
    sort_key: np.ndarray  # numeric or str array, one per frame row
    missing: np.ndarray  # bool array: sorts last in both directions
    numeric: bool = False
    tooltip: np.ndarray | None = None


def text_column(key: str, header: str, values: pd.Series, tooltip: pd.Series | None = None) -> Column:
    missing = values.isna().to_numpy()
    display = values.astype(object).where(~values.isna(), "").astype(str).to_numpy(dtype=object)
    sort_key = np.char.lower(display.astype(str))
    tip = None if tooltip is None else tooltip.astype(object).where(tooltip.notna(), "").to_numpy(dtype=object)
    return Column(key, header, display, sort_key, missing, tooltip=tip)


def number_column(key: str, header: str, values: pd.Series) -> Column:
    floats = values.astype("Float64")
    missing = floats.isna().to_numpy()
    sort_key = floats.fillna(0).to_numpy(dtype=float)
    display = np.array(["" if m else f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"
                        for v, m in zip(sort_key, missing)], dtype=object)
    return Column(key, header, display, sort_key, missing, numeric=True)


def date_column(key: str, header: str, display: np.ndarray, start: pd.Series, end: pd.Series) -> Column:
    """Chronological sort: by start, then by end (a month sorts before its days' ends)."""
    missing = start.isna().to_numpy()
    s = start.to_numpy(dtype="datetime64[ns]").astype(np.int64)
    e = end.fillna(start).to_numpy(dtype="datetime64[ns]").astype(np.int64)
    # Combine into one sortable key: start dominates, end breaks ties.
    sort_key = s.astype(np.float64) + (e - s).astype(np.float64) * 1e-9
    return Column(key, header, display, sort_key, missing)


class FrameModel(QAbstractTableModel):
    """Read-only table over precomputed columns, with a row permutation."""

    ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[Column] = []
        self._ids = np.array([], dtype=object)
        self._order = np.array([], dtype=np.int64)
        self._mask: np.ndarray | None = None
        self._sort: list[tuple[int, bool]] = []  # (column, ascending), primary first

    # ------------------------------------------------------------- content
    def set_columns(self, columns: list[Column], ids: np.ndarray) -> None:
        self.beginResetModel()
        self._columns = columns
        self._ids = ids
        self._mask = None
        self._order = np.arange(len(ids), dtype=np.int64)
        self._apply_sort()
        self.endResetModel()

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Show only frame rows where ``mask`` is true (None shows all)."""
        self.layoutAboutToBeChanged.emit()
        self._mask = mask
        self._reorder()
        self.layoutChanged.emit()

    def frame_positions(self) -> np.ndarray:
        """Frame positions of the visible rows, in display order."""
        return self._order

    def row_of_id(self, row_id: str) -> int:
        hits = np.flatnonzero(self._ids[self._order] == row_id)
        return int(hits[0]) if len(hits) else -1

    def id_at(self, row: int) -> str:
        return str(self._ids[self._order[row]])

    # ------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display[self._order[index.row()]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip[self._order[index.row()]] or None
        if role == self.ID_ROLE:
            return self._ids[self._order[index.row()]]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if section < len(self._columns) else None
        return str(section + 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder):
        """Primary sort on ``column``; the previous primary becomes the secondary key."""
        if not 0 <= column < len(self._columns):  # Qt sends -1 for "unsorted"
            return
        ascending = order == Qt.SortOrder.AscendingOrder
        rest = [(c, a) for c, a in self._sort if c != column]
        self._sort = [(column, ascending)] + rest[:1]
        self.layoutAboutToBeChanged.emit()
        self._reorder()
        self.layoutChanged.emit()

    # ------------------------------------------------------------- internals
    def _reorder(self) -> None:
        self._order = np.arange(len(self._ids), dtype=np.int64)
        self._apply_sort()
        if self._mask is not None:
            self._order = self._order[self._mask[self._order]]

    def _apply_sort(self) -> None:
        """Stable multi-key sort, missing values last whatever the direction."""
        order = self._order
        for column, ascending in reversed(self._sort):  # least significant key first
            if column >= len(self._columns):
                continue
            col = self._columns[column]
            if ascending:
                order = order[np.argsort(col.sort_key[order], kind="stable")]
            else:
                # Stable descending: sort the reversed sequence ascending, then reverse;
                # ties keep their incoming order.
                rev = order[::-1]
                order = rev[np.argsort(col.sort_key[rev], kind="stable")][::-1]
            missing = col.missing[order]
            order = np.concatenate([order[~missing], order[missing]])
        self._order = order
