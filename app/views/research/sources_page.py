"""Sources page: every source with the rows that cite it, and where sources differ."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import Dataset
from app.model.formats import format_count, format_figure, format_year
from app.model.research import differing_figures, rows_citing, source_usage
from app.state import AppState
from app.views.common.frame_model import FrameModel, NumberColumn, number_column, text_column
from app.views.common.lazy_page import BuildOnShow
from app.views.common.retranslate import Retranslating
from app.views.common.tables import data_table
from app.views.common.wording import code_label, term


class YearColumn(NumberColumn):
    """Years sort as numbers and read as years: '2013', never '2,013'."""

    def text(self, i: int) -> str:
        return format_year(self._values[i])


def _localized(row: pd.Series, base: str, lang: str):
    value = row[f"{base}_{lang}"]
    return value if pd.notna(value) else row[f"{base}_en"]


def figure_version(f: pd.Series, lang: str) -> str:
    """One source's figure as the Forces page states it: '> 300 cases — scope'."""
    percent = f["unit"] == "percent"
    value = format_figure(f["value"], f["estimate"], f["low"], f["high"], lang, percent=percent)
    unit = "" if percent else " " + term("unit", f["unit"])
    return f"{value}{unit} — {_localized(f, 'scope', lang)}"


class SourcesView(Retranslating, BuildOnShow, QWidget):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("sourcesView")
        self._state = state
        self._ds: Dataset | None = None
        self._differ = pd.DataFrame()

        self.sources_model = FrameModel(self)
        self.sources_table = data_table(self.sources_model)
        self.citation = QPlainTextEdit(readOnly=True)
        self.citation.setTabChangesFocus(True)
        self.citing = QListWidget()
        self.citing_label = QLabel()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.sources_table)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.citation, 1)
        dl.addWidget(self.citing_label)
        dl.addWidget(self.citing, 2)
        left.addWidget(detail)

        self.differ_model = FrameModel(self)
        self.differ_table = data_table(self.differ_model)
        self.differ_text = QPlainTextEdit(readOnly=True)
        self.differ_text.setTabChangesFocus(True)
        self.show_forces = QPushButton()
        self.show_forces.setEnabled(False)
        differ = QSplitter(Qt.Orientation.Vertical)
        differ.addWidget(self.differ_table)
        box = QWidget()
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.differ_text, 1)
        bl.addWidget(self.show_forces, 0, Qt.AlignmentFlag.AlignRight)
        differ.addWidget(box)

        self.tabs = QTabWidget()
        self.tabs.addTab(left, "")
        self.tabs.addTab(differ, "")
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.sources_table.selectionModel().currentRowChanged.connect(self._source_chosen)
        self.differ_table.selectionModel().currentRowChanged.connect(self._group_chosen)
        self.citing.itemActivated.connect(self._open_row)
        self.show_forces.clicked.connect(self._show_in_forces)
        self.follow_state(state)

    def retranslate(self) -> None:
        self.sources_table.setAccessibleName(self.tr("Sources"))
        self.citation.setAccessibleName(self.tr("Full citation"))
        self.citing.setAccessibleName(self.tr("Rows citing this source"))
        self.differ_table.setAccessibleName(self.tr("Figures where sources differ"))
        self.differ_text.setAccessibleName(self.tr("Versions of the figure"))
        self.show_forces.setText(self.tr("Show in force comparison"))
        self.tabs.setTabText(0, self.tr("All sources"))
        self.tabs.setTabText(1, self.tr("Sources differ"))
        self.tabs.setAccessibleName(self.tr("Source lists"))
        current = self.sources_table.currentIndex()
        if current.isValid():
            self._source_chosen(current, None)

    def _rebuild(self) -> None:
        self._stale = False
        ds = self._ds
        lang = self._state.language
        usage = source_usage(ds)
        self.sources_model.set_columns([
            text_column("id", term("field", "source"), usage["id"]),
            text_column("kind", term("field", "kind"), usage["kind"].map(lambda k: code_label("source_kind", k))),
            YearColumn("year", term("field", "year"), usage["year"]),
            number_column("total", self.tr("Rows citing it"), usage["total"], lang),
            text_column("citation", term("field", "citation"), usage["citation"], tooltip=usage["citation"]),
        ], usage["id"].to_numpy(dtype=object))
        self.sources_table.resizeColumnsToContents()
        self.sources_table.horizontalHeader().resizeSection(4, 600)
        self._differ = differing_figures(ds, lang)
        d = self._differ
        if d.empty:
            self.differ_model.set_columns([], pd.Series([], dtype=object).to_numpy())
            return
        self.differ_model.set_columns([
            text_column("conflict", term("field", "conflict"), d["conflict"].map(lambda c: code_label("conflict", c))),
            text_column("side", term("field", "side"), d["side"].map(lambda c: code_label("side", c))),
            text_column("category", term("field", "category"), d["category"].map(lambda c: term("category", c))),
            number_column("n", self.tr("Versions"), d["n"], lang),
            number_column("lowest", self.tr("Lowest"), d["lowest"], lang),
            number_column("highest", self.tr("Highest"), d["highest"], lang),
            number_column("difference", self.tr("Difference"), d["difference"], lang),
            text_column("versions", self.tr("Values and qualifiers"), d["versions"], tooltip=d["versions"]),
        ], d["compare_group"].to_numpy(dtype=object))
        self.differ_table.resizeColumnsToContents()
        self.differ_table.horizontalHeader().resizeSection(7, 600)

    @Slot()
    def _source_chosen(self, current, _previous) -> None:
        if not current.isValid() or self._ds is None:
            return
        source_id = self.sources_model.id_at(current.row())
        src = self._ds.row("sources", source_id)
        note = src.get(f"note_{self._state.language}")
        self.citation.setPlainText(f"{src['citation']}\n\n{note if pd.notna(note) else ''}".strip())
        rows = rows_citing(self._ds, source_id, self._state.language)
        self.citing_label.setText(self.tr("{n} rows cite this source").format(n=format_count(len(rows), self._state.language)))
        self.citing.clear()
        for table, row_id, text, locator in rows.itertuples(index=False):
            where = f" — {locator}" if pd.notna(locator) else ""
            item = QListWidgetItem(f"[{table}] {text}{where}")
            item.setData(Qt.ItemDataRole.UserRole, (table, row_id))
            self.citing.addItem(item)

    @Slot()
    def _open_row(self, item: QListWidgetItem) -> None:
        """An event opens in the incident table; a figure opens its conflict's chart."""
        table, row_id = item.data(Qt.ItemDataRole.UserRole)
        if table == "events":
            self._state.select_event(row_id)
            self._state.request_view("incidents")
        elif table == "figures":
            self._state.set_conflict(str(self._ds.row("figures", row_id)["conflict"]))
            self._state.focus_figures((row_id,))
            self._state.request_view("forces")

    @Slot()
    def _group_chosen(self, current, _previous) -> None:
        if not current.isValid() or self._ds is None:
            return
        group = self.differ_model.id_at(current.row())
        figures = self._ds.figures[self._ds.figures["compare_group"] == group]
        lang = self._state.language
        lines = []
        for _, f in figures.iterrows():
            qualifier = _localized(f, "qualifier", lang)
            lines += [figure_version(f, lang), f"    {qualifier if pd.notna(qualifier) else ''}",
                      f"    {self._ds.citation(f['source_id'])}"
                      + (f" — {f['source_locator']}" if pd.notna(f["source_locator"]) else ""), ""]
        self.differ_text.setPlainText("\n".join(lines))
        self.show_forces.setEnabled(True)
        self._chosen_conflict = str(figures["conflict"].iloc[0])
        self._chosen_figures = tuple(figures["id"].astype(str))

    @Slot()
    def _show_in_forces(self) -> None:
        self._state.set_conflict(self._chosen_conflict)
        self._state.focus_figures(self._chosen_figures)
        self._state.request_view("forces")
