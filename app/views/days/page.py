"""Daily operations: step or play through July–August 1938 on an offline schematic map.

The view draws the shared state and reports what the user chooses: a strip day goes to
``state.choose_strip_day`` and a row's event to ``state.select_event``; the rules that tie
events and days together are in :mod:`app.model.selection`.
Everything per day comes from :class:`app.model.days.DayBook`, built once per dataset, so
a playback frame only updates labels, a tree of ~30 rows, map items and a chart marker.
"""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.model import Dataset
from app.model.dates import format_day, format_day_month
from app.model.days import DayBook, DayRecord
from app.model.formats import format_number
from app.model.schematic import build_schematic
from app.state import AppState
from app.views.common.announce import announce
from app.views.common.display import relative_font
from app.views.common.lazy_page import BuildOnShow
from app.views.common.retranslate import Retranslating
from app.views.days.chart import DayChart
from app.views.days.keys import DayKeys
from app.views.days.legend import MapLegend
from app.views.days.legend_panel import MapKeyButton
from app.views.days.map import DayMap
from app.views.days.strip import DaySlider
from app.views.days.text import DayText
from app.views.days.tree import ROW_DETAILS, ROW_KEY, DayTree


def strip_labels(days: list[pd.Timestamp], lang: str) -> list[str]:
    """Date labels under the strip: first and last day, the 1st and 15th, never crowded."""
    n = len(days)
    wanted = [0, n - 1] + [i for i, d in enumerate(days) if d.day in (1, 15)]
    kept: list[int] = []
    for i in wanted:
        if 0 <= i < n and all(abs(i - k) >= 5 for k in kept):
            kept.append(i)
    return [format_day_month(d, lang) if i in kept else "" for i, d in enumerate(days)]


class DaysView(Retranslating, BuildOnShow, QWidget):
    """Time strip, playback, the day's rows with sources, the map and the per-day chart.

    Playback is public API, used by the kiosk's attract loop and idle timer:
    :meth:`play`, :meth:`pause`, :meth:`is_playing`, :meth:`set_speed` (days per second,
    :attr:`DEFAULT_SPEED` by default) and the ``playing_changed(bool)`` signal.
    """

    playing_changed = Signal(bool)
    SPEEDS = (0.5, 1.0, 2.0, 4.0, 8.0)  # days per second
    DEFAULT_SPEED = 1.0

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("daysView")
        self._state = state
        self._ds: Dataset | None = None
        self._book: DayBook | None = None
        self._record: DayRecord | None = None
        self._day_stale = False  # day changed while hidden
        self.words = DayText(self)

        self.prev = QPushButton()
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.next = QPushButton()
        self.speed = QComboBox()
        self.speed_label = QLabel()  # names the list for screen readers (on Linux a combo's name is its text)
        self.speed_label.setBuddy(self.speed)
        for s in self.SPEEDS:
            self.speed.addItem("", s)
        self.speed.setCurrentIndex(self.SPEEDS.index(self.DEFAULT_SPEED))
        self.day_label = relative_font(QLabel(), 1.35, bold=True)
        self.day_label.setObjectName("dayLabel")
        self.day_label.setTextFormat(Qt.TextFormat.PlainText)
        self.slider = DaySlider()

        self.map = DayMap()
        self.off_map = self.map.note  # moves whose objective is not on the map
        self.chart = DayChart()
        self.day_tree = DayTree()
        self.details = QPlainTextEdit(readOnly=True)  # plain text: data is never HTML
        self.details.setTabChangesFocus(True)
        self.legend = MapLegend()
        self.map_key = MapKeyButton(self.legend, self.map)  # folds the key away when the map is narrow
        self._lay_out()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.retranslate()
        self._connect_controls()

        state.day_changed.connect(self._on_day)
        state.event_selected.connect(self._on_event)
        state.chapter_changed.connect(self._on_chapter)
        self.follow_state(state)  # dataset and language: rebuilt when shown (BuildOnShow)
        if state.dataset is not None and state.day is not None:  # built after the data: take the shared day
            self._show(state.day)

    def _lay_out(self) -> None:
        nav = QHBoxLayout()
        for w in (self.prev, self.play_button, self.next, self.speed_label, self.speed):
            nav.addWidget(w)
        nav.addSpacing(12)
        nav.addWidget(self.day_label, 1)
        map_row = QHBoxLayout()
        map_row.setSpacing(4)
        map_row.addWidget(self.map, 1)
        map_row.addWidget(self.map_key, 0, Qt.AlignmentFlag.AlignTop)
        map_row.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(map_row, 1)
        left_layout.addWidget(self.chart)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.day_tree)
        right.addWidget(self.details)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 300])  # relative: the map side gets most of the width
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.slider)
        layout.addWidget(split, 1)

    def _connect_controls(self) -> None:
        """What the user does here becomes an intent on the state (or playback)."""
        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.play_button.clicked.connect(self.toggle_playing)
        self.speed.currentIndexChanged.connect(lambda _: self.set_speed(self.speed.currentData()))
        self.slider.valueChanged.connect(self.choose_index)
        self.day_tree.currentItemChanged.connect(self._item_changed)
        self.map.picked.connect(self.details.setPlainText)
        self.chart.day_clicked.connect(self.choose_index)
        self.keys = DayKeys(self, (self, self.prev, self.play_button, self.next, self.chart))

    def retranslate(self) -> None:
        """Labels of the page in the current language; the day's rows, map and chart follow
        on the language signal (``_rebuild``)."""
        self.prev.setText(self.tr("◀ Previous day"))
        self.prev.setAccessibleName(self.tr("Previous day"))
        self.next.setText(self.tr("Next day ▶"))
        self.next.setAccessibleName(self.tr("Next day"))
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for i in range(self.speed.count()):
            self.speed.setItemText(i, self._speed_text(self.speed.itemData(i)))
        self.speed_label.setText(self.tr("&Speed:"))
        self.slider.setAccessibleName(self.tr("Day"))
        self.details.setAccessibleName(self.tr("Details and source"))
        self.details.setPlaceholderText(self.tr("Click a row, a hill or an arrow to read its note and source."))
        self.day_label.setAccessibleDescription(self.tr("Day shown"))  # its name stays what it shows
        self._update_play_button()

    # ------------------------------------------------------------------ data
    @Slot(object)
    def set_dataset(self, ds: Dataset) -> None:
        self._ds = ds
        self._book = DayBook(ds)
        self._record = None
        self._schematic = None
        chapter = self._state.chapter  # None after new data: it leaves the tour
        self.map.focus_ids = chapter.place_ids if chapter is not None else ()
        self._control_places = set(ds.control["place_id"].dropna())
        ev = ds.events
        self._event_place = dict(zip(ev["id"], ev["place_id"].fillna("")))
        self.slider.set_day_count(len(self._book.days))
        super().set_dataset(ds)  # the map, chart and strip now if shown, else on first show

    def _rebuild(self) -> None:
        """Everything that depends on the dataset and the language, then the day.

        Called by :class:`BuildOnShow` only while the page is shown (most starts open
        another page): the map, chart and strip are built when it is first shown.
        """
        if self._book is None:
            return
        lang = self._state.language
        book = self._book
        if self._schematic is None:
            self._schematic = build_schematic(self._ds.places)
        counts = book.event_counts()
        labels = strip_labels(book.days, lang)
        tips = [self.words.day_heading(d, lang, n) for d, n in zip(book.days, counts)]
        self.slider.set_marks(counts, labels, tips)
        self.map.set_schematic(self._schematic, lang, self._control_places,
                               lambda pid: book.place_name(pid, lang))
        self.legend.retranslate()
        self.chart.set_points(book.chart_points(lang), book.days, lang)
        self._show(self._state.day)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)  # rebuilds first if the data or the language changed (BuildOnShow)
        if self._day_stale:
            self._show(self._state.day)

    def days(self) -> list[pd.Timestamp]:
        return self._book.days if self._book is not None else []

    def current_index(self) -> int:
        return self.slider.value()

    def current_record(self) -> DayRecord | None:
        return self._record

    # ------------------------------------------------------------------ choosing a day
    @Slot(int)
    def choose_index(self, index: int) -> None:
        """Make strip day ``index`` the shared day (which selects its own first event)."""
        days = self.days()
        if not days:
            return
        index = max(0, min(len(days) - 1, int(index)))
        if self._state.day is not None and self._book.position(self._state.day) == index:
            self._show(days[index])  # e.g. the slider moved back onto the shared day
            return
        self._state.choose_strip_day(days[index])

    def step(self, delta: int) -> None:
        self.choose_index(self.current_index() + delta)

    @Slot(object)
    def _on_day(self, day) -> None:
        self._show(day)

    def _show(self, day) -> None:
        book = self._book
        if book is None or not book.days:
            return
        index = book.position(day) if day is not None else 0
        lang = self._state.language
        if index < 0:  # e.g. a 1939 day chosen elsewhere: say so, show nothing of another day
            self.day_label.setText(self.tr("{day} is outside these days ({first} – {last})").format(
                day=format_day(pd.Timestamp(day), lang), first=format_day(book.days[0], lang),
                last=format_day(book.days[-1], lang)))
            self._record = DayRecord(pd.Timestamp(day).normalize(), -1, (), (), (), (), (), (), ())
            self._day_stale = self._stale or not self.isVisible()
            if self._day_stale:
                return
            self.day_tree.clear()
            self.details.clear()
            self.map.show_day(self._record)
            self.map.set_note("")
            self.chart.set_day(-1)
            return
        rec = book.record(book.days[index], lang)
        self._record = rec
        self.slider.show_index(index)
        self.day_label.setText(self.words.day_heading(rec.day, lang, len(rec.events)))
        self.slider.setAccessibleDescription(self.day_label.text())
        if not self.is_playing() or self.speed.currentData() <= 1:  # no chatter at 8 days a second
            announce(self, self.day_label.text())
        self.prev.setEnabled(index > 0)
        self.next.setEnabled(index < len(book.days) - 1)
        self._day_stale = self._stale or not self.isVisible()
        if self._day_stale:  # hidden: the rows, map and chart follow when the page is shown
            return
        self._fill_tree(rec, lang)
        off_map = self.map.show_day(rec, self._selected_place())
        self.map.set_note(self.tr("Off the map this day: {moves}").format(
            moves="; ".join(self.words.move_label(m, lambda pid: book.place_name(pid, lang)) for m in off_map))
            if off_map else "")
        self.chart.set_day(index)

    # ------------------------------------------------------------------ the day's rows
    def _fill_tree(self, rec: DayRecord, lang: str) -> None:
        self.day_tree.fill(rec, lang, self.words, lambda pid: self._book.place_name(pid, lang))
        self._select_tree_event(self._state.event_id, expand=False)

    def _select_tree_event(self, event_id: str, expand: bool = True) -> None:
        """Make the selected event the tree's current row (signals are the caller's business).

        With ``expand`` False a row in a collapsed section is left alone, since making it
        current would open the section.
        """
        tree = self.day_tree
        with QSignalBlocker(tree):  # drawn from the shared event, not a new choice
            item = tree.find_event(event_id, expand)
            tree.setCurrentItem(item)
        if item is not None:
            self.details.setPlainText(item.data(ROW_DETAILS))
        else:
            self.details.clear()  # the placeholder says what to click

    @Slot()
    def _item_changed(self, item, _previous) -> None:
        if item is None:
            return
        details = item.data(ROW_DETAILS)
        if details:
            self.details.setPlainText(details)
        key = item.data(ROW_KEY)
        if key and key[0] == "events":
            self._state.select_event(key[1])  # its day is the shown one: the day stays

    # ------------------------------------------------------------------ events chosen anywhere
    def _selected_place(self) -> str:
        return self._event_place.get(self._state.event_id, "") if self._ds is not None else ""

    @Slot(str)
    def _on_event(self, event_id: str) -> None:
        """Mark the shared event in the day's rows and on the map (the state has already
        moved the day to it, when the strip covers it)."""
        if self._book is None:
            return
        self._select_tree_event(event_id)
        self.map.highlight(self._selected_place())

    @Slot(object)
    def _on_chapter(self, chapter) -> None:
        """A tour chapter: its places marked on the map and the map centred on them (its day
        comes through the selection)."""
        self.map.focus_places(chapter.place_ids if chapter is not None else ())

    # ------------------------------------------------------------------ playback
    def play(self) -> None:
        """Advance one day per tick until the last day (from the first if already there)."""
        if self.is_playing() or not self.days():
            return
        if self.current_index() >= len(self.days()) - 1:
            self.choose_index(0)
        self.timer.start(int(1000 / self.speed.currentData()))
        self._update_play_button()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if not self.is_playing():
            return
        self.timer.stop()
        self._update_play_button()
        self.playing_changed.emit(False)

    def is_playing(self) -> bool:
        return self.timer.isActive()

    @Slot()
    def toggle_playing(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def set_speed(self, days_per_second: float) -> None:
        """Playback speed; the kiosk may pass any positive value."""
        i = self.speed.findData(days_per_second)
        if i < 0:
            self.speed.addItem(self._speed_text(days_per_second), days_per_second)
            i = self.speed.count() - 1
        if i != self.speed.currentIndex():
            self.speed.setCurrentIndex(i)  # comes back here through the signal
            return
        if self.is_playing():
            self.timer.setInterval(int(1000 / days_per_second))

    def _speed_text(self, days_per_second: float) -> str:
        n = format_number(float(days_per_second), self._state.language, decimals=2)
        return (self.tr("{n} day/s") if days_per_second == 1 else self.tr("{n} days/s")).format(n=n)

    def _tick(self) -> None:
        last = len(self.days()) - 1
        if self.current_index() >= last:
            self.pause()
            return
        self.choose_index(self.current_index() + 1)
        if self.current_index() >= last:
            self.pause()

    def _update_play_button(self) -> None:
        playing = self.is_playing()
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setChecked(playing)
