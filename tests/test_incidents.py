"""Incident table: sorting, filters, chips, brushing, details, linking, export, plain text."""
from __future__ import annotations

import csv

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.model import load_dataset
from app.model.queries import SEARCH_COLUMNS, EventFilter
from app.views.incidents.page import IncidentView
from tests.conftest import read_raw, write_raw

DATE, PLACE, SECTOR, KIND, TITLE, UK = 0, 1, 2, 3, 4, 5


@pytest.fixture
def view(qtbot, state, dataset):
    state.set_dataset(dataset)
    v = IncidentView(state)
    qtbot.addWidget(v)
    return v


def column_ids(view):
    return [view.model.id_at(r) for r in range(view.model.rowCount())]


def texts(view, column):
    return [view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())]


# ----------------------------------------------------------------- sorting
def test_dates_sort_chronologically_by_precision(view, dataset):
    view.model.sort(DATE, Qt.SortOrder.AscendingOrder)
    starts = dataset.events.set_index("id").loc[column_ids(view), "date_start"]
    assert starts.is_monotonic_increasing
    shown = texts(view, DATE)
    assert shown.index("Feb 1934") < shown.index("22 Mar 1934") < shown.index("Apr 1934")


def test_numbers_sort_numerically_with_missing_last_both_ways(view, dataset):
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        view.model.sort(UK, order)
        values = dataset.events.set_index("id").loc[column_ids(view), "ussr_killed"]
        present = values.dropna()
        n = len(present)
        assert values.iloc[:n].notna().all() and values.iloc[n:].isna().all()
        expected = present.sort_values(ascending=order == Qt.SortOrder.AscendingOrder)
        assert list(present) == list(expected)


def test_text_sorts_case_insensitively_with_missing_last(view):
    view.model.sort(PLACE, Qt.SortOrder.DescendingOrder)
    places = texts(view, PLACE)
    filled = [p for p in places if p]
    assert filled == sorted(filled, key=str.casefold, reverse=True)
    assert places[len(filled):] == [""] * (len(places) - len(filled))


def test_secondary_sort_key(view):
    view.model.sort(KIND, Qt.SortOrder.AscendingOrder)
    view.model.add_sort_key = True
    view.model.sort(DATE, Qt.SortOrder.DescendingOrder)
    ids = column_ids(view)
    kinds = texts(view, KIND)
    assert kinds == sorted(kinds)
    attacks = [i for i, k in zip(ids, kinds) if k == "attack"]
    starts = view._ds.events.set_index("id").loc[attacks, "date_start"]
    assert starts.is_monotonic_decreasing


# ----------------------------------------------------------------- filters
def test_text_search_in_both_languages_and_place_names(view, qtbot):
    view.search.setText("Bezymjannaja")  # Finnish spelling
    qtbot.waitUntil(lambda: view.filter.text == "Bezymjannaja")
    n_fi = view.model.rowCount()
    assert n_fi > 0
    view.set_filter(EventFilter(text="沙草峰"))  # Chinese name of Bezymyannaya, from places
    assert view.model.rowCount() > 0
    ids = set(column_ids(view))
    linked = set(view._ds.events.loc[view._ds.events["place_id"] == "bezymyannaya", "id"])
    assert linked <= ids  # every event placed there, and those whose text names the hill
    def names_it(event_id) -> bool:
        row = view._ds.row("events", event_id)
        return "bezym" in " ".join(str(row[c]) for c in SEARCH_COLUMNS).casefold()
    assert all(i in linked or names_it(i) for i in ids)


def test_facets_casualties_and_years_combine(view, dataset):
    f = EventFilter(date_from=pd.Timestamp("1936-01-01"), date_to=pd.Timestamp("1937-12-31"),
                    casualties_only=True).with_facet("conflict", ["border-1934-1938"])
    view.set_filter(f)
    shown = dataset.events.set_index("id").loc[column_ids(view)]
    assert len(shown) > 0
    assert (shown["conflict"] == "border-1934-1938").all()
    assert (shown["date_start"].dt.year.between(1936, 1937)).all()
    cas = shown[[c for c in shown.columns if c.startswith(("ussr_", "japan_"))]].fillna(0)
    assert (cas.sum(axis=1) > 0).all()
    assert view.status.text().startswith(f"{len(shown)} of {len(dataset.events)} events")
    killed = int(shown["japan_killed"].sum())
    assert f"{killed} killed" in view.status.text()


def test_facet_counts_update_with_other_filters(view):
    conflict = view.facets["conflict"]
    before = [conflict.list.item(i).text() for i in range(conflict.list.count())]
    view.set_filter(EventFilter(casualties_only=True))
    after = [conflict.list.item(i).text() for i in range(conflict.list.count())]
    assert before != after


def test_checking_a_facet_filters(view, qtbot):
    kind = view.facets["kind"]
    kind.set_checked("provocations")
    assert view.filter.facets["kind"] == {"provocations"}
    assert set(texts(view, KIND)) == {"provocations"}


def test_a_click_on_a_facet_box_or_space_checks_it_and_filters(view, qtbot):
    """As a user checks a value (set_checked alone once hid that no box was drawn to click)."""
    from PySide6.QtCore import QPoint

    view.show()
    qtbot.waitExposed(view)
    kind = view.facets["kind"]
    items = [kind.list.item(i) for i in range(kind.list.count())]
    assert items and all(i.data(Qt.ItemDataRole.CheckStateRole) is not None for i in items)  # a box on each
    first = items[0]
    rect = kind.list.visualItemRect(first)
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())  # the check box leads the row
    qtbot.mouseClick(kind.list.viewport(), Qt.MouseButton.LeftButton, pos=box)
    qtbot.waitUntil(lambda: bool(view.filter.facets.get("kind")))
    chosen = first.data(Qt.ItemDataRole.UserRole)
    assert view.filter.facets["kind"] == {chosen}
    kind.list.setFocus()
    kind.list.setCurrentRow(1)
    qtbot.keyClick(kind.list, Qt.Key.Key_Space)
    second = items[1].data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: view.filter.facets.get("kind") == {chosen, second})
    assert set(texts(view, KIND)) <= {kind.list.item(0).text().rsplit(" (", 1)[0],
                                       kind.list.item(1).text().rsplit(" (", 1)[0]}


def test_facet_lists_and_histogram_follow_high_contrast(view, qtbot):
    """Item text in the list's own palette (white on black), not the colour of when it was set."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from app.views.common.display import high_contrast_palette

    view.show()
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(high_contrast_palette())
        QApplication.processEvents()
        kind = view.facets["kind"]
        lit = [kind.list.item(i) for i in range(kind.list.count())
               if kind.list.item(i).data(Qt.ItemDataRole.ForegroundRole) is None]
        assert lit, "every value drawn faint"
        image = kind.list.viewport().grab().toImage()
        lights = sum(QColor(image.pixel(x, y)).lightness() > 200
                     for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
        assert lights > 30  # light text on the black list
        grab = view.histogram.grab().toImage()
        assert QColor(grab.pixel(grab.width() // 2, 2)).lightness() < 40  # black behind the bars
    finally:
        app.setPalette(before)


def test_chips_remove_one_part_and_reset_clears_all(view, dataset):
    view.set_filter(EventFilter(text="border", casualties_only=True).with_facet("kind", ["clash"]))
    assert len(view.chips.chip_texts()) == 3
    view.chips.chip_for("kind").click()
    assert "kind" not in view.filter.facets and view.filter.casualties_only
    view.chips.reset.click()
    assert view.filter.is_empty()
    assert view.model.rowCount() == len(dataset.events)
    assert view.search.text() == "" and not view.casualties.isChecked()


def test_histogram_brushing_sets_the_year_range(view):
    view.histogram._on_brush(1934.2, 1936.4, True)
    assert view.filter.date_from == pd.Timestamp("1934-01-01")
    assert view.filter.date_to == pd.Timestamp("1936-12-31")
    assert view.years.value() == (1934, 1936)
    years = view._ds.events.set_index("id").loc[column_ids(view), "date_start"].dt.year
    assert years.max() <= 1936


# ----------------------------------------------------------------- details and linking
def test_details_show_text_place_and_full_citation(view, state, dataset):
    event = dataset.row("events", "ev-1938-07-29-bezymyannaya-attack-khasan")
    state.select_event(event["id"])
    text = view.details.text.toPlainText()
    assert event["title_en"] in text and event["text_en"] in text
    assert "42.46283° N, 130.59033° E" in text
    assert dataset.citation(event["source_id"]) in text
    assert view.details.copy_citation() == QGuiApplication.clipboard().text()
    assert view.details.day_button.isEnabled()


def test_show_this_day_moves_the_shared_day(view, state, qtbot):
    ev = view._ds.events
    row = ev[(ev["date_start"] == pd.Timestamp("1938-08-06"))].iloc[0]
    state.select_event(row["id"])
    with qtbot.waitSignal(state.view_requested) as requested:
        view.details.day_button.click()
    assert requested.args == ["days"]
    assert pd.Timestamp(state.day) == pd.Timestamp("1938-08-06")


def test_selecting_a_row_sets_the_shared_event(view, state):
    view.table.selectRow(3)
    assert state.event_id == view.model.id_at(3)


def test_a_day_chosen_elsewhere_selects_all_its_events(view, state, dataset):
    state.set_day(pd.Timestamp("1938-08-06"))
    selected = {view.model.id_at(r) for r in view.selected_rows()}
    assert selected == set(dataset.events_on(pd.Timestamp("1938-08-06"))["id"])


def test_an_event_hidden_by_filters_is_shown_when_chosen_elsewhere(view, state, dataset):
    view.set_filter(EventFilter().with_facet("conflict", ["khalkhin-gol-1939"]))
    target = dataset.events[dataset.events["conflict"] == "border-1934-1938"]["id"].iloc[0]
    state.select_event(target)
    assert view.model.id_at(view.table.currentIndex().row()) == target


# ----------------------------------------------------------------- export, copy, plain text
@pytest.fixture
def injected(package, state, qtbot):
    frame = read_raw(package / "events.csv")
    frame.loc[0, "title_en"] = "=cmd|' /C calc'!A0"
    frame.loc[0, "text_en"] = "<b>html</b> stays literal"
    write_raw(frame, package / "events.csv")
    ds = load_dataset(package)
    state.set_dataset(ds)
    v = IncidentView(state)
    qtbot.addWidget(v)
    return v, frame.loc[0, "id"]


def test_csv_export_neutralises_formulas(injected, tmp_path):
    view, event_id = injected
    out = tmp_path / "shown.csv"
    view.export(str(out), "csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == view.model.rowCount()
    row = next(r for r in rows if r["id"] == event_id)
    assert row["title_en"] == "'=cmd|' /C calc'!A0"
    assert [r["id"] for r in rows] == [view.model.id_at(i) for i in range(view.model.rowCount())]


def test_xlsx_export_has_no_formulas(injected, tmp_path):
    from openpyxl import load_workbook

    view, event_id = injected
    view.set_filter(EventFilter(text="html stays"))
    out = tmp_path / "shown.xlsx"
    view.export(str(out), "xlsx")
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert sheet.max_row == 2
    cell = sheet.cell(2, header.index("title_en") + 1)
    assert cell.value == "=cmd|' /C calc'!A0" and cell.data_type == "s"  # a string: shown, never run
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_copy_selected_rows_as_tsv(injected):
    view, event_id = injected
    view.table.selectRow(view.model.row_of_id(event_id))
    text = view.copy_selection()
    lines = text.split("\n")
    assert lines[0].split("\t")[:2] == ["Date", "Place"]
    assert "'=cmd" in lines[1]
    assert QGuiApplication.clipboard().text() == text


def test_copy_citation_is_neutralized(package, state, qtbot):
    sources = read_raw(package / "sources.csv")
    sources.loc[0, "citation"] = "=HYPERLINK(\"http://evil\")"
    write_raw(sources, package / "sources.csv")
    ds = load_dataset(package)
    state.set_dataset(ds)
    view = IncidentView(state)
    qtbot.addWidget(view)
    event_id = ds.events[ds.events["source_id"] == sources.loc[0, "id"]]["id"].iloc[0]
    state.select_event(event_id)
    copied = view.details.copy_citation()
    assert copied.startswith("'=HYPERLINK(") and QGuiApplication.clipboard().text() == copied


def test_html_in_data_is_shown_literally(injected, state):
    view, event_id = injected
    state.select_event(event_id)
    assert "<b>html</b> stays literal" in view.details.text.toPlainText()
    row = view.model.row_of_id(event_id)
    tip = view.model.data(view.model.index(row, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;html&lt;/b&gt;" in tip and "<b>html</b>" not in tip


# ----------------------------------------------------------------- the filter state, the user's own selection
def test_the_filter_is_a_state_the_page_binds_to(view, state, dataset):
    from app.views.incidents.filter_state import IncidentFilterState

    filters = IncidentFilterState.of(state)
    assert view.filters is filters and IncidentFilterState.of(state) is filters  # one per shared state
    filters.set(EventFilter(casualties_only=True))
    assert view.casualties.isChecked() and view.model.rowCount() < len(dataset.events)
    view.casualties.setChecked(False)  # the widget reports to the state
    assert filters.value.is_empty() and view.model.rowCount() == len(dataset.events)


def test_a_page_built_after_the_filter_was_restored_shows_it(qtbot, state, dataset):
    """The session restores the filter into the state, whether or not the page exists yet."""
    from app.views.incidents.filter_state import IncidentFilterState

    state.set_dataset(dataset)
    IncidentFilterState.of(state).set(EventFilter(text="border"))
    v = IncidentView(state)
    qtbot.addWidget(v)
    assert v.search.text() == "border" and 0 < v.model.rowCount() < len(dataset.events)
    state.set_dataset(load_dataset())  # new data: every event shown again
    assert IncidentFilterState.of(state).value.is_empty()


def test_a_picked_row_keeps_the_users_multi_row_selection(view, state):
    from PySide6.QtCore import QItemSelectionModel

    view.table.selectRow(3)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectionModel().setCurrentIndex(view.model.index(40, 0), flags)  # Ctrl+click
    assert state.event_id == view.model.id_at(40)
    assert {3, 40} <= set(view.selected_rows())


def test_details_list_the_other_accounts_and_step_to_them(view, state, dataset):
    """The source's parts date the capture of the heights differently: each version is its own row,
    and the details name the others and step to them."""
    state.select_event("ev-1938-07-30-two-regiments-take-heights")
    details = view.details
    text = details.text.toPlainText()
    assert "Other accounts of this happening:" in text
    other = dataset.row("events", "ev-1938-07-31-night-regiment-attack")
    assert f"31 Jul 1938 — {other['title_en']}" in text
    assert details.other_button.isEnabled()
    details.other_button.click()
    assert state.event_id == "ev-1938-07-31-night-regiment-attack"
    back = str(dataset.row("events", state.event_id)["other_account_ids"]).split(";")
    assert "ev-1938-07-30-two-regiments-take-heights" in back  # the link goes both ways
    single = dataset.events.loc[dataset.events["other_account_ids"].isna(), "id"].iloc[0]
    state.select_event(single)
    assert not details.other_button.isEnabled()
    assert "Other accounts" not in details.text.toPlainText()


def test_checking_a_facet_keeps_the_list_items_and_the_current_one(view, qtbot):
    """Facet lists are updated in place: the checked item stays the same object and current."""
    facet = view.facets["kind"]
    view.show()
    facet.list.setFocus()
    facet.list.setCurrentRow(2)
    item = facet.list.item(2)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: bool(view.filter.facets.get("kind")))
    assert facet.list.item(2) is item and facet.list.currentRow() == 2
    assert item.checkState() == Qt.CheckState.Checked
    assert view.filter.facets["kind"] == frozenset({item.data(Qt.ItemDataRole.UserRole)})


def test_the_shown_count_is_spoken_not_replaced_by_a_label(view):
    """A screen reader reads the label's value ("129 of 129 events · …"), not only what it is."""
    from PySide6.QtGui import QAccessible

    info = QAccessible.queryAccessibleInterface(view.status)
    spoken = info.text(QAccessible.Text.Name)
    assert spoken == view.status.text() and f"of {len(view._ds.events)} events" in spoken
    assert info.text(QAccessible.Text.Description) == "Number of events shown"
