"""Graphics items of the daily viewer's map: labels, places, arrows and rings.

Scene units are metres with y pointing south; labels and place markers ignore the view's
zoom (ItemIgnoresTransformations) so text stays readable at any scale.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from app.model.label_placement import candidate_box, shorter_forms
from app.model.schematic import MapPlace
from app.views.common.theme import LIGHT, DrawingTheme, text_on
from app.views.days.text import tooltip_html

# The light theme's colours (paper, and callers that draw beside the map); items take a theme.
LAND = LIGHT.color("land")
WATER = LIGHT.color("water")
WATER_EDGE = LIGHT.color("water_edge")
INK = LIGHT.color("ink")
NO_RECORD = LIGHT.color("no_record")
FOCUS = QColor("#E69F00")  # the tour chapter's places (Okabe–Ito orange, as the tour's marks)
MARKER_KINDS = ("hill", "settlement", "outpost", "other", "airfield", "city")


def qpoint(p) -> QPointF:
    """Model metres (y north) to scene coordinates (y south)."""
    return QPointF(p[0], -p[1])


class Pickable:
    """An item with a tooltip and details shown when it is clicked."""

    details = ""

    def set_details(self, text: str) -> None:
        self.details = text
        self.setToolTip(tooltip_html(text))

    def mousePressEvent(self, event):  # noqa: N802 (Qt override)
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if view is not None and hasattr(view, "picked") and self.details:
            view.picked.emit(self.details)
        event.accept()


class LabelItem(QGraphicsItem):
    """Text in screen pixels (ignores zoom) on a halo of the map's ground so it reads over lines."""

    def __init__(self, text: str, parent=None, *, font: QFont | None = None, color: QColor | None = None,
                 anchor: str = "left", halo: bool = True, offset: tuple[float, float] = (0.0, 0.0),
                 theme: DrawingTheme = LIGHT):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._font = font or QFont()
        self.theme = theme
        self._color = color if color is not None else theme.color("ink")
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
            painter.setBrush(self.theme.color("halo"))
            painter.drawRoundedRect(self._rect, 3, 3)
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class PlaceItem(Pickable, QGraphicsItem):
    """A place marker with its name and, for places with control rows, the day's holder.

    Exact coordinates: filled marker. Approximate: hollow marker and '≈' before the name.
    The name and the holder badge under it make one label box, which the map puts at one
    of the candidate positions round the marker (:mod:`app.model.label_placement`), in a
    shorter form of the name where the map is crowded (the whole name stays in ``name``).
    """

    R = 7.0  # marker radius, pixels
    GAP = 2.0  # between the marker's circle and its label, pixels

    def __init__(self, place: MapPlace, name: str, label_left: bool = False, theme: DrawingTheme = LIGHT):
        super().__init__()
        self.theme = theme
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(40)  # above arrows and their labels: the holder must always show
        self.place = place
        self.name = name if place.exact else f"≈ {name}"
        self.forms = shorter_forms(self.name)  # the whole name, then shorter ones for a crowded map
        self.holder: str | None = None
        self.holder_text = ""
        self.holder_short = ""  # the badge's shorter form: the holder without basis and date
        self._badge_text = ""
        self.has_control = False
        self.highlighted = False
        self.focused = False  # one of a tour chapter's places
        self._font = QFont()
        self._font.setBold(place.kind == "hill")
        self._badge_font = QFont()
        self._badge_font.setPointSizeF(max(6.0, self._badge_font.pointSizeF() * 0.85))
        self.position: str | None = "left" if label_left else "right"
        self.form = 0  # which of label_sizes()
        self.show_name = True
        self._layout()

    def set_show_name(self, on: bool) -> None:
        if on != self.show_name:
            self.show_name = on
            self._layout()
            self.update()

    @property
    def shown_name(self) -> str:
        """The name as the map shows it (a shorter form where the map is crowded)."""
        variants = self._variants()
        return variants[self.form][0] if self.form < len(variants) else self.name

    def marker_radius(self) -> float:
        """The circle the marker and its holder halo take, pixels (labels keep off it)."""
        return 2.2 * self.R + 1.5 if self.has_control else self.R + 1.0

    def _rows(self, name: str, badge_text: str) -> tuple[QSizeF, QSizeF]:
        """Sizes of the name's row and the badge's (empty when not shown)."""
        fm, bm = QFontMetricsF(self._font), QFontMetricsF(self._badge_font)
        name_size = QSizeF(fm.horizontalAdvance(name) + 8, fm.height()) if self.show_name else QSizeF()
        badge = QSizeF(bm.horizontalAdvance(badge_text) + 10, bm.height() + 2) if self.has_control else QSizeF()
        return name_size, badge

    def _variants(self) -> list[tuple[str, bool, str]]:
        """The label's forms, most wanted first: each form of the name with the whole badge under
        it, then beside it (one row: lower, wider); then the same with the badge's holder alone
        (its basis and date stay in the tooltip, details and text alternative); () when nothing
        shows beside the marker."""
        badges = [self.holder_text] + ([self.holder_short] if self.holder_short not in ("", self.holder_text) else [])
        if not self.show_name:
            return [("", False, badge) for badge in badges] if self.has_control else []
        rows = (False, True) if self.has_control else (False,)
        return [(name, row, badge) for badge in badges for name in self.forms for row in rows]

    def _size(self, name: str, one_row: bool, badge_text: str) -> QSizeF:
        a, b = self._rows(name, badge_text)
        if a.isEmpty() or b.isEmpty():
            return a if b.isEmpty() else b
        if one_row:
            return QSizeF(a.width() + 2 + b.width(), max(a.height(), b.height()))
        return QSizeF(max(a.width(), b.width()), a.height() + 1 + b.height())

    def label_sizes(self) -> tuple[tuple[float, float], ...]:
        """The label box (name and badge) of each of its forms, most wanted first; () if
        nothing is shown beside the marker."""
        return tuple((size.width(), size.height()) for size in (self._size(*v) for v in self._variants()))

    def set_label(self, position: str | None, form: int = 0) -> None:
        """Put the label at ``position`` (one of label_placement.POSITIONS) in form ``form``
        (an index into label_sizes()); None: no label (a minor place's name that gives way)."""
        if (position, form) != (self.position, self.form):
            self.position, self.form = position, form
            self._layout()
            self.update()

    def label_rect(self) -> QRectF:
        """The label's box in item pixels (empty when no label is shown)."""
        return QRectF(self._label)

    def _layout(self) -> None:
        self.prepareGeometryChange()
        variants = self._variants()
        self.form = min(self.form, max(0, len(variants) - 1))
        r = 4.0 * self.R  # room for the tour's ring
        self._rect = QRectF(-r, -r, 2 * r, 2 * r)
        self._label = self._name_rect = self._badge_rect = QRectF()
        if not variants or self.position is None:
            return
        name, one_row, self._badge_text = variants[self.form]
        size = self._size(name, one_row, self._badge_text)
        x0, y0, x1, y1 = candidate_box((0.0, 0.0), self.marker_radius(), (size.width(), size.height()),
                                       self.position, self.GAP)
        self._label = QRectF(x0, y0, x1 - x0, y1 - y0)
        a, b = self._rows(name, self._badge_text)
        if one_row:  # the name, then the badge, both centred on the row
            self._name_rect = QRectF(QPointF(x0, (y0 + y1 - a.height()) / 2), a)
            self._badge_rect = QRectF(QPointF(x1 - b.width(), (y0 + y1 - b.height()) / 2), b)
        else:
            self._name_rect = self._aligned(QRectF(QPointF(x0, y0), a))
            self._badge_rect = self._aligned(QRectF(QPointF(x0, y1 - b.height()), b))
        self._rect = self._rect.united(self._label).adjusted(-2, -2, 2, 2)

    def _aligned(self, row: QRectF) -> QRectF:
        """A row moved across the label box: to its right edge on the marker's left, centred
        over or under it, else at its left edge."""
        if self.position.endswith("left"):
            row.moveRight(self._label.right())
        elif self.position in ("above", "below"):
            row.moveLeft(self._label.center().x() - row.width() / 2)
        return row

    def set_holder(self, holder: str | None, text: str, has_control: bool, short: str = "") -> None:
        """The badge: ``text`` in full, or ``short`` (the holder alone) where the full one finds no room."""
        self.holder, self.holder_text, self.has_control, self.holder_short = holder, text, has_control, short
        self._layout()
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def set_focused(self, on: bool) -> None:
        """Ring the place as one of the tour chapter's (a thick orange ring in a black one)."""
        if on != self.focused:
            self.focused = on
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def _holder_color(self) -> QColor:
        return QColor(self.theme.side(self.holder)) if self.holder else self.theme.color("no_record")

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r, t = self.R, self.theme
        ink = t.color("ink")
        if self.has_control:  # halo in the holder's colour
            color = self._holder_color()
            halo = QColor(color)
            halo.setAlpha(110)
            painter.setPen(QPen(color, 2.5))
            painter.setBrush(halo)
            painter.drawEllipse(QPointF(0, 0), 2.2 * r, 2.2 * r)
        if self.focused:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#000000"), 6))
            painter.drawEllipse(QPointF(0, 0), 3.5 * r, 3.5 * r)
            painter.setPen(QPen(FOCUS, 4))
            painter.drawEllipse(QPointF(0, 0), 3.5 * r, 3.5 * r)
        if self.highlighted:
            painter.setPen(QPen(ink, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), 2.9 * r, 2.9 * r)
        painter.setPen(QPen(ink, 1.6))
        painter.setBrush(ink if self.place.exact else t.color("hollow"))
        if self.place.kind == "hill":
            painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0.75 * r), QPointF(-r, 0.75 * r)]))
        else:
            painter.drawRect(QRectF(-0.7 * r, -0.7 * r, 1.4 * r, 1.4 * r))
        if self.show_name and not self._name_rect.isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(t.color("halo"))
            painter.drawRoundedRect(self._name_rect, 3, 3)
            painter.setFont(self._font)
            painter.setPen(ink)
            painter.drawText(self._name_rect, Qt.AlignmentFlag.AlignCenter, self.shown_name)
        if self.has_control and not self._badge_rect.isEmpty():
            color = self._holder_color()
            painter.setBrush(color)
            painter.setPen(QPen(ink, 0.8))
            painter.drawRoundedRect(self._badge_rect, 4, 4)
            painter.setFont(self._badge_font)
            painter.setPen(text_on(color))  # by the WCAG ratio: ≥ 4.5:1 on every side's colour
            painter.drawText(self._badge_rect, Qt.AlignmentFlag.AlignCenter, self._badge_text)


class ArrowItem(Pickable, QGraphicsPathItem):
    """One move: a line with an arrowhead, in metres, in its side's colour.

    Air strikes are dashed. The hover area is a wide stroke, not the thin line itself.
    """

    HEAD_M = 170.0

    def __init__(self, start: QPointF, end: QPointF, side: str, kind: str, label: str, label_at: float = 0.0,
                 theme: DrawingTheme = LIGHT):
        super().__init__()
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(30)
        self.kind = kind
        color = QColor(theme.side(side))
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
            self.label = LabelItem(label, self, anchor="center", offset=(0.0, -30.0), theme=theme)
            self.label.setPos(QPointF(start.x() + dx * label_at, start.y() + dy * label_at))
        else:  # just behind the tail
            self.label = LabelItem(label, self, anchor="center", theme=theme)
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
                 near_edge: bool = False, theme: DrawingTheme = LIGHT):
        super().__init__()
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(25)
        self.kind = kind
        path = QPainterPath()
        path.addEllipse(centre, radius, radius)
        self.setPath(path)
        pen = QPen(QColor(theme.side(side)), 2.6, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        # Below the place's own name and holder badge (about 22 px under the marker),
        # running away from the map's edge.
        self.label = LabelItem(label, self, anchor="below_left" if near_edge else "below_right", offset=(0.0, 24.0),
                               theme=theme)
        self.label.setPos(QPointF(centre.x(), centre.y()))
        stroker = QPainterPathStroker()
        stroker.setWidth(140.0)
        self._shape = stroker.createStroke(path)

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._shape.boundingRect()
