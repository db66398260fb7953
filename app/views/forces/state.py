"""What the force-comparison page shows: a small state without Qt (glue's viewer-state idea).

The shared ``AppState`` knows one conflict; this page can also show Khasan and Khalkhin
Gol side by side, a chart, a scope and table mode, which are its own business.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.model.forces import BOTH, CHARTS, SCOPES, conflicts_of

ALL_FIGURES = "all_figures"  # the table of every figure row, after the charts


@dataclass
class ForcesState:
    conflict: str = "khasan-1938"  # a conflict id, or BOTH
    chart: str = "strength"  # one of CHARTS, or ALL_FIGURES
    scope: str = "all"  # one of SCOPES
    as_table: bool = False

    def __post_init__(self):
        if self.chart not in CHARTS and self.chart != ALL_FIGURES:
            raise ValueError(f"unknown chart {self.chart!r}")
        if self.scope not in SCOPES:
            raise ValueError(f"unknown scope {self.scope!r}")

    @property
    def conflicts(self) -> tuple[str, ...]:
        return conflicts_of(self.conflict)

    @property
    def both(self) -> bool:
        return self.conflict == BOTH

    @property
    def is_chart(self) -> bool:
        """True when a chart (not the all-figures table) is chosen."""
        return self.chart != ALL_FIGURES

    @property
    def shows_chart(self) -> bool:
        return self.is_chart and not self.as_table
