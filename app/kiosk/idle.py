"""The two-stage idle reset, as a small state machine without widgets.

ACTIVE --(idle_timeout without input)--> COUNTDOWN --(countdown ends)--> ATTRACT
COUNTDOWN --(touch)--> ACTIVE;  ATTRACT --(first touch)--> ACTIVE (into the tour chapter on show, or
the start view when the attract loop plays the days: app.kiosk.attract).

While the visitor is playing the daily viewer (``is_busy``), ACTIVE does not time out:
watching the battle unfold is not being away.
"""
from __future__ import annotations

import math
import time
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot


class Stage(Enum):
    ACTIVE = "active"
    COUNTDOWN = "countdown"
    ATTRACT = "attract"


class IdleController(QObject):
    countdown_started = Signal(int)  # whole seconds left
    countdown_tick = Signal(int)
    countdown_cancelled = Signal()
    expired = Signal()  # reset to defaults and show the attract screen
    attract_left = Signal()  # the first touch on the attract screen

    def __init__(self, idle_timeout: float, countdown: float, is_busy=lambda: False, parent=None):
        super().__init__(parent)
        self.stage = Stage.ACTIVE
        self.is_busy = is_busy
        self._idle = QTimer(self, singleShot=True, interval=max(1, int(idle_timeout * 1000)))
        self._idle.timeout.connect(self._idle_reached)
        self._expire = QTimer(self, singleShot=True, interval=max(1, int(countdown * 1000)),
                              timerType=Qt.TimerType.PreciseTimer)
        self._deadline = 0.0
        self._expire.timeout.connect(self._countdown_over)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(lambda: self.countdown_tick.emit(self.seconds_left()))
        self.enabled = True

    def start(self) -> None:
        self.stage = Stage.ACTIVE
        self._idle.start()

    def stop(self) -> None:
        self.enabled = False
        for timer in (self._idle, self._expire, self._tick):
            timer.stop()

    def seconds_left(self) -> int:
        if not self._expire.isActive():
            return 0
        return max(0, math.ceil(self._deadline - time.monotonic() - 0.001))

    # ------------------------------------------------------------------ input
    def poke(self, strong: bool = True) -> bool:
        """Visitor input. Returns True when it only dismissed an overlay (the caller eats it)."""
        if not self.enabled:
            return False
        if self.stage is Stage.ACTIVE:
            self._idle.start()
            return False
        if not strong:
            return False
        if self.stage is Stage.COUNTDOWN:
            self._expire.stop()
            self._tick.stop()
            self.stage = Stage.ACTIVE
            self._idle.start()
            self.countdown_cancelled.emit()
            return True
        self.stage = Stage.ACTIVE
        self._idle.start()
        self.attract_left.emit()
        return True

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        """The visitor started or stopped playback: pause the idle timer, or start it afresh."""
        if not self.enabled or self.stage is not Stage.ACTIVE:
            return
        if busy:
            self._idle.stop()
        else:
            self._idle.start()

    # ------------------------------------------------------------------ timers
    def _idle_reached(self) -> None:
        if not self.enabled or self.stage is not Stage.ACTIVE:
            return
        if self.is_busy():
            self._idle.start()  # playing: check again later
            return
        self.stage = Stage.COUNTDOWN
        self._deadline = time.monotonic() + self._expire.interval() / 1000
        self._expire.start()
        self._tick.start()
        self.countdown_started.emit(self.seconds_left())

    def _countdown_over(self) -> None:
        self._tick.stop()
        if not self.enabled or self.stage is not Stage.COUNTDOWN:
            return
        self.stage = Stage.ATTRACT
        self.expired.emit()

    def force_attract(self) -> None:
        """Go straight to the attract screen (staff, tests, start-up of an idle kiosk)."""
        self._idle.stop()
        self._expire.stop()
        self._tick.stop()
        self.stage = Stage.ATTRACT
        self.expired.emit()
