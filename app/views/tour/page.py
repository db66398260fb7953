"""The guided tour: one chapter at a time — its title and text, its period on a 1934–1939 line,
what it shows (events, figures side by side where sources differ, places, its source), progress
dots, Back / Next and "Explore from here".

Showing a chapter is an intent on the shared state (``state.show_chapter``): the selection rules
choose its events, table rows and day, and ``chapter_changed`` tells the other pages what to mark
(the forces chart its figures, the map its places). The page also follows the state, so whoever
shows a chapter (the deep link ``--chapter``, the kiosk's attract loop) moves the tour with it.

Public API (kiosk, command line, tests): :meth:`chapters`, :meth:`current`, :meth:`go_to`,
:meth:`next_chapter`, :meth:`previous_chapter`, :meth:`explore`, :meth:`kiosk_reset`.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.model.forces import FigureIndex
from app.model.story import Chapter, chapters
from app.state import AppState
from app.views.common.display import relative_font
from app.views.common.lazy_page import BuildOnShow
from app.views.common.retranslate import Retranslating
from app.views.tour.content import chapter_content
from app.views.tour.dots import ChapterDots
from app.views.tour.shows import ShowsPanel
from app.views.tour.timeline import PeriodTimeline

VIEW_NAMES = {
    "incidents": QT_TRANSLATE_NOOP("TourView", "Incidents"),
    "forces": QT_TRANSLATE_NOOP("TourView", "Forces"),
    "days": QT_TRANSLATE_NOOP("TourView", "Days"),
    "overview": QT_TRANSLATE_NOOP("TourView", "Overview"),
}
SWIPE_PX = 60
_GROUPED = re.compile(r"(?<=\d) (?=\d{3}\b)")  # '10 000': a line must not break inside a number


def keep_numbers_whole(text: str) -> str:
    """Numbers grouped with spaces ('15 000', Finnish style) keep together: no-break spaces."""
    return _GROUPED.sub("\u00a0", text)  # a horizontal drag this long (and mostly sideways) turns the page


class TourView(Retranslating, BuildOnShow, QWidget):
    """The tour page over the shared state (see the module docstring)."""

    chapter_shown = Signal(int)  # the chapter number now on the page

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setObjectName("tourView")
        self._state = state
        self._chapters: list[Chapter] = []
        self._index = 0
        self._index_ds = None  # the dataset whose chapters _index counts
        self._figures: FigureIndex | None = None
        self._press = None  # where a drag (swipe) began
        self._build()
        self._connect()
        self.retranslate()
        state.chapter_changed.connect(self._follow_chapter)
        self.follow_state(state)  # dataset and language: rebuilt when shown (BuildOnShow)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.position = relative_font(QLabel(), 0.95)
        self.position.setObjectName("tourPosition")
        self.title = relative_font(QLabel(), 1.8, bold=True)
        self.title.setObjectName("tourTitle")
        self.timeline = PeriodTimeline()
        self.text = relative_font(QLabel(), 1.5)
        self.text.setObjectName("tourText")
        for label in (self.position, self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)  # data is never HTML
            label.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setMaximumWidth(900)  # lines a reader can follow on a wide screen
        self.events = ShowsPanel(("events",), lead=self.text)  # the text, its events under it: one scrolling column
        self.events.setObjectName("tourEvents")
        self.shows = ShowsPanel(("figures", "day", "places", "source", "missing"))
        self.back = QPushButton()
        self.back.setObjectName("tourBack")
        self.next = QPushButton()
        self.next.setObjectName("tourNext")
        self.dots = ChapterDots()
        self.explore_button = QPushButton()
        self.explore_button.setObjectName("tourExplore")
        for button in (self.back, self.next, self.explore_button):
            button.setMinimumHeight(40)
        self.empty = relative_font(QLabel(), 1.3)
        self.empty.setObjectName("tourEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._tour_widget())
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def _tour_widget(self) -> QWidget:
        body = QHBoxLayout()
        body.addWidget(self.events, 1)
        body.addSpacing(16)
        body.addWidget(self.shows, 1)
        self.nav = QGridLayout()  # Back, dots, Next, Explore; the dots get a row of their own when narrow
        self.nav.setColumnStretch(1, 1)
        self._arrange_nav(one_row=True)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 4, 12, 4)
        column.addWidget(self.position)
        column.addWidget(self.title)
        column.addWidget(self.timeline)
        column.addSpacing(8)
        column.addLayout(body, 1)
        column.addSpacing(8)
        column.addLayout(self.nav)
        return page

    def _arrange_nav(self, one_row: bool) -> None:
        for widget in (self.back, self.dots, self.next, self.explore_button):
            self.nav.removeWidget(widget)
        self.nav.addWidget(self.back, 1, 0)
        self.nav.addWidget(self.next, 1, 2)
        self.nav.addWidget(self.explore_button, 1, 3)
        if one_row:
            self.nav.addWidget(self.dots, 1, 1)
        else:
            self.nav.addWidget(self.dots, 0, 0, 1, 4)
        self._one_row = one_row

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """One row for the buttons and dots when it holds them all at their size, else two."""
        needed = sum(max(w.minimumWidth(), w.sizeHint().width()) + 12
                     for w in (self.back, self.next, self.explore_button, *self.dots.buttons))
        one_row = self.width() - 40 >= needed
        if one_row != self._one_row:
            self._arrange_nav(one_row)

    def _connect(self) -> None:
        self.back.clicked.connect(self.previous_chapter)
        self.next.clicked.connect(self.next_chapter)
        self.explore_button.clicked.connect(self.explore)
        self.dots.chosen.connect(self.go_to)
        # The keys work anywhere inside the page, and never steal arrows from other pages.
        for keys, slot in (((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.previous_chapter),
                           ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.next_chapter),
                           ((Qt.Key.Key_Home,), lambda: self.go_to(1)),
                           ((Qt.Key.Key_End,), lambda: self.go_to(len(self._chapters)))):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        """The page's own words; the chapter itself follows on the language signal (``_rebuild``)."""
        self.back.setText(self.tr("◀ Back"))
        self.back.setAccessibleName(self.tr("Previous chapter"))
        self.next.setText(self.tr("Next ▶"))
        self.next.setAccessibleName(self.tr("Next chapter"))
        self.dots.setAccessibleName(self.tr("Chapters"))
        self.text.setAccessibleDescription(self.tr("Chapter text"))  # its name stays its text
        self.title.setAccessibleDescription(self.tr("Chapter title"))
        self.shows.setAccessibleName(self.tr("What this chapter shows"))
        self.events.setAccessibleName(self.tr("The chapter's text and events"))
        self.empty.setText(self.tr("This data package has no guided tour.") + "\n\n" + self.tr(
            "A package brings one as a 'story' table (story.csv): one row per chapter, with its text, day, "
            "events, figures and places."))
        if self._chapters:
            self._display()

    # ------------------------------------------------------------------ data and language
    def _rebuild(self) -> None:
        """The chapters of the data, in the current language; the chapter shown again."""
        ds = self._ds
        self._chapters = chapters(ds)
        self._figures = FigureIndex(ds, self._state.language) if self._chapters else None
        if self._index_ds is not ds:  # new data: its own first chapter, unless one is shown already
            self._index_ds, self._index = ds, 0
        shown = self._state.chapter
        if shown is not None and shown in self._chapters:
            self._index = self._chapters.index(shown)
        self._index = max(0, min(self._index, len(self._chapters) - 1))
        self.dots.set_chapters([(c.number, c.title(self._state.language)) for c in self._chapters])
        self.stack.setCurrentIndex(0 if self._chapters else 1)
        if self._chapters:
            self._display()
            if self.isVisible():
                self._announce()

    def showEvent(self, event):  # noqa: N802 (Qt override)
        super().showEvent(event)  # builds first if the data or the language changed (BuildOnShow)
        if self._chapters:
            self._announce()

    # ------------------------------------------------------------------ moving through the tour
    def chapters(self) -> list[Chapter]:
        """The tour's chapters (built now if the data or the language changed)."""
        self.ensure_built()
        return list(self._chapters)

    def current(self) -> Chapter | None:
        """The chapter on the page (None without a tour)."""
        self.ensure_built()
        return self._chapters[self._index] if self._chapters else None

    @Slot(int)
    def go_to(self, number: int) -> None:
        """Show chapter ``number`` (1-based; clamped to the tour) and tell the state."""
        self.ensure_built()
        if not self._chapters:
            return
        self._index = max(0, min(len(self._chapters) - 1, int(number) - 1))
        self._display()
        self._announce()

    @Slot()
    def next_chapter(self) -> None:
        self.go_to(self._index + 2)

    @Slot()
    def previous_chapter(self) -> None:
        self.go_to(self._index)

    @Slot()
    def explore(self) -> None:
        """Open the chapter's view with the chapter shown there (its selection chosen again,
        its figures and places marked again, whatever was chosen since)."""
        chapter = self.current()
        if chapter is None:
            return
        if self._state.chapter == chapter:
            self._state.show_chapter(None)  # so that every page marks it afresh
        self._state.show_chapter(chapter)
        self._state.request_view(chapter.view if chapter.view in VIEW_NAMES else "incidents")

    def kiosk_reset(self) -> None:
        """The next visitor starts the tour at its first chapter (the state hears of it when the
        page is next shown, or when a chapter is shown from elsewhere)."""
        if self._chapters:
            self._index = 0
            self._display()

    def _announce(self) -> None:
        """Make the chapter on the page the state's chapter (selection and marks follow)."""
        chapter = self._chapters[self._index]
        if self._state.chapter != chapter:
            self._state.show_chapter(chapter)

    @Slot(object)
    def _follow_chapter(self, chapter) -> None:
        """A chapter shown from elsewhere (deep link, kiosk): the page turns to it."""
        if chapter is not None and chapter in self._chapters and self._chapters.index(chapter) != self._index:
            self._index = self._chapters.index(chapter)
            self._display()

    # ------------------------------------------------------------------ drawing
    def _display(self) -> None:
        chapter = self._chapters[self._index]
        lang = self._state.language
        n = len(self._chapters)
        content = chapter_content(self._ds, self._figures, chapter, lang)
        self.position.setText(self.tr("Chapter {n} of {total}").format(n=self._index + 1, total=n))
        self.title.setText(chapter.title(lang))
        self.text.setText(keep_numbers_whole(" ".join(chapter.text(lang).split())))
        self.timeline.set_period(chapter.date_start or chapter.day, chapter.date_end or chapter.day, content.period)
        self.events.show_content(content)
        self.shows.show_content(content)
        self.back.setEnabled(self._index > 0)
        self.next.setEnabled(self._index < n - 1)
        self.dots.show_current(self._index)
        view = self.tr(VIEW_NAMES.get(chapter.view, VIEW_NAMES["incidents"]))
        self.explore_button.setText(self.tr("Explore from here: {view} ▸").format(view=view))
        self.explore_button.setAccessibleName(self.tr("Explore from here in {view}").format(view=view))
        self._fit_nav()  # the dots or a button's text may have changed
        self.chapter_shown.emit(chapter.number)

    # ------------------------------------------------------------------ touch: swipe left or right
    def mousePressEvent(self, event):  # noqa: N802 (Qt override)
        self._press = event.position()
        event.accept()  # the release comes here too, wherever the finger lifts

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt override)
        start, self._press = self._press, None
        if start is not None and event.button() == Qt.MouseButton.LeftButton:
            dx, dy = event.position().x() - start.x(), event.position().y() - start.y()
            if abs(dx) >= SWIPE_PX and abs(dx) > 1.5 * abs(dy):
                self.next_chapter() if dx < 0 else self.previous_chapter()
                event.accept()
                return
        super().mouseReleaseEvent(event)
