"""Check a table of strings against its schema and convert it to real dtypes.

Everything is vectorised over whole columns so a million-row events file validates in
seconds, and every problem is reported with its file, spreadsheet row and column. Values
are echoed through :func:`~app.model.errors.shown`: escaped and cut short.
"""
from __future__ import annotations

import re
from typing import Callable

import numpy as np
import pandas as pd

from app.model.errors import DataError, DataIssue, shown
from app.model.schema import Field, TableSchema

#: Stop collecting after this many problems: a broken million-row file would otherwise
#: produce a million messages.
MAX_ISSUES = 50
HEADER_ROW = 1  # spreadsheet row of the header; data rows start at 2
#: Whole numbers up to 15 digits convert exactly (through float64, the way pandas does).
_INT_DIGITS = 15
_INT_RE = r"-?[0-9]{1,15}"
#: Years a datetime64[ns] holds, with room; a date outside is refused, not mis-read.
_YEARS = (1700, 2199)
_DATE_RE = r"(?:1[7-9][0-9]{2}|2[01][0-9]{2})-[0-9]{2}-[0-9]{2}"

#: progress(fraction 0..1, message).
Progress = Callable[[float, str], None]


def _no_progress(fraction: float, message: str) -> None:
    pass


class Issues:
    """Collects issues and stops the load once the cap is reached."""

    def __init__(self):
        self.items: list[DataIssue] = []

    def add(self, file: str, row: int | None, column: str | None, message: str) -> None:
        if len(self.items) < MAX_ISSUES:
            self.items.append(DataIssue(file, row, column, message))

    def add_rows(self, file: str, rows, column: str, message_for) -> None:
        """Add one issue per offending row (``rows`` are 0-based data positions)."""
        for pos in rows[: MAX_ISSUES - len(self.items)]:
            self.add(file, int(pos) + HEADER_ROW + 1, column, message_for(int(pos)))

    def raise_if_any(self) -> None:
        if self.items:
            raise DataError(self.items)


def _bad_positions(mask: pd.Series | np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.asarray(mask, dtype=bool))


_EMPTY_ARRAYS = {
    "integer": lambda n: pd.arrays.IntegerArray(np.zeros(n, "int64"), np.ones(n, bool)),
    "number": lambda n: pd.arrays.FloatingArray(np.zeros(n, "float64"), np.ones(n, bool)),
    "date": lambda n: np.full(n, np.datetime64("NaT"), "datetime64[ns]"),
    "boolean": lambda n: pd.arrays.BooleanArray(np.zeros(n, bool), np.ones(n, bool)),
}


def _empty_column(f: Field, n: int) -> pd.Series:
    """A column with no values, typed as it would be with values."""
    if f.enum is not None:
        return pd.Series(pd.Categorical.from_codes(np.full(n, -1), categories=list(f.enum)), name=f.name)
    make = _EMPTY_ARRAYS.get(f.type)
    values = make(n) if make else pd.array(np.full(n, None, dtype=object), dtype="string")
    return pd.Series(values, name=f.name)


# ------------------------------------------------------------------- one type each


def _integers(col, present, f, file, issues, show):
    ok = col.str.fullmatch(_INT_RE).to_numpy(dtype=bool)

    def message(p: int) -> str:
        if re.fullmatch(r"-?[0-9]+", col.iat[p]):
            return f"'{show(p)}' is too large (at most {_INT_DIGITS} digits)"
        return f"'{show(p)}' is not a whole number"
    issues.add_rows(file, _bad_positions(present & ~ok), f.name, message)
    return pd.to_numeric(col.where(ok & present), errors="coerce").astype("Int64")


def _numbers(col, present, f, file, issues, show):
    num = pd.to_numeric(col.where(present), errors="coerce")
    finite = np.isfinite(num.to_numpy(dtype=float, na_value=np.nan))  # "inf" and "1e999" are not figures
    issues.add_rows(file, _bad_positions(present & ~finite), f.name,
                    lambda p: f"'{show(p)}' is not a number (use a dot as decimal separator)")
    return num.where(finite).astype("Float64")


def _dates(col, present, f, file, issues, show):
    shaped = col.str.fullmatch(_DATE_RE).to_numpy(dtype=bool)
    parsed = pd.to_datetime(col.where(present & shaped), format="%Y-%m-%d", errors="coerce")

    def message(p: int) -> str:
        text = col.iat[p]
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            if not _YEARS[0] <= int(text[:4]) <= _YEARS[1]:
                return f"'{show(p)}' is outside the years {_YEARS[0]}–{_YEARS[1]}"
            return f"'{show(p)}' is not a date (no such month or day)"
        return f"'{show(p)}' is not a date in the form YYYY-MM-DD"
    issues.add_rows(file, _bad_positions(present & parsed.isna().to_numpy()), f.name, message)
    return parsed.astype("datetime64[ns]")


def _booleans(col, present, f, file, issues, show):
    lowered = col.str.lower()
    ok = lowered.isin(["true", "false"]).to_numpy(dtype=bool)
    issues.add_rows(file, _bad_positions(present & ~ok), f.name, lambda p: f"'{show(p)}' is not true or false")
    return lowered.map({"true": True, "false": False}).astype("boolean")


_CONVERTERS = {"integer": _integers, "number": _numbers, "date": _dates, "boolean": _booleans}


def _check_range(out, f, file, issues, show) -> None:
    low = f.minimum if f.minimum is not None else -np.inf
    high = f.maximum if f.maximum is not None else np.inf
    numeric = out.astype("Float64")
    outside = ((numeric < low) | (numeric > high)).fillna(False).to_numpy(dtype=bool)
    issues.add_rows(file, _bad_positions(outside), f.name,
                    lambda p: f"{show(p)} is outside the allowed range {f.minimum}…{f.maximum}")


def _check_unique(col, values, present, f, file, issues, show) -> None:
    dup = present & col.duplicated(keep="first").to_numpy(dtype=bool)
    if not dup.any():
        return
    first_pos = {}
    for pos, value in enumerate(values):
        first_pos.setdefault(value, pos)
    issues.add_rows(file, _bad_positions(dup), f.name,
                    lambda p: f"duplicate value '{show(p)}' (first used in row {first_pos[values[p]] + HEADER_ROW + 1})")


def _check_and_convert(col: pd.Series, f: Field, file: str, issues: Issues) -> pd.Series:
    values = col.to_numpy(dtype=object)
    present = values != ""

    def show(pos: int) -> str:
        return shown(values[pos])

    if f.required:
        issues.add_rows(file, _bad_positions(~present), f.name, lambda p: "required value is empty")
    if not present.any():  # fast path: nothing to check or convert
        return _empty_column(f, len(values))
    convert = _CONVERTERS.get(f.type)
    out = convert(col, present, f, file, issues, show) if convert else None  # strings: built below
    if f.minimum is not None or f.maximum is not None:
        _check_range(out, f, file, issues, show)
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
        _check_unique(col, values, present, f, file, issues, show)
    if out is None:
        out = pd.Series(pd.array(np.where(present, values, None), dtype="string"), name=f.name)
    return out


# ------------------------------------------------------------------------- tables


def validate_frame(frame: pd.DataFrame, schema: TableSchema, file: str,
                   progress: Progress = _no_progress) -> pd.DataFrame:
    """Check one table's values against its schema and return it with real dtypes.

    Columns the file lacks (optional ones only: the header check has run) are added empty,
    so every table has the same columns whatever its source.
    """
    issues = Issues()
    typed = {}
    n = len(frame)
    if not frame.index.equals(pd.RangeIndex(n)):
        frame = frame.reset_index(drop=True)
    for i, f in enumerate(schema.fields):
        progress(i / len(schema.fields), f"validating {file}: {f.name}")
        if f.name in frame.columns:
            col = frame[f.name]
            if not isinstance(col.dtype, pd.StringDtype):  # read_csv's columns already are
                col = col.astype(str)
            typed[f.name] = _check_and_convert(col, f, file, issues)
        else:
            if f.required:  # the header check reports this first; kept for direct callers
                issues.add(file, HEADER_ROW, f.name, "required column is missing from the header")
            typed[f.name] = _empty_column(f, n)
    issues.raise_if_any()
    out = pd.DataFrame(typed, columns=schema.columns, copy=False)
    _check_rules(out, file, issues)
    issues.raise_if_any()
    return out


def _check_rules(frame: pd.DataFrame, file: str, issues: Issues) -> None:
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
    issues = Issues()
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
                        issues.add(files[name], int(pos) + HEADER_ROW + 1, f.name,
                                   f"'{shown(value)}' is not an id in {f.reference.table}")
            else:
                bad = present & ~col.isin(target).to_numpy()
                values = col.to_numpy(dtype=object)
                issues.add_rows(files[name], _bad_positions(bad), f.name,
                                lambda p: f"'{shown(values[p])}' is not an id in {f.reference.table}")
    issues.raise_if_any()
