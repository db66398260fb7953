"""The selection rules, in one place: which event, day and table rows are chosen, and how
choosing one moves the others. Pure functions over a :class:`Dataset`, no Qt, so every
rule is tested headless (tests/test_selection.py).

:class:`app.state.AppState` applies one transition per user intent and emits each changed
signal once; pages report the intent and draw the resulting :class:`Selection`.

The rules:

- An event chosen anywhere moves the day to the event's first day when the daily viewer
  covers that day; a range event that already covers the shown day keeps it.
- A day chosen anywhere keeps the selected event if it happens on that day; otherwise it
  selects the day's own first event (dated to that day), else the first event covering it.
- A day chosen on the daily viewer's strip selects the day's own first event unless the
  selected event is one of them (a range merely covering the day gives way).
- A figure (Forces page) leads to the day-dated events of its conflict within its period,
  when that period is a week or less.
- The incident table selects the chosen event's row and the rows of every event on the
  day; a row the user picked in the table leaves the table's selection as they made it.

pandas is imported by the functions that need it, not here: the shared state imports this
module before the first paint.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.model.dataset import Dataset

PRECISE = ("day", "range")  # precisions that name days; "July 1938" is no day's event


@dataclass(frozen=True)
class Selection:
    """What is chosen: an event ('' for none), a day (None for none) and the table's rows.

    ``rows`` are the event ids the incident table selects besides the event itself; None
    means the user picked the row in the table, whose own selection then stays.
    """

    event_id: str = ""
    day: date | None = None
    rows: tuple[str, ...] | None = ()


def as_day(value) -> date | None:
    """A date, datetime, pandas Timestamp or ISO text as a plain date (None stays None)."""
    if value is None:
        return None
    if isinstance(value, str):
        return date.fromisoformat(value)
    return date(value.year, value.month, value.day)


# ---------------------------------------------------------------------- facts about the data
def strip_span(ds: Dataset) -> tuple[date, date]:
    """First and last day of the daily viewer's strip."""
    from app.model.days import strip_days  # cached per dataset there

    days = strip_days(ds)
    return as_day(days[0]), as_day(days[-1])


def in_viewer(ds: Dataset, day) -> bool:
    """True if the daily viewer shows ``day``."""
    first, last = strip_span(ds)
    return day is not None and first <= as_day(day) <= last


def viewer_day_of_event(ds: Dataset, event_id: str) -> date | None:
    """The day the daily viewer shows for an event: its first day, when the event is dated
    to a day or a range and the viewer covers that day; None otherwise."""
    row = ds.row("events", event_id) if event_id else None
    if row is None or row["date_precision"] not in PRECISE:
        return None
    start = as_day(row["date_start"])
    return start if in_viewer(ds, start) else None


def events_on_day(ds: Dataset, day) -> tuple[str, ...]:
    """Ids of the events dated to ``day`` or to a range containing it, in time order."""
    return tuple(ds.events_on(day)["id"]) if day is not None else ()


def own_events(ds: Dataset, day) -> tuple[str, ...]:
    """Ids of the events dated to exactly ``day`` (not ranges covering it), in time order."""
    if day is None:
        return ()
    import pandas as pd

    on_day = ds.events_on(day)
    own = on_day[(on_day["date_precision"] == "day") & (on_day["date_start"] == pd.Timestamp(as_day(day)))]
    return tuple(own["id"])


def first_event_of_day(ds: Dataset, day) -> str:
    """The event a day selects: its own first event, else the first covering it, else ''."""
    own = own_events(ds, day)
    if own:
        return own[0]
    on_day = events_on_day(ds, day)
    return on_day[0] if on_day else ""


def day_after_event(ds: Dataset, event_id: str, shown: date | None) -> date | None:
    """The day to show once ``event_id`` is chosen while ``shown`` is shown."""
    row = ds.row("events", event_id) if event_id else None
    if row is None or row["date_precision"] not in PRECISE:
        return shown
    if row["date_precision"] == "range" and shown is not None:
        import pandas as pd

        start = as_day(row["date_start"])
        end = as_day(row["date_end"]) if pd.notna(row["date_end"]) else start
        if start <= shown <= end:
            return shown  # e.g. clicked under "Continuing": the day stays
    return viewer_day_of_event(ds, event_id) or shown


def events_of_figure(ds: Dataset, conflict: str, start, end=None, max_days: int = 7) -> list[str]:
    """The events a figure's "related event" leads to: the day-dated events of its conflict
    within its period, in time order; none when the period is long (a figure for a whole
    war points at no one event) or undated."""
    if start is None:
        return []
    end = end or start
    if (end - start).days > max_days:
        return []
    ev = ds.events
    ev_end = ev["date_end"].fillna(ev["date_start"])
    mask = ((ev["conflict"] == conflict) & ev["date_precision"].isin(list(PRECISE))
            & (ev["date_start"] <= end) & (ev_end >= start))
    hits = ev[mask].sort_values(["date_start", "time"], na_position="first", kind="stable")
    return hits["id"].astype(str).tolist()


# ---------------------------------------------------------------------- transitions
def after_event_selected(sel: Selection, ds: Dataset | None, event_id: str) -> Selection:
    """An event chosen anywhere but the incident table (a page, a link, the command line)."""
    event_id = event_id or ""
    if event_id == sel.event_id:
        return sel  # chosen again (e.g. a view marking the shared event): nothing moves
    if ds is None:
        return replace(sel, event_id=event_id)
    day = day_after_event(ds, event_id, sel.day)
    rows = events_on_day(ds, day) if event_id else ()  # the shown day's rows stay selected with it
    return Selection(event_id, day, rows)


def after_row_picked(sel: Selection, ds: Dataset | None, event_id: str) -> Selection:
    """The user made ``event_id`` the incident table's current row: the day follows the
    event, and the table keeps the selection the user made (``rows`` None)."""
    if not event_id or event_id == sel.event_id:
        return sel  # the table redrawing the shared event: nothing new
    moved = after_event_selected(sel, ds, event_id)
    return replace(moved, rows=None)


def after_day_chosen(sel: Selection, ds: Dataset | None, day) -> Selection:
    """A day chosen anywhere (a page, a link, the kiosk's loop): the selected event stays
    if it happens that day, otherwise the day's first event is selected."""
    day = as_day(day)
    if day == sel.day:
        return sel
    if ds is None or day is None:
        return replace(sel, day=day)
    on_day = events_on_day(ds, day)
    if not on_day:
        return replace(sel, day=day)
    event_id = sel.event_id if sel.event_id in on_day else first_event_of_day(ds, day)
    return Selection(event_id, day, on_day)


def after_strip_day_chosen(sel: Selection, ds: Dataset | None, day) -> Selection:
    """A day chosen on the daily viewer's strip: its own first event is selected unless the
    selected event is one of the day's own."""
    day = as_day(day)
    if day == sel.day or ds is None:
        return after_day_chosen(sel, ds, day)
    own = own_events(ds, day)
    if own and sel.event_id not in own:
        sel = replace(sel, event_id=own[0])
    return after_day_chosen(sel, ds, day)


def after_dataset_changed(sel: Selection) -> Selection:
    """New data: no event is selected (its id may not exist any more); the day stays."""
    return Selection("", sel.day, ())


def after_chapter_chosen(sel: Selection, ds: Dataset | None, chapter) -> Selection:
    """A tour chapter shown: its first event is selected, the table selects all its events, and
    the day is the chapter's own day (else the first event's, by the event rule)."""
    if chapter is None:
        return sel
    events = tuple(e for e in chapter.event_ids if ds is not None and ds.row("events", e) is not None)
    new = after_event_selected(sel, ds, events[0]) if events else sel
    if chapter.day is not None:
        new = replace(new, day=chapter.day)
    return replace(new, rows=events)

