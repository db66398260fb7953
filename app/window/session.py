"""Desktop sessions: window layout, last page and the incident filters come back next time.

Stored with QSettings (the platform's place for settings); kiosks don't use it.
"""
from __future__ import annotations

import json

import pandas as pd
from PySide6.QtCore import QSettings

from app.model.queries import EventFilter
from app.views.common.display import SCALES
from app.views.incidents.filter_state import IncidentFilterState


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "khasan-explorer", "session")


def filter_to_json(f: EventFilter) -> str:
    return json.dumps({
        "text": f.text,
        "date_from": f.date_from.strftime("%Y-%m-%d") if f.date_from is not None else None,
        "date_to": f.date_to.strftime("%Y-%m-%d") if f.date_to is not None else None,
        "facets": {k: sorted(v) for k, v in f.facets.items()},
        "casualties_only": f.casualties_only,
        "entity": list(f.entity) if f.entity else None,
    })


def filter_from_json(text: str) -> EventFilter:
    """A saved filter; anything unreadable gives the empty filter (never an error at start)."""
    try:
        d = json.loads(text)
        return EventFilter(
            text=str(d.get("text", "")),
            date_from=pd.Timestamp(d["date_from"]) if d.get("date_from") else None,
            date_to=pd.Timestamp(d["date_to"]) if d.get("date_to") else None,
            facets={k: frozenset(map(str, v)) for k, v in d.get("facets", {}).items()},
            casualties_only=bool(d.get("casualties_only", False)),
            entity=tuple(d["entity"]) if d.get("entity") else None,
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return EventFilter()


def save(window) -> None:
    """Layout, page and incident filter, for the next start."""
    s = settings()
    s.setValue("geometry", window.saveGeometry())
    s.setValue("window_state", window.saveState())
    s.setValue("page", window.current_page())
    s.setValue("incident_filter", filter_to_json(IncidentFilterState.of(window.state).value))
    s.setValue("zoom_step", window.display.scale_index)
    s.setValue("high_contrast", window.display.high_contrast)
    s.sync()


def restore_layout(window) -> str | None:
    """Geometry and dock state now; returns the last page to show once data is in."""
    s = settings()
    geometry = s.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = s.value("window_state")
    if state is not None:
        window.restoreState(state)
    restore_display(window, s)
    page = s.value("page")
    return str(page) if page else None


def restore_display(window, s: QSettings) -> None:
    """Zoom and high contrast as the user left them (a reader who needs them needs them at every start)."""
    try:
        step = int(s.value("zoom_step", -1))
    except (TypeError, ValueError):
        step = -1
    if 0 <= step < len(SCALES):
        window.display.set_scale_index(step)
    if str(s.value("high_contrast", "false")).lower() in ("true", "1"):
        window.display.set_high_contrast(True)


def restore_filter(window) -> None:
    """The incident filter of the last session, into the filter state (the incident page
    shows it whenever it is built)."""
    text = settings().value("incident_filter")
    if text:
        IncidentFilterState.of(window.state).set(filter_from_json(str(text)))
