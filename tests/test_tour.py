"""The guided tour page (issue 16): moving through the chapters, what each chapter makes the other
pages show (day, event, table rows, forces highlight, map focus), the page without a tour, the
deep link ``--view tour --chapter N`` and the language switch."""
from __future__ import annotations

import copy
import dataclasses
import subprocess
import sys
from argparse import Namespace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
ATTACK = "ev-1938-07-29-bezymyannaya-attack-khasan"
LEVCHENKO = "ev-1938-07-29-levchenko-counterattack"
PERSONNEL = "fig-khasan-ussr-personnel-1"
JAPAN_KILLED = "fig-khasan-japan-killed-3"
KG_AIRCRAFT = "fig-kg-japan-aircraft-lost-1"

CHAPTERS = [
    dict(id="ch-attack", chapter=1, title_en="The attack on Bezymyannaya", title_fi="Hyökkäys Bezymjannajalle",
         text_en="Early on 29 July 1938 a Japanese company attacked the eleven border guards on Bezymyannaya.",
         text_fi="Varhain 29. heinäkuuta 1938 japanilainen komppania hyökkäsi Bezymjannajan rajavartijoiden kimppuun.",
         date_start="1938-07-29", date_end="1938-07-29", day="1938-07-29", view="days",
         event_ids=f"{ATTACK};{LEVCHENKO}", figure_ids="", place_ids="bezymyannaya;zaozernaya",
         conflict="khasan-1938", source_id="seed", source_locator='Khasan article: "29. heinäkuuta", line 211',
         manual_check=""),
    dict(id="ch-forces", chapter=2, title_en="How many fought", title_fi="Kuinka moni taisteli",
         text_en="About 15,000 Soviet soldiers and border guards took part in the fighting.",
         text_fi="Taisteluihin osallistui noin 15 000 neuvostosotilasta ja rajavartijaa.",
         date_start="1938-07-29", date_end="1938-08-11", day="1938-08-06", view="forces",
         event_ids="ev-1938-08-06-assault-zaozernaya-from-southeast;ev-1938-08-06-1000kg-bombs",
         figure_ids=f"{PERSONNEL};{JAPAN_KILLED}", place_ids="zaozernaya", conflict="khasan-1938",
         source_id="seed", source_locator='Khasan article: "15 tuhatta", line 189', manual_check=""),
    dict(id="ch-epilogue", chapter=3, title_en="Khalkhin Gol", title_fi="Halhin-gol",
         text_en="A year later the armies met again at Khalkhin Gol in Mongolia.",
         text_fi="Vuotta myöhemmin armeijat kohtasivat jälleen Halhin-golilla Mongoliassa.",
         date_start="1939-05-01", date_end="1939-09-16", day="", view="incidents",
         event_ids="ev-1939-05-to-09-khalkhin-gol-operations", figure_ids=KG_AIRCRAFT, place_ids="khalkhin-gol",
         conflict="khalkhin-gol-1939", source_id="seed", source_locator="overview, line 11", manual_check=""),
]


def story_frame(rows=CHAPTERS) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(CHAPTERS[0]))
    for column in ("date_start", "date_end", "day"):
        frame[column] = pd.to_datetime(frame[column].replace("", None))
    frame["chapter"] = frame["chapter"].astype("Int64")
    return frame


def with_story(ds, frame):
    """A copy of ``ds`` whose story table is ``frame`` (with its own cache)."""
    try:
        return dataclasses.replace(ds, story=frame, _cache={})
    except TypeError:  # a Dataset without the story field
        new = copy.copy(ds)
        object.__setattr__(new, "story", frame)
        object.__setattr__(new, "_cache", {})
        return new


def window_with(qtbot, state, ds):
    from app.window.main_window import MainWindow

    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    win.install_dataset(ds)
    return win


@pytest.fixture
def window(qtbot, state, dataset):
    win = window_with(qtbot, state, with_story(dataset, story_frame()))
    yield win
    state.set_language("en")


@pytest.fixture
def tour(window):
    window.show_page("tour")
    QApplication.processEvents()
    return window.tour_view


def shown(state) -> list[int]:
    """Record the chapter numbers ``chapter_changed`` announces."""
    seen: list[int] = []
    state.chapter_changed.connect(lambda c: seen.append(c.number if c is not None else 0))
    return seen


# ---------------------------------------------------------------------- moving through the tour
def test_showing_the_page_shows_the_first_chapter(window, tour, state):
    assert state.chapter is not None and state.chapter.number == 1
    assert tour.title.text() == "The attack on Bezymyannaya"
    assert tour.position.text() == "Chapter 1 of 3"
    assert not tour.back.isEnabled() and tour.next.isEnabled()
    assert [b.isChecked() for b in tour.dots.buttons] == [True, False, False]


def test_next_back_and_dots_move_and_show_each_chapter(tour, state, qtbot):
    seen = shown(state)
    qtbot.mouseClick(tour.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tour.next, Qt.MouseButton.LeftButton)
    assert not tour.next.isEnabled()
    qtbot.mouseClick(tour.back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tour.dots.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tour.dots.buttons[2], Qt.MouseButton.LeftButton)
    assert seen == [2, 3, 2, 1, 3]
    assert state.chapter.id == "ch-epilogue" and tour.title.text() == "Khalkhin Gol"
    assert [b.isChecked() for b in tour.dots.buttons] == [False, False, True]


def test_each_dot_says_its_chapter_then_where_it_is_in_the_tour(tour):
    """Name and description differ (AT-SPI showed the tooltip's copy of the name read twice)."""
    said = [(b.accessibleName(), b.accessibleDescription()) for b in tour.dots.buttons]
    assert said[0] == ("Chapter 1: The attack on Bezymyannaya", "Chapter 1 of 3")
    assert [d for _, d in said] == ["Chapter 1 of 3", "Chapter 2 of 3", "Chapter 3 of 3"]


def test_keys_move_chapters_when_the_page_has_focus(window, tour, state, qtbot):
    seen = shown(state)
    window.activateWindow()
    tour.next.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Left, Qt.Key.Key_PageUp,
                Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert seen == [2, 3, 2, 1, 3, 1]
    window.show_page("incidents")  # the arrows are the table's there, not the tour's
    window.incident_view.table.setFocus()
    qtbot.keyClick(window.incident_view.table, Qt.Key.Key_End)
    assert seen == [2, 3, 2, 1, 3, 1]


def test_a_swipe_turns_the_page(tour, state, qtbot):
    seen = shown(state)
    target = tour.text
    start = QPoint(target.width() // 2 + 100, 10)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(target, start - QPoint(150, 0))
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=start - QPoint(150, 4))
    assert seen == [2]
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start - QPoint(150, 0))
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=start)
    assert seen == [2, 1]
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)  # a tap is no swipe
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=start + QPoint(10, 0))
    assert seen == [2, 1]


def test_the_page_follows_a_chapter_shown_from_elsewhere(window, tour, state):
    """The deep link and the kiosk show chapters through the state: the page turns with it."""
    third = tour.chapters()[2]
    state.show_chapter(third)
    assert tour.current() == third and tour.title.text() == "Khalkhin Gol"
    state.select_event(ATTACK)  # another event chosen elsewhere: the tour's chapter stays
    window.show_page("incidents")
    window.show_page("tour")
    assert tour.current() == third and state.chapter == third


# ---------------------------------------------------------------------- what a chapter drives
def test_a_chapter_drives_the_day_the_event_the_rows_and_the_map(window, tour, state):
    days = window.view("days")  # built before: it follows chapter_changed
    tour.go_to(2)
    assert {pid for pid, item in days.map.place_items.items() if item.focused} in (set(), {"zaozernaya"})
    assert days.map.focus_ids == ("zaozernaya",)
    tour.go_to(1)
    assert state.day == date(1938, 7, 29) and state.event_id == ATTACK
    table = window.incident_view
    current = table.table.currentIndex()
    assert table.model.id_at(current.row()) == ATTACK
    selected = {table.model.id_at(r) for r in table.selected_rows()}
    assert {ATTACK, LEVCHENKO} <= selected
    assert table.table.viewport().rect().intersects(table.table.visualRect(current))  # scrolled to it
    first = min(table.model.row_of_id(e) for e in (ATTACK, LEVCHENKO))
    assert table.table.rowAt(1) == first  # the chapter's rows stand together at the top
    window.show_page("days")
    QApplication.processEvents()
    assert days.day_label.text().startswith("29 Jul 1938")
    focused = {pid for pid, item in days.map.place_items.items() if item.focused}
    assert focused == {"bezymyannaya", "zaozernaya"}
    centre = days.map.mapToScene(days.map.viewport().rect().center())
    points = days.map.focused_points()
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    assert min(xs) - 1500 <= centre.x() <= max(xs) + 1500 and min(ys) - 1500 <= centre.y() <= max(ys) + 1500
    assert "Bezymyannaya" in days.map.accessibleDescription()


def test_a_chapter_highlights_its_figures_on_the_forces_page(window, tour, state):
    forces = window.forces_view
    forces.set_chart("air")  # the chapter switches back to the chart its figures are on
    tour.go_to(2)
    assert forces.fs.chart == "strength" and forces.fs.conflict == "khasan-1938"
    assert forces.chart.marked == (PERSONNEL, JAPAN_KILLED)
    marked = forces.chart.marked_boxes()
    assert [b.key for b in marked] == [PERSONNEL]  # the other one is on the losses chart
    assert forces.chart.marks.bars and forces.chart.marks.rows  # drawn: outlined bar, tinted row
    text = forces.details.toPlainText()
    assert text.startswith("Tour, chapter 2: How many fought") and "15,000" in text
    assert "How many fought" in forces.chart.accessibleDescription()
    tour.go_to(3)  # Khalkhin Gol: the shared conflict follows the figure
    assert forces.fs.conflict == "khalkhin-gol-1939" and state.conflict == "khalkhin-gol-1939"
    assert [b.key for b in forces.chart.marked_boxes()] == [KG_AIRCRAFT]
    tour.go_to(1)  # a chapter without figures: nothing marked, the chapter's text gone
    assert forces.chart.marked == () and not forces.chart.marks.rows
    assert forces.details.toPlainText() == ""


def test_explore_opens_the_chapters_view_with_the_chapter_again(window, tour, state, qtbot):
    tour.go_to(2)
    forces = window.forces_view
    forces.set_chart("air")
    state.select_event(ATTACK)  # the visitor wandered off
    qtbot.mouseClick(tour.explore_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "forces"
    assert forces.fs.chart == "strength" and forces.chart.marked_boxes()
    assert state.event_id == "ev-1938-08-06-assault-zaozernaya-from-southeast" and state.chapter.number == 2
    assert "Forces" in tour.explore_button.text()


def test_the_page_lists_what_the_chapter_shows(tour):
    tour.go_to(2)
    texts = tour.events.texts + tour.shows.texts
    assert "6 Aug 1938 — Six 1,000-kg bombs dropped on the Zaozernaya area" in texts
    assert any(t.startswith("Loss: killed — Japan, Lake Khasan 1938") and "sources differ" in t for t in texts)
    japan = tour.shows.figure_cards[1]
    values = [label.text() for label in japan.findChildren(type(tour.title)) if "people" in label.text()]
    assert len(values) == 3  # every source's figure side by side: ≈ 650, 650, 526
    assert "Zaozernaya" in texts
    assert tour.timeline.period_text == "29 Jul – 11 Aug 1938"
    assert "29 Jul – 11 Aug 1938" in tour.timeline.accessibleDescription()


def test_missing_rows_are_listed_not_fatal(qtbot, state, dataset):
    rows = [dict(CHAPTERS[2], event_ids="ev-no-such-event", figure_ids="fig-no-such", place_ids="nowhere")]
    win = window_with(qtbot, state, with_story(dataset, story_frame(rows)))
    win.show_page("tour")
    QApplication.processEvents()
    missing = win.tour_view.shows.findChild(type(win.tour_view.title), "tourMissing")
    assert "events: ev-no-such-event" in missing.text() and "figures: fig-no-such" in missing.text()
    win.show_page("forces")
    win.show_page("days")
    assert win.forces_view.chart.marked == ()


def test_without_a_story_the_page_says_so(qtbot, state, dataset):
    win = window_with(qtbot, state, with_story(dataset, story_frame([])))
    win.show_page("tour")
    QApplication.processEvents()
    tour = win.tour_view
    assert tour.stack.currentWidget() is tour.empty and tour.empty.isVisible()
    assert tour.empty.text().startswith("This data package has no guided tour.")
    tour.go_to(2)
    tour.next_chapter()
    tour.explore()
    assert state.chapter is None and tour.current() is None


# ---------------------------------------------------------------------- language
def test_a_language_switch_retranslates_the_chapter(window, tour, state):
    tour.go_to(2)
    state.set_language("fi")
    QApplication.processEvents()
    assert tour.title.text() == "Kuinka moni taisteli"
    assert tour.text.text() == "Taisteluihin osallistui noin 15\u00a0000 neuvostosotilasta ja rajavartijaa."  # kept whole
    assert tour.timeline.period_text == "29.7.–11.8.1938"
    assert any("6.8.1938" in t for t in tour.events.texts)
    assert state.chapter.number == 2  # the same chapter, now in Finnish
    state.set_language("en")
    assert tour.title.text() == "How many fought"


# ---------------------------------------------------------------------- the deep link
def test_deep_link_opens_chapter_n(window, capsys):
    from app.cli import apply_start_state

    args = Namespace(chapter=2, view=None, day=None, event=None)
    apply_start_state(window, args, restore_session=False)
    assert window.current_page() == "tour" and window.state.chapter.number == 2
    assert window.tour_view.title.text() == "How many fought"
    assert "--chapter 2" in window.command_line()
    apply_start_state(window, Namespace(chapter=9, view="forces", day=None, event=None), restore_session=False)
    err = capsys.readouterr().err
    assert "--chapter 9: the tour has chapters 1 to 3; opening chapter 1" in err
    assert window.state.chapter.number == 1 and window.current_page() == "forces"


def _write_package(package: Path) -> None:
    frame = pd.DataFrame(CHAPTERS)
    frame.to_csv(package / "story.csv", index=False)


def _not_blank(path: Path) -> bool:
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return not image.isNull() and len(colours) > 20


@pytest.mark.parametrize("number, error", [(2, ""), (7, "--chapter 7: the tour has chapters 1 to 3")])
def test_deep_link_with_screenshot(package, tmp_path, number, error):
    _write_package(package)
    out = tmp_path / "tour.png"
    result = subprocess.run([sys.executable, "-m", "app", "--data", str(package), "--view", "tour", "--chapter",
                             str(number), "--lang", "en", "--screenshot", str(out)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert _not_blank(out)
    assert (error in result.stderr) if error else "--chapter" not in result.stderr
    assert "INVALID" not in result.stderr and "Traceback" not in result.stderr


def test_tour_and_chapter_in_the_command_line_help():
    from app.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["--view", "tour", "--chapter", "3"])
    assert args.view == "tour" and args.chapter == 3
    help_text = parser.format_help()
    assert "--chapter N" in help_text


def test_the_tour_is_in_the_view_menu(window):
    window.menus.pages["tour"].trigger()
    assert window.current_page() == "tour"
    assert window.tabs.tabText(window.PAGES.index("tour")) == "Tour"
    assert window.menus.pages["tour"].shortcut().toString() == f"Ctrl+{window.PAGES.index('tour') + 1}"


def test_a_hidden_days_page_centres_when_shown(window, tour):
    """The daily viewer built while hidden takes the chapter's places when it is first drawn."""
    tour.go_to(1)
    assert window.built_view("days") is None or not window.days_view.isVisible()
    window.show_page("days")
    QApplication.processEvents()
    days = window.days_view
    assert {pid for pid, item in days.map.place_items.items() if item.focused} == {"bezymyannaya", "zaozernaya"}
    assert days.map.transform().m11() > 0
    rect = QRect(QPoint(0, 0), days.map.viewport().size())
    item = days.map.place_items["bezymyannaya"]
    assert rect.contains(days.map.mapFromScene(item.pos()))


def test_every_chapter_of_the_bundled_tour_drives_the_views(loaded_window, dataset):
    """The real tour: each chapter becomes the state's, the forces page marks every figure of it
    that the chart it switches to shows, and the map rings the places it has."""
    from app.model.story import chapters

    tour = chapters(dataset)
    if not tour:
        pytest.skip("the bundled data has no tour")
    win = loaded_window
    forces, days = win.view("forces"), win.view("days")
    win.show_page("tour")
    for number, chapter in enumerate(tour, start=1):
        win.tour_view.go_to(number)
        assert win.state.chapter == chapter and win.tour_view.title.text() == chapter.title("en")
        assert forces.chart.marked == chapter.figure_ids
        if chapter.figure_ids:
            assert forces.chart.marked_boxes(), chapter.id  # at least the first one is on the chart shown
        assert days.map.focus_ids == chapter.place_ids
        if chapter.event_ids:
            assert win.state.event_id in chapter.event_ids
        if chapter.day is not None:
            assert win.state.day == chapter.day
