"""What an X11 window manager says about the kiosk window, and asking it for the window back.

Qt knows when its window is minimised or not fullscreen, but not when the window manager
has lowered it under another window, moved it to another virtual desktop, switched
desktops under it, or entered "show the desktop" mode. The window manager publishes all
of that in EWMH properties on the root window and on ours, read here over a connection
of our own (libxcb through ctypes: no extra package, no global Xlib error handler; every
error is just "no answer").

:meth:`X11Probe.bring_back` asks the window manager, as a pager would (source indication
2, which focus-stealing prevention honours), to leave "show desktop" mode, put the window
on every desktop and activate (map, raise, focus) it.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os

log = logging.getLogger("khasan.kiosk")

ALL_DESKTOPS = 0xFFFFFFFF
WITHDRAWN = "not managed by the window manager"
UNMAPPED = "not mapped"  # with no window manager, by another client
REMAP = (WITHDRAWN, UNMAPPED)  # reasons only unmapping and mapping the window again mends
_VIEWABLE = 2  # map_state
_CLIENT_MESSAGE = 33
_CARDINAL = 6  # predefined atom
_SUBSTRUCTURE_MASK = 0x80000 | 0x100000  # SubstructureNotify | SubstructureRedirect
_ATOMS = ("_NET_SUPPORTING_WM_CHECK", "_NET_WM_STATE", "_NET_WM_STATE_HIDDEN", "_NET_WM_STATE_FULLSCREEN",
          "_NET_WM_STATE_ABOVE", "_NET_CLIENT_LIST_STACKING", "_NET_ACTIVE_WINDOW", "_NET_CURRENT_DESKTOP",
          "_NET_WM_DESKTOP", "_NET_SHOWING_DESKTOP", "WM_STATE")
_ICONIC = 3  # WM_STATE


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):
    _fields_ = [("response_type", ctypes.c_uint8), ("pad0", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("atom", ctypes.c_uint32)]


class _PropertyReply(ctypes.Structure):
    _fields_ = [("response_type", ctypes.c_uint8), ("format", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("type", ctypes.c_uint32), ("bytes_after", ctypes.c_uint32),
                ("value_len", ctypes.c_uint32)]


class _AttributesReply(ctypes.Structure):
    _fields_ = [("response_type", ctypes.c_uint8), ("backing_store", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("visual", ctypes.c_uint32), ("class_", ctypes.c_uint16),
                ("bit_gravity", ctypes.c_uint8), ("win_gravity", ctypes.c_uint8), ("backing_planes", ctypes.c_uint32),
                ("backing_pixel", ctypes.c_uint32), ("save_under", ctypes.c_uint8),
                ("map_is_installed", ctypes.c_uint8), ("map_state", ctypes.c_uint8),
                ("override_redirect", ctypes.c_uint8)]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(ctypes.c_uint32)), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


def _load():
    xcb = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
    libc = ctypes.CDLL(None)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    xcb.xcb_flush.argtypes = [ctypes.c_void_p]
    xcb.xcb_get_setup.restype = ctypes.c_void_p
    xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
    xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
    xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
    xcb.xcb_screen_next.argtypes = [ctypes.POINTER(_ScreenIterator)]
    xcb.xcb_intern_atom.restype = _Cookie
    xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    xcb.xcb_get_property.restype = _Cookie
    xcb.xcb_get_property.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                     ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32]
    xcb.xcb_get_property_reply.restype = ctypes.POINTER(_PropertyReply)
    xcb.xcb_get_property_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    xcb.xcb_get_property_value.restype = ctypes.c_void_p
    xcb.xcb_get_property_value.argtypes = [ctypes.c_void_p]
    xcb.xcb_send_event.restype = _Cookie
    xcb.xcb_send_event.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                   ctypes.c_char_p]
    xcb.xcb_change_property.restype = _Cookie
    xcb.xcb_change_property.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                        ctypes.c_uint32, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_void_p]
    xcb.xcb_get_window_attributes.restype = _Cookie
    xcb.xcb_get_window_attributes.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    xcb.xcb_get_window_attributes_reply.restype = ctypes.POINTER(_AttributesReply)
    xcb.xcb_get_window_attributes_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    libc.free.argtypes = [ctypes.c_void_p]
    return xcb, libc


class X11Probe:
    """One xcb connection to the display the app runs on. All methods are cheap (< 1 ms)."""

    def __init__(self, display: str | None = None):
        self.xcb, self._libc = _load()
        screen = ctypes.c_int(0)
        self.conn = self.xcb.xcb_connect(display.encode() if display else None, ctypes.byref(screen))
        if not self.conn or self.xcb.xcb_connection_has_error(self.conn):
            raise OSError(f"cannot connect to X display {display or os.environ.get('DISPLAY')!r}")
        it = self.xcb.xcb_setup_roots_iterator(self.xcb.xcb_get_setup(self.conn))
        for _ in range(screen.value):
            self.xcb.xcb_screen_next(ctypes.byref(it))
        self.root = it.data[0]  # xcb_screen_t starts with its root window
        cookies = {name: self.xcb.xcb_intern_atom(self.conn, 0, len(name), name.encode()) for name in _ATOMS}
        self.atoms: dict[str, int] = {}
        for name, cookie in cookies.items():
            reply = self.xcb.xcb_intern_atom_reply(self.conn, cookie, None)
            self.atoms[name] = reply.contents.atom if reply else 0
            self._libc.free(reply)

    def close(self) -> None:
        if self.conn:
            self.xcb.xcb_disconnect(self.conn)
            self.conn = None

    # ------------------------------------------------------------------ reading
    def _ask(self, window: int, name: str):
        return self.xcb.xcb_get_property(self.conn, 0, window, self.atoms[name], 0, 0, 4096)

    def _answer(self, cookie) -> list[int] | None:
        """The 32-bit items of a property, None if it is not set (or the window is gone)."""
        reply = self.xcb.xcb_get_property_reply(self.conn, cookie, None)
        if not reply:
            return None
        try:
            r = reply.contents
            if r.format != 32 or r.type == 0:
                return None
            data = ctypes.cast(self.xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32))
            return [data[i] for i in range(r.value_len)]
        finally:
            self._libc.free(reply)

    def _viewable(self, window: int) -> bool | None:
        reply = self.xcb.xcb_get_window_attributes_reply(
            self.conn, self.xcb.xcb_get_window_attributes(self.conn, window), None)
        if not reply:
            return None
        try:
            return reply.contents.map_state == _VIEWABLE
        finally:
            self._libc.free(reply)

    def facts(self, window: int) -> dict:
        """The window manager's view of ``window``: one round trip for all properties."""
        asks = {"wm": self._ask(self.root, "_NET_SUPPORTING_WM_CHECK"),
                "state": self._ask(window, "_NET_WM_STATE"),
                "wm_state": self._ask(window, "WM_STATE"),
                "stacking": self._ask(self.root, "_NET_CLIENT_LIST_STACKING"),
                "active": self._ask(self.root, "_NET_ACTIVE_WINDOW"),
                "current": self._ask(self.root, "_NET_CURRENT_DESKTOP"),
                "desktop": self._ask(window, "_NET_WM_DESKTOP"),
                "showing_desktop": self._ask(self.root, "_NET_SHOWING_DESKTOP")}
        return {key: self._answer(cookie) for key, cookie in asks.items()}

    def problem(self, window: int) -> str:
        """Why the window manager is not showing ``window`` fullscreen on top ("" if it is,
        or if there is no EWMH window manager to ask)."""
        if not self.conn:
            return ""
        f = self.facts(window)
        if not f["wm"]:  # no window manager (bare X): nobody to hide or lower us but a stray client
            return UNMAPPED if self._viewable(window) is False else ""
        a = self.atoms
        if f["stacking"] is not None and window not in f["stacking"] and not (f["wm_state"] or [0])[0]:
            return WITHDRAWN  # unmapped behind Qt's back: the window manager let go of it
        state = set(f["state"] or ())
        if f["wm_state"] and f["wm_state"][0] == _ICONIC or a["_NET_WM_STATE_HIDDEN"] in state:
            return "iconified by the window manager"
        if f["showing_desktop"] and f["showing_desktop"][0]:
            return "window manager shows the desktop"
        desktop, current = (f["desktop"] or [None])[0], (f["current"] or [None])[0]
        if desktop is not None and current is not None and desktop not in (ALL_DESKTOPS, current):
            return "on another desktop"
        if desktop is not None and desktop != ALL_DESKTOPS:
            return "not on every desktop"  # sent to one desktop: the next switch would hide it
        if f["state"] is not None and a["_NET_WM_STATE_FULLSCREEN"] not in state:
            return "not fullscreen for the window manager"
        if f["state"] is not None and a["_NET_WM_STATE_ABOVE"] not in state:
            return "not kept above other windows"
        if f["stacking"] and f["stacking"][-1] != window:
            return "not on top"
        if f["active"] and f["active"][0] not in (window, 0):
            return "another window is active"
        if self._viewable(window) is False:
            return "not viewable"
        return ""

    # ------------------------------------------------------------------ asking
    def _message(self, window: int, name: str, *data: int) -> None:
        values = list(data) + [0] * (5 - len(data))
        event = bytes([_CLIENT_MESSAGE, 32, 0, 0]) + b"".join(
            int(v & 0xFFFFFFFF).to_bytes(4, "little") for v in [window, self.atoms[name], *values])
        self.xcb.xcb_send_event(self.conn, 0, self.root, _SUBSTRUCTURE_MASK, event)

    def bring_back(self, window: int) -> None:
        """Ask the window manager for ``window``: shown, on every desktop, fullscreen, above, active."""
        if not self.conn:
            return
        a = self.atoms
        self._message(self.root, "_NET_SHOWING_DESKTOP", 0)
        self.keep_on_all_desktops(window, flush=False)
        self._message(window, "_NET_WM_STATE", 0, a["_NET_WM_STATE_HIDDEN"])  # 0: remove
        self._message(window, "_NET_WM_STATE", 1, a["_NET_WM_STATE_FULLSCREEN"], a["_NET_WM_STATE_ABOVE"], 2)
        self._message(window, "_NET_ACTIVE_WINDOW", 2, 0)  # 2: from a pager, i.e. the user's wish
        self.xcb.xcb_flush(self.conn)

    def keep_on_all_desktops(self, window: int, flush: bool = True) -> None:
        """Sticky: switching virtual desktops leaves the kiosk in view. The property is
        for a window not yet mapped (the window manager reads it when it takes the window
        on), the message for one it manages already."""
        if self.conn:
            value = ctypes.c_uint32(ALL_DESKTOPS)
            self.xcb.xcb_change_property(self.conn, 0, window, self.atoms["_NET_WM_DESKTOP"], _CARDINAL, 32, 1,
                                         ctypes.byref(value))
            self._message(window, "_NET_WM_DESKTOP", ALL_DESKTOPS, 2)
            if flush:
                self.xcb.xcb_flush(self.conn)


def probe_for(app) -> X11Probe | None:
    """A probe when the app runs on X11 (xcb), else None (Windows, Wayland, offscreen)."""
    if app is None or app.platformName() != "xcb":
        return None
    try:
        return X11Probe()
    except (OSError, AttributeError, ValueError) as err:
        log.warning("kiosk: cannot watch the X11 window manager (%s)", err)
        return None
