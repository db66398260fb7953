"""Column sets for the tables, built once per dataset and language."""
from __future__ import annotations

import numpy as np
import pandas as pd

from app.model import Dataset
from app.views.frame_model import Column, date_column, number_column, text_column

CASUALTY_COLUMNS = [
    ("ussr_killed", "Soviet killed"), ("ussr_wounded", "Soviet wounded"),
    ("japan_killed", "Japanese killed"), ("japan_wounded", "Japanese wounded"),
    ("count", "Count"),
]


def localized(frame: pd.DataFrame, base: str, lang: str) -> pd.Series:
    """The ``base_<lang>`` column, falling back to English where a row lacks the language."""
    primary = frame[f"{base}_{lang}"]
    return primary.fillna(frame[f"{base}_en"]) if lang != "en" else primary


def event_columns(ds: Dataset, lang: str, tr=lambda s: s) -> list[Column]:
    ev = ds.events
    places = ds.places.set_index("id")[f"name_{lang}"]
    place_names = ev["place_id"].map(places).astype("string")
    cols = [
        date_column("date", tr("Date"), ev["date_start"], ev["date_end"], ev["date_precision"], lang),
        text_column("place", tr("Place"), place_names),
        text_column("sector", tr("Sector"), ev["sector"]),
        text_column("kind", tr("Kind"), ev["kind"].astype("string")),
        text_column("title", tr("Title"), localized(ev, "title", lang), tooltip=localized(ev, "text", lang)),
    ]
    cols += [number_column(key, tr(header), ev[key]) for key, header in CASUALTY_COLUMNS]
    cols.append(text_column("source", tr("Source"), ev["source_id"], tooltip=ev["source_id"].map(
        ds.sources.set_index("id")["citation"]).astype("string")))
    return cols


def figure_columns(frame: pd.DataFrame, ds: Dataset, lang: str, tr=lambda s: s) -> list[Column]:
    return [
        text_column("side", tr("Side"), frame["side"].astype("string")),
        text_column("measure", tr("Measure"), frame["measure"].astype("string")),
        text_column("category", tr("Category"), frame["category"].astype("string")),
        number_column("value", tr("Value"), frame["value"]),
        number_column("low", tr("Low"), frame["low"]),
        number_column("high", tr("High"), frame["high"]),
        text_column("estimate", tr("Estimate"), frame["estimate"].astype("string")),
        text_column("scope", tr("Scope"), localized(frame, "scope", lang)),
        text_column("qualifier", tr("Qualifier"), localized(frame, "qualifier", lang)),
        text_column("source", tr("Source"), frame["source_id"], tooltip=frame["source_id"].map(
            ds.sources.set_index("id")["citation"]).astype("string")),
    ]


def ids(frame: pd.DataFrame) -> np.ndarray:
    return frame["id"].to_numpy(dtype=object)
