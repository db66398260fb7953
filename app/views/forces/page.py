"""Force comparison: how big were the two sides, what did it cost them, how sure are we.

Small multiples (one panel per category family and unit) for the chosen conflict, or for
Khasan and Khalkhin Gol side by side; every figure row of the conflict appears once, with
its qualifier, and rows that answer the same question are shown together, never merged.
A table shows the numbers behind the chart; "All figures" lists every row of the conflict.
"""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model import CONFLICTS, Dataset
from app.model.forces import BOTH, CHARTS, SCOPES, SIDE_ORDER, Figure, FigureIndex, value_text
from app.state import AppState
from app.views.common.columns import figure_columns, ids
from app.views.common.frame_model import FrameModel, number_column, text_column
from app.views.common.keys import install_sort_shortcut
from app.views.common.plain_text import plain_warning
from app.views.common.retranslate import Retranslating
from app.views.forces.chart import ForcesChart
from app.views.forces.state import ALL_FIGURES, ForcesState
from app.views.forces.text import (
    CATEGORY_LABELS,
    CHART_LABELS,
    CONFLICT_LABELS,
    ESTIMATE_LABELS,
    SCOPE_LABELS,
    UNIT_LABELS,
    ForcesText,
    label,
    side_name,
)

TABS = CHARTS + (ALL_FIGURES,)


class ForcesView(Retranslating, QWidget):
    """The force-comparison page; follows the shared conflict and language."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("forcesView")
        self._state = state
        self._ds: Dataset | None = None
        self.index: FigureIndex | None = None
        self.text: ForcesText | None = None
        self.fs = ForcesState(conflict=state.conflict)
        self._related: list[str] = []
        self._tables_dirty = True
        self._all_dirty = True

        self.conflict = QComboBox()
        for key in CONFLICTS + (BOTH,):
            self.conflict.addItem("", key)
        self.scope = QComboBox()
        for key in SCOPES:
            self.scope.addItem("", key)
        self.as_table = QPushButton()
        self.as_table.setCheckable(True)
        self.export_png = QPushButton()
        self.export_svg = QPushButton()
        for button in (self.export_png, self.export_svg):
            button.setProperty("kiosk_hidden", True)  # writes files: never on a kiosk
        self.status = QLabel()
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; arrows switch charts
        for _key in TABS:
            self.tabs.addTab("")

        self.chart = ForcesChart()
        self.chart.describe = self._describe
        self.chart_model = FrameModel(self)
        self.chart_table = self._table_view(self.chart_model)
        self._all_model = FrameModel(self)
        self.all_table = self._table_view(self._all_model)
        self.stack = QStackedWidget()
        for widget in (self.chart, self.chart_table, self.all_table):
            self.stack.addWidget(widget)
        self.details = QPlainTextEdit(readOnly=True)  # plain text: data is never HTML
        self.details.setTabChangesFocus(True)
        self.related = QPushButton()
        self.related.setEnabled(False)
        self.conflict_label = QLabel()
        self.conflict_label.setBuddy(self.conflict)
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope)

        top = QHBoxLayout()
        top.addWidget(self.conflict_label)
        top.addWidget(self.conflict)
        top.addWidget(self.scope_label)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.as_table)
        top.addWidget(self.export_png)
        top.addWidget(self.export_svg)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.details, 1)
        bottom_layout.addWidget(self.related, 0, Qt.AlignmentFlag.AlignTop)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.stack)
        split.addWidget(bottom)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 110])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)
        tab_row.addWidget(self.status)
        layout.addLayout(tab_row)
        layout.addWidget(split, 1)

        self.conflict.currentIndexChanged.connect(self._conflict_chosen)
        self.scope.currentIndexChanged.connect(self._scope_chosen)
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.as_table.toggled.connect(self._table_toggled)
        self.export_png.clicked.connect(lambda: self._ask_export("png"))
        self.export_svg.clicked.connect(lambda: self._ask_export("svg"))
        self.chart.figure_clicked.connect(self.show_figure)
        self.chart.group_clicked.connect(self.show_group)
        self.related.clicked.connect(self._show_related)
        state.conflict_changed.connect(self._follow_conflict)
        state.dataset_changed.connect(self.set_dataset)
        state.language_changed.connect(self._language_changed)
        self._sync_controls()
        self.retranslate()
        if state.dataset is not None:
            self.set_dataset(state.dataset)

    def retranslate(self) -> None:
        """Every label of the page in the current language, then the chart and tables again."""
        for i, key in enumerate(CONFLICTS + (BOTH,)):
            self.conflict.setItemText(i, label(CONFLICT_LABELS, key))
        for i, key in enumerate(SCOPES):
            self.scope.setItemText(i, self.tr(SCOPE_LABELS[key]))
        self.conflict.setAccessibleName(self.tr("Conflict"))
        self.scope.setAccessibleName(self.tr("Scope"))
        self.conflict_label.setText(self.tr("&Conflict:"))
        self.scope_label.setText(self.tr("S&cope:"))
        self.scope.setToolTip(self.tr("Which figures to show: those of the forces in the fighting, of the whole "
                                      "corps or grouping, or of single actions (one day, one group)"))
        self.as_table.setText(self.tr("Show as table"))
        self.as_table.setToolTip(self.tr("The numbers behind the chart, as a sortable table"))
        self.export_png.setText(self.tr("Export PNG…"))
        self.export_svg.setText(self.tr("Export SVG…"))
        self.tabs.setAccessibleName(self.tr("Chart"))
        for i, key in enumerate(CHARTS):
            self.tabs.setTabText(i, self.tr(CHART_LABELS[key]))
        self.tabs.setTabText(len(CHARTS), self.tr("All figures (table)"))
        self.chart_table.setAccessibleName(self.tr("Numbers behind the chart"))
        self.all_table.setAccessibleName(self.tr("Figures"))
        self.details.setAccessibleName(self.tr("Figure details"))
        self.details.setPlaceholderText(self.tr("Point at a bar for its source; click it to keep the details here. "
                                                "Click '≠ sources differ' to list every source's figure. "
                                                "With the keyboard: focus the chart, then Up and Down."))
        self.related.setText(self.tr("Show related event"))
        self.status.setAccessibleName(self.tr("Figures shown"))
        if self.index is not None:
            self._tables_dirty = self._all_dirty = True
            self.refresh()

    def _table_view(self, model: FrameModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        install_sort_shortcut(table)
        return table

    # ------------------------------------------------------------------ shared state
    @Slot(object)
    def set_dataset(self, ds: Dataset) -> None:
        self._ds = ds
        self._reindex()

    @Slot(str)
    def _language_changed(self, _lang: str) -> None:
        self._reindex()

    def _reindex(self) -> None:
        if self._ds is None:
            return
        self.index = FigureIndex(self._ds, self._state.language)
        self.text = ForcesText(self.index)
        self.details.clear()
        self.related.setEnabled(False)
        self._all_dirty = True
        self.refresh()

    @Slot(str)
    def _follow_conflict(self, conflict: str) -> None:
        if conflict != self.fs.conflict:
            self.fs.conflict = conflict  # also leaves the side-by-side mode
            self._sync_controls()
            self._all_dirty = True
            self.refresh()

    def kiosk_reset(self) -> None:
        """Back to what the next visitor should find (called by the kiosk's idle reset)."""
        self.fs = ForcesState(conflict=self._state.conflict)
        self.as_table.blockSignals(True)
        self.as_table.setChecked(False)
        self.as_table.blockSignals(False)
        self.details.clear()
        self._related = []
        self.related.setEnabled(False)
        self._sync_controls()
        self._all_dirty = True
        self.refresh()

    # ------------------------------------------------------------------ controls
    def _sync_controls(self) -> None:
        for combo, value in ((self.conflict, self.fs.conflict), (self.scope, self.fs.scope)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(TABS.index(self.fs.chart))
        self.tabs.blockSignals(False)

    @Slot(int)
    def _conflict_chosen(self, _i: int) -> None:
        self.set_conflict(self.conflict.currentData())

    def set_conflict(self, choice: str) -> None:
        """Show a conflict (sets the shared conflict) or BOTH (this page only)."""
        if choice == self.fs.conflict:
            return
        self.fs.conflict = choice
        self._sync_controls()
        self._all_dirty = True
        if choice != BOTH:
            self._state.set_conflict(choice)
        self.refresh()

    @Slot(int)
    def _scope_chosen(self, _i: int) -> None:
        self.set_scope(self.scope.currentData())

    def set_scope(self, scope: str) -> None:
        if scope == self.fs.scope:
            return
        self.fs.scope = scope
        self._sync_controls()
        self.refresh()

    @Slot(int)
    def _tab_chosen(self, i: int) -> None:
        self.set_chart(TABS[i])

    def set_chart(self, chart: str) -> None:
        if chart == self.fs.chart:
            return
        self.fs.chart = chart
        self._sync_controls()
        self.refresh()

    @Slot(bool)
    def _table_toggled(self, on: bool) -> None:
        self.fs.as_table = on
        self.refresh()

    # ------------------------------------------------------------------ drawing
    def current_figures(self) -> list[Figure]:
        """The figures of the chosen chart, conflict(s) and scope, in data order."""
        if self.index is None or not self.fs.is_chart:
            return []
        return self.index.select(self.fs.conflicts, self.fs.chart, self.fs.scope)

    def refresh(self) -> None:
        if self.index is None:
            return
        fs, ix = self.fs, self.index
        counts = ix.chart_counts(fs.conflicts, fs.scope)
        for i, key in enumerate(CHARTS):
            self.tabs.setTabText(i, self.tr("{chart} ({n})").format(chart=self.tr(CHART_LABELS[key]), n=counts[key]))
        self.scope.setEnabled(fs.is_chart)
        self.as_table.setEnabled(fs.is_chart)
        self.export_png.setEnabled(fs.shows_chart)
        self.export_svg.setEnabled(fs.shows_chart)
        self._tables_dirty = True
        if not fs.is_chart:
            self.stack.setCurrentWidget(self.all_table)
            self._refresh_all_table()
            self.status.setText(self.tr("{n} figures").format(n=self._all_model.rowCount()))
            return
        figures = self.current_figures()
        panels = ix.panels(fs.conflicts, fs.chart, fs.scope)
        sides = sorted({f.side for f in figures}, key=lambda s: SIDE_ORDER.index(s) if s in SIDE_ORDER else 99)
        title = self.tr("{conflict} — {chart} · {scope}").format(
            conflict=label(CONFLICT_LABELS, fs.conflict), chart=self.tr(CHART_LABELS[fs.chart]),
            scope=self.tr(SCOPE_LABELS[fs.scope]))
        self.chart.set_content(
            panels, self.text, title=title, legend=[(s, side_name(s)) for s in sides],
            legend_note=self.text.legend_note(), notes=self.text.notes(figures), both=fs.both, differ=ix.differ,
            group_size=lambda g: len(ix.groups.get(g, [])),
            empty_text=self.tr("No figures of this kind for this conflict and scope."))
        groups = {f.group for f in figures if f.group}
        hidden = len(ix.select(fs.conflicts, fs.chart, "all")) - len(figures)
        status = self.tr("{n} figures · sources differ on {d} quantities").format(
            n=len(figures), d=sum(1 for g in groups if ix.differ(g)))
        if hidden:
            status += " · " + self.tr("{h} outside this scope").format(h=hidden)
        self.status.setText(status)
        if fs.as_table:
            self.stack.setCurrentWidget(self.chart_table)
            self._refresh_chart_table()
        else:
            self.stack.setCurrentWidget(self.chart)

    def _refresh_chart_table(self) -> None:
        if not self._tables_dirty:
            return
        self._tables_dirty = False
        figures = self.current_figures()
        frame = pd.DataFrame({
            "conflict": [label(CONFLICT_LABELS, f.conflict) for f in figures],
            "side": [side_name(f.side) for f in figures],
            "category": [label(CATEGORY_LABELS, f.category) for f in figures],
            "stated": [value_text(f, self._state.language) for f in figures],
            "value": pd.array([f.value for f in figures], dtype="Float64"),
            "low": pd.array([f.low for f in figures], dtype="Float64"),
            "high": pd.array([f.high for f in figures], dtype="Float64"),
            "estimate": [label(ESTIMATE_LABELS, f.estimate) for f in figures],
            "unit": [label(UNIT_LABELS, f.unit) for f in figures],
            "scope": [f.scope for f in figures],
            "qualifier": pd.array([f.qualifier or None for f in figures], dtype="string"),
            "group": pd.array([f.group or None for f in figures], dtype="string"),
            "source": [f.source_id for f in figures],
            "citation": [f.citation for f in figures],
            "where": pd.array([f.locator or None for f in figures], dtype="string"),
        })
        columns = [
            text_column("conflict", self.tr("Conflict"), frame["conflict"]),
            text_column("side", self.tr("Side"), frame["side"]),
            text_column("category", self.tr("Category"), frame["category"]),
            text_column("stated", self.tr("As stated"), frame["stated"]),
            number_column("value", self.tr("Value"), frame["value"], self._state.language),
            number_column("low", self.tr("Low"), frame["low"], self._state.language),
            number_column("high", self.tr("High"), frame["high"], self._state.language),
            text_column("estimate", self.tr("Estimate"), frame["estimate"]),
            text_column("unit", self.tr("Unit"), frame["unit"]),
            text_column("scope", self.tr("Scope"), frame["scope"]),
            text_column("qualifier", self.tr("Qualifier"), frame["qualifier"]),
            text_column("group", self.tr("Comparison group"), frame["group"]),
            text_column("source", self.tr("Source"), frame["source"], tooltip=frame["citation"]),
            text_column("where", self.tr("Where in the source"), frame["where"]),
        ]
        self.chart_model.set_columns(columns, frame.index.map(lambda i: figures[i].id).to_numpy(dtype=object))
        self.chart_table.resizeColumnsToContents()
        for col in (9, 12, 13):
            self.chart_table.setColumnWidth(col, min(self.chart_table.columnWidth(col), 320))

    @property
    def model(self) -> FrameModel:
        """The all-figures table model: every figure row of the shown conflict(s)."""
        self._refresh_all_table()
        return self._all_model

    def _refresh_all_table(self) -> None:
        if not self._all_dirty or self._ds is None:
            return
        self._all_dirty = False
        fig = self._ds.figures
        frame = fig[fig["conflict"].isin(self.fs.conflicts)].sort_values(
            ["conflict", "side", "measure", "category"], kind="stable").reset_index(drop=True)
        self._all_model.set_columns(figure_columns(frame, self._ds, self._state.language, self.tr), ids(frame))
        self.all_table.resizeColumnsToContents()

    # ------------------------------------------------------------------ hover and click
    def _describe(self, kind: str, key: str) -> str:
        if self.text is None:
            return ""
        if kind == "group":
            return self.text.describe_group(key)
        return self.text.describe(self.index.by_id[key])

    @Slot(str)
    def show_figure(self, fig_id: str) -> None:
        """Keep a figure's details in the details pane, with its related events."""
        f = self.index.by_id[fig_id]
        text = self.text.describe(f)
        if f.group and len(self.index.groups[f.group]) > 1:
            text += "\n\n" + self.text.describe_group(f.group)
        self._related = self.index.related_events(f)
        if self._related:
            lang = self._state.language
            titles = [self._ds.row("events", eid)[f"title_{lang}"] for eid in self._related]
            text += "\n\n" + self.tr("Events in this period:") + "".join(f"\n• {t}" for t in titles)
        self.details.setPlainText(text)
        self.related.setEnabled(bool(self._related))

    @Slot(str)
    def show_group(self, group: str) -> None:
        self._related = []
        self.related.setEnabled(False)
        self.details.setPlainText(self.text.describe_group(group))

    @Slot()
    def _show_related(self) -> None:
        if self._related:
            self._state.select_event(self._related[0])
            self._state.request_view("incidents")

    # ------------------------------------------------------------------ report, export
    def report_parts(self):
        """What a one-page report of this page shows (see app/views/research/report.py)."""
        from app.views.research.report import MAX_ROWS, ReportParts

        fs = self.fs
        figures = (self.current_figures() if fs.is_chart
                   else self.index.select(fs.conflicts, None, "all") if self.index else [])
        chart = self.tr(CHART_LABELS[fs.chart]) if fs.is_chart else self.tr("All figures")
        filters = [self.tr("Conflict: {c}").format(c=label(CONFLICT_LABELS, fs.conflict)),
                   self.tr("Chart: {c}").format(c=chart)]
        if fs.is_chart:
            filters.append(self.tr("Scope: {s}").format(s=self.tr(SCOPE_LABELS[fs.scope])))
        header = [self.tr("Side"), self.tr("Category"), self.tr("As stated"), self.tr("Unit"), self.tr("Scope"),
                  self.tr("Qualifier")]
        lang = self._state.language
        rows = [[side_name(f.side), label(CATEGORY_LABELS, f.category), value_text(f, lang),
                 label(UNIT_LABELS, f.unit), f.scope, f.qualifier] for f in figures[:MAX_ROWS]]
        return ReportParts(self.tr("Force comparison — {chart}").format(chart=chart), filters, header, rows,
                           len(figures), sorted({f.source_id for f in figures}))

    def _ask_export(self, kind: str) -> None:
        name = f"{self.fs.conflict}-{self.fs.chart}-{self.fs.scope}.{kind}"
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), name, filters)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            self.export(path)
        except OSError as err:
            plain_warning(self, self.tr("Export failed"), self.tr("Could not write {path}:\n{err}").format(
                path=path, err=err))

    def export(self, path: str) -> None:
        """Write the current chart to ``path`` (PNG or SVG by its extension)."""
        if str(path).lower().endswith(".svg"):
            self.chart.export_svg(path)
        else:
            self.chart.export_png(path)
