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
def _levels(fig: pd.DataFrame) -> pd.Series:
    """Each row's scope level: the column where the data gives it, else read as the forces page does."""
    if "scope_level" in fig.columns:
        given = fig["scope_level"]
    else:
        given = pd.Series([None] * len(fig), index=fig.index, dtype=object)
    scope_en = fig["scope_en"] if "scope_en" in fig.columns else pd.Series("", index=fig.index)
    out = []
    for level, text, start, end in zip(given, scope_en, fig["date_start"], fig["date_end"]):
        if isinstance(level, str) and level:
            out.append(level)
        else:
            out.append(scope_level("" if pd.isna(text) else str(text),
                                   None if pd.isna(start) else start, None if pd.isna(end) else end))
    return pd.Series(out, index=fig.index, dtype=object)


def headline_rows(ds: Dataset, quantity: str, side: str, conflict: str = HEADLINE_CONFLICT) -> pd.DataFrame:
    """The figure rows whose range is the headline of ``quantity`` for ``side`` (may be empty)."""
    measures, category = QUANTITIES[quantity]
    fig = ds.figures
    mask = ((fig["conflict"] == conflict) & fig["side"].isin(SIDES[side]) & fig["measure"].isin(measures)
            & (fig["category"] == category))
    rows = fig[mask]
    if rows.empty:
        return rows
    rows = rows[(_levels(rows) == HEADLINE_LEVEL).to_numpy(bool)]
    grouped = rows[rows["compare_group"].notna()]
    if grouped.empty:
        return rows
    sizes = fig[fig["compare_group"].isin(set(grouped["compare_group"]))].groupby(
        "compare_group", observed=True, sort=False)["id"].size()
    order = list(dict.fromkeys(grouped["compare_group"]))  # data order breaks ties
    best = max(order, key=lambda g: (sizes.get(g, 0), -order.index(g)))
    return fig[fig["compare_group"] == best]


def _bounds(rows: pd.DataFrame) -> tuple[float, float] | None:
    numbers = pd.concat([rows["low"], rows["value"], rows["high"]]).dropna().astype(float)
    if numbers.empty:
        return None
    return float(numbers.min()), float(numbers.max())


def _differ(rows: pd.DataFrame) -> bool:
    statements = {tuple(None if pd.isna(v) else v for v in r) for r in rows[list(_STATEMENT)].itertuples(index=False)}
    return len(statements) > 1


def headline(ds: Dataset, quantity: str, side: str, conflict: str = HEADLINE_CONFLICT) -> Headline | None:
    """The range of what the sources say for one quantity and side; None if the data has no figure."""
    rows = headline_rows(ds, quantity, side, conflict)
    bounds = _bounds(rows) if not rows.empty else None
    if bounds is None:
        return None
    groups = rows["compare_group"].dropna().unique()
    return Headline(
        quantity=quantity, side=side, low=bounds[0], high=bounds[1],
        figure_ids=tuple(rows["id"].astype(str)), group=str(groups[0]) if len(groups) == 1 else "",
        differ=_differ(rows), estimates=tuple(rows["estimate"].astype(str)),
        source_ids=tuple(dict.fromkeys(rows["source_id"].astype(str))))


# ---------------------------------------------------------------------- when
def _dated(ev: pd.DataFrame, conflict: str, kinds, precisions=DATED) -> pd.DataFrame:
    return ev[(ev["conflict"] == conflict) & ev["kind"].isin(kinds) & ev["date_precision"].isin(precisions)
              & ev["date_start"].notna()]


def battle_span(ds: Dataset, conflict: str = HEADLINE_CONFLICT) -> Span | None:
    """The days of fighting: the first day-dated combat event to the first ceasefire after it
    (else the last combat day)."""
    ev = ds.events
    combat = _dated(ev, conflict, COMBAT_KINDS, ("day",))
    if combat.empty:
        return None
    start = combat["date_start"].min()
    ceasefire = _dated(ev, conflict, (CEASEFIRE,), ("day",))
    ceasefire = ceasefire[ceasefire["date_start"] >= start]
    end = ceasefire["date_start"].min() if len(ceasefire) else combat["date_start"].max()
    return Span(conflict, start, end)


def conflict_period(ds: Dataset, conflict: str) -> Span | None:
    """A conflict's incidents and fighting, dated finer than a year: first start to last end."""
    rows = _dated(ds.events, conflict, COMBAT_KINDS + INCIDENT_KINDS)
    if rows.empty:
        return None
    ends = rows["date_end"].fillna(rows["date_start"])
    return Span(conflict, rows["date_start"].min(), ends.max())


def event_months(ds: Dataset, first_year: int, last_year: int, conflicts) -> dict[pd.Timestamp, int]:
    """How many events of ``conflicts`` start in each month of the window (dated finer than a year)."""
    ev = ds.events
    rows = ev[ev["conflict"].isin(list(conflicts)) & ev["date_precision"].isin(DATED) & ev["date_start"].notna()]
    starts = rows["date_start"]
    starts = starts[(starts.dt.year >= first_year) & (starts.dt.year <= last_year)]
    months = starts.dt.to_period("M").dt.to_timestamp()
    return {pd.Timestamp(m): int(n) for m, n in months.value_counts().sort_index().items()}


def surveyed_hills(ds: Dataset) -> tuple[str, ...]:
    """Hills whose coordinates the sources give (not placed by hand)."""
    p = ds.places
    hills = p[(p["kind"] == "hill") & (p["coord_precision"] == "exact") & p["lat"].notna() & p["lon"].notna()]
    return tuple(hills["id"].astype(str))


def differing_groups(ds: Dataset) -> list[str]:
    """Comparison groups whose figures say different things (as the forces page marks them)."""
    fig = ds.figures[ds.figures["compare_group"].notna()]
    return [str(g) for g, rows in fig.groupby("compare_group", observed=True, sort=True) if _differ(rows)]


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
    others = [c for c in dict.fromkeys(ds.events["conflict"].dropna().astype(str)) if c != conflict]
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
