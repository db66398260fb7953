"""Force comparison: every figure of the chosen conflict, each with its source.

The full small-multiples chart view is its own piece of work; this page already lists
every figure row, side by side per comparison group, never merged.
"""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.model import CONFLICTS, Dataset
from app.state import AppState
from app.views.columns import figure_columns, ids
from app.views.frame_model import FrameModel

CONFLICT_LABELS = {
    "border-1934-1938": "Border incidents 1934–1938",
    "khasan-1938": "Lake Khasan 1938",
    "khalkhin-gol-1939": "Khalkhin Gol 1939",
}


class ForcesView(QWidget):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("forcesView")
        self._state = state
        self._ds: Dataset | None = None
        self.conflict = QComboBox()
        self.conflict.setAccessibleName(self.tr("Conflict"))
        for key in CONFLICTS:
            self.conflict.addItem(self.tr(CONFLICT_LABELS[key]), key)
        self.status = QLabel()
        self.model = FrameModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Figures"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Conflict:")))
        top.addWidget(self.conflict)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.conflict.currentIndexChanged.connect(lambda _: state.set_conflict(self.conflict.currentData()))
        state.conflict_changed.connect(self._show_conflict)
        state.dataset_changed.connect(self.set_dataset)
        state.language_changed.connect(lambda _: self._rebuild())
        if state.dataset is not None:
            self.set_dataset(state.dataset)

    @Slot(object)
    def set_dataset(self, ds: Dataset) -> None:
        self._ds = ds
        self._show_conflict(self._state.conflict)

    @Slot(str)
    def _show_conflict(self, conflict: str) -> None:
        i = self.conflict.findData(conflict)
        if i >= 0 and i != self.conflict.currentIndex():
            self.conflict.setCurrentIndex(i)
        self._rebuild()

    def _rebuild(self) -> None:
        if self._ds is None:
            return
        frame = self._ds.figures_for(self._state.conflict).sort_values(
            ["side", "measure", "category"], kind="stable").reset_index(drop=True)
        self.model.set_columns(figure_columns(frame, self._ds, self._state.language, self.tr), ids(frame))
        self.table.resizeColumnsToContents()
        groups = frame["compare_group"].dropna()
        disputed = int((groups.value_counts() > 1).sum())
        self.status.setText(self.tr("{n} figures · {d} quantities where sources differ").format(n=len(frame), d=disputed))
