"""Make the main window fit for fingers and take away what a visitor must not reach.

Both passes are idempotent and generic, so they can run again whenever views add
widgets (after the data loads, on every page change):

* :func:`lock_down` hides every button and action that exports, saves, prints, opens,
  copies, quits or opens a dialog. A widget or QAction can decide for itself with the
  dynamic property ``kiosk_hidden`` (True: always hidden in kiosk mode, False: never);
  without it, the text decides (export/save/print/… in English and Finnish, or a
  trailing "…", the convention for "opens a dialog").
* :func:`adapt_for_touch` gives tables and lists kinetic scrolling (QScroller) and rows
  of at least :data:`TOUCH_PX`; :data:`TOUCH_QSS` sizes buttons, tabs, boxes and items.
"""
from __future__ import annotations

import re

from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QGraphicsView,
    QListWidget,
    QMenu,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

HIDDEN_PROPERTY = "kiosk_hidden"
TOUCH_PX = 48  # minimum touch target at 1080p (about 9 mm on a 24" screen)
_DONE = "_kiosk_touch_done"
_ROOMY = "_kiosk_roomy"
_HIDDEN = "_kiosk_locked"
#: Property of a graphics view that scrolls like a page (the force comparison): it gets finger scrolling.
KINETIC = "kiosk_kinetic"
HIDE_TEXT = re.compile(
    r"\b(export|save|print|open|import|settings|preferences|options|quit|exit|copy|"
    r"vie|tallenna|tulosta|avaa|tuo|asetukset|lopeta|poistu|kopioi)\b|(…|\.\.\.)\s*$", re.IGNORECASE)

TOUCH_QSS = f"""
QPushButton, QToolButton {{ min-height: {TOUCH_PX}px; min-width: {TOUCH_PX}px; padding: 0 16px; }}
QComboBox, QLineEdit, QAbstractSpinBox {{ min-height: {TOUCH_PX}px; padding: 0 8px; }}
QCheckBox, QRadioButton {{ min-height: {TOUCH_PX}px; spacing: 12px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 28px; height: 28px; }}
QTabBar::tab {{ min-height: {TOUCH_PX + 8}px; min-width: {TOUCH_PX}px; padding: 0 12px; }}
QAbstractItemView::item {{ min-height: {TOUCH_PX}px; }}
QAbstractItemView::indicator {{ width: 28px; height: 28px; }}
QComboBox QAbstractItemView::item {{ min-height: {TOUCH_PX}px; }}
QHeaderView::section {{ min-height: {TOUCH_PX}px; padding: 0 8px; }}
QSplitter::handle {{ background: palette(mid); }}
"""


def kiosk_font(point_size: float) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    return font


def hidden_by_kiosk(obj) -> bool:
    """Whether ``obj`` (a button or QAction) must not be offered to visitors."""
    flag = obj.property(HIDDEN_PROPERTY)
    if flag is not None:
        return bool(flag)
    text = obj.text().replace("&", "")
    if HIDE_TEXT.search(text):
        return True
    menu = obj.menu() if hasattr(obj, "menu") else None
    if isinstance(menu, QMenu):
        actions = [a for a in menu.actions() if not a.isSeparator()]
        return bool(actions) and all(hidden_by_kiosk(a) for a in actions)
    return False


def lock_down(root: QWidget, menu_bar=None) -> list[str]:
    """Hide and disable what :func:`hidden_by_kiosk` names; returns what it hid this time."""
    hidden: list[str] = []
    menu_actions: set[int] = set()
    if menu_bar is not None:  # the whole menu bar goes: it is hidden anyway
        stack = list(menu_bar.actions())
        while stack:
            action = stack.pop()
            menu_actions.add(id(action))
            if action.menu() is not None:
                stack += action.menu().actions()
            _lock_action(action, hidden)
    for action in root.findChildren(QAction):
        if id(action) not in menu_actions and hidden_by_kiosk(action):
            _lock_action(action, hidden)
    for button in root.findChildren(QAbstractButton):
        if button.property(_HIDDEN) or hidden_by_kiosk(button):
            if not button.property(_HIDDEN):
                hidden.append(button.text() or button.objectName() or type(button).__name__)
                button.setProperty(_HIDDEN, True)
            button.setShortcut(QKeySequence())
            button.setEnabled(False)
            button.hide()
    return hidden


def _lock_action(action: QAction, hidden: list[str]) -> None:
    if action.isEnabled() or action.isVisible() or action.shortcuts():
        if action.text():
            hidden.append(action.text())
        action.setShortcuts([])
        action.setEnabled(False)
        action.setVisible(False)


def is_locked(widget: QWidget) -> bool:
    return bool(widget.property(_HIDDEN))


def adapt_for_touch(root: QWidget) -> int:
    """Kinetic scrolling and finger-sized rows on every scroll area not yet adapted."""
    n = 0
    for area in root.findChildren(QAbstractScrollArea):
        if area.property(_DONE) or (isinstance(area, QGraphicsView) and not area.property(KINETIC)):
            continue  # maps and charts pan and zoom themselves; a scrolling page of charts says KINETIC
        area.setProperty(_DONE, True)
        n += 1
        viewport = area.viewport()
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroller = QScroller.scroller(viewport)
        props = scroller.scrollerProperties()
        props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.1)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)  # metres
        scroller.setScrollerProperties(props)
        if isinstance(area, QAbstractItemView):
            area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if isinstance(area, QTableView):
            header = area.verticalHeader()
            header.setMinimumSectionSize(TOUCH_PX)
            header.setDefaultSectionSize(TOUCH_PX + 4)
            area.horizontalHeader().setMinimumHeight(TOUCH_PX)
    for slider in root.findChildren(QAbstractSlider):
        if slider.minimumHeight() < TOUCH_PX and not slider.property(_DONE):
            slider.setProperty(_DONE, True)
            slider.setMinimumHeight(TOUCH_PX)
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        lists = inner.findChildren(QListWidget) if inner is not None else []
        if lists and not area.property(_ROOMY):
            # Lists stacked in a scroll area (the filter facets): wide enough to read and
            # four finger-sized rows each, the area scrolls instead.
            area.setProperty(_ROOMY, True)
            area.setMinimumWidth(max(area.minimumWidth(), 380))
            for widget in lists:
                widget.setMinimumHeight(4 * TOUCH_PX + 8)
    for splitter in root.findChildren(QSplitter):
        splitter.setHandleWidth(max(splitter.handleWidth(), 14))
    for button in root.findChildren(QToolButton):
        if not button.property(_DONE):  # chips and tool buttons: no hover-only affordances
            button.setProperty(_DONE, True)
            button.setAutoRaise(False)
    return n
