"""Kiosk settings file, staff PIN hashing and the wrong-PIN rate limit. No Qt.

The file is TOML at ``platformdirs.user_config_dir("khasan-explorer")/kiosk.toml``
(``KHASAN_KIOSK_CONFIG`` overrides the path). Every key is optional; a bad value is
logged and replaced by its default, because a kiosk must start whatever the file says.
Only a salted PBKDF2-SHA256 hash of the PIN is ever stored.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import time
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from app.languages import LANGUAGES

APP_DIR_NAME = "khasan-explorer"
CONFIG_ENV = "KHASAN_KIOSK_CONFIG"
VIEWS = ("overview", "tour", "incidents", "forces", "days")
ATTRACT_LOOPS = ("tour", "days")  # the guided tour (when the data has one), or the battle day by day
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
PIN_ALGORITHM = "pbkdf2_sha256"
PIN_ITERATIONS = 200_000  # ~0.1 s on a museum PC: a guess costs time, a staff exit does not
PIN_DIGITS = (4, 12)

log = logging.getLogger("khasan.kiosk")


def settings_path() -> Path:
    """Where the kiosk settings live (platform conventions via platformdirs)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "kiosk.toml"


def log_dir() -> Path:
    """Where the kiosk and the supervisor write their logs."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


@dataclass(frozen=True)
class PinHash:
    salt: str  # hex
    hash: str  # hex
    iterations: int = PIN_ITERATIONS
    algorithm: str = PIN_ALGORITHM


@dataclass(frozen=True)
class KioskSettings:
    """Everything a museum can set. Times are seconds."""

    start_view: str = "overview"
    languages: tuple[str, ...] = LANGUAGES
    default_language: str = "en"
    idle_timeout: float = 60.0
    countdown: float = 10.0
    hide_cursor: bool = False
    font_size: float = 15.0  # points; read at arm's length on a 1080p screen
    exit_corner: str = "top-left"
    exit_hold: float = 3.0  # long press this long in the exit corner opens the PIN pad
    attract_from: str = "1938-07-29"  # the attract loop plays the battle from this day
    attract_speed: float = 1.0  # days per second
    attract_loop: str = "tour"  # "tour": the data's guided tour, chapter by chapter; "days": the battle played
    tour_words_per_second: float = 2.5  # a tour chapter stays up for its word count at this reading speed …
    tour_min_seconds: float = 8.0  # … and at least this long
    on_screen_keyboard: bool = True  # a tap on a text field opens the kiosk's own keyboard
    pin: PinHash | None = field(default=None)

    def to_toml(self) -> str:
        """The file text (comments included, so a museum can edit it by hand)."""
        lines = ["# Khasan 1938 Explorer kiosk settings. Set the staff PIN with:",
                 "#   python -m app.kiosk --set-pin", ""]
        for f in fields(self):
            if f.name == "pin":
                continue
            lines.append(f"{f.name} = {_toml_value(getattr(self, f.name))}")
        if self.pin is not None:
            lines += ["", "[pin]"] + [f"{k} = {_toml_value(v)}" for k, v in asdict(self.pin).items()]
        return "\n".join(lines) + "\n"


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _checked(raw: dict) -> dict:
    """Valid values from ``raw``; each bad one is logged and dropped (its default is used)."""
    good: dict = {}

    def number(key, low, high):
        v = raw[key]
        if isinstance(v, (int, float)) and not isinstance(v, bool) and low <= v <= high:
            good[key] = float(v)
        else:
            raise ValueError(f"a number from {low} to {high}")

    checks = {
        "start_view": lambda k: good.__setitem__(k, _choice(raw[k], VIEWS)),
        "default_language": lambda k: good.__setitem__(k, _choice(raw[k], LANGUAGES)),
        "languages": lambda k: good.__setitem__(k, _languages(raw[k])),
        "idle_timeout": lambda k: number(k, 1, 24 * 3600),
        "countdown": lambda k: number(k, 1, 600),
        "font_size": lambda k: number(k, 6, 48),
        "exit_hold": lambda k: number(k, 0.5, 30),
        "attract_speed": lambda k: number(k, 0.1, 20),
        "attract_loop": lambda k: good.__setitem__(k, _choice(raw[k], ATTRACT_LOOPS)),
        "tour_words_per_second": lambda k: number(k, 0.5, 20),
        "tour_min_seconds": lambda k: number(k, 1, 600),
        "hide_cursor": lambda k: good.__setitem__(k, _boolean(raw[k])),
        "on_screen_keyboard": lambda k: good.__setitem__(k, _boolean(raw[k])),
        "exit_corner": lambda k: good.__setitem__(k, _choice(raw[k], CORNERS)),
        "attract_from": lambda k: good.__setitem__(k, _iso_day(raw[k])),
        "pin": lambda k: good.__setitem__(k, _pin(raw[k])),
    }
    for key in raw:
        if key not in checks:
            log.warning("kiosk settings: unknown key %r ignored", key)
            continue
        try:
            checks[key](key)
        except (ValueError, TypeError, KeyError) as err:
            log.warning("kiosk settings: %s = %r is not valid (%s); using the default", key, raw[key], err)
    langs = good.get("languages", LANGUAGES)
    if good.get("default_language", KioskSettings.default_language) not in langs:
        good["default_language"] = langs[0]  # the default must be one the kiosk offers
    return good


def _choice(value, allowed):
    if value not in allowed:
        raise ValueError(f"one of {', '.join(allowed)}")
    return value


def _boolean(value):
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _languages(value) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or any(v not in LANGUAGES for v in value):
        raise ValueError(f"a non-empty list of {', '.join(LANGUAGES)}")
    return tuple(dict.fromkeys(value))


def _iso_day(value) -> str:
    from datetime import date

    return date.fromisoformat(str(value)).isoformat()


def _pin(value) -> PinHash:
    if not isinstance(value, dict):
        raise ValueError("a [pin] table")
    pin = PinHash(salt=str(value["salt"]), hash=str(value["hash"]),
                  iterations=int(value.get("iterations", PIN_ITERATIONS)),
                  algorithm=str(value.get("algorithm", PIN_ALGORITHM)))
    if pin.algorithm != PIN_ALGORITHM or pin.iterations < 1:
        raise ValueError(f"algorithm must be {PIN_ALGORITHM}")
    bytes.fromhex(pin.salt), bytes.fromhex(pin.hash)
    return pin


def load_settings(path: Path | None = None) -> KioskSettings:
    """The settings at ``path`` (default: :func:`settings_path`); defaults if it is missing or broken."""
    path = path or settings_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        log.info("kiosk settings: %s not found; using defaults", path)
        return KioskSettings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        log.error("kiosk settings: cannot read %s (%s); using defaults", path, err)
        return KioskSettings()
    return KioskSettings(**_checked(raw))


def save_settings(settings: KioskSettings, path: Path | None = None) -> Path:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(settings.to_toml(), encoding="utf-8")
    os.replace(tmp, path)  # never leave a half-written settings file
    return path


# ---------------------------------------------------------------------- PIN
def valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]


def hash_pin(pin: str, iterations: int = PIN_ITERATIONS) -> PinHash:
    if not valid_pin(pin):
        raise ValueError(f"the PIN must be {PIN_DIGITS[0]}-{PIN_DIGITS[1]} digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return PinHash(salt=salt.hex(), hash=digest.hex(), iterations=iterations)


def verify_pin(pin: str, stored: PinHash | None) -> bool:
    if stored is None or not pin:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(stored.salt), stored.iterations)
    return hmac.compare_digest(digest.hex(), stored.hash)


class PinGuard:
    """Checks PINs; after ``free`` wrong ones, each further one locks the pad, doubling.

    ``check`` returns ``(ok, seconds_locked)``. While locked nothing is checked, so
    guessing costs at least ``base_lock * (2**k)`` seconds per try.
    """

    def __init__(self, stored: PinHash | None, free: int = 3, base_lock: float = 30.0,
                 max_lock: float = 900.0, clock=time.monotonic):
        self.stored = stored
        self.free = free
        self.base_lock = base_lock
        self.max_lock = max_lock
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def seconds_locked(self) -> float:
        return max(0.0, self.locked_until - self.clock())

    def check(self, pin: str) -> tuple[bool, float]:
        wait = self.seconds_locked()
        if wait > 0:
            return False, wait
        if verify_pin(pin, self.stored):
            self.failures = 0
            return True, 0.0
        self.failures += 1
        log.warning("kiosk: wrong staff PIN (%d in a row)", self.failures)
        if self.failures >= self.free:
            lock = min(self.max_lock, self.base_lock * 2 ** (self.failures - self.free))
            self.locked_until = self.clock() + lock
            return False, lock
        return False, 0.0
