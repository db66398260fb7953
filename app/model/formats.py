"""Numbers, years, figures and days as text in each language: the one formatter every page,
the PDF report and the kiosk call. Qt-free, so the model and its tests use it too.

Why our own and not Babel: the installed bundle is at 145.5 of its 150 MiB cap and Babel
with its locale data does not fit; we need three languages and a handful of shapes. The
output matches Qt's QLocale for en_GB, fi_FI and sv_SE ("15,000" / "15 000" with a no-break
space, "1.5" / "1,5", the minus sign U+2212 in Finnish and Swedish, "37 %"; a tie such as
0.25 rounds away from zero, as Qt does), which tests/test_i18n_a11y.py and
tests/test_formats_sv.py check. Finnish and Swedish write numbers alike.

Rules: counts are grouped the language's way; years never are ("1938", not "1,938");
a figure's estimate reads as a symbol and a space ("> 300", "≈ 650", "≤ 40") and a range
as "300–400".
"""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from numbers import Real

from app.model.dates import format_date, format_day, format_day_month

__all__ = [
    "ESTIMATE_SYMBOLS",
    "format_count",
    "format_date",
    "format_day",
    "format_day_month",
    "format_figure",
    "format_number",
    "format_percent",
    "format_year",
]

#: How each estimate code reads before its number.
ESTIMATE_SYMBOLS = {"about": "≈", "at_least": "≥", "more_than": ">", "at_most": "≤"}
_NBSP = "\u00a0"
_MINUS = "\u2212"  # QLocale fi_FI and sv_SE write negatives with the minus sign, not a hyphen
#: Languages that group with a no-break space, use a decimal comma and the minus sign.
_SPACE_COMMA = frozenset({"fi", "sv"})


def _missing(v) -> bool:
    if v is None:
        return True
    try:
        return math.isnan(float(v))
    except (TypeError, ValueError):
        return True


def _localize(text: str, lang: str) -> str:
    """English digits ('1,234.5', '-3') in the language's way ('1 234,5', '−3' in Finnish and Swedish)."""
    if lang in _SPACE_COMMA:
        return text.replace(",", _NBSP).replace(".", ",").replace("-", _MINUS)
    return text


def format_count(n, lang: str = "en") -> str:
    """A whole number with the language's digit grouping: '15,000' / '15 000'."""
    return _localize(f"{int(n):,}", lang)


def format_number(v: Real, lang: str = "en", decimals: int = 1) -> str:
    """A number as a reader expects it: '15,000', '1.5' (no trailing zeros); Finnish and Swedish
    '15 000', '1,5'. Rounds as QLocale does (a tie away from zero: 0.25 -> '0.3'); '0', not '-0'."""
    if float(v).is_integer():
        return format_count(v, lang)
    if not math.isfinite(float(v)):
        return str(float(v))
    rounded = Decimal(float(v)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        return "0"
    text = f"{rounded:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _localize(text, lang)


def format_year(year) -> str:
    """A year, never grouped: '1938' in every language; '' when missing."""
    return "" if _missing(year) else str(int(float(year)))


def format_percent(v: Real, lang: str = "en") -> str:
    """'37%' in English, '37 %' in Finnish and Swedish (a no-break space, as they write it)."""
    return format_number(v, lang) + (_NBSP + "%" if lang in _SPACE_COMMA else "%")


def format_figure(value=None, estimate: str = "exact", low=None, high=None, lang: str = "en",
                  percent: bool = False) -> str:
    """A figure as its source states it: '216', '> 300', '≈ 650', '≤ 40', '300–400'; '—' if empty.

    Two different ends make a range (when the estimate is 'range' or there is no value);
    a bound without a value ('at most 40' stored as high=40) stands for it.
    """
    def num(x) -> str:
        if _missing(x):
            return "?"
        return format_percent(x, lang) if percent else format_number(x, lang)

    has_range = not (_missing(low) or _missing(high)) and low != high
    if has_range and (estimate == "range" or _missing(value)):
        return f"{num(low)}–{num(high)}"
    if _missing(value):
        value = high if estimate == "at_most" or _missing(low) else low
    if _missing(value):
        return "—"
    symbol = ESTIMATE_SYMBOLS.get(estimate)
    return f"{symbol} {num(value)}" if symbol else num(value)
