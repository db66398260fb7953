"""Language choice and the one language controller.

:class:`LanguageController` is the single record of the application's language. Switching
installs the app's ``app_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` (standard dialogs),
replacing the earlier ones, sets the default QLocale and delivers Qt's LanguageChange
events at once; only then does :class:`app.state.AppState` emit ``language_changed``, once.
So a widget's ``retranslate`` (LanguageChange) and a view's rebuild (``language_changed``)
both see the new translator, whatever order they were connected in.

Numbers and dates are formatted by :mod:`app.model.formats` (Qt-free); this module keeps
Qt out of the CLI's imports until a window is needed.
"""
from __future__ import annotations

import locale
import os

from app.languages import LANGUAGES

#: Each language named in itself: the Language menu shows these, never translated.
LANGUAGE_NAMES = {"en": "English", "fi": "Suomi", "sv": "Svenska"}
#: The QLocale name behind each language (numbers "15,000" / "15 000").
LOCALE_NAMES = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_SE"}


def system_language() -> str:
    """'fi' on a Finnish system, 'sv' on a Swedish one (sv_SE, sv_FI), else 'en' (checked
    without Qt so the CLI stays light)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return _language_of(value)
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return _language_of(loc)


def _language_of(locale_name: str) -> str:
    code = locale_name.lower()[:2]
    return code if code in LANGUAGES else "en"


def pick_language(requested: str | None) -> str:
    """The language asked for on the command line, else the system's."""
    if requested:
        return requested
    return system_language()


def qm_path(lang: str):
    """The compiled translation of the app for ``lang``."""
    from app.paths import resources_dir

    return resources_dir() / "translations" / f"app_{lang}.qm"


class LanguageController:
    """Owns the application's current language and the translators installed for it.

    One per process (:func:`language_controller`): translators are application-wide.
    """

    def __init__(self):
        self.language: str | None = None  # nothing installed yet: the first switch sets up Qt
        self._installed: list = []
        self._lookups: dict[str, object] = {}  # lang -> translator not installed (translate_in)

    def switch(self, lang: str) -> bool:
        """Make ``lang`` the application's language; False (and nothing sent) if it already is."""
        if lang == self.language:
            return False
        from PySide6.QtCore import QCoreApplication, QEvent, QLocale

        app = QCoreApplication.instance()
        self.language = lang
        QLocale.setDefault(QLocale(LOCALE_NAMES.get(lang, "en_GB")))
        if app is None:  # no application yet: nothing to translate
            return True
        for old in self._installed:
            app.removeTranslator(old)
            old.deleteLater()  # a removed translator still holds its .qm: free it (kiosks switch all day)
        self._installed = [t for t in self._load(app, lang) if app.installTranslator(t)]
        # Qt posts LanguageChange to every widget; deliver them now, before language_changed.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return True

    @staticmethod
    def _load(parent, lang: str) -> list:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        if lang == "en":
            return []
        found = []
        ours = QTranslator(parent)
        if ours.load(str(qm_path(lang))):
            found.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(parent)
        if qt.load(f"qtbase_{lang}", qt_dir):  # buttons of standard dialogs, shortcut names
            found.append(qt)
        return found

    def translate_in(self, lang: str, context: str, text: str) -> str:
        """``text`` in ``lang`` whatever the current language (the kiosk's attract screen
        speaks every offered language at once)."""
        if lang == "en":
            return text
        if lang not in self._lookups:
            from PySide6.QtCore import QTranslator

            translator = QTranslator()
            self._lookups[lang] = translator if translator.load(str(qm_path(lang))) else None
        translator = self._lookups[lang]
        return (translator.translate(context, text) or text) if translator is not None else text


_controller = LanguageController()


def language_controller() -> LanguageController:
    """The application's language controller."""
    return _controller


def active_language() -> str:
    """The language whose translators are installed now ('en' before any)."""
    return _controller.language or "en"


def install_translator(app, lang: str) -> None:
    """Make ``lang`` the application's language (no-op if it already is).

    Prefer :meth:`app.state.AppState.set_language`, which also tells the views.
    """
    _controller.switch(lang)


def locale_for(lang: str):
    """The QLocale of a language (for Qt widgets that format numbers themselves)."""
    from PySide6.QtCore import QLocale

    return QLocale(LOCALE_NAMES.get(lang, "en_GB"))


def format_int(n, lang: str) -> str:
    """An integer with the language's digit grouping: '15,000' / '15 000' (see app.model.formats)."""
    from app.model.formats import format_count

    return format_count(n, lang)
