"""The daily viewer's day keys, only where they mean "another day".

←/→ step a day, PgUp/PgDn a week, Home/End go to the first and last day and Space plays or
pauses — on the navigation buttons, the chart and the page itself. Elsewhere the focused
widget keeps its own keys: the day's rows fold and unfold with ←/→, the details scroll with
PgUp/PgDn, the speed list changes with the arrows, the map pans; the day slider has the same
keys natively. On a button Space and Enter press it once (Qt's own press for Space: the page
does not press it a second time).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton

STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_PageUp: -7, Qt.Key.Key_PageDown: 7}
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier | Qt.KeyboardModifier.ShiftModifier)


class DayKeys(QObject):
    """Event filter on the widgets where the day keys apply (see the module docstring)."""

    def __init__(self, page, widgets):
        super().__init__(page)
        self._page = page
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # Qt override
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & _MODIFIERS:
            return False
        key, page = event.key(), self._page
        if key in STEPS:
            page.step(STEPS[key])
        elif key == Qt.Key.Key_Home:
            page.choose_index(0)
        elif key == Qt.Key.Key_End:
            page.choose_index(len(page.days()) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(obj, QAbstractButton):
            obj.click()
        elif key == Qt.Key.Key_Space and not isinstance(obj, QAbstractButton):
            page.toggle_playing()
        else:
            return False
        return True
