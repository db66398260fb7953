"""File ▸ Save report as PDF…, Save tour as PDF… and Print report…: ask where, write, say so.

Built with the window's menus (before the data is in), so this module imports Qt only; the
drawing modules (pandas, the views' scene pieces) are imported when something is written.
Success and failure go to the status bar; a file that cannot be written also gets a plain
message box saying why (never a traceback).

Writing runs in the GUI thread, under a wait cursor: the bundled 15-chapter tour (13 pages)
takes 0.2–0.5 s and a report 0.02–0.2 s on a 2-core machine, and the map's scene is built
by a widget (``DayMap``), which must live in the GUI thread anyway.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

CONTEXT = "MainWindow"
NO_TOUR = QT_TRANSLATE_NOOP("MainWindow", "This data has no guided tour (its package has no story table).")
NO_DATA = QT_TRANSLATE_NOOP("MainWindow", "No data is loaded yet.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Printing(QObject):
    """The window's print actions; ``window`` is the main window (state, pages, status bar)."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self._window = window
        self._tour_action = None
        #: Seconds the last handout took to write (shown in the status bar, read by tests).
        self.last_seconds = 0.0

    # ------------------------------------------------------------------ the tour entry
    def follow(self, action) -> None:
        """Keep ``action`` (Save tour as PDF…) enabled only when the data has a tour."""
        self._tour_action = action
        self._window.state.dataset_changed.connect(self.update_tour_action)
        self.update_tour_action()

    @Slot()
    def update_tour_action(self, *_args) -> None:
        action = self._tour_action
        if action is None or not action.isVisible():  # the kiosk hides and locks it: leave it so
            return
        reason = self.tour_unavailable()
        action.setEnabled(not reason)
        action.setToolTip(reason or action.text().replace("&", ""))
        action.setStatusTip(reason)

    def tour_unavailable(self) -> str:
        """Why the tour cannot be saved ('' when it can)."""
        ds = self._window.state.dataset
        if ds is None:
            return _tr(NO_DATA)
        from app.model.story import chapters

        return "" if chapters(ds) else _tr(NO_TOUR)

    # ------------------------------------------------------------------ writing
    def report(self):
        from app.views.research.report import Report

        w = self._window
        page = w.current_page()
        ds = w.state.dataset
        return Report(w.state, page, w.built_view(page), w.dataset_label(ds) if ds is not None else "")

    def save_report(self, path: str) -> int:
        """Write the report of the shown page to ``path``; returns its pages (OSError if it cannot)."""
        from app.views.research.report import write_report

        return write_report(self.report(), path)

    def save_tour(self, path: str) -> int:
        """Write the tour handout in the current language; returns its pages (OSError if the
        file cannot be written, ValueError if there is no tour)."""
        from app.views.print.handout import write_handout

        state = self._window.state
        start = time.perf_counter()
        pages = write_handout(state.dataset, state.language, path)
        self.last_seconds = time.perf_counter() - start
        return pages

    def _ask(self, title: str, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self._window, title, name, _tr(QT_TRANSLATE_NOOP("MainWindow",
                                                                                                "PDF (*.pdf)")))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _write(self, write, path: str, done: str, failed: str) -> bool:
        """Run ``write(path)`` with a wait cursor; the outcome in the status bar (and a box on failure)."""
        from app.views.common.plain_text import plain_warning

        w = self._window
        w.show_status(QT_TRANSLATE_NOOP("MainWindow", "Writing {path}…"), {"path": path})
        w.statusBar().repaint()  # shown now: the writing below holds the event loop for a moment
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write(path)
        except (OSError, ValueError) as err:
            QGuiApplication.restoreOverrideCursor()
            message = self._reason(err)
            w.show_status(failed, {"path": path, "error": message})
            plain_warning(w, _tr(QT_TRANSLATE_NOOP("MainWindow", "PDF not saved")),
                          _tr(failed).format(path=path, error=message))
            return False
        QGuiApplication.restoreOverrideCursor()
        w.show_status(done, {"path": path, "pages": pages})
        return True

    @staticmethod
    def _reason(err: Exception) -> str:
        if isinstance(err, PermissionError):
            return _tr(QT_TRANSLATE_NOOP("MainWindow", "this folder cannot be written to (it is read-only or "
                                                       "protected); choose another folder"))
        if isinstance(err, (FileNotFoundError, NotADirectoryError)):
            return _tr(QT_TRANSLATE_NOOP("MainWindow", "the folder does not exist"))
        return str(err) or type(err).__name__

    @Slot()
    def choose_report_path(self) -> None:
        """File ▸ Save report as PDF…"""
        w = self._window
        if w.state.dataset is None:
            return
        path = self._ask(_tr(QT_TRANSLATE_NOOP("MainWindow", "Save report")), f"khasan-{w.current_page()}.pdf")
        if path:
            self._write(self.save_report, path, QT_TRANSLATE_NOOP("MainWindow", "Report saved: {path} ({pages} pages)"),
                        QT_TRANSLATE_NOOP("MainWindow", "Report not saved to {path}: {error}"))

    @Slot()
    def choose_tour_path(self) -> None:
        """File ▸ Save tour as PDF…"""
        if self.tour_unavailable():
            return
        lang = self._window.state.language
        path = self._ask(_tr(QT_TRANSLATE_NOOP("MainWindow", "Save tour as PDF")), f"khasan-tour-{lang}.pdf")
        if path:
            self._write(self.save_tour, path, QT_TRANSLATE_NOOP("MainWindow", "Tour handout saved: {path} ({pages} pages)"),
                        QT_TRANSLATE_NOOP("MainWindow", "Tour handout not saved to {path}: {error}"))

    @Slot()
    def print_report(self) -> None:
        """File ▸ Print report…: the system's print dialog, then the same pages as the PDF."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from app.views.research.report import print_report

        w = self._window
        if w.state.dataset is None:
            return
        printer = QPrinter()
        if QPrintDialog(printer, w).exec():
            try:
                print_report(self.report(), printer)
            except OSError as err:
                w.show_status(QT_TRANSLATE_NOOP("MainWindow", "Report not printed: {error}"), {"error": str(err)})
