"""Events per year as a small bar chart; drag across it to set the date range (brushing)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from app.views.common.named_viewport import NamedViewport
from app.views.common.retranslate import Retranslating
from app.views.common.theme import DrawingTheme, FollowsTheme


class _BrushViewBox(pg.ViewBox):
    """Left-drag draws the selected year range instead of panning."""

    brushed = Signal(float, float, bool)  # start, end, finished

    def __init__(self):
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=False, y=False)

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        a = self.mapSceneToView(ev.buttonDownScenePos()).x()
        b = self.mapSceneToView(ev.scenePos()).x()
        self.brushed.emit(min(a, b), max(a, b), ev.isFinish())


class EventHistogram(NamedViewport, FollowsTheme, Retranslating, pg.PlotWidget):
    """Bars: all events per year (grey) and the shown ones (blue); a region for the range.

    Not a keyboard stop: the year boxes under it set the same range."""

    range_selected = Signal(int, int)  # first year, last year (inclusive)

    def __init__(self, parent=None):
        self._box = _BrushViewBox()
        super().__init__(parent, viewBox=self._box)
        self.setBackground(None)
        self.setMinimumHeight(90)
        self.setMaximumHeight(130)
        self.getPlotItem().hideButtons()
        self.getPlotItem().setMenuEnabled(False)
        self.getAxis("left").setWidth(36)
        self.setObjectName("eventHistogram")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._counts_text = ""
        self._all = pg.BarGraphItem(x=[], height=[], width=0.9, brush=pg.mkBrush(180, 180, 180))
        self._shown = pg.BarGraphItem(x=[], height=[], width=0.9, brush=pg.mkBrush("#0072B2"))
        self.addItem(self._all)
        self.addItem(self._shown)
        self.region = pg.LinearRegionItem(values=(0, 1), movable=True, brush=pg.mkBrush(230, 159, 0, 50))
        self.region.setZValue(10)
        self.region.hide()
        self.addItem(self.region)
        self._years = np.array([], dtype=int)
        self._box.brushed.connect(self._on_brush)
        self.region.sigRegionChangeFinished.connect(self._on_region_moved)
        self._quiet = False
        self.retranslate()

    def apply_theme(self, theme: DrawingTheme) -> None:
        """Light: the window's own background; high contrast: white axes, black ground, the
        shown events' bars in the lighter blue that reads on black."""
        self.setBackground(theme.background if theme.dark else None)
        axis_pen = theme.text if theme.dark else pg.getConfigOption("foreground")
        for name in ("left", "bottom"):
            self.getAxis(name).setPen(axis_pen)
            self.getAxis(name).setTextPen(axis_pen)
        self._shown.setOpts(brush=pg.mkBrush(theme.side("Japan") if theme.dark else "#0072B2"))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Events per year; drag to choose a date range"))
        self.setAccessibleDescription(self.tr("Events per year: {counts}").format(counts=self._counts_text))

    def set_counts(self, years: np.ndarray, all_counts: np.ndarray, shown_counts: np.ndarray) -> None:
        self._years = years
        self._all.setOpts(x=years, height=all_counts)
        self._shown.setOpts(x=years, height=shown_counts)
        self._counts_text = ", ".join(f"{y}: {n}" for y, n in zip(years, shown_counts) if n)
        self.retranslate()
        if len(years) and all_counts.sum():
            # Zoom to where the events are (2nd-98th percentile of years): a few
            # outliers (an 1860 treaty, a 2008 film) would otherwise squash the bars.
            cumulative = np.cumsum(all_counts) / all_counts.sum()
            lo = years[np.searchsorted(cumulative, 0.02)]
            hi = years[min(np.searchsorted(cumulative, 0.98), len(years) - 1)]
            self.setXRange(lo - 1.5, hi + 1.5, padding=0)
            self.setYRange(0, max(1, int(all_counts.max())), padding=0.05)

    def set_range(self, first: int | None, last: int | None) -> None:
        """Show the chosen years (None: no date filter) without emitting."""
        self._quiet = True
        if first is None or last is None:
            self.region.hide()
        else:
            self.region.setRegion((first - 0.5, last + 0.5))
            self.region.show()
        self._quiet = False

    def _on_brush(self, a: float, b: float, finished: bool) -> None:
        self._quiet = True
        self.region.setRegion((a, b))
        self.region.show()
        self._quiet = False
        if finished:
            self._emit(a, b)

    def _on_region_moved(self) -> None:
        if not self._quiet:
            self._emit(*self.region.getRegion())

    def _emit(self, a: float, b: float) -> None:
        if not len(self._years):
            return
        first = int(np.clip(np.ceil(a - 0.5), self._years[0], self._years[-1]))
        last = int(np.clip(np.floor(b + 0.5), self._years[0], self._years[-1]))
        if last < first:
            last = first
        self.range_selected.emit(first, last)
