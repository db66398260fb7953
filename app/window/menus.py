"""The main window's menus: File, View (pages, zoom, high contrast), Language and Help.

Every entry's source text is marked with ``QT_TRANSLATE_NOOP("MainWindow", …)`` and kept
with its action, so :func:`retranslate_menus` can set the texts again in another language
without touching shortcuts (the kiosk clears those) or enabled/visible states.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from app.i18n import LANGUAGE_NAMES, LANGUAGES

PAGE_MENU_LABELS = {
    "overview": QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
    "incidents": QT_TRANSLATE_NOOP("MainWindow", "&Incidents"),
    "forces": QT_TRANSLATE_NOOP("MainWindow", "&Forces"),
    "days": QT_TRANSLATE_NOOP("MainWindow", "&Days"),
    "sources": QT_TRANSLATE_NOOP("MainWindow", "&Sources"),
    "index": QT_TRANSLATE_NOOP("MainWindow", "Inde&x"),
}
_TEXT = "source_text"  # dynamic property: the untranslated text of a menu entry


def _menu(window, text: str):
    menu = window.menuBar().addMenu(text)
    menu.menuAction().setProperty(_TEXT, text)
    return menu


def _action(window, menu, text: str, slot, shortcut=None, *, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    action.setProperty(_TEXT, text)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, (list, tuple)) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window) -> None:
    """Create the menus and set the window's action attributes (open_action, quit_action…)."""
    w = window
    file_menu = _menu(w, QT_TRANSLATE_NOOP("MainWindow", "&File"))
    w.open_action = _action(w, file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Open data folder…"), w._choose_data_folder,
                            QKeySequence.StandardKey.Open)
    w.open_csv_action = _action(w, file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open &events CSV…"), w._choose_events_csv)
    w.bundled_action = _action(w, file_menu, QT_TRANSLATE_NOOP("MainWindow", "Use &bundled data"), lambda: w.open_data(None))
    file_menu.addSeparator()
    w.report_action = _action(w, file_menu, QT_TRANSLATE_NOOP("MainWindow", "Save &report as PDF…"), w._choose_report_path,
                              "Ctrl+Shift+P")
    w.print_action = _action(w, file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Print report…"), w._print_report,
                             QKeySequence.StandardKey.Print)
    w.copy_link_action = _action(w, file_menu, QT_TRANSLATE_NOOP("MainWindow", "Copy &link as command line"), w.copy_command_line,
                                 "Ctrl+Shift+L")
    file_menu.addSeparator()
    w.quit_action = _action(w, file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit)

    view_menu = _menu(w, QT_TRANSLATE_NOOP("MainWindow", "&View"))
    w.page_actions = {}
    for i, key in enumerate(w.PAGES):
        w.page_actions[key] = _action(w, view_menu, PAGE_MENU_LABELS[key], lambda _=False, k=key: w.show_page(k),
                                      f"Ctrl+{i + 1}")
    view_menu.addSeparator()
    d = w.display
    w.zoom_in_action = _action(w, view_menu, QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), d.zoom_in,
                               ("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn))
    w.zoom_out_action = _action(w, view_menu, QT_TRANSLATE_NOOP("MainWindow", "Zoom o&ut"), d.zoom_out,
                                ("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
    w.zoom_reset_action = _action(w, view_menu, QT_TRANSLATE_NOOP("MainWindow", "&Normal size"), d.reset_zoom, "Ctrl+0")
    w.contrast_action = _action(w, view_menu, QT_TRANSLATE_NOOP("MainWindow", "&High contrast"), d.set_high_contrast,
                                "Ctrl+Shift+H", checkable=True)

    language_menu = _menu(w, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
    w.language_actions = {}
    group = QActionGroup(w)
    for lang in LANGUAGES:
        # Each language in its own name, never translated: a lost user finds their own.
        action = QAction(LANGUAGE_NAMES[lang], w, checkable=True)
        action.setObjectName(f"language_{lang}")
        action.setChecked(lang == w.state.language)
        action.triggered.connect(lambda _=False, code=lang: w.state.set_language(code))
        group.addAction(action)
        language_menu.addAction(action)
        w.language_actions[lang] = action

    help_menu = _menu(w, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
    w.shortcuts_action = _action(w, help_menu, QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts…"), w.show_shortcuts,
                                 QKeySequence.StandardKey.HelpContents)
    w.about_action = _action(w, help_menu, QT_TRANSLATE_NOOP("MainWindow", "&About"), w._about)


def retranslate_menus(window) -> None:
    """Set every menu text again from its source text, in the current language."""
    stack = list(window.menuBar().actions())
    while stack:
        action = stack.pop()
        text = action.property(_TEXT)
        if text:
            action.setText(QCoreApplication.translate("MainWindow", text))
        if action.menu() is not None:
            stack += action.menu().actions()
    for lang, action in getattr(window, "language_actions", {}).items():
        action.setChecked(lang == window.state.language)
