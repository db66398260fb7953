"""Which files a data package is made of, checked before any of them is opened.

A package folder's ``datapackage.json`` may name each table's file. Nothing it says is
trusted: the descriptor must be a small JSON object of the right shape, and every path must
be relative, stay inside the package folder once symlinks are resolved, and name a regular
file under the size cap. FIFOs, devices, folders and anything outside the folder are refused
from ``os.stat`` alone, never opened. Tables a folder simply lacks come from the bundled
package, and the plan says so in its ``notes``; an optional table it lacks (the tour) is
left out of the plan and loads empty, with a note, since the bundled one belongs to the
bundled events.
"""
from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from app.model.errors import DataError, DataIssue, data_error, shown
from app.model.schema import OPTIONAL_TABLES, TABLES

#: Refuse data files larger than this before reading them into memory.
MAX_FILE_BYTES = 2 * 1024**3
#: A descriptor is a few tens of KiB; anything near this is not one.
MAX_DESCRIPTOR_BYTES = 16 * 1024**2
#: Deepest JSON nesting accepted in a descriptor (the bundled one is 6 deep).
MAX_JSON_DEPTH = 32
DESCRIPTOR = "datapackage.json"

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_UTF8 = {"utf-8", "utf8", "utf-8-sig"}


@dataclass(frozen=True)
class Source:
    """Where one table comes from: ``path`` is checked and resolved, ``label`` is what
    messages call it."""

    table: str
    path: Path
    label: str
    size: int


@dataclass(frozen=True)
class Plan:
    """Each table's file; an optional table the package lacks has none (it loads empty)."""

    sources: dict[str, Source]
    notes: tuple[str, ...] = ()
    substituted: tuple[str, ...] = ()


# ------------------------------------------------------------------------- single files


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _size_text(size: int) -> str:
    return f"{size / 1024**3:.1f} GiB" if size >= 1024**3 else f"{size / 1024**2:.1f} MiB"


def check_regular(path: Path, label: str, cap: int = MAX_FILE_BYTES, named: Path | None = None,
                  not_found: str = "file not found") -> int:
    """The size of ``path`` if it is a regular file no larger than ``cap``; otherwise a
    :class:`DataError`. Uses ``os.stat`` only: nothing is opened. ``named`` is the path as
    the package names it, before symlinks were resolved."""
    return stat_regular(path, label, cap, named, not_found).st_size


def stat_regular(path: Path, label: str, cap: int = MAX_FILE_BYTES, named: Path | None = None,
                 not_found: str = "file not found") -> os.stat_result:
    """:func:`check_regular`, returning the whole ``os.stat`` result."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path) or (named is not None and os.path.islink(named)):
            raise data_error(label, None, None, "the file is a symbolic link to a file that does not exist") from None
        raise data_error(label, None, None, not_found) from None
    except (OSError, ValueError) as err:
        raise data_error(label, None, None, f"the file cannot be read: {_reason(err)}") from None
    if not stat.S_ISREG(st.st_mode):
        raise data_error(label, None, None, f"{_kind(st.st_mode)}, not a data file; only regular files are read")
    if st.st_size > cap:
        raise data_error(label, None, None, f"the file is {_size_text(st.st_size)}; files over "
                                            f"{_size_text(cap)} are not loaded")
    return st


def _reason(err: Exception) -> str:
    return shown(getattr(err, "strerror", None) or err, 120)


def read_bytes(path: Path, label: str, cap: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file no larger than ``cap``, checked before and after opening
    (non-blocking, so a file swapped for a FIFO in between cannot hang the load)."""
    check_regular(path, label, cap)
    flags = os.O_RDONLY
    for extra in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, extra, 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as err:
        raise data_error(label, None, None, f"the file cannot be opened: {_reason(err)}") from None
    with os.fdopen(fd, "rb") as fh:  # buffered: read(n) loops until n bytes (one read() stops at 2 GiB)
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > cap:
            raise data_error(label, None, None, "the file changed while it was being opened; try again")
        try:
            data = fh.read(st.st_size + 1) if st.st_size else _read_unsized(fh, label, cap)
        except OSError as err:
            raise data_error(label, None, None, f"the file cannot be read: {_reason(err)}") from None
    if st.st_size and len(data) > st.st_size:
        raise data_error(label, None, None, "the file changed while it was being read; try again")
    return data


def _read_unsized(fh, label: str, cap: int) -> bytes:
    """A file that reports no size (as in /proc) read in chunks, never past ``cap``."""
    chunks, total = [], 0
    while chunk := fh.read(1 << 20):
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise data_error(label, None, None, f"the file is over {_size_text(cap)}; it is not loaded")
    return b"".join(chunks)


# --------------------------------------------------------------------------- descriptor


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def _too_deep(value: object) -> bool:
    """Whether JSON ``value`` nests deeper than :data:`MAX_JSON_DEPTH` (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def parse_descriptor(raw: bytes, label: str) -> object:
    """The JSON value in ``raw``; a :class:`DataError` if it is not JSON or nests too deep."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise data_error(label, line, None, f"the descriptor is not UTF-8 text (offset {err.start})") from None
    try:
        value = json.loads(text)
    except RecursionError:
        value = None
        too_deep = True
    except ValueError as err:  # JSONDecodeError, or an integer with too many digits
        line = getattr(err, "lineno", None)
        raise data_error(label, line, None, f"not a readable JSON descriptor: {shown(err, 160)}") from None
    else:
        too_deep = _too_deep(value)
    if too_deep:
        raise data_error(label, None, None, f"the descriptor nests deeper than {MAX_JSON_DEPTH} levels")
    return value


#: The JSON types the Frictionless spec gives the fields a descriptor may have.
_TEXT, _LIST, _SCHEMA = (str,), (list,), (dict, str)
_PACKAGE_TYPES = {**dict.fromkeys(("name", "title", "description", "version", "profile", "homepage", "id",
                                   "created", "image"), _TEXT),
                  **dict.fromkeys(("licenses", "sources", "contributors", "keywords"), _LIST)}
_RESOURCE_TYPES = {**dict.fromkeys(("name", "path", "title", "description", "format", "mediatype",
                                    "encoding", "profile", "hash"), _TEXT),
                   "schema": _SCHEMA, "dialect": _SCHEMA, "licenses": _LIST, "sources": _LIST}


def _check_types(obj: dict, types: dict, where: str, label: str, issues: list) -> None:
    for key, allowed in types.items():
        if key in obj and not isinstance(obj[key], allowed):
            wanted = " or ".join(_json_type(t()) for t in allowed)
            issues.append(DataIssue(label, None, f"{where}{key}", f"must be {wanted}, not {_json_type(obj[key])}"))


def resource_entries(desc: object, label: str) -> dict[str, tuple[int, str]]:
    """Table name → (resource index, path) as the descriptor gives them, after checking
    the descriptor's shape."""
    if not isinstance(desc, dict):
        raise data_error(label, None, None, f"the descriptor must be a JSON object {{…}}, not {_json_type(desc)}")
    issues: list[DataIssue] = []
    _check_types(desc, _PACKAGE_TYPES, "", label, issues)
    resources = desc.get("resources", [])
    if not isinstance(resources, list):
        issues.append(DataIssue(label, None, "resources", f"must be a list, not {_json_type(resources)}"))
        resources = []
    entries: dict[str, tuple[int, str]] = {}
    for i, res in enumerate(resources):
        where = f"resources[{i}]"
        if not isinstance(res, dict):
            issues.append(DataIssue(label, None, where, f"must be an object, not {_json_type(res)}"))
            continue
        before = len(issues)
        _check_types(res, _RESOURCE_TYPES, f"{where}.", label, issues)
        if len(issues) > before or res.get("name") not in TABLES:
            continue  # resources of other names are allowed and ignored
        _check_resource(res, i, label, entries, issues)
    if issues:
        raise DataError(issues)
    return entries


def _check_resource(res: dict, index: int, label: str, entries: dict, issues: list) -> None:
    name, where = res["name"], f"resources[{index}]"
    if name in entries:
        issues.append(DataIssue(label, None, f"{where}.name", f"the table '{name}' is described twice"))
    elif "path" not in res:
        issues.append(DataIssue(label, None, where, f"the table '{name}' has no path (inline data is not read)"))
    elif str(res.get("encoding", "utf-8")).lower() not in _UTF8:
        issues.append(DataIssue(label, None, f"{where}.encoding",
                                f"'{shown(res['encoding'])}' is not supported; tables must be UTF-8"))
    else:
        entries[name] = (index, res["path"])


# --------------------------------------------------------------------------------- paths


def _path_problem(rel: str) -> str | None:
    if not rel:
        return "the path is empty"
    if "\x00" in rel:
        return "the path contains a NUL character"
    if _URL.match(rel):
        return "remote data is not loaded; the path must name a file in the package folder"
    if PurePosixPath(rel).is_absolute() or PureWindowsPath(rel).is_absolute() or PureWindowsPath(rel).drive:
        return "the path must be relative to the package folder, not absolute"
    if ".." in re.split(r"[\\/]", rel):
        return "the path must not contain '..'"
    return None


def resolve_inside(folder_real: Path, rel: str, label: str, column: str | None = None) -> Path:
    """``folder_real / rel`` with symlinks resolved, refused unless it stays inside."""
    problem = _path_problem(rel)
    if problem is None:
        try:
            real = (folder_real / rel).resolve()
        except RuntimeError:
            problem = "the path goes round in a loop of symbolic links"
        except (OSError, ValueError) as err:  # e.g. too long, or not encodable as a file name
            problem = f"the path cannot be used ({_reason(err)})"
        else:
            if real != folder_real and folder_real in real.parents:
                return real
            if real == folder_real:
                return real  # the package folder itself: refused as a folder, not a file
            link = os.path.islink(folder_real / rel)
            problem = f"the path leads outside the package folder{' (a symbolic link)' if link else ''}"
    raise data_error(label, None, column, f"{problem}: '{shown(rel, 80)}'")


# ---------------------------------------------------------------------------------- plans


def _descriptor_entries(folder_real: Path, label: str) -> dict[str, tuple[int, str]]:
    """Table → (resource index, path) from the folder's descriptor; empty without one."""
    if not os.path.lexists(folder_real / DESCRIPTOR):
        return {}
    real = resolve_inside(folder_real, DESCRIPTOR, label)
    st = stat_regular(real, label, MAX_DESCRIPTOR_BYTES, named=folder_real / DESCRIPTOR)
    key = (str(real), st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)
    if key not in _DESCRIPTORS:  # the bundled one is read at every load
        if len(_DESCRIPTORS) >= 8:
            _DESCRIPTORS.clear()
        raw = read_bytes(real, label, MAX_DESCRIPTOR_BYTES)
        _DESCRIPTORS[key] = resource_entries(parse_descriptor(raw, label), label)
    return dict(_DESCRIPTORS[key])


#: Checked descriptors by (path, device, inode, mtime, size).
_DESCRIPTORS: dict[tuple, dict[str, tuple[int, str]]] = {}


def _bundled_sources(bundled: Path) -> dict[str, Source]:
    """The bundled package's files; an optional table without its file is left out."""
    folder = bundled.resolve()
    entries = _descriptor_entries(folder, str(bundled / DESCRIPTOR))
    out = {}
    for table in TABLES:
        rel = entries[table][1] if table in entries else f"{table}.csv"
        label = PurePosixPath(rel).name
        real = resolve_inside(folder, rel, label)
        if table in OPTIONAL_TABLES and not os.path.lexists(real):
            continue
        out[table] = Source(table, real, label, check_regular(real, label))
    return out


def _own_source(folder: Path, folder_real: Path, table: str, entry, descriptor: str) -> Source | None:
    """The folder's own file for ``table``; None if the folder simply lacks it. An optional
    table the descriptor names (a copy of the bundled descriptor names the tour) may be
    lacking too; any other table the descriptor names must be there."""
    not_found = "file not found"
    if entry is None:
        rel = f"{table}.csv"
        if not os.path.lexists(folder_real / rel):
            return None
    else:
        index, rel = entry
        problem = _path_problem(rel)
        if problem is not None:
            raise data_error(descriptor, None, f"resources[{index}].path", f"{problem}: '{shown(rel, 80)}'")
        if table in OPTIONAL_TABLES and not os.path.lexists(folder_real / rel):
            return None
        not_found = (f"file not found, but {DESCRIPTOR} names it; to use the bundled {table} "
                     f"table, remove the resource '{table}' from {DESCRIPTOR}")
    label = str(folder / rel)
    real = resolve_inside(folder_real, rel, label)
    return Source(table, real, label, check_regular(real, label, named=folder_real / rel, not_found=not_found))


def _folder_sources(folder: Path) -> tuple[dict[str, Source], list[str]]:
    """The folder's own tables, and the tables it lacks (every problem reported at once)."""
    try:
        folder_real = folder.resolve()
    except (OSError, RuntimeError) as err:
        raise data_error(str(folder), None, None, f"the folder cannot be opened: {_reason(err)}") from None
    descriptor = str(folder / DESCRIPTOR)
    entries = _descriptor_entries(folder_real, descriptor)
    own, missing, issues = {}, [], []
    for table in TABLES:
        try:
            source = _own_source(folder, folder_real, table, entries.get(table), descriptor)
        except DataError as err:
            issues.extend(err.issues)
            continue
        if source is None:
            missing.append(table)
        else:
            own[table] = source
    if issues:
        raise DataError(issues)
    return own, missing


def plan_package(path: str | Path | None, bundled: Path) -> Plan:
    """Every table's checked file: ``path`` is a package folder, a single events CSV or
    None (the bundled package). Tables a folder lacks come from ``bundled``, with a note."""
    base = _bundled_sources(bundled)
    if path is None:
        return _without_absent(Plan(base), [t for t in OPTIONAL_TABLES if t not in base])
    own_path = Path(path)
    label = str(own_path)
    try:
        is_dir = stat.S_ISDIR(os.stat(own_path).st_mode)
    except FileNotFoundError:
        problem = "a symbolic link to nothing" if os.path.lexists(own_path) else "no such file or folder"
        raise data_error(label, None, None, problem) from None
    except (OSError, ValueError) as err:
        raise data_error(label, None, None, f"cannot be opened: {_reason(err)}") from None
    if is_dir:
        own, missing = _folder_sources(own_path)
        if not own:
            raise data_error(label, None, None,
                             f"the folder has none of the tables {', '.join(f'{t}.csv' for t in TABLES)}")
        substituted = tuple(t for t in missing if t not in OPTIONAL_TABLES)
        notes = tuple(f"{t}: not in this package; the bundled table is used" for t in substituted)
        return _without_absent(Plan({**base, **own}, notes, substituted), missing)
    size = check_regular(own_path, label)
    others = tuple(t for t in TABLES if t != "events" and t not in OPTIONAL_TABLES)
    note = f"{shown(own_path.name, 80)} holds only events; the bundled tables are used for {', '.join(others)}"
    plan = Plan({**base, "events": Source("events", own_path, label, size)}, (note,), others)
    return _without_absent(plan, OPTIONAL_TABLES)


def _without_absent(plan: Plan, lacking) -> Plan:
    """``plan`` without the optional tables the package lacks, each with a note: the bundled
    tour's chapters point at the bundled events, not at this package's."""
    absent = tuple(t for t in OPTIONAL_TABLES if t in lacking)
    sources = {t: s for t, s in plan.sources.items() if t not in absent}
    notes = tuple(f"{t}: not in this package; {OPTIONAL_TABLES[t]}" for t in absent)
    return Plan(sources, plan.notes + notes, plan.substituted)
