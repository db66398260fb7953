"""Language choice and Qt translators."""
from __future__ import annotations

import locale
import os

LANGUAGES = ("en", "fi")


def system_language() -> str:
    """'fi' on a Finnish system, else 'en' (checked without Qt so the CLI stays light)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "fi" if value.lower().startswith("fi") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "fi" if loc.lower().startswith("fi") else "en"


def pick_language(requested: str | None) -> str:
    if requested:
        return requested
    return system_language()


def install_translator(app, lang: str):
    """Load resources/translations/app_<lang>.qm if shipped; returns the translator or None."""
    from PySide6.QtCore import QTranslator

    from app.paths import resources_dir

    if lang == "en":
        return None
    qm = resources_dir() / "translations" / f"app_{lang}.qm"
    translator = QTranslator(app)
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None
