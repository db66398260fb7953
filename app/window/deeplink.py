"""Deep links: the command line that reopens the app on a page, day and event."""
from __future__ import annotations

import shlex
from datetime import date

#: --view accepts the page names and "table" as a synonym for the incident table.
VIEW_ALIASES = {"table": "incidents"}


def page_for(view: str | None) -> str | None:
    return VIEW_ALIASES.get(view, view) if view else None


def parse_day(text: str) -> date:
    """'1938-08-06' -> date; argparse shows the ValueError's message on bad input."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a day in the form YYYY-MM-DD: {text!r}") from None


def command_line(page: str, day: date | None = None, event_id: str = "", data_path: str | None = None,
                 lang: str | None = None, program: str = "khasan-explorer") -> str:
    """A shell command that opens the app in this state (quoted for POSIX shells)."""
    args = [program, "--view", page]
    if day is not None:
        args += ["--day", day.isoformat()]
    if event_id:
        args += ["--event", event_id]
    if data_path:
        args += ["--data", data_path]
    if lang:
        args += ["--lang", lang]
    return shlex.join(args)
