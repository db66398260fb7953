"""Queries behind the research tools: who cites a source, where sources differ, and
everything that mentions a person, unit or place. Qt-free."""
from __future__ import annotations

import pandas as pd

from app.model.dataset import Dataset
from app.model.days import strip_days
from app.model.formats import format_number
from app.model.search_index import SearchIndex

#: Tables whose rows cite a source, and the column that describes a row to a reader.
CITING_TABLES = {"events": "title", "figures": "scope", "places": "name", "units": "name",
                 "people": "name", "control": "note", "moves": "text", "story": "title"}
ENTITY_TABLES = ("people", "units", "places")


def _describe(frame: pd.DataFrame, base: str, lang: str) -> pd.Series:
    text = frame[f"{base}_{lang}"].fillna(frame[f"{base}_en"])
    return text.fillna(frame["id"]).astype(str)


def source_usage(ds: Dataset) -> pd.DataFrame:
    """Every source with how many rows of each table cite it (0 for the seed's notes)."""
    counts = {table: ds.table(table)["source_id"].value_counts() for table in CITING_TABLES}
    usage = pd.DataFrame(counts).reindex(ds.sources["id"]).fillna(0).astype(int)
    usage["total"] = usage.sum(axis=1)
    out = ds.sources[["id", "kind", "citation", "year", "note_number", "cited_in"]].set_index("id").join(usage)
    return out.reset_index()


def rows_citing(ds: Dataset, source_id: str, lang: str = "en") -> pd.DataFrame:
    """table, id, description of every row citing ``source_id``."""
    parts = []
    for table, base in CITING_TABLES.items():
        frame = ds.table(table)
        hit = frame[frame["source_id"] == source_id]
        if len(hit):
            parts.append(pd.DataFrame({"table": table, "id": hit["id"].astype(str),
                                       "description": _describe(hit, base, lang),
                                       "locator": hit["source_locator"].astype("string")}))
    if not parts:
        return pd.DataFrame(columns=["table", "id", "description", "locator"])
    return pd.concat(parts, ignore_index=True)


def differing_figures(ds: Dataset, lang: str = "en") -> pd.DataFrame:
    """One row per comparison group with more than one figure: the spread and the versions.

    ``difference`` is highest minus lowest best value; ``ratio`` is highest over lowest
    (NaN when the lowest is 0, e.g. "70 aircraft" vs "no aircraft took part"); versions that
    agree on the number differ in wording, scope or source. ``versions`` reads e.g.
    "650 (per Soviet estimate) | 526 (per Japanese figures)".
    """
    disputed = ds.disputed_groups()
    rows = []
    for group, g in disputed.groupby("compare_group", observed=True, sort=True):
        best = g["value"].fillna(g["high"]).fillna(g["low"]).astype(float)
        qualifier = g[f"qualifier_{lang}"].fillna(g["qualifier_en"]).fillna("")
        versions = " | ".join(
            f"{format_number(v, lang)} ({q})" if q else format_number(v, lang) for v, q in zip(best, qualifier))
        rows.append({
            "compare_group": group,
            "conflict": str(g["conflict"].iloc[0]),
            "side": str(g["side"].iloc[0]),
            "category": str(g["category"].iloc[0]),
            "n": len(g),
            "lowest": best.min(),
            "highest": best.max(),
            "difference": best.max() - best.min(),
            "ratio": best.max() / best.min() if best.min() > 0 else float("nan"),
            "versions": versions,
            "sources": ", ".join(sorted(set(g["source_id"].astype(str)))),
            "figure_ids": ";".join(g["id"].astype(str)),
        })
    return pd.DataFrame(rows)


def entity_index(ds: Dataset, lang: str = "en") -> pd.DataFrame:
    """table, id, name, detail for every person, unit and place (the index's list)."""
    parts = []
    for table, detail in (("people", "role"), ("units", "echelon"), ("places", "kind")):
        frame = ds.table(table)
        names = _describe(frame, "name", lang)
        if detail in ("echelon", "kind"):
            details = frame[detail].astype(str)
        else:
            details = frame[f"{detail}_{lang}"].fillna(frame[f"{detail}_en"]).astype(str)
        forms = [c for c in ("name_en", "name_fi", "name_ru", "name_ja", "name_zh", "variants") if c in frame.columns]
        every_name = frame[forms].astype(object).fillna("").astype(str).agg(" ".join, axis=1)
        parts.append(pd.DataFrame({"table": table, "id": frame["id"].astype(str), "name": names,
                                   "detail": details, "names": every_name.to_numpy()}))
    joined = pd.concat(parts, ignore_index=True).sort_values(["table", "name"], key=lambda s: s.str.casefold())
    return joined.reset_index(drop=True)


def entity_finder(index: pd.DataFrame) -> SearchIndex:
    """The index's search: any spelling of any name of an entry (see app.model.spelling)."""
    return SearchIndex(index, ("name", "detail", "id", "names"))


def entity_event_mask(events: pd.DataFrame, table: str, entity_id: str) -> pd.Series:
    """Events that mention a person, unit or place (place_id or the id lists)."""
    if table == "places":
        return (events["place_id"] == entity_id).fillna(False)
    column = {"people": "person_ids", "units": "unit_ids"}[table]
    return events[column].fillna("").str.split(";").apply(lambda ids: entity_id in ids)


def entity_events(ds: Dataset, table: str, entity_id: str) -> pd.DataFrame:
    return ds.events[entity_event_mask(ds.events, table, entity_id).to_numpy(bool)]


def entity_days(ds: Dataset, table: str, entity_id: str) -> list[pd.Timestamp]:
    """Days of the daily viewer's strip with an event, control or move for the entity."""
    ev = entity_events(ds, table, entity_id)
    days = set(ev.loc[ev["date_precision"] == "day", "date_start"])
    if table == "places":
        days |= set(ds.control.loc[ds.control["place_id"] == entity_id, "date"])
        days |= set(ds.moves.loc[ds.moves["to_place_id"] == entity_id, "date"])
    if table == "units":
        days |= set(ds.moves.loc[ds.moves["unit_id"] == entity_id, "date"])
    span = strip_days(ds)
    first, last = span[0], span[-1]
    return sorted(d for d in days if pd.notna(d) and first <= d <= last)
