"""Dates shown by their precision ("Feb 1934", "autumn 1935", "29 Jul 1938"), vectorised."""
from __future__ import annotations

import numpy as np
import pandas as pd

_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
           "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
}
_SEASONS = {
    "en": {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
           6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"},
    "fi": {12: "talvi", 1: "talvi", 2: "talvi", 3: "kevät", 4: "kevät", 5: "kevät",
           6: "kesä", 7: "kesä", 8: "kesä", 9: "syksy", 10: "syksy", 11: "syksy"},
}


def format_day(ts: pd.Timestamp, lang: str = "en") -> str:
    """One day: '6 Aug 1938' in English, '6.8.1938' in Finnish."""
    if pd.isna(ts):
        return ""
    if lang == "fi":
        return f"{ts.day}.{ts.month}.{ts.year}"
    return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"


def format_date(start, end, precision, lang: str = "en") -> str:
    """One row's date by its precision: '1936', 'Jul 1934', 'autumn 1935', '29 Jul – 5 Aug 1938'."""
    if pd.isna(start):
        return ""
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return f"{_MONTHS[lang][start.month - 1]} {start.year}"
    if precision == "season":
        return f"{_SEASONS[lang][start.month]} {start.year}"
    if precision == "range" and not pd.isna(end) and end != start:
        if lang == "fi":
            left = f"{start.day}.{start.month}." if start.year == end.year else format_day(start, lang)
            return f"{left}–{format_day(end, lang)}"
        if start.year == end.year and start.month == end.month:
            return f"{start.day}–{format_day(end, lang)}"
        if start.year == end.year:
            return f"{start.day} {_MONTHS['en'][start.month - 1]} – {format_day(end, lang)}"
        return f"{format_day(start, lang)} – {format_day(end, lang)}"
    return format_day(start, lang)


def format_dates(start: pd.Series, end: pd.Series, precision: pd.Series, lang: str = "en") -> np.ndarray:
    """Display text for every row; computed once per language, not per paint."""
    return np.array(
        [format_date(s, e, p, lang) for s, e, p in zip(start, end, precision.astype(object))],
        dtype=object,
    )
