"""The kiosk window puts itself back (app.kiosk.window_guard), offscreen: minimised, not
fullscreen, hidden or deactivated, it is fullscreen, shown and active again within a
second; after a staff exit it is left alone. The same under a real window manager:
tests/test_kiosk_wm.py."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.kiosk.settings import KioskSettings, hash_pin

_S = Qt.WindowState


@pytest.fixture
def kiosk(qtbot, state):
    from app.kiosk.window import KioskWindow

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = KioskWindow(state, KioskSettings(idle_timeout=600, countdown=600, pin=hash_pin("2468", 1000)),
                         crash_log=False)
    window.exits = []
    window.quit_app = window.exits.append
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.show()
    assert window.load_data(None)
    qtbot.waitUntil(lambda: window.window_guard.problem() == "", timeout=2000)
    window.window_guard.restores.clear()
    return window


def in_place(window) -> bool:
    return window.isVisible() and not window.isMinimized() and bool(window.windowState() & _S.WindowFullScreen) \
        and QGuiApplication.focusWindow() is window.windowHandle()


def restored_within(qtbot, window, seconds: float = 1.0) -> float:
    started = time.monotonic()
    qtbot.waitUntil(lambda: in_place(window), timeout=int(seconds * 1000))
    return time.monotonic() - started


@pytest.mark.parametrize("outside", [
    pytest.param(lambda w: w.setWindowState(_S.WindowMinimized), id="minimised"),
    pytest.param(lambda w: w.showMinimized(), id="showMinimized"),
    pytest.param(lambda w: w.setWindowState(_S.WindowNoState), id="normal"),
    pytest.param(lambda w: w.showNormal(), id="showNormal"),
    pytest.param(lambda w: w.showMaximized(), id="maximised"),
    pytest.param(lambda w: w.hide(), id="hidden"),
])
def test_window_comes_back(kiosk, qtbot, outside):
    outside(kiosk)
    assert restored_within(qtbot, kiosk) < 1.0
    assert kiosk.window_guard.restores  # it was the guard, and it says why
    qtbot.wait(300)
    assert in_place(kiosk)  # and it stays


def test_another_window_on_top_is_pushed_back(kiosk, qtbot):
    stranger = QWidget()
    qtbot.addWidget(stranger)
    stranger.show()
    stranger.raise_()
    stranger.activateWindow()
    started = time.monotonic()
    qtbot.waitUntil(lambda: any(reason == "not active" for _, reason in kiosk.window_guard.restores), timeout=1000)
    qtbot.waitUntil(lambda: in_place(kiosk), timeout=1000)
    assert time.monotonic() - started < 1.0


def test_event_restores_are_fast(kiosk, qtbot):
    """A window-state change is acted on at once, not at the next periodic check."""
    kiosk.window_guard._check.stop()
    before = len(kiosk.window_guard.restores)  # see test_own_popups_are_not_fought
    kiosk.setWindowState(_S.WindowMinimized)
    assert restored_within(qtbot, kiosk) < 1.0  # with no periodic check, only the event can have done it
    assert [reason for _, reason in kiosk.window_guard.restores[before:]][:1] == ["minimised"]


def test_own_popups_are_not_fought(kiosk, qtbot):
    combo = QComboBox(kiosk.overview)
    combo.addItems(["one", "two", "three"])
    combo.show()
    combo.showPopup()
    qtbot.wait(600)
    assert combo.view().isVisible()
    # Fighting the popup would read as focus lost ("not active"). The offscreen platform
    # sometimes drops the fullscreen flag of a window shortly after it is shown; putting
    # that back (as the guard must) leaves the popup open, as asserted above.
    assert [r for _, r in kiosk.window_guard.restores if r != "not fullscreen"] == []
    combo.hidePopup()


def test_staff_exit_stops_the_guard(kiosk, qtbot):
    # Counted from the exit: on a busy machine the guard may still have put the window
    # back once between the fixture and here, which is not what this test is about.
    before = len(kiosk.window_guard.restores)
    kiosk.staff_exit()
    assert kiosk.exits == [0] and not kiosk.isVisible()
    qtbot.wait(600)
    assert not kiosk.isVisible()
    assert not kiosk.window_guard.active and len(kiosk.window_guard.restores) == before


def test_guard_waits_for_the_first_show(qtbot, state):
    from app.kiosk.window import KioskWindow

    window = KioskWindow(state, KioskSettings(), crash_log=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    qtbot.wait(600)
    assert not window.isVisible() and window.window_guard.restores == []


def test_no_x11_probe_offscreen(kiosk):
    assert kiosk.window_guard.x11 is None  # only on xcb; tests/test_kiosk_wm.py covers X11


# ---------------------------------------------------------------------- the X11 decision table
def _probe(facts: dict, viewable=True):
    """An X11Probe that answers from ``facts`` instead of an X server."""
    from app.kiosk.x11 import _ATOMS, X11Probe

    probe = object.__new__(X11Probe)
    probe.conn = 1
    probe.atoms = {name: i + 100 for i, name in enumerate(_ATOMS)}
    base = {"wm": [7], "state": [probe.atoms["_NET_WM_STATE_FULLSCREEN"], probe.atoms["_NET_WM_STATE_ABOVE"]],
            "wm_state": [1], "stacking": [5, 42], "active": [42], "current": [0], "desktop": [0xFFFFFFFF],
            "showing_desktop": [0]}
    base.update(facts(probe.atoms) if callable(facts) else facts)
    probe.facts = lambda window: base
    probe._viewable = lambda window: viewable
    return probe


@pytest.mark.parametrize("facts, viewable, reason", [
    ({}, True, ""),
    ({"wm": None}, True, ""),  # no window manager: nothing to ask
    ({"wm": None}, False, "not mapped"),
    ({"stacking": [5], "wm_state": None}, True, "not managed by the window manager"),
    ({"wm_state": [3]}, True, "iconified by the window manager"),
    (lambda a: {"state": [a["_NET_WM_STATE_HIDDEN"], a["_NET_WM_STATE_FULLSCREEN"]]}, True,
     "iconified by the window manager"),
    ({"showing_desktop": [1]}, True, "window manager shows the desktop"),
    ({"desktop": [1], "current": [0]}, True, "on another desktop"),
    ({"desktop": [0], "current": [0]}, True, "not on every desktop"),
    (lambda a: {"state": [a["_NET_WM_STATE_ABOVE"]]}, True, "not fullscreen for the window manager"),
    (lambda a: {"state": [a["_NET_WM_STATE_FULLSCREEN"]]}, True, "not kept above other windows"),
    ({"stacking": [42, 5]}, True, "not on top"),
    ({"active": [5]}, True, "another window is active"),
    ({}, False, "not viewable"),
])
def test_x11_probe_reasons(facts, viewable, reason):
    assert _probe(facts, viewable).problem(42) == reason


def test_remap_only_for_unmapped_reasons():
    from app.kiosk.x11 import REMAP

    assert "x11: not mapped".endswith(REMAP) and "x11: not managed by the window manager".endswith(REMAP)
    assert not "x11: iconified by the window manager".endswith(REMAP)
