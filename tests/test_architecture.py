"""The data model stays free of Qt, so it is testable and usable without a display."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

MODEL = Path(__file__).resolve().parent.parent / "app" / "model"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "qtawesome", "superqt", "shiboken6")


def test_model_sources_import_no_qt():
    for path in MODEL.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.split(".")[0] in FORBIDDEN, f"{path.name} imports {name}"


def test_loading_data_pulls_in_no_qt_module():
    code = ("import sys; from app.model import load_dataset; load_dataset(); "
            f"bad=[m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]; print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=MODEL.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr
