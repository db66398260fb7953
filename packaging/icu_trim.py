"""Shrink Qt's ICU data library (libicudata.so.NN) in a Linux bundle from ~31 MB to ~3 MB.

QtCore links ICU (collation, case mapping, time-zone names, code pages), and the PySide6
wheel ships ICU's full data: every converter and every locale, 31 MB. ICU keeps that data
as one blob, the exported symbol ``icudtNN_dat`` in libicudata.so.NN, in its own package
format, which ICU's ``icupkg`` tool edits. This script:

1. copies the blob out of the bundled libicudata.so.NN (symbol address -> file offset);
2. removes with ``icupkg -r`` what Qt does not need here: the large multi-byte (CJK)
   code-page converters (*.cnv over 16 KB; the single-byte ones such as windows-1252,
   ISO-8859-x and KOI8-R stay, 0.5 MB in all; UTF-8/16/32 are built into ICU's code), transliteration,
   CJK/Thai word dictionaries, character names, stringprep profiles, the spoof checker,
   and every locale except the ones in KEEP_LOCALES (English and Finnish, the app's
   languages, plus Swedish, Finland's other official language, and Russian, the sources'
   language);
3. links the smaller blob into a new libicudata.so.NN with the same soname and symbol
   (``gcc -shared`` on a two-line assembly file with ``.incbin``), and puts it in place.

Needs ``icupkg`` (Debian: icu-devtools), ``readelf`` and ``gcc``. Without them the bundle
keeps the full data and the script says so.
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = ("en", "fi", "sv", "ru")
MAX_CONVERTER_BYTES = 16 * 1024
_LOCALE_ITEM = re.compile(r"^(?:root|[a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")
_DROP_ALWAYS = re.compile(r"(\.spp$|\.dict$|^unames\.icu$|^confusables\.cfu$|^translit/)")


def tools_missing() -> list[str]:
    return [t for t in ("icupkg", "readelf", "gcc") if shutil.which(t) is None]


def find_icudata(bundle: Path) -> Path | None:
    hits = [p for p in bundle.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    return hits[0] if hits else None


def blob_location(lib: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the icudtNN_dat blob."""
    syms = subprocess.run(["readelf", "-sW", "--dyn-syms", str(lib)], capture_output=True, text=True,
                          check=True).stdout
    m = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)\s*$",
                  syms, re.M)
    if not m:
        raise RuntimeError(f"no icudtNN_dat symbol in {lib}")
    addr, size, name = int(m.group(1), 16), int(m.group(2), 0), m.group(3)
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        parts = re.sub(r"^\s*\[\s*\d+\]\s*", "", line).split()
        if len(parts) >= 5 and parts[1] == "PROGBITS":
            sh_addr, sh_off, sh_size = int(parts[2], 16), int(parts[3], 16), int(parts[4], 16)
            if sh_addr <= addr < sh_addr + sh_size:
                return name, sh_off + (addr - sh_addr), size
    raise RuntimeError(f"{name} is in no PROGBITS section of {lib}")


def item_sizes(dat: bytes) -> dict[str, int]:
    """Item name (without the package prefix) -> size, from an ICU common-data ToC."""
    header_size = struct.unpack_from("<H", dat, 0)[0]
    if dat[2:4] != b"\xda\x27":
        raise RuntimeError("not an ICU data package")
    count = struct.unpack_from("<I", dat, header_size)[0]
    entries = [struct.unpack_from("<II", dat, header_size + 4 + 8 * i) for i in range(count)]
    names = []
    for name_off, _ in entries:
        start = header_size + name_off
        names.append(dat[start:dat.index(b"\0", start)].decode("ascii").split("/", 1)[1])
    offsets = [header_size + data_off for _, data_off in entries] + [len(dat)]
    return {names[i]: offsets[i + 1] - offsets[i] for i in range(count)}


def items_to_remove(sizes: dict[str, int]) -> list[str]:
    remove = []
    for item, size in sizes.items():
        base = item.rsplit("/", 1)[-1]
        if _DROP_ALWAYS.search(item) or (item.endswith(".cnv") and size > MAX_CONVERTER_BYTES):
            remove.append(item)
        elif _LOCALE_ITEM.match(base) and base not in ("root.res", "res_index.res", "pool.res"):
            lang = base[:-4].split("_", 1)[0]
            if lang not in KEEP_LOCALES:
                remove.append(item)
    return remove


def trim(lib: Path, log=print) -> tuple[int, int]:
    """Trim ``lib`` in place; returns (bytes before, bytes after)."""
    before = lib.stat().st_size
    name, offset, size = blob_location(lib)
    soname = lib.name
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        full = tmp / f"{name[:-4]}l.dat"  # e.g. icudt73l.dat (l = little-endian ASCII)
        with lib.open("rb") as f:
            f.seek(offset)
            full.write_bytes(f.read(size))
        sizes = item_sizes(full.read_bytes())
        remove = items_to_remove(sizes)
        # icupkg names the items' tree prefix after the output file: keep the same name.
        (tmp / "out").mkdir()
        small = tmp / "out" / full.name
        for _ in range(5):
            (tmp / "remove.txt").write_text("\n".join(remove) + "\n")
            cmd = ["icupkg", "--ignore-deps", "-r", str(tmp / "remove.txt"), str(full), str(small)]
            check = subprocess.run(cmd[:1] + cmd[2:], capture_output=True, text=True)
            broken = re.findall(r"Item (\S+) depends on missing item (\S+)", check.stderr)
            # brkitr/root.res names the word dictionaries; without them ICU's break
            # iterators fall back to rules (ICU's data-filtering guide allows this).
            # A small converter that extends a removed large one goes too.
            extra = sorted({item for item, dep in broken if item.endswith(".cnv")} - set(remove))
            fatal = [(i, d) for i, d in broken if not d.endswith(".dict") and not i.endswith(".cnv")]
            if fatal:
                raise RuntimeError(f"icupkg: removing these would break {fatal[:5]}")
            if not extra:
                break
            remove += extra
        if check.returncode != 0 and not broken:
            raise RuntimeError(f"icupkg failed:\n{check.stderr}")
        subprocess.run(cmd, check=True, capture_output=True, text=True)
        items = list(sizes)
        asm = tmp / "icudata.S"
        asm.write_text(
            f'\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n'
            f'{name}:\n\t.incbin "{small}"\n\t.size {name}, . - {name}\n'
            '\t.section .note.GNU-stack,"",@progbits\n')
        out = tmp / soname
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(asm)],
                       check=True)
        subprocess.run(["strip", "--strip-unneeded", str(out)], check=False)
        shutil.copyfile(out, lib)
    after = lib.stat().st_size
    log(f"ICU data: kept {len(items) - len(remove)} of {len(items)} items "
        f"(locales {', '.join(KEEP_LOCALES)} + root), {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
    return before, after


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else Path("dist/khasan-explorer")
    missing = tools_missing()
    if missing:
        print(f"icu_trim: {', '.join(missing)} not found; keeping the full ICU data", file=sys.stderr)
        return 0
    lib = find_icudata(bundle)
    if lib is None:
        print(f"icu_trim: no libicudata in {bundle}", file=sys.stderr)
        return 0
    trim(lib)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
