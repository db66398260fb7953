"""Every visible number is spoken: a label's accessible name or description carries its text, so
a screen reader reads "129 of 129 events", not only "Number of events shown" (issue 17)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

PAGES = ["overview", "tour", "incidents", "forces", "days", "sources", "index"]
DIGITS = re.compile(r"\d")


@pytest.fixture
def window(loaded_window):
    return loaded_window


def hidden_values(root) -> list[str]:
    """Visible labels showing a number whose accessible text does not contain what they show."""
    bad = []
    for label in root.findChildren(QLabel):
        text = " ".join(label.text().split())
        if not label.isVisible() or not DIGITS.search(text) or label.textFormat() == 1:  # 1: rich text
            continue
        info = QAccessible.queryAccessibleInterface(label)
        spoken = " ".join(f"{info.text(QAccessible.Text.Name)} {info.text(QAccessible.Text.Description)}".split())
        if text not in spoken:
            bad.append(f"{label.objectName() or type(label.parentWidget()).__name__}: shows {text!r}, speaks {spoken!r}")
    return bad


@pytest.mark.parametrize("page", PAGES)
def test_every_visible_number_is_part_of_what_the_label_exposes(window, page):
    window.show_page(page)
    QApplication.processEvents()
    assert not hidden_values(window)


def test_a_changed_count_or_chart_is_announced(window, qtbot):
    from app.model.queries import EventFilter

    window.show_page("incidents")
    view = window.incident_view
    view.set_filter(EventFilter(text="Zaozernaya"))
    assert view.property("last_announcement") == view.status.text()
    assert view.status.text().split(" of ")[0] != str(len(window.state.dataset.events))
    window.show_page("forces")
    forces = window.forces_view
    forces.controls.tabs.setCurrentIndex((forces.controls.tabs.currentIndex() + 1) % forces.controls.tabs.count())
    QApplication.processEvents()
    assert forces.property("last_announcement").endswith(forces.status.text())
