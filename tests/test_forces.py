"""Force-comparison charts: which figures form which chart and where they go (no widgets)."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from app.model import CONFLICTS, load_dataset
from app.model.forces import (
    BOTH_CONFLICTS, CHARTS, SCOPES, FigureIndex, chart_of, format_number, scope_level, value_text,
)
from app.views.forces_layout import balanced_columns, layout_chart


@pytest.fixture(scope="module")
def index():
    return FigureIndex(load_dataset(), "en")


def _ids(figures) -> list[str]:
    return [f.id for f in figures]


# --------------------------------------------------------------------------- model, no Qt
@pytest.mark.parametrize("conflict", CONFLICTS)
def test_every_figure_is_in_exactly_one_chart_and_one_panel_line(index, dataset, conflict):
    expected = set(dataset.figures_for(conflict)["id"])
    in_charts = Counter(fid for chart in CHARTS for fid in _ids(index.select((conflict,), chart, "all")))
    assert set(in_charts) == expected and set(in_charts.values()) == {1}
    in_panels = Counter(f.id for chart in CHARTS for p in index.panels((conflict,), chart, "all") for f in p.figures)
    assert in_panels == in_charts


def test_comparison_groups_stay_together(index):
    for group, members in index.groups.items():
        assert len({(f.chart, f.family) for f in members}) == 1, group
        for scope in SCOPES:
            shown = [f for f in members if index.in_scope(f, scope)]
            assert shown in ([], members), (group, scope)


def test_charts_by_measure_and_category():
    assert chart_of("strength", "tanks") == "strength"
    assert chart_of("loss", "killed") == "losses"
    assert chart_of("loss", "aircraft_lost") == "air"
    assert chart_of("share", "artillery_share_of_losses") == "losses"
    assert chart_of("sorties", "sorties_sb") == "air"
    assert chart_of("other", "other") == "other"


def test_scope_levels():
    day = pd.Timestamp("1938-07-29")
    assert scope_level("39th Rifle Corps total", None, None) == "formation"
    assert scope_level("aircraft of the Japanese border grouping", None, None) == "formation"
    assert scope_level("T-26 light tanks attached to Lt Ratnikov's group", None, None) == "action"
    assert scope_level("Soviet border guards on Bezymyannaya", day, day) == "action"
    assert scope_level("tanks engaged at Lake Khasan", None, None) == "engaged"
    assert scope_level("captured in the border fighting", day, pd.Timestamp("1938-08-05")) == "engaged"


def test_soviet_guns_are_split_into_field_and_anti_tank(index):
    guns = next(p for p in index.panels(("khasan-1938",), "strength", "engaged") if p.family == "guns")
    ussr = next(s for s in guns.sections if s.side == "USSR")
    split = [line for line in ussr.lines if line.is_split]
    assert [[f.category for f in line.figures] for line in split] == [["field_guns", "at_guns"]]
    assert sum(f.value for f in split[0].figures) == 237


def test_ratio_spans_every_pair_of_sources(index):
    killed = next(p for p in index.panels(("khasan-1938",), "losses", "engaged") if p.family == "killed")
    lo, hi = killed.ratios["khasan-1938"]
    assert lo == pytest.approx(759 / 650) and hi == pytest.approx(759 / 526)


def test_sources_differ_or_agree(index):
    assert index.differ("khasan-japan-killed")  # 650 vs 526
    assert index.differ("khasan-ussr-wounded")  # wounded vs wounded-or-sick, both 2,752
    assert not index.differ("khasan-ussr-personnel")  # 15,000 in both parts


def test_values_as_the_source_states_them(index):
    by_id = index.by_id
    assert value_text(by_id["fig-khasan-japan-killed-1"]) == "≈650"
    assert value_text(by_id["fig-khasan-japan-personnel-5"]) == "≥10,000"
    assert value_text(by_id["fig-khasan-japan-personnel-4"]) == ">20,000"
    assert value_text(by_id["fig-khasan-japan-personnel-6"]) == "7,000–7,300"
    assert value_text(by_id["fig-khasan-japan-artillery-share-of-losses-2"]) == "37%"
    assert format_number(15000, "fi") == "15\u00a0000" and format_number(1.5, "fi") == "1,5"


def test_related_events_of_a_dated_figure(index, dataset):
    related = index.related_events(index.by_id["fig-khasan-ussr-personnel-5"])  # 29 July 1938
    assert related
    days = dataset.events.set_index("id").loc[related, "date_start"]
    assert (days <= pd.Timestamp("1938-07-29")).all()
    assert index.related_events(index.by_id["fig-khasan-ussr-personnel-1"]) == []  # undated


class _Labels:
    def panel_title(self, panel): return panel.family
    def conflict_title(self, conflict): return conflict
    def side_title(self, side): return side
    def ratio(self, panel, conflict): return ""
    def line_label(self, panel, line): return line.figures[0].scope
    def line_value(self, line): return "+".join(value_text(f) for f in line.figures)
    def caption(self, group, count, differ): return f"{group} {count}"


def test_balanced_columns_keep_order_and_balance():
    assert balanced_columns([1, 1, 1, 1], 2) == [0, 2]
    assert balanced_columns([5, 1, 1, 1, 1, 1], 2) == [0, 1]
    assert balanced_columns([1, 2], 3) == [0, 1]


@pytest.mark.parametrize("width", [500, 1240, 1900])
def test_layout_gives_every_figure_a_bar_inside_the_width(index, width):
    panels = index.panels(BOTH_CONFLICTS, "losses", "all")
    lay = layout_chart(panels, _Labels(), width, title="t", both=True)
    bars = Counter(b.key for b in lay.boxes if b.kind in ("bar", "part"))
    assert bars == Counter(f.id for p in panels for f in p.figures)
    for box in lay.boxes + lay.hits:
        assert 0 <= box.x0 <= box.x1 <= width and 0 <= box.y0 <= box.y1 <= lay.height
    for f in (f for p in panels for f in p.figures):
        x, y = lay.bar_of(f.id).center
        assert lay.hit(x, y).key == f.id
    assert lay.columns == (1 if width < 960 else 2 if width < 1450 else 3)
