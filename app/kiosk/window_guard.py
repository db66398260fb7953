"""Keeps the kiosk window fullscreen, shown and on top, whatever the window manager does.

A window manager may minimise (iconify) the kiosk, take it out of fullscreen, lower it,
move it to another virtual desktop or switch desktops under it: from its own menu
(openbox: Alt+Space), a key binding or a gesture. Then the bare desktop is left, with
its own menus (a terminal, a browser). :class:`WindowGuard` notices this

* at once, from the window's own events: a window-state change (minimised, not
  fullscreen), a hide, the window losing activation (another window on top);
* and from a cheap check every :data:`CHECK_MS` of what Qt knows of the window, plus,
  on X11, what the window manager says of it (:mod:`app.kiosk.x11`: iconic, withdrawn,
  on another desktop, "showing the desktop", not fullscreen, not above, not the top of
  the stack, another window active),

and puts the window back: fullscreen, shown, raised and active, within a second. It
never fights a staff exit: :meth:`stop` (called by the kiosk's ``shutdown``) ends it.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app.kiosk.x11 import REMAP, probe_for

log = logging.getLogger("khasan.kiosk")

CHECK_MS = 250  # the periodic check; events usually restore sooner
STARTUP_S = 30.0  # restores before the window was first in place (start-up) are logged as INFO
SETTLE_MS = 30  # events of one window-manager action arrive in bursts: restore once after them
REMAP_S = 1.0  # unmap-and-map again at most this often (a window manager slow to take it back)
_S = Qt.WindowState
_E = QEvent.Type
#: Our own short-lived top levels may hold the focus: tooltips, popups, a dialog being rejected.
OWN_HELPERS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Dialog)
WATCHED_EVENTS = frozenset({_E.WindowStateChange, _E.Hide, _E.WindowDeactivate})


class WindowGuard(QObject):
    """Install on the kiosk window with :meth:`start`; :meth:`stop` on a staff exit."""

    restored = Signal(str)  # why: "minimised", "not fullscreen", "hidden", "not active", "x11: …"

    def __init__(self, window: QWidget, parent=None, *, x11=None):
        super().__init__(parent or window)
        self.window = window
        self.active = False
        self.restores: list[tuple[float, str]] = []  # (monotonic time, reason), newest last
        self._last_reason = ""
        self._check = QTimer(self, interval=CHECK_MS)
        self._check.timeout.connect(self.check)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._hooked = None  # the QWindow whose signals we follow
        self._shown = window.isVisible()  # nothing to guard before the first show
        self._shown_at = time.monotonic()
        self._remapped_at = 0.0
        self._settled = False  # in place at least once since the first show
        self.x11 = x11  # app.kiosk.x11.X11Probe or None; made in start() when on X11
        self._wayland = QGuiApplication.platformName().startswith("wayland")

    # ------------------------------------------------------------------ on / off
    def start(self) -> None:
        if self.active:
            return
        self.active = True
        if self.x11 is None:
            self.x11 = probe_for(QApplication.instance())
        self.window.installEventFilter(self)
        self._hook_window()
        self._check.start()

    def stop(self) -> None:
        """Staff exit: leave the window alone from now on."""
        self.active = False
        self._check.stop()
        self._settle.stop()
        self.window.removeEventFilter(self)
        handle, self._hooked = self._hooked, None
        if handle is not None:
            for signal, slot in self._signals(handle):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        if self.x11 is not None:
            self.x11.close()
            self.x11 = None

    def _signals(self, handle):
        return ((handle.visibilityChanged, self._soon), (handle.windowStateChanged, self._soon),
                (handle.activeChanged, self._soon))

    def _hook_window(self) -> None:
        handle = self.window.windowHandle()
        if handle is None or handle is self._hooked:
            return
        self._hooked = handle
        for signal, slot in self._signals(handle):
            signal.connect(slot)

    # ------------------------------------------------------------------ noticing
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.window and event.type() in WATCHED_EVENTS:
            self._soon()
        elif obj is self.window and event.type() == _E.Show:
            if not self._shown:
                self._shown, self._shown_at = True, time.monotonic()
            self._hook_window()  # the native window exists from the first show
            if self.x11 is not None:
                self.x11.keep_on_all_desktops(int(self.window.winId()))
        return False

    def _soon(self, *_args) -> None:
        if self.active:
            self._settle.start()

    def problem(self) -> str:
        """What is wrong with the window now ("" if nothing)."""
        w = self.window
        if not w.isVisible():
            return "hidden"
        if w.isMinimized():
            return "minimised"
        if not w.windowState() & _S.WindowFullScreen:
            return "not fullscreen"
        if self.x11 is not None and w.windowHandle() is not None:
            reason = self._x11_problem(int(w.winId()))
            if reason:
                return f"x11: {reason}"
        if not self._busy_with_own_popup() and not self._has_focus():
            return "not active"
        return ""

    def _x11_problem(self, window: int) -> str:
        try:
            return self.x11.problem(window)
        except Exception:  # noqa: BLE001 (a probe that fails must not take the guard with it)
            log.exception("kiosk: the X11 window-manager probe failed; going on with Qt's view only")
            self.x11.close()
            self.x11 = None
            return ""

    def _has_focus(self) -> bool:
        """Whether our window (or a short-lived top level of ours) has the keyboard focus.

        The QWindow's view, not QApplication.activeWindow(): that one stays None when a
        hidden window is shown again while its QWindow never lost the platform's focus."""
        focus = QGuiApplication.focusWindow()
        if focus is None:
            return False
        return focus is self.window.windowHandle() or focus.type() in OWN_HELPERS

    @staticmethod
    def _busy_with_own_popup() -> bool:
        """A combo box list or menu of ours is open: it holds the input, not a stranger."""
        return QApplication.activePopupWidget() is not None or QToolTip.isVisible()

    # ------------------------------------------------------------------ restoring
    def check(self) -> str:
        """Look, and restore if needed; returns the reason a restore was done ("" if none)."""
        if not self.active or not self._shown:
            return ""
        self._hook_window()
        reason = self.problem()
        if not reason:
            self._last_reason = ""
            self._settled = True
            return ""
        self.restore(reason)
        return reason

    def restore(self, reason: str) -> None:
        w = self.window
        if reason != self._last_reason:  # log each new trouble once, not every 250 ms
            # Until the window was first in place, this is the window manager taking it on.
            settling = not self._settled and time.monotonic() - self._shown_at < STARTUP_S
            level = logging.INFO if settling else logging.WARNING
            log.log(level, "kiosk: window %s: restoring fullscreen and on top", reason)
            self._last_reason = reason
        self.restores.append((time.monotonic(), reason))
        del self.restores[:-50]
        if reason.endswith(REMAP) and self._settled and time.monotonic() - self._remapped_at > REMAP_S:
            self._remapped_at = time.monotonic()
            w.hide()  # Qt still thinks it is shown: hide, so that the show below maps it anew
        state = (w.windowState() & ~_S.WindowMinimized & ~_S.WindowMaximized) | _S.WindowFullScreen
        w.setWindowState(state | _S.WindowActive)
        if not w.isVisible() or w.isMinimized():
            w.showFullScreen()
        if self.x11 is not None and w.windowHandle() is not None:
            self.x11.bring_back(int(w.winId()))
        if not self._busy_with_own_popup() and not self._wayland:  # there the compositor alone decides
            w.raise_()
            w.activateWindow()
        self.restored.emit(reason)

