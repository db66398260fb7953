"""Full-window overlays of the kiosk: "Are you still there?", the attract screen, the
language switch.

Their words are translated like every other (context "KioskOverlays" in the .ts). The
attract screen speaks every offered language at once (the next visitor's language is
unknown), so it looks each language up with the controller's ``translate_in``.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import LANGUAGE_NAMES, language_controller

CONTEXT = "KioskOverlays"
STILL_THERE = QT_TRANSLATE_NOOP("KioskOverlays", "Are you still there?")
KEEP_GOING = QT_TRANSLATE_NOOP("KioskOverlays", "Touch the screen to keep exploring.")
STARTING_OVER = QT_TRANSLATE_NOOP("KioskOverlays", "Starting over in {n} s")
CONTINUE = QT_TRANSLATE_NOOP("KioskOverlays", "Continue")
TOUCH = QT_TRANSLATE_NOOP("KioskOverlays", "Touch to explore")
LOOP = QT_TRANSLATE_NOOP("KioskOverlays", "Lake Khasan, July–August 1938: the battle day by day")


def say(lang: str, text: str) -> str:
    """One of the overlays' texts in ``lang`` (whatever language the app is in)."""
    return language_controller().translate_in(lang, CONTEXT, text)


def _big(label: QLabel, scale: float, bold: bool = True, wrap: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def sized(button: QPushButton, width: int, height: int) -> QPushButton:
    """A button larger than the kiosk minimum (its own style sheet beats the window's)."""
    button.setStyleSheet(f"min-width: {width}px; min-height: {height}px;")
    return button


class Overlay(QWidget):
    """Covers its parent window, shades it, and keeps every click for itself."""

    SHADE = QColor(0, 0, 0, 150)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.hide()
        parent.installEventFilter(self)

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(obj.rect())
        return False

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), self.SHADE)

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()


class Card(QFrame):
    """The white panel in the middle of an overlay."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("kioskCard")
        self.setStyleSheet("#kioskCard { background: white; border-radius: 24px; }")
        self.setMaximumWidth(900)


class StillThereOverlay(Overlay):
    """Stage one of the idle reset: a countdown any touch cancels."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.lang = "en"
        self.card = Card()
        self.title = _big(QLabel(), 2.2)
        self.hint = _big(QLabel(), 1.2, bold=False)
        self.remaining = _big(QLabel(), 1.6)
        self.remaining.setObjectName("kioskCountdown")
        self.continue_button = sized(QPushButton(), 320, 88)
        self.continue_button.setFont(self.hint.font())
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(64, 48, 64, 48)
        inner.setSpacing(24)
        for w in (self.title, self.hint, self.remaining):
            inner.addWidget(w)
        inner.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def start(self, seconds: int, lang: str) -> None:
        self.lang = lang
        self.title.setText(say(lang, STILL_THERE))
        self.hint.setText(say(lang, KEEP_GOING))
        self.continue_button.setText(say(lang, CONTINUE))
        self.set_remaining(seconds)
        self.open()

    def set_remaining(self, seconds: int) -> None:
        self.remaining.setText(say(self.lang, STARTING_OVER).format(n=max(0, seconds)))


class AttractOverlay(Overlay):
    """Stage two: the battle plays underneath; a banner asks, in every language, for a touch."""

    SHADE = QColor(0, 0, 0, 25)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.banner = QFrame()
        self.banner.setObjectName("kioskBanner")
        self.banner.setStyleSheet("#kioskBanner { background: rgba(0, 46, 92, 225); border-radius: 28px; }"
                                  "#kioskBanner QLabel { color: white; }")
        self.call = _big(QLabel(), 2.6, wrap=False)
        self.call.setObjectName("kioskCall")
        self.subtitle = _big(QLabel(), 1.3, bold=False, wrap=False)
        inner = QVBoxLayout(self.banner)
        inner.setContentsMargins(56, 28, 56, 28)
        inner.addWidget(self.call)
        inner.addWidget(self.subtitle)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 72)
        outer.addStretch(1)
        outer.addWidget(self.banner, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)

    def start(self, languages) -> None:
        self.call.setText("   ·   ".join(say(lang, TOUCH) for lang in languages))
        self.subtitle.setText("\n".join(say(lang, LOOP) for lang in languages))
        self.banner.setMinimumWidth(min(self.parentWidget().width() - 96, 1200))
        self.open()


class LanguageBar(QWidget):
    """One big button per offered language, named in that language."""

    language_chosen = Signal(str)

    def __init__(self, languages, current: str, parent=None):
        super().__init__(parent)
        self.setObjectName("kioskLanguages")
        # The chosen language must read as chosen from across the room.
        self.setStyleSheet("#kioskLanguages QPushButton:checked { background: #0072B2; color: white;"
                           " border: 1px solid #004f7c; border-radius: 4px; font-weight: bold; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for lang in languages:
            button = sized(QPushButton(LANGUAGE_NAMES.get(lang, lang)), 120, 48)
            button.setObjectName(f"kioskLanguage_{lang}")
            button.setCheckable(True)
            button.setProperty("kiosk_hidden", False)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[lang] = button
        self.compact = False
        self.show_language(current)
        self.setVisible(len(self.buttons) > 1)

    def set_compact(self, compact: bool) -> None:
        """Short codes (EN, FI, SV) where the names would push page tabs off a narrow screen;
        each button keeps its language's own name as what screen readers say."""
        if compact == self.compact:
            return
        self.compact = compact
        for lang, button in self.buttons.items():
            name = LANGUAGE_NAMES.get(lang, lang)
            button.setText(lang.upper() if compact else name)
            button.setAccessibleName(name)
            if compact:  # a code needs no room beyond a fingertip's
                button.setStyleSheet("min-width: 48px; min-height: 48px; padding: 0 6px;")
            else:
                sized(button, 120, 48)

    def names_width(self) -> int:
        """The bar's width with the languages' names (measured while they show; the names
        never change, so the codes need not be swapped back to measure them)."""
        if not self.compact:
            self._names_width = self.sizeHint().width()
        return self._names_width

    def show_language(self, lang: str) -> None:
        if lang in self.buttons:
            self.buttons[lang].setChecked(True)
