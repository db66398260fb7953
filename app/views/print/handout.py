"""The classroom handout: the guided tour on A4, one section per chapter.

Each section: "Chapter N · period", the title, the text, one picture chosen by what the
chapter shows (the map centred on its places and set to its day, the forces chart of its
figures, or a small table of its events), then its source by title and locator. Sections
share a page when two fit; the sources cited are listed in full at the end. Everything is
in the language given (the UI strings in the installed translation).
"""
from __future__ import annotations

from datetime import datetime

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.model.dates import format_date
from app.model.story import Chapter, chapters
from app.views.print.chart_print import chart_of_figures, figure_index
from app.views.print.citations import SourceNotes, cite
from app.views.print.events_print import draw_events, draw_sources, events_height
from app.views.print.map_print import draw_map, places_on_map
from app.views.print.pdf import write_pdf
from app.views.print.sheet import MM, Sheet, tr

MAP_MM = 88.0  # a chapter's map, full width
TABLE_ROWS = 8  # a chapter's table of events at most


class NoTour(ValueError):
    """The data has no story table: there is no tour to print."""


def period_text(ch: Chapter, lang: str) -> str:
    if ch.date_start is None:
        return format_date(pd.Timestamp(ch.day), None, "day", lang) if ch.day else ""
    start, end = pd.Timestamp(ch.date_start), pd.Timestamp(ch.date_end) if ch.date_end else None
    return format_date(start, end, "range" if end is not None and end != start else "day", lang)


def picture_of(ds, ch: Chapter) -> str:
    """'map', 'chart', 'events' or '': what the chapter's section shows, by its view first,
    then by what it references (ids the data lacks count as nothing)."""
    figures = [f for f in ch.figure_ids if f in figure_index(ds, "en").by_id]
    on_map = places_on_map(ds, ch.place_ids)
    events = [e for e in ch.event_ids if ds.row("events", e) is not None]
    wanted = {"forces": "chart", "days": "map", "incidents": "events", "overview": "map"}.get(ch.view, "")
    have = {"chart": bool(figures), "map": bool(on_map) or (ch.view == "days" and ch.day is not None),
            "events": bool(events)}
    if have.get(wanted):
        return wanted
    return next((kind for kind in ("chart", "map", "events") if have[kind]), "")


def chapter_events(ds, ch: Chapter) -> pd.DataFrame:
    """The chapter's events in time order (ids the data lacks are left out)."""
    ev = ds.events
    return ev[ev["id"].isin(ch.event_ids)].sort_values(["date_start", "time"], na_position="first", kind="stable")


class Section:
    """One chapter's section: kicker, title, text, picture, and its source."""

    def __init__(self, sheet: Sheet, ds, ch: Chapter, lang: str):
        self.sheet, self.ds, self.ch, self.lang = sheet, ds, ch, lang
        self.kind = picture_of(ds, ch)
        self.chart = chart_of_figures(sheet, ds, lang, ch.figure_ids) if self.kind == "chart" else None
        self.events = chapter_events(ds, ch).head(TABLE_ROWS)
        self.text_h = sheet.height_of(ch.text(lang), "body") + sheet.height_of(ch.title(lang), "h1") + 14 * MM

    def start_height(self) -> float:
        """What must fit on the page the section starts on: its text and its picture's start."""
        sheet = self.sheet
        if self.kind == "map":
            picture = (MAP_MM + 10) * MM
        elif self.chart is not None:
            picture = self.chart.height_hint(sheet.bottom - sheet.top - self.text_h) + 8 * MM
        elif self.kind == "events":
            picture = events_height(sheet, self.ds, self.events, self.lang)
        else:
            picture = 8 * MM
        return self.text_h + picture

    def draw(self, notes: SourceNotes, next_start: float = 0.0) -> None:
        """Draw at the cursor (on a new page if its start does not fit). A map or chart
        section also lists its events when they fit on the page without pushing the next
        section (``next_start``: what that one needs) onto a page it would not need."""
        sheet, ch, lang = self.sheet, self.ch, self.lang
        sheet.ensure(self.start_height())
        if sheet.y > sheet.top + 1:
            sheet.rule(after=2.5 * MM)
        head = tr(QT_TRANSLATE_NOOP("Print", "Chapter {n}")).format(n=ch.number)
        period = period_text(ch, lang)
        sheet.text((f"{head} · {period}" if period else head).upper(), "kicker", after=0.5 * MM)
        sheet.text(ch.title(lang), "h1", after=1.5 * MM)
        sheet.text(ch.text(lang), "body", after=2.5 * MM)
        source = ""
        if ch.source_id:
            notes.number(ch.source_id)
            source = tr(QT_TRANSLATE_NOOP("Print", "Source: {citation}")).format(
                citation=cite(self.ds, ch.source_id, ch.source_locator))
        source_h = sheet.height_of(source, "small") + 4 * MM if source else 0.0
        self._picture(notes, source_h)
        if self.kind in ("map", "chart") and len(self.events):
            table = events_height(sheet, self.ds, self.events, lang)
            room = sheet.room() - source_h
            if table <= room and (room - table >= next_start or room < next_start):
                draw_events(sheet, self.ds, self.events, lang, notes)
        if source:
            sheet.text(source, "small", after=4 * MM, keep=source_h)  # in one piece

    def _picture(self, notes: SourceNotes, reserve: float) -> None:
        sheet, ch, lang = self.sheet, self.ch, self.lang
        if self.kind == "map":
            day = ch.day or ch.date_end or ch.date_start
            off = draw_map(sheet, self.ds, lang, day, ch.place_ids, MAP_MM, ringed=set(ch.place_ids))
            caption = tr(QT_TRANSLATE_NOOP("Print", "Schematic map (not to survey accuracy); dotted rings: this "
                                                    "chapter's places; badges: who held each hill on the day."))
            if off:
                caption += " " + tr(QT_TRANSLATE_NOOP("Print", "Off the map: {moves}")).format(moves="; ".join(off))
            sheet.text(caption, "caption", after=2 * MM)
        elif self.chart is not None:
            self.chart.draw(reserve)
            for sid in dict.fromkeys(f.source_id for f in self.chart.figures):
                notes.number(sid)
        elif self.kind == "events":
            draw_events(sheet, self.ds, self.events, lang, notes)


def draw_chapter(sheet: Sheet, ds, ch: Chapter, lang: str, notes: SourceNotes) -> None:
    """One chapter's section at the cursor (the report of the tour page)."""
    Section(sheet, ds, ch, lang).draw(notes)


def draw_cover(sheet: Sheet, ds, lang: str, tour: list[Chapter]) -> None:
    sheet.text(tr(QT_TRANSLATE_NOOP("Print", "Lake Khasan 1938: a guided tour")), "title", after=1 * MM)
    first = next((c.date_start for c in tour if c.date_start), None)
    last = max((c.date_end or c.date_start for c in tour if c.date_start), default=None)
    span = format_date(pd.Timestamp(first), pd.Timestamp(last), "range", lang) if first and last else ""
    line = tr(QT_TRANSLATE_NOOP("Print", "Classroom handout · {n} chapters · {span}")).format(n=len(tour), span=span)
    sheet.text(line.rstrip(" ·"), "subtitle", after=1.5 * MM)
    sheet.text(tr(QT_TRANSLATE_NOOP("Print", "Every sentence and number comes from the sources named under each "
                                             "chapter and listed in full at the end. Where sources give different "
                                             "numbers, the charts show each of them and mark it '≠ sources "
                                             "differ'.")), "muted", after=4 * MM)


def write_handout(ds, lang: str, path: str) -> int:
    """Write the tour as a PDF handout at ``path``; returns its page count. NoTour if the data
    has no story table; OSError if the file cannot be written."""
    tour = chapters(ds)
    if not tour:
        raise NoTour(tr(QT_TRANSLATE_NOOP("Print", "This data has no guided tour (no story table).")))
    title = tr(QT_TRANSLATE_NOOP("Print", "Lake Khasan 1938: a guided tour"))
    stamp = datetime.now().strftime("%Y-%m-%d")

    def draw(sheet: Sheet) -> None:
        notes = SourceNotes(ds)
        draw_cover(sheet, ds, lang, tour)
        sections = [Section(sheet, ds, ch, lang) for ch in tour]
        for section, following in zip(sections, [*sections[1:], None]):
            section.draw(notes, following.start_height() if following is not None else 0.0)
        sheet.ensure(30 * MM)
        draw_sources(sheet, notes, tr(QT_TRANSLATE_NOOP("Print", "Sources")))

    return write_pdf(path, title, draw, header=title, footer=f"Khasan 1938 Explorer · {stamp}")
