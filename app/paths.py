"""Where bundled files live, in a checkout and in a PyInstaller bundle.

Pure Python (no Qt) so the data model can use it too.
"""
from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """Folder that holds `data/` and `resources/`.

    In a PyInstaller bundle everything sits under ``sys._MEIPASS``; in a checkout or an
    editable install it is the repository root, one level above the ``app`` package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The bundled data package."""
    return app_root() / "data"


def resources_dir() -> Path:
    """Icons, styles, translations and fonts."""
    return app_root() / "resources"
