"""Message boxes whose text is plain text: paths, file names and data never render as HTML
(QMessageBox's default, Qt.AutoText, would show `<font size=7>` in a folder name as markup)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Like ``QMessageBox.warning`` (modal, OK), with ``text`` shown literally."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box
