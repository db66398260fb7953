"""PyInstaller hook override for qtawesome (replaces the stock one for this build).

qtawesome ships 11 icon fonts (6 MB with their charmaps); the app draws its icons from
one of them (Font Awesome 5 solid, ``fa5s.*``). This hook bundles only the fonts whose
prefix appears in an icon name in app/**/*.py (any string literal such as "fa5s.table"),
so an icon from another set brings its font in by itself. The runtime hook
rthooks/pyi_rth_qtawesome_fonts.py makes qtawesome load only the fonts that are bundled
(it otherwise opens all eleven at start and fails on a missing one).
"""
import ast
import importlib.util
import re
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files

ROOT = Path(__file__).resolve().parents[2]


def bundled_fonts() -> list[tuple[str, str, str]]:
    """qtawesome's (prefix, ttf, charmap) table, read without importing qtawesome (and Qt)."""
    init = Path(importlib.util.find_spec("qtawesome").origin)
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_BUNDLED_FONTS" for t in node.targets):
            return [tuple(f) for f in ast.literal_eval(node.value)]
    raise RuntimeError(f"no _BUNDLED_FONTS in {init}")


def used_prefixes(fonts) -> set[str]:
    prefixes = sorted({f[0] for f in fonts}, key=len, reverse=True)
    pattern = re.compile(r"""["'](%s)\.[a-z0-9][a-z0-9-]*["']""" % "|".join(map(re.escape, prefixes)))
    used = set()
    for path in (ROOT / "app").rglob("*.py"):
        used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return used


FONTS = bundled_fonts()
USED = used_prefixes(FONTS)
UNUSED_FILES = {name for prefix, ttf, charmap in FONTS if prefix not in USED for name in (ttf, charmap)}

datas = [(src, dest) for src, dest in collect_data_files("qtawesome") if Path(src).name not in UNUSED_FILES]
