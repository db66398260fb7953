"""The tour's progress dots: one small numbered button per chapter, the current one filled."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

DOT_QSS = """
QPushButton#tourDot { border: 2px solid #555555; border-radius: 14px; background: #ffffff; color: #1a1a1a;
                      min-width: 28px; max-width: 28px; min-height: 28px; max-height: 28px; padding: 0; }
QPushButton#tourDot:checked { background: #E69F00; border-color: #000000; font-weight: bold; }
QPushButton#tourDot:focus { border: 3px solid palette(highlight); }
"""


class ChapterDots(QWidget):
    """A row of numbered dots; ``chosen(number)`` when one is clicked (1-based)."""

    chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tourDots")
        self.setStyleSheet(DOT_QSS)
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
                button = QPushButton(str(number))
                button.setObjectName("tourDot")
                button.setCheckable(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
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
        for button, (number, title) in zip(self.buttons, self._titles):
            name = QCoreApplication.translate("TourView", "Chapter {n}: {title}").format(n=number, title=title)
            button.setAccessibleName(name)
            button.setToolTip(name)

    def show_current(self, index: int) -> None:
        """Fill the dot of the chapter at ``index`` (0-based), empty the others."""
        for i, button in enumerate(self.buttons):
            button.setChecked(i == index)
