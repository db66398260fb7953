"""Search by any spelling: every usual way of writing a name finds the same events (issue 15)."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.queries import EventSearch
from app.model.search_index import SearchIndex
from app.model.spelling import query_keys, spelling_key

#: Each line: spellings of one name that must find exactly the same events. Latin with and without
#: diacritics; English, Finnish, German, French and Swedish conventions for Russian; ё typed as е; Cyrillic;
#: Japanese and Chinese forms and their romanisations.
SAME_NAME = [
    ("Blyukher", "Bljuher", "Blücher", "Blucher", "Blioukher", "Блюхер", "BLYUKHER"),
    ("Zaozernaya", "Zaozyornaya", "Zaozjornaja", "Zaozernaja", "Saosjornaja", "Заозёрная", "Заозерная",
     "張鼓峰", "张鼓峰", "Changkufeng", "Chōkohō", "Chokoho", "Zhanggufeng"),
    ("Bezymyannaya", "Bezymjannaja", "Besymjannaja", "Bezymiannaïa", "Безымянная", "沙草峰", "Shacaofeng"),
    ("Shtern", "Štern", "Stern", "Sjtern", "Штерн"),
    ("Levchenko", "Levtšenko", "Lewtschenko", "Levtjenko", "Левченко"),
    ("Pozharsky", "Pozharskiy", "Požarski", "Poscharski", "Pozjarskij", "Пожарский"),
    ("Lyushkov", "Ljuškov", "Ljuschkow", "Ljusjkov", "Люшков"),
    ("Posyet", "Posjet", "Posset", "Посьет"),
    ("Khasan", "Hasan", "Chasan", "Khassan", "Хасан"),
    ("Makhalin", "Mahalin", "Machalin", "Махалин"),
]


@pytest.fixture(scope="module")
def search(dataset):
    return EventSearch.of(dataset)


@pytest.mark.parametrize("spellings", SAME_NAME, ids=[s[0] for s in SAME_NAME])
def test_every_spelling_finds_the_same_events(search, spellings):
    found = {word: frozenset(search.events.loc[search.text_mask(word), "id"]) for word in spellings}
    first = found[spellings[0]]
    assert first, f"{spellings[0]!r} finds nothing"
    different = {word: sorted(ids ^ first)[:5] for word, ids in found.items() if ids != first}
    assert not different, f"spellings of {spellings[0]!r} disagree: {different}"


def test_a_commander_finds_the_events_he_is_linked_to(search, dataset):
    linked = dataset.events[dataset.events["person_ids"].fillna("").str.contains("blyukher-v")]
    assert len(linked) > 0
    found = set(search.events.loc[search.text_mask("Блюхер"), "id"])
    assert set(linked["id"]) <= found


def test_a_unit_is_found_by_its_name(search, dataset):
    linked = dataset.events[dataset.events["unit_ids"].fillna("").str.contains("ussr-40-rd")]
    found = set(search.events.loc[search.text_mask("40-я стрелковая дивизия"), "id"]) \
        | set(search.events.loc[search.text_mask("40th Rifle Division"), "id"])
    assert len(linked) > 0 and set(linked["id"]) <= found


@pytest.mark.parametrize("word", ["Blyukher", "Bljuher", "Zaozyornaya", "Bezymjannaja"])
def test_results_do_not_vanish_while_a_name_is_typed(search, word):
    """Every prefix of a name (from three letters) finds at least what the whole name finds."""
    whole = search.text_mask(word)
    for end in range(3, len(word)):
        assert (search.text_mask(word[:end]) >= whole).all(), f"typing {word[:end]!r} loses rows of {word!r}"


def test_keys_merge_transliterations_but_keep_different_names_apart():
    assert spelling_key("Blyukher") == spelling_key("Blücher") == spelling_key("Блюхер")
    assert spelling_key("Заозёрная") == spelling_key("Zaozernaya")
    assert spelling_key("張鼓峰") == spelling_key("张鼓峰") == spelling_key("Zhanggufeng")
    assert spelling_key("Zaozernaya") != spelling_key("Bezymyannaya")
    assert spelling_key("Blyukher") != spelling_key("Shtern")
    assert spelling_key("— , ;") == ""
    assert query_keys("  ") == []


WORD = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(WORD, min_size=1, max_size=6), min_size=1, max_size=30), data=st.data())
def test_any_row_is_found_by_any_of_its_words(rows, data):
    """The index never misses: a word of a row, typed back, finds that row (any script, any text)."""
    frame = pd.DataFrame({"text": [" ".join(words) for words in rows]})
    index = SearchIndex(frame, ["text"])
    row = data.draw(st.integers(0, len(rows) - 1))
    word = data.draw(st.sampled_from(rows[row]))
    if query_keys(word):
        assert index.mask(word)[row]


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.one_of(st.none(), st.lists(WORD, max_size=5).map(" ".join)), min_size=1, max_size=25),
       query=st.lists(WORD, min_size=1, max_size=3).map(" ".join))
def test_index_agrees_with_reading_every_row(rows, query):
    """The index gives the same rows as checking each row's words one by one."""
    frame = pd.DataFrame({"text": pd.Series(rows, dtype=object)})
    got = SearchIndex(frame, ["text"]).mask(query)
    wanted = query_keys(query)
    for i, text in enumerate(rows):
        words = spelling_key(text or "").split()
        expected = all(any(key in w for key in keys for w in words) for keys in wanted)
        assert got[i] == expected, (text, query)
