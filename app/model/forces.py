"""Which figures form which force-comparison chart, and how they are grouped (no Qt).

A *chart* (strength, losses, air war…) is a set of small multiples. Each *panel* holds the
figures of one family of categories in one unit ("guns" in pieces: guns, field guns,
anti-tank guns…), so 15,000 men and 285 tanks never share an axis. Inside a panel the
figures are grouped by conflict, then side, then comparison group: rows that answer the
same question stay next to each other and are never merged or averaged.

A comparison group always stays together: its chart and panel family are those of its
first row, and the scope filter shows the whole group if any of its rows is in scope.

The vocabulary and ``Figure`` live in ``forces_figures``, the cutting into panels in
``forces_panels``; this module is the entry point and names them all.
"""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from app.model.dataset import Dataset
from app.model.forces_figures import (
    BOTH,
    BOTH_CONFLICTS,
    CHARTS,
    FAMILIES,
    JAPANESE_SIDES,
    SCOPES,
    SIDE_ORDER,
    SOVIET_SIDES,
    Figure,
    chart_of,
    conflicts_of,
    family_of,
    format_number,
    ratio_text,
    scope_level,
    value_text,
)
from app.model.forces_panels import RATIO_CHARTS, SPLITS, Line, Panel, Section, build_panels, side_ratio

__all__ = [
    "BOTH", "BOTH_CONFLICTS", "CHARTS", "FAMILIES", "JAPANESE_SIDES", "RATIO_CHARTS", "SCOPES", "SIDE_ORDER",
    "SOVIET_SIDES", "SPLITS", "Figure", "FigureIndex", "Line", "Panel", "Section", "build_panels", "chart_of",
    "conflicts_of", "family_of", "format_number", "ratio_text", "scope_level", "side_ratio", "value_text",
]


def _opt(value) -> float | None:
    return None if pd.isna(value) else float(value)


def _opt_str(value) -> str:
    return "" if pd.isna(value) else str(value)


def _opt_day(value) -> pd.Timestamp | None:
    return None if pd.isna(value) else value


class FigureIndex:
    """The figures of one dataset in one language, ready to be cut into charts (cached)."""

    def __init__(self, ds: Dataset, lang: str = "en"):
        self.ds = ds
        self.lang = lang
        fig = ds.figures
        citations = ds.sources.set_index("id")["citation"].astype(str).to_dict()

        def col(base: str) -> list:
            values = fig[f"{base}_{lang}"]
            return values.fillna(fig[f"{base}_en"]).tolist() if lang != "en" else values.tolist()

        scope, qualifier, note = col("scope"), col("qualifier"), col("note")
        figures: list[Figure] = []
        for i, r in enumerate(fig.itertuples(index=False)):
            start, end = _opt_day(r.date_start), _opt_day(r.date_end)
            figures.append(Figure(
                id=str(r.id), pos=i, conflict=str(r.conflict), side=str(r.side), measure=str(r.measure),
                category=str(r.category), value=_opt(r.value), low=_opt(r.low), high=_opt(r.high),
                estimate=str(r.estimate), unit=str(r.unit), scope=_opt_str(scope[i]),
                qualifier=_opt_str(qualifier[i]), note=_opt_str(note[i]), group=_opt_str(r.compare_group),
                source_id=str(r.source_id), citation=citations.get(str(r.source_id), ""),
                locator=_opt_str(r.source_locator), date_start=start, date_end=end,
                level=(str(r.scope_level) if pd.notna(r.scope_level)
                       else scope_level(_opt_str(r.scope_en), start, end)),
                chart=chart_of(str(r.measure), str(r.category)), family=family_of(str(r.category))))
        self.groups: dict[str, list[Figure]] = {}
        for f in figures:
            if f.group:
                self.groups.setdefault(f.group, []).append(f)
        # A group stays in one chart and one panel family: those of its first row.
        first = {g: members[0] for g, members in self.groups.items()}
        self.figures = [f if not f.group else replace(f, chart=first[f.group].chart, family=first[f.group].family)
                        for f in figures]
        self.by_id = {f.id: f for f in self.figures}
        self.groups = {g: [self.by_id[f.id] for f in members] for g, members in self.groups.items()}
        self._group_levels = {g: {f.level for f in m} for g, m in self.groups.items()}
        self._selected: dict[tuple, list[Figure]] = {}
        self._panels: dict[tuple, list[Panel]] = {}

    # ------------------------------------------------------------------ queries
    def differ(self, group: str) -> bool:
        """True if the sources of a comparison group say different things."""
        members = self.groups.get(group, [])
        return len({f.statement() for f in members}) > 1

    def in_scope(self, f: Figure, scope: str) -> bool:
        """True if a figure shows in a scope (a group shows whole if any of its rows does)."""
        if scope == "all":
            return True
        return scope in self._group_levels[f.group] if f.group else f.level == scope

    def select(self, conflicts: tuple[str, ...], chart: str | None, scope: str = "all") -> list[Figure]:
        """Figures of some conflicts in one chart (None: every chart) and scope, in data order."""
        key = (conflicts, chart, scope)
        if key not in self._selected:
            self._selected[key] = [f for f in self.figures if f.conflict in conflicts
                                   and (chart is None or f.chart == chart) and self.in_scope(f, scope)]
        return self._selected[key]

    def chart_counts(self, conflicts: tuple[str, ...], scope: str) -> dict[str, int]:
        """Number of figures in each chart (the tab texts)."""
        return {c: len(self.select(conflicts, c, scope)) for c in CHARTS}

    def panels(self, conflicts: tuple[str, ...], chart: str, scope: str = "all") -> list[Panel]:
        """The small multiples of one chart (cached: switching back costs a lookup)."""
        key = (conflicts, chart, scope)
        if key not in self._panels:
            self._panels[key] = build_panels(self.select(conflicts, chart, scope), conflicts,
                                             with_ratios=chart in RATIO_CHARTS)
        return self._panels[key]

    def related_events(self, f: Figure, max_days: int = 7) -> list[str]:
        """Ids of the day-dated events of the figure's conflict within its (short) period
        (the rule lives with the other selection rules in :mod:`app.model.selection`)."""
        from app.model.selection import events_of_figure

        return events_of_figure(self.ds, f.conflict, f.date_start, f.date_end, max_days)
