"""The force-comparison page's tables: the numbers behind a chart, and the report's rows.

Columns are built here from ``Figure`` objects; the page only hands them to its models.
Headers use the page's translation context ("ForcesView").
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from app.model.forces import Figure, value_text
from app.views.common.frame_model import FrameModel, number_column, text_column
from app.views.common.tables import EXTENDED, data_table
from app.views.common.wording import term
from app.views.forces.text import side_name

WIDE_COLUMNS = ("scope", "source", "where")  # long data text: capped, the rest is in the tooltip
MAX_COLUMN_PX = 320


#: Called as translate("ForcesView", "literal") so that lupdate extracts the string
#: (it does not see through a wrapper such as _tr(text)).
translate = QCoreApplication.translate


def table_view(model: FrameModel) -> QTableView:
    """A sortable table of ``model`` (the pages' one table set-up; cells, not rows, are selected)."""
    return data_table(model, EXTENDED, select_rows=False)


def _figure_frame(figures: list[Figure], lang: str) -> pd.DataFrame:
    """One row per figure: labels in ``lang``, numbers as nullable floats (sortable)."""
    def numbers(values):
        return pd.array(values, dtype="Float64")

    def optional(values):
        return pd.array([v or None for v in values], dtype="string")

    return pd.DataFrame({
        "conflict": [term("conflict", f.conflict) for f in figures],
        "side": [side_name(f.side) for f in figures],
        "category": [term("category", f.category) for f in figures],
        "stated": [value_text(f, lang) for f in figures],
        "value": numbers([f.value for f in figures]),
        "low": numbers([f.low for f in figures]),
        "high": numbers([f.high for f in figures]),
        "estimate": [term("estimate", f.estimate) for f in figures],
        "unit": [term("unit", f.unit) for f in figures],
        "scope": [f.scope for f in figures],
        "qualifier": optional([f.qualifier for f in figures]),
        "group": optional([f.group for f in figures]),
        "source": [f.source_id for f in figures],
        "citation": [f.citation for f in figures],
        "where": optional([f.locator for f in figures]),
    })


def show_chart_figures(table: QTableView, figures: list[Figure], lang: str) -> None:
    """Fill the "numbers behind the chart" table (its model is a ``FrameModel``) with figures."""
    frame = _figure_frame(figures, lang)
    columns = [
        text_column("conflict", term("field", "conflict"), frame["conflict"]),
        text_column("side", term("field", "side"), frame["side"]),
        text_column("category", term("field", "category"), frame["category"]),
        text_column("stated", translate("ForcesView", "As stated"), frame["stated"]),
        number_column("value", term("field", "value"), frame["value"], lang),
        number_column("low", term("field", "low"), frame["low"], lang),
        number_column("high", term("field", "high"), frame["high"], lang),
        text_column("estimate", term("field", "estimate"), frame["estimate"]),
        text_column("unit", term("field", "unit"), frame["unit"]),
        text_column("scope", term("field", "scope"), frame["scope"]),
        text_column("qualifier", term("field", "qualifier"), frame["qualifier"]),
        text_column("group", translate("ForcesView", "Comparison group"), frame["group"]),
        text_column("source", term("field", "source"), frame["source"], tooltip=frame["citation"]),
        text_column("where", translate("ForcesView", "Where in the source"), frame["where"]),
    ]
    table.model().set_columns(columns, np.array([f.id for f in figures], dtype=object))
    table.resizeColumnsToContents()
    for i, column in enumerate(columns):
        if column.key in WIDE_COLUMNS:
            table.setColumnWidth(i, min(table.columnWidth(i), MAX_COLUMN_PX))


def report_header() -> list[str]:
    """Column titles of the report's table of figures."""
    return [term("field", "side"), term("field", "category"), translate("ForcesView", "As stated"),
            term("field", "unit"), term("field", "scope"), term("field", "qualifier")]


def report_rows(figures: list[Figure], lang: str) -> list[list[str]]:
    """The report's rows: each figure as its source states it, with scope and qualifier."""
    return [[side_name(f.side), term("category", f.category), value_text(f, lang),
             term("unit", f.unit), f.scope, f.qualifier] for f in figures]
