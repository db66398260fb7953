"""Display preferences: font scaling (Ctrl+= / Ctrl+- / Ctrl+0) and the high-contrast theme.

Both act on the whole application (its font, palette and style sheet), so every widget
and dialog follows. Widgets drawn at a size relative to the text (headings, legends,
charts) register with :func:`relative_font` and are re-sized on every change.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import resources_dir

SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
_SCALE = "font_scale"
_BOLD = "font_bold"


def relative_font(widget: QWidget, scale: float = 1.0, bold: bool | None = None) -> QWidget:
    """Give ``widget`` the application font times ``scale`` now and after every zoom."""
    widget.setProperty(_SCALE, float(scale))
    widget.setProperty(_BOLD, bold)
    _apply_relative(widget)
    return widget


def _apply_relative(widget: QWidget) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * widget.property(_SCALE)))
    bold = widget.property(_BOLD)
    if bold is not None:
        font.setBold(bool(bold))
    widget.setFont(font)


def high_contrast_palette() -> QPalette:
    """White on black, yellow highlights: contrast far above WCAG AAA's 7:1."""
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, color in ((QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
                            (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
                            (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
                            (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.BrightText, yellow),
                            (QPalette.ColorRole.Highlight, yellow), (QPalette.ColorRole.HighlightedText, black),
                            (QPalette.ColorRole.ToolTipBase, black), (QPalette.ColorRole.ToolTipText, white),
                            (QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0")), (QPalette.ColorRole.Link, yellow),
                            (QPalette.ColorRole.Light, white), (QPalette.ColorRole.Mid, QColor("#808080")),
                            (QPalette.ColorRole.Dark, white)):
            p.setColor(group, role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(disabled, role, QColor("#a0a0a0"))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        p.setColor(disabled, role, black)
    return p


class Display(QObject):
    """The application's font scale and theme; one per main window."""

    scale_changed = Signal(float)
    contrast_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        app = QApplication.instance()
        self._base_size = app.font().pointSizeF()
        self._index = SCALES.index(1.0)
        self._palette = app.palette()
        self._style_sheet = app.styleSheet()
        self.high_contrast = False

    @property
    def scale(self) -> float:
        return SCALES[self._index]

    @property
    def scale_index(self) -> int:
        """The zoom step (an index into SCALES): what the session keeps."""
        return self._index

    def zoom_in(self) -> None:
        self.set_scale_index(self._index + 1)

    def zoom_out(self) -> None:
        self.set_scale_index(self._index - 1)

    def reset_zoom(self) -> None:
        self.set_scale_index(SCALES.index(1.0))

    def set_scale_index(self, index: int) -> None:
        index = max(0, min(len(SCALES) - 1, index))
        if index == self._index:
            return
        self._index = index
        app = QApplication.instance()
        font = QFont(app.font())
        font.setPointSizeF(self._base_size * self.scale)
        app.setFont(font)
        for widget in app.allWidgets():
            # isinstance: a widget deleted a moment ago may come back wrapped as another type
            if isinstance(widget, QWidget) and widget.property(_SCALE) is not None:
                _apply_relative(widget)
        self.scale_changed.emit(self.scale)

    def set_high_contrast(self, on: bool) -> None:
        if on == self.high_contrast:
            return
        self.high_contrast = on
        app = QApplication.instance()
        if on:
            app.setPalette(high_contrast_palette())
            qss = (resources_dir() / "styles" / "high_contrast.qss").read_text(encoding="utf-8")
            app.setStyleSheet(self._style_sheet + "\n" + qss)
        else:
            app.setPalette(self._palette)
            app.setStyleSheet(self._style_sheet)
        self.contrast_changed.emit(on)

    def restore(self) -> None:
        """Back to the font and theme the app had before (a closing window, tests)."""
        self.set_high_contrast(False)
        self.reset_zoom()
