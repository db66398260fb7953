"""A printed table: wrapped cells, a header row repeated on every page it runs onto."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from app.views.print.sheet import MM, PALE, Line, Sheet

ROW_RULE = QColor("#d4d4d4")
STRIPE = QColor("#f7f6f2")
PAD_X, PAD_Y = 1.3 * MM, 0.9 * MM


@dataclass
class Column:
    header: str
    weight: float  # share of the table's width
    align: str = "left"  # "right" for numbers
    style: str = "cell"


def _widths(sheet: Sheet, columns: list[Column], width: float) -> list[float]:
    total = sum(c.weight for c in columns) or 1.0
    return [width * c.weight / total for c in columns]


def _break_ranges(sheet: Sheet, text: str, style: str, width: float) -> str:
    """'1.1.1936–29.7.1938' too wide for its cell breaks after the dash, not inside a number."""
    if "–" in text and " " not in text.strip() and sheet.metrics(style).horizontalAdvance(text) > width:
        return text.replace("–", "–\n", 1)
    return text


def _cells(sheet: Sheet, columns: list[Column], widths: list[float], row: list[str], styles=None) -> list[list[Line]]:
    cells = []
    for i, (c, w, text) in enumerate(zip(columns, widths, row)):
        style = (styles or {}).get(i, c.style)
        cells.append(sheet.lines(_break_ranges(sheet, str(text), style, w - 2 * PAD_X), style, w - 2 * PAD_X))
    return cells


def _row_height(cells: list[list[Line]]) -> float:
    return max((sum(line.height for line in lines) for lines in cells), default=0.0) + 2 * PAD_Y


def _draw_row(sheet: Sheet, columns: list[Column], widths: list[float], cells: list[list[Line]], y: float,
              height: float, styles: dict[int, str] | None = None, fill: QColor | None = None) -> None:
    if fill is not None:
        sheet.box(QRectF(sheet.left, y, sum(widths), height), fill=fill)
    x = sheet.left
    for i, (column, w, lines) in enumerate(zip(columns, widths, cells)):
        align = Qt.AlignmentFlag.AlignRight if column.align == "right" else Qt.AlignmentFlag.AlignLeft
        style = (styles or {}).get(i, column.style)
        sheet.draw_lines(lines, style, x + PAD_X, y + PAD_Y, align, w - 2 * PAD_X)
        x += w
    sheet.painter.setPen(QPen(ROW_RULE, 0.5))
    sheet.painter.drawLine(QPointF(sheet.left, y + height), QPointF(sheet.left + sum(widths), y + height))


def _header(sheet: Sheet, columns: list[Column], widths: list[float]) -> None:
    cells = _cells(sheet, columns, widths, [c.header for c in columns], {i: "head" for i in range(len(columns))})
    h = _row_height(cells)
    _draw_row(sheet, columns, widths, cells, sheet.y, h, {i: "head" for i in range(len(columns))}, PALE)
    sheet.painter.setPen(QPen(QColor("#8a8a8a"), 0.8))
    sheet.painter.drawLine(QPointF(sheet.left, sheet.y + h), QPointF(sheet.left + sum(widths), sheet.y + h))
    sheet.y += h


def table_height(sheet: Sheet, columns: list[Column], rows: list[list[str]], width: float | None = None) -> float:
    """The height the table takes, header included, when it does not break across pages."""
    widths = _widths(sheet, columns, width or sheet.content_width)
    return sum(_row_height(_cells(sheet, columns, widths, row)) for row in [[c.header for c in columns], *rows])


def draw_table(sheet: Sheet, columns: list[Column], rows: list[list[str]], *, bold_first: bool = False,
               width: float | None = None) -> int:
    """Draw ``rows`` under a header; rows never split across pages (a row taller than a
    page is cut short with '…'). Returns the number of pages it started."""
    widths = _widths(sheet, columns, width or sheet.content_width)
    head_h = _row_height(_cells(sheet, columns, widths, [c.header for c in columns]))
    first = _row_height(_cells(sheet, columns, widths, rows[0])) if rows else 0.0
    started = int(sheet.ensure(head_h + first))
    _header(sheet, columns, widths)
    styles = {0: "cell_bold"} if bold_first else None
    for n, row in enumerate(rows):
        cells = _cells(sheet, columns, widths, row, styles)
        h = _row_height(cells)
        limit = sheet.bottom - sheet.top - head_h
        if h > limit:
            cells = [_cut(lines, limit - 2 * PAD_Y) for lines in cells]
            h = _row_height(cells)
        if sheet.ensure(h):
            started += 1
            _header(sheet, columns, widths)
        _draw_row(sheet, columns, widths, cells, sheet.y, h, styles, STRIPE if n % 2 else None)
        sheet.y += h
    return started


def _cut(lines: list[Line], room: float) -> list[Line]:
    kept, used = [], 0.0
    for line in lines:
        if used + line.height > room:
            if kept:
                kept[-1] = Line(kept[-1].text + " …", kept[-1].width, kept[-1].height, kept[-1].ascent)
            break
        kept.append(line)
        used += line.height
    return kept
