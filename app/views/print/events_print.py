"""Events as a printed table (date, place, event, casualties, source) and the numbered list
of the sources cited above it."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.model.dates import format_date
from app.model.formats import format_number
from app.views.common.wording import term
from app.views.print.citations import SourceNotes
from app.views.print.sheet import MM, Sheet, tr
from app.views.print.table import Column, draw_table, table_height


def _text(value) -> str:
    return value if isinstance(value, str) else ""


#: The event columns of casualties: side → its four columns, as (category, column).
_CASUALTY_COLUMNS = {side: [(what, f"{side}_{what}") for what in ("killed", "wounded", "missing", "captured")]
                     for side in ("ussr", "japan")}
_SIDE_LABELS = {"ussr": QT_TRANSLATE_NOOP("Print", "Soviet: {list}"),
                "japan": QT_TRANSLATE_NOOP("Print", "Japanese/Manchukuo: {list}")}


def casualties_text(row, lang: str) -> str:
    """'Soviet: 4 killed, 9 wounded' and 'Japanese/Manchukuo: 31 killed', one line a side."""
    lines = []
    for side, columns in _CASUALTY_COLUMNS.items():
        found = [f"{format_number(row[key], lang)} {term('category', what)}" for what, key in columns
                 if row.get(key) is not None and pd.notna(row.get(key))]
        if found:
            lines.append(tr(_SIDE_LABELS[side]).format(list=", ".join(found)))
    return "\n".join(lines)


def event_rows(ds, frame: pd.DataFrame, lang: str, notes: SourceNotes) -> list[list[str]]:
    rows = []
    for row in frame.to_dict("records"):
        when = format_date(row["date_start"], row.get("date_end"), row.get("date_precision"), lang)
        if _text(row.get("time")):
            when = f"{when}, {row['time']}"
        place = ds.name("places", row["place_id"], lang) if _text(row.get("place_id")) else ""
        title = _text(row.get(f"title_{lang}")) or _text(row.get("title_en"))
        rows.append([when, place, title, casualties_text(row, lang),
                     notes.ref(row.get("source_id"), row.get("source_locator"))])
    return rows


def event_columns(with_casualties: bool = True) -> list[Column]:
    """Date, place, event, casualties (left out when no row has any) and source."""
    columns = [Column(term("field", "date"), 14), Column(term("field", "place"), 14),
               Column(tr(QT_TRANSLATE_NOOP("Print", "Event")), 36 if with_casualties else 45),
               Column(tr(QT_TRANSLATE_NOOP("Print", "Casualties")), 17),
               Column(term("field", "source"), 19 if with_casualties else 27)]
    return columns if with_casualties else columns[:3] + columns[4:]


def _table(ds, frame: pd.DataFrame, lang: str, notes: SourceNotes) -> tuple[list[Column], list[list[str]]]:
    rows = event_rows(ds, frame, lang, notes)
    with_casualties = any(row[3] for row in rows)
    if not with_casualties:
        rows = [row[:3] + row[4:] for row in rows]
    return event_columns(with_casualties), rows


def events_height(sheet: Sheet, ds, frame: pd.DataFrame, lang: str) -> float:
    """Height of the events table of ``frame`` (all its rows)."""
    columns, rows = _table(ds, frame, lang, SourceNotes(ds))
    return table_height(sheet, columns, rows) + 1.5 * MM if rows else 0.0


def draw_events(sheet: Sheet, ds, frame: pd.DataFrame, lang: str, notes: SourceNotes, limit: int | None = None) -> int:
    """The events of ``frame`` as a table (at most ``limit`` rows, then a line saying how
    many more); returns the number of rows drawn."""
    shown = frame if limit is None else frame.head(limit)
    if not len(shown):
        sheet.text(tr(QT_TRANSLATE_NOOP("Print", "No events.")), "muted", after=2 * MM)
        return 0
    draw_table(sheet, *_table(ds, shown, lang, notes))
    sheet.gap(1.5 * MM)
    if len(frame) > len(shown):
        sheet.text(tr(QT_TRANSLATE_NOOP("Print", "… and {n} more events (export the table for all of them).")).format(
            n=len(frame) - len(shown)), "muted", after=2 * MM)
    return len(shown)


def draw_sources(sheet: Sheet, notes: SourceNotes, heading: str = "") -> None:
    """The numbered full citations of every source used above."""
    entries = notes.entries()
    if not entries:
        return
    sheet.gap(2 * MM)
    sheet.text(heading or term("table", "sources"), "h2", after=1 * MM, keep=12)
    for entry in entries:
        sheet.text(entry, "small", indent=0, after=0.8 * MM)
