"""The main window: an overview page and the three linked views.

This module imports Qt only; pandas, pyqtgraph and the views are imported when the data
is loaded, after the window has painted once, so researchers see a window at once.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget

from app.state import AppState
from app.views.overview import OverviewPage

APP_TITLE = "Khasan 1938 Explorer"


class MainWindow(QMainWindow):
    """Overview + incident table + force comparison + daily operations, one shared state."""

    first_painted = Signal()
    data_ready = Signal()

    PAGES = ("overview", "incidents", "forces", "days")

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self._painted = False
        self._views_built = False
        self.setWindowTitle(self.tr(APP_TITLE))
        self.resize(1280, 800)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage()
        self.overview.open_view.connect(self.show_page)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        for key, label in [("incidents", "Incidents"), ("forces", "Forces"), ("days", "Days")]:
            waiting = QLabel(self.tr("Loading data…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(waiting, self.tr(label))
            self.tabs.setTabEnabled(self.PAGES.index(key), False)
        self.setCentralWidget(self.tabs)
        state.view_requested.connect(self.show_page)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Loading data…"))

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open data folder…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_data_folder)
        file_menu.addAction(self.open_action)
        self.bundled_action = QAction(self.tr("Use &bundled data"), self)
        self.bundled_action.triggered.connect(lambda: self.load_data(None))
        file_menu.addAction(self.bundled_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, (key, label) in enumerate([("overview", "&Overview"), ("incidents", "&Incident table"),
                                          ("forces", "&Force comparison"), ("days", "&Daily operations")]):
            action = QAction(self.tr(label), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # ------------------------------------------------------------------ paint hook
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # ------------------------------------------------------------------ pages
    @Slot(str)
    def show_page(self, key: str) -> None:
        index = self.PAGES.index(key)
        if self.tabs.isTabEnabled(index):
            self.tabs.setCurrentIndex(index)

    def current_page(self) -> str:
        return self.PAGES[self.tabs.currentIndex()]

    # ------------------------------------------------------------------ data
    def load_data(self, path: str | Path | None, fallback: bool = False) -> bool:
        """Load a package (None = bundled) and show it. On error keep what is shown.

        With ``fallback`` (start-up with ``--data``), a bad package falls back to the
        bundled data so the app still opens with something to explore.
        """
        from app.model import DataError, load_dataset  # heavy: pandas

        try:
            dataset = load_dataset(path)
        except DataError as err:
            self._report_load_error(path, err)
            if fallback and path is not None and self.state.dataset is None:
                return self.load_data(None)
            return False
        except OSError as err:  # unreadable folder or file: still the user's problem, not a crash
            self._report_load_error(path, err)
            if fallback and path is not None and self.state.dataset is None:
                return self.load_data(None)
            return False
        self._install(dataset)
        return True

    def _install(self, dataset) -> None:
        if not self._views_built:
            self._build_views()
        self.state.set_dataset(dataset)
        from app.views.summary import span_text

        self.overview.show_summary(dataset.label, dataset.summary(), span_text(dataset, self.state.language))
        self.setWindowTitle(f"{self.tr(APP_TITLE)} — {dataset.label}")
        self.statusBar().showMessage(self.tr("Showing {label} ({path})").format(label=dataset.label, path=dataset.path))
        self.data_ready.emit()

    def _build_views(self) -> None:
        from app.views.days import DaysView
        from app.views.forces import ForcesView
        from app.views.incidents import IncidentView

        self.incident_view = IncidentView(self.state)
        self.forces_view = ForcesView(self.state)
        self.days_view = DaysView(self.state)
        current = self.tabs.currentIndex()
        for key, view, label in [("incidents", self.incident_view, "Incidents"),
                                 ("forces", self.forces_view, "Forces"),
                                 ("days", self.days_view, "Days")]:
            index = self.PAGES.index(key)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, view, self.tr(label))
        self.tabs.setCurrentIndex(current)
        self._views_built = True

    def _report_load_error(self, path, err: Exception) -> None:
        where = "bundled data" if path is None else str(path)
        details = err.details() if hasattr(err, "details") else str(err)
        text = self.tr("Could not load {where}:\n{details}").format(where=where, details=details)
        print(text, file=sys.stderr)
        self.overview.show_error(text)
        self.statusBar().showMessage(self.tr("Could not load {where}").format(where=where))
        if self.isVisible() and self.state.dataset is not None:
            QMessageBox.warning(self, self.tr("Data not loaded"), text)

    @Slot()
    def _choose_data_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a data package folder"))
        if folder:
            self.load_data(folder)

    @Slot()
    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About"), self.tr(
            "{title} {version}\nEvents, figures and sources on the Lake Khasan battle (1938), "
            "the border incidents of 1934–1938 and Khalkhin Gol (1939).").format(
                title=self.tr(APP_TITLE), version=__version__))

