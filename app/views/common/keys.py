"""Keyboard paths shared by the views: sorting a table without the mouse."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView

SORT_KEYS = "Ctrl+Shift+S"


def sort_by_current_column(table: QTableView) -> None:
    """Sort by the current cell's column; again on the same column reverses the order."""
    column = table.currentIndex().column()
    if column < 0:
        column = 0
    header = table.horizontalHeader()
    ascending = not (header.sortIndicatorSection() == column
                     and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder)
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)


def install_sort_shortcut(table: QTableView) -> QShortcut:
    return QShortcut(QKeySequence(SORT_KEYS), table, lambda: sort_by_current_column(table),
                     context=Qt.ShortcutContext.WidgetShortcut)
