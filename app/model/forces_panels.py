"""Cutting a chart's figures into small multiples: panels, sections and lines (no Qt).

A panel holds one family of categories in one unit, with its own scale; inside it the
figures are grouped by conflict, then side, then comparison group, and rows that answer
the same question stay next to each other, never merged or averaged. A total and its
parts may share one stacked line; a Soviet ÷ Japanese ratio is given only where it
compares like with like.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.model.forces_figures import FAMILIES, JAPANESE_SIDES, SIDE_ORDER, SOVIET_SIDES, Figure

_FAMILY_RANK = {fam: i for i, fam in enumerate(FAMILIES)}
_CATEGORY_RANK = {cat: i for cats in FAMILIES.values() for i, cat in enumerate(cats)}

#: Charts where a Soviet ÷ Japanese ratio compares like with like.
RATIO_CHARTS = frozenset({"strength", "losses"})
#: A total and its parts drawn as one stacked bar when a side has exactly one of each part.
SPLITS = {"guns": ("field_guns", "at_guns"), "machine_guns": ("heavy_machine_guns", "light_machine_guns")}


@dataclass
class Line:
    """One bar: a single figure, or the parts of a split drawn stacked."""

    figures: tuple[Figure, ...]
    group: str = ""

    @property
    def is_split(self) -> bool:
        return len(self.figures) > 1


@dataclass
class Section:
    """The figures of one side in one conflict within a panel."""

    conflict: str
    side: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Panel:
    """One small multiple: a family of categories in one unit, its own scale."""

    family: str
    unit: str
    sections: list[Section]
    scale: float
    ratios: dict[str, tuple[float, float]]  # conflict → (low, high) of Soviet / Japanese

    @property
    def figures(self) -> list[Figure]:
        return [f for s in self.sections for line in s.lines for f in line.figures]


def _rank(f: Figure) -> tuple[int, int]:
    return (_CATEGORY_RANK.get(f.category, 99), f.pos)


def build_panels(figures: list[Figure], conflicts: tuple[str, ...], with_ratios: bool = True) -> list[Panel]:
    """Cut figures into panels (family × unit), sections (conflict × side) and lines."""
    by_panel: dict[tuple[str, str], list[Figure]] = {}
    for f in figures:
        by_panel.setdefault((f.family, f.unit), []).append(f)
    panels = []
    for (family, unit), figs in by_panel.items():
        sections = []
        for conflict in conflicts:
            in_conflict = [f for f in figs if f.conflict == conflict]
            sides = sorted({f.side for f in in_conflict},
                           key=lambda s: SIDE_ORDER.index(s) if s in SIDE_ORDER else len(SIDE_ORDER))
            for side in sides:
                lines = _lines(family, [f for f in in_conflict if f.side == side])
                sections.append(Section(conflict, side, lines))
        ratios = {}
        for conflict in conflicts if with_ratios else ():
            ratio = side_ratio([f for f in figs if f.conflict == conflict], FAMILIES.get(family, (family,))[0])
            if ratio is not None:
                ratios[conflict] = ratio
        scale = max((f.top for f in figs), default=0.0)
        panels.append(Panel(family, unit, sections, scale, ratios))
    # People first (in the losses chart: men before destroyed guns), then by family, then data order.
    panels.sort(key=lambda p: (p.unit != "people", _FAMILY_RANK.get(p.family, len(_FAMILY_RANK)),
                               min(f.pos for f in p.figures)))
    return panels


def _lines(family: str, figures: list[Figure]) -> list[Line]:
    """Groups first-come (a group sorts by its best-ranked row), rows in data order."""
    units: dict[str, list[Figure]] = {}
    for f in sorted(figures, key=_rank):
        units.setdefault(f.group or f"#{f.id}", []).append(f)
    lines = []
    for key, members in units.items():
        group = "" if key.startswith("#") else key
        for f in sorted(members, key=lambda f: f.pos):
            lines.append(Line((f,), group))
    parts = SPLITS.get(family)
    if parts:
        lines = _stack_split(lines, parts)
    return lines


def _stack_split(lines: list[Line], parts: tuple[str, ...]) -> list[Line]:
    """Draw the parts of a total as one stacked bar: per scope level, when a side has
    exactly one lone figure for every part (two figures for one part stay apart)."""
    by_level: dict[str, dict[str, list[int]]] = {}
    for i, line in enumerate(lines):
        f = line.figures[0]
        if not line.group and f.category in parts and f.best is not None:
            by_level.setdefault(f.level, {}).setdefault(f.category, []).append(i)
    stacks: dict[int, Line] = {}  # position of the first part → the stacked line
    absorbed: set[int] = set()
    for found in by_level.values():
        if len(found) == len(parts) and all(len(v) == 1 for v in found.values()):
            where = [found[p][0] for p in parts]
            stacks[min(where)] = Line(tuple(lines[i].figures[0] for i in where))
            absorbed.update(where)
    return [stacks.get(i, line) for i, line in enumerate(lines) if i in stacks or i not in absorbed]


def side_ratio(figures: list[Figure], main_category: str) -> tuple[float, float] | None:
    """Soviet ÷ Japanese for the panel's main category, as (lowest, highest) over sources.

    Only when each side has exactly one quantity (one group or one lone figure) with
    positive values: otherwise the ratio would compare different things.
    """
    sov = [f for f in figures if f.side in SOVIET_SIDES and f.category == main_category]
    jap = [f for f in figures if f.side in JAPANESE_SIDES and f.category == main_category]
    for side in (sov, jap):
        if not side or len({f.group or f.id for f in side}) != 1:
            return None
        if any(not f.best or f.best <= 0 for f in side):
            return None
    ratios = [a.best / b.best for a in sov for b in jap]
    return min(ratios), max(ratios)
