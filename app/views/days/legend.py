"""The map's legend: the same symbols as the map, beside it so it never hides the map."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

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

    def sizeHint(self):  # noqa: N802
        fm = QFontMetricsF(self.font())
        width = max([fm.horizontalAdvance(t) for _, t in self.entries] + [fm.horizontalAdvance(self.subtitle)]) + 40
        return QSize(int(min(width, 230)), int(self._row() * (len(self.entries) + 2) + 12))

    def minimumSizeHint(self):  # noqa: N802
        return QSize(150, self.sizeHint().height())

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = self._row()
        w = self.width()
        # Its own panel in the map's colours (read at each paint: a theme switch repaints it), so
        # the glyphs look as on the map: white on black in high contrast, dark ink on white otherwise.
        theme = theme_for(self.palette())
        ink = theme.color("ink")
        painter.fillRect(self.rect(), theme.color("background"))
        painter.setPen(QPen(ink if theme.dark else QColor("#bbbbbb"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(QRectF(4, 4, w - 4, row), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        painter.setPen(theme.color("muted") if theme.dark else QColor("#444444"))  # 12.6:1 on black, 9.7:1 on white
        painter.drawText(QRectF(4, 4 + row, w - 4, row), Qt.AlignmentFlag.AlignVCenter, self.subtitle)
        for i, (key, text) in enumerate(self.entries):
            y = 8 + row * (i + 2)
            draw_glyph(painter, key, QPointF(16, y + row / 2), theme)
            painter.setPen(ink)
            painter.drawText(QRectF(32, y, w - 34, row), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
