"""Property tests: any corrupted cell is reported at its own row and column."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import DataError, load_dataset
from app.paths import data_dir
from tests.conftest import read_raw, write_raw

# (column, strategy of values that must be rejected)
BAD_VALUES = {
    "date_start": st.sampled_from(["", "1938/08/06", "06-08-1938", "1938-02-30", "yesterday", "1938-8-6"]),
    "ussr_killed": st.sampled_from(["1.5", "ten", "-1", "1,000", "1e3"]),
    "japan_wounded": st.text(alphabet="abcxyz!?", min_size=1, max_size=6),
    "conflict": st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
        lambda s: s.strip() and s not in {"border-1934-1938", "khasan-1938", "khalkhin-gol-1939"} and "\n" not in s and "\r" not in s),
    "date_precision": st.sampled_from(["daily", "DAY", "week", "century"]),
    "source_id": st.text(alphabet="qwxz", min_size=3, max_size=8),
    "id": st.sampled_from(["Bad Id", "UPPER", "with space", "-leading"]),
}


@pytest.fixture(scope="module")
def pristine():
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "pkg"
        shutil.copytree(data_dir(), target, ignore=shutil.ignore_patterns("parts", "README.md"))
        yield target, read_raw(target / "events.csv")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_bad_cell_is_reported_where_it_is(pristine, data):
    folder, events = pristine
    column = data.draw(st.sampled_from(sorted(BAD_VALUES)))
    value = data.draw(BAD_VALUES[column])
    row = data.draw(st.integers(min_value=0, max_value=len(events) - 1))
    frame = events.copy()
    frame.loc[row, column] = value
    write_raw(frame, folder / "events.csv")
    try:
        with pytest.raises(DataError) as info:
            load_dataset(folder)
        assert (info.value.row, info.value.column) == (row + 2, column)
        assert info.value.file.endswith("events.csv")
    finally:
        write_raw(events, folder / "events.csv")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_subset_of_valid_rows_loads(pristine, data):
    folder, events = pristine
    keep = data.draw(st.lists(st.integers(0, len(events) - 1), min_size=1, unique=True))
    subset = events.iloc[sorted(keep)].copy()
    # Rows link to other accounts of the same happening: a subset keeps only the links it can keep.
    kept_ids = set(subset["id"])
    subset["other_account_ids"] = subset["other_account_ids"].map(
        lambda ids: ";".join(i for i in ids.split(";") if i in kept_ids) if isinstance(ids, str) else ids)
    write_raw(subset, folder / "events.csv")
    # So do the tour's chapters.
    story = read_raw(folder / "story.csv")
    tour = story.assign(event_ids=story["event_ids"].map(
        lambda ids: ";".join(i for i in ids.split(";") if i in kept_ids)))
    write_raw(tour, folder / "story.csv")
    try:
        ds = load_dataset(folder)
        assert list(ds.events["id"]) == list(subset["id"])
        assert list(ds.story["id"]) == list(story["id"])
    finally:
        write_raw(events, folder / "events.csv")
        write_raw(story, folder / "story.csv")


CONTROL_CHARS = st.sampled_from(["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\r"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_control_character_is_reported_where_it_is(pristine, data):
    """Wherever it is, even after cells with quoted line breaks, and never echoed raw."""
    folder, events = pristine
    text_columns = ["title_en", "title_fi", "text_en", "text_fi", "sector"]
    column = data.draw(st.sampled_from(text_columns))
    row = data.draw(st.integers(min_value=0, max_value=len(events) - 1))
    char = data.draw(CONTROL_CHARS)
    frame = events.copy()
    for multi_line in data.draw(st.lists(st.integers(0, len(events) - 1), max_size=3)):
        frame.loc[multi_line, "text_fi"] = frame.loc[multi_line, "text_fi"] + "\nsecond line"
    cell = frame.loc[row, column]
    at = data.draw(st.integers(0, len(cell)))
    frame.loc[row, column] = cell[:at] + char + ("x" if char == "\r" else "") + cell[at:]
    write_raw(frame, folder / "events.csv")
    try:
        with pytest.raises(DataError) as info:
            load_dataset(folder)
        assert (info.value.row, info.value.column) == (row + 2, column)
        assert char not in info.value.details()
    finally:
        write_raw(events, folder / "events.csv")
