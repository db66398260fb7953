"""Start-up of the installed (frozen) app against the unfrozen app, measured in the same run.

The frozen app is the .deb from ``make package``, extracted into a scratch root as dpkg
would install it (or ``--app PATH`` to an installed executable, e.g.
/opt/khasan-explorer/khasan-explorer). Each run starts the app with ``--timing``, which
prints ``first_paint <s>`` and ``ready <s>`` (views showing the data) and quits; the time
measured here is wall time from launch to each line, so it includes the PyInstaller
bootloader and Python start-up. Runs are interleaved (frozen, unfrozen, frozen, ...) so
machine noise hits both alike; medians are printed.

    make package && .venv/bin/python benchmarks/frozen.py [--runs 7] [--cold]

``--cold`` drops the page cache before every run (root only): the first start after a
reboot, reading everything from disk. Prints, last, ``frozen_ready_s`` (goal <= 2 s),
``bundle_mb`` (MiB, goal <= 150) and ``ready_ratio`` (frozen / unfrozen).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _launch import time_to_marks

ROOT = Path(__file__).resolve().parent.parent
NAME = "khasan-explorer"


def timed(cmd: list[str], env: dict[str, str], marks=("first_paint", "ready"), timeout=120.0) -> dict[str, float]:
    return time_to_marks(cmd, marks, env, timeout)


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def tree_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def find_app(arg: str | None, scratch: Path) -> tuple[Path, str]:
    if arg:
        return Path(arg), "given with --app"
    debs = sorted((ROOT / "dist").glob(f"{NAME}_*.deb"), key=lambda p: p.stat().st_mtime)
    if debs:
        subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(scratch)], check=True)
        return scratch / "opt" / NAME / NAME, f"extracted from {debs[-1].relative_to(ROOT)}"
    bundle = ROOT / "dist" / NAME / NAME
    if bundle.exists():
        return bundle, "the PyInstaller bundle (no .deb in dist/)"
    raise SystemExit("no dist/khasan-explorer_*.deb or dist/khasan-explorer/: run `make package` first")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (>= 5)")
    parser.add_argument("--app", help="frozen executable to time (default: the .deb in dist/, extracted)")
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run (root)")
    args = parser.parse_args()
    runs = max(args.runs, 5)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        app, where = find_app(args.app, tmp / "root")
        home = tmp / "home"
        home.mkdir()
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"))
        frozen_cmd = [str(app), "--timing"]
        unfrozen_cmd = [sys.executable, "-m", "app", "--timing"]
        timed(frozen_cmd, env)  # one untimed start each: first-run caches (fontconfig, .pyc)
        timed(unfrozen_cmd, env)
        cold = args.cold and drop_caches()
        if args.cold and not cold:
            print("note: cannot drop the page cache (not root); runs are warm")
        frozen, unfrozen = [], []
        for _ in range(runs):
            if cold:
                drop_caches()
            frozen.append(timed(frozen_cmd, env))
            if cold:
                drop_caches()
            unfrozen.append(timed(unfrozen_cmd, env))

        def med(series, key):
            return statistics.median(r[key] for r in series)

        bundle = app.parent
        print(f"app: {app} ({where})")
        print(f"platform: QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; page cache: {'cold' if cold else 'warm'}")
        print(f"runs: {runs} each, interleaved")
        print(f"frozen_first_paint_s: {med(frozen, 'first_paint'):.3f}")
        print(f"unfrozen_first_paint_s: {med(unfrozen, 'first_paint'):.3f}")
        print(f"unfrozen_ready_s: {med(unfrozen, 'ready'):.3f}")
        runs_text = " ".join(f"{r['ready']:.3f}" for r in frozen)
        print(f"frozen_ready_runs_s: {runs_text}")
        print(f"ready_ratio: {med(frozen, 'ready') / med(unfrozen, 'ready'):.2f}")
        print(f"bundle_mb: {tree_mib(bundle):.1f}")
        print(f"frozen_ready_s: {med(frozen, 'ready'):.3f}")


if __name__ == "__main__":
    main()
