"""The daily operations viewer: per-day logic without Qt, then the view with pytest-qt."""
from __future__ import annotations

import ast
import itertools
import math
import socket
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from app.model import load_dataset
from app.model.days import DayBook, chart_group, format_value, holders_on, moves_on, strip_days
from app.model.schematic import ARROW_M, Projection, build_schematic
from tests.conftest import read_raw, write_raw

DAY = pd.Timestamp
ZAO_LAT, ZAO_LON = 42 + 26.79 / 60, 130 + 35.67 / 60  # the seed: 42°26.79′N 130°35.67′E
BEZ_LAT, BEZ_LON = 42 + 27.77 / 60, 130 + 35.42 / 60  # the seed: 42°27.77′N 130°35.42′E


@pytest.fixture(scope="module")
def book(dataset):
    return DayBook(dataset)


def holder_in_csv(place: str, day: str) -> str:
    """The holder the control table states for a place on a day, read straight from the CSV."""
    raw = read_raw(Path(__file__).resolve().parent.parent / "data" / "control.csv")
    rows = raw[(raw["place_id"] == place) & (raw["date"] <= day)].sort_values(["date", "time"], kind="stable")
    return rows["holder"].iloc[-1]


# ---------------------------------------------------------------------- model (no Qt)


def test_strip_runs_from_the_earliest_1938_event_to_13_august(dataset):
    days = strip_days(dataset)
    ev = dataset.events
    earliest = ev.loc[(ev["date_start"].dt.year == 1938) & (ev["date_precision"] == "day"), "date_start"].min()
    assert days[0] <= DAY("1938-07-01") and days[0] <= earliest
    assert days[-1] == DAY("1938-08-13")
    assert all((b - a) == pd.Timedelta(days=1) for a, b in zip(days, days[1:]))


# 30 July is 'contested': the Khasan article has the hills taken that day (seed l.213-215), the anniversary and
# origins articles on the night / evening of 31 July (l.54, l.89).
@pytest.mark.parametrize(
    "day, expected",
    [("1938-07-29", "USSR"), ("1938-07-30", "contested"), ("1938-07-31", "Japan"), ("1938-08-08", "USSR")],
)
def test_zaozernaya_holder_follows_the_control_table(dataset, book, day, expected):
    assert holder_in_csv("zaozernaya", day) == expected
    held = holders_on(dataset.control, day).set_index("place_id")["holder"]
    assert held["zaozernaya"] == expected
    assert book.record(day).holder("zaozernaya") == expected


def test_latest_row_on_or_before_the_day_applies(dataset, book):
    """Bogomolnaya's last row is 8 Aug (contested): later days carry it, marked as carried."""
    line = next(c for c in book.record("1938-08-11").control if c.place_id == "bogomolnaya")
    assert (line.holder, line.row_date, line.carried) == ("contested", DAY("1938-08-08"), True)
    assert book.record("1938-07-11").holder("zaozernaya") is None  # first row is 12 Jul
    for day in book.days:  # the record and the pandas query agree on every day and place
        expected = holders_on(dataset.control, day).set_index("place_id")["holder"].to_dict()
        assert {c.place_id: c.holder for c in book.record(day).control} == expected


def test_moves_of_6_august(dataset, book):
    moves = moves_on(dataset.moves, "1938-08-06")
    by_unit = dict(zip(moves["unit_id"], zip(moves["from_direction"], moves["to_place_id"], moves["time"])))
    assert by_unit["ussr-32-rd"] == ("N", "bezymyannaya", "17:00")
    assert by_unit["ussr-40-rd"] == ("SE", "zaozernaya", "17:00")
    rec = book.record("1938-08-06")
    assert [m.time for m in rec.moves] == sorted(m.time for m in rec.moves)
    assert [e.time for e in rec.events if e.time] == ["16:00", "17:00", "17:00"]


def test_a_day_lists_its_units_people_and_numbers_with_sources(book):
    rec = book.record("1938-07-29")
    assert {"ussr-posyet-bd", "japan-border-gendarmerie"} <= {u.id for u in rec.units}
    assert "makhalin-aleksei" in {p.id for p in rec.people}
    assert any(c.category == "killed" and c.value == 5 and c.side == "USSR" for c in rec.counts)
    assert any(c.ref.table == "figures" and c.value_text == "≤ 40" for c in rec.counts)
    for line in rec.events + rec.moves + rec.control + rec.counts:
        assert line.ref.source_id and line.ref.citation
    assert all(u.refs for u in rec.units) and all(p.refs for p in rec.people)


def test_finnish_record_uses_the_finnish_columns(dataset, book):
    fi = book.record("1938-08-06", "fi")
    ev = dataset.events.set_index("id")
    assert [e.title for e in fi.events] == [ev.loc[e.id, "title_fi"] for e in fi.events]
    assert fi.control[0].note == dataset.control.set_index("id").loc[fi.control[0].id, "note_fi"]


def test_chart_points_are_stated_values_never_sums(book):
    points = book.chart_points()
    on_6_aug = {(p.category, p.value) for p in points if p.day == DAY("1938-08-06")}
    assert ("aircraft", 216.0) in on_6_aug
    assert any(p.day == DAY("1938-08-07") and p.group == "attacks" and p.value == 12 for p in points)
    for p in points:  # every point is one stated value (merged only when identical)
        assert {line.value for line in p.lines} == {p.value}
    assert chart_group("strength", "personnel", "people") is None
    assert chart_group("loss", "killed", "people") == "losses"


@pytest.mark.parametrize("args, text", [((216, None, None, "exact"), "216"), ((None, None, 40, "at_most"), "≤ 40"),
                                        ((None, 2, 3, "range"), "2–3"), ((70, None, None, "about"), "≈ 70"),
                                        ((1234.5, None, None, "exact"), "1,234.5")])
def test_format_value(args, text):
    assert format_value(*args) == text


def test_the_two_hills_sit_at_the_seed_coordinates(dataset):
    s = build_schematic(dataset.places)
    for pid, lat, lon in (("zaozernaya", ZAO_LAT, ZAO_LON), ("bezymyannaya", BEZ_LAT, BEZ_LON)):
        place = s.places[pid]
        assert place.exact and abs(place.lat - lat) < 1e-5 and abs(place.lon - lon) < 1e-5
        x, y = s.projection.xy(lat, lon)
        assert math.hypot(place.x - x, place.y - y) < 1.0
    zao, bez = s.point("zaozernaya"), s.point("bezymyannaya")
    assert 1700 < math.hypot(zao[0] - bez[0], zao[1] - bez[1]) < 1950  # "about 1.8 km"
    others = [p for p in s.places.values() if p.id not in ("zaozernaya", "bezymyannaya")]
    assert others and all(p.precision == "approximate" for p in others)


def test_projection_round_trip():
    proj = Projection(ZAO_LAT, ZAO_LON)
    lat, lon = proj.latlon(*proj.xy(BEZ_LAT, BEZ_LON))
    assert abs(lat - BEZ_LAT) < 1e-9 and abs(lon - BEZ_LON) < 1e-9


def test_claims_soviet_through_the_crests_japanese_puts_hills_on_its_side(dataset):
    s = build_schematic(dataset.places)
    assert s.point("bezymyannaya") in s.soviet_claim and s.point("zaozernaya") in s.soviet_claim
    cx, _, rx, _ = s.lake_ellipse
    shore = [p for p in s.japanese_claim[1:-1]]
    assert shore and all(p[0] < cx for p in shore)  # the lake's west shore
    for hill in ("zaozernaya", "bezymyannaya"):  # east of both hills: they lie on the Manchukuo side
        hx, hy = s.point(hill)
        nearest = min(s.japanese_claim, key=lambda p: abs(p[1] - hy))
        assert nearest[0] > hx


def test_move_paths(dataset):
    s = build_schematic(dataset.places)
    bez = s.point("bezymyannaya")
    north = s.move_path("N", "", "bezymyannaya")
    assert north.start[1] > bez[1] and abs(math.hypot(north.start[0] - bez[0], north.start[1] - bez[1]) - ARROW_M) < 1
    assert s.move_path("", "zaozernaya", "bogomolnaya").start == s.point("zaozernaya")
    assert s.move_path("", "", "zarechye").start is None  # no origin in the data: no arrow
    assert s.move_path("W", "", "korea") is None  # no coordinates: off the map
    assert s.move_path("N", "", "lake-khanka") is None  # far away: off the map


def test_day_modules_do_not_touch_the_network():
    """The map is drawn from the data: none of its modules imports a network library."""
    root = Path(__file__).resolve().parent.parent / "app"
    files = [root / "model" / "days.py", root / "model" / "schematic.py"] + sorted((root / "views").glob("day*.py"))
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] + [a.name for a in node.names] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] in ("socket", "urllib", "requests", "http") or "QtNetwork" in n
                           or "QtWebEngine" in n for n in names), f"{path.name}: {names}"


# ---------------------------------------------------------------------- the view


@pytest.fixture
def view(qtbot, state, dataset):
    from app.views.days.page import DaysView

    state.set_dataset(dataset)
    v = DaysView(state)
    qtbot.addWidget(v)
    v.resize(1280, 760)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def window(loaded_window, qtbot):
    win = loaded_window
    win.show_page("days")
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def test_stepping_moves_the_shared_day(view, state):
    days = view.days()
    view.choose_index(0)
    assert pd.Timestamp(state.day) == days[0] and not view.prev.isEnabled()
    view.next.click()
    assert pd.Timestamp(state.day) == days[1]
    view.step(-5)  # clamps at the first day
    assert pd.Timestamp(state.day) == days[0]
    view.choose_index(len(days) - 1)
    assert view.day_label.text().startswith("13 Aug 1938") and not view.next.isEnabled()
    view.slider.setValue(view.days().index(DAY("1938-08-06")))
    assert pd.Timestamp(state.day) == DAY("1938-08-06")
    assert view.day_label.text() == "6 Aug 1938: 4 events"


def test_arrow_keys_step_where_they_mean_a_day_but_not_in_the_rows_or_other_pages(window, qtbot):
    view, state = window.days_view, window.state
    view.choose_index(view.days().index(DAY("1938-08-06")))
    view.next.setFocus()
    qtbot.waitUntil(view.next.hasFocus)
    qtbot.keyClick(view.next, Qt.Key.Key_Right)
    assert pd.Timestamp(state.day) == DAY("1938-08-07")
    qtbot.keyClick(view.next, Qt.Key.Key_PageUp)
    assert pd.Timestamp(state.day) == DAY("1938-07-31")
    qtbot.keyClick(view.slider, Qt.Key.Key_End)
    assert pd.Timestamp(state.day) == view.days()[-1]
    qtbot.keyClick(view.slider, Qt.Key.Key_Home)
    assert pd.Timestamp(state.day) == view.days()[0]
    # In the day's rows the arrows fold and unfold, in the details PgDn scrolls: the day stays.
    view.choose_index(view.days().index(DAY("1938-08-06")))
    tree = view.day_tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.setExpanded(tree.topLevelItem(0).index(), True)
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    qtbot.keyClick(view.details, Qt.Key.Key_PageDown)
    assert pd.Timestamp(state.day) == DAY("1938-08-06")
    assert not tree.isExpanded(tree.topLevelItem(0).index())
    # In the incident table's search field Left moves the cursor, not the day.
    window.show_page("incidents")
    search = window.incident_view.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    search.setText("Zaozernaya")
    before = state.day
    qtbot.keyClick(search, Qt.Key.Key_Left)
    assert state.day == before and search.cursorPosition() == len("Zaozernaya") - 1


def test_space_and_enter_press_a_focused_button_once(window, qtbot):
    view, state = window.days_view, window.state
    view.choose_index(view.days().index(DAY("1938-08-06")))
    view.next.setFocus()
    qtbot.waitUntil(view.next.hasFocus)
    qtbot.keyClick(view.next, Qt.Key.Key_Space)
    assert pd.Timestamp(state.day) == DAY("1938-08-07")  # one day, not two
    qtbot.keyClick(view.next, Qt.Key.Key_Return)
    assert pd.Timestamp(state.day) == DAY("1938-08-08")
    qtbot.keyClick(view.play_button, Qt.Key.Key_Space)
    assert view.is_playing()  # pressed once: playing, not started and stopped again
    qtbot.keyClick(view.play_button, Qt.Key.Key_Space)
    assert not view.is_playing()


def test_space_plays_and_pauses_on_the_page(window, qtbot):
    view = window.days_view
    view.setFocus()
    with qtbot.waitSignal(view.playing_changed) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert blocker.args == [True] and view.is_playing()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.is_playing()


def test_play_advances_and_stops_at_the_end(view, state, qtbot):
    days = view.days()
    view.set_speed(200)  # days per second
    view.choose_index(len(days) - 4)
    seen = []
    state.day_changed.connect(lambda d: seen.append(pd.Timestamp(d)))
    with qtbot.waitSignal(view.playing_changed, timeout=3000) as started:
        view.play()
    assert started.args == [True] and view.play_button.text().startswith("❚❚")
    with qtbot.waitSignal(view.playing_changed, timeout=3000) as stopped:
        pass
    assert stopped.args == [False] and not view.is_playing()
    assert seen == days[-3:]
    assert view.play_button.text().startswith("▶")
    with qtbot.waitSignal(view.playing_changed):  # at the end, play starts again from the first day
        view.play()
    assert pd.Timestamp(state.day) == days[0]
    view.pause()
    assert not view.is_playing()


@pytest.mark.parametrize("day, holder", [("1938-07-29", "USSR"), ("1938-07-31", "Japan"), ("1938-08-08", "USSR")])
def test_map_shows_who_held_zaozernaya(view, state, day, holder):
    assert holder_in_csv("zaozernaya", day) == holder
    state.set_day(DAY(day))
    item = view.map.place_items["zaozernaya"]
    assert item.holder == holder
    assert view.map.holder_text("zaozernaya").startswith(holder)  # colour is never the only cue
    assert holder in item.toolTip() and "Source:" in item.toolTip()


def test_map_uses_the_exact_coordinates_and_marks_the_rest_approximate(view):
    s = view.map.schematic
    for pid, lat, lon in (("zaozernaya", ZAO_LAT, ZAO_LON), ("bezymyannaya", BEZ_LAT, BEZ_LON)):
        x, y = s.projection.xy(lat, lon)
        pos = view.map.place_items[pid].pos()
        assert math.hypot(pos.x() - x, pos.y() + y) < 1.0  # scene y points south
        assert not view.map.place_items[pid].name.startswith("≈")
    for pid in ("bogomolnaya", "height-62-1", "height-194-0", "zarechye"):
        assert view.map.place_items[pid].name.startswith("≈ ")
        assert not view.map.place_items[pid].place.exact


def test_map_draws_the_days_moves_with_notes_and_sources(view, state, qtbot):
    from app.views.days.map import ArrowItem

    state.set_day(DAY("1938-08-06"))
    arrows = [i for i in view.map.move_items if isinstance(i, ArrowItem)]
    by_text = {a.details.split("\n")[0]: a for a in arrows}
    bez = view.map.place_items["bezymyannaya"].pos()
    zao = view.map.place_items["zaozernaya"].pos()
    from_north = next(a for t, a in by_text.items() if "32nd Rifle Division" in t)
    from_se = next(a for t, a in by_text.items() if "40th Rifle Division" in t)
    assert from_north.start.y() < bez.y() - 1000  # north is up
    assert from_se.start.x() > zao.x() + 500 and from_se.start.y() > zao.y() + 500
    assert "from the north" in from_north.details and "Source:" in from_north.details
    # Clicking an arrow shows its note and source in the details pane.
    point = view.map.mapFromScene((from_se.start + from_se.end) / 2)
    qtbot.mouseClick(view.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "40th Rifle Division" in view.details.toPlainText() and "Where:" in view.details.toPlainText()
    # Moves whose objective has no coordinates are listed over the map instead; the map
    # keeps its scale, so playback does not jump.
    scale = view.map.transform().m11()
    state.set_day(DAY("1938-08-09"))
    assert view.off_map.isVisibleTo(view) and "588.3" in view.off_map.text()
    qtbot.wait(10)
    assert view.map.transform().m11() == scale


def test_tooltips_escape_data_text():
    from app.views.days.text import tooltip_html

    assert tooltip_html("<b>1 < 2</b>\nnext") == "<p>&lt;b&gt;1 &lt; 2&lt;/b&gt;<br>next</p>"


def test_chart_marks_the_chosen_day(view, state):
    state.set_day(DAY("1938-08-06"))
    i = view.days().index(DAY("1938-08-06"))
    assert view.chart.marker.value() == i
    assert "216 aircraft" in view.chart.day_labels()
    state.set_day(DAY("1938-07-20"))
    assert view.chart.day_labels() == []


def test_choosing_a_day_selects_its_events_in_the_table(window):
    view, state = window.days_view, window.state
    view.choose_index(view.days().index(DAY("1938-08-06")))
    first = view.current_record().events[0].id
    assert state.event_id == first
    table = window.incident_view
    assert table.model.id_at(table.table.currentIndex().row()) == first
    selected = {table.model.id_at(r) for r in table.selected_rows()}
    assert set(view.current_record().event_ids) <= selected


def test_choosing_an_event_elsewhere_moves_the_viewer(window, qtbot):
    view, state = window.days_view, window.state
    with qtbot.waitSignal(state.day_changed):
        state.select_event("ev-1938-07-29-levchenko-counterattack")
    assert view.day_label.text().startswith("29 Jul 1938")
    current = view.day_tree.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == (
        "events", "ev-1938-07-29-levchenko-counterattack")
    assert view.map.place_items["bezymyannaya"].highlighted
    # A range event that already covers the shown day keeps the day.
    state.select_event("ev-1938-06-29-overview-fighting-period")
    assert view.day_label.text().startswith("29 Jul 1938")


def test_playback_keeps_the_table_in_step(window, qtbot):
    view, state = window.days_view, window.state
    view.set_speed(200)
    view.choose_index(view.days().index(DAY("1938-08-05")))
    view.play()
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=5000)
    table = window.incident_view
    assert pd.Timestamp(state.day) == view.days()[-1]
    assert state.event_id in set(state.dataset.events_on(state.day)["id"])
    assert table.model.id_at(table.table.currentIndex().row()) == state.event_id


def test_language_switch_shows_finnish(view, state, dataset):
    state.set_day(DAY("1938-08-06"))
    state.set_language("fi")
    assert view.day_label.text().startswith("6.8.1938")
    first = view.day_tree.topLevelItem(0).child(0)
    title = dataset.events.set_index("id").loc[first.data(Qt.ItemDataRole.UserRole)[1], "title_fi"]
    assert title in first.text()
    assert view.map.place_items["zaozernaya"].name == "Zaozernaja"


def test_the_map_needs_no_network(monkeypatch, qtbot, state, dataset):
    """Sockets are blocked while the view is built, stepped through every day and painted."""
    from app.views.days.page import DaysView

    def refuse(*_args, **_kwargs):
        raise AssertionError("the daily viewer tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    state.set_dataset(dataset)
    v = DaysView(state)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    for i in range(len(v.days())):
        v.choose_index(i)
    image = v.map.grab().toImage()
    assert not image.isNull() and image.width() > 100


def test_a_package_without_coordinates_still_opens(qtbot, state, package):
    """The map degrades to a notice; stepping and lists still work."""
    from app.views.days.page import DaysView

    places = read_raw(package / "places.csv")
    places["lat"] = ""
    places["lon"] = ""
    places["coord_precision"] = "none"
    write_raw(places, package / "places.csv")
    state.set_dataset(load_dataset(package))
    v = DaysView(state)
    qtbot.addWidget(v)
    v.show()
    v.choose_index(v.days().index(DAY("1938-08-06")))
    assert v.day_label.text().startswith("6 Aug 1938")
    assert not v.map.place_items and not v.map.drawn_moves
    assert "32nd Rifle Division" in v.off_map.text()  # every move is listed instead


def test_finnish_translation_covers_the_daily_viewer(qtbot, state, dataset):
    """Every string of the daily viewer's classes is translated in app_fi.ts, and the
    compiled .qm turns the view Finnish."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.paths import resources_dir
    from app.views.days.page import DaysView

    ts = ET.parse(resources_dir() / "translations" / "app_fi.ts").getroot()
    ours = [c for c in ts.iter("context") if c.findtext("name") in ("DaysView", "DayText", "DayMap", "MapLegend",
                                                                       "DayChart")]
    assert len(ours) == 5
    for context in ours:
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation.get("type") is None and translation.text, message.findtext("source")
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "app_fi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        state.set_language("fi")
        state.set_dataset(dataset)
        v = DaysView(state)
        qtbot.addWidget(v)
        v.show()
        v.choose_index(v.days().index(DAY("1938-07-31")))
        assert v.prev.text() == "◀ Edellinen päivä"
        assert v.day_label.text() == "31.7.1938: 2 tapahtumaa"
        assert v.map.holder_text("zaozernaya") == "Japani"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_day_outside_the_strip_shows_nothing_of_another_day(view, state):
    state.set_day(DAY("1938-08-06"))
    state.set_day(DAY("1939-07-03"))
    assert "outside these days" in view.day_label.text()
    assert view.day_tree.topLevelItemCount() == 0 and not view.map.move_items
    assert view.map.place_items["zaozernaya"].holder is None
    view.step(1)  # stepping starts again from the strip
    assert pd.Timestamp(state.day) in view.days()


def test_a_hidden_page_defers_its_drawing_and_catches_up(qtbot, state, dataset):
    """Start-up cost: while another page is shown, only the day label follows the day;
    the map, rows and chart are built when the page is first shown."""
    from app.views.days.page import DaysView

    state.set_dataset(dataset)
    v = DaysView(state)
    qtbot.addWidget(v)
    assert not v.map.place_items and not v.chart.points  # nothing drawn yet
    state.set_day(DAY("1938-07-31"))
    assert v.day_label.text() == "31 Jul 1938: 2 events" and v.day_tree.topLevelItemCount() == 0
    v.show()
    qtbot.waitExposed(v)
    assert v.map.place_items["zaozernaya"].holder == "Japan"
    assert v.day_tree.topLevelItemCount() > 0 and v.chart.points


# ---------------------------------------------------------------------- one rule, each signal once
LEVCHENKO = "ev-1938-07-29-levchenko-counterattack"
OVERVIEW = "ev-1938-06-29-overview-fighting-period"  # a range, 29 June – 11 August 1938


def _count_signals(state) -> dict[str, list]:
    seen: dict[str, list] = {"day": [], "event": [], "selection": []}
    state.day_changed.connect(seen["day"].append)
    state.event_selected.connect(seen["event"].append)
    state.selection_changed.connect(seen["selection"].append)
    return seen


def test_each_choice_emits_each_changed_signal_once_with_every_page_built(window):
    """The rules are applied once by the state; no page echoes a choice back (the
    _syncing/_selecting flags are gone)."""
    for key in window.PAGES:
        window.view(key)
    state = window.state
    seen = _count_signals(state)
    state.select_event(LEVCHENKO)
    assert [len(v) for v in seen.values()] == [1, 1, 1] and state.day.isoformat() == "1938-07-29"
    window.days_view.choose_index(window.days_view.days().index(DAY("1938-08-06")))
    assert [len(v) for v in seen.values()] == [2, 2, 2] and state.event_id == "ev-1938-08-06-1000kg-bombs"
    table = window.incident_view
    table.table.selectRow(table.model.row_of_id(LEVCHENKO))
    assert [len(v) for v in seen.values()] == [3, 3, 3] and state.day.isoformat() == "1938-07-29"
    state.select_event(LEVCHENKO)  # the same again: nothing
    assert [len(v) for v in seen.values()] == [3, 3, 3]


def test_the_rules_hold_before_any_page_is_built(qtbot, state, dataset):
    """The day follows an event (and a day selects its event) with no view built yet."""
    state.set_dataset(dataset)
    state.select_event(LEVCHENKO)
    assert state.day.isoformat() == "1938-07-29"
    state.set_day(DAY("1938-08-06"))
    assert state.event_id in set(dataset.events_on(DAY("1938-08-06"))["id"])


def test_a_row_under_continuing_keeps_the_day(view, state):
    view.choose_index(view.days().index(DAY("1938-07-30")))
    view.day_tree.setCurrentItem(view.day_tree.find_event(OVERVIEW, expand=True))
    assert state.event_id == OVERVIEW and state.day.isoformat() == "1938-07-30"
    assert view.day_label.text().startswith("30 Jul 1938")


def test_the_strip_drawn_from_the_state_chooses_nothing(view, state):
    view.choose_index(3)
    seen = _count_signals(state)
    view.slider.show_index(10)
    view.slider.set_day_count(len(view.days()))
    assert seen == {"day": [], "event": [], "selection": []} and view.current_index() == 10


def test_day_records_are_importable_from_days():
    """The records live in app.model.day_records; app.model.days re-exports the same classes."""
    from app.model import day_records, days

    for name in ("Ref", "EventLine", "MoveLine", "ControlLine", "NamedLine", "CountLine", "DayRecord", "ChartPoint"):
        assert getattr(days, name) is getattr(day_records, name)


def test_static_map_layers_speak_the_language(view, state):
    """The claims, the lake's outline and the disputed strip (app.views.days.map_static) keep
    DayMap's translation context, so they switch to Finnish with the rest of the map."""
    from app.views.days.map_items import LabelItem

    def texts():
        items = view.map.scene().items()
        return ({i._text for i in items if isinstance(i, LabelItem)}, "\n".join(i.toolTip() for i in items))

    labels, tips = texts()
    assert {"Soviet claim (schematic)", "Japanese claim (schematic)"} <= labels
    assert "Outline drawn schematically." in tips and "Between the two claimed lines" in tips
    state.set_language("fi")
    labels, tips = texts()
    assert {"Neuvostoliiton vaatimus (kaavamainen)", "Japanin vaatimus (kaavamainen)"} <= labels
    assert "Rantaviiva piirretty kaavamaisesti." in tips and "Outline drawn" not in tips


def test_speed_labels_follow_the_language(view, state):
    """Playback speeds are numbers like any other: '0.5' in English, '0,5' in Finnish
    (through app.model.formats, as every page writes them)."""
    view.set_speed(0.25)  # a speed the kiosk may ask for, not in the list
    texts = lambda: [view.speed.itemText(i) for i in range(view.speed.count())]  # noqa: E731
    assert texts()[0].startswith("0.5") and texts()[-1].startswith("0.25")
    state.set_language("fi")
    assert texts()[0].startswith("0,5") and texts()[-1].startswith("0,25")


def test_a_changed_day_is_announced_and_its_label_speaks_it(window, qtbot):
    from PySide6.QtGui import QAccessible

    view, state = window.days_view, window.state
    view.choose_index(view.days().index(DAY("1938-08-06")))
    view.next.setFocus()
    qtbot.keyClick(view.next, Qt.Key.Key_Right)
    assert view.day_label.text().startswith("7 Aug 1938: ")
    assert view.property("last_announcement") == view.day_label.text()
    info = QAccessible.queryAccessibleInterface(view.day_label)
    assert info.text(QAccessible.Text.Name) == view.day_label.text()


def test_the_map_in_words_names_the_day_its_holders_and_its_moves(window):
    view = window.days_view
    view.choose_index(view.days().index(DAY("1938-08-06")))
    text = view.map.accessibleDescription()
    assert "6 Aug 1938." in text and "Zaozernaya:" in text
    record = view.current_record()
    assert record.moves and "Moves: " in text
    assert all(view.words.move_label(m, lambda pid: view.map.place_items[pid].name
                                     if pid in view.map.place_items else pid) in text for m in record.moves)


def test_the_legend_stays_readable_in_high_contrast(window):
    """Light ink on the map's black in high contrast (it once was dark grey on black)."""
    from PySide6.QtGui import QColor

    window.show_page("days")
    window.display.set_high_contrast(True)
    try:
        image = window.days_view.legend.grab().toImage()
        assert QColor(image.pixel(image.width() - 3, image.height() // 2)).lightness() < 40  # the map's black
        lights = sum(QColor(image.pixel(x, y)).lightness() > 200 for x in range(0, image.width(), 2)
                     for y in range(0, image.height(), 2))
        assert lights > 50  # white text and glyphs on it
    finally:
        window.display.set_high_contrast(False)


# ---------------------------------------------------------------------- the map's labels apart
BATTLE_DAYS = pd.date_range("1938-07-29", "1938-08-11")


def map_label_boxes(day_map) -> dict:
    """Each shown place label's box in viewport pixels. The items ignore the view's
    transformation (their label is in pixels round a marker in metres), so the box is
    mapped through the item's device transform, not its scene bounding rect."""
    from PySide6.QtCore import QRectF

    boxes = {}
    for key, item in day_map.place_items.items():
        rect = item.label_rect()
        if item.isVisible() and not rect.isEmpty():
            boxes[key] = QRectF(item.deviceTransform(day_map.viewportTransform()).mapRect(rect))
    return boxes


def labels_clash(day_map, only=None, edges=True) -> list[str]:
    """Labels over one another, over another place's marker or (``edges``) outside the
    viewport; ``only``: among these places' labels and markers."""
    from PySide6.QtCore import QRectF

    from app.model.label_placement import box_distance

    boxes, viewport = map_label_boxes(day_map), QRectF(day_map.viewport().rect())
    boxes = {key: box for key, box in boxes.items() if only is None or key in only}
    clashes = [f"{key} outside {viewport}" for key, box in boxes.items() if edges and not viewport.contains(box)]
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        if box_a.intersects(box_b):
            clashes.append(f"{a} over {b}")
    for key, box in boxes.items():
        for other, item in day_map.place_items.items():
            centre = day_map.viewportTransform().map(item.pos())
            rect = (box.left(), box.top(), box.right(), box.bottom())
            if other != key and (only is None or other in only) and \
                    box_distance(rect, (centre.x(), centre.y())) < item.marker_radius() - 0.5:
                clashes.append(f"{key} over {other}'s marker")
    return clashes


def check_battle_days(days_view, where: str, only=None) -> None:
    """Every battle day: no label clash (``only``: among these places' labels)."""
    from PySide6.QtWidgets import QApplication

    day_map = days_view.map
    for day in BATTLE_DAYS:
        days_view.choose_index(days_view.days().index(day))
        QApplication.processEvents()
        assert len(map_label_boxes(day_map)) >= 5, (where, day)  # every hill's label shows
        assert labels_clash(day_map, only) == [], f"{where} on {day.date()}"


def test_map_labels_never_overlap_in_the_kiosk(make_kiosk):
    """At 1280×800 with the kiosk's larger type, on every day of the battle: no place label
    (name and holder badge) over another, over a marker or out of the map. Pins the label
    placement (it once covered 'Bezymyannaya' with a badge and ran 'Height 62.1
    (Machine-Gun Hill)' off the map's right edge), in every language: the map key folds away
    and a badge too long for its place ('Neuvostoliitto · päätelty · tilanne 31.7.') is
    shortened to its holder."""
    from PySide6.QtWidgets import QApplication

    window = make_kiosk(languages=("en", "fi", "sv"))
    window.resize(1280, 800)
    window.show_page("days")
    QApplication.processEvents()
    try:
        for lang in ("en", "fi", "sv"):
            window.set_language(lang)
            QApplication.processEvents()
            check_battle_days(window.view("days"), f"kiosk {lang}")
    finally:
        window.set_language("en")


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_map_labels_never_overlap_on_the_desktop(loaded_window, size):
    """The desktop window at two sizes, then in high contrast and in the largest type
    (the map redraws and places its labels again): no label clash on any day of the battle."""
    from PySide6.QtWidgets import QApplication

    window = loaded_window
    window.resize(*size)
    window.show_page("days")
    QApplication.processEvents()
    check_battle_days(window.days_view, f"desktop {size}")
    window.display.set_high_contrast(True)
    try:
        QApplication.processEvents()
        check_battle_days(window.days_view, f"desktop {size} high contrast")
    finally:
        window.display.set_high_contrast(False)


def test_map_labels_are_placed_again_when_the_map_zooms(window):
    """Labels keep their size in pixels while the markers sit in metres: zoomed out, no
    label clashes; zoomed in, the labels of the places in view stay apart; in larger type
    (the map redraws), no label clashes."""
    from PySide6.QtWidgets import QApplication

    view = window.days_view
    view.choose_index(view.days().index(DAY("1938-08-06")))
    QApplication.processEvents()
    day_map = view.map
    day_map.zoom(0.8)
    QApplication.processEvents()
    assert labels_clash(day_map) == []
    day_map.zoom(1.25 ** 3)
    QApplication.processEvents()
    in_view = [key for key, item in day_map.place_items.items()
               if day_map.viewport().rect().contains(day_map.mapFromScene(item.pos()))]
    assert len(in_view) >= 3
    assert labels_clash(day_map, only=in_view, edges=False) == []
    day_map.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_0, Qt.KeyboardModifier.NoModifier))
    window.display.zoom_in()
    try:
        QApplication.processEvents()
        assert labels_clash(day_map) == []
    finally:
        window.display.reset_zoom()
