"""Event filters and facet counts, vectorised with pandas (no Qt: testable headless)."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from app.model.research import entity_event_mask
from app.model.search_index import SearchIndex

#: Facets the incident table offers, in display order.
FACETS = ("conflict", "kind", "sector", "side")
CASUALTY_COLUMNS = ("ussr_killed", "ussr_wounded", "ussr_missing", "ussr_captured",
                    "japan_killed", "japan_wounded", "japan_missing", "japan_captured")
#: Text columns searched by the free-text filter, in both languages.
SEARCH_COLUMNS = ("title_en", "title_fi", "text_en", "text_fi", "qualifier_en", "qualifier_fi")


@dataclass(frozen=True)
class EventFilter:
    """What the user asked for; an empty filter shows everything.

    ``date_from``/``date_to`` keep an event whose period overlaps the range, so "1936"
    (a year-precision event) is kept by a range that covers only part of 1936.
    """

    text: str = ""
    date_from: pd.Timestamp | None = None
    date_to: pd.Timestamp | None = None
    facets: dict[str, frozenset[str]] = field(default_factory=dict)
    casualties_only: bool = False
    #: (table, id) of a person, unit or place: only events that mention it.
    entity: tuple[str, str] | None = None

    def with_facet(self, facet: str, values) -> EventFilter:
        facets = dict(self.facets)
        if values:
            facets[facet] = frozenset(values)
        else:
            facets.pop(facet, None)
        return replace(self, facets=facets)

    def without(self, part: str) -> EventFilter:
        """The same filter with one part (``text``, ``dates``, ``casualties`` or a facet) cleared."""
        if part == "text":
            return replace(self, text="")
        if part == "dates":
            return replace(self, date_from=None, date_to=None)
        if part == "casualties":
            return replace(self, casualties_only=False)
        if part == "entity":
            return replace(self, entity=None)
        return self.with_facet(part, None)

    def is_empty(self) -> bool:
        return self == EventFilter()


#: Columns of a linked table whose words find the events that link to it (all names and variants).
NAME_COLUMNS = ("name_en", "name_fi", "name_ru", "name_ja", "name_zh", "variants", "id")
#: Event column → the table its ids point to.
LINKS = {"place_id": "places", "person_ids": "people", "unit_ids": "units"}


def linked_names(tables: dict[str, pd.DataFrame | None]) -> dict[str, dict[str, str]]:
    """For each link column of the events, id → every name of that person, unit or place."""
    names = {}
    for column, table in LINKS.items():
        frame = tables.get(table)
        if frame is None or not len(frame):
            continue
        present = [c for c in NAME_COLUMNS if c in frame.columns]
        joined = frame[present].astype(object).fillna("").astype(str).agg(" ".join, axis=1)
        names[column] = dict(zip(frame["id"].astype(str), joined))
    return names


def mention_names(tables: dict[str, pd.DataFrame | None]) -> dict[str, str]:
    """id → the name texts use for it: a person's surname ("Blyukher" of "Blyukher, Vasily
    Konstantinovich"), a unit's or a place's English name."""
    mentions = {}
    for table in LINKS.values():
        frame = tables.get(table)
        if frame is None or not len(frame) or "name_en" not in frame.columns:
            continue
        names = frame["name_en"].astype(object).fillna("").astype(str)
        if table == "people":
            names = names.str.split(",").str[0]
        mentions.update(zip(frame["id"].astype(str), names))
    return mentions


class EventSearch:
    """Filters one events frame. The word index behind the text search is built on the first
    search (or ahead, by :meth:`build_index`, in a loader's thread) and then kept."""

    def __init__(self, events: pd.DataFrame, places: pd.DataFrame | None = None,
                 people: pd.DataFrame | None = None, units: pd.DataFrame | None = None):
        self.events = events
        self._linked = {"places": places, "people": people, "units": units}
        self._index: SearchIndex | None = None
        self._building = threading.Lock()
        self._columns: dict = {}  # per-row arrays made once (facet codes, years, casualties)

    @classmethod
    def of(cls, ds) -> EventSearch:
        """The dataset's one search (the incident table, the kiosk and ``--find`` share its index)."""
        if "event_search" not in ds._cache:
            ds._cache["event_search"] = cls(ds.events, ds.places, ds.people, ds.units)
        return ds._cache["event_search"]

    def build_index(self) -> SearchIndex:
        with self._building:  # a loader's thread may be building it ahead while the user types
            if self._index is None:
                self._index = SearchIndex(self.events, SEARCH_COLUMNS, linked_names(self._linked),
                                          mention_names(self._linked))
        return self._index

    # ---------------------------------------------------------------- parts
    def text_mask(self, text: str) -> np.ndarray:
        """Rows containing every word of ``text`` in any usual spelling (see app.model.spelling):
        in a title, text or qualifier in either language, or any name of a place, person or
        unit it links to."""
        return self.build_index().mask(text)

    def matching(self, text: str) -> pd.DataFrame:
        """The events matching ``text``, in date order."""
        found = self.events[self.text_mask(text)]
        return found.sort_values(["date_start", "id"], kind="stable")

    def date_mask(self, date_from, date_to) -> np.ndarray:
        ev = self.events
        mask = np.ones(len(ev), dtype=bool)
        start = ev["date_start"]
        end = ev["date_end"].fillna(start)
        if date_from is not None:
            mask &= (end >= pd.Timestamp(date_from)).to_numpy(dtype=bool)
        if date_to is not None:
            mask &= (start <= pd.Timestamp(date_to)).to_numpy(dtype=bool)
        return mask

    def facet_mask(self, facet: str, values: frozenset[str]) -> np.ndarray:
        return self.events[facet].astype("string").isin(values).fillna(False).to_numpy(dtype=bool)

    def casualty_mask(self) -> np.ndarray:
        present = [c for c in CASUALTY_COLUMNS if c in self.events.columns]
        return (self.events[present].fillna(0) > 0).any(axis=1).to_numpy(dtype=bool)

    # ---------------------------------------------------------------- whole filter
    def part_masks(self, f: EventFilter) -> dict[str, np.ndarray]:
        """One mask per active part of the filter. The text mask, the costly one on big
        tables, is cached for the last search so facet clicks don't repeat it."""
        parts = {}
        text = f.text.strip()
        if text:
            parts["text"] = self.text_mask(text)  # the index keeps the last search: facet clicks reuse it
        if f.date_from is not None or f.date_to is not None:
            parts["dates"] = self.date_mask(f.date_from, f.date_to)
        for facet, values in f.facets.items():
            if values:
                parts[facet] = self.facet_mask(facet, values)
        if f.casualties_only:
            parts["casualties"] = self.casualty_mask()
        if f.entity is not None:
            parts["entity"] = entity_event_mask(self.events, *f.entity).to_numpy(dtype=bool)
        return parts

    @staticmethod
    def combine(parts: dict[str, np.ndarray], n: int, skip: str | None = None) -> np.ndarray:
        mask = np.ones(n, dtype=bool)
        for name, part in parts.items():
            if name != skip:
                mask &= part
        return mask

    def mask(self, f: EventFilter, skip_facet: str | None = None) -> np.ndarray:
        """Rows kept by the filter; ``skip_facet`` ignores one facet (for its own counts)."""
        return self.combine(self.part_masks(f), len(self.events), skip_facet)

    def facet_counts(self, f: EventFilter, facet: str, parts: dict[str, np.ndarray] | None = None) -> pd.Series:
        """Count per value of ``facet`` among rows passing every *other* part of the filter,
        so choosing one value still shows how many each alternative would give."""
        parts = self.part_masks(f) if parts is None else parts
        codes, values = self._facet_codes(facet)  # codes are shifted by one: 0 is "empty"
        counts = np.bincount(codes[self.combine(parts, len(self.events), skip=facet)], minlength=len(values) + 1)
        return pd.Series(counts[1:], index=values, dtype="int64")

    def _facet_codes(self, facet: str) -> tuple[np.ndarray, list[str]]:
        """Each row's value of ``facet`` as 1 + its place in the sorted values (0: empty); once per column,
        so a keystroke's counts are one bincount per facet, not a value_counts over the rows."""
        key = f"facet:{facet}"
        if key not in self._columns:
            text = self.events[facet].astype("string")
            values = sorted(text.dropna().unique())
            codes = pd.Categorical(text, categories=values).codes.astype(np.int64) + 1  # NA: -1 → 0
            self._columns[key] = (codes, values)
        return self._columns[key]

    def years(self) -> np.ndarray:
        """Each row's start year (the histogram's bins), computed once."""
        if "years" not in self._columns:
            self._columns["years"] = self.events["date_start"].dt.year.to_numpy()
        return self._columns["years"]

    def casualty_totals(self, mask: np.ndarray) -> dict[str, int]:
        """Sum of each casualty column over the rows in ``mask``, from arrays made once."""
        if "casualties" not in self._columns:
            present = [c for c in CASUALTY_COLUMNS if c in self.events.columns]
            # One float matrix (exact for any count below 2**53): the sums are one matrix-vector product.
            matrix = np.vstack([self.events[c].fillna(0).to_numpy(dtype=np.float64) for c in present]) \
                if present else np.zeros((0, len(self.events)))
            self._columns["casualties"] = (present, matrix)
        present, matrix = self._columns["casualties"]
        sums = matrix @ mask.astype(np.float64)
        return {c: int(round(total)) for c, total in zip(present, sums)}


def casualty_totals(events: pd.DataFrame) -> dict[str, int]:
    """Sum of each casualty column over the given rows."""
    return {c: int(events[c].sum()) for c in CASUALTY_COLUMNS if c in events.columns}
