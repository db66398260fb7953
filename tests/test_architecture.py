"""The data model stays free of Qt, so it is testable and usable without a display."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "app" / "model"
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


MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _app_sources():
    return sorted((ROOT / "app").rglob("*.py"))


def test_modules_and_functions_stay_short():
    """The house rule of issue 14: a module past 400 lines or a function past 60 is split."""
    long = []
    for path in _app_sources():
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT)
        if text.count("\n") > MAX_MODULE_LINES:
            long.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{name}:{node.lineno} {node.name}() {lines} lines")
    assert not long, "\n".join(long)


def test_no_import_cycles():
    """No two app modules import each other, directly or through others (lazy imports too)."""
    import grimp

    graph = grimp.build_graph("app")
    cycles = sorted({tuple(sorted((m, imported)))
                     for m in graph.modules
                     for imported in graph.find_modules_directly_imported_by(m)
                     if graph.chain_exists(importer=imported, imported=m)})
    assert not cycles, cycles
