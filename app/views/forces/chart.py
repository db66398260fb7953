"""The pyqtgraph canvas of the force-comparison small multiples.

One ViewBox in pixel coordinates holds a fixed set of items built once and updated with
``setOpts``/``setData`` on every switch: panel frames and brackets, bars (one
``BarGraphItem`` with a brush per bar), the hatching of split parts, low–high whiskers
(``ErrorBarItem``), a hover outline and every text in one ``LabelsItem`` (one paint call
instead of a ``QGraphicsTextItem`` per label, which keeps a switch within a frame).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QScrollArea, QToolTip

from app.views.common.frame_model import plain_tooltip
from app.views.common.palette import side_color
from app.views.forces.layout import Box, Layout, Metrics, Text, layout_chart

TEXT_COLOR = "#1a1a1a"
MUTED_COLOR = "#4d4d4d"
FRAME_BRUSH, FRAME_PEN = "#f5f5f5", "#dddddd"
BRACKET_BRUSH = "#808080"


class LabelsItem(pg.GraphicsObject):
    """Draws many short plain-text labels (elided to their width) in one paint call."""

    def __init__(self, fonts: dict[str, QFont], colors: dict[str, QColor]):
        super().__init__()
        self._colors = colors
        self._runs: list[tuple[QPointF, str, str]] = []
        self.set_fonts(fonts)
        self._bounds = QRectF()
        self.texts: list[str] = []  # what is drawn, after eliding (for tests and accessibility)

    def set_fonts(self, fonts: dict[str, QFont]) -> None:
        """New fonts (the app's font size changed); texts are measured again."""
        self._fonts = fonts
        self._metrics = {k: QFontMetricsF(f) for k, f in fonts.items()}
        self._cache: dict[tuple[str, str, float], tuple[str, float, float, float]] = {}

    def measure(self, text: str, style: str) -> float:
        return self._fit(text, style, 0.0)[1]

    def line_height(self) -> float:
        return self._metrics["label"].height()

    def _fit(self, text: str, style: str, width: float) -> tuple[str, float, float, float]:
        """(elided text, its width, ascent, descent), cached: switching back costs a lookup."""
        key = (text, style, width)
        hit = self._cache.get(key)
        if hit is None:
            fm = self._metrics.get(style, self._metrics["label"])
            s = fm.elidedText(text, Qt.TextElideMode.ElideRight, width) if width else text
            hit = self._cache[key] = (s, fm.horizontalAdvance(s), fm.ascent(), fm.descent())
            if len(self._cache) > 20000:  # a bound for long sessions with many datasets
                self._cache.clear()
        return hit

    def set_texts(self, texts: list[Text]) -> None:
        runs = []
        x0 = y0 = float("inf")
        x1 = y1 = float("-inf")
        for t in texts:
            s, w, ascent, descent = self._fit(t.text, t.style, t.width)
            if not s:
                continue
            x = t.x - w if t.align == "right" else t.x
            baseline = t.y + (ascent - descent) / 2
            runs.append((QPointF(x, baseline), s, t.style))
            x0, x1 = min(x0, x), max(x1, x + w)
            y0, y1 = min(y0, baseline - ascent), max(y1, baseline + descent)
        self.prepareGeometryChange()
        self._runs = runs
        self._bounds = QRectF(x0, y0, x1 - x0, y1 - y0) if runs else QRectF()
        self.texts = [s for _, s, _ in runs]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, p, *args):
        style = None
        for pos, s, st in self._runs:
            if st != style:
                style = st
                p.setFont(self._fonts.get(st, self._fonts["label"]))
                p.setPen(self._colors.get(st, self._colors["label"]))
            p.drawText(pos, s)


def _fonts(base: QFont) -> dict[str, QFont]:
    def font(size: float = 1.0, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(base)
        if size != 1.0:
            f.setPointSizeF(base.pointSizeF() * size)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    return {"title": font(1.25, bold=True), "legend": font(0.95), "panel": font(1.0, bold=True),
            "ratio": font(0.95), "conflict": font(1.0, bold=True, italic=True), "header": font(0.95, bold=True),
            "label": font(0.95), "value": font(0.95, bold=True), "caption": font(0.9, italic=True),
            "note": font(1.0, italic=True)}


def _rects(boxes: list[Box]) -> dict[str, np.ndarray]:
    a = np.array([[b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0] for b in boxes], dtype=float).reshape(-1, 4)
    return {"x0": a[:, 0], "y0": a[:, 1], "width": a[:, 2], "height": a[:, 3]}


@lru_cache(maxsize=64)
def _brush(color: str, alpha: int = 255, pattern=Qt.BrushStyle.SolidPattern) -> QBrush:
    c = QColor(color)
    c.setAlpha(alpha)
    return QBrush(c, pattern)


@lru_cache(maxsize=64)
def _pen(color: str | None) -> QPen:
    return pg.mkPen(color)


def _set_bars(item: pg.BarGraphItem, boxes: list[Box], brushes: list, pens: list) -> None:
    if boxes:
        item.setOpts(**_rects(boxes), brushes=brushes, pens=pens)
    else:  # BarGraphItem cannot take empty pen lists (pyqtgraph 0.14): fall back to single ones
        item.setOpts(**_rects(boxes), brushes=None, pens=None, brush=None, pen=None)


class _CanvasBox(pg.ViewBox):
    """A ViewBox that paints nothing itself.

    Its default paint draws an invisible border path ending in 'Z', which pyqtgraph 0.14's
    SVG exporter cannot parse under Qt 6.11 (pyqtgraph issue #3485).
    """

    def paint(self, p, *args):
        if self.border is not None and self.border.style() != Qt.PenStyle.NoPen:
            super().paint(p, *args)


class ForcesChart(QScrollArea):
    """Small multiples in a scroll area; hover shows a tooltip, clicks emit figure or group ids.

    Keyboard: with the chart focused, Up/Down (Home/End) step through the bars and the
    "sources differ" captions, outlining each and emitting it as if it were clicked; its
    description becomes the chart's accessible description for screen readers.
    """

    figure_clicked = Signal(str)
    group_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("forcesChart")
        self.setWidgetResizable(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no width feedback loop
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = pg.GraphicsView(background="w")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scroll area takes the keys
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QScrollArea#forcesChart:focus { border: 2px solid palette(highlight); }")
        self._cursor = -1  # keyboard position in self._stops()
        self.retranslate()
        self.vb = _CanvasBox(invertY=True, enableMouse=False, enableMenu=False, defaultPadding=0)
        self.vb.setMouseEnabled(False, False)
        self.vb.disableAutoRange()
        self.view.setCentralItem(self.vb)
        self.vb.sigResized.connect(self._fit_range)
        self.setWidget(self.view)
        self.view.viewport().installEventFilter(self)  # the wheel scrolls the page, not the view box

        self.decor = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=None, brush=None)
        self.bars = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=None, brush=None)
        self.hatch = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=None, brush=None)
        self.whiskers = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=pg.mkPen(TEXT_COLOR, width=1.5))
        self.highlight = pg.BarGraphItem(x0=[0], y0=[0], width=[1], height=[1], brush=None,
                                         pen=pg.mkPen(TEXT_COLOR, width=2))
        self.highlight.hide()
        colors = {k: QColor(TEXT_COLOR) for k in _fonts(self.font())}
        colors.update(ratio=QColor(MUTED_COLOR), caption=QColor(MUTED_COLOR), legend=QColor(MUTED_COLOR))
        self.labels = LabelsItem(_fonts(self.font()), colors)
        for item in (self.decor, self.bars, self.hatch, self.whiskers, self.labels, self.highlight):
            self.vb.addItem(item, ignoreBounds=True)

        self.layout = Layout(width=0, height=0)
        self._content: dict | None = None
        self._hovered: Box | None = None
        #: (kind, key) → tooltip text; set by the view ('figure' or 'group', id).
        self.describe: Callable[[str, str], str] = lambda kind, key: key
        self._move_proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=60, slot=self._moved)
        self.view.scene().sigMouseClicked.connect(self._clicked)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Force comparison chart"))
        self.view.setAccessibleName(self.tr("Force comparison chart"))
        self.setAccessibleDescription(self.tr("Bars of every figure; Up and Down step through them"))

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange and hasattr(self, "labels"):
            self.labels.set_fonts(_fonts(self.font()))  # font scaling: same layout rules, new sizes
            self.relayout()
        super().changeEvent(event)

    # ------------------------------------------------------------------ keyboard
    def _stops(self) -> list[Box]:
        """What the keyboard steps through: each figure row or bar and each caption, once."""
        seen, stops = set(), []
        for box in sorted(self.layout.hits, key=lambda b: (b.x0 // 200, b.y0, b.x0)):
            if (box.kind, box.key) not in seen:
                seen.add((box.kind, box.key))
                stops.append(box)
        return stops

    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        stops = self._stops()
        key = event.key()
        moves = {Qt.Key.Key_Down: self._cursor + 1, Qt.Key.Key_Up: self._cursor - 1, Qt.Key.Key_Home: 0,
                 Qt.Key.Key_End: len(stops) - 1}
        if stops and key in moves:
            self.step_to(max(0, min(len(stops) - 1, moves[key])))
            event.accept()
            return
        if stops and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._cursor >= 0:
            self.step_to(self._cursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def step_to(self, index: int) -> Box | None:
        """Outline stop ``index``, scroll it into view and emit it as a click."""
        stops = self._stops()
        if not 0 <= index < len(stops):
            return None
        self._cursor = index
        box = stops[index]
        self._set_hover(box)
        self.ensureVisible(int(box.center[0]), int(box.y0 + self.vb.pos().y()), 10, 40)
        self.setAccessibleDescription(self.describe(box.kind, box.key))
        (self.figure_clicked if box.kind == "figure" else self.group_clicked).emit(box.key)
        return box

    # ------------------------------------------------------------------ content
    def set_content(self, panels, labels, **options) -> None:
        """Show panels; ``options`` go to ``layout_chart`` (title, legend, both, differ…)."""
        self._content = dict(panels=panels, labels=labels, **options)
        self._cursor = -1
        self.relayout()

    def relayout(self) -> None:
        if self._content is None:
            return
        width = max(self.viewport().width(), 320)
        metrics = Metrics.for_line_height(self.labels.line_height())
        self.layout = layout_chart(width=width, measure=self.labels.measure, metrics=metrics, **self._content)
        self._apply(self.layout)

    def _apply(self, lay: Layout) -> None:
        height = max(int(np.ceil(lay.height)), self.viewport().height())
        self.view.resize(int(lay.width), height)
        self._fit_range()

        decor = [b for b in lay.boxes if b.kind in ("frame", "bracket")]
        _set_bars(self.decor, decor, [_brush(FRAME_BRUSH if b.kind == "frame" else BRACKET_BRUSH) for b in decor],
                  [_pen(FRAME_PEN if b.kind == "frame" else None) for b in decor])
        bars = [b for b in lay.boxes if b.kind in ("bar", "part", "swatch")]
        _set_bars(self.bars, bars, [_brush(side_color(b.side), 90 if b.kind == "part" else 255) for b in bars],
                  [_pen(None)] * len(bars))
        parts = [b for b in lay.boxes if b.kind == "part"]
        _set_bars(self.hatch, parts, [_brush(side_color(b.side), pattern=Qt.BrushStyle.BDiagPattern) for b in parts],
                  [_pen(side_color(b.side)) for b in parts])
        if lay.whiskers:
            lo = np.array([w.x_lo for w in lay.whiskers])
            hi = np.array([w.x_hi for w in lay.whiskers])
            self.whiskers.setData(x=lo, y=np.array([w.y for w in lay.whiskers]), left=np.zeros_like(lo),
                                  right=hi - lo, beam=8.0)
        else:
            self.whiskers.setData(x=np.zeros(0), y=np.zeros(0), left=None, right=None)
            self.whiskers.hide()  # an empty path would be written into SVG exports
        self.labels.set_texts(lay.texts)
        self._set_hover(None)

    @Slot()
    def _fit_range(self) -> None:
        """One view unit = one pixel, whatever size the view box was given."""
        size = self.vb.size()
        self.vb.setRange(xRange=(0, size.width()), yRange=(0, size.height()), padding=0)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()
        elif self._content is not None and self.view.height() < self.viewport().height():
            self._apply(self.layout)

    # ------------------------------------------------------------------ mouse
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Wheel and obj is self.view.viewport():
            QCoreApplication.sendEvent(self.verticalScrollBar(), event)
            return True
        return super().eventFilter(obj, event)

    def scene_pos_of(self, kind: str, key: str) -> QPointF | None:
        """Scene position of a figure's bar (or row) or a group's caption: for tests and keyboard use."""
        box = self.layout.bar_of(key) if kind == "figure" else None
        box = box or self.layout.hit_of(kind, key)
        if box is None:
            return None
        x, y = box.center
        return self.vb.mapViewToScene(QPointF(x, y))

    def hit_at_scene(self, scene_pos: QPointF) -> Box | None:
        p = self.vb.mapSceneToView(scene_pos)
        return self.layout.hit(p.x(), p.y())

    def hover_at(self, scene_pos: QPointF) -> str:
        """Outline what is under the pointer and show its tooltip; returns the tooltip text."""
        box = self.hit_at_scene(scene_pos)
        self._set_hover(box)
        if box is None:
            QToolTip.hideText()
            return ""
        text = self.describe(box.kind, box.key)
        QToolTip.showText(QCursor.pos(), plain_tooltip(text), self.view)
        return text

    def _set_hover(self, box: Box | None) -> None:
        self._hovered = box
        if box is None:
            self.highlight.hide()
            return
        target = self.layout.bar_of(box.key) if box.kind == "figure" else box
        target = target or box
        self.highlight.setOpts(x0=[target.x0 - 1], y0=[target.y0 - 1], width=[target.x1 - target.x0 + 2],
                               height=[target.y1 - target.y0 + 2])
        self.highlight.show()

    @Slot(object)
    def _moved(self, args) -> None:
        self.hover_at(args[0])

    @Slot(object)
    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        box = self.hit_at_scene(event.scenePos())
        if box is None:
            return
        event.accept()
        (self.figure_clicked if box.kind == "figure" else self.group_clicked).emit(box.key)

    # ------------------------------------------------------------------ export
    def export_png(self, path: str) -> None:
        """Write the whole chart (not only the scrolled-to part) as a PNG image."""
        self._export(exporters.ImageExporter, path)

    def export_svg(self, path: str) -> None:
        """Write the whole chart as SVG (texts stay text).

        Rendered with Qt's QSvgGenerator: pyqtgraph 0.14's SVGExporter cannot parse the
        closed paths Qt 6.11 writes for rectangles (pyqtgraph issue #3485).
        """
        hovered = self._hovered
        self._set_hover(None)
        try:
            source = self.vb.mapRectToScene(QRectF(QPointF(0, 0), self.vb.size()))
            size = QSize(int(source.width()), int(source.height()))
            gen = QSvgGenerator()
            gen.setFileName(str(path))
            gen.setSize(size)
            gen.setViewBox(QRect(QPoint(0, 0), size))
            gen.setResolution(int(self.logicalDpiX()))
            gen.setTitle(self.tr("Force comparison"))
            painter = QPainter(gen)
            try:
                target = QRectF(0, 0, size.width(), size.height())
                painter.fillRect(target, QColor("white"))
                self.view.scene().render(painter, target, source)
            finally:
                painter.end()
        finally:
            self._set_hover(hovered)
        if not Path(path).is_file():
            raise OSError(f"could not write {path}")

    def _export(self, kind, path: str) -> None:
        hovered = self._hovered
        self._set_hover(None)
        try:
            kind(self.vb).export(fileName=str(path))
        finally:
            self._set_hover(hovered)
        if not Path(path).is_file():
            raise OSError(f"could not write {path}")
