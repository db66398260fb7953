"""Column sets for the tables, built once per dataset and language."""
from __future__ import annotations

import numpy as np
import pandas as pd

from app.model import Dataset
from app.views.common.frame_model import Column, date_column, number_column, text_column
from app.views.common.wording import CASUALTY_HEADERS, code_label, term


def _h(field: str) -> str:
    """A column header: the field's name in the current language."""
    return term("field", field)


def localized(frame: pd.DataFrame, base: str, lang: str) -> pd.Series:
    """The ``base_<lang>`` column, falling back to English where a row lacks the language."""
    primary = frame[f"{base}_{lang}"]
    return primary.fillna(frame[f"{base}_en"]) if lang != "en" else primary


def event_columns(ds: Dataset, lang: str, tr=None) -> list[Column]:
    """The incident table's columns; headers in the current language."""
    ev = ds.events
    places = ds.places.set_index("id")[f"name_{lang}"]
    place_names = ev["place_id"].map(places).astype("string")
    cols = [
        date_column("date", _h("date"), ev["date_start"], ev["date_end"], ev["date_precision"], lang),
        text_column("place", _h("place"), place_names),
        text_column("sector", _h("sector"), ev["sector"]),
        text_column("kind", _h("kind"), ev["kind"].astype("string").map(lambda k: code_label("kind", k),
                                                                          na_action="ignore")),
        text_column("title", _h("title"), localized(ev, "title", lang), tooltip=localized(ev, "text", lang)),
    ]
    cols += [number_column(key, term("casualty_header", key), ev[key], lang) for key in CASUALTY_HEADERS]
    cols.append(text_column("source", _h("source"), ev["source_id"], tooltip=ev["source_id"].map(
        ds.sources.set_index("id")["citation"]).astype("string")))
    return cols


def figure_columns(frame: pd.DataFrame, ds: Dataset, lang: str, tr=None) -> list[Column]:
    return [
        text_column("side", _h("side"), frame["side"].astype("string")),
        text_column("measure", _h("measure"), frame["measure"].astype("string")),
        text_column("category", _h("category"), frame["category"].astype("string")),
        number_column("value", _h("value"), frame["value"], lang),
        number_column("low", _h("low"), frame["low"], lang),
        number_column("high", _h("high"), frame["high"], lang),
        text_column("estimate", _h("estimate"), frame["estimate"].astype("string")),
        text_column("scope", _h("scope"), localized(frame, "scope", lang)),
        text_column("qualifier", _h("qualifier"), localized(frame, "qualifier", lang)),
        text_column("source", _h("source"), frame["source_id"], tooltip=frame["source_id"].map(
            ds.sources.set_index("id")["citation"]).astype("string")),
    ]


def ids(frame: pd.DataFrame) -> np.ndarray:
    return frame["id"].to_numpy(dtype=object)
