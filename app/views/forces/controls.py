"""The force-comparison page's controls: conflict, scope, table mode, export, chart tabs.

They only report what the user chose (``*_chosen`` signals); the page puts that into its
``ForcesState`` and calls :meth:`ForcesControls.show_state` with the result, which sets the
widgets without echoing signals back.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabBar, QVBoxLayout, QWidget

from app.model import CONFLICTS
from app.model.forces import BOTH, CHARTS, SCOPES
from app.views.common.retranslate import Retranslating
from app.views.common.wording import term
from app.views.forces.state import TABS, ForcesState
from app.views.forces.text import CHART_LABELS, SCOPE_LABELS, label

CONFLICT_CHOICES = CONFLICTS + (BOTH,)


#: Called as translate("ForcesView", "literal") so that lupdate extracts the string
#: (it does not see through a wrapper such as _tr(text)).
translate = QCoreApplication.translate


class ForcesControls(Retranslating, QWidget):
    """Two rows: conflict, scope and the buttons; then the chart tabs and what is shown."""

    conflict_chosen = Signal(str)
    scope_chosen = Signal(str)
    chart_chosen = Signal(str)
    table_toggled = Signal(bool)
    export_requested = Signal(str)  # "png" or "svg"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.conflict = QComboBox()
        for key in CONFLICT_CHOICES:
            self.conflict.addItem("", key)
        self.scope = QComboBox()
        for key in SCOPES:
            self.scope.addItem("", key)
        self.as_table = QPushButton(checkable=True)
        self.export_png, self.export_svg = QPushButton(), QPushButton()
        for button in (self.export_png, self.export_svg):
            button.setProperty("kiosk_hidden", True)  # writes files: never on a kiosk
        self.status = QLabel()
        self.tabs = QTabBar(expanding=False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; arrows switch charts
        for _key in TABS:
            self.tabs.addTab("")
        self._counts: dict[str, int] = {}
        self.conflict_label, self.scope_label = QLabel(), QLabel()
        self.conflict_label.setBuddy(self.conflict)
        self.scope_label.setBuddy(self.scope)
        self._lay_out()
        self.conflict.currentIndexChanged.connect(lambda: self.conflict_chosen.emit(self.conflict.currentData()))
        self.scope.currentIndexChanged.connect(lambda: self.scope_chosen.emit(self.scope.currentData()))
        self.tabs.currentChanged.connect(lambda i: self.chart_chosen.emit(TABS[i]))
        self.as_table.toggled.connect(self.table_toggled)
        self.export_png.clicked.connect(lambda: self.export_requested.emit("png"))
        self.export_svg.clicked.connect(lambda: self.export_requested.emit("svg"))
        self.retranslate()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.conflict_label, self.conflict, self.scope_label, self.scope):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.as_table, self.export_png, self.export_svg):
            top.addWidget(widget)
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)
        tab_row.addWidget(self.status)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(top)
        rows.addLayout(tab_row)

    def retranslate(self) -> None:
        """Every control's text in the current language (tab counts kept)."""
        for i, key in enumerate(CONFLICT_CHOICES):
            self.conflict.setItemText(i, term("conflict", key))
        for i, key in enumerate(SCOPES):
            self.scope.setItemText(i, label(SCOPE_LABELS, key))
        self.conflict.setAccessibleName(term("field", "conflict"))
        self.scope.setAccessibleName(term("field", "scope"))
        self.conflict_label.setText(translate("ForcesView", "&Conflict:"))
        self.scope_label.setText(translate("ForcesView", "S&cope:"))
        self.scope.setToolTip(translate("ForcesView", "Which figures to show: those of the forces in the fighting, of the whole "
                                  "corps or grouping, or of single actions (one day, one group)"))
        self.as_table.setText(translate("ForcesView", "Show as table"))
        self.as_table.setToolTip(translate("ForcesView", "The numbers behind the chart, as a sortable table"))
        self.export_png.setText(translate("ForcesView", "Export PNG…"))
        self.export_svg.setText(translate("ForcesView", "Export SVG…"))
        self.tabs.setAccessibleName(translate("ForcesView", "Chart"))
        self.set_chart_counts(self._counts)
        self.status.setAccessibleDescription(translate("ForcesView", "Figures shown"))  # its name stays its text

    def set_chart_counts(self, counts: dict[str, int]) -> None:
        """Tab texts: each chart with its number of figures (none known yet: the name alone)."""
        self._counts = counts
        for i, key in enumerate(CHARTS):
            name = label(CHART_LABELS, key)
            self.tabs.setTabText(i, translate("ForcesView", "{chart} ({n})").format(chart=name, n=counts[key]) if key in counts else name)
        self.tabs.setTabText(len(CHARTS), translate("ForcesView", "All figures (table)"))

    def show_state(self, fs: ForcesState) -> None:
        """Set every control to the state (no ``*_chosen`` signal is emitted)."""
        with QSignalBlocker(self.conflict), QSignalBlocker(self.scope), QSignalBlocker(self.tabs), \
                QSignalBlocker(self.as_table):
            self.conflict.setCurrentIndex(max(0, self.conflict.findData(fs.conflict)))
            self.scope.setCurrentIndex(max(0, self.scope.findData(fs.scope)))
            self.tabs.setCurrentIndex(TABS.index(fs.chart))
            self.as_table.setChecked(fs.as_table)
        self.scope.setEnabled(fs.is_chart)
        self.as_table.setEnabled(fs.is_chart)
        self.export_png.setEnabled(fs.shows_chart)
        self.export_svg.setEnabled(fs.shows_chart)
