"""The day map's static layers: disputed strip, river, islands, lake, both claims, regions.

Drawn once per dataset and language by :meth:`DayMap.set_schematic`; the shapes come
from :mod:`app.model.schematic`. Strings keep DayMap's translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene

from app.model.schematic import Point, Schematic
from app.views.common.palette import side_color
from app.views.days.map_items import WATER, WATER_EDGE, LabelItem, qpoint
from app.views.days.text import DayText, tooltip_html

#: Called as translate("DayMap", "literal") so that lupdate extracts the string under
#: the map's context (it does not see through a wrapper).
translate = QCoreApplication.translate


def draw_static(scene: QGraphicsScene, s: Schematic, text: DayText, lang: str) -> None:
    """Add every static layer of ``s`` to ``scene`` (z-order: regions under all, labels over)."""
    italic = QFont()
    italic.setItalic(True)
    if s.disputed:
        _draw_disputed(scene, s.disputed)
    if s.river:
        _draw_river(scene, s, text, lang, italic)
    for x, y, rx, ry in s.islands:
        scene.addEllipse(QRectF(x - rx, -y - ry, 2 * rx, 2 * ry), QPen(QColor("#c9b27c")),
                         QBrush(QColor("#e8d9a8"))).setZValue(3)
    if s.lake:
        _draw_lake(scene, s, text, lang, italic)
    for line, side, label in ((s.soviet_claim, "USSR", translate("DayMap", "Soviet claim (schematic)")),
                              (s.japanese_claim, "Japan", translate("DayMap", "Japanese claim (schematic)"))):
        if line:
            _draw_claim(scene, line, side, label, italic)
    _draw_regions(scene, s, text)


def _polyline(points: tuple[Point, ...]) -> QPainterPath:
    path = QPainterPath(qpoint(points[0]))
    for p in points[1:]:
        path.lineTo(qpoint(p))
    return path


def _draw_disputed(scene: QGraphicsScene, disputed: tuple[Point, ...]) -> None:
    brush = QBrush(QColor(120, 120, 120, 90), Qt.BrushStyle.BDiagPattern)
    brush.setTransform(brush.transform().scale(1, 1))
    item = scene.addPolygon(QPolygonF([qpoint(p) for p in disputed]), QPen(Qt.PenStyle.NoPen), brush)
    item.setZValue(1)
    item.setToolTip(tooltip_html(translate(
        "DayMap", "Between the two claimed lines (schematic): Zaozernaya and Bezymyannaya lie here.")))


def _draw_river(scene: QGraphicsScene, s: Schematic, text: DayText, lang: str, italic: QFont) -> None:
    pen = QPen(WATER, 9)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    scene.addPath(_polyline(s.river), pen).setZValue(2)
    tumen = s.places.get("tumen-river")
    if tumen is not None:
        label = LabelItem(f"≈ {tumen.name(lang)}", font=italic, color=WATER_EDGE, anchor="right")
        label.setPos(qpoint((tumen.x - 180, tumen.y - 300)))
        label.setToolTip(tooltip_html(text.place_details(tumen, lang)
                                      + "\n\n" + translate("DayMap", "Course drawn schematically.")))
        label.setZValue(15)
        scene.addItem(label)


def _draw_lake(scene: QGraphicsScene, s: Schematic, text: DayText, lang: str, italic: QFont) -> None:
    pen = QPen(WATER_EDGE, 1.5)
    pen.setCosmetic(True)
    lake = scene.addPolygon(QPolygonF([qpoint(p) for p in s.lake]), pen, QBrush(WATER))
    lake.setZValue(4)
    place = s.places.get("lake-khasan")
    if place is not None:
        lake.setToolTip(tooltip_html(text.place_details(place, lang)
                                     + "\n\n" + translate("DayMap", "Outline drawn schematically.")))
        label = LabelItem(f"≈ {place.name(lang)}", font=italic, color=WATER_EDGE, anchor="center", halo=False)
        label.setPos(qpoint((place.x, place.y - 250)))
        label.setZValue(5)
        scene.addItem(label)


def _draw_claim(scene: QGraphicsScene, line: tuple[Point, ...], side: str, text: str, italic: QFont) -> None:
    soviet = side == "USSR"
    pen = QPen(QColor(side_color(side)), 2.2, Qt.PenStyle.DashLine if soviet else Qt.PenStyle.DashDotLine)
    pen.setCosmetic(True)
    item = scene.addPath(_polyline(line), pen)
    item.setZValue(6)
    tip = (translate("DayMap", "Border as the USSR claimed it: the ridge line through the crests of Zaozernaya and "
                               "Bezymyannaya, per the 1886 Hunchun protocol map. Schematic.") if soviet else
           translate("DayMap", "Border as Japan and Manchukuo claimed it: along the west shore of Lake Khasan, "
                               "putting the hills on the Manchukuo side. Schematic."))
    item.setToolTip(tooltip_html(tip))
    # Label the claims clear of the hills and the arrows: the Soviet one on its
    # southern leg, the Japanese one on its northern leg, east of the hills.
    a, b = (line[-2], line[-1]) if soviet else (line[0], line[1])
    t = 0.45 if soviet else 0.75
    label = LabelItem(text, font=italic, color=QColor(side_color(side)), anchor="right" if soviet else "left")
    label.setPos(qpoint((a[0] + (b[0] - a[0]) * t + (-150 if soviet else 150), a[1] + (b[1] - a[1]) * t)))
    label.setZValue(16)
    scene.addItem(label)


def _draw_regions(scene: QGraphicsScene, s: Schematic, text: DayText) -> None:
    big = QFont()
    big.setPointSizeF(big.pointSizeF() * 1.3)
    big.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    for key, x, y in s.regions:
        label = LabelItem(text.region(key).upper(), font=big, color=QColor("#9a9384"), anchor="center", halo=False)
        label.setPos(qpoint((x, y)))
        label.setZValue(0.5)
        scene.addItem(label)
