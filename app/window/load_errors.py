"""What a data load has to tell the user: its errors (file, row, column) and its notes,
in a non-modal banner at the top of the window with Details, Copy errors and Close.

A banner, not a dialog: start-up, ``--screenshot`` and the kiosk are never blocked by it
(the kiosk rejects dialogs), and the data it fell back to stays usable underneath. Every
text in it is plain text: paths and data are never read as HTML.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.views.common.retranslate import Retranslating

ERROR, INFO = "error", "info"
# How many lines of each section the banner shows before "Details".
SHOWN_LINES = 3

# Headlines; {where} is a path or the bundled data.
KEPT = QT_TRANSLATE_NOOP("LoadBanner", "Could not load {where}; still showing the previous data.")
FALLBACK = QT_TRANSLATE_NOOP("LoadBanner", "Could not load {where}; showing the bundled data instead.")
NOTHING = QT_TRANSLATE_NOOP("LoadBanner", "Could not load {where}; there is no data to show.")
PARTIAL = QT_TRANSLATE_NOOP("LoadBanner", "Errors while showing {where}; some pages may be incomplete.")
NOTES = QT_TRANSLATE_NOOP("LoadBanner", "Notes on {where}:")
BUNDLED = QT_TRANSLATE_NOOP("LoadBanner", "the bundled data")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoadBanner", text)


def _cut(line: str, width: int = 180) -> str:
    return line if len(line) <= width else line[:width - 1].rstrip() + "…"


def problem_lines(err: BaseException) -> list[str]:
    """One line per problem: "file, row N, column 'c': message" for data errors."""
    issues = getattr(err, "issues", None)
    if issues:
        return [str(issue) for issue in issues]
    text = str(err).strip()
    if isinstance(err, OSError):
        return [text or type(err).__name__]
    # Anything else is a bug in the app, not in the data: say so, so it gets reported.
    return [f"unexpected error ({type(err).__name__}){': ' + text if text else ''} — please report this"]


def dataset_notes(dataset) -> list[str]:
    """The loader's notes on a dataset (e.g. "places: not in this package; the bundled table
    is used"), each once; ``Dataset.substituted`` names the same tables, so it adds nothing."""
    seen: list[str] = []
    for note in getattr(dataset, "notes", ()) or ():
        if str(note) not in seen:
            seen.append(str(note))
    return seen


@dataclass
class Section:
    """A headline (a source text marked for "LoadBanner", with ``{where}``) and its lines."""

    kind: str  # ERROR or INFO
    headline: str
    where: str | None  # a path; None is the bundled data
    lines: list[str] = field(default_factory=list)

    def title(self) -> str:
        return _tr(self.headline).format(where=_tr(BUNDLED) if self.where is None else str(self.where))

    def text(self, limit: int | None = None) -> str:
        """The headline and the lines; with ``limit``, the first few, each cut to one screen line."""
        lines = self.lines if limit is None else [_cut(line) for line in self.lines[:limit]]
        out = [self.title()] + [f"  {line}" for line in lines]
        if limit is not None and len(self.lines) > limit:
            out.append("  " + QCoreApplication.translate("LoadBanner", "… and {n} more (see Details)").format(n=len(self.lines) - limit))
        return "\n".join(out)


class LoadBanner(Retranslating, QFrame):
    """A strip above the pages listing load errors (red) or notes (blue); non-modal."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loadBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._sections: list[Section] = []
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel()
        self.summary.setObjectName("loadBannerText")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setObjectName("loadBannerDetails")
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(160)
        self.details.hide()
        self.details_button = QPushButton(checkable=True)
        self.details_button.setObjectName("loadBannerDetailsButton")
        self.details_button.toggled.connect(self.details.setVisible)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("loadBannerCopy")
        self.copy_button.setProperty("kiosk_hidden", True)  # the clipboard is not for visitors
        self.copy_button.clicked.connect(self.copy_errors)
        self.close_button = QToolButton()
        self.close_button.setObjectName("loadBannerClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)

        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.close_button)
        buttons.addLayout(row)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.hide()
        self.retranslate()

    # ------------------------------------------------------------------ content
    def show_sections(self, sections: list[Section]) -> None:
        """Show these sections (errors first); an empty list hides the banner."""
        self._sections = sorted(sections, key=lambda s: s.kind != ERROR)
        if not self._sections:
            self.hide()
            return
        self.details_button.setChecked(False)
        self._render()
        self.show()

    def sections(self) -> list[Section]:
        return list(self._sections)

    def has_errors(self) -> bool:
        return any(s.kind == ERROR for s in self._sections)

    def text(self) -> str:
        """Everything the banner holds, in full: what Details shows and Copy puts on the clipboard."""
        return "\n\n".join(s.text() for s in self._sections)

    def copy_errors(self) -> str:
        text = self.text()
        QGuiApplication.clipboard().setText(text)
        return text

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def _render(self) -> None:
        error = self.has_errors()
        self.setProperty("severity", ERROR if error else INFO)
        self.setStyleSheet(
            "QFrame#loadBanner { background: %s; border: 1px solid %s; border-radius: 3px; }"
            " QFrame#loadBanner QLabel { color: #1a1a1a; background: transparent; }"
            % (("#fde7e9", "#c50f1f") if error else ("#e8f1fb", "#0f6cbd")))
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning if error else QStyle.StandardPixmap.SP_MessageBoxInformation
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.summary.setText("\n".join(s.text(SHOWN_LINES) for s in self._sections))
        self.details.setPlainText(self.text())
        self.copy_button.setText(self.tr("Copy errors") if error else self.tr("Copy notes"))
        self.setAccessibleName(self.tr("Data load errors") if error else self.tr("Data notes"))

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(self.tr("Show every problem with its file, row and column"))
        self.copy_button.setToolTip(self.tr("Copy the full list to the clipboard"))
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.summary.setAccessibleDescription(self.tr("Data load messages"))  # the name stays its text
        self.details.setAccessibleName(self.tr("Details of the data load messages"))
        self.copy_button.setText(self.tr("Copy errors"))
        if self._sections:
            self._render()
