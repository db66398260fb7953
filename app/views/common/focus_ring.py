"""Visible keyboard focus everywhere: a ring of at least 2 px around whatever has focus and,
in tables, lists and trees, around the current cell, each at least 3:1 against its neighbours.

Platform styles draw focus faintly (Fusion: 1 px at low alpha) or not at all (read-only text
panes), and a focus style sheet would replace the native look of every button. So one small
overlay widget follows the focus instead: it is laid over the focused widget, masked to the
ring, and costs nothing per cell or per button. Like a browser's ``:focus-visible`` it shows
while the keyboard is in use (Tab, a shortcut, any key pressed in the focused widget, and the
focus the app moves after such a key) and not after a click or a touch.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabBar, QWidget
from shiboken6 import isValid

from app.views.common.theme import contrast_ratio

KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange
MIN_RATIO = 3.0  # WCAG 2.1 SC 1.4.11: focus indicators against adjacent colours
THIN, THICK = 2, 3  # px of ring colour: thick around anything taller than two text lines


def readable_on(palette: QPalette, backgrounds: tuple[QPalette.ColorRole, ...],
                candidates: tuple[QPalette.ColorRole, ...]) -> QColor:
    """The first candidate colour with ≥ 3:1 against every background (else the most
    contrasting one): the theme's own colours, checked rather than assumed."""
    group = QPalette.ColorGroup.Active
    backs = [palette.color(group, role) for role in backgrounds]

    def worst(role) -> float:
        return min(contrast_ratio(palette.color(group, role), back) for back in backs)

    for role in candidates:
        if worst(role) >= MIN_RATIO:
            return palette.color(group, role)
    return palette.color(group, max(candidates, key=worst))


def ring_color(palette: QPalette) -> QColor:
    """The widget ring: the highlight colour where it stands out from window, base and button."""
    roles = QPalette.ColorRole
    return readable_on(palette, (roles.Window, roles.Base, roles.Button), (roles.Highlight, roles.WindowText))


def inner_color(palette: QPalette, ring: QColor) -> QColor:
    """The ring's inner line: base, window or text colour, whichever differs most from the ring."""
    group, roles = QPalette.ColorGroup.Active, QPalette.ColorRole
    colors = [palette.color(group, role) for role in (roles.Base, roles.Window, roles.Text)]
    return max(colors, key=lambda c: contrast_ratio(c, ring))


def cell_color(palette: QPalette, selected: bool) -> QColor:
    """The current cell's ring: on a selected (highlighted) row it must stand out from the highlight."""
    roles = QPalette.ColorRole
    if selected:
        return readable_on(palette, (roles.Highlight,), (roles.HighlightedText, roles.Base, roles.Text))
    return readable_on(palette, (roles.Base, roles.AlternateBase), (roles.Highlight, roles.Text))


def _frame(rect: QRect, width: int) -> QRegion:
    return QRegion(rect).subtracted(QRegion(rect.adjusted(width, width, -width, -width)))


class _Ring(QWidget):
    """The overlay itself: a child of the focused widget, over all of it, masked to the rings."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edge = QRegion()
        self.cell = QRegion()
        self.cell_selected = False
        self.width_px = THICK

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.parentWidget().palette()
        color = ring_color(palette)
        painter.setClipRegion(self.edge)
        painter.fillRect(self.rect(), color)
        # its innermost pixel line in a colour far from the ring's: the ring stands out whatever
        # the widget or its neighbours are painted in (a grey frame, a highlighted button)
        painter.setClipRegion(self.edge.subtracted(_frame(self.rect(), self.width_px - 1)))
        painter.fillRect(self.rect(), inner_color(palette, color))
        if not self.cell.isEmpty():
            painter.setClipRegion(self.cell)
            painter.fillRect(self.rect(), cell_color(palette, self.cell_selected))


class FocusRing(QObject):
    """Follows the application's focus; one per application (:func:`install`)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._ring: _Ring | None = None
        self._target: QWidget | None = None
        self._viewport: QWidget | None = None
        self.keyboard = False  # was the last input that moved or used the focus a key?
        app.focusChanged.connect(self._follow)

    @property
    def ring(self) -> _Ring | None:
        """The overlay while it is shown (tests and magnifier checks look at its mask)."""
        ring = self._ring
        return ring if ring is not None and isValid(ring) and ring.isVisible() else None

    # ------------------------------------------------------------------ following the focus
    def _follow(self, old: QWidget | None, new: QWidget | None) -> None:
        self._release()
        if new is None or new.isWindow() or not isValid(new):
            return
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.keyboard = False
        elif new.window().testAttribute(KEYBOARD):  # Tab, Shift+Tab, a mnemonic
            self.keyboard = True
        self._target = new
        new.installEventFilter(self)
        if isinstance(new, QAbstractItemView):
            self._viewport = new.viewport()
            self._viewport.installEventFilter(self)
        if self._ring is None or not isValid(self._ring):  # deleted with its last widget
            self._ring = _Ring(new)
        else:
            self._ring.setParent(new)
        self.place()

    def _release(self) -> None:
        for watched in (self._target, self._viewport):
            if watched is not None and isValid(watched):
                watched.removeEventFilter(self)
        self._target = self._viewport = None
        if self._ring is not None and isValid(self._ring):
            self._ring.hide()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.Paint:  # scrolled, sorted, resized or a new current cell
                self._place_cell()
        elif kind == QEvent.Type.KeyPress and not self.keyboard:
            self.keyboard = True  # the keyboard is in use now: show where it is
            self.place()
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
            self.place()
        return False

    # ------------------------------------------------------------------ drawing
    def place(self) -> None:
        """Lay the ring over the focused widget, or hide it when the focus came by pointer."""
        ring, target = self._ring, self._target
        if ring is None or target is None or not isValid(ring) or not isValid(target):
            return
        if not self.keyboard or not target.isVisible():
            ring.hide()
            return
        ring.setGeometry(_outline(target))
        ring.width_px = 1 + (THICK if target.height() > 2 * target.fontMetrics().height() else THIN)
        ring.edge = _frame(ring.rect(), ring.width_px)
        ring.cell, ring.cell_selected = _current_cell(target)
        ring.setMask(ring.edge.united(ring.cell))
        ring.raise_()
        ring.show()
        ring.update()

    def _place_cell(self) -> None:
        """The current cell moved, scrolled or changed selection: move its ring (no paint when not)."""
        ring = self._ring
        if ring is None or not isValid(ring) or not ring.isVisible():
            return
        cell, selected = _current_cell(self._target)
        if cell != ring.cell or selected != ring.cell_selected:
            ring.cell, ring.cell_selected = cell, selected
            ring.setMask(ring.edge.united(cell))
            ring.update()


def _outline(widget: QWidget) -> QRect:
    """What the ring goes around: the widget, or a tab bar's tabs (the bar runs on empty)."""
    if isinstance(widget, QTabBar) and widget.count():
        tabs = QRect()
        for i in range(widget.count()):
            if widget.isTabVisible(i):
                tabs = tabs.united(widget.tabRect(i))
        return tabs.intersected(widget.rect())
    return widget.rect()


def _current_cell(view: QWidget) -> tuple[QRegion, bool]:
    """The ring around an item view's current cell (in the view's coordinates, clipped to its
    viewport) and whether that cell is selected; empty for other widgets."""
    if not isinstance(view, QAbstractItemView) or not view.currentIndex().isValid():
        return QRegion(), False
    index = view.currentIndex()
    rect = view.visualRect(index)
    if rect.isEmpty():
        return QRegion(), False
    viewport = view.viewport()
    rect.translate(viewport.pos())
    selection = view.selectionModel()
    selected = selection is not None and selection.isSelected(index)
    return _frame(rect, THIN).intersected(QRegion(viewport.geometry())), selected


def install(app: QApplication | None = None) -> FocusRing:
    """The application's focus ring, made on first call (every window shares it)."""
    app = app or QApplication.instance()
    ring = app.findChild(FocusRing)
    return ring if ring is not None else FocusRing(app)
