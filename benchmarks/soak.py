"""Kiosk soak: drive the kiosk window like a day of visitors, offscreen, and count failures.

    .venv/bin/python benchmarks/soak.py [--events 100000] [--seed 1]

Random taps (mouse and touch), drags, wheel turns, keys (every exit key included, with
random modifiers), long presses in the exit corner followed by random PIN digits, and
idle spells long enough for the two-stage reset and the attract loop. Timeouts are
shortened (idle 0.25 s, countdown 0.25 s, a tour chapter 0.1 s) so a run sees hundreds of
resets and, when the data has a guided tour, the attract loop going through its chapters
(taps on the attract screen enter them, taps on its language buttons switch them). It
stops by itself after ``--events`` and prints:

  events          inputs sent
  exceptions      unhandled exceptions (goal 0)
  exits           staff exits, closes or hides of the kiosk window (goal 0)
  rss_growth_pct  RSS over the last tenth of the run vs the second tenth (after warm-up),
                  medians of readings taken after a GC and malloc_trim (goal < 5)
  attract         how often the attract loop started, tour chapters it showed, and
                  chapters a visitor entered from it (0 chapters: the data has no tour)
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path
from statistics import median

if "QT_QPA_PLATFORM" not in os.environ:  # a 1920x1080 offscreen screen, like the museum's
    _cfg = Path(tempfile.gettempdir()) / "khasan-soak-screen.json"
    _cfg.write_text(json.dumps({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                             "logicalDpi": 96, "logicalDpiScaleFactor": 1.0, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_cfg}"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import shiboken6  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier
EXIT_KEYS = [(K.Key_Escape, M.NoModifier), (K.Key_F4, M.AltModifier), (K.Key_Q, M.ControlModifier),
             (K.Key_W, M.ControlModifier), (K.Key_Tab, M.AltModifier), (K.Key_Super_L, M.NoModifier),
             (K.Key_F11, M.NoModifier), (K.Key_O, M.ControlModifier), (K.Key_S, M.ControlModifier),
             (K.Key_P, M.ControlModifier), (K.Key_Escape, M.ControlModifier), (K.Key_Menu, M.NoModifier)]
PLAIN_KEYS = [K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_PageUp, K.Key_PageDown, K.Key_Home, K.Key_End,
              K.Key_Space, K.Key_Return, K.Key_Tab, K.Key_Backspace, K.Key_Delete] + \
             [getattr(K, f"Key_{c}") for c in "AEKOSZ0123456789"]
MODIFIERS = [M.NoModifier] * 6 + [M.ShiftModifier, M.ControlModifier, M.AltModifier, M.MetaModifier,
                                  M.ControlModifier | M.ShiftModifier, M.ControlModifier | M.AltModifier]


def rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import psutil  # not Linux: psutil if present

        return psutil.Process().memory_info().rss


def settled_rss(app) -> int:
    """RSS after a GC and, on glibc, giving freed heap pages back (so it measures what is kept)."""
    gc.collect()
    settle()
    if _libc is not None:
        _libc.malloc_trim(0)
    return rss_bytes()


try:
    import ctypes

    _libc = ctypes.CDLL("libc.so.6")
    _libc.malloc_trim
except (OSError, AttributeError):
    _libc = None


class Visitor:
    """Random input against the kiosk window."""

    def __init__(self, window, rng: random.Random):
        self.window = window
        self.rng = rng
        self.device = QTest.createTouchDevice()
        self.counts: dict[str, int] = {}

    def point(self) -> QPoint:
        size = self.window.windowHandle().size()  # the native window (it may be smaller than the widget offscreen)
        return QPoint(self.rng.randrange(size.width()), self.rng.randrange(size.height()))

    def target(self, p: QPoint):
        """The widget under ``p`` and ``p`` in its coordinates."""
        widget = self.window.childAt(p)
        if widget is None or not alive(widget):
            return self.window, p
        return widget, widget.mapFrom(self.window, p)

    def step(self) -> str:
        r = self.rng.random()
        kind = ("tap" if r < 0.42 else "drag" if r < 0.56 else "key" if r < 0.68 else "exit_key" if r < 0.76
                else "touch" if r < 0.86 else "wheel" if r < 0.94 else "double" if r < 0.97
                else "corner" if r < 0.974 else "pin" if r < 0.99 else "idle" if r < 0.993 else "tap")
        popup = QApplication.activePopupWidget()
        if popup is not None and popup.windowHandle() is not None and self.rng.random() < 0.7:
            kind = "popup"  # a combo box list is open: most visitors pick from it
        try:
            getattr(self, kind)()
        except RuntimeError as err:
            # QTest holds on to the widget it sends to; if the press deletes it (a facet list
            # rebuilt, a popup closed) QTest fails. Real input arrives through the window.
            if "already deleted" not in str(err):
                raise
            kind = "stale_target"
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return kind

    def popup(self) -> None:
        popup = QApplication.activePopupWidget()
        local = QPoint(self.rng.randrange(max(1, popup.width())), self.rng.randrange(max(1, popup.height())))
        QTest.mouseClick(popup.windowHandle(), Qt.MouseButton.LeftButton, M.NoModifier, local)

    def tap(self) -> None:
        if self.rng.random() < 0.5:  # as the platform delivers it: window first, gestures, then widgets
            QTest.mouseClick(self.window.windowHandle(), Qt.MouseButton.LeftButton, M.NoModifier, self.point())
            return
        widget, pos = self.target(self.point())
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, M.NoModifier, pos)
        if alive(widget):  # the press may have replaced it (a facet list rebuilt, a chip removed)
            QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, M.NoModifier, pos)

    def double(self) -> None:
        widget, pos = self.target(self.point())
        button = Qt.MouseButton.RightButton if self.rng.random() < 0.5 else Qt.MouseButton.LeftButton
        for _ in range(2):
            for action in (QTest.mousePress, QTest.mouseRelease):
                if alive(widget):
                    action(widget, button, M.NoModifier, pos)

    def drag(self) -> None:
        start = self.point()
        if self.rng.random() < 0.5:
            handle = self.window.windowHandle()
            QTest.mousePress(handle, Qt.MouseButton.LeftButton, M.NoModifier, start)
            end = self.point()
            for i in range(1, 6):
                QTest.mouseMove(handle, start + (end - start) * i / 5, 5)
            QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, M.NoModifier, end)
            return
        widget, pos = self.target(start)
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, M.NoModifier, pos)
        dx, dy = self.rng.randint(-400, 400), self.rng.randint(-400, 400)
        for i in range(1, 6):
            if alive(widget):
                QTest.mouseMove(widget, pos + QPoint(dx * i // 5, dy * i // 5), 5)
        if alive(widget):
            QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, M.NoModifier, pos + QPoint(dx, dy))

    def touch(self) -> None:
        widget, pos = self.target(self.point())
        window = widget.window()
        at = widget.mapTo(window, pos)
        QTest.touchEvent(window, self.device).press(0, at, window).commit()
        if self.rng.random() < 0.5:
            QTest.touchEvent(window, self.device).move(0, at + QPoint(self.rng.randint(-200, 200),
                                                                     self.rng.randint(-200, 200)), window).commit()
        QTest.touchEvent(window, self.device).release(0, at, window).commit()

    def wheel(self) -> None:
        widget, pos = self.target(self.point())
        delta = QPoint(0, self.rng.choice([-360, -120, 120, 360]))
        event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(), delta,
                            Qt.MouseButton.NoButton, M.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    def key(self) -> None:
        target = QApplication.focusWidget() or self.window
        press_key(target, self.rng.choice(PLAIN_KEYS), self.rng.choice(MODIFIERS))

    def exit_key(self) -> None:
        target = QApplication.focusWidget() or self.window
        key, modifiers = self.rng.choice(EXIT_KEYS)
        press_key(target, key, modifiers)

    def corner(self) -> None:
        """A long press in the exit corner: the PIN pad opens."""
        w = self.window
        widget = w.childAt(QPoint(3, 3)) or w
        pos = widget.mapFrom(w, QPoint(3, 3))
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, M.NoModifier, pos)
        spin(w.settings.exit_hold + 0.05)
        if alive(widget):
            QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, M.NoModifier, pos)

    def pin(self) -> None:
        pad = self.window.pin_pad
        if not pad.isVisible():
            return self.tap()
        for _ in range(self.rng.randint(1, 6)):
            key = self.rng.choice(list(pad.keys))
            if pad.keys[key].isEnabled():
                QTest.mouseClick(pad.keys[key], Qt.MouseButton.LeftButton)

    def idle(self) -> None:
        """Nobody there: long enough for the countdown, the reset and some of the attract loop."""
        s = self.window.settings
        spin(s.idle_timeout + s.countdown + self.rng.uniform(0.1, 0.6))


def alive(widget) -> bool:
    """Whether the C++ widget still exists (the harness must not click a deleted one)."""
    return shiboken6.isValid(widget)


def press_key(target, key, modifiers) -> None:
    QTest.keyPress(target, key, modifiers)
    if alive(target):
        QTest.keyRelease(target, key, modifiers)


def settle() -> None:
    """What returning to the event loop does: posted events, then deleteLater()'d objects.

    processEvents() alone never deletes them outside exec(); a soak that only called it
    would pile up every widget a view replaces and report that as growth.
    """
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        settle()
        time.sleep(0.005)


def run(events: int = 100_000, seed: int = 1, log=print, report_every: int = 10_000, dataset=None) -> dict:
    """Drive a kiosk window with ``events`` random inputs; returns the figures printed by main().

    ``dataset``: the data to show (default: the bundled package, loaded as the app does)."""
    from app.kiosk.settings import KioskSettings, hash_pin
    from app.kiosk.window import KioskWindow
    from app.state import AppState

    app = QApplication.instance() or QApplication([sys.argv[0]])
    rng = random.Random(seed)
    secret = "".join(rng.choice("0123456789") for _ in range(8))  # nobody guesses 8 digits
    settings = KioskSettings(idle_timeout=0.25, countdown=0.25, exit_hold=0.3, attract_speed=8.0,
                             tour_min_seconds=0.1, tour_words_per_second=1000.0,
                             pin=hash_pin(secret, iterations=1000))
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, value, tb: errors.append("".join(traceback.format_exception(kind, value, tb)))
    window = KioskWindow(AppState(language="en"), settings, crash_log=False)
    exits: list = []
    window.quit_app = exits.append
    blocked: list[str] = []
    window.guard.dialog_blocked.connect(blocked.append)
    languages: list[str] = []  # every switch, by a visitor or by a reset
    window.state.language_changed.connect(languages.append)
    attract = {"started": 0, "chapters": 0, "entered": 0}
    window.idle.expired.connect(lambda: attract.__setitem__("started", attract["started"] + 1))
    window.attract_loop.chapter_shown.connect(lambda _c: attract.__setitem__("chapters", attract["chapters"] + 1))
    window.idle.attract_left.connect(
        lambda: window.state.chapter is not None and attract.__setitem__("entered", attract["entered"] + 1))
    hidden = 0
    try:
        window.show()
        if dataset is None:
            window.load_data(None)
        else:
            window.install_dataset(dataset)
        settle()
        visitor = Visitor(window, rng)
        every = max(1, events // 100)
        samples: list[tuple[int, int]] = []  # (event, RSS) a hundred times per run
        started = time.perf_counter()
        for i in range(1, events + 1):
            visitor.step()
            settle()
            if not window.isVisible():
                hidden += 1
                window.show()
            if i % every == 0:
                samples.append((i, settled_rss(app)))
            if i % report_every == 0:
                log(f"  {i:>7,} events, {time.perf_counter() - started:,.0f} s, {len(errors)} exceptions, "
                    f"rss {samples[-1][1] / 2**20:,.0f} MB")
        spin(0.2)
        samples.append((events, settled_rss(app)))
        # One reading moves by a few per cent with the allocator's mood; compare the median
        # of the second tenth of the run (after warm-up) with the median of the last tenth.
        base = median([r for i, r in samples if events * 0.1 < i <= events * 0.2] or [samples[0][1]])
        end = median([r for i, r in samples if i > events * 0.9])
        return {
            "events": events,
            "exceptions": len(errors),
            "exits": len(exits) + hidden,
            "rss_growth_pct": round(100 * (end - base) / base, 2),
            "rss_mb": (round(base / 2**20, 1), round(end / 2**20, 1)),
            "seconds": round(time.perf_counter() - started, 1),
            "inputs": dict(sorted(visitor.counts.items())),
            "dialogs_blocked": len(blocked),
            "language_switches": len(languages),
            "attract": dict(attract),
            "first_exception": errors[0] if errors else None,
        }
    finally:
        sys.excepthook = previous_hook
        window.shutdown()
        window.close()
        window.deleteLater()
        settle()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    result = run(args.events, args.seed)
    for key in ("events", "exceptions", "exits", "rss_growth_pct"):
        print(f"{key} {result[key]}")
    print(f"seconds {result['seconds']}  rss_mb {result['rss_mb']}  dialogs_blocked {result['dialogs_blocked']}  "
          f"language_switches {result['language_switches']}")
    print(f"attract {result['attract']}")
    print(f"inputs {result['inputs']}")
    if result["first_exception"]:
        print(result["first_exception"], file=sys.stderr)
    ok = result["exceptions"] == 0 and result["exits"] == 0 and result["rss_growth_pct"] < 5
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
