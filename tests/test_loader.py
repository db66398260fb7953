"""Loader round trip and every validation rule, each naming file, row and column."""
from __future__ import annotations

import pandas as pd
import pytest

from app.model import DataError, load_dataset
from app.model.schema import TABLES, bundled_schemas
from tests.conftest import read_raw, write_raw


def test_bundled_data_loads_with_real_dtypes(dataset):
    ev = dataset.events
    assert len(ev) > 0
    assert str(ev["date_start"].dtype) == "datetime64[ns]"
    assert isinstance(ev["conflict"].dtype, pd.CategoricalDtype)
    assert str(ev["ussr_killed"].dtype) == "Int64"
    assert str(dataset.figures["value"].dtype) == "Float64"


def test_round_trip_through_csv(dataset, package):
    """Writing the loaded tables back out and loading them again changes nothing (an empty
    optional table is written as no file: a file with a header and no rows is refused)."""
    for name in TABLES:
        frame = dataset.table(name).copy()
        if not len(frame):
            (package / f"{name}.csv").unlink(missing_ok=True)
            continue
        for col in frame.columns:
            if str(frame[col].dtype).startswith("datetime64"):
                frame[col] = frame[col].dt.strftime("%Y-%m-%d")
        frame.to_csv(package / f"{name}.csv", index=False)
    again = load_dataset(package)
    for name in TABLES:
        pd.testing.assert_frame_equal(again.table(name), dataset.table(name), check_dtype=True)


def corrupt(package, table, row_index, column, value):
    path = package / f"{table}.csv"
    frame = read_raw(path)
    frame.loc[row_index, column] = value
    write_raw(frame, path)
    return path


@pytest.mark.parametrize("column,value,fragment", [
    ("date_start", "1938-13-45", "not a date"),
    ("date_start", "6.8.1938", "not a date"),
    ("date_start", "", "required value is empty"),
    ("ussr_killed", "many", "not a whole number"),
    ("ussr_killed", "-3", "outside the allowed range"),
    ("conflict", "korea-1950", "is not one of"),
    ("time", "25:00", "expected form"),
    ("place_id", "atlantis", "not an id in places"),
    ("source_id", "nowhere", "not an id in sources"),
    ("unit_ids", "ussr-40-rd;no-such-unit", "'no-such-unit' is not an id in units"),
])
def test_bad_value_names_file_row_and_column(package, column, value, fragment):
    corrupt(package, "events", 2, column, value)
    with pytest.raises(DataError) as info:
        load_dataset(package)
    err = info.value
    assert err.file.endswith("events.csv")
    assert err.row == 4  # data index 2 -> spreadsheet row 4 (header is row 1)
    assert err.column == column
    assert fragment in str(err)


def test_duplicate_id_points_at_the_second_row(package):
    frame = read_raw(package / "events.csv")
    frame.loc[5, "id"] = frame.loc[1, "id"]
    write_raw(frame, package / "events.csv")
    with pytest.raises(DataError) as info:
        load_dataset(package)
    assert (info.value.row, info.value.column) == (7, "id")
    assert "first used in row 3" in str(info.value)


def test_end_before_start_is_rejected(package):
    corrupt(package, "events", 0, "date_end", "1700-01-01")
    with pytest.raises(DataError, match="ends before it starts") as info:
        load_dataset(package)
    assert (info.value.row, info.value.column) == (2, "date_end")


def test_missing_required_column(package):
    frame = read_raw(package / "events.csv").drop(columns=["title_fi"])
    write_raw(frame, package / "events.csv")
    with pytest.raises(DataError, match="required column is missing") as info:
        load_dataset(package)
    assert (info.value.row, info.value.column) == (1, "title_fi")


def test_unknown_column_suggests_the_right_name(package):
    frame = read_raw(package / "events.csv").rename(columns={"sector": "sectr"})
    write_raw(frame, package / "events.csv")
    with pytest.raises(DataError, match="did you mean 'sector'"):
        load_dataset(package)


def test_optional_column_may_be_absent(package):
    frame = read_raw(package / "events.csv").drop(columns=["sector"])
    write_raw(frame, package / "events.csv")
    ds = load_dataset(package)
    assert ds.events["sector"].isna().all()


def test_non_utf8_file_names_row_and_column(package):
    path = package / "events.csv"
    lines = path.read_bytes().split(b"\n")
    header = lines[0].split(b",")
    title_col = header.index(b"title_en")
    cells = lines[3].split(b",")
    cells[title_col] = b"Zaoz\xe9rnaya"  # Latin-1 byte, not UTF-8
    lines[3] = b",".join(cells)
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(DataError, match="not UTF-8") as info:
        load_dataset(package)
    assert info.value.row == 4


def test_broken_csv_row_with_extra_fields(package):
    path = package / "sources.csv"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + "x," * 40 + "\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="broken CSV"):
        load_dataset(package)


def test_row_with_too_few_fields(package):
    path = package / "sources.csv"
    text = path.read_text(encoding="utf-8")
    columns = len(text.splitlines()[0].split(","))
    path.write_text(text + "lonely,book\n", encoding="utf-8")
    with pytest.raises(DataError, match=f"has 2 fields but the header has {columns}") as info:
        load_dataset(package)
    assert info.value.row == len(read_raw(path)) + 1


def test_empty_file(package):
    (package / "events.csv").write_bytes(b"")
    with pytest.raises(DataError, match="empty") as info:
        load_dataset(package)
    assert info.value.file.endswith("events.csv")


def test_missing_folder_and_folder_without_tables(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        load_dataset(tmp_path / "nope")
    with pytest.raises(DataError, match="none of the tables"):
        load_dataset(tmp_path)


def test_single_events_csv_replaces_bundled_events(dataset, package):
    frame = read_raw(package / "events.csv").head(3)
    own = package.parent / "my_events.csv"
    write_raw(frame, own)
    ds = load_dataset(own)
    assert len(ds.events) == 3
    assert len(ds.figures) == len(dataset.figures)
    assert ds.label == "my_events.csv"


def test_errors_are_capped_and_listed(package):
    frame = read_raw(package / "events.csv")
    frame["date_start"] = "bad"
    write_raw(frame, package / "events.csv")
    with pytest.raises(DataError) as info:
        load_dataset(package)
    assert 1 < len(info.value.issues) <= 50
    assert "more problem" in str(info.value)


def test_every_schema_field_documented():
    for name, schema in bundled_schemas().items():
        for f in schema.fields:
            assert f.description, f"{name}.{f.name} has no description"
