"""The report of the current page (File ▸ Save report as PDF…, File ▸ Print report…), drawn
for paper: a title block, the page's content redrawn (the forces chart and the daily map
as vectors, events and figures as real tables with every row's source), and the full
citation of every source cited. No picture of the window: no buttons, sliders or scroll bars.

What each page contributes: the incident table its selected rows (or every row shown)
with its filters; the forces page its chart and the figures behind it; the daily viewer
the day's map and events; the tour its chapter; the other pages the shared day's map and
events (the sources page its list of sources). Views may offer ``report_parts()`` for the
title and filters (``ReportParts``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.forces import value_text
from app.model.formats import format_day, format_number
from app.model.research import source_usage
from app.views.common.wording import term
from app.views.print.chart_print import PrintedChart, figure_index
from app.views.print.citations import SourceNotes, full_citation, source_title
from app.views.print.events_print import draw_events, draw_sources
from app.views.print.handout import draw_chapter
from app.views.print.map_print import draw_map
from app.views.print.pdf import print_pages, write_pdf
from app.views.print.sheet import MM, Sheet
from app.views.print.table import Column, draw_table

MAX_ROWS = 14  # rows a page's own report_parts() lists (the printed tables take every row up to MAX_PRINTED)
MAX_PRINTED = 300  # rows printed at most; beyond, the report says how many more there are


def _tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Report", ...) (so lupdate finds it)."""
    return QCoreApplication.translate("Report", text)


@dataclass
class ReportParts:
    title: str
    filters: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    total_rows: int = 0
    source_ids: list[str] = field(default_factory=list)


@dataclass
class Report:
    """What a report is made of: the shared state, the page shown and its view (or None)."""

    state: object
    page: str
    view: object = None
    dataset_label: str = ""

    @property
    def lang(self) -> str:
        return self.state.language

    @property
    def ds(self):
        return self.state.dataset


PAGE_TITLES = {
    "overview": QT_TRANSLATE_NOOP("Report", "Overview"),
    "tour": QT_TRANSLATE_NOOP("Report", "Guided tour"),
    "incidents": QT_TRANSLATE_NOOP("Report", "Incident table"),
    "forces": QT_TRANSLATE_NOOP("Report", "Force comparison"),
    "days": QT_TRANSLATE_NOOP("Report", "Daily operations"),
    "sources": QT_TRANSLATE_NOOP("Report", "Sources"),
    "index": QT_TRANSLATE_NOOP("Report", "Index"),
}


def _parts(report: Report) -> ReportParts | None:
    view = report.view
    return view.report_parts() if view is not None and hasattr(view, "report_parts") else None


def title_of(report: Report) -> str:
    parts = _parts(report)
    if parts is not None:
        return parts.title
    day = shown_day(report)
    if report.page == "days" and day is not None:
        return _tr(QT_TRANSLATE_NOOP("Report", "Daily operations — {d}")).format(
            d=format_day(pd.Timestamp(day), report.lang))
    return _tr(PAGE_TITLES.get(report.page, QT_TRANSLATE_NOOP("Report", "Khasan 1938 Explorer")))


def _title_block(sheet: Sheet, report: Report) -> None:
    sheet.text(_tr(QT_TRANSLATE_NOOP("Report", "Khasan 1938 Explorer · report")).upper(), "kicker", after=0.5 * MM)
    sheet.text(title_of(report), "title", after=1 * MM)
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    sheet.text(_tr(QT_TRANSLATE_NOOP("Report", "Data: {label} · {stamp}")).format(
        label=report.dataset_label or report.ds.label, stamp=stamp), "subtitle", after=1 * MM)
    parts = _parts(report)
    if parts is not None and parts.filters:
        sheet.text(_tr(QT_TRANSLATE_NOOP("Report", "Filters: {f}")).format(f="; ".join(parts.filters)), "small",
                   after=1 * MM)
    sheet.rule(after=3 * MM)


# ------------------------------------------------------------------ what each page prints
def _incidents(sheet: Sheet, report: Report, notes: SourceNotes) -> None:
    view, ds = report.view, report.ds
    shown = view.shown_events() if view is not None and hasattr(view, "shown_events") else ds.events.head(0)
    rows = view.selected_rows() if hasattr(view, "selected_rows") else []
    if len(rows) > 1:
        frame = shown.iloc[[r for r in rows if r < len(shown)]]
        line = _tr(QT_TRANSLATE_NOOP("Report", "{n} selected events of {m} shown"))
    else:
        frame = shown
        line = _tr(QT_TRANSLATE_NOOP("Report", "{n} events shown"))
    sheet.text(line.format(n=format_number(len(frame), report.lang), m=format_number(len(shown), report.lang)),
               "h2", after=1.5 * MM)
    draw_events(sheet, ds, frame, report.lang, notes, limit=MAX_PRINTED)


def _forces(sheet: Sheet, report: Report, notes: SourceNotes) -> None:
    view, ds, lang = report.view, report.ds, report.lang
    index = figure_index(ds, lang)
    fs = getattr(view, "fs", None)
    if fs is not None and fs.is_chart:
        figures = index.select(fs.conflicts, fs.chart, fs.scope)
        PrintedChart(sheet, index, index.panels(fs.conflicts, fs.chart, fs.scope), both=fs.both).draw()
    else:
        conflicts = fs.conflicts if fs is not None else (report.state.conflict,)
        figures = index.select(conflicts, None, "all")
    sheet.gap(2 * MM)
    sheet.text(_tr(QT_TRANSLATE_NOOP("Report", "The figures behind it")), "h2", after=1.5 * MM, keep=20)
    columns = [Column(term("field", "side"), 11), Column(term("field", "category"), 14),
               Column(_tr(QT_TRANSLATE_NOOP("Report", "As stated")), 11, "right"),
               Column(term("field", "scope"), 38), Column(term("field", "source"), 26)]
    rows = [[term("side", f.side), term("category", f.category), f"{value_text(f, lang)} {term('unit', f.unit)}",
             f"{f.scope} ({f.qualifier})" if f.qualifier else f.scope, notes.ref(f.source_id, f.locator)]
            for f in figures[:MAX_PRINTED]]
    if rows:
        draw_table(sheet, columns, rows)


def shown_day(report: Report):
    """The shared day, or the day the daily viewer shows when none is shared (its first)."""
    view = report.view
    if report.state.day is not None or not hasattr(view, "days"):
        return report.state.day
    days = view.days()
    return days[max(0, min(view.current_index(), len(days) - 1))] if days else None


def _day(sheet: Sheet, report: Report, notes: SourceNotes) -> None:
    ds, day, lang = report.ds, shown_day(report), report.lang
    off = draw_map(sheet, ds, lang, day, (), 118.0)
    if off:
        sheet.text(_tr(QT_TRANSLATE_NOOP("Report", "Off the map this day: {moves}")).format(moves="; ".join(off)),
                   "caption", after=2 * MM)
    if day is None:
        sheet.text(_tr(QT_TRANSLATE_NOOP("Report", "No day is chosen: the map shows no day's positions.")),
                   "muted", after=2 * MM)
        return
    sheet.text(_tr(QT_TRANSLATE_NOOP("Report", "Events of {d}")).format(d=format_day(pd.Timestamp(day), lang)), "h2",
               after=1.5 * MM, keep=20)
    draw_events(sheet, ds, ds.events_on(day), lang, notes, limit=MAX_PRINTED)


def _sources(sheet: Sheet, report: Report, notes: SourceNotes) -> None:
    ds = report.ds
    usage = source_usage(ds)
    counts = dict(zip(usage["id"], usage["total"]))
    rows = [[source_title(ds, sid), term("source_kind", kind), format_number(counts.get(sid, 0), report.lang),
             full_citation(ds, sid)] for sid, kind in zip(ds.sources["id"], ds.sources["kind"])]
    draw_table(sheet, [Column(term("field", "title"), 25), Column(term("field", "kind"), 13),
                       Column(_tr(QT_TRANSLATE_NOOP("Report", "Rows")), 7, "right"),
                       Column(term("field", "citation"), 55)], rows, bold_first=True)


def draw_report(sheet: Sheet, report: Report) -> None:
    notes = SourceNotes(report.ds)
    _title_block(sheet, report)
    page, chapter = report.page, getattr(report.state, "chapter", None)
    if page == "incidents":
        _incidents(sheet, report, notes)
    elif page == "forces":
        _forces(sheet, report, notes)
    elif page == "tour" and chapter is not None:
        draw_chapter(sheet, report.ds, chapter, report.lang, notes)
    elif page == "sources":
        _sources(sheet, report, notes)
    else:
        _day(sheet, report, notes)
    draw_sources(sheet, notes, term("table", "sources"))


def write_report(report: Report, path: str) -> int:
    """Write the report as a PDF at ``path``; returns its page count (OSError if it cannot)."""
    title = title_of(report)
    return write_pdf(path, title, lambda sheet: draw_report(sheet, report), header=title,
                     footer="Khasan 1938 Explorer · " + datetime.now().strftime("%Y-%m-%d"))


def print_report(report: Report, printer) -> int:
    """Send the report to a printer the user chose; returns its page count."""
    title = title_of(report)
    return print_pages(printer, lambda sheet: draw_report(sheet, report), header=title)
