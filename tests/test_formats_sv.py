"""Swedish numbers and dates (issue 17): app.model.formats writes them as QLocale("sv_SE") does,
while staying Qt-free; the test holds the formatter against Qt itself."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale

from app.model.formats import (
    format_count,
    format_date,
    format_day,
    format_day_month,
    format_figure,
    format_number,
    format_percent,
    format_year,
)

NBSP = "\u00a0"
MINUS = "\u2212"
SV = QLocale("sv_SE")


def qt_number(v: float, decimals: int = 1) -> str:
    """What QLocale writes, without trailing zeros (as the formatter shows numbers)."""
    text = SV.toString(float(v), "f", decimals)
    if SV.decimalPoint() in text:
        text = text.rstrip("0").rstrip(SV.decimalPoint())
    return "0" if text == MINUS + "0" else text  # a value that rounds to nothing reads '0', never '−0'


def qt_day(day: pd.Timestamp, fmt: str) -> str:
    return SV.toString(QDate(day.year, day.month, day.day), fmt)


def test_swedish_shapes():
    assert format_count(15000, "sv") == f"15{NBSP}000"
    assert format_count(-1234, "sv") == f"{MINUS}1{NBSP}234"
    assert format_number(1.5, "sv") == "1,5"
    assert format_number(1234.25, "sv", decimals=2) == f"1{NBSP}234,25"
    assert format_percent(37, "sv") == f"37{NBSP}%"
    assert format_percent(1.5, "sv") == f"1,5{NBSP}%"
    assert format_year(1938) == "1938"
    assert format_figure(15000, "about", lang="sv") == f"≈ 15{NBSP}000"
    assert format_figure(None, "range", 300, 400, lang="sv") == "300–400"
    assert format_figure(37, percent=True, lang="sv") == f"37{NBSP}%"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_counts_equal_qlocale(n):
    assert format_count(n, "sv") == SV.toString(n)
    assert format_number(n, "sv") == SV.toString(n)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(min_value=1, max_value=3))
def test_numbers_equal_qlocale(v, decimals):
    assert format_number(v, "sv", decimals) == qt_number(v, decimals)


@given(st.floats(min_value=-1e9, max_value=-1e-3, allow_nan=False))
def test_negative_numbers_use_the_minus_sign(v):
    text = format_number(v, "sv")
    assert text == qt_number(v)
    assert "-" not in text and (text == "0" or text.startswith(MINUS))


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_percents_are_the_number_a_space_and_the_sign(v):
    assert format_percent(v, "sv") == qt_number(v) + NBSP + SV.percent()


@pytest.mark.parametrize("v, text", [(0.25, "0,3"), (0.75, "0,8"), (-0.25, f"{MINUS}0,3"), (0.04, "0")])
def test_ties_round_as_qt_does(v, text):
    assert format_number(v, "sv") == text == qt_number(v)


@given(st.dates(min_value=pd.Timestamp("1900-01-01").date(), max_value=pd.Timestamp("2030-12-31").date()))
def test_days_equal_qlocale(d):
    day = pd.Timestamp(d)
    assert format_day(day, "sv") == qt_day(day, "d MMM yyyy")
    assert format_day(day, "sv", long=True) == qt_day(day, "d MMMM yyyy")
    assert format_day_month(day, "sv") == qt_day(day, "d MMM")
    assert format_date(day, None, "month", "sv") == SV.toString(QDate(d.year, d.month, 1), "MMMM yyyy")
    assert format_date(day, None, "year", "sv") == str(d.year)


def test_days_in_words():
    day = pd.Timestamp("1938-08-06")
    assert format_day(day, "sv") == "6 aug. 1938"
    assert format_day(day, "sv", long=True) == "6 augusti 1938"
    assert format_day(pd.Timestamp("1938-07-29"), "sv") == "29 juli 1938"
    assert format_day(pd.NaT, "sv") == ""


@pytest.mark.parametrize("start, end, precision, text", [
    ("1938-08-01", None, "month", "augusti 1938"),
    ("1936-03-01", None, "year", "1936"),
    ("1935-10-01", None, "season", "hösten 1935"),
    ("1937-01-01", None, "season", "vintern 1937"),
    ("1938-08-06", None, "day", "6 aug. 1938"),
    ("1938-07-29", "1938-08-05", "range", "29 juli – 5 aug. 1938"),
    ("1938-08-01", "1938-08-05", "range", "1–5 aug. 1938"),
    ("1937-12-30", "1938-01-02", "range", "30 dec. 1937 – 2 jan. 1938"),
    ("1938-08-06", "1938-08-06", "range", "6 aug. 1938"),
])
def test_dates_by_precision(start, end, precision, text):
    end = pd.Timestamp(end) if end else None
    assert format_date(pd.Timestamp(start), end, precision, "sv") == text


def test_other_languages_keep_their_shapes():
    day = pd.Timestamp("1938-08-06")
    assert format_day(day, "en") == "6 Aug 1938" and format_day(day, "fi") == "6.8.1938"
    assert format_day(day, "en", long=True) == QLocale("en_GB").toString(QDate(1938, 8, 6), "d MMMM yyyy")
    assert format_day(day, "fi", long=True) == QLocale("fi_FI").toString(QDate(1938, 8, 6), "d. MMMM yyyy")
    assert format_date(pd.Timestamp("1938-07-29"), pd.Timestamp("1938-08-05"), "range", "en") == "29 Jul – 5 Aug 1938"
    assert format_date(pd.Timestamp("1938-07-29"), pd.Timestamp("1938-08-05"), "range", "fi") == "29.7.–5.8.1938"
