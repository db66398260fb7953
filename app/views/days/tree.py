"""The daily viewer's list of what the data holds for one day, in sections, every row
with its source; the keyboard and screen-reader equivalent of the map and the chart.

A QTreeView over a QStandardItemModel, not a QTreeWidget: the tree widget's own model gives
the second column the first one's children, which Qt's model tester (and assistive tools
walking the tree) rejects."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from app.model.days import DayRecord
from app.views.common.palette import side_color
from app.views.common.retranslate import Retranslating
from app.views.days.text import DayText, tooltip_html

ROW_KEY = Qt.ItemDataRole.UserRole  # (table, id) of the row behind a tree item
ROW_DETAILS = Qt.ItemDataRole.UserRole + 1  # its plain-text details


class DayTree(Retranslating, QTreeView):
    """Sections (events, moves, holders, units, people, figures, ongoing) of one day."""

    #: The current row changed (its column-0 item, or None; the previous one).
    currentItemChanged = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dayTree")
        self._collapsed = {"ongoing"}
        self._icons: dict[str, QIcon] = {}
        self._model = QStandardItemModel(0, 2, self)
        self.setModel(self._model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.expanded.connect(lambda index: self._collapsed.discard(self._key(index)))
        self.collapsed.connect(lambda index: self._collapsed.add(self._key(index)))
        self.selectionModel().currentChanged.connect(
            lambda now, before: self.currentItemChanged.emit(self._item(now), self._item(before)))
        self.retranslate()

    # -------------------------------------------------------------- items (QTreeWidget's words)
    def _item(self, index) -> QStandardItem | None:
        return self._model.itemFromIndex(index.siblingAtColumn(0)) if index.isValid() else None

    def _key(self, index):
        item = self._item(index)
        return item.data(ROW_KEY)[1] if item is not None and item.data(ROW_KEY) else None

    def currentItem(self) -> QStandardItem | None:
        return self._item(self.currentIndex())

    def setCurrentItem(self, item: QStandardItem | None) -> None:
        self.setCurrentIndex(item.index() if item is not None else self._model.index(-1, -1))

    def topLevelItem(self, i: int) -> QStandardItem | None:
        return self._model.item(i, 0)

    def topLevelItemCount(self) -> int:
        return self._model.rowCount()

    def clear(self) -> None:
        self._model.removeRows(0, self._model.rowCount())

    def retranslate(self) -> None:
        """Header and names; the rows themselves are rebuilt by the view on a language change."""
        self.setAccessibleName(self.tr("What the data holds for this day"))
        self.setAccessibleDescription(self.tr("The same events, moves, holders and figures as the map and "
                                              "the chart, each row with its source"))
        self._model.setHorizontalHeaderLabels([self.tr("On this day"), self.tr("Source")])

    def _icon(self, side: str) -> QIcon:
        if side not in self._icons:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(side_color(side)) if side else QColor("#ffffff"))
            self._icons[side] = QIcon(pixmap)
        return self._icons[side]

    def _section(self, key: str, title: str, n: int) -> QStandardItem:
        item = QStandardItem(f"{title} ({n})")
        item.setData(("section", key), ROW_KEY)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self._model.appendRow([item, QStandardItem()])
        self._open.append((item, key not in self._collapsed))
        return item

    def _row(self, parent: QStandardItem, table: str, row_id: str, text: str, ref, details: str,
             side: str = "") -> QStandardItem:
        w = self._words
        item = QStandardItem(text)
        item.setData((table, row_id), ROW_KEY)
        item.setData(details, ROW_DETAILS)
        item.setToolTip(tooltip_html(details))
        source = QStandardItem(ref.source_id if ref else "")
        if ref is not None:
            source.setToolTip(tooltip_html(w.ref(ref)))
        if side:
            item.setIcon(self._icon(side))
        parent.appendRow([item, source])
        return item

    def fill(self, rec: DayRecord, lang: str, w: DayText, place_name) -> None:
        """Rows of one day; signals are blocked while the tree is rebuilt."""
        tree = self
        self._words = w
        tree.setUpdatesEnabled(False)
        self._open: list[tuple[QStandardItem, bool]] = []
        with QSignalBlocker(tree):  # rows drawn from the shown day are no choice
            tree.clear()
            section = self._section("events", self.tr("Events"), len(rec.events))
            if not rec.events:
                section.appendRow([QStandardItem(self.tr("No event is dated to this day.")), QStandardItem()])
            for e in rec.events:
                self._row(section, "events", e.id, w.event_label(e), e.ref, w.event_details(e, lang), e.side)
            if rec.moves:
                section = self._section("moves", self.tr("Moves"), len(rec.moves))
                for m in rec.moves:
                    self._row(section, "moves", m.id, w.move_label(m, place_name), m.ref, w.move_details(m, place_name),
                              m.side)
            if rec.control:
                section = self._section("control", self.tr("Who held the hills"), len(rec.control))
                for c in rec.control:
                    self._row(section, "control", c.id, w.control_label(c, lang), c.ref, w.control_details(c, lang),
                              c.holder if c.holder in ("USSR", "Japan", "contested") else "none")
            if rec.units:
                section = self._section("units", self.tr("Units engaged"), len(rec.units))
                for u in rec.units:
                    self._row(section, "units", u.id, u.name, u.refs[0], w.named_details(u), u.side)
            if rec.people:
                section = self._section("people", self.tr("People"), len(rec.people))
                for p in rec.people:
                    name = f"{p.name} — {p.detail}" if p.detail else p.name
                    self._row(section, "people", p.id, name, p.refs[0], w.named_details(p), p.side)
            if rec.counts:
                section = self._section("counts", self.tr("Casualties, sorties and other figures"), len(rec.counts))
                for c in rec.counts:
                    text = w.count_label(c) + (f" — {c.scope}" if c.scope else "")
                    self._row(section, c.ref.table, c.ref.row_id, text, c.ref, w.count_details(c), c.side)
            if rec.ongoing:
                section = self._section("ongoing", self.tr("Continuing over this day (date ranges)"), len(rec.ongoing))
                for e in rec.ongoing:
                    self._row(section, "events", e.id, w.event_label(e), e.ref, w.event_details(e, lang), e.side)
            for item, is_open in self._open:  # sections keep the state the user left them in
                tree.setExpanded(item.index(), is_open)
        tree.setUpdatesEnabled(True)

    def find_event(self, event_id: str, expand: bool = True) -> QStandardItem | None:
        """The row of an event ('' or absent: None). With ``expand`` False a row in a
        collapsed section is not returned, since making it current would open the section."""
        for i in range(self._model.rowCount()):
            section = self._model.item(i, 0)
            if not expand and not self.isExpanded(section.index()):
                continue
            for j in range(section.rowCount()):
                item = section.child(j, 0)
                if event_id and item.data(ROW_KEY) == ("events", event_id):
                    return item
        return None
