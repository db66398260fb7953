"""Small chart of per-day figures under the map: one point per stated value, chosen day marked.

Values span 1 to a few hundred, so the y axis is logarithmic (ticks 1, 10, 100). Points
are coloured by side and shaped by group (air, attacks, casualties); identical statements
share a point, different ones are never summed. Items are built once per dataset and
language; a day change only moves the marker and relabels that day's points.
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics

from app.i18n import format_int
from app.model.dates import format_day, format_day_month
from app.model.days import ChartPoint
from app.views.common.named_viewport import NamedViewport
from app.views.common.retranslate import Retranslating
from app.views.common.theme import DrawingTheme, FollowsTheme
from app.views.days.text import DayText, tooltip_html

SYMBOLS = {"air": "o", "attacks": "t1", "losses": "s"}
N_LABELS = 8


class DayChart(NamedViewport, FollowsTheme, Retranslating, pg.PlotWidget):
    """Per-day figures; the list beside the map ("Casualties, sorties and other figures")
    holds the same numbers as rows, for the keyboard and screen readers. In the window's
    theme (high contrast: white axes and text on black)."""

    day_clicked = Signal(int)  # strip index of a clicked point

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("dayChart")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the day strip and the list are the keyboard path
        self.text = DayText(self)
        self.setMinimumHeight(150)
        self.setMaximumHeight(180)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=False, y=True, alpha=0.15)
        plot.getAxis("left").setWidth(36)
        self.points: list[ChartPoint] = []
        self.stems = pg.PlotDataItem(pen=pg.mkPen("#888888", width=1.2), connect="pairs")
        self.scatters: dict[str, pg.ScatterPlotItem] = {}
        for group, symbol in SYMBOLS.items():
            scatter = pg.ScatterPlotItem(symbol=symbol, size=10, hoverable=True, tip=lambda x, y, data: data,
                                         hoverSize=14, pen=pg.mkPen("#333333", width=0.8))
            scatter.sigClicked.connect(self._clicked)
            self.scatters[group] = scatter
        self.current = pg.ScatterPlotItem(size=17, pen=pg.mkPen("#000000", width=2), brush=None, symbol="o")
        self.marker = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#000000", width=1.5,
                                                                             style=Qt.PenStyle.DashLine))
        self.labels = [pg.TextItem(color="#000000", anchor=(0, 1.0), fill=pg.mkBrush(255, 255, 255, 210))
                       for _ in range(N_LABELS)]
        self.empty = pg.TextItem(color="#666666", anchor=(0.5, 0.5))
        for item in (self.stems, *self.scatters.values(), self.current, self.marker, *self.labels, self.empty):
            plot.addItem(item)
        small = QFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for label in self.labels:
            label.setFont(small)
        # Top left, two rows: the fighting (and so most points) is in the right half.
        self.legend = plot.addLegend(offset=(4, 2), labelTextSize=f"{small.pointSizeF():.0f}pt",
                                     brush=pg.mkBrush(255, 255, 255, 200), colCount=3)
        self._by_day: dict[int, list[ChartPoint]] = {}
        self._n_days = 0
        self._has_points = True
        self._built: tuple | None = None  # set_points' arguments and the day: a theme switch draws them again
        self._day = -1
        self.retranslate()

    def apply_theme(self, theme: DrawingTheme) -> None:
        """Background, axes, stems, outlines, labels and legend in ``theme``'s colours."""
        fg = theme.text if theme.dark else pg.getConfigOption("foreground")  # light: pyqtgraph's own grey
        ink = theme.text if theme.dark else "#000000"
        self.setBackground(theme.background)
        for name in ("left", "bottom"):
            self.getPlotItem().getAxis(name).setPen(fg)
            self.getPlotItem().getAxis(name).setTextPen(fg)
        self.stems.setPen(pg.mkPen(theme.stem, width=1.2))
        for scatter in self.scatters.values():
            scatter.setPen(pg.mkPen(theme.symbol_pen, width=0.8))
        self.current.setPen(pg.mkPen(ink, width=2))
        self.marker.setPen(pg.mkPen(ink, width=1.5, style=Qt.PenStyle.DashLine))
        for label in self.labels:
            label.fill = pg.mkBrush(0, 0, 0, 210) if theme.dark else pg.mkBrush(255, 255, 255, 210)
            label.setColor(ink)
        self.empty.setColor(theme.muted if theme.dark else "#666666")
        self.legend.setBrush(pg.mkBrush(0, 0, 0, 200) if theme.dark else pg.mkBrush(255, 255, 255, 200))
        self.legend.setPen(pg.mkPen(theme.frame_pen) if theme.dark else None)
        self.legend.setLabelTextColor(theme.muted if theme.dark else pg.getConfigOption("foreground"))
        if self._built is not None:
            self.set_points(*self._built)
            self.set_day(self._day)

    def _fit_left_axis(self, tick_texts: list[str]) -> None:
        """Room for the rotated axis title and the widest tick in the type shown (a fixed 36 px
        put the kiosk's larger "count (log)" over the "10")."""
        self._tick_texts = tick_texts
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(t) for t in tick_texts), default=0)
        self.getPlotItem().getAxis("left").setWidth(int(metrics.height() * 1.3 + widest + 12))

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and getattr(self, "_tick_texts", None):  # zoom, kiosk type
            self._fit_left_axis(self._tick_texts)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Per-day figures"))
        self.getPlotItem().setLabel("left", self.tr("count (log)"))
        self.empty.setText("" if self._has_points else self.tr("No per-day figures in the data"))
        self._describe()

    def _describe(self) -> None:
        text = self.tr("Sorties, attacks and casualties per day on a log scale; the same figures are listed "
                       "beside the map.")
        shown = self.day_labels()
        self.setAccessibleDescription(text + (" " + "; ".join(shown) if shown else ""))

    def set_points(self, points: list[ChartPoint], days, lang: str) -> None:
        """Build the chart for a dataset and language (not per frame)."""
        self._built = (points, days, lang)
        theme = self.drawing_theme
        self.points = points
        self._n_days = len(days)
        self._by_day = {}
        for p in points:
            self._by_day.setdefault(p.index, []).append(p)
        top = max((p.value for p in points), default=10.0)
        floor = -0.15  # log10 axis: a bit below 1 so stems of value 1 show
        xs, ys = [], []
        for p in points:
            xs += [p.index, p.index]
            ys += [floor, math.log10(p.value)]
        self.stems.setData(xs, ys)
        self.legend.clear()
        for group, scatter in self.scatters.items():
            mine = [p for p in points if p.group == group]
            scatter.setData(
                x=[p.index for p in mine], y=[math.log10(p.value) for p in mine],
                brush=[pg.mkBrush(theme.side(p.side)) for p in mine],
                data=[tooltip_html(self._tip(p, lang)) for p in mine])
            if mine:
                self.legend.addItem(pg.ScatterPlotItem(symbol=SYMBOLS[group], size=9, brush=pg.mkBrush("#dddddd"),
                                                       pen=pg.mkPen(theme.symbol_pen)), self.text.group(group))
        for side in ("USSR", "Japan"):
            if any(p.side == side for p in points):
                self.legend.addItem(pg.ScatterPlotItem(symbol="s", size=9, brush=pg.mkBrush(theme.side(side)),
                                                       pen=pg.mkPen(theme.side(side))), self.text.side(side))
        plot = self.getPlotItem()
        plot.setXRange(-0.5, max(0, len(days) - 0.5), padding=0)
        plot.setYRange(floor, math.log10(top) + 0.35, padding=0)
        decades = range(0, int(math.log10(top)) + 2)
        ticks = [(d, format_int(10 ** d, lang)) for d in decades]
        plot.getAxis("left").setTicks([ticks, []])
        self._fit_left_axis([text for _, text in ticks])
        major = [(i, format_day_month(d, lang)) for i, d in enumerate(days) if d.day in (1, 15)]
        minor = [(i, "") for i, d in enumerate(days) if d.day_of_week == 0]
        plot.getAxis("bottom").setTicks([major, minor])
        self._has_points = bool(points)
        self.empty.setText("" if points else self.tr("No per-day figures in the data"))
        self.empty.setPos(len(days) / 2, (floor + math.log10(top) + 0.35) / 2)

    def _tip(self, point: ChartPoint, lang: str) -> str:
        head = format_day(point.day, lang)
        parts = [head]
        for line in point.lines:
            parts.append(self.text.count_details(line))
        return "\n\n".join(parts)

    def set_day(self, index: int) -> None:
        """Mark the chosen day and label its values."""
        self._day = index
        self.marker.setValue(index)
        mine = self._by_day.get(index, [])
        self.current.setData(x=[p.index for p in mine], y=[math.log10(p.value) for p in mine])
        for i, label in enumerate(self.labels):
            if i < len(mine):
                p = mine[i]
                label.setText(f"{p.lines[0].value_text} {self.text.count_what(p.lines[0])}")
                label.setPos(p.index + 0.35, math.log10(p.value))
                label.setAnchor((0, 0.5) if p.index < self._n_days * 0.8 else (1, 0.5))
                if p.index >= self._n_days * 0.8:
                    label.setPos(p.index - 0.35, math.log10(p.value))
                label.setVisible(True)
            else:
                label.setVisible(False)
        self._describe()

    def day_labels(self) -> list[str]:
        """Texts of the visible value labels (for tests)."""
        return [label.toPlainText() for label in self.labels if label.isVisible()]

    def _clicked(self, _scatter, points, _event) -> None:
        if len(points):
            self.day_clicked.emit(int(round(points[0].pos().x())))
