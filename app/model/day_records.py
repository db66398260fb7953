"""The records of one day in the daily viewer: plain frozen dataclasses, no Qt, no pandas logic.

:class:`app.model.days.DayBook` builds them; the views only read them. Every line keeps
a :class:`Ref` to the row and source it comes from.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Ref:
    """Where a statement comes from: the row, its source and the place in the source."""

    table: str
    row_id: str
    source_id: str
    locator: str
    citation: str


@dataclass(frozen=True)
class EventLine:
    """An event of the day (or one still going on, with its date range)."""

    id: str
    time: str  # 'HH:MM' or ''
    date_text: str  # for events spanning days: their range, else ''
    kind: str
    side: str
    place_id: str
    title: str
    text: str
    qualifier: str
    ref: Ref


@dataclass(frozen=True)
class MoveLine:
    """A unit's move on the day: from a place or a compass direction to a place."""

    id: str
    time: str
    side: str
    unit_id: str
    unit_name: str
    from_direction: str
    from_place_id: str
    to_place_id: str
    kind: str
    text: str
    ref: Ref


@dataclass(frozen=True)
class ControlLine:
    """Who held a place on the day, from that day's row or carried over from an earlier one."""

    id: str
    place_id: str
    place_name: str
    holder: str  # USSR, Japan, contested, none
    basis: str  # stated, inferred
    row_date: pd.Timestamp
    carried: bool  # the row is from an earlier day
    note: str
    ref: Ref


@dataclass(frozen=True)
class NamedLine:
    """A unit or person engaged on the day, with the rows that name them."""

    id: str
    name: str
    side: str
    detail: str  # rank or echelon
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class CountLine:
    """A number known for the day: an event's casualty column or a per-day figure."""

    side: str
    measure: str
    category: str
    unit: str
    value: float | None
    value_text: str
    scope: str
    qualifier: str
    group: str | None
    ref: Ref


@dataclass(frozen=True)
class DayRecord:
    """Everything the data says about one day, in one language."""

    day: pd.Timestamp
    index: int
    events: tuple[EventLine, ...]
    ongoing: tuple[EventLine, ...]
    moves: tuple[MoveLine, ...]
    control: tuple[ControlLine, ...]
    units: tuple[NamedLine, ...]
    people: tuple[NamedLine, ...]
    counts: tuple[CountLine, ...]

    @property
    def event_ids(self) -> tuple[str, ...]:
        """The ids of the day's own events, in time order."""
        return tuple(e.id for e in self.events)

    def holder(self, place_id: str) -> str | None:
        """Who held a place on this day per the data; None where no row applies yet."""
        for line in self.control:
            if line.place_id == place_id:
                return line.holder
        return None


@dataclass(frozen=True)
class ChartPoint:
    """One plotted value: identical statements (same day, side, category, value) share a point."""

    index: int
    day: pd.Timestamp
    group: str
    side: str
    category: str
    value: float
    lines: tuple[CountLine, ...]
