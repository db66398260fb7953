"""The force-comparison small multiples: a plain ``QGraphicsScene`` in pixel units.

``layout_chart`` (Qt-free) places every panel, bar and label in pixels; the scene shows that
layout 1:1, as the daily map shows its schematic. The view scrolls, takes the wheel and
the keyboard itself, and the scene renders straight into PNG and SVG files. Two items draw
everything (see ``chart_items``); a third outlines the bar under the pointer or the cursor.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView, QToolTip

from app.views.common.frame_model import plain_tooltip
from app.views.common.named_viewport import NamedViewport
from app.views.common.retranslate import Retranslating
from app.views.common.theme import LIGHT, DrawingTheme, FollowsTheme
from app.views.forces.chart_items import LabelsItem, MarksItem, ShapesItem, chart_fonts, cosmetic_pen
from app.views.forces.layout import Box, Layout, Metrics, layout_chart

MIN_WIDTH = 320  # narrower than this, the chart scrolls sideways instead of squeezing
KEY_MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End)
KEY_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class ForcesChart(NamedViewport, FollowsTheme, Retranslating, QGraphicsView):
    """Small multiples; hover shows a tooltip, clicks emit figure or group ids.

    Keyboard: with the chart focused, Up/Down (Home/End) step through the bars and the
    "sources differ" captions, outlining each and emitting it as if it were clicked; its
    description becomes the chart's accessible description for screen readers.
    On screen it takes the window's theme (high contrast: white on black); files stay light.
    """

    figure_clicked = Signal(str)
    group_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("forcesChart")
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # three items
        self.setBackgroundBrush(QColor(LIGHT.background))
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)  # crisp bar edges, smooth text
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no width feedback loop
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("kiosk_kinetic", True)  # a page that scrolls: the kiosk gives it finger scrolling
        self.setStyleSheet("QGraphicsView#forcesChart:focus { border: 2px solid palette(highlight); }")
        self.shapes = ShapesItem()
        self.labels = LabelsItem(chart_fonts(self.font()))
        self.highlight = QGraphicsRectItem()
        self.highlight.setPen(cosmetic_pen(LIGHT.text, 2))
        self.highlight.hide()
        self.marks = MarksItem()  # the tour chapter's figures, over the bars and labels
        for item in (self.shapes, self.labels, self.marks, self.highlight):
            self.scene().addItem(item)
        self.marked: tuple[str, ...] = ()  # figure ids the tour chapter highlights
        self.chart_layout = Layout(width=0, height=0)
        self._content: dict | None = None
        self._hovered: Box | None = None
        self._cursor = -1  # keyboard position in self._stops()
        #: (kind, key) → tooltip text; set by the page ('figure' or 'group', id).
        self.describe: Callable[[str, str], str] = lambda kind, key: key
        self.retranslate()

    def retranslate(self) -> None:
        """Accessible name and description in the current language."""
        self.setAccessibleName(self.tr("Force comparison chart"))
        self.setAccessibleDescription(self.tr("Bars of every figure; Up and Down step through them"))

    def apply_theme(self, theme: DrawingTheme) -> None:
        """Background, bars, texts and outlines in ``theme``'s colours (the layout stays)."""
        self.setBackgroundBrush(QColor(theme.background))
        self.shapes.set_theme(theme)
        self.labels.set_theme(theme)
        self.marks.set_theme(theme)
        self.highlight.setPen(cosmetic_pen(theme.text, 2))

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "labels"):
            self.labels.set_fonts(chart_fonts(self.font()))  # font scaling: same layout rules, new sizes
            self.relayout()
        super().changeEvent(event)

    # ------------------------------------------------------------------ content
    def set_content(self, panels, labels, **options) -> None:
        """Show panels; ``options`` go to ``layout_chart`` (title, legend, both, differ…)."""
        self._content = dict(panels=panels, labels=labels, **options)
        self._cursor = -1
        self.relayout()

    def relayout(self) -> None:
        """Lay the content out again for the current width and font."""
        if self._content is None:
            return
        width = max(self.viewport().width(), MIN_WIDTH)
        metrics = Metrics.for_line_height(self.labels.line_height())
        self.chart_layout = layout_chart(width=width, measure=self.labels.measure, metrics=metrics, **self._content)
        self.scene().setSceneRect(0, 0, self.chart_layout.width, self.chart_layout.height)
        self.shapes.set_shapes(self.chart_layout.boxes, self.chart_layout.whiskers)
        self.labels.set_texts(self.chart_layout.texts)
        self._set_hover(None)
        self._draw_marks()

    # ------------------------------------------------------------------ a tour chapter's figures
    def set_marked(self, fig_ids) -> None:
        """Tint the rows and outline the bars of these figures (a tour chapter's), and scroll to
        the first one shown; () clears them."""
        self.marked = tuple(fig_ids)
        self._draw_marks()
        boxes = self.marked_boxes()
        if boxes:
            first = boxes[0]
            self.ensureVisible(QRectF(first.x0, first.y0, first.x1 - first.x0, first.y1 - first.y0), 10, 60)

    def marked_boxes(self) -> list[Box]:
        """The row boxes of the marked figures in the current layout (in layout order)."""
        wanted = set(self.marked)
        return [b for b in self.chart_layout.hits if b.kind == "figure" and b.key in wanted]

    def _draw_marks(self) -> None:
        rows = [QRectF(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0) for b in self.marked_boxes()]
        bars = [self.chart_layout.bar_of(key) for key in self.marked]
        self.marks.set_marks(rows, [QRectF(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0) for b in bars if b is not None])

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()

    # ------------------------------------------------------------------ keyboard
    def _stops(self) -> list[Box]:
        """What the keyboard steps through: each figure row or bar and each caption, once,
        column by column."""
        seen, stops = set(), []
        for box in sorted(self.chart_layout.hits, key=lambda b: (b.x0 // 200, b.y0, b.x0)):
            if (box.kind, box.key) not in seen:
                seen.add((box.kind, box.key))
                stops.append(box)
        return stops

    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        stops, key = self._stops(), event.key()
        if stops and key in KEY_MOVES:
            moves = dict(zip(KEY_MOVES, (self._cursor + 1, self._cursor - 1, 0, len(stops) - 1)))
            self.step_to(max(0, min(len(stops) - 1, moves[key])))
        elif stops and key in KEY_ACTIVATE and self._cursor >= 0:
            self.step_to(self._cursor)
        else:
            super().keyPressEvent(event)  # Page Up/Down scroll
            return
        event.accept()

    def step_to(self, index: int) -> Box | None:
        """Outline stop ``index``, scroll it into view and emit it as a click."""
        stops = self._stops()
        if not 0 <= index < len(stops):
            return None
        self._cursor = index
        box = stops[index]
        self._set_hover(box)
        self.ensureVisible(QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0), 10, 40)
        self.setAccessibleDescription(self.describe(box.kind, box.key))
        self._emit(box)
        return box

    def _emit(self, box: Box) -> None:
        (self.figure_clicked if box.kind == "figure" else self.group_clicked).emit(box.key)

    # ------------------------------------------------------------------ mouse
    def scene_pos_of(self, kind: str, key: str):
        """Scene position of a figure's bar (or row) or a group's caption: for tests and keyboard use."""
        box = self.chart_layout.bar_of(key) if kind == "figure" else None
        box = box or self.chart_layout.hit_of(kind, key)
        return None if box is None else QPointF(*box.center)

    def hit_at_scene(self, scene_pos) -> Box | None:
        """The figure row, bar or caption at a scene position (scene units are layout pixels)."""
        return self.chart_layout.hit(scene_pos.x(), scene_pos.y())

    def hover_at(self, scene_pos) -> str:
        """Outline what is under the pointer and show its tooltip; returns the tooltip text."""
        box = self.hit_at_scene(scene_pos)
        self._set_hover(box)
        if box is None:
            QToolTip.hideText()
            return ""
        text = self.describe(box.kind, box.key)
        area = self.mapFromScene(QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0)).boundingRect()
        QToolTip.showText(QCursor.pos(), plain_tooltip(text), self.viewport(), area)  # hides when left
        return text

    def _set_hover(self, box: Box | None) -> None:
        self._hovered = box
        if box is None:
            self.highlight.hide()
            return
        target = (self.chart_layout.bar_of(box.key) if box.kind == "figure" else None) or box
        self.highlight.setRect(target.x0 - 1, target.y0 - 1, target.x1 - target.x0 + 2, target.y1 - target.y0 + 2)
        self.highlight.show()

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt override)
        pos = self.mapToScene(event.position().toPoint())
        if self.hit_at_scene(pos) is not self._hovered:  # one tooltip per bar entered, not per move
            self.hover_at(pos)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt override)
        box = self.hit_at_scene(self.mapToScene(event.position().toPoint()))
        if event.button() == Qt.MouseButton.LeftButton and box is not None:
            self._emit(box)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ------------------------------------------------------------------ export
    def export_png(self, path: str) -> None:
        """Write the whole chart (not only the scrolled-to part) as a PNG image."""
        size = self._export_size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(LIGHT.background))
        self._render(image, size)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def export_svg(self, path: str) -> None:
        """Write the whole chart as SVG (texts stay text)."""
        size = self._export_size()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(size)
        gen.setViewBox(QRect(QPoint(0, 0), size))
        gen.setResolution(int(self.logicalDpiX()))
        gen.setTitle(self.tr("Force comparison"))
        self._render(gen, size, background=True)
        if not Path(path).is_file():
            raise OSError(f"could not write {path}")

    def _export_size(self) -> QSize:
        rect = self.scene().sceneRect()
        return QSize(int(rect.width()), int(rect.height()))

    def _render(self, device: QPaintDevice, size: QSize, background: bool = False) -> None:
        """Paint the scene, without the hover outline, onto a file's paint device, in the light
        theme whatever the screen's (a file goes into documents and onto paper)."""
        hovered = self._hovered
        self._set_hover(None)
        self.marks.hide()  # an exported chart is the data's, not the tour's
        shown = self.drawing_theme
        self.apply_theme(LIGHT)
        painter = QPainter(device)
        try:
            painter.setRenderHints(self.renderHints())
            target = QRectF(0, 0, size.width(), size.height())
            if background:
                painter.fillRect(target, QColor(LIGHT.background))
            self.scene().render(painter, target, self.scene().sceneRect())
        finally:
            painter.end()
            self.apply_theme(shown)
            self.marks.show()
            self._set_hover(hovered)
