"""Read and validate a data package into a :class:`Dataset`.

Everything here is vectorised over whole columns so a million-row events file validates in
seconds, and every problem is reported with its file, spreadsheet row and column.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import re
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from app.model.dataset import Dataset
from app.model.errors import DataError, DataIssue
from app.model.schema import TABLES, Field, TableSchema, bundled_schemas
from app.paths import data_dir

#: Stop collecting after this many problems: a broken million-row file would otherwise
#: produce a million messages.
MAX_ISSUES = 50
#: Refuse files larger than this before reading them into memory.
MAX_FILE_BYTES = 2 * 1024**3

#: progress(fraction 0..1, message). A callback may raise LoadCancelled to stop the load.
Progress = Callable[[float, str], None]


class LoadCancelled(Exception):
    """The user cancelled a load; whatever was shown stays."""


def _no_progress(fraction: float, message: str) -> None:
    pass


_INT_RE = r"-?\d+"
_DATE_RE = r"\d{4}-\d{2}-\d{2}"
_HEADER_ROW = 1  # spreadsheet row of the header; data rows start at 2


class _Issues:
    """Collects issues and stops the load once the cap is reached."""

    def __init__(self):
        self.items: list[DataIssue] = []

    def add(self, file: str, row: int | None, column: str | None, message: str) -> None:
        if len(self.items) < MAX_ISSUES:
            self.items.append(DataIssue(file, row, column, message))

    def add_rows(self, file: str, rows, column: str, message_for) -> None:
        """Add one issue per offending row (``rows`` are 0-based data positions)."""
        for pos in rows[: MAX_ISSUES - len(self.items)]:
            self.add(file, int(pos) + _HEADER_ROW + 1, column, message_for(int(pos)))

    def raise_if_any(self) -> None:
        if self.items:
            raise DataError(self.items)


# ----------------------------------------------------------------------------- reading


def _decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line_no = raw.count(b"\n", 0, err.start) + 1
        line_start = raw.rfind(b"\n", 0, err.start) + 1
        prefix = raw[line_start : err.start].decode("utf-8", errors="replace")
        header = raw.split(b"\n", 1)[0].decode("utf-8", errors="replace")
        column = None
        try:
            names = next(csv.reader([header]))
            field_index = len(next(csv.reader([prefix + "x"]))) - 1
            column = names[field_index] if 0 <= field_index < len(names) else None
        except (csv.Error, StopIteration):
            pass
        bad = raw[err.start : err.start + 4]
        raise DataError([DataIssue(
            file, line_no, column,
            f"the file is not UTF-8 text (byte {bad!r} at offset {err.start}); "
            "save it as UTF-8 (in a spreadsheet: 'CSV UTF-8') and open it again",
        )]) from None


def _read_header(text: str, file: str) -> list[str]:
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if not first_line.strip():
        raise DataError([DataIssue(file, _HEADER_ROW, None, "the file is empty or has no header row")])
    try:
        return next(csv.reader([first_line]))
    except csv.Error as err:
        raise DataError([DataIssue(file, _HEADER_ROW, None, f"unreadable header: {err}")]) from None


def _check_header(header: list[str], schema: TableSchema, file: str) -> None:
    issues = _Issues()
    seen = set()
    for name in header:
        if name in seen:
            issues.add(file, _HEADER_ROW, name, "the column appears twice in the header")
        seen.add(name)
    known = set(schema.columns)
    for name in header:
        if name not in known:
            hint = difflib.get_close_matches(name, schema.columns, n=1)
            extra = f"; did you mean '{hint[0]}'?" if hint else ""
            issues.add(file, _HEADER_ROW, name, f"unknown column{extra} (allowed: {', '.join(schema.columns)})")
    for f in schema.fields:
        if f.required and f.name not in seen:
            issues.add(file, _HEADER_ROW, f.name, "required column is missing from the header")
    issues.raise_if_any()


_PANDAS_LINE = re.compile(r"(?:line|row) (\d+)")


def _parse_csv(text: str, header: list[str], file: str) -> pd.DataFrame:
    try:
        frame = pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False,
            engine="c", skip_blank_lines=True,
        )
    except (pd.errors.ParserError, ValueError) as err:
        msg = str(err).strip()
        m = _PANDAS_LINE.search(msg)
        row = int(m.group(1)) if m else None
        raise DataError([DataIssue(file, row, None, f"broken CSV: {msg}")]) from None
    # pandas pads a row with too few fields with empty strings, which would silently
    # shift meaning; count the fields of every record with the csv module to catch it.
    _check_field_counts(text, len(header), file)
    return frame


def _check_field_counts(text: str, expected: int, file: str) -> None:
    reader = csv.reader(io.StringIO(text))
    next(reader, None)  # header
    for record in reader:
        if record and len(record) < expected:
            # reader.line_num is the physical line where the record ends: the spreadsheet
            # row for ordinary one-line records.
            raise DataError([DataIssue(
                file, reader.line_num, None,
                f"the row has {len(record)} fields but the header has {expected}; "
                "a missing comma or an unquoted line break?",
            )])


def read_table(path: Path, schema: TableSchema, file_label: str | None = None,
               progress: Progress = _no_progress) -> pd.DataFrame:
    """Read one CSV file and return it validated and typed (without cross-table checks).

    ``progress`` gets this file's own fraction done (0..1) between stages.
    """
    file = file_label or path.name
    if not path.exists():
        raise DataError([DataIssue(file, None, None, f"file not found: {path}")])
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DataError([DataIssue(
            file, None, None,
            f"the file is {size / 1024**3:.1f} GiB; files over {MAX_FILE_BYTES / 1024**3:.0f} GiB are not loaded",
        )])
    progress(0.0, f"reading {file}")
    text = _decode(path.read_bytes(), file)
    header = _read_header(text, file)
    _check_header(header, schema, file)
    progress(0.1, f"parsing {file}")
    frame = _parse_csv(text, header, file)
    del text
    progress(0.6, f"validating {file}")
    return validate_frame(frame, schema, file, lambda f, m: progress(0.6 + 0.4 * f, m))


# -------------------------------------------------------------------------- validating


def _bad_positions(mask: pd.Series | np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.asarray(mask, dtype=bool))


_EMPTY_DTYPES = {"integer": "Int64", "number": "Float64", "date": "datetime64[ns]", "boolean": "boolean"}


def _empty_column(f: Field, n: int) -> pd.Series:
    """A column with no values, typed as it would be with values."""
    if f.enum is not None:
        return pd.Series(pd.Categorical([None] * n, categories=list(f.enum)), name=f.name)
    return pd.Series([None] * n, dtype=_EMPTY_DTYPES.get(f.type, "string"), name=f.name)


def _check_and_convert(col: pd.Series, f: Field, file: str, issues: _Issues) -> pd.Series:
    values = col.to_numpy(dtype=object)
    present = values != ""

    def show(pos: int) -> str:
        text = str(values[pos])
        return text if len(text) <= 40 else text[:37] + "…"

    if f.required:
        issues.add_rows(file, _bad_positions(~present), f.name, lambda p: "required value is empty")
    if not present.any():  # fast path: nothing to check or convert
        return _empty_column(f, len(values))

    if f.type == "integer":
        ok = col.str.fullmatch(_INT_RE).to_numpy(dtype=bool)
        issues.add_rows(file, _bad_positions(present & ~ok), f.name,
                        lambda p: f"'{show(p)}' is not a whole number")
        out = pd.to_numeric(col.where(ok & present), errors="coerce").astype("Int64")
    elif f.type == "number":
        num = pd.to_numeric(col.where(present), errors="coerce")
        issues.add_rows(file, _bad_positions(present & num.isna().to_numpy()), f.name,
                        lambda p: f"'{show(p)}' is not a number (use a dot as decimal separator)")
        out = num.astype("Float64")
    elif f.type == "date":
        shaped = col.str.fullmatch(_DATE_RE).to_numpy(dtype=bool)
        parsed = pd.to_datetime(col.where(present & shaped), format="%Y-%m-%d", errors="coerce")
        issues.add_rows(file, _bad_positions(present & parsed.isna().to_numpy()), f.name,
                        lambda p: f"'{show(p)}' is not a date in the form YYYY-MM-DD")
        out = parsed.astype("datetime64[ns]")
    elif f.type == "boolean":
        lowered = col.str.lower()
        ok = lowered.isin(["true", "false"]).to_numpy(dtype=bool)
        issues.add_rows(file, _bad_positions(present & ~ok), f.name,
                        lambda p: f"'{show(p)}' is not true or false")
        out = lowered.map({"true": True, "false": False}).astype("boolean")
    else:
        out = None  # strings: built once below, after the checks

    if f.minimum is not None or f.maximum is not None:
        low = f.minimum if f.minimum is not None else -np.inf
        high = f.maximum if f.maximum is not None else np.inf
        numeric = out.astype("Float64")
        outside = ((numeric < low) | (numeric > high)).fillna(False).to_numpy(dtype=bool)
        issues.add_rows(file, _bad_positions(outside), f.name,
                        lambda p: f"{show(p)} is outside the allowed range {f.minimum}…{f.maximum}")
    if f.pattern is not None:
        ok = col.str.fullmatch(f.pattern).to_numpy(dtype=bool)
        issues.add_rows(file, _bad_positions(present & ~ok), f.name,
                        lambda p: f"'{show(p)}' does not have the expected form ({f.pattern})")
    if f.enum is not None:
        codes = pd.Index(f.enum).get_indexer(values)  # -1 for empty or unknown
        issues.add_rows(file, _bad_positions(present & (codes < 0)), f.name,
                        lambda p: f"'{show(p)}' is not one of: {', '.join(f.enum)}")
        return pd.Series(pd.Categorical.from_codes(codes, categories=list(f.enum)), name=f.name)
    if f.unique:
        dup = present & col.duplicated(keep="first").to_numpy(dtype=bool)
        if dup.any():
            first_pos = {}
            for pos, value in enumerate(values):
                first_pos.setdefault(value, pos)
            issues.add_rows(file, _bad_positions(dup), f.name,
                            lambda p: f"duplicate value '{show(p)}' (first used in row {first_pos[values[p]] + _HEADER_ROW + 1})")
    if out is None:
        out = pd.Series(pd.array(np.where(present, values, None), dtype="string"), name=f.name)
    return out


def validate_frame(frame: pd.DataFrame, schema: TableSchema, file: str,
                   progress: Progress = _no_progress) -> pd.DataFrame:
    """Check one table's values against its schema and return it with real dtypes.

    Columns the file lacks (optional ones only: the header check has run) are added empty,
    so every table has the same columns whatever its source.
    """
    issues = _Issues()
    typed = {}
    n = len(frame)
    for i, f in enumerate(schema.fields):
        progress(i / len(schema.fields), f"validating {file}: {f.name}")
        if f.name in frame.columns:
            col = frame[f.name].reset_index(drop=True).astype(str)
            typed[f.name] = _check_and_convert(col, f, file, issues)
        else:
            if f.required:  # the header check reports this first; kept for direct callers
                issues.add(file, _HEADER_ROW, f.name, "required column is missing from the header")
            typed[f.name] = _empty_column(f, n)
    issues.raise_if_any()
    out = pd.DataFrame(typed, columns=schema.columns)
    _check_rules(out, schema, file, issues)
    issues.raise_if_any()
    return out


def _check_rules(frame: pd.DataFrame, schema: TableSchema, file: str, issues: _Issues) -> None:
    """Rules that span columns of one row."""
    if "date_start" in frame and "date_end" in frame:
        backwards = (frame["date_end"] < frame["date_start"]).fillna(False)
        issues.add_rows(file, _bad_positions(backwards), "date_end", lambda p: "ends before it starts (date_start)")
    if {"value", "low", "high"} <= set(frame.columns):
        none = frame["value"].isna() & frame["low"].isna() & frame["high"].isna()
        issues.add_rows(file, _bad_positions(none), "value", lambda p: "a figure needs a value, a low or a high")
        inverted = (frame["low"] > frame["high"]).fillna(False)
        issues.add_rows(file, _bad_positions(inverted), "low", lambda p: "low is greater than high")


def check_references(tables: dict[str, pd.DataFrame], schemas: dict[str, TableSchema],
                     files: dict[str, str]) -> None:
    """Every id a row refers to must exist in the referenced table."""
    issues = _Issues()
    ids = {name: set(frame["id"].dropna()) for name, frame in tables.items()}
    for name, frame in tables.items():
        for f in schemas[name].fields:
            if f.reference is None:
                continue
            target = ids[f.reference.table]
            col = frame[f.name]
            present = col.notna().to_numpy()
            if f.reference.delimiter:
                parts = col[present].str.split(f.reference.delimiter).explode()
                bad = ~parts.isin(target)
                if bad.any():
                    bad_parts = parts[bad]
                    for pos, value in zip(bad_parts.index[:MAX_ISSUES], bad_parts.to_numpy()[:MAX_ISSUES]):
                        issues.add(files[name], int(pos) + _HEADER_ROW + 1, f.name,
                                   f"'{value}' is not an id in {f.reference.table}")
            else:
                bad = present & ~col.isin(target).to_numpy()
                values = col.to_numpy(dtype=object)
                issues.add_rows(files[name], _bad_positions(bad), f.name,
                                lambda p: f"'{values[p]}' is not an id in {f.reference.table}")
    issues.raise_if_any()


# ----------------------------------------------------------------------------- packages


def _resource_paths(folder: Path) -> dict[str, Path]:
    """Where each table's CSV is: from the folder's datapackage.json if it has one."""
    paths = {name: folder / f"{name}.csv" for name in TABLES}
    descriptor = folder / "datapackage.json"
    if descriptor.exists():
        try:
            desc = json.loads(descriptor.read_text(encoding="utf-8"))
            for res in desc.get("resources", []):
                if res.get("name") in paths and isinstance(res.get("path"), str):
                    paths[res["name"]] = folder / res["path"]
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise DataError([DataIssue("datapackage.json", getattr(err, "lineno", None), None,
                                       f"not a readable JSON descriptor: {err}")]) from None
    return paths


def load_dataset(path: str | Path | None = None, progress: Progress | None = None) -> Dataset:
    """Load and validate a data package; ``None`` loads the bundled ``data/``.

    ``path`` may be a package folder (all eight tables, or only some of them: missing
    tables are taken from the bundled package) or a single ``events`` CSV file, which
    replaces the bundled events. Raises :class:`DataError` naming file, row and column.
    ``progress`` is called with the overall fraction done; if it raises
    :class:`LoadCancelled`, loading stops there.
    """
    progress = progress or _no_progress
    schemas = bundled_schemas()
    bundled = data_dir()
    if path is None:
        folder, own = bundled, None
    else:
        own = Path(path)
        if not own.exists():
            raise DataError([DataIssue(str(own), None, None, "no such file or folder")])
        folder = own if own.is_dir() else None

    sources: dict[str, tuple[Path, str]] = {}
    bundled_paths = _resource_paths(bundled)
    for name in TABLES:
        sources[name] = (bundled_paths[name], bundled_paths[name].name)
    if own is not None and folder is not None:
        own_paths = _resource_paths(folder)
        found = {name: p for name, p in own_paths.items() if p.exists()}
        if not found:
            raise DataError([DataIssue(str(folder), None, None,
                                       f"the folder has none of the tables {', '.join(f'{t}.csv' for t in TABLES)}")])
        for name, p in found.items():
            sources[name] = (p, str(p))
    elif own is not None:
        sources["events"] = (own, str(own))

    # Progress is weighted by file size: the big file dominates a researcher's load.
    sizes = {name: max(p.stat().st_size if p.exists() else 0, 1) for name, (p, _) in sources.items()}
    total = sum(sizes.values())
    done = 0
    tables, files = {}, {}
    for name in TABLES:
        p, label = sources[name]
        files[name] = label
        share = sizes[name] / total * 0.95
        tables[name] = read_table(p, schemas[name], label,
                                  lambda f, m, base=done / total * 0.95, w=share: progress(base + w * f, m))
        done += sizes[name]
    progress(0.95, "checking references between tables")
    check_references(tables, schemas, files)
    progress(1.0, "done")
    label = "bundled data" if own is None else own.name
    return Dataset(path=str(own or bundled), label=label, **tables)
