"""The tour page's "what this chapter shows" column: events with dates, figures with their
values and sources (side by side where sources differ), places and the chapter's source.

Plain-text labels only (data is never HTML), in a scroll area that Tab passes through.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.views.common.display import relative_font
from app.views.tour.content import ChapterContent, FigureCard, translate

PER_ROW = 3  # figures of one quantity side by side, this many a row


def _label(text: str, scale: float = 1.0, bold: bool | None = None, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if scale != 1.0 or bold is not None:
        relative_font(label, scale, bold)
    return label


class ShowsPanel(QScrollArea):
    """A scrolling column redrawn by :meth:`show_content` for each chapter."""

    #: What this panel lists of a chapter's content (the tour page has two panels).
    PARTS = ("events", "figures", "day", "places", "source", "missing")

    def __init__(self, parts: tuple[str, ...] = PARTS, lead: QWidget | None = None, parent=None):
        """``lead``: a widget that stays at the top of the column (the chapter's text) and scrolls with it."""
        super().__init__(parent)
        self.parts = parts
        self.setObjectName("tourShows")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keyboard can scroll it; Tab leaves it
        self.setProperty("kiosk_kinetic", True)  # finger scrolling on the kiosk
        self.figure_cards: list[QFrame] = []
        self.texts: list[str] = []  # every text shown, in order (tests, the accessible description)
        body = QWidget()
        body.setObjectName("tourShowsBody")
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(4, 0, 12, 0)
        if lead is not None:
            self._column.addWidget(lead)
        self._content: QWidget | None = None
        self._column.addStretch(1)
        self.setWidget(body)

    def show_content(self, content: ChapterContent | None, message: str = "") -> None:
        """Draw a chapter's content (None: only ``message``)."""
        part = QWidget()
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 0, 0, 0)
        self.figure_cards, self.texts = [], []
        if content is None:
            self._add(column, _label(message))
        else:
            self._fill(column, content)
        if self._content is not None:
            self._column.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
        self._column.insertWidget(self._column.count() - 1, part)  # above the stretch
        self._content = part
        self.setAccessibleDescription("\n".join(self.texts))
        self.verticalScrollBar().setValue(0)

    def _add(self, column: QVBoxLayout, label: QLabel) -> QLabel:
        column.addWidget(label)
        self.texts.append(label.text())
        return label

    def _heading(self, column: QVBoxLayout, text: str) -> None:
        column.addSpacing(6)
        self._add(column, _label(text, 1.1, True, "tourHeading"))

    def _fill(self, column: QVBoxLayout, c: ChapterContent) -> None:
        parts = self.parts
        if c.events and "events" in parts:
            self._heading(column, translate("TourView", "Events"))
            for line in c.events:
                self._add(column, _label(f"{line.date} — {line.title}" if line.date else line.title))
        if c.figures and "figures" in parts:
            self._heading(column, translate("TourView", "Figures"))
            for card in c.figures:
                column.addWidget(self._card(card))
        if c.day and "day" in parts:
            self._heading(column, translate("TourView", "Day"))
            day = translate("TourView", "{day}: the daily viewer shows it").format(day=c.day)
            self._add(column, _label(day))
        if c.places and "places" in parts:
            self._heading(column, translate("TourView", "On the map"))
            self._add(column, _label(", ".join(c.places)))
        if c.source and "source" in parts:
            self._heading(column, translate("TourView", "Source of this chapter"))
            self._add(column, _label(c.source, 0.9)).setToolTip(c.citation)
        if c.missing and "missing" in parts:
            self._heading(column, translate("TourView", "Not in this data"))
            text = translate("TourView", "The chapter names rows this data package does not have: {ids}")
            self._add(column, _label(text.format(ids=", ".join(c.missing)), name="tourMissing"))

    def _card(self, card: FigureCard) -> QFrame:
        frame = QFrame()
        frame.setObjectName("tourFigure")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setContentsMargins(8, 6, 8, 6)
        head = card.heading
        if card.differ:
            head = translate("TourView", "{heading} — ≠ sources differ").format(heading=card.heading)
        heading = _label(head, 1.0, True)
        self.texts.append(heading.text())
        grid.addWidget(heading, 0, 0, 1, PER_ROW)
        mark = card.group and not all(v.in_chapter for v in card.values)  # which of the sources' rows is its
        for i, value in enumerate(card.values):
            grid.addWidget(self._value(value, mark and value.in_chapter), 1 + i // PER_ROW, i % PER_ROW)
        for col in range(min(PER_ROW, len(card.values))):
            grid.setColumnStretch(col, 1)
        self.figure_cards.append(frame)
        return frame

    def _value(self, value, mark: bool) -> QWidget:
        box = QFrame()
        box.setObjectName("tourValueOwn" if mark else "tourValue")
        if mark:  # the chapter's own row among the sources': outlined, and said in words
            box.setStyleSheet("QFrame#tourValueOwn { border-left: 4px solid #E69F00; }")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(8, 2, 4, 2)
        source = _label(value.source, 0.85)
        source.setToolTip(value.citation)
        labels = [_label(value.value, 1.3, True), _label(value.scope)]
        if value.who:
            labels.append(_label(value.who, 0.9, False))
        if mark:
            labels.append(_label(translate("TourView", "highlighted in this chapter"), 0.85, True))
        labels.append(source)
        for label in labels:
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            inner.addWidget(label)
            self.texts.append(label.text())
        inner.addStretch(1)
        return box
