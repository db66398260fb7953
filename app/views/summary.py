"""Text for the overview's dataset summary."""
from __future__ import annotations

from app.model import Dataset
from app.model.dates import format_day


def span_text(ds: Dataset, lang: str) -> str:
    s = ds.summary()
    if s.first_date is None:
        return "—"
    return f"{format_day(s.first_date, lang)} – {format_day(s.last_date, lang)}"
