"""The window's pages: one tab each, a placeholder until the data is in, and each page's
view imported and built on first use (views import pandas and pyqtgraph, so none is built
before the first paint, and a start on the overview builds none before it is ready)."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

PAGES = ("overview", "tour", "incidents", "forces", "days", "sources", "index")
PAGE_LABELS = {
    "overview": QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    "tour": QT_TRANSLATE_NOOP("MainWindow", "Tour"),
    "incidents": QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
    "forces": QT_TRANSLATE_NOOP("MainWindow", "Forces"),
    "days": QT_TRANSLATE_NOOP("MainWindow", "Days"),
    "sources": QT_TRANSLATE_NOOP("MainWindow", "Sources"),
    "index": QT_TRANSLATE_NOOP("MainWindow", "Index"),
}
# Page -> (module, class), imported by name on first use. PyInstaller finds them through
# the spec's collect_submodules("app"), not through this table.
VIEW_CLASSES = {
    "incidents": ("app.views.incidents.page", "IncidentView"),
    "forces": ("app.views.forces.page", "ForcesView"),
    "days": ("app.views.days.page", "DaysView"),
    "sources": ("app.views.research.sources_page", "SourcesView"),
    "index": ("app.views.research.index_page", "IndexView"),
    "tour": ("app.views.tour.page", "TourView"),  # last: the incident table is built first in the background
}
LOADING = QT_TRANSLATE_NOOP("MainWindow", "Loading data…")
NO_DATA = QT_TRANSLATE_NOOP("MainWindow", "No data loaded.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PageTabs(QObject):
    """The tab widget (``tabs``) of the overview and the data pages. Data pages are
    disabled placeholders until :meth:`open_data_pages`; then each view is built when its
    tab is first shown, or one per event-loop turn while the user reads."""

    view_built = Signal(str)  # a page's view has just been built (page key)

    def __init__(self, state, overview: QWidget, parent=None):
        super().__init__(parent)
        self._state = state
        self._views: dict[str, QWidget] = {}
        self._opened = False
        self._no_data = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(overview, _tr(PAGE_LABELS["overview"]))
        for i, key in enumerate(PAGES[1:], start=1):
            waiting = QLabel(_tr(LOADING))
            waiting.setObjectName("waiting")
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(waiting, _tr(PAGE_LABELS[key]))
            self.tabs.setTabEnabled(i, False)

    @property
    def any_built(self) -> bool:
        """True once a data page's view exists (the session has something to save)."""
        return bool(self._views)

    def open_data_pages(self) -> None:
        """The data is in: enable the pages; the first time, build the shown page now and
        the others later (the incident table first)."""
        self._no_data = False
        for i in range(1, len(PAGES)):
            self.tabs.setTabEnabled(i, True)
        if self._opened:
            return
        self._opened = True
        from app.views.common.icons import icon  # drawn once qtawesome has loaded, after this frame

        for i, key in enumerate(PAGES):
            self.tabs.setTabIcon(i, icon(key))
        self.tabs.currentChanged.connect(lambda i: self.view(PAGES[i]))
        self.view(self.current())
        QTimer.singleShot(0, self._build_next_view)

    def show_no_data(self) -> None:
        """Nothing could be loaded: the placeholders say so instead of "Loading data…"."""
        self._no_data = True
        self.retranslate()

    def view(self, key: str) -> QWidget | None:
        """The view of a page, built (and put in its tab) on first use; None for the overview
        and before any data is in."""
        if key not in VIEW_CLASSES or self._state.dataset is None:
            return None
        if key not in self._views:
            module, name = VIEW_CLASSES[key]
            view = getattr(importlib.import_module(module), name)(self._state)
            self._views[key] = view
            self._put_in_tab(key, view)
            self.view_built.emit(key)
        return self._views[key]

    def built_view(self, key: str) -> QWidget | None:
        """The view of a page if it has been built, else None (never builds it)."""
        return self._views.get(key)

    def _put_in_tab(self, key: str, view: QWidget) -> None:
        from app.views.common.icons import icon

        index = PAGES.index(key)
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):  # swapping a placeholder is not a page change
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, view, _tr(PAGE_LABELS[key]))
            self.tabs.setTabIcon(index, icon(key))
            self.tabs.setCurrentIndex(current)

    @Slot()
    def _build_next_view(self) -> None:
        missing = [k for k in VIEW_CLASSES if k not in self._views]
        if missing and self._state.dataset is not None:
            self.view(missing[0])
            QTimer.singleShot(0, self._build_next_view)

    def show(self, key: str) -> None:
        """Show a page if it is enabled (data pages are not before the data is in)."""
        if key in PAGES and self.tabs.isTabEnabled(PAGES.index(key)):
            self.tabs.setCurrentIndex(PAGES.index(key))

    def current(self) -> str:
        """The key of the page shown."""
        return PAGES[self.tabs.currentIndex()]

    def retranslate(self) -> None:
        """Tab texts and the placeholders' texts in the current language."""
        for i, key in enumerate(PAGES):
            self.tabs.setTabText(i, _tr(PAGE_LABELS[key]))
            waiting = self.tabs.widget(i)
            if not self.tabs.isTabEnabled(i) and isinstance(waiting, QLabel):
                waiting.setText(_tr(NO_DATA if self._no_data else LOADING))
        self.tabs.setAccessibleName(_tr(QT_TRANSLATE_NOOP("MainWindow", "Pages")))
