"""The shared selection every view watches. Views never call each other; they set and
observe this object (glue's hub idea, reduced to signals)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from app.i18n import active_language, language_controller


class AppState(QObject):
    """Current dataset, conflict, day, selected event and language, with change signals.

    Setters emit only when the value really changes, so views that set a value in
    response to a signal cannot start a feedback loop.
    """

    dataset_changed = Signal(object)
    conflict_changed = Signal(str)
    day_changed = Signal(object)  # datetime.date or None
    event_selected = Signal(str)  # event id, '' for none
    language_changed = Signal(str)
    #: A person, unit or place was chosen (table, id): views show what mentions it.
    entity_focused = Signal(str, str)
    #: A view asks the window to show another page ("incidents", "forces", "days").
    view_requested = Signal(str)

    DEFAULT_CONFLICT = "khasan-1938"

    def __init__(self, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        language_controller().switch(language)  # the application starts in the state's language
        self._dataset = None
        self._conflict = self.DEFAULT_CONFLICT
        self._day: date | None = None
        self._event_id = ""

    # dataset ---------------------------------------------------------------
    @property
    def dataset(self):
        return self._dataset

    def set_dataset(self, dataset) -> None:
        if dataset is self._dataset:
            return
        self._dataset = dataset
        self._event_id = ""
        self.dataset_changed.emit(dataset)

    # conflict --------------------------------------------------------------
    @property
    def conflict(self) -> str:
        return self._conflict

    def set_conflict(self, conflict: str) -> None:
        if conflict != self._conflict:
            self._conflict = conflict
            self.conflict_changed.emit(conflict)

    # day -------------------------------------------------------------------
    @property
    def day(self) -> date | None:
        return self._day

    def set_day(self, day: date | None) -> None:
        if day is not None:  # accept datetime and pandas Timestamp too, compare as dates
            day = date(day.year, day.month, day.day)
        if day != self._day:
            self._day = day
            self.day_changed.emit(day)

    # event -----------------------------------------------------------------
    @property
    def event_id(self) -> str:
        return self._event_id

    def select_event(self, event_id: str) -> None:
        event_id = event_id or ""
        if event_id != self._event_id:
            self._event_id = event_id
            self.event_selected.emit(event_id)

    # language --------------------------------------------------------------
    @property
    def language(self) -> str:
        """The application's language (kept by the one language controller, app.i18n)."""
        return active_language()

    def set_language(self, language: str) -> None:
        """Switch the language: translators first (widgets retranslate), then ``language_changed`` once."""
        if language_controller().switch(language):
            self.language_changed.emit(language)

    def focus_entity(self, table: str, entity_id: str) -> None:
        self.entity_focused.emit(table, entity_id)

    def request_view(self, name: str) -> None:
        self.view_requested.emit(name)

    def reset(self) -> None:
        """Back to defaults (kiosk idle reset), keeping the dataset."""
        self.select_event("")
        self.set_day(None)
        self.set_conflict(self.DEFAULT_CONFLICT)
