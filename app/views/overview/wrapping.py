"""A word-wrapping label that asks its layout for the height of its lines.

Qt's box layouts take a wrapping label's height-for-width when they share out the room, but a
widget's *minimum* size ignores it: on a page that scrolls (the first page sets its content's
minimum from its layout) a label that wraps to more lines than its minimum then takes the room
of its neighbours (the drawings), or is cut. This label has no height-for-width for its
layouts; instead its minimum height is the height its lines need at the width it has, so the
page grows (and scrolls) instead. It asks for the width of its text on one line, and wraps
only when it gets less.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QLabel


class WrappingLabel(QLabel):
    """A QLabel with word wrap whose minimum height follows its lines at its width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHeightForWidth(False)  # the minimum height says it (see the module's note)
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """The longest word on one line. Not QLabel's own: it keeps the minimum height it was
        given when it was measured (a line more once it wrapped) until the text changes."""
        margins = self.contentsMargins()
        spare = margins.left() + margins.right() + 2 * self.margin() + max(0, self.indent())
        metrics = QFontMetricsF(self.font())
        word = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0.0)
        return QSize(math.ceil(word) + spare + 2, self.lines_height(100000))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override): QLabel says True when it wraps
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override): one line if there is room
        margins = self.contentsMargins()
        spare = margins.left() + margins.right() + 2 * self.margin() + max(0, self.indent())
        width = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self.text())) + spare + 2  # never wraps
        return QSize(width, self.lines_height(width))

    def lines_height(self, width: int) -> int:
        """The height of the text wrapped to ``width`` (as QLabel measures plain text), whatever
        the minimum height set (QLabel's own height-for-width never goes below it)."""
        margins = self.contentsMargins()
        spare = 2 * self.margin() + max(0, self.indent())
        room = max(1, width - margins.left() - margins.right() - spare)
        flags = int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)
        box = QFontMetrics(self.font()).boundingRect(QRect(0, 0, room, 100000), flags, self.text())
        return box.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def _follow(self) -> None:
        if self.width() > 0:
            need = self.lines_height(self.width())
            if need != self.minimumHeight():
                self.setMinimumHeight(need)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._follow()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._follow()

    def changeEvent(self, event):  # noqa: N802 (Qt override): other type, other lines
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow()
