"""Citations on paper: a source by its title and citation (never a file path), a row's
locator in short (part and line, without the quoted words), and numbered source notes.

The seed is cited by its title, "Hassanin taistelut (1938)", and the part and line of the
statement; other sources by their citation from sources.csv.
"""
from __future__ import annotations

import re

import pandas as pd

#: A project or local file path inside a citation ("project file shared/seed/000_x.txt"):
#: two or more folders, or a folder and a file name with an extension. "Changkufeng/Khasan"
#: (a name with a slash) is neither.
_PATH = re.compile(r"[;,]?\s*(?:(?:project|local|data)\s+file:?\s+)?(?<![\w/:])"
                   r"(?:/?(?:[\w.~-]+/){2,}[\w.~-]+|/?[\w.~-]+/[\w~-]+\.[A-Za-z]{2,4})\b\.?")
_QUOTED = re.compile(r":?\s*[\"“”„][^\"“”„]*[\"“”]")
#: The line reference that ends one statement of a locator: ', line 215', ', lines 326–336',
#: ', line 77 (also line 355)', followed by '; ' and the next statement, or the end.
_ANCHOR = re.compile(r",\s*(?P<where>lines?\s+\d[\d,\s–-]*?(?:\s*\(also lines?[^)]*\))?)\s*(?:;\s*|$)")


def strip_paths(text: str) -> str:
    """``text`` without file paths; a sentence that ended with one ends with a full stop."""
    cleaned = _PATH.sub("", text or "").strip()
    if cleaned and text.rstrip().endswith(".") and not cleaned.endswith("."):
        cleaned += "."
    return cleaned


def _pieces(locator: str) -> list[tuple[str, str]]:
    """(part, where) per statement: the part is what precedes the quoted words, 'where' the
    line reference that ends the statement. Quotes may hold quotes, ';' and ','."""
    out, pos = [], 0
    for m in _ANCHOR.finditer(locator):
        part = re.split(r":\s*[\"“„]", locator[pos:m.start()], maxsplit=1)[0].strip(" ;,")
        out.append((part, re.sub(r"^lines?\s+", "", m.group("where").strip())))
        pos = m.end()
    rest = locator[pos:].strip(" ;")
    if rest:
        out.append((re.sub(r",(\s*,)+", ",", _QUOTED.sub("", rest)).strip(" ,"), ""))
    return [(part, where) for part, where in out if part or where]


def short_locator(locator: str) -> str:
    """'Khasan article (taistelevat): "raja …", line 242' → 'Khasan article (taistelevat), line 242';
    parts that repeat are named once ('…, lines 215, 217')."""
    if not isinstance(locator, str) or not locator.strip():
        return ""
    merged: list[tuple[str, list[str]]] = []
    for part, where in _pieces(locator):
        if merged and merged[-1][0] == part and where:
            merged[-1][1].append(where)
        else:
            merged.append((part, [where] if where else []))
    out = []
    for part, wheres in merged:
        if not wheres:
            out.append(part)
            continue
        word = "line" if len(wheres) == 1 and re.fullmatch(r"\d+(\s*\(also[^)]*\))?", wheres[0]) else "lines"
        out.append(f"{part}, {word} {', '.join(wheres)}" if part else f"{word} {', '.join(wheres)}")
    return "; ".join(out)


def source_title(ds, source_id: str) -> str:
    """A source's short name: its title (the seed: 'Hassanin taistelut (1938)'), else its id."""
    row = ds.row("sources", source_id) if source_id else None
    if row is None:
        return source_id or ""
    title = row.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return strip_paths(str(row["citation"])).split(";")[0].strip() or source_id


def full_citation(ds, source_id: str) -> str:
    """A source's citation from sources.csv, without file paths; the seed's starts with its title."""
    row = ds.row("sources", source_id) if source_id else None
    if row is None:
        return source_id or ""
    text = strip_paths(str(row["citation"]))
    title = source_title(ds, source_id)
    if str(row.get("kind")) == "seed" and not text.startswith(title):
        text = f"{title}. {text}"
    return text


def cite(ds, source_id: str, locator: str) -> str:
    """'Hassanin taistelut (1938), Khasan article (taistelevat), line 215'."""
    where = short_locator(locator)
    title = source_title(ds, source_id)
    return f"{title}, {where}" if where else title


class SourceNotes:
    """Sources numbered in order of first use: a row says '[1] part, line'; the list at the
    end gives [1]'s full citation."""

    def __init__(self, ds):
        self.ds = ds
        self.order: list[str] = []

    def number(self, source_id: str) -> int:
        if source_id not in self.order:
            self.order.append(source_id)
        return self.order.index(source_id) + 1

    def ref(self, source_id, locator) -> str:
        if not isinstance(source_id, str) or not source_id or pd.isna(source_id):
            return ""
        where = short_locator(locator if isinstance(locator, str) else "")
        n = self.number(source_id)
        return f"[{n}] {where}" if where else f"[{n}]"

    def entries(self) -> list[str]:
        """'[1] Hassanin taistelut (1938) [The Khasan battles (1938)]: Finnish compilation, …'."""
        return [f"[{n}] {full_citation(self.ds, sid)}" for n, sid in enumerate(self.order, start=1)]
