"""Event filters against a naive row-by-row reading of the same rules (hypothesis)."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.queries import FACETS, NAME_COLUMNS, SEARCH_COLUMNS, EventFilter, EventSearch, casualty_totals
from app.model.spelling import query_keys, spelling_key


def linked_text(row, ds) -> str:
    """Every name of the place, people and units the row links to (the naive way: row by row)."""
    names = []
    for column, table in (("place_id", "places"), ("person_ids", "people"), ("unit_ids", "units")):
        frame = ds.table(table).set_index("id", drop=False)
        for entity_id in str(row[column]).split(";") if pd.notna(row[column]) else []:
            entity_id = entity_id.strip()
            if entity_id in frame.index:
                entity = frame.loc[entity_id]
                names += [str(entity[c]) for c in NAME_COLUMNS if c in entity.index and pd.notna(entity[c])]
            else:
                names.append(entity_id)
    return " ".join(names)


_ENTITY_WORDS: dict[int, list] = {}


def named_entities(key: str, ds) -> list[str]:
    """Mentions (surname / English name) of every person, unit and place with ``key`` in one of its names."""
    if id(ds) not in _ENTITY_WORDS:  # each entity's name words, read once per dataset
        entries = []
        for table in ("people", "units", "places"):
            for _, entity in ds.table(table).iterrows():
                names = " ".join(str(entity[c]) for c in NAME_COLUMNS if c in entity.index and pd.notna(entity[c]))
                name = str(entity["name_en"])
                entries.append((spelling_key(names).split(), name.split(",")[0] if table == "people" else name))
        _ENTITY_WORDS[id(ds)] = entries
    return [mention for words, mention in _ENTITY_WORDS[id(ds)] if any(key in word for word in words)]


def naive_keep(row, ds, f: EventFilter) -> bool:
    """A query word matches a row's own words, the names of what it links to, or (from three letters)
    the row's text naming a person, unit or place that has the word in one of its names."""
    if f.text.strip():
        own = set(spelling_key(" ".join(str(row[c]) for c in SEARCH_COLUMNS if pd.notna(row[c]))).split())
        words = own | set(spelling_key(linked_text(row, ds)).split())
        for alternatives in query_keys(f.text):
            if any(key in word for key in alternatives for word in words):
                continue
            mentioned = [name for key in alternatives if len(key) >= 3 for name in named_entities(key, ds)]
            if not any(all(any(k in w for w in own) for k in spelling_key(name).split()) for name in mentioned):
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


WORDS = ["zaozernaya", "Bezymjannaja", "border", "raja", "japanese", "заозёрная", "changkufeng", "x-none-x", "1938",
         "Blücher", "Bly", "張鼓峰", "Štern", "Posjet"]


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
    search = EventSearch.of(dataset)
    got = search.mask(f)
    expected = [naive_keep(row, dataset, f) for _, row in dataset.events.iterrows()]
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


def test_a_name_no_event_links_to_still_finds_the_events_that_name_it(dataset):
    """'Bly' (half of Blyukher) also reaches people no event links to, through their names."""
    from dataclasses import replace

    people = dataset.people.copy()
    row = people.iloc[0].copy()
    row["id"], row["name_en"], row["name_ru"] = "zz-unlinked", "Hasanov, Z.", "Хасанов З."
    people.loc[len(people)] = row
    ds = replace(dataset, people=people, _cache={})
    f = EventFilter(text="Хасанов")  # Cyrillic spelling of a name that only appears in no text
    got = EventSearch.of(ds).mask(f)
    expected = [naive_keep(r, ds, f) for _, r in ds.events.iterrows()]
    assert list(got) == expected
    bly = EventFilter(text="Bly")
    assert list(EventSearch.of(ds).mask(bly)) == [naive_keep(r, ds, bly) for _, r in ds.events.iterrows()]
