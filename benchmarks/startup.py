"""Start-up benchmark: the app against bare PySide6 baselines measured in the same run.

(a) bare QMainWindow to first paint; (b) the same after importing pandas, pyqtgraph and
qtawesome; (c) the app to its first painted window; (d) the app until its views show data.
Runs are interleaved (a, b, c+d, a, b, c+d, …) so machine noise hits all alike.
Prints medians and, last, ``ready_ratio: d/b``. Goals: first_paint_ratio <= 1.5,
ready_ratio <= 1.0: the app shows its data sooner than bare Qt can import its libraries,
since a start on the overview builds no other page before it is ready (pyqtgraph and
qtawesome load after that).
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from _launch import time_to_marks

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
{imports}
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not W.done:
            W.done = True
            print("first_paint", flush=True)
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv)
w = W(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
app.exec()
"""
HEAVY = "import pandas, pyqtgraph, qtawesome"


def timed(cmd: list[str], marks: tuple[str, ...]) -> dict[str, float]:
    return time_to_marks(cmd, marks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    a, b, c, d = [], [], [], []
    py = sys.executable
    for _ in range(runs):
        a.append(timed([py, "-c", BARE.format(imports="")], ("first_paint",))["first_paint"])
        b.append(timed([py, "-c", BARE.format(imports=HEAVY)], ("first_paint",))["first_paint"])
        app = timed([py, "-m", "app", "--timing"], ("first_paint", "ready"))
        c.append(app["first_paint"])
        d.append(app["ready"])
    med = {k: statistics.median(v) for k, v in zip("abcd", (a, b, c, d))}
    print(f"runs: {runs} each, interleaved")
    print(f"a_bare_first_paint_s: {med['a']:.3f}")
    print(f"b_bare_plus_imports_first_paint_s: {med['b']:.3f}")
    print(f"c_app_first_paint_s: {med['c']:.3f}")
    print(f"d_app_ready_s: {med['d']:.3f}")
    print(f"first_paint_ratio: {med['c'] / med['a']:.2f}")
    print(f"ready_ratio: {med['d'] / med['b']:.2f}")


if __name__ == "__main__":
    main()
