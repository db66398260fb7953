"""The incident table and the guided tour: a chapter's events are selected by the selection
rules (``Selection.rows``); here the table scrolls so that they stand together at the top."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def show_rows_at_top(table: QTableView, model, event_ids) -> int:
    """Scroll ``table`` so that the first shown row of ``event_ids`` is at the top (the others
    follow it in date order); returns that row, -1 if none of them is shown."""
    rows = [row for row in (model.row_of_id(e) for e in event_ids) if row >= 0]
    if not rows:
        return -1
    first = min(rows)
    table.scrollTo(model.index(first, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    return first
