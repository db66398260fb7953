"""The attract loop: what an idle kiosk plays until the next visitor touches it.

With a guided tour in the data (:func:`app.model.story.chapters`) it plays the tour by itself,
chapter by chapter: each chapter is shown through the shared state
(``AppState.show_chapter``: the table selects its events, the daily viewer moves to its day,
the page of ``chapter.view`` is the one behind) and in large type on the attract screen
(:class:`app.kiosk.tour_card.TourCard`) for as long as it takes to read it (its word count
at ``tour_words_per_second``, at least ``tour_min_seconds``), then the next; after the last it
starts again. A touch enters the chapter shown (:meth:`AttractLoop.stop` returns it). The
language buttons on the attract screen switch the chapter's language and give it its full
reading time again.

Without a tour (or with ``attract_loop = "days"``) the daily viewer plays the battle from
``attract_from`` on a loop under a "Touch to explore" banner, as before the tour existed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.kiosk.idle import Stage
from app.kiosk.overlays import AttractOverlay
from app.kiosk.tour_card import TourCard

if TYPE_CHECKING:
    from app.model.story import Chapter

ATTRACT_PAUSE_MS = 2500  # the days loop rests on the last day before it starts again


def reading_seconds(chapter: Chapter, lang: str, words_per_second: float, minimum: float) -> float:
    """How long ``chapter`` stays up: its title's and text's words at the reading speed, at least ``minimum``."""
    words = len(f"{chapter.title(lang)} {chapter.text(lang)}".split())
    return max(minimum, words / max(words_per_second, 0.01))


class AttractLoop(QObject):
    """Runs the attract screen of one kiosk window: the tour, or the days as a fallback."""

    #: A tour chapter went up on the attract screen (after the state shows it).
    chapter_shown = Signal(object)

    def __init__(self, window):
        """``window``: the :class:`app.kiosk.window.KioskWindow` whose attract screen this is."""
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.settings = window.settings
        self.mode: str | None = None  # "tour", "days", or None while nobody is being attracted
        self.chapters: list[Chapter] = []
        self.index = 0
        self.banner = AttractOverlay(window)
        self.card = TourCard(window, self.settings.languages)
        self.card.language_chosen.connect(window.set_language)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.next_chapter)
        self.state.language_changed.connect(self._language_changed)
        self.state.dataset_changed.connect(self._dataset_changed)

    # ------------------------------------------------------------------ start, stop
    def start(self) -> None:
        """Begin the loop (the window has just reset itself): chapter 1, or the days."""
        from app.model.story import chapters

        tour = chapters(self.state.dataset) if self.settings.attract_loop == "tour" else []
        if tour:
            self.mode, self.chapters = "tour", tour
            self.banner.hide()
            self.window.languages.hide()  # the card has its own, larger, in the same corner
            self.card.open()
            self.show(0)
        else:
            self.mode, self.chapters = "days", []
            self.card.hide()
            self.window.show_page("days")
            self.window.sweep()  # the daily viewer may have just been built
            self.banner.start(self.settings.languages)
            self.restart_days()

    def stop(self) -> Chapter | None:
        """Close the attract screen; returns the tour chapter on show (None in the days loop)."""
        chapter = self.current if self.mode == "tour" else None
        self.timer.stop()
        self.card.hide()
        self.banner.hide()
        self.window.languages.setVisible(len(self.window.languages.buttons) > 1)
        if self.mode == "days":
            days = self.window.built_view("days")
            if days is not None:
                days.set_speed(days.DEFAULT_SPEED)
        self.mode = None
        return chapter

    def is_showing(self) -> bool:
        return self.card.isVisible() or self.banner.isVisible()

    def covers(self, global_pos) -> bool:
        """Whether a press at ``global_pos`` is for the attract screen's own language buttons."""
        if self.mode != "tour" or not self.card.isVisible():
            return False
        bar = self.card.languages
        return bar.isVisible() and bar.rect().contains(bar.mapFromGlobal(global_pos))

    # ------------------------------------------------------------------ the tour
    @property
    def current(self) -> Chapter | None:
        return self.chapters[self.index] if self.mode == "tour" and self.chapters else None

    def show(self, index: int) -> None:
        """Chapter ``index`` (0-based, wrapping) in the state, on the page behind and on the card."""
        self.index = index % len(self.chapters)
        chapter = self.chapters[self.index]
        self.state.show_chapter(chapter)
        self.window.show_page(chapter.view)  # (the window sweeps a page it builds or shows)
        self.card.show_chapter(chapter, len(self.chapters), self.state.language)
        self.card.raise_()
        self._time(chapter)
        self.chapter_shown.emit(chapter)

    @Slot()
    def next_chapter(self) -> None:
        if self.mode == "tour" and self.window.idle.stage is Stage.ATTRACT:
            self.show(self.index + 1)

    def _time(self, chapter: Chapter) -> None:
        s = self.settings
        seconds = reading_seconds(chapter, self.state.language, s.tour_words_per_second, s.tour_min_seconds)
        self.timer.start(max(1, round(seconds * 1000)))

    @Slot(str)
    def _language_changed(self, lang: str) -> None:
        chapter = self.current
        if chapter is not None:  # the visitor chose a language to read this chapter in
            self.card.show_chapter(chapter, len(self.chapters), lang)
            self._time(chapter)

    @Slot(object)
    def _dataset_changed(self, _dataset) -> None:
        if self.mode is not None:  # other data, another tour (or none): from its start
            self.stop()
            self.start()

    # ------------------------------------------------------------------ the days
    def restart_days(self) -> None:
        """The days loop from its first day (again), if it is still what the screen shows."""
        if self.mode != "days" or self.window.idle.stage is not Stage.ATTRACT:
            return
        days = self.window.view("days")  # built now if it was not yet
        self.window.follow_playback(days)
        if self.state.dataset is not None:
            import pandas as pd

            self.state.set_day(pd.Timestamp(self.settings.attract_from))
        if days is not None:
            days.set_speed(self.settings.attract_speed)
            days.play()

    def playback_stopped(self) -> None:
        """The daily viewer stopped (the last day): rest, then play it again."""
        if self.mode == "days":
            QTimer.singleShot(ATTRACT_PAUSE_MS, self, self.restart_days)
