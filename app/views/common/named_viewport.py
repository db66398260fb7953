"""Graphics views whose viewport says what the view says.

A QGraphicsView (pyqtgraph's PlotWidget too) paints in a child viewport, which Qt makes
focusable and exposes to screen readers as a nameless "filler": a screen reader's mouse
review over a chart or map finds that and reads nothing. With this mixin the viewport takes
no focus (a click focuses the view, its focus proxy, as before) and carries the view's
accessible name and description whenever the view's are set.
"""
from __future__ import annotations

from PySide6.QtCore import Qt


class NamedViewport:
    """Mix in before the QGraphicsView class: ``class Map(NamedViewport, QGraphicsView)``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAccessibleName(self.accessibleName())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.viewport().setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleDescription(text)
        self.viewport().setAccessibleDescription(text)
