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


def chapter_problem(number: int, count: int) -> str:
    """'' if the tour has chapter ``number``; else what --chapter says on stderr (the first chapter opens)."""
    if count == 0:
        return f"--chapter {number}: this data package has no guided tour"
    if not 1 <= number <= count:
        return f"--chapter {number}: the tour has chapters 1 to {count}; opening chapter 1"
    return ""


def command_line(page: str, day: date | None = None, event_id: str = "", data_path: str | None = None,
                 lang: str | None = None, program: str = "khasan-explorer", chapter: int | None = None) -> str:
    """A shell command that opens the app in this state (quoted for POSIX shells); on the tour
    page, ``chapter`` reopens that chapter."""
    args = [program, "--view", page]
    if chapter is not None:
        args += ["--chapter", str(chapter)]
    if day is not None:
        args += ["--day", day.isoformat()]
    if event_id:
        args += ["--event", event_id]
    if data_path:
        args += ["--data", data_path]
    if lang:
        args += ["--lang", lang]
    return shlex.join(args)
