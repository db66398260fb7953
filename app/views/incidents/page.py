"""Incident table: every event, sortable, searchable, filterable, with details and export."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QSignalBlocker,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import format_int
from app.model import Dataset
from app.model.export import tsv, write_csv, write_xlsx
from app.model.queries import FACETS, EventFilter, EventSearch
from app.state import AppState
from app.views.common.announce import announce
from app.views.common.columns import event_columns, ids
from app.views.common.frame_model import FrameModel
from app.views.common.icons import icon
from app.views.common.lazy_page import BuildOnShow
from app.views.common.plain_text import plain_warning
from app.views.common.retranslate import Retranslating
from app.views.common.tables import EXTENDED, data_table
from app.views.common.wording import code_label, term
from app.views.common.year_range import YearRange
from app.views.incidents.chips import FilterChips
from app.views.incidents.details import EventDetails
from app.views.incidents.facets import FacetList
from app.views.incidents.filter_state import IncidentFilterState
from app.views.incidents.histogram import EventHistogram
from app.views.incidents.tour import show_rows_at_top

SIDE_FACET = QT_TRANSLATE_NOOP("IncidentView", "Side (initiator)")  # not the plain field: who began it


def facet_title(facet: str) -> str:
    """A facet's title: the field's own name from the wording module, one translation each."""
    return QCoreApplication.translate("IncidentView", SIDE_FACET) if facet == "side" else term("field", facet)


class IncidentView(Retranslating, BuildOnShow, QWidget):
    """Draws the shared selection and the incident filter state; reports what the user
    picks and types. Never calls other views."""

    #: Built with the data even while hidden: the session, the kiosk, exports and the
    #: report read the table's rows without showing the page.
    build_while_hidden = True

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("incidentView")
        self._state = state
        self._ds: Dataset | None = None
        self._search: EventSearch | None = None
        self.filters = IncidentFilterState.of(state)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.casualties = QCheckBox()
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Space opens the menu
        menu = QMenu(self.export_button)
        self._export_csv = menu.addAction("", lambda: self._export_dialog("csv"))
        self._export_xlsx = menu.addAction("", lambda: self._export_dialog("xlsx"))
        self.export_button.setMenu(menu)
        self.export_button.setProperty("kiosk_hidden", True)  # writes files: never on a kiosk
        self.export_button.setIcon(icon("export"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status = QLabel()
        self.chips = FilterChips()
        self.histogram = EventHistogram()
        self.years = YearRange()  # the boxes show (and edit) the chosen years: the keyboard path
        self._year_boxes = (self.years.first_box, self.years.last_box)
        self.facets = {f: FacetList(f, "") for f in FACETS}

        self.model = FrameModel(self)
        self.table = data_table(self.model, EXTENDED)
        self.table.verticalHeader().setDefaultSectionSize(26)
        # Fit columns to a sample of rows, not all of them (a researcher's file may have millions).
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.details = EventDetails(state)
        self._layout()
        self.retranslate()
        self._connect_controls()

        state.language_changed.connect(lambda _: self._rebuild_columns())  # the rows stay
        state.selection_changed.connect(self._draw_selection)
        state.chapter_changed.connect(lambda c: c is not None and show_rows_at_top(self.table, self.model, c.event_ids))
        state.entity_focused.connect(lambda table, eid: self.filters.set(replace(self.filter, entity=(table, eid))))
        self.follow_state(state, language=False)

    def _connect_controls(self) -> None:
        """Controls report to the filter state; the table reports the row the user picks."""
        # Text typing is debounced: a million-row search should not run per keystroke.
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(lambda: self.filters.set(replace(self.filter, text=self.search.text())))
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.casualties.toggled.connect(lambda on: self.filters.set(replace(self.filter, casualties_only=on)))
        for facet in self.facets.values():
            facet.changed.connect(lambda f, values: self.filters.set(self.filter.with_facet(f, values)))
        self.chips.remove_requested.connect(lambda part: self.filters.set(self.filter.without(part)))
        self.chips.reset_requested.connect(self.filters.reset)
        self.filters.changed.connect(self._draw_filter)
        self.histogram.range_selected.connect(self._set_years)
        self._years_timer = QTimer(self, singleShot=True, interval=250)  # dragging and typing settle first
        self._years_timer.timeout.connect(lambda: self._set_years(*self.years.value()))
        self.years.valueChanged.connect(lambda _: self._years_timer.start())
        self.table.horizontalHeader().sectionPressed.connect(self._header_pressed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        """Every label of the page in the current language; chips and counts too."""
        self.search.setPlaceholderText(self.tr("Search titles, texts and place names (English, Finnish, Russian…)"))
        self.search.setAccessibleName(self.tr("Search events"))
        self.casualties.setText(self.tr("With casualties only"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export shown events"))
        self._export_csv.setText(self.tr("Shown rows as CSV…"))
        self._export_xlsx.setText(self.tr("Shown rows as Excel (XLSX)…"))
        self.status.setAccessibleDescription(self.tr("Number of events shown"))  # the name stays its text
        self.years.setAccessibleName(self.tr("Year range"))
        self.years.setAccessibleDescription(self.tr("Drag the handles, or type the first and last year in the boxes"))
        for box, name in zip(self._year_boxes, (self.tr("First year"), self.tr("Last year"))):
            box.setAccessibleName(name)
            box.lineEdit().setAccessibleName(name)  # screen readers land on the editor inside
        self.years.slider.setAccessibleName(self.tr("Year range"))
        self.years.slider.set_handle_names(self.tr("First year"), self.tr("Last year"))
        self._facet_scroll.setAccessibleName(self.tr("Filter by value"))
        for facet, widget in self.facets.items():
            widget.set_title(facet_title(facet))
        self.table.horizontalHeader().setToolTip(self.tr(
            "Click to sort; Shift+click adds a secondary sort key; Ctrl+Shift+S sorts by the current column"))
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setAccessibleDescription(self.tr("One row per event; the details of the current row are below"))
        if self._ds is not None:
            self._draw_filter(self.filter)  # chips and the status line

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.casualties)
        top.addWidget(self.export_button)
        facet_box = QWidget()
        facet_layout = QVBoxLayout(facet_box)
        facet_layout.setContentsMargins(0, 0, 0, 0)
        for facet in self.facets.values():
            facet_layout.addWidget(facet)
        scroll = self._facet_scroll = QScrollArea()
        scroll.setWidget(facet_box)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(210)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(self.details)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(scroll)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([230, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chips)
        layout.addWidget(self.histogram)
        layout.addWidget(self.years)
        layout.addWidget(self.status)
        layout.addWidget(body, 1)

    # ------------------------------------------------------------------ data
    def _rebuild(self) -> None:
        """The page's first data shows the filter and selection the state already holds
        (e.g. restored by the session before the page was built); new data after that
        shows every event again (a filter's values may not exist in it)."""
        first = self._search is None
        self._use_dataset(self._ds)
        if first or self.filter.is_empty():
            self._draw_filter(self.filter)
        else:
            self.filters.reset()  # drawn through ``changed``
        if first:
            self._draw_selection(self._state.selection)

    def _use_dataset(self, ds: Dataset) -> None:
        self._ds = ds
        self._search = EventSearch.of(ds)
        years = ds.events["date_start"].dt.year
        ends = ds.events["date_end"].fillna(ds.events["date_start"]).dt.year
        first, last = (int(years.min()), int(ends.max())) if len(ds.events) else (1934, 1939)
        with QSignalBlocker(self.years):  # drawn from the data, not chosen by the user
            self.years.setRange(first, last)
            self.years.setValue((first, last))
        self._year_span = (first, last)
        self._rebuild_columns()

    def _rebuild_columns(self) -> None:
        if self._ds is None:
            return
        keys = self.model.sort_keys()
        self.model.set_columns(event_columns(self._ds, self._state.language, self.tr), ids(self._ds.events))
        for i, (column, ascending) in enumerate(keys):
            self.model.add_sort_key = i > 0
            self.model.sort(column, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)
        if not self.table.horizontalHeader().sectionSize(4) > 300:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().resizeSection(4, 380)
        self.details.show_event(self._ds, self._state.event_id)

    # ------------------------------------------------------------------ filtering
    @property
    def filter(self) -> EventFilter:
        """The filter shown (kept by :class:`IncidentFilterState`)."""
        return self.filters.value

    def set_filter(self, f: EventFilter) -> None:
        """Filter the table (through the filter state: table, counts, chips, histogram and
        controls all follow it)."""
        self.filters.set(f)

    @Slot(object)
    def _draw_filter(self, f: EventFilter) -> None:
        if self._ds is None:
            return
        parts = self._search.part_masks(f)
        mask = self._search.combine(parts, len(self._ds.events))
        self.model.set_mask(None if f.is_empty() else mask)
        for facet, widget in self.facets.items():
            widget.set_counts(self._search.facet_counts(f, facet, parts), f.facets.get(facet, frozenset()),
                              labels=lambda value, column=facet: code_label(column, value))
        self._sync_controls(f)
        self._update_status(mask)
        self._update_histogram(parts)

    def _sync_controls(self, f: EventFilter) -> None:
        if self.search.text() != f.text:  # e.g. a chip removed the search
            with QSignalBlocker(self.search):  # no debounced search of what is already the filter
                self.search.setText(f.text)
        if self.casualties.isChecked() != f.casualties_only:
            self.casualties.setChecked(f.casualties_only)  # the toggle sets the same filter: no change
        first = f.date_from.year if f.date_from is not None else None
        last = f.date_to.year if f.date_to is not None else None
        self.histogram.set_range(first, last)
        with QSignalBlocker(self.years):  # the boxes show whole years; the filter may be finer
            self.years.setValue((first or self._year_span[0], last or self._year_span[1]))
        chips = []
        if f.text.strip():
            chips.append(("text", self.tr("Search: {t}").format(t=f.text.strip())))
        if first is not None:
            chips.append(("dates", self.tr("Years: {a}–{b}").format(a=first, b=last)))
        for facet, values in f.facets.items():
            names = ", ".join(sorted(code_label(facet, v) for v in values))
            chips.append((facet, f"{facet_title(facet)}: {names}"))
        if f.casualties_only:
            chips.append(("casualties", self.tr("With casualties")))
        if f.entity is not None:
            chips.append(("entity", self.tr("Mentions: {name}").format(
                name=self._ds.name(f.entity[0], f.entity[1], self._state.language))))
        self.chips.set_chips(chips)

    def _update_status(self, mask: np.ndarray) -> None:
        t = self._search.casualty_totals(mask)
        self.status.setText(self.tr(
            "{shown} of {total} events · Soviet: {uk} killed, {uw} wounded · "
            "Japanese/Manchukuo: {jk} killed, {jw} wounded").format(
            **{k: format_int(v, self._state.language) for k, v in dict(
                shown=int(mask.sum()), total=len(self._ds.events), uk=t["ussr_killed"], uw=t["ussr_wounded"],
                jk=t["japan_killed"], jw=t["japan_wounded"]).items()}))
        announce(self, self.status.text())

    def _update_histogram(self, parts: dict) -> None:
        ev = self._ds.events
        years = self._search.years()
        first, last = self._year_span
        bins = np.arange(first, last + 1)
        all_counts = np.bincount(years - first, minlength=len(bins))[: len(bins)]
        shown = self._search.combine(parts, len(ev), skip="dates")  # the bars show what the range would keep
        shown_counts = np.bincount(years[shown] - first, minlength=len(bins))[: len(bins)]
        self.histogram.set_counts(bins, all_counts, shown_counts)

    @Slot(int, int)
    def _set_years(self, first: int, last: int) -> None:
        if (first, last) == self._year_span:
            self.filters.set(self.filter.without("dates"))
        else:
            self.filters.set(replace(self.filter, date_from=pd.Timestamp(f"{first}-01-01"),
                                    date_to=pd.Timestamp(f"{last}-12-31")))

    # ------------------------------------------------------------------ sorting
    @Slot(int)
    def _header_pressed(self, _section: int) -> None:
        shift = QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.model.add_sort_key = bool(shift)

    # ------------------------------------------------------------------ selection
    @Slot()
    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and self._ds is not None:
            self._state.pick_table_row(self.model.id_at(current.row()))

    @Slot(object)
    def _draw_selection(self, sel) -> None:
        """Show the shared selection: the event's row current, the day's rows selected with
        it, its details below (see :mod:`app.model.selection`)."""
        if self._ds is None:
            return
        self.details.show_event(self._ds, sel.event_id)
        if sel.rows is None:  # the user picked the row here: their selection stays as they made it
            return
        row = self.model.row_of_id(sel.event_id) if sel.event_id else -1
        if sel.event_id and row < 0 and not self.filter.is_empty():
            self.filters.reset()  # chosen elsewhere but hidden here: show it
            row = self.model.row_of_id(sel.event_id)
        selection = self.table.selectionModel()
        if row >= 0:  # making it current again is no new choice: the state ignores it
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        elif not sel.event_id:
            selection.clearSelection()
        self._select_rows(sel.rows)

    def _select_rows(self, event_ids) -> None:
        """Add the rows of ``event_ids`` to the selection (the current row stays)."""
        selection = QItemSelection()
        for event_id in event_ids:
            row = self.model.row_of_id(event_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

    # ------------------------------------------------------------------ copy / export
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def copy_selection(self) -> str:
        """Selected rows as tab-separated text with a header, also put on the clipboard."""
        header = [c.header for c in self.model.columns()]
        text = tsv(self.model.row_texts(self.selected_rows()), header)
        QGuiApplication.clipboard().setText(text)
        return text

    def report_parts(self):
        """What a one-page report of this view shows (see app/views/research/report.py)."""
        from app.views.research.report import MAX_ROWS, ReportParts

        wanted = ["date", "place", "title", "ussr_killed", "japan_killed", "source"]
        columns = [(i, c) for i, c in enumerate(self.model.columns()) if c.key in wanted]
        order = self.model.frame_positions()
        rows = [[c.text(order[r]) for _, c in columns] for r in range(min(MAX_ROWS, len(order)))]
        sources = self._ds.events["source_id"].iloc[order].dropna().astype(str).unique()
        return ReportParts(self.tr("Incident table"), self.chips.chip_texts(), [c.header for _, c in columns],
                           rows, len(order), sorted(sources))

    def shown_events(self) -> pd.DataFrame:
        """The rows shown, in the order shown, with every column of the schema."""
        return self._ds.events.iloc[self.model.frame_positions()]

    def export(self, path: str, kind: str) -> None:
        (write_xlsx if kind == "xlsx" else write_csv)(self.shown_events(), path)

    def _export_dialog(self, kind: str) -> None:
        if self._ds is None:
            return
        pattern = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("CSV, UTF-8 (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export shown events"), f"events.{kind}", pattern)
        if not path:
            return
        try:
            self.export(path, kind)
        except OSError as err:
            plain_warning(self, self.tr("Export failed"), self.tr("Could not write {path}:\n{err}").format(
                path=path, err=err))
