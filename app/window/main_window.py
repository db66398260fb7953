"""The main window: an overview page, the three linked views and the research pages.

This module imports Qt only; pandas, pyqtgraph and the views are imported when the data
is loaded, after the window has painted once, so researchers see a window at once. The
pages and their lazy views are in :mod:`app.window.pages`, every load in
:mod:`app.window.data_loading`, the menus in :mod:`app.window.menus`.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QVBoxLayout, QWidget

from app.state import AppState
from app.views.common import focus_ring
from app.views.common.display import Display
from app.views.overview.page import OverviewPage
from app.window.data_loading import DataLoading
from app.window.load_errors import LoadBanner
from app.window.pages import PAGES, PageTabs

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Khasan 1938 Explorer")
SHOWING = QT_TRANSLATE_NOOP("MainWindow", "Showing {label} ({path})")


class MainWindow(DataLoading, QMainWindow):
    """Overview, incident table, force comparison, daily operations, sources and index,
    all over one shared state."""

    first_painted = Signal()
    data_ready = Signal()
    load_failed = Signal(object)  # the error, after it has been shown (in the load banner)

    PAGES = PAGES
    #: Desktop sessions restore layout, page and filters; the kiosk turns this off.
    persist_session = True

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self._painted = False
        self._decorated = False  # menu icons, once the data (and qtawesome) is in
        self._status: tuple[str, dict, str] | None = None  # the last status message, to retranslate
        self.display = Display(self)
        focus_ring.install()  # keyboard focus drawn ≥ 2 px, 3:1 on every widget and current cell
        self.resize(1280, 800)
        self.setAcceptDrops(True)

        self.overview = OverviewPage(state)
        self.pages = PageTabs(state, self.overview, self)
        self.tabs = self.pages.tabs
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
        # The translator is already swapped when this is emitted (AppState.set_language).
        state.language_changed.connect(self._language_changed)
        from app.window.menus import WindowMenus

        self.menus = WindowMenus(self)
        self.retranslate()
        self.show_status(QT_TRANSLATE_NOOP("MainWindow", "Loading data…"))

    # ------------------------------------------------------------------ language
    @Slot(str)
    def _language_changed(self, lang: str) -> None:
        """The dataset's summary and status in the new language (the language controller has
        installed its translator and every widget has retranslated by now)."""
        ds = self.state.dataset
        if ds is not None:
            self._show_summary(ds)
            self.show_status(SHOWING, {"label": self.dataset_label(ds), "path": ds.path})

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):  # built
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window itself: title, menus, page tabs, status message."""
        ds = self.state.dataset
        self.setWindowTitle(f"{self.tr(APP_TITLE)} — {self.dataset_label(ds)}" if ds is not None
                            else self.tr(APP_TITLE))
        self.menus.retranslate()
        self.pages.retranslate()
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

    def show_status(self, text: str, values: dict | None = None, context: str = "MainWindow") -> None:
        """A status-bar message from a source text marked for ``context`` (kept across languages)."""
        self._status = (text, dict(values or {}), context)
        self.statusBar().showMessage(QCoreApplication.translate(context, text).format(**self._status[1]))

    @Slot()
    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts (returns the dialog; it is shown non-modal)."""
        from app.window.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def show_about(self) -> None:
        """Help ▸ About: name, version and what the app covers."""
        from app import __version__

        QMessageBox.about(self, self.tr("About"), self.tr(
            "{title} {version}\nEvents, figures and sources on the Lake Khasan battle (1938), "
            "the border incidents of 1934–1938 and Khalkhin Gol (1939).").format(
                title=self.tr(APP_TITLE), version=__version__))

    # ------------------------------------------------------------------ paint hook
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # ------------------------------------------------------------------ pages
    @Slot(str)
    def show_page(self, key: str) -> None:
        """Show a page by key (ignored for unknown keys and for data pages before the data)."""
        self.pages.show(key)

    def current_page(self) -> str:
        """The key of the page shown ("overview", "incidents"…)."""
        return self.pages.current()

    def view(self, key: str):
        """The view of a page, built (and put in its tab) on first use; None for the overview."""
        return self.pages.view(key)

    def built_view(self, key: str):
        """The view of a page if it has been built, else None: asking never builds one."""
        return self.pages.built_view(key)

    incident_view = property(lambda self: self.view("incidents"))
    forces_view = property(lambda self: self.view("forces"))
    days_view = property(lambda self: self.view("days"))
    sources_view = property(lambda self: self.view("sources"))
    index_view = property(lambda self: self.view("index"))
    tour_view = property(lambda self: self.view("tour"))

    # ------------------------------------------------------------------ data in, or none
    def install_dataset(self, dataset) -> None:
        """Show a dataset on every page (the shown page's view is built now, the others on
        first use or while the user reads), then emit ``data_ready``."""
        self.state.set_dataset(dataset)  # the selection rules live on the state: no view needed
        self._show_summary(dataset)
        self.overview.error.hide()
        if not self._decorated:
            self.menus.decorate()
            self._decorated = True
        self.pages.open_data_pages()
        self.show_status(SHOWING, {"label": self.dataset_label(dataset), "path": dataset.path})
        self.retranslate()
        self.data_ready.emit()

    def show_no_data(self) -> None:
        """Nothing could be loaded: no page keeps saying "Loading data…"."""
        self.overview.show_error(self.tr("No data could be loaded; the message above lists the errors."))
        self.pages.show_no_data()

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

    # ------------------------------------------------------------------ links
    def command_line(self) -> str:
        """A command that reopens this page, day, event, data and language."""
        from app.window.deeplink import command_line

        ds = self.state.dataset
        own = ds.path if ds is not None and ds.label != "bundled data" else None
        page, chapter = self.current_page(), self.state.chapter
        number = chapter.number if chapter is not None and page == "tour" else None
        return command_line(page, self.state.day, self.state.event_id, own, self.state.language, chapter=number)

    @Slot()
    def copy_command_line(self) -> str:
        """File ▸ Copy link as command line: the command on the clipboard and in the status bar."""
        text = self.command_line()
        QGuiApplication.clipboard().setText(text)
        self.show_status(QT_TRANSLATE_NOOP("MainWindow", "Copied: {cmd}"), {"cmd": text})
        return text

    # ------------------------------------------------------------------ session
    def closeEvent(self, event):
        if self.persist_session and self.pages.any_built:
            from app.window import session

            session.save(self)
        super().closeEvent(event)
