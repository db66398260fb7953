"""The force-comparison page's controls: conflict, scope, table mode, export, chart tabs.

They only report what the user chose (``*_chosen`` signals); the page puts that into its
``ForcesState`` and calls :meth:`ForcesControls.show_state` with the result, which sets the
widgets without echoing signals back.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
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
        # Too narrow for every tab (kiosk type at 1280 px): the counts go first (the line under the
        # tabs counts the chart shown), then the names are shortened; never tabs behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self._with_counts = True
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
        for combo in (self.conflict, self.scope):  # they give way before the buttons are cut
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for widget, stretch in ((self.conflict_label, 0), (self.conflict, 2), (self.scope_label, 0), (self.scope, 1)):
            top.addWidget(widget, stretch)
        top.addStretch(1)
        for widget in (self.as_table, self.export_png, self.export_svg):
            top.addWidget(widget)
        self._tab_row = QHBoxLayout()
        self._tab_row.addWidget(self.tabs)
        self._tab_row.addStretch(1)
        self._tab_row.addWidget(self.status)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addLayout(top)
        self._rows.addLayout(self._tab_row)

    def _place_status(self) -> None:
        """What is shown beside the chart tabs, or under them when both do not fit (large type,
        a narrow screen): never tabs hidden behind scroll arrows."""
        room = self.width() - self._tab_row.spacing()
        beside = self.tabs.sizeHint().width() + self.status.sizeHint().width() <= room
        if beside == (self._tab_row.indexOf(self.status) >= 0):
            return
        if beside:
            self._rows.removeWidget(self.status)
            self._tab_row.addWidget(self.status)
        else:
            self._tab_row.removeWidget(self.status)
            self._rows.addWidget(self.status)

    def event(self, event):  # noqa: D102 - Qt override
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):  # new words or width
            self._fit_tabs()
            self._place_status()
        return super().event(event)

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
        """Tab texts: each chart with its number of figures (none known yet, or no room: the name alone)."""
        self._counts = counts
        full = self._tab_texts(True)
        shown = full if self._with_counts else self._tab_texts(False)
        for i, (text, whole) in enumerate(zip(shown, full)):
            self.tabs.setTabText(i, text)
            self.tabs.setTabToolTip(i, whole)

    def _tab_texts(self, with_counts: bool) -> list[str]:
        texts = []
        for key in CHARTS:
            name = label(CHART_LABELS, key)
            n = self._counts.get(key) if with_counts else None
            texts.append(name if n is None else translate("ForcesView", "{chart} ({n})").format(chart=name, n=n))
        return texts + [translate("ForcesView", "All figures (table)")]

    def _fit_tabs(self) -> None:
        """Counts in the tab texts only where every tab then fits (a tab's width is its text plus
        what the style adds, so the width with other texts follows from the one shown)."""
        metrics = self.tabs.fontMetrics()
        shown = sum(metrics.horizontalAdvance(self.tabs.tabText(i)) for i in range(self.tabs.count()))
        counted = sum(metrics.horizontalAdvance(text) for text in self._tab_texts(True))
        with_counts = self.tabs.sizeHint().width() - shown + counted <= self.width()
        if with_counts != self._with_counts:
            self._with_counts = with_counts
            self.set_chart_counts(self._counts)

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
