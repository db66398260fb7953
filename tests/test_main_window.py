"""The main window opens, shows what the dataset holds, and the views follow the state."""
from __future__ import annotations

import pandas as pd
import pytest

from app.window.main_window import MainWindow


@pytest.fixture
def window(loaded_window):
    return loaded_window


def test_overview_shows_the_counts(window, dataset):
    labels = window.overview.count_labels
    for name, n in dataset.summary().counts.items():
        assert labels[name].text() == f"{n:,}"
    assert window.overview.loading.isHidden()
    assert "bundled data" in window.windowTitle()


def test_every_page_has_a_real_view(window, dataset):
    for key in ("incidents", "forces", "days"):
        window.show_page(key)
        assert window.current_page() == key
    assert window.incident_view.model.rowCount() == len(dataset.events)
    shown_figures = window.forces_view.model.rowCount()
    assert shown_figures == len(dataset.figures_for(window.state.conflict))


def test_choosing_a_day_selects_its_event_in_the_table(window, dataset):
    day = dataset.event_days("khasan-1938")[0]
    window.state.set_day(day)
    selected = window.state.event_id
    assert selected in set(dataset.events_on(day)["id"])
    current = window.incident_view.table.currentIndex()
    assert window.incident_view.model.id_at(current.row()) == selected
    assert window.days_view.day_label.text().startswith(f"{day.day} ")


def test_selecting_an_event_moves_the_day_viewer(window, dataset, qtbot):
    ev = dataset.events
    in_viewer = ev["date_start"].between(pd.Timestamp("1938-07-01"), pd.Timestamp("1938-08-13"))
    row = ev[in_viewer & (ev["date_precision"] == "day")].iloc[-1]
    with qtbot.waitSignal(window.state.day_changed):
        window.state.select_event(row["id"])
    assert pd.Timestamp(window.state.day) == row["date_start"]


def test_search_filters_and_counts(window, dataset, qtbot):
    view = window.incident_view
    view.search.setText("Bezymyannaya")
    qtbot.waitUntil(lambda: view.filter.text == "Bezymyannaya")  # typing is debounced
    n = view.model.rowCount()
    assert 0 < n < len(dataset.events)
    assert view.status.text().startswith(f"{n} of {len(dataset.events)} events")


def test_bad_folder_keeps_the_current_data(window, tmp_path):
    shown = window.state.dataset
    (tmp_path / "events.csv").write_text("id,nonsense\n1,2\n", encoding="utf-8")
    assert not window.load_data(tmp_path)
    assert window.state.dataset is shown
    banner = window.load_banner
    assert banner.isVisible() and banner.has_errors()
    assert "events.csv, row 1" in banner.summary.text()
    assert "still showing the previous data" in banner.summary.text()
    assert "Loading data" not in window.statusBar().currentMessage()


def test_bad_data_at_start_falls_back_to_bundled(qtbot, state, tmp_path):
    win = MainWindow(state)
    qtbot.addWidget(win)
    (tmp_path / "events.csv").write_bytes(b"\xff\xfe not utf8")
    assert win.load_data(tmp_path, fallback=True)
    assert state.dataset.label == "bundled data"
    assert "not UTF-8" in win.load_banner.text()


def test_ready_on_the_overview_builds_no_data_page(qtbot, state):
    """Start-up speed (benchmarks/startup.py ready_ratio): with the overview shown, no page's
    view is built before data_ready; the incident table follows on the next event-loop turn."""
    win = MainWindow(state)
    qtbot.addWidget(win)
    built_at_ready = []
    win.data_ready.connect(lambda: built_at_ready.append([k for k in win.PAGES if win.built_view(k) is not None]))
    assert win.load_data(None)
    assert built_at_ready == [[]]
    qtbot.waitUntil(lambda: win.built_view("incidents") is not None)


def test_menus_are_actions_on_public_slots(window, monkeypatch):
    """The menus hold their actions (window.menus) and trigger the window's public slots or
    the state; the window carries no per-action attributes."""
    assert not any(hasattr(window, name) for name in ("open_action", "quit_action", "language_actions"))
    window.menus.pages["days"].trigger()
    assert window.current_page() == "days"
    opened = []
    monkeypatch.setattr(window, "open_data", opened.append)
    window.menus.bundled.trigger()
    assert opened == [None]
    window.menus.languages["fi"].trigger()
    assert window.state.language == "fi"
    assert window.menus.languages["fi"].isChecked() and not window.menus.languages["en"].isChecked()
    window.state.set_language("en")
    assert window.menus.languages["en"].isChecked()


def test_every_data_table_lets_tab_leave(window):
    """The shared table set-up (app/views/common/tables.py): Tab moves to the next control,
    not to the next cell, in every page's tables; whole rows where rows are chosen."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    tables = [t for key in window.PAGES[1:] for t in window.view(key).findChildren(QTableView)]
    assert len(tables) >= 4
    assert not any(t.tabKeyNavigation() for t in tables)
    rows = QAbstractItemView.SelectionBehavior.SelectRows
    assert window.incident_view.table.selectionBehavior() == rows
    assert window.sources_view.sources_table.selectionBehavior() == rows


def test_a_hidden_page_builds_when_first_shown(window):
    """BuildOnShow: the sources page built in the background stays empty until shown, then
    fills; a language switch while hidden rebuilds it on the next show."""
    view = window.sources_view
    if not view.isVisible():
        assert view.sources_model.rowCount() == 0
    window.show_page("sources")
    assert view.sources_model.rowCount() == len(window.state.dataset.sources)
    window.show_page("overview")
    window.state.set_language("fi")
    assert view._stale
    window.show_page("sources")
    assert not view._stale
    window.state.set_language("en")
