"""Research tools: opening own data (menu code path), sources, index, report, deep links, sessions."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from app.cli import apply_start_state, build_parser
from app.model.queries import EventFilter
from app.model.research import differing_figures, entity_events, source_usage
from app.window.loading import DataLoadJob
from app.window.main_window import MainWindow
from tests.conftest import read_raw, write_raw


@pytest.fixture
def window(loaded_window):
    return loaded_window


def open_and_wait(qtbot, window, path, expect_ok: bool):
    signal = window.data_ready if expect_ok else window.load_failed
    with qtbot.waitSignal(signal, timeout=20000):
        window.open_data(path)


# ----------------------------------------------------------------- opening data
def test_opening_a_good_package_replaces_the_data(qtbot, window, package):
    frame = read_raw(package / "events.csv").head(10)
    write_raw(frame, package / "events.csv")
    (package / "story.csv").unlink()  # the bundled tour's chapters point at the other events
    open_and_wait(qtbot, window, package, expect_ok=True)
    assert len(window.state.dataset.events) == 10
    assert window.state.dataset.label == "pkg"
    assert "pkg" in window.windowTitle()
    assert window.incident_view.model.rowCount() == 10


@pytest.mark.parametrize("breakage,fragment", [
    ("non_utf8", "not UTF-8"),
    ("empty", "empty"),
    ("extra_column", "unknown column"),
    ("missing_column", "required column is missing"),
])
def test_a_broken_package_keeps_the_current_data(qtbot, window, package, breakage, fragment):
    before = window.state.dataset
    path = package / "events.csv"
    if breakage == "non_utf8":
        path.write_bytes(path.read_bytes().replace("Zaozernaya".encode(), "Zaozern\xe1ya".encode("latin-1"), 1))
    elif breakage == "empty":
        path.write_bytes(b"")
    elif breakage == "extra_column":
        frame = read_raw(path)
        frame["my_notes"] = "x"
        write_raw(frame, path)
    else:
        write_raw(read_raw(path).drop(columns=["date_start"]), path)
    open_and_wait(qtbot, window, package, expect_ok=False)
    assert window.state.dataset is before
    shown = window.load_banner.text()  # the errors are listed in the banner above the pages
    assert window.load_banner.isVisible() and "events.csv" in shown and fragment in shown


def test_a_single_events_csv_opens_through_the_same_path(qtbot, window, package, tmp_path):
    own = tmp_path / "mine.csv"
    shutil.copy(package / "events.csv", own)
    open_and_wait(qtbot, window, own, expect_ok=True)
    assert window.state.dataset.label == "mine.csv"


def test_a_load_can_be_cancelled(qtbot, state):
    job = DataLoadJob(None)
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        job.start()
    assert job.wait(5)


def test_progress_is_reported(qtbot):
    job = DataLoadJob(None)
    seen = []
    job.progressed.connect(lambda pct, msg: seen.append(pct))
    with qtbot.waitSignal(job.finished, timeout=10000):
        job.start()
    assert seen and seen[-1] == 100 and seen == sorted(seen)


# ----------------------------------------------------------------- sources
def test_source_usage_counts_rows(dataset):
    usage = source_usage(dataset).set_index("id")
    assert usage.loc["seed", "events"] == int((dataset.events["source_id"] == "seed").sum())
    assert usage.loc["coox-1977", "total"] >= 1


def test_sources_differ_lists_every_disputed_group(window, dataset):
    differ = differing_figures(dataset)
    assert set(differ["compare_group"]) == set(dataset.disputed_groups()["compare_group"])
    killed = differ.set_index("compare_group").loc["khasan-japan-killed"]
    assert killed["lowest"] == 526 and killed["highest"] == 650
    assert "526 (" in killed["versions"] and "650 (" in killed["versions"]
    window.show_page("sources")
    view = window.sources_view
    assert view.differ_model.rowCount() == len(differ)
    row = view.differ_model.row_of_id("khasan-japan-killed")
    view.differ_table.selectRow(row)
    text = view.differ_text.toPlainText()
    assert "Japanese figures" in text and dataset.citation("seed") in text


def test_sources_page_lists_citing_rows(window, dataset):
    window.show_page("sources")
    view = window.sources_view
    view.sources_table.selectRow(view.sources_model.row_of_id("coox-1977"))
    assert "Coox" in view.citation.toPlainText()
    assert view.citing.count() == int(source_usage(dataset).set_index("id").loc["coox-1977", "total"])


# ----------------------------------------------------------------- index
def test_index_cross_links(qtbot, window, dataset):
    index = window.index_view
    index.choose("people", "makhalin-aleksei")
    expected = entity_events(dataset, "people", "makhalin-aleksei")
    assert index.events.count() == len(expected) > 0
    with qtbot.waitSignal(window.state.view_requested):
        index.events.itemActivated.emit(index.events.item(0))
    assert window.state.event_id in set(expected["id"])
    assert window.current_page() == "incidents"
    index.in_table.click()
    shown = {window.incident_view.model.id_at(r) for r in range(window.incident_view.model.rowCount())}
    assert shown == set(expected["id"])
    assert any("Mentions:" in t for t in window.incident_view.chips.chip_texts())


def test_index_day_opens_the_daily_viewer(qtbot, window):
    index = window.index_view
    index.choose("places", "zaozernaya")
    assert index.days.count() > 0
    item = index.days.item(0)
    index.days.itemActivated.emit(item)
    assert pd.Timestamp(window.state.day) == item.data(0x0100)
    assert window.current_page() == "days"


# ----------------------------------------------------------------- report
def test_pdf_report_contains_the_citations(window, tmp_path, dataset):
    """File ▸ Save report as PDF… on the incident table: its title, filter, rows and the seed
    cited by its title (the drawing itself is tested in tests/test_print.py)."""
    from pypdf import PdfReader

    window.show_page("incidents")
    window.incident_view.set_filter(EventFilter().with_facet("conflict", ["khasan-1938"]))
    out = tmp_path / "report.pdf"
    pages = window.menus.printing.save_report(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    reader = PdfReader(str(out))
    assert len(reader.pages) == pages >= 1
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Incident table" in text
    assert "Hassanin taistelut (1938)" in text  # the seed's citation, by its title
    assert "Lake Khasan 1938" in text  # the active filter, by its name
    assert "/work/" not in text and "shared/seed" not in text  # no file path


# ----------------------------------------------------------------- deep links and sessions
def test_deep_link_opens_day_event_and_view(window, dataset):
    event = dataset.events[dataset.events["date_start"] == pd.Timestamp("1938-08-06")]["id"].iloc[0]
    args = build_parser().parse_args(["--view", "table", "--day", "1938-08-06", "--event", event])
    apply_start_state(window, args, restore_session=False)
    assert window.current_page() == "incidents"
    assert window.state.event_id == event
    assert window.state.day.isoformat() == "1938-08-06"


def test_copied_command_line_round_trips(window, dataset):
    import shlex

    event = dataset.events["id"].iloc[40]
    window.state.select_event(event)
    window.show_page("forces")
    text = window.copy_command_line()
    argv = shlex.split(text)[1:]
    args = build_parser().parse_args(argv)
    assert args.view == "forces" and args.event == event


def test_bad_day_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--day", "6.8.1938"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_session_restores_page_and_filters(qtbot, state):
    from app.model import load_dataset
    from app.state import AppState

    first = MainWindow(state)
    qtbot.addWidget(first)
    first.load_data(None)
    first.show_page("sources")
    first.incident_view.set_filter(EventFilter(text="border", casualties_only=True))
    first.close()

    second = MainWindow(AppState())
    qtbot.addWidget(second)
    second.load_data(None)
    apply_start_state(second, build_parser().parse_args([]), restore_session=True)
    assert second.current_page() == "sources"
    assert second.incident_view.filter == EventFilter(text="border", casualties_only=True)
    del load_dataset


def test_dropping_a_folder_opens_it(qtbot, window, package):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    write_raw(read_raw(package / "events.csv").head(5), package / "events.csv")
    (package / "story.csv").unlink()  # the bundled tour's chapters point at the other events
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.data_ready, timeout=20000):
        window.dropEvent(event)
    assert len(window.state.dataset.events) == 5


def test_session_keeps_zoom_and_high_contrast(qtbot, state):
    from app.state import AppState

    first = MainWindow(state)
    qtbot.addWidget(first)
    first.load_data(None)
    first.show_page("incidents")  # a session is saved once a page has been built
    first.display.zoom_in()
    first.display.zoom_in()
    first.display.set_high_contrast(True)
    step = first.display.scale_index
    first.close()
    first.display.restore()  # as a new process would start: default font and theme

    second = MainWindow(AppState())
    qtbot.addWidget(second)
    second.load_data(None)
    apply_start_state(second, build_parser().parse_args([]), restore_session=True)
    try:
        assert second.display.scale_index == step
        assert second.display.high_contrast
    finally:
        second.display.restore()


def test_the_tour_chapters_are_listed_among_the_rows_citing_the_seed(dataset):
    from app.model.research import rows_citing, source_usage

    citing = rows_citing(dataset, "seed")
    chapters = citing[citing["table"] == "story"]
    assert set(chapters["id"]) == set(dataset.story.loc[dataset.story["source_id"] == "seed", "id"])
    usage = source_usage(dataset).set_index("id")
    assert usage.loc["seed", "story"] == len(chapters) > 0
