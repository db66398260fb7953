"""Index of people, units and places; each links to its events, days and the table."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.model import Dataset
from app.model.dates import format_date, format_day
from app.model.research import entity_days, entity_events, entity_finder, entity_index
from app.state import AppState
from app.views.common.lazy_page import BuildOnShow
from app.views.common.retranslate import Retranslating
from app.views.common.wording import code_label, term

#: The index's sections: everything, or one table (named by the wording module).
SECTIONS = ("", "people", "units", "places")
ALL_SECTIONS = QT_TRANSLATE_NOOP("IndexView", "People, units and places")


class IndexView(Retranslating, BuildOnShow, QWidget):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("indexView")
        self._state = state
        self._ds: Dataset | None = None
        self._index = pd.DataFrame()
        self._current: tuple[str, str] | None = None

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        for key in SECTIONS:
            self.kind.addItem("", key)
        self.kind_label = QLabel()  # names the list for screen readers (on Linux a combo's name is its text)
        self.kind_label.setBuddy(self.kind)
        self.entries = QListWidget()
        self.about = QPlainTextEdit(readOnly=True)
        self.about.setTabChangesFocus(True)
        self.events = QListWidget()
        self.days = QListWidget()
        self.days.setFlow(QListWidget.Flow.LeftToRight)
        self.days.setWrapping(True)
        self.days.setMaximumHeight(70)
        self.in_table = QPushButton()
        self.events_label = QLabel()
        self.events_label.setBuddy(self.events)
        self.days_label = QLabel()
        self.days_label.setBuddy(self.days)
        self.in_table.setEnabled(False)

        self._layout()

        self.retranslate()
        self.search.textChanged.connect(lambda _: self._fill())
        self.kind.currentIndexChanged.connect(lambda _: self._fill())
        self.entries.currentItemChanged.connect(self._entry_chosen)
        self.events.itemActivated.connect(self._open_event)
        self.days.itemActivated.connect(self._open_day)
        self.in_table.clicked.connect(self._show_in_table)
        self.follow_state(state)

    def _layout(self) -> None:
        """The entries on the left; the chosen entry, its events and days on the right."""
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)  # a row of its own: the pane is narrow and the placeholder long
        row = QHBoxLayout()
        row.addWidget(self.kind_label)
        row.addWidget(self.kind, 1)
        ll.addLayout(row)
        ll.addWidget(self.entries, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.about, 1)
        rl.addWidget(self.events_label)
        rl.addWidget(self.events, 2)
        rl.addWidget(self.days_label)
        rl.addWidget(self.days)
        rl.addWidget(self.in_table, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([350, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a person, unit or place…"))
        self.search.setAccessibleName(self.tr("Find in index"))
        self.kind.setAccessibleName(self.tr("Index section"))
        self.kind_label.setText(self.tr("S&how:"))
        for i, key in enumerate(SECTIONS):
            self.kind.setItemText(i, term("table", key) if key else self.tr(ALL_SECTIONS))
        self.entries.setAccessibleName(self.tr("Index entries"))
        self.about.setAccessibleName(self.tr("About the entry"))
        self.events.setAccessibleName(self.tr("Events mentioning the entry"))
        self.days.setAccessibleName(self.tr("Days of July–August 1938 with the entry"))
        self.in_table.setText(self.tr("Show its events in the incident table"))
        self.events_label.setText(self.tr("&Events (activate to open in the incident table):"))
        self.days_label.setText(self.tr("&Days (activate to open in the daily viewer):"))

    def _rebuild(self) -> None:
        self._stale = False
        ds = self._ds
        self._index = entity_index(ds, self._state.language)
        self._finder = entity_finder(self._index)
        self._fill()

    def _fill(self) -> None:
        idx = self._index
        if idx.empty:
            return
        kind = self.kind.currentData()
        if kind:
            idx = idx[idx["table"] == kind]
        if self.search.text().strip():
            idx = idx[self._finder.mask(self.search.text())[idx.index]]
        self.entries.clear()
        for table, entity_id, name, detail in idx[["table", "id", "name", "detail"]].itertuples(index=False):
            if table != "people":  # units and places have coded details (echelon, kind)
                detail = code_label("echelon" if table == "units" else "place_kind", detail)
            item = QListWidgetItem(f"{name} — {detail}")
            item.setData(Qt.ItemDataRole.UserRole, (table, entity_id))
            self.entries.addItem(item)

    def choose(self, table: str, entity_id: str) -> None:
        """Select an entry programmatically (tests, deep links)."""
        self.ensure_built()
        for i in range(self.entries.count()):
            if self.entries.item(i).data(Qt.ItemDataRole.UserRole) == (table, entity_id):
                self.entries.setCurrentRow(i)
                return

    @Slot()
    def _entry_chosen(self, item, _previous) -> None:
        if item is None or self._ds is None:
            return
        table, entity_id = item.data(Qt.ItemDataRole.UserRole)
        self._current = (table, entity_id)
        lang = self._state.language
        row = self._ds.row(table, entity_id)
        lines = [self._ds.name(table, entity_id, lang)]
        coded = {"side": "side", "echelon": "echelon", "kind": "place_kind"}
        for column in ("name_ru", "name_ja", "name_zh", "variants", f"rank_{lang}", f"role_{lang}", f"fate_{lang}",
                       "side", "echelon", "kind", f"note_{lang}"):
            if column in row.index and pd.notna(row[column]):
                field = column if column.startswith("name_") else column.removesuffix(f"_{lang}")
                value = code_label(coded[column], row[column]) if column in coded else row[column]
                lines.append(f"{code_label('field', field)}: {value}")
        if table == "places" and pd.notna(row["lat"]):
            approx = "" if row["coord_precision"] == "exact" else self.tr(" (approximate)")
            lines.append(f"{row['lat']:.5f}° N, {row['lon']:.5f}° E{approx}")
        lines.append(self.tr("Source: {c}").format(c=self._ds.citation(row["source_id"])))
        self.about.setPlainText("\n".join(lines))
        self.events.clear()
        events = entity_events(self._ds, table, entity_id).sort_values("date_start", kind="stable")
        for _, ev in events.iterrows():
            when = format_date(ev["date_start"], ev["date_end"] if pd.notna(ev["date_end"]) else None,
                               ev["date_precision"], lang)
            title = ev[f"title_{lang}"] if pd.notna(ev[f"title_{lang}"]) else ev["title_en"]
            entry = QListWidgetItem(f"{when}  {title}")
            entry.setData(Qt.ItemDataRole.UserRole, ev["id"])
            self.events.addItem(entry)
        self.days.clear()
        for day in entity_days(self._ds, table, entity_id):
            entry = QListWidgetItem(format_day(day, lang))
            entry.setData(Qt.ItemDataRole.UserRole, day)
            self.days.addItem(entry)
        self.in_table.setEnabled(self.events.count() > 0)

    @Slot()
    def _open_event(self, item) -> None:
        self._state.select_event(item.data(Qt.ItemDataRole.UserRole))
        self._state.request_view("incidents")

    @Slot()
    def _open_day(self, item) -> None:
        self._state.set_day(item.data(Qt.ItemDataRole.UserRole))
        self._state.request_view("days")

    @Slot()
    def _show_in_table(self) -> None:
        if self._current is not None:
            self._state.focus_entity(*self._current)
            self._state.request_view("incidents")
