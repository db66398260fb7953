"""Kiosk mode: no way out for visitors, staff exit with a PIN, idle reset, touch, crash
resilience. Dialogs are never shown for real: file dialogs are monkeypatched, and the
kiosk's own guard rejects any other dialog at once."""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QScroller,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from app.i18n import LANGUAGE_NAMES
from app.kiosk.settings import KioskSettings, PinGuard, hash_pin, load_settings, save_settings, verify_pin
from tests.conftest import KIOSK_PIN

PIN = KIOSK_PIN
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kiosk(make_kiosk):
    return make_kiosk()


def pages(window):
    for key in window.PAGES:
        if window.tabs.isTabEnabled(window.PAGES.index(key)):
            window.show_page(key)
            QApplication.processEvents()
            yield key


# ---------------------------------------------------------------------- no way out
EXIT_KEYS = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
]


@pytest.mark.parametrize("key, modifiers", EXIT_KEYS)
def test_exit_keys_leave_the_window_open(kiosk, qtbot, key, modifiers):
    """Each exit key is eaten before any shortcut or widget sees it."""
    fired = []
    sequence = QKeySequence(key | modifiers) if key not in (Qt.Key.Key_Super_L, Qt.Key.Key_Meta) else None
    if sequence is not None:
        QShortcut(sequence, kiosk, lambda: fired.append(sequence.toString()),
                  context=Qt.ShortcutContext.ApplicationShortcut)
    for page in pages(kiosk):
        target = QApplication.focusWidget() or kiosk
        qtbot.keyClick(target, key, modifiers)
        assert kiosk.isVisible(), page
    assert fired == []
    assert kiosk.exits == []
    assert kiosk.guard.blocked_keys >= len(kiosk.PAGES) - 2


def test_close_events_are_ignored(kiosk):
    assert not kiosk.close()
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    assert kiosk.isVisible()
    assert not QApplication.quitOnLastWindowClosed()


def test_window_is_fullscreen_frameless_without_menus(kiosk):
    assert kiosk.windowState() & Qt.WindowState.WindowFullScreen
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert kiosk.menuBar().isHidden()
    assert kiosk.statusBar().isHidden()
    assert not kiosk.menus.open.isEnabled()
    assert kiosk.persist_session is False  # no saved session for the next visitor


def test_cursor_hidden_and_app_restored_after(make_kiosk):
    before = QApplication.font().pointSizeF()
    window = make_kiosk(hide_cursor=True, font_size=before + 7)
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    assert QApplication.font().pointSizeF() == before + 7
    window.shutdown()
    assert QApplication.overrideCursor() is None
    assert QApplication.font().pointSizeF() == before
    assert QApplication.quitOnLastWindowClosed()


def test_plain_typing_still_works(kiosk, qtbot):
    """Only exit keys are blocked: a visitor with a keyboard can still search."""
    kiosk.show_page("incidents")
    search = kiosk.incident_view.search
    search.setFocus()
    qtbot.keyClicks(search, "Zaozernaya")
    assert search.text() == "Zaozernaya"


def test_right_clicks_and_context_menus_never_arrive(kiosk, qtbot):
    kiosk.show_page("incidents")
    search = kiosk.incident_view.search
    seen = []
    search.customContextMenuRequested.connect(seen.append)
    search.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    qtbot.mouseClick(search, Qt.MouseButton.RightButton)
    event = QEvent(QEvent.Type.ContextMenu)
    assert QApplication.sendEvent(search, event)  # filtered
    assert seen == []


# ---------------------------------------------------------------------- staff exit
def corner_press(qtbot, window, hold: float):
    target = window.childAt(4, 4) or window
    pos = target.mapFrom(window, QPoint(4, 4))
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(int(hold * 1000))
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=pos)


def enter(window, qtbot, pin: str):
    for digit in pin:
        qtbot.mouseClick(window.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_pad.keys["✓"], Qt.MouseButton.LeftButton)


def test_gesture_and_right_pin_exit(kiosk, qtbot):
    corner_press(qtbot, kiosk, 0.05)
    assert not kiosk.pin_pad.isVisible()  # a short tap in the corner is just a tap
    corner_press(qtbot, kiosk, 0.6)
    assert kiosk.pin_pad.isVisible()
    enter(kiosk, qtbot, PIN)
    assert kiosk.exits == [0]
    assert not kiosk.isVisible()


def test_long_press_elsewhere_does_nothing(kiosk, qtbot):
    target = kiosk.overview
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
    qtbot.wait(500)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
    assert not kiosk.pin_pad.isVisible()


def test_wrong_pin_does_not_exit_and_is_rate_limited(kiosk, qtbot):
    now = [1000.0]
    kiosk.pin_guard.clock = lambda: now[0]
    corner_press(qtbot, kiosk, 0.6)
    for _ in range(3):
        enter(kiosk, qtbot, "1111")
    assert kiosk.exits == []
    assert kiosk.pin_guard.seconds_locked() == pytest.approx(30)
    assert not kiosk.pin_pad.keys["1"].isEnabled()
    assert "Try again" in kiosk.pin_pad.message.text()
    kiosk.pin_pad.pin = PIN  # even the right PIN is not checked while locked
    kiosk.pin_pad.submit()
    assert kiosk.exits == []
    now[0] += 31
    kiosk.pin_pad._update_lock()
    assert kiosk.pin_pad.keys["1"].isEnabled()
    enter(kiosk, qtbot, "9999")  # one more wrong: the lock doubles
    assert kiosk.pin_guard.seconds_locked() == pytest.approx(60)
    now[0] += 61
    kiosk.pin_pad._update_lock()
    enter(kiosk, qtbot, PIN)
    assert kiosk.exits == [0]


def test_pin_guard_doubles_and_caps():
    now = [0.0]
    guard = PinGuard(hash_pin(PIN, 1000), free=2, base_lock=10, max_lock=35, clock=lambda: now[0])
    assert guard.check("0000") == (False, 0.0)
    assert guard.check("0000") == (False, 10)
    assert guard.check(PIN) == (False, 10)  # locked: not even checked
    now[0] += 10
    assert guard.check("0000") == (False, 20)
    now[0] += 20
    assert guard.check("0000") == (False, 35)
    now[0] += 35
    assert guard.check(PIN) == (True, 0.0)
    assert guard.failures == 0


def test_no_pin_set_means_no_exit(make_kiosk, qtbot):
    window = make_kiosk(pin=None)
    corner_press(qtbot, window, 0.6)
    assert "No staff PIN" in window.pin_pad.message.text()
    window.pin_pad.pin = "0000"
    window.pin_pad.submit()
    assert window.exits == []


# ---------------------------------------------------------------------- settings and PIN file
def test_settings_defaults_when_missing(tmp_path):
    s = load_settings(tmp_path / "none.toml")
    assert s == KioskSettings()
    assert (s.idle_timeout, s.countdown, s.start_view) == (60.0, 10.0, "overview")


def test_settings_round_trip_and_bad_values(tmp_path):
    path = tmp_path / "kiosk.toml"
    save_settings(KioskSettings(start_view="days", languages=("fi", "en"), default_language="fi",
                                idle_timeout=90, hide_cursor=True), path)
    s = load_settings(path)
    assert (s.start_view, s.languages, s.default_language, s.idle_timeout, s.hide_cursor) == \
        ("days", ("fi", "en"), "fi", 90.0, True)
    path.write_text('start_view = "nowhere"\nidle_timeout = -5\nlanguages = ["fi"]\nmystery = 1\n', encoding="utf-8")
    s = load_settings(path)
    assert (s.start_view, s.idle_timeout, s.languages, s.default_language) == ("overview", 60.0, ("fi",), "fi")
    path.write_text("this is [ not toml", encoding="utf-8")
    assert load_settings(path) == KioskSettings()


def test_set_pin_stores_a_salted_hash_only(tmp_path, monkeypatch, capsys):
    from app.kiosk import staff as kiosk

    path = tmp_path / "conf" / "kiosk.toml"
    monkeypatch.setenv("KHASAN_KIOSK_CONFIG", str(path))
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("73915\n"))
    assert kiosk.main(["--set-pin", "--pin-stdin"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "73915" not in text and "[pin]" in text
    stored = load_settings(path).pin
    assert verify_pin("73915", stored) and not verify_pin("73916", stored)
    first_salt = stored.salt
    kiosk.set_pin(path, "73915", iterations=1000)
    assert load_settings(path).pin.salt != first_salt  # a new salt every time
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("12\n"))
    assert kiosk.main(["--set-pin", "--pin-stdin"]) == 1  # too short
    assert kiosk.main(["--show"]) == 0
    assert "[pin] set" in capsys.readouterr().out


def test_cli_has_a_kiosk_flag():
    from app.cli import build_parser

    assert build_parser().parse_args(["--kiosk"]).kiosk
    assert not build_parser().parse_args([]).kiosk


# ---------------------------------------------------------------------- idle reset
def test_idle_reset_restores_defaults(make_kiosk, qtbot, dataset):
    from dataclasses import replace

    # The days loop (the tour's attract loop: tests/test_kiosk_attract.py).
    window = make_kiosk(idle_timeout=0.3, countdown=0.3, start_view="incidents", attract_loop="days")
    state = window.state
    event_id = dataset.events["id"].iloc[3]
    window.set_language("fi")
    state.select_event(event_id)
    view = window.incident_view
    view.set_filter(replace(view.filter, casualties_only=True))
    window.show_page("forces")
    # The visitor's last touch: the short idle clock counts from here, however long the
    # set-up above took on a busy machine (else the countdown could start before the wait).
    window.idle.poke()
    with qtbot.waitSignal(window.idle.countdown_started, timeout=2000):
        pass
    assert window.still_there.isVisible()
    with qtbot.waitSignal(window.idle.expired, timeout=2000):
        pass
    assert window.attract.isVisible() and not window.still_there.isVisible()
    assert state.language == "en"
    assert view.filter.is_empty()
    assert window.current_page() == "days"  # the attract loop plays the battle
    qtbot.waitUntil(lambda: state.day is not None, timeout=2000)
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton)  # the first touch
    assert not window.attract.isVisible()
    assert window.current_page() == "incidents"
    assert (state.event_id, state.day, state.language) == ("", None, "en")
    assert not window.days_view.is_playing()


def test_touch_during_countdown_keeps_the_visit(make_kiosk, qtbot, dataset):
    window = make_kiosk(idle_timeout=0.2, countdown=30)
    event_id = dataset.events["id"].iloc[5]
    window.state.select_event(event_id)
    qtbot.waitUntil(window.still_there.isVisible, timeout=2000)
    assert "30" in window.still_there.remaining.text()
    qtbot.mouseClick(window.still_there, Qt.MouseButton.LeftButton)
    assert not window.still_there.isVisible()
    assert window.state.event_id == event_id
    assert window.idle.stage.value == "active"


def test_idle_timer_pauses_while_the_visitor_plays(make_kiosk, qtbot):
    window = make_kiosk(idle_timeout=0.2, countdown=0.2)
    days = window.days_view
    window.show_page("days")
    days.choose_index(0)
    days.set_speed(0.5)
    window.idle.poke()  # the visitor's touch on Play (the set-up may outlast 0.2 s when busy)
    days.play()
    qtbot.wait(700)
    assert window.idle.stage.value == "active" and not window.still_there.isVisible()
    days.pause()
    with qtbot.waitSignal(window.idle.countdown_started, timeout=2000):
        pass


def test_attract_loop_keeps_playing(make_kiosk, qtbot):
    window = make_kiosk(attract_loop="days")
    window.idle.force_attract()
    first = window.state.day
    assert first is not None and str(first) == window.settings.attract_from
    qtbot.waitUntil(lambda: window.state.day != first, timeout=3000)


# ---------------------------------------------------------------------- nothing opens a file
def test_no_file_dialog_is_reachable(kiosk, qtbot, monkeypatch):
    opened = []
    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory",
                 "getSaveFileUrl", "getOpenFileUrl"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, _n=name, **k: opened.append(_n) or ("", ""))
    for method in ("exec", "open", "show"):
        monkeypatch.setattr(QFileDialog, method, lambda *a, _m=method, **k: opened.append(_m))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: opened.append("warning"))
    assert not kiosk.incident_view.export_button.isVisibleTo(kiosk)
    for page in pages(kiosk):
        buttons = [b for b in kiosk.findChildren(QAbstractButton)
                   if b.isVisible() and b.isEnabled() and not kiosk.pin_pad.isAncestorOf(b)
                   and not kiosk.languages.isAncestorOf(b)]
        for button in buttons:
            if button.isVisible() and button.isEnabled():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                if getattr(button, "menu", lambda: None)() is not None:
                    for action in button.menu().actions():
                        if action.isEnabled() and action.isVisible():
                            action.trigger()
        for action in kiosk.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
            if action.isEnabled() and action.isVisible() and action.text():
                assert not any(w in action.text().lower() for w in ("export", "open", "save", "print", "quit"))
        for key in (Qt.Key.Key_O, Qt.Key.Key_S, Qt.Key.Key_E, Qt.Key.Key_P):
            qtbot.keyClick(QApplication.focusWidget() or kiosk, key, Qt.KeyboardModifier.ControlModifier)
        kiosk.show_page(page)
    assert opened == []
    assert kiosk.isVisible()


def test_views_can_hide_their_own_controls(kiosk):
    """A view marks a control with the ``kiosk_hidden`` property; kiosk mode hides it."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Share on the projector", kiosk.overview)
    button.setProperty("kiosk_hidden", True)
    button.show()
    kiosk.sweep()
    assert button.isHidden() and not button.isEnabled()


def test_links_never_open_a_browser(kiosk):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    assert QDesktopServices.openUrl(QUrl("https://example.org/khasan"))
    assert QDesktopServices.openUrl(QUrl.fromLocalFile("/tmp"))
    assert kiosk.urls.blocked == ["https://example.org/khasan", "file:///tmp"]


def test_any_dialog_is_rejected_at_once(kiosk):
    dialog = QDialog(kiosk)
    QTimer.singleShot(3000, dialog.accept)  # safety net: a failing guard must not hang the suite
    started = time.monotonic()
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert time.monotonic() - started < 1.0


# ---------------------------------------------------------------------- touch
def test_touch_targets_and_fonts(kiosk):
    small = []
    assert QApplication.font().pointSizeF() >= kiosk.settings.font_size
    for page in pages(kiosk):
        for w in kiosk.findChildren(QWidget):
            if not w.isVisible() or _internal(w):
                continue
            if isinstance(w, (QAbstractButton, QComboBox, QLineEdit)) and w.isEnabled():
                if w.height() < 48 or (not isinstance(w, QCheckBox) and w.width() < 48):
                    small.append(f"{page}: {type(w).__name__} {getattr(w, 'text', lambda: '')()!r} {w.size()}")
            if isinstance(w, QTabBar):
                small += [f"{page}: tab {i}" for i in range(w.count()) if w.tabRect(i).height() < 48]
            if isinstance(w, QTableView) and w.model() is not None and w.model().rowCount():
                if w.rowHeight(0) < 48:
                    small.append(f"{page}: table rows {w.rowHeight(0)}")
            elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None \
                    and w.model().rowCount():
                if w.sizeHintForRow(0) < 48:
                    small.append(f"{page}: {type(w).__name__} rows {w.sizeHintForRow(0)}")
    assert small == []


def _internal(w: QWidget) -> bool:
    """Qt's own helper buttons (tab scrollers, the line edit's clear button, table corners)."""
    parent = w.parentWidget()
    return type(w).__name__ in ("QTableCornerButton", "QLineEditIconButton") or isinstance(parent, QTabBar) \
        or isinstance(parent, QLineEdit)


def test_lists_and_tables_scroll_kinetically(kiosk):
    seen = 0
    for page in pages(kiosk):
        for view in kiosk.findChildren(QAbstractItemView):
            if view.isVisible():
                seen += 1
                assert QScroller.hasScroller(view.viewport()), (page, type(view).__name__)
    assert seen >= 4


def test_a_tap_shows_the_tooltip(kiosk, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    shown = []
    monkeypatch.setattr("app.kiosk.input_guard.QToolTip.showText", lambda pos, text, *a: shown.append(text))
    probe = QPushButton("probe", kiosk.overview)
    probe.setToolTip("what this does")
    probe.show()
    qtbot.mouseClick(probe, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == ["what this does"], timeout=1000)
    kiosk.show_page("incidents")
    table = kiosk.incident_view.table
    title_col = next(i for i, c in enumerate(kiosk.incident_view.model.columns()) if c.key == "title")
    table.horizontalHeader().moveSection(table.horizontalHeader().visualIndex(title_col), 0)  # on screen
    rect = table.visualRect(kiosk.incident_view.model.index(0, title_col))
    # Through the window, as a real touch arrives: the kinetic scroller sits in between.
    at = table.viewport().mapTo(kiosk, rect.center())
    QTest.mouseClick(kiosk.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=1000)
    assert shown[1]


def test_language_buttons(make_kiosk, qtbot):
    window = make_kiosk()
    qtbot.mouseClick(window.languages.buttons["fi"], Qt.MouseButton.LeftButton)
    assert window.state.language == "fi"
    assert window.languages.buttons["fi"].isChecked()
    window.state.set_language("en")
    assert window.languages.buttons["en"].isChecked()


@pytest.mark.parametrize("width, height", [(1280, 800), (1920, 1080)])
def test_every_page_tab_is_in_view_in_every_language(make_kiosk, width, height):
    """No tab behind the tab bar's scroll arrows: visitors do not find them. On a narrow
    screen the language buttons shrink to codes (their names stay what screen readers say)."""
    window = make_kiosk(languages=("en", "fi", "sv"))
    window.resize(width, height)
    bar = window.tabs.tabBar()
    for lang in ("en", "fi", "sv"):
        window.set_language(lang)
        QApplication.processEvents()
        tabs = [bar.tabRect(i) for i in range(bar.count()) if bar.isTabVisible(i)]
        assert tabs and all(r.left() >= 0 and r.right() < bar.width() for r in tabs), lang
        assert not any(b.isVisible() for b in bar.findChildren(QToolButton)), f"scroll arrows in {lang}"
        languages = window.languages.geometry()
        assert bar.mapTo(window.tabs, bar.rect().topRight()).x() <= languages.left(), lang
        for code, button in window.languages.buttons.items():
            assert button.accessibleName() == LANGUAGE_NAMES[code]
            assert button.height() >= 48 and button.width() >= 48
        if width >= 1920:
            assert not window.languages.compact, f"names fit on a full-HD screen ({lang})"


def test_only_offered_languages(make_kiosk):
    window = make_kiosk(languages=("fi",), default_language="fi")
    assert window.state.language == "fi"
    assert list(window.languages.buttons) == ["fi"] and window.languages.isHidden()
    window.set_language("en")
    assert window.state.language == "fi"


# ---------------------------------------------------------------------- crashes
@pytest.mark.qt_no_exception_capture
def test_unhandled_exceptions_are_logged_not_shown(kiosk, qtbot, tmp_path):
    from app.kiosk.crash_log import install_crash_log

    crash = install_crash_log(tmp_path, qt_messages=False)
    try:
        def broken():
            raise ZeroDivisionError("a bug in a view")

        QTimer.singleShot(0, broken)
        qtbot.wait(50)
        assert crash.count == 1
        assert kiosk.isVisible()
        text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
        assert "ZeroDivisionError: a bug in a view" in text and "Traceback" in text
    finally:
        crash.uninstall()


CHILD = """
import os, sys, time
pid_file, mode = sys.argv[1], sys.argv[2]
with open(pid_file, "a") as fh:
    fh.write(f"{os.getpid()}\\n")
beat, n = os.environ["KHASAN_KIOSK_HEARTBEAT"], 0
while True:
    n += 1
    if mode == "hang" and n > 3:
        time.sleep(3600)
    if mode == "staff" and n > 3:
        sys.exit(0)
    with open(beat, "w") as fh:
        fh.write(str(n))
    time.sleep(0.1)
"""


def pids(path: Path) -> list[int]:
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def supervise(tmp_path, mode: str, **kw):
    from app.kiosk.supervisor import Supervisor

    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    pid_file = tmp_path / "pids"
    sup = Supervisor([sys.executable, str(script), str(pid_file), mode], heartbeat=tmp_path / "beat",
                     restart_delay=0.2, poll=0.05, **kw)
    thread = threading.Thread(target=sup.run, daemon=True)
    thread.start()
    return sup, thread, pid_file


def wait_for(predicate, timeout: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.02)
    raise AssertionError("timed out")


def test_supervisor_restarts_a_killed_process(tmp_path):
    import signal

    sup, thread, pid_file = supervise(tmp_path, "run")
    try:
        wait_for(lambda: len(pids(pid_file)) == 1, 10)
        wait_for(lambda: (tmp_path / "beat").exists(), 5)
        os.kill(pids(pid_file)[0], signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        assert wait_for(lambda: len(pids(pid_file)) == 2, 10) < 3.0
    finally:
        sup.stop()
        thread.join(10)
    assert sup.restarts and sup.restarts[0][1].startswith("exit")


def test_supervisor_restarts_a_hung_process(tmp_path):
    sup, thread, pid_file = supervise(tmp_path, "hang", hang_timeout=1.0)
    try:
        wait_for(lambda: len(pids(pid_file)) == 1, 10)
        wait_for(lambda: (tmp_path / "beat").exists(), 5)
        assert wait_for(lambda: len(pids(pid_file)) == 2, 10) < 3.0
    finally:
        sup.stop()
        thread.join(10)
    assert sup.restarts[0][1] == "hang"


def test_supervisor_stops_after_a_staff_exit(tmp_path):
    sup, thread, pid_file = supervise(tmp_path, "staff")
    thread.join(15)
    assert not thread.is_alive()
    assert len(pids(pid_file)) == 1 and sup.restarts == []


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGSTOP"), reason="needs POSIX signals")
def test_supervisor_restarts_the_real_kiosk(tmp_path):
    """End to end: python -m app.kiosk.supervisor --kiosk, kill the app, a new one comes up."""
    import re
    import signal
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KHASAN_KIOSK_CONFIG=str(tmp_path / "kiosk.toml"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    proc = subprocess.Popen([sys.executable, "-m", "app.kiosk.supervisor", "--kiosk"], cwd=ROOT, env=env,
                            stderr=subprocess.PIPE, text=True)
    started: list[int] = []
    lines: list[str] = []

    def read():
        for line in proc.stderr:
            lines.append(line)
            m = re.search(r"started pid (\d+)", line)
            if m:
                started.append(int(m.group(1)))

    threading.Thread(target=read, daemon=True).start()
    try:
        wait_for(lambda: len(started) == 1, 20)
        time.sleep(4)  # let it load and beat
        os.kill(started[0], signal.SIGKILL)  # a crash
        assert wait_for(lambda: len(started) == 2, 10) < 3.0, lines
        time.sleep(5)
        os.kill(started[1], signal.SIGSTOP)  # a hang: alive, but its GUI thread beats no more
        assert wait_for(lambda: len(started) == 3, 10) < 3.0, lines
        assert any("hung" in line for line in lines)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(15)


# ---------------------------------------------------------------------- soak
@pytest.mark.slow
def test_short_soak(qtbot):
    """2,000 random taps, drags, keys (exit keys too) and idle spells: no exception, no exit."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import soak
    finally:
        sys.path.pop(0)
    result = soak.run(events=2000, seed=7, log=lambda *a: None)
    assert result["events"] == 2000
    assert result["exceptions"] == 0, result.get("first_exception")
    assert result["exits"] == 0


def test_reset_goes_through_state_and_builds_no_page(make_kiosk):
    """The idle reset clears the incident filter state without the incident page, and only
    the start view may be built by it (built_view() never builds)."""
    from app.model.queries import EventFilter
    from app.views.incidents.filter_state import IncidentFilterState

    window = make_kiosk(build_pages=False)
    filters = IncidentFilterState.of(window.state)
    filters.set(EventFilter(casualties_only=True))
    before = {key for key in window.PAGES if window.built_view(key) is not None}
    assert {key for key in window.PAGES if window.built_view(key) is not None} == before
    window.reset_to_defaults()
    assert filters.value.is_empty()
    after = {key for key in window.PAGES if window.built_view(key) is not None}
    assert after - before <= {window.settings.start_view}


def test_a_kiosk_may_start_on_the_tour(tmp_path):
    from app.kiosk.settings import load_settings

    path = tmp_path / "kiosk.toml"
    path.write_text('start_view = "tour"\n', encoding="utf-8")
    assert load_settings(path).start_view == "tour"
