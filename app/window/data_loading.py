"""Every load of the main window (start-up, File ▸ Open, drag and drop, --screenshot) and
its one end: the data installed, or the errors listed in the load banner with the current
data kept (or, with nothing shown, the bundled data instead)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog

from app.window.load_errors import (
    ERROR,
    FALLBACK,
    INFO,
    KEPT,
    NOTES,
    NOTHING,
    PARTIAL,
    Section,
    dataset_notes,
    problem_lines,
)

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …): the window's texts

class _ProgressDialog(QProgressDialog):
    """The load's progress dialog; ``show_progress`` is the slot the worker's reports are queued to."""

    @Slot(int, str)
    def show_progress(self, percent: int, message: str) -> None:
        self.setValue(percent)
        self.setLabelText(message)


class DataLoading:
    """Mixin for the main window (before QMainWindow in its bases). The window provides
    ``state``, ``load_banner``, ``show_status``, ``load_failed``, ``install_dataset`` and
    ``show_no_data``."""

    _job = None  # the background load in progress, if any

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
        dialog = self._progress_dialog(path)
        dialog.canceled.connect(job.cancel)
        # The job reports from its worker thread: queued into the GUI thread, to a slot of the dialog
        # (so Qt drops the connection when the dialog is gone), never a lambda run in the worker.
        queued = Qt.ConnectionType.QueuedConnection
        job.progressed.connect(dialog.show_progress, queued)

        def done() -> bool:
            """Close the dialog; True if this job is still the one wanted (not superseded)."""
            job.progressed.disconnect(dialog.show_progress)  # late reports find no dialog
            dialog.reset()
            dialog.deleteLater()
            if self._job is job:
                self._job = None
                return True
            return False

        job.finished.connect(lambda ds: done() and self._load_finished(path, ds, None), queued)
        job.failed.connect(lambda err: done() and self._load_finished(path, None, err), queued)
        job.cancelled.connect(lambda: done() and self.show_status(
            QT_TRANSLATE_NOOP("MainWindow", "Loading cancelled; nothing changed.")), queued)
        job.start()
        return job

    def _progress_dialog(self, path) -> QProgressDialog:
        dialog = _ProgressDialog(self)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never HTML
        dialog.setLabel(label)
        dialog.setCancelButtonText(translate("MainWindow", "Cancel"))
        dialog.setRange(0, 100)
        name = Path(path).name if path else translate("MainWindow", "bundled data")
        dialog.setLabelText(translate("MainWindow", "Loading {name}…").format(name=name))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # small packages load without a flashing dialog
        return dialog

    def _load_finished(self, path, dataset, error: BaseException | None, fallback: bool = True) -> bool:
        """The one end of every load (start-up, File ▸ Open, drag and drop): install the
        dataset, or report the errors in the banner and keep what is shown; with nothing
        shown (start-up), fall back to the bundled data. The status bar always ends on what
        is shown. True if data from this call is shown."""
        self.load_banner  # noqa: B018 - built before the data is in, so the kiosk's sweep sees its buttons
        if error is None:
            try:
                self.install_dataset(dataset)
            except Exception as err:  # noqa: BLE001 - a bug in a view must not leave the window stuck
                error = err
            else:
                notes = dataset_notes(dataset)
                self.load_banner.show_sections([Section(INFO, NOTES, _where(path), notes)] if notes else [])
                return True
        self._log_load_error(path, error)
        shown = dataset is not None and self.state.dataset is dataset  # the install broke half-way
        extra: list[Section] = []
        # The status bar repeats the banner's headline (one text, one translation), except
        # after a half-done install, where it points at the banner.
        status, context = None, "LoadBanner"
        if shown:
            headline = PARTIAL
            status = QT_TRANSLATE_NOOP("MainWindow", "Errors while showing {where}; see the message above.")
            context = "MainWindow"
        elif self.state.dataset is not None:  # File ▸ Open over shown data: nothing is lost
            headline = KEPT
        else:
            headline = NOTHING
            if fallback and path is not None and self._fall_back_to_bundled(extra):
                shown, headline = True, FALLBACK
        if self.state.dataset is None:
            self.show_no_data()
        self.load_banner.show_sections([Section(ERROR, headline, _where(path), problem_lines(error))] + extra)
        where = translate("MainWindow", "bundled data") if path is None else str(path)
        self.show_status(status or headline, {"where": where}, context)
        self.load_failed.emit(error)
        return shown

    def _fall_back_to_bundled(self, sections: list[Section]) -> bool:
        """Show the bundled data instead; its notes, or its own errors, join ``sections``."""
        try:
            from app.model import load_dataset

            bundled = load_dataset(None)
            self.install_dataset(bundled)
        except Exception as err:  # noqa: BLE001
            self._log_load_error(None, err)
            sections.append(Section(ERROR, NOTHING if self.state.dataset is None else PARTIAL, None,
                                    problem_lines(err)))
            return False
        notes = dataset_notes(bundled)
        if notes:
            sections.append(Section(INFO, NOTES, None, notes))
        return True

    def _log_load_error(self, path, err: BaseException) -> None:
        """The errors on stderr too (logs, kiosk supervisor); a traceback only for a bug."""
        where = translate("MainWindow", "bundled data") if path is None else str(path)
        details = "\n".join(problem_lines(err))
        print(translate("MainWindow", "Could not load {where}:\n{details}").format(where=where, details=details),
              file=sys.stderr)
        if not isinstance(err, OSError) and not hasattr(err, "issues"):
            import traceback

            traceback.print_exception(err, file=sys.stderr)

    # ------------------------------------------------------------------ File ▸ Open
    @Slot()
    def choose_data_folder(self) -> None:
        """File ▸ Open data folder…: ask for a folder, then load it in the background."""
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Open a data package folder"))
        if folder:
            self.open_data(folder)

    @Slot()
    def choose_events_csv(self) -> None:
        """File ▸ Open events CSV…: ask for a file, then load it in the background."""
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open an events CSV"), "",
                                              translate("MainWindow", "CSV files (*.csv);;All files (*)"))
        if path:
            self.open_data(path)

    @Slot()
    def open_bundled_data(self) -> None:
        """File ▸ Use bundled data."""
        self.open_data(None)


def _where(path) -> str | None:
    """What a banner names: the path asked for (None: the bundled data)."""
    return None if path is None else str(path)
