"""Visible focus (issue 17, WCAG 2.4.7 and 1.4.11): wherever Tab goes, a ring of ≥ 2 px in a
colour ≥ 3:1 against what surrounds it, measured on the drawn pixels; the current cell of
tables, lists and trees ringed too; no ring after a mere click."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QTabBar, QVBoxLayout, QWidget

from app.views.common import focus_ring
from app.views.common.contrast import contrast_ratio
from app.views.common.focus_ring import THIN, cell_color, readable_on, ring_color

PAGES = ["overview", "tour", "incidents", "forces", "days", "sources", "index"]


def rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


@pytest.fixture
def window(loaded_window):
    yield loaded_window
    loaded_window.display.restore()


def test_contrast_ratio_matches_wcag_examples():
    assert contrast_ratio((255, 255, 255), (0, 0, 0)) == pytest.approx(21.0)
    assert contrast_ratio((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio((255, 255, 0), (0, 0, 0)) == pytest.approx(19.56, abs=0.01)
    assert contrast_ratio((10, 20, 30), (10, 20, 30)) == pytest.approx(1.0)


def test_a_pale_highlight_gives_way_to_the_text_colour():
    palette = QPalette(QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cce4ff"))  # 1.3:1 on the window
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    assert ring_color(palette).name() == "#000000"
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0050a0"))
    assert ring_color(palette).name() == "#0050a0"
    roles = QPalette.ColorRole
    assert readable_on(palette, (roles.Window,), (roles.Window,)).name() == palette.color(roles.Window).name()


def _ring_pixels(window, widget, width: int) -> list[QColor]:
    """The colours drawn from the widget's left edge inwards, ``width`` pixels, halfway down."""
    QApplication.processEvents()
    top_left = widget.mapTo(window, QPoint(0, 0))
    area = QRect(top_left, widget.size())
    image = window.grab(area).toImage()
    ratio = image.width() / area.width()  # device pixels per logical pixel
    return [QColor(image.pixel(int(x * ratio), image.height() // 2)) for x in range(width)]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
def test_tab_shows_a_ring_of_three_to_one_around_every_stop(window, qtbot, page, contrast):
    window.display.set_high_contrast(contrast)
    window.show_page(page)
    window.activateWindow()
    window.tabs.tabBar().setFocus()
    QApplication.processEvents()
    ring = focus_ring.install()
    seen, faint = [], []
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus in seen:
            break
        seen.append(focus)
        assert ring.ring is not None and ring.ring.parentWidget() is focus, type(focus).__name__
        if isinstance(focus, QTabBar):  # around its tabs, not the empty rest of the bar
            assert ring.ring.geometry().right() == max(focus.tabRect(i).right() for i in range(focus.count()))
        else:
            assert ring.ring.geometry() == focus.rect()
        drawn = _ring_pixels(window, focus, ring.ring.width_px)
        want = ring_color(focus.palette())
        # ≥ 2 px of the ring colour, then a line 3:1 against it: visible whatever surrounds it
        if [c.name() for c in drawn[:THIN]] != [want.name()] * THIN \
                or contrast_ratio(rgb(drawn[0]), rgb(drawn[-1])) < 3:
            faint.append(f"{type(focus).__name__} {focus.accessibleName()!r}: {[c.name() for c in drawn]}")
    assert len(seen) >= 3
    assert not faint


def test_a_click_shows_no_ring_until_a_key_is_pressed(window, qtbot):
    window.show_page("incidents")
    page = window.tabs.currentWidget()
    table = page.findChild(QAbstractItemView, "incidentTable") or page.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(1, 1)).center())
    assert QApplication.focusWidget() is table
    assert focus_ring.install().ring is None
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert focus_ring.install().ring is not None


def test_the_current_cell_is_ringed_and_the_ring_follows_it(window, qtbot):
    window.show_page("incidents")
    table = window.tabs.currentWidget().table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(table.model().index(0, 1))
    for _ in range(30):  # past the first screenful: the view scrolls
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    QApplication.processEvents()
    ring = focus_ring.install().ring
    cell = table.visualRect(table.currentIndex()).translated(table.viewport().pos())
    assert ring.cell.boundingRect() == cell
    image = table.grab(cell.adjusted(-1, -1, 1, 1)).toImage()
    drawn = QColor(image.pixel(1, image.height() // 2))
    beside = QColor(image.pixel(THIN + 2, image.height() // 2))
    assert rgb(drawn) == rgb(cell_color(table.palette(), selected=True))
    assert contrast_ratio(rgb(drawn), rgb(beside)) >= 3
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert ring.cell.boundingRect() == table.visualRect(table.currentIndex()).translated(table.viewport().pos())


def test_a_deleted_focus_widget_takes_the_ring_with_it_and_a_new_one_is_made(qtbot):
    follower = focus_ring.install()
    host = QWidget()
    layout = QVBoxLayout(host)
    first, second = QPushButton("first"), QPushButton("second")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(second, Qt.Key.Key_Shift)  # the keyboard is in use: focus moved by the app shows too
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert follower.ring is not None and follower.ring.parentWidget() is first
    first.deleteLater()
    QApplication.processEvents()
    second.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert follower.ring is not None and follower.ring.parentWidget() is second
