"""At a glance: the few facts the first page shows, computed from the data (no Qt).

Where and when: the hills with surveyed coordinates (the schematic map draws the rest), the
battle's days and the conflicts' periods on one timeline. How big and what it cost: for each
side, strength, killed and wounded at the battle as the RANGE of what the sources say, and
whether they differ. Nothing here is a number typed in: a researcher's own package gets its
own headline.

Which figure rows answer "how many killed on the Japanese side at Lake Khasan": the figures of
that conflict, side and category counted over the whole battle (scope level ``engaged``, not
one day's action or a whole corps on paper). When some of them form a comparison group
(the data's statement that they answer the same question), the largest group is the answer
and the range spans its figures; else the range spans every such row.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.model.dataset import Dataset
from app.model.forces_figures import JAPANESE_SIDES, SOVIET_SIDES, scope_level

#: The conflict the headline is about (the app's own subject; the shared state's default too).
HEADLINE_CONFLICT = "khasan-1938"
#: The two sides compared, each standing for the sides fighting with it.
SIDES = {"USSR": SOVIET_SIDES, "Japan": JAPANESE_SIDES}
#: Headline quantity → (measures, category) of the figure rows that state it.
QUANTITIES = {
    "strength": (("strength",), "personnel"),
    "killed": (("loss",), "killed"),
    "wounded": (("loss",), "wounded"),
}
HEADLINE_LEVEL = "engaged"
#: Event kinds that are fighting: they mark the battle's days.
COMBAT_KINDS = ("attack", "counterattack", "battle", "artillery", "air_strike", "clash")
#: Event kinds of a border incident; with the combat kinds they give a conflict's period.
INCIDENT_KINDS = ("incident", "provocations", "shelling", "airspace_violation", "river_violation",
                  "reconnaissance")
CEASEFIRE = "ceasefire"
#: Precisions finer than a year: "1936" is background, "Feb 1934" is an incident.
DATED = ("day", "month", "season", "range")
_STATEMENT = ("category", "unit", "value", "low", "high", "estimate")


@dataclass(frozen=True)
class Headline:
    """One side's answer to one quantity: the range of the figures the sources give."""

    quantity: str  # strength, killed, wounded
    side: str  # USSR or Japan
    low: float
    high: float
    figure_ids: tuple[str, ...]
    group: str  # the comparison group the figures form ('' when they form none)
    differ: bool  # the figures say different things (number, bound or estimate)
    estimates: tuple[str, ...]  # each figure's estimate code, in figure order
    source_ids: tuple[str, ...]

    @property
    def is_range(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True)
class Span:
    """A period on the timeline: a conflict's fighting, or the battle itself."""

    conflict: str
    start: pd.Timestamp
    end: pd.Timestamp


@dataclass(frozen=True)
class Glance:
    """Everything the first page shows of one dataset."""

    conflict: str
    headlines: dict[tuple[str, str], Headline]  # (quantity, side) → headline; missing: no figure
    battle: Span | None  # the headline conflict's days of fighting
    periods: tuple[Span, ...]  # the other conflicts' periods, in time order
    window: tuple[int, int] | None  # first and last year of the timeline
    months: dict[pd.Timestamp, int] = field(default_factory=dict)  # month start → events dated in it
    hills: tuple[str, ...] = ()  # place ids of hills with surveyed coordinates
    differing: int = 0  # comparison groups whose sources say different things
    days: tuple[pd.Timestamp, pd.Timestamp, int] | None = None  # the daily viewer's first and last day, how many
    chapters: int = 0  # the guided tour's chapters (0: the data has no tour)

    def headline(self, quantity: str, side: str) -> Headline | None:
        return self.headlines.get((quantity, side))


# ---------------------------------------------------------------------- figures
_COLUMNS = ("id", "conflict", "side", "measure", "category", "value", "low", "high", "estimate", "unit",
            "compare_group", "source_id", "scope_level", "scope_en", "date_start", "date_end")


def _plain(v):
    return None if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v) else v


def _records(ds: Dataset) -> list[dict]:
    """The figure rows as plain dicts (missing: None), each with its scope level resolved as the
    forces page resolves it. Made once per dataset: a few hundred rows, so plain Python beats
    pandas' per-call overhead by far."""
    key = ("glance", "figures")
    if key not in ds._cache:
        fig = ds.figures
        columns = {c: fig[c].astype(object).tolist() if c in fig.columns else [None] * len(fig) for c in _COLUMNS}
        rows = [{c: _plain(columns[c][i]) for c in _COLUMNS} for i in range(len(fig))]
        for r in rows:
            if not (isinstance(r["scope_level"], str) and r["scope_level"]):
                r["scope_level"] = scope_level(str(r["scope_en"] or ""), r["date_start"], r["date_end"])
        ds._cache[key] = rows
    return ds._cache[key]


def _groups(rows: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for r in rows:
        if r["compare_group"] is not None:
            groups.setdefault(str(r["compare_group"]), []).append(r)
    return groups


def headline_rows(ds: Dataset, quantity: str, side: str, conflict: str = HEADLINE_CONFLICT) -> list[dict]:
    """The figure rows whose range is the headline of ``quantity`` for ``side`` (may be empty)."""
    measures, category = QUANTITIES[quantity]
    every = _records(ds)
    rows = [r for r in every if r["conflict"] == conflict and r["side"] in SIDES[side]
            and r["measure"] in measures and r["category"] == category and r["scope_level"] == HEADLINE_LEVEL]
    order = list(dict.fromkeys(str(r["compare_group"]) for r in rows if r["compare_group"] is not None))
    if not order:
        return rows
    groups = _groups(every)
    best = max(order, key=lambda g: (len(groups[g]), -order.index(g)))  # the biggest; data order breaks ties
    return groups[best]


def _statement(r: dict) -> tuple:
    return tuple(r[c] for c in _STATEMENT)


def _differ(rows: list[dict]) -> bool:
    return len({_statement(r) for r in rows}) > 1


def headline(ds: Dataset, quantity: str, side: str, conflict: str = HEADLINE_CONFLICT) -> Headline | None:
    """The range of what the sources say for one quantity and side; None if the data has no figure."""
    rows = headline_rows(ds, quantity, side, conflict)
    numbers = [float(r[c]) for r in rows for c in ("low", "value", "high") if r[c] is not None]
    if not numbers:
        return None
    groups = {str(r["compare_group"]) for r in rows if r["compare_group"] is not None}
    return Headline(
        quantity=quantity, side=side, low=min(numbers), high=max(numbers),
        figure_ids=tuple(str(r["id"]) for r in rows), group=groups.pop() if len(groups) == 1 else "",
        differ=_differ(rows), estimates=tuple(str(r["estimate"]) for r in rows),
        source_ids=tuple(dict.fromkeys(str(r["source_id"]) for r in rows)))


# ---------------------------------------------------------------------- when
def _event_columns(ds: Dataset) -> dict[str, np.ndarray]:
    """The events' columns the timeline reads, as arrays (once per dataset; fast on a million rows)."""
    key = ("glance", "events")
    if key not in ds._cache:
        ev = ds.events
        ends = ev["date_end"].fillna(ev["date_start"])
        ds._cache[key] = {
            "conflict": ev["conflict"].astype(object).to_numpy(), "kind": ev["kind"].astype(object).to_numpy(),
            "precision": ev["date_precision"].astype(object).to_numpy(),
            "start": ev["date_start"].to_numpy(dtype="datetime64[ns]"), "end": ends.to_numpy(dtype="datetime64[ns]")}
    return ds._cache[key]


def _dated(ds: Dataset, conflict: str, kinds, precisions=DATED) -> np.ndarray:
    """Mask of a conflict's events of some kinds and precisions that have a start."""
    e = _event_columns(ds)
    return ((e["conflict"] == conflict) & np.isin(e["kind"], list(kinds)) & np.isin(e["precision"], list(precisions))
            & ~np.isnat(e["start"]))


def battle_span(ds: Dataset, conflict: str = HEADLINE_CONFLICT) -> Span | None:
    """The days of fighting: the first day-dated combat event to the first ceasefire after it
    (else the last combat day)."""
    starts = _event_columns(ds)["start"]
    combat = starts[_dated(ds, conflict, COMBAT_KINDS, ("day",))]
    if not len(combat):
        return None
    start = combat.min()
    ceasefire = starts[_dated(ds, conflict, (CEASEFIRE,), ("day",))]
    ceasefire = ceasefire[ceasefire >= start]
    end = ceasefire.min() if len(ceasefire) else combat.max()
    return Span(conflict, pd.Timestamp(start), pd.Timestamp(end))


def conflict_period(ds: Dataset, conflict: str) -> Span | None:
    """A conflict's incidents and fighting, dated finer than a year: first start to last end."""
    e = _event_columns(ds)
    mask = _dated(ds, conflict, COMBAT_KINDS + INCIDENT_KINDS)
    if not mask.any():
        return None
    return Span(conflict, pd.Timestamp(e["start"][mask].min()), pd.Timestamp(e["end"][mask].max()))


def event_months(ds: Dataset, first_year: int, last_year: int, conflicts) -> dict[pd.Timestamp, int]:
    """How many events of ``conflicts`` start in each month of the window (dated finer than a year)."""
    e = _event_columns(ds)
    mask = np.isin(e["conflict"], list(conflicts)) & np.isin(e["precision"], list(DATED)) & ~np.isnat(e["start"])
    months = e["start"][mask].astype("datetime64[M]")
    months = months[(months >= np.datetime64(f"{first_year}-01", "M")) & (months <= np.datetime64(f"{last_year}-12", "M"))]
    values, counts = np.unique(months, return_counts=True)
    return {pd.Timestamp(m): int(n) for m, n in zip(values, counts)}


def surveyed_hills(ds: Dataset) -> tuple[str, ...]:
    """Hills whose coordinates the sources give (not placed by hand)."""
    p = ds.places
    hills = p[(p["kind"] == "hill") & (p["coord_precision"] == "exact") & p["lat"].notna() & p["lon"].notna()]
    return tuple(hills["id"].astype(str))


def differing_groups(ds: Dataset) -> list[str]:
    """Comparison groups whose figures say different things (as the forces page marks them)."""
    return sorted(g for g, rows in _groups(_records(ds)).items() if _differ(rows))


def schematic(ds: Dataset):
    """The schematic map of the battlefield (cached on the dataset)."""
    from app.model.schematic import build_schematic

    if ("glance", "schematic") not in ds._cache:
        ds._cache[("glance", "schematic")] = build_schematic(ds.places)
    return ds._cache[("glance", "schematic")]


def glance(ds: Dataset, conflict: str = HEADLINE_CONFLICT) -> Glance:
    """The first page's facts for one dataset (cached on it: the dataset is frozen)."""
    key = ("glance", conflict)
    if key in ds._cache:
        return ds._cache[key]
    headlines = {}
    for quantity in QUANTITIES:
        for side in SIDES:
            h = headline(ds, quantity, side, conflict)
            if h is not None:
                headlines[(quantity, side)] = h
    battle = battle_span(ds, conflict)
    others = [c for c in dict.fromkeys(_event_columns(ds)["conflict"]) if isinstance(c, str) and c != conflict]
    periods = tuple(sorted((p for p in (conflict_period(ds, c) for c in others) if p is not None),
                           key=lambda s: s.start))
    spans = list(periods) + ([battle] if battle else [])
    window = (min(s.start.year for s in spans), max(s.end.year for s in spans)) if spans else None
    conflicts = [s.conflict for s in spans]
    months = event_months(ds, window[0], window[1], conflicts) if window else {}
    from app.model.days import strip_days
    from app.model.story import chapters

    strip = strip_days(ds)
    days = (strip[0], strip[-1], len(strip)) if strip else None
    result = Glance(conflict, headlines, battle, periods, window, months, surveyed_hills(ds),
                    len(differing_groups(ds)), days, len(chapters(ds)))
    ds._cache[key] = result
    return result
