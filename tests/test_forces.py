"""Force-comparison charts: which figures form which chart (no widgets), then the view."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

import pandas as pd
import pytest
from conftest import read_raw, write_raw
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from app.model import CONFLICTS, load_dataset
from app.model.forces import (
    BOTH,
    BOTH_CONFLICTS,
    CHARTS,
    SCOPES,
    FigureIndex,
    chart_of,
    format_number,
    scope_level,
    value_text,
)
from app.views.forces.layout import balanced_columns, layout_chart


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
    assert index.differ("khasan-japan-personnel")  # up to 20,000 vs more than 20,000 vs at least 10,000
    assert not index.differ("khasan-ussr-personnel")  # 15,000 in both parts


def test_values_as_the_source_states_them(index):
    by_id = index.by_id
    assert value_text(by_id["fig-khasan-japan-killed-1"]) == "≈ 650"
    assert value_text(by_id["fig-khasan-japan-personnel-5"]) == "≥ 10,000"
    assert value_text(by_id["fig-khasan-japan-personnel-4"]) == "> 20,000"
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


# --------------------------------------------------------------------------- the view
@pytest.fixture
def view(qtbot, state, dataset):
    from app.views.forces.page import ForcesView

    v = ForcesView(state)
    qtbot.addWidget(v)
    v.resize(1280, 760)
    v.show()
    state.set_dataset(dataset)
    return v


def _bars(view) -> Counter:
    return Counter(b.key for b in view.chart.chart_layout.boxes if b.kind in ("bar", "part"))


@pytest.mark.parametrize("conflict", CONFLICTS)
def test_every_row_of_the_conflict_appears_once_with_its_source(view, state, dataset, conflict):
    state.set_conflict(conflict)
    seen = Counter()
    for chart in CHARTS:
        view.set_chart(chart)
        seen += _bars(view)
        for fid in _bars(view):
            row = dataset.row("figures", fid)
            tip = view.chart.describe("figure", fid)
            assert dataset.citation(row["source_id"]) in tip
    assert set(seen) == set(dataset.figures_for(conflict)["id"]) and set(seen.values()) == {1}


def test_contradicting_rows_are_all_visible(view):
    view.set_chart("losses")
    bars = _bars(view)
    for fid in ("fig-khasan-japan-killed-1", "fig-khasan-japan-killed-2", "fig-khasan-japan-killed-3"):
        assert bars[fid] == 1
    drawn = view.chart.labels.texts
    assert "≈ 650" in drawn and "650" in drawn and "526" in drawn
    assert any(t.startswith("≠ sources differ (3)") for t in drawn)


def test_scope_switching_shows_and_hides_the_corps_totals(view, qtbot):
    corps = "fig-khasan-ussr-personnel-3"  # 39th Rifle Corps total
    assert corps in _bars(view)
    view.scope.setCurrentIndex(view.scope.findData("engaged"))
    assert corps not in _bars(view) and "fig-khasan-ussr-personnel-1" in _bars(view)
    assert "outside this scope" in view.status.text()
    view.scope.setCurrentIndex(view.scope.findData("formation"))
    assert corps in _bars(view) and "fig-khasan-ussr-personnel-1" not in _bars(view)


def test_conflict_follows_the_shared_state_and_both_is_local(view, state, dataset):
    state.set_conflict("khalkhin-gol-1939")
    assert view.conflict.currentData() == "khalkhin-gol-1939"
    view.set_chart("losses")
    assert set(_bars(view)) <= set(dataset.figures_for("khalkhin-gol-1939")["id"])
    view.conflict.setCurrentIndex(view.conflict.findData(BOTH))
    assert state.conflict == "khalkhin-gol-1939"  # 'both' is this page's own mode
    shares = {"fig-khasan-japan-artillery-share-of-losses-1", "fig-khasan-japan-artillery-share-of-losses-2",
              "fig-kg-japan-artillery-share-of-losses-1"}
    assert shares <= set(_bars(view))
    assert {"Lake Khasan 1938", "Khalkhin Gol 1939"} <= set(view.chart.labels.texts)
    state.set_conflict("khasan-1938")
    assert view.conflict.currentData() == "khasan-1938" and not view.fs.both


def test_hover_shows_value_unit_scope_qualifier_and_source(view, dataset):
    view.set_chart("losses")
    fid = "fig-khasan-japan-killed-3"
    tip = view.chart.hover_at(view.chart.scene_pos_of("figure", fid))
    row = dataset.row("figures", fid)
    for part in ("526", "people", row["scope_en"], row["qualifier_en"], dataset.citation("seed"), row["source_locator"]):
        assert part in tip
    assert view.chart.highlight.isVisible()
    caption = view.chart.hover_at(view.chart.scene_pos_of("group", "khasan-japan-killed"))
    assert caption.startswith("Sources differ") and caption.count("•") == 3


def _click(qtbot, view, scene_pos: QPointF):
    chart = view.chart
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(scene_pos))


def test_click_keeps_details_and_selects_a_related_event(view, qtbot, state, dataset):
    fid = "fig-khasan-ussr-personnel-5"  # 11 border guards on Bezymyannaya, 29 July 1938
    with qtbot.waitSignal(view.chart.figure_clicked):
        _click(qtbot, view, view.chart.scene_pos_of("figure", fid))
    text = view.details.toPlainText()
    assert dataset.row("figures", fid)["scope_en"] in text and "Sources agree" in text
    assert view.related.isEnabled()
    with qtbot.waitSignal(state.event_selected):
        view.related.click()
    assert state.event_id in set(dataset.events_on(pd.Timestamp("1938-07-29"))["id"])


def test_click_on_sources_differ_lists_them(view, qtbot):
    view.set_chart("losses")
    with qtbot.waitSignal(view.chart.group_clicked):
        _click(qtbot, view, view.chart.scene_pos_of("group", "khasan-japan-wounded"))
    text = view.details.toPlainText()
    assert "≈ 2,500" in text and "914" in text and "per Japanese figures" in text


def test_png_and_svg_export_write_valid_files(view, tmp_path):
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    view.export(str(png))
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 500 and image.height() >= view.chart.chart_layout.height - 2
    view.export(str(svg))
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "15,000" in svg.read_text(encoding="utf-8")


def test_export_dialog_only_asks_for_the_path(view, tmp_path, monkeypatch):
    target = tmp_path / "chosen"
    monkeypatch.setattr("app.views.forces.page.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_png.click()
    assert QImage(str(target) + ".png").width() > 0


def test_table_shows_the_numbers_behind_the_chart(view, dataset):
    view.set_chart("losses")
    view.as_table.setChecked(True)
    assert view.stack.currentWidget() is view.chart_table
    model = view.chart_model
    shown = [model.id_at(r) for r in range(model.rowCount())]
    assert shown == [f.id for f in view.current_figures()] and sorted(shown) == sorted(_bars(view))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = {h: i for i, h in enumerate(headers)}
    for r, fid in enumerate(shown):
        row = dataset.row("figures", fid)
        cell = lambda name: model.data(model.index(r, col[name]))  # noqa: E731
        for name, key in (("Value", "value"), ("Low", "low"), ("High", "high")):
            assert cell(name) == ("" if pd.isna(row[key]) else format_number(row[key]))
        assert cell("Scope") == row["scope_en"]
        assert cell("Qualifier") == ("" if pd.isna(row["qualifier_en"]) else row["qualifier_en"])
        assert cell("Source") == row["source_id"]


def test_all_figures_tab_lists_every_row_of_the_conflict(view, dataset):
    view.set_chart("all_figures")
    assert view.stack.currentWidget() is view.all_table
    assert view.model.rowCount() == len(dataset.figures_for("khasan-1938"))
    assert not view.export_png.isEnabled()


def test_finnish_uses_the_finnish_columns(view, state, dataset):
    state.set_language("fi")
    view.set_chart("losses")
    fid = "fig-khasan-japan-killed-3"
    row = dataset.row("figures", fid)
    assert row["scope_fi"] in view.chart.describe("figure", fid)
    assert any(t.startswith(row["qualifier_fi"][:12]) for t in view.chart.labels.texts)
    view.set_chart("strength")
    assert "15\u00a0000" in view.chart.labels.texts


def test_data_text_is_drawn_literally_not_as_html(qtbot, state, package):
    """Pins that a scope containing markup is shown as typed (labels, tooltips, details)."""
    from app.views.forces.page import ForcesView

    fig = read_raw(package / "figures.csv")
    fig.loc[fig["id"] == "fig-khasan-ussr-sick-1", "scope_en"] = "<b>sick</b> & <i>more</i>"
    write_raw(fig, package / "figures.csv")
    view = ForcesView(state)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    state.set_dataset(load_dataset(package))
    view.set_chart("losses")
    assert any("<b>sick</b> & <i>more</i>" in t for t in view.chart.labels.texts)
    view.show_figure("fig-khasan-ussr-sick-1")
    assert "<b>sick</b> & <i>more</i>" in view.details.toPlainText()


def test_report_lists_the_chart_rows_and_their_sources(view, dataset):
    view.set_chart("air")
    parts = view.report_parts()
    assert parts.total_rows == len(view.current_figures()) == 16
    assert "Air war" in parts.title and any("Lake Khasan 1938" in f for f in parts.filters)
    assert parts.rows[0][2] and parts.source_ids == ["seed"]


def test_mouse_wheel_scrolls_the_page(view, qtbot):
    """Pins that the wheel over the chart scrolls the scroll area (the view box would eat it)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    bar = view.chart.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    viewport = view.chart.viewport()
    pos = QPointF(300, 200)
    event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert bar.value() > 0


def test_kiosk_reset_restores_the_defaults(view, state):
    view.set_conflict(BOTH)
    view.set_chart("losses")
    view.set_scope("engaged")
    view.as_table.setChecked(True)
    view.show_group("khasan-japan-killed")
    state.reset()  # the shared conflict is already Khasan: no signal reaches the page
    view.kiosk_reset()
    assert (view.fs.conflict, view.fs.chart, view.fs.scope, view.fs.as_table) == ("khasan-1938", "strength", "all", False)
    assert view.conflict.currentData() == "khasan-1938" and view.tabs.currentIndex() == 0
    assert view.stack.currentWidget() is view.chart and not view.details.toPlainText()


def test_scope_level_comes_from_the_data_column(dataset):
    """figures.scope_level decides the scope filter; the text heuristic only fills gaps."""
    from dataclasses import replace as dc_replace

    from app.model.forces import FigureIndex

    fig = dataset.figures.copy()
    target = fig.index[fig["scope_en"] == "39th Rifle Corps total"][0]
    fig.loc[target, "scope_level"] = "action"
    ds = dc_replace(dataset, figures=fig, _cache={})
    levels = {f.id: f.level for f in FigureIndex(ds, "en").figures}
    assert levels[fig.loc[target, "id"]] == "action"
    fig.loc[target, "scope_level"] = None
    ds = dc_replace(dataset, figures=fig, _cache={})
    levels = {f.id: f.level for f in FigureIndex(ds, "en").figures}
    assert levels[fig.loc[target, "id"]] == "formation"


def test_state_signals_once_per_real_change(qtbot):
    """Pins the page's state object: one ``changed`` per real change, none for a repeat,
    unknown charts and scopes refused, and the kiosk reset back to the defaults."""
    from app.views.forces.state import ForcesState

    fs = ForcesState()
    with qtbot.waitSignal(fs.changed):
        assert fs.set(chart="losses", scope="engaged")
    with qtbot.assertNotEmitted(fs.changed):
        assert not fs.set(chart="losses")
    with pytest.raises(ValueError):
        fs.set(chart="nonsense")
    fs.set(conflict=BOTH, as_table=True)
    assert fs.both and fs.conflicts == BOTH_CONFLICTS and not fs.shows_chart
    assert fs.reset("khalkhin-gol-1939")
    assert (fs.conflict, fs.chart, fs.scope, fs.as_table) == ("khalkhin-gol-1939", "strength", "all", False)


def test_the_kiosk_scrolls_the_chart_with_a_finger(view):
    """Pins that the chart, a graphics view, still gets the kiosk's kinetic scrolling
    (it did as a scroll area; maps and plots that pan themselves do not)."""
    from PySide6.QtWidgets import QScroller

    from app.kiosk.touch import adapt_for_touch

    adapt_for_touch(view)
    assert QScroller.hasScroller(view.chart.viewport())


def test_keys_step_through_bars_and_captions(view, qtbot):
    """Pins the keyboard path: Down outlines and clicks the first stop (the first panel's
    first caption), End the last one; the outlined stop is the accessible description."""
    chart = view.chart
    chart.setFocus()
    with qtbot.waitSignal(chart.group_clicked):
        qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.highlight.isVisible() and view.details.toPlainText().startswith("Sources agree")
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.accessibleDescription() == chart.describe(chart._hovered.kind, chart._hovered.key)
