"""Errors raised while loading a data package."""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Characters never echoed raw: C0/C1 controls, DEL, line/paragraph separators, bidi
#: overrides and isolates, zero-width marks, lone surrogates. Shown as repr-like escapes.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object, limit: int = 40) -> str:
    """``value`` as safe one-line text for a message: unsafe characters escaped, cut at
    ``limit`` characters with an ellipsis. Never echo data in a message without it."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > 4 * limit:  # escaping may lengthen; never escape a megabyte to show 40
        text = text[: 4 * limit]
    text = _UNSAFE.sub(_escape_char, text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class DataIssue:
    """One problem in one place of one file.

    ``row`` is the spreadsheet row (the header is row 1, the first data row is row 2), so a
    user who opens the file in a spreadsheet or an editor with line numbers lands on it.
    File, column and message are made safe to print (control characters escaped, long
    names cut) when the issue is made.
    """

    file: str
    row: int | None
    column: str | None
    message: str

    def __post_init__(self):
        file = shown(self.file, 100_000)
        object.__setattr__(self, "file", file if len(file) <= 300 else "…" + file[-299:])
        if self.column is not None:
            object.__setattr__(self, "column", shown(self.column, 80))
        object.__setattr__(self, "message", shown(self.message, 600))

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"


class DataError(Exception):
    """The data package cannot be used. ``issues`` lists every problem found (capped)."""

    def __init__(self, issues: list[DataIssue]):
        if not issues:
            raise ValueError("DataError needs at least one issue")
        self.issues = list(issues)
        super().__init__(self._summary())

    @property
    def first(self) -> DataIssue:
        return self.issues[0]

    @property
    def file(self) -> str:
        return self.first.file

    @property
    def row(self) -> int | None:
        return self.first.row

    @property
    def column(self) -> str | None:
        return self.first.column

    def _summary(self) -> str:
        text = str(self.first)
        more = len(self.issues) - 1
        if more:
            text += f" (and {more} more problem{'s' if more > 1 else ''})"
        return text

    def details(self, limit: int = 20) -> str:
        """All issues, one per line, for a dialog's details or the console."""
        lines = [str(issue) for issue in self.issues[:limit]]
        if len(self.issues) > limit:
            lines.append(f"… {len(self.issues) - limit} more")
        return "\n".join(lines)


class UnexpectedLoadError(DataError):
    """A failure the loader did not foresee, turned into a :class:`DataError` by the last
    line of defence in ``load_dataset``. Users see an ordinary error naming the file; the
    fuzz tests count every one of these as a loader bug (``__cause__`` is the original)."""


def data_error(file: str, row: int | None, column: str | None, message: str) -> DataError:
    """A :class:`DataError` with one issue."""
    return DataError([DataIssue(file, row, column, message)])
