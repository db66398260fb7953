"""The first page's "about the data" corner: which data is loaded and how many rows each
table and each conflict has, in small type. Qt only (it shows before the data loads)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.views.common.display import relative_font
from app.views.common.wording import term
from app.views.overview.wrapping import WrappingLabel

#: The tables and conflicts counted before the data is in; the data's own tables follow it.
COUNTED_TABLES = ("events", "figures", "places", "units", "people", "sources", "control", "moves")
COUNTED_CONFLICTS = ("border-1934-1938", "khasan-1938", "khalkhin-gol-1939")
COLUMNS = 3  # value–name pairs per row where there is room (two on a narrow page: set_columns)
TITLE = QT_TRANSLATE_NOOP("OverviewPage", "About the data")


def table_name(key: str) -> str:
    """A table's name from the wording module (its code, underscores as spaces, if it has none)."""
    return term("table", key)


class DataCorner(QFrame):
    """The dataset's name and its counts, as value–name pairs (values right-aligned, grouped
    the language's way): every table of the data, then the events of each conflict."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutData")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = relative_font(QLabel(), 0.9, bold=True)
        self.dataset_label = relative_font(WrappingLabel(), 0.85)
        self.dataset_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is never HTML
        self.count_labels: dict[str, QLabel] = {}
        self.count_names: dict[str, QLabel] = {}
        self.tables: list[str] = list(COUNTED_TABLES)
        self.columns = COLUMNS
        self.counts = self._pairs(self.tables)
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.title)
        head.addWidget(self.dataset_label, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(3)
        self._layout.addLayout(head)
        self._layout.addWidget(self.counts)
        self.retranslate()

    def _pairs(self, tables: list[str]) -> QWidget:
        """A new grid of value–name pairs: one per table, then per conflict, three to a row. Each
        label is placed once (placing a widget again in a layout leaves a dead item behind)."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        self.count_labels.clear()  # the page holds these very dicts
        self.count_names.clear()
        for key in list(tables) + list(COUNTED_CONFLICTS):
            value = relative_font(QLabel("…", box), 0.85, bold=True)
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextFormat(Qt.TextFormat.PlainText)
            name = relative_font(QLabel(box), 0.85)
            name.setBuddy(value)
            self.count_labels[key], self.count_names[key] = value, name
        self._place(grid)
        return box

    def _place(self, grid: QGridLayout) -> None:
        """The pairs in the grid, ``self.columns`` to a row, in reading order."""
        for col in range(2 * COLUMNS):
            grid.setColumnStretch(col, 0)
        for col in range(self.columns):
            grid.setColumnStretch(2 * col + 1, 1)
        for i, key in enumerate(self.count_labels):
            row, col = divmod(i, self.columns)
            grid.addWidget(self.count_labels[key], row, 2 * col)
            grid.addWidget(self.count_names[key], row, 2 * col + 1)

    def set_columns(self, columns: int) -> None:
        """Show the pairs ``columns`` to a row (the page chooses from the width it has)."""
        columns = max(1, min(COLUMNS, columns))
        if columns == self.columns:
            return
        self.columns = columns
        grid = self.counts.layout()
        for key in self.count_labels:  # taken out first: a widget placed twice leaves a dead item
            grid.removeWidget(self.count_labels[key])
            grid.removeWidget(self.count_names[key])
        self._place(grid)
        self.updateGeometry()

    def width_for(self, columns: int) -> int:
        """The width the corner needs to show its pairs ``columns`` to a row, from its labels' words."""
        keys = list(self.count_labels)
        grid = self.counts.layout()
        used = 0
        for col in range(min(columns, len(keys))):
            in_col = keys[col::columns]
            used += max(self.count_labels[k].sizeHint().width() for k in in_col)
            used += max(self.count_names[k].sizeHint().width() for k in in_col)
        used += grid.horizontalSpacing() * (2 * min(columns, len(keys)) - 1)
        head = self.title.sizeHint().width() + 12 + self.dataset_label.minimumSizeHint().width()
        margins = self._layout.contentsMargins()
        return max(used, head) + margins.left() + margins.right() + 2 * self.frameWidth()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("OverviewPage", TITLE))
        names = [(key, table_name(key)) for key in self.count_labels if key not in COUNTED_CONFLICTS]
        names += [(key, term("conflict", key)) for key in COUNTED_CONFLICTS]
        for key, name in names:
            self.count_names[key].setText(name)
            self._speak(key)

    def show_counts(self, label: str, summary, lang: str) -> None:
        """The dataset's counts; numbers grouped the language's way ('1,234' / '1 234')."""
        from app.model.formats import format_count  # the data has loaded: pandas is in already

        tables = list(summary.counts)
        if tables != self.tables:  # the data has other tables: a new grid for them
            self.tables = tables
            old, self.counts = self.counts, self._pairs(tables)
            self._layout.replaceWidget(old, self.counts)
            old.hide()  # gone now, not at the next turn of the event loop (a screenshot may come first)
            old.deleteLater()
            self.retranslate()
        self.dataset_label.setText(QCoreApplication.translate("OverviewPage", "Dataset: {label}").format(label=label))
        for key, value in summary.counts.items():
            self.count_labels[key].setText(format_count(value, lang))
        for key in COUNTED_CONFLICTS:
            n = summary.events_per_conflict.get(key, 0)
            text = (QCoreApplication.translate("OverviewPage", "1 event") if n == 1
                    else QCoreApplication.translate("OverviewPage", "{n} events"))
            self.count_labels[key].setText(text.format(n=format_count(n, lang)))
        for key in self.count_labels:
            self._speak(key)
        self.setAccessibleName(self.summary_text())

    def _speak(self, key: str) -> None:
        """A count is read with what it counts: "129 Events", not a bare "129" nor only "Events"."""
        value, name = self.count_labels[key], self.count_names[key]
        value.setAccessibleName(f"{value.text()} {name.text()}".strip())

    def summary_text(self) -> str:
        """Every count shown, in one line (the corner's accessible name)."""
        pairs = [f"{self.count_labels[k].text()} {self.count_names[k].text()}"
                 for k in self.tables + list(COUNTED_CONFLICTS)]
        return f"{self.title.text()}: {self.dataset_label.text()}; " + ", ".join(pairs)
