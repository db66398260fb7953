"""Check data-sv/<table>.csv against data/<table>.csv (run from the repository root).

    python data-sv/check_sv.py [--since COMMIT]

For every table of data/ with _en/_fi text columns: each (id, column) with English text has exactly one
Swedish row, every Swedish row's id and column exist, no Swedish text is empty, and the numbers of the
Swedish text are those of the English one (times 16:00 / kl. 16.00 and thousands 6,532 / 6 532 compared
alike). With --since, also lists the (id, column) pairs whose English text changed after COMMIT, whose
Swedish text must then be read again. Exit status 1 when anything is reported.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA, SV = ROOT / "data", ROOT / "data-sv"


def numbers(text: str) -> list[str]:
    text = re.sub(r"(?<=\d)[ \u00a0,](?=\d{3}\b)", "", text)  # 6,532 / 6 532
    text = re.sub(r"\b(\d{1,2}):(\d\d)\b", r"\1.\2", text)  # 16:00 / 16.00
    text = re.sub(r"(?<=\d)[.,](?=\d)", ".", text)  # 1.5 / 1,5
    return sorted(re.findall(r"\d+(?:\.\d+)?", text))


def text_columns(header: list[str]) -> list[str]:
    return [c[:-3] for c in header if c.endswith("_en") and c[:-3] + "_fi" in header]


def english(rows: list[dict]) -> dict[tuple[str, str], str]:
    cols = text_columns(list(rows[0])) if rows else []
    return {(r["id"], c): r[c + "_en"] for r in rows for c in cols if r[c + "_en"].strip()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", help="commit the Swedish texts were checked against")
    args = ap.parse_args()
    problems = 0
    for table in sorted(DATA.glob("*.csv")):
        rows = list(csv.DictReader(table.open(encoding="utf-8")))
        if not rows or not text_columns(list(rows[0])):
            continue
        en = english(rows)
        ids = {r["id"] for r in rows}
        cols = set(text_columns(list(rows[0])))
        sv_file = SV / table.name
        if not sv_file.exists():
            print(f"{table.name}: no data-sv/{table.name} ({len(en)} texts)")
            problems += 1
            continue
        sv: dict[tuple[str, str], str] = {}
        for n, r in enumerate(csv.DictReader(sv_file.open(encoding="utf-8")), start=2):
            key = (r["id"], r["column"])
            where = f"data-sv/{table.name}:{n}"
            if key in sv:
                print(f"{where}: duplicate {key}"); problems += 1
            if r["id"] not in ids or r["column"] not in cols:
                print(f"{where}: no such id/column {key}"); problems += 1
            if not r["sv"].strip():
                print(f"{where}: empty Swedish text {key}"); problems += 1
            sv[key] = r["sv"]
        for key, text in en.items():
            if key not in sv:
                print(f"data-sv/{table.name}: missing {key}"); problems += 1
            elif numbers(text) != numbers(sv[key]):
                print(f"data-sv/{table.name}: numbers differ {key}: {numbers(text)} / {numbers(sv[key])}")
                problems += 1
        for key in sv:
            if key[0] in ids and key[1] in cols and key not in en:
                print(f"data-sv/{table.name}: English text is now empty for {key}"); problems += 1
        if args.since:
            try:
                old_csv = subprocess.run(["git", "show", f"{args.since}:data/{table.name}"], cwd=ROOT,
                                         capture_output=True, text=True, check=True).stdout
            except subprocess.CalledProcessError:
                old_csv = ""
            old = english(list(csv.DictReader(io.StringIO(old_csv)))) if old_csv else {}
            for key, text in en.items():
                if key in sv and old.get(key) != text:
                    print(f"data-sv/{table.name}: English changed since {args.since[:10]} {key}")
                    problems += 1
        print(f"{table.name}: {len(en)} English texts, {len(sv)} Swedish rows")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
