"""Kiosk mode: ``python -m app --kiosk``; settings and staff PIN: ``python -m app.kiosk``.

:class:`KioskWindow` is the ordinary main window, fullscreen and frameless, with the menu
and status bars gone, every export/open/print/quit control hidden (see
:mod:`app.kiosk.touch`), touch-sized, with an on-screen language switch, a two-stage idle
reset (:mod:`app.kiosk.idle`) and a staff exit behind a long press and a PIN
(:mod:`app.kiosk.staff_exit`). When idle it plays the attract loop (:mod:`app.kiosk.attract`:
the guided tour, chapter by chapter; a touch enters the chapter shown). Visitors cannot close it (:mod:`app.kiosk.input_guard`), and whatever
a window manager does to it (minimise, lower, another desktop, not fullscreen) is undone
within a second (:mod:`app.kiosk.window_guard`).
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QCursor, QDesktopServices
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QScroller, QToolTip, QWidget

from app.kiosk.attract import AttractLoop
from app.kiosk.idle import IdleController, Stage
from app.kiosk.input_guard import KioskGuard
from app.kiosk.keyboard import OnScreenKeyboard
from app.kiosk.overlays import LanguageBar, StillThereOverlay
from app.kiosk.settings import KioskSettings, PinGuard, load_settings, log_dir
from app.kiosk.staff_exit import PinPad
from app.kiosk.touch import TOUCH_QSS, adapt_for_touch, kiosk_font, lock_down
from app.kiosk.window_guard import WindowGuard
from app.state import AppState
from app.window.main_window import MainWindow

log = logging.getLogger("khasan.kiosk")
HEARTBEAT_MS = 500


class _AppDefaults:
    """What kiosk mode changed application-wide, restored when the window goes."""

    def __init__(self, app: QApplication):
        self.font = app.font()
        self.quit_on_close = app.quitOnLastWindowClosed()
        self.native_dialogs = app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        self.cursor = False

    def restore(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        app.setFont(self.font)
        app.setQuitOnLastWindowClosed(self.quit_on_close)
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self.native_dialogs)
        if self.cursor:
            QApplication.restoreOverrideCursor()
            self.cursor = False


class _UrlBlocker(QObject):
    """Takes every URL the app would hand to the desktop (browser, mail, file manager)."""

    SCHEMES = ("http", "https", "file", "mailto", "ftp")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.blocked: list[str] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        log.warning("kiosk: blocked opening %s", url.toString())
        self.blocked.append(url.toString())

    def install(self) -> None:
        for scheme in self.SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "open_url")

    def uninstall(self) -> None:
        for scheme in self.SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


class KioskWindow(MainWindow):
    """The main window for a museum touch screen. See the module docstring."""

    #: How the app ends on a staff exit; tests and the soak replace it.
    quit_app = staticmethod(QApplication.exit)
    #: The next visitor must not find the last one's layout, page or filters.
    persist_session = False

    def __init__(self, state: AppState, settings: KioskSettings | None = None, *, crash_log: bool = True,
                 parent=None):
        settings = settings or load_settings()
        app = QApplication.instance()
        defaults = _AppDefaults(app)
        crash = None
        if crash_log:
            from app.kiosk.crash_log import install_crash_log

            crash = install_crash_log(log_dir())
        app.setFont(kiosk_font(settings.font_size))  # before the views exist, so they inherit it
        app.setQuitOnLastWindowClosed(False)
        # Qt's own dialogs are widgets the guard can see (and reject); native ones are not.
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        super().__init__(state, parent)
        self.settings = settings
        self.crash_log = crash
        self._defaults = defaults
        self.destroyed.connect(defaults.restore)
        self._playing_hooked = None  # the daily viewer whose playing_changed we follow
        self._exiting = False
        self._beats = 0
        self._go_fullscreen()

        self.languages = LanguageBar(settings.languages, state.language)
        self.languages.language_chosen.connect(self.set_language)
        state.language_changed.connect(self.languages.show_language)
        self.tabs.setCornerWidget(self.languages, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda _: self.sweep())
        self.pages.view_built.connect(lambda _key: self.sweep())  # views are built late, one by one
        self._install_guards()

        self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self.data_ready.connect(self._kiosk_ready)
        self.set_language(settings.default_language)
        self.sweep()
        self.idle.start()
        if settings.pin is None:
            log.warning("kiosk: no staff PIN set (python -m app.kiosk --set-pin); staff exit is disabled")

    # ------------------------------------------------------------------ set-up
    def _go_fullscreen(self) -> None:
        """Fullscreen, frameless, on top, no menus or status bar, touch-styled."""
        self.setObjectName("kioskWindow")
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        screen = QApplication.primaryScreen()
        if screen is not None:  # without a window manager (bare X) fullscreen alone does not resize
            self.setGeometry(screen.geometry())
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.menuBar().setNativeMenuBar(False)
        self.menuBar().hide()
        self.statusBar().hide()
        self.setStyleSheet(TOUCH_QSS)
        if self.settings.hide_cursor:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._defaults.cursor = True

    def _install_guards(self) -> None:
        """Overlays, the idle controller, the staff exit and the input, URL and window guards."""
        settings = self.settings
        self.still_there = StillThereOverlay(self)
        self.attract_loop = AttractLoop(self)
        self.attract = self.attract_loop.banner  # the days loop's banner (no tour in the data)
        self.tour_card = self.attract_loop.card  # the tour's chapter card
        self.pin_guard = PinGuard(settings.pin)
        self.pin_pad = PinPad(self, self.pin_guard)
        self.pin_pad.accepted.connect(self.staff_exit)

        self.idle = IdleController(settings.idle_timeout, settings.countdown, is_busy=self._visitor_playing,
                                   parent=self)
        self.idle.countdown_started.connect(lambda n: self.still_there.start(n, self.state.language))
        self.idle.countdown_tick.connect(self.still_there.set_remaining)
        self.idle.countdown_cancelled.connect(self.still_there.hide)
        self.idle.expired.connect(self.start_attract)
        self.idle.attract_left.connect(self.leave_attract)

        self.guard = KioskGuard(self, settings.exit_corner, settings.exit_hold)
        self.guard.on_input = self.idle.poke
        self.guard.lets_through = self.attract_loop.covers  # its language buttons do not leave it
        self.guard.corner_held.connect(self.pin_pad.start)
        self.guard.install()
        self.urls = _UrlBlocker(self)  # a link must never open a browser over the kiosk
        self.urls.install()
        self.window_guard = WindowGuard(self)  # minimised, lowered, not fullscreen: back at once
        self.window_guard.start()
        # The on-screen keyboard: a tap on a text field opens it along the bottom (app.kiosk.keyboard).
        self.keyboard = OnScreenKeyboard.attach(self) if settings.on_screen_keyboard else None

    def sweep(self) -> None:
        """Hide forbidden controls and adapt new widgets for touch (idempotent, cheap).

        Runs when the data is in, when a page's view is built and on every page change.
        """
        hidden = lock_down(self, self.menuBar())
        if hidden:
            log.info("kiosk: hid %s", ", ".join(hidden))
        adapt_for_touch(self)
        self.follow_playback(self.built_view("days"))
        self.fit_tabs()  # tabs get their icons late

    def follow_playback(self, days) -> None:
        """Follow the daily viewer's ``playing_changed`` (once it is built)."""
        if days is not None and days is not self._playing_hooked:
            days.playing_changed.connect(self._playing_changed)
            self._playing_hooked = days

    @Slot()
    def _kiosk_ready(self) -> None:
        self.sweep()
        if self.idle.stage is Stage.ACTIVE:
            self.idle.start()  # idle time counts from when there is something to explore
        if os.environ.get("KHASAN_KIOSK_HEARTBEAT") and not self._heartbeat.isActive():
            self._beat()
            self._heartbeat.start()
        # After the caller's own show_page (cli.py shows --view once the data is in).
        QTimer.singleShot(0, self, lambda: self.idle.stage is Stage.ATTRACT or self.show_start_view())

    def show_start_view(self) -> None:
        self.show_page(self.settings.start_view)

    def _beat(self) -> None:
        from app.kiosk.supervisor import HEARTBEAT_ENV, beat

        self._beats += 1
        beat(os.environ[HEARTBEAT_ENV], self._beats)

    # ------------------------------------------------------------------ language
    @Slot(str)
    def set_language(self, lang: str) -> None:
        if lang not in self.settings.languages:
            return
        self.state.set_language(lang)  # translators first, then language_changed (app.i18n)
        self.languages.show_language(lang)
        self.fit_tabs()  # the tabs' words changed length

    def fit_tabs(self) -> None:
        """Every page tab in view (a visitor cannot find the tab bar's scroll arrows): the
        language buttons shrink to codes when the names and the tabs don't fit side by side."""
        if not hasattr(self, "languages"):  # a resize while the window is being built
            return
        wanted = self.tabs.tabBar().sizeHint().width() + self.languages.names_width()
        self.languages.set_compact(wanted > self.tabs.width())

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_tabs()

    # ------------------------------------------------------------------ idle reset
    def _visitor_playing(self) -> bool:
        days = self.built_view("days")
        return days is not None and days.is_playing()

    @Slot(bool)
    def _playing_changed(self, playing: bool) -> None:
        if self.idle.stage is Stage.ATTRACT:
            if not playing:  # the days loop reached the last day: rest, then play it again
                self.attract_loop.playback_stopped()
        else:
            self.idle.set_busy(playing)

    def reset_to_defaults(self) -> None:
        """What the next visitor should find: no selection, no filter, default language, start view."""
        self.pin_pad.close_pad()
        self.still_there.hide()
        if self.keyboard is not None:
            self.keyboard.dismiss()
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        days = self.built_view("days")
        if days is not None:
            days.pause()
        self.set_language(self.settings.default_language)
        self.state.reset()
        from app.views.incidents.filter_state import IncidentFilterState

        IncidentFilterState.of(self.state).reset()
        for view in self.findChildren(QWidget):
            reset = getattr(view, "kiosk_reset", None)  # views may add their own (zoom, sort, …)
            if callable(reset):
                reset()
        for edit in self.findChildren(QLineEdit):
            if not edit.isReadOnly() and edit.text():
                edit.clear()
        for area in self.findChildren(QAbstractScrollArea):
            QScroller.scroller(area.viewport()).stop()
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)
        self.show_start_view()
        self.setFocus()

    @Slot()
    def start_attract(self) -> None:
        """Stage two: reset, then the attract loop: the tour from chapter 1 (or the days played)."""
        self.reset_to_defaults()
        self.attract_loop.start()

    @Slot()
    def leave_attract(self) -> None:
        """The first touch: into the tour chapter on show (its page, the chapter still the
        context), or without a tour to the start view, reset."""
        chapter = self.attract_loop.stop()
        if chapter is None:
            self.reset_to_defaults()
            return
        self.state.request_view(chapter.view)
        self.sweep()
        self.setFocus()

    # ------------------------------------------------------------------ exit
    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._exiting:
            super().closeEvent(event)
        else:
            event.ignore()

    def shutdown(self) -> None:
        """Undo kiosk mode app-wide (filter, timers, font, cursor); the window may close after."""
        self._exiting = True
        self.guard.allow_exit = True
        self.guard.uninstall()
        self.window_guard.stop()
        self.urls.uninstall()
        self.idle.stop()
        self._heartbeat.stop()
        self._defaults.restore()

    @Slot()
    def staff_exit(self) -> None:
        """The right PIN was entered: end the app with status 0 (the supervisor stops too)."""
        log.info("kiosk: staff exit")
        self.shutdown()
        self.close()
        self.quit_app(0)
