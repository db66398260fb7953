"""The kiosk's on-screen keyboard: a touch screen has no keyboard, yet the search boxes ask for one.

Qt Virtual Keyboard is not in the PySide6-Essentials wheel the app bundles, so the kiosk
draws its own: a panel docked along the bottom of the kiosk window, over its pages (a
child widget, not a window of its own, so the window guard and the fullscreen stay as they
are). A tap on an editable text field of the window (a QLineEdit, or a spin box's line
edit) opens it; its Done key, the field losing the focus and the idle reset close it.

Keys: digits, the current language's letters (English qwerty; Finnish and Swedish qwerty
with å ä ö), a Russian page (йцукен), shift (for one letter), hyphen, apostrophe, space
and backspace. They type with :meth:`QLineEdit.insert` and :meth:`QLineEdit.backspace`, so
the field's own signals fire (the incident search filters as you type), and they send no
key event at all: there is no Enter, Esc, Tab, Ctrl, Alt or function key, nothing that
could leave the kiosk. The keys never take the focus (``Qt.NoFocus``): the field keeps it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.kiosk.touch import TOUCH_PX
from app.views.common.retranslate import Retranslating

#: Letter rows of each language's page (the kiosk's languages; any other gets English).
LATIN = {
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "fi": ("qwertyuiopå", "asdfghjklöä", "zxcvbnm"),
    "sv": ("qwertyuiopå", "asdfghjklöä", "zxcvbnm"),
}
#: The Russian page: the йцукен layout (ё at the end of the bottom row).
CYRILLIC = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё")
DIGITS = "1234567890"
HYPHEN, APOSTROPHE = "-", "'"
KEY_SCALE = 2.2  # a key is this many lines of the kiosk's type high (at least TOUCH_PX)
KEY_ASPECT = 1.3  # and this much wider than high, one key unit
STYLE = """
#kioskKeyboard { background: #d5dae1; border-top: 2px solid #7b8591; }
#kioskKeyboard QPushButton { min-width: %(min)dpx; min-height: %(min)dpx; padding: 0; color: #101418;
    background: white; border: 1px solid #7b8591; border-radius: 8px; }
#kioskKeyboard QPushButton:pressed { background: #0072B2; color: white; border: 2px solid #003d61; }
#kioskKeyboard QPushButton:checked { background: #bfe0f5; border: 3px solid #0072B2; }
#kioskKeyboard QPushButton#kioskKeyDone { background: #0072B2; color: white; border-color: #004f7c; }
#kioskKeyboard QPushButton#kioskKeyDone:pressed { background: #003d61; }
"""


def editable(widget) -> bool:
    """A text field a visitor may type into: a QLineEdit (a spin box's too), not a password."""
    return isinstance(widget, QLineEdit) and widget.isEnabled() and not widget.isReadOnly() \
        and widget.echoMode() == QLineEdit.EchoMode.Normal


class Key(QPushButton):
    """One key: never takes the focus, ``units`` key widths wide, at least TOUCH_PX square."""

    def __init__(self, text: str, units: float, size: QSize, parent=None):
        super().__init__(text, parent)
        self._hint = QSize(round(size.width() * units), size.height())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("kiosk_hidden", False)  # the kiosk's lock-down must never hide a key
        self.setMinimumSize(TOUCH_PX, size.height())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return self._hint


class OnScreenKeyboard(Retranslating, QFrame):
    """The panel. :meth:`attach` docks one at the bottom of a kiosk window."""

    def __init__(self, window: QWidget, language: str = "en", parent=None):
        super().__init__(parent)
        self.window_ = window
        self.language = language
        self.cyrillic = False
        self.target: QLineEdit | None = None
        self.setObjectName("kioskKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE % {"min": TOUCH_PX})
        self.key_font = QFont(self.font())
        self.key_font.setPointSizeF(self.key_font.pointSizeF() * 1.3)
        high = max(TOUCH_PX, round(QFontMetrics(self.font()).height() * KEY_SCALE))
        self.key_size = QSize(round(high * KEY_ASPECT), high)
        self.keys: dict[str, Key] = {}  # what each key types → its key (letters lower case)
        self._letter_rows: list[QHBoxLayout] = []
        self._build()
        self.retranslate()
        self.hide()

    @classmethod
    def attach(cls, window) -> OnScreenKeyboard:
        """A keyboard docked along the bottom of ``window``, following its state's language.

        It lies over the pages rather than in their layout: a page as tall as the screen
        (the incident page at 800 px) cannot give up the keyboard's height."""
        keyboard = cls(window, window.state.language, parent=window)
        window.state.language_changed.connect(keyboard.set_language)
        app = QApplication.instance()
        app.installEventFilter(keyboard)
        app.focusChanged.connect(keyboard._focus_changed)
        return keyboard

    # ------------------------------------------------------------------ building
    def _key(self, text: str, units: float = 1.0, slot=None, name: str = "") -> Key:
        key = Key(text, units, self.key_size, self)
        key.setFont(self.key_font)
        if name:
            key.setObjectName(name)
        key.clicked.connect(slot if slot is not None else (lambda _=False, t=text: self.type_text(t)))
        if slot is None:
            key.setAccessibleName(text)
            self.keys[text] = key
        return key

    def _row(self, column: QVBoxLayout, *keys: Key) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addStretch(1)
        for key in keys:
            row.addWidget(key)
        row.addStretch(1)
        column.addLayout(row)
        return row

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(6)
        self.backspace = self._key("⌫", 1.5, self.backspace_text, "kioskKeyBackspace")
        self.backspace.setAutoRepeat(True)  # hold to delete more
        self._row(column, *(self._key(d) for d in DIGITS), self._key(HYPHEN), self._key(APOSTROPHE),
                  self.backspace)
        self._letter_rows = [self._row(column) for _ in range(3)]
        self.shift = self._key("⇧", 1.5, self._show_case, "kioskKeyShift")
        self.shift.setCheckable(True)
        self._letter_rows[2].insertWidget(1, self.shift)
        self.script = self._key("АБВ", 1.5, self.toggle_cyrillic, "kioskKeyScript")
        self.space = self._key("", 6.0, lambda: self.type_text(" "), "kioskKeySpace")
        self.done = self._key("", 2.2, self.dismiss, "kioskKeyDone")
        self._row(column, self.script, self.space, self.done)
        self._fill_letters()

    def _fill_letters(self) -> None:
        """The letter rows of the page shown: the Russian one or the language's own."""
        for row in self._letter_rows:
            for i in reversed(range(row.count())):
                key = row.itemAt(i).widget()
                if isinstance(key, Key) and key is not self.shift:
                    row.removeWidget(key)
                    self.keys.pop(key.accessibleName(), None)
                    key.deleteLater()
        rows = CYRILLIC if self.cyrillic else LATIN.get(self.language, LATIN["en"])
        for row, letters in zip(self._letter_rows, rows):
            at = row.indexOf(self.shift) + 1 if row is self._letter_rows[2] else 1
            for offset, letter in enumerate(letters):
                row.insertWidget(at + offset, self._key(letter))
        self.script.setText("ABC" if self.cyrillic else "АБВ")
        self._show_case()

    def retranslate(self) -> None:
        """The words on and for the keys in the current language (Qt's LanguageChange calls it)."""
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.space.setText(self.tr("space"))
        self.space.setAccessibleName(self.tr("Space"))
        self.done.setText("✕  " + self.tr("Done"))
        self.done.setAccessibleName(self.tr("Done: hide the keyboard"))
        self.backspace.setAccessibleName(self.tr("Delete"))
        self.shift.setAccessibleName(self.tr("Shift"))
        self.keys[HYPHEN].setAccessibleName(self.tr("Hyphen"))
        self.keys[APOSTROPHE].setAccessibleName(self.tr("Apostrophe"))
        self.script.setAccessibleName(self.tr("Latin letters") if self.cyrillic else self.tr("Russian letters"))

    # ------------------------------------------------------------------ pages
    def set_language(self, lang: str) -> None:
        """The kiosk's language switched: its letters (the Russian page stays if shown)."""
        if lang != self.language:
            self.language = lang
            if not self.cyrillic:
                self._fill_letters()

    def toggle_cyrillic(self) -> None:
        """The АБВ / ABC key: the Russian page, or back to the language's letters."""
        self.cyrillic = not self.cyrillic
        self._fill_letters()
        self.retranslate()

    def _show_case(self) -> None:
        upper = self.shift.isChecked()
        for text, key in self.keys.items():
            if text.isalpha():
                key.setText(text.upper() if upper else text)

    def letters(self) -> str:
        """Every letter on the page shown (lower case)."""
        return "".join(t for t in self.keys if t.isalpha())

    # ------------------------------------------------------------------ typing
    def field(self) -> QLineEdit | None:
        """The field the keys type into (None once it is gone or may no longer be typed in)."""
        target = self.target
        if target is None or not isValid(target) or not editable(target):
            return None
        return target

    def type_text(self, text: str) -> None:
        """Insert ``text`` at the cursor (shift makes one letter upper case)."""
        field = self.field()
        if field is None:
            return
        if self.shift.isChecked() and text.isalpha():
            text = text.upper()
            self.shift.setChecked(False)
            self._show_case()
        field.insert(text)

    def backspace_text(self) -> None:
        field = self.field()
        if field is not None:
            field.backspace()

    # ------------------------------------------------------------------ open / close
    def open_for(self, edit: QLineEdit) -> None:
        """Show the panel typing into ``edit``."""
        self.target = edit
        if not self.isVisible():
            self.shift.setChecked(False)
            self._show_case()
        self._dock()
        self.show()
        self.raise_()

    def _dock(self) -> None:
        """Along the bottom of the window, its full width, as high as the keys need; along
        the top if it would cover the field (none of the kiosk's fields is that low today)."""
        outer = self.window_.rect()
        height = self.sizeHint().height()
        top = outer.height() - height
        field = self.field()
        if field is not None and field.mapTo(self.window_, QPoint(0, field.height())).y() > top:
            top = 0
        self.setGeometry(0, top, outer.width(), height)

    def dismiss(self) -> None:
        """Hide the panel (Done, the field losing the focus, the idle reset); the text stays."""
        self.shift.setChecked(False)
        self.target = None
        self.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """A tap (a click, or a touch Qt turned into one) released on a text field of the window
        opens the panel; the field going out of sight closes it."""
        t = event.type()
        if t == QEvent.Type.MouseButtonRelease:
            if isinstance(obj, QLineEdit) and event.button() == Qt.MouseButton.LeftButton and editable(obj) \
                    and obj.isVisible() and self.window_.isAncestorOf(obj) \
                    and obj.rect().contains(event.position().toPoint()):
                self.open_for(obj)
        elif t == QEvent.Type.Hide and obj is self.target and self.isVisible():
            self.dismiss()
        elif t == QEvent.Type.Resize and obj is self.window_ and self.isVisible():
            self._dock()
        return False

    def _focus_changed(self, old, new) -> None:
        """The field lost the focus to another widget (or went away): the panel goes too."""
        if not self.isVisible() or new is self.target:
            return
        field = self.field()
        if field is None or (old is field and (new is not None or not field.isVisible())):
            self.dismiss()
