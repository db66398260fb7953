"""Details of one event: full text, place with coordinates, units, people, casualties,
and the full citation with a copy button. Plain text only: data is never HTML."""
from __future__ import annotations

import pandas as pd
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.model import Dataset
from app.model.dates import format_date
from app.model.export import neutralize
from app.model.formats import format_count
from app.model.queries import CASUALTY_COLUMNS
from app.model.selection import viewer_day_of_event
from app.state import AppState
from app.views.common.icons import icon
from app.views.common.retranslate import Retranslating
from app.views.common.wording import code_label, term


def _text(row: pd.Series, base: str, lang: str):
    value = row.get(f"{base}_{lang}")
    return value if pd.notna(value) else row.get(f"{base}_en")


def _names(ds: Dataset, table: str, ids, lang: str) -> str:
    if pd.isna(ids) or not ids:
        return ""
    return "; ".join(ds.name(table, i, lang) for i in str(ids).split(";"))


def _ids(value) -> tuple[str, ...]:
    return tuple(i.strip() for i in str(value).split(";") if i.strip()) if pd.notna(value) else ()


class EventDetails(Retranslating, QWidget):
    """The selected event in full, with its citation; plain text."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("eventDetails")
        self._state = state
        self._citation = ""
        self._day = None
        self._shown: tuple = (None, "")
        self._rendered: tuple | None = None  # (dataset, event, language) of the text shown now
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setTabChangesFocus(True)  # Tab leaves the text, as everywhere else
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_citation)
        self.copy_button.setProperty("kiosk_hidden", True)  # the clipboard is not for visitors
        self.day_button = QPushButton()
        self.day_button.clicked.connect(self.show_day)
        self.copy_button.setIcon(icon("copy"))
        self.day_button.setIcon(icon("day"))
        # The source's parts date or tell some happenings differently: each version is its own row,
        # and this button steps to the next one.
        self.other_button = QPushButton()
        self.other_button.clicked.connect(self.show_other_account)
        self._others: tuple[str, ...] = ()
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.day_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Event details"))
        self.copy_button.setText(self.tr("Copy citation"))
        self.copy_button.setToolTip(self.tr("Copy the full citation of the event's source"))
        self.day_button.setText(self.tr("Show this day"))
        self.day_button.setToolTip(self.tr("Open the daily operations viewer on this event's day"))
        self.other_button.setText(self.tr("Other account"))
        self.other_button.setToolTip(self.tr("Show how another part of the source dates or tells this happening"))
        self._rendered = None  # new words: render again
        self.show_event(*self._shown)

    def show_event(self, ds: Dataset | None, event_id: str) -> None:
        """Show an event; once per event and language (a language switch reaches here twice)."""
        self._shown = (ds, event_id)
        shown = (ds, event_id, self._state.language)  # a Dataset compares by identity
        if shown == self._rendered:
            return
        self._rendered = shown
        row = ds.row("events", event_id) if ds is not None and event_id else None
        self.copy_button.setEnabled(row is not None)
        self._day = None
        self._others = _ids(row["other_account_ids"]) if row is not None and "other_account_ids" in row.index else ()
        self.other_button.setEnabled(bool(self._others))
        if row is None:
            self._citation = ""
            self.text.setPlainText(self.tr("Select an event to read it here."))
            self.day_button.setEnabled(False)
            return
        lang = self._state.language
        end = row["date_end"] if pd.notna(row["date_end"]) else None
        when = format_date(row["date_start"], end, row["date_precision"], lang)
        if pd.notna(row["time"]):
            when += f", {row['time']}"
        lines = [str(_text(row, "title", lang)), when, ""]
        if pd.notna(row["place_id"]):
            place = ds.row("places", row["place_id"])
            where = ds.name("places", row["place_id"], lang)
            if place is not None and pd.notna(place["lat"]):
                approx = "" if place["coord_precision"] == "exact" else self.tr(" (approximate)")
                where += f" — {place['lat']:.5f}° N, {place['lon']:.5f}° E{approx}"
            lines.append(self.tr("Place: {p}").format(p=where))
        if pd.notna(row["sector"]):
            lines.append(self.tr("Sector: {s}").format(s=row["sector"]))
        lines.append(self.tr("Conflict: {c} · kind: {k}").format(c=code_label("conflict", row["conflict"]),
                                                                  k=code_label("kind", row["kind"])))
        units = _names(ds, "units", row["unit_ids"], lang)
        if units:
            lines.append(self.tr("Units: {u}").format(u=units))
        people = _names(ds, "people", row["person_ids"], lang)
        if people:
            lines.append(self.tr("People: {p}").format(p=people))
        counts = [f"{term('casualty', c)}: {format_count(row[c], lang)}" for c in CASUALTY_COLUMNS if pd.notna(row[c])]
        if pd.notna(row["count"]):
            counts.append(self.tr("Count: {n}").format(n=format_count(row["count"], lang)))
        if counts:
            lines.append(" · ".join(counts))
        lines += ["", str(_text(row, "text", lang)), ""]
        qualifier = _text(row, "qualifier", lang)
        if pd.notna(qualifier):
            lines += [self.tr("Version: {q}").format(q=qualifier), ""]
        lines += self._other_accounts(ds, lang)
        self._citation = ds.citation(row["source_id"])
        if pd.notna(row["source_locator"]):
            self._citation += f" — {row['source_locator']}"
        lines.append(self.tr("Source: {c}").format(c=self._citation))
        self.text.setPlainText("\n".join(lines))
        self._day = viewer_day_of_event(ds, event_id)
        self.day_button.setEnabled(self._day is not None)

    def _other_accounts(self, ds: Dataset, lang: str) -> list[str]:
        """One line per other version of the same happening: its date, title and whose version it is."""
        lines = []
        for other_id in self._others:
            other = ds.row("events", other_id)
            if other is None:
                continue
            end = other["date_end"] if pd.notna(other["date_end"]) else None
            line = f"• {format_date(other['date_start'], end, other['date_precision'], lang)} — " \
                   f"{_text(other, 'title', lang)}"
            qualifier = _text(other, "qualifier", lang)
            lines.append(line + (f" ({qualifier})" if pd.notna(qualifier) else ""))
        return [self.tr("Other accounts of this happening:"), *lines, ""] if lines else []

    def show_other_account(self) -> None:
        """Select the next version of this happening (the first other account)."""
        if self._others:
            self._state.select_event(self._others[0])

    def copy_citation(self) -> str:
        """Put the citation on the clipboard, neutralized in case it is pasted into a spreadsheet."""
        text = neutralize(self._citation)
        QGuiApplication.clipboard().setText(text)
        return text

    def show_day(self) -> None:
        if self._day is not None:
            self._state.set_day(self._day)
            self._state.request_view("days")
