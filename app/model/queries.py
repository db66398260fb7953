"""Event filters and facet counts, vectorised with pandas (no Qt: testable headless)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from app.model.research import entity_event_mask

#: Facets the incident table offers, in display order.
FACETS = ("conflict", "kind", "sector", "side")
CASUALTY_COLUMNS = ("ussr_killed", "ussr_wounded", "ussr_missing", "ussr_captured",
                    "japan_killed", "japan_wounded", "japan_missing", "japan_captured")
#: Text columns searched by the free-text filter, in both languages.
SEARCH_COLUMNS = ("title_en", "title_fi", "text_en", "text_fi")


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

    def with_facet(self, facet: str, values) -> "EventFilter":
        facets = dict(self.facets)
        if values:
            facets[facet] = frozenset(values)
        else:
            facets.pop(facet, None)
        return replace(self, facets=facets)

    def without(self, part: str) -> "EventFilter":
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


class EventSearch:
    """Filters one events frame; holds the place-name lookup built once per dataset."""

    def __init__(self, events: pd.DataFrame, places: pd.DataFrame | None = None):
        self.events = events
        self._cached_text: tuple[str, np.ndarray | None] = ("", None)
        self._place_text = None
        if places is not None and len(places):
            names = places.set_index("id")[[c for c in ("name_en", "name_fi", "name_ru", "name_ja", "name_zh", "variants")
                                             if c in places.columns]]
            joined = names.fillna("").astype(str).agg(" ".join, axis=1)
            # One small lookup per place; events map to it by place_id when searching.
            self._place_text = joined.str.casefold()

    # ---------------------------------------------------------------- parts
    def text_mask(self, text: str) -> np.ndarray:
        """Rows containing every word of ``text`` (case-insensitive) in a title or text,
        in either language, or in the names of their place (Cyrillic, Japanese, variants)."""
        ev = self.events
        mask = np.ones(len(ev), dtype=bool)
        for word in text.casefold().split():
            hit = np.zeros(len(ev), dtype=bool)
            for column in SEARCH_COLUMNS:
                hit |= ev[column].str.contains(word, case=False, regex=False).fillna(False).to_numpy(dtype=bool)
            if self._place_text is not None:
                matching_places = self._place_text.index[self._place_text.str.contains(word, regex=False)]
                if len(matching_places):
                    hit |= ev["place_id"].isin(matching_places).to_numpy(dtype=bool)
            mask &= hit
        return mask

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
            if self._cached_text[0] != text:
                self._cached_text = (text, self.text_mask(text))
            parts["text"] = self._cached_text[1]
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
        column = self.events[facet]
        kept = column[self.combine(parts, len(self.events), skip=facet)]
        counts = kept.value_counts(dropna=True)
        counts.index = counts.index.astype(str)
        values = sorted(str(v) for v in column.dropna().unique())
        return counts.reindex(values, fill_value=0)


def casualty_totals(events: pd.DataFrame) -> dict[str, int]:
    """Sum of each casualty column over the given rows."""
    return {c: int(events[c].sum()) for c in CASUALTY_COLUMNS if c in events.columns}
