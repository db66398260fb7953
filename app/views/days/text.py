"""Words and sentences of the daily viewer, in one translation context.

Data text is plain text: it is shown in plain-text widgets, and wherever Qt would
interpret it as rich text (tooltips) it goes through :func:`tooltip_html`, which escapes it.
"""
from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import QObject

from app.model.dates import format_day
from app.model.days import ControlLine, CountLine, EventLine, MoveLine, NamedLine, Ref
from app.model.schematic import MapPlace
from app.views.common.wording import SIDES, code_label, term

#: Categories a daily count names instead of its unit ("12 killed", not "12 people").
_COUNTED_CATEGORIES = ("killed", "wounded", "missing", "captured", "attacks", "counterattacks", "air_strikes",
                       "casualties")


def tooltip_html(text: str) -> str:
    """Plain text as a tooltip: escaped, line breaks kept, wrapped by Qt's rich-text tooltip."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class DayText(QObject):
    """Translated labels for sides, holders, kinds and units, and the details of each row."""

    def side(self, side: str) -> str:
        return code_label("side", side) if side else self.tr("unknown")

    def holder(self, holder: str | None) -> str:
        return term("side", holder) if holder in SIDES else self.tr("no record")

    def basis(self, basis: str) -> str:
        return code_label("basis", basis)

    def move_kind(self, kind: str) -> str:
        return code_label("kind", kind)

    def direction(self, direction: str) -> str:
        return code_label("direction", direction)

    def region(self, key: str) -> str:
        return term("side", key) if key in SIDES else {"Korea": self.tr("Korea")}.get(key, key)

    def count_what(self, line: CountLine) -> str:
        """'killed', 'aircraft', 'counter-attacks'…: what a number counts."""
        if line.category in _COUNTED_CATEGORIES and line.unit != "percent":
            return term("category", line.category)
        if line.category == "sorties_all" and line.unit != "percent":
            return term("unit", "sorties")
        return code_label("unit", line.unit)

    def group(self, group: str) -> str:
        return {"air": self.tr("air: aircraft, sorties, bombs"), "attacks": self.tr("attacks and counter-attacks"),
                "losses": self.tr("losses")}.get(group, group)

    # ------------------------------------------------------------------ sources
    def ref(self, ref: Ref) -> str:
        lines = [self.tr("Source: {citation}").format(citation=ref.citation or ref.source_id)]
        if ref.locator:
            lines.append(self.tr("Where: {locator}").format(locator=ref.locator))
        return "\n".join(lines)

    def short_ref(self, ref: Ref) -> str:
        return ref.source_id

    # ------------------------------------------------------------------ rows
    def event_label(self, line: EventLine) -> str:
        when = line.date_text or line.time
        return f"{when}  {line.title}" if when else line.title

    def event_details(self, line: EventLine, lang: str) -> str:
        parts = [line.title]
        if line.date_text or line.time:
            parts.append(line.date_text or line.time)
        parts += ["", line.text]
        if line.qualifier:
            parts.append(self.tr("Version: {q}").format(q=line.qualifier))
        parts += ["", self.ref(line.ref)]
        return "\n".join(parts)

    def move_label(self, line: MoveLine, place_name) -> str:
        who = line.unit_name or self.side(line.side)
        text = self.tr("{who}: {kind} on {place}").format(
            who=who, kind=self.move_kind(line.kind), place=place_name(line.to_place_id))
        return f"{line.time}  {text}" if line.time else text

    def move_details(self, line: MoveLine, place_name) -> str:
        parts = [self.move_label(line, place_name), line.text]
        if line.from_place_id:
            parts.append(self.tr("From: {place}").format(place=place_name(line.from_place_id)))
        elif line.from_direction:
            parts.append(self.tr("From the {direction}").format(direction=self.direction(line.from_direction)))
        else:
            parts.append(self.tr("The data gives no direction for this move."))
        parts += ["", self.ref(line.ref)]
        return "\n".join(parts)

    def control_label(self, line: ControlLine, lang: str) -> str:
        text = self.tr("{place}: {holder} ({basis})").format(
            place=line.place_name, holder=self.holder(line.holder), basis=self.basis(line.basis))
        if line.carried:
            text += " " + self.tr("as of {day}").format(day=format_day(line.row_date, lang))
        return text

    def control_details(self, line: ControlLine, lang: str) -> str:
        parts = [self.control_label(line, lang), line.note, "", self.ref(line.ref)]
        return "\n".join(parts)

    def place_details(self, place: MapPlace, lang: str) -> str:
        precision = (self.tr("coordinates from the seed (exact)") if place.exact
                     else self.tr("position approximate (schematic)"))
        parts = [place.name(lang), f"{place.lat:.5f}° N {place.lon:.5f}° E — {precision}", place.note(lang)]
        return "\n".join(p for p in parts if p)

    def count_label(self, line: CountLine) -> str:
        return self.tr("{side}: {value} {what}").format(side=self.side(line.side), value=line.value_text,
                                                        what=self.count_what(line))

    def count_details(self, line: CountLine) -> str:
        parts = [self.count_label(line)]
        if line.scope:
            parts.append(line.scope)
        if line.qualifier:
            parts.append(self.tr("Version: {q}").format(q=line.qualifier))
        parts += ["", self.ref(line.ref)]
        return "\n".join(parts)

    def named_details(self, line: NamedLine) -> str:
        parts = [line.name]
        if line.detail:
            parts.append(line.detail)
        parts.append(self.side(line.side))
        parts.append("")
        parts.append(self.tr("Named in:"))
        for ref in line.refs:
            parts.append(f"• {ref.row_id} — {ref.source_id}" + (f", {ref.locator}" if ref.locator else ""))
        return "\n".join(parts)

    def day_heading(self, day: pd.Timestamp, lang: str, n_events: int) -> str:
        text = self.tr("{day}: 1 event") if n_events == 1 else self.tr("{day}: {n} events")
        return text.format(day=format_day(day, lang), n=n_events)

    def map_summary(self, record, lang: str, holders: list[tuple[str, str]], place_name) -> str:
        """The day's map in words: its date, who held each hill, its moves."""
        parts = [format_day(record.day, lang) + "." if record.index >= 0 else ""]
        if holders:
            parts.append(self.tr("Holders: {holders}.").format(holders="; ".join(f"{n}: {h}" for n, h in holders)))
        moves = "; ".join(self.move_label(m, place_name) for m in record.moves)
        parts.append(self.tr("Moves: {moves}.").format(moves=moves) if moves else self.tr("No moves this day."))
        return " ".join(p for p in parts if p)
