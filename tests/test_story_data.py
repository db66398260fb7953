"""The guided tour as data (issue 16, point 2): the bundled chapters are complete, in both languages,
short, sourced and consistent with the tables they point at; a package's ``story.csv`` is optional,
validated like every other table and never replaced by the bundled tour."""
from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest

from app.model import DataError, load_dataset
from app.model.days import strip_days
from app.model.story import VIEWS, chapter, chapters
from app.paths import data_dir
from tests import seed_check as sc
from tests.conftest import read_raw, write_raw

NO_TOUR = "story: not in this package; no guided tour"
MAX_WORDS = 80
#: How the texts say that sources differ, in each language.
DIFFER = {"en": r"differ|disputed|says one|one account|another",
          "fi": r"eroavat|eri tieto|eri luku|vaihtelevat|eri tavoin|toisen mukaan"}


@pytest.fixture(scope="module")
def tour(dataset):
    return chapters(dataset)


def _overlaps(start, end, chapter_start, chapter_end) -> bool:
    """Whether the period start..end (end None: one day) meets the chapter's period."""
    end = start if end is None or pd.isna(end) else end
    last = chapter_end or chapter_start
    return pd.Timestamp(start) <= pd.Timestamp(last) and pd.Timestamp(end) >= pd.Timestamp(chapter_start)


# ------------------------------------------------------------------ the bundled tour


def test_the_tour_has_10_to_15_chapters_numbered_without_gaps(tour, dataset):
    assert 10 <= len(tour) <= 15
    assert [c.number for c in tour] == list(range(1, len(tour) + 1))
    assert len({c.id for c in tour}) == len(tour)
    assert chapter(dataset, 1) is tour[0] and chapter(dataset, len(tour) + 1) is None


def test_it_runs_from_the_border_incidents_to_khalkhin_gol(tour, dataset):
    conflicts = list(dataset.story.sort_values("chapter")["conflict"])
    assert conflicts[0] == "border-1934-1938" and conflicts[-1] == "khalkhin-gol-1939"
    assert conflicts.count("khasan-1938") >= 8
    assert tour[0].date_start.year == 1934 and tour[-1].date_start.year == 1939
    days = [c.day for c in tour if c.day is not None]
    assert days == sorted(days) and len(set(days)) == len(days), "the daily chapters follow the days"
    ids = {e for c in tour for e in c.event_ids}
    for needed in ("ev-1938-07-29-bezymyannaya-attack-khasan", "ev-1938-08-06-air-attack-216-aircraft",
                   "ev-1938-08-11-hostilities-end-1330", "ev-1938-08-12-meetings-positions-bodies",
                   "ev-1938-khasan-awards", "ev-1938-10-22-blyukher-arrest",
                   "ev-1939-05-to-09-khalkhin-gol-operations"):
        assert needed in ids, needed


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_both_languages_are_there_and_short(tour, lang):
    for c in tour:
        assert c.titles[lang].strip() and c.texts[lang].strip(), (c.number, lang)
        words = len(c.texts[lang].split())
        assert words <= MAX_WORDS, f"chapter {c.number} ({lang}) has {words} words"
        assert len(c.titles[lang].split()) <= 8, c.titles[lang]
        assert "  " not in c.texts[lang] and c.texts[lang].strip()[-1] in ".!?", (c.number, lang)
    texts = [c.texts[lang] for c in tour]
    assert len(set(texts)) == len(texts)


def test_the_finnish_is_not_the_english(tour):
    for c in tour:
        assert c.texts["fi"] != c.texts["en"] and c.titles["fi"] != c.titles["en"], c.number
        assert re.search(r"[äö]", c.texts["fi"]), f"chapter {c.number}: no Finnish letters in the Finnish text"


def test_every_reference_resolves(tour, dataset):
    for c in tour:
        assert 1 <= len(c.event_ids) <= 6, (c.number, c.event_ids)
        assert c.view in VIEWS
        assert dataset.row("sources", c.source_id) is not None
        for table, ids in (("events", c.event_ids), ("figures", c.figure_ids), ("places", c.place_ids)):
            for row_id in ids:
                assert dataset.row(table, row_id) is not None, (c.number, table, row_id)
            assert len(set(ids)) == len(ids), (c.number, table)


def test_the_map_can_centre_on_every_place(tour, dataset):
    for c in tour:
        for place in c.place_ids:
            row = dataset.row("places", place)
            assert pd.notna(row["lat"]) and pd.notna(row["lon"]), (c.number, place)


def test_every_day_lies_in_the_daily_viewers_strip_and_in_its_chapter(tour, dataset):
    strip = {d.date() for d in strip_days(dataset)}
    days = [c for c in tour if c.day is not None]
    assert len(days) >= 8
    for c in days:
        assert c.day in strip, (c.number, c.day)
        assert c.date_start <= c.day <= (c.date_end or c.date_start), c.number
    assert {c.day.isoformat() for c in days} >= {"1938-07-29", "1938-08-06", "1938-08-11", "1938-08-12"}


def test_events_and_figures_belong_to_the_chapters_period_and_conflict(tour, dataset):
    frame = dataset.story.set_index("id")
    for c in tour:
        conflict = frame.loc[c.id, "conflict"]
        for event_id in c.event_ids:
            ev = dataset.row("events", event_id)
            assert _overlaps(ev["date_start"], ev["date_end"], c.date_start, c.date_end), (c.number, event_id)
        for figure_id in c.figure_ids:
            fig = dataset.row("figures", figure_id)
            assert fig["conflict"] == conflict, (c.number, figure_id)
            if pd.notna(fig["date_start"]):
                assert _overlaps(fig["date_start"], fig["date_end"], c.date_start, c.date_end), (c.number, figure_id)


def test_where_sources_differ_every_version_is_named_and_the_text_says_so(tour, dataset):
    figures = dataset.figures.set_index("id")
    groups = dataset.figures.dropna(subset=["compare_group"]).groupby("compare_group", observed=True)["id"].apply(set)
    differing = 0
    for c in tour:
        named = set(c.figure_ids)
        for group in set(figures.loc[sorted(named), "compare_group"].dropna()):
            assert groups[group] <= named, f"chapter {c.number} names only part of {group}: {groups[group] - named}"
            versions = figures.loc[sorted(groups[group])]
            if versions[["value", "low", "high", "estimate"]].astype(str).drop_duplicates().shape[0] > 1:
                differing += 1
                for lang in ("en", "fi"):
                    assert re.search(DIFFER[lang], c.texts[lang]), f"chapter {c.number} ({lang}): {group} differs"
    assert differing >= 5


def test_numbers_agree_between_the_languages(tour):
    for c in tour:
        for part in ("titles", "texts"):
            en, _ = sc.story_numbers(getattr(c, part)["en"], "en")
            fi, _ = sc.story_numbers(getattr(c, part)["fi"], "fi")
            assert en == fi, (c.number, part, en ^ fi)


def test_the_tour_is_faithful_to_the_seed():
    tables = sc.load_tables()
    seed = sc.load_seed()
    story = {"story": tables["story"], "figures": tables["figures"]}
    assert len(tables["story"]) >= 10
    failures = sc.check_locators(story, seed) + sc.check_quotes(story, seed)
    numbers, skipped = sc.check_story_numbers(story, seed)
    assert failures + numbers == [], "\n".join(map(str, failures + numbers))
    assert skipped == [], "every chapter can be checked against the seed"
    for row in tables["story"]:
        pieces = sc.pieces_of(row, seed)
        assert pieces and all(p.excerpts for p in pieces), row["id"]


# ------------------------------------------------------------------ seed checks on hand-made chapters


@pytest.fixture
def mini():
    return sc.Seed(["Otsikko", "Heinäkuun 31. päivänä klo 16.00 tuli 2 752 haavoittunutta ja 1,5 km.", "Muuta."],
                   {"overview": [(1, 3)]})


def _chapter(text_en, text_fi, **values):
    base = {"id": "c1", "title_en": "One", "title_fi": "Yksi", "figure_ids": "", "source_id": "seed",
            "source_locator": 'overview: "tuli 2 752 haavoittunutta", line 2', "manual_check": ""}
    return base | {"text_en": text_en, "text_fi": text_fi} | values


@pytest.mark.parametrize("text_en,text_fi,bad", [
    ("On 31 July 1938, 2,752 were wounded at 16:00 over 1.5 km.",
     "Heinäkuun 31. päivänä 1938 kello 16.00 haavoittui 2 752.", []),
    ("2,753 were wounded.", "2 752 haavoittui.", ["text_en"]),
    ("2,752 were wounded.", "2 753 haavoittui.", ["text_fi"]),
    ("At 17:00 2,752 were wounded.", "2 752 haavoittui.", ["text_en"]),
    ("In the 1930s, on 12–13 August, 2,752 were wounded.", "Elokuun 12.–13. päivänä 1930-luvulla 2 752.", []),
    ("Six were wounded, 9 of them badly.", "Kuusi haavoittui.", ["text_en"]),
])
def test_a_chapters_numbers_must_be_the_seeds(mini, text_en, text_fi, bad):
    failures, _ = sc.check_story_numbers({"story": [_chapter(text_en, text_fi)]}, mini)
    assert [f.column for f in failures] == bad, failures


def test_a_number_of_a_named_figure_passes(mini):
    row = _chapter("About 9 were lost.", "Noin 9 menetettiin.", figure_ids="f1")
    figures = [{"id": "f1", "value": "", "low": "9", "high": ""}]
    assert sc.check_story_numbers({"story": [row], "figures": figures}, mini) == ([], [])
    assert len(sc.check_story_numbers({"story": [row | {"figure_ids": ""}], "figures": figures}, mini)[0]) == 2


def test_a_chapter_with_manual_check_is_listed_not_checked(mini):
    row = _chapter("99 were lost.", "99 menetettiin.", manual_check="inferred from several lines")
    assert sc.check_story_numbers({"story": [row]}, mini) == ([], ["story c1"])


# ------------------------------------------------------------------ packages with and without a tour


def test_the_bundled_tour_loads_typed_and_counts(dataset):
    story = dataset.story
    assert dataset.table("story") is story and dataset.summary().counts["story"] == len(story)
    assert str(story["chapter"].dtype) == "Int64" and str(story["day"].dtype) == "datetime64[ns]"
    assert isinstance(story["view"].dtype, pd.CategoricalDtype)
    assert NO_TOUR not in dataset.notes


def test_check_data_prints_the_tour(package, dataset, capsys):
    from app.cli import check_data

    assert check_data(None) == 0
    out = capsys.readouterr().out
    assert re.search(rf"^  story +{len(dataset.story)} rows$", out, re.MULTILINE), out
    (package / "story.csv").unlink()
    assert check_data(str(package)) == 0
    out = capsys.readouterr().out
    assert re.search(r"^  story +0 rows$", out, re.MULTILINE) and f"note: {NO_TOUR}" in out, out


def test_a_package_without_story_csv_has_no_tour_and_says_so(package, dataset):
    (package / "story.csv").unlink()  # its datapackage.json still names story.csv
    ds = load_dataset(package)
    assert ds.notes == (NO_TOUR,) and ds.substituted == ()
    assert len(ds.story) == 0 and list(ds.story.columns) == list(dataset.story.columns)
    assert dict(ds.story.dtypes) == dict(dataset.story.dtypes)
    assert chapters(ds) == [] and chapter(ds, 1) is None
    assert ds.summary().counts["story"] == 0


def test_without_a_descriptor_the_tour_is_still_never_borrowed(package):
    (package / "datapackage.json").unlink()
    (package / "story.csv").unlink()
    (package / "places.csv").unlink()
    ds = load_dataset(package)
    assert ds.substituted == ("places",)
    assert ds.notes == ("places: not in this package; the bundled table is used", NO_TOUR)
    assert len(ds.story) == 0


def test_a_single_events_file_has_no_tour(package):
    ds = load_dataset(package / "events.csv")
    assert NO_TOUR in ds.notes and "story" not in ds.substituted and len(ds.story) == 0


def test_a_folder_with_only_a_tour_uses_the_bundled_tables(tmp_path, dataset):
    folder = tmp_path / "tour-only"
    folder.mkdir()
    story = read_raw(data_dir() / "story.csv").head(3)
    write_raw(story, folder / "story.csv")
    ds = load_dataset(folder)
    assert list(ds.story["id"]) == list(story["id"]) and "story" not in ds.substituted
    assert len(ds.substituted) == 8 and len(ds.events) == len(dataset.events)


def test_a_tour_named_in_the_descriptor_but_unreadable_is_an_error(package):
    (package / "story.csv").unlink()
    (package / "story.csv").mkdir()
    with pytest.raises(DataError) as info:
        load_dataset(package)
    assert info.value.file.endswith("story.csv") and "folder" in str(info.value)


def _broken(package, row, column, value):
    frame = read_raw(package / "story.csv")
    frame.loc[row, column] = value
    write_raw(frame, package / "story.csv")


@pytest.mark.parametrize("row,column,value,fragment", [
    (2, "event_ids", "ev-1938-08-06-1000kg-bombs;ev-no-such-event", "'ev-no-such-event' is not an id in events"),
    (1, "figure_ids", "fig-nowhere", "'fig-nowhere' is not an id in figures"),
    (0, "place_ids", "atlantis", "'atlantis' is not an id in places"),
    (0, "source_id", "nowhere", "'nowhere' is not an id in sources"),
    (1, "view", "map", "is not one of: incidents, forces, days, overview"),
    (2, "chapter", "2", "duplicate value '2'"),
    (2, "chapter", "0", "outside the allowed range"),
    (2, "chapter", "three", "not a whole number"),
    (2, "title_fi", "", "required value is empty"),
    (2, "text_en", "", "required value is empty"),
    (1, "date_end", "1934-01-01", "ends before it starts"),
    (1, "day", "1938-13-01", "not a date"),
    (0, "conflict", "korea-1950", "is not one of"),
    (0, "id", "Chapter Eight", "expected form"),
])
def test_a_broken_story_names_file_row_and_column(package, row, column, value, fragment):
    _broken(package, row, column, value)
    with pytest.raises(DataError) as info:
        load_dataset(package)
    err = info.value
    assert err.file.endswith("story.csv") and (err.row, err.column) == (row + 2, column), str(err)
    assert fragment in str(err)


def test_a_tour_that_points_at_other_events_says_what_to_do(package):
    """A researcher's copy of the bundled package with their own events keeps the bundled tour."""
    write_raw(read_raw(package / "events.csv").head(5), package / "events.csv")
    with pytest.raises(DataError) as info:
        load_dataset(package)
    err = info.value
    assert err.file.endswith("story.csv") and err.column == "event_ids" and err.row == 2
    hint = err.issues[1]
    assert hint.row is None and "delete this file to open the package without a tour" in hint.message
    assert sum("without a tour" in i.message for i in err.issues) == 1
    assert "without a tour" in err.details().splitlines()[1]
    (package / "story.csv").unlink()
    assert len(load_dataset(package).events) == 5


def test_chapters_must_run_without_gaps(package):
    frame = read_raw(package / "story.csv")
    last = len(frame) - 1
    frame.loc[last, "chapter"] = str(len(frame) + 3)
    write_raw(frame, package / "story.csv")
    with pytest.raises(DataError) as info:
        load_dataset(package)
    err = info.value
    assert (err.row, err.column) == (last + 2, "chapter") and "without gaps" in str(err)
    assert f"comes after chapter {last}" in str(err)


def test_a_chapters_day_must_lie_in_its_period(package):
    frame = read_raw(package / "story.csv")
    row = frame.index[frame["day"] != ""][0]
    frame.loc[row, "day"] = "1938-09-01"
    write_raw(frame, package / "story.csv")
    with pytest.raises(DataError) as info:
        load_dataset(package)
    assert (info.value.row, info.value.column) == (row + 2, "day") and "outside the chapter's period" in str(info.value)


def test_a_tour_may_start_anywhere_in_the_file_but_at_chapter_one(package):
    frame = read_raw(package / "story.csv").iloc[::-1]
    write_raw(frame, package / "story.csv")
    ds = load_dataset(package)
    assert [c.number for c in chapters(ds)] == list(range(1, len(frame) + 1))
    frame = frame.assign(chapter=[str(int(n) + 1) for n in frame["chapter"]])
    write_raw(frame, package / "story.csv")
    with pytest.raises(DataError) as info:
        load_dataset(package)
    assert "the first chapter is 2" in str(info.value)


OPTIONAL = ["date_end", "day", "view", "event_ids", "figure_ids", "place_ids", "conflict", "source_locator",
            "manual_check"]


def test_a_story_without_its_optional_columns_loads_and_reads(package):
    frame = read_raw(package / "story.csv").drop(columns=OPTIONAL)
    write_raw(frame, package / "story.csv")
    ds = load_dataset(package)
    tour = chapters(ds)
    assert len(tour) == len(frame)
    first = tour[0]
    assert first.day is None and first.date_end is None and first.view == "incidents"
    assert first.event_ids == first.figure_ids == first.place_ids == () and first.source_locator == ""
    assert first.title("fi") == frame.loc[0, "title_fi"]


def test_chapters_read_a_frame_that_lacks_optional_columns(dataset):
    """A frame built by hand (a test, a future editor) may lack columns the loader would add."""
    frame = dataset.story[["id", "chapter", "title_en", "text_en", "date_start", "source_id"]].iloc[[2, 0]]
    ds = replace(dataset, story=frame, _cache={})
    tour = chapters(ds)
    assert [c.number for c in tour] == [1, 3]
    assert tour[0].title("fi") == tour[0].title("en") and tour[0].view == "incidents" and tour[0].day is None
