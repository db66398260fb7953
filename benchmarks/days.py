"""Daily viewer frame benchmark: advance one day and repaint map, lists and chart, offscreen.

A frame is what playback does on every tick: ``DaysView.step(1)`` (the shared day
changes; the view rebuilds its day tree, moves the map's holders and arrows, marks the
chart), then the whole view is repainted synchronously (not just what changed, so this
is an upper bound) and any queued events are processed.
Frames run over every day of the strip, several passes; the first pass (which also
builds each day's record) is reported on its own.

Prints ``frame_ms`` (median, steady passes; goal <= 16 ms for 60 fps playback), its 95th
percentile, the first-pass median, and ``window_frame_ms``: the same frame in the full
main window, where the incident table follows the day too.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def frames(app, view, repaint_target, passes: int) -> tuple[list[float], list[float]]:
    """Frame times (ms) of the first pass and of the later passes over the whole strip."""
    n = len(view.days())
    first, steady = [], []
    for p in range(passes):
        view.choose_index(0)
        app.processEvents()
        for _ in range(n - 1):
            t0 = time.perf_counter()
            view.step(1)
            repaint_target.repaint()  # the whole view, synchronously: an upper bound
            app.processEvents()  # anything still queued (scene index, posted updates)
            (first if p == 0 else steady).append((time.perf_counter() - t0) * 1000)
    return first, steady


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=6)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.model import load_dataset
    from app.state import AppState
    from app.views.days.page import DaysView
    from app.window.main_window import MainWindow

    dataset = load_dataset()

    state = AppState()
    state.set_dataset(dataset)
    view = DaysView(state)
    view.resize(1280, 760)
    view.show()
    app.processEvents()
    first, steady = frames(app, view, view, args.passes)

    wstate = AppState()
    window = MainWindow(wstate)
    window.resize(1280, 800)
    window.show()
    window.load_data(None)
    window.show_page("days")
    app.processEvents()
    _, window_steady = frames(app, window.days_view, window, max(2, args.passes // 2))

    steady.sort()
    print(f"days: {len(view.days())}, passes: {args.passes}")
    print(f"first_pass_frame_ms: {statistics.median(first):.2f}")
    print(f"frame_p95_ms: {steady[int(0.95 * (len(steady) - 1))]:.2f}")
    print(f"window_frame_ms: {statistics.median(window_steady):.2f}")
    print(f"frame_ms: {statistics.median(steady):.2f}")


if __name__ == "__main__":
    main()
