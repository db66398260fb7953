"""The kiosk under a real window manager: Xvfb + openbox (its default key bindings), the
real app (``python -m app --kiosk``) and xdotool/wmctrl doing what a visitor's keys or
the window manager's menu could do: iconify, leave fullscreen, send the window to another
desktop, switch desktops, show the desktop, lower it, withdraw it, put another window on
top. After each, the kiosk must be mapped, fullscreen, on top and active again within a
second, and stay so. Also: openbox with the locked-down rc.xml of packaging/kiosk/README.md
(no key or menu does anything), and a bare X session without a window manager.

Needs (Debian): ``apt-get install xvfb openbox xdotool wmctrl x11-utils`` and Qt's xcb
libraries; skipped with the reason when any is missing. Set ``KHASAN_WM_SHOTS=<dir>`` to
save a screenshot after each case.
"""
from __future__ import annotations

import ctypes
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl", "xprop", "xwininfo")
APT = "xvfb openbox xdotool wmctrl x11-utils"
ALL_DESKTOPS = 4294967295
SCREEN = (1920, 1080)
DEADLINE = 1.0  # seconds the kiosk may take to come back

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 only")]


# ---------------------------------------------------------------------- X helpers
def run(env, *cmd: str, check: bool = False) -> str:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=10)
    if check and done.returncode:
        raise AssertionError(f"{' '.join(cmd)}: {done.stderr}")
    return done.stdout


def prop(env, *args: str) -> dict[str, str]:
    """xprop's answer as {property name: value text}."""
    found = {}
    for line in run(env, "xprop", *args).splitlines():
        name, sep, value = line.partition("=") if "=" in line else line.partition(":")
        found[name.split("(")[0].strip()] = value.strip()
    return found


def ids(text: str) -> list[int]:
    return [int(x, 16) for x in text.replace("window id #", "").replace(",", " ").split() if x.startswith("0x")]


def look(env, win: int) -> dict:
    """What the X server and the window manager say of the kiosk window."""
    hexid = hex(win)
    own = prop(env, "-id", hexid, "_NET_WM_STATE", "_NET_WM_DESKTOP")
    root = prop(env, "-root", "_NET_ACTIVE_WINDOW", "_NET_CLIENT_LIST_STACKING", "_NET_CURRENT_DESKTOP",
                "_NET_SHOWING_DESKTOP")
    info = run(env, "xwininfo", "-id", hexid)
    geometry = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in info.splitlines()) if v}

    def number(text, default=None):
        try:
            return int(text)
        except (TypeError, ValueError):
            return default

    return {
        "viewable": geometry.get("Map State") == "IsViewable",
        "fullscreen": "_NET_WM_STATE_FULLSCREEN" in own.get("_NET_WM_STATE", ""),
        "above": "_NET_WM_STATE_ABOVE" in own.get("_NET_WM_STATE", ""),
        "size": (number(geometry.get("Width")), number(geometry.get("Height"))),
        "at": (number(geometry.get("Absolute upper-left X")), number(geometry.get("Absolute upper-left Y"))),
        "active": (ids(root.get("_NET_ACTIVE_WINDOW", "")) or [0])[0],
        "top": (ids(root.get("_NET_CLIENT_LIST_STACKING", "")) or [0])[-1],
        "desktop": number(own.get("_NET_WM_DESKTOP")),
        "current": number(root.get("_NET_CURRENT_DESKTOP")),
        "showing_desktop": number(root.get("_NET_SHOWING_DESKTOP"), 0),
    }


def in_place(seen: dict, win: int) -> bool:
    return (seen["viewable"] and seen["fullscreen"] and seen["above"] and seen["size"] == SCREEN
            and seen["at"] == (0, 0) and seen["active"] == win and seen["top"] == win and not seen["showing_desktop"]
            and seen["desktop"] in (ALL_DESKTOPS, seen["current"]))


def wait_in_place(env, win: int, timeout: float, also=lambda: True) -> tuple[float, dict]:
    started = time.monotonic()
    seen = look(env, win)
    while not (in_place(seen, win) and also()):
        if time.monotonic() - started > timeout:
            raise AssertionError(f"kiosk not back after {timeout} s: {seen}")
        time.sleep(0.02)
        seen = look(env, win)
    return time.monotonic() - started, seen


def keyboard_grabbed(env) -> bool:
    """Whether some client (a window manager's menu) holds the keyboard: try to grab it."""
    from app.kiosk.x11 import X11Probe, _Cookie

    class Reply(ctypes.Structure):
        _fields_ = [("response_type", ctypes.c_uint8), ("status", ctypes.c_uint8)]

    probe = X11Probe(env["DISPLAY"])
    xcb = probe.xcb
    xcb.xcb_grab_keyboard.restype = _Cookie
    xcb.xcb_grab_keyboard.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                      ctypes.c_uint8, ctypes.c_uint8]
    xcb.xcb_grab_keyboard_reply.restype = ctypes.POINTER(Reply)
    xcb.xcb_grab_keyboard_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    xcb.xcb_ungrab_keyboard.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    try:
        reply = xcb.xcb_grab_keyboard_reply(probe.conn, xcb.xcb_grab_keyboard(probe.conn, 0, probe.root, 0, 1, 1),
                                            None)
        status = reply.contents.status if reply else 0
        if status == 0:  # GrabSuccess: nobody had it; let go at once
            xcb.xcb_ungrab_keyboard(probe.conn, 0)
            xcb.xcb_flush(probe.conn)
        return status == 1  # AlreadyGrabbed
    finally:
        probe.close()


def readme_openbox_config() -> str:
    """The locked-down openbox rc.xml that packaging/kiosk/README.md gives."""
    text = (ROOT / "packaging" / "kiosk" / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- kiosk-openbox-rc", 1)[1].split("```xml", 1)[1].split("```", 1)[0]
    return block.strip() + "\n"


def screenshot(env, path: Path) -> None:
    """The whole screen, taken by a Qt client of our own (no ImageMagick needed)."""
    code = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
            "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")
    subprocess.run([sys.executable, "-c", code, str(path)], env=dict(env, QT_QPA_PLATFORM="xcb"), timeout=30,
                   capture_output=True)


# ---------------------------------------------------------------------- the session
class Session:
    def __init__(self, tmp: Path, openbox_config: str | None = None, window_manager: bool = True):
        self.tmp = tmp
        self.openbox_config = openbox_config  # rc.xml text; None: the system's default
        self.window_manager = window_manager  # False: a bare X session
        self.procs: list[subprocess.Popen] = []
        self.env: dict[str, str] = {}
        self.app: subprocess.Popen | None = None
        self.win = 0
        self.fds: list[int] = []

    def start(self) -> None:
        missing = [t for t in TOOLS if shutil.which(t) is None]
        if missing:
            pytest.skip(f"needs {', '.join(missing)} (Debian: apt-get install {APT})")
        home = self.tmp / "home"
        runtime = self.tmp / "runtime"
        for d in (home, runtime):
            d.mkdir(mode=0o700)
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(write_end)
        ready, _, _ = select.select([read_end], [], [], 20)
        display = os.read(read_end, 16).decode().strip() if ready else ""
        self.fds.append(read_end)  # open while Xvfb runs: closed early, Xvfb may die of SIGPIPE
        if not display:
            pytest.skip("Xvfb did not start")
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DISPLAY": f":{display}", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local/state"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_RUNTIME_DIR": str(runtime), "LANG": "C.UTF-8",
        }
        # The display number comes a moment before the server answers. (-noreset: a server
        # that resets when its last client leaves would drop openbox as it connects.)
        deadline = time.monotonic() + 20
        while subprocess.run(["xprop", "-root", "-display", self.env["DISPLAY"], "_NET_ACTIVE_WINDOW"],
                             capture_output=True).returncode:
            if time.monotonic() > deadline or xvfb.poll() is not None:
                pytest.skip("Xvfb did not answer")
            time.sleep(0.1)
        if self.window_manager:
            self._start_openbox(xvfb)
        beat = self.tmp / "heartbeat"
        output = self.tmp / "app-output.txt"  # a file, not a pipe nobody reads: a full pipe would block the app
        self.app = subprocess.Popen(
            [sys.executable, "-m", "app", "--kiosk"], cwd=ROOT, stdout=output.open("w"), stderr=subprocess.STDOUT,
            env=dict(self.env, QT_QPA_PLATFORM="xcb", KHASAN_KIOSK_CONFIG=str(self.tmp / "kiosk.toml"),
                     KHASAN_KIOSK_HEARTBEAT=str(beat)), text=True)
        self.procs.append(self.app)
        deadline = time.monotonic() + 90
        while not beat.exists():  # the app beats once its data is in
            if self.app.poll() is not None:
                out = output.read_text(encoding="utf-8", errors="replace")
                if "platform plugin" in out:
                    pytest.skip(f"Qt cannot use X11 here (missing xcb libraries?): {out.strip()[:300]}")
                pytest.fail(f"the kiosk exited with {self.app.returncode}: {out[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("the kiosk did not get ready")
            time.sleep(0.1)
        if self.window_manager:
            self.win = self._find_window(timeout=30)
            wait_in_place(self.env, self.win, 30)
        time.sleep(1.0)  # the start-up view is built, the window manager has settled

    def _start_openbox(self, xvfb) -> None:
        # The system's default openbox configuration: every key binding and menu it ships with.
        openbox = ["openbox", "--sm-disable"]
        if self.openbox_config is not None:
            (self.tmp / "rc.xml").write_text(self.openbox_config, encoding="utf-8")
            openbox += ["--config-file", str(self.tmp / "rc.xml")]
        wm = subprocess.Popen(openbox, env=self.env, stdout=subprocess.DEVNULL,
                              stderr=(self.tmp / "openbox.log").open("w"))
        self.procs.append(wm)
        deadline = time.monotonic() + 20
        while "window id" not in prop(self.env, "-root", "_NET_SUPPORTING_WM_CHECK").get(
                "_NET_SUPPORTING_WM_CHECK", ""):
            if time.monotonic() > deadline or wm.poll() is not None:
                answer = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env,
                                        capture_output=True, text=True)
                pytest.fail(f"openbox did not start (exit {wm.poll()}, xvfb {xvfb.poll()}, display "
                            f"{self.env['DISPLAY']}): {(self.tmp / 'openbox.log').read_text()} / "
                            f"{answer.stdout} {answer.stderr}")
            time.sleep(0.1)

    def _find_window(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for win in ids(prop(self.env, "-root", "_NET_CLIENT_LIST").get("_NET_CLIENT_LIST", "")):
                if prop(self.env, "-id", hex(win), "_NET_WM_PID").get("_NET_WM_PID") == str(self.app.pid):
                    return win
            time.sleep(0.2)
        pytest.fail("the kiosk window did not appear")

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        for fd in self.fds:
            os.close(fd)
        self.fds.clear()

    def kiosk_log(self) -> str:
        path = Path(self.env["XDG_STATE_HOME"]) / "khasan-explorer" / "log" / "kiosk.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def restores(self) -> list[str]:
        """The kiosk's log lines of its window guard (one for each time it had to act)."""
        return [line for line in self.kiosk_log().splitlines() if "restoring fullscreen and on top" in line]


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    s = Session(tmp_path_factory.mktemp("wm"))
    try:
        s.start()
        yield s
    finally:
        s.stop()


@pytest.fixture
def kiosk(session, request):
    """The running kiosk, in place before the case; back on desktop 1 and alone after it."""
    wait_in_place(session.env, session.win, 5)
    strangers: list[subprocess.Popen] = []
    yield session, strangers
    shots = os.environ.get("KHASAN_WM_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        name = request.node.callspec.id if hasattr(request.node, "callspec") else request.node.name
        screenshot(session.env, Path(shots) / f"{name}.png")
    run(session.env, "xdotool", "key", "Escape")  # closes a menu the case may have left open
    for proc in strangers:
        proc.kill()
        proc.wait(5)
    run(session.env, "wmctrl", "-s", "0")
    assert session.app.poll() is None, "the kiosk exited"


# ---------------------------------------------------------------------- the cases
W = "{win}"
MENU = ["xdotool", "key", "alt+space", "sleep", "0.4"]
CASES = {
    "iconify": [["xdotool", "windowminimize", W]],
    "leave fullscreen": [["wmctrl", "-i", "-r", W, "-b", "remove,fullscreen"]],
    "leave fullscreen and above": [["wmctrl", "-i", "-r", W, "-b", "remove,fullscreen,above"]],
    "send to desktop 2": [["wmctrl", "-i", "-r", W, "-t", "1"]],
    "switch to desktop 3": [["xdotool", "set_desktop", "2"]],
    "show the desktop": [["wmctrl", "-k", "on"]],
    "withdraw (unmap)": [["xdotool", "windowunmap", W]],
    "Alt+Escape: lower and unfocus": [["xdotool", "key", "alt+Escape"]],
    "Super+d: show the desktop": [["xdotool", "key", "super+d"]],
    "Ctrl+Alt+Right: next desktop": [["xdotool", "key", "ctrl+alt+Right"]],
    "Shift+Alt+Right: send to the next desktop": [["xdotool", "key", "shift+alt+Right"]],
    "Super+F2: desktop 2": [["xdotool", "key", "super+F2"]],
    "Alt+F4: close": [["xdotool", "key", "alt+F4"]],
    # The window manager's own window menu (Alt+Space), its entries chosen with the arrow keys:
    # Send to desktop, Layer, Restore, Move, Resize, Iconify, Maximize, Roll up/down, Un/Decorate, Close.
    "menu: Iconify": [MENU, ["xdotool", "key", *["Down"] * 6, "Return"]],
    "menu: Send to desktop 2": [MENU, ["xdotool", "key", "Down", "Right"], ["sleep", "0.2"],
                                ["xdotool", "key", "Down", "Down", "Return"]],
    "menu: Layer, Normal": [MENU, ["xdotool", "key", "Down", "Down", "Right"], ["sleep", "0.3"],
                            ["xdotool", "key", "Down", "Return"]],  # no longer above other windows
    "menu: Close": [MENU, ["xdotool", "key", *["Down"] * 10, "Return"]],
}
#: Cases the kiosk need not act on: it is sticky (on every desktop), so switching desktops
#: leaves it in view; a close request is ignored; with nothing else open, "lower" shows nothing.
UNHARMED = {"switch to desktop 3", "Ctrl+Alt+Right: next desktop", "Super+F2: desktop 2", "Alt+F4: close",
            "menu: Close", "Alt+Escape: lower and unfocus"}
#: What the guard must have seen after a menu entry (a regular expression on its log line):
#: proof that the entry was chosen, as the open menu alone already takes the focus.
EXPECT = {"menu: Iconify": "minimised|iconified", "menu: Send to desktop 2": "iconified|desktop",
          "menu: Layer, Normal": "above"}
WATCH = DEADLINE + 0.6  # seconds watched after each action


def watch(env, win: int, seconds: float) -> tuple[float | None, dict | None]:
    """Poll for ``seconds``; returns when the kiosk was last seen out of place (and how)."""
    last, how = None, None
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        seen = look(env, win)
        if not in_place(seen, win):
            last, how = time.monotonic(), seen
        time.sleep(0.01)
    return last, how


@pytest.mark.parametrize("case", list(CASES))
def test_kiosk_comes_back(kiosk, case):
    session, _ = kiosk
    env, win = session.env, session.win
    before = len(session.restores())
    started = time.monotonic()
    for cmd in CASES[case]:
        run(env, *[part.format(win=hex(win)) for part in cmd], check=True)
    acted = time.monotonic()  # after the last key: a menu case spends its first moments in the menu
    last_out, how = watch(env, win, WATCH)
    restores = session.restores()[before:]
    out_for = 0.0 if last_out is None else last_out - acted
    print(f"{case}: last seen out of place {out_for:.3f} s after the action ({acted - started:.2f} s to act); "
          f"{[line.split('kiosk: window ')[-1] for line in restores]}")
    assert out_for < DEADLINE - 0.05, f"{case}: still out of place after {out_for:.2f} s: {how}"
    assert in_place(look(env, win), win)
    if case not in UNHARMED:
        assert restores, f"{case}: the kiosk's window guard did not act"
    if case in EXPECT:  # the window manager really did it (a menu case also shows "not active")
        assert any(re.search(EXPECT[case], line) for line in restores), (case, restores)


def test_another_window_on_top(kiosk):
    """A window some program opens, made fullscreen and above, and activated: the kiosk wins."""
    session, strangers = kiosk
    env, win = session.env, session.win
    stranger = subprocess.Popen(["xmessage", "-geometry", "800x600+100+100", "a terminal, say"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    strangers.append(stranger)
    deadline = time.monotonic() + 10
    other = 0
    while not other and time.monotonic() < deadline:
        other = next((w for w in ids(prop(env, "-root", "_NET_CLIENT_LIST").get("_NET_CLIENT_LIST", ""))
                      if w != win), 0)
        time.sleep(0.05)
    assert other, "xmessage did not map"
    started = time.monotonic()
    run(env, "wmctrl", "-i", "-r", hex(other), "-b", "add,fullscreen,above", check=True)
    run(env, "wmctrl", "-i", "-a", hex(other), check=True)
    wait_in_place(env, win, DEADLINE + 0.5)
    assert time.monotonic() - started < DEADLINE + 0.2
    time.sleep(0.4)
    assert in_place(look(env, win), win)


def test_restores_are_logged(session):
    text = session.kiosk_log()
    assert "restoring fullscreen and on top" in text
    assert "Traceback" not in text


def test_default_openbox_menu_is_there(kiosk):
    """What the lock-down takes away: under openbox's defaults Alt+Space opens its window menu."""
    session, _ = kiosk
    assert not keyboard_grabbed(session.env)
    run(session.env, "xdotool", "key", "alt+space", "sleep", "0.4")
    assert keyboard_grabbed(session.env)  # the menu holds the keyboard
    run(session.env, "xdotool", "mousemove", "900", "500", "click", "1", "sleep", "0.3")
    assert not keyboard_grabbed(session.env)  # a tap elsewhere (as the README says) closes it


LOCKED_KEYS = ["alt+space", "alt+Escape", "super+d", "ctrl+alt+Right", "shift+alt+Right", "super+F2", "alt+Tab",
               "alt+F4", "super+e"]


def test_readme_openbox_config_takes_the_bindings_away(tmp_path):
    """openbox with the README's rc.xml: no key of the window manager's does anything, no
    menu opens, and the kiosk never has to restore itself."""
    locked = Session(tmp_path, openbox_config=readme_openbox_config())
    try:
        locked.start()
        env, win = locked.env, locked.win
        before = len(locked.restores())
        for key in LOCKED_KEYS:
            run(env, "xdotool", "key", key, "sleep", "0.3")
            assert not keyboard_grabbed(env), f"{key}: a menu opened"
            assert in_place(look(env, win), win), key
        assert locked.restores()[before:] == []
        assert prop(env, "-root", "_NET_NUMBER_OF_DESKTOPS").get("_NET_NUMBER_OF_DESKTOPS") == "1"
        assert locked.app.poll() is None
    finally:
        locked.stop()


def test_bare_x_session(tmp_path):
    """No window manager at all (the README's bare X session): the kiosk fills the screen,
    has the keyboard, stays quiet, and a window unmapped by a stray client comes back."""
    bare = Session(tmp_path, window_manager=False)
    try:
        bare.start()
        env = bare.env
        win = int(run(env, "xdotool", "getwindowfocus").strip())

        def fine() -> bool:
            seen = look(env, win)
            return seen["viewable"] and seen["size"] == SCREEN and seen["at"] == (0, 0) \
                and run(env, "xdotool", "getwindowfocus").strip() == str(win)

        assert fine()
        quiet = len(bare.restores())
        time.sleep(1.0)
        assert len(bare.restores()) == quiet  # nothing to do, and it does nothing
        run(env, "xdotool", "windowunmap", hex(win), check=True)
        started = time.monotonic()
        while not fine():
            assert time.monotonic() - started < DEADLINE, look(env, win)
            time.sleep(0.02)
        print(f"bare X: mapped again after {time.monotonic() - started:.3f} s")
        assert any("not mapped" in line for line in bare.restores()[quiet:])
    finally:
        bare.stop()
