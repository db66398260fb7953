"""The data stays faithful to the seed (issue 15): each check of tests/seed_check.py over the bundled
package, then the checker itself on small hand-made rows, so that every check can fail.

`python -m tests.seed_check` prints the same failures, grouped by table, for whoever edits the data."""
from __future__ import annotations

import json
import shutil

import pytest

from tests import seed_check as sc

SEED_LINES = [
    "Otsikko",                                                      # 1  overview
    "Rajalla oli 7 tapausta ja 2 752 haavoittunutta.",              # 2  overview
    "Vuonna 1937 kaikkiaan 760 ”vahvaa” miestä – noin 1,5 km ja 23% tappioista.",  # 3  overview
    "Toinen osa alkaa.",                                            # 4  article
    "Heinäkuun 31. päivän yönä japanilainen rykmentti hyökkäsi.",   # 5  article
]
PARTS = {"overview": [(1, 3)], "article": [(4, 5)]}


# ------------------------------------------------------------------ the bundled data
@pytest.fixture(scope="module")
def seed():
    return sc.load_seed()


@pytest.fixture(scope="module")
def tables():
    return sc.load_tables()


def _assert_none(failures, what):
    if failures:
        pytest.fail(f"{len(failures)} {what}:\n" + "\n".join(map(str, failures)), pytrace=False)


def test_fixture_is_the_shared_seed_byte_for_byte():
    if not sc.SHARED_SEED.exists():
        pytest.skip(f"{sc.SHARED_SEED} is not on this machine (a clean clone): the fixture stands alone")
    assert sc.SEED.read_bytes() == sc.SHARED_SEED.read_bytes(), \
        f"{sc.SEED} differs from {sc.SHARED_SEED}: copy it again (cp) so the checks read the same seed"


def test_seed_fixture_and_its_parts(seed):
    assert len(seed.lines) == 393 and seed.lines[-1].startswith("Puna-armeijan tappiot olivat 759")
    assert set(seed.parts) == {"overview", "Novikov blurb", "anniversary article", "origins article",
                               "Khasan article"}, "the codebook's table of the seed's parts changed"


def test_locators_follow_the_grammar(tables, seed):
    _assert_none(sc.check_locators(tables, seed), "locators break the format (table, id, column, piece)")


def test_quoted_words_are_on_their_lines(tables, seed):
    _assert_none(sc.check_quotes(tables, seed), "quoted excerpts are not on the lines they cite")


def test_numbers_are_written_on_their_lines(tables, seed):
    failures, skipped = sc.check_numbers(tables, seed)
    print(f"numbers not checked (manual_check says why, or the source is not the seed): {len(skipped)}: {', '.join(skipped)}")
    _assert_none(failures, "numbers are not written on the lines their row cites")


def test_compare_groups_ask_one_question(tables):
    _assert_none(sc.check_groups(tables), "compare_groups mix different questions")


def test_dates_keep_the_codebook_rules(tables):
    _assert_none(sc.check_dates(tables), "rows break the codebook's date rules")


def test_other_accounts_link_both_ways_and_differ(tables):
    _assert_none(sc.check_accounts(tables), "other_account_ids links are wrong")


def test_every_date_precision_of_the_schema_has_a_rule():
    schema = json.loads((sc.DATA / "datapackage.json").read_text(encoding="utf-8"))
    events = next(r for r in schema["resources"] if r["name"] == "events")
    field = next(f for f in events["schema"]["fields"] if f["name"] == "date_precision")
    start = sc.date(1938, 7, 1)
    for precision in field["constraints"]["enum"]:
        assert "unknown" not in sc.date_rule(precision, start, None), precision


def test_the_report_groups_by_table(tables, seed):
    failures, skipped = sc.run_all(tables, seed)
    lines = sc.report(failures, skipped)
    assert lines[-2].startswith("failures: locator ") and lines[-1].startswith("numbers not checked")
    assert sum(line.startswith("== ") for line in lines) == len({f.table for v in failures.values() for f in v})


# ------------------------------------------------------------------ the checker on hand-made rows
@pytest.fixture
def mini():
    return sc.Seed(SEED_LINES, PARTS)


def row(**values):
    base = {"id": "r1", "source_id": "seed", "source_locator": "", "manual_check": ""}
    return base | values


def figure(**values):
    base = {"conflict": "khasan-1938", "side": "USSR", "measure": "loss", "category": "wounded", "unit": "people",
            "scope_level": "engaged", "value": "", "low": "", "high": "", "compare_group": ""}
    return row(**(base | values))


def only(failures):
    assert len(failures) == 1, "\n".join(map(str, failures))
    return failures[0]


def test_a_correct_row_passes_every_check(mini):
    good = figure(value="2752", source_locator='overview (Otsikko): "2 752 haavoittunutta", line 2')
    tables = {"figures": [good]}
    failures, skipped = sc.run_all(tables, mini)
    assert not any(failures.values()), failures
    assert skipped == []


@pytest.mark.parametrize("locator", [
    'overview: "Rajalla oli 7 tapausta", line 2',
    'overview: "…Rajalla oli 7", line 2',
    'overview: "oli 7 tapausta…", lines 1–3',
    'overview: "Otsikko", line 1 (also lines 2, 3)',
    'overview: "kaikkiaan 760 "vahvaa" miestä - noin", line 3',
    'overview: "kaikkiaan 760 “vahvaa” miestä", line 3',
    'overview: "Rajalla", "7 tapausta", line 2',
    'article (Toinen): "Heinäkuun 31. päivän yönä", line 5; overview: "Otsikko", line 1',
])
def test_good_locators_pass(mini, locator):
    tables = {"events": [row(source_locator=locator)]}
    assert sc.check_locators(tables, mini) == [] and sc.check_quotes(tables, mini) == []


@pytest.mark.parametrize("locator,expected", [
    ('overview: "Otsikko" line 1', "does not end in"),
    ('overview: "Otsikko", rivi 1', "does not end in"),
    ('overview: Otsikko, line 1', "words outside quotes"),
    ('preface: "Otsikko", line 1', "names no part"),
    ('overview: "Otsikko", line 9', "outside the seed"),
    ('overview: "Otsikko", lines 3–1', "not a range"),
    ('article: "Otsikko", line 1', "not in the article"),
    ('overview, line 2', "quotes no words"),
    ('', "is empty"),
])
def test_bad_locators_fail(mini, locator, expected):
    failure = only(sc.check_locators({"events": [row(source_locator=locator)]}, mini))
    assert expected in failure.message and failure.row_id == "r1" and failure.column == "source_locator"


def test_pieces_split_at_semicolons_between_pieces_only():
    assert sc.split_pieces('overview: "a; b", line 2; article: "c", line 5') == [
        'overview: "a; b", line 2', 'article: "c", line 5']
    assert sc.split_pieces('overview: "sanoi: "a", line 2; article: "c", lines 4–5') == [
        'overview: "sanoi: "a", line 2', 'article: "c", lines 4-5']
    assert sc.split_pieces('overview: "a"; overview: "b", line 2') == ['overview: "a"', 'overview: "b", line 2']


def test_a_piece_without_quotes_passes_when_manual_check_says_why(mini):
    tables = {"moves": [row(source_locator="article, lines 4–5", manual_check="inferred from two lines")]}
    assert sc.check_locators(tables, mini) == []


def test_a_row_from_another_source_needs_manual_check(mini):
    other = row(source_id="coox-1977", source_locator="as reported in the seed, line 3")
    assert "not the seed" in only(sc.check_locators({"figures": [other]}, mini)).message
    assert sc.check_locators({"figures": [other | {"manual_check": "reported, not the seed's own"}]}, mini) == []


def test_every_bad_piece_of_a_row_is_reported(mini):
    bad = row(source_locator='overview: "ei ole", line 2; article: "eikä tämä", line 5; overview: x, line 1')
    tables = {"events": [bad]}
    assert len(sc.check_quotes(tables, mini)) == 2 and len(sc.check_locators(tables, mini)) == 1


@pytest.mark.parametrize("locator", [
    'overview: "Rajalla oli 8 tapausta", line 2',        # a word changed
    'overview: "rajalla oli 7 tapausta", line 2',        # the case changed
    'overview: "Toinen osa alkaa", line 2',              # on another line
    'overview: "Rajalla oli 7 tapausta", line 3',        # the right words, the wrong line
    'overview: "Rajalla", "8 tapausta", line 2',         # one of two quotes wrong
    'overview: "…", line 2',                             # nothing left after the cut
])
def test_a_quote_not_on_its_line_fails(mini, locator):
    failure = only(sc.check_quotes({"events": [row(source_locator=locator)]}, mini))
    assert failure.check == "quote" and "piece 1" in failure.message


@pytest.mark.parametrize("value,ok", [
    ("2752", True), ("7", True), ("760", True), ("1.5", True), ("23", True), ("1937", True),
    ("2753", False), ("752", False), ("2", False), ("9", False), ("76", False), ("60", False), ("5", False),
    ("15", False), ("0", False),
])
def test_figures_match_whole_numbers_as_the_seed_writes_them(mini, value, ok):
    fig = figure(value=value, source_locator='overview: "Rajalla oli 7", line 2 (also line 3)')
    failures, _ = sc.check_numbers({"figures": [fig]}, mini)
    assert (failures == []) is ok, failures


def test_a_seven_inside_1937_fails(mini):
    fig = figure(value="7", source_locator='overview: "Vuonna 1937 kaikkiaan 760", line 3')
    failure = only(sc.check_numbers({"figures": [fig]}, mini)[0])
    assert failure.column == "value" and failure.row_id == "r1" and "line(s) 3" in failure.message


def test_a_wrong_number_fails_in_each_column_and_in_events(mini):
    fig = figure(value="2752", low="2751", high="2760", source_locator='overview: "2 752", line 2')
    assert [f.column for f in sc.check_numbers({"figures": [fig]}, mini)[0]] == ["low", "high"]
    event = row(ussr_wounded="2752", japan_killed="8", count="7", source_locator='overview: "2 752", line 2')
    assert [f.column for f in sc.check_numbers({"events": [event]}, mini)[0]] == ["japan_killed"]


def test_manual_check_skips_the_number_check_and_lists_the_row(mini):
    fig = figure(value="2", source_locator='overview: "Otsikko", line 1', manual_check="'kaksi' in words")
    assert sc.check_numbers({"figures": [fig]}, mini) == ([], ["figures r1"])
    other = figure(value="9", source_id="usov", source_locator="as reported in the seed, line 3")
    assert sc.check_numbers({"figures": [other]}, mini) == ([], ["figures r1"])


def test_numbers_as_the_seed_writes_them():
    assert sc.numbers_in("2 752 ja 2752") == {2752.0}
    assert sc.numbers_in("noin 2\u00a0500, 10\u2009000 ja 7\u202f300") == {2500.0, 10000.0, 7300.0}
    assert sc.numbers_in("1,5 km, 460,1 m, 23%, 18-20") == {1.5, 460.1, 23.0, 18.0, 20.0}
    assert sc.numbers_in("6 1000 kg:n pommia") == {6.0, 1000.0}
    assert sc.numbers_in("vuonna 1937") == {1937.0}
    assert sc.numbers_in("I-15 - 534, TB-3, UVSS-33, Hasan6.png") == {534.0}


def test_a_mixed_compare_group_fails():
    rows = [figure(id="a", compare_group="g"), figure(id="b", compare_group="g", category="wounded_and_sick"),
            figure(id="c", compare_group="g", scope_level="formation")]
    messages = [f.message for f in sc.check_groups({"figures": rows})]
    assert len(messages) == 2
    assert "mixes category" in messages[0] and "b" in messages[0] and "mixes scope_level" in messages[1]
    assert sc.check_groups({"figures": rows[:1] + [figure(id="d", compare_group="g")]}) == []


def test_a_group_of_one_fails():
    failure = only(sc.check_groups({"figures": [figure(id="a", compare_group="lonely")]}))
    assert failure.row_id == "lonely" and "one row" in failure.message


def event(**values):
    base = {"date_start": "1938-07-01", "date_end": "", "date_precision": "day", "time": "", "qualifier_en": "",
            "other_account_ids": ""}
    return row(**(base | values))


@pytest.mark.parametrize("start,end,precision,ok", [
    ("1938-07-29", "", "day", True), ("1938-07-29", "1938-07-29", "day", True),
    ("1938-07-29", "1938-07-30", "day", False),
    ("1938-07-01", "1938-07-31", "month", True), ("1938-07-01", "", "month", False),
    ("1938-07-01", "1938-07-30", "month", False), ("1938-07-02", "1938-07-31", "month", False),
    ("1936-02-01", "1936-02-29", "month", True),
    ("1938-01-01", "1938-12-31", "year", True), ("1938-01-01", "", "year", False),
    ("1938-07-01", "1938-12-31", "year", False),
    ("1938-07-29", "1938-08-11", "range", True), ("1938-07-29", "", "range", False),
    ("1938-07-29", "1938-07-29", "range", False), ("1938-08-11", "1938-07-29", "range", False),
    ("1935-09-01", "1935-11-30", "season", True), ("1935-09-01", "", "season", False),
    ("1938-07-01", "1938-07-31", "decade", False), ("1938-07-32", "", "day", False),
])
def test_date_rules(start, end, precision, ok):
    failures = sc.check_dates({"events": [event(date_start=start, date_end=end, date_precision=precision)]})
    assert (failures == []) is ok, failures


def test_a_month_row_without_date_end_fails():
    failure = only(sc.check_dates({"events": [event(date_precision="month")]}))
    assert failure.table == "events" and failure.column == "date_end" and "1938-07-31" in failure.message


def test_figure_periods_run_forward():
    rows = [figure(id="a", date_start="1938-08-01", date_end="1938-08-08"),
            figure(id="b", date_start="1938-08-08", date_end="1938-08-01"), figure(id="c", date_end="1938-08-01")]
    assert [f.row_id for f in sc.check_dates({"figures": rows})] == ["b", "c"]


def test_other_accounts():
    a = event(id="a", date_start="1938-07-30", other_account_ids="b")
    b = event(id="b", date_start="1938-07-31", other_account_ids="a")
    assert sc.check_accounts({"events": [a, b]}) == []
    c = event(id="c", date_start="1938-07-30", qualifier_en="per the origins article", other_account_ids="a; x; c")
    failures = sc.check_accounts({"events": [a, b, c]})
    assert {f.row_id for f in failures} == {"c"}
    assert sorted(f.message for f in failures) == [
        "a does not link back", "links the row to itself", "x is not an event id"]
    twin = event(id="t", date_start="1938-07-30", other_account_ids="a")
    dup = [f.message for f in sc.check_accounts({"events": [a | {"other_account_ids": "t"}, twin]})]
    assert len(dup) == 2 and all("duplicate" in m for m in dup)


# ------------------------------------------------------------------ the tour (story.csv)
def test_the_tour_is_checked_like_every_sourced_table(mini):
    chapter = row(source_locator='overview: "Rajalla oli 8 tapausta", line 2', title_en="", title_fi="",
                  text_en="", text_fi="")
    assert only(sc.check_quotes({"story": [chapter]}, mini)).table == "story"
    assert only(sc.check_locators({"story": [chapter | {"source_locator": "overview, line 2"}]}, mini)).table == "story"


def test_a_package_without_a_tour_has_no_story_rows(tmp_path, seed):
    for name in sc.SOURCED:
        if name not in sc.OPTIONAL:
            shutil.copy(sc.DATA / f"{name}.csv", tmp_path)
    tables = sc.load_tables(tmp_path)
    assert set(tables) == set(sc.SOURCED) - {"story"}
    assert sc.check_story_numbers(tables, seed) == ([], [])
