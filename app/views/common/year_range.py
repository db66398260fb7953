"""A year range: two spin boxes and a two-handle slider between them.

Written here rather than taken from superqt: importing superqt pulls in qtpy's star imports
of every Qt module, ~0.12 s of start-up for one slider.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QSpinBox, QWidget

HANDLE = 9  # handle radius, px


class RangeSlider(QWidget):
    """Two handles on one track. Drag a handle (the nearer one to the press); with the
    keyboard, Left/Right move the first year and Shift+Left/Right the last."""

    valueChanged = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._min, self._max = 0, 100
        self._low, self._high = 0, 100
        self._dragging: int | None = None  # 0 low, 1 high
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(2 * HANDLE + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def setRange(self, low: int, high: int) -> None:
        self._min, self._max = low, max(high, low)
        self.setValue((self._low, self._high))

    def value(self) -> tuple[int, int]:
        return (self._low, self._high)

    def setValue(self, value: tuple[int, int]) -> None:
        low, high = (max(self._min, min(self._max, int(v))) for v in value)
        low, high = min(low, high), max(low, high)
        if (low, high) != (self._low, self._high):
            self._low, self._high = low, high
            self.update()
            self.valueChanged.emit((low, high))

    # ------------------------------------------------------------------ geometry
    def _x(self, value: int) -> float:
        span = max(self._max - self._min, 1)
        return HANDLE + (self.width() - 2 * HANDLE) * (value - self._min) / span

    def _value_at(self, x: float) -> int:
        span = max(self._max - self._min, 1)
        frac = (x - HANDLE) / max(self.width() - 2 * HANDLE, 1)
        return round(self._min + max(0.0, min(1.0, frac)) * span)

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        mid = self.height() / 2
        p.setPen(QPen(pal.mid().color(), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(int(HANDLE), int(mid), int(self.width() - HANDLE), int(mid))
        p.setPen(QPen(pal.highlight().color(), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(int(self._x(self._low)), int(mid), int(self._x(self._high)), int(mid))
        p.setPen(QPen(pal.highlight().color().darker(130), 2 if self.hasFocus() else 1))
        p.setBrush(pal.button())
        for v in (self._low, self._high):
            p.drawEllipse(QRectF(self._x(v) - HANDLE, mid - HANDLE, 2 * HANDLE, 2 * HANDLE))

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event):
        x = event.position().x()
        self._dragging = 0 if abs(x - self._x(self._low)) <= abs(x - self._x(self._high)) else 1
        self.mouseMoveEvent(event)

    def mouseMoveEvent(self, event):
        if self._dragging is None:
            return
        v = self._value_at(event.position().x())
        if self._dragging == 0:
            self.setValue((min(v, self._high), self._high))
        else:
            self.setValue((self._low, max(v, self._low)))

    def mouseReleaseEvent(self, _event):
        self._dragging = None

    def keyPressEvent(self, event):
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
        if step is None:
            super().keyPressEvent(event)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.setValue((self._low, max(self._low, self._high + step)))
        else:
            self.setValue((min(self._high, self._low + step), self._high))


class YearRange(QWidget):
    """First year [spin] ——●———●—— [spin] last year; ``valueChanged`` carries (first, last)."""

    valueChanged = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first_box, self.last_box = QSpinBox(), QSpinBox()
        self.slider = RangeSlider()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.first_box)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.last_box)
        self.slider.valueChanged.connect(self._from_slider)
        self.first_box.valueChanged.connect(lambda v: self.slider.setValue((v, max(v, self.slider.value()[1]))))
        self.last_box.valueChanged.connect(lambda v: self.slider.setValue((min(v, self.slider.value()[0]), v)))

    def setRange(self, low: int, high: int) -> None:
        for box in (self.first_box, self.last_box):
            with QSignalBlocker(box):
                box.setRange(low, high)
        self.slider.setRange(low, high)

    def value(self) -> tuple[int, int]:
        return self.slider.value()

    def setValue(self, value: tuple[int, int]) -> None:
        self.slider.setValue(value)
        self._sync_boxes(self.slider.value())

    def _from_slider(self, value: tuple[int, int]) -> None:
        self._sync_boxes(value)
        if not self.signalsBlocked():
            self.valueChanged.emit(value)

    def _sync_boxes(self, value: tuple[int, int]) -> None:
        for box, v in zip((self.first_box, self.last_box), value):
            with QSignalBlocker(box):
                box.setValue(v)
