"""Load a data package in a worker thread with progress and cancel, so the window stays
responsive while a researcher's large file is read and validated."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from app.model import DataError, LoadCancelled, load_dataset
from app.model.queries import EventSearch

#: Events tables from this size get their search index built in the loading thread.
INDEX_AHEAD_ROWS = 50_000


class DataLoadJob(QObject):
    """One load. Signals arrive in the thread that owns the job (the GUI thread)."""

    progressed = Signal(int, str)  # percent, what is being done
    finished = Signal(object)  # Dataset
    failed = Signal(object)  # DataError, OSError or any other exception (a bug): never silent
    cancelled = Signal()

    def __init__(self, path, parent=None):
        super().__init__(parent)
        self.path = path
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_percent = -1

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="data-load", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker ends (tests and shutdown); True if it ended."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _progress(self, fraction: float, message: str) -> None:
        if self._cancel.is_set():
            raise LoadCancelled()
        percent = int(fraction * 100)
        if percent != self._last_percent:  # don't flood the GUI thread with signals
            self._last_percent = percent
            self.progressed.emit(percent, message)

    def _run(self) -> None:
        try:
            dataset = load_dataset(self.path, progress=self._progress)
            if len(dataset.events) >= INDEX_AHEAD_ROWS:  # seconds on big tables: not on the first keystroke
                self.progressed.emit(99, "Preparing the search…")  # 100 would close the dialog
                EventSearch.of(dataset).build_index()
        except LoadCancelled:
            self.cancelled.emit()
        except (DataError, OSError) as err:
            self.failed.emit(err)
        except Exception as err:  # noqa: BLE001 - a bug must not kill the thread silently
            self.failed.emit(err)
        else:
            self.finished.emit(dataset)
