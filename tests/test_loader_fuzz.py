"""Issue 13 item 6: whole packages mutated at random load into a Dataset or are refused with
a DataError, and nothing else: no other exception, no hang, no silent substitution, no raw
control character in a message, and no UnexpectedLoadError (the loader's safety net
catching something it did not foresee counts as a failure here).

Four strategies (bytes, CSV structure, descriptor JSON, file types) run 1,050 examples in
all over a small copy of the bundled package; ``KHASAN_FUZZ_SCALE=10`` runs ten times more.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.model import DataError, Dataset, load_dataset
from app.model.errors import UnexpectedLoadError
from app.model.schema import TABLES
from app.paths import data_dir

pytestmark = [pytest.mark.slow,  # 1,050 examples: `make test-slow` (CI runs it after `make test`)
              pytest.mark.skipif(not hasattr(signal, "SIGALRM") or not hasattr(os, "mkfifo"),
                                 reason="needs SIGALRM and FIFOs (POSIX)")]

SCALE = float(os.environ.get("KHASAN_FUZZ_SCALE", "1"))
settings.register_profile("loader-fuzz", deadline=None, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                 HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings.get_profile("loader-fuzz")
EXAMPLES = {"bytes": 350, "structure": 300, "descriptor": 200, "file_types": 200}  # 1,050
TIMEOUT_S = 10
#: Rows kept of the tables nothing refers to: small files, every code path.
TRIM = {"events": 12, "figures": 12, "control": 12, "moves": 12}
DESCRIPTOR = "datapackage.json"
CSV_FILES = tuple(f"{t}.csv" for t in TABLES)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def examples(kind: str) -> settings:
    return settings(FUZZ, max_examples=max(1, int(EXAMPLES[kind] * SCALE)))


class Hang(Exception):
    """A load that did not end in time."""


def _alarm(signum, frame):
    raise Hang(f"the load did not finish in {TIMEOUT_S} s")


# ------------------------------------------------------------------------------ package


def _template() -> dict[str, bytes]:
    files = {DESCRIPTOR: (data_dir() / DESCRIPTOR).read_bytes()}
    kept = {}
    for table in TABLES:
        raw = (data_dir() / f"{table}.csv").read_bytes()
        if table in TRIM:
            frame = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False).head(TRIM[table])
            kept[table] = set(frame["id"])
            raw = frame.to_csv(index=False).encode("utf-8")
        files[f"{table}.csv"] = raw
    # The tour's chapters keep the events and figures the trimmed tables keep.
    story = pd.read_csv(io.BytesIO(files["story.csv"]), dtype=str, keep_default_na=False)
    for column, table in (("event_ids", "events"), ("figure_ids", "figures")):
        story[column] = story[column].map(lambda ids, t=table: ";".join(i for i in ids.split(";") if i in kept[t]))
    files["story.csv"] = story.to_csv(index=False).encode("utf-8")
    return files


TEMPLATE = _template()


@pytest.fixture(scope="module")
def workdir():
    """A folder for every example's package, and a file outside any of them."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory(prefix="loader-fuzz-") as tmp:
        root = Path(tmp)
        (root / "outside.csv").write_bytes(TEMPLATE["events.csv"])
        assert isinstance(load_dataset(_write(root, dict(TEMPLATE))), Dataset)  # the template is valid
        yield root
    signal.signal(signal.SIGALRM, previous)


def _write(root: Path, files: dict) -> Path:
    """Make a package folder: bytes are files, tuples are special kinds of entry."""
    folder = Path(tempfile.mkdtemp(dir=root))
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif content[0] == "fifo":
            os.mkfifo(path)
        elif content[0] == "dir":
            path.mkdir()
        elif content[0] == "symlink":
            path.symlink_to(content[1])
    return folder


def _gist(message: str) -> str:
    """A message without its particulars, for hypothesis' statistics of outcomes."""
    return re.sub(r"'[^']*'|\d+|\(.*", "…", message)[:50]


def load_and_check(root: Path, files: dict, substitutable: frozenset = frozenset()) -> object:
    """Load the package made of ``files``; only a Dataset or a plain DataError may come out."""
    folder = _write(root, files)
    signal.alarm(TIMEOUT_S)
    try:
        outcome = load_dataset(folder)
    except UnexpectedLoadError as err:
        if isinstance(err.__cause__, Hang):
            raise err.__cause__ from None
        raise AssertionError(f"the loader's safety net caught a fault: {err.details()}") from err.__cause__
    except DataError as err:
        outcome = err
    finally:
        signal.alarm(0)
        shutil.rmtree(folder, ignore_errors=True)
    event("loaded" if isinstance(outcome, Dataset) else f"refused: {_gist(outcome.first.message)}")
    if isinstance(outcome, Dataset):
        assert set(outcome.substituted) <= substitutable, (outcome.substituted, substitutable)
        assert "story" not in outcome.substituted  # a package's tour is its own or none
        untoured = outcome.notes.count("story: not in this package; no guided tour")
        assert untoured == (1 if len(outcome.story) == 0 else 0), outcome.notes
        assert len(outcome.notes) == len(outcome.substituted) + untoured
    else:
        for issue in outcome.issues:
            text = str(issue)
            assert not CONTROL.search(text), repr(text)
            assert len(text) < 1200, text[:200]
    return outcome


# ------------------------------------------------------------------------ bytes mutations


_INTERESTING = [b"\x00", b"\r", b"\n", b"\r\n", b'"', b",", b"\xff", b"\xc2\x85", b"\xef\xbb\xbf",
                b"\x1b[31m", b"\xe2\x80\xae", b"\\", b"\t", b" ", b",,,,", b'""', b"\xed\xa0\x80",
                b"\xf0\x9f\x92", b"{", b"[", b"]", b"}", b"0", b"-", b"1938-08-06"]
#: (bytes, times): kept apart so a failing example prints short.
chunks = st.one_of(st.tuples(st.sampled_from(_INTERESTING), st.just(1)),
                   st.tuples(st.binary(min_size=1, max_size=12), st.just(1)),
                   st.tuples(st.sampled_from([b"x", b"\n", b'"', b",", b"[", b"\r", b"\x00"]),
                             st.sampled_from([1000, 140_000, 300_000])))
positions = st.integers(min_value=0, max_value=2**20)
byte_ops = st.one_of(
    st.tuples(st.just("flip"), positions, st.integers(1, 255)),
    st.tuples(st.just("insert"), positions, chunks),
    st.tuples(st.just("delete"), positions, st.integers(1, 80)),
    st.tuples(st.just("truncate"), positions),
    st.tuples(st.just("duplicate"), positions, st.integers(1, 400)),
)


def apply_byte_op(data: bytes, op) -> bytes:
    kind, where = op[0], op[1] % (len(data) + 1)
    if kind == "flip":
        return data[:where] + bytes([data[where] ^ op[2]]) + data[where + 1:] if where < len(data) else data
    if kind == "insert":
        return data[:where] + op[2][0] * op[2][1] + data[where:]
    if kind == "delete":
        return data[:where] + data[where + op[2]:]
    if kind == "truncate":
        return data[:where]
    return data[:where] + data[where: where + op[2]] * 2 + data[where + op[2]:]


@examples("bytes")
@given(name=st.sampled_from((DESCRIPTOR,) + CSV_FILES * 2), ops=st.lists(byte_ops, min_size=1, max_size=4))
def test_byte_mutations(workdir, name, ops):
    files = dict(TEMPLATE)
    for op in ops:
        files[name] = apply_byte_op(files[name], op)
    load_and_check(workdir, files)


# ------------------------------------------------------------------ CSV structure mutations


_CELLS = st.one_of(
    st.sampled_from(["", " ", "0", "-1", "1.5", "1e309", "NaN", "9" * 400, "1938-02-30", "1938-08-06",
                     "true", "FALSE", "khasan-1938", "day", "seed", "a;b", ";", "\"", "\"\"", "=1+1",
                     "99999999999999999999", "-9223372036854775809", "inf", "0000-01-01", "9999-12-31",
                     "١٢", "1_000", "0x10"]),
    st.text(max_size=20),
    st.text(st.characters(codec="utf-8"), max_size=8).map(lambda s: s + "\x00\r\n\x85"[len(s) % 5:]),
    st.tuples(st.sampled_from(["x", "\n", "\r", "\r\n", ",", "\x00"]), st.sampled_from([2, 500, 200_000])),
)
_ROW_OPS = st.one_of(
    st.tuples(st.just("drop_column"), positions),
    st.tuples(st.just("duplicate_column"), positions),
    st.tuples(st.just("rename_column"), positions, st.text(max_size=12)),
    st.tuples(st.just("drop_rows"), positions, st.integers(1, 40)),
    st.tuples(st.just("duplicate_row"), positions),
    st.tuples(st.just("set_cell"), positions, positions, _CELLS),
    st.tuples(st.just("extra_field"), positions, _CELLS),
    st.tuples(st.just("missing_field"), positions),
    st.tuples(st.just("blank_row"), positions),
    st.tuples(st.just("swap_columns"), positions, positions),
)


def _cell(value) -> str:
    return value[0] * value[1] if isinstance(value, tuple) else value


def apply_row_op(rows: list[list[str]], op) -> list[list[str]]:
    header, body = rows[0], rows[1:]
    kind = op[0]
    col, row = op[1] % max(len(header), 1), (op[1] % len(body) if body else 0)
    if kind in ("drop_column", "duplicate_column", "swap_columns"):
        other = op[2] % max(len(header), 1) if kind == "swap_columns" else col
        for r in rows:
            if col < len(r) and other < len(r):
                if kind == "drop_column":
                    del r[col]
                elif kind == "duplicate_column":
                    r.insert(col, r[col])
                else:
                    r[col], r[other] = r[other], r[col]
    elif kind == "rename_column" and header:
        header[col] = op[2]
    elif kind == "drop_rows":
        del body[row: row + op[2]]
    elif kind == "duplicate_row" and body:
        body.insert(row, list(body[row]))
    elif kind == "set_cell" and body and body[row]:
        body[row][op[2] % len(body[row])] = _cell(op[3])
    elif kind == "extra_field" and body:
        body[row].append(_cell(op[2]))
    elif kind == "missing_field" and body:
        body[row] = body[row][:-1]
    elif kind == "blank_row":
        body.insert(row, [])
    return [header] + body


def write_rows(rows, quoting: bool, newline: str) -> bytes:
    if quoting:
        out = io.StringIO()
        csv.writer(out, lineterminator=newline).writerows(rows)
        return out.getvalue().encode("utf-8")
    return "".join(",".join(r) + newline for r in rows).encode("utf-8")


@examples("structure")
@given(table=st.sampled_from(TABLES), ops=st.lists(_ROW_OPS, min_size=1, max_size=5),
       quoting=st.booleans(), newline=st.sampled_from(["\n", "\n", "\r\n", "\r"]))
def test_csv_structure_mutations(workdir, table, ops, quoting, newline):
    rows = list(csv.reader(io.StringIO(TEMPLATE[f"{table}.csv"].decode("utf-8"))))
    for op in ops:
        rows = apply_row_op(rows, op)
    files = dict(TEMPLATE)
    files[f"{table}.csv"] = write_rows(rows, quoting, newline)
    load_and_check(workdir, files)


# ---------------------------------------------------------------------- descriptor mutations


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=16,
)
_HOSTILE_PATHS = ["/dev/zero", "/dev/null", "/etc/passwd", "../outside.csv", "../../etc/passwd", "sub/../../x.csv",
                  "", ".", "/", "fifo.csv", "dir.csv", "dangling.csv", "loop.csv", "out-link.csv",
                  "https://example.org/e.csv", "file:///etc/passwd", "C:\\x.csv", "\\\\server\\share\\x.csv",
                  "events.csv\x00.txt", "events.csv/", "./events.csv", "EVENTS.CSV", "é.csv", "places.csv"]
_SPECIALS = {"fifo.csv": ("fifo",), "dir.csv": ("dir",), "dangling.csv": ("symlink", "nowhere.csv"),
             "loop.csv": ("symlink", "loop.csv"), "out-link.csv": ("symlink", "../outside.csv")}
_KEYS = ["name", "path", "encoding", "schema", "format", "profile", "title", "data"]
_descriptor_ops = st.one_of(
    st.tuples(st.just("replace"), json_values),
    st.tuples(st.just("top"), st.sampled_from(["resources", "name", "profile", "licenses"]), json_values),
    st.tuples(st.just("field"), positions, st.sampled_from(_KEYS), json_values),
    st.tuples(st.just("path"), positions, st.sampled_from(_HOSTILE_PATHS)),
    st.tuples(st.just("drop_resource"), positions),
    st.tuples(st.just("duplicate_resource"), positions),
    st.tuples(st.just("nest"), st.sampled_from(["[", "{\"a\":"]), st.sampled_from([31, 33, 1000, 200_000])),
)


def apply_descriptor_op(desc, op):
    """The descriptor after ``op``: a JSON value, or raw text for deep nesting."""
    kind = op[0]
    if kind == "replace":
        return op[1]
    if kind == "nest":
        closer = "]" if op[1] == "[" else "}"
        return ("{\"resources\": " + op[1] * op[2] + "1" + closer * op[2] + "}")
    if not isinstance(desc, dict):
        return desc
    if kind == "top":
        desc[op[1]] = op[2]
        return desc
    resources = desc.get("resources")
    if not isinstance(resources, list) or not resources:
        return desc
    i = op[1] % len(resources)
    if kind == "drop_resource":
        del resources[i]
    elif kind == "duplicate_resource":
        resources.insert(i, resources[i])
    elif isinstance(resources[i], dict):
        resources[i][op[2] if kind == "field" else "path"] = op[3] if kind == "field" else op[2]
    return desc


@examples("descriptor")
@given(ops=st.lists(_descriptor_ops, min_size=1, max_size=3), ascii_only=st.booleans())
def test_descriptor_mutations(workdir, ops, ascii_only):
    desc = json.loads(TEMPLATE[DESCRIPTOR])
    for op in ops:
        desc = apply_descriptor_op(desc, op)
    files = dict(TEMPLATE)
    files.update(_SPECIALS)
    text = desc if isinstance(desc, str) else json.dumps(desc, ensure_ascii=ascii_only)
    files[DESCRIPTOR] = text.encode("utf-8", "surrogatepass")
    load_and_check(workdir, files)


# ------------------------------------------------------------------------ file-type mutations


_KINDS = ["missing", "fifo", "dir", "symlink_inside", "symlink_outside", "dangling", "loop", "dev_null",
          "dev_zero", "empty", "latin1", "bom_crlf", "header_only"]


def _replace_file(files: dict, table: str, kind: str) -> None:
    name = f"{table}.csv"
    data = TEMPLATE[name]
    special = {"fifo": ("fifo",), "dir": ("dir",), "symlink_outside": ("symlink", "../outside.csv"),
               "dangling": ("symlink", "nowhere.csv"), "loop": ("symlink", name),
               "dev_null": ("symlink", "/dev/null"), "dev_zero": ("symlink", "/dev/zero")}
    if kind == "missing":
        del files[name]
    elif kind in special:
        files[name] = special[kind]
    elif kind == "symlink_inside":
        files[f"real-{name}"] = data
        files[name] = ("symlink", f"real-{name}")
    elif kind == "empty":
        files[name] = b""
    elif kind == "latin1":
        files[name] = data.decode("utf-8").encode("latin-1", "replace")
    elif kind == "bom_crlf":
        files[name] = b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
    else:
        files[name] = data.split(b"\n", 1)[0] + b"\n"


@examples("file_types")
@given(changes=st.dictionaries(st.sampled_from(TABLES), st.sampled_from(_KINDS), min_size=1, max_size=3),
       descriptor=st.sampled_from(["keep", "drop", "fifo", "dir", "dangling"]))
def test_file_type_mutations(workdir, changes, descriptor):
    files = dict(TEMPLATE)
    for table, kind in changes.items():
        _replace_file(files, table, kind)
    if descriptor == "drop":
        del files[DESCRIPTOR]
    elif descriptor != "keep":
        files[DESCRIPTOR] = {"fifo": ("fifo",), "dir": ("dir",), "dangling": ("symlink", "gone.json")}[descriptor]
    # Only tables a package simply lacks may come from the bundle: not when its descriptor
    # names them, never when their file is there but unreadable.
    # The tour is never taken from the bundle: a package without one has none.
    missing = {t for t, kind in changes.items() if kind == "missing" and t != "story"}
    lacking = missing if descriptor == "drop" else set()
    outcome = load_and_check(workdir, files, frozenset(lacking))
    unreadable = {"fifo", "dir", "symlink_outside", "dangling", "loop", "dev_null", "dev_zero", "empty",
                  "latin1", "header_only"}
    if set(changes.values()) & unreadable or descriptor in ("fifo", "dir", "dangling"):
        assert isinstance(outcome, DataError), changes
    if isinstance(outcome, Dataset):
        assert set(outcome.substituted) == lacking
