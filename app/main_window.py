"""The main window: an overview page, the three linked views and the research pages.

This module imports Qt only; pandas, pyqtgraph and the views are imported when the data
is loaded, after the window has painted once, so researchers see a window at once.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressDialog, QTabWidget

from app.state import AppState
from app.views.overview import OverviewPage

APP_TITLE = "Khasan 1938 Explorer"
PAGE_LABELS = {"overview": "Overview", "incidents": "Incidents", "forces": "Forces", "days": "Days",
               "sources": "Sources", "index": "Index"}


class MainWindow(QMainWindow):
    """Overview, incident table, force comparison, daily operations, sources and index,
    all over one shared state."""

    first_painted = Signal()
    data_ready = Signal()
    load_failed = Signal(object)  # the error, after it has been shown

    PAGES = ("overview", "incidents", "forces", "days", "sources", "index")
    #: Desktop sessions restore layout, page and filters; the kiosk turns this off.
    persist_session = True

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self._painted = False
        self._views_built = False
        self._job = None
        self.incident_view = self.forces_view = self.days_view = None
        self.sources_view = self.index_view = None
        self.setWindowTitle(self.tr(APP_TITLE))
        self.resize(1280, 800)
        self.setAcceptDrops(True)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage()
        self.overview.open_view.connect(self.show_page)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        for key in self.PAGES[1:]:
            waiting = QLabel(self.tr("Loading data…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(waiting, self.tr(PAGE_LABELS[key]))
            self.tabs.setTabEnabled(self.PAGES.index(key), False)
        self.setCentralWidget(self.tabs)
        state.view_requested.connect(self.show_page)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Loading data…"))

    # ------------------------------------------------------------------ menus
    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(self.tr(text), self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(file_menu, "&Open data folder…", self._choose_data_folder,
                                        QKeySequence.StandardKey.Open)
        self.open_csv_action = self._action(file_menu, "Open &events CSV…", self._choose_events_csv)
        self.bundled_action = self._action(file_menu, "Use &bundled data", lambda: self.open_data(None))
        file_menu.addSeparator()
        self.report_action = self._action(file_menu, "Save &report as PDF…", self._choose_report_path, "Ctrl+Shift+P")
        self.print_action = self._action(file_menu, "&Print report…", self._print_report, QKeySequence.StandardKey.Print)
        self.copy_link_action = self._action(file_menu, "Copy &link as command line", self.copy_command_line,
                                             "Ctrl+Shift+L")
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, key in enumerate(self.PAGES):
            self._action(view_menu, f"&{PAGE_LABELS[key]}", lambda _=False, k=key: self.show_page(k), f"Ctrl+{i + 1}")

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, "&About", self._about)

    # ------------------------------------------------------------------ paint hook
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # ------------------------------------------------------------------ pages
    @Slot(str)
    def show_page(self, key: str) -> None:
        if key not in self.PAGES:
            return
        index = self.PAGES.index(key)
        if self.tabs.isTabEnabled(index):
            self.tabs.setCurrentIndex(index)

    def current_page(self) -> str:
        return self.PAGES[self.tabs.currentIndex()]

    # ------------------------------------------------------------------ loading
    def load_data(self, path: str | Path | None, fallback: bool = False) -> bool:
        """Load synchronously (start-up). On error keep what is shown; with ``fallback``
        a bad package falls back to the bundled data so the app still opens."""
        from app.model import DataError, load_dataset  # heavy: pandas

        try:
            dataset = load_dataset(path)
        except (DataError, OSError) as err:
            self._report_load_error(path, err)
            if fallback and path is not None and self.state.dataset is None:
                return self.load_data(None)
            return False
        self._install(dataset)
        return True

    def open_data(self, path: str | Path | None):
        """Load in the background with a progress dialog that can cancel (File ▸ Open,
        drag and drop). Returns the job; the current data stays until the new one is valid."""
        from app.loading import DataLoadJob

        if self._job is not None:
            self._job.cancel()
        job = DataLoadJob(path, self)
        self._job = job
        dialog = QProgressDialog(self.tr("Loading {name}…").format(name=Path(path).name if path else self.tr(
            "bundled data")), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # small packages load without a flashing dialog
        dialog.canceled.connect(job.cancel)
        job.progressed.connect(lambda pct, msg: (dialog.setValue(pct), dialog.setLabelText(msg)))

        def done():
            dialog.reset()
            dialog.deleteLater()
            if self._job is job:
                self._job = None

        job.finished.connect(lambda ds: (done(), self._install(ds)))
        job.failed.connect(lambda err: (done(), self._report_load_error(path, err)))
        job.cancelled.connect(lambda: (done(), self.statusBar().showMessage(self.tr("Loading cancelled; nothing changed."))))
        job.start()
        return job

    def _install(self, dataset) -> None:
        if not self._views_built:
            self._build_views()
        self.state.set_dataset(dataset)
        from app.views.summary import span_text

        self.overview.show_summary(dataset.label, dataset.summary(), span_text(dataset, self.state.language))
        self.overview.error.hide()
        self.setWindowTitle(f"{self.tr(APP_TITLE)} — {dataset.label}")
        self.statusBar().showMessage(self.tr("Showing {label} ({path})").format(label=dataset.label, path=dataset.path))
        self.data_ready.emit()

    def _build_views(self) -> None:
        from app.views.days import DaysView
        from app.views.forces import ForcesView
        from app.views.incidents import IncidentView
        from app.views.index_view import IndexView
        from app.views.sources_view import SourcesView

        self.incident_view = IncidentView(self.state)
        self.forces_view = ForcesView(self.state)
        self.days_view = DaysView(self.state)
        self.sources_view = SourcesView(self.state)
        self.index_view = IndexView(self.state)
        current = self.tabs.currentIndex()
        for key, view in [("incidents", self.incident_view), ("forces", self.forces_view),
                          ("days", self.days_view), ("sources", self.sources_view), ("index", self.index_view)]:
            index = self.PAGES.index(key)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, view, self.tr(PAGE_LABELS[key]))
        self.tabs.setCurrentIndex(current)
        self._views_built = True
        self._decorate()

    def _decorate(self) -> None:
        """Icons (qtawesome) once the heavy imports are allowed, i.e. after the first paint."""
        from app.icons import icon

        for key in self.PAGES:
            self.tabs.setTabIcon(self.PAGES.index(key), icon(key))
        for action, name in ((self.open_action, "open-folder"), (self.open_csv_action, "open-file"),
                             (self.bundled_action, "bundled"), (self.report_action, "report"),
                             (self.print_action, "print"), (self.copy_link_action, "link"),
                             (self.quit_action, "quit")):
            action.setIcon(icon(name))

    def _report_load_error(self, path, err: Exception) -> None:
        where = self.tr("bundled data") if path is None else str(path)
        details = err.details() if hasattr(err, "details") else str(err)
        text = self.tr("Could not load {where}:\n{details}").format(where=where, details=details)
        print(text, file=sys.stderr)
        self.overview.show_error(text)
        self.statusBar().showMessage(self.tr("Could not load {where}; still showing the previous data.").format(
            where=where))
        if self.isVisible() and self.state.dataset is not None:
            QMessageBox.warning(self, self.tr("Data not loaded"), text)
        self.load_failed.emit(err)

    @Slot()
    def _choose_data_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a data package folder"))
        if folder:
            self.open_data(folder)

    @Slot()
    def _choose_events_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an events CSV"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.open_data(path)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event):
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event):
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_data(urls[0].toLocalFile())

    # ------------------------------------------------------------------ report, links
    def report_document(self):
        from app.report import build_document, citations_for, parts_for_state

        page = self.current_page()
        view = self.tabs.currentWidget()
        parts = view.report_parts() if hasattr(view, "report_parts") else parts_for_state(self.state, page)
        image = view.grab().toImage()
        ds = self.state.dataset
        return build_document(parts, image, citations_for(ds, parts.source_ids), f"{ds.label} ({ds.path})")

    def save_report(self, path: str) -> None:
        from app.report import write_pdf

        write_pdf(self.report_document(), path)

    def _choose_report_path(self) -> None:
        if self.state.dataset is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"khasan-{self.current_page()}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            try:
                self.save_report(path)
            except OSError as err:
                QMessageBox.warning(self, self.tr("Report not saved"), str(err))

    def _print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.state.dataset is None:
            return
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            self.report_document().print_(printer)

    def command_line(self) -> str:
        from app.deeplink import command_line

        ds = self.state.dataset
        own = ds.path if ds is not None and ds.label != "bundled data" else None
        return command_line(self.current_page(), self.state.day, self.state.event_id, own, self.state.language)

    def copy_command_line(self) -> str:
        text = self.command_line()
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Copied: {cmd}").format(cmd=text))
        return text

    # ------------------------------------------------------------------ session
    def closeEvent(self, event):
        if self.persist_session and self._views_built:
            from app import session

            session.save(self)
        super().closeEvent(event)

    @Slot()
    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About"), self.tr(
            "{title} {version}\nEvents, figures and sources on the Lake Khasan battle (1938), "
            "the border incidents of 1934–1938 and Khalkhin Gol (1939).").format(
                title=self.tr(APP_TITLE), version=__version__))
