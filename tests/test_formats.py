"""The one number/date formatter (app.model.formats): Qt-free, one rule per shape."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.model.formats import format_count, format_day, format_figure, format_number, format_percent, format_year

NBSP = "\u00a0"


def test_counts_are_grouped_the_language_way():
    assert format_count(15000, "en") == "15,000"
    assert format_count(15000, "fi") == f"15{NBSP}000"
    assert format_count(-1234, "fi") == f"\u22121{NBSP}234"  # Finnish minus sign, as QLocale writes it
    assert format_count(999, "fi") == "999"


def test_decimals_drop_trailing_zeros_and_use_the_language_separator():
    assert format_number(1.5, "en") == "1.5" and format_number(1.5, "fi") == "1,5"
    assert format_number(2.0, "en") == "2"
    assert format_number(1234.25, "en", decimals=2) == "1,234.25"
    assert format_number(1234.25, "fi", decimals=2) == f"1{NBSP}234,25"


@pytest.mark.parametrize("year", [1938, 1938.0, "2013", 1976.0])
def test_years_are_never_grouped(year):
    """Pins the Sources page fix: years read '2013', never '2,013'."""
    assert format_year(year) == str(int(float(year)))
    assert "," not in format_year(year) and NBSP not in format_year(year)


def test_missing_years_are_empty():
    assert format_year(None) == "" and format_year(float("nan")) == ""


@pytest.mark.parametrize("args, text", [
    ((300, "more_than"), "> 300"),
    ((650, "about"), "≈ 650"),
    ((10000, "at_least"), "≥ 10,000"),
    ((None, "at_most", None, 40), "≤ 40"),
    ((None, "range", 300, 400), "300–400"),
    ((216, "exact"), "216"),
    ((None, "exact"), "—"),
    ((None, "range", 2, None), "2"),
])
def test_figures_read_as_their_source_states_them(args, text):
    """Qualifiers always read '> 300' (symbol, space, number), ranges '300–400'."""
    assert format_figure(*args) == text


def test_figures_in_finnish_and_percent():
    assert format_figure(15000, "about", lang="fi") == f"≈ 15{NBSP}000"
    assert format_figure(37, percent=True) == "37%"
    assert format_figure(37, percent=True, lang="fi") == f"37{NBSP}%"
    assert format_percent(1.5, "fi") == f"1,5{NBSP}%"


def test_days_per_language():
    day = pd.Timestamp("1938-08-06")
    assert format_day(day, "en") == "6 Aug 1938"
    assert format_day(day, "fi") == "6.8.1938"
    assert format_day(pd.NaT, "en") == ""


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_counts_round_trip(n):
    for lang in ("en", "fi"):
        text = format_count(n, lang)
        digits = text.replace(",", "").replace(NBSP, "").replace("\u2212", "-")
        assert int(digits) == n
        assert len(text.lstrip("-\u2212").split("," if lang == "en" else NBSP)[0]) <= 3


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.sampled_from(["en", "fi"]))
def test_numbers_have_the_language_decimal_mark(v, lang):
    text = format_number(v, lang)
    if lang == "fi":
        assert "." not in text and "," not in text.split(",")[0]
    else:
        assert NBSP not in text


@given(st.floats(min_value=0, max_value=1e7, allow_nan=False),
       st.sampled_from(["about", "at_least", "more_than", "at_most"]), st.sampled_from(["en", "fi"]))
def test_every_qualifier_is_a_symbol_and_a_space(v, estimate, lang):
    text = format_figure(v, estimate, lang=lang)
    assert text[1] == " " and text[0] in "≈≥>≤"
    assert text[2:] == format_number(v, lang)


def test_the_daily_viewer_counts_use_the_same_rule():
    from app.model.days import format_value

    assert format_value(300, estimate="more_than") == format_figure(300, "more_than") == "> 300"
    assert format_value(1234.5, lang="fi") == f"1{NBSP}234,5"
