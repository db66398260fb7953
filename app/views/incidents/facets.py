"""Facet lists: check values to filter; each shows how many events it would give."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout


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
        """Rebuild the items: ``counts`` maps value -> count under the other filters."""
        with QSignalBlocker(self.list):  # drawn from the filter: no ``changed``
            self.list.clear()
            for value, n in counts.items():
                label = labels(value) if labels else value
                item = QListWidgetItem(f"{label} ({n})")
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
                if n == 0 and value not in checked:
                    item.setForeground(self.palette().placeholderText())
                self.list.addItem(item)

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
