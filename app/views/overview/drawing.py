"""The first page's drawings: a layout (``layouts.py``) shown 1:1 in a plain ``QGraphicsScene``
with the force-comparison chart's own items, so bars, hatching and labels look the same.

A drawing lays itself out again when its width or the font changes (zoom, kiosk) and takes
the height its layout needs. Hit areas answer the pointer (tooltip, click); a focusable
drawing also steps through them with Up/Down (Home/End) and activates one with
Enter/Space, and its accessible description follows the keyboard.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QSizePolicy, QToolTip

from app.views.common.frame_model import plain_tooltip
from app.views.common.named_viewport import NamedViewport
from app.views.common.theme import LIGHT, DrawingTheme, FollowsTheme
from app.views.forces.chart_items import LabelsItem, ShapesItem, chart_fonts, cosmetic_pen
from app.views.forces.layout import Box, Layout

KEY_MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home, Qt.Key.Key_End)
KEY_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def glance_fonts(base: QFont) -> dict[str, QFont]:
    """The chart's fonts plus the first page's: big numbers, side names, quantity names."""
    fonts = chart_fonts(base)

    def font(size: float, bold: bool = True) -> QFont:
        f = QFont(base)
        f.setPointSizeF(base.pointSizeF() * size)
        f.setBold(bold)
        return f

    fonts.update(big=font(1.75), side=font(1.2), quantity=font(1.2))
    return fonts


class Drawing(NamedViewport, FollowsTheme, QGraphicsView):
    """A layout drawn 1:1; ``lay_out(width, measure, line)`` is given by the owner; in the
    window's theme, as the force chart."""

    activated = Signal(str, str)  # (kind, key) of a clicked or keyboard-activated hit area

    def __init__(self, lay_out: Callable[[float, Callable, float], Layout], *, focusable: bool, grow: bool = False,
                 parent=None):
        super().__init__(parent)
        self._lay_out = lay_out
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setBackgroundBrush(QColor(LIGHT.background))  # as the force chart: apply_theme follows the window
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding if grow
                           else QSizePolicy.Policy.Preferred)
        #: Type sizes the drawing may take, relative to the page's font: it fills a big screen and
        #: shrinks a little on a crowded one (the kiosk's large type) rather than being cut.
        self.scales = (0.75, 1.6) if grow else (0.6, 1.0)
        self._scale = 1.0
        self._natural = 120  # height at the page's own type size
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
        self.shapes = ShapesItem()
        self.labels = LabelsItem(glance_fonts(self.font()))
        self.outline = QGraphicsRectItem()
        self.outline.setPen(cosmetic_pen(LIGHT.text, 2))
        self.outline.hide()
        for item in (self.shapes, self.labels, self.outline):
            self.scene().addItem(item)
        self.layout_ = Layout(width=0, height=0)
        self._hovered: Box | None = None
        self._cursor = -1
        self._drawn = False
        #: Kinds of hit areas a click does something with (None: all); the others only explain.
        self.clickable: set[str] | None = None
        #: (kind, key) → plain text for the tooltip and the accessible description.
        self.describe: Callable[[str, str], str] = lambda kind, key: ""

    # ------------------------------------------------------------------ layout
    def _scaled_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * self._scale)
        return font

    def relayout(self) -> None:
        """Lay out again for the current size and font: the type grows or shrinks (within
        ``scales``) until the drawing fills its height and fits its width."""
        self._drawn = True
        width = max(self.viewport().width(), 200)
        height = self.viewport().height()
        lo, hi = self.scales
        for attempt in range(8):
            self.layout_ = self._lay_out(width, self.labels.measure, self.labels.line_height())
            fit = self._fit(width, height)
            if fit >= 1.0 and (fit < 1.03 or self._scale >= hi or attempt >= 5):
                break  # fits, and could hardly grow
            scale = max(lo, min(hi, self._scale * (fit * 0.98 if fit < 1.0 else fit)))
            if abs(scale - self._scale) < 1e-3:
                break  # as small (or as big) as it may be
            self._scale = scale
            self.labels.set_fonts(glance_fonts(self._scaled_font()))
        else:  # out of attempts: lay out at the type size reached
            self.layout_ = self._lay_out(width, self.labels.measure, self.labels.line_height())
        shown = max(self.layout_.height, height)  # the drawing sits in the middle of the room it has
        self.scene().setSceneRect(0, (self.layout_.height - shown) / 2, width, shown)
        self.shapes.set_shapes(self.layout_.boxes, self.layout_.whiskers)
        self.labels.set_texts(self.layout_.texts)
        natural = int(self.layout_.height / self._scale) + 4
        if abs(natural - self._natural) > 2:  # the type size changed: ask the page for room again
            self._natural = natural
            self.updateGeometry()
        self._set_hover(self._hovered if self._hovered in self.layout_.hits else None)

    def _fit(self, width: float, height: float) -> float:
        """How much the layout would have to grow (> 1) or shrink (< 1) to fill the height and fit the width."""
        by_height = height / self.layout_.height if self.layout_.height and height > 40 else 1.0
        return min(by_height, width / self.layout_.width if self.layout_.width > width else 2.0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(400, self._natural)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(200, int(self._natural * self.scales[0]))

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._drawn and event.oldSize() != event.size():
            self.relayout()

    def apply_theme(self, theme: DrawingTheme) -> None:
        """Background, shapes, texts and the outline in ``theme``'s colours."""
        self.setBackgroundBrush(QColor(theme.background))
        self.shapes.set_theme(theme)
        self.labels.set_theme(theme)
        self.outline.setPen(cosmetic_pen(theme.text, 2))

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "labels"):
            self.labels.set_fonts(glance_fonts(self._scaled_font()))
            if self._drawn:
                self.relayout()
        super().changeEvent(event)

    # ------------------------------------------------------------------ pointer
    def hit_at(self, x: float, y: float) -> Box | None:
        return self.layout_.hit(x, y)

    def _set_hover(self, box: Box | None) -> None:
        self._hovered = box
        if box is None:
            self.outline.hide()
            return
        self.outline.setRect(QRectF(box.x0 - 2, box.y0 - 2, box.x1 - box.x0 + 4, box.y1 - box.y0 + 4))
        self.outline.show()

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt override)
        pos = self.mapToScene(event.position().toPoint())
        box = self.hit_at(pos.x(), pos.y())
        if box is not self._hovered:
            self._set_hover(box)
            clickable = box is not None and (self.clickable is None or box.kind in self.clickable)
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            if box is None:
                QToolTip.hideText()
            else:
                area = self.mapFromScene(QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0)).boundingRect()
                QToolTip.showText(QCursor.pos(), plain_tooltip(self.describe(box.kind, box.key)), self.viewport(), area)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event):  # noqa: N802 (Qt override)
        if not self.hasFocus():
            self._set_hover(None)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt override)
        pos = self.mapToScene(event.position().toPoint())
        box = self.hit_at(pos.x(), pos.y())
        if event.button() == Qt.MouseButton.LeftButton and box is not None:
            self.activated.emit(box.kind, box.key)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def click(self, kind: str, key: str) -> bool:
        """Act as if the hit area (kind, key) were clicked (tests, the keyboard); False if absent."""
        box = self.layout_.hit_of(kind, key)
        if box is None:
            return False
        self.activated.emit(kind, key)
        return True

    # ------------------------------------------------------------------ keyboard
    def stops(self) -> list[Box]:
        """What the keyboard steps through: the hit areas, in reading order."""
        return sorted(self.layout_.hits, key=lambda b: (round(b.y0), b.x0))

    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        stops, key = self.stops(), event.key()
        if stops and key in KEY_MOVES:
            forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            back = key in (Qt.Key.Key_Up, Qt.Key.Key_Left)
            target = (self._cursor + 1 if forward else self._cursor - 1 if back
                      else 0 if key == Qt.Key.Key_Home else len(stops) - 1)
            self.step_to(max(0, min(len(stops) - 1, target)))
        elif stops and key in KEY_ACTIVATE and 0 <= self._cursor < len(stops):
            box = stops[self._cursor]
            self.activated.emit(box.kind, box.key)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_to(self, index: int) -> Box | None:
        """Outline stop ``index`` and describe it (to screen readers too)."""
        stops = self.stops()
        if not 0 <= index < len(stops):
            return None
        self._cursor = index
        box = stops[index]
        self._set_hover(box)
        self.setAccessibleDescription(self.describe(box.kind, box.key))
        return box

    def focusInEvent(self, event):  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        if self.stops():  # the keyboard starts on the first number, outlined and described
            self.step_to(max(0, self._cursor))
        self.viewport().update()

    def focusOutEvent(self, event):  # noqa: N802 (Qt override)
        self._set_hover(None)
        super().focusOutEvent(event)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect) -> None:  # noqa: N802 (Qt override)
        """A focus frame in the theme's highlight colour, in pixels over the drawing."""
        if not self.hasFocus():
            return
        painter.save()
        painter.resetTransform()
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.restore()
