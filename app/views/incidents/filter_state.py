"""The incident table's filter as a state object (glue's viewer-state idea): the page binds
its search box, check box, facets, year range and chips to it, and the session and the
kiosk read and reset it here, never through the page's widgets."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.model.queries import EventFilter


class IncidentFilterState(QObject):
    """The current :class:`EventFilter`, with a ``changed`` signal on a real change.

    There is one per shared state (:meth:`of`), so it exists, and keeps what the session
    restored, before the incident page is built.
    """

    changed = Signal(object)  # the new EventFilter

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("incidentFilter")
        self._value = EventFilter()

    @classmethod
    def of(cls, state: QObject) -> IncidentFilterState:
        """The filter state of the shared ``state`` (created on first use, owned by it)."""
        found = state.findChild(cls, "incidentFilter")
        return found if found is not None else cls(state)

    @property
    def value(self) -> EventFilter:
        return self._value

    def set(self, value: EventFilter) -> None:
        """Use ``value``; emits ``changed`` only if it differs from the current filter."""
        if value != self._value:
            self._value = value
            self.changed.emit(value)

    def reset(self) -> None:
        """No filter: every event shown."""
        self.set(EventFilter())
