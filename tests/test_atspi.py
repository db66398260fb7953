"""The real app as a screen reader meets it on Linux (issue 17): its AT-SPI tree, which is
what Orca reads and what a magnifier follows, under a real X server (Xvfb) and a real
accessibility bus (at-spi-bus-launcher + at-spi2-registryd in a ``dbus-run-session``).

``python -m app`` runs with Qt's AT-SPI bridge on (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``);
tests/atspi_walk.py, run by the system Python (pyatspi is a Debian package, not in the
venv), presses each page tab through AT-SPI and records what shows. Checked, page by page:
every focusable object has a name; the overview's numbers are in what is read; every
showing table cell lies inside its table and is what ``getAccessibleAtPoint`` finds at its
centre; the day slider and the year range's two sliders expose their values.

Needs (Debian): ``apt-get install xvfb dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0``
and Qt's xcb libraries. Skipped with the reason when any is missing, except under CI (the
``CI`` variable set), where a missing tool fails the test: CI must run it, not skip it.
"""
from __future__ import annotations

import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.model.dates import format_day
from app.model.days import strip_days
from app.model.formats import format_count
from app.model.glance import glance

ROOT = Path(__file__).resolve().parent.parent
WALKER = Path(__file__).with_name("atspi_walk.py")
APT = "xvfb dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi (a venv or pyenv python lacks it)
LIBEXEC = ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/at-spi2")  # Debian 12 / older Ubuntu
PAGES = ("Overview", "Tour", "Incidents", "Forces", "Days", "Sources", "Index")
SCREEN = (1600, 1000)
IN_CI = bool(os.environ.get("CI"))

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI: Linux only")]


def need(ok, reason: str) -> None:
    """Skip when a tool is missing here; fail under CI, which installs them (.ci/run)."""
    if not ok:
        message = f"{reason} (Debian: apt-get install {APT})"
        if IN_CI:
            pytest.fail(f"CI must run the AT-SPI check: {message}")
        pytest.skip(message)


def libexec(name: str) -> str | None:
    return next((str(Path(d) / name) for d in LIBEXEC if os.access(Path(d) / name, os.X_OK)), None)


def start_xvfb(procs: list, fds: list) -> str:
    """An X server of our own; its display (":N") once it accepts connections."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    procs.append(xvfb)
    os.close(write_end)
    fds.append(read_end)  # open while Xvfb runs: closed early, Xvfb may die of SIGPIPE
    ready, _, _ = select.select([read_end], [], [], 20)
    number = os.read(read_end, 16).decode().strip() if ready else ""
    need(number, "Xvfb did not start")
    deadline = time.monotonic() + 20
    while True:  # the number comes a moment before the server answers
        with socket.socket(socket.AF_UNIX) as probe:
            if probe.connect_ex(f"/tmp/.X11-unix/X{number}") == 0:
                return f":{number}"
        need(time.monotonic() < deadline and xvfb.poll() is None, "Xvfb did not answer")
        time.sleep(0.05)


def run_walk(tmp: Path) -> dict:
    """Xvfb, then the app and the walker in one D-Bus session; the walker's JSON."""
    need(shutil.which("Xvfb"), "needs Xvfb")
    need(shutil.which("dbus-run-session"), "needs dbus-run-session")
    launcher, registry = libexec("at-spi-bus-launcher"), libexec("at-spi2-registryd")
    need(launcher and registry, "needs at-spi-bus-launcher and at-spi2-registryd")
    need(os.access(SYSTEM_PYTHON, os.X_OK) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False).returncode == 0, "needs pyatspi")
    procs, fds = [], []
    try:
        display = start_xvfb(procs, fds)
        home = tmp / "home"
        home.mkdir()
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DISPLAY": display, "HOME": str(home),
               "XDG_RUNTIME_DIR": str(tmp), "LANG": "C.UTF-8"}
        out = tmp / "walk.json"
        done = subprocess.run(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), "--out", str(out), "--bus-launcher", launcher,
             "--registryd", registry, "--", sys.executable, "-m", "app", "--lang", "en", "--view", "overview"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120, check=False)
        assert out.exists(), f"the walker wrote nothing (exit {done.returncode}): {done.stdout[-2000:]}"
        result = json.loads(out.read_text(encoding="utf-8"))
        log = Path(result["app_log"])
        result["app_output"] = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
            proc.wait(10)
        for fd in fds:
            os.close(fd)
    if result["error"] and "platform plugin" in result["app_output"]:
        need(False, f"Qt cannot use X11 here (missing xcb libraries?): {result['app_output'][:300]}")
    assert not result["error"], f"{result['error']}\napp output:\n{result['app_output'][-2000:]}"
    return result


@pytest.fixture(scope="module")
def walk(tmp_path_factory) -> dict:
    return run_walk(tmp_path_factory.mktemp("atspi"))


def said(part: dict) -> str:
    """Everything a screen reader can read of a walked part: names, descriptions, texts."""
    return "\n".join(f"{o['name']}\n{o['description']}\n{o['text']}" for o in part["objects"])


def unnamed_focusable(part: dict) -> list[dict]:
    return [o for o in part["objects"] if o["focusable"] and not o["name"].strip() and not o["labelled_by"]]


def is_view_port(o: dict) -> bool:
    """A graphics view's viewport: an unnamed filler right inside a named one (the view)."""
    return o["role"] == "filler" and o["path"][-2].startswith("filler '") and o["path"][-2] != "filler ''"


def show(objects: list[dict]) -> str:
    return "\n".join(" > ".join(o["path"]) for o in objects)


# ---------------------------------------------------------------------- the walk itself
def test_every_page_was_walked(walk):
    """The walker reached every page through its tab, and each shows real content."""
    assert walk["application"] == "Khasan 1938 Explorer"
    assert walk["window"]["title"].startswith("Khasan 1938 Explorer")
    for page in PAGES:
        part = walk["pages"][page]
        assert part["complete"], f"{page}: more objects than the walker takes"
        assert len([o for o in part["objects"] if o["focusable"]]) >= 3, page
    assert "Traceback" not in walk["app_output"]
    assert walk["timings"]["total"] < 45, walk["timings"]


# ---------------------------------------------------------------------- names
@pytest.mark.parametrize("page", ("window",) + PAGES + ("Forces after Show as table", "Days after Next day"))
def test_focusable_objects_have_names(walk, page):
    """Every focusable, showing object has a name (or a labelled-by relation), except the
    viewports of graphics views (see the next test)."""
    part = walk["window"] if page == "window" else walk["pages"][page]
    nameless = [o for o in unnamed_focusable(part) if not is_view_port(o)]
    assert not nameless, show(nameless)


def test_graphics_view_viewports_have_names(walk):
    """Each chart's and map's viewport once showed as a focusable, nameless 'filler', and
    getAccessibleAtPoint over the view found it: Orca's mouse review read nothing there."""
    nameless = [o for part in walk["pages"].values() for o in unnamed_focusable(part) if is_view_port(o)]
    assert not nameless, show(nameless)


@pytest.mark.parametrize("page", ("Forces", "Days", "Index"))
def test_combo_boxes_are_labelled(walk, page):
    """On Linux Qt names a combo box by its current value ("1 day/s"), not by its accessible
    name: what it is for reaches Orca only through a labelled-by relation (QLabel.setBuddy)."""
    combos = [o for o in walk["pages"][page]["objects"] if o["role"] == "combo box"]
    assert combos
    unlabelled = [o for o in combos if not o["labelled_by"]]
    assert not unlabelled, show(unlabelled)


# ---------------------------------------------------------------------- numbers
def test_overview_numbers_are_read(walk, dataset):
    """The overview's counts and headline figures (computed here from the data, not copied
    from the screen) are part of what AT-SPI exposes of the page."""
    text = said(walk["pages"]["Overview"])
    numbers = {format_count(len(dataset.events)), format_count(len(dataset.figures)),
               format_count(len(strip_days(dataset)))}
    for headline in glance(dataset).headlines.values():
        numbers |= {format_count(headline.low), format_count(headline.high)}
    missing = sorted(n for n in numbers if n not in text)
    assert not missing, f"not read on the overview: {missing}"
    assert f"{format_count(len(dataset.events))} events" in text.lower()


# ---------------------------------------------------------------------- tables
TABLE_PAGES = {"Incidents": "Events", "Days": "What the data holds for this day", "Sources": "Sources",
               "Forces after Show as table": "Numbers behind the chart"}


@pytest.mark.parametrize("page", list(TABLE_PAGES))
def test_table_cells_are_where_they_are_drawn(walk, page):
    """Each showing cell lies (at least partly) inside its table's extents, in screen
    coordinates, and the object at the centre of its visible part is that very cell."""
    table = next(t for t in walk["pages"][page]["tables"] if t["name"] == TABLE_PAGES[page])
    cells = table["cells"]
    assert len(cells) >= min(table["rows"], 2) * min(table["columns"], 2), table["extents"]
    x, y, w, h = table["extents"]
    assert w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= SCREEN[0] and y + h <= SCREEN[1]
    outside = [c for c in cells if not c["visible"]]
    assert not outside, outside[:5]
    assert sum(c["inside"] for c in cells) >= len(cells) // 2  # most cells show whole
    missed = [c for c in cells if not c["hit_is_cell"]]
    assert not missed, missed[:5]


# ---------------------------------------------------------------------- values
def value(part: dict, role: str, name: str) -> dict:
    found = [v for v in part["values"] if v["role"] == role and v["name"] == name]
    assert len(found) == 1, (role, name, part["values"])
    return found[0]


def described(part: dict, role: str, name: str) -> str:
    return next(o["description"] for o in part["objects"] if o["role"] == role and o["name"] == name)


def test_day_slider_exposes_its_value(walk, dataset):
    """The Days page slider: one step per day of the strip; pressing "Next day" (through
    AT-SPI) moves its value by one, and it names the day it shows."""
    days = strip_days(dataset)
    before, after = walk["pages"]["Days"], walk["pages"]["Days after Next day"]
    day = value(before, "slider", "Day")
    assert (day["minimum"], day["maximum"]) == (0, len(days) - 1)
    assert value(after, "slider", "Day")["current"] == day["current"] + 1
    shown = days[int(day["current"])], days[int(day["current"]) + 1]
    for part, on in zip((before, after), shown):
        assert format_day(on, "en") in described(part, "slider", "Day") + value(part, "slider", "Day")["text"]


def test_year_range_sliders_expose_their_values(walk, dataset):
    """The Incidents page's year range: both handles are sliders with a value, spanning the
    data's years, first at the first year and last at the last (nothing filtered yet)."""
    part = walk["pages"]["Incidents"]
    years = dataset.events["date_start"].dt.year.dropna()
    span = (int(years.min()), int(years.max()))
    first, last = value(part, "slider", "First year"), value(part, "slider", "Last year")
    for slider in (first, last):
        assert (slider["minimum"], slider["maximum"]) == span
    assert (first["current"], last["current"]) == span
    for name, slider in (("First year", first), ("Last year", last)):
        assert value(part, "spin button", name)["current"] == slider["current"]
