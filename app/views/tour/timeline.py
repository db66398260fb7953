"""The tour's small timeline: 1934–1939 on one line, the battle marked, the chapter's period on it.

Not interactive (the chapter buttons move through the tour); what it shows is also its
accessible description, so a screen reader hears the period in words.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.model.formats import format_year
from app.views.common.retranslate import Retranslating

START, END = date(1934, 1, 1), date(1939, 12, 31)
#: The battle at Lake Khasan: the attack on Bezymyannaya early on 29 July 1938 (seed l.44, l.211)
#: to the end of hostilities on 11 August 1938 (seed l.240).
BATTLE = (date(1938, 7, 29), date(1938, 8, 11))
CHAPTER_COLOR = QColor("#E69F00")  # Okabe–Ito orange: the chapter (the label says it in words too)
BATTLE_COLOR = QColor("#555555")
AXIS_COLOR = QColor("#d8d8d8")
MIN_MARK_PX = 6.0  # a day on a six-year line is a fraction of a pixel: marks stay visible


def fraction(day: date) -> float:
    """Where ``day`` lies on the line, 0 (1 Jan 1934) to 1 (31 Dec 1939), clamped."""
    span = (END - START).days
    return max(0.0, min(1.0, (day - START).days / span))


class PeriodTimeline(Retranslating, QWidget):
    """1934–1939 with the battle's fortnight and the chapter's period marked; ``set_period``
    takes the chapter's first and last day (None: no period) and its period in words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tourTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.period: tuple[date, date] | None = None
        self.period_text = ""
        self.battle_text = ""
        self._update_height()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timeline 1934–1939"))
        self.battle_text = self.tr("Battle at Lake Khasan, 29 Jul – 11 Aug 1938")
        self._describe()

    def set_period(self, start: date | None, end: date | None, text: str) -> None:
        """The chapter's period (either end may be missing; both missing: none)."""
        start, end = start or end, end or start
        self.period = (min(start, end), max(start, end)) if start is not None else None
        self.period_text = text
        self._describe()
        self.update()

    def _describe(self) -> None:
        parts = [self.battle_text]
        if self.period_text:
            parts.insert(0, self.tr("This chapter: {period}").format(period=self.period_text))
        self.setAccessibleDescription(". ".join(parts))
        self.setToolTip("\n".join(parts))

    def _update_height(self) -> None:
        line = QFontMetricsF(self.font()).height()
        self.setFixedHeight(int(4 * line + 22))

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._update_height()

    # ------------------------------------------------------------------ drawing
    def _x(self, day: date, left: float, width: float) -> float:
        return left + fraction(day) * width

    def paintEvent(self, _event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetricsF(self.font())
        line = fm.height()
        left, width = 8.0, max(10.0, self.width() - 16.0)
        axis_y = line + 10  # below the battle's label
        text = self.palette().windowText().color()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        painter.setFont(small)
        # The battle's label above its band, kept inside the widget.
        b0, b1 = self._x(BATTLE[0], left, width), self._x(BATTLE[1], left, width)
        self._label(painter, QFontMetricsF(small), (b0 + b1) / 2, 0, line, self.battle_text, text, left, width)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(AXIS_COLOR)
        painter.drawRoundedRect(QRectF(left, axis_y, width, 10), 4, 4)
        self._years(painter, QFontMetricsF(small), left, width, axis_y, text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BATTLE_COLOR)
        painter.drawRect(self._mark(b0, b1, axis_y - 3, 16))
        if self.period is not None:
            self._chapter(painter, fm, left, width, axis_y, line, text)
        painter.end()

    def _mark(self, x0: float, x1: float, y: float, h: float) -> QRectF:
        if x1 - x0 < MIN_MARK_PX:
            mid = (x0 + x1) / 2
            x0, x1 = mid - MIN_MARK_PX / 2, mid + MIN_MARK_PX / 2
        return QRectF(x0, y, x1 - x0, h)

    def _years(self, painter: QPainter, fm: QFontMetricsF, left: float, width: float, axis_y: float,
               color: QColor) -> None:
        painter.setPen(QPen(color, 1))
        for year in range(START.year, END.year + 2):
            x = self._x(date(year, 1, 1), left, width) if year <= END.year else left + width
            painter.drawLine(QPointF(x, axis_y - 2), QPointF(x, axis_y + 14))
            if year <= END.year:  # the year's name in its own span
                mid = (x + self._x(date(year, 12, 31), left, width)) / 2
                label = format_year(year)
                painter.drawText(QPointF(mid - fm.horizontalAdvance(label) / 2, axis_y + 16 + fm.ascent()), label)

    def _chapter(self, painter: QPainter, fm: QFontMetricsF, left: float, width: float, axis_y: float,
                 line: float, color: QColor) -> None:
        start, end = self.period
        x0, x1 = self._x(start, left, width), self._x(end, left, width)
        mark = self._mark(x0, x1, axis_y - 6, 22)
        painter.setPen(QPen(QColor("#000000"), 1.5))
        painter.setBrush(CHAPTER_COLOR)
        painter.drawRect(mark)
        mid = mark.center().x()
        outside = start > END or end < START
        if outside:  # e.g. an aftermath long after 1939: an arrow at the edge points there
            tip = left + width if start > END else left
            back = -10 if start > END else 10
            painter.drawPolygon(QPolygonF([QPointF(tip, axis_y + 5), QPointF(tip + back, axis_y - 3),
                                           QPointF(tip + back, axis_y + 13)]))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        self._label(painter, QFontMetricsF(bold), mid, axis_y + 20 + line, line, self.period_text, color, left, width)

    def _label(self, painter: QPainter, fm: QFontMetricsF, centre: float, top: float, line: float, text: str,
               color: QColor, left: float, width: float) -> None:
        """A label centred on ``centre`` but kept inside the line's ends, on a halo of the background."""
        w = fm.horizontalAdvance(text) + 8
        x = max(left, min(left + width - w, centre - w / 2))
        rect = QRectF(x, top, w, line)
        halo = QColor(self.palette().window().color())
        halo.setAlpha(220)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
