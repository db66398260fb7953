"""Home page: what the app is and what the loaded dataset holds.

Imports Qt only (no pandas) so it can paint before the heavy imports finish.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QPushButton, QHBoxLayout, QVBoxLayout, QWidget

TABLE_LABELS = [
    ("events", "Events"), ("figures", "Figures"), ("places", "Places"), ("units", "Units"),
    ("people", "People"), ("sources", "Sources"), ("control", "Daily positions"), ("moves", "Daily moves"),
]
CONFLICT_LABELS = [
    ("border-1934-1938", "Border incidents 1934–1938"),
    ("khasan-1938", "Lake Khasan 1938"),
    ("khalkhin-gol-1939", "Khalkhin Gol 1939"),
]


class OverviewPage(QWidget):
    """Static introduction at once; the dataset's counts once it has loaded."""

    open_view = Signal(str)  # "incidents", "forces" or "days"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.heading = QLabel(self.tr("Khasan 1938 Explorer"))
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self.tr(
            "The battle at Lake Khasan (July–August 1938), the Soviet–Japanese border incidents of "
            "1934–1938 that led to it, and the battles at Khalkhin Gol in 1939 — every event and "
            "figure with its source."))
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)  # busy indicator until the data is in
        self.loading.setFormat(self.tr("Loading data…"))
        self.loading.setTextVisible(True)
        self.loading.setAccessibleName(self.tr("Loading data"))
        self.dataset_label = QLabel()
        self.counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(TABLE_LABELS + CONFLICT_LABELS):
            name = QLabel(self.tr(label))
            value = QLabel("…")
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.counts.addWidget(name, row, 0)
            self.counts.addWidget(value, row, 1)
            self.count_labels[key] = value
        self.span = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("errorLabel")
        self.error.hide()

        buttons = QHBoxLayout()
        for key, label in [("incidents", "Incident table"), ("forces", "Force comparison"), ("days", "Daily operations")]:
            button = QPushButton(self.tr(label))
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

    def show_summary(self, label: str, summary, span_text: str) -> None:
        self.loading.hide()
        self.dataset_label.setText(self.tr("Dataset: {label}").format(label=label))
        for key, value in summary.counts.items():
            if key in self.count_labels:
                self.count_labels[key].setText(f"{value:,}")
        for key, _ in CONFLICT_LABELS:
            self.count_labels[key].setText(self.tr("{n} events").format(n=summary.events_per_conflict.get(key, 0)))
        self.span.setText(self.tr("Time span: {span}").format(span=span_text))
        for key in ("incidents", "forces", "days"):
            getattr(self, f"open_{key}").setEnabled(True)

    def show_error(self, text: str) -> None:
        self.loading.hide()
        self.error.setText(text)
        self.error.show()
