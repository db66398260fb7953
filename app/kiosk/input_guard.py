"""The kiosk's application-wide event filter: no way out, no dialogs, input is activity.

One filter on the QApplication sees every event before any widget does, so it also
covers widgets that other views create later:

* exit keys (Esc, Alt+F4, Ctrl+Q/W, Alt+Tab, the Super/Menu keys, function keys and every
  Ctrl/Alt/Meta combination) are eaten, shortcut overrides included, so no QAction or
  QShortcut fires on them; close and quit requests are refused unless staff unlocked;
* right clicks and context menus never reach a widget (they offer copy, export, …);
* any QDialog that appears (file, message, print dialogs) is rejected at once;
* every press, touch, key or wheel is reported to :attr:`on_input` (the idle timer);
* a long press in the exit corner emits :attr:`corner_held` (staff exit);
* a tap on something with a tooltip shows it: there is no hover on a touch screen.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QToolTip, QWidget

log = logging.getLogger("khasan.kiosk")

_E = QEvent.Type
_K = Qt.Key
_M = Qt.KeyboardModifier
BLOCKING_MODIFIERS = _M.ControlModifier | _M.AltModifier | _M.MetaModifier
_BLOCKED_NAMES = (
    "Key_Escape", "Key_Meta", "Key_Super_L", "Key_Super_R", "Key_Hyper_L", "Key_Hyper_R", "Key_Menu",
    "Key_Alt", "Key_AltGr", "Key_Close", "Key_Exit", "Key_Back", "Key_Forward", "Key_Stop", "Key_Refresh",
    "Key_PowerOff", "Key_PowerDown", "Key_Sleep", "Key_Suspend", "Key_Hibernate", "Key_Standby", "Key_LogOff",
    "Key_WakeUp", "Key_Print", "Key_SysReq", "Key_Explorer", "Key_HomePage", "Key_Search", "Key_Tools",
    "Key_Open", "Key_Save", "Key_Settings", "Key_Launch0", "Key_Launch1", "Key_LaunchMail", "Key_LaunchMedia",
    "Key_Calculator", "Key_Terminal", "Key_TaskPane", "Key_ApplicationLeft", "Key_ApplicationRight",
    "Key_Cancel", "Key_Execute", "Key_Help",
)
BLOCKED_KEYS = frozenset(getattr(_K, n) for n in _BLOCKED_NAMES if hasattr(_K, n)) | frozenset(
    getattr(_K, f"Key_F{i}") for i in range(1, 36))
MODIFIER_KEYS = frozenset({_K.Key_Shift, _K.Key_Control, _K.Key_Alt, _K.Key_AltGr, _K.Key_Meta})
KEY_EVENTS = frozenset({_E.KeyPress, _E.KeyRelease, _E.ShortcutOverride})
PRESS_EVENTS = frozenset({_E.MouseButtonPress, _E.MouseButtonDblClick, _E.TouchBegin, _E.TabletPress, _E.Wheel})
MOVE_EVENTS = frozenset({_E.MouseMove, _E.TouchUpdate})
RELEASE_EVENTS = frozenset({_E.MouseButtonRelease, _E.TouchEnd, _E.TouchCancel})
LOCKED_PROPERTY = "_kiosk_locked"  # set by app.kiosk.touch.lock_down
CORNER_SIZE = 96  # px: two finger widths, easy for staff, rarely held by a visitor
TAP_SLOP = 24  # px a finger may slide and still count as a tap


def is_exit_key(key: int, modifiers) -> bool:
    """Keys a visitor must not use: anything that could close, switch or open something."""
    if modifiers & BLOCKING_MODIFIERS:
        return True
    return key in BLOCKED_KEYS


def event_global_pos(event) -> QPoint | None:
    if event.type() in (_E.TouchBegin, _E.TouchUpdate, _E.TouchEnd):
        points = event.points()
        return points[0].globalPosition().toPoint() if points else None
    if hasattr(event, "globalPosition"):
        return event.globalPosition().toPoint()
    return None


class KioskGuard(QObject):
    """Install on the QApplication; remove (``uninstall``) on a staff exit."""

    corner_held = Signal()
    dialog_blocked = Signal(str)  # class name of the rejected dialog

    def __init__(self, window: QWidget, corner: str = "top-left", hold_seconds: float = 3.0, parent=None):
        super().__init__(parent or window)
        self.window = window
        self.corner = corner
        self.allow_exit = False
        #: Called with True for a press/touch/key/wheel, False for a move; returning True
        #: eats the event (it only dismissed an overlay).
        self.on_input = lambda strong: False
        #: Called with a press's or release's global position; True lets it through to its
        #: widget without counting as input (the attract screen's own language buttons).
        self.lets_through = lambda global_pos: False
        self.blocked_keys = 0
        self._hold = QTimer(self, singleShot=True, interval=int(hold_seconds * 1000))
        self._hold.timeout.connect(self.corner_held)
        self._press_at: QPoint | None = None
        self._tapped = True

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._hold.stop()

    # ------------------------------------------------------------------ filter
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        t = event.type()
        if t in KEY_EVENTS:
            return self._key(event)
        if t in PRESS_EVENTS:
            return self._press(obj, event)
        if t in MOVE_EVENTS:
            return self._move(event)
        if t in RELEASE_EVENTS:
            return self._release(obj, event)
        if t == _E.Close:
            return self._close(obj, event)
        if t == _E.Quit:
            return not self.allow_exit
        if t == _E.ContextMenu:
            return True
        if t == _E.Show:
            if isinstance(obj, QDialog):
                self._block_dialog(obj)
            elif obj.property(LOCKED_PROPERTY):  # a view re-showed something kiosk mode hid
                QTimer.singleShot(0, obj, obj.hide)
        elif t == _E.Shortcut and is_exit_key(_first_key(event), _first_modifiers(event)):
            return True
        return False

    def _key(self, event) -> bool:
        if event.type() == _E.KeyRelease and event.key() in MODIFIER_KEYS:
            return False  # letting go of Ctrl/Alt/Meta is harmless, and keeps Qt's modifier state right
        blocked = is_exit_key(event.key(), event.modifiers())
        if event.type() == _E.ShortcutOverride:
            if blocked:
                event.accept()  # "override" the shortcut: it arrives as a key press we then eat
            return blocked
        if event.type() == _E.KeyPress:
            if blocked:
                self.blocked_keys += 1
            if self.on_input(True):
                return True
        return blocked

    # A real press reaches the QWindow first (before Qt's gesture manager, which swallows
    # presses on kinetic-scrolling viewports), then each widget up the tree: every handler
    # below is idempotent for those copies.
    def _press(self, obj, event) -> bool:
        t = event.type()
        if t in (_E.MouseButtonPress, _E.MouseButtonDblClick) and event.button() != Qt.MouseButton.LeftButton:
            return True  # right/middle click: context menus and their export entries
        pos = event_global_pos(event)
        if pos is not None and t != _E.Wheel and self.lets_through(pos):
            return False
        if self.on_input(True):
            self._hold.stop()
            return True  # the touch only dismissed an overlay
        if t == _E.Wheel or pos is None or self._hold.isActive():
            return False
        if self._press_at is None or (pos - self._press_at).manhattanLength() > 0 or self._tapped:
            self._press_at, self._tapped = pos, False
        if self.in_corner(pos):
            self._hold.start()
        return False

    def _move(self, event) -> bool:
        self.on_input(False)
        pos = event_global_pos(event)
        if self._hold.isActive() and pos is not None and self._press_at is not None \
                and (pos - self._press_at).manhattanLength() > TAP_SLOP:
            self._hold.stop()
        return False

    def _release(self, obj, event) -> bool:
        if event.type() == _E.MouseButtonRelease and event.button() != Qt.MouseButton.LeftButton:
            return True
        self._hold.stop()
        pos = event_global_pos(event)
        if pos is not None and self.lets_through(pos):
            return False
        if self.on_input(True):
            return True
        if event.type() == _E.MouseButtonRelease and isinstance(obj, QWidget) and not self._tapped \
                and pos is not None and self._press_at is not None \
                and (pos - self._press_at).manhattanLength() <= TAP_SLOP:
            self._tapped = True  # once per press, not once per parent the release reaches
            self._tap_tooltip(obj, obj.mapFromGlobal(pos), pos)
        return False

    def _close(self, obj, event) -> bool:
        if obj is self.window and not self.allow_exit:
            event.ignore()
            return True
        return False

    # ------------------------------------------------------------------ helpers
    def in_corner(self, global_pos: QPoint) -> bool:
        top_left = self.window.mapToGlobal(QPoint(0, 0))
        r = QRect(top_left, self.window.size())
        s = CORNER_SIZE
        x = r.left() if self.corner.endswith("left") else r.right() - s + 1
        y = r.top() if self.corner.startswith("top") else r.bottom() - s + 1
        return QRect(x, y, s, s).contains(global_pos)

    def _block_dialog(self, dialog: QDialog) -> None:
        if dialog.property("kiosk_allowed"):
            return
        name = type(dialog).__name__
        log.warning("kiosk: blocked a %s (%r)", name, dialog.windowTitle())
        dialog.setWindowOpacity(0.0)  # the visitor sees nothing for the one frame it exists
        # Rejected from the event loop: rejecting inside show() would leave exec() waiting.
        QTimer.singleShot(0, dialog, dialog.reject)
        self.dialog_blocked.emit(name)

    def _tap_tooltip(self, widget: QWidget, local: QPoint, global_pos: QPoint) -> None:
        text = ""
        view = widget.parent()
        if isinstance(view, QAbstractItemView) and widget is view.viewport():
            index = view.indexAt(local)
            if index.isValid():
                text = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        else:
            w = widget
            for _ in range(3):  # a label inside a button, a button inside a frame
                if w is None or w is self.window:
                    break
                text = w.toolTip()
                if text:
                    widget = w
                    break
                w = w.parentWidget()
        if text:
            QTimer.singleShot(0, widget, lambda: QToolTip.showText(global_pos, str(text), widget, QRect(), 8000))


def _first_key(event) -> int:
    seq = event.key()
    if seq.isEmpty():
        return 0
    return seq[0].key()


def _first_modifiers(event):
    seq = event.key()
    if seq.isEmpty():
        return _M.NoModifier
    return seq[0].keyboardModifiers()
