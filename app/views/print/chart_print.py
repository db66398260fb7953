"""The force-comparison chart on paper: the forces page's own layout (``layout_chart``) and
graphics items (``ShapesItem``, ``LabelsItem``) in a scene of its own, rendered as vectors.

A chart taller than the room left on a page is cut between panels: each page shows the
panels that fit, the first with the chart's title and legend.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsScene

from app.model.forces import FigureIndex
from app.model.forces_figures import SIDE_ORDER, Figure
from app.model.forces_panels import RATIO_CHARTS, build_panels
from app.views.forces.chart_items import LabelsItem, ShapesItem, chart_fonts
from app.views.forces.layout import Layout, Metrics, layout_chart
from app.views.forces.text import ForcesText, side_name
from app.views.print.sheet import DPI, MM, Sheet, plain_letters

CHART_POINTS = 7.5  # the chart's label size on paper


def figure_index(ds, lang: str) -> FigureIndex:
    key = ("print", "figures", lang)
    if key not in ds._cache:
        ds._cache[key] = FigureIndex(ds, lang)
    return ds._cache[key]


def print_fonts(family: str) -> dict[str, QFont]:
    """The chart's fonts at paper size, in pixels: measured on screen and drawn on the
    96-per-inch page alike."""
    base = QFont(family)
    base.setPointSizeF(CHART_POINTS)
    fonts = chart_fonts(base)
    for f in fonts.values():
        f.setPixelSize(max(1, round(f.pointSizeF() * DPI / 72)))
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        plain_letters(f)
    return fonts


class PrintedChart:
    """Lays out and draws the panels of one chart in the page's width."""

    def __init__(self, sheet: Sheet, index: FigureIndex, panels, *, title: str = "", notes=(),
                 both: bool = False, empty_text: str = ""):
        self.sheet = sheet
        self.index = index
        self.text = ForcesText(index)
        self.labels = LabelsItem(print_fonts(sheet.font("body").family()))
        self.metrics = Metrics.for_line_height(self.labels.line_height())
        self.panels = list(panels)
        self.figures: list[Figure] = []
        figures = [f for p in self.panels for f in p.figures]
        sides = sorted({f.side for f in figures}, key=lambda s: SIDE_ORDER.index(s) if s in SIDE_ORDER else 99)
        self.options = {"title": title, "legend": [(s, side_name(s)) for s in sides],
                        "legend_note": self.text.legend_note(), "notes": list(notes), "both": both,
                        "differ": index.differ, "group_size": lambda g: len(index.groups.get(g, [])),
                        "empty_text": empty_text}

    def height_hint(self, room: float) -> float:
        """Height of the whole chart if it fits in ``room``, else of its first panel: what
        must fit below the text it belongs to."""
        whole = self._layout(self.panels, True).height
        return whole if whole <= room else self._layout(self.panels[:1], True).height

    def _layout(self, panels, first: bool) -> Layout:
        options = dict(self.options)
        if not first:
            options.update(title="", legend=[], legend_note="", notes=[])
        return layout_chart(panels, self.text, self.sheet.content_width, measure=self.labels.measure,
                            metrics=self.metrics, **options)

    def _fit(self, start: int, first: bool, room: float) -> tuple[int, Layout]:
        """How many panels from ``start`` fit in ``room`` (at least one), and their layout."""
        end, best = start + 1, self._layout(self.panels[start:start + 1], first)
        while end < len(self.panels):
            trial = self._layout(self.panels[start:end + 1], first)
            if trial.height > room:
                break
            end, best = end + 1, trial
        return end, best

    def draw(self, reserve: float = 0.0) -> None:
        """Draw page by page; ``reserve``: room to leave under the chart (its source line)."""
        sheet, start, first = self.sheet, 0, True
        if not self.panels:
            self._draw(self._layout([], True))
            return
        while start < len(self.panels):
            end, layout = self._fit(start, first, sheet.room() - reserve)
            if layout.height > sheet.room() - reserve and sheet.ensure(layout.height + reserve):
                end, layout = self._fit(start, first, sheet.room() - reserve)
            self._draw(layout)
            start, first = end, False

    def _draw(self, layout: Layout) -> None:
        sheet = self.sheet
        scene = QGraphicsScene()
        shapes = ShapesItem()
        shapes.set_shapes(layout.boxes, layout.whiskers)
        self.labels.set_texts(layout.texts)
        scene.addItem(shapes)
        scene.addItem(self.labels)
        height = min(layout.height, sheet.bottom - sheet.y)
        scene.render(sheet.painter, QRectF(sheet.left, sheet.y, layout.width, height),
                     QRectF(0, 0, layout.width, height))
        scene.removeItem(self.labels)  # the labels item is reused for the next page
        sheet.y += height + 1.5 * MM


def chart_of_figures(sheet: Sheet, ds, lang: str, figure_ids, title: str = "",
                     keep: Callable[[Figure], bool] = lambda f: True) -> PrintedChart | None:
    """The chart of some figures (in data order, grouped as the forces page groups them),
    ready to draw; None when none of the ids is a figure of the data."""
    index = figure_index(ds, lang)
    figures = [index.by_id[i] for i in figure_ids if i in index.by_id and keep(index.by_id[i])]
    if not figures:
        return None
    conflicts = tuple(dict.fromkeys(f.conflict for f in figures))
    with_ratios = all(f.chart in RATIO_CHARTS for f in figures)
    panels = build_panels(sorted(figures, key=lambda f: f.pos), conflicts, with_ratios=with_ratios)
    chart = PrintedChart(sheet, index, panels, title=title, both=len(conflicts) > 1)
    chart.figures = figures
    return chart
