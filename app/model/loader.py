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
from app.model.validation import MAX_ISSUES, Progress, _no_progress, check_references, validate_frame
from app.paths import data_dir

__all__ = ["MAX_FILE_BYTES", "MAX_ISSUES", "LoadCancelled", "Progress", "check_references",
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

    ``path`` may be a package folder (all eight tables, or only some of them: tables the
    folder lacks are taken from the bundled package, and the dataset's ``notes`` and
    ``substituted`` say so) or a single ``events`` CSV file, which replaces the bundled
    events. A file the package names or holds but that cannot be read is an error, never
    replaced. Raises :class:`DataError` naming file, row and column, and nothing else but
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
        source = plan.sources[name]
        reading.file = files[name] = source.label
        share = sizes[name] / total * 0.95
        tables[name] = read_table(source.path, schemas[name], source.label,
                                  lambda f, m, base=done / total * 0.95, w=share: progress(base + w * f, m))
        done += sizes[name]
    reading.file = str(path) if path is not None else str(bundled)
    progress(0.95, "checking references between tables")
    check_references(tables, schemas, files)
    progress(1.0, "done")
    own = Path(path) if path is not None else None
    label = "bundled data" if own is None else shown(own.name, 80)
    return Dataset(path=str(own or bundled), label=label, notes=plan.notes,
                   substituted=plan.substituted, **tables)
