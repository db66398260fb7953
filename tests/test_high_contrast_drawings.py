"""High contrast reaches the drawings: the force chart, the day map with its legend, strip and
chart, and the overview's map and drawings turn white on black when the theme is switched on,
and back when it is switched off, without a restart. Measured on the pixels of each grab."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from app.views.common.display import high_contrast_palette
from app.views.common.palette import SIDE_COLORS, side_color
from app.views.common.theme import HIGH_CONTRAST, LIGHT, contrast_ratio, relative_luminance, text_on, theme_for


# ---------------------------------------------------------------------- the ratio and the colours
def test_contrast_ratio_of_known_pairs():
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)  # either order
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-fails-AA grey
    assert contrast_ratio("#0072B2", "#000000") == pytest.approx(4.05, abs=0.01)
    assert contrast_ratio(QColor("#123456"), "#123456") == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-3)


def test_high_contrast_colours_are_readable_on_black():
    """Text ≥ 4.5:1 and lines and shapes ≥ 3:1 on the drawings' black (WCAG 1.4.3 and 1.4.11)."""
    t = HIGH_CONTRAST
    for name in ("text", "muted", "ink", "region", "water_text"):
        assert contrast_ratio(getattr(t, name), t.background) >= 4.5, name
    for name in ("frame_pen", "bracket", "river", "water_edge", "island_edge", "stem", "symbol_pen", "strip_bar",
                 "no_record"):
        assert contrast_ratio(getattr(t, name), t.background) >= 3.0, name
    assert contrast_ratio(t.water_text, t.water) >= 4.5  # the lake's name sits on the lake
    assert contrast_ratio(t.text, t.frame_brush) >= 4.5  # texts inside a chart panel


def test_every_side_colour_serves_as_text_on_black_and_the_sides_stay_apart():
    for side in SIDE_COLORS:
        color = side_color(side, dark=True)
        assert contrast_ratio(color, "#000000") >= 4.5, side  # a claim's name is written in it
        assert contrast_ratio(text_on(color), color) >= 4.5, side  # a holder's badge
    assert side_color("Japan", dark=True) != side_color("Japan")  # Okabe–Ito blue is 4.05:1 on black
    assert side_color("USSR", dark=True) == side_color("USSR")  # the others keep their colour
    japan, manchukuo = side_color("Japan", dark=True), side_color("Manchukuo", dark=True)
    assert contrast_ratio(japan, manchukuo) >= 1.5  # still told apart by lightness, not hue alone
    assert theme_for(high_contrast_palette()).side("Japan") == japan


def test_the_palette_picks_the_theme():
    assert theme_for(high_contrast_palette()).dark
    assert theme_for(high_contrast_palette()).background == "#000000"
    light = QPalette(QColor("#f0f0f0"))
    assert theme_for(light) == LIGHT


# ---------------------------------------------------------------------- the drawings on screen
def _pixels(widget) -> np.ndarray:
    """The widget's pixels as an (n, 3) array of RGB."""
    QApplication.processEvents()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.bytesPerLine() * h)
    rows = data.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4)
    return rows[:, :, [2, 1, 0]].reshape(-1, 3)  # BGRA in memory


def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def _measure(widget) -> tuple[float, int, float]:
    """(contrast of the most common colour against white, pixels ≥ 4.5:1 against that
    background, their share of the widget)."""
    rgb = _pixels(widget)
    background = Counter(map(tuple, rgb[:: 7])).most_common(1)[0][0]
    lb = relative_luminance(QColor(*background))
    lum = _luminance(rgb)
    ratio = (np.maximum(lum, lb) + 0.05) / (np.minimum(lum, lb) + 0.05)
    readable = int((ratio >= 4.5).sum())
    return contrast_ratio(QColor(*background), "#ffffff"), readable, readable / len(rgb)


def _drawings(window) -> dict:
    window.show_page("forces")
    window.show_page("days")
    window.show_page("overview")
    days, glance = window.days_view, window.overview.glance
    return {"forces chart": ("forces", window.forces_view.chart), "day map": ("days", days.map),
            "map legend": ("days", days.legend), "day chart": ("days", days.chart), "day strip": ("days", days.slider),
            "overview map": ("overview", glance.map), "overview numbers": ("overview", glance.headline),
            "overview timeline": ("overview", glance.timeline)}


def test_high_contrast_turns_every_drawing_white_on_black_and_back(loaded_window):
    """Switched on while each page is shown and off again: dark ground with readable ink, then
    the light drawing as before."""
    window = loaded_window
    drawings = _drawings(window)
    light = {}
    for name, (page, widget) in drawings.items():
        window.show_page(page)
        light[name] = _measure(widget)
    for name, (page, widget) in drawings.items():
        window.show_page(page)
        window.display.set_high_contrast(True)
        try:
            on_white, readable, share = _measure(widget)
            assert on_white >= 15, f"{name}: background not dark ({on_white:.1f}:1 against white)"
            assert readable > 150 and share > 0.002, f"{name}: no text or lines readable on it ({readable})"
        finally:
            window.display.set_high_contrast(False)
        on_white, readable, _ = _measure(widget)
        assert on_white < 1.3, f"{name}: the light ground did not come back"
        assert readable > 0.8 * light[name][1] and light[name][0] < 1.3


def test_a_page_switched_while_hidden_is_drawn_in_the_theme_when_shown(loaded_window):
    window = loaded_window
    drawings = _drawings(window)
    window.show_page("forces")
    window.display.set_high_contrast(True)
    try:
        for page in ("days", "overview"):
            window.show_page(page)
            for name, (owner, widget) in drawings.items():
                if owner == page:
                    assert _measure(widget)[0] >= 15, name
    finally:
        window.display.set_high_contrast(False)
    window.show_page("days")
    assert _measure(window.days_view.map)[0] < 1.3


def test_the_map_redrawn_in_the_theme_keeps_its_day_zoom_and_marks(loaded_window):
    window = loaded_window
    window.show_page("days")
    view = window.days_view
    view.choose_index(view.days().index(next(d for d in view.days() if str(d.date()) == "1938-08-06")))
    view.map.zoom(1.25)
    before = (dict((pid, view.map.holder_text(pid)) for pid in view.map.place_items), list(view.map.drawn_moves),
              view.map.transform().m11(), view.map.accessibleDescription())
    window.display.set_high_contrast(True)
    try:
        QApplication.processEvents()
        after = (dict((pid, view.map.holder_text(pid)) for pid in view.map.place_items), list(view.map.drawn_moves),
                 view.map.transform().m11(), view.map.accessibleDescription())
        assert after == before
        assert view.map.drawing_theme.dark and all(item.theme.dark for item in view.map.place_items.values())
    finally:
        window.display.set_high_contrast(False)


def test_files_and_paper_stay_light_in_high_contrast(loaded_window, tmp_path):
    """An exported chart and a printed map are for documents: light whatever the screen shows."""
    from app.views.print.map_print import build_map

    window = loaded_window
    window.show_page("forces")
    window.display.set_high_contrast(True)
    try:
        chart = window.forces_view.chart
        chart.export_png(tmp_path / "chart.png")
        image = QImage(str(tmp_path / "chart.png"))
        assert QColor(image.pixel(3, 3)).lightness() > 240
        darks = sum(QColor(image.pixel(x, y)).lightness() < 60
                    for x in range(0, image.width(), 3) for y in range(0, min(image.height(), 400), 3))
        assert darks > 100  # its text is dark, as on paper
        assert chart.drawing_theme.dark  # and the chart on screen stays in the theme
        view, _ = build_map(window.state.dataset, "en", None)
        assert not view.drawing_theme.dark
        assert not any(item.theme.dark for item in view.place_items.values())
    finally:
        window.display.set_high_contrast(False)


def test_badge_text_reads_on_every_side_colour_in_both_themes():
    """A hill's holder badge: its text ≥ 4.5:1 on the side's colour (white on the USSR's
    vermillion was 3.87:1 in the light theme)."""
    from app.views.common.palette import SIDE_COLORS, side_color
    from app.views.common.theme import contrast_ratio, text_on

    for dark in (False, True):
        for side in SIDE_COLORS:
            color = side_color(side, dark=dark)
            assert contrast_ratio(text_on(color), color) >= 4.5, (side, dark, color)
