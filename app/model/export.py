"""Export rows to CSV and XLSX so a spreadsheet never runs what a cell contains."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

#: A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """Prefix a formula-like text with an apostrophe so it is shown, not evaluated."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy ready for a spreadsheet: ISO dates, neutralized text; numbers stay numbers."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            out[column] = series.dt.strftime("%Y-%m-%d")
        elif not pd.api.types.is_numeric_dtype(series):
            out[column] = series.astype(object).where(series.notna(), None).map(neutralize)
    return out


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    export_frame(frame).to_csv(path, index=False, encoding="utf-8")


def write_xlsx(frame: pd.DataFrame, path: str | Path, sheet: str = "events") -> None:
    # xlsxwriter would turn '=...' strings into formulas and text into links by default.
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    with pd.ExcelWriter(path, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        export_frame(frame).to_excel(writer, sheet_name=sheet, index=False)


def tsv(rows: list[list[str]], header: list[str] | None = None) -> str:
    """Tab-separated text for the clipboard; tabs and newlines inside cells become spaces."""
    def clean(cell: str) -> str:
        return str(neutralize(cell)).replace("\t", " ").replace("\r", " ").replace("\n", " ")

    lines = [header] if header else []
    lines += rows
    return "\n".join("\t".join(clean(c) for c in line) for line in lines)
