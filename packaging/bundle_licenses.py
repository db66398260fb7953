"""Licence texts of everything the bundle carries, collected by the PyInstaller spec.

The spec calls ``collect(a.pure, a.binaries, a.datas, workdir)`` after the analysis; the
returned (source, destination folder) pairs land in ``_internal/licenses/`` of the bundle
(on every platform), and the .deb also installs them in /usr/share/doc/khasan-explorer/.

* Python packages: for each installed distribution whose modules or files are bundled,
  its licence files from its ``*.dist-info`` (``licenses/`` folder, LICENSE*, LICENCE*,
  COPYING*, NOTICE*), as the authors ship them.
* Texts the wheels do not ship (packaging/licenses/): LGPL-3.0 + GPL-3.0 (and GPL-2.0,
  the other choice offered) for Qt, PySide6 and shiboken6, whose wheels carry none; ICU's
  notice; the SIL OFL 1.1 for the bundled qtawesome icon fonts, with each font's own
  copyright line read from the font.
* The Python runtime's LICENSE (PSF), PyInstaller's COPYING (bootloader exception).
* Linux: for system libraries that were bundled (libffi), Debian's copyright file of the
  package that holds them.

``licenses/README.txt`` lists every component with its version, licence and files.
"""
from __future__ import annotations

import importlib.metadata as md
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "licenses"
DEST = "licenses"
QT_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt", "GPL-2.0.txt")
# Distributions whose wheels ship no licence file: texts from packaging/licenses/.
EXTRA_TEXTS = {"pyside6-essentials": QT_TEXTS, "shiboken6": QT_TEXTS}
NOTES = {
    "pyside6-essentials": "Qt 6 libraries and plugins (_internal/PySide6/Qt) and the PySide6 bindings, "
                          "used under the LGPL-3.0: shared libraries loaded at run time, replaceable by "
                          "compatible builds. Sources: https://download.qt.io/official_releases/",
}
LICENCE_NAME = re.compile(r"^(licen[cs]e|copying|notice)", re.I)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _top_names(pure, binaries, datas) -> set[str]:
    names = {entry[0].split(".")[0] for entry in pure}
    for entry in list(binaries) + list(datas):
        first = entry[0].replace("\\", "/").split("/")[0]
        names.add(first)
        names.add(first.split(".")[0])  # numpy.libs -> numpy
    return names


def bundled_distributions(pure, binaries, datas) -> dict[str, md.Distribution]:
    by_module = md.packages_distributions()
    found = {}
    for top in _top_names(pure, binaries, datas):
        for dist_name in by_module.get(top, []):
            dist = md.distribution(dist_name)
            key = _norm(dist.metadata["Name"])
            if key != "khasan-explorer":  # the app itself: /usr/share/doc/.../copyright
                found[key] = dist
    return dict(sorted(found.items()))


def licence_field(dist: md.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or ""
    if not text:
        lic = (meta.get("License") or "").strip()
        if lic and "\n" not in lic and len(lic) < 100:
            text = lic
    if not text:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        text = ", ".join(classifiers) or "see the files"
    return text


def dist_licence_files(dist: md.Distribution) -> list[tuple[Path, str]]:
    """(absolute path, path below the component's folder) of the licence files in dist-info."""
    out = []
    for f in dist.files or []:
        parts = Path(str(f)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        rel = parts[1:]
        if rel and (rel[0] == "licenses" and len(rel) > 1):
            rel = rel[1:]
        elif not (len(rel) == 1 and LICENCE_NAME.match(rel[0])):
            continue
        out.append((Path(dist.locate_file(f)).resolve(), "/".join(rel)))
    return out


def python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for p in (base / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt",
              base / "LICENSE.txt", base / "share" / "doc" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "copyright"):
        if p.is_file():
            return p
    return None


def pyinstaller_licence() -> Path | None:
    try:
        dist = md.distribution("pyinstaller")
    except md.PackageNotFoundError:
        return None
    files = dist_licence_files(dist)
    return files[0][0] if files else None


def font_notice(path: Path) -> str:
    """The font's own copyright and licence lines (OpenType name table IDs 0, 13, 14)."""
    try:
        from fontTools.ttLib import TTFont
    except ImportError:
        return f"{path.name}\n"
    names = TTFont(str(path), lazy=True)["name"]
    lines = [path.name]
    for name_id, label in ((1, "Font"), (0, "Copyright"), (13, "Licence"), (14, "Licence URL")):
        rec = names.getDebugName(name_id)
        if rec:
            lines.append(f"{label}: {rec.strip()}")
    return "\n".join(lines) + "\n"


def debian_copyright(lib_source: str) -> tuple[str, Path] | None:
    """(package, /usr/share/doc/<package>/copyright) of the Debian package holding a file."""
    out = ""
    for candidate in dict.fromkeys([lib_source, str(Path(lib_source).resolve())]):  # merged /usr
        try:
            out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        if out:
            break
    if not out:
        return None
    package = out.split(":", 1)[0].strip()
    path = Path("/usr/share/doc") / package / "copyright"
    return (package, path) if path.is_file() else None


def collect(pure, binaries, datas, workdir: Path) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) pairs; also writes README.txt."""
    workdir = Path(workdir) / "licenses"
    workdir.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[str, str]] = []
    index = ["Licences of the components bundled with Khasan 1938 Explorer",
             "=" * 61, "",
             "The application itself (app/, its icons): MIT License; its data package (data/):",
             "CC-BY-4.0, as data/datapackage.json declares. See the copyright file that comes with",
             "it (Linux: /usr/share/doc/khasan-explorer/copyright).",
             "Each folder here holds the licence texts of one bundled component.", ""]

    def add(src: Path, folder: str, rel: str) -> str:
        dest_dir = "/".join(x for x in (DEST, folder, str(Path(rel).parent).replace("\\", "/")) if x and x != ".")
        name = Path(rel).name
        if name != src.name:  # keep the given name: copy into the work dir under it
            staged = workdir / folder / rel
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(src.read_bytes())
            src = staged
        pairs.append((str(src), dest_dir))
        return f"{folder}/{rel}"

    def write(folder: str, rel: str, text: str) -> str:
        staged = workdir / folder / rel
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text(text, encoding="utf-8")
        return add(staged, folder, rel)

    dists = bundled_distributions(pure, binaries, datas)
    for key, dist in dists.items():
        folder = f"{dist.metadata['Name']}-{dist.version}"
        files = [add(src, folder, rel) for src, rel in dist_licence_files(dist)]
        files += [add(TEXTS / t, folder, t) for t in EXTRA_TEXTS.get(key, ())]
        if not files:
            raise SystemExit(f"bundle_licenses: {dist.metadata['Name']} ships no licence file; "
                             "add its text to packaging/licenses/ and to EXTRA_TEXTS")
        index.append(f"{dist.metadata['Name']} {dist.version}: {licence_field(dist)}")
        if key in NOTES:
            index.append(f"  {NOTES[key]}")
        index += [f"  {f}" for f in files]

    bundled_names = {Path(e[0].replace("\\", "/")).name for e in list(binaries) + list(datas)}
    if any(n.startswith(("libicuuc", "icuuc", "libicudata")) for n in bundled_names):
        index.append("ICU (in the Qt libraries): Unicode-3.0 / ICU licence")
        index.append("  " + add(TEXTS / "ICU-LICENSE.txt", "ICU", "LICENSE.txt"))

    py = python_licence()
    if py is None:
        raise SystemExit("bundle_licenses: the Python runtime's LICENSE.txt was not found")
    index.append(f"Python {sys.version.split()[0]} (runtime and standard library): PSF-2.0")
    index.append("  " + add(py, f"Python-{sys.version.split()[0]}", "LICENSE.txt"))

    pyi = pyinstaller_licence()
    if pyi is not None:
        version = md.version("pyinstaller")
        index.append(f"PyInstaller {version} (the bootloader that starts the app): "
                     "GPL-2.0-or-later with the bootloader exception")
        index.append("  " + add(pyi, f"PyInstaller-{version}", "COPYING.txt"))

    fonts = sorted({e[1] for e in datas if re.search(r"qtawesome[/\\]fonts[/\\][^/\\]+\.ttf$", e[0])})
    if fonts:
        notices = "\n".join(font_notice(Path(f)) for f in fonts)
        if not all(re.search(r"open font license|OFL", font_notice(Path(f)), re.I) or "fontawesome" in Path(f).name
                   for f in fonts):
            raise SystemExit("bundle_licenses: a bundled qtawesome font is not under the SIL OFL; "
                             "add its licence to packaging/bundle_licenses.py")
        index.append("qtawesome icon fonts (Font Awesome Free): SIL OFL 1.1")
        index.append("  " + write("qtawesome-fonts", "FONTS.txt",
                                  "Icon fonts bundled with qtawesome, under the SIL Open Font License 1.1\n"
                                  "(text in OFL-1.1.txt next to this file):\n\n" + notices))
        index.append("  " + add(TEXTS / "OFL-1.1.txt", "qtawesome-fonts", "OFL-1.1.txt"))

    if sys.platform.startswith("linux"):
        for entry in binaries:
            src = entry[1] or ""
            if src.startswith(("/lib/", "/usr/lib/", "/lib64/")):
                found = debian_copyright(src)
                if found:
                    package, path = found
                    index.append(f"{Path(src).name} (from Debian's {package}): see its copyright file")
                    index.append("  " + add(path, f"debian-{package}", "copyright"))

    names = {"DejaVu-LICENSE.txt": "DejaVu Sans (Cyrillic name font subset)",
             "NotoSansCJK-LICENSE.txt": "Noto Sans CJK (CJK name font subset)"}
    for name, what in names.items():
        if name in bundled_names:
            index.append(f"{what}: resources/fonts/{name}")
    index.append("")
    pairs.append((str(_write_index(workdir, index)), DEST))
    return pairs


def _write_index(workdir: Path, lines: list[str]) -> Path:
    path = workdir / "README.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
