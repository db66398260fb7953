"""Telling assistive tools what changed: a new day, a new count of shown rows, another chart.

Qt 6.8's announcement event reaches screen readers (AT-SPI, UIA, NSAccessibility) as a polite
live-region message, so the user hears "6 Aug 1938: 4 events" after pressing Next day without
moving the focus. The last announcement is kept on the widget (``last_announcement``) for tests
and for anything that wants to repeat it.
"""
from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Say ``text`` politely (after what the screen reader is saying), once per change."""
    text = " ".join(text.split())
    if not text or widget.property("last_announcement") == text:
        return
    widget.setProperty("last_announcement", text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
