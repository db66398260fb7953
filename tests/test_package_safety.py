"""Issue 13: a bad package is refused with a DataError naming file, row and column; never a
traceback, a hang, a file read outside the package or a silent substitution."""
from __future__ import annotations

import json
import os
import signal
import time

import pytest

from app.model import DataError, load_dataset
from app.model.errors import DataIssue, UnexpectedLoadError, shown
from app.model.schema import TABLES
from tests.conftest import read_raw, write_raw


class Hang(Exception):
    pass


POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                           reason="FIFOs and devices are POSIX")


def symlink(link, target):
    try:
        link.symlink_to(target)
    except OSError:  # Windows without the privilege
        pytest.skip("cannot make symbolic links here")


@pytest.fixture(autouse=True)
def no_hang():
    """Every test here fails after 20 s instead of blocking the suite."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def alarm(signum, frame):
        raise Hang("the load did not finish in 20 s")
    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def refused(path) -> DataError:
    with pytest.raises(DataError) as info:
        load_dataset(path)
    assert not isinstance(info.value, UnexpectedLoadError), info.value.details()
    return info.value


def set_cell(package, table, row, column, value):
    frame = read_raw(package / f"{table}.csv")
    frame.loc[row, column] = value
    write_raw(frame, package / f"{table}.csv")


def write_descriptor(package, value):
    (package / "datapackage.json").write_text(json.dumps(value), encoding="utf-8")


# ------------------------------------------------------------------------ cells and text


def test_a_cell_of_300_kib_is_just_text(package):
    set_cell(package, "events", 3, "text_en", "long " * 60_000)
    assert load_dataset(package).events.loc[3, "text_en"] == ("long " * 60_000)


def test_bare_cr_in_an_unquoted_field(package):
    path = package / "events.csv"
    lines = path.read_bytes().split(b"\n")
    lines[4] = lines[4].replace(b",", b",\r", 1)  # CR at the start of the second field
    path.write_bytes(b"\n".join(lines))
    header = lines[0].decode("utf-8").split(",")
    err = refused(package)
    assert (err.row, err.column) == (5, header[1])
    assert "carriage return" in str(err) and "\r" not in str(err)


def test_crlf_line_endings_load(package):
    path = package / "events.csv"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert len(load_dataset(package).events) == len(read_raw(path))


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_are_refused_and_echoed_escaped(package, char):
    set_cell(package, "events", 2, "title_en", f"Zaozer{char}naya")
    err = refused(package)
    assert (err.row, err.column) == (4, "title_en")
    assert char not in err.details() and shown(char) in str(err)


def test_rows_count_records_across_quoted_line_breaks(package):
    set_cell(package, "events", 1, "text_en", "two\nlines")
    set_cell(package, "events", 5, "title_fi", "bell\x07")
    err = refused(package)
    assert (err.row, err.column) == (7, "title_fi")


def test_header_with_no_rows(package):
    path = package / "events.csv"
    path.write_bytes(path.read_bytes().split(b"\n", 1)[0] + b"\n")
    err = refused(package)
    assert err.row == 2 and "header but no rows" in str(err) and err.file.endswith("events.csv")


def test_blank_line_inside_the_table(package):
    path = package / "places.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(3, "")
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    err = refused(package)
    assert err.row == 4 and "empty line" in str(err)


def test_first_row_with_an_extra_field(package):
    path = package / "sources.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines = [lines[0]] + [line + ",extra" for line in lines[1:] if line]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = refused(package)
    assert err.row == 2 and "fields but the header has" in str(err)


def test_control_character_in_a_column_name_is_escaped(package):
    path = package / "units.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text("evil\x1b[31m," + text.replace("\n", ",\n", 1), encoding="utf-8")
    err = refused(package)
    assert "\x1b" not in err.details()


def test_values_in_messages_are_cut_short(package):
    set_cell(package, "events", 0, "date_start", "x" * 10_000)
    err = refused(package)
    assert len(str(err)) < 300


@pytest.mark.parametrize("table,column,value", [
    ("events", "ussr_killed", "99999999999999999999"),  # was a TypeError (float64 to int64)
    ("events", "ussr_killed", "9" * 400),  # was an OverflowError
    ("events", "ussr_killed", "١٢"),  # Arabic-Indic digits are not 0-9
    ("figures", "value", "inf"),
    ("figures", "value", "1e999"),
    ("events", "date_start", "9999-12-31"),  # was OutOfBoundsDatetime
    ("moves", "date", "0000-01-01"),
])
def test_values_outside_what_the_types_hold(package, table, column, value):
    set_cell(package, table, 1, column, value)
    err = refused(package)
    assert (err.row, err.column) == (3, column) and err.file.endswith(f"{table}.csv")


def test_shown_escapes_and_truncates():
    assert shown("a\x00b\nc\u202e") == "a\\x00b\\nc\\u202e"
    assert shown("y" * 100, 10) == "y" * 9 + "…"
    issue = DataIssue("f\n.csv", 2, "c\x00", "bad \x1b")
    assert str(issue) == "f\\n.csv, row 2, column 'c\\x00': bad \\x1b"


# --------------------------------------------------------------------------- descriptor


@pytest.mark.parametrize("value,fragment", [
    ([], "must be a JSON object"),
    ("events.csv", "must be a JSON object"),
    (None, "must be a JSON object"),
    ({"resources": "events"}, "must be a list"),
    ({"resources": [["events"]]}, "must be an object"),
    ({"resources": [{"name": "events", "path": 5}]}, "must be text"),
    ({"resources": [{"name": ["events"], "path": "events.csv"}]}, "must be text"),
    ({"resources": [{"name": "events"}]}, "has no path"),
    ({"resources": [{"name": "events", "path": ["a.csv", "b.csv"]}]}, "must be text"),
    ({"resources": [{"name": "events", "path": "events.csv", "encoding": "latin-1"}]}, "UTF-8"),
    ({"resources": [{"name": "events", "path": "events.csv"}, {"name": "events", "path": "x.csv"}]}, "twice"),
    ({"name": {"deep": 1}}, "must be text"),
    ({"licenses": "CC-BY-4.0"}, "must be a list"),
    ({"resources": [{"name": "events", "path": "events.csv", "schema": 5}]}, "must be an object or text"),
])
def test_descriptor_of_the_wrong_shape(package, value, fragment):
    write_descriptor(package, value)
    err = refused(package)
    assert err.file.endswith("datapackage.json") and fragment in str(err)


@pytest.mark.parametrize("depth", [40, 100_000])
def test_deeply_nested_descriptor(package, depth):
    (package / "datapackage.json").write_text("[" * depth + "]" * depth, encoding="utf-8")
    assert "nests deeper" in str(refused(package))


@pytest.mark.parametrize("text", ["{", "{\"resources\": [}", "\xff", "1" * 5000, "NaN x"])
def test_descriptor_that_is_not_json(package, text):
    (package / "datapackage.json").write_bytes(text.encode("latin-1"))
    assert refused(package).file.endswith("datapackage.json")


# --------------------------------------------------------------------------------- paths


@pytest.mark.parametrize("path,fragment", [
    ("/dev/zero", "relative"),
    ("/etc/passwd", "relative"),
    ("../../etc/passwd", "'..'"),
    ("sub/../../events.csv", "'..'"),
    ("https://example.org/events.csv", "remote"),
    ("C:\\data\\events.csv", "relative"),
    ("", "empty"),
])
def test_resource_paths_outside_the_package(package, path, fragment):
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"][TABLES.index("events")]["path"] = path
    write_descriptor(package, desc)
    started = time.monotonic()
    err = refused(package)
    assert time.monotonic() - started < 5
    assert fragment in str(err) and err.column == f"resources[{TABLES.index('events')}].path"
    assert "root:" not in err.details()


def test_symlink_out_of_the_package(package, tmp_path):
    outside = tmp_path / "outside.csv"
    outside.write_bytes((package / "events.csv").read_bytes())
    (package / "events.csv").unlink()
    symlink(package / "events.csv", outside)
    assert "outside the package folder" in str(refused(package))


@POSIX
def test_symlink_to_dev_zero(package):
    (package / "events.csv").unlink()
    symlink(package / "events.csv", "/dev/zero")
    refused(package)


def test_symlink_inside_the_package_is_followed(package):
    (package / "real").mkdir()
    (package / "events.csv").rename(package / "real" / "events.csv")
    symlink(package / "events.csv", package / "real" / "events.csv")
    assert len(load_dataset(package).events) > 0


def test_dangling_symlink_is_an_error_not_a_substitution(package):
    (package / "places.csv").unlink()
    symlink(package / "places.csv", package / "gone.csv")
    err = refused(package)
    assert err.file.endswith("places.csv") and "does not exist" in str(err)


def test_symlink_loop(package):
    (package / "places.csv").unlink()
    symlink(package / "places.csv", package / "places.csv")
    assert refused(package).file.endswith("places.csv")


@POSIX
def test_fifo_is_refused_without_opening(package):
    (package / "events.csv").unlink()
    os.mkfifo(package / "events.csv")
    assert "FIFO" in str(refused(package))
    assert "FIFO" in str(refused(package / "events.csv"))


def test_folder_in_place_of_a_table(package):
    (package / "moves.csv").unlink()
    (package / "moves.csv").mkdir()
    assert "folder" in str(refused(package))


@POSIX
def test_device_given_directly():
    assert "device" in str(refused("/dev/zero"))


def test_descriptor_names_a_missing_file(package):
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"][TABLES.index("units")]["path"] = "no-such.csv"
    write_descriptor(package, desc)
    err = refused(package)
    assert err.file.endswith("no-such.csv") and "not found" in str(err)


@POSIX
def test_descriptor_that_is_a_fifo(package):
    (package / "datapackage.json").unlink()
    os.mkfifo(package / "datapackage.json")
    assert refused(package).file.endswith("datapackage.json")


def test_every_problem_with_paths_is_listed(package):
    for name in ("places", "units"):
        (package / f"{name}.csv").unlink()
        (package / f"{name}.csv").mkdir()
    assert len(refused(package).issues) == 2


# ------------------------------------------------------------------------- substitution


def test_a_named_table_that_is_missing_is_an_error(package):
    (package / "places.csv").unlink()
    err = refused(package)
    assert err.file.endswith("places.csv") and "remove the resource 'places'" in str(err)


def test_missing_tables_are_taken_from_the_bundle_and_said_so(package, dataset):
    (package / "datapackage.json").unlink()  # without a descriptor each table is <name>.csv
    (package / "places.csv").unlink()
    (package / "moves.csv").unlink()
    ds = load_dataset(package)
    assert ds.substituted == ("places", "moves")
    assert ds.notes == ("places: not in this package; the bundled table is used",
                        "moves: not in this package; the bundled table is used")
    assert len(ds.places) == len(dataset.places)


def test_a_table_the_descriptor_leaves_out_is_taken_from_the_bundle(package):
    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"] = [r for r in desc["resources"] if r["name"] != "units"]
    write_descriptor(package, desc)
    (package / "units.csv").unlink()
    assert load_dataset(package).substituted == ("units",)


def test_complete_package_and_bundle_have_no_notes(package, dataset):
    assert dataset.notes == () and dataset.substituted == ()
    ds = load_dataset(package)
    assert ds.notes == () and ds.substituted == ()


def test_single_events_file_says_the_rest_is_bundled(package):
    """Every table but the tour: the bundled tour's chapters point at the bundled events."""
    ds = load_dataset(package / "events.csv")
    assert ds.substituted == tuple(t for t in TABLES if t not in ("events", "story"))
    assert len(ds.notes) == 2 and "bundled" in ds.notes[0]
    assert ds.notes[1] == "story: not in this package; no guided tour" and len(ds.story) == 0


# -------------------------------------------------------------------- last line of defence


def test_unforeseen_failure_becomes_a_marked_data_error(package, monkeypatch):
    import app.model.loader as loader

    def broken(*args, **kwargs):
        raise KeyError("surprise")
    monkeypatch.setattr(loader, "validate_frame", broken)
    with pytest.raises(UnexpectedLoadError) as info:
        load_dataset(package)
    assert isinstance(info.value, DataError)
    assert info.value.file.endswith("sources.csv") and "KeyError" in str(info.value)
    assert isinstance(info.value.__cause__, KeyError)
