"""Colours of the on-screen drawings (charts, maps, legend) in the window's theme.

The drawings paint their own backgrounds, so the application palette alone does not reach
them. :func:`theme_for` reads the palette: a dark window (View ▸ High contrast) gives
:data:`HIGH_CONTRAST`, white text and lines on black, anything else :data:`LIGHT`, the
drawings' own light colours. Drawings made for paper or files (print, PNG/SVG export)
keep :data:`LIGHT` whatever the screen shows.

A widget that mixes in :class:`FollowsTheme` is told the theme when it is shown and when
the palette changes while it is shown, so switching the theme repaints it at once.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette

from app.views.common import contrast
from app.views.common.palette import side_color


def _rgb(color: QColor | str) -> tuple[int, int, int]:
    c = QColor(color)
    return c.red(), c.green(), c.blue()


def relative_luminance(color: QColor | str) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""
    return contrast.luminance(_rgb(color))


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio of two opaque colours (Qt colours or names): 1 (same) to 21
    (black and white). The arithmetic is :mod:`app.views.common.contrast`'s, as the focus ring's."""
    return contrast.contrast_ratio(_rgb(a), _rgb(b))


def text_on(background: QColor | str) -> QColor:
    """Black or white, whichever has the higher contrast on ``background``."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white


@dataclass(frozen=True)
class DrawingTheme:
    """Every colour a drawing uses besides the sides' (``"#rrggbb"``, or ``"#aarrggbb"`` with alpha)."""

    dark: bool
    background: str  # charts
    text: str  # labels, axes, whiskers, outlines
    muted: str  # secondary text
    frame_brush: str  # a chart panel
    frame_pen: str
    bracket: str  # grey bars: brackets, the timeline's months
    mark_pen: str  # a tour chapter's bars
    land: str  # the maps
    ink: str  # map markers and names
    halo: str  # behind map labels
    hollow: str  # an approximate place's marker
    water: str
    water_edge: str
    water_text: str
    river: str
    island_fill: str
    island_edge: str
    disputed: str  # the hatching between the two claims
    region: str  # country names on the maps
    no_record: str
    stem: str  # the day chart's stems and symbol outlines
    symbol_pen: str
    strip_bar: str  # the day strip's event bars

    def side(self, side: str) -> str:
        """The colour of a side in this theme (lighter where the usual one is too dark on black)."""
        return side_color(side, dark=self.dark)

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = DrawingTheme(
    dark=False, background="#ffffff", text="#1a1a1a", muted="#4d4d4d", frame_brush="#f5f5f5",
    frame_pen="#dddddd", bracket="#808080", mark_pen="#000000", land="#f3f0e6", ink="#222222",
    halo="#c8ffffff", hollow="#ffffff", water="#a9cfe8", water_edge="#5b8fb9", water_text="#5b8fb9",
    river="#a9cfe8", island_fill="#e8d9a8", island_edge="#c9b27c", disputed="#5a787878", region="#9a9384",
    no_record="#bbbbbb", stem="#888888", symbol_pen="#333333", strip_bar="#5a6b7b")

#: White on black as the high-contrast palette; text ≥ 7:1 and lines ≥ 3:1 on black
#: (tests/test_high_contrast_drawings.py measures every pair).
HIGH_CONTRAST = DrawingTheme(
    dark=True, background="#000000", text="#ffffff", muted="#c8c8c8", frame_brush="#0d0d0d",
    frame_pen="#9a9a9a", bracket="#a0a0a0", mark_pen="#ffffff", land="#000000", ink="#ffffff",
    halo="#c8000000", hollow="#000000", water="#0b3550", water_edge="#56b4e9", water_text="#9fd3f5",
    river="#3d8fc6", island_fill="#3d3520", island_edge="#d9c48c", disputed="#c8808080", region="#c8c8c8",
    no_record="#bbbbbb", stem="#a0a0a0", symbol_pen="#ffffff", strip_bar="#9fb3c8")


def is_dark(palette: QPalette) -> bool:
    """A dark window: light text on it (the high-contrast theme, or a dark system theme)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme_for(palette: QPalette) -> DrawingTheme:
    """The drawings' colours for a widget's palette: its window and text colours on a dark one."""
    if not is_dark(palette):
        return LIGHT
    return replace(HIGH_CONTRAST, background=palette.color(QPalette.ColorRole.Window).name(),
                   land=palette.color(QPalette.ColorRole.Window).name(),
                   text=palette.color(QPalette.ColorRole.WindowText).name(),
                   ink=palette.color(QPalette.ColorRole.WindowText).name())


_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)


class FollowsTheme:
    """Mixin (before the Qt base class) for a drawing widget with an ``apply_theme(theme)`` method.

    ``apply_theme`` is called when the widget is shown and when its palette changes while it
    is shown, each time the theme differs from the one drawn. A widget never shown (one built
    to print or export) keeps ``LIGHT``.
    """

    drawing_theme: DrawingTheme = LIGHT

    def apply_theme(self, theme: DrawingTheme) -> None:
        raise NotImplementedError

    def follow_theme(self) -> None:
        """Draw in the theme of the current palette, if the widget is shown and it changed."""
        if not self.isVisible():
            return  # shown later: showEvent comes back here
        theme = theme_for(self.palette())
        if theme != self.drawing_theme:
            self.drawing_theme = theme
            self.apply_theme(theme)

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in _THEME_EVENTS:
            self.follow_theme()

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.follow_theme()
