"""A year range: two spin boxes and a two-handle slider between them.

Written here rather than taken from superqt: importing superqt pulls in qtpy's star imports
of every Qt module, ~0.12 s of start-up for one slider.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QSlider, QSpinBox, QWidget

HANDLE = 9  # handle radius, px


class _Handle(QSlider):
    """One end of the range: a real QSlider, so keyboards and assistive tools get a slider with a
    name and a value (and Qt announces its changes); the range slider paints it and takes the mouse."""

    def __init__(self, parent: "RangeSlider"):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setPageStep(5)

    def paintEvent(self, _event):  # drawn by the range slider, on one track with the other end
        pass

    def focusInEvent(self, event):
        super().focusInEvent(event)
        self.parentWidget().update()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.parentWidget().update()


class RangeSlider(QWidget):
    """Two handles on one track. The mouse drags the nearer handle; each handle is a real slider
    (``first``, ``last``) in the Tab order: arrows, PgUp/PgDn, Home/End move it."""

    valueChanged = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first, self.last = _Handle(self), _Handle(self)
        self._dragging: int | None = None  # 0 first, 1 last
        self.setMinimumHeight(2 * HANDLE + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setRange(0, 100)
        self.setValue((0, 100))
        self.first.valueChanged.connect(lambda v: self._moved(self.first, v))
        self.last.valueChanged.connect(lambda v: self._moved(self.last, v))

    def set_handle_names(self, first: str, last: str) -> None:
        self.first.setAccessibleName(first)
        self.last.setAccessibleName(last)

    def setRange(self, low: int, high: int) -> None:
        for handle in (self.first, self.last):
            with QSignalBlocker(handle):
                handle.setRange(low, max(high, low))
        self._emit()

    def value(self) -> tuple[int, int]:
        return (self.first.value(), self.last.value())

    def setValue(self, value: tuple[int, int]) -> None:
        low, high = sorted(int(v) for v in value)
        if (low, high) == self.value():
            return
        for handle, v in ((self.first, low), (self.last, high)):
            with QSignalBlocker(handle):
                handle.setValue(v)
        self._emit()

    def _moved(self, handle: QSlider, v: int) -> None:
        """A handle moved by the keyboard or the mouse: it stops at the other one."""
        other = self.last if handle is self.first else self.first
        if (handle is self.first and v > other.value()) or (handle is self.last and v < other.value()):
            with QSignalBlocker(handle):
                handle.setValue(other.value())
        self._emit()

    def _emit(self) -> None:
        self.update()
        self.valueChanged.emit(self.value())

    def resizeEvent(self, event):
        for handle in (self.first, self.last):
            handle.setGeometry(self.rect())
        super().resizeEvent(event)

    # ------------------------------------------------------------------ geometry
    def _x(self, value: int) -> float:
        span = max(self.first.maximum() - self.first.minimum(), 1)
        return HANDLE + (self.width() - 2 * HANDLE) * (value - self.first.minimum()) / span

    def _value_at(self, x: float) -> int:
        span = max(self.first.maximum() - self.first.minimum(), 1)
        frac = (x - HANDLE) / max(self.width() - 2 * HANDLE, 1)
        return round(self.first.minimum() + max(0.0, min(1.0, frac)) * span)

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        mid = self.height() / 2
        low, high = self.value()
        p.setPen(QPen(pal.mid().color(), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(int(HANDLE), int(mid), int(self.width() - HANDLE), int(mid))
        p.setPen(QPen(pal.highlight().color(), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(int(self._x(low)), int(mid), int(self._x(high)), int(mid))
        for handle in (self.first, self.last):
            focused = handle.hasFocus()
            # The focused handle: a thick ring in the text colour (visible focus, 3:1 on any theme).
            p.setPen(QPen(pal.text().color() if focused else pal.highlight().color().darker(130), 3 if focused else 1))
            p.setBrush(pal.button())
            p.drawEllipse(QRectF(self._x(handle.value()) - HANDLE, mid - HANDLE, 2 * HANDLE, 2 * HANDLE))

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event):
        x = event.position().x()
        low, high = self.value()
        self._dragging = 0 if abs(x - self._x(low)) <= abs(x - self._x(high)) else 1
        (self.first if self._dragging == 0 else self.last).setFocus(Qt.FocusReason.MouseFocusReason)
        self.mouseMoveEvent(event)

    def mouseMoveEvent(self, event):
        if self._dragging is not None:
            (self.first if self._dragging == 0 else self.last).setValue(self._value_at(event.position().x()))

    def mouseReleaseEvent(self, _event):
        self._dragging = None


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
