"""Pages that build their content on first show, so start-up pays only for what is seen."""
from __future__ import annotations


class BuildOnShow:
    """Mixin for a QWidget page (before the Qt base class) over the shared state.

    :meth:`follow_state` (called once, at the end of ``__init__``) watches the state's
    dataset and language; each change marks the page stale, and the page builds its
    content (``_rebuild``) at once if it is visible, else when it is next shown. Pages
    built late (on first use) take the data the state already holds.
    """

    _ds = None
    _stale = False
    #: Build at once even while hidden: for a page whose content others read unseen.
    build_while_hidden = False

    def follow_state(self, state, *, language: bool = True) -> None:
        """Build from ``state``'s dataset (now or on first show) and again when it changes;
        with ``language``, again after a language switch too."""
        state.dataset_changed.connect(self.set_dataset)
        if language:
            state.language_changed.connect(lambda _lang: self.invalidate())
        if state.dataset is not None:
            self.set_dataset(state.dataset)

    def set_dataset(self, ds) -> None:
        """Remember the data; build now if shown, else on the next show."""
        self._ds = ds
        self.invalidate()

    def invalidate(self) -> None:
        """What is shown is out of date (data or language): build now if visible, else later."""
        self._stale = True
        if self.build_while_hidden or self.isVisible():
            self.ensure_built()

    def showEvent(self, event):
        super().showEvent(event)
        self.ensure_built()

    def ensure_built(self) -> None:
        """Build now if anything changed since the last build (e.g. before a deep link)."""
        if self._stale and self._ds is not None:
            self._stale = False
            self._rebuild()

    def _rebuild(self) -> None:
        raise NotImplementedError
