"""The first page, "at a glance": the headline ranges and the battle's days computed from the
data (no Qt), the layouts (no widgets), then the page in the window: cards, clicks, map,
counts, languages, themes and sizes."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from app.model.formats import format_count
from app.model.glance import QUANTITIES, SIDES, battle_span, glance, headline
from app.views.overview.layouts import headline_key, layout_headline, layout_timeline

SOVIET, JAPANESE = {"USSR", "USSR+MPR", "MPR"}, {"Japan", "Japan+Manchukuo", "Manchukuo"}
ROWS = {"strength": ("strength", "personnel"), "killed": ("loss", "killed"), "wounded": ("loss", "wounded")}


def fresh(ds, **tables):
    """A copy of the dataset with some tables replaced (and nothing cached)."""
    return replace(ds, _cache={}, **tables)


def expected_rows(ds, quantity: str, side: str) -> pd.DataFrame:
    """The rule, written out again: Khasan rows of the side, measure and category counted over
    the whole battle; the biggest comparison group among them if any, else all of them."""
    measure, category = ROWS[quantity]
    f = ds.figures
    rows = f[(f["conflict"] == "khasan-1938") & f["side"].isin(SOVIET if side == "USSR" else JAPANESE)
             & (f["measure"] == measure) & (f["category"] == category) & (f["scope_level"] == "engaged")]
    groups = rows["compare_group"].dropna()
    if groups.empty:
        return rows
    sizes = f[f["compare_group"].isin(set(groups))]["compare_group"].value_counts()
    biggest = sizes[sizes == sizes.max()].index
    first = next(g for g in groups if g in biggest)
    return f[f["compare_group"] == first]


# --------------------------------------------------------------------------- model, no Qt
@pytest.mark.parametrize("quantity", QUANTITIES)
@pytest.mark.parametrize("side", SIDES)
def test_each_headline_is_the_min_and_max_of_its_figures(dataset, quantity, side):
    rows = expected_rows(dataset, quantity, side)
    numbers = pd.concat([rows["low"], rows["value"], rows["high"]]).dropna()
    h = glance(dataset).headline(quantity, side)
    assert h is not None and len(rows)
    assert (h.low, h.high) == (numbers.min(), numbers.max())
    assert set(h.figure_ids) == set(rows["id"])


def test_the_bundled_headline_reads_as_the_seed_says(dataset):
    """The seed's own numbers: Soviet 15,000 men, 759 killed, 2,752 wounded; Japanese 10–20
    thousand men, 526 or 650 killed, 914 or 2,500 wounded (Khasan article and its sources)."""
    g = glance(dataset)
    got = {(q, s): (g.headline(q, s).low, g.headline(q, s).high) for q in QUANTITIES for s in SIDES}
    assert got == {("strength", "USSR"): (15000, 15000), ("strength", "Japan"): (10000, 20000),
                   ("killed", "USSR"): (759, 759), ("killed", "Japan"): (526, 650),
                   ("wounded", "USSR"): (2752, 2752), ("wounded", "Japan"): (914, 2500)}


def test_sources_differ_exactly_where_the_figures_say_different_things(dataset):
    from app.views.overview.text import GlanceText

    g = glance(dataset)
    text = GlanceText(dataset, g, "en")
    seen = set()
    for h in g.headlines.values():
        rows = dataset.figures[dataset.figures["id"].isin(h.figure_ids)]
        statements = {tuple(None if pd.isna(v) else v for v in r)
                      for r in rows[["value", "low", "high", "estimate"]].itertuples(index=False)}
        assert h.differ == (len(statements) > 1), (h.quantity, h.side)
        assert ("sources differ" in text.caption(h)) == h.differ
        seen.add(h.differ)
    assert seen == {True, False}  # the bundled data has both


def test_a_new_figure_widens_the_range_and_marks_the_difference(dataset):
    f = dataset.figures
    row = f[f["id"] == "fig-khasan-ussr-killed-2"].copy()
    row["id"], row["value"], row["source_id"] = "fig-test-killed", 800.0, "seed"
    ds = fresh(dataset, figures=pd.concat([f, row], ignore_index=True))
    h = headline(ds, "killed", "USSR")
    assert (h.low, h.high, h.differ) == (759, 800, True)
    assert "fig-test-killed" in h.figure_ids


def test_a_quantity_without_figures_has_no_headline_and_says_so(dataset):
    from app.views.overview.text import GlanceText

    f = dataset.figures
    ds = fresh(dataset, figures=f[~((f["side"] == "Japan") & (f["category"] == "wounded"))])
    g = glance(ds)
    assert g.headline("wounded", "Japan") is None and g.headline("wounded", "USSR") is not None
    text = GlanceText(ds, g, "en")
    out = layout_headline(g, text, 900, lambda s, _style: 7.0 * len(s), 14)
    assert text.missing() in [t.text for t in out.texts]
    assert not any(b.key == headline_key("wounded", "Japan") for b in out.hits)


def test_the_battle_runs_from_the_first_attack_to_the_armistice(dataset):
    span = battle_span(dataset)
    assert (span.start, span.end) == (pd.Timestamp("1938-07-29"), pd.Timestamp("1938-08-11"))
    ev = dataset.events
    no_ceasefire = fresh(dataset, events=ev[ev["kind"] != "ceasefire"])
    last_combat = ev[(ev["conflict"] == "khasan-1938") & (ev["date_precision"] == "day")
                     & ev["kind"].isin(["attack", "counterattack", "battle", "artillery", "air_strike", "clash"])]
    assert battle_span(no_ceasefire).end == last_combat["date_start"].max()


def test_the_timeline_spans_the_conflicts_years(dataset):
    g = glance(dataset)
    assert g.window == (1934, 1939)
    assert [p.conflict for p in g.periods] == ["border-1934-1938", "khalkhin-gol-1939"]
    assert sum(g.months.values()) == len(dataset.events[
        dataset.events["conflict"].isin(["border-1934-1938", "khasan-1938", "khalkhin-gol-1939"])
        & dataset.events["date_precision"].isin(["day", "month", "season", "range"])
        & dataset.events["date_start"].dt.year.between(1934, 1939)])
    assert g.hills == ("zaozernaya", "bezymyannaya")


# --------------------------------------------------------------------------- layouts, no widgets
def test_bars_are_solid_to_the_lowest_figure_and_hatched_to_the_highest(dataset):
    from app.views.overview.text import GlanceText

    g = glance(dataset)
    out = layout_headline(g, GlanceText(dataset, g, "en"), 1000, lambda s, _style: 7.0 * len(s), 14)
    japan = [b for b in out.boxes if b.side == "Japan" and b.kind in ("bar", "part")]
    assert [b.kind for b in japan] == ["bar", "part"] * 3  # every Japanese row is a range
    killed_bar, killed_part = japan[2], japan[3]
    assert (killed_bar.x1 - killed_bar.x0) / (killed_part.x1 - killed_bar.x0) == pytest.approx(526 / 650)
    tabs = {b.key for b in out.boxes if b.kind == "frame"}
    assert tabs == {headline_key(q, s) for (q, s), h in g.headlines.items() if h.differ}
    soviet = [b for b in out.boxes if b.side == "USSR" and b.kind == "bar"]
    assert all(b.x1 <= 500 for b in soviet) and all(b.x0 >= 500 for b in japan)  # back to back


def test_the_battle_sits_at_its_days_on_the_timeline(dataset):
    from app.views.overview.text import GlanceText

    g = glance(dataset)
    out = layout_timeline(g, GlanceText(dataset, g, "en"), 1212, lambda s, _style: 7.0 * len(s), 14)
    battle = out.hit_of("battle", "khasan-1938")
    x0, x1 = 11.2, 1212 - 11.2  # margins of 0.8 lines
    where = x0 + (pd.Timestamp("1938-08-04") - pd.Timestamp("1934-01-01")).days / (365 * 6 + 1) * (x1 - x0)
    assert battle.x0 < where < battle.x1
    assert "Battle at Lake Khasan: 29 Jul – 11 Aug 1938" in [t.text for t in out.texts]
    assert [t.text for t in out.texts if t.style == "header"] == [str(y) for y in range(1934, 1940)]


# --------------------------------------------------------------------------- the page
@pytest.fixture
def window(loaded_window):
    loaded_window.show_page("overview")
    QApplication.processEvents()
    return loaded_window


def test_cards_open_their_pages_by_click_and_by_key(window, qtbot):
    page = window.overview
    for key in ("incidents", "forces", "days"):
        window.show_page("overview")
        with qtbot.waitSignal(window.state.view_requested) as asked:
            qtbot.mouseClick(page.cards[key], Qt.MouseButton.LeftButton)
        assert asked.args == [key] and window.current_page() == key
    for key, press in (("days", Qt.Key.Key_Return), ("forces", Qt.Key.Key_Space), ("incidents", Qt.Key.Key_Enter)):
        window.show_page("overview")
        page.cards[key].setFocus()
        with qtbot.waitSignal(window.state.view_requested, timeout=2000) as asked:
            qtbot.keyClick(page.cards[key], press)
        assert asked.args == [key]


def test_the_tour_card_asks_for_the_tour_or_says_there_is_none(window, qtbot, dataset):
    from app.model.story import chapters

    card = window.overview.cards["tour"]
    n = len(chapters(dataset))
    assert card.isEnabled() == bool(n)
    if n:
        assert card.numbers == f"{n} chapters"
        with qtbot.waitSignal(window.state.view_requested) as asked:
            qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        assert asked.args == ["tour"]
    if getattr(dataset, "story", None) is not None:
        window.install_dataset(fresh(dataset, story=dataset.story.iloc[0:0]))
        assert not card.isEnabled() and card.numbers == "The loaded data has no tour."


def test_a_headline_number_opens_the_forces_page_on_khasan(window, qtbot):
    window.state.set_conflict("khalkhin-gol-1939")
    drawing = window.overview.glance.headline
    assert drawing.click("headline", headline_key("killed", "Japan"))
    assert window.current_page() == "forces" and window.state.conflict == "khasan-1938"
    window.show_page("overview")
    window.state.set_conflict("khalkhin-gol-1939")
    drawing.setFocus()
    assert drawing.accessibleDescription().startswith("Strength, USSR: 15,000")  # focus starts on the first
    qtbot.keyClick(drawing, Qt.Key.Key_Down)
    assert drawing.accessibleDescription().startswith("Strength, Japan: 10,000–20,000\n≠ sources differ (3)")
    qtbot.keyClick(drawing, Qt.Key.Key_Return)
    assert window.current_page() == "forces" and window.state.conflict == "khasan-1938"


def test_the_battle_and_the_map_open_its_first_day(window, qtbot):
    glance_panel = window.overview.glance
    assert glance_panel.timeline.click("battle", "khasan-1938")
    assert window.current_page() == "days" and window.state.day == pd.Timestamp("1938-07-29").date()
    window.show_page("overview")
    window.state.set_day(pd.Timestamp("1938-08-06").date())
    qtbot.mouseClick(glance_panel.map.viewport(), Qt.MouseButton.LeftButton)
    assert window.current_page() == "days" and window.state.day == pd.Timestamp("1938-07-29").date()


def test_the_map_shows_the_two_hills_between_the_claims(window, dataset):
    m = window.overview.glance.map
    assert m.hill_names() == [dataset.name("places", "zaozernaya"), dataset.name("places", "bezymyannaya")]
    tips = " ".join(item.toolTip() for item in m.scene().items())
    assert "Border as the USSR claimed it" in tips and "Border as Japan and Manchukuo claimed it" in tips
    view = m.viewport().rect()
    for item in m.place_items.values():  # both hills inside the small map
        assert view.contains(m.mapFromScene(item.pos()))
    assert "Zaozernaya" in m.accessibleName() and "Bezymyannaya" in m.accessibleName()


def test_the_counts_corner_matches_the_dataset(window, dataset):
    corner = window.overview.corner
    summary = dataset.summary()
    for table, n in summary.counts.items():
        assert corner.count_labels[table].text() == format_count(n)
        assert corner.count_labels[table].isVisibleTo(window)
    for conflict, n in summary.events_per_conflict.items():
        assert corner.count_labels[conflict].text() == f"{n} events"
    assert corner.dataset_label.text() == "Dataset: bundled data"


def test_accessible_names_carry_the_values(window, dataset):
    page = window.overview
    assert page.cards["incidents"].accessibleName().startswith(f"Incidents: {len(dataset.events)} events")
    assert f"{len(dataset.figures)} figures" in page.cards["forces"].accessibleName()
    name = page.glance.headline.accessibleName()
    assert "Killed: USSR 759, Japan 526–650 (sources differ)" in name
    assert "29 Jul – 11 Aug 1938" in page.glance.timeline.accessibleName()


def test_a_language_switch_redraws_the_page_in_finnish(window, state, dataset):
    page = window.overview
    english = (page.heading.text(), list(page.glance.headline.labels.texts), page.cards["days"].numbers)
    state.set_language("fi")
    QApplication.processEvents()
    assert page.heading.text() == "Khasan 1938 -tutkija" != english[0]
    texts = page.glance.headline.labels.texts
    assert "Neuvostoliitto" in texts and "USSR" in english[1]
    assert "10\u00a0000–20\u00a0000" in texts and "10,000–20,000" in english[1]
    assert "14.6.–13.8.1938" in page.cards["days"].numbers
    assert any("29.7.–11.8.1938" in t for t in page.glance.timeline.labels.texts)
    assert page.corner.count_labels["figures"].text() == format_count(len(dataset.figures), "fi")
    state.set_language("en")
    back = page.glance.headline.labels.texts
    assert page.heading.text() == english[0] and "USSR" in back and "10,000–20,000" in back


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_page_fits_the_window_without_scrolling(window, size):
    if window._banner is not None:
        window._banner.hide()
    window.resize(*size)
    QApplication.processEvents()
    QApplication.processEvents()
    scroll = window.overview.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0
    bottom = scroll.viewport().rect().bottom()
    for card in window.overview.cards.values():
        assert card.mapTo(scroll.viewport(), card.rect().bottomLeft()).y() <= bottom
    headline = window.overview.glance.headline
    assert headline.layout_.height <= headline.viewport().height() + 1  # nothing of the drawing cut


def test_high_contrast_cards_stay_readable(window):
    window.display.set_high_contrast(True)
    try:
        QApplication.processEvents()
        image = window.overview.cards["forces"].grab().toImage()
        dark = light = 0
        for x in range(0, image.width(), 3):
            for y in range(0, image.height(), 3):
                v = image.pixelColor(x, y).lightness()
                dark += v < 40
                light += v > 215
        assert dark > light > 50  # white text on the black card
    finally:
        window.display.set_high_contrast(False)


def test_data_without_battle_figures_or_coordinates_says_so(qtbot, state, dataset):
    """A researcher's package may lack any of it: the page says what is missing, never fails."""
    from app.views.overview.page import OverviewPage

    ev, fig, places = dataset.events, dataset.figures, dataset.places
    bare = fresh(dataset, events=ev[ev["conflict"] == "border-1934-1938"], figures=fig.iloc[0:0],
                 places=places.assign(lat=float("nan"), lon=float("nan")))
    state.set_dataset(bare)
    page = OverviewPage(state)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.show_summary("mine", bare.summary(), "1934 – 1938")
    QApplication.processEvents()
    g = page.glance
    assert g.glance.battle is None and g.glance.headlines == {} and g.glance.window == (1934, 1938)
    assert g.headline.labels.texts.count("no figure in the data") == 6
    assert g.map.hill_names() == [] and "No hill in the data has surveyed coordinates." == g.where.subtitle.full_text()
    assert not any(b.kind == "battle" for b in g.timeline.layout_.hits)
    assert g.timeline.click("battle", "khasan-1938") is False


def test_counts_and_cards_come_with_the_data_and_the_glance_a_turn_later(qtbot, state, dataset):
    """The window is ready (counts, cards) without waiting for the map's and the charts'
    modules; the glance follows on the next turn of the event loop."""
    from app.window.main_window import MainWindow

    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    win.install_dataset(dataset)
    page = win.overview
    assert page.glance is None and all(card.isEnabled() for card in page.cards.values())
    assert page.count_labels["events"].text() == format_count(len(dataset.events))
    assert page.cards["forces"].numbers == f"{len(dataset.figures)} figures"
    qtbot.waitUntil(lambda: page.glance is not None, timeout=3000)
    assert page.glance.headline.layout_.texts and "disputed" in page.cards["forces"].numbers


def test_the_corner_follows_the_tables_of_the_data(qtbot):
    """Another package's tables get a new grid of pairs; the old labels go (each label is placed
    in a layout once: placing it again would leave a dead layout item behind)."""
    from app.model.dataset import Summary
    from app.views.overview.about import COUNTED_CONFLICTS, DataCorner

    corner = DataCorner()
    qtbot.addWidget(corner)
    for tables in (("events", "figures", "story"), ("events", "places")):
        counts = {t: 10 + i for i, t in enumerate(tables)}
        corner.show_counts("mine", Summary(counts, None, None, {"khasan-1938": 3}, 0), "en")
        qtbot.waitUntil(lambda: len(corner.findChildren(QLabel, options=Qt.FindChildOption.FindChildrenRecursively))
                        == 2 + 2 * (len(tables) + len(COUNTED_CONFLICTS)))
        assert list(corner.count_labels) == list(tables) + list(COUNTED_CONFLICTS)
        assert [corner.count_labels[t].text() for t in tables] == [str(counts[t]) for t in tables]
        assert corner.count_labels["khasan-1938"].text() == "3 events"


def test_a_tap_on_a_card_in_the_kiosk_opens_its_page(qtbot, state):
    """The kiosk shows this page too: a touch (through the window, past the kiosk's input guard
    and kinetic scrolling) on a card opens its page; the cards stay offered to visitors."""
    from PySide6.QtCore import QEvent

    from app.kiosk.settings import KioskSettings, hash_pin
    from app.kiosk.window import KioskWindow

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kiosk = KioskWindow(state, KioskSettings(idle_timeout=600, countdown=600, pin=hash_pin("2468", iterations=1000)),
                        crash_log=False)
    kiosk.quit_app = lambda *a: None
    qtbot.addWidget(kiosk, before_close_func=lambda w: w.shutdown())
    kiosk.show()
    assert kiosk.load_data(None)
    kiosk.show_page("overview")
    QApplication.processEvents()
    card = kiosk.overview.cards["days"]
    assert card.isVisible() and card.isEnabled() and card.height() >= 48
    kiosk.overview.findChild(QScrollArea).ensureWidgetVisible(card)  # a small test screen: the page scrolls
    QApplication.processEvents()
    at = card.mapTo(kiosk, card.rect().center())
    assert kiosk.childAt(at) is card
    qtbot.mouseClick(kiosk.childAt(at), Qt.MouseButton.LeftButton, pos=kiosk.childAt(at).mapFrom(kiosk, at))
    qtbot.waitUntil(lambda: kiosk.current_page() == "days", timeout=2000)


def test_a_headline_number_outlines_its_own_figures_on_the_forces_page(window, dataset):
    from app.model.glance import headline

    drawing = window.overview.glance.headline
    assert drawing.click("headline", headline_key("killed", "Japan"))
    forces = window.forces_view
    wanted = set(headline(dataset, "killed", "Japan").figure_ids)
    assert wanted and set(forces.chapter_figures()) == wanted
    assert set(forces.chart.marked) == wanted and forces.chart.marked_boxes()  # outlined in the chart shown
    assert "The figures you chose" in forces.details.toPlainText()
