"""The map's legend: the same symbols as the map, beside it so it never hides the map."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from app.model.text_wrap import wrap_words
from app.views.common.display import relative_font
from app.views.common.retranslate import Retranslating
from app.views.common.theme import LIGHT, DrawingTheme, theme_for
from app.views.common.wording import term


def draw_glyph(painter: QPainter, key: str, c: QPointF, theme: DrawingTheme = LIGHT) -> None:
    """The legend's symbol for ``key``, centred on ``c`` (pixels), as the map draws it in ``theme``."""
    r = 5.5
    ink, side_color = theme.color("ink"), theme.side
    if key in ("exact", "approximate"):
        painter.setPen(QPen(ink, 1.4))
        painter.setBrush(ink if key == "exact" else theme.color("hollow"))
        painter.drawPolygon(QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0.75 * r), c + QPointF(-r, 0.75 * r)]))
    elif key in ("USSR", "Japan", "contested", "norecord"):
        color = theme.color("no_record") if key == "norecord" else QColor(side_color(key))
        painter.setPen(QPen(ink, 0.8))
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(c.x() - 9, c.y() - 5, 18, 10), 3, 3)
    elif key in ("arrow", "air", "japan_arrow"):
        color = QColor(side_color("Japan" if key == "japan_arrow" else "USSR"))
        painter.setPen(QPen(color, 2.4, Qt.PenStyle.DashLine if key == "air" else Qt.PenStyle.SolidLine))
        painter.drawLine(c + QPointF(-11, 0), c + QPointF(5, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([c + QPointF(11, 0), c + QPointF(3, -4.5), c + QPointF(3, 4.5)]))
    elif key == "ring":
        painter.setPen(QPen(QColor(side_color("USSR")), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, 6, 6)
    elif key in ("soviet", "japanese"):
        side = "USSR" if key == "soviet" else "Japan"
        painter.setPen(QPen(QColor(side_color(side)), 2,
                            Qt.PenStyle.DashLine if key == "soviet" else Qt.PenStyle.DashDotLine))
        painter.drawLine(c + QPointF(-11, 0), c + QPointF(11, 0))
    elif key == "disputed":
        painter.setPen(QPen(QColor("#999999"), 0.8))
        painter.setBrush(QBrush(theme.color("disputed") if theme.dark else QColor(120, 120, 120, 160),
                                Qt.BrushStyle.BDiagPattern))
        painter.drawRect(QRectF(c.x() - 9, c.y() - 6, 18, 12))


class MapLegend(Retranslating, QWidget):
    """The map's key, beside the map so it never hides part of it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mapLegend")
        relative_font(self, 0.85)
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Schematic map")
        self.subtitle = self.tr("shapes and ≈ positions not surveyed")
        self.entries = self.legend_entries()
        self.setAccessibleName(self.tr("Map legend"))
        self.setAccessibleDescription("; ".join(text for _, text in self.entries))
        self.updateGeometry()
        self.update()

    def legend_entries(self) -> list[tuple[str, str]]:
        """(glyph key, text) pairs of the legend, in order."""
        return [
            ("exact", self.tr("hill, coordinates from the seed")),
            ("approximate", self.tr("≈ position approximate")),
            ("USSR", self.tr("held by the USSR")),
            ("Japan", self.tr("held by Japan")),
            ("contested", term("side", "contested")),
            ("norecord", self.tr("no record for the day")),
            ("arrow", self.tr("Soviet move")),
            ("japan_arrow", self.tr("Japanese move")),
            ("air", term("kind", "air_strike")),
            ("ring", self.tr("move, direction not given")),
            ("soviet", self.tr("Soviet claim: ridge line")),
            ("japanese", self.tr("Japanese claim: lake shore")),
            ("disputed", self.tr("between the two claims")),
        ]

    def _row(self) -> float:
        return QFontMetricsF(self.font()).height() + 3

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _natural_width(self) -> float:
        """The width that shows every line whole, without wrapping."""
        fm, bold = QFontMetricsF(self.font()), QFontMetricsF(self._bold())
        return max([fm.horizontalAdvance(t) + TEXT_X + MARGIN for _, t in self.entries]
                   + [fm.horizontalAdvance(self.subtitle) + 2 * MARGIN, bold.horizontalAdvance(self.title) + 2 * MARGIN])

    def _layout(self, width: float) -> tuple[list[tuple[QRectF, str, str]], list[tuple[str, QPointF]], float]:
        """The legend laid out in ``width``: its lines (rectangle, text, role), each entry's glyph
        centre and the height it all takes. A text too long for the width wraps between words."""
        fm, bold = QFontMetricsF(self.font()), QFontMetricsF(self._bold())
        row = self._row()
        lines: list[tuple[QRectF, str, str]] = []
        glyphs: list[tuple[str, QPointF]] = []
        y = 4.0
        for text, metrics, role in ((self.title, bold, "title"), (self.subtitle, fm, "subtitle")):
            for part in wrap_words(text, width - 2 * MARGIN, metrics.horizontalAdvance):
                lines.append((QRectF(MARGIN, y, width - 2 * MARGIN, row), part, role))
                y += row
        y += 4
        for key, text in self.entries:
            glyphs.append((key, QPointF(16, y + row / 2)))
            for part in wrap_words(text, width - TEXT_X - MARGIN, fm.horizontalAdvance):
                lines.append((QRectF(TEXT_X, y, width - TEXT_X - MARGIN, row), part, "entry"))
                y += row
        return lines, glyphs, y + 8

    def lines(self, width: float) -> list[tuple[QRectF, str, bool]]:
        """The lines drawn at ``width``: (rectangle, text, bold), in reading order."""
        return [(rect, text, role == "title") for rect, text, role in self._layout(width)[0]]

    def sizeHint(self):  # noqa: N802
        # Every line whole where the page has room; on a narrow page (the kiosk's large type on a
        # small screen) no wider than 17 lines' height: the longer lines wrap.
        fm = QFontMetricsF(self.font())
        width = math.ceil(min(self._natural_width(), max(230.0, 17 * fm.height())))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self):  # noqa: N802 (narrower, it would wrap into more height than the map has)
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return math.ceil(self._layout(width)[2])

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)  # its lines at the width it got, never cut at the bottom

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lines, glyphs, _ = self._layout(self.width())
        # Its own panel in the map's colours (read at each paint: a theme switch repaints it), so
        # the glyphs look as on the map: white on black in high contrast, dark ink on white otherwise.
        theme = theme_for(self.palette())
        ink = theme.color("ink")
        painter.fillRect(self.rect(), theme.color("background"))
        painter.setPen(QPen(ink if theme.dark else QColor("#bbbbbb"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        muted = theme.color("muted") if theme.dark else QColor("#444444")  # 12.6:1 on black, 9.7:1 on white
        for rect, text, role in lines:
            painter.setFont(self._bold() if role == "title" else self.font())
            painter.setPen(muted if role == "subtitle" else ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
        for key, centre in glyphs:
            draw_glyph(painter, key, centre, theme)
        painter.end()


MARGIN = 4  # pixels between the legend's frame and its text
TEXT_X = 32  # where an entry's text starts, right of its glyph
