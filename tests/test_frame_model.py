"""Sorting through a permutation: meaning per type, missing values last, secondary key."""
from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt

from app.views.common.frame_model import FrameModel, number_column, text_column


def make_model(qtbot):
    model = FrameModel()
    numbers = pd.Series([3, None, 1, 3, 2], dtype="Int64")
    words = pd.Series(["b", "a", None, "a", "c"], dtype="string")
    model.set_columns([number_column("n", "N", numbers), text_column("w", "W", words)],
                      np.array(["r0", "r1", "r2", "r3", "r4"], dtype=object))
    return model


def ids(model):
    return [model.id_at(r) for r in range(model.rowCount())]


def test_missing_last_in_both_directions(qtbot):
    model = make_model(qtbot)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert ids(model)[-1] == "r1"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert ids(model)[-1] == "r1"
    assert ids(model)[:2] == ["r0", "r3"]  # ties keep their order


def test_secondary_key_is_the_previous_sort(qtbot):
    model = make_model(qtbot)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # by number: 3, 3, 2, 1, missing
    model.add_sort_key = True  # shift-click: ties broken by word
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert ids(model) == ["r0", "r3", "r4", "r2", "r1"]
    assert model.sort_keys() == [(0, False), (1, False)]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # a plain click replaces the keys
    assert ids(model) == ["r1", "r3", "r0", "r4", "r2"]


def test_mask_filters_and_display_is_formatted(qtbot):
    model = make_model(qtbot)
    model.set_mask(np.array([True, False, True, False, True]))
    assert ids(model) == ["r0", "r2", "r4"]
    assert model.data(model.index(0, 0)) == "3"
    assert model.data(model.index(1, 1)) == ""
