"""The guided tour as data (issue 16, point 2): a package's ``story.csv`` is optional, validated like
every other table and never replaced by the bundled tour; the seed checks hold a chapter's numbers to
the lines it cites."""
from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest

from app.model import DataError, load_dataset
from app.model.story import chapter, chapters
from app.paths import data_dir
from tests import seed_check as sc
from tests.conftest import read_raw, write_raw

NO_TOUR = "story: not in this package; no guided tour"


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
