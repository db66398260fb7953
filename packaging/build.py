"""Build the installers for the current platform: ``make package`` runs this.

Linux (the platform built and tested here):
  1. PyInstaller, packaging/khasan-explorer.spec  -> dist/khasan-explorer/ (one folder)
  2. trim ICU's data in the bundle                -> packaging/icu_trim.py
  3. strip libpython and the stdlib extensions; remove every RUNPATH/RPATH that points
     outside the bundle (the build machine's Python prefix) with patchelf; shared
     libraries 0644; check that every shared library a bundled binary needs is in the
     bundle or declared as a Depends (packaging/linux/system-libs.txt)
  4. smoke test of the bundle (packaging/smoke.py): every app module is in it, and every
     page renders offscreen from it (--screenshot PNG --view X); fails the build otherwise
  5. stage and build the .deb with dpkg-deb       -> dist/khasan-explorer_<version>_<arch>.deb
     (man page generated from the command line, changelog.gz, copyright, licence texts,
     DEBIAN/md5sums)
  6. validate the .desktop and AppStream files where the validators are installed
  7. print a report (sizes, what was cut)         -> also in build/package-report.txt

Windows and macOS: steps 1 and 4 (the spec makes the .exe pair or the .app; the smoke
test runs on it); the installers come from packaging/windows/khasan-explorer.iss and
packaging/macos/make-dmg.sh.

Options: --skip-pyinstaller (reuse dist/khasan-explorer), --no-deb, --no-smoke.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import icu_trim  # noqa: E402
import smoke  # noqa: E402

NAME = "khasan-explorer"
APP_ID = "org.khasan1938.Explorer"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / NAME
WORK = BUILD / "pyinstaller"
LINUX = HERE / "linux"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Khasan 1938 Explorer maintainers <maintainers@khasan1938.invalid>"
# GLIBCXX symbol version -> the GCC release whose libstdc++6 first had it.
GLIBCXX_GCC = {28: 11, 29: 11, 30: 12, 31: 13, 32: 13, 33: 14, 34: 15}


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text()
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MB"


def tree_size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


# ----------------------------------------------------------------------------- bundle
def build_bundle() -> None:
    pyinstaller = [sys.executable, "-m", "PyInstaller"]
    run(pyinstaller + ["--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(DIST),
                       "--workpath", str(WORK), str(HERE / "khasan-explorer.spec")], cwd=ROOT)


# Unstripped binaries that are safe to strip: built by CPython's own build (pyenv or the
# distribution), never rewritten by patchelf. Wheel-vendored libraries (numpy.libs/*,
# which auditwheel patched) break when stripped ("ELF load command ... not page-aligned").
STRIP_GLOBS = ("_internal/libpython3*.so*", "_internal/python3*/lib-dynload/*.so",
               "_internal/PySide6/Qt/lib/libicuuc.so.*", "_internal/PySide6/Qt/lib/libicui18n.so.*")


def strip_binaries(bundle: Path) -> int:
    """strip --strip-unneeded the files in STRIP_GLOBS; returns bytes saved."""
    saved = 0
    for pattern in STRIP_GLOBS:
        for path in bundle.glob(pattern):
            if path.is_symlink() or not path.is_file():
                continue
            before = path.stat().st_size
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
            saved += before - path.stat().st_size
    return saved


# Libraries that auditwheel rewrote (numpy.libs/, pandas.libs/, ...): never patched or
# stripped; their RUNPATHs (if any) are $ORIGIN-relative and are only checked.
def wheel_vendored(path: Path) -> bool:
    return any(part.endswith(".libs") for part in path.parts)


def search_paths(path: Path) -> list[tuple[str, list[str]]]:
    """[(RUNPATH|RPATH, [entries])] of an ELF file (readelf -d)."""
    text = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return [(tag, value.split(":")) for tag, value in
            re.findall(r"\((RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[([^\]]*)\]", text)]


def inside(entry: str, elf: Path, bundle: Path) -> bool:
    """Does a RUNPATH entry ($ORIGIN expanded) name a folder inside the bundle?"""
    expanded = entry.replace("${ORIGIN}", str(elf.parent)).replace("$ORIGIN", str(elf.parent))
    if not expanded:
        return False
    resolved = Path(os.path.normpath(expanded))
    return resolved == bundle or bundle in resolved.parents


def outside_search_paths(bundle: Path) -> list[str]:
    """Every RUNPATH/RPATH entry of a bundled ELF file that points outside the bundle."""
    bundle = bundle.resolve()
    found = []
    for elf in elf_files(bundle):
        for tag, entries in search_paths(elf):
            found += [f"{elf.relative_to(bundle)}: {tag} {e}" for e in entries if not inside(e, elf, bundle)]
    return found


def fix_search_paths(bundle: Path) -> int:
    """Remove the RUNPATH/RPATH entries that point outside the bundle (patchelf).

    The pyenv-built libpython and stdlib extension modules carry RUNPATH=<build machine's
    Python prefix>/lib: the installed app would look for libraries there at every start
    (and lintian reports custom-library-search-path). Entries inside the bundle
    ($ORIGIN/...) stay. Returns the number of files changed.
    """
    bundle = bundle.resolve()
    changed = 0
    for elf in elf_files(bundle):
        if wheel_vendored(elf.relative_to(bundle)):
            continue
        for _tag, entries in search_paths(elf):
            keep = [e for e in entries if inside(e, elf, bundle)]
            if len(keep) == len(entries):
                continue
            if keep:
                subprocess.run(["patchelf", "--set-rpath", ":".join(keep), str(elf)], check=True)
            else:
                subprocess.run(["patchelf", "--remove-rpath", str(elf)], check=True)
            changed += 1
            break
    return changed


def is_shared_library(path: Path) -> bool:
    """An ELF shared object that is not an executable (no program interpreter)."""
    with path.open("rb") as f:
        head = f.read(18)
    if head[:4] != b"\x7fELF" or int.from_bytes(head[16:18], "little" if head[5] == 1 else "big") != 3:
        return False
    text = subprocess.run(["readelf", "-lW", str(path)], capture_output=True, text=True).stdout
    return "program interpreter" not in text


def library_modes(bundle: Path) -> int:
    """Shared libraries and extension modules 0644 (dlopen needs no execute bit; Debian policy)."""
    n = 0
    for elf in elf_files(bundle):
        if elf.stat().st_mode & 0o111 and is_shared_library(elf):
            elf.chmod(0o644)
            n += 1
    return n


def system_libs() -> dict[str, str]:
    """soname -> Debian package field (may hold alternatives)."""
    table = {}
    for line in (LINUX / "system-libs.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            soname, package = line.split(None, 1)
            table[soname] = package.strip()
    return table


def elf_files(bundle: Path) -> list[Path]:
    out = []
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def needed(path: Path) -> list[str]:
    text = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", text)


def symbol_versions(path: Path, prefix: str) -> set[tuple[int, ...]]:
    text = subprocess.run(["readelf", "-W", "--version-info", str(path)], capture_output=True, text=True).stdout
    return {tuple(int(x) for x in v.split(".")) for v in re.findall(rf"Name: {prefix}_([\d.]+)", text)}


def check_linux_libraries(bundle: Path) -> tuple[list[str], dict[str, str]]:
    """Problems (libraries neither bundled nor declared) and the version floors found."""
    table = system_libs()
    bundled = {p.name for p in bundle.rglob("*.so*")}
    problems, glibc, glibcxx = [], set(), set()
    for elf in elf_files(bundle):
        for lib in needed(elf):
            if lib not in bundled and lib not in table:
                problems.append(f"{elf.relative_to(bundle)} needs {lib}: not bundled, not in system-libs.txt")
        glibc |= symbol_versions(elf, "GLIBC")
        glibcxx |= symbol_versions(elf, "GLIBCXX")
    for lib in sorted(bundled & set(table)):
        problems.append(f"{lib} is bundled but listed in system-libs.txt (the system's copy should be used)")
    floors = {}
    if glibc:
        floors["libc6"] = ".".join(map(str, max(glibc)))
    if glibcxx:
        top = max(glibcxx)
        if len(top) == 3 and top[:2] == (3, 4) and top[2] in GLIBCXX_GCC:
            floors["libstdc++6"] = str(GLIBCXX_GCC[top[2]])
    return problems, floors


def smoke_check(bundle: Path) -> None:
    """packaging/smoke.py: every app module bundled, every page rendered from the bundle."""
    failures = smoke.smoke(bundle)
    if failures:
        raise SystemExit("bundle smoke test failed:\n  " + "\n  ".join(f.replace("\n", "\n    ") for f in failures))


# ----------------------------------------------------------------------------- .deb
def depends_field(floors: dict[str, str]) -> str:
    packages = []
    for field in system_libs().values():
        if field not in packages:
            packages.append(field)
    out = []
    for field in packages:
        alts = [a.strip() for a in field.split("|")]
        alts = [f"{a} (>= {floors[a]})" if a in floors else a for a in alts]
        out.append(" | ".join(alts))
    return ", ".join(out)


def stage_deb(floors: dict[str, str]) -> Path:
    root = BUILD / "deb" / "root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / NAME
    shutil.copytree(BUNDLE, opt, symlinks=True)
    install = [
        (LINUX / "khasan-explorer.sh", root / "usr/bin" / NAME, 0o755),
        (LINUX / f"{APP_ID}.desktop", root / "usr/share/applications" / f"{APP_ID}.desktop", 0o644),
        (LINUX / f"{APP_ID}.metainfo.xml", root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml", 0o644),
        (ROOT / "resources/icons/khasan-explorer.svg",
         root / "usr/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg", 0o644),
        (LINUX / "kiosk/khasan-explorer-kiosk.service",
         root / "usr/lib/systemd/user/khasan-explorer-kiosk.service", 0o644),
        (LINUX / "kiosk/khasan-explorer-kiosk.desktop",
         root / "usr/share" / NAME / "kiosk/khasan-explorer-kiosk.desktop", 0o644),
        (LINUX / "copyright", root / "usr/share/doc" / NAME / "copyright", 0o644),
    ]
    for size in ICON_SIZES:
        install.append((ROOT / f"resources/icons/khasan-explorer-{size}.png",
                        root / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png", 0o644))
    for src, dst, mode in install:
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        dst.chmod(mode)
    doc = root / "usr/share/doc" / NAME
    # Debian's changelog (gzip -9n: no name, no time stamp, so the .deb is reproducible)
    # and the manual page, generated from the command line's own --help.
    (doc / "changelog.gz").write_bytes(gzip_9n(debian_changelog().encode()))
    man = root / "usr/share/man/man1" / f"{NAME}.1.gz"
    man.parent.mkdir(parents=True)
    man.write_bytes(gzip_9n(man_page().encode()))
    # Licence texts of everything bundled (the spec put them in the bundle).
    licences = opt / "_internal" / "licenses"
    if not (licences / "README.txt").is_file():
        raise SystemExit(f"no licence texts in the bundle ({licences}): the spec collects them")
    shutil.copytree(licences, doc / "licenses")
    # Debian wants 0755 directories and no group/other write bits anywhere.
    for p in [root, *root.rglob("*")]:
        if p.is_symlink():
            continue
        if p.is_dir():
            p.chmod(0o755)
        else:
            p.chmod(0o755 if p.stat().st_mode & 0o111 else 0o644)
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    installed_kib = (tree_size(root) + 1023) // 1024
    control = (
        f"Package: {NAME}\n"
        f"Version: {version()}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends_field(floors)}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Description: explore the Lake Khasan battle (1938) and the incidents before it\n"
        " Khasan 1938 Explorer is a desktop application for exploring the battle at\n"
        " Lake Khasan (July-August 1938), the Soviet-Japanese border incidents of\n"
        " 1934-1938 that led to it, and the battles at Khalkhin Gol (1939). Every\n"
        " event and every number comes from a bundled, sourced data package; where\n"
        " sources disagree, each version is shown side by side.\n"
        " .\n"
        " The application works offline and makes no network connections. This\n"
        " package carries a self-contained build (Python, Qt, pandas) in\n"
        " /opt/khasan-explorer and takes the X11, OpenGL and font libraries from\n"
        " the system.\n"
    )
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control)
    (root / "DEBIAN" / "control").chmod(0o644)
    (root / "DEBIAN" / "md5sums").write_text(md5sums(root))
    (root / "DEBIAN" / "md5sums").chmod(0o644)
    return root


def md5sums(root: Path) -> str:
    """DEBIAN/md5sums: every installed file (not symlinks), as dh_md5sums writes it."""
    lines = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if rel.parts[0] == "DEBIAN" or p.is_symlink() or not p.is_file():
            continue
        lines.append(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {rel.as_posix()}\n")
    return "".join(lines)


def gzip_9n(data: bytes) -> bytes:
    """gzip -9n: best compression, no file name or time stamp in the header."""
    return subprocess.run(["gzip", "-9n"], input=data, capture_output=True, check=True).stdout


def debian_changelog() -> str:
    """packaging/linux/changelog; its newest entry must be this version."""
    text = (LINUX / "changelog").read_text(encoding="utf-8")
    m = re.match(rf"^{re.escape(NAME)} \(([^)]+)\) ", text)
    if not m or m.group(1) != version():
        raise SystemExit(f"packaging/linux/changelog: the newest entry is {m.group(1) if m else '?'}, "
                         f"the app is {version()}: add an entry")
    return text


def _roff(text: str) -> str:
    text = text.replace("\\", "\\e")
    text = re.sub(r"(?<![\w])-", r"\\-", text)  # options: minus signs, not hyphens
    return "\n".join(("\\&" + line) if line[:1] in (".", "'") else line for line in text.split("\n"))


def man_page() -> str:
    """khasan-explorer(1), generated from the command line (app.cli.build_parser)."""
    sys.path.insert(0, str(ROOT))
    try:
        from app.cli import build_parser
    finally:
        sys.path.remove(str(ROOT))
    import argparse as _argparse

    parser = build_parser()
    parser.prog = NAME
    changelog = debian_changelog()
    from email.utils import parsedate_to_datetime

    signed = re.search(r"^ -- .*?>  (.+)$", changelog, re.M)
    day = parsedate_to_datetime(signed.group(1)).strftime("%Y-%m-%d") if signed else ""
    lines = [
        f'.TH {NAME.upper()} 1 "{day}" "{NAME} {version()}" "User Commands"',
        ".SH NAME",
        f"{NAME} \\- explore the Lake Khasan battle (1938) and the incidents before it",
        ".SH SYNOPSIS",
        f".B {NAME}",
        "[\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        _roff(parser.description or ""),
        ".PP",
        "Every event and every number comes from a bundled, sourced data package; where sources",
        "disagree, each version is kept and shown side by side. The window's pages (Overview,",
        "Incidents, Forces, Days, Sources, Index) share one dataset and one selection. The",
        "application works offline and opens no network connection.",
        ".SH OPTIONS",
    ]
    for action in parser._actions:
        if action.help == _argparse.SUPPRESS or not action.option_strings:
            continue
        names = ", ".join(f"\\fB{o.replace('-', chr(92) + '-')}\\fR" for o in action.option_strings)
        if action.nargs != 0:
            if action.choices:
                names += " " + "|".join(f"\\fI{c}\\fR" for c in action.choices)
            else:
                names += f" \\fI{_roff(action.metavar or action.dest.upper())}\\fR"
        helptext = (action.help or "") % {"prog": NAME, "default": action.default}
        lines += [".TP", names, _roff(helptext)]
    lines += [
        ".SH EXIT STATUS",
        "0 on success; with \\fB\\-\\-check\\-data\\fR, 1 if the data has errors (listed with file,",
        "row and column).",
        ".SH ENVIRONMENT",
        ".TP",
        ".B QT_QPA_PLATFORM",
        "Qt platform plugin. The bundle carries \\fIxcb\\fR (X11, also through XWayland) and",
        "\\fIoffscreen\\fR; the launcher replaces any other value by \\fIxcb\\fR.",
        ".SH FILES",
        ".TP",
        f".I /opt/{NAME}/",
        "The application bundle (Python, Qt, the data package in \\fI_internal/data\\fR).",
        ".TP",
        f".I /usr/share/doc/{NAME}/",
        "Copyright, changelog and the licence texts of every bundled component.",
        ".SH EXAMPLES",
        ".TP",
        f".B {NAME} \\-\\-lang fi \\-\\-view days \\-\\-day 1938\\-08\\-06",
        "Open the daily operations viewer on 6 August 1938, in Finnish.",
        ".TP",
        f".B {NAME} \\-\\-check\\-data \\-\\-data ~/my\\-package",
        "Validate a data package folder in the application's schema.",
        "",
    ]
    return "\n".join(lines)


# .deb compression: xz -1 packs this 146 MB tree in ~23 s of CPU into a 46 MB .deb; dpkg's
# default xz -6 takes ~90 s (the largest step of the build) for 41 MB. (zstd would take 4 s,
# but lintian and Debian's archive tools accept only gz/xz members: malformed-deb-archive.)
# `make package PACKAGE_ARGS=--best-compression` for the smaller download.
COMPRESSION = {"fast": ["-Zxz", "-z1"], "best": ["-Zxz", "-z6"]}


def build_deb(root: Path, compression: str = "fast") -> Path:
    control = (root / "DEBIAN" / "control").read_text()
    arch = re.search(r"^Architecture: (\S+)", control, re.M).group(1)
    deb = DIST / f"{NAME}_{version()}_{arch}.deb"
    for old in DIST.glob(f"{NAME}_*.deb"):
        old.unlink()
    run(["dpkg-deb", "--root-owner-group", *COMPRESSION[compression], "--build", str(root), str(deb)])
    return deb


def validate(root: Path) -> list[str]:
    notes = []
    desktop = root / "usr/share/applications" / f"{APP_ID}.desktop"
    metainfo = root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        if r.returncode != 0 or r.stdout.strip():
            raise SystemExit(f"desktop-file-validate: {r.stdout}{r.stderr}")
        notes.append("desktop-file-validate: OK")
    else:
        notes.append("desktop-file-validate: not installed (apt-get install desktop-file-utils)")
    if shutil.which("appstreamcli"):
        r = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"appstreamcli validate: {r.stdout}{r.stderr}")
        notes.append("appstreamcli validate: " + (r.stdout.strip().splitlines() or ["OK"])[-1])
    else:
        notes.append("appstreamcli: not installed (apt-get install appstream)")
    return notes


# ----------------------------------------------------------------------------- report
def cut_summary() -> list[str]:
    """Sizes of what the spec's filters removed, grouped (from build/.../dropped.tsv)."""
    tsv = WORK / NAME / "dropped.tsv"
    if not tsv.exists():
        return []
    groups: dict[str, list[int]] = {}
    for line in tsv.read_text().splitlines():
        dest, size, _src = line.split("\t")
        dest = dest.replace("\\", "/")
        m = re.search(r"plugins/([^/]+)/", dest)
        if m:
            key = f"Qt plugins: {m.group(1)}"
        elif "/translations/" in dest:
            key = "Qt translations (all but qt_fi, qtbase_fi)"
        elif Path(dest).name in system_libs():
            key = "system libraries (taken from Debian, see system-libs.txt)"
        else:
            key = "libraries only the dropped items needed"
        groups.setdefault(key, []).append(int(size))
    return [f"  {mib(sum(v)):>9}  {k} ({len(v)} files)" for k, v in sorted(groups.items(), key=lambda kv: -sum(kv[1]))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-pyinstaller", action="store_true")
    parser.add_argument("--no-deb", action="store_true")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test (not for releases)")
    parser.add_argument("--best-compression", action="store_true",
                        help="xz -6 for the .deb (41 instead of 46 MB, ~70 s slower)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    report = [f"Khasan 1938 Explorer {version()} — {sys.platform}"]
    linux = sys.platform.startswith("linux")

    if linux:
        missing = [t for t in ("readelf", "strip", "patchelf", "dpkg-deb", "gzip") if shutil.which(t) is None]
        if missing:
            raise SystemExit(f"missing build tools: {', '.join(missing)} (make package-deps)")
    if not args.skip_pyinstaller:
        build_bundle()
        report.append(f"PyInstaller: {time.monotonic() - started:.0f} s")
    if not BUNDLE.is_dir():
        raise SystemExit(f"no bundle at {BUNDLE}")

    if linux:
        missing = icu_trim.tools_missing()
        lib = icu_trim.find_icudata(BUNDLE)
        if missing:
            report.append(f"ICU data NOT trimmed: {', '.join(missing)} missing (make package-deps)")
        elif lib is not None:
            name, _, blob = icu_trim.blob_location(lib)
            if blob > 8 * 2**20:  # not trimmed yet (--skip-pyinstaller reruns)
                before, after = icu_trim.trim(lib, log=lambda *_: None)
                report.append(f"ICU data ({lib.name}): {mib(before)} -> {mib(after)}, "
                              f"locales {', '.join(icu_trim.KEEP_LOCALES)} + root")
        saved = strip_binaries(BUNDLE)
        if saved:
            report.append(f"stripped libpython, stdlib extension modules, libicuuc/i18n: -{mib(saved)}")
        patched = fix_search_paths(BUNDLE)
        outside = outside_search_paths(BUNDLE)
        if outside:
            raise SystemExit("RUNPATH/RPATH outside the bundle:\n  " + "\n  ".join(outside))
        report.append(f"RUNPATH/RPATH pointing outside the bundle removed from {patched} files; none left")
        report.append(f"shared libraries made 0644: {library_modes(BUNDLE)}")
        problems, floors = check_linux_libraries(BUNDLE)
        if problems:
            raise SystemExit("library check failed:\n  " + "\n  ".join(problems))
        report.append("library check: every needed library is bundled or declared in Depends "
                      f"(floors: {', '.join(f'{k} >= {v}' for k, v in floors.items())})")
    if not args.no_smoke:
        t0 = time.monotonic()
        smoke_check(BUNDLE)
        report.append(f"smoke test: every app module bundled, every page rendered ({time.monotonic() - t0:.0f} s)")

    bundle_bytes = tree_size(BUNDLE)
    report.append(f"bundle: {BUNDLE.relative_to(ROOT)}  {mib(bundle_bytes)}")
    cut = cut_summary()
    if cut:
        report.append("cut by the spec's filters (besides the excluded Qt/Python modules):")
        report += cut

    if linux and not args.no_deb:
        root = stage_deb(floors)
        report += validate(root)
        t0 = time.monotonic()
        level = "best" if args.best_compression else "fast"
        deb = build_deb(root, level)
        report.append(f"dpkg-deb ({' '.join(COMPRESSION[level])}): {time.monotonic() - t0:.0f} s")
        report.append(f"deb: {deb.relative_to(ROOT)}  {mib(deb.stat().st_size)} "
                      f"(installed {mib(tree_size(root) - tree_size(root / 'DEBIAN'))})")
        control = (root / "DEBIAN" / "control").read_text()
        report.append(re.search(r"^Depends: .*$", control, re.M).group(0))
    report.append(f"built in {time.monotonic() - started:.0f} s")
    text = "\n".join(report) + "\n"
    BUILD.mkdir(exist_ok=True)
    (BUILD / "package-report.txt").write_text(text)
    print("\n" + text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
