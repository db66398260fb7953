"""Pages that build their content on first show, so start-up pays only for what is seen."""
from __future__ import annotations


class BuildOnShow:
    """Mixin for a QWidget page: ``set_dataset`` remembers the data and marks the page
    stale; the page rebuilds (``_rebuild``) when it is visible or next shown."""

    _ds = None
    _stale = False

    def set_dataset(self, ds) -> None:
        self._ds = ds
        self._stale = True
        if self.isVisible():
            self._rebuild()

    def showEvent(self, event):
        super().showEvent(event)
        self.ensure_built()

    def ensure_built(self) -> None:
        if self._stale and self._ds is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        raise NotImplementedError
