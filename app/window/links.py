"""Cross-view rules that hold even before a view has been built.

Pages are built on first use, so a rule such as "choosing an event moves the daily viewer
to its day" can't live only in the daily viewer: it lives here, on the shared state.
"""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject, Slot

from app.model.days import DayBook
from app.state import AppState


class SelectionLinks(QObject):
    """An event chosen anywhere moves the shared day to the event's day, when the daily
    viewer covers that day; a range event that already covers the shown day keeps it."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self._state = state
        self._book: DayBook | None = None
        state.dataset_changed.connect(self._dataset_changed)
        state.event_selected.connect(self._event_chosen)
        if state.dataset is not None:
            self._dataset_changed(state.dataset)

    @Slot(object)
    def _dataset_changed(self, ds) -> None:
        self._book = DayBook(ds)

    @Slot(str)
    def _event_chosen(self, event_id: str) -> None:
        ds = self._state.dataset
        if not event_id or ds is None or self._book is None:
            return
        row = ds.row("events", event_id)
        if row is None or row["date_precision"] not in ("day", "range"):
            return
        start = row["date_start"]
        end = row["date_end"] if pd.notna(row["date_end"]) else start
        shown = self._state.day
        if row["date_precision"] == "range" and shown is not None and start <= pd.Timestamp(shown) <= end:
            return
        if self._book.position(start) >= 0:
            self._state.set_day(start)
