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
from app.views.print.events_print import draw_events, draw_sources
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
    ev = ds.events
    return ev[ev["id"].isin(ch.event_ids)].sort_values(["date_start", "time"], na_position="first", kind="stable")


def _picture_height(sheet: Sheet, ds, ch: Chapter, kind: str, chart, room: float) -> float:
    """Room the picture needs on the page of the chapter's text (a chart may run on)."""
    if kind == "map":
        return (MAP_MM + 10) * MM
    if kind == "chart" and chart is not None:
        return chart.height_hint(room) + 8 * MM
    if kind == "events":
        return (min(len(chapter_events(ds, ch)), TABLE_ROWS) + 1) * 9 * MM
    return 8 * MM


def draw_chapter(sheet: Sheet, ds, ch: Chapter, lang: str, notes: SourceNotes) -> None:
    """One chapter's section at the cursor; on a new page if its text and the start of its
    picture would not fit together on this one."""
    kind = picture_of(ds, ch)
    chart = chart_of_figures(sheet, ds, lang, ch.figure_ids) if kind == "chart" else None
    head = tr(QT_TRANSLATE_NOOP("Print", "Chapter {n}")).format(n=ch.number)
    period = period_text(ch, lang)
    kicker = f"{head} · {period}" if period else head
    text_h = sheet.height_of(ch.text(lang), "body") + sheet.height_of(ch.title(lang), "h1") + 14 * MM
    usable = sheet.bottom - sheet.top - text_h
    sheet.ensure(text_h + _picture_height(sheet, ds, ch, kind, chart, usable))
    if sheet.y > sheet.top + 1:
        sheet.rule(after=2.5 * MM)
    sheet.text(kicker.upper(), "kicker", after=0.5 * MM)
    sheet.text(ch.title(lang), "h1", after=1.5 * MM)
    sheet.text(ch.text(lang), "body", after=2.5 * MM)
    if kind == "map":
        day = ch.day or ch.date_end or ch.date_start
        off = draw_map(sheet, ds, lang, day, ch.place_ids, MAP_MM, ringed=set(ch.place_ids))
        caption = tr(QT_TRANSLATE_NOOP("Print", "Schematic map (not to survey accuracy); dotted rings: this chapter's "
                                                "places; badges: who held each hill on the day."))
        if off:
            caption += " " + tr(QT_TRANSLATE_NOOP("Print", "Off the map: {moves}")).format(moves="; ".join(off))
        sheet.text(caption, "caption", after=1.5 * MM)
    elif chart is not None:
        chart.draw()
        for sid in dict.fromkeys(f.source_id for f in chart.figures):
            notes.number(sid)
    elif kind == "events":
        draw_events(sheet, ds, chapter_events(ds, ch), lang, notes, limit=TABLE_ROWS)
    if ch.source_id:
        notes.number(ch.source_id)
        source = tr(QT_TRANSLATE_NOOP("Print", "Source: {citation}")).format(
            citation=cite(ds, ch.source_id, ch.source_locator))
        sheet.text(source, "small", after=4 * MM, keep=sheet.height_of(source, "small"))  # in one piece


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
        for ch in tour:
            draw_chapter(sheet, ds, ch, lang, notes)
        sheet.ensure(30 * MM)
        draw_sources(sheet, notes, tr(QT_TRANSLATE_NOOP("Print", "Sources")))

    return write_pdf(path, title, draw, header=title, footer=f"Khasan 1938 Explorer · {stamp}")
