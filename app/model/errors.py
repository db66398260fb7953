"""Errors raised while loading a data package."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataIssue:
    """One problem in one place of one file.

    ``row`` is the spreadsheet row (the header is row 1, the first data row is row 2), so a
    user who opens the file in a spreadsheet or an editor with line numbers lands on it.
    """

    file: str
    row: int | None
    column: str | None
    message: str

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
