"""The selection rules (app/model/selection.py) without Qt: which event, day and table rows
follow a choice. Examples pin today's behaviour on the bundled data; properties check the
rules over every event and every day of the strip and around it."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import load_dataset
from app.model.selection import (
    Selection,
    after_dataset_changed,
    after_day_chosen,
    after_event_selected,
    after_row_picked,
    after_strip_day_chosen,
    events_on_day,
    first_event_of_day,
    own_events,
    strip_span,
    viewer_day_of_event,
)

DS = load_dataset()  # read-only; module level so hypothesis examples share it
EVENTS = sorted(DS.events["id"])
LEVCHENKO = "ev-1938-07-29-levchenko-counterattack"  # dated to 29 July 1938
OVERVIEW = "ev-1938-06-29-overview-fighting-period"  # a range, 29 June – 11 August 1938
ZAOZERNAYA = "ev-1938-07-29-zaozernaya-defence-organised"  # a range, 29–31 July 1938
SHELLINGS_1935 = "ev-1935-shellings-7-months"  # a range before the strip
D = date.fromisoformat


def test_the_strip_runs_from_mid_june_to_13_august():
    assert strip_span(DS) == (D("1938-06-14"), D("1938-08-13"))


# ---------------------------------------------------------------------- an event moves the day
def test_an_event_moves_the_day_to_its_day():
    sel = after_event_selected(Selection(day=D("1938-08-06")), DS, LEVCHENKO)
    assert (sel.event_id, sel.day) == (LEVCHENKO, D("1938-07-29"))
    assert sel.rows == events_on_day(DS, D("1938-07-29")) and LEVCHENKO in sel.rows


def test_a_range_covering_the_shown_day_keeps_it():
    """Clicking an event listed under "Continuing" does not jump to its first day."""
    sel = after_event_selected(Selection(day=D("1938-07-29")), DS, OVERVIEW)
    assert sel.day == D("1938-07-29")


def test_a_range_not_covering_the_shown_day_moves_to_its_first_day():
    assert after_event_selected(Selection(day=D("1938-08-12")), DS, ZAOZERNAYA).day == D("1938-07-29")
    assert after_event_selected(Selection(), DS, OVERVIEW).day == D("1938-06-29")


def test_an_event_outside_the_strip_leaves_the_day_and_its_rows():
    sel = after_event_selected(Selection(day=D("1938-08-06")), DS, SHELLINGS_1935)
    assert sel.day == D("1938-08-06")
    assert sel.rows == events_on_day(DS, D("1938-08-06"))  # the shown day's rows stay selected with it


def test_a_month_or_year_event_names_no_day():
    vague = DS.events[~DS.events["date_precision"].isin(["day", "range"])]["id"].iloc[0]
    assert viewer_day_of_event(DS, vague) is None
    assert after_event_selected(Selection(day=D("1938-08-06")), DS, vague).day == D("1938-08-06")


def test_choosing_the_same_event_again_changes_nothing():
    sel = Selection(LEVCHENKO, D("1938-07-30"), None)
    assert after_event_selected(sel, DS, LEVCHENKO) is sel


def test_no_event_clears_the_rows_and_keeps_the_day():
    sel = after_event_selected(Selection(LEVCHENKO, D("1938-07-29"), ("x",)), DS, "")
    assert sel == Selection("", D("1938-07-29"), ())


def test_without_data_only_the_values_change():
    assert after_event_selected(Selection(), None, "e") == Selection("e", None, ())
    assert after_day_chosen(Selection("e"), None, D("1938-08-06")) == Selection("e", D("1938-08-06"), ())


# ---------------------------------------------------------------------- a row picked in the table
def test_a_picked_row_moves_the_day_and_leaves_the_tables_selection():
    sel = after_row_picked(Selection(day=D("1938-08-06")), DS, LEVCHENKO)
    assert (sel.event_id, sel.day, sel.rows) == (LEVCHENKO, D("1938-07-29"), None)


def test_the_table_redrawing_the_shared_event_is_no_pick():
    sel = Selection(LEVCHENKO, D("1938-07-29"), events_on_day(DS, D("1938-07-29")))
    assert after_row_picked(sel, DS, LEVCHENKO) is sel


# ---------------------------------------------------------------------- a day selects its events
def test_a_day_selects_its_own_first_event_and_all_its_rows():
    sel = after_day_chosen(Selection(), DS, D("1938-08-06"))
    assert sel.event_id == own_events(DS, D("1938-08-06"))[0] == "ev-1938-08-06-1000kg-bombs"
    assert sel.rows == events_on_day(DS, D("1938-08-06"))


def test_a_day_keeps_an_event_that_happens_on_it_even_a_range():
    sel = after_day_chosen(Selection(OVERVIEW, D("1938-07-29")), DS, D("1938-08-06"))
    assert sel.event_id == OVERVIEW


def test_a_day_with_only_ranges_selects_the_first_covering_event():
    sel = after_day_chosen(Selection(LEVCHENKO, D("1938-07-29")), DS, D("1938-06-20"))
    assert sel.event_id == events_on_day(DS, D("1938-06-20"))[0] == "ev-1936-1938-231-violations"


def test_a_day_without_events_changes_only_the_day():
    empty = D("1941-06-22")
    assert events_on_day(DS, empty) == ()
    before = Selection(LEVCHENKO, D("1938-07-29"), ("a",))
    assert after_day_chosen(before, DS, empty) == Selection(LEVCHENKO, empty, ("a",))


def test_the_same_day_again_and_no_day():
    sel = Selection(OVERVIEW, D("1938-08-06"), None)
    assert after_day_chosen(sel, DS, D("1938-08-06")) is sel
    assert after_day_chosen(sel, DS, None) == Selection(OVERVIEW, None, None)


def test_a_day_accepts_timestamps_and_text():
    import pandas as pd

    assert after_day_chosen(Selection(), DS, pd.Timestamp("1938-08-06")).day == D("1938-08-06")
    assert after_day_chosen(Selection(), DS, "1938-08-06").day == D("1938-08-06")


# ---------------------------------------------------------------------- a day chosen on the strip
def test_the_strip_prefers_the_days_own_event_over_a_covering_range():
    sel = after_strip_day_chosen(Selection(OVERVIEW, D("1938-07-29")), DS, D("1938-08-06"))
    assert sel.event_id == "ev-1938-08-06-1000kg-bombs"


def test_the_strip_keeps_one_of_the_days_own_events():
    own = own_events(DS, D("1938-08-06"))[1]
    assert after_strip_day_chosen(Selection(own, D("1938-08-05")), DS, D("1938-08-06")).event_id == own


def test_the_strip_on_a_day_of_ranges_keeps_a_covering_event():
    sel = after_strip_day_chosen(Selection(OVERVIEW, D("1938-07-29")), DS, D("1938-07-30"))
    assert sel.event_id == "ev-1938-07-30-dawn-artillery-and-attacks"  # own events first
    sel = after_strip_day_chosen(Selection("ev-1936-1938-231-violations", D("1938-06-15")), DS, D("1938-06-20"))
    assert sel.event_id == "ev-1936-1938-231-violations"


def test_new_data_selects_no_event_and_keeps_the_day():
    assert after_dataset_changed(Selection(LEVCHENKO, D("1938-07-29"), None)) == Selection("", D("1938-07-29"), ())


# ---------------------------------------------------------------------- properties
FIRST, LAST = strip_span(DS)
days = st.integers(-30, (LAST - FIRST).days + 30).map(lambda n: FIRST + timedelta(days=n))
events = st.sampled_from(EVENTS)
selections = st.builds(Selection, st.one_of(st.just(""), events), st.one_of(st.none(), days),
                       st.one_of(st.none(), st.just(())))


@settings(max_examples=150, deadline=None)
@given(selections, events)
def test_an_event_chosen_goes_to_its_viewer_day_or_keeps_the_day(sel, event_id):
    new = after_event_selected(sel, DS, event_id)
    assert new.event_id == event_id
    assert new.day in (sel.day, viewer_day_of_event(DS, event_id))
    if new.day != sel.day:  # moved: the event happens on the day it moved to
        assert event_id in events_on_day(DS, new.day)
        assert after_day_chosen(new, DS, new.day) == new
    assert after_event_selected(new, DS, event_id) == new


@settings(max_examples=150, deadline=None)
@given(selections, days)
def test_a_chosen_day_shows_one_of_its_events(sel, day):
    new = after_day_chosen(sel, DS, day)
    assert new.day == day
    on_day = events_on_day(DS, day)
    if day == sel.day:
        assert new is sel  # the day shown already: nothing to do
    elif sel.event_id in on_day or not on_day:
        assert new.event_id == sel.event_id
    else:
        assert new.event_id == first_event_of_day(DS, day)
    if on_day and day != sel.day:
        assert new.rows == on_day
    assert after_day_chosen(new, DS, day) == new


@settings(max_examples=150, deadline=None)
@given(selections, days)
def test_a_strip_day_shows_one_of_its_own_events(sel, day):
    new = after_strip_day_chosen(sel, DS, day)
    own = own_events(DS, day)
    if day != sel.day and own:
        assert new.event_id in own
    assert new.day == day
    # choosing its event again moves nothing: the rules agree with each other
    assert after_event_selected(replace_rows(new), DS, new.event_id) == replace_rows(new)


def replace_rows(sel: Selection) -> Selection:
    from dataclasses import replace

    return replace(sel, rows=events_on_day(DS, sel.day) if sel.event_id else ())


@pytest.mark.parametrize("event_id", [LEVCHENKO, OVERVIEW, ZAOZERNAYA, SHELLINGS_1935])
def test_the_viewer_day_is_the_one_the_details_button_opens(event_id):
    row = DS.row("events", event_id)
    expected = row["date_start"].date() if FIRST <= row["date_start"].date() <= LAST else None
    assert viewer_day_of_event(DS, event_id) == expected


def test_a_figure_leads_to_the_events_of_its_short_period(dataset):
    """Forces page, 'Show related event': the day-dated events of the figure's conflict
    within its period, in time order; a figure for a long period leads to none."""
    from datetime import datetime

    from app.model.selection import events_of_figure

    day = datetime(1938, 7, 29)
    found = events_of_figure(dataset, "khasan-1938", day)
    assert "ev-1938-07-29-bezymyannaya-attack-khasan" in found
    ev = dataset.events.set_index("id").loc[found]
    assert (ev["conflict"] == "khasan-1938").all() and ev["date_precision"].isin(["day", "range"]).all()
    assert list(ev["date_start"]) == sorted(ev["date_start"])
    assert events_of_figure(dataset, "khasan-1938", day, datetime(1938, 8, 11)) == []
    assert events_of_figure(dataset, "khasan-1938", None) == []
    assert events_of_figure(dataset, "khalkhin-gol-1939", day) == []
