"""Crash logging for the kiosk: unhandled exceptions go to a log file, never to a visitor.

PySide6 calls ``sys.excepthook`` for an exception raised in a slot or a Qt override and
then carries on, so replacing the hook is enough to keep the app running. Hard crashes
(segfaults) are written by :mod:`faulthandler`; the supervisor then restarts the app.
"""
from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

log = logging.getLogger("khasan.kiosk")


class CrashLog:
    """Installed hooks; ``count`` is the number of exceptions caught so far."""

    def __init__(self, path: Path):
        self.path = path
        self.count = 0
        self._previous = (sys.excepthook, threading.excepthook)
        self._fault_file = None

    def excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, tb)
            return
        self.count += 1
        log.error("unhandled exception (the kiosk keeps running)", exc_info=(kind, value, tb))

    def thread_hook(self, args) -> None:
        self.count += 1
        log.error("unhandled exception in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None


def install_crash_log(folder: Path, filename: str = "kiosk.log", qt_messages: bool = True) -> CrashLog:
    """Log to ``folder/filename`` (rotated at 1 MB, 5 kept) and catch every unhandled exception.

    ``qt_messages`` also routes Qt's warnings there (off in tests: pytest-qt captures them).
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path.resolve()
               for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    crash = CrashLog(path)
    sys.excepthook = crash.excepthook
    threading.excepthook = crash.thread_hook
    try:
        crash._fault_file = open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 (kept open)
        faulthandler.enable(crash._fault_file)
    except OSError as err:
        log.warning("faulthandler not enabled: %s", err)
    if qt_messages:
        _install_qt_messages()
    return crash


def _install_qt_messages() -> None:
    """Qt warnings go to the log too (a kiosk has no console anyone reads)."""
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:
        return
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, _context, message):
        log.log(levels.get(kind, logging.WARNING), "Qt: %s", message)

    qInstallMessageHandler(handler)
