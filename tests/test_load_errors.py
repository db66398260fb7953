"""Start-up and File ▸ Open end the same way: whatever goes wrong, the data falls back (or
stays), the errors are listed in a plain-text banner with file, row and column, and the
status bar never stays on "Loading data…"."""
from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import app.model
import app.window.loading
from app.cli import check_data
from app.window.main_window import MainWindow
from tests.conftest import read_raw, write_raw

NOTE = "places: not in this package; the bundled table is used"


@pytest.fixture
def fresh(qtbot, state):
    """A main window at start-up: shown, nothing loaded yet."""
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def bad_package(package):
    """A package whose events.csv row 2 has an unknown conflict code."""
    frame = read_raw(package / "events.csv")
    frame.loc[0, "conflict"] = "mars-2050"
    write_raw(frame, package / "events.csv")
    return package


def not_loading(win) -> bool:
    return "Loading data" not in win.statusBar().currentMessage()


def raise_for_paths(real, error: Exception):
    """load_dataset that fails for every path but still loads the bundled data."""
    def load(path=None, **kwargs):
        if path is None:
            return real(None, **kwargs)
        raise error
    return load


def test_start_up_with_a_bad_package_shows_bundled_data_and_the_errors(fresh, state, bad_package):
    assert fresh.load_data(bad_package, fallback=True)
    assert state.dataset.label == "bundled data"
    banner = fresh.load_banner
    assert banner.isVisible() and banner.has_errors()
    assert banner.summary.textFormat() == Qt.TextFormat.PlainText
    text = banner.summary.text()
    assert "showing the bundled data instead" in text
    assert "events.csv, row 2, column 'conflict'" in text
    assert str(bad_package) in text
    assert not_loading(fresh) and "bundled data instead" in fresh.statusBar().currentMessage()
    assert fresh.tabs.isTabEnabled(1) and fresh.overview.loading.isHidden()


def test_an_unexpected_exception_falls_back_too(fresh, state, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(app.model, "load_dataset", raise_for_paths(app.model.load_dataset, KeyError("boom")))
    with qtbot.waitSignal(fresh.load_failed):
        assert fresh.load_data(tmp_path, fallback=True)
    assert state.dataset.label == "bundled data"
    assert fresh.load_banner.isVisible()
    assert "unexpected error (KeyError)" in fresh.load_banner.text()
    assert not_loading(fresh)


def test_nothing_loads_and_nothing_says_loading(fresh, state, tmp_path, monkeypatch):
    def broken(path=None, **kwargs):
        raise RuntimeError("no pandas today")

    monkeypatch.setattr(app.model, "load_dataset", broken)
    assert not fresh.load_data(tmp_path, fallback=True)
    assert state.dataset is None
    text = fresh.load_banner.text()
    assert text.count("no pandas today") == 2  # the package asked for, then the bundled data
    assert "there is no data to show" in text
    assert not_loading(fresh) and fresh.overview.loading.isHidden()
    assert fresh.tabs.widget(1).text() == "No data loaded."


def test_copy_errors_puts_the_details_on_the_clipboard(fresh, bad_package, qtbot):
    fresh.load_data(bad_package, fallback=True)
    banner = fresh.load_banner
    assert not banner.details.isVisible()
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    assert banner.details.isVisible()
    assert "events.csv, row 2, column 'conflict'" in banner.details.toPlainText()
    qtbot.mouseClick(banner.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == banner.text() and "events.csv, row 2, column 'conflict'" in copied
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_open_data_failure_keeps_the_shown_data(loaded_window, bad_package, qtbot):
    win = loaded_window
    before = win.state.dataset
    with qtbot.waitSignal(win.load_failed, timeout=20000):
        win.open_data(bad_package)
    assert win.state.dataset is before
    assert win.load_banner.isVisible()
    text = win.load_banner.text()
    assert "still showing the previous data" in text and "events.csv, row 2, column 'conflict'" in text
    assert "still showing the previous data" in win.statusBar().currentMessage()


def test_open_data_survives_a_bug_in_the_loader(loaded_window, tmp_path, monkeypatch, qtbot):
    win = loaded_window
    before = win.state.dataset
    monkeypatch.setattr(app.window.loading, "load_dataset", raise_for_paths(app.model.load_dataset, ZeroDivisionError("x")))
    with qtbot.waitSignal(win.load_failed, timeout=20000):
        win.open_data(tmp_path)
    assert win.state.dataset is before
    assert "unexpected error (ZeroDivisionError)" in win.load_banner.text()
    assert not_loading(win)


def test_a_good_load_clears_the_banner_and_shows_notes_as_information(loaded_window, dataset, bad_package,
                                                                       monkeypatch, qtbot):
    win = loaded_window
    win.load_data(bad_package)
    assert win.load_banner.has_errors()
    noted = copy.copy(dataset)
    object.__setattr__(noted, "notes", (NOTE,))
    monkeypatch.setattr(app.model, "load_dataset", lambda path=None, **k: noted)
    assert win.load_data("/some/where")
    banner = win.load_banner
    assert banner.isVisible() and not banner.has_errors()
    assert NOTE in banner.summary.text() and "Notes on /some/where" in banner.summary.text()
    assert banner.copy_button.text() == "Copy notes"
    monkeypatch.setattr(app.model, "load_dataset", lambda path=None, **k: dataset)
    assert win.load_data(None)
    assert not banner.isVisible()


def test_paths_and_data_are_plain_text(fresh, tmp_path, package):
    import shutil

    odd = tmp_path / "<font color=red size=7>mine"
    shutil.copytree(package, odd)
    assert fresh.load_data(odd)
    label = fresh.overview.dataset_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "Dataset: <font color=red size=7>mine"
    (odd / "events.csv").write_text("garbage\n", encoding="utf-8")
    fresh.load_data(odd)
    assert "<font color=red size=7>mine" in fresh.load_banner.summary.text()
    assert fresh.load_banner.summary.textFormat() == Qt.TextFormat.PlainText


# ----------------------------------------------------------------- --check-data
def test_check_data_reports_any_failure_in_one_line(monkeypatch, capsys):
    monkeypatch.setattr(app.model, "load_dataset", lambda path=None, **k: (_ for _ in ()).throw(
        ValueError("bad\nthing")))
    assert check_data("/x") == 1
    err = capsys.readouterr().err
    assert err.strip() == "INVALID: /x: unexpected error (ValueError): bad thing"


def test_check_data_reports_a_missing_folder(tmp_path, capsys):
    assert check_data(str(tmp_path / "nope")) == 1
    err = capsys.readouterr().err
    assert err.startswith("INVALID:") and "Traceback" not in err


def test_check_data_prints_the_notes(dataset, monkeypatch, capsys):
    noted = copy.copy(dataset)
    object.__setattr__(noted, "notes", (NOTE,))
    monkeypatch.setattr(app.model, "load_dataset", lambda path=None, **k: noted)
    assert check_data(None) == 0
    assert f"note: {NOTE}" in capsys.readouterr().out


def test_the_banner_follows_the_language(fresh, state, bad_package):
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translator

    fresh.load_data(bad_package)
    try:
        state.set_language("fi")
        QApplication.processEvents()
        banner = fresh.load_banner
        assert "ei voitu ladata" in banner.summary.text()
        assert banner.copy_button.text() == "Kopioi virheet" and banner.details_button.text() == "Tiedot"
        assert "events.csv, row 2, column 'conflict'" in banner.summary.text()  # the data's own words stay
    finally:
        state.set_language("en")
        install_translator(QApplication.instance(), "en")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_export_failure_is_reported_in_plain_text(loaded_window, monkeypatch, tmp_path, kind):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())) or 0)
    bad = str(tmp_path / "<b>no such folder</b>" / f"events.{kind}")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (bad, ""))
    loaded_window.incident_view._export_dialog(kind)
    assert shown and shown[0][0] == Qt.TextFormat.PlainText and "<b>no such folder</b>" in shown[0][1]


def test_a_partial_package_shows_the_loaders_notes(fresh, state, package):
    import json

    (package / "units.csv").unlink()
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "units"]
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    assert fresh.load_data(package)
    assert state.dataset.label == "pkg"
    banner = fresh.load_banner
    assert banner.isVisible() and not banner.has_errors()
    assert "units: not in this package; the bundled table is used" in banner.summary.text()


def test_kiosk_start_up_with_bad_data_shows_the_banner_without_the_clipboard(qtbot, state, bad_package):
    """The kiosk rejects dialogs, so the banner is how its staff see what went wrong; its Copy
    button is hidden like every clipboard control in the kiosk."""
    from PySide6.QtWidgets import QApplication

    from app.kiosk.settings import KioskSettings
    from app.kiosk.window import KioskWindow

    window = KioskWindow(state, KioskSettings(idle_timeout=600, countdown=600), crash_log=False)
    window.quit_app = lambda *a: None
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.show()
    assert window.load_data(bad_package, fallback=True)
    QApplication.processEvents()
    banner = window.load_banner
    assert state.dataset.label == "bundled data" and banner.isVisible()
    assert "events.csv, row 2, column 'conflict'" in banner.summary.text()
    assert not banner.copy_button.isVisibleTo(window)
    assert not_loading(window)


def test_the_banner_is_reached_by_keyboard_before_the_pages(fresh, bad_package, qtbot):
    from PySide6.QtWidgets import QApplication

    fresh.load_data(bad_package)
    fresh.activateWindow()
    banner = fresh.load_banner
    banner.details_button.setFocus()
    QApplication.processEvents()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [banner.copy_button, banner.close_button, fresh.tabs.tabBar()]
    assert banner.close_button.accessibleName() == "Close"
