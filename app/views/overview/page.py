"""Home page: what the app is and what the loaded dataset holds.

Imports Qt only (no pandas) so it can paint before the heavy imports finish.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.views.common.display import relative_font
from app.views.common.retranslate import Retranslating
from app.views.common.wording import term

#: The tables and conflicts the overview counts (labels from the wording module).
COUNTED_TABLES = ("events", "figures", "places", "units", "people", "sources", "control", "moves")
COUNTED_CONFLICTS = ("border-1934-1938", "khasan-1938", "khalkhin-gol-1939")
BUTTONS = [
    ("incidents", QT_TRANSLATE_NOOP("OverviewPage", "Incident table")),
    ("forces", QT_TRANSLATE_NOOP("OverviewPage", "Force comparison")),
    ("days", QT_TRANSLATE_NOOP("OverviewPage", "Daily operations")),
]


class OverviewPage(Retranslating, QWidget):
    """Static introduction at once; the dataset's counts once it has loaded."""

    open_view = Signal(str)  # "incidents", "forces" or "days"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.heading = relative_font(QLabel(), 2.0, bold=True)
        self.heading.setObjectName("heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)  # busy indicator until the data is in
        self.loading.setTextVisible(True)
        self.dataset_label = QLabel()
        self.dataset_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is never HTML
        self.dataset_label.setWordWrap(True)
        self.count_labels: dict[str, QLabel] = {}
        self.count_names: dict[str, QLabel] = {}
        self.counts = self._count_grid()
        self.span = QLabel()
        self.span.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("errorLabel")
        self.error.hide()

        buttons = QHBoxLayout()
        for key, _label in BUTTONS:
            button = QPushButton()
            button.setObjectName(f"open_{key}")
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, k=key: self.open_view.emit(k))
            buttons.addWidget(button)
            button.setEnabled(False)
            setattr(self, f"open_{key}", button)

        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setMaximumWidth(560)  # keep numbers next to their labels on wide screens
        inner = QVBoxLayout(frame)
        inner.addWidget(self.dataset_label)
        inner.addLayout(self.counts)
        inner.addWidget(self.span)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.loading)
        layout.addWidget(self.error)
        layout.addWidget(frame)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def _count_grid(self) -> QGridLayout:
        """One row per table and conflict: its name and, once loaded, its count."""
        grid = QGridLayout()
        for row, key in enumerate(COUNTED_TABLES + COUNTED_CONFLICTS):
            name = QLabel()
            value = QLabel("…")
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            name.setBuddy(value)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.count_labels[key] = value
            self.count_names[key] = name
        return grid

    def retranslate(self) -> None:
        """Every text of the page in the current language (Qt's LanguageChange calls it)."""
        self.heading.setText(self.tr("Khasan 1938 Explorer"))
        self.intro.setText(self.tr(
            "The battle at Lake Khasan (July–August 1938), the Soviet–Japanese border incidents of "
            "1934–1938 that led to it, and the battles at Khalkhin Gol in 1939 — every event and "
            "figure with its source."))
        self.loading.setFormat(self.tr("Loading data…"))
        self.loading.setAccessibleName(self.tr("Loading data"))
        names = [(key, term("table", key)) for key in COUNTED_TABLES]
        names += [(key, term("conflict", key)) for key in COUNTED_CONFLICTS]
        for key, name in names:
            self.count_names[key].setText(name)
            self.count_labels[key].setAccessibleName(name)
        for key, label in BUTTONS:
            getattr(self, f"open_{key}").setText(self.tr(label))
        # The counts and the span follow on language_changed (the main window's show_summary),
        # drawn once in the new language.

    def show_summary(self, label: str, summary, span_text: str, lang: str = "en") -> None:
        """The dataset's counts; numbers grouped the language's way ('1,234' / '1 234')."""
        from app.model.formats import format_count  # the data has loaded: pandas is in already

        self.loading.hide()
        self.dataset_label.setText(self.tr("Dataset: {label}").format(label=label))
        for key, value in summary.counts.items():
            if key in self.count_labels:
                self.count_labels[key].setText(format_count(value, lang))
        for key in COUNTED_CONFLICTS:
            n = summary.events_per_conflict.get(key, 0)
            text = self.tr("1 event") if n == 1 else self.tr("{n} events")
            self.count_labels[key].setText(text.format(n=format_count(n, lang)))
        self.span.setText(self.tr("Time span: {span}").format(span=span_text))
        for key in ("incidents", "forces", "days"):
            getattr(self, f"open_{key}").setEnabled(True)

    def show_error(self, text: str) -> None:
        self.loading.hide()
        self.error.setText(text)
        self.error.show()
