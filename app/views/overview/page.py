"""The first page, "at a glance": where and when, how big the two sides were and what it cost
them (each number the range of what the sources say), four large ways in (Incidents, Forces,
Days, the guided tour), and the dataset's counts in a small corner.

Imports Qt only (no pandas) so it can paint before the heavy imports finish: the heading,
the cards and the corner show at once; the map, the timeline and the headline are built
(``glance_panel``) when the data is in.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.views.common.display import relative_font
from app.views.common.retranslate import Retranslating
from app.views.overview.about import COUNTED_CONFLICTS, COUNTED_TABLES, DataCorner
from app.views.overview.cards import EntryCard
from app.views.overview.wrapping import WrappingLabel

__all__ = ["COUNTED_CONFLICTS", "COUNTED_TABLES", "CARDS", "OverviewPage"]

#: The cards, in order: the page each one opens and its title.
CARDS = [
    ("incidents", QT_TRANSLATE_NOOP("OverviewPage", "Incidents")),
    ("forces", QT_TRANSLATE_NOOP("OverviewPage", "Forces")),
    ("days", QT_TRANSLATE_NOOP("OverviewPage", "Days")),
    ("tour", QT_TRANSLATE_NOOP("OverviewPage", "Guided tour")),
]
BLURBS = {
    "incidents": QT_TRANSLATE_NOOP("OverviewPage", "Every event with its source: search any spelling, filter, "
                                                   "sort."),
    "forces": QT_TRANSLATE_NOOP("OverviewPage", "Strength, losses and the air war: every source's figure side "
                                                "by side."),
    "days": QT_TRANSLATE_NOOP("OverviewPage", "Day by day on the map: who held each hill, the moves, the "
                                              "numbers."),
    "tour": QT_TRANSLATE_NOOP("OverviewPage", "The story from the border incidents to the armistice, chapter "
                                              "by chapter."),
}
#: Called as translate("OverviewPage", "literal") so that lupdate extracts the string.
translate = QCoreApplication.translate
TOP_GAP = 16  # between the heading and the counts, side by side


class _Column(QVBoxLayout):
    """The page's column. It tells its scroll area it has no height-for-width: the scroll area
    then gives it the room there is (down to its minimum, the drawings shrinking their type)
    instead of its preferred height, which would make the page scroll whenever the text wraps."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False


class OverviewPage(Retranslating, QWidget):
    """Heading and cards at once; the glance and the counts once the data has loaded."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._state = state
        self._facts: dict | None = None  # the cards' numbers of the shown dataset
        self._pending = None  # (dataset, language) the glance is still to be drawn for
        self._summary = None  # (summary, span text) of the shown dataset
        self.heading = relative_font(QLabel(), 2.0, bold=True)
        self.heading.setObjectName("heading")
        self.intro = WrappingLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)  # busy indicator until the data is in
        self.loading.setTextVisible(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("errorLabel")
        self.error.hide()
        self.corner = DataCorner()
        self.dataset_label = self.corner.dataset_label
        self.count_labels = self.corner.count_labels
        self.count_names = self.corner.count_names
        self.glance = None  # the GlancePanel, built with the first data
        self.cards: dict[str, EntryCard] = {}
        self._layout = self._build()
        self.retranslate()

    def _build(self) -> QVBoxLayout:
        top = self._top = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.intro)
        words.addStretch(1)
        top.addLayout(words, 1)
        top.addSpacing(TOP_GAP)
        top.addWidget(self.corner, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.setSpacing(12)
        for key, _title in CARDS:
            card = EntryCard(key)
            card.clicked.connect(lambda _=False, k=key: self._open(k))
            card.setEnabled(False)
            row.addWidget(card)
            self.cards[key] = card
        content = QWidget()
        content.setObjectName("overviewContent")
        # On a small screen or with large type the page scrolls instead of squeezing its drawings.
        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.viewport().installEventFilter(self)  # its width decides how the top row is arranged
        self._scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = _Column(content)
        # The content's minimum grows with the type (zoom, kiosk): the scroll area then scrolls.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.loading)
        layout.addWidget(self.error)
        self._slot = QWidget()  # the glance goes here when the data is in
        slot = QVBoxLayout(self._slot)
        slot.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._slot, 1)
        layout.addLayout(row)
        return layout

    # ------------------------------------------------------------------ width
    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and watched is self._scroll.viewport():
            self._fit_top()
        return super().eventFilter(watched, event)

    def _fit_top(self) -> None:
        """The heading and the counts side by side where they fit in the width the page has
        (three pairs to a row, else two), else the counts under the heading. The choice is
        made from the viewport's width and the words' sizes only, so it cannot oscillate."""
        margins = self._layout.contentsMargins()
        room = self._scroll.viewport().width() - margins.left() - margins.right()
        words = max(self.heading.sizeHint().width(), self.intro.minimumSizeHint().width())
        for columns in (3, 2):
            if words + TOP_GAP + self.corner.width_for(columns) <= room:
                self._arrange(QBoxLayout.Direction.LeftToRight, columns)
                return
        columns = 3 if self.corner.width_for(3) <= room else 2 if self.corner.width_for(2) <= room else 1
        self._arrange(QBoxLayout.Direction.TopToBottom, columns)

    def _arrange(self, direction: QBoxLayout.Direction, columns: int) -> None:
        self.corner.set_columns(columns)
        if self._top.direction() != direction:
            self._top.setDirection(direction)
            spacing = self._top.itemAt(1).spacerItem()
            side = direction == QBoxLayout.Direction.LeftToRight
            spacing.changeSize(TOP_GAP if side else 0, 0 if side else 4)
            self._top.setAlignment(self.corner, Qt.AlignmentFlag.AlignTop if side else Qt.AlignmentFlag.AlignLeft)
            self._top.invalidate()

    def changeEvent(self, event):  # noqa: N802 (Qt override): larger type needs other room
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange) and hasattr(self, "_scroll"):
            QTimer.singleShot(0, self, self._fit_top)  # after the labels have their new words

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        """Every text of the page in the current language (Qt's LanguageChange calls it)."""
        self.heading.setText(translate("OverviewPage", "Khasan 1938 Explorer"))
        self.intro.setText(translate(
            "OverviewPage", "Lake Khasan 1938, the border incidents before it and Khalkhin Gol after it: every "
                            "event and every number with its source, and where sources differ, each of them."))
        self.loading.setFormat(translate("OverviewPage", "Loading data…"))
        self.loading.setAccessibleName(translate("OverviewPage", "Loading data"))
        self.corner.retranslate()
        self._label_cards()
        # The counts and the glance follow on language_changed (the main window's show_summary),
        # drawn once in the new language.

    def _label_cards(self) -> None:
        from_data = self._facts or {}
        for key, title in CARDS:
            self.cards[key].set_texts(translate("OverviewPage", title), from_data.get(key, ""),
                                      translate("OverviewPage", BLURBS[key]))

    # ------------------------------------------------------------------ data
    def show_summary(self, label: str, summary, span_text: str, lang: str = "en") -> None:
        """The dataset is in (or the language changed): counts and cards at once; the glance and
        the numbers that need it drawn again (the first time one event-loop turn later, so the
        window is ready, and the other pages start building, without waiting for them)."""
        from app.model.story import chapters  # the data has loaded: pandas is in already

        self.loading.hide()
        self.corner.show_counts(label, summary, lang)
        self._fit_top()  # the counts' words changed width
        ds = self._state.dataset
        self._summary = (summary, span_text)
        self._facts = self._card_numbers(summary, span_text, None, lang)
        self._label_cards()
        for key, card in self.cards.items():
            card.setEnabled(key != "tour" or bool(chapters(ds)))
        if ds is None:
            return
        first = self._pending is None and self.glance is None
        self._pending = (ds, lang)
        if first:
            QTimer.singleShot(0, self, self._show_glance)  # not after the page is gone
        elif self.glance is not None:
            self._show_glance()

    def _show_glance(self) -> None:
        """Draw the glance, and the cards' numbers from it, for the latest dataset and language."""
        from app.model.glance import glance
        from app.views.overview.glance_panel import GlancePanel

        if self._pending is None:
            return
        ds, lang = self._pending
        self._pending = None
        self._facts = self._card_numbers(*self._summary, glance(ds), lang)
        self._label_cards()
        if self.glance is None:
            self.glance = GlancePanel()
            self.glance.forces_requested.connect(self._open_forces)
            self.glance.battle_requested.connect(self._open_day)
            self._slot.layout().addWidget(self.glance)
            QWidget.setTabOrder(self.glance.headline, self.cards["incidents"])
        self.glance.show_dataset(ds, lang)
        # Lay the new drawings out now, not on a later turn: a screenshot may be taken next.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    @staticmethod
    def _card_numbers(summary, span_text: str, g, lang: str) -> dict[str, str]:
        """Each card's line of numbers: from the summary at once, the rest once the glance (``g``) is in."""
        from app.model.formats import format_count, format_date

        events = summary.counts.get("events", 0)
        numbers = {"incidents": translate("OverviewPage", "{n} events, {span}").format(
            n=format_count(events, lang), span=span_text)}
        figures = format_count(summary.counts.get("figures", 0), lang)
        numbers["forces"] = translate("OverviewPage", "{n} figures").format(n=figures)
        if g is None:
            return numbers
        numbers["forces"] = translate("OverviewPage", "{n} figures, {d} disputed").format(
            n=figures, d=format_count(g.differing, lang))
        if g.days is not None:
            numbers["days"] = translate("OverviewPage", "{n} days, {dates}").format(
                n=format_count(g.days[2], lang), dates=format_date(g.days[0], g.days[1], "range", lang))
        numbers["tour"] = (translate("OverviewPage", "{n} chapters").format(n=format_count(g.chapters, lang))
                           if g.chapters else translate("OverviewPage", "The loaded data has no tour."))
        return numbers

    def show_error(self, text: str) -> None:
        self.loading.hide()
        self.error.setText(text)
        self.error.show()

    # ------------------------------------------------------------------ intents
    def _open(self, key: str) -> None:
        """A card: ask the shared state for its page (the window shows it)."""
        self._state.request_view(key)

    def _open_forces(self, quantity: str, side: str) -> None:
        """A headline number: the Forces page showing and outlining the figures behind it."""
        from app.model.glance import HEADLINE_CONFLICT, headline

        state = self._state
        state.set_conflict(HEADLINE_CONFLICT)
        line = headline(state.dataset, quantity, side) if state.dataset is not None else None
        if line is not None:
            state.focus_figures(line.figure_ids)
        self._open("forces")

    def _open_day(self, day) -> None:
        """The map or the battle on the timeline: the daily viewer on the battle's first day."""
        self._state.set_day(day)
        self._open("days")
