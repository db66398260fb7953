"""The main window's menus: File, View (pages, zoom, high contrast), Language and Help.

:class:`WindowMenus` builds the QActions and connects their ``triggered`` signals to the
window's public slots, to its :class:`~app.views.common.display.Display` or to the shared
:class:`~app.state.AppState`; the window keeps the object (``window.menus``) and never
reaches into it for anything but texts and icons.

Every entry's source text is marked with ``QT_TRANSLATE_NOOP("MainWindow", …)`` and kept
with its action, so :meth:`WindowMenus.retranslate` can set the texts again in another
language without touching shortcuts (the kiosk clears those) or enabled/visible states.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from app.i18n import LANGUAGE_NAMES, LANGUAGES

PAGE_MENU_LABELS = {
    "overview": QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
    "tour": QT_TRANSLATE_NOOP("MainWindow", "&Tour"),
    "incidents": QT_TRANSLATE_NOOP("MainWindow", "&Incidents"),
    "forces": QT_TRANSLATE_NOOP("MainWindow", "&Forces"),
    "days": QT_TRANSLATE_NOOP("MainWindow", "&Days"),
    "sources": QT_TRANSLATE_NOOP("MainWindow", "&Sources"),
    "index": QT_TRANSLATE_NOOP("MainWindow", "Inde&x"),
}
_TEXT = "source_text"  # dynamic property: the untranslated text of a menu entry
_Keys = "str | QKeySequence.StandardKey | tuple | None"


class WindowMenus(QObject):
    """The menu bar of a main window and its actions, by name (``menus.open``,
    ``menus.pages["days"]``, ``menus.languages["fi"]``…)."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._bar = window.menuBar()
        from app.views.print.actions import Printing

        self.printing = Printing(window, self)
        self._build_file_menu(window)
        self._build_view_menu(window)
        self._build_language_menu(window.state)
        self._build_help_menu(window)
        window.state.language_changed.connect(self._check_language)

    # ------------------------------------------------------------------ building
    def _menu(self, text: str):
        menu = self._bar.addMenu(text)
        menu.menuAction().setProperty(_TEXT, text)
        return menu

    def _action(self, menu, text: str, slot, keys: _Keys = None, *, checkable: bool = False) -> QAction:
        action = QAction(text, self._window)
        action.setProperty(_TEXT, text)
        if keys is not None:
            action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, tuple) else (keys,))])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_file_menu(self, w) -> None:
        menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.open = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "&Open data folder…"), w.choose_data_folder,
                                 QKeySequence.StandardKey.Open)
        self.open_csv = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "Open &events CSV…"), w.choose_events_csv)
        self.bundled = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "Use &bundled data"), w.open_bundled_data)
        menu.addSeparator()
        self.report = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "Save &report as PDF…"),
                                   self.printing.choose_report_path, "Ctrl+Shift+P")
        self.tour_pdf = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "Save &tour as PDF…"),
                                     self.printing.choose_tour_path)
        self.print = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "&Print report…"), self.printing.print_report,
                                  QKeySequence.StandardKey.Print)
        menu.setToolTipsVisible(True)  # the tour entry says why it is off
        self.printing.follow(self.tour_pdf)
        self.copy_link = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "Copy &link as command line"),
                                      w.copy_command_line, "Ctrl+Shift+L")
        menu.addSeparator()
        self.quit = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), w.close,
                                 QKeySequence.StandardKey.Quit)

    def _build_view_menu(self, w) -> None:
        menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.pages = {key: self._action(menu, PAGE_MENU_LABELS[key], lambda _=False, k=key: w.show_page(k),
                                        f"Ctrl+{i + 1}")
                      for i, key in enumerate(w.PAGES)}
        menu.addSeparator()
        d = w.display
        self.zoom_in = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), d.zoom_in,
                                    ("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn))
        self.zoom_out = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "Zoom o&ut"), d.zoom_out,
                                     ("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
        self.zoom_reset = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "&Normal size"), d.reset_zoom, "Ctrl+0")
        self.contrast = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "&High contrast"), d.set_high_contrast,
                                     "Ctrl+Shift+H", checkable=True)

    def _build_language_menu(self, state) -> None:
        menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        self.languages: dict[str, QAction] = {}
        group = QActionGroup(self)
        for lang in LANGUAGES:
            # Each language in its own name, never translated: a lost user finds their own.
            action = QAction(LANGUAGE_NAMES[lang], self._window, checkable=True)
            action.setObjectName(f"language_{lang}")
            action.setChecked(lang == state.language)
            action.triggered.connect(lambda _=False, code=lang: state.set_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.languages[lang] = action

    def _build_help_menu(self, w) -> None:
        menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self.shortcuts = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts…"), w.show_shortcuts,
                                      QKeySequence.StandardKey.HelpContents)
        self.about = self._action(menu, QT_TRANSLATE_NOOP("MainWindow", "&About"), w.show_about)

    # ------------------------------------------------------------------ language, icons
    @Slot(str)
    def _check_language(self, lang: str) -> None:
        for code, action in self.languages.items():
            action.setChecked(code == lang)

    def retranslate(self) -> None:
        """Set every menu text again from its source text, in the current language."""
        stack = list(self._bar.actions())
        while stack:
            action = stack.pop()
            text = action.property(_TEXT)
            if text:
                action.setText(QCoreApplication.translate("MainWindow", text))
            if action.menu() is not None:
                stack += action.menu().actions()
        self._check_language(self._window.state.language)
        self.printing.update_tour_action()

    def decorate(self) -> None:
        """Icons (qtawesome) on the File menu, once the heavy imports are allowed."""
        from app.views.common.icons import icon

        for action, name in ((self.open, "open-folder"), (self.open_csv, "open-file"), (self.bundled, "bundled"),
                             (self.report, "report"), (self.tour_pdf, "report"), (self.print, "print"),
                             (self.copy_link, "link"),
                             (self.quit, "quit")):
            action.setIcon(icon(name))
