"""Event filters against a naive row-by-row reading of the same rules (hypothesis)."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.queries import FACETS, EventFilter, EventSearch, casualty_totals


def naive_keep(row, places, f: EventFilter) -> bool:
    if f.text.strip():
        place_text = ""
        if pd.notna(row["place_id"]) and row["place_id"] in places.index:
            p = places.loc[row["place_id"]]
            place_text = " ".join(str(p[c]) for c in ("name_en", "name_fi", "name_ru", "name_ja", "name_zh", "variants")
                                  if pd.notna(p[c]))
        texts = [str(row[c]) for c in ("title_en", "title_fi", "text_en", "text_fi") if pd.notna(row[c])]
        for word in f.text.casefold().split():
            if not any(word in t.casefold() for t in texts) and word not in place_text.casefold():
                return False
    start = row["date_start"]
    end = row["date_end"] if pd.notna(row["date_end"]) else start
    if f.date_from is not None and end < f.date_from:
        return False
    if f.date_to is not None and start > f.date_to:
        return False
    for facet, values in f.facets.items():
        if pd.isna(row[facet]) or str(row[facet]) not in values:
            return False
    if f.casualties_only:
        cols = [c for c in row.index if c.startswith(("ussr_", "japan_"))]
        if not any(pd.notna(row[c]) and row[c] > 0 for c in cols):
            return False
    return True


WORDS = ["zaozernaya", "Bezymjannaja", "border", "raja", "japanese", "заозёрная", "changkufeng", "x-none-x", "1938"]


@st.composite
def filters(draw, events):
    f = EventFilter(
        text=" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=2))),
        casualties_only=draw(st.booleans()),
    )
    years = draw(st.one_of(st.none(), st.tuples(st.integers(1850, 2010), st.integers(0, 40))))
    if years:
        f = EventFilter(text=f.text, casualties_only=f.casualties_only,
                        date_from=pd.Timestamp(f"{years[0]}-01-01"),
                        date_to=pd.Timestamp(f"{years[0] + years[1]}-12-31"))
    for facet in FACETS:
        options = sorted(events[facet].dropna().astype(str).unique())
        chosen = draw(st.lists(st.sampled_from(options), max_size=2, unique=True)) if options else []
        f = f.with_facet(facet, chosen)
    return f


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_mask_matches_naive_reading(dataset, data):
    f = data.draw(filters(dataset.events))
    search = EventSearch(dataset.events, dataset.places)
    got = search.mask(f)
    places = dataset.places.set_index("id")
    expected = [naive_keep(row, places, f) for _, row in dataset.events.iterrows()]
    assert list(got) == expected


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_facet_counts_ignore_their_own_facet(dataset, data):
    f = data.draw(filters(dataset.events))
    search = EventSearch(dataset.events, dataset.places)
    for facet in FACETS:
        counts = search.facet_counts(f, facet)
        without = search.mask(f.with_facet(facet, None))
        assert counts.sum() == dataset.events.loc[without, facet].notna().sum()
        chosen = f.facets.get(facet)
        if chosen:
            assert sum(counts[v] for v in chosen) == search.mask(f).sum()


def test_overlapping_periods_are_kept(dataset):
    search = EventSearch(dataset.events)
    f = EventFilter(date_from=pd.Timestamp("1936-06-01"), date_to=pd.Timestamp("1936-06-30"))
    kept = dataset.events[search.mask(f)]
    assert "ev-1936-malaya-chertova" in set(kept["id"])  # a year-precision event of 1936


def test_without_clears_one_part():
    f = EventFilter(text="x", casualties_only=True).with_facet("kind", ["clash"])
    assert f.without("text").text == ""
    assert "kind" not in f.without("kind").facets
    assert not f.without("casualties").casualties_only
    assert EventFilter().is_empty() and not f.is_empty()


def test_casualty_totals(dataset):
    totals = casualty_totals(dataset.events)
    assert totals["japan_killed"] == int(dataset.events["japan_killed"].sum())
