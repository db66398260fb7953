"""Incident table at scale: 1,000,000 synthetic events in our schema, offscreen.

Prints, each against raw pandas on the same frame in the same run:
  sort_ratio     model sort (date, number, text; first sort, keys computed) / DataFrame.sort_values
  filter_ratio   text search + year range + facet through the view's filter / the same in pandas
  search_ms      median time of one keystroke while typing names into the search (through the view's
                 filter, word index built once beforehand: index_build_s); search_ratio: the same
                 keystrokes / a plain pandas substring scan of the text columns (the old search)
  scroll_to_end_ms  QTableView scrolled to the last row and repainted
  rss_over_frame    process RSS growth from building the model and view / the frame's deep size
Goals: ratios <= 1.5, search_ms <= 50, scroll <= 50 ms, RSS growth <= 1.3x the frame.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from app.model import load_dataset  # noqa: E402
from app.model.queries import EventFilter, EventSearch  # noqa: E402

WORDS = ("border", "outpost", "hill", "guards", "attack", "patrol", "company", "river", "night", "fog",
         "raja", "vartio", "kukkula", "hyökkäys", "joki", "yö", "sumu", "komppania")


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def synthetic_events(n: int, like: pd.DataFrame, places: list[str], seed: int = 1) -> pd.DataFrame:
    """n events with the real schema's dtypes; texts are random word salads in two languages."""
    rng = np.random.default_rng(seed)
    words = np.array(WORDS, dtype=object)

    def sentences(k: int) -> pd.Series:
        picks = words[rng.integers(0, len(words), size=(n, k))]
        return pd.Series([" ".join(r) for r in picks], dtype="string")

    start = pd.Timestamp("1934-01-01") + pd.to_timedelta(rng.integers(0, 6 * 365, n), unit="D")
    precision = rng.choice(["day", "month", "season", "year", "range"], n, p=[0.6, 0.15, 0.05, 0.1, 0.1])
    end = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
    ranged = precision != "day"
    end[ranged] = start[ranged] + pd.to_timedelta(rng.integers(1, 60, ranged.sum()), unit="D")
    frame = pd.DataFrame({c: pd.Series([None] * n, dtype=like[c].dtype) for c in like.columns})
    frame["id"] = pd.Series([f"ev-{i:07d}" for i in range(n)], dtype="string")
    frame["date_start"] = np.asarray(start, dtype="datetime64[ns]")
    frame["date_end"] = end.to_numpy()
    for column, values in (("date_precision", precision),
                           ("conflict", rng.choice(like["conflict"].cat.categories, n)),
                           ("kind", rng.choice(["clash", "attack", "incident", "provocations", "diplomatic"], n)),
                           ("side", rng.choice(["USSR", "Japan", "Manchukuo"], n))):
        frame[column] = pd.Categorical(values, categories=like[column].cat.categories)
    frame["place_id"] = pd.Series(rng.choice(places, n), dtype="string")
    frame["sector"] = pd.Series(rng.choice(["Posyet", "Grodekovo", "Khanka", "Amur"], n), dtype="string")
    frame["title_en"], frame["title_fi"] = sentences(4), sentences(4)
    frame["text_en"], frame["text_fi"] = sentences(12), sentences(12)
    for column in ("ussr_killed", "japan_killed", "ussr_wounded", "japan_wounded"):
        values = pd.array(rng.integers(0, 40, n), dtype="Int64")
        values[rng.random(n) < 0.7] = pd.NA
        frame[column] = values
    frame["source_id"] = pd.Series(["seed"] * n, dtype="string")
    return frame


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def typing_speed(view, frame) -> tuple[float, float]:
    """Median ms per keystroke typing names letter by letter, and its ratio to a pandas substring scan."""
    from PySide6.QtWidgets import QApplication

    typed = [word[:i] for word in ("Blyukher", "Заозёрная", "patrol", "張鼓峰") for i in range(1, len(word) + 1)]
    ours, plain = [], []
    for text in typed:
        def keystroke(text=text):
            view.set_filter(EventFilter(text=text))
            QApplication.processEvents()
        ours.append(timed(keystroke) * 1000)

        def scan(text=text):
            hit = np.zeros(len(frame), dtype=bool)
            for c in ("title_en", "title_fi", "text_en", "text_fi"):
                hit |= frame[c].str.contains(text, case=False, regex=False).fillna(False).to_numpy(bool)
        plain.append(timed(scan) * 1000)
    view.set_filter(EventFilter())
    return statistics.median(ours), statistics.median(ours) / statistics.median(plain)


def focus_ring_cost(app, table) -> float:
    """Paging through the table by keyboard with the focus ring following the current cell,
    against the same paging before the ring existed (1.0 = free)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.views.common import focus_ring

    table.window().activateWindow()
    table.setFocus()
    app.processEvents()

    def page_through():
        table.setCurrentIndex(table.model().index(0, 1))
        for _ in range(20):
            QTest.keyClick(table, Qt.Key.Key_PageDown)
            table.viewport().repaint()
            app.processEvents()

    before = statistics.median(timed(page_through) for _ in range(5))
    ring = focus_ring.install(app)
    ring.keyboard = True
    table.clearFocus()
    table.setFocus()
    app.processEvents()
    assert ring.ring is not None, "the focus ring did not show on the table"
    after = statistics.median(timed(page_through) for _ in range(5))
    print(f"  paging 20 pages: {before * 1000:.0f} ms without the focus ring, {after * 1000:.0f} ms with it")
    return after / before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    rows = parser.parse_args().rows

    bundled = load_dataset()
    frame = synthetic_events(rows, bundled.events, list(bundled.places["id"]))
    ds = replace(bundled, events=frame, _cache={})
    frame_mb = frame.memory_usage(deep=True).sum() / 2**20

    from PySide6.QtWidgets import QApplication

    from app.state import AppState
    from app.views.incidents.page import IncidentView

    app = QApplication.instance() or QApplication([])
    rss_before = rss_mb()
    state = AppState()
    view = IncidentView(state)
    view.resize(1400, 900)
    view.show()
    t_build = timed(lambda: state.set_dataset(ds))
    app.processEvents()

    # Sorting: first sort of each kind of column (keys computed then cached).
    model = view.model
    sorts = {"date": (0, "date_start"), "number": (5, "ussr_killed"), "text": (4, "title_en")}
    model_s, pandas_s = {}, {}
    for name, (column, frame_column) in sorts.items():
        model_s[name] = timed(lambda c=column: model.sort(c))
        if name == "text":
            pandas_s[name] = timed(lambda: frame.sort_values(frame_column, key=lambda s: s.str.casefold(),
                                                             na_position="last", kind="stable"))
        else:
            pandas_s[name] = timed(lambda fc=frame_column: frame.sort_values(fc, na_position="last", kind="stable"))
    resort = statistics.median(timed(lambda: model.sort(4)) for _ in range(3))

    # The word index behind the search: built once per dataset (the loader's thread does it for big data).
    t_index = timed(lambda: EventSearch.of(ds).build_index())
    search_ms, search_ratio = typing_speed(view, frame)

    # Filtering: text + year range + facet, as a user would combine them.
    f = EventFilter(text="patrol", date_from=pd.Timestamp("1936-01-01"),
                    date_to=pd.Timestamp("1937-12-31")).with_facet("kind", ["clash", "attack"])
    t_filter = timed(lambda: view.set_filter(f))
    shown = model.rowCount()

    def pandas_filter():
        hit = np.zeros(len(frame), dtype=bool)
        for c in ("title_en", "title_fi", "text_en", "text_fi"):
            hit |= frame[c].str.contains("patrol", case=False, regex=False).fillna(False).to_numpy(bool)
        end = frame["date_end"].fillna(frame["date_start"])
        hit &= ((end >= "1936-01-01") & (frame["date_start"] <= "1937-12-31")).to_numpy(bool)
        hit &= frame["kind"].isin(["clash", "attack"]).to_numpy(bool)
        return frame.loc[hit]

    t_pandas_filter = timed(pandas_filter)
    assert shown == len(pandas_filter()), "the view and pandas disagree on the filter"
    view.set_filter(EventFilter())
    app.processEvents()

    def scroll():
        view.table.scrollToBottom()
        view.table.viewport().repaint()
    scroll_ms = statistics.median(timed(scroll) * 1000 for _ in range(5) if not view.table.scrollToTop())
    ring_ratio = focus_ring_cost(app, view.table)
    rss_growth = rss_mb() - rss_before

    print(f"rows: {rows:,}  frame: {frame_mb:.0f} MB  build: {t_build * 1000:.0f} ms")
    for name in sorts:
        print(f"  sort {name:<6} model {model_s[name] * 1000:7.0f} ms  pandas {pandas_s[name] * 1000:7.0f} ms")
    print(f"  re-sort text (cached key): {resort * 1000:.0f} ms")
    print(f"  filter: model {t_filter * 1000:.0f} ms  pandas {t_pandas_filter * 1000:.0f} ms  ({shown:,} rows)")
    print(f"sort_ratio: {sum(model_s.values()) / sum(pandas_s.values()):.2f}")
    print(f"filter_ratio: {t_filter / t_pandas_filter:.2f}")
    print(f"index_build_s: {t_index:.1f}")
    print(f"search_ms: {search_ms:.1f}")
    print(f"search_ratio: {search_ratio:.3f}")
    print(f"scroll_to_end_ms: {scroll_ms:.1f}")
    print(f"focus_ring_paging_ratio: {ring_ratio:.2f}")
    print(f"rss_over_frame: {rss_growth / frame_mb:.2f}")


if __name__ == "__main__":
    main()
