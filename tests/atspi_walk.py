"""Walks the real app's AT-SPI tree, page by page, as a screen reader (Orca) meets it.

Run by the *system* Python (which has pyatspi; the project's venv does not) inside a D-Bus
session (``dbus-run-session``) under an X server; tests/test_atspi.py does that and checks
what this writes. It starts the accessibility bus (at-spi-bus-launcher) and its registry,
then the app (the command after ``--``) with Qt's AT-SPI bridge on, waits for the data to
be in (the page tabs enabled), then for each page tab: presses it through AT-SPI (its
"Press" action, as Orca does), and records, for the shown page only (subtrees that are not
showing are skipped, as a screen reader skips them):

- every object: role, name, description, text (Text interface), focusable, labelled-by;
- every table, tree table or tree: its extents, and for each of its cells that shows, the
  cell's extents and which object ``getAccessibleAtPoint`` finds at the centre of the part
  of the cell inside the table (what a magnifier or a touch explorer relies on);
- every object with a Value interface: current, minimum and maximum value and value text.

Writes one JSON file (``--out``). Exit status 0 when the walk ran (whatever it found), 2
when it could not (no application on the bus, pages never enabled): the message is in the
JSON's ``error``.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi

MAX_OBJECTS = 4000  # per page: a runaway tree is reported, not walked for minutes
MAX_CELLS = 400  # per table: the cells that show on a 1600x1000 screen are far fewer
TEXT_CHARS = 2000
TABLE_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE}
#: After a page's walk, a control of it pressed through AT-SPI and the page walked again
#: (recorded as "<page> after <control>"): what shows only after a user's action.
STEPS = {"Forces": ("check box", "Show as table"), "Days": ("push button", "Next day")}


def start(cmd: list[str], env: dict | None = None, log: str | None = None) -> subprocess.Popen:
    """A child in its own process group (so it and its children go together); its output to
    a file, never to a pipe the caller waits on."""
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 (the child holds it)
    return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop(procs: list[subprocess.Popen]) -> None:
    for proc in reversed(procs):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def wait_for(what: str, probe, timeout: float, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        found = probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(interval)


def children(obj) -> list:
    found = []
    for i in range(obj.childCount):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:  # noqa: BLE001 (an object gone while walking: skip it)
            child = None
        if child is not None:
            found.append(child)
    return found


def has(obj, state) -> bool:
    return obj.getState().contains(state)


def label(obj) -> str:
    return f"{obj.getRoleName()} {obj.name!r}"


def application(pid: int):
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def find(obj, predicate, depth: int = 0):
    """Depth-first search, not into tables (thousands of cells) nor deeper than 12."""
    if predicate(obj):
        return obj
    if depth > 12 or obj.getRole() in TABLE_ROLES:
        return None
    for child in children(obj):
        hit = find(child, predicate, depth + 1)
        if hit is not None:
            return hit
    return None


def page_tabs(app):
    """(the 'Pages' tab widget, its page tabs) once every page tab is enabled (data in)."""
    frame = wait_for("the main window", lambda: next(
        (c for c in children(app) if c.getRole() == pyatspi.ROLE_FRAME), None), 30)

    def ready():
        pages = find(frame, lambda o: o.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and o.parent is not None
                     and o.parent.name == "Pages")
        if pages is None:
            return None
        tabs = [t for t in children(pages) if t.getRole() == pyatspi.ROLE_PAGE_TAB]
        return (pages.parent, tabs) if tabs and all(has(t, pyatspi.STATE_ENABLED) for t in tabs) else None

    return frame, *wait_for("the page tabs to be enabled (the data loaded)", ready, 60)


def shown_page(widget):
    """The page the tab widget shows: the showing child of its stack (layered pane)."""
    stack = next(c for c in children(widget) if c.getRole() != pyatspi.ROLE_PAGE_TAB_LIST)
    page = next((c for c in children(stack) if has(c, pyatspi.STATE_SHOWING)), None)
    return None if page is None or page.getRole() == pyatspi.ROLE_LABEL else page  # not "Loading data…"


def text_of(obj) -> str:
    try:
        text = obj.queryText()
    except NotImplementedError:
        return ""
    return text.getText(0, min(text.characterCount, TEXT_CHARS))


def value_of(obj) -> dict | None:
    try:
        value = obj.queryValue()
    except NotImplementedError:
        return None
    return {"name": obj.name, "role": obj.getRoleName(), "current": value.currentValue,
            "minimum": value.minimumValue, "maximum": value.maximumValue,
            "text": Atspi.Value.get_text(obj) or ""}  # Orca reads this when given


def labelled(obj) -> bool:
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY and r.getNTargets()
               for r in obj.getRelationSet())


def extents(obj) -> list[int]:
    box = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return [box.x, box.y, box.width, box.height]


def check_table(table) -> dict:
    """Each showing cell: inside the table, and the object at the centre of its visible part
    is that cell. Rows are read from the first showing one until the first that shows none."""
    box = extents(table)
    iface = table.queryTable()
    cells, seen_rows = [], False
    for row in range(iface.nRows):
        shown = [c for c in range(iface.nColumns) if cell_shows(iface.getAccessibleAt(row, c))]
        if not shown:
            if seen_rows:
                break
            continue
        seen_rows = True
        for column in shown:
            cells.append(check_cell(table, box, iface.getAccessibleAt(row, column), row, column))
        if len(cells) >= MAX_CELLS:
            break
    return {"name": table.name, "role": table.getRoleName(), "extents": box, "rows": iface.nRows,
            "columns": iface.nColumns, "cells": cells}


def cell_shows(cell) -> bool:
    return cell is not None and has(cell, pyatspi.STATE_SHOWING)


def check_cell(table, box: list[int], cell, row: int, column: int) -> dict:
    own = extents(cell)
    left, top = max(own[0], box[0]), max(own[1], box[1])
    right, bottom = min(own[0] + own[2], box[0] + box[2]), min(own[1] + own[3], box[1] + box[3])
    found = {"row": row, "column": column, "name": cell.name, "extents": own,
             "visible": right > left and bottom > top, "inside": (left, top, right, bottom) == (
                 own[0], own[1], own[0] + own[2], own[1] + own[3]), "hit": None, "hit_is_cell": False}
    if found["visible"]:
        x, y = (left + right) // 2, (top + bottom) // 2
        hit = table.queryComponent().getAccessibleAtPoint(x, y, pyatspi.DESKTOP_COORDS)
        found["point"] = [x, y]
        if hit is not None:
            found["hit"] = f"{label(hit)} #{hit.getIndexInParent()}"
            found["hit_is_cell"] = (hit.getIndexInParent() == cell.getIndexInParent() and hit.name == cell.name
                                    and hit.getRole() == cell.getRole())
    return found


def walk(root, skip=lambda obj: False) -> dict:
    """Every showing object under ``root`` (not into subtrees that do not show), the tables
    checked, the values read."""
    objects, tables, values = [], [], []
    todo = [(root, [], False)]
    while todo and len(objects) < MAX_OBJECTS:
        obj, path, parent_focusable = todo.pop()
        if obj is not root and (not has(obj, pyatspi.STATE_SHOWING) or skip(obj)):
            continue
        path = path + [label(obj)]
        focusable = has(obj, pyatspi.STATE_FOCUSABLE)
        objects.append({"path": path[-4:], "role": obj.getRoleName(), "name": obj.name,
                        "description": obj.description, "text": text_of(obj), "focusable": focusable,
                        "labelled_by": labelled(obj), "parent_focusable": parent_focusable,
                        "children": obj.childCount})
        value = value_of(obj)
        if value is not None:
            values.append(value)
        if obj.getRole() in TABLE_ROLES:
            tables.append(check_table(obj))
            continue  # its cells are the table check's; an empty cell is a blank, not a nameless control
        todo.extend((child, path, focusable) for child in reversed(children(obj)))
    return {"objects": objects, "tables": tables, "values": values, "complete": not todo}


def a11y_bus_address() -> str:
    """Asks the session bus for the accessibility bus (activating it if need be)."""
    from gi.repository import Gio, GLib

    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                          GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 5000, None)
    return reply.unpack()[0]


def walk_pages(pid: int, settle: float, result: dict) -> None:
    app = wait_for("the application on the accessibility bus", lambda: application(pid), 30)
    result["application"] = app.name
    frame, widget, tabs = page_tabs(app)
    result["timings"]["ready"] = round(time.monotonic() - result["started"], 2)
    result["window"] = walk(frame, skip=lambda obj: obj == widget)
    result["window"]["title"] = frame.name
    for tab in tabs:
        tab.queryAction().doAction(0)  # "Press", as Orca's or a switch user's activation does
        wait_for(f"the {tab.name} page", lambda tab=tab: has(tab, pyatspi.STATE_SELECTED), 10)
        time.sleep(settle)  # a page is built on its first show
        page = wait_for(f"the {tab.name} page to show", lambda: shown_page(widget), 10)
        result["pages"][tab.name] = walk(page)
        if tab.name in STEPS:
            name, after = press(page, *STEPS[tab.name], settle)
            result["pages"][f"{tab.name} after {name}"] = after
        result["timings"][tab.name] = round(time.monotonic() - result["started"], 2)


def press(page, role: str, name: str, settle: float) -> tuple[str, dict]:
    """Presses the page's showing control ``role`` ``name`` through AT-SPI; the page walked again."""
    control = find(page, lambda o: o.getRoleName() == role and o.name == name and has(o, pyatspi.STATE_SHOWING))
    if control is None:
        raise RuntimeError(f"no {role} {name!r} on the page")
    control.queryAction().doAction(0)
    time.sleep(settle)
    return name, walk(page)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="the JSON file to write")
    parser.add_argument("--bus-launcher", required=True, help="at-spi-bus-launcher")
    parser.add_argument("--registryd", required=True, help="at-spi2-registryd")
    parser.add_argument("--settle", type=float, default=0.6, help="seconds to wait after opening a page")
    parser.add_argument("command", nargs="+", help="the app's command line (after --)")
    args = parser.parse_args(argv)
    result = {"pages": {}, "timings": {}, "error": None, "started": time.monotonic(),
              "app_log": args.out + ".app.log"}
    procs = []
    try:
        procs.append(start([args.bus_launcher, "--launch-immediately"]))
        result["a11y_bus"] = wait_for("the accessibility bus", a11y_bus_address, 10)
        procs.append(start([args.registryd]))
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        app = start(args.command, env=env, log=result["app_log"])
        procs.append(app)
        walk_pages(app.pid, args.settle, result)
        result["app_running"] = app.poll() is None
    except Exception as exc:  # noqa: BLE001 (reported to the test, which shows it)
        result["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        stop(procs)
        result["timings"]["total"] = round(time.monotonic() - result.pop("started"), 2)
        with open(args.out, "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=1)
    return 2 if result["error"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
