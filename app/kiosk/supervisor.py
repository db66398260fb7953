"""Keep the kiosk running: ``python -m app.kiosk.supervisor --kiosk [app options]``.

Starts ``python -m app --kiosk`` and restarts it within a second of a crash, and within
``--hang-timeout`` (2 s) plus a second of a hang. A hang is seen through a heartbeat
file: the kiosk window rewrites it twice a second from the GUI thread once its data is
loaded (path in ``KHASAN_KIOSK_HEARTBEAT``); if it stops changing, the app is killed
and started again. Exit status 0 is a staff exit (PIN): the supervisor stops too.

No Qt here: the supervisor must survive whatever happens to Qt in the child.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from pathlib import Path

HEARTBEAT_ENV = "KHASAN_KIOSK_HEARTBEAT"
STAFF_EXIT = 0
log = logging.getLogger("khasan.supervisor")


def beat(path: str | os.PathLike, count: int) -> None:
    """Write heartbeat ``count`` (called by the kiosk, from its GUI thread)."""
    try:
        Path(path).write_text(str(count), encoding="ascii")
    except OSError:
        pass  # a full disk must not take the kiosk down


def app_command(app_args: list[str]) -> list[str]:
    """The command that starts the app: the bundle itself when frozen (PyInstaller)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *app_args]
    return [sys.executable, "-m", "app", *app_args]


class Supervisor:
    """Runs ``command`` until it exits with :data:`STAFF_EXIT` or :meth:`stop` is called."""

    def __init__(self, command: list[str], *, hang_timeout: float = 2.0, startup_timeout: float = 90.0,
                 restart_delay: float = 0.5, poll: float = 0.1, heartbeat: Path | None = None,
                 max_restarts: int | None = None, output: Path | None = None, env: dict | None = None):
        self.command = command
        self.hang_timeout = hang_timeout
        self.startup_timeout = startup_timeout
        self.restart_delay = restart_delay
        self.poll = poll
        self.heartbeat = heartbeat or Path(tempfile.gettempdir()) / f"khasan-kiosk-{os.getpid()}.beat"
        self.max_restarts = max_restarts
        self.output = output
        self.env = env
        self.process: subprocess.Popen | None = None
        self.starts = 0
        self.restarts: list[tuple[float, str]] = []  # (time, reason)
        self._stopping = threading.Event()
        self._recent: deque[float] = deque(maxlen=10)

    # ------------------------------------------------------------------ control
    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> int:
        """Supervise until a staff exit (returns 0) or stop() (returns the child's last status)."""
        status = 0
        while not self._stopping.is_set():
            status, reason = self._run_once()
            if reason == "staff exit" or self._stopping.is_set():
                break
            if self.max_restarts is not None and len(self.restarts) >= self.max_restarts:
                log.error("giving up after %d restarts", len(self.restarts))
                break
            self.restarts.append((time.monotonic(), reason))
            self._stopping.wait(self._delay())
        return status

    def _delay(self) -> float:
        """Short, and still short in a crash loop: the goal is a running kiosk within 3 s."""
        now = time.monotonic()
        self._recent.append(now)
        crashes_last_minute = sum(1 for t in self._recent if now - t < 60)
        return min(2.5, self.restart_delay * (2 ** max(0, crashes_last_minute - 5)))

    # ------------------------------------------------------------------ one child
    def _start(self) -> subprocess.Popen:
        self.heartbeat.unlink(missing_ok=True)
        env = dict(self.env if self.env is not None else os.environ)
        env[HEARTBEAT_ENV] = str(self.heartbeat)
        out = None
        if self.output is not None:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            if self.output.exists() and self.output.stat().st_size > 5_000_000:
                os.replace(self.output, self.output.with_suffix(".old"))
            out = open(self.output, "ab")  # noqa: SIM115 (the child owns it while it runs)
        self.starts += 1
        log.info("starting (%d): %s", self.starts, " ".join(self.command))
        try:
            proc = subprocess.Popen(self.command, env=env, stdout=out, stderr=subprocess.STDOUT if out else None)
            log.info("started pid %d", proc.pid)
            return proc
        finally:
            if out is not None:
                out.close()

    def _run_once(self) -> tuple[int, str]:
        proc = self.process = self._start()
        started = time.monotonic()
        last_seen, last_change = None, started
        while True:
            status = proc.poll()
            if status is not None:
                if status == STAFF_EXIT:
                    log.info("the app exited normally (staff exit); stopping")
                    return status, "staff exit"
                log.error("the app exited with status %s; restarting", status)
                return status, f"exit {status}"
            now = time.monotonic()
            if self._stopping.is_set():
                self._end(proc)
                return proc.returncode or 0, "stopped"
            try:
                seen = self.heartbeat.read_text(encoding="ascii")
            except OSError:
                seen = None
            if seen and seen != last_seen:
                last_seen, last_change = seen, now
            if last_seen is None and now - started > self.startup_timeout:
                log.error("no heartbeat %.0f s after start; killing and restarting", now - started)
                self._end(proc, kill=True)
                return -1, "no start"
            if last_seen is not None and now - last_change > self.hang_timeout:
                log.error("the app hung (no heartbeat for %.1f s); killing and restarting", now - last_change)
                self._end(proc, kill=True)
                return -1, "hang"
            time.sleep(self.poll)

    @staticmethod
    def _end(proc: subprocess.Popen, kill: bool = False) -> None:
        if proc.poll() is not None:
            return
        if not kill:
            proc.terminate()
            try:
                proc.wait(5)
                return
            except subprocess.TimeoutExpired:
                pass
        proc.kill()
        proc.wait()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m app.kiosk.supervisor",
        description="Run the app and restart it after a crash or a hang. Options it does not know "
                    "(--kiosk, --data, --lang, ...) are passed to the app.")
    p.add_argument("--hang-timeout", type=float, default=2.0, help="seconds without a heartbeat = hung (2)")
    p.add_argument("--startup-timeout", type=float, default=90.0,
                   help="seconds the app may take to load before its first heartbeat (90)")
    p.add_argument("--restart-delay", type=float, default=0.5, help="seconds between a crash and the restart")
    p.add_argument("--max-restarts", type=int, default=None, help=argparse.SUPPRESS)
    return p


def _setup_logging() -> Path | None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s supervisor: %(message)s")
    try:
        from app.kiosk.settings import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "supervisor.log", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logging.getLogger().addHandler(handler)
        return folder
    except (ImportError, OSError) as err:
        log.warning("logging to stderr only: %s", err)
        return None


def main(argv: list[str] | None = None) -> int:
    args, app_args = build_parser().parse_known_args(argv)
    folder = _setup_logging()
    sup = Supervisor(app_command(app_args), hang_timeout=args.hang_timeout, startup_timeout=args.startup_timeout,
                     restart_delay=args.restart_delay, max_restarts=args.max_restarts,
                     output=folder / "app-output.log" if folder else None)
    for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGBREAK"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: sup.stop())
    return sup.run()


if __name__ == "__main__":
    raise SystemExit(main())
