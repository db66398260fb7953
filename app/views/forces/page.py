"""Force comparison: how big were the two sides, what did it cost them, how sure are we.

Small multiples (one panel per category family and unit) for the chosen conflict, or for
Khasan and Khalkhin Gol side by side; every figure row of the conflict appears once, with
its qualifier, and rows that answer the same question are shown together, never merged.
A table shows the numbers behind the chart; "All figures" lists every row of the conflict.

The controls report what the user chose; the page puts it into its ``ForcesState`` and
draws whatever the state then says (``_state_changed``).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import Dataset
from app.model.forces import BOTH, BOTH_CONFLICTS, SIDE_ORDER, Figure, FigureIndex
from app.state import AppState
from app.views.common.announce import announce
from app.views.common.columns import figure_columns, ids
from app.views.common.frame_model import FrameModel
from app.views.common.lazy_page import BuildOnShow
from app.views.common.plain_text import plain_warning
from app.views.common.retranslate import Retranslating
from app.views.common.wording import term
from app.views.forces.chart import ForcesChart
from app.views.forces.controls import ForcesControls
from app.views.forces.state import ForcesState
from app.views.forces.tables import report_header, report_rows, show_chart_figures, table_view
from app.views.forces.text import CHART_LABELS, SCOPE_LABELS, ForcesText, label, side_name


class ForcesView(Retranslating, BuildOnShow, QWidget):
    """The force-comparison page; follows the shared conflict and language."""

    #: As before: its figures are drawn as soon as it exists (tests and benchmarks/charts.py read them unseen).
    build_while_hidden = True

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("forcesView")
        self._state = state
        self._ds: Dataset | None = None
        self.index: FigureIndex | None = None
        self.text: ForcesText | None = None
        self.fs = ForcesState(conflict=state.conflict, parent=self)
        self._related: list[str] = []
        self._chapter = state.chapter  # the tour's chapter: its figures are marked
        self._focused: tuple[str, ...] = ()  # figures chosen on another page, marked instead
        self._chapter_details = False  # the details pane shows the chapter's figures
        self._filled: dict[str, tuple] = {}  # table → the choices it was last filled for
        self._build()
        self.controls.conflict_chosen.connect(self.set_conflict)
        self.controls.scope_chosen.connect(self.set_scope)
        self.controls.chart_chosen.connect(self.set_chart)
        self.controls.table_toggled.connect(self.set_as_table)
        self.controls.export_requested.connect(self._ask_export)
        self.chart.figure_clicked.connect(self.show_figure)
        self.chart.group_clicked.connect(self.show_group)
        self.related.clicked.connect(self._show_related)
        self.fs.changed.connect(self._state_changed)
        state.conflict_changed.connect(self._follow_conflict)
        state.chapter_changed.connect(self._follow_chapter)
        state.figures_focused.connect(self._follow_figures)
        self.controls.show_state(self.fs)
        self.retranslate()
        self.follow_state(state)  # dataset and language (BuildOnShow, built while hidden too)

    def _build(self) -> None:
        """The controls over a splitter: the chart (or a table) above the details pane."""
        self.controls = ForcesControls()
        c = self.controls  # the page's tests and the kiosk reach the controls through the page
        self.conflict, self.scope, self.tabs, self.status = c.conflict, c.scope, c.tabs, c.status
        self.as_table, self.export_png, self.export_svg = c.as_table, c.export_png, c.export_svg
        self.chart = ForcesChart()
        self.chart.describe = self._describe
        self.chart_model, self._all_model = FrameModel(self), FrameModel(self)
        self.chart_table, self.all_table = table_view(self.chart_model), table_view(self._all_model)
        self.stack = QStackedWidget()
        for widget in (self.chart, self.chart_table, self.all_table):
            self.stack.addWidget(widget)
        self.details = QPlainTextEdit(readOnly=True)  # plain text: data is never HTML
        self.details.setTabChangesFocus(True)
        self.related = QPushButton(enabled=False)
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
        layout.addWidget(self.controls)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        """Every label of the page in the current language, then the chart and tables again."""
        self.chart_table.setAccessibleName(self.tr("Numbers behind the chart"))
        self.all_table.setAccessibleName(self.tr("Figures"))
        self.details.setAccessibleName(self.tr("Figure details"))
        self.details.setPlaceholderText(self.tr("Point at a bar for its source; click it to keep the details here. "
                                                "Click '≠ sources differ' to list every source's figure. "
                                                "With the keyboard: focus the chart, then Up and Down."))
        self.related.setText(self.tr("Show related event"))
        if self.index is not None:
            self._filled.clear()  # headers in the new language
            self.refresh()

    # ------------------------------------------------------------------ shared state
    def _rebuild(self) -> None:
        """Cut the data into figures (in the current language) and draw them."""
        if self._ds is None:
            return
        self.index = FigureIndex(self._ds, self._state.language)
        self.text = ForcesText(self.index)
        self._filled.clear()
        self._show_details("", [])
        self.refresh()
        self._chapter = self._state.chapter  # new data leaves the tour; a language keeps it
        self._mark_chapter(switch=self._chapter is not None)

    @Slot(str)
    def _follow_conflict(self, conflict: str) -> None:
        self.fs.set(conflict=conflict)  # also leaves the side-by-side mode

    def kiosk_reset(self) -> None:
        """Back to what the next visitor should find (called by the kiosk's idle reset)."""
        self._show_details("", [])
        if not self.fs.reset(self._state.conflict):
            self.refresh()

    # ------------------------------------------------------------------ the tour's chapter
    @Slot(object)
    def _follow_chapter(self, chapter) -> None:
        """A tour chapter is shown: its figures' chart and conflict, its figures marked (None: unmarked)."""
        self._chapter = chapter
        self._focused = ()  # the tour takes over from figures chosen elsewhere
        self._mark_chapter(switch=True)

    @Slot(tuple)
    def _follow_figures(self, figure_ids: tuple) -> None:
        """Figures chosen on another page (a headline number, a group of sources): shown and outlined."""
        self._focused = tuple(figure_ids)
        self._mark_chapter(switch=True)

    def chapter_figures(self) -> list[str]:
        """The ids of the marked figures this data has: those chosen elsewhere, else the chapter's."""
        ids = self._focused or (self._chapter.figure_ids if self._chapter is not None else ())
        return [fig_id for fig_id in ids if self.index is not None and fig_id in self.index.by_id]

    def _mark_chapter(self, switch: bool) -> None:
        ids = self.chapter_figures()
        if switch and ids:  # the chart, conflict and scope that show the first one
            first = self.index.by_id[ids[0]]
            choices = {"chart": first.chart}
            if not (self.fs.both and first.conflict in BOTH_CONFLICTS):
                choices["conflict"] = first.conflict
            if not all(self.index.in_scope(self.index.by_id[i], self.fs.scope) for i in ids):
                choices["scope"] = "all"
            if self.fs.set(**choices) and "conflict" in choices:
                self._state.set_conflict(first.conflict)
        self.chart.set_marked(ids)
        if ids:
            self._show_details(self._chapter_text(ids), [])
            self._chapter_details = True
        elif self._chapter_details:
            self._show_details("", [])

    def _chapter_text(self, ids: list[str]) -> str:
        """The marked figures in words: the chart's text alternative, in the details pane."""
        lang = self._state.language
        if self._focused or self._chapter is None:
            head = self.tr("The figures you chose (outlined in the chart):")
        else:
            head = self.tr("Tour, chapter {n}: {title} — the figures it highlights (outlined in the chart):").format(
                n=self._chapter.number, title=self._chapter.title(lang))
        parts = [head]
        for fig_id in ids:
            f = self.index.by_id[fig_id]
            text = self.text.describe(f)
            if f.group and len(self.index.groups[f.group]) > 1:
                text += "\n" + self.text.describe_group(f.group)
            parts.append(text)
        self.chart.setAccessibleDescription(head + " " + "; ".join(
            self.text.describe(self.index.by_id[i]).split("\n")[0] for i in ids))
        return "\n\n".join(parts)

    # ------------------------------------------------------------------ user intent
    @Slot(str)
    def set_conflict(self, choice: str) -> None:
        """Show a conflict (sets the shared conflict) or BOTH (this page only)."""
        if self.fs.set(conflict=choice) and choice != BOTH:
            self._state.set_conflict(choice)

    @Slot(str)
    def set_scope(self, scope: str) -> None:
        """Show the figures of one scope (one of ``SCOPES``)."""
        self.fs.set(scope=scope)

    @Slot(str)
    def set_chart(self, chart: str) -> None:
        """Show a chart (one of ``TABS``: a chart or the all-figures table)."""
        self.fs.set(chart=chart)

    @Slot(bool)
    def set_as_table(self, on: bool) -> None:
        """Show the numbers behind the chart instead of the chart (or back)."""
        self.fs.set(as_table=on)

    @Slot()
    def _state_changed(self) -> None:
        self.controls.show_state(self.fs)
        self.refresh()

    # ------------------------------------------------------------------ drawing
    def current_figures(self) -> list[Figure]:
        """The figures of the chosen chart, conflict(s) and scope, in data order."""
        if self.index is None or not self.fs.is_chart:
            return []
        return self.index.select(self.fs.conflicts, self.fs.chart, self.fs.scope)

    def refresh(self) -> None:
        """Draw what the state says: the chart, its table or the all-figures table."""
        if self.index is None:
            return
        fs = self.fs
        self.controls.set_chart_counts(self.index.chart_counts(fs.conflicts, fs.scope))
        if not fs.is_chart:
            self.stack.setCurrentWidget(self.all_table)
            self._refresh_all_table()
            self.status.setText(self.tr("{n} figures").format(n=self._all_model.rowCount()))
            return
        figures = self.current_figures()
        self._draw_chart(figures)
        self.status.setText(self._chart_status(figures))
        announce(self, f"{self.controls.tabs.tabText(self.controls.tabs.currentIndex())}: {self.status.text()}")
        if fs.as_table and self._needs_filling("chart", (fs.conflicts, fs.chart, fs.scope)):
            show_chart_figures(self.chart_table, figures, self._state.language)
        self.stack.setCurrentWidget(self.chart_table if fs.as_table else self.chart)

    def _draw_chart(self, figures: list[Figure]) -> None:
        fs, ix = self.fs, self.index
        sides = sorted({f.side for f in figures}, key=lambda s: SIDE_ORDER.index(s) if s in SIDE_ORDER else 99)
        title = self.tr("{conflict} — {chart} · {scope}").format(
            conflict=term("conflict", fs.conflict), chart=label(CHART_LABELS, fs.chart),
            scope=label(SCOPE_LABELS, fs.scope))
        self.chart.set_content(
            ix.panels(fs.conflicts, fs.chart, fs.scope), self.text, title=title,
            legend=[(s, side_name(s)) for s in sides], legend_note=self.text.legend_note(),
            notes=self.text.notes(figures), both=fs.both, differ=ix.differ,
            group_size=lambda g: len(ix.groups.get(g, [])),
            empty_text=self.tr("No figures of this kind for this conflict and scope."))

    def _chart_status(self, figures: list[Figure]) -> str:
        """'66 figures · sources differ on 7 quantities · 12 outside this scope'."""
        ix, fs = self.index, self.fs
        differ = sum(1 for g in {f.group for f in figures if f.group} if ix.differ(g))
        status = self.tr("{n} figures · sources differ on {d} quantities").format(n=len(figures), d=differ)
        hidden = len(ix.select(fs.conflicts, fs.chart, "all")) - len(figures)
        if hidden:
            status += " · " + self.tr("{h} outside this scope").format(h=hidden)
        return status

    def _needs_filling(self, table: str, choices: tuple) -> bool:
        """True once per new data, language or ``choices``: a table is filled only when
        what it shows changed, so switching back to it is free."""
        if self._filled.get(table) == choices:
            return False
        self._filled[table] = choices
        return True

    @property
    def model(self) -> FrameModel:
        """The all-figures table model: every figure row of the shown conflict(s)."""
        self._refresh_all_table()
        return self._all_model

    def _refresh_all_table(self) -> None:
        if self._ds is None or not self._needs_filling("all", self.fs.conflicts):
            return
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

    def _show_details(self, text: str, related: list[str]) -> None:
        self._chapter_details = False  # (the chapter's own text sets it again)
        self._related = related
        self.related.setEnabled(bool(related))
        self.details.setPlainText(text)

    @Slot(str)
    def show_figure(self, fig_id: str) -> None:
        """Keep a figure's details in the details pane, with its related events."""
        f = self.index.by_id[fig_id]
        text = self.text.describe(f)
        if f.group and len(self.index.groups[f.group]) > 1:
            text += "\n\n" + self.text.describe_group(f.group)
        related = self.index.related_events(f)
        if related:
            lang = self._state.language
            titles = [self._ds.row("events", eid)[f"title_{lang}"] for eid in related]
            text += "\n\n" + self.tr("Events in this period:") + "".join(f"\n• {t}" for t in titles)
        self._show_details(text, related)

    @Slot(str)
    def show_group(self, group: str) -> None:
        """Every source's figure for one quantity, in the details pane."""
        self._show_details(self.text.describe_group(group), [])

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
        chart = label(CHART_LABELS, fs.chart) if fs.is_chart else self.tr("All figures")
        filters = [self.tr("Conflict: {c}").format(c=term("conflict", fs.conflict)),
                   self.tr("Chart: {c}").format(c=chart)]
        if fs.is_chart:
            filters.append(self.tr("Scope: {s}").format(s=label(SCOPE_LABELS, fs.scope)))
        return ReportParts(self.tr("Force comparison — {chart}").format(chart=chart), filters, report_header(),
                           report_rows(figures[:MAX_ROWS], self._state.language), len(figures),
                           sorted({f.source_id for f in figures}))

    @Slot(str)
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
