"""Active filters shown as removable chips, plus one reset button."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.views.common.icons import icon
from app.views.common.retranslate import Retranslating


class FilterChips(Retranslating, QWidget):
    """A row of "Kind: clash ✕" buttons; clicking one asks to remove that filter part."""

    remove_requested = Signal(str)  # part name: text, dates, casualties, or a facet
    reset_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel()
        self._layout.addWidget(self._label)
        self._chips: list[QToolButton] = []
        self._layout.addStretch(1)
        self.reset = QPushButton()
        self.reset.clicked.connect(self.reset_requested)
        self.reset.setIcon(icon("reset"))
        self._layout.addWidget(self.reset)
        self.retranslate()

    def retranslate(self) -> None:
        self._label.setText(self.tr("Filters:"))
        self.reset.setText(self.tr("Reset filters"))
        self.reset.setAccessibleName(self.tr("Reset all filters"))
        self.setAccessibleName(self.tr("Active filters"))

    def set_chips(self, chips: list[tuple[str, str]]) -> None:
        """``chips``: (part, text) pairs, in display order."""
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for i, (part, text) in enumerate(chips):
            chip = QToolButton()
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches every chip
            chip.setText(f"{text}  ✕")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setAccessibleName(self.tr("Remove filter {text}").format(text=text))
            chip.setProperty("part", part)
            chip.clicked.connect(lambda _=False, p=part: self.remove_requested.emit(p))
            self._layout.insertWidget(1 + i, chip)
            self._chips.append(chip)
        self._label.setVisible(bool(chips))
        self.reset.setEnabled(bool(chips))

    def chip_texts(self) -> list[str]:
        return [c.text().removesuffix("  ✕") for c in self._chips]

    def chip_for(self, part: str) -> QToolButton | None:
        return next((c for c in self._chips if c.property("part") == part), None)
