"""Export rows to CSV and XLSX so a spreadsheet never runs what a cell contains.

CSV follows OWASP's advice on CSV injection: every field is quoted (so a CR, LF, comma or
semicolon inside a text never starts a new row or cell) and every text that a spreadsheet
could read as a formula gets a leading apostrophe. XLSX cells are typed: texts are written
as strings, which a spreadsheet never evaluates, so they show exactly the original text.
"""
from __future__ import annotations

import csv
import datetime as dt
import math
import numbers
import re
from pathlib import Path

import pandas as pd

#: A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: A formula character at the start, after leading whitespace, or after something that a
#: spreadsheet may take for a field or row separator (comma, semicolon, tab, CR, LF, quote).
_FORMULA_ANYWHERE = re.compile(r"""(?:^|[,;\t\r\n"'])\s*[=+\-@]|^\s*[\t\r]""")


def is_formula_like(text: str) -> bool:
    """True if a spreadsheet could read ``text`` (or a cell split off it) as a formula."""
    return bool(_FORMULA_ANYWHERE.search(text))


def neutralize(value):
    """Prefix a formula-like text with an apostrophe so it is shown, not evaluated."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy ready for a CSV file: ISO dates, neutralized text; numbers stay numbers."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            out[column] = series.dt.strftime("%Y-%m-%d")
        elif not pd.api.types.is_numeric_dtype(series):
            out[column] = series.astype(object).where(series.notna(), None).map(neutralize)
    return out


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """UTF-8 CSV with every field quoted: a CR or LF inside a text stays inside its cell."""
    export_frame(frame).to_csv(path, index=False, encoding="utf-8", quoting=csv.QUOTE_ALL, lineterminator="\r\n")


def _cell(value):
    """(kind, value) for one XLSX cell: 'blank', 'number' or 'string'."""
    if value is None or value is pd.NA or value is pd.NaT:
        return "blank", None
    if isinstance(value, (bool,)):
        return "string", str(value)
    if isinstance(value, numbers.Number):
        number = float(value)
        if math.isnan(number):
            return "blank", None
        if math.isinf(number):
            return "string", str(value)
        return "number", int(value) if isinstance(value, numbers.Integral) else number
    if isinstance(value, (pd.Timestamp, dt.date)):
        return "string", value.strftime("%Y-%m-%d")
    return "string", str(value)


def write_xlsx(frame: pd.DataFrame, path: str | Path, sheet: str = "events") -> None:
    """An XLSX workbook whose texts are string cells (never formulas or links), shown exactly
    as they are, and whose numbers are number cells."""
    import xlsxwriter
    import xlsxwriter.exceptions

    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    workbook = xlsxwriter.Workbook(str(path), options)
    try:
        ws = workbook.add_worksheet(sheet)
        for c, name in enumerate(frame.columns):
            ws.write_string(0, c, str(name))
        columns = []
        for name in frame.columns:
            series = frame[name]
            if pd.api.types.is_datetime64_any_dtype(series):
                series = series.dt.strftime("%Y-%m-%d")
            columns.append(series.astype(object).tolist())
        for r in range(len(frame)):
            for c, values in enumerate(columns):
                kind, value = _cell(values[r])
                if kind == "number":
                    ws.write_number(r + 1, c, value)
                elif kind == "string":
                    ws.write_string(r + 1, c, value)
        ws.freeze_panes(1, 0)
    finally:
        try:
            workbook.close()
        except xlsxwriter.exceptions.FileCreateError as err:  # not an OSError: callers catch OSError
            raise OSError(str(err)) from err


def tsv(rows: list[list[str]], header: list[str] | None = None) -> str:
    """Tab-separated text for the clipboard: formula-like cells neutralized, then tabs and
    newlines inside cells become spaces (so each row stays one row)."""
    def clean(cell: str) -> str:
        return str(neutralize(str(cell))).replace("\t", " ").replace("\r", " ").replace("\n", " ")

    lines = [header] if header else []
    lines += rows
    return "\n".join("\t".join(clean(c) for c in line) for line in lines)
