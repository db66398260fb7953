"""Shared fixtures. Qt runs headless in every test (set before any Qt import)."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.model import load_dataset  # noqa: E402
from app.paths import data_dir  # noqa: E402


@pytest.fixture(scope="session")
def dataset():
    return load_dataset()


@pytest.fixture(autouse=True, scope="session")
def _bundled_data_loaded_once(dataset):
    """Windows load the bundled data through ``app.model.load_dataset`` (start-up,
    ``load_data(None)``): they all get the session's one load of it, since a Dataset is
    frozen. A hundred windows thus skip ~0.2 s each; loading itself is tested by
    test_loader*, test_package_safety and the subprocess tests of test_cli, which load
    for real. Other paths, and tests that patch ``app.model.load_dataset``, are unchanged."""
    import app.model

    real = app.model.load_dataset

    def load_dataset(path=None, **kwargs):
        return dataset if path is None and not kwargs else real(path, **kwargs)

    app.model.load_dataset = load_dataset
    yield
    app.model.load_dataset = real


@pytest.fixture
def package(tmp_path) -> Path:
    """A writable copy of the bundled data package."""
    target = tmp_path / "pkg"
    shutil.copytree(data_dir(), target, ignore=shutil.ignore_patterns("parts", "README.md"))
    return target


def read_raw(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def write_raw(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False)


@pytest.fixture(autouse=True, scope="session")
def _private_settings(tmp_path_factory):
    """Sessions save to QSettings: keep tests away from the user's real settings."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))


@pytest.fixture
def state(qtbot):
    from app.state import AppState

    return AppState()


@pytest.fixture
def loaded_window(qtbot, state):
    """The main window, shown, with the bundled data loaded."""
    from app.window.main_window import MainWindow

    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    assert win.load_data(None)
    return win


KIOSK_PIN = "2468"


@pytest.fixture(scope="session")
def pin_hash():
    from app.kiosk.settings import hash_pin

    return hash_pin(KIOSK_PIN, iterations=1000)  # cheap in tests; the real default is 200,000


@pytest.fixture
def make_kiosk(qtbot, state, pin_hash):
    """Build a loaded KioskWindow with test settings; records staff exits in ``window.exits``.
    ``build_pages``: every page's view now, so that short idle timeouts count from here."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from app.kiosk.settings import KioskSettings
    from app.kiosk.window import KioskWindow

    def make(build_pages=True, **overrides):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # earlier tests' windows, now
        base = dict(idle_timeout=600, countdown=600, exit_hold=0.4, pin=pin_hash)
        base.update(overrides)
        window = KioskWindow(state, KioskSettings(**base), crash_log=False)
        window.exits = []
        window.quit_app = window.exits.append
        qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
        window.show()
        assert window.load_data(None)
        if build_pages:
            for key in window.PAGES:
                window.view(key)
            window.idle.start()
        QApplication.processEvents()  # the start view comes up from the event loop
        return window

    return make
