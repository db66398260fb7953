"""The tour's progress dots: one small numbered button per chapter, the current one filled.

Each dot is a button drawn as a circle inside whatever size the style gives it (the kiosk's
touch style makes every button at least 48 px), so the touch target grows, not the look.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

CURRENT = QColor("#E69F00")  # Okabe–Ito orange, as the tour's other marks


class Dot(QPushButton):
    """A checkable numbered circle."""

    def __init__(self, number: int, parent=None):
        super().__init__(str(number), parent)
        self.setObjectName("tourDot")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        side = max(30, self.fontMetrics().height() + 14)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def paintEvent(self, _event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height(), self.sizeHint().width()) - 4
        circle = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        ink = QColor("#1a1a1a")
        if self.hasFocus():  # the keyboard's place: a ring in the highlight colour around the dot
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle.adjusted(-1, -1, 1, 1))
            circle = circle.adjusted(3, 3, -3, -3)
        painter.setPen(QPen(QColor("#000000") if self.isChecked() else QColor("#555555"), 2))
        painter.setBrush(CURRENT if self.isChecked() else QColor("#ffffff"))
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(self.isChecked())
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class ChapterDots(QWidget):
    """A row of numbered dots; ``chosen(number)`` when one is clicked (1-based)."""

    chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tourDots")
        # The kiosk's touch style pads every button sideways; a dot keeps its 48 px, not the padding.
        self.setStyleSheet("QPushButton#tourDot { padding: 0; }")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(8, 0, 8, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self._row.addStretch(1)
        self.buttons: list[QPushButton] = []
        self._titles: list[tuple[int, str]] = []

    def set_chapters(self, titles: list[tuple[int, str]]) -> None:
        """One dot per chapter (number, title); kept when only the titles change."""
        if [n for n, _ in titles] != [n for n, _ in self._titles]:
            for button in self.buttons:
                self._row.removeWidget(button)
                button.deleteLater()
            self.buttons = []
            for i, (number, _title) in enumerate(titles):
                button = Dot(number)
                button.clicked.connect(lambda _=False, n=number: self._choose(n))
                self._row.insertWidget(1 + i, button)
                self.buttons.append(button)
        self._titles = list(titles)
        self.retranslate()

    def _choose(self, number: int) -> None:
        self.chosen.emit(self._position(number))

    def _position(self, number: int) -> int:
        """The 1-based place in the tour of chapter ``number``."""
        return next((i + 1 for i, (n, _) in enumerate(self._titles) if n == number), 1)

    def retranslate(self) -> None:
        total = len(self._titles)
        for position, (button, (number, title)) in enumerate(zip(self.buttons, self._titles), start=1):
            name = QCoreApplication.translate("TourView", "Chapter {n}: {title}").format(n=number, title=title)
            button.setAccessibleName(name)
            button.setToolTip(name)
            # said after the name: where it is in the tour (not the name again, which the tooltip would give)
            button.setAccessibleDescription(
                QCoreApplication.translate("TourView", "Chapter {n} of {total}").format(n=position, total=total))

    def show_current(self, index: int) -> None:
        """Fill the dot of the chapter at ``index`` (0-based), empty the others."""
        for i, button in enumerate(self.buttons):
            button.setChecked(i == index)
