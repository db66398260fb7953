"""The year range is a pair of real sliders to the keyboard and to assistive tools (issue 17)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from app.views.common.year_range import YearRange


@pytest.fixture
def years(qtbot):
    widget = YearRange()
    qtbot.addWidget(widget)
    widget.setRange(1860, 2008)
    widget.setValue((1934, 1939))
    widget.slider.set_handle_names("First year", "Last year")
    widget.resize(400, 40)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_end_is_a_named_slider_with_a_value(years):
    for handle, name, value in ((years.slider.first, "First year", 1934), (years.slider.last, "Last year", 1939)):
        info = QAccessible.queryAccessibleInterface(handle)
        assert info.role() == QAccessible.Role.Slider
        assert info.text(QAccessible.Text.Name) == name
        assert info.valueInterface().currentValue() == value
        assert (info.valueInterface().minimumValue(), info.valueInterface().maximumValue()) == (1860, 2008)


def test_arrows_move_one_end_and_stop_at_the_other(years, qtbot):
    seen = []
    years.valueChanged.connect(seen.append)
    qtbot.keyClick(years.slider.first, Qt.Key.Key_Right)
    assert years.value() == (1935, 1939) and seen[-1] == (1935, 1939)
    for _ in range(10):
        qtbot.keyClick(years.slider.first, Qt.Key.Key_Right)
    assert years.value() == (1939, 1939)  # the first year never passes the last
    qtbot.keyClick(years.slider.last, Qt.Key.Key_End)
    assert years.value() == (1939, 2008)
    assert (years.first_box.value(), years.last_box.value()) == (1939, 2008)


def test_tab_walks_box_first_end_last_end_box_and_leaves(years, qtbot):
    after = QWidget(years)
    after.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    years.first_box.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(years.focusWidget() or years, Qt.Key.Key_Tab)
        order.append(years.focusWidget())
    assert order[:3] == [years.slider.first, years.slider.last, years.last_box]


def test_the_mouse_drags_the_nearer_end(years, qtbot):
    slider = years.slider
    x_last = int(slider._x(1939))
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=QPoint(x_last + 2, slider.height() // 2))
    qtbot.mouseMove(slider, QPoint(slider.width() - 5, slider.height() // 2))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 5, slider.height() // 2))
    low, high = years.value()
    assert low == 1934 and high > 1990
    assert slider.last.hasFocus()
