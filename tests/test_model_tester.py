"""Every item model passes Qt's own QAbstractItemModelTester (pytest-qt's qtmodeltester) while it
is sorted, filtered and redrawn: views and assistive tools rely on what it checks (issue 17)."""
from __future__ import annotations

import pandas as pd
import pytest

from app.model.queries import EventFilter
from app.views.incidents.page import IncidentView
from app.views.research.sources_page import SourcesView


@pytest.fixture
def incidents(qtbot, state, dataset):
    state.set_dataset(dataset)
    view = IncidentView(state)
    qtbot.addWidget(view)
    return view


def test_incident_model_while_sorted_and_filtered(qtmodeltester, incidents, state):
    model = incidents.model
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):
        model.sort(column)  # every kind of column: dates, numbers, text
    incidents.set_filter(EventFilter(text="Zaozernaya", date_from=pd.Timestamp("1938-01-01")))
    incidents.set_filter(EventFilter(text="x-no-such-word-x"))  # nothing left
    incidents.set_filter(EventFilter())
    state.set_language("fi")  # columns rebuilt with other words
    state.set_language("en")
    assert model.rowCount() > 0


def test_sources_models(qtmodeltester, qtbot, state, dataset):
    state.set_dataset(dataset)
    view = SourcesView(state)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.sources_model.rowCount() > 0)
    qtmodeltester.check(view.sources_model, force_py=True)
    qtmodeltester.check(view.differ_model, force_py=True)
    view.sources_model.sort(1)
    view.differ_model.sort(0)
    assert view.differ_model.rowCount() > 0


def test_day_tree_model_while_the_day_changes(qtmodeltester, qtbot, state, dataset):
    from datetime import date

    from app.views.days.page import DaysView

    state.set_dataset(dataset)
    view = DaysView(state)
    qtbot.addWidget(view)
    view.show()
    state.set_day(date(1938, 7, 30))
    qtmodeltester.check(view.day_tree.model(), force_py=True)
    for day in (date(1938, 8, 6), date(1938, 7, 15), date(1938, 8, 11)):
        state.set_day(day)
    assert view.day_tree.model().rowCount() > 0
