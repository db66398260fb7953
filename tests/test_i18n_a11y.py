"""Languages and accessibility (issue 8): runtime switching, the Finnish coverage walk,
number/date formats per language, keyboard reach and accessible names."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

from app.i18n import format_int, install_translator
from app.model.dates import format_day
from app.model.forces import format_number

#: Words that are the same in English and Finnish (names, abbreviations, units).
SAME_IN_BOTH = {"OK", "PDF", "CSV", "PNG", "SVG", "XLSX", "English", "Suomi", "Svenska", "SB", "I-15", "I-16", "SSS", "TB-3",
                "R-Z", "Korea", "N", "Khasan 1938"}


@pytest.fixture
def window(loaded_window, state):
    win = loaded_window
    yield win
    state.set_language("en")
    win.display.restore()
    install_translator(QApplication.instance(), "en")


def build_all(win):
    for page in win.PAGES:
        win.show_page(page)
        QApplication.processEvents()


def data_strings(ds) -> set[str]:
    """Every cell of every table, and its parts split at ';': data values, not UI text."""
    out = set()
    for name in ds.TABLE_NAMES:
        frame = getattr(ds, name)
        for column in frame.columns:
            for value in frame[column].dropna().astype(str).unique():
                out.add(value.strip())
                out.update(v.strip() for v in value.split(";"))
        if "source_locator" in frame.columns:  # a row's full citation, as tooltips give it
            for source_id, locator in zip(frame["source_id"], frame["source_locator"].fillna("")):
                out.add(f"{ds.citation(source_id)} — {locator}".strip(" —"))
    return out


def visible_texts(win):
    """(where, text) of every visible UI text: labels, buttons, tabs, group boxes, headers,
    placeholders, tooltips, accessible names, menus and actions, the title, the status bar."""
    yield "title", win.windowTitle()
    yield "status", win.statusBar().currentMessage()
    stack = list(win.menuBar().actions())
    while stack:
        action = stack.pop()
        if action.isVisible() and not action.isSeparator():
            yield "menu", action.text()
        if action.menu() is not None:
            stack += action.menu().actions()
    for w in win.findChildren(QWidget):
        if not w.isVisible():
            continue
        name = type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QTabBar):
            yield from ((name, w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        if isinstance(w, QPlainTextEdit) and not w.toPlainText():
            yield name, w.placeholderText()
        if isinstance(w, QComboBox):
            yield from ((name, w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None and hasattr(w, "horizontalHeader"):
            model = w.model()
            yield from (("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                        for c in range(model.columnCount()))
        yield "tooltip", w.toolTip()
        yield "accessible name", w.accessibleName()


def is_data_or_number(text: str, data: set[str]) -> bool:
    core = re.sub(r"[\s(),.:;·–—−+=≈≥≤<>%/…✕❚▶◀\-]|\d", "", text)
    return not core or text.strip() in data or text.strip().split(" (")[0] in data


def untranslated(win, english: dict[str, str], data: set[str]) -> list[str]:
    """Texts shown in Finnish that are exactly what the same place showed in English."""
    bad = []
    for where, text in visible_texts(win):
        text = text.replace("&", "").strip()
        if not text or text in SAME_IN_BOTH or is_data_or_number(text, data):
            continue
        if text in english:
            bad.append(f"{where}: {text!r}")
    return bad


def english_texts(win) -> dict[str, str]:
    return {t.replace("&", "").strip(): w for w, t in visible_texts(win)}


def test_switching_language_changes_title_menus_headers_charts_and_data(window, state, dataset):
    build_all(window)
    window.show_page("incidents")
    header = window.incident_view.model.headerData(0, Qt.Orientation.Horizontal)
    state.set_day(pd.Timestamp("1938-08-06"))
    event_id = state.event_id  # the day's first event
    title_en = window.incident_view.model.columns()[4].text(0)
    chart_title_en = window.forces_view.chart.labels.texts[0] if window.forces_view.chart.labels.texts else ""

    window.menus.languages["fi"].trigger()

    assert state.language == "fi"
    assert window.windowTitle().startswith("Khasan 1938 -tutkija")
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Tiedosto", "&Näytä"]
    assert window.incident_view.model.headerData(0, Qt.Orientation.Horizontal) == "Päivämäärä" != header
    assert window.incident_view.model.columns()[4].text(0) != title_en  # title_fi
    window.show_page("forces")
    QApplication.processEvents()
    assert window.forces_view.chart.labels.texts[0] != chart_title_en
    assert "Vahvuus" in window.forces_view.tabs.tabText(0)
    window.show_page("days")  # a hidden daily viewer catches up when shown
    assert window.days_view.day_label.text().startswith("6.8.1938")
    assert window.days_view.chart.getPlotItem().getAxis("left").labelText == "määrä (log.)"
    assert state.event_id == event_id  # the selection survives
    assert window.tabs.tabText(window.PAGES.index("incidents")) == "Tapahtumat"

    window.menus.languages["en"].trigger()
    assert window.incident_view.model.headerData(0, Qt.Orientation.Horizontal) == header
    assert window.menuBar().actions()[0].text() == "&File"


def test_filters_and_page_survive_a_language_switch(window, state):
    from app.model.queries import EventFilter

    window.show_page("incidents")
    window.incident_view.set_filter(EventFilter(text="Bezymyannaya"))
    shown = window.incident_view.model.rowCount()
    window.forces_view.set_scope("engaged")
    state.set_language("fi")
    assert window.current_page() == "incidents"
    assert window.incident_view.filter.text == "Bezymyannaya"
    assert window.incident_view.model.rowCount() == shown
    assert window.forces_view.fs.scope == "engaged"
    assert window.incident_view.chips.chip_texts() == ["Haku: Bezymyannaya"]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_visible_text_is_translated(window, state, dataset, lang):
    """The coverage walk: every page, every visible widget text, in Finnish and in Swedish, must
    differ from what the same window shows in English (data values and numbers excepted)."""
    data = data_strings(dataset)
    build_all(window)
    english = {}
    for page in window.PAGES:
        window.show_page(page)
        QApplication.processEvents()
        english.update(english_texts(window))
    state.set_language(lang)
    bad = []
    for page in window.PAGES:
        window.show_page(page)
        QApplication.processEvents()
        bad += untranslated(window, english, data)
    assert not sorted(set(bad))


def test_numbers_and_dates_follow_the_language():
    assert format_day(pd.Timestamp("1938-08-06"), "en") == "6 Aug 1938"
    assert format_day(pd.Timestamp("1938-08-06"), "fi") == "6.8.1938"
    fi = QLocale("fi_FI")
    assert format_day(pd.Timestamp("1938-08-06"), "fi") == fi.toString(QDate(1938, 8, 6), QLocale.FormatType.ShortFormat)
    assert format_int(15000, "en") == "15,000"
    assert format_int(15000, "fi") in ("15\u00a0000", "15 000", "15\u202f000")
    assert format_number(15000, "fi") == format_int(15000, "fi")  # the model agrees with QLocale
    assert format_number(1.5, "fi") == fi.toString(1.5, "f", 1)


def test_table_numbers_and_overview_counts_per_language(window, state, dataset):
    window.show_page("forces")
    state.set_language("fi")
    n = dataset.summary().counts["events"]
    assert window.overview.count_labels["events"].text() == format_int(n, "fi")
    values = [window.forces_view.model.columns()[3].text(i) for i in range(window.forces_view.model.rowCount())]
    assert any("\u00a0" in v for v in values)  # 15 000, not 15,000


def interactive(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QTabBar,
             QGraphicsView, QPlainTextEdit, QScrollArea)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root]


@pytest.mark.parametrize("page", ["overview", "tour", "incidents", "forces", "days", "sources", "index"])
def test_every_interactive_widget_has_an_accessible_name(window, page):
    window.show_page(page)
    QApplication.processEvents()
    missing = []
    for w in interactive(window):
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}")
    assert not missing


@pytest.mark.parametrize("page", ["overview", "incidents", "forces", "days"])
def test_charts_and_maps_viewports_say_what_their_view_says(window, page):
    """A screen reader's mouse review over a chart or map finds its viewport: it must not be a
    nameless focus stop (AT-SPI showed each as a focusable, nameless 'filler')."""
    window.show_page(page)
    QApplication.processEvents()
    views = [w for w in window.tabs.currentWidget().findChildren(QGraphicsView) if w.isVisible()]
    assert views
    for view in views:
        port = view.viewport()
        assert port.focusPolicy() == Qt.FocusPolicy.NoFocus, type(view).__name__
        assert port.accessibleName() == view.accessibleName() != "", type(view).__name__
        assert port.accessibleDescription() == view.accessibleDescription(), type(view).__name__


@pytest.mark.parametrize("page", ["overview", "tour", "incidents", "forces", "days", "sources", "index"])
def test_tab_order_reaches_every_interactive_widget(window, qtbot, page):
    """Pressing Tab from the page's first control visits every enabled, visible control."""
    window.show_page(page)
    window.activateWindow()
    QApplication.processEvents()
    wanted = set(interactive(window.tabs.currentWidget())) | {window.tabs.tabBar()}
    start = window.tabs.tabBar()
    start.setFocus()
    seen = []
    for _ in range(400):
        focus = QApplication.focusWidget()
        if focus in seen:
            break
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    missed = [f"{type(w).__name__} {w.accessibleName()!r}" for w in wanted if w not in seen]
    assert not missed


def test_shortcuts_dialog_lists_the_menu_shortcuts(window, qtbot):
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    texts = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    keys = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Zoom in" in texts and "Keyboard shortcuts…" in texts and "Previous or next day" in texts
    assert any("Ctrl+1" in k for k in keys)


def test_font_scaling_and_high_contrast(window, qtbot):
    base = QApplication.font().pointSizeF()
    heading = window.overview.heading.font().pointSizeF()
    window.menus.zoom_in.trigger()
    assert QApplication.font().pointSizeF() > base
    assert window.overview.heading.font().pointSizeF() > heading  # relative sizes follow
    window.menus.zoom_reset.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    window.menus.contrast.trigger()
    assert QApplication.palette().window().color().name() == "#000000"
    window.menus.contrast.trigger()
    assert QApplication.palette().window().color().name() != "#000000"


def test_forces_chart_has_a_keyboard_path(window, qtbot):
    window.show_page("forces")
    chart = window.forces_view.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert window.forces_view.details.toPlainText()  # the first bar's details
    assert chart.accessibleDescription()


def test_bundled_fonts_cover_every_non_latin_name(dataset):
    """Names in Cyrillic, kana, Han and Hangul render from the bundled subsets alone.
    Checked in a subprocess: registering fonts changes text layout for the whole session."""
    import subprocess
    import sys

    needed = sorted({c for name in ("places", "people", "units") for col in getattr(dataset, name).columns
                     if col in ("name_ru", "name_ja", "name_zh", "variants")
                     for v in getattr(dataset, name)[col].dropna() for c in str(v) if ord(c) > 0x24F
                     and not c.isspace() and c not in "–—’”′…"} | set("Заозёрная張鼓峰张鼓峰沙草峰哈桑湖"))
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QFont, QRawFont\n"
        "app = QApplication([])\n"
        "from app.window.fonts import install_name_fonts\n"
        "from app.paths import resources_dir\n"
        "fams = install_name_fonts()\n"
        "assert {'Khasan Names CJK', 'Khasan Names Cyrillic'} <= set(fams), fams\n"
        "subs = {f.lower() for f in QFont.substitutes(app.font().family())}\n"
        "assert {f.lower() for f in fams} <= subs, subs\n"
        "raws = [QRawFont(str(p), 12) for p in (resources_dir() / 'fonts').glob('*.[ot]tf')]\n"
        "bad = [c for c in sys.argv[1] if not any(r.supportsCharacter(ord(c)) for r in raws)]\n"
        "assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code, "".join(needed)], capture_output=True, text=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 0, result.stderr
