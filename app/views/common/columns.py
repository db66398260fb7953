"""Column sets for the tables, built once per dataset and language."""
from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model import Dataset
from app.views.common.codes import code_label
from app.views.common.frame_model import Column, date_column, number_column, text_column

CASUALTY_COLUMNS = [
    ("ussr_killed", QT_TRANSLATE_NOOP("Columns", "Soviet killed")),
    ("ussr_wounded", QT_TRANSLATE_NOOP("Columns", "Soviet wounded")),
    ("japan_killed", QT_TRANSLATE_NOOP("Columns", "Japanese killed")),
    ("japan_wounded", QT_TRANSLATE_NOOP("Columns", "Japanese wounded")),
    ("count", QT_TRANSLATE_NOOP("Columns", "Count")),
]

#: Column headers (context "Columns"), translated when the columns are built.
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Place"),
    QT_TRANSLATE_NOOP("Columns", "Sector"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Side"),
    QT_TRANSLATE_NOOP("Columns", "Measure"),
    QT_TRANSLATE_NOOP("Columns", "Category"),
    QT_TRANSLATE_NOOP("Columns", "Value"),
    QT_TRANSLATE_NOOP("Columns", "Low"),
    QT_TRANSLATE_NOOP("Columns", "High"),
    QT_TRANSLATE_NOOP("Columns", "Estimate"),
    QT_TRANSLATE_NOOP("Columns", "Scope"),
    QT_TRANSLATE_NOOP("Columns", "Qualifier"),
)


def _h(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def localized(frame: pd.DataFrame, base: str, lang: str) -> pd.Series:
    """The ``base_<lang>`` column, falling back to English where a row lacks the language."""
    primary = frame[f"{base}_{lang}"]
    return primary.fillna(frame[f"{base}_en"]) if lang != "en" else primary


def event_columns(ds: Dataset, lang: str, tr=None) -> list[Column]:
    """The incident table's columns; headers in the current language (context "Columns")."""
    ev = ds.events
    places = ds.places.set_index("id")[f"name_{lang}"]
    place_names = ev["place_id"].map(places).astype("string")
    cols = [
        date_column("date", _h("Date"), ev["date_start"], ev["date_end"], ev["date_precision"], lang),
        text_column("place", _h("Place"), place_names),
        text_column("sector", _h("Sector"), ev["sector"]),
        text_column("kind", _h("Kind"), ev["kind"].astype("string").map(lambda k: code_label("kind", k),
                                                                          na_action="ignore")),
        text_column("title", _h("Title"), localized(ev, "title", lang), tooltip=localized(ev, "text", lang)),
    ]
    cols += [number_column(key, _h(header), ev[key], lang) for key, header in CASUALTY_COLUMNS]
    cols.append(text_column("source", _h("Source"), ev["source_id"], tooltip=ev["source_id"].map(
        ds.sources.set_index("id")["citation"]).astype("string")))
    return cols


def figure_columns(frame: pd.DataFrame, ds: Dataset, lang: str, tr=None) -> list[Column]:
    return [
        text_column("side", _h("Side"), frame["side"].astype("string")),
        text_column("measure", _h("Measure"), frame["measure"].astype("string")),
        text_column("category", _h("Category"), frame["category"].astype("string")),
        number_column("value", _h("Value"), frame["value"], lang),
        number_column("low", _h("Low"), frame["low"], lang),
        number_column("high", _h("High"), frame["high"], lang),
        text_column("estimate", _h("Estimate"), frame["estimate"].astype("string")),
        text_column("scope", _h("Scope"), localized(frame, "scope", lang)),
        text_column("qualifier", _h("Qualifier"), localized(frame, "qualifier", lang)),
        text_column("source", _h("Source"), frame["source_id"], tooltip=frame["source_id"].map(
            ds.sources.set_index("id")["citation"]).astype("string")),
    ]


def ids(frame: pd.DataFrame) -> np.ndarray:
    return frame["id"].to_numpy(dtype=object)
