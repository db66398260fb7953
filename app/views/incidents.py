"""Incident table: every event, sortable and searchable, with a details pane."""
from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from app.model import Dataset
from app.model.dates import format_dates
from app.state import AppState
from app.views.columns import CASUALTY_COLUMNS, event_columns, ids, localized
from app.views.frame_model import FrameModel


def search_mask(ds: Dataset, text: str) -> np.ndarray | None:
    """Rows whose title or text (either language) contains every word of ``text``."""
    words = text.casefold().split()
    if not words:
        return None
    ev = ds.events
    haystack = (ev["title_en"].fillna("") + "\n" + ev["title_fi"].fillna("") + "\n"
                + ev["text_en"].fillna("") + "\n" + ev["text_fi"].fillna("")).str.casefold()
    mask = np.ones(len(ev), dtype=bool)
    for word in words:
        mask &= haystack.str.contains(word, regex=False).to_numpy(dtype=bool)
    return mask


class IncidentView(QWidget):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("incidentView")
        self._state = state
        self._ds: Dataset | None = None
        self._syncing = False

        self.search = QLineEdit(placeholderText=self.tr("Search titles and texts (English and Finnish)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search events"))
        self.status = QLabel()
        self.model = FrameModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Events"))
        self.details = QPlainTextEdit(readOnly=True)  # plain text: data is never HTML
        self.details.setAccessibleName(self.tr("Event details"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.search.textChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        state.dataset_changed.connect(self.set_dataset)
        state.language_changed.connect(lambda _: self._rebuild())
        state.event_selected.connect(self._select_event)
        state.day_changed.connect(self._select_day)
        if state.dataset is not None:
            self.set_dataset(state.dataset)

    @Slot(object)
    def set_dataset(self, ds: Dataset) -> None:
        self._ds = ds
        self._rebuild()

    def _rebuild(self) -> None:
        if self._ds is None:
            return
        self.model.set_columns(event_columns(self._ds, self._state.language, self.tr), ids(self._ds.events))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().resizeSection(4, 420)
        self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        if self._ds is None:
            return
        self.model.set_mask(search_mask(self._ds, self.search.text()))
        shown = self.model.frame_positions()
        ev = self._ds.events.iloc[shown]
        killed = {k: int(ev[k].sum()) for k, _ in CASUALTY_COLUMNS[:4]}
        self.status.setText(self.tr("{shown} of {total} events · Soviet killed {uk} · Japanese killed {jk}").format(
            shown=len(shown), total=len(self._ds.events), uk=killed["ussr_killed"], jk=killed["japan_killed"]))

    @Slot()
    def _row_changed(self, current, _previous) -> None:
        if not current.isValid() or self._ds is None:
            return
        event_id = self.model.id_at(current.row())
        self._show_details(event_id)
        self._syncing = True
        self._state.select_event(event_id)
        self._syncing = False

    def _show_details(self, event_id: str) -> None:
        ds, lang = self._ds, self._state.language
        row = ds.events[ds.events["id"] == event_id]
        if row.empty:
            self.details.clear()
            return
        r = row.iloc[0]
        date = format_dates(row["date_start"], row["date_end"], row["date_precision"], lang)[0]
        lines = [f"{localized(row, 'title', lang).iloc[0]}", date + (f" {r['time']}" if pd.notna(r["time"]) else "")]
        if pd.notna(r["place_id"]):
            lines.append(self.tr("Place: {name}").format(name=ds.name("places", r["place_id"], lang)))
        lines += ["", str(localized(row, "text", lang).iloc[0]), ""]
        counts = [f"{header}: {int(r[key])}" for key, header in CASUALTY_COLUMNS if pd.notna(r[key])]
        if counts:
            lines.append(" · ".join(counts))
        qualifier = localized(row, "qualifier", lang).iloc[0]
        if pd.notna(qualifier):
            lines.append(self.tr("Version: {q}").format(q=qualifier))
        lines.append(self.tr("Source: {citation}").format(citation=ds.citation(r["source_id"])))
        if pd.notna(r["source_locator"]):
            lines.append(self.tr("Where: {loc}").format(loc=r["source_locator"]))
        self.details.setPlainText("\n".join(lines))

    @Slot(str)
    def _select_event(self, event_id: str) -> None:
        if self._syncing or not event_id:
            return
        row = self.model.row_of_id(event_id)
        if row < 0 and self.search.text():
            self.search.clear()  # the event is hidden by the search: show it
            row = self.model.row_of_id(event_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    @Slot(object)
    def _select_day(self, day) -> None:
        if day is None or self._ds is None:
            return
        on_day = self._ds.events_on(day)
        if not on_day.empty and self._state.event_id not in set(on_day["id"]):
            self._state.select_event(str(on_day["id"].iloc[0]))
