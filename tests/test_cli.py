"""The command line, run as a user would run it (a subprocess)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent


def run(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


def test_check_data_ok(dataset):
    result = run("--check-data")
    assert result.returncode == 0, result.stderr
    assert "OK: bundled data" in result.stdout
    assert f"events   {len(dataset.events):>7,} rows" in result.stdout


def test_check_data_reports_error_with_location(package):
    path = package / "events.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",khasan-1938,", ",mars-2050,").replace(",border-1934-1938,", ",mars-2050,").replace(",khalkhin-gol-1939,", ",mars-2050,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("--check-data", "--data", str(package))
    assert result.returncode == 1
    assert "events.csv, row 2, column 'conflict'" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    result = run("--screenshot", str(out), "--view", "incidents")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 600


def test_bad_data_folder_falls_back_without_traceback(tmp_path):
    (tmp_path / "events.csv").write_text("garbage\n", encoding="utf-8")
    out = tmp_path / "shot.png"
    result = run("--screenshot", str(out), "--data", str(tmp_path))
    assert result.returncode == 0
    assert "Could not load" in result.stderr and "Traceback" not in result.stderr
    assert out.exists()


def test_version():
    result = run("--version")
    assert result.returncode == 0 and "0.1.0" in result.stdout


def test_supervise_hands_the_other_options_to_the_supervisor(monkeypatch):
    """An installed bundle has no `python -m`: --supervise is how it starts the supervisor."""
    import app.kiosk.supervisor
    from app.cli import main

    seen = []
    monkeypatch.setattr(app.kiosk.supervisor, "main", lambda argv: seen.append(argv) or 0)
    assert main(["--supervise", "--kiosk", "--lang", "fi"]) == 0
    assert seen == [["--kiosk", "--lang", "fi"]]


def test_check_data_prints_the_loaders_notes(package):
    import json

    (package / "places.csv").unlink()
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "places"]
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    result = run("--check-data", "--data", str(package))
    assert result.returncode == 0, result.stderr
    assert "note: places: not in this package; the bundled table is used" in result.stdout


def test_check_data_on_a_missing_folder_fails_in_one_line(tmp_path):
    result = run("--check-data", "--data", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert result.stderr.startswith("INVALID:") and "Traceback" not in result.stderr


def test_screenshot_of_bad_data_shows_the_banner(tmp_path):
    """The errors are in the picture (a banner above the pages), not only on stderr."""
    (tmp_path / "events.csv").write_text("garbage\n", encoding="utf-8")
    good, bad = tmp_path / "good.png", tmp_path / "bad.png"
    assert run("--screenshot", str(good), "--view", "overview").returncode == 0
    assert run("--screenshot", str(bad), "--data", str(tmp_path), "--view", "overview").returncode == 0
    def banner_pixels(image: QImage) -> int:  # the banner's pale red (#fde7e9) below the menu bar
        return sum(1 for y in range(20, 80, 2) for x in range(0, image.width(), 4)
                   if image.pixelColor(x, y).name() == "#fde7e9")

    assert banner_pixels(QImage(str(bad))) > 1000
    assert banner_pixels(QImage(str(good))) == 0


def test_find_prints_matching_events_in_any_spelling(dataset):
    """--find TEXT: one line per event (id, date, title), the same events for every spelling."""
    outputs = [run("--find", spelling) for spelling in ("Blyukher", "Blücher", "Блюхер")]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    lines = outputs[0].stdout.splitlines()
    assert lines and all(o.stdout == outputs[0].stdout for o in outputs)
    ids = [line.split("\t")[0] for line in lines]
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert set(ids) <= set(dataset.events["id"]) and "ev-1938-10-22-blyukher-arrest" in ids
    assert f"{len(lines)} of {len(dataset.events)} events match" in outputs[0].stderr


def test_find_with_no_match_prints_nothing_and_succeeds():
    result = run("--find", "xyzzy-no-such-name")
    assert result.returncode == 0 and result.stdout == ""
    assert "0 of" in result.stderr


def test_find_in_finnish_gives_finnish_titles(dataset):
    result = run("--find", "Zaozernaya", "--lang", "fi")
    assert result.returncode == 0
    first_id, _, title = result.stdout.splitlines()[0].split("\t")
    assert title == " ".join(str(dataset.row("events", first_id)["title_fi"]).split())


@pytest.mark.parametrize("text", ["a", "Blyukher"])  # more than a pipe buffer, and a few lines
def test_output_cut_short_by_a_closed_pipe_ends_quietly(text):
    """`khasan-explorer --find a | head -1`: no BrokenPipeError traceback, status 0."""
    import os

    read, write = os.pipe()
    proc = subprocess.Popen([sys.executable, "-m", "app", "--find", text], stdout=write, stderr=subprocess.PIPE,
                            cwd=ROOT, text=True)
    os.close(write)
    os.close(read)  # the reader is gone before anything is written, as when `head` has had enough
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert proc.returncode == 0
