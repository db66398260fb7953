"""Runtime language switching for widgets: Qt's LanguageChange event calls ``retranslate``.

Views set every text in ``retranslate`` (called once from their constructor too), so
a language switch needs no restart and keeps the selection, filters and scroll positions.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin (put it before the Qt base class) for widgets with a ``retranslate`` method."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
