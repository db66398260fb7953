"""What the force-comparison page shows, as a state object (glue's viewer-state idea).

The shared ``AppState`` knows one conflict; this page can also show Khasan and Khalkhin
Gol side by side, a chart, a scope and table mode, which are its own business. The page's
controls report what the user chose, the state takes it, and ``changed`` redraws the page:
the controls, the kiosk reset and the shared conflict all go through here.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.model.forces import BOTH, CHARTS, SCOPES, conflicts_of

ALL_FIGURES = "all_figures"  # the table of every figure row, after the charts
TABS = CHARTS + (ALL_FIGURES,)  # the page's tabs, in order
DEFAULTS = {"chart": "strength", "scope": "all", "as_table": False}


class ForcesState(QObject):
    """Conflict (an id or BOTH), chart (one of ``TABS``), scope and table mode, with a
    ``changed`` signal emitted once per real change."""

    changed = Signal()

    def __init__(self, conflict: str = "khasan-1938", parent: QObject | None = None):
        super().__init__(parent)
        self.conflict = conflict
        self.chart: str = DEFAULTS["chart"]
        self.scope: str = DEFAULTS["scope"]
        self.as_table: bool = DEFAULTS["as_table"]

    def set(self, **choices) -> bool:
        """Take the user's choices (conflict=, chart=, scope=, as_table=); True if any changed."""
        if choices.get("chart", self.chart) not in TABS:
            raise ValueError(f"unknown chart {choices['chart']!r}")
        if choices.get("scope", self.scope) not in SCOPES:
            raise ValueError(f"unknown scope {choices['scope']!r}")
        changed = {k: v for k, v in choices.items() if getattr(self, k) != v}
        for key, value in changed.items():
            setattr(self, key, value)
        if changed:
            self.changed.emit()
        return bool(changed)

    def reset(self, conflict: str) -> bool:
        """What the next kiosk visitor finds: ``conflict``, the first chart, every scope, no table."""
        return self.set(conflict=conflict, **DEFAULTS)

    @property
    def conflicts(self) -> tuple[str, ...]:
        """The conflict ids shown (two side by side)."""
        return conflicts_of(self.conflict)

    @property
    def both(self) -> bool:
        """True when Khasan and Khalkhin Gol are shown side by side (this page only)."""
        return self.conflict == BOTH

    @property
    def is_chart(self) -> bool:
        """True when a chart (not the all-figures table) is chosen."""
        return self.chart != ALL_FIGURES

    @property
    def shows_chart(self) -> bool:
        """True when the chart itself is on screen (what export writes)."""
        return self.is_chart and not self.as_table
