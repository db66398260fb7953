"""Force-comparison chart benchmark: switching conflict and scope, and repainting.

Opens the forces page (1280×800, offscreen), then times each switch (conflict: Khasan,
Khalkhin Gol, both side by side, border incidents; scope: all, in the fighting) from the
change until the chart has been repainted synchronously. Every combination is visited once
first (``cold``: cuts figures into panels for the first time); the timed rounds after that
are what a user clicking back and forth gets. Baseline, measured in the same run: a repaint
of the unchanged chart (what the switch costs beyond painting).

Prints medians, then ``switch_ms`` (goal ≤ 16 ms) and ``switch_ratio`` (switch ÷ repaint).
"""
from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONFLICTS = ("khasan-1938", "khalkhin-gol-1939", "both", "border-1934-1938")
SCOPES = ("all", "engaged")
CHARTS = ("strength", "losses", "air")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.model import load_dataset
    from app.state import AppState
    from app.views.forces.page import ForcesView

    state = AppState()
    view = ForcesView(state)
    view.resize(1280, 800)
    view.show()
    state.set_dataset(load_dataset())
    app.processEvents()
    viewport = view.chart.viewport()

    def timed(action) -> float:
        app.processEvents()
        start = time.perf_counter()
        action()
        viewport.repaint()
        return (time.perf_counter() - start) * 1000

    def switch(chart: str, conflict: str, scope: str):
        def run():
            if view.fs.chart != chart:
                view.set_chart(chart)
            if conflict == "both":
                view.set_conflict(conflict)
            else:
                state.set_conflict(conflict)  # the shared state, as other pages would
            view.set_scope(scope)
        return run

    steps = [(ch, c, s) for ch in CHARTS for c, s in itertools.product(CONFLICTS, SCOPES)]
    cold = [timed(switch(*step)) for step in steps]
    warm, repaint = [], []
    for _ in range(rounds):
        for step in steps:
            warm.append(timed(switch(*step)))
            repaint.append(timed(lambda: None))
    med = {"cold": statistics.median(cold), "switch": statistics.median(warm), "repaint": statistics.median(repaint)}
    print(f"switches: {len(steps)} cold, {len(warm)} timed ({rounds} rounds over {len(CHARTS)} charts × "
          f"{len(CONFLICTS)} conflicts × {len(SCOPES)} scopes)")
    print(f"cold_switch_ms: {med['cold']:.2f}  (max {max(cold):.2f})")
    print(f"repaint_ms: {med['repaint']:.2f}")
    print(f"p90_switch_ms: {statistics.quantiles(warm, n=10)[-1]:.2f}")
    print(f"switch_ms: {med['switch']:.2f}")
    print(f"switch_ratio: {med['switch'] / med['repaint']:.2f}")


if __name__ == "__main__":
    main()
