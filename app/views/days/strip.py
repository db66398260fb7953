"""The time strip: a slider over the days, with a bar on every day that has events.

Bars are painted in the slider's own geometry (via the style's handle positions), so
they line up with the handle whatever the style. Clicking jumps straight to that day.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QToolTip

from app.views.common.theme import theme_for


class DaySlider(QSlider):
    """A horizontal QSlider that also paints per-day event marks and date labels.

    ``valueChanged`` means the user chose a day; the page shows the shared day with
    :meth:`show_index`, which does not emit it.
    """

    MARK_H = 16  # tallest event bar, pixels

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("daySlider")
        self.setPageStep(7)
        self.counts: list[int] = []
        self.labels: list[str] = []  # per day: '' or a date label to print under the strip
        self.tips: list[str] = []

    def set_day_count(self, count: int) -> None:
        """One position per strip day (drawn from the data: no ``valueChanged``)."""
        with QSignalBlocker(self):
            self.setRange(0, max(0, count - 1))

    def show_index(self, index: int) -> None:
        """Put the handle on strip day ``index`` (drawn from the shared day: no ``valueChanged``)."""
        with QSignalBlocker(self):
            self.setValue(index)

    def set_marks(self, counts, labels: list[str], tips: list[str]) -> None:
        self.counts = [int(c) for c in counts]
        self.labels = labels
        self.tips = tips
        self.update()

    def _geometry(self):
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self)
        return groove, handle

    def x_of(self, value: int, geometry=None) -> float:
        """Centre of the handle when the slider is at ``value``, in widget pixels."""
        groove, handle = geometry or self._geometry()
        span = groove.width() - handle.width()
        return groove.x() + handle.width() / 2 + QStyle.sliderPositionFromValue(
            self.minimum(), self.maximum(), value, span)

    def value_at(self, x: float) -> int:
        groove, handle = self._geometry()
        span = groove.width() - handle.width()
        return QStyle.sliderValueFromPosition(self.minimum(), self.maximum(),
                                              int(x - groove.x() - handle.width() / 2), span)

    def label_font(self) -> QFont:
        """The dates' type: a little smaller than the slider's."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _room(self) -> tuple[float, float]:
        """Height needed above the groove's centre (the event bars) and below it (the dates)."""
        _groove, handle = self._geometry()
        text = QFontMetricsF(self.label_font()).height()
        return handle.height() / 2 + 2 + self.MARK_H + 2, handle.height() / 2 + 2 + 3 + text + 2

    def _height(self) -> int:
        above, below = self._room()
        return max(62, math.ceil(2 * max(above, below)))  # the groove sits in the middle

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override): room for the bars and the dates
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._height()))

    def changeEvent(self, event):  # noqa: N802 (Qt override): larger type, taller dates
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()

    def label_boxes(self, geometry=None) -> list[tuple[QRectF, str]]:
        """Where each date under the strip is drawn: its box (as wide and high as its text) and text."""
        return [(box, text) for _, box, text in self._label_boxes(geometry)]

    def _label_boxes(self, geometry=None) -> list[tuple[int, QRectF, str]]:
        """(day index, box, text) of each date; the end dates hang inwards, none past an edge."""
        groove, handle = geometry or self._geometry()
        metrics = QFontMetricsF(self.label_font())
        y = groove.center().y() + handle.height() / 2 + 2 + 3
        last = len(self.labels) - 1
        boxes = []
        for i, text in enumerate(self.labels):
            if not text:
                continue
            x = self.x_of(self.minimum() + i, (groove, handle))
            w = math.ceil(metrics.horizontalAdvance(text)) + 2
            left = x - 2 if i == 0 else x + 2 - w if i == last else x - w / 2
            left = max(0.0, min(left, self.width() - w))
            boxes.append((i, QRectF(left, y, w, math.ceil(metrics.height())), text))
        return boxes

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        geometry = self._geometry()
        groove, handle = geometry
        top = groove.center().y() - handle.height() / 2 - 2
        biggest = max(self.counts, default=0) or 1
        theme = theme_for(self.palette())  # read at each paint: a theme switch repaints the widget
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.strip_bar))
        for i, n in enumerate(self.counts):
            if n:
                h = 3 + (self.MARK_H - 3) * n / biggest
                x = self.x_of(self.minimum() + i, geometry)
                painter.drawRect(QRectF(x - 1.6, top - h, 3.2, h))
        painter.setFont(self.label_font())
        painter.setPen(QPen(QColor(theme.muted if theme.dark else "#444444")))
        for i, box, text in self._label_boxes(geometry):
            x = self.x_of(self.minimum() + i, geometry)
            painter.drawLine(QPointF(x, box.top() - 3), QPointF(x, box.top()))
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, text)
        painter.end()
        super().paintEvent(event)

    def mousePressEvent(self, event):  # noqa: N802
        groove, handle = self._geometry()
        if event.button() == Qt.MouseButton.LeftButton and not handle.contains(event.position().toPoint()):
            self.setValue(self.value_at(event.position().x()))  # jump, don't page-step
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, e):
        if e.type() == QEvent.Type.ToolTip and self.tips:
            i = self.value_at(e.pos().x()) - self.minimum()
            if 0 <= i < len(self.tips):
                QToolTip.showText(e.globalPos(), self.tips[i], self)
                return True
        return super().event(e)
