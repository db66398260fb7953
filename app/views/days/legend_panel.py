"""The map's key beside the map, folded away by a slim icon button between the two when the
map would otherwise be too narrow to read (the kiosk's large type on a 1280 px screen).

The map names its holders in words on every hill, so it reads without the key; the key
comes back with one tap, and a user's own choice is kept over the automatic one.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from app.views.common.icons import icon
from app.views.common.retranslate import Retranslating
from app.views.days.legend import MapLegend

#: The narrowest map worth keeping the key beside, in text lines (≈ 650 px in the kiosk's type).
MIN_MAP_LINES = 30


class MapKeyButton(Retranslating, QToolButton):
    """A key icon between map and key: shows or folds the :class:`MapLegend` (an icon, not a word:
    it costs the map little width and the day's row no room); folds the key itself when the map is narrow."""

    def __init__(self, legend: MapLegend, map_widget: QWidget, parent=None):
        super().__init__(parent)
        self.legend = legend
        self._map = map_widget
        self._chosen: bool | None = None  # the user's choice; None: by the room there is
        self.setCheckable(True)
        self.setChecked(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.clicked.connect(self._clicked)
        map_widget.installEventFilter(self)  # its width, and the key's words and type, decide
        legend.installEventFilter(self)
        self.setIcon(icon("map-key"))  # pressed while the key shows (not legend.show() here: unparented
        self.setIconSize(QSize(20, 20))  # yet, it would open as a window of its own)
        self.retranslate()

    @property
    def folded(self) -> bool:
        return not self.isChecked()

    def retranslate(self) -> None:
        self._name()
        QTimer.singleShot(0, self, self._refit)  # the key's words changed width

    def _name(self) -> None:
        name = self.tr("Show the map key") if self.folded else self.tr("Hide the map key")
        self.setAccessibleName(name)
        self.setToolTip(name)

    def _clicked(self, shown: bool) -> None:
        self._chosen = shown
        self._show_key(shown)

    def _show_key(self, shown: bool) -> None:
        self.setChecked(shown)
        self._name()
        self.legend.setVisible(shown)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._refit)  # after the layout has settled
        return False

    def _refit(self) -> None:
        """Key beside the map only if the map keeps MIN_MAP_LINES lines of width (the room
        counted is the map's and the key's together, so folding does not change the answer)."""
        if self._chosen is not None or not self._map.isVisible():
            return
        room = self._map.width() + (self.legend.width() if self.legend.isVisible() else 0)
        wanted = room - self.legend.sizeHint().width() >= MIN_MAP_LINES * self.fontMetrics().height()
        if wanted != self.legend.isVisible():
            self._show_key(wanted)
