"""Point-label placement for the day map (app.model.label_placement), without Qt: labels sit
next to their markers, free labels overlap nothing, a free arrangement is found whenever one
exists, shorter forms only when needed, priority decides who gets the preferred spot."""
from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.label_placement import (
    POSITIONS,
    PointLabel,
    box_distance,
    candidate_box,
    covers_marker,
    outside_area,
    overlap_area,
    place_labels,
    shorter_forms,
)

BOUNDS = (0.0, 0.0, 400.0, 300.0)
GAP = 2.0


def label_strategy(key: str):
    size = st.tuples(st.floats(20, 160), st.floats(10, 60))
    return st.builds(
        PointLabel, st.just(key), st.tuples(st.floats(0, 400), st.floats(0, 300)), st.floats(2, 20),
        st.lists(size, min_size=0, max_size=3).map(tuple), st.integers(0, 2), st.booleans())


labels_strategy = st.integers(1, 7).flatmap(
    lambda n: st.tuples(*(label_strategy(f"p{i}") for i in range(n))).map(list))
obstacles_strategy = st.lists(st.tuples(st.floats(0, 350), st.floats(0, 250), st.floats(5, 80), st.floats(5, 60))
                              .map(lambda t: (t[0], t[1], t[0] + t[2], t[1] + t[3])), max_size=2)


def is_free(box, key, labels, obstacles) -> bool:
    return (outside_area(box, BOUNDS) <= 1e-6 and not any(overlap_area(box, o) > 1e-6 for o in obstacles)
            and not any(covers_marker(box, m) for m in labels if m.key != key))


@settings(max_examples=300, deadline=None)
@given(labels_strategy, obstacles_strategy)
def test_every_label_touches_its_marker_and_free_ones_overlap_nothing(labels, obstacles):
    placed = place_labels(labels, BOUNDS, obstacles, gap=GAP)
    by_key = {label.key: label for label in labels}
    for key, where in placed.items():
        label = by_key[key]
        w, h = label.sizes[where.form]
        assert math.isclose(where.box[2] - where.box[0], w) and math.isclose(where.box[3] - where.box[1], h)
        # adjacent: off the marker's circle by the gap at most (never over it, never away from it)
        distance = box_distance(where.box, label.centre)
        assert label.radius - 1e-6 <= distance <= label.radius + GAP + 1e-6, (key, where, distance)
        if where.free:
            assert is_free(where.box, key, labels, obstacles), where
    free = [p for p in placed.values() if p.free]
    for a, b in itertools.combinations(free, 2):
        assert overlap_area(a.box, b.box) <= 1e-6, (a, b)
    for label in labels:  # only an optional label is ever left out, and only one that has a size
        if label.sizes and not label.optional:
            assert label.key in placed


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(*(
    st.builds(PointLabel, st.just(f"p{i}"), st.tuples(st.floats(0, 400), st.floats(0, 300)), st.floats(3, 12),
              st.tuples(st.tuples(st.floats(30, 140), st.floats(12, 40)))) for i in range(n)))))
def test_a_free_arrangement_is_found_whenever_one_exists(labels):
    """Brute force over every combination of candidates: if one leaves every label free and
    apart, the placement finds one too (no two boxes overlap)."""
    options = [[candidate_box(lb.centre, lb.radius, lb.sizes[0], p, GAP) for p in POSITIONS
                if is_free(candidate_box(lb.centre, lb.radius, lb.sizes[0], p, GAP), lb.key, labels, ())]
               for lb in labels]
    exists = any(all(overlap_area(a, b) <= 1e-6 for a, b in itertools.combinations(combo, 2))
                 for combo in itertools.product(*options))
    placed = place_labels(labels, BOUNDS, (), gap=GAP, budget=100_000)
    if exists:
        assert all(p.free for p in placed.values())
        for a, b in itertools.combinations(placed.values(), 2):
            assert overlap_area(a.box, b.box) <= 1e-6, (a, b)
    else:
        assert not all(p.free for p in placed.values())


def test_labels_go_right_of_their_markers_when_there_is_room():
    labels = [PointLabel("a", (50, 50), 8, ((80, 20),)), PointLabel("b", (50, 200), 8, ((80, 20),))]
    placed = place_labels(labels, BOUNDS)
    assert {p.position for p in placed.values()} == {"right"}
    assert placed["a"].box == (60.0, 40.0, 140.0, 60.0)


def test_a_neighbour_on_the_right_sends_the_label_left():
    labels = [PointLabel("a", (200, 100), 8, ((120, 20),)), PointLabel("b", (250, 100), 8, ((60, 20),))]
    placed = place_labels(labels, BOUNDS)
    assert placed["a"].position == "left" and placed["b"].position == "right"


def test_the_map_edge_sends_the_label_to_the_other_side():
    placed = place_labels([PointLabel("a", (380, 150), 8, ((100, 20),))], BOUNDS)
    assert placed["a"].position == "left" and placed["a"].box[0] >= 0


def test_priority_decides_who_keeps_the_preferred_spot():
    """Two markers one over the other, too close for both names on the right: whichever
    comes first in priority keeps 'right'."""
    for first, second in (("a", "b"), ("b", "a")):
        labels = [PointLabel("a", (100, 100), 8, ((120, 20),), priority=0 if first == "a" else 1),
                  PointLabel("b", (100, 118), 8, ((120, 20),), priority=0 if first == "b" else 1)]
        placed = place_labels(labels, BOUNDS)
        assert placed[first].position == "right"
        assert placed[second].position != "right"


def test_a_shorter_form_only_where_the_full_one_fits_nowhere():
    wide, short = (420, 20), (150, 20)
    placed = place_labels([PointLabel("a", (200, 150), 8, (wide, short))], BOUNDS)
    assert placed["a"].form == 1 and placed["a"].free
    placed = place_labels([PointLabel("a", (200, 150), 8, ((180, 20), short))], BOUNDS)
    assert placed["a"].form == 0


def test_without_room_a_label_keeps_a_spot_by_its_marker_and_an_optional_one_gives_way():
    tiny = (0.0, 0.0, 60.0, 40.0)
    labels = [PointLabel("hill", (30, 20), 6, ((200, 30),)), PointLabel("minor", (10, 10), 3, ((200, 30),),
                                                                         optional=True)]
    placed = place_labels(labels, tiny)
    assert not placed["hill"].free and "minor" not in placed
    assert box_distance(placed["hill"].box, (30, 20)) <= 6 + GAP + 1e-6


def test_markers_alone_are_obstacles():
    """A marker whose name is not shown (no sizes) still keeps labels off it."""
    labels = [PointLabel("a", (100, 100), 8, ((120, 20),)), PointLabel("dot", (160, 100), 8)]
    placed = place_labels(labels, BOUNDS)
    assert "dot" not in placed and placed["a"].position != "right"


def test_shorter_forms_drop_a_parenthetical():
    assert shorter_forms("≈ Height 62.1 (Machine-Gun Hill)") == ("≈ Height 62.1 (Machine-Gun Hill)", "≈ Height 62.1")
    assert shorter_forms("Höjd 62,1 (Kulsprutekullen)") == ("Höjd 62,1 (Kulsprutekullen)", "Höjd 62,1")
    assert shorter_forms("Zaozernaya") == ("Zaozernaya",)
    assert shorter_forms("(only)") == ("(only)",)


def test_candidates_touch_the_marker_at_every_position():
    for position in POSITIONS:
        box = candidate_box((0, 0), 10, (50, 20), position, GAP)
        assert 10 <= box_distance(box, (0, 0)) <= 10 + GAP + 1e-9, position
