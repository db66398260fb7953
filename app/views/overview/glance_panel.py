"""At a glance: where (the small map), when (the timeline) and how big and at what cost (the
headline comparison), drawn from one dataset in one language.

Imported once the data has loaded (it brings pandas and the map's model); the page shows its
cards and its "about the data" corner before that.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.model.dataset import Dataset
from app.model.glance import Glance, glance, schematic
from app.model.schematic import LAKE
from app.views.common.display import relative_font
from app.views.common.wording import term
from app.views.overview.drawing import Drawing
from app.views.overview.layouts import layout_headline, layout_timeline, split_key
from app.views.overview.mini_map import MiniMap
from app.views.overview.text import GlanceText, period_text
from app.views.overview.wrapping import WrappingLabel


#: Called as translate("OverviewPage", "literal") so that lupdate extracts the string.
translate = QCoreApplication.translate


class ElidedLabel(QLabel):
    """One line of plain text cut with '…' to the width it gets (the full text in its tooltip), so
    a long line never asks the page for the height of several."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event):  # noqa: N802 (Qt override): a new font size cuts elsewhere
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_full"):
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(10, self.width()))
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class Section(QFrame):
    """A titled block of the page: a bold title, a line of explanation, then its drawing."""

    def __init__(self, name: str, body: QWidget, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.title = relative_font(WrappingLabel(), 1.25, bold=True)  # wraps on a narrow page, never widens it
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = relative_font(ElidedLabel(), 0.92)
        self.body = body
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(body, 1)

    def set_texts(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.set_full_text(subtitle)
        self.subtitle.setVisible(bool(subtitle))


class GlancePanel(QWidget):
    """The map and the headline side by side, the timeline under them."""

    forces_requested = Signal(str, str)  # (quantity, side) whose figures to show
    battle_requested = Signal(object)  # the battle's first day (a date): the daily viewer

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("glance")
        self.glance: Glance | None = None
        self.text: GlanceText | None = None
        self.map = MiniMap()
        self.headline = Drawing(self._lay_out_headline, focusable=True, grow=True)
        self.headline.setObjectName("headline")
        self.timeline = Drawing(self._lay_out_timeline, focusable=False)
        self.timeline.setObjectName("timeline")
        self.timeline.clickable = {"battle"}  # a conflict's band only explains itself
        for drawing in (self.headline, self.timeline):
            drawing.describe = self._describe
        self.headline.activated.connect(self._activated)
        self.timeline.activated.connect(self._activated)
        self.map.clicked.connect(self._map_clicked)
        self.where = Section("where", self.map)
        self.cost = Section("cost", self._padded(self.headline))
        self.when = Section("when", self._padded(self.timeline))
        top = self._top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.where, 2)
        top.addWidget(self.cost, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(top, 1)
        layout.addWidget(self.when)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._share_height()

    def _share_height(self) -> None:
        """When the page is short of room (large type, a small screen), the timeline gives up to a
        quarter of its height before the headline's numbers get smaller (Qt would take equally)."""
        natural = self.timeline.sizeHint().height()
        ideal = self._top.sizeHint().height() + self.when.sizeHint().height() + self.layout().spacing()
        short = max(0, ideal - self.height())
        self.timeline.setMaximumHeight(int(natural - min(short, natural / 4)))

    @staticmethod
    def _padded(drawing: Drawing) -> QWidget:
        """A drawing on a white panel that fills its section (the drawing keeps its own height)."""
        panel = QFrame()
        panel.setObjectName("drawingPanel")
        panel.setStyleSheet("QFrame#drawingPanel { background: white; }")
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(drawing)
        return panel

    # ------------------------------------------------------------------ content
    def show_dataset(self, ds: Dataset, lang: str) -> None:
        """Draw everything from ``ds`` in ``lang``."""
        self.glance = g = glance(ds)
        self.text = text = GlanceText(ds, g, lang)
        self.map.show_schematic(schematic(ds), g.hills, lang)
        self.headline.relayout()
        self.timeline.relayout()
        hills = [ds.name("places", pid, lang) for pid in g.hills]
        lake = ds.row("places", LAKE)
        self._set_titles(g, hills, ds.name("places", LAKE, lang) if lake is not None else "", lang)
        self.map.setAccessibleName(translate("OverviewPage", "Map: {hills}, Lake Khasan and the two border claims")
                                   .format(hills=", ".join(hills)))
        self.headline.setAccessibleName(text.headline_summary())
        self.headline.setAccessibleDescription(translate(
            "OverviewPage", "Up and Down step through the numbers; Enter shows every source's figure on the "
                            "Forces page"))
        self.timeline.setAccessibleName(text.timeline_summary())

    def _set_titles(self, g: Glance, hills: list[str], place: str, lang: str) -> None:
        if hills:
            where = translate("OverviewPage", "{hills} between the two border claims").format(
                hills=translate("OverviewPage", " and ").join(hills))
        else:
            where = translate("OverviewPage", "No hill in the data has surveyed coordinates.")
        self.where.set_texts(translate("OverviewPage", "Where"), where)
        cost = term("conflict", g.conflict)
        if g.battle is not None:
            cost = translate("OverviewPage", "At {place}, {dates}").format(
                place=place or cost, dates=period_text(g.battle, lang))
        self.cost.set_texts(translate("OverviewPage", "How big were the two sides, and what did it cost them?"), cost)
        when = translate("OverviewPage", "When")
        if g.window is not None:
            when = translate("OverviewPage", "When: {first}–{last}").format(first=g.window[0], last=g.window[1])
        self.when.set_texts(when, translate("OverviewPage", "Bars: events per month in the data · click the battle "
                                                            "to follow it day by day"))

    def _lay_out_headline(self, width, measure, line):
        if self.glance is None:
            from app.views.forces.layout import Layout

            return Layout(width=width, height=0)
        return layout_headline(self.glance, self.text, width, measure, line)

    def _lay_out_timeline(self, width, measure, line):
        if self.glance is None:
            from app.views.forces.layout import Layout

            return Layout(width=width, height=0)
        return layout_timeline(self.glance, self.text, width, measure, line)

    def _describe(self, kind: str, key: str) -> str:
        if self.text is None:
            return ""
        if kind == "headline":
            return self.text.describe_headline(*split_key(key))
        return self.text.describe_period(kind, key)

    # ------------------------------------------------------------------ clicks
    def _activated(self, kind: str, key: str) -> None:
        if kind == "headline":
            self.forces_requested.emit(*split_key(key))
        elif kind == "battle":
            self._map_clicked()

    def _map_clicked(self) -> None:
        if self.glance is not None and self.glance.battle is not None:
            self.battle_requested.emit(self.glance.battle.start.date())
