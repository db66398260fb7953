"""The day map's static layers: disputed strip, river, islands, lake, both claims, regions;
its scale bar and north arrow, drawn over it in pixels; and where the places' labels go.

Drawn once per dataset and language by :meth:`DayMap.set_schematic`; the shapes come
from :mod:`app.model.schematic`. Strings keep DayMap's translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene

from app.model.formats import format_number
from app.model.label_placement import Box, Placed, PointLabel, place_labels
from app.model.schematic import Point, Schematic
from app.views.common.theme import LIGHT, DrawingTheme
from app.views.days.map_items import LabelItem, PlaceItem, qpoint
from app.views.days.text import DayText, tooltip_html

#: Called as translate("DayMap", "literal") so that lupdate extracts the string under
#: the map's context (it does not see through a wrapper).
translate = QCoreApplication.translate


def draw_static(scene: QGraphicsScene, s: Schematic, text: DayText, lang: str, theme: DrawingTheme = LIGHT) -> None:
    """Add every static layer of ``s`` to ``scene`` (z-order: regions under all, labels over)."""
    italic = QFont()
    italic.setItalic(True)
    if s.disputed:
        _draw_disputed(scene, s.disputed, theme)
    if s.river:
        _draw_river(scene, s, text, lang, italic, theme)
    for x, y, rx, ry in s.islands:
        scene.addEllipse(QRectF(x - rx, -y - ry, 2 * rx, 2 * ry), QPen(theme.color("island_edge")),
                         QBrush(theme.color("island_fill"))).setZValue(3)
    if s.lake:
        _draw_lake(scene, s, text, lang, italic, theme)
    for line, side, label in ((s.soviet_claim, "USSR", translate("DayMap", "Soviet claim (schematic)")),
                              (s.japanese_claim, "Japan", translate("DayMap", "Japanese claim (schematic)"))):
        if line:
            _draw_claim(scene, line, side, label, italic, theme)
    _draw_regions(scene, s, text, theme)


def _polyline(points: tuple[Point, ...]) -> QPainterPath:
    path = QPainterPath(qpoint(points[0]))
    for p in points[1:]:
        path.lineTo(qpoint(p))
    return path


def _draw_disputed(scene: QGraphicsScene, disputed: tuple[Point, ...], theme: DrawingTheme) -> None:
    brush = QBrush(theme.color("disputed"), Qt.BrushStyle.BDiagPattern)
    brush.setTransform(brush.transform().scale(1, 1))
    item = scene.addPolygon(QPolygonF([qpoint(p) for p in disputed]), QPen(Qt.PenStyle.NoPen), brush)
    item.setZValue(1)
    item.setToolTip(tooltip_html(translate(
        "DayMap", "Between the two claimed lines (schematic): Zaozernaya and Bezymyannaya lie here.")))


def _draw_river(scene: QGraphicsScene, s: Schematic, text: DayText, lang: str, italic: QFont,
                theme: DrawingTheme) -> None:
    pen = QPen(theme.color("river"), 9)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    scene.addPath(_polyline(s.river), pen).setZValue(2)
    tumen = s.places.get("tumen-river")
    if tumen is not None:
        label = LabelItem(f"≈ {tumen.name(lang)}", font=italic, color=theme.color("water_text"), anchor="right",
                          theme=theme)
        label.setPos(qpoint((tumen.x - 180, tumen.y - 300)))
        label.setToolTip(tooltip_html(text.place_details(tumen, lang)
                                      + "\n\n" + translate("DayMap", "Course drawn schematically.")))
        label.setZValue(15)
        scene.addItem(label)


def _draw_lake(scene: QGraphicsScene, s: Schematic, text: DayText, lang: str, italic: QFont,
               theme: DrawingTheme) -> None:
    pen = QPen(theme.color("water_edge"), 1.5)
    pen.setCosmetic(True)
    lake = scene.addPolygon(QPolygonF([qpoint(p) for p in s.lake]), pen, QBrush(theme.color("water")))
    lake.setZValue(4)
    place = s.places.get("lake-khasan")
    if place is not None:
        lake.setToolTip(tooltip_html(text.place_details(place, lang)
                                     + "\n\n" + translate("DayMap", "Outline drawn schematically.")))
        label = LabelItem(f"≈ {place.name(lang)}", font=italic, color=theme.color("water_text"), anchor="center",
                          halo=False, theme=theme)
        label.setPos(qpoint((place.x, place.y - 250)))
        label.setZValue(5)
        scene.addItem(label)


def _draw_claim(scene: QGraphicsScene, line: tuple[Point, ...], side: str, text: str, italic: QFont,
                theme: DrawingTheme) -> None:
    soviet = side == "USSR"
    pen = QPen(QColor(theme.side(side)), 2.2, Qt.PenStyle.DashLine if soviet else Qt.PenStyle.DashDotLine)
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
    label = LabelItem(text, font=italic, color=QColor(theme.side(side)), anchor="right" if soviet else "left",
                      theme=theme)
    label.setPos(qpoint((a[0] + (b[0] - a[0]) * t + (-150 if soviet else 150), a[1] + (b[1] - a[1]) * t)))
    label.setZValue(16)
    scene.addItem(label)


def _draw_regions(scene: QGraphicsScene, s: Schematic, text: DayText, theme: DrawingTheme) -> None:
    big = QFont()
    big.setPointSizeF(big.pointSizeF() * 1.3)
    big.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    for key, x, y in s.regions:
        label = LabelItem(text.region(key).upper(), font=big, color=theme.color("region"), anchor="center",
                          halo=False, theme=theme)
        label.setPos(qpoint((x, y)))
        label.setZValue(0.5)
        scene.addItem(label)


# ---------------------------------------------------------------------- over the map, in pixels
def panel_color(theme: DrawingTheme) -> QColor:
    """The ground of the scale bar and the north arrow: the map's own, nearly opaque."""
    return QColor(0, 0, 0, 215) if theme.dark else QColor(255, 255, 255, 215)


def _scale_length(mpp: float) -> int:
    target = 120 * mpp
    return next((m for m in (100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000) if m >= target * 0.6), 10000)


def scale_bar_rect(w: int, h: int, fm: QFontMetricsF, mpp: float) -> QRectF:
    """The scale bar's panel in the bottom-right corner (``mpp``: metres per pixel)."""
    px = _scale_length(mpp) / mpp
    x0, y = w - 16 - px, h - 18
    return QRectF(x0 - 8, y - fm.height() - 10, px + 16, fm.height() + 18)


def north_rect(w: int) -> QRectF:
    """The north arrow's circle and its letter in the top-right corner."""
    return QRectF(w - 50, 14, 40, 60)


def draw_scale_bar(painter: QPainter, w: int, h: int, fm: QFontMetricsF, mpp: float, lang: str,
                   theme: DrawingTheme) -> None:
    """A scale bar of a round length in the bottom-right corner (``mpp``: metres per pixel)."""
    length = _scale_length(mpp)
    px = length / mpp
    x1, y = w - 16, h - 18
    x0 = x1 - px
    label = translate("DayMap", "{n} km").format(n=format_number(length / 1000, lang)) if length >= 1000 else \
        translate("DayMap", "{n} m").format(n=format_number(length, lang))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(panel_color(theme))
    painter.drawRoundedRect(scale_bar_rect(w, h, fm, mpp), 4, 4)
    painter.setPen(QPen(theme.color("ink"), 2))
    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    painter.drawLine(QPointF(x0, y - 5), QPointF(x0, y + 3))
    painter.drawLine(QPointF(x1, y - 5), QPointF(x1, y + 3))
    painter.drawText(QRectF(x0, y - fm.height() - 6, px, fm.height()), Qt.AlignmentFlag.AlignCenter, label)


def draw_north(painter: QPainter, w: int, theme: DrawingTheme) -> None:
    """A north arrow in a circle in the top-right corner."""
    cx, top = w - 30, 14
    ink = theme.color("ink")
    painter.setPen(QPen(ink, 1.2))
    painter.setBrush(panel_color(theme))
    painter.drawEllipse(QPointF(cx, top + 24), 18, 18)
    painter.setBrush(ink)
    painter.drawPolygon(QPolygonF([QPointF(cx, top + 8), QPointF(cx + 7, top + 34), QPointF(cx, top + 28),
                                   QPointF(cx - 7, top + 34)]))
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(cx - 20, top + 42, 40, 16), Qt.AlignmentFlag.AlignCenter, translate("DayMap", "N"))


def overlay_font() -> QFont:
    """The type of the scale bar and the north arrow."""
    font = QFont()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    return font


# ---------------------------------------------------------------------- the places' labels
MAJOR_KINDS = ("hill", "settlement", "city")  # their names always show; other places' give way where crowded


def label_priority(item: PlaceItem) -> int:
    """Surveyed hills are labelled first, then approximate hills, then other places."""
    return 0 if item.place.kind == "hill" and item.place.exact else 1 if item.place.kind == "hill" else 2


def _box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def lay_out_labels(view) -> dict[str, Placed]:
    """Put each place's label (name and holder badge) of the ``DayMap`` ``view`` at a free
    position round its marker, in viewport pixels: clear of the other labels, the markers,
    the north arrow, the scale bar and the note, inside the viewport. Run again whenever
    the scale, the viewport, the badges or the type change: labels keep their size in
    pixels (they ignore the view's transformation) while the markers sit in metres."""
    w, h = view.viewport().width(), view.viewport().height()
    overlays = [north_rect(w), scale_bar_rect(w, h, QFontMetricsF(overlay_font()), view.metres_per_pixel())]
    if not view.note.isHidden():
        overlays.append(QRectF(view.note.geometry()))
    to_viewport = view.viewportTransform()
    labels = []
    for key, item in view.place_items.items():
        at = to_viewport.map(item.pos())
        labels.append(PointLabel(key, (at.x(), at.y()), item.marker_radius(), item.label_sizes(),
                                 label_priority(item), optional=item.place.kind not in MAJOR_KINDS))
    bounds = QRectF(0, 0, w, h).adjusted(2, 2, -2, -2)
    placed = place_labels(labels, _box(bounds), [_box(r) for r in overlays], gap=PlaceItem.GAP)
    for key, item in view.place_items.items():
        where = placed.get(key)  # none: a minor place's name gave way (its marker and tooltip stay)
        item.set_label(where.position if where else None, where.form if where else 0)
    return placed


def around(points: list[QPointF], least: float) -> QRectF:
    """The scene rectangle round ``points`` with 1.5 km to spare, at least ``least`` metres across."""
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    target = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-1500, -1500, 1500, 1500)
    grow_x, grow_y = max(0.0, least - target.width()) / 2, max(0.0, least - target.height()) / 2
    return target.adjusted(-grow_x, -grow_y, grow_x, grow_y)
