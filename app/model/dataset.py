"""The one in-memory data collection every view reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

CONFLICTS = ("border-1934-1938", "khasan-1938", "khalkhin-gol-1939")


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None
    events_per_conflict: dict[str, int]
    sources: int


@dataclass(frozen=True, eq=False)
class Dataset:
    """All tables of one data package, validated and typed.

    Frozen: views never modify it; opening other data makes a new ``Dataset``.
    """

    path: str
    label: str
    sources: pd.DataFrame
    places: pd.DataFrame
    units: pd.DataFrame
    people: pd.DataFrame
    events: pd.DataFrame
    figures: pd.DataFrame
    control: pd.DataFrame
    moves: pd.DataFrame
    #: The guided tour's chapters (app.model.story reads them); empty, with a note, for a
    #: package that brings no tour.
    story: pd.DataFrame
    #: What the user should know about how the data was put together, e.g. "places: not in
    #: this package; the bundled table is used". Empty for a complete package.
    notes: tuple[str, ...] = ()
    #: Tables taken from the bundled package because the loaded package lacks them.
    substituted: tuple[str, ...] = ()
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    TABLE_NAMES = ("events", "figures", "places", "units", "people", "sources", "control", "moves", "story")

    def table(self, name: str) -> pd.DataFrame:
        if name not in self.TABLE_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    # ------------------------------------------------------------------ overview

    def summary(self) -> Summary:
        ev = self.events
        starts = ev["date_start"]
        ends = ev["date_end"].fillna(starts)
        return Summary(
            counts={name: len(self.table(name)) for name in self.TABLE_NAMES},
            first_date=starts.min() if len(ev) else None,
            last_date=ends.max() if len(ev) else None,
            events_per_conflict={c: int(n) for c, n in ev["conflict"].value_counts().items()},
            sources=len(self.sources),
        )

    # ------------------------------------------------------------------ lookups

    def _index(self, table: str) -> pd.DataFrame:
        key = ("index", table)
        if key not in self._cache:
            self._cache[key] = self.table(table).set_index("id", drop=False)
        return self._cache[key]

    def row(self, table: str, row_id: str) -> pd.Series | None:
        """One row by id, or None."""
        idx = self._index(table)
        return idx.loc[row_id] if row_id in idx.index else None

    def citation(self, source_id: str) -> str:
        """The full citation of a source id ('' if unknown)."""
        src = self.row("sources", source_id)
        return "" if src is None else str(src["citation"])

    def name(self, table: str, row_id: str, lang: str = "en") -> str:
        """Display name of a place, unit or person in a language, the id if unknown."""
        row = self.row(table, row_id)
        if row is None:
            return row_id
        value = row.get(f"name_{lang}")
        return str(value) if pd.notna(value) else str(row["name_en"])

    # ------------------------------------------------------------------ days

    def events_on(self, day: date | pd.Timestamp) -> pd.DataFrame:
        """Events dated to a single day or a range containing it, in time order.

        Month/season/year rows are left out: "July 1938" is not an event *of* 15 July.
        Cached per day (daily playback asks for every day, many times); like the
        dataset, the returned frame is read-only by convention.
        """
        day = pd.Timestamp(day)
        key = ("events_on", day)
        if key not in self._cache:
            ev = self.events
            ends = ev["date_end"].fillna(ev["date_start"])
            precise = ev["date_precision"].isin(["day", "range"])
            mask = precise & (ev["date_start"] <= day) & (ends >= day)
            self._cache[key] = ev[mask].sort_values(["date_start", "time"], na_position="first", kind="stable")
        return self._cache[key]

    def event_days(self, conflict: str = "khasan-1938") -> list[pd.Timestamp]:
        """Days on which at least one day-precise event of a conflict happens."""
        ev = self.events
        days = ev.loc[(ev["conflict"] == conflict) & (ev["date_precision"] == "day"), "date_start"]
        return sorted(days.dropna().unique())

    # ------------------------------------------------------------------ figures

    def figures_for(self, conflict: str) -> pd.DataFrame:
        return self.figures[self.figures["conflict"] == conflict]

    def disputed_groups(self) -> pd.DataFrame:
        """Figures whose comparison group has more than one row: the sources differ."""
        fig = self.figures
        grouped = fig[fig["compare_group"].notna()]
        sizes = grouped.groupby("compare_group", observed=True)["id"].transform("size")
        return grouped[sizes > 1]
