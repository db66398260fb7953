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
from app.views.common import wording
from app.views.common.wording import term

#: Called as translate("TourView", "literal") so that lupdate extracts each string in the tour
#: page's context (it does not see through a wrapper such as tr(text)).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class EventLine:
    id: str
    date: str
    title: str


@dataclass(frozen=True)
class FigureValue:
    id: str
    value: str  # '15,000 people', '≈ 650 killed'
    scope: str  # what the number counts ('Soviet soldiers who took part in the fighting')
    who: str  # whose figure (the qualifier: 'per Japanese figures'), '' when the row has none
    source: str  # short: the source's title and the lines ('Hassanin taistelut (1938), line 189')
    citation: str  # in full: the citation and the locator (tooltip)
    in_chapter: bool  # the chapter names this row itself (not only its comparison group)


@dataclass(frozen=True)
class FigureCard:
    heading: str  # 'Strength · personnel — USSR, Lake Khasan 1938'
    values: tuple[FigureValue, ...]
    differ: bool  # several sources, different statements
    group: bool = False  # one quantity as several sources give it (else figures that share a heading)


@dataclass
class ChapterContent:
    period: str = ""
    day: str = ""  # the day the daily viewer moves to ('' when the chapter has none)
    events: list[EventLine] = field(default_factory=list)
    figures: list[FigureCard] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    source: str = ""  # short: the chapter's source and lines
    citation: str = ""  # in full
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


_LINES = re.compile(r"\b(lines?) ([0-9][0-9,–\- ]*)$")


def _source_text(ds, source_id: str, locator: str) -> str:
    citation = ds.citation(source_id) or source_id
    return f"{citation} — {locator}" if locator else citation


def _short_source(ds, source_id: str, locator: str) -> str:
    """The source's title and, when the locator ends in them, its lines."""
    row = ds.row("sources", source_id)
    title = row.get("title") if row is not None else None
    title = title if isinstance(title, str) and title.strip() else source_id
    lines = _LINES.search(locator.strip()) if locator else None
    if lines is None:
        return title
    if lines.group(1) == "line":
        where = translate("TourView", "line {n}")
    else:
        where = translate("TourView", "lines {n}")
    return f"{title}, {where.format(n=lines.group(2).strip())}"


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
    return FigureValue(f.id, f"{value_text(f, lang)} {term('unit', f.unit)}", " ".join(f.scope.split()),
                       f.qualifier, _short_source(ds, f.source_id, f.locator),
                       _source_text(ds, f.source_id, f.locator), in_chapter)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _category(code: str) -> str:
    """A category's label; a panel family's ('personnel', 'tanks') when the category is one."""
    if code not in wording.CATEGORIES and code in wording.FAMILIES:
        label = term("family", code)
        return label[:1].lower() + label[1:]
    return term("category", code)


def _heading(f: Figure) -> str:
    """'Strength: personnel — USSR, Lake Khasan 1938' (no repeated word, no side when none is named)."""
    measure, category = _capital(term("measure", f.measure)), _category(f.category)
    what = measure if category.lower() == measure.lower() else f"{measure}: {category}"
    if f.side in ("", "none"):
        return translate("TourView", "{what}, {conflict}").format(what=what, conflict=term("conflict", f.conflict))
    return translate("TourView", "{what} — {side}, {conflict}").format(
        what=what, side=term("side", f.side),
                                                     conflict=term("conflict", f.conflict))


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
        group = bool(f.group) and len(members) > 1
        card = FigureCard(_heading(f), values, group and index.differ(f.group), group)
        if cards and not group and not cards[-1].group and cards[-1].heading == card.heading:
            card = FigureCard(card.heading, cards.pop().values + values, False)  # one heading, side by side
        cards.append(card)
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
    out = ChapterContent(period=period_text(chapter, lang),
                         day=format_day(pd.Timestamp(chapter.day), lang) if chapter.day is not None else "")
    out.events = _events(ds, chapter, lang, out.missing)
    out.figures = _figures(ds, index, chapter, lang, out.missing) if index is not None else []
    out.places = _places(ds, chapter, lang, out.missing)
    if chapter.source_id:
        out.source = _short_source(ds, chapter.source_id, chapter.source_locator)
        out.citation = _source_text(ds, chapter.source_id, chapter.source_locator)
    return out
