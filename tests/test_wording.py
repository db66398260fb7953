"""One place for each word (issue 14): data codes' labels from the wording module, numbers
from the one formatter, the kiosk's words through the translator, one language switch."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir
from app.views.common import wording


@pytest.fixture
def window(loaded_window, state):
    yield loaded_window
    state.set_language("en")


def ts_messages(lang: str = "fi"):
    root = ET.parse(resources_dir() / "translations" / f"app_{lang}.ts").getroot()
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_each_data_code_label_is_translated_once(lang):
    """Every vocabulary term sits in one context of the .ts, translated (Finnish and Swedish complete)."""
    messages = ts_messages(lang)
    assert all(t.get("type") is None and t.text for _, _, t in messages)
    where = Counter(source for _, source, _ in messages)
    contexts = {(context, source) for context, source, _ in messages}
    for context, labels in wording.VOCABULARIES.values():
        for label in labels.values():
            assert (context, label) in contexts, (context, label)
    for side in ("USSR", "Japan", "Mongolia (MPR)", "Lake Khasan 1938", "Khalkhin Gol 1939"):
        assert where[side] == 1, side  # "USSR" was translated three times


def test_terms_follow_the_language(state):
    assert wording.term("side", "USSR") == "USSR"
    state.set_language("fi")
    try:
        assert wording.term("side", "USSR") == "Neuvostoliitto"
        assert wording.term("conflict", "khasan-1938") == "Khasan-järvi 1938"
        assert wording.code_label("kind", "no-such-kind") == "no-such-kind"
        assert wording.term("category", "anti_tank_things") == "anti tank things"
    finally:
        state.set_language("en")


# ---------------------------------------------------------------------- Sources page
def test_sources_page_years_are_not_grouped(window):
    """Pins the fix: the Sources page showed years as '2,013' and '1,976'."""
    window.show_page("sources")
    view = window.sources_view
    model = view.sources_model
    year = [c.key for c in model.columns()].index("year")
    years = {model.index(r, year).data() for r in range(model.rowCount())}
    assert "2013" in years and "1976" in years
    assert not any("," in y for y in years if y)


def test_sources_differ_details_read_like_the_forces_page(window):
    """Pins the fix: '20000.0 people (more_than)' now reads '> 20,000 people', as on the Forces page."""
    window.show_page("sources")
    view = window.sources_view
    view.differ_table.selectRow(view.differ_model.row_of_id("khasan-japan-personnel"))
    text = view.differ_text.toPlainText()
    assert "> 20,000 people" in text
    assert "20000.0" not in text and "more_than" not in text


# ---------------------------------------------------------------------- kiosk
def test_pin_pad_follows_the_language(qtbot, state):
    """Pins the fix: the PIN pad said 'Staff exit' / 'Cancel' in English under Finnish."""
    from PySide6.QtWidgets import QWidget

    from app.kiosk.settings import PinGuard
    from app.kiosk.staff_exit import PinPad

    host = QWidget()
    qtbot.addWidget(host)
    pad = PinPad(host, PinGuard(None))
    assert pad.title.text() == "Staff exit"
    state.set_language("fi")
    try:
        assert pad.title.text() == "Henkilökunnan poistuminen"
        assert pad.cancel.text() == "Peruuta"
        pad.start()
        assert pad.message.text().startswith("Henkilökunnan PIN-koodia ei ole asetettu")
    finally:
        state.set_language("en")
    assert pad.cancel.text() == "Cancel"


def test_attract_screen_speaks_every_language_at_once(qtbot, state):
    from PySide6.QtWidgets import QWidget

    from app.kiosk.overlays import AttractOverlay, StillThereOverlay

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(800, 600)
    attract = AttractOverlay(host)
    attract.start(("en", "fi"))
    assert attract.call.text() == "Touch to explore   ·   Kosketa ja tutki"
    still = StillThereOverlay(host)
    still.start(5, "fi")
    assert still.title.text() == "Oletko vielä siellä?"
    assert still.remaining.text() == "Alkaa alusta 5 s kuluttua"


# ---------------------------------------------------------------------- one switch
def test_one_language_changed_per_switch_after_the_translator(qtbot, state):
    """The controller installs the translator first, then the state signals once."""
    from PySide6.QtCore import QCoreApplication

    seen = []
    state.language_changed.connect(lambda lang: seen.append((lang, QCoreApplication.translate("Side", "USSR"))))
    state.set_language("fi")
    state.set_language("fi")  # no change, no signal
    state.set_language("en")
    assert seen == [("fi", "Neuvostoliitto"), ("en", "USSR")]


def test_incident_page_rebuilds_once_per_switch(window, state, dataset, monkeypatch):
    """Pins the fix: the incident page rebuilt twice per language switch (Qt's LanguageChange
    and language_changed both redrew the event's details)."""
    from PySide6.QtCore import Qt

    window.show_page("incidents")
    view = window.incident_view
    state.select_event(dataset.events["id"].iloc[3])
    QApplication.processEvents()
    columns, details = [], []
    set_columns, set_text = view.model.set_columns, view.details.text.setPlainText
    monkeypatch.setattr(view.model, "set_columns", lambda *a: (columns.append(1), set_columns(*a)))
    monkeypatch.setattr(view.details.text, "setPlainText", lambda t: (details.append(t), set_text(t)))
    state.set_language("fi")
    QApplication.processEvents()
    assert len(columns) == 1 and len(details) == 1
    assert "Lähde:" in details[0]
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Päivämäärä"


# ---------------------------------------------------------------------- the formatter agrees with Qt
@settings(max_examples=200)
@given(st.integers(min_value=-10**9, max_value=10**9), st.sampled_from(["en", "fi"]))
def test_counts_match_qlocale(n, lang):
    """The Qt-free formatter writes counts exactly as QLocale en_GB / fi_FI does."""
    from PySide6.QtCore import QLocale

    from app.i18n import LOCALE_NAMES
    from app.model.formats import format_count

    assert format_count(n, lang) == QLocale(LOCALE_NAMES[lang]).toString(n)


@settings(max_examples=200)
@given(st.decimals(min_value=-10**6, max_value=10**6, places=1).map(float), st.sampled_from(["en", "fi"]))
def test_one_decimal_numbers_match_qlocale(v, lang):
    from PySide6.QtCore import QLocale

    from app.i18n import LOCALE_NAMES
    from app.model.formats import format_number

    expected = QLocale(LOCALE_NAMES[lang]).toString(v, "f", 0 if float(v).is_integer() else 1)
    assert format_number(v, lang) == expected


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_make_translations_would_change_nothing(tmp_path, lang):
    """Every translated string is one lupdate still finds in the code (a wrapper such as
    ``_tr(text)`` hides its strings, and the next ``make translations`` would drop them)."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    root = Path(__file__).resolve().parent.parent
    ts = tmp_path / f"app_{lang}.ts"
    shutil.copy(resources_dir() / "translations" / f"app_{lang}.ts", ts)
    sources = sorted(str(p) for p in (root / "app").rglob("*.py"))
    locale = {"fi": "fi_FI", "sv": "sv_SE"}[lang]
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-target-language", locale, *sources, "-ts", str(ts)],
                   check=True, timeout=120)
    extracted = ET.parse(ts).getroot()
    found = {(c.findtext("name"), m.findtext("source")) for c in extracted.iter("context") for m in c.iter("message")}
    kept = {(context, source) for context, source, _ in ts_messages(lang)}
    assert found == kept
