"""The shared selection every view watches. Views never call each other; they set and
observe this object (glue's hub idea, reduced to signals)."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.i18n import active_language, language_controller

if TYPE_CHECKING:
    from app.model.selection import Selection


def _rules():
    """The selection rules, imported on first use: app.model brings pandas, which must not
    load before the window's first paint."""
    from app.model import selection

    return selection


class AppState(QObject):
    """Current dataset, conflict, day, selected event and language, with change signals.

    Setters emit only when the value really changes, so views that set a value in
    response to a signal cannot start a feedback loop. Choosing an event or a day applies
    the selection rules (:mod:`app.model.selection`) once: each changed signal is emitted
    once, after the whole selection is updated, then ``selection_changed``.
    """

    dataset_changed = Signal(object)
    conflict_changed = Signal(str)
    day_changed = Signal(object)  # datetime.date or None
    event_selected = Signal(str)  # event id, '' for none
    #: The event, day or table rows changed (a :class:`app.model.selection.Selection`);
    #: emitted once per choice, after ``day_changed`` and ``event_selected``.
    selection_changed = Signal(object)
    language_changed = Signal(str)
    #: A person, unit or place was chosen (table, id): views show what mentions it.
    entity_focused = Signal(str, str)
    #: A view asks the window to show another page ("incidents", "forces", "days").
    view_requested = Signal(str)
    #: The guided tour shows another chapter (an :class:`app.model.story.Chapter`, None when the
    #: tour is left): the forces chart highlights its figures, the map centres on its places.
    chapter_changed = Signal(object)
    #: Figures chosen elsewhere (the overview's headline, the sources page) for the forces chart to
    #: show and outline: a tuple of figure ids.
    figures_focused = Signal(tuple)

    DEFAULT_CONFLICT = "khasan-1938"

    def __init__(self, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        language_controller().switch(language)  # the application starts in the state's language
        self._dataset = None
        self._conflict = self.DEFAULT_CONFLICT
        self._selection: Selection | None = None  # nothing chosen yet
        self._chapter = None  # the tour's chapter on show, if any

    # dataset ---------------------------------------------------------------
    @property
    def dataset(self):
        return self._dataset

    def set_dataset(self, dataset) -> None:
        if dataset is self._dataset:
            return
        self._dataset = dataset
        self._selection = _rules().after_dataset_changed(self.selection)  # silently: every view redraws
        self._chapter = None  # chapters belong to a dataset
        self.dataset_changed.emit(dataset)

    # conflict --------------------------------------------------------------
    @property
    def conflict(self) -> str:
        return self._conflict

    def set_conflict(self, conflict: str) -> None:
        if conflict != self._conflict:
            self._conflict = conflict
            self.conflict_changed.emit(conflict)

    # selection: day, event, table rows ----------------------------------------
    @property
    def selection(self) -> Selection:
        if self._selection is None:
            self._selection = _rules().Selection()
        return self._selection

    @property
    def day(self) -> date | None:
        return self._selection.day if self._selection is not None else None

    @property
    def event_id(self) -> str:
        return self._selection.event_id if self._selection is not None else ""

    def set_day(self, day: date | None) -> None:
        """Show ``day`` (a date, datetime or Timestamp); the day selects its first event
        unless the selected one happens that day."""
        self._apply(_rules().after_day_chosen(self.selection, self._dataset, day))

    def choose_strip_day(self, day: date | None) -> None:
        """A day chosen on the daily viewer's strip: as :meth:`set_day`, but the day's own
        first event wins over a range that merely covers it."""
        self._apply(_rules().after_strip_day_chosen(self.selection, self._dataset, day))

    def select_event(self, event_id: str) -> None:
        """Select an event ('' for none); the day follows it when the daily viewer covers it."""
        self._apply(_rules().after_event_selected(self.selection, self._dataset, event_id))

    def pick_table_row(self, event_id: str) -> None:
        """The user made ``event_id`` the incident table's current row (their own
        multi-row selection stays)."""
        self._apply(_rules().after_row_picked(self.selection, self._dataset, event_id))

    def _apply(self, new: Selection) -> None:
        old = self.selection
        if new == old:
            return
        self._selection = new
        if new.day != old.day:  # the day first: a view draws the new day, then marks the event in it
            self.day_changed.emit(new.day)
        if new.event_id != old.event_id:
            self.event_selected.emit(new.event_id)
        self.selection_changed.emit(new)

    # language --------------------------------------------------------------
    @property
    def language(self) -> str:
        """The application's language (kept by the one language controller, app.i18n)."""
        return active_language()

    def set_language(self, language: str) -> None:
        """Switch the language: translators first (widgets retranslate), then ``language_changed`` once."""
        if language_controller().switch(language):
            self.language_changed.emit(language)

    # guided tour -------------------------------------------------------------
    @property
    def chapter(self):
        return self._chapter

    def show_chapter(self, chapter) -> None:
        """Show a tour chapter (None: leave the tour): its events, day and table rows are chosen
        by the selection rules, then ``chapter_changed`` tells the views what else to mark."""
        if chapter is not None:
            self._apply(_rules().after_chapter_chosen(self.selection, self._dataset, chapter))
        if chapter != self._chapter:
            self._chapter = chapter
            self.chapter_changed.emit(chapter)

    def focus_figures(self, figure_ids) -> None:
        """Ask the forces chart to show and outline these figures (their chart, conflict and scope)."""
        self.figures_focused.emit(tuple(figure_ids))

    def focus_entity(self, table: str, entity_id: str) -> None:
        self.entity_focused.emit(table, entity_id)

    def request_view(self, name: str) -> None:
        self.view_requested.emit(name)

    def reset(self) -> None:
        """Back to defaults (kiosk idle reset), keeping the dataset."""
        self.show_chapter(None)
        self.select_event("")
        self.set_day(None)
        self.set_conflict(self.DEFAULT_CONFLICT)
