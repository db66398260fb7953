"""The main window: an overview page, the three linked views and the research pages.

This module imports Qt only; pandas, pyqtgraph and the views are imported when the data
is loaded, after the window has painted once, so researchers see a window at once.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import active_language, install_translator
from app.state import AppState
from app.views.common.display import Display
from app.views.common.plain_text import plain_warning
from app.views.overview.page import OverviewPage
from app.window.load_errors import (
    ERROR,
    FALLBACK,
    INFO,
    KEPT,
    NOTES,
    NOTHING,
    PARTIAL,
    LoadBanner,
    Section,
    dataset_notes,
    problem_lines,
)

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Khasan 1938 Explorer")
PAGE_LABELS = {
    "overview": QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    "incidents": QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
    "forces": QT_TRANSLATE_NOOP("MainWindow", "Forces"),
    "days": QT_TRANSLATE_NOOP("MainWindow", "Days"),
    "sources": QT_TRANSLATE_NOOP("MainWindow", "Sources"),
    "index": QT_TRANSLATE_NOOP("MainWindow", "Index"),
}


class MainWindow(QMainWindow):
    """Overview, incident table, force comparison, daily operations, sources and index,
    all over one shared state."""

    first_painted = Signal()
    data_ready = Signal()
    load_failed = Signal(object)  # the error, after it has been shown (in the load banner)

    PAGES = ("overview", "incidents", "forces", "days", "sources", "index")
    #: Desktop sessions restore layout, page and filters; the kiosk turns this off.
    persist_session = True

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self._painted = False
        self._views: dict[str, object] = {}  # page -> view, built on first use
        self._job = None
        self._status: tuple[str, dict] | None = None  # the last status message, to retranslate
        self._no_data = False  # True once loading has failed with nothing to show
        self.display = Display(self)
        if active_language() != state.language:  # the window follows its state's language
            install_translator(QApplication.instance(), state.language)
        self.resize(1280, 800)
        self.setAcceptDrops(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Pages"))
        self.overview = OverviewPage()
        self.overview.open_view.connect(self.show_page)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        for key in self.PAGES[1:]:
            waiting = QLabel(self.tr("Loading data…"))
            waiting.setObjectName("waiting")
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(waiting, self.tr(PAGE_LABELS[key]))
            self.tabs.setTabEnabled(self.PAGES.index(key), False)
        # Load errors and notes go in a banner above the pages (load_banner, built when the
        # first load ends, off the first-paint path).
        self._banner: LoadBanner | None = None
        central = QWidget()
        central.setObjectName("central")
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        state.view_requested.connect(self.show_page)
        # Connected before any view exists, so the translator is swapped before the views
        # rebuild their data texts on the same signal.
        state.language_changed.connect(self._language_changed)
        self._build_menus()
        self.retranslate()
        self.show_status(QT_TRANSLATE_NOOP("MainWindow", "Loading data…"))

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        from app.window.menus import build_menus

        build_menus(self)

    # ------------------------------------------------------------------ language
    @Slot(str)
    def _language_changed(self, lang: str) -> None:
        """Swap the translator: every widget's retranslate runs (LanguageChange) before the
        views rebuild their data texts, on this same signal, after this slot."""
        install_translator(QApplication.instance(), lang)
        ds = self.state.dataset
        if ds is not None:
            self._show_summary(ds)
            self.show_status(QT_TRANSLATE_NOOP("MainWindow", "Showing {label} ({path})"),
                             {"label": self.dataset_label(ds), "path": ds.path})

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_actions"):  # built
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window itself: title, menus, page tabs, status message."""
        ds = self.state.dataset
        self.setWindowTitle(f"{self.tr(APP_TITLE)} — {self.dataset_label(ds)}" if ds is not None
                            else self.tr(APP_TITLE))
        from app.window.menus import retranslate_menus

        retranslate_menus(self)
        for i, key in enumerate(self.PAGES):
            self.tabs.setTabText(i, self.tr(PAGE_LABELS[key]))
            if not self.tabs.isTabEnabled(i):
                waiting = self.tabs.widget(i)
                if isinstance(waiting, QLabel):
                    waiting.setText(self.tr("No data loaded.") if self._no_data else self.tr("Loading data…"))
        self.tabs.setAccessibleName(self.tr("Pages"))
        if self._status is not None:
            self.show_status(*self._status)

    def dataset_label(self, ds) -> str:
        """The dataset's name as shown: the bundled data's in the current language."""
        return self.tr("bundled data") if ds.label == "bundled data" else ds.label

    def _show_summary(self, ds) -> None:
        from app.views.overview.summary import span_text

        self.overview.show_summary(self.dataset_label(ds), ds.summary(), span_text(ds, self.state.language),
                                   self.state.language)

    @property
    def load_banner(self) -> LoadBanner:
        """The non-modal banner above the pages listing load errors and notes: never a dialog,
        so start-up, --screenshot and the kiosk (which rejects dialogs) are never blocked."""
        if self._banner is None:
            self._banner = LoadBanner()
            self._column.insertWidget(0, self._banner)
            QWidget.setTabOrder(self._banner.close_button, self.tabs.tabBar())  # above the pages, first in Tab order
        return self._banner

    def show_status(self, text: str, values: dict | None = None) -> None:
        """A status-bar message from a source text marked for MainWindow (kept across languages)."""
        self._status = (text, dict(values or {}))
        self.statusBar().showMessage(self.tr(text).format(**self._status[1]))

    @Slot()
    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts (returns the dialog; it is shown non-modal)."""
        from app.window.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

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
    def load_data(self, path: str | Path | None, fallback: bool = True) -> bool:
        """Load synchronously (start-up, --screenshot); ends in :meth:`_load_finished` like
        :meth:`open_data`. True if data from this call is shown (``path``'s or, after a
        failure with nothing shown and ``fallback``, the bundled data)."""
        try:
            from app.model import load_dataset  # heavy: pandas

            dataset = load_dataset(path)
        except Exception as err:  # noqa: BLE001 - DataError, OSError or a bug: reported alike
            return self._load_finished(path, None, err, fallback)
        return self._load_finished(path, dataset, None, fallback)

    def open_data(self, path: str | Path | None):
        """Load in the background with a progress dialog that can cancel (File ▸ Open,
        drag and drop). Returns the job; the current data stays until the new one is valid.
        Ends in :meth:`_load_finished`, the same path as start-up."""
        from app.window.loading import DataLoadJob

        if self._job is not None:
            self._job.cancel()
        job = DataLoadJob(path, self)
        self._job = job
        dialog = QProgressDialog(self)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never HTML
        dialog.setLabel(label)
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 100)
        dialog.setLabelText(self.tr("Loading {name}…").format(name=Path(path).name if path else self.tr(
            "bundled data")))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # small packages load without a flashing dialog
        dialog.canceled.connect(job.cancel)
        job.progressed.connect(lambda pct, msg: (dialog.setValue(pct), dialog.setLabelText(msg)))

        def done() -> bool:
            """Close the dialog; True if this job is still the one wanted (not superseded)."""
            dialog.reset()
            dialog.deleteLater()
            if self._job is job:
                self._job = None
                return True
            return False

        job.finished.connect(lambda ds: done() and self._load_finished(path, ds, None))
        job.failed.connect(lambda err: done() and self._load_finished(path, None, err))
        job.cancelled.connect(lambda: done() and self.show_status(
            QT_TRANSLATE_NOOP("MainWindow", "Loading cancelled; nothing changed.")))
        job.start()
        return job

    def _load_finished(self, path, dataset, error: BaseException | None, fallback: bool = True) -> bool:
        """The one end of every load (start-up, File ▸ Open, drag and drop): install the
        dataset, or report the errors in the banner and keep what is shown; with nothing
        shown (start-up), fall back to the bundled data. The status bar always ends on what
        is shown. True if data from this call is shown."""
        self.load_banner  # noqa: B018 - built before the data is in, so the kiosk's sweep sees its buttons
        if error is None:
            try:
                self._install(dataset)
            except Exception as err:  # noqa: BLE001 - a bug in a view must not leave the window stuck
                error = err
            else:
                notes = dataset_notes(dataset)
                self.load_banner.show_sections([Section(INFO, NOTES, _where(path), notes)] if notes else [])
                return True
        self._log_load_error(path, error)
        shown = partial = dataset is not None and self.state.dataset is dataset  # the install broke half-way
        extra: list[Section] = []
        if partial:
            headline, status = PARTIAL, QT_TRANSLATE_NOOP("MainWindow", "Errors while showing {where}; see the message above.")
        elif self.state.dataset is not None:  # File ▸ Open over shown data: nothing is lost
            headline, status = KEPT, QT_TRANSLATE_NOOP("MainWindow", "Could not load {where}; still showing the previous data.")
        else:
            headline, status = NOTHING, QT_TRANSLATE_NOOP("MainWindow", "Could not load {where}; there is no data to show.")
            if fallback and path is not None:
                try:
                    from app.model import load_dataset

                    bundled = load_dataset(None)
                    self._install(bundled)
                except Exception as err:  # noqa: BLE001
                    self._log_load_error(None, err)
                    extra.append(Section(ERROR, NOTHING if self.state.dataset is None else PARTIAL, None,
                                         problem_lines(err)))
                else:
                    shown = True
                    headline, status = FALLBACK, QT_TRANSLATE_NOOP(
                        "MainWindow", "Could not load {where}; showing the bundled data instead.")
                    notes = dataset_notes(bundled)
                    if notes:
                        extra.append(Section(INFO, NOTES, None, notes))
        if self.state.dataset is None:
            self._show_no_data()
        self.load_banner.show_sections([Section(ERROR, headline, _where(path), problem_lines(error))] + extra)
        self.show_status(status, {"where": self.tr("bundled data") if path is None else str(path)})
        self.load_failed.emit(error)
        return shown

    def _show_no_data(self) -> None:
        """Nothing could be loaded: no page keeps saying "Loading data…"."""
        self._no_data = True
        self.overview.show_error(self.tr("No data could be loaded; the message above lists the errors."))
        self.retranslate()

    def _install(self, dataset) -> None:
        first_time = not self._views
        self._no_data = False
        self.state.set_dataset(dataset)
        self._show_summary(dataset)
        self.overview.error.hide()
        for key in self.PAGES[1:]:
            self.tabs.setTabEnabled(self.PAGES.index(key), True)
        if first_time:
            self.tabs.currentChanged.connect(lambda i: self.view(self.PAGES[i]))
            self._decorate()
            # The incident table follows the selection from the start (cross-view rules live
            # in SelectionLinks); the other pages are built one per event-loop turn while
            # the user reads, or on first visit.
            from app.window.links import SelectionLinks

            self._links = SelectionLinks(self.state, self)
            for key in ("incidents", self.current_page()):
                self.view(key)
            QTimer.singleShot(0, self._build_next_view)
        self.show_status(QT_TRANSLATE_NOOP("MainWindow", "Showing {label} ({path})"),
                         {"label": self.dataset_label(dataset), "path": dataset.path})
        self.retranslate()
        self.data_ready.emit()

    # Page -> (module, class). Views import pandas/pyqtgraph, so they load after first paint.
    VIEW_CLASSES = {
        "incidents": ("app.views.incidents.page", "IncidentView"),
        "forces": ("app.views.forces.page", "ForcesView"),
        "days": ("app.views.days.page", "DaysView"),
        "sources": ("app.views.research.sources_page", "SourcesView"),
        "index": ("app.views.research.index_page", "IndexView"),
    }

    def view(self, key: str):
        """The view of a page, built (and put in its tab) on first use; None for the overview."""
        if key not in self.VIEW_CLASSES or self.state.dataset is None:
            return None
        if key not in self._views:
            import importlib

            module, name = self.VIEW_CLASSES[key]
            view = getattr(importlib.import_module(module), name)(self.state)
            self._views[key] = view
            index = self.PAGES.index(key)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, view, self.tr(PAGE_LABELS[key]))
            from app.views.common.icons import icon

            self.tabs.setTabIcon(index, icon(key))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return self._views[key]

    def _build_next_view(self) -> None:
        missing = [k for k in self.VIEW_CLASSES if k not in self._views]
        if missing:
            self.view(missing[0])
            QTimer.singleShot(0, self._build_next_view)

    incident_view = property(lambda self: self.view("incidents"))
    forces_view = property(lambda self: self.view("forces"))
    days_view = property(lambda self: self.view("days"))
    sources_view = property(lambda self: self.view("sources"))
    index_view = property(lambda self: self.view("index"))

    def _decorate(self) -> None:
        """Icons (qtawesome) once the heavy imports are allowed, i.e. after the first paint."""
        from app.views.common.icons import icon

        for key in self.PAGES:
            self.tabs.setTabIcon(self.PAGES.index(key), icon(key))
        for action, name in ((self.open_action, "open-folder"), (self.open_csv_action, "open-file"),
                             (self.bundled_action, "bundled"), (self.report_action, "report"),
                             (self.print_action, "print"), (self.copy_link_action, "link"),
                             (self.quit_action, "quit")):
            action.setIcon(icon(name))

    def _log_load_error(self, path, err: BaseException) -> None:
        """The errors on stderr too (logs, kiosk supervisor); a traceback only for a bug."""
        where = self.tr("bundled data") if path is None else str(path)
        details = "\n".join(problem_lines(err))
        print(self.tr("Could not load {where}:\n{details}").format(where=where, details=details), file=sys.stderr)
        if not isinstance(err, OSError) and not hasattr(err, "issues"):
            import traceback

            traceback.print_exception(err, file=sys.stderr)

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
        from app.views.research.report import build_document, citations_for, parts_for_state

        page = self.current_page()
        view = self.tabs.currentWidget()
        parts = view.report_parts() if hasattr(view, "report_parts") else parts_for_state(self.state, page)
        image = view.grab().toImage()
        ds = self.state.dataset
        return build_document(parts, image, citations_for(ds, parts.source_ids), f"{ds.label} ({ds.path})")

    def save_report(self, path: str) -> None:
        from app.views.research.report import write_pdf

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
                plain_warning(self, self.tr("Report not saved"), str(err))

    def _print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.state.dataset is None:
            return
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            self.report_document().print_(printer)

    def command_line(self) -> str:
        from app.window.deeplink import command_line

        ds = self.state.dataset
        own = ds.path if ds is not None and ds.label != "bundled data" else None
        return command_line(self.current_page(), self.state.day, self.state.event_id, own, self.state.language)

    def copy_command_line(self) -> str:
        text = self.command_line()
        QGuiApplication.clipboard().setText(text)
        self.show_status(QT_TRANSLATE_NOOP("MainWindow", "Copied: {cmd}"), {"cmd": text})
        return text

    # ------------------------------------------------------------------ session
    def closeEvent(self, event):
        if self.persist_session and self._views:
            from app.window import session

            session.save(self)
        super().closeEvent(event)

    @Slot()
    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About"), self.tr(
            "{title} {version}\nEvents, figures and sources on the Lake Khasan battle (1938), "
            "the border incidents of 1934–1938 and Khalkhin Gol (1939).").format(
                title=self.tr(APP_TITLE), version=__version__))


def _where(path) -> str | None:
    """What a banner names: the path asked for (None: the bundled data)."""
    return None if path is None else str(path)
