"""One registry of the app's icons: a name -> qtawesome spec, so a theme change is one place.

qtawesome loads its icon fonts on first use (~0.1 s): icons are asked for when the views are
built, after the window's first paint.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

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
}


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The named icon, or an empty icon if the name is unknown (never an error in the UI)."""
    import qtawesome

    spec = SPECS.get(name)
    return qtawesome.icon(spec) if spec else QIcon()


def app_icon() -> QIcon:
    """The application's own icon (resources/icons), at every size shipped."""
    result = QIcon()
    for path in sorted((resources_dir() / "icons").glob("khasan-explorer-*.png")):
        result.addFile(str(path))
    return result
