"""Daily operations: step through the days of July–August 1938 and read each day's events."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSlider, QVBoxLayout, QWidget,
)

from app.model import Dataset
from app.model.dates import format_day
from app.state import AppState
from app.views.columns import localized


def day_range(ds: Dataset) -> list[pd.Timestamp]:
    """Every day from the earliest Khasan-1938 day event (at the latest 1 July) to 13 Aug 1938."""
    days = ds.event_days("khasan-1938")
    first = min([d for d in days if d.year == 1938] + [pd.Timestamp("1938-07-01")])
    return list(pd.date_range(first, pd.Timestamp("1938-08-13"), freq="D"))


class DaysView(QWidget):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("daysView")
        self._state = state
        self._ds: Dataset | None = None
        self._days: list[pd.Timestamp] = []
        self.prev = QPushButton(self.tr("◀ Previous day"))
        self.prev.setShortcut(QKeySequence(Qt.Key.Key_Left))
        self.next = QPushButton(self.tr("Next day ▶"))
        self.next.setShortcut(QKeySequence(Qt.Key.Key_Right))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Day"))
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Events of the day"))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setAccessibleName(self.tr("Event text"))
        nav = QHBoxLayout()
        nav.addWidget(self.prev)
        nav.addWidget(self.slider, 1)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.day_label)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.text, 1)

        self.prev.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.slider.valueChanged.connect(lambda i: self._state.set_day(self._days[i]) if self._days else None)
        self.events.currentItemChanged.connect(self._item_changed)
        state.day_changed.connect(self._show_day)
        state.dataset_changed.connect(self.set_dataset)
        state.event_selected.connect(self._follow_event)
        state.language_changed.connect(lambda _: self._show_day(self._state.day))
        if state.dataset is not None:
            self.set_dataset(state.dataset)

    @Slot(object)
    def set_dataset(self, ds: Dataset) -> None:
        self._ds = ds
        self._days = day_range(ds)
        self.slider.setRange(0, len(self._days) - 1)
        self._show_day(self._state.day)

    def _step(self, delta: int) -> None:
        self.slider.setValue(max(0, min(self.slider.maximum(), self.slider.value() + delta)))

    @Slot(object)
    def _show_day(self, day) -> None:
        if self._ds is None or not self._days:
            return
        ts = pd.Timestamp(day) if day is not None else self._days[0]
        if ts in self._days:
            self.slider.blockSignals(True)
            self.slider.setValue(self._days.index(ts))
            self.slider.blockSignals(False)
        lang = self._state.language
        on_day = self._ds.events_on(ts)
        self.day_label.setText(self.tr("{day}: {n} events").format(day=format_day(ts, lang), n=len(on_day)))
        self.events.blockSignals(True)
        self.events.clear()
        titles = localized(on_day, "title", lang)
        for event_id, time, title in zip(on_day["id"], on_day["time"], titles):
            item = QListWidgetItem(f"{time} {title}" if pd.notna(time) else str(title))
            item.setData(Qt.ItemDataRole.UserRole, event_id)
            self.events.addItem(item)
        self.events.blockSignals(False)
        self.text.clear()
        self.prev.setEnabled(self.slider.value() > 0)
        self.next.setEnabled(self.slider.value() < self.slider.maximum())

    @Slot()
    def _item_changed(self, item, _previous) -> None:
        if item is None:
            return
        event_id = item.data(Qt.ItemDataRole.UserRole)
        row = self._ds.events[self._ds.events["id"] == event_id]
        lang = self._state.language
        self.text.setPlainText(f"{localized(row, 'text', lang).iloc[0]}\n\n"
                               + self.tr("Source: {c}").format(c=self._ds.citation(row["source_id"].iloc[0])))
        self._state.select_event(event_id)

    @Slot(str)
    def _follow_event(self, event_id: str) -> None:
        """An event chosen elsewhere moves the viewer to its day (1938 events only)."""
        if not event_id or self._ds is None:
            return
        row = self._ds.events[self._ds.events["id"] == event_id]
        if row.empty or row["date_precision"].iloc[0] not in ("day", "range"):
            return
        start = row["date_start"].iloc[0]
        if start in self._days:
            self._state.set_day(start)
