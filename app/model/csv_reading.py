"""From the bytes of one CSV file to a frame of strings, refusing malformed text.

Checks run over the whole text at C speed (``bytes.translate``, ``bytes.count``, pandas'
tokenizer, ``csv`` record lengths); only when something is wrong does a slower pass find the
spreadsheet row and column of each problem, honouring quoted line breaks.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
from itertools import islice

import numpy as np
import pandas as pd

from app.model.errors import DataError, DataIssue, data_error, shown
from app.model.package_files import MAX_FILE_BYTES
from app.model.schema import TableSchema

HEADER_ROW = 1  # spreadsheet row of the header; data rows start at 2
#: Problems of one kind reported per file before giving up on it.
MAX_TEXT_ISSUES = 10
MAX_HEADER_ISSUES = 50

# Any cell up to the whole file's size is one field (process-wide; a C long on Windows).
csv.field_size_limit(min(MAX_FILE_BYTES, 2**31 - 1))

#: Bytes allowed anywhere: tab, LF, CR and everything from space up, except DEL.
_ALLOWED = bytes(b for b in range(256) if b in (9, 10, 13) or (b >= 32 and b != 127))
_C1 = re.compile(rb"\xc2[\x80-\x9f]")  # U+0080..U+009F in UTF-8
_BAD = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\r(?!\n)")
_PANDAS_LINE = re.compile(r"(?:line|row) (\d+)")


# ----------------------------------------------------------------------------- locating


def _field_index(prefix: str) -> int | None:
    """Index of the field in which a record that starts with ``prefix`` continues."""
    try:
        records = list(csv.reader(io.StringIO(prefix.replace("\r", " ") + "x", newline="")))
    except csv.Error:
        return None
    return len(records[-1]) - 1 if records else None


def locate(raw: bytes, offsets: list[int]) -> list[tuple[int, int | None]]:
    """(spreadsheet row, field index) of each byte offset in ascending ``offsets``.

    Rows count records, not lines, so a cell with a quoted line break stays one row.
    Slow (a Python pass up to the last offset): only for reporting problems.
    """
    state = {"pos": 0}

    def lines():
        while state["pos"] < len(raw):
            end = raw.find(b"\n", state["pos"])
            end = len(raw) if end < 0 else end + 1
            line = raw[state["pos"]: end]
            state["pos"] = end
            yield line.decode("utf-8", "replace").replace("\r", " ").replace("\x00", " ")

    out: list[tuple[int, int | None]] = []
    pending = list(offsets)
    start, row = 0, 0
    try:
        for _record in csv.reader(lines()):
            row += 1
            while pending and pending[0] < state["pos"]:
                prefix = raw[start: pending.pop(0)].decode("utf-8", "replace")
                out.append((row, _field_index(prefix)))
            if not pending:
                break
            start = state["pos"]
    except csv.Error:
        pass
    out.extend((row + 1, None) for _ in pending)  # past a record csv could not read
    return out


def _header_names(raw: bytes) -> list[str]:
    """The header's names as far as they can be read, for naming columns in messages."""
    first = raw[: raw.find(b"\n") if b"\n" in raw else len(raw)].decode("utf-8-sig", "replace")
    try:
        return next(csv.reader([first.replace("\r", "").replace("\x00", " ")]), [])
    except csv.Error:
        return []


def _column(names: list[str], field: int | None) -> str | None:
    return names[field] if field is not None and 0 <= field < len(names) else None


# ------------------------------------------------------------------------------- text


def decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        ((row, field),) = locate(raw, [err.start])
        bad = raw[err.start: err.start + 4]
        raise data_error(
            file, row, _column(_header_names(raw), field),
            f"the file is not UTF-8 text (byte {bad!r} at offset {err.start}); "
            "save it as UTF-8 (in a spreadsheet: 'CSV UTF-8') and open it again",
        ) from None


def _has_bad_characters(raw: bytes) -> bool:
    if raw.translate(None, _ALLOWED):
        return True
    if b"\r" in raw and raw.count(b"\r") != raw.count(b"\r\n"):
        return True
    return b"\xc2" in raw and _C1.search(raw) is not None


def check_characters(raw: bytes, file: str) -> None:
    """Refuse control characters in cells and carriage returns that do not end a line."""
    if not _has_bad_characters(raw):
        return
    hits = list(islice(_BAD.finditer(raw), MAX_TEXT_ISSUES))
    names = _header_names(raw)
    issues = []
    for match, (row, field) in zip(hits, locate(raw, [m.start() for m in hits])):
        char = match.group().decode("utf-8")
        near = raw[max(match.start() - 20, 0): match.start() + 20].decode("utf-8", "replace")
        if char == "\r":
            what = ("a carriage return (\\r) that does not end a line; save the file with "
                    "Windows (CRLF) or Unix (LF) line endings")
        else:
            what = f"the control character {shown(char)} (U+{ord(char):04X}) is not allowed in a cell"
        issues.append(DataIssue(file, row, _column(names, field), f"{what} (near '{shown(near, 60)}')"))
    raise DataError(issues)


def read_header(text: str, file: str) -> list[str]:
    end = text.find("\n")
    first_line = (text if end < 0 else text[:end]).rstrip("\r")
    if not first_line.strip():
        raise data_error(file, HEADER_ROW, None, "the file is empty or has no header row")
    try:
        return next(csv.reader([first_line]))
    except csv.Error as err:
        raise data_error(file, HEADER_ROW, None, f"unreadable header: {err}") from None


def check_header(header: list[str], schema: TableSchema, file: str) -> None:
    issues: list[DataIssue] = []
    seen = set()
    for name in header:
        if name in seen and len(issues) < MAX_HEADER_ISSUES:
            issues.append(DataIssue(file, HEADER_ROW, name, "the column appears twice in the header"))
        seen.add(name)
    known = set(schema.columns)
    for name in header:
        if len(issues) >= MAX_HEADER_ISSUES:
            break
        if name not in known:
            hint = difflib.get_close_matches(name[:100], schema.columns, n=1)
            extra = f"; did you mean '{hint[0]}'?" if hint else ""
            issues.append(DataIssue(file, HEADER_ROW, name,
                                    f"unknown column{extra} (allowed: {', '.join(schema.columns)})"))
    for f in schema.fields:
        if f.required and f.name not in seen:
            issues.append(DataIssue(file, HEADER_ROW, f.name, "required column is missing from the header"))
    if issues:
        raise DataError(issues[:MAX_HEADER_ISSUES])


# ------------------------------------------------------------------------------ parsing


def parse_csv(text: str, header: list[str], file: str) -> pd.DataFrame:
    """All cells as strings; refuses broken quoting, rows of the wrong length, blank lines
    inside the table and a table with no rows."""
    # pandas would take extra fields of the first row as index columns, slowly (minutes
    # for a row of 300,000 commas) and silently: check that row's length first.
    try:
        first = next(islice(csv.reader(io.StringIO(text)), 1, 2), None)
    except csv.Error as err:  # defensive: control characters were refused before
        raise data_error(file, None, None, f"broken CSV: {shown(err, 200)}") from None
    if first and len(first) != len(header):
        raise data_error(file, HEADER_ROW + 1, None, _wrong_length(len(first), len(header)))
    try:
        frame = pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False,
            engine="c", skip_blank_lines=True,
        )
    except (pd.errors.ParserError, ValueError, OverflowError) as err:
        msg = str(err).strip()
        m = _PANDAS_LINE.search(msg)
        row = int(m.group(1)) if m else None
        raise data_error(file, row, None, f"broken CSV: {shown(msg, 200)}") from None
    # pandas pads a row with too few fields with empty strings, takes extra fields of the
    # first row as an index and skips blank lines, all silently; the csv module's record
    # lengths catch each of these.
    check_field_counts(text, len(header), len(frame), file)
    if len(frame) == 0:
        raise data_error(file, HEADER_ROW + 1, None, "the table has a header but no rows")
    return frame


def _wrong_length(fields: int, expected: int) -> str:
    return (f"the row has {fields} fields but the header has {expected}; "
            "a missing or extra comma, or an unquoted line break?")


def check_field_counts(text: str, expected: int, rows: int, file: str) -> None:
    """Every record has ``expected`` fields, none is blank, and there are ``rows`` of them
    (what pandas read: a disagreement would shift rows silently)."""
    try:
        counts = np.fromiter(map(len, csv.reader(io.StringIO(text))), dtype=np.int64)
    except csv.Error as err:  # defensive: control characters were refused before
        raise data_error(file, None, None, f"broken CSV: {shown(err, 200)}") from None
    counts = counts[1:]  # the header
    filled = np.flatnonzero(counts > 0)
    last = filled[-1] if len(filled) else -1
    blank = np.flatnonzero(counts[: last + 1] == 0)  # blank lines at the very end are fine
    wrong = np.flatnonzero((counts != expected) & (counts > 0))
    issues = [DataIssue(file, int(pos) + HEADER_ROW + 1, None,
                        "an empty line inside the table; delete it (no row may be blank)")
              for pos in blank[:MAX_TEXT_ISSUES]]
    issues += [DataIssue(file, int(pos) + HEADER_ROW + 1, None,
                         _wrong_length(counts[pos], expected))
               for pos in wrong[:MAX_TEXT_ISSUES]]
    if issues:
        issues.sort(key=lambda issue: issue.row)
        raise DataError(issues[:MAX_TEXT_ISSUES])
    if len(filled) != rows:
        raise data_error(file, None, None, f"broken CSV: {len(filled)} rows by one reading and {rows} by "
                                           "another; check the quotes (\") around cells")
