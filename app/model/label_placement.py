"""Where the day map's point labels go: candidate positions round each marker, chosen greedily.

Cartographic point-label placement, Qt-free and in pixels (x right, y down). Each label
(a place's name, with its holder badge under it: one box) has eight candidate positions
round its marker, tried in a fixed order of preference (:data:`POSITIONS`); every candidate
box touches the marker's circle but for a small gap. Labels are placed one by one in
priority order; each takes the first candidate that stays inside the visible map and
overlaps no label placed before it, no marker and no other obstacle (the map's north
arrow, its scale bar). When no candidate is free, the next shorter form of the label (its
name without a parenthetical, or its badge beside the name instead of under it) is tried
the same way. When none is, an optional label (a minor place's name) gives way, is left
out; any other takes the candidate of its last form that covers least, preferring the
earlier one on a tie, and is marked not free.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # left, top, right, bottom
Size = tuple[float, float]  # width, height

#: Candidate positions, most preferred first: beside the marker (the name reads on from
#: it, and a name with its badge under it stays centred on the marker's height), then
#: over and under it, then the diagonals (upper ones first).
POSITIONS = ("right", "left", "above", "below", "above_right", "below_right", "above_left", "below_left")
_DIAGONAL = math.sqrt(0.5)
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True)
class PointLabel:
    """A marker and its label's forms. ``sizes``: the label's box (full form first, then
    shorter ones); empty for a marker whose name is not shown (an obstacle only)."""

    key: str
    centre: tuple[float, float]
    radius: float  # the marker's circle (its symbol and any halo), pixels
    sizes: tuple[Size, ...] = ()
    priority: int = 0  # lower is placed first
    optional: bool = False  # left out rather than placed over something


@dataclass(frozen=True)
class Placed:
    """Where a label went: the candidate, which form of it (0: full), its box, and whether
    that box is free (inside the map, over no earlier label, no marker, no obstacle)."""

    key: str
    position: str
    form: int
    box: Box
    free: bool


def shorter_forms(name: str) -> tuple[str, ...]:
    """The name, then shorter forms of it for a crowded map: without a trailing
    parenthetical ("Height 62.1 (Machine-Gun Hill)" → "Height 62.1")."""
    forms = [name]
    while True:
        short = _PARENTHETICAL.sub("", forms[-1])
        if not short or short == forms[-1]:
            return tuple(forms)
        forms.append(short)


def candidate_box(centre: tuple[float, float], radius: float, size: Size, position: str, gap: float = 2.0) -> Box:
    """The label's box at ``position`` round a marker: ``gap`` pixels off the marker's
    circle (at its side, top or bottom, or at 45° for a diagonal)."""
    cx, cy = centre
    w, h = size
    reach = radius + gap
    corner = reach * _DIAGONAL  # the box's corner on the circle of radius + gap, at 45°
    if position == "right":
        return (cx + reach, cy - h / 2, cx + reach + w, cy + h / 2)
    if position == "left":
        return (cx - reach - w, cy - h / 2, cx - reach, cy + h / 2)
    if position == "above":
        return (cx - w / 2, cy - reach - h, cx + w / 2, cy - reach)
    if position == "below":
        return (cx - w / 2, cy + reach, cx + w / 2, cy + reach + h)
    if position not in POSITIONS:
        raise ValueError(f"unknown label position {position!r}")
    dx = corner if position.endswith("right") else -corner - w
    dy = -corner - h if position.startswith("above") else corner
    return (cx + dx, cy + dy, cx + dx + w, cy + dy + h)


def overlap_area(a: Box, b: Box) -> float:
    """Area the two boxes share (0 when they only touch)."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def box_distance(box: Box, point: tuple[float, float]) -> float:
    """Distance from ``point`` to the nearest point of ``box`` (0 inside it)."""
    dx = max(box[0] - point[0], 0.0, point[0] - box[2])
    dy = max(box[1] - point[1], 0.0, point[1] - box[3])
    return math.hypot(dx, dy)


def covers_marker(box: Box, label: PointLabel) -> bool:
    """Whether ``box`` reaches into the marker's circle (touching it does not count)."""
    return box_distance(box, label.centre) < label.radius - 1e-6


def outside_area(box: Box, bounds: Box) -> float:
    """The part of ``box`` outside ``bounds``."""
    area = (box[2] - box[0]) * (box[3] - box[1])
    return area - overlap_area(box, bounds)


def _cost(box: Box, bounds: Box, placed: Sequence[Box], markers: Sequence[PointLabel], obstacles: Sequence[Box],
          own: str) -> float:
    """How much ``box`` covers of what it must not (0: the candidate is free)."""
    cost = outside_area(box, bounds) + sum(overlap_area(box, other) for other in placed)
    cost += sum(overlap_area(box, other) for other in obstacles)
    for marker in markers:
        if marker.key != own and covers_marker(box, marker):
            cost += (2 * marker.radius) ** 2
    return cost


def _candidates(label: PointLabel, gap: float) -> list[tuple[int, str, Box]]:
    """Every (form, position, box) of a label, most wanted first: all positions of the full
    form, then all of the next form, and so on."""
    return [(form, position, candidate_box(label.centre, label.radius, size, position, gap))
            for form, size in enumerate(label.sizes) for position in POSITIONS]


def place_labels(labels: Sequence[PointLabel], bounds: Box, obstacles: Sequence[Box] = (),
                 gap: float = 2.0, budget: int = 4000) -> dict[str, Placed]:
    """Place every label that has a size (see the module's docstring); keyed by label key.

    Greedy in priority order, each label taking its first free candidate; when one finds
    none, the labels before it are tried at their next free candidates in turn (depth
    first, at most ``budget`` candidates looked at), so that a label is pushed to a worse
    spot only when every label can then be free. Without such an arrangement, plain
    greedy: a label with no free candidate covers least (or, if optional, is left out).
    """
    order = [labels[i] for i in sorted(range(len(labels)), key=lambda i: (labels[i].priority, i))
             if labels[i].sizes]
    options = [[c for c in _candidates(label, gap) if _cost(c[2], bounds, (), labels, obstacles, label.key) <= 1e-6]
               for label in order]
    found = _search(order, options, budget)
    if found is not None:
        return {label.key: Placed(label.key, choice[1], choice[0], choice[2], True)
                for label, choice in zip(order, found) if choice is not None}
    return _greedy(order, labels, bounds, obstacles, gap)


def _search(order: list[PointLabel], options: list[list[tuple[int, str, Box]]], budget: int) -> list | None:
    """The first arrangement, in preference order, where every label is free (an optional
    one may be left out); None if there is none or the budget runs out."""
    chosen: list = []
    boxes: list[Box] = []
    steps = 0

    def walk(depth: int) -> bool:
        nonlocal steps
        if depth == len(order):
            return True
        for choice in options[depth]:
            steps += 1
            if steps > budget:
                return False
            if any(overlap_area(choice[2], other) > 1e-6 for other in boxes):
                continue
            chosen.append(choice)
            boxes.append(choice[2])
            if walk(depth + 1):
                return True
            chosen.pop()
            boxes.pop()
        if order[depth].optional and steps <= budget:
            chosen.append(None)
            if walk(depth + 1):
                return True
            chosen.pop()
        return False

    return chosen if walk(0) else None


def _greedy(order: list[PointLabel], labels: Sequence[PointLabel], bounds: Box, obstacles: Sequence[Box],
            gap: float) -> dict[str, Placed]:
    placed: dict[str, Placed] = {}
    boxes: list[Box] = []
    for label in order:
        best: tuple[float, Placed] | None = None
        for form, position, box in _candidates(label, gap):
            cost = _cost(box, bounds, boxes, labels, obstacles, label.key)
            if cost <= 1e-6:
                best = (0.0, Placed(label.key, position, form, box, True))
                break
            if form == len(label.sizes) - 1 and (best is None or cost < best[0] - 1e-6):
                best = (cost, Placed(label.key, position, form, box, False))
        if label.optional and not best[1].free:
            continue
        placed[label.key] = best[1]
        boxes.append(best[1].box)
    return placed
