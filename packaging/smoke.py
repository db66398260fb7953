"""Smoke test of a built bundle: every module is in it and every page renders from it.

``make package`` (packaging/build.py) ends with this on Linux; on Windows and macOS the
build steps (packaging/windows/khasan-explorer.iss, packaging/macos/make-dmg.sh) run it
on their bundle before making the installer:

    python packaging/smoke.py                                        # dist/khasan-explorer (Linux)
    python packaging\\smoke.py dist\\khasan-explorer\\khasan-explorer-cli.exe       (Windows)
    python3 packaging/smoke.py "dist/Khasan 1938 Explorer.app"                      (macOS)

Checks, each of which fails the build (exit status 1):

1. every module of the ``app`` package (pkgutil.walk_packages over the source tree) is in
   the bundle's Python archive (PYZ). The pages are imported by name, which PyInstaller
   cannot follow: a module missing here fails only when a user opens its page;
2. ``--version`` names the installed command (``khasan-explorer``, not ``python -m app``);
3. ``--check-data``: the bundled data loads and validates; ``--find Блюхер`` finds the Blyukher
   events (the search's transliteration tables, anyascii's data files, are in the bundle);
4. ``--screenshot PNG --view X`` for every page the command line offers, offscreen: exit
   status 0, a PNG that is not blank (many colours), and no ``Traceback``,
   ``ModuleNotFoundError``/``ImportError`` or PyInstaller bootloader error on stderr.

Needs only the build's own Python (PySide6's QImage reads the PNGs; PyInstaller reads the
archive). Two pages render at a time (the build machine has two cores).
"""
from __future__ import annotations

import argparse
import os
import pkgutil
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "khasan-explorer"
# Bootloader errors look like "[PYI-1234:ERROR] Failed to ..." (PyInstaller 6).
BAD_STDERR = re.compile(r"Traceback|ModuleNotFoundError|ImportError|\[PYI-\d+:ERROR\]|PYI ERROR")
MIN_COLOURS = 6


def executable(target: Path) -> Path:
    """The bundle's executable to run (console twin on Windows, inside the .app on macOS)."""
    if target.suffix == ".app":
        return target / "Contents" / "MacOS" / NAME
    if target.is_dir():
        return target / (f"{NAME}-cli.exe" if os.name == "nt" else NAME)
    return target


def app_modules() -> list[str]:
    """Every module of the app package, from the source tree (as the spec collects them)."""
    sys.path.insert(0, str(ROOT))
    import app

    return sorted({"app", *(m.name for m in pkgutil.walk_packages(app.__path__, "app."))})


def archived_modules(exe: Path) -> set[str]:
    """Module names in the Python archive (PYZ) embedded in the bundle's executable."""
    from PyInstaller.archive.readers import CArchiveReader

    reader = CArchiveReader(str(exe))
    pyz = next(name for name in reader.toc if name.endswith(".pyz"))
    return set(reader.open_embedded_archive(pyz).toc)


def pages() -> list[str]:
    """The --view choices of the command line (every page, and its aliases)."""
    sys.path.insert(0, str(ROOT))
    from app.cli import build_parser

    for action in build_parser()._actions:
        if "--view" in action.option_strings:
            return list(action.choices)
    raise SystemExit("app.cli has no --view option")


def scratch_env(home: Path) -> dict[str, str]:
    """Offscreen, with settings/caches in a scratch home (the user's stay untouched)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), USERPROFILE=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CACHE_HOME=str(home / ".cache"), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"))
    for key in ("PYTHONPATH", "PYTHONHOME"):  # the bundle must not lean on the build's Python
        env.pop(key, None)
    return env


def png_problem(path: Path) -> str | None:
    """None if the PNG is a real page; else what is wrong with it."""
    if not path.is_file():
        return "no PNG written"
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return "not a PNG"
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull() or image.width() < 400 or image.height() < 300:
        return f"unreadable or tiny image ({image.width()}x{image.height()})"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)}
    if len(colours) < MIN_COLOURS:
        return f"blank page ({len(colours)} colours)"
    return None


def run(exe: Path, args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", env=env, timeout=timeout, cwd=env["HOME"])


def check_page(exe: Path, view: str, scratch: Path, timeout: float) -> tuple[str, str | None, float]:
    home = scratch / f"home-{view}"
    home.mkdir()
    png = scratch / f"{view}.png"
    started = time.monotonic()
    try:
        done = run(exe, ["--screenshot", str(png), "--view", view, "--lang", "en"], scratch_env(home), timeout)
    except subprocess.TimeoutExpired:
        return view, f"no exit within {timeout:.0f} s", time.monotonic() - started
    elapsed = time.monotonic() - started
    problems = []
    if done.returncode != 0:
        problems.append(f"exit status {done.returncode}")
    bad = BAD_STDERR.search(done.stderr)
    if bad:
        problems.append(f"stderr has {bad.group(0)!r}")
    png_bad = png_problem(png)
    if png_bad:
        problems.append(png_bad)
    if problems:
        return view, "; ".join(problems) + f"\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}", elapsed
    return view, None, elapsed


def smoke(target: Path, timeout: float = 120, jobs: int = 2, log=print) -> list[str]:
    """Runs every check; returns the failures (empty = passed)."""
    exe = executable(target)
    if not exe.is_file():
        return [f"no executable at {exe}"]
    failures = []

    try:
        archived = archived_modules(exe)
    except Exception as err:  # noqa: BLE001 - an unreadable archive is itself a failure
        failures.append(f"cannot read the bundle's Python archive in {exe}: {err!r}")
    else:
        missing = [m for m in app_modules() if m not in archived]
        if missing:
            failures.append(f"{len(missing)} app modules missing from the bundle: {', '.join(missing)}")
        else:
            log(f"smoke: all {len(app_modules())} app modules are in the bundle")

    with tempfile.TemporaryDirectory(prefix="khasan-smoke-") as tmp:
        scratch = Path(tmp)
        home = scratch / "home"
        home.mkdir()
        env = scratch_env(home)
        done = run(exe, ["--version"], env, timeout)
        if done.returncode != 0 or not done.stdout.startswith(f"{NAME} "):
            failures.append(f"--version printed {done.stdout!r} (status {done.returncode}), "
                            f"expected '{NAME} <version>'\n{done.stderr}")
        done = run(exe, ["--check-data"], env, timeout)
        if done.returncode != 0 or "OK:" not in done.stdout or BAD_STDERR.search(done.stderr):
            failures.append(f"--check-data failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        else:
            log(f"smoke: {done.stdout.splitlines()[0]}")
        done = run(exe, ["--find", "Блюхер"], env, timeout)
        if done.returncode != 0 or "blyukher" not in done.stdout or BAD_STDERR.search(done.stderr):
            failures.append(f"--find Блюхер found no Blyukher event ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        else:
            log(f"smoke: --find Блюхер: {done.stderr.strip()}")

        views = pages()
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(lambda v: check_page(exe, v, scratch, timeout), views))
        for view, problem, elapsed in results:
            if problem:
                failures.append(f"--view {view}: {problem}")
            else:
                log(f"smoke: --screenshot --view {view}: OK ({elapsed:.1f} s)")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT / "dist" / NAME
    parser.add_argument("target", nargs="?", type=Path, default=default,
                        help=f"bundle folder, .app or executable (default: {default.relative_to(ROOT)})")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run")
    parser.add_argument("--jobs", type=int, default=2, help="pages rendered at a time")
    args = parser.parse_args(argv)
    failures = smoke(args.target, args.timeout, args.jobs)
    if failures:
        print("SMOKE TEST FAILED:\n  " + "\n  ".join(f.replace("\n", "\n    ") for f in failures), file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
