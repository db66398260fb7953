"""Writing drawn pages: to a PDF file (made in memory, then written in one go, so a folder
that cannot be written to gives a plain OSError and leaves no half-written file) or to a
printer."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from app.views.print.sheet import Sheet

CREATOR = "Khasan 1938 Explorer"


def pdf_bytes(title: str, draw: Callable[[Sheet], None], header: str = "", footer: str = "") -> tuple[bytes, int]:
    """The PDF of what ``draw`` puts on a ``Sheet``, and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator(CREATOR)
    writer.setTitle(title)
    sheet = Sheet(writer, header=header, footer=footer)
    try:
        draw(sheet)
    finally:
        sheet.finish()
    buffer.close()
    return bytes(data.data()), sheet.page


def write_pdf(path: str, title: str, draw: Callable[[Sheet], None], header: str = "", footer: str = "") -> int:
    """Write the PDF to ``path``; returns its page count (OSError if the file cannot be written)."""
    data, pages = pdf_bytes(title, draw, header, footer)
    Path(path).write_bytes(data)
    return pages


def print_pages(printer, draw: Callable[[Sheet], None], header: str = "", footer: str = "") -> int:
    """Draw the same pages on a printer (a ``QPrinter`` the user chose)."""
    sheet = Sheet(printer, header=header, footer=footer)
    try:
        draw(sheet)
    finally:
        sheet.finish()
    return sheet.page
