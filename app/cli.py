"""Command line: ``python -m app [--data DIR] [--check-data] [--find TEXT] [--screenshot PNG] [--lang fi]``.

Heavy modules (pandas, pyqtgraph) are imported only after the window has painted once.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from app.languages import LANGUAGES

_T0 = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    from app import __version__

    # The command's name in --help/--version: the installed `khasan-explorer` (frozen bundle,
    # or the pip-installed scripts khasan-explorer / khasan-explorer-cli), else `python -m app`.
    launched = os.path.splitext(os.path.basename((sys.argv[0] if sys.argv else "").replace("\\", "/")))[0]
    prog = "khasan-explorer" if getattr(sys, "frozen", False) or launched.startswith("khasan-explorer") \
        else "python -m app"
    p = argparse.ArgumentParser(prog=prog, description=(
        "Explore the Lake Khasan battle (1938), the Soviet-Japanese border incidents of "
        "1934-1938 and Khalkhin Gol (1939)."))
    p.add_argument("--data", metavar="PATH",
                   help="a data package folder in the app's schema, or an events CSV file (default: bundled data)")
    p.add_argument("--check-data", action="store_true",
                   help="validate the data, print a summary and exit (status 0 = valid, 1 = errors)")
    p.add_argument("--find", metavar="TEXT",
                   help="print the events matching TEXT (any spelling or script of a name), one per line: "
                        "id, date, title (tab-separated; --lang fi for Finnish titles), and exit")
    p.add_argument("--screenshot", metavar="PNG",
                   help="load, render the main window offscreen to PNG and exit")
    p.add_argument("--view", choices=["overview", "tour", "incidents", "table", "forces", "days", "sources", "index"],
                   help="page to open (table = incidents; default: the last page, or the overview; "
                        "the tour with --chapter)")
    p.add_argument("--chapter", type=int, metavar="N",
                   help="open the guided tour at chapter N (with --view forces/days/incidents: that page, "
                        "showing the chapter)")
    p.add_argument("--day", type=_day, metavar="YYYY-MM-DD", help="open on this day (daily operations viewer)")
    p.add_argument("--event", metavar="ID", help="open with this event selected")
    p.add_argument("--lang", choices=list(LANGUAGES), help="language (default: from the system locale)")
    p.add_argument("--kiosk", action="store_true",
                   help="museum kiosk: fullscreen, no way out for visitors, reset when idle "
                        "(settings file, PIN and autostart: the kiosk README, packaging/kiosk/README.md)")
    p.add_argument("--supervise", action="store_true",
                   help="run the app under the supervisor, which restarts it within seconds after a crash or a "
                        "hang (kiosks: --supervise --kiosk); the other options are passed to the app")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For benchmarks/startup.py: report paint/ready times on stdout and quit when ready.
    p.add_argument("--timing", action="store_true", help=argparse.SUPPRESS)
    return p


def _day(text: str):
    from app.window.deeplink import parse_day

    try:
        return parse_day(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def apply_start_state(window, args, restore_session: bool) -> None:
    """After the data is in: the saved session, then the deep link (which wins)."""
    from app.window.deeplink import page_for

    page = None
    if restore_session:
        from app.window import session

        page = session.restore_layout(window)
        session.restore_filter(window)
    state = window.state
    if args.chapter is not None:
        _open_chapter(state, args.chapter)
    if args.day is not None:
        state.set_day(args.day)
    if args.event:
        if state.dataset is not None and state.dataset.row("events", args.event) is not None:
            state.select_event(args.event)
        else:
            print(f"--event: no event with id {args.event!r} in {state.dataset.label}", file=sys.stderr)
    if args.chapter is not None:  # a chapter's link opens the tour, not the last session's page
        page = "tour"
    window.show_page(page_for(args.view) or page or ("days" if args.day else "overview"))


def _open_chapter(state, number: int) -> None:
    """--chapter N: the state shows chapter N (the tour page and the other pages follow); a number
    outside the tour is said on stderr and the first chapter opens."""
    from app.model.story import chapters
    from app.window.deeplink import chapter_problem

    tour = chapters(state.dataset)
    problem = chapter_problem(number, len(tour))
    if problem:
        print(problem, file=sys.stderr)
    if tour:
        state.show_chapter(tour[number - 1] if not problem else tour[0])


def check_data(path: str | None) -> int:
    """Validate, print a summary (and the loader's notes) and return 0; on ANY failure print
    the messages (file, row, column) without a traceback and return 1."""
    where = path or "bundled data"
    try:
        from app.model import load_dataset
        from app.model.dates import format_day

        started = time.perf_counter()  # the load itself; the imports are the interpreter's start-up
        ds = load_dataset(path)
        elapsed = (time.perf_counter() - started) * 1000
        s = ds.summary()
        lines = [f"OK: {ds.label} ({ds.path}) loaded and validated in {elapsed:.0f} ms"]
        for name, n in s.counts.items():
            lines.append(f"  {name:<8} {n:>7,} rows")
        if s.first_date is not None:
            lines.append(f"  span     {format_day(s.first_date)} – {format_day(s.last_date)}")
        for conflict, n in s.events_per_conflict.items():
            lines.append(f"  {conflict:<18} {n:>5} events")
        disputed = ds.disputed_groups()
        lines.append(f"  figures where sources differ: {disputed['compare_group'].nunique()} quantities, "
                     f"{len(disputed)} rows")
        from app.window.load_errors import dataset_notes

        lines += [f"  note: {note}" for note in dataset_notes(ds)]
    except Exception as err:  # noqa: BLE001 - any failure is a failed check, never a traceback
        if getattr(err, "issues", None):  # DataError: every problem with file, row and column
            print(f"INVALID: {where}", file=sys.stderr)
            print(err.details(), file=sys.stderr)
        elif isinstance(err, OSError):
            print(f"INVALID: {where}: {err}", file=sys.stderr)
        else:
            text = " ".join(str(err).split())
            print(f"INVALID: {where}: unexpected error ({type(err).__name__}){': ' + text if text else ''}",
                  file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


def find_events(text: str, path: str | None, lang: str | None) -> int:
    """``--find``: the matching events, one per line (id, date, title), in date order. 0 even when
    nothing matches (a count goes to stderr); 1 only when the data cannot be read."""
    from app.model import load_dataset
    from app.model.dates import format_dates
    from app.model.queries import EventSearch

    lang = lang or "en"
    try:
        ds = load_dataset(path)
    except Exception as err:  # noqa: BLE001 - reported like --check-data, without a traceback
        details = err.details() if getattr(err, "issues", None) else " ".join(str(err).split())
        print(f"INVALID: {path or 'bundled data'}: {details}", file=sys.stderr)
        return 1
    found = EventSearch.of(ds).matching(text)
    dates = format_dates(found["date_start"], found["date_end"], found["date_precision"], lang)
    titles = found[f"title_{lang}"].fillna(found["title_en"]).astype(str)
    for event_id, date, title in zip(found["id"].astype(str), dates, titles):
        print(f"{event_id}\t{date}\t{' '.join(title.split())}")
    print(f"{len(found)} of {len(ds.events)} events match {text!r}", file=sys.stderr)
    return 0


def _piped(command) -> int:
    """Run a command that prints for scripts: output cut short by a closed pipe (``| head``) ends
    quietly, as for any Unix tool, instead of with a traceback."""
    try:
        status = command()
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it can't be caught
        return status
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python would fail again flushing stdout at exit
        return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--supervise" in argv:  # also how an installed bundle (no `python -m`) gets the supervisor
        from app.kiosk.supervisor import main as supervise

        return supervise([a for a in argv if a != "--supervise"])
    args = build_parser().parse_args(argv)
    if args.check_data or args.find is not None:
        return _piped(lambda: check_data(args.data) if args.check_data else find_events(args.find, args.data, args.lang))
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return run_gui(args)


def run_gui(args) -> int:
    """The window (or the kiosk): painted first, then the data loaded, then the start state."""
    from PySide6.QtCore import QTimer

    app, window = _application(args)
    if args.screenshot:
        return _screenshot(app, window, args)

    def load():
        try:
            _finish_setup(app)
        except Exception:  # noqa: BLE001 - an icon or a font must not keep the data from loading
            import traceback

            traceback.print_exc()
        window.load_data(args.data, fallback=True)
        _start_state(window, args, restore_session=window.persist_session and not args.timing)

    if args.timing:
        _report_timing(app, window)
    # Load after the first paint, so the window shows before pandas is imported.
    window.first_painted.connect(lambda: QTimer.singleShot(0, load))
    window.show()
    return app.exec()


def _application(args):
    """The QApplication in the chosen language and its main (or kiosk) window, not shown."""
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translator, pick_language
    from app.state import AppState
    from app.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Khasan 1938 Explorer")
    app.setOrganizationName("khasan-explorer")
    # Lets desktops match the window to its launcher entry (packaging/linux/*.desktop).
    app.setDesktopFileName("org.khasan1938.Explorer")
    lang = pick_language(args.lang)
    install_translator(app, lang)
    state = AppState(language=lang)
    if args.kiosk:
        from app.kiosk.window import KioskWindow

        return app, KioskWindow(state)
    return app, MainWindow(state)


def _finish_setup(app) -> None:
    """What the first paint doesn't need: the window icon and the name fonts."""
    from app.views.common.icons import app_icon
    from app.window.fonts import install_name_fonts

    app.setWindowIcon(app_icon())
    install_name_fonts()  # Cyrillic/CJK names render without system fonts for them


def _start_state(window, args, restore_session: bool) -> None:
    if window.state.dataset is not None:  # else the load banner says why there is nothing
        try:
            apply_start_state(window, args, restore_session)
        except Exception:  # noqa: BLE001 - a bad saved session must not spoil the start
            import traceback

            traceback.print_exc()


def _screenshot(app, window, args) -> int:
    """--screenshot: load, apply the deep link, render the window to a PNG; 0 if written."""
    window.show()
    _finish_setup(app)
    window.load_data(args.data, fallback=True)  # errors: a banner, not a dialog that would block
    _start_state(window, args, restore_session=False)
    from app.views.common.icons import load_now

    load_now()
    app.processEvents()
    if not window.grab().save(args.screenshot):
        print(f"could not write {args.screenshot}", file=sys.stderr)
        return 1
    print(f"saved {args.screenshot}")
    return 0


def _report_timing(app, window) -> None:
    """--timing (benchmarks/startup.py): paint and ready times on stdout, then quit."""
    from PySide6.QtCore import QTimer

    window.first_painted.connect(lambda: print(f"first_paint {time.perf_counter() - _T0:.4f}", flush=True))
    window.data_ready.connect(lambda: print(f"ready {time.perf_counter() - _T0:.4f}", flush=True))
    window.data_ready.connect(lambda: QTimer.singleShot(0, app.quit))
    window.load_failed.connect(lambda _err: window.state.dataset is None and QTimer.singleShot(0, app.quit))
