"""Exports and clipboard copies never hand a spreadsheet a formula (OWASP CSV injection)."""
from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from app.model.export import FORMULA_PREFIXES, neutralize, tsv, write_csv, write_xlsx

NASTY = [
    "harmless\r=cmd|' /C calc'!A0",
    "\n=1+1",
    "=1+1",
    "+x",
    "-x",
    "@x",
    "\tx",
    "\r=2",
    "  =3",
    "a,=HYPERLINK(\"http://x\")",
    "b;-1",
    "quoted \"\n@SUM(1)\"",
]
PLAIN = ["Hill 52", "1938-07-29", "Zaozernaya (Заозёрная)", "a-b", "", "<b>html</b>"]


def frame() -> pd.DataFrame:
    texts = NASTY + PLAIN
    return pd.DataFrame({
        "id": [f"e{i}" for i in range(len(texts))],
        "text": texts,
        "n": pd.array(list(range(len(texts) - 1)) + [None], dtype="Int64"),
        "x": [1.5] * (len(texts) - 1) + [float("nan")],
        "day": pd.to_datetime(["1938-08-06"] * len(texts)),
    })


def unsafe(cell: str) -> bool:
    """A cell a spreadsheet would evaluate: a formula character first, or after whitespace."""
    return cell.lstrip(" \n").startswith(FORMULA_PREFIXES)


def test_neutralize_follows_owasp():
    for text in NASTY:
        assert neutralize(text) == "'" + text, repr(text)
    for text in PLAIN:
        assert neutralize(text) == text
    assert neutralize(-5) == -5 and neutralize(None) is None


@pytest.mark.parametrize("reader", ["csv", "pandas"])
def test_csv_round_trip_keeps_rows_and_cells(tmp_path, reader):
    source = frame()
    out = tmp_path / "events.csv"
    write_csv(source, out)
    if reader == "csv":
        with out.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        texts = [r[header.index("text")] for r in body]
        every_cell = [c for r in body for c in r]
    else:
        back = pd.read_csv(out, dtype=str, keep_default_na=False)
        body = back.to_numpy().tolist()
        texts = back["text"].tolist()
        every_cell = [c for r in body for c in r]
        assert back["n"].tolist()[:3] == ["0", "1", "2"]  # numbers are written as numbers
    assert len(body) == len(source)  # a CR or LF inside a text never starts a new row
    assert not [c for c in every_cell if unsafe(c)]
    assert texts[:len(NASTY)] == ["'" + t for t in NASTY]  # the text itself survives
    assert texts[len(NASTY):] == PLAIN


def test_csv_quotes_every_field(tmp_path):
    out = tmp_path / "events.csv"
    write_csv(frame().head(1), out)
    raw = out.read_bytes().decode("utf-8")
    header = raw.split("\r\n")[0]
    assert header == '"id","text","n","x","day"'
    assert "\"'harmless\r=cmd|' /C calc'!A0\"" in raw


def test_xlsx_cells_are_strings_with_the_exact_text(tmp_path):
    from openpyxl import load_workbook
    from openpyxl.utils.escape import unescape  # XML has no raw CR: it is stored as _x000D_

    source = frame()
    out = tmp_path / "events.xlsx"
    write_xlsx(source, out)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    assert header == list(source.columns)
    assert len(rows) == len(source) + 1
    texts = [r[header.index("text")] for r in rows[1:]]
    for cell, original in zip(texts, source["text"]):
        if original == "":
            continue  # an empty text is written as an empty string cell
        assert cell.data_type == "s", (original, cell.data_type)
        assert unescape(cell.value) == original  # no apostrophe shows
    assert all(c.data_type != "f" for r in rows for c in r)
    numbers = [r[header.index("n")] for r in rows[1:]]
    assert numbers[1].data_type == "n" and numbers[1].value == 1
    assert numbers[-1].value is None  # a missing number stays empty
    assert rows[1][header.index("x")].value == 1.5
    assert rows[1][header.index("day")].value == "1938-08-06"


def test_tsv_clipboard_text_is_neutralized_and_keeps_its_rows():
    text = tsv([[t, "ok"] for t in NASTY], ["Text", "Other"])
    lines = text.split("\n")
    assert len(lines) == len(NASTY) + 1
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == 2
        assert cells[0].startswith("'") and not unsafe(cells[0])
    reread = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert len(reread) == len(NASTY) + 1
