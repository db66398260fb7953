"""Dates shown by their precision ("Feb 1934", "autumn 1935", "29 Jul 1938"), vectorised.

Days read as QLocale writes them: en_GB "6 Aug 1938" (d MMM yyyy), fi_FI "6.8.1938" (its short
format), sv_SE "6 aug. 1938" (d MMM yyyy; its short format is ISO 1938-08-06, which a history
reads badly) and, written out, "6 augusti 1938" (d MMMM yyyy). tests/test_formats_sv.py checks
the Swedish shapes against QLocale("sv_SE"). Qt-free.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

#: A month as a day's date writes it (QLocale's short month names).
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
           "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
    "sv": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
}
#: A month written out (QLocale's long month names; Finnish in the partitive, as after a day).
_MONTHS_LONG = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
}
#: A month on its own, with its year ("Jul 1934", "heinäkuu 1934", "juli 1934").
_MONTHS_ALONE = {"en": _MONTHS["en"], "fi": _MONTHS["fi"], "sv": _MONTHS_LONG["sv"]}
_SEASONS = {
    "en": {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
           6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"},
    "fi": {12: "talvi", 1: "talvi", 2: "talvi", 3: "kevät", 4: "kevät", 5: "kevät",
           6: "kesä", 7: "kesä", 8: "kesä", 9: "syksy", 10: "syksy", 11: "syksy"},
    # Swedish dates a season in its definite form: "hösten 1935", "vintern 1936".
    "sv": {12: "vintern", 1: "vintern", 2: "vintern", 3: "våren", 4: "våren", 5: "våren",
           6: "sommaren", 7: "sommaren", 8: "sommaren", 9: "hösten", 10: "hösten", 11: "hösten"},
}


def _lang(lang: str) -> str:
    return lang if lang in _MONTHS else "en"


def format_day(ts: pd.Timestamp, lang: str = "en", long: bool = False) -> str:
    """One day: '6 Aug 1938' in English, '6.8.1938' in Finnish, '6 aug. 1938' in Swedish;
    written out (long) '6 August 1938', '6. elokuuta 1938', '6 augusti 1938'."""
    if pd.isna(ts):
        return ""
    lang = _lang(lang)
    if long:
        dot = "." if lang == "fi" else ""
        return f"{ts.day}{dot} {_MONTHS_LONG[lang][ts.month - 1]} {ts.year}"
    if lang == "fi":
        return f"{ts.day}.{ts.month}.{ts.year}"
    return f"{ts.day} {_MONTHS[lang][ts.month - 1]} {ts.year}"


def format_day_month(ts: pd.Timestamp, lang: str = "en") -> str:
    """A day without its year, for axes and lists within one year: '6 Aug', '6.8.', '6 aug.'."""
    if pd.isna(ts):
        return ""
    lang = _lang(lang)
    if lang == "fi":
        return f"{ts.day}.{ts.month}."
    return f"{ts.day} {_MONTHS[lang][ts.month - 1]}"


def _format_range(start: pd.Timestamp, end: pd.Timestamp, lang: str) -> str:
    """'29 Jul – 5 Aug 1938', '29.7.–5.8.1938', '29 juli – 5 aug. 1938'; '1–5 Aug 1938' in one month."""
    if lang == "fi":
        left = f"{start.day}.{start.month}." if start.year == end.year else format_day(start, lang)
        return f"{left}–{format_day(end, lang)}"
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{format_day(end, lang)}"
    if start.year == end.year:
        return f"{format_day_month(start, lang)} – {format_day(end, lang)}"
    return f"{format_day(start, lang)} – {format_day(end, lang)}"


def format_date(start, end, precision, lang: str = "en") -> str:
    """One row's date by its precision: '1936', 'Jul 1934', 'autumn 1935', '29 Jul – 5 Aug 1938'
    (Swedish '1936', 'juli 1934', 'hösten 1935', '29 juli – 5 aug. 1938')."""
    if pd.isna(start):
        return ""
    lang = _lang(lang)
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return f"{_MONTHS_ALONE[lang][start.month - 1]} {start.year}"
    if precision == "season":
        return f"{_SEASONS[lang][start.month]} {start.year}"
    if precision == "range" and not pd.isna(end) and end != start:
        return _format_range(start, end, lang)
    return format_day(start, lang)


def format_dates(start: pd.Series, end: pd.Series, precision: pd.Series, lang: str = "en") -> np.ndarray:
    """Display text for every row; computed once per language, not per paint."""
    return np.array(
        [format_date(s, e, p, lang) for s, e, p in zip(start, end, precision.astype(object))],
        dtype=object,
    )
