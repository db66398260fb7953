"""Breaking a text into lines of a given width (no Qt: the caller measures, in any unit)."""
from __future__ import annotations

from typing import Callable


def wrap_words(text: str, width: float, measure: Callable[[str], float], soft_break: str | None = None) -> list[str]:
    """Lines of at most ``width`` (``measure`` gives a text's width), broken between words; a
    word longer than the width gets a line of its own. With ``soft_break`` (e.g. "·"), a line
    also ends after that mark once it fills 60 % of the width: a list of phrases breaks
    between phrases, not inside one."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
        if soft_break and current.endswith(soft_break) and measure(current) > width * 0.6:
            lines.append(current[:-len(soft_break)].rstrip())
            current = ""
    return lines + [current] if current else lines
