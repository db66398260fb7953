"""Help ▸ Keyboard shortcuts: every menu shortcut (read from the menus, so never out of
date) and the keys of the pages, in the current language."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    """A two-column table: what, and which keys."""

    def __init__(self, menu_bar, parent=None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        intro = QLabel(self.tr("Tab and Shift+Tab move between controls; Alt with an underlined letter opens "
                               "a menu. Every chart has a table beside it or behind a button."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the Close button
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for section, rows in self.sections(menu_bar):
            self._add(section, "", heading=True)
            for what, keys in rows:
                self._add(what, keys)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _add(self, what: str, keys: str, heading: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        first = QTableWidgetItem(what)
        if heading:
            font = first.font()
            font.setBold(True)
            first.setFont(font)
        self.table.setItem(row, 0, first)
        self.table.setItem(row, 1, QTableWidgetItem(keys))

    def sections(self, menu_bar) -> list[tuple[str, list[tuple[str, str]]]]:
        """(section title, [(action, keys)]) for the menus and for each page."""
        out = []
        for top in menu_bar.actions():
            menu = top.menu()
            if menu is None or not top.isVisible():
                continue
            rows = [(a.text().replace("&", ""), ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                                         for k in a.shortcuts()))
                    for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.shortcuts()]
            if rows:
                out.append((top.text().replace("&", ""), rows))
        out.append((self.tr("Incident table"), [
            (self.tr("Move between rows and cells"), self.tr("Arrow keys, Page Up, Page Down")),
            (self.tr("Sort by the current column (again: reverse)"), "Ctrl+Shift+S"),
            (self.tr("Copy the selected rows"), QKeySequence(QKeySequence.StandardKey.Copy).toString(
                QKeySequence.SequenceFormat.NativeText)),
            (self.tr("Year range"), self.tr("Tab to the year boxes, then type or use the arrow keys")),
        ]))
        out.append((self.tr("Force comparison"), [
            (self.tr("Step through the bars and 'sources differ' captions"), self.tr("Up, Down (chart focused)")),
            (self.tr("First or last bar"), self.tr("Home, End")),
            (self.tr("Show the chart as a table"), self.tr("Show as table button")),
        ]))
        out.append((self.tr("Daily operations"), [
            (self.tr("Previous or next day"), self.tr("Left, Right")),
            (self.tr("A week back or forward"), self.tr("Page Up, Page Down")),
            (self.tr("First or last day"), self.tr("Home, End")),
            (self.tr("Play or pause"), self.tr("Space")),
            (self.tr("Zoom the map in or out, fit it"), self.tr("+, −, 0 (map focused)")),
        ]))
        return out
