"""Text for the overview's dataset summary."""
from __future__ import annotations

from app.model import Dataset
from app.model.dates import format_dates


def span_text(ds: Dataset, lang: str) -> str:
    """First and last event, each shown with its own precision ("1860 – 12 Nov 1948")."""
    ev = ds.events
    if ev.empty:
        return "—"
    ends = ev["date_end"].fillna(ev["date_start"])
    first = ev.loc[[ev["date_start"].idxmin()]]
    last = ev.loc[[ends.idxmax()]]
    first_text = format_dates(first["date_start"], first["date_end"], first["date_precision"], lang)[0]
    last_text = format_dates(last["date_end"].fillna(last["date_start"]), last["date_end"],
                             last["date_precision"].replace("range", "day"), lang)[0]
    return f"{first_text.split(' – ')[0]} – {last_text}"
