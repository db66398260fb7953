"""The daily viewer's offline map: a QGraphicsScene drawn from the places table.

No tiles, no network. The lake, the river and both border claims are schematic shapes
from :mod:`app.model.schematic`; hills sit at their data coordinates, approximate ones
drawn hollow with '≈'. Each day sets the holder of every hill and shows that day's moves.
Scene units are metres; scene y points south (north is up).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsView, QWidget

from app.model.days import DayRecord, MoveLine
from app.model.schematic import MapPlace, Schematic
from app.views.day_text import DayText, tooltip_html
from app.views.palette import side_color

LAND = QColor("#f3f0e6")
WATER = QColor("#a9cfe8")
WATER_EDGE = QColor("#5b8fb9")
INK = QColor("#222222")
NO_RECORD = QColor("#bbbbbb")
MARKER_KINDS = ("hill", "settlement", "outpost", "other", "airfield", "city")


def qpoint(p) -> QPointF:
    """Model metres (y north) to scene coordinates (y south)."""
    return QPointF(p[0], -p[1])


def text_color_on(background: QColor) -> QColor:
    """Black or white text, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#000000") if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else QColor("#ffffff")


class Pickable:
    """An item with a tooltip and details shown when it is clicked."""

    details = ""

    def set_details(self, text: str) -> None:
        self.details = text
        self.setToolTip(tooltip_html(text))

    def mousePressEvent(self, event):  # noqa: N802 (Qt override)
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if isinstance(view, DayMap) and self.details:
            view.picked.emit(self.details)
        event.accept()


class LabelItem(QGraphicsItem):
    """Text in screen pixels (ignores zoom) on a pale halo so it reads over lines."""

    def __init__(self, text: str, parent=None, *, font: QFont | None = None, color: QColor = INK,
                 anchor: str = "left", halo: bool = True, offset: tuple[float, float] = (0.0, 0.0)):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._font = font or QFont()
        self._color = color
        self._anchor = anchor
        self._offset = offset  # pixels, so it holds at any zoom
        self._halo = halo
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.prepareGeometryChange()
        self._text = text
        fm = QFontMetricsF(self._font)
        lines = text.split("\n") or [""]
        w = max(fm.horizontalAdvance(s) for s in lines) + 6
        h = fm.height() * len(lines) + 2
        x = {"left": 0.0, "right": -w, "center": -w / 2, "below_right": -12.0, "below_left": -w + 12}[self._anchor]
        y = 0.0 if self._anchor.startswith("below") else -h / 2
        self._rect = QRectF(x + self._offset[0], y + self._offset[1], w, h)

    def text(self) -> str:
        return self._text

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._halo:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRoundedRect(self._rect, 3, 3)
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class PlaceItem(Pickable, QGraphicsItem):
    """A place marker with its name and, for places with control rows, the day's holder.

    Exact coordinates: filled marker. Approximate: hollow marker and '≈' before the name.
    """

    R = 7.0  # marker radius, pixels

    def __init__(self, place: MapPlace, name: str, label_left: bool):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(40)  # above arrows and their labels: the holder must always show
        self.place = place
        self.name = name if place.exact else f"≈ {name}"
        self.holder: str | None = None
        self.holder_text = ""
        self.has_control = False
        self.highlighted = False
        self._font = QFont()
        self._font.setBold(place.kind == "hill")
        self._badge_font = QFont()
        self._badge_font.setPointSizeF(max(6.0, self._badge_font.pointSizeF() * 0.85))
        self._left = label_left
        self.show_name = True
        self._layout()

    def set_show_name(self, on: bool) -> None:
        if on != self.show_name:
            self.show_name = on
            self.update()

    def _layout(self) -> None:
        self.prepareGeometryChange()
        fm, bm = QFontMetricsF(self._font), QFontMetricsF(self._badge_font)
        w = max(fm.horizontalAdvance(self.name), bm.horizontalAdvance(self.holder_text) + 10) + 8
        x = -w - 14 if self._left else 14
        self._name_rect = QRectF(x, -fm.height() + 2, w, fm.height())
        self._badge_rect = QRectF(x, 3, bm.horizontalAdvance(self.holder_text) + 10, bm.height() + 2)
        r = 2.4 * self.R
        self._rect = QRectF(-r, -r, 2 * r, 2 * r).united(self._name_rect).united(self._badge_rect).adjusted(-2, -2, 2, 2)

    def set_holder(self, holder: str | None, text: str, has_control: bool) -> None:
        self.holder, self.holder_text, self.has_control = holder, text, has_control
        self._layout()
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.R
        if self.has_control:  # halo in the holder's colour
            color = QColor(side_color(self.holder)) if self.holder else NO_RECORD
            halo = QColor(color)
            halo.setAlpha(110)
            painter.setPen(QPen(color, 2.5))
            painter.setBrush(halo)
            painter.drawEllipse(QPointF(0, 0), 2.2 * r, 2.2 * r)
        if self.highlighted:
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), 2.9 * r, 2.9 * r)
        painter.setPen(QPen(INK, 1.6))
        painter.setBrush(INK if self.place.exact else QColor("#ffffff"))
        if self.place.kind == "hill":
            painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0.75 * r), QPointF(-r, 0.75 * r)]))
        else:
            painter.drawRect(QRectF(-0.7 * r, -0.7 * r, 1.4 * r, 1.4 * r))
        if self.show_name:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRoundedRect(self._name_rect, 3, 3)
            painter.setFont(self._font)
            painter.setPen(INK)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if self._left else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(self._name_rect.adjusted(3, 0, -3, 0), align, self.name)
        if self.has_control:
            color = QColor(side_color(self.holder)) if self.holder else NO_RECORD
            badge = QRectF(self._badge_rect)
            if self._left:
                badge.moveRight(self._name_rect.right())
            painter.setBrush(color)
            painter.setPen(QPen(INK, 0.8))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setFont(self._badge_font)
            painter.setPen(text_color_on(color))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.holder_text)


class ArrowItem(Pickable, QGraphicsPathItem):
    """One move: a line with an arrowhead, in metres, in its side's colour.

    Air strikes are dashed. The hover area is a wide stroke, not the thin line itself.
    """

    HEAD_M = 170.0

    def __init__(self, start: QPointF, end: QPointF, side: str, kind: str, label: str, label_at: float = 0.0):
        super().__init__()
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(30)
        self.kind = kind
        color = QColor(side_color(side))
        pen = QPen(color, 3.2)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if kind == "air_strike":
            pen.setStyle(Qt.PenStyle.DashLine)
        elif kind == "withdrawal":
            pen.setStyle(Qt.PenStyle.DotLine)
        self.setPen(pen)
        dx, dy = end.x() - start.x(), end.y() - start.y()
        n = math.hypot(dx, dy) or 1.0
        ux, uy = dx / n, dy / n
        head = min(self.HEAD_M, 0.45 * n)
        base = QPointF(end.x() - ux * head, end.y() - uy * head)
        path = QPainterPath(start)
        path.lineTo(base)
        self.setPath(path)
        self.head = QGraphicsPathItem(self)
        tri = QPainterPath()
        tri.addPolygon(QPolygonF([end, QPointF(base.x() - uy * head * 0.55, base.y() + ux * head * 0.55),
                                  QPointF(base.x() + uy * head * 0.55, base.y() - ux * head * 0.55), end]))
        self.head.setPath(tri)
        self.head.setBrush(color)
        self.head.setPen(Qt.PenStyle.NoPen)
        self.start, self.end = start, end
        if label_at:  # halfway, above the line (its tail is a place with its own name)
            self.label = LabelItem(label, self, anchor="center", offset=(0.0, -30.0))
            self.label.setPos(QPointF(start.x() + dx * label_at, start.y() + dy * label_at))
        else:  # just behind the tail
            self.label = LabelItem(label, self, anchor="center")
            self.label.setPos(QPointF(start.x() - ux * 60, start.y() - uy * 60))
        self.label.setVisible(bool(label))
        stroker = QPainterPathStroker()
        stroker.setWidth(160.0)
        self._shape = stroker.createStroke(path)
        self._shape.addPath(tri)

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._shape.boundingRect()


class RingItem(Pickable, QGraphicsPathItem):
    """Moves onto a place whose origin the data does not give: a dashed ring, no arrow."""

    def __init__(self, centre: QPointF, side: str, kind: str, label: str, radius: float = 280.0,
                 near_edge: bool = False):
        super().__init__()
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(25)
        self.kind = kind
        path = QPainterPath()
        path.addEllipse(centre, radius, radius)
        self.setPath(path)
        pen = QPen(QColor(side_color(side)), 2.6, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        # Below the place's own name and holder badge (about 22 px under the marker),
        # running away from the map's edge.
        self.label = LabelItem(label, self, anchor="below_left" if near_edge else "below_right", offset=(0.0, 24.0))
        self.label.setPos(QPointF(centre.x(), centre.y()))
        stroker = QPainterPathStroker()
        stroker.setWidth(140.0)
        self._shape = stroker.createStroke(path)

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._shape.boundingRect()


class DayMap(QGraphicsView):
    """The schematic map; :meth:`show_day` updates holders and moves for one day."""

    picked = Signal(str)  # plain-text details of a clicked hill, arrow or ring

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dayMap")
        self.setAccessibleName(self.tr("Schematic map of the Lake Khasan area"))
        self.text = DayText(self)
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few items, many changes
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(LAND)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumSize(320, 220)
        self.schematic: Schematic | None = None
        self.lang = "en"
        self.place_items: dict[str, PlaceItem] = {}
        self.move_items: list[QGraphicsItem] = []
        self.drawn_moves: list[str] = []
        self._zoomed = False

    # ------------------------------------------------------------------ building
    def set_schematic(self, schematic: Schematic, lang: str, control_places: set[str], place_name) -> None:
        """Draw the static map once per dataset and language."""
        self.schematic, self.lang = schematic, lang
        self._place_name = place_name
        scene = self.scene()
        scene.clear()
        self.place_items.clear()
        self.move_items = []
        self.drawn_moves = []
        x0, y0, x1, y1 = schematic.extent
        rect = QRectF(x0, -y1, x1 - x0, y1 - y0)
        scene.setSceneRect(rect.adjusted(-3000, -3000, 3000, 3000))
        self._extent = rect
        if schematic.projection is None:
            scene.addItem(LabelItem(self.tr("No place in the data has coordinates."), anchor="center"))
            self._fit()
            return
        self._draw_static(schematic)
        for place in schematic.places.values():
            if place.kind not in MARKER_KINDS:
                continue
            # Names go right of the marker unless a neighbour or the map's edge is there.
            left = place.x > x1 - 1800 or place.x > x0 + 3500 and any(
                o.id != place.id and o.kind in MARKER_KINDS and 0 < o.x - place.x < 3000
                and abs(o.y - place.y) < 600 for o in schematic.places.values())
            item = PlaceItem(place, place.name(lang), label_left=left)
            item.setPos(qpoint((place.x, place.y)))
            item.set_details(self.text.place_details(place, lang))
            item.has_control = place.id in control_places
            scene.addItem(item)
            self.place_items[place.id] = item
        self._fit()

    def _draw_static(self, s: Schematic) -> None:
        scene = self.scene()
        italic = QFont()
        italic.setItalic(True)
        if s.disputed:
            brush = QBrush(QColor(120, 120, 120, 90), Qt.BrushStyle.BDiagPattern)
            brush.setTransform(brush.transform().scale(1, 1))
            item = scene.addPolygon(QPolygonF([qpoint(p) for p in s.disputed]), QPen(Qt.PenStyle.NoPen), brush)
            item.setZValue(1)
            item.setToolTip(tooltip_html(self.tr(
                "Between the two claimed lines (schematic): Zaozernaya and Bezymyannaya lie here.")))
        if s.river:
            path = QPainterPath(qpoint(s.river[0]))
            for p in s.river[1:]:
                path.lineTo(qpoint(p))
            pen = QPen(WATER, 9)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            scene.addPath(path, pen).setZValue(2)
            tumen = s.places.get("tumen-river")
            if tumen is not None:
                label = LabelItem(f"≈ {tumen.name(self.lang)}", font=italic, color=WATER_EDGE, anchor="right")
                label.setPos(qpoint((tumen.x - 180, tumen.y - 300)))
                label.setToolTip(tooltip_html(self.text.place_details(tumen, self.lang)
                                              + "\n\n" + self.tr("Course drawn schematically.")))
                label.setZValue(15)
                scene.addItem(label)
        for x, y, rx, ry in s.islands:
            scene.addEllipse(QRectF(x - rx, -y - ry, 2 * rx, 2 * ry), QPen(QColor("#c9b27c")),
                             QBrush(QColor("#e8d9a8"))).setZValue(3)
        if s.lake:
            pen = QPen(WATER_EDGE, 1.5)
            pen.setCosmetic(True)
            lake = scene.addPolygon(QPolygonF([qpoint(p) for p in s.lake]), pen, QBrush(WATER))
            lake.setZValue(4)
            place = s.places.get("lake-khasan")
            if place is not None:
                lake.setToolTip(tooltip_html(self.text.place_details(place, self.lang)
                                             + "\n\n" + self.tr("Outline drawn schematically.")))
                label = LabelItem(f"≈ {place.name(self.lang)}", font=italic, color=WATER_EDGE, anchor="center",
                                  halo=False)
                label.setPos(qpoint((place.x, place.y - 250)))
                label.setZValue(5)
                scene.addItem(label)
        for line, side, text in ((s.soviet_claim, "USSR", self.tr("Soviet claim (schematic)")),
                                 (s.japanese_claim, "Japan", self.tr("Japanese claim (schematic)"))):
            if not line:
                continue
            path = QPainterPath(qpoint(line[0]))
            for p in line[1:]:
                path.lineTo(qpoint(p))
            pen = QPen(QColor(side_color(side)), 2.2, Qt.PenStyle.DashLine if side == "USSR" else Qt.PenStyle.DashDotLine)
            pen.setCosmetic(True)
            item = scene.addPath(path, pen)
            item.setZValue(6)
            tip = (self.tr("Border as the USSR claimed it: the ridge line through the crests of Zaozernaya and "
                           "Bezymyannaya, per the 1886 Hunchun protocol map. Schematic.") if side == "USSR" else
                   self.tr("Border as Japan and Manchukuo claimed it: along the west shore of Lake Khasan, "
                           "putting the hills on the Manchukuo side. Schematic."))
            item.setToolTip(tooltip_html(tip))
            # Label the claims on their southern legs, clear of the hills and the arrows.
            # Soviet: on the southern leg; Japanese: on the northern leg, east of the hills.
            a, b = (line[-2], line[-1]) if side == "USSR" else (line[0], line[1])
            t = 0.45 if side == "USSR" else 0.75
            label = LabelItem(text, font=italic, color=QColor(side_color(side)),
                              anchor="right" if side == "USSR" else "left")
            label.setPos(qpoint((a[0] + (b[0] - a[0]) * t + (-150 if side == "USSR" else 150),
                                 a[1] + (b[1] - a[1]) * t)))
            label.setZValue(16)
            scene.addItem(label)
        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        for key, x, y in s.regions:
            label = LabelItem(self.text.region(key).upper(), font=big, color=QColor("#9a9384"), anchor="center",
                              halo=False)
            label.setPos(qpoint((x, y)))
            label.setZValue(0.5)
            scene.addItem(label)

    # ------------------------------------------------------------------ one day
    def show_day(self, record: DayRecord, selected_place: str = "") -> list[MoveLine]:
        """Holders and moves of one day. Returns the day's moves that could not be drawn."""
        for place_id, item in self.place_items.items():
            line = next((c for c in record.control if c.place_id == place_id), None)
            if item.has_control or line is not None:
                text = self.text.holder(line.holder if line else None)
                if line is not None and line.basis == "inferred":
                    text += " · " + self.text.basis("inferred")
                if line is not None and line.carried:
                    text += " · " + self.tr("as of {day}").format(day=self._short_day(line.row_date))
                item.set_holder(line.holder if line else None, text, True)
                details = self.text.place_details(item.place, self.lang)
                if line is not None:
                    details = self.text.control_details(line, self.lang) + "\n\n" + details
                item.set_details(details)
            item.set_highlighted(place_id == selected_place)
        scene = self.scene()
        for item in self.move_items:
            scene.removeItem(item)
        self.move_items = []
        self.drawn_moves = []
        if self.schematic is None or self.schematic.projection is None:
            return list(record.moves)
        off_map: list[MoveLine] = []
        rings: dict[str, list[MoveLine]] = {}
        arrows: dict[tuple, list[tuple[MoveLine, object]]] = {}
        for move in record.moves:
            path = self.schematic.move_path(move.from_direction, move.from_place_id, move.to_place_id)
            if path is None:
                off_map.append(move)
                continue
            self.drawn_moves.append(move.id)
            if path.start is None:
                rings.setdefault(move.to_place_id, []).append(move)
            else:
                arrows.setdefault((move.to_place_id, move.from_direction, move.from_place_id), []).append((move, path))
        for group in arrows.values():
            # Same origin and objective: offset sideways so every arrow shows; one label.
            label = "\n".join(self._move_caption(m, with_kind=False) for m, _ in group)
            for k, (move, path) in enumerate(group):
                start, end = qpoint(path.start), qpoint(path.end)
                if k:
                    dx, dy = end.x() - start.x(), end.y() - start.y()
                    n = math.hypot(dx, dy) or 1.0
                    shift = 170.0 * ((k + 1) // 2) * (1 if k % 2 else -1)
                    start += QPointF(-dy / n * shift, dx / n * shift)
                    end += QPointF(-dy / n * shift * 0.4, dx / n * shift * 0.4)
                item = ArrowItem(start, end, move.side, move.kind, label if k == 0 else "",
                                 label_at=0.5 if move.from_place_id in self.place_items else 0.0)
                item.set_details(self.text.move_details(move, self._place_name))
                scene.addItem(item)
                self.move_items.append(item)
        for place_id, moves in rings.items():
            centre = qpoint(self.schematic.point(place_id))
            lines = [self._move_caption(m, with_kind=True) for m in moves]
            place = self.schematic.places[place_id]
            item = RingItem(centre, moves[0].side, moves[0].kind, "\n".join(lines),
                            radius=420.0 if place.kind == "lake" else 280.0,
                            near_edge=place.x > self.schematic.extent[2] - 2500)
            item.set_details("\n\n".join(self.text.move_details(m, self._place_name) for m in moves))
            scene.addItem(item)
            self.move_items.append(item)
        return off_map

    def _short_day(self, day) -> str:
        return f"{day.day}.{day.month}." if self.lang == "fi" else f"{day.day} {day.strftime('%b')}"

    def _move_caption(self, move: MoveLine, with_kind: bool) -> str:
        who = move.unit_name or self.text.side(move.side)
        text = f"{move.time} {who}" if move.time else who
        return f"{text} ({self.text.move_kind(move.kind)})" if with_kind else text

    def highlight(self, place_id: str) -> None:
        """Ring the place of the selected event ('' for none)."""
        for pid, item in self.place_items.items():
            item.set_highlighted(pid == place_id)

    def holder_text(self, place_id: str) -> str:
        """The holder label shown on a place ('' if the place has none)."""
        item = self.place_items.get(place_id)
        return item.holder_text if item is not None and item.has_control else ""

    # ------------------------------------------------------------------ view
    def _fit(self) -> None:
        if getattr(self, "_extent", None) is not None:
            self.fitInView(self._extent, Qt.AspectRatioMode.KeepAspectRatio)
            self._zoomed = False
            self._update_detail()

    def _update_detail(self) -> None:
        """On a small map, names of minor places (not hills, not settlements) give way;
        their markers and tooltips stay."""
        crowded = self.metres_per_pixel() > 20
        for item in self.place_items.values():
            item.set_show_name(not (crowded and item.place.kind not in ("hill", "settlement", "city")))

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if not self._zoomed:
            self._fit()

    def wheelEvent(self, event):  # noqa: N802
        factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
        scale = self.transform().m11() * factor
        fit = min(self.viewport().width() / max(1.0, self._extent.width()),
                  self.viewport().height() / max(1.0, self._extent.height()))
        if fit * 0.8 <= scale <= fit * 8:
            self.scale(factor, factor)
            self._zoomed = True
            self._update_detail()

    def mouseDoubleClickEvent(self, event):  # noqa: N802
        self._fit()

    def metres_per_pixel(self) -> float:
        return 1.0 / max(1e-9, self.transform().m11())

    def drawForeground(self, painter: QPainter, rect) -> None:  # noqa: N802
        """Scale bar and north arrow, in viewport pixels over the scene."""
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.viewport().width(), self.viewport().height()
        font = QFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        fm = QFontMetricsF(font)
        self._draw_scale_bar(painter, w, h, fm)
        self._draw_north(painter, w)
        painter.restore()

    def _draw_scale_bar(self, painter: QPainter, w: int, h: int, fm: QFontMetricsF) -> None:
        mpp = self.metres_per_pixel()
        target = 120 * mpp
        length = next((m for m in (100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000) if m >= target * 0.6), 10000)
        px = length / mpp
        x1, y = w - 16, h - 18
        x0 = x1 - px
        label = self.tr("{n} km").format(n=f"{length / 1000:g}") if length >= 1000 else \
            self.tr("{n} m").format(n=length)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(QRectF(x0 - 8, y - fm.height() - 10, px + 16, fm.height() + 18), 4, 4)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        painter.drawLine(QPointF(x0, y - 5), QPointF(x0, y + 3))
        painter.drawLine(QPointF(x1, y - 5), QPointF(x1, y + 3))
        painter.drawText(QRectF(x0, y - fm.height() - 6, px, fm.height()), Qt.AlignmentFlag.AlignCenter, label)

    def _draw_north(self, painter: QPainter, w: int) -> None:
        cx, top = w - 30, 14
        painter.setPen(QPen(INK, 1.2))
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawEllipse(QPointF(cx, top + 24), 18, 18)
        painter.setBrush(INK)
        painter.drawPolygon(QPolygonF([QPointF(cx, top + 8), QPointF(cx + 7, top + 34), QPointF(cx, top + 28),
                                       QPointF(cx - 7, top + 34)]))
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(cx - 20, top + 42, 40, 16), Qt.AlignmentFlag.AlignCenter, self.tr("N"))


def draw_glyph(painter: QPainter, key: str, c: QPointF) -> None:
    """The legend's symbol for ``key``, centred on ``c`` (pixels)."""
    r = 5.5
    if key in ("exact", "approximate"):
        painter.setPen(QPen(INK, 1.4))
        painter.setBrush(INK if key == "exact" else QColor("#ffffff"))
        painter.drawPolygon(QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0.75 * r), c + QPointF(-r, 0.75 * r)]))
    elif key in ("USSR", "Japan", "contested", "norecord"):
        color = NO_RECORD if key == "norecord" else QColor(side_color(key))
        painter.setPen(QPen(INK, 0.8))
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
        painter.setBrush(QBrush(QColor(120, 120, 120, 160), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(QRectF(c.x() - 9, c.y() - 6, 18, 12))


class MapLegend(QWidget):
    """The map's key, beside the map so it never hides part of it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setAccessibleName(self.tr("Map legend"))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.setFont(font)
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Schematic map")
        self.subtitle = self.tr("shapes and ≈ positions not surveyed")
        self.entries = self.legend_entries()
        self.updateGeometry()
        self.update()

    def legend_entries(self) -> list[tuple[str, str]]:
        """(glyph key, text) pairs of the legend, in order."""
        return [
            ("exact", self.tr("hill, coordinates from the seed")),
            ("approximate", self.tr("≈ position approximate")),
            ("USSR", self.tr("held by the USSR")),
            ("Japan", self.tr("held by Japan")),
            ("contested", self.tr("contested")),
            ("norecord", self.tr("no record for the day")),
            ("arrow", self.tr("Soviet move")),
            ("japan_arrow", self.tr("Japanese move")),
            ("air", self.tr("air strike")),
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
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(QRectF(4, 4, w - 4, row), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(4, 4 + row, w - 4, row), Qt.AlignmentFlag.AlignVCenter, self.subtitle)
        for i, (key, text) in enumerate(self.entries):
            y = 8 + row * (i + 2)
            draw_glyph(painter, key, QPointF(16, y + row / 2))
            painter.setPen(INK)
            painter.drawText(QRectF(32, y, w - 34, row), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
