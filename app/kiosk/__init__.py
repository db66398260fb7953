"""Museum kiosk mode: the kiosk window, its guards, overlays, idle reset, settings and supervisor.

Staff commands: ``python -m app.kiosk --show | --init | --set-pin``."""
