"""One set-up for the pages' tables over a :class:`~app.views.common.frame_model.FrameModel`."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.views.common.keys import install_sort_shortcut

SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection


def data_table(model: QAbstractItemModel, selection: QAbstractItemView.SelectionMode = SINGLE, *,
               select_rows: bool = True, table: QTableView | None = None) -> QTableView:
    """A table as every page shows one: sortable by a header click and by the keyboard
    (:data:`~app.views.common.keys.SORT_KEYS`), whole rows selected, no row numbers,
    columns the user can resize, and Tab that leaves the table for the next control
    (arrows move between cells). ``table``: set up this one instead of a new QTableView."""
    table = table if table is not None else QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    if select_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    install_sort_shortcut(table)
    return table
