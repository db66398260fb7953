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
