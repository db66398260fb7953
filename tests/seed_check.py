"""Checks that keep the data package faithful to its seed document (issue 15). Qt-free.

Every sourced row's ``source_locator`` names the seed's part and line(s), quoting words from them:
``<part>[ (<heading>)]: "<words>", line N`` (or ``lines N–M`` / ``line N (also lines A, B)``),
pieces separated by "; ". The checks read the CSVs as plain strings and return every failure:

- ``locator``: the grammar of each piece, its part and lines; a piece without quoted words, or a row
  from a source other than the seed, needs a reason in ``manual_check``;
- ``quote``: each quoted excerpt appears on one of its piece's lines;
- ``number``: figures' value/low/high, events' casualty columns and count, places' elevation appear
  on a cited line as the seed writes numbers ("2 752", "2752", "1,5", "23%"), as whole numbers;
- ``group``: a ``compare_group`` holds at least two rows of one conflict, category, unit, side,
  measure and scope level;
- ``number`` for the tour (``story``): every number in a chapter's titles and texts, dates and years
  aside, is written on a line the chapter cites or is a value of a figure it names; a time of day
  ("16:00", "klo 16.00") is written on a cited line;
- ``date``: the codebook's date rules (events' date_precision; figures' date_end ≥ date_start);
- ``accounts``: events' ``other_account_ids`` exist, link both ways and differ in date or qualifier.

``python -m tests.seed_check [--data DIR] [--seed FILE]`` prints every failure, grouped by table.
"""
from __future__ import annotations

import calendar
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

TESTS = Path(__file__).resolve().parent
DATA = TESTS.parent / "data"
SEED = TESTS / "fixtures" / "seed.txt"
SHARED_SEED = TESTS.parent.parent / "shared" / "seed" / "000_359c2c13a9a076cd.txt"
SEED_ID = "seed"
SOURCED = ("places", "units", "people", "events", "figures", "control", "moves", "story")
#: Tables a package may lack (the guided tour): no file, no rows to check.
OPTIONAL = ("story",)
NUMBER_COLUMNS = {
    "figures": ("value", "low", "high"),
    "events": ("ussr_killed", "ussr_wounded", "ussr_missing", "ussr_captured",
               "japan_killed", "japan_wounded", "japan_missing", "japan_captured", "count"),
    "places": ("elevation_m",),
}
GROUP_KEYS = ("conflict", "category", "unit", "side", "measure", "scope_level")
CHECKS = ("locator", "quote", "number", "group", "date", "accounts")

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
                       "‘": "'", "’": "'", "‚": "'", "‛": "'",
                       "–": "-", "—": "-", "‑": "-", "‐": "-", "−": "-", "‒": "-", "―": "-"})
_SPACE = "[ \u00a0\u2005\u2007\u2009\u202f]"
_NUMBER = re.compile(rf"(?<![^\W_])(?<![^\W\d_]-)(?<!\d[,.])(?:\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d])|\d+(?:[,.]\d+)?)")
_SPAN = r"\d+(?:[–-]\d+)?"
_TAIL = re.compile(rf"(?P<sep>, |: )(?:line (?P<line>\d+)|lines (?P<first>\d+)[–-](?P<last>\d+))"
                   rf"(?: \(also lines? (?P<also>{_SPAN}(?:, {_SPAN})*)\))?$")
_END = re.compile(r"(?:line \d+|lines \d+-\d+)(?: \(also [^)]*\))?$")
_HEAD = re.compile(r"^(?P<part>[^():\"]+?)(?: \((?P<heading>.+?)\))?(?:: (?P<body>.*))?$")
_QUOTE_SEP = re.compile(r'"\s*(?:,|\.\.\.|and)?\s*"')


@dataclass(frozen=True)
class Failure:
    check: str
    table: str
    row_id: str
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.table} {self.row_id} [{self.column}] {self.message}"


@dataclass
class Seed:
    lines: list[str]
    parts: dict[str, list[tuple[int, int]]]


@dataclass
class Piece:
    text: str
    part: str = ""
    excerpts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    also: list[int] = field(default_factory=list)
    error: str = ""


def normalise(text: str) -> str:
    """Typographic quotes and dashes folded, '…' as '...', whitespace runs as one space."""
    return " ".join(text.translate(_FOLD).replace("…", "...").split())


def numbers_in(text: str) -> set[float]:
    """The numbers of a text as the seed writes them: '2 752' and '2752' → 2752, '1,5' → 1.5."""
    return {float(re.sub(_SPACE, "", token).replace(",", ".")) for token in _NUMBER.findall(text)}


# ------------------------------------------------------------------ reading
def read_table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_tables(data: Path = DATA) -> dict[str, list[dict[str, str]]]:
    return {name: read_table(data / f"{name}.csv") for name in SOURCED
            if name not in OPTIONAL or (data / f"{name}.csv").exists()}


def read_parts(readme: Path) -> dict[str, list[tuple[int, int]]]:
    """The seed's parts and their line ranges, from the codebook's table ('| overview | 1–13 |')."""
    row = re.compile(r"^\| (?P<name>[A-Za-z][\w ]*?) \| (?P<a>\d+)–(?P<b>\d+)(?: \(repeated (?P<c>\d+)–(?P<d>\d+)\))? \|")
    parts = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        if m := row.match(line):
            spans = [(int(m["a"]), int(m["b"]))] + ([(int(m["c"]), int(m["d"]))] if m["c"] else [])
            parts[m["name"]] = spans
    return parts


def load_seed(path: Path = SEED, readme: Path = DATA / "README.md") -> Seed:
    return Seed(path.read_text(encoding="utf-8").split("\n"), read_parts(readme))


# ------------------------------------------------------------------ locators
def split_pieces(locator: str) -> list[str]:
    """Split at '; ' that ends a piece's line(s), or that stands outside quoted words."""
    pieces, start = [], 0
    text = normalise(locator)
    for m in re.finditer("; ", text):
        chunk = text[start:m.start()]
        if chunk.count('"') % 2 == 0 or _END.search(chunk):
            pieces.append(text[start:m.start()])
            start = m.end()
    return [p for p in pieces + [text[start:]] if p]


def _span(text: str) -> list[int]:
    a, _, b = text.partition("-")
    return list(range(int(a), int(b or a) + 1))


def parse_piece(text: str, seed: Seed) -> Piece:
    """One piece of a locator: its part, quoted words and lines, or what is wrong with it."""
    piece = Piece(text)
    tail = _TAIL.search(text)
    if not tail:
        piece.error = 'does not end in "line N", "lines N–M" or "line N (also lines A, B)"'
        return piece
    piece.lines = _span(tail["line"] or f"{tail['first']}-{tail['last']}")
    piece.also = [n for s in (tail["also"] or "").split(", ") if s for n in _span(s)]
    head = _HEAD.match(text[:tail.start()])
    body = (head["body"] or "").strip() if head else ""
    quoted = len(body) >= 2 and body[0] == body[-1] == '"'
    piece.excerpts = [body[1:-1]] if quoted else []
    outside = [n for n in piece.lines + piece.also if not 1 <= n <= len(seed.lines)]
    if tail["first"] and int(tail["first"]) >= int(tail["last"]):
        piece.error = f"lines {tail['first']}–{tail['last']} is not a range"
    elif not head or (tail["sep"] == ": " and head["body"] is not None):
        piece.error = 'is not <part>[ (<heading>)]: "<words>", line N'
    elif head["part"] not in seed.parts:
        piece.error = f"names no part of the seed ({', '.join(seed.parts)}): {head['part']!r}"
    elif body and not quoted:
        piece.error = 'has words outside quotes (the grammar is <part>[ (<heading>)]: "<words>", line N)'
    elif outside:
        piece.error = f"line {outside[0]} is outside the seed (lines 1–{len(seed.lines)})"
    elif not all(any(a <= n <= b for a, b in seed.parts[head["part"]]) for n in piece.lines):
        where = ", ".join(f"{a}–{b}" for a, b in seed.parts[head["part"]])
        piece.error = f"line(s) {_show(piece.lines)} are not in the {head['part']} (lines {where})"
    else:
        piece.part = head["part"]
    return piece


def _show(lines: list[int]) -> str:
    return f"{lines[0]}–{lines[-1]}" if len(lines) > 1 else str(lines[0])


def sourced_rows(tables: dict[str, list[dict[str, str]]]):
    for table in SOURCED:
        for row in tables.get(table, []):
            yield table, row


def pieces_of(row: dict[str, str], seed: Seed) -> list[Piece]:
    return [parse_piece(p, seed) for p in split_pieces(row.get("source_locator", ""))]


def check_locators(tables, seed: Seed) -> list[Failure]:
    out = []
    for table, row in sourced_rows(tables):
        fail = _failure("locator", table, row, "source_locator")
        manual = row.get("manual_check", "").strip()
        if row["source_id"] != SEED_ID:
            if not manual:
                out.append(fail(f"source {row['source_id']!r} is not the seed and manual_check is empty"))
            continue
        pieces = pieces_of(row, seed)
        if not pieces:
            out.append(fail("is empty"))
        for i, piece in enumerate(pieces, 1):
            if piece.error:
                out.append(fail(f"piece {i} {piece.text!r} {piece.error}"))
            elif not piece.excerpts and not manual:
                out.append(fail(f"piece {i} {piece.text!r} quotes no words and manual_check is empty"))
    return out


def _failure(check: str, table: str, row: dict[str, str], column: str):
    return lambda message: Failure(check, table, row.get("id", "?"), column, message)


# ------------------------------------------------------------------ quotes and numbers
def excerpt_found(excerpt: str, lines: list[int], seed: Seed) -> bool:
    """The quoted words are on one of the lines: whole, or each of several quotes
    ('"A", "B"'); a leading or trailing '...' marks a cut."""
    texts = [normalise(seed.lines[n - 1]) for n in lines if 1 <= n <= len(seed.lines)]

    def found(words: str) -> bool:
        words = _cut(normalise(words))
        return bool(words) and any(words in text for text in texts)

    return found(excerpt) or all(found(part) for part in _QUOTE_SEP.split(excerpt))


def _cut(words: str) -> str:
    return words.removeprefix("...").removesuffix("...").strip()


def check_quotes(tables, seed: Seed) -> list[Failure]:
    out = []
    for table, row in sourced_rows(tables):
        if row["source_id"] != SEED_ID:
            continue
        for i, piece in enumerate(pieces_of(row, seed), 1):
            lines = piece.lines + piece.also
            for excerpt in piece.excerpts:
                if not excerpt_found(excerpt, lines, seed):
                    out.append(Failure("quote", table, row["id"], "source_locator",
                                       f'piece {i}: "{excerpt}" is not on line(s) {", ".join(map(str, lines))}'))
    return out


def check_numbers(tables, seed: Seed) -> tuple[list[Failure], list[str]]:
    """Failures, and the rows skipped: manual_check says why they cannot be checked, or the source
    is not the seed (the locator check then asks for manual_check)."""
    out, skipped = [], []
    for table, columns in NUMBER_COLUMNS.items():
        for row in tables.get(table, []):
            filled = [c for c in columns if row.get(c, "").strip()]
            if not filled:
                continue
            if row.get("manual_check", "").strip() or row["source_id"] != SEED_ID:
                skipped.append(f"{table} {row['id']}")
                continue
            lines = sorted({n for p in pieces_of(row, seed) for n in p.lines + p.also if 1 <= n <= len(seed.lines)})
            written = set().union(*(numbers_in(seed.lines[n - 1]) for n in lines))
            for column in filled:
                if problem := _number_problem(row[column], lines, written):
                    out.append(Failure("number", table, row["id"], column, problem))
    story, story_skipped = check_story_numbers(tables, seed)
    return out + story, skipped + story_skipped


_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_FI = "tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu"
#: Days of the month ("29 July", "12–13 August", "29. heinäkuuta", "heinäkuun 31. päivänä") and years.
_DATES = re.compile(
    rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_MONTHS_EN})\b"
    rf"|\b\d{{1,2}}\.(?:\s*[–-]\s*\d{{1,2}}\.)?\s+(?:{_MONTHS_FI})kuuta\b"
    rf"|\b(?:{_MONTHS_FI})kuun\s+\d{{1,2}}\.(?:\s*[–-]\s*\d{{1,2}}\.)?(?=\s+päivä)"
    r"|(?<![\d.,])(?:1[89]\d\d|20\d\d)s?(?![\d.,]\d)", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d.,])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.,]?\d)")
_STORY_TEXTS = ("title_en", "text_en", "title_fi", "text_fi")


def story_numbers(text: str, lang: str) -> tuple[set[float], list[str]]:
    """The numbers of a chapter's text, dates and years left out, and its times of day ('16.00').
    English groups thousands with commas ('2,752'); Finnish with spaces and writes '1,5'."""
    times = [f"{int(h)}.{m}" for h, m in _TIME.findall(text)]
    text = _DATES.sub(" ", _TIME.sub(" ", text))
    if lang == "en":
        text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    return numbers_in(text), times


def check_story_numbers(tables, seed: Seed) -> tuple[list[Failure], list[str]]:
    """A chapter's numbers are the seed's (on a line it cites) or the data's (a value of a figure it names)."""
    figures = {row["id"]: row for row in tables.get("figures", [])}
    out, skipped = [], []
    for row in tables.get("story", []):
        if row.get("manual_check", "").strip() or row["source_id"] != SEED_ID:
            skipped.append(f"story {row['id']}")
            continue
        lines = sorted({n for p in pieces_of(row, seed) for n in p.lines + p.also if 1 <= n <= len(seed.lines)})
        cited = [seed.lines[n - 1] for n in lines]
        allowed = set().union(*(numbers_in(line) for line in cited))
        for fid in (x.strip() for x in row.get("figure_ids", "").split(";") if x.strip()):
            allowed |= {float(figures[fid][c]) for c in ("value", "low", "high") if figures.get(fid, {}).get(c)}
        for column in _STORY_TEXTS:
            numbers, times = story_numbers(row.get(column, ""), column.rsplit("_", 1)[1])
            fail = _failure("number", "story", row, column)
            for n in sorted(n for n in numbers if not any(abs(a - n) < 1e-9 for a in allowed)):
                out.append(fail(f"{n:g} is neither on line(s) {', '.join(map(str, lines))} nor a value of the "
                                f"chapter's figures"))
            for t in times:
                if not any(re.search(rf"(?<![\d.]){re.escape(t)}(?!\d)", line.replace(":", ".")) for line in cited):
                    out.append(fail(f"the time {t} is not on line(s) {', '.join(map(str, lines))}"))
    return out, skipped


def _number_problem(text: str, lines: list[int], written: set[float]) -> str:
    try:
        value = float(text)
    except ValueError:
        return f"{text!r} is not a number"
    if not lines:
        return f"{text}: the locator names no line of the seed"
    if any(abs(value - n) < 1e-9 for n in written):
        return ""
    return f"{text} is not written on line(s) {', '.join(map(str, lines))}"


# ------------------------------------------------------------------ groups, dates, accounts
def check_groups(tables) -> list[Failure]:
    groups = defaultdict(list)
    for row in tables.get("figures", []):
        if row.get("compare_group", "").strip():
            groups[row["compare_group"].strip()].append(row)
    out = []
    for name, rows in sorted(groups.items()):
        fail = _failure("group", "figures", {"id": name}, "compare_group")
        if len(rows) < 2:
            out.append(fail(f"has one row only ({rows[0]['id']})"))
        for key in GROUP_KEYS:
            values = defaultdict(list)
            for row in rows:
                values[row.get(key, "")].append(row["id"])
            if len(values) > 1:
                mix = "; ".join(f"{v or '(empty)'}: {', '.join(ids)}" for v, ids in sorted(values.items()))
                out.append(fail(f"mixes {key}: {mix}"))
    return out


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def date_rule(precision: str, start: date, end: date | None) -> str:
    """What breaks the codebook's rule for an event's dates ('' when they keep it)."""
    if precision == "day":
        return "" if end in (None, start) else "day precision: date_end must be empty or equal date_start"
    if precision == "month":
        first, last = start.replace(day=1), start.replace(day=calendar.monthrange(start.year, start.month)[1])
        return "" if (start, end) == (first, last) else \
            f"month precision: dates must run {first} to {last} (the 1st to the last day of the month)"
    if precision == "year":
        first, last = date(start.year, 1, 1), date(start.year, 12, 31)
        return "" if (start, end) == (first, last) else f"year precision: dates must run {first} to {last}"
    if precision in ("season", "range"):
        return "" if end and end > start else f"{precision} precision: date_end must be present and after date_start"
    return f"unknown date_precision {precision!r}"


def check_dates(tables) -> list[Failure]:
    out = []
    for row in tables.get("events", []):
        start, end = _day(row["date_start"]), _day(row.get("date_end", ""))
        fail = _failure("date", "events", row, "date_end")
        if start is None or (row.get("date_end") and end is None):
            out.append(fail(f"unreadable date: {row['date_start']!r} – {row.get('date_end')!r}"))
        elif problem := date_rule(row["date_precision"], start, end):
            out.append(fail(f"{problem} (have {row['date_start']} – {row.get('date_end') or 'empty'})"))
    for row in tables.get("figures", []):
        start, end = _day(row.get("date_start", "")), _day(row.get("date_end", ""))
        if row.get("date_end") and not row.get("date_start"):
            out.append(_failure("date", "figures", row, "date_start")("date_end without date_start"))
        elif start and end and end < start:
            out.append(_failure("date", "figures", row, "date_end")(
                f"{row['date_end']} is before date_start {row['date_start']}"))
    return out


def check_accounts(tables) -> list[Failure]:
    events = {row["id"]: row for row in tables.get("events", [])}
    links = {i: [x.strip() for x in row.get("other_account_ids", "").split(";") if x.strip()]
             for i, row in events.items()}
    out = []
    for rid, others in links.items():
        fail = _failure("accounts", "events", events[rid], "other_account_ids")
        for other in others:
            if other == rid:
                out.append(fail("links the row to itself"))
            elif other not in events:
                out.append(fail(f"{other} is not an event id"))
            else:
                if rid not in links[other]:
                    out.append(fail(f"{other} does not link back"))
                if _version(events[rid]) == _version(events[other]):
                    out.append(fail(f"{other} has the same date, time and qualifier: a duplicate, not another account"))
    return out


def _version(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(row.get(c, "").strip() for c in ("date_start", "date_end", "time", "qualifier_en"))


# ------------------------------------------------------------------ all checks and the report
def run_all(tables, seed: Seed) -> tuple[dict[str, list[Failure]], list[str]]:
    numbers, skipped = check_numbers(tables, seed)
    return {"locator": check_locators(tables, seed), "quote": check_quotes(tables, seed), "number": numbers,
            "group": check_groups(tables), "date": check_dates(tables), "accounts": check_accounts(tables)}, skipped


def report(failures: dict[str, list[Failure]], skipped: list[str]) -> list[str]:
    by_table = defaultdict(list)
    for check in CHECKS:
        for failure in failures.get(check, []):
            by_table[failure.table].append(f"{check}: {failure}")
    lines = []
    for table in sorted(by_table, key=lambda t: SOURCED.index(t) if t in SOURCED else len(SOURCED)):
        lines.append(f"== {table} ({len(by_table[table])} failures)")
        lines.extend(by_table[table])
    counts = ", ".join(f"{check} {len(failures.get(check, []))}" for check in CHECKS)
    lines.append(f"failures: {counts}")
    lines.append(f"numbers not checked (manual_check says why, or the source is not the seed): {len(skipped)}: {', '.join(skipped)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.seed_check", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="data package folder (default: the bundled one)")
    parser.add_argument("--seed", type=Path, default=SEED, help="seed text (default: tests/fixtures/seed.txt)")
    args = parser.parse_args(argv)
    readme = args.data / "README.md" if (args.data / "README.md").exists() else DATA / "README.md"
    failures, skipped = run_all(load_tables(args.data), load_seed(args.seed, readme))
    print("\n".join(report(failures, skipped)))
    return 1 if any(failures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
