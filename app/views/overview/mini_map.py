"""The first page's small map: the daily viewer's static drawing (lake, river, both border
claims, the strip between them) cropped to the lake and the hills whose coordinates the
sources give, with their markers. Not interactive beyond tooltips and one click (the
owner opens the daily viewer).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QSizePolicy

from app.model.formats import format_number
from app.model.schematic import Schematic
from app.views.common.named_viewport import NamedViewport
from app.views.common.theme import LIGHT, DrawingTheme, FollowsTheme
from app.views.days.map_items import LabelItem, PlaceItem, qpoint
from app.views.days.map_static import draw_static, panel_color
from app.views.days.text import DayText

PAD_M = 650.0  # metres of land around the lake and the hills


class MiniMap(NamedViewport, FollowsTheme, QGraphicsView):
    """The lake and the hills; :meth:`show_schematic` draws them in a language, in the
    window's theme (redrawn on a switch)."""

    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("glanceMap")
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(LIGHT.color("land"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the Days card is the keyboard's way in
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 180)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.text = DayText(self)
        self.place_items: dict[str, PlaceItem] = {}
        self._focus: QRectF | None = None
        self._labels: dict[LabelItem, QPointF] = {}  # the static layer's names, where it put them
        self._regions: dict[LabelItem, str] = {}  # which of them name a country
        self._lake = None
        self._lang = "en"
        self._shown: tuple | None = None  # show_schematic's arguments: a theme switch draws them again

    def apply_theme(self, theme: DrawingTheme) -> None:
        """Draw the same map in ``theme``'s colours."""
        self.setBackgroundBrush(theme.color("land"))
        if self._shown is not None:
            self.show_schematic(*self._shown)

    def show_schematic(self, schematic: Schematic, hills: tuple[str, ...], lang: str) -> None:
        """Draw the static layers and the ``hills`` (ids) in ``lang``; crop to the lake and the hills."""
        self._shown = (schematic, hills, lang)
        theme = self.drawing_theme
        scene = self.scene()
        scene.clear()
        self.place_items = {}
        self._labels = {}
        self._lang = lang
        if schematic.projection is None:
            scene.addItem(LabelItem(QCoreApplication.translate("DayMap", "No place in the data has coordinates."),
                                    anchor="center", theme=theme))
            self._focus = QRectF(-200, -100, 400, 200)
            self._fit()
            return
        draw_static(scene, schematic, self.text, lang, theme)
        self._move_claim_label(schematic)
        self._labels = {item: item.pos() for item in scene.items() if isinstance(item, LabelItem)}
        self._regions = {item: key for key, *_ in schematic.regions for item in self._labels
                         if item.text() == self.text.region(key).upper()}
        self._lake = schematic.lake_ellipse
        points = []
        for pid in hills:
            place = schematic.places.get(pid)
            if place is None:
                continue
            item = PlaceItem(place, place.name(lang), label_left=False, theme=theme)
            item.setPos(qpoint((place.x, place.y)))
            item.set_details(self.text.place_details(place, lang))
            scene.addItem(item)
            self.place_items[pid] = item
            points.append((place.x, place.y))
        if schematic.lake_ellipse is not None:
            cx, cy, rx, ry = schematic.lake_ellipse
            points += [(cx - rx, cy - ry), (cx + rx, cy + ry)]
        if not points:
            x0, y0, x1, y1 = schematic.extent
            points = [(x0, y0), (x1, y1)]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self._focus = QRectF(min(xs) - PAD_M, -max(ys) - PAD_M, max(xs) - min(xs) + 2 * PAD_M,
                             max(ys) - min(ys) + 2 * PAD_M)
        scene.setSceneRect(self._focus.adjusted(-20000, -20000, 20000, 20000))
        self._fit()

    def _move_claim_label(self, schematic: Schematic) -> None:
        """The Soviet claim's name sits on its southern leg on the big map, outside this crop:
        here it goes beside the ridge line between the two hills."""
        line = schematic.soviet_claim
        if len(line) < 3:
            return
        name = QCoreApplication.translate("DayMap", "Soviet claim (schematic)")
        (xa, ya), (xb, yb) = line[1], line[2]
        for item in self.scene().items():
            if isinstance(item, LabelItem) and item.text() == name:
                item.setPos(qpoint(((xa + xb) / 2 - 120, (ya + yb) / 2)))

    def _region_spot(self, key: str, item: LabelItem, w: int, h: int) -> QPoint:
        """Where a country's name goes on the small map (viewport pixels): the USSR at the east
        edge beside the lake's southern half, Manchukuo in the north-west corner, Korea in the
        south-west corner."""
        half = int(item.boundingRect().width() / 2) + 8
        if key == "USSR" and self._lake is not None:
            cx, cy, _, ry = self._lake
            return QPoint(w - half, self.mapFromScene(qpoint((cx, cy - 0.6 * ry))).y())
        return QPoint(half, h // 12 if key != "Korea" else h - h // 12)

    def sizeHint(self) -> QSize:  # noqa: N802 - not the scene's size: the map fills what the page gives it
        return QSize(360, 240)

    def hill_names(self) -> list[str]:
        """The hills drawn, by their shown names (for tests and the accessible description)."""
        return [item.name for item in self.place_items.values()]

    def _fit(self) -> None:
        if self._focus is not None:
            self.fitInView(self._focus, Qt.AspectRatioMode.KeepAspectRatio)
            self._keep_labels_inside()

    def _keep_labels_inside(self) -> None:
        """Names the big map places near its edges (the river, the regions) are moved just
        inside this small one, so none is cut."""
        w, h, margin = self.viewport().width(), self.viewport().height(), 4
        taken = [self._pixel_rect(item) for item in self.place_items.values()]
        # Names first, then the countries', which give way to anything they would cover.
        for item, pos in sorted(self._labels.items(), key=lambda pair: pair[0] in self._regions):
            region = self._regions.get(item)
            at = self._region_spot(region, item, w, h) if region else self.mapFromScene(pos)
            item.setVisible(region is not None or QRectF(0, 0, w, h).contains(QPointF(at)))  # its thing is shown
            box = item.boundingRect().translated(at.x(), at.y())
            dx = max(0.0, margin - box.left()) - max(0.0, box.right() - (w - margin))
            dy = max(0.0, margin - box.top()) - max(0.0, box.bottom() - (h - margin))
            item.setPos(self.mapToScene(QPoint(round(at.x() + dx), round(at.y() + dy))) if dx or dy or region
                        else pos)
            rect = box.translated(dx, dy)
            if region is not None and any(rect.intersects(other) for other in taken):
                item.setVisible(False)
            elif item.isVisible():
                taken.append(rect)

    def _pixel_rect(self, item) -> QRectF:
        at = self.mapFromScene(item.pos())
        return item.boundingRect().translated(at.x(), at.y())

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event):  # noqa: N802 - a glance, not a map to pan: the page scrolls on
        event.ignore()

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def drawForeground(self, painter: QPainter, rect) -> None:  # noqa: N802 (Qt override)
        """A 1 km scale bar and a north arrow, in pixels over the map."""
        if self._focus is None or not self.place_items and not self._labels:
            return  # nothing drawn to measure or to orient
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        fm = QFontMetricsF(font)
        w, h = self.viewport().width(), self.viewport().height()
        px = 1000.0 * self.transform().m11()
        x1, y = w - 12, h - 12
        label = QCoreApplication.translate("DayMap", "{n} km").format(n=format_number(1, self._lang))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(panel_color(self.drawing_theme))
        painter.drawRoundedRect(QRectF(x1 - px - 6, y - fm.height() - 8, px + 12, fm.height() + 14), 3, 3)
        ink = self.drawing_theme.color("ink")
        painter.setPen(QPen(ink, 2))
        painter.drawLine(QPointF(x1 - px, y), QPointF(x1, y))
        painter.drawText(QRectF(x1 - px, y - fm.height() - 5, px, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
        cx, top = w - 18, 10
        painter.setPen(QPen(ink, 1))
        painter.setBrush(ink)
        painter.drawPolygon(QPolygonF([QPointF(cx, top), QPointF(cx + 6, top + 18), QPointF(cx, top + 14),
                                       QPointF(cx - 6, top + 18)]))
        painter.drawText(QRectF(cx - 12, top + 19, 24, fm.height()), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("DayMap", "N"))
        painter.restore()
