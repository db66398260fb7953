"""Staff exit: a long press in the exit corner opens this PIN pad over the window.

An on-screen keypad, not a QDialog: a touch kiosk has no keyboard, and the kiosk blocks
every dialog. The PIN is checked against the salted hash in the settings by
:class:`app.kiosk.settings.PinGuard`, which also locks the pad after wrong PINs.
"""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.kiosk.overlays import Card, Overlay, _big, sized
from app.kiosk.settings import PIN_DIGITS, PinGuard
from app.views.common.retranslate import Retranslating

AUTO_CLOSE_MS = 30_000  # an abandoned pad closes itself


class PinPad(Retranslating, Overlay):
    """The staff PIN pad, in the current language (it follows a language switch)."""

    accepted = Signal()  # the right PIN: the window exits

    def __init__(self, parent: QWidget, guard: PinGuard):
        super().__init__(parent)
        self.guard = guard
        self.pin = ""
        self.card = Card()
        self.card.setMaximumWidth(520)
        self.title = _big(QLabel(), 1.5)
        self.display = _big(QLabel(), 1.8)
        self.display.setObjectName("pinDisplay")
        self.display.setMinimumHeight(56)
        self.message = _big(QLabel(), 1.0, bold=False)
        self.message.setObjectName("pinMessage")
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate("123456789⌫0✓"):
            button = sized(QPushButton(key), 96, 80)
            button.setFont(self.display.font())
            button.setProperty("kiosk_hidden", False)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        self.cancel = sized(QPushButton(), 200, 64)
        self.cancel.setProperty("kiosk_hidden", False)
        self.cancel.clicked.connect(self.close_pad)
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(self.display)
        inner.addWidget(self.message)
        inner.addLayout(grid)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addStretch(1)
        inner.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._close_timer = QTimer(self, singleShot=True, interval=AUTO_CLOSE_MS)
        self._close_timer.timeout.connect(self.close_pad)
        self._lock_timer = QTimer(self, interval=1000)
        self._lock_timer.timeout.connect(self._update_lock)
        self.retranslate()

    def retranslate(self) -> None:
        """The pad's fixed words in the current language (Qt's LanguageChange calls it)."""
        self.title.setText(self.tr("Staff exit"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete"))
        self.keys["✓"].setAccessibleName(self.tr("Enter"))
        self.cancel.setText(self.tr("Cancel"))

    # ------------------------------------------------------------------ open / close
    def start(self) -> None:
        self.pin = ""
        self._show_pin()
        if self.guard.stored is None:
            self.message.setText(self.tr("No staff PIN is set. Set one with: python -m app.kiosk --set-pin"))
        else:
            self.message.setText(self.tr("Enter the staff PIN."))
        self._update_lock()
        self._close_timer.start()
        self.open()
        self.setFocus()

    def close_pad(self) -> None:
        self.pin = ""
        self._close_timer.stop()
        self._lock_timer.stop()
        self.hide()

    # ------------------------------------------------------------------ keys
    def press(self, key: str) -> None:
        """A keypad key: a digit, '⌫' or '✓' (enter)."""
        self._close_timer.start()
        if self.guard.seconds_locked() > 0:
            return
        if key == "⌫":
            self.pin = self.pin[:-1]
        elif key == "✓":
            self.submit()
            return
        elif key.isdigit() and len(self.pin) < PIN_DIGITS[1]:
            self.pin += key
        self._show_pin()

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("✓")
        event.accept()

    def submit(self) -> None:
        pin, self.pin = self.pin, ""
        self._show_pin()
        if self.guard.stored is None:
            return
        ok, wait = self.guard.check(pin)
        if ok:
            self.close_pad()
            self.accepted.emit()
            return
        self.message.setText(self.tr("Wrong PIN."))
        if wait > 0:
            self._update_lock()

    # ------------------------------------------------------------------ display
    def _show_pin(self) -> None:
        self.display.setText(" ".join("●" * len(self.pin)) or "–")

    def _update_lock(self) -> None:
        wait = self.guard.seconds_locked()
        locked = wait > 0
        for button in self.keys.values():
            button.setEnabled(not locked and self.guard.stored is not None)
        if locked:
            self.message.setText(self.tr("Too many wrong PINs. Try again in {n} s.").format(n=math.ceil(wait)))
            if not self._lock_timer.isActive():
                self._lock_timer.start()
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self.message.setText(self.tr("Enter the staff PIN."))
