"""Regenerate resources/fonts/: the glyphs the data's non-Latin names need, so Cyrillic,
Japanese, Chinese and Korean names render on machines without such fonts.

    apt-get install fonts-noto-cjk fonts-dejavu-core   # the sources (Debian names)
    .venv/bin/pip install fonttools
    .venv/bin/python packaging/make_font_subset.py

Every character outside Latin-1/Latin Extended in data/*.csv goes into one of two
subsets, renamed (the licences ask modified fonts not to use the original names):

* ``KhasanNames-CJK.otf`` from Noto Sans CJK JP (SIL Open Font License 1.1): kana, Han
  (Japanese and simplified/traditional Chinese forms), Hangul;
* ``KhasanNames-Cyrillic.ttf`` from DejaVu Sans (Bitstream Vera licence + public domain):
  Cyrillic and the few punctuation marks around them.

The app registers both at start-up (app/window/fonts.py) and uses them as fallback families.
"""
from __future__ import annotations

import glob
import shutil
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
CJK_SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_INDEX = 0  # Noto Sans CJK JP in the collection
CYRILLIC_SOURCE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LICENCES = {"NotoSansCJK-LICENSE.txt": "/usr/share/doc/fonts-noto-cjk/copyright",
            "DejaVu-LICENSE.txt": "/usr/share/doc/fonts-dejavu-core/copyright"}


def data_characters() -> set[str]:
    chars: set[str] = set()
    for path in glob.glob(str(ROOT / "data" / "*.csv")):
        chars.update(c for c in Path(path).read_text(encoding="utf-8") if ord(c) > 0x24F)
    return chars


def is_cjk(c: str) -> bool:
    name = unicodedata.name(c, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")) or 0x3000 <= ord(c) <= 0x30FF


def make(source: str, out: Path, chars: set[str], family: str, font_number: int = 0) -> None:
    options = subset.Options()
    options.font_number = font_number
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in sorted(chars)])
    subsetter.subset(font)
    rename(font, family)
    subset.save_font(font, str(out), options)


def rename(font: TTFont, family: str) -> None:
    """A family name of our own (modified fonts must not use the reserved originals)."""
    postscript = family.replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (4,):
            record.string = f"{family} Regular"
        elif record.nameID == 6:
            record.string = f"{postscript}-Regular"
        elif record.nameID == 3:
            record.string = f"{postscript}-Regular;subset"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [f"{postscript}-Regular"]
        top = cff.topDictIndex[0]
        top.FamilyName = family
        top.FullName = f"{family} Regular"


def main() -> int:
    chars = data_characters()
    cjk = {c for c in chars if is_cjk(c)} | {"・", "ー", "〇"}
    cyrillic = {c for c in chars if unicodedata.name(c, "").startswith("CYRILLIC")} | set("№ё")
    OUT.mkdir(parents=True, exist_ok=True)
    make(CJK_SOURCE, OUT / "KhasanNames-CJK.otf", cjk, "Khasan Names CJK", CJK_INDEX)
    make(CYRILLIC_SOURCE, OUT / "KhasanNames-Cyrillic.ttf", cyrillic, "Khasan Names Cyrillic")
    for name, source in LICENCES.items():
        shutil.copyfile(source, OUT / name)
    (OUT / "CHARACTERS.txt").write_text(
        "Characters in the subsets (regenerate with packaging/make_font_subset.py):\n"
        f"CJK ({len(cjk)}): {''.join(sorted(cjk))}\nCyrillic ({len(cyrillic)}): {''.join(sorted(cyrillic))}\n",
        encoding="utf-8")
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
