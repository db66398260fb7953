"""Language choice, Qt translators and per-language number formats.

One language is active at a time. :func:`install_translator` replaces the translators it
installed before (the app's ``app_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm`` for the
standard dialogs), sets the default QLocale and delivers Qt's LanguageChange events at
once, so every widget's ``retranslate`` has run when it returns.
"""
from __future__ import annotations

import locale
import os

LANGUAGES = ("en", "fi")
#: Each language named in itself: the Language menu shows these, never translated.
LANGUAGE_NAMES = {"en": "English", "fi": "Suomi"}
#: The QLocale name behind each language (numbers "15,000" / "15 000").
LOCALE_NAMES = {"en": "en_GB", "fi": "fi_FI"}

_installed: list = []  # the translators installed by install_translator
_active = {"lang": "en"}


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


def active_language() -> str:
    """The language whose translators are installed now."""
    return _active["lang"]


def qm_path(lang: str):
    from app.paths import resources_dir

    return resources_dir() / "translations" / f"app_{lang}.qm"


def install_translator(app, lang: str):
    """Make ``lang`` the application's language; returns the app's translator (None for English).

    Removes the translators installed by an earlier call first, so switching back and
    forth never stacks them. Safe to call again with the same language.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()  # a removed translator still holds its .qm: free it (kiosks switch all day)
    _installed.clear()
    _active["lang"] = lang
    QLocale.setDefault(QLocale(LOCALE_NAMES.get(lang, "en_GB")))
    ours = None
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            ours = None
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir):  # buttons of standard dialogs, shortcut names
            app.installTranslator(qt)
            _installed.append(qt)
    # Qt posts LanguageChange to every widget; deliver them now so the caller sees the result.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return ours


def locale_for(lang: str):
    from PySide6.QtCore import QLocale

    return QLocale(LOCALE_NAMES.get(lang, "en_GB"))


def format_int(n, lang: str) -> str:
    """An integer with the language's digit grouping: '15,000' / '15 000' (QLocale)."""
    return locale_for(lang).toString(int(n))
