"""One registry of the app's icons: a name -> qtawesome spec, so a theme change is one place.

qtawesome costs ~0.1 s to import and load its fonts. Icons are handed out at once but drawn
by a small engine that loads qtawesome on the event loop after the first frame that needs
one: the window shows its data a frame earlier and the icons appear in the next frame.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

from app.paths import resources_dir

SPECS = {
    "open-folder": "fa5s.folder-open",
    "open-file": "fa5s.file-csv",
    "bundled": "fa5s.database",
    "report": "fa5s.file-pdf",
    "print": "fa5s.print",
    "link": "fa5s.link",
    "quit": "fa5s.sign-out-alt",
    "export": "fa5s.file-export",
    "copy": "fa5s.copy",
    "day": "fa5s.calendar-day",
    "reset": "fa5s.undo",
    "search": "fa5s.search",
    "about": "fa5s.info-circle",
    "overview": "fa5s.home",
    "incidents": "fa5s.table",
    "forces": "fa5s.chart-bar",
    "days": "fa5s.map",
    "sources": "fa5s.book",
    "index": "fa5s.list",
    "map-key": "fa5s.list-ul",
}

_state = {"loaded": False, "scheduled": False}


def load_now() -> None:
    """Load the icon fonts at once (screenshots: there is no later frame)."""
    if not _state["loaded"]:
        _load_fonts_then_repaint()


def _load_fonts_then_repaint() -> None:
    import qtawesome  # noqa: F401 - loads the icon fonts
    from PySide6.QtWidgets import QApplication

    _state["loaded"] = True
    for widget in QApplication.allWidgets():  # the frame without icons is redrawn with them
        widget.update()


def _request_fonts() -> None:
    if not _state["scheduled"]:
        _state["scheduled"] = True
        QTimer.singleShot(0, _load_fonts_then_repaint)


@lru_cache(maxsize=None)
def _real(spec: str) -> QIcon:
    import qtawesome

    return qtawesome.icon(spec)


class _DeferredEngine(QIconEngine):
    """Draws nothing until qtawesome is loaded, asks for it once, then draws the real icon."""

    def __init__(self, spec: str):
        super().__init__()
        self.spec = spec

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        if _state["loaded"]:
            _real(self.spec).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)
        else:
            _request_fonts()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        if _state["loaded"]:
            return _real(self.spec).pixmap(size, mode, state)
        _request_fonts()
        empty = QPixmap(size)
        empty.fill(Qt.GlobalColor.transparent)
        return empty

    def clone(self) -> QIconEngine:
        return _DeferredEngine(self.spec)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The named icon, or an empty icon if the name is unknown (never an error in the UI)."""
    spec = SPECS.get(name)
    return QIcon(_DeferredEngine(spec)) if spec else QIcon()


def app_icon() -> QIcon:
    """The application's own icon (resources/icons), at every size shipped."""
    result = QIcon()
    for path in sorted((resources_dir() / "icons").glob("khasan-explorer-*.png")):
        result.addFile(str(path))
    return result
