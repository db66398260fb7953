"""Read and validate a data package into a :class:`Dataset`.

The work is split in three: :mod:`app.model.package_files` decides which files make up the
package and refuses unsafe ones before opening anything, :mod:`app.model.csv_reading` turns
one file's bytes into a frame of strings, :mod:`app.model.validation` checks and types it.
Every problem is a :class:`DataError` naming file, row and column.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from app.model.csv_reading import check_characters, check_header, decode, parse_csv, read_header
from app.model.dataset import Dataset
from app.model.errors import DataError, DataIssue, UnexpectedLoadError, shown
from app.model.package_files import MAX_FILE_BYTES, plan_package, read_bytes
from app.model.schema import TABLES, TableSchema, bundled_schemas
from app.model.translated import complete_languages
from app.model.validation import (
    HEADER_ROW,
    MAX_ISSUES,
    Issues,
    Progress,
    _no_progress,
    check_references,
    validate_frame,
)
from app.paths import data_dir

__all__ = ["MAX_FILE_BYTES", "MAX_ISSUES", "LoadCancelled", "Progress", "check_references", "check_story",
           "load_dataset", "read_table", "validate_frame"]


class LoadCancelled(Exception):
    """The user cancelled a load; whatever was shown stays."""


def read_table(path: Path, schema: TableSchema, file_label: str | None = None,
               progress: Progress = _no_progress) -> pd.DataFrame:
    """Read one CSV file and return it validated and typed (without cross-table checks).

    ``progress`` gets this file's own fraction done (0..1) between stages.
    """
    file = file_label or path.name
    progress(0.0, f"reading {file}")
    raw = read_bytes(path, file)
    text = decode(raw, file)
    check_characters(raw, file)
    del raw
    header = read_header(text, file)
    check_header(header, schema, file)
    progress(0.1, f"parsing {file}")
    frame = parse_csv(text, header, file)
    del text
    progress(0.6, f"validating {file}")
    return validate_frame(frame, schema, file, lambda f, m: progress(0.6 + 0.4 * f, m))


class _Reading:
    """What load_dataset is reading, for the message if something unforeseen fails."""

    file = "the data package"


def load_dataset(path: str | Path | None = None, progress: Progress | None = None) -> Dataset:
    """Load and validate a data package; ``None`` loads the bundled ``data/``.

    ``path`` may be a package folder (all nine tables, or only some of them: tables the
    folder lacks are taken from the bundled package, and the dataset's ``notes`` and
    ``substituted`` say so; a folder without ``story.csv`` has an empty tour and a note,
    never the bundled tour) or a single ``events`` CSV file, which replaces the bundled
    events (and has no tour). A file the package names or holds but that cannot be read is
    an error, never replaced. Raises :class:`DataError` naming file, row and column, and nothing else but
    :class:`LoadCancelled` (``progress`` raised it to stop the load) and
    :class:`KeyboardInterrupt`-like exits.
    """
    reading = _Reading()
    try:
        return _load(path, progress or _no_progress, reading)
    except (DataError, LoadCancelled):
        raise
    except MemoryError:
        raise DataError([DataIssue(reading.file, None, None,
                                   "there is not enough memory to load this file")]) from None
    except Exception as err:  # the last line of defence; each cause gets a real fix
        raise UnexpectedLoadError([DataIssue(
            reading.file, None, None,
            f"the file could not be read ({type(err).__name__}: {shown(err, 120)}); "
            "this is a fault in the program, please report it",
        )]) from err


def _load(path: str | Path | None, progress: Progress, reading: _Reading) -> Dataset:
    schemas = bundled_schemas()
    bundled = data_dir()
    reading.file = str(path) if path is not None else str(bundled)
    plan = plan_package(path, bundled)
    # Progress is weighted by file size: the big file dominates a researcher's load.
    sizes = {name: max(source.size, 1) for name, source in plan.sources.items()}
    total = sum(sizes.values())
    done = 0
    tables, files = {}, {}
    for name in TABLES:
        source = plan.sources.get(name)
        if source is None:  # an optional table the package lacks
            tables[name], files[name] = empty_table(schemas[name]), schemas[name].path
            continue
        reading.file = files[name] = source.label
        share = sizes[name] / total * 0.95
        tables[name] = read_table(source.path, schemas[name], source.label,
                                  lambda f, m, base=done / total * 0.95, w=share: progress(base + w * f, m))
        done += sizes[name]
    reading.file = str(path) if path is not None else str(bundled)
    progress(0.95, "checking references between tables")
    try:
        check_references(tables, schemas, files)
    except DataError as err:
        raise _with_tour_hint(err, files["story"]) from None
    check_story(tables["story"], files["story"])
    tables = {name: complete_languages(frame) for name, frame in tables.items()}  # never a blank text
    progress(1.0, "done")
    own = Path(path) if path is not None else None
    label = "bundled data" if own is None else shown(own.name, 80)
    return Dataset(path=str(own or bundled), label=label, notes=plan.notes,
                   substituted=plan.substituted, **tables)


def _with_tour_hint(err: DataError, file: str) -> DataError:
    """``err`` with a hint after the tour's first broken reference: a researcher who copies the
    bundled package and changes its events keeps a tour that points at the bundled ones."""
    at = next((i for i, issue in enumerate(err.issues) if issue.file == file), None)
    if at is None:
        return err
    hint = DataIssue(file, None, None, "the tour's chapters point at rows this package does not have: correct "
                                       "their ids, or delete this file to open the package without a tour")
    return DataError(err.issues[: at + 1] + [hint] + err.issues[at + 1:])


def empty_table(schema: TableSchema) -> pd.DataFrame:
    """A table with the schema's columns, typed, and no rows."""
    frame = pd.DataFrame({name: pd.Series([], dtype="string") for name in schema.columns})
    return validate_frame(frame, schema, schema.path)


def check_story(story: pd.DataFrame, file: str) -> None:
    """The tour's rules across rows and columns: chapters numbered 1, 2, 3 … without gaps
    (the schema has made them unique whole numbers ≥ 1), and a chapter's day within its period."""
    issues = Issues()
    for expected, (pos, number) in enumerate(story["chapter"].sort_values(kind="stable").items(), start=1):
        if number != expected:
            what = f"chapter {number} comes after chapter {expected - 1}" if expected > 1 else \
                f"the first chapter is {number}"
            issues.add(file, int(pos) + HEADER_ROW + 1, "chapter",
                       f"{what}; chapters are numbered 1, 2, 3 … without gaps")
            break
    start, end = story["date_start"], story["date_end"].fillna(story["date_start"])
    outside = ((story["day"] < start) | (story["day"] > end)).fillna(False).to_numpy(dtype=bool)
    for pos in outside.nonzero()[0]:
        issues.add(file, int(pos) + HEADER_ROW + 1, "day",
                   f"{_iso(story['day'].iat[pos])} is outside the chapter's period "
                   f"{_iso(start.iat[pos])} – {_iso(end.iat[pos])}")
    issues.raise_if_any()


def _iso(value) -> str:
    return value.strftime("%Y-%m-%d")
