"""The guided tour: chapters read from the data package's ``story`` table (no Qt).

A chapter is data like any other row: its text in both languages, the period it covers, the
day the daily viewer moves to, the events the table selects, the figures the forces chart
highlights and the places the map centres on, with its source and locator. A researcher's
own package can bring its own tour; a package without a ``story`` table has none.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.model.dataset import Dataset

#: Pages a chapter may open with "Explore from here".
VIEWS = ("incidents", "forces", "days", "overview")


@dataclass(frozen=True)
class Chapter:
    number: int  # 1-based, the order of the tour
    id: str
    titles: dict[str, str]  # language → title
    texts: dict[str, str]  # language → at most ~80 words
    date_start: date | None
    date_end: date | None
    day: date | None  # the daily viewer's day, when the chapter has one
    view: str  # the page "Explore from here" opens
    event_ids: tuple[str, ...]
    figure_ids: tuple[str, ...]
    place_ids: tuple[str, ...]
    source_id: str
    source_locator: str

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en", "")

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts.get("en", "")


def _ids(value) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _day(value) -> date | None:
    if value is None or value != value:  # None, NaN or NaT
        return None
    try:
        return date(value.year, value.month, value.day)
    except (AttributeError, ValueError):
        return None


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def chapters(ds: Dataset | None) -> list[Chapter]:
    """The tour's chapters in order ([] without data or without a story table)."""
    frame = getattr(ds, "story", None) if ds is not None else None
    if frame is None or not len(frame):
        return []
    key = ("story", "chapters")
    if key in ds._cache:
        return ds._cache[key]
    languages = sorted({c.rsplit("_", 1)[1] for c in frame.columns if c.startswith("title_")})
    result = []
    for row in frame.sort_values("chapter", kind="stable").itertuples(index=False):
        row = row._asdict()
        result.append(Chapter(
            number=int(row["chapter"]), id=str(row["id"]),
            titles={lang: _text(row.get(f"title_{lang}")) for lang in languages},
            texts={lang: _text(row.get(f"text_{lang}")) for lang in languages},
            date_start=_day(row.get("date_start")), date_end=_day(row.get("date_end")),
            day=_day(row.get("day")), view=_text(row.get("view")) or "incidents",
            event_ids=_ids(row.get("event_ids")), figure_ids=_ids(row.get("figure_ids")),
            place_ids=_ids(row.get("place_ids")),
            source_id=_text(row.get("source_id")), source_locator=_text(row.get("source_locator")),
        ))
    ds._cache[key] = result
    return result


def chapter(ds: Dataset | None, number: int) -> Chapter | None:
    """Chapter ``number`` (1-based), or None when the tour has no such chapter."""
    return next((c for c in chapters(ds) if c.number == number), None)
