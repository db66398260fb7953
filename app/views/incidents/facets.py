"""Facet lists: check values to filter; each shows how many events it would give."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout

DIM = Qt.ItemDataRole.UserRole + 1  # no event under the other filters: shown faint


class FacetList(QGroupBox):
    """Checkable values of one column with live counts."""

    changed = Signal(str, frozenset)  # facet, checked values

    def __init__(self, facet: str, title: str, parent=None):
        super().__init__(title, parent)
        self.facet = facet
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(self.tr("Check values to show only their events; Space checks"))
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        self.list.itemChanged.connect(self._item_changed)

    def set_title(self, title: str) -> None:
        """The group box title and the list's accessible name (translated by the caller)."""
        self.setTitle(title)
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(self.tr("Check values to show only their events; Space checks"))

    def set_counts(self, counts: pd.Series, checked: frozenset[str], labels=None) -> None:
        """Show ``counts`` (value -> count under the other filters). The items are updated in place
        while the values stay the same, so checking one keeps the current item, the focus and
        what assistive tools point at; only new values rebuild the list."""
        with QSignalBlocker(self.list):  # drawn from the filter: no ``changed``
            values = [str(v) for v in counts.index]
            if values != [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]:
                current = self.list.currentRow()
                self.list.clear()
                for value in values:
                    item = QListWidgetItem()
                    item.setData(Qt.ItemDataRole.UserRole, value)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    # a check state from the start: without one Qt draws no box and a click or
                    # Space checks nothing
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.list.addItem(item)
                if 0 <= current < self.list.count():
                    self.list.setCurrentRow(current)
            for i, (value, n) in enumerate(counts.items()):
                item = self.list.item(i)
                label = labels(value) if labels else value
                text = f"{label} ({n})"
                if item.text() != text:
                    item.setText(text)
                state = Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
                item.setData(DIM, n == 0 and value not in checked)
            self._tint_dim()

    def _tint_dim(self) -> None:
        """Values with no event under the other filters in the theme's placeholder colour; the
        others in no colour of their own, so the list's palette (high contrast too) applies."""
        dim_brush = self.palette().placeholderText()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setData(Qt.ItemDataRole.ForegroundRole, dim_brush if item.data(DIM) else None)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):  # high contrast
            with QSignalBlocker(self.list):
                self._tint_dim()

    def checked(self) -> frozenset[str]:
        return frozenset(
            self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, value: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, _item) -> None:
        self.changed.emit(self.facet, self.checked())
