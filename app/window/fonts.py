"""The bundled name fonts (resources/fonts/, made by packaging/make_font_subset.py):
registered once at start-up as substitutes of the application font's family, so Qt
falls back to them for Cyrillic, Japanese, Chinese and Korean names the system fonts lack."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from app.paths import resources_dir

_families: list[str] | None = None


def install_name_fonts() -> list[str]:
    """Register the bundled fonts (once) and make them fallbacks of the app font; returns
    their family names. Safe to call again (e.g. after the kiosk set its own font)."""
    global _families
    if _families is None:
        found: list[str] = []
        for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                found += QFontDatabase.applicationFontFamilies(font_id)
        _families = found
    # Substitutions, not extra families on the app font: Qt consults them only for
    # characters the primary font lacks, so line heights (and page breaks) stay as they were.
    family = QGuiApplication.instance().font().family()
    known = QFont.substitutes(family)
    missing = [f for f in _families if f not in known]
    if missing:
        QFont.insertSubstitutions(family, missing)
    return list(_families)
