"""The two graphics items the force-comparison chart draws with: shapes and labels.

A chart has a few hundred rectangles and texts. Each family is one item that paints its
whole list in one call, so a switch replaces two lists instead of building hundreds of
``QGraphicsRectItem``/``QGraphicsSimpleTextItem`` objects (which keeps it within a frame).
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from app.views.common.theme import LIGHT, DrawingTheme
from app.views.forces.layout import Box, Text, Whisker

TEXT_COLOR = LIGHT.text  # the light theme's (paper, files); a view passes its own theme
PART_ALPHA = 90  # the parts of a split total are pale, and hatched on top
WHISKER_BEAM = 8.0  # pixels across the ends of a low–high whisker
MUTED_STYLES = ("ratio", "caption", "legend")


def chart_fonts(base: QFont) -> dict[str, QFont]:
    """One font per text style of the layout, scaled from the widget's font (zoom follows)."""
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


@lru_cache(maxsize=64)
def solid_brush(color: str, alpha: int = 255, pattern=Qt.BrushStyle.SolidPattern) -> QBrush:
    """A brush of ``color`` (shared: made once per colour, alpha and pattern)."""
    c = QColor(color)
    c.setAlpha(alpha)
    return QBrush(c, pattern)


@lru_cache(maxsize=64)
def cosmetic_pen(color: str, width: float = 1.0) -> QPen:
    """A pen of ``width`` pixels at any scale (shared: pens are made once per colour)."""
    pen = QPen(QColor(color), width)
    pen.setCosmetic(True)
    return pen


_NO_PEN = QPen(Qt.PenStyle.NoPen)


def box_paints(box: Box, theme: DrawingTheme = LIGHT) -> list[tuple[QBrush, QPen]]:
    """How one layout box is filled and outlined (a split part twice: pale, then hatched)."""
    if box.kind == "frame":
        return [(solid_brush(theme.frame_brush), cosmetic_pen(theme.frame_pen))]
    if box.kind == "bracket":
        return [(solid_brush(theme.bracket), _NO_PEN)]
    color = theme.side(box.side)
    if box.kind == "part":
        return [(solid_brush(color, PART_ALPHA), _NO_PEN),
                (solid_brush(color, pattern=Qt.BrushStyle.BDiagPattern), cosmetic_pen(color))]
    return [(solid_brush(color), _NO_PEN)]  # bar, swatch


class ShapesItem(QGraphicsItem):
    """Panel frames, brackets, bars, legend swatches and whiskers, painted in layout order."""

    def __init__(self, theme: DrawingTheme = LIGHT):
        super().__init__()
        self.theme = theme
        self._rects: list[tuple[QRectF, QBrush, QPen]] = []
        self._whiskers: list[QLineF] = []
        self._bounds = QRectF()
        self._shown: tuple[list[Box], list[Whisker]] = ([], [])

    def set_theme(self, theme: DrawingTheme) -> None:
        """Paint the same shapes in another theme's colours."""
        self.theme = theme
        self.set_shapes(*self._shown)

    def set_shapes(self, boxes: list[Box], whiskers: list[Whisker]) -> None:
        """Replace everything drawn by the boxes and whiskers of a new layout."""
        self._shown = (boxes, whiskers)
        rects, bounds = [], QRectF()
        for box in boxes:
            rect = QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0)
            bounds = bounds.united(rect)
            rects += [(rect, brush, pen) for brush, pen in box_paints(box, self.theme)]
        lines = []
        half = WHISKER_BEAM / 2
        for w in whiskers:
            lines += [QLineF(w.x_lo, w.y, w.x_hi, w.y), QLineF(w.x_lo, w.y - half, w.x_lo, w.y + half),
                      QLineF(w.x_hi, w.y - half, w.x_hi, w.y + half)]
            bounds = bounds.united(QRectF(w.x_lo, w.y - half, w.x_hi - w.x_lo, 2 * half))
        self.prepareGeometryChange()
        self._rects, self._whiskers = rects, lines
        self._bounds = bounds.adjusted(-2, -2, 2, 2)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(self, painter, _option, _widget=None) -> None:
        for rect, brush, pen in self._rects:
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRect(rect)
        if self._whiskers:
            painter.setPen(cosmetic_pen(self.theme.text, 1.5))
            painter.drawLines(self._whiskers)


class LabelsItem(QGraphicsItem):
    """Draws many short plain-text labels (elided to their width) in one paint call."""

    def __init__(self, fonts: dict[str, QFont], theme: DrawingTheme = LIGHT):
        super().__init__()
        self._runs: list[tuple[QPointF, str, str]] = []
        self.set_fonts(fonts)
        self.set_theme(theme)
        self._bounds = QRectF()
        self.texts: list[str] = []  # what is drawn, after eliding (for tests and accessibility)

    def set_theme(self, theme: DrawingTheme) -> None:
        """Text colours of another theme (muted styles get its muted colour)."""
        self._colors = {style: QColor(theme.muted if style in MUTED_STYLES else theme.text) for style in self._fonts}
        self.update()

    def set_fonts(self, fonts: dict[str, QFont]) -> None:
        """New fonts (the app's font size changed); texts are measured again."""
        self._fonts = fonts
        self._metrics = {k: QFontMetricsF(f) for k, f in fonts.items()}
        self._cache: dict[tuple[str, str, float], tuple[str, float, float, float]] = {}

    def measure(self, text: str, style: str) -> float:
        """Width of a text in a style, in pixels (the layout's ``measure``)."""
        return self._fit(text, style, 0.0)[1]

    def line_height(self) -> float:
        """Height of a label line: the layout scales its rows by it."""
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
        """Replace every label by the texts of a new layout."""
        runs, bounds = [], QRectF()
        for t in texts:
            s, w, ascent, descent = self._fit(t.text, t.style, t.width)
            if not s:
                continue
            x = t.x - w if t.align == "right" else t.x
            baseline = t.y + (ascent - descent) / 2
            runs.append((QPointF(x, baseline), s, t.style))
            bounds = bounds.united(QRectF(x, baseline - ascent, w, ascent + descent))
        self.prepareGeometryChange()
        self._runs = runs
        self._bounds = bounds
        self.texts = [s for _, s, _ in runs]
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(self, painter, _option, _widget=None) -> None:
        style = None
        for pos, s, st in self._runs:
            if st != style:
                style = st
                painter.setFont(self._fonts.get(st, self._fonts["label"]))
                painter.setPen(self._colors.get(st, self._colors["label"]))
            painter.drawText(pos, s)


MARK_COLOR = "#E69F00"  # Okabe–Ito orange, as the tour's own marks
MARK_TINT_ALPHA = 60  # the row's tint lets the bar's side colour show through
MARK_STRIP = 5.0  # pixels: a solid strip at the row's left edge


class MarksItem(QGraphicsItem):
    """The tour chapter's figures, drawn over the chart: each row tinted with a strip at its
    left edge, each bar outlined thick (``rows`` and ``bars`` from a layout's boxes)."""

    def __init__(self, theme: DrawingTheme = LIGHT):
        super().__init__()
        self.theme = theme
        self.rows: list[QRectF] = []
        self.bars: list[QRectF] = []
        self._bounds = QRectF()

    def set_theme(self, theme: DrawingTheme) -> None:
        self.theme = theme
        self.update()

    def set_marks(self, rows: list[QRectF], bars: list[QRectF]) -> None:
        self.prepareGeometryChange()
        self.rows, self.bars = rows, bars
        bounds = QRectF()
        for rect in rows + bars:
            bounds = bounds.united(rect)
        self._bounds = bounds.adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(self, painter, _option, _widget=None) -> None:
        painter.setPen(_NO_PEN)
        for rect in self.rows:
            painter.setBrush(solid_brush(MARK_COLOR, MARK_TINT_ALPHA))
            painter.drawRect(rect)
            painter.setBrush(solid_brush(MARK_COLOR))
            painter.drawRect(QRectF(rect.x(), rect.y(), MARK_STRIP, rect.height()))
        painter.setPen(cosmetic_pen(self.theme.mark_pen, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self.bars:
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
