"""Start-up benchmark: the app against bare PySide6 baselines measured in the same run.

(a) bare QMainWindow to first paint; (b) the same after importing pandas, pyqtgraph and
qtawesome; (c) the app to its first painted window; (d) the app until its views show data.
Runs are interleaved (a, b, c+d, a, b, c+d, …) so machine noise hits all alike.
Prints medians and, last, ``ready_ratio: d/b``. Goals: first_paint_ratio <= 1.5,
ready_ratio <= 1.2.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

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
    """Wall time from launch until each marker line appears on stdout."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split(" ", 1)[0].strip()
        if word in marks and word not in seen:
            seen[word] = time.perf_counter() - start
        if len(seen) == len(marks):
            break
    proc.kill()
    proc.wait()
    missing = [m for m in marks if m not in seen]
    if missing:
        raise RuntimeError(f"{cmd} never printed {missing}")
    return seen


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
