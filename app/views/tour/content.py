"""What a tour chapter shows, in words: its events with dates, its figures with their values and
sources (a quantity the sources disagree on shows every source's figure side by side), its
places and its own source. Built from the dataset and the chapter; ids the data does not hold
are listed as missing, never an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
from PySide6.QtCore import QCoreApplication

from app.model.dates import format_date, format_day
from app.model.forces import Figure, FigureIndex, value_text
from app.model.story import Chapter
from app.views.common.wording import term

CONTEXT = "TourView"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class EventLine:
    id: str
    date: str
    title: str


@dataclass(frozen=True)
class FigureValue:
    id: str
    value: str  # '15,000 people', '≈ 650 killed'
    who: str  # whose figure: the qualifier, else the source's title
    source: str  # short: the source's title and the lines ('Hassanin taistelut (1938), line 189')
    citation: str  # in full: the citation and the locator (tooltip)
    in_chapter: bool  # the chapter names this row itself (not only its comparison group)


@dataclass(frozen=True)
class FigureCard:
    heading: str  # 'Strength · personnel — USSR, Lake Khasan 1938'
    values: tuple[FigureValue, ...]
    differ: bool  # several sources, different statements


@dataclass
class ChapterContent:
    period: str = ""
    events: list[EventLine] = field(default_factory=list)
    figures: list[FigureCard] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    source: str = ""
    missing: list[str] = field(default_factory=list)  # 'figures: fig-x' for ids not in the data


def period_text(chapter: Chapter, lang: str) -> str:
    """'29 Jul – 11 Aug 1938' / '29.7.–11.8.1938'; one day alone; '' without dates."""
    start = chapter.date_start or chapter.date_end or chapter.day
    end = chapter.date_end or start
    if start is None:
        return ""
    if end == start:
        return format_day(pd.Timestamp(start), lang)
    return format_date(pd.Timestamp(start), pd.Timestamp(end), "range", lang)


_LINES = re.compile(r"\blines? [0-9][0-9,–\- ]*$")


def _source_text(ds, source_id: str, locator: str) -> str:
    citation = ds.citation(source_id) or source_id
    return f"{citation} — {locator}" if locator else citation


def _short_source(ds, source_id: str, locator: str) -> str:
    """The source's title and, when the locator ends in them, its lines."""
    row = ds.row("sources", source_id)
    title = row.get("title") if row is not None else None
    title = title if isinstance(title, str) and title.strip() else source_id
    lines = _LINES.search(locator.strip()) if locator else None
    return f"{title}, {lines.group(0)}" if lines else title


def _events(ds, chapter: Chapter, lang: str, missing: list[str]) -> list[EventLine]:
    lines = []
    for event_id in chapter.event_ids:
        row = ds.row("events", event_id)
        if row is None:
            missing.append(f"events: {event_id}")
            continue
        title = row.get(f"title_{lang}")
        title = title if isinstance(title, str) and title.strip() else str(row["title_en"])
        lines.append(EventLine(event_id, format_date(row["date_start"], row["date_end"], row["date_precision"], lang),
                               " ".join(title.split())))
    return lines


def _value(ds, f: Figure, lang: str, in_chapter: bool) -> FigureValue:
    short = _short_source(ds, f.source_id, f.locator)
    return FigureValue(f.id, f"{value_text(f, lang)} {term('unit', f.unit)}", f.qualifier or short.split(",")[0],
                       short, _source_text(ds, f.source_id, f.locator), in_chapter)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _heading(f: Figure) -> str:
    return tr("{measure}: {category} — {side}, {conflict}").format(
        measure=_capital(term("measure", f.measure)), category=term("category", f.category),
        side=term("side", f.side), conflict=term("conflict", f.conflict))


def _figures(ds, index: FigureIndex, chapter: Chapter, lang: str, missing: list[str]) -> list[FigureCard]:
    cards, seen = [], set()
    wanted = set(chapter.figure_ids)
    for fig_id in chapter.figure_ids:
        f = index.by_id.get(fig_id)
        if f is None:
            missing.append(f"figures: {fig_id}")
            continue
        members = index.groups.get(f.group, [f]) if f.group else [f]
        key = f.group or f.id
        if key in seen:
            continue
        seen.add(key)
        values = tuple(_value(ds, m, lang, m.id in wanted) for m in members)
        cards.append(FigureCard(_heading(f), values, bool(f.group) and len(members) > 1 and index.differ(f.group)))
    return cards


def _places(ds, chapter: Chapter, lang: str, missing: list[str]) -> list[str]:
    names = []
    for place_id in chapter.place_ids:
        if ds.row("places", place_id) is None:
            missing.append(f"places: {place_id}")
        else:
            names.append(ds.name("places", place_id, lang))
    return names


def chapter_content(ds, index: FigureIndex | None, chapter: Chapter, lang: str) -> ChapterContent:
    """Everything the tour page lists beside a chapter's text, in ``lang``."""
    out = ChapterContent(period=period_text(chapter, lang))
    out.events = _events(ds, chapter, lang, out.missing)
    out.figures = _figures(ds, index, chapter, lang, out.missing) if index is not None else []
    out.places = _places(ds, chapter, lang, out.missing)
    if chapter.source_id:
        out.source = _source_text(ds, chapter.source_id, chapter.source_locator)
    return out
