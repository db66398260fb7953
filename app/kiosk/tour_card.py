"""The attract screen of a kiosk whose data has a guided tour: one chapter in large type.

A panel along the bottom of the screen (the chapter's page shows above it, following the
shared state) holds "3 / 12" with a dot per chapter, the chapter's period, its title and
text, and a "Touch to explore" call; the language buttons sit at the top right, large.
Every size is a share of the screen's height, shrunk only as far as a long chapter needs
to fit, so the type reads from a step or two back on 1280×800 as on 1920×1080.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.kiosk.overlays import TOUCH, LanguageBar, Overlay, say, sized

NAVY = "rgb(0, 46, 92)"  # the kiosk banner's colour, opaque: the page behind must not show through the text
PALE = "#cfe3f3"  # secondary text on navy (contrast > 9:1)
ACCENT = "#E69F00"  # the palette's orange: the dot of the chapter on show

#: Pixel sizes as shares of the screen height before any shrinking: body text ~39 px at 1080
#: (~9 mm on a 24" screen), the title ~1.7 times that.
SIZES = {"meta": 0.030, "title": 0.062, "text": 0.037, "call": 0.044, "language": 0.030}
MAX_PANEL = 0.84  # of the height below the language buttons
SHRINK_STEPS = (1.0, 0.94, 0.88, 0.82, 0.76, 0.70, 0.64, 0.58)
WIDTH = 1.45  # the panel's width at most, as a share of the height: lines of ~80 characters


def period_text(start, end, lang: str) -> str:
    """A chapter's period: '1934–1938', 'Jul 1938', '29 Jul – 11 Aug 1938' ('' without one)."""
    import pandas as pd

    from app.model.formats import format_date, format_year

    if start is None:
        return ""
    end = end or start
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):  # whole years
        return format_year(start.year) if start.year == end.year \
            else f"{format_year(start.year)}–{format_year(end.year)}"
    last = (pd.Timestamp(end) + pd.offsets.MonthEnd(0)).day
    if start.day == 1 and end.day == last and (start.year, start.month) == (end.year, end.month):
        return format_date(pd.Timestamp(start), None, "month", lang)
    return format_date(pd.Timestamp(start), pd.Timestamp(end), "range", lang)


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # chapter text is data, never HTML
    label.setWordWrap(wrap)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _font(bold: bool) -> QFont:
    font = QFont()
    font.setBold(bold)
    return font


class ProgressDots(QWidget):
    """One dot per chapter; the one on show is larger and orange."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.total = 0
        self.current = 0  # 1-based
        self.diameter = 12

    def set_progress(self, current: int, total: int, diameter: int) -> None:
        self.current, self.total, self.diameter = current, total, max(4, diameter)
        gap = self.diameter
        self.setFixedSize(max(0, self.total * (self.diameter + gap) - gap) + 4, self.diameter * 2)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        d, gap = self.diameter, self.diameter
        y = self.height() / 2
        for i in range(self.total):
            on = i + 1 == self.current
            r = d * (0.75 if on else 0.5)
            x = 2 + i * (d + gap) + d / 2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(ACCENT) if on else QColor(255, 255, 255, 150 if i + 1 < self.current else 80))
            p.drawEllipse(QRectF(x - r, y - r, 2 * r, 2 * r))


class TourCard(Overlay):
    """The attract screen with a tour. :meth:`show_chapter` fills it; the window opens and hides it."""

    SHADE = QColor(0, 0, 0, 40)
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget, languages):
        super().__init__(parent)
        self.setObjectName("kioskTour")
        self.chapter = None
        self.total = 0
        self.lang = "en"
        self._line = 1  # the text's width in the last fit
        self.languages = LanguageBar(languages, "en")
        self.languages.setObjectName("kioskTourLanguages")
        self.languages.setStyleSheet(
            "#kioskTourLanguages QPushButton { background: white; color: #002e5c; border: 2px solid #002e5c;"
            " border-radius: 8px; }"
            "#kioskTourLanguages QPushButton:checked { background: #0072B2; color: white; font-weight: bold;"
            " border: 2px solid white; }")
        for lang, button in self.languages.buttons.items():
            button.setObjectName(f"kioskTourLanguage_{lang}")
        self.languages.language_chosen.connect(self.language_chosen)

        self.panel = QFrame()
        self.panel.setObjectName("kioskTourPanel")
        self.panel.setStyleSheet(f"#kioskTourPanel {{ background: {NAVY}; border-radius: 28px; }}"
                                 "#kioskTourPanel QLabel { color: white; background: transparent; }"
                                 f"#kioskTourPanel QLabel#kioskTourMeta {{ color: {PALE}; }}"
                                 "#kioskTourPanel QLabel#kioskTourCall { background: white; color: #002e5c;"
                                 " border-radius: 12px; }")
        self.progress = _label("kioskTourMeta", wrap=False)
        self.dots = ProgressDots()
        self.period = _label("kioskTourMeta", wrap=False)
        self.title = _label("kioskTourTitle")
        self.text = _label("kioskTourText")
        self.call = _label("kioskTourCall", wrap=False)
        self.call.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_layout()

    def _build_layout(self) -> None:
        meta = QHBoxLayout()
        meta.setSpacing(0)
        meta.addWidget(self.progress)
        meta.addSpacing(24)
        meta.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignVCenter)
        meta.addStretch(1)
        meta.addWidget(self.period)
        self.meta = meta
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.call)
        bottom.addStretch(1)
        inner = QVBoxLayout(self.panel)
        inner.addLayout(meta)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addLayout(bottom)
        self.inner = inner
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.languages)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        self.outer = outer

    # ------------------------------------------------------------------ content
    def show_chapter(self, chapter, total: int, lang: str) -> None:
        """Chapter ``chapter`` (an app.model.story.Chapter) of ``total``, in ``lang``."""
        self.chapter, self.total, self.lang = chapter, total, lang
        self.languages.show_language(lang)
        self.progress.setText(f"{chapter.number} / {total}")
        self.period.setText(period_text(chapter.date_start, chapter.date_end, lang))
        self.title.setText(chapter.title(lang))
        self.text.setText(chapter.text(lang))
        self.call.setText(say(lang, TOUCH))
        self.fit()

    def open(self) -> None:
        super().open()
        self.setGeometry(self.visible_rect())
        self.fit()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.visible_rect())
        return False

    def visible_rect(self) -> QRect:
        """The part of the window on its screen: a window taller than the screen (a page's
        minimum size) must not push the card's "Touch to explore" off the bottom."""
        window = self.parentWidget()
        screen = window.screen()
        if screen is None:
            return window.rect()
        on_screen = QRect(window.mapFromGlobal(screen.geometry().topLeft()), screen.geometry().size())
        visible = window.rect().intersected(on_screen)
        return visible if not visible.isEmpty() else window.rect()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    # ------------------------------------------------------------------ sizes
    def fit(self) -> None:
        """Type as large as the screen allows: shrink in steps only while the panel is too tall."""
        h, w = max(1, self.height()), max(1, self.width())
        margin = round(0.035 * h)
        self.outer.setContentsMargins(margin, round(margin * 0.6), margin, margin)
        lang_px = round(SIZES["language"] * h)
        for button in self.languages.buttons.values():
            button.setFont(self._px(_font(False), lang_px))
            sized(button, round(lang_px * 6), round(lang_px * 2.1))
        room = (h - margin * 2.6 - lang_px * 2.1) * MAX_PANEL
        width = min(w - 2 * margin, round(WIDTH * h))  # the same for every chapter: no jumps
        full = self.chapter.text(self.lang) if self.chapter is not None else ""
        if self.text.text() != full:
            self.text.setText(full)  # cut for a smaller screen before
        for step in SHRINK_STEPS:
            height = self._apply(step, h, width)
            if height <= room:
                break
        else:  # longer than a chapter should be (~80 words): its end is cut, the tour page has it all
            self._cut_text(height - int(room))
            height = self._apply(SHRINK_STEPS[-1], h, width)
        self.panel.setFixedSize(width, height)

    def _cut_text(self, excess: int) -> None:
        """Drop words from the end of the text (with "…") until it is ``excess`` pixels shorter."""
        words = self.text.text().split()
        line = self._line
        limit = self._wrapped(self.text, line) - excess
        low, high = 0, len(words)
        while low < high:  # the most words that still fit
            mid = (low + high + 1) // 2
            self.text.setText(" ".join(words[:mid]) + " …")
            if self._wrapped(self.text, line) <= limit:
                low = mid
            else:
                high = mid - 1
        self.text.setText(" ".join(words[:low]) + " …" if low < len(words) else " ".join(words))

    def _apply(self, step: float, h: int, width: int) -> int:
        """Set every font for ``step``; returns the panel's height then."""
        px = {key: max(10, round(share * h * step)) for key, share in SIZES.items()}
        pad = round(SIZES["text"] * h * 1.1)
        line = self._line = width - 2 * pad
        for label, key in ((self.progress, "meta"), (self.period, "meta"), (self.title, "title"),
                           (self.text, "text"), (self.call, "call")):
            label.setFont(self._px(_font(key in ("title", "call")), px[key]))
        self.call.setContentsMargins(px["call"], round(px["call"] * 0.35), px["call"], round(px["call"] * 0.35))
        dot = min(round(px["meta"] * 0.55), line // max(1, 4 * self.total))  # a long tour: smaller dots
        self.dots.set_progress(self.chapter.number if self.chapter else 0, self.total, dot)
        self.inner.setContentsMargins(pad, round(pad * 0.8), pad, pad)
        gap = round(px["text"] * 0.55)
        self.inner.setSpacing(gap)
        meta = max(self.dots.height(), QFontMetrics(self.progress.font()).height())
        title, text = self._wrapped(self.title, line), self._wrapped(self.text, line)
        call = QFontMetrics(self.call.font()).height() + round(px["call"] * 0.7)
        self.title.setFixedHeight(title)  # the panel's height is set, not left to height-for-width
        self.text.setFixedHeight(text)
        self.call.setFixedHeight(call)
        self.progress.setFixedHeight(meta)
        self.period.setFixedHeight(meta)
        return round(pad * 1.8) + 3 * gap + meta + title + text + call

    @staticmethod
    def _wrapped(label: QLabel, width: int) -> int:
        if not label.text():
            return 0
        rect = QFontMetrics(label.font()).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap,
                                                       label.text())
        return rect.height()

    @staticmethod
    def _px(font: QFont, px: int) -> QFont:
        font.setPixelSize(px)
        return font
