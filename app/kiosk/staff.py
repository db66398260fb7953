"""Staff commands: ``python -m app.kiosk --show | --init | --set-pin`` (no Qt needed).

Without options it starts the app in kiosk mode, as ``python -m app --kiosk`` does.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from app.kiosk.settings import KioskSettings, load_settings, settings_path


def set_pin(path=None, pin: str | None = None, iterations: int | None = None) -> str:
    """Hash ``pin`` (asked for twice when None) into the settings file; returns the file path."""
    from dataclasses import replace

    from app.kiosk.settings import PIN_DIGITS, PIN_ITERATIONS, hash_pin, save_settings, valid_pin

    path = path or settings_path()
    if pin is None:
        pin = getpass.getpass(f"New staff PIN ({PIN_DIGITS[0]}-{PIN_DIGITS[1]} digits): ")
        if getpass.getpass("Again: ") != pin:
            raise ValueError("the two PINs differ")
    if not valid_pin(pin):
        raise ValueError(f"the PIN must be {PIN_DIGITS[0]}-{PIN_DIGITS[1]} digits")
    settings = replace(load_settings(path), pin=hash_pin(pin, iterations or PIN_ITERATIONS))
    return str(save_settings(settings, path))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m app.kiosk", description=(
        "Kiosk settings. Without options, start the app in kiosk mode (same as python -m app --kiosk)."))
    p.add_argument("--set-pin", action="store_true", help="ask for a staff PIN and store its salted hash")
    p.add_argument("--pin-stdin", action="store_true", help="with --set-pin: read the PIN from stdin")
    p.add_argument("--init", action="store_true", help="write a settings file with the defaults if there is none")
    p.add_argument("--show", action="store_true", help="print the settings path and the settings in effect")
    args, rest = p.parse_known_args(argv)
    path = settings_path()
    if args.set_pin:
        pin = sys.stdin.readline().strip() if args.pin_stdin else None
        try:
            print(f"PIN hash written to {set_pin(path, pin)}")
        except ValueError as err:
            print(f"PIN not changed: {err}", file=sys.stderr)
            return 1
        return 0
    if args.init:
        from app.kiosk.settings import save_settings

        if path.exists():
            print(f"{path} exists; left as it is")
        else:
            print(f"wrote {save_settings(KioskSettings(), path)}")
        return 0
    if args.show:
        text = load_settings(path).to_toml()
        print(f"# {path}{'' if path.exists() else ' (missing: defaults)'}")
        print(text.split("\n[pin]")[0] + ("\n[pin] set\n" if "[pin]" in text else "\n# no staff PIN set\n"))
        return 0
    from app.cli import main as app_main

    return app_main(["--kiosk", *rest])

