"""The kiosk's on-screen keyboard (app.kiosk.keyboard, issue 17 point 5): a tap on a text
field opens it, its keys type into the field through QLineEdit's own insert/backspace (so
the incident search filters), it has the language's letters and a Russian page, it closes
on Done, on focus loss and on the idle reset, and none of its keys can leave the kiosk."""
from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit

from app.kiosk.input_guard import KEY_EVENTS, is_exit_key
from app.kiosk.keyboard import CYRILLIC, Key, OnScreenKeyboard
from app.kiosk.settings import KioskSettings, load_settings

TAP = Qt.MouseButton.LeftButton


@pytest.fixture
def kiosk(make_kiosk):
    window = make_kiosk(build_pages=False)
    window.idle.start()
    return window


def open_on_search(window, qtbot) -> tuple[OnScreenKeyboard, QLineEdit]:
    window.show_page("incidents")
    search = window.incident_view.search
    qtbot.mouseClick(search, TAP)
    keyboard = window.keyboard
    assert keyboard.isVisible() and keyboard.target is search
    return keyboard, search


def tap(qtbot, keyboard, *keys: str) -> None:
    """Tap keys by what they type ("⇧" shift, "⌫" backspace, " " space)."""
    special = {"⇧": keyboard.shift, "⌫": keyboard.backspace, " ": keyboard.space}
    for key in keys:
        qtbot.mouseClick(special.get(key) or keyboard.keys[key], TAP)


def test_a_tap_on_the_search_opens_it_and_its_keys_filter_the_table(kiosk, qtbot):
    keyboard, search = open_on_search(kiosk, qtbot)
    window_rect = kiosk.rect()
    assert keyboard.parentWidget() is kiosk and not keyboard.isWindow()  # docked, not a window of its own
    assert keyboard.geometry().bottom() == window_rect.bottom() and keyboard.width() == window_rect.width()
    assert not keyboard.geometry().intersects(QRect(search.mapTo(kiosk, QPoint(0, 0)), search.size()))
    model = kiosk.incident_view.model
    before = model.rowCount()
    edited = []
    search.textEdited.connect(edited.append)
    tap(qtbot, keyboard, "⇧", "b", "l", "y")
    assert search.text() == "Bly" and edited[-1] == "Bly"  # the field's own signals fire
    assert QApplication.focusWidget() is search  # the keys never took the focus
    qtbot.waitUntil(lambda: model.rowCount() != before, timeout=2000)
    assert 0 < model.rowCount() < before


def test_backspace_shift_and_space(kiosk, qtbot):
    keyboard, search = open_on_search(kiosk, qtbot)
    tap(qtbot, keyboard, "⇧")
    assert keyboard.shift.isChecked() and keyboard.keys["z"].text() == "Z"
    tap(qtbot, keyboard, "z", "a")  # shift holds for one letter
    assert search.text() == "Za" and not keyboard.shift.isChecked() and keyboard.keys["z"].text() == "z"
    tap(qtbot, keyboard, " ", "1", "-", "'", "⌫", "⌫")
    assert search.text() == "Za 1"
    tap(qtbot, keyboard, "⌫", "⌫", "⌫", "⌫", "⌫")
    assert search.text() == ""


def test_the_russian_page_types_cyrillic(kiosk, qtbot):
    keyboard, search = open_on_search(kiosk, qtbot)
    assert keyboard.script.text() == "АБВ"
    qtbot.mouseClick(keyboard.script, TAP)
    assert keyboard.letters() == "".join(CYRILLIC) and keyboard.script.text() == "ABC"
    assert "q" not in keyboard.keys
    tap(qtbot, keyboard, "⇧", "б", "л", "ю")
    assert search.text() == "Блю"
    qtbot.mouseClick(keyboard.script, TAP)
    assert keyboard.letters().startswith("qwerty") and keyboard.isVisible()


@pytest.mark.parametrize("lang, extra", [("en", ""), ("fi", "åäö"), ("sv", "åäö")])
def test_each_language_has_its_letters(kiosk, qtbot, lang, extra):
    kiosk.set_language(lang)
    keyboard, search = open_on_search(kiosk, qtbot)
    letters = keyboard.letters()
    assert set("qwertyuiopasdfghjklzxcvbnm") <= set(letters)
    assert set("åäö") & set(letters) == set(extra)
    if extra:
        tap(qtbot, keyboard, "⇧", "å", "ä", "ö")
        assert search.text() == "Åäö"


def test_done_hides_it_and_the_text_stays(kiosk, qtbot):
    keyboard, search = open_on_search(kiosk, qtbot)
    tap(qtbot, keyboard, "h", "i")
    qtbot.mouseClick(keyboard.done, TAP)
    assert not keyboard.isVisible() and search.text() == "hi"
    qtbot.mouseClick(search, TAP)  # a second tap on the same field opens it again
    assert keyboard.isVisible()


def test_the_field_losing_the_focus_hides_it(kiosk, qtbot):
    keyboard, search = open_on_search(kiosk, qtbot)
    kiosk.incident_view.table.setFocus(Qt.FocusReason.MouseFocusReason)
    assert not keyboard.isVisible()
    qtbot.mouseClick(search, TAP)
    assert keyboard.isVisible()
    kiosk.show_page("forces")  # the page and its field go
    assert not keyboard.isVisible()


def test_a_field_low_on_the_screen_is_not_covered(kiosk, qtbot):
    low = QLineEdit(kiosk.overview)
    low.setAccessibleName("low field")
    low.setGeometry(10, kiosk.overview.height() - 60, 300, 50)
    low.show()
    qtbot.mouseClick(low, TAP)
    keyboard = kiosk.keyboard
    assert keyboard.isVisible() and keyboard.target is low
    assert not keyboard.geometry().intersects(QRect(low.mapTo(kiosk, QPoint(0, 0)), low.size()))
    assert keyboard.y() == 0  # along the top instead


def test_a_spin_box_opens_it_too(kiosk, qtbot):
    kiosk.show_page("incidents")
    box = kiosk.incident_view.years.first_box
    edit = box.findChild(QLineEdit)
    qtbot.mouseClick(edit, TAP)
    assert kiosk.keyboard.isVisible() and kiosk.keyboard.target is edit


def test_the_idle_reset_hides_it(make_kiosk, qtbot):
    window = make_kiosk(idle_timeout=0.3, countdown=0.3, attract_loop="days")
    keyboard, search = open_on_search(window, qtbot)
    tap(qtbot, keyboard, "a")
    window.idle.poke()
    with qtbot.waitSignal(window.idle.expired, timeout=3000):
        pass
    assert not keyboard.isVisible() and window.attract.isVisible()
    assert search.text() == ""  # the next visitor finds an empty search


class KeyRecorder(QObject):
    def __init__(self):
        super().__init__()
        self.keys = []

    def eventFilter(self, obj, event):
        if event.type() in KEY_EVENTS:
            self.keys.append((event.key(), event.modifiers()))
        return False


def test_no_key_can_leave_the_kiosk(kiosk, qtbot):
    keyboard, _ = open_on_search(kiosk, qtbot)
    recorder = KeyRecorder()
    QApplication.instance().installEventFilter(recorder)
    blocked = kiosk.guard.blocked_keys
    try:
        for page in range(2):
            for key in list(keyboard.findChildren(Key)):
                if key is not keyboard.done and key is not keyboard.script and key.isVisible():
                    qtbot.mouseClick(key, TAP)
            qtbot.mouseClick(keyboard.script, TAP)
        qtbot.mouseClick(keyboard.done, TAP)
    finally:
        QApplication.instance().removeEventFilter(recorder)
    assert not [k for k in recorder.keys if is_exit_key(*k)]
    assert recorder.keys == []  # the keys type through QLineEdit.insert: no key event at all
    assert kiosk.guard.blocked_keys == blocked and kiosk.exits == []
    assert kiosk.isVisible() and kiosk.windowState() & Qt.WindowState.WindowFullScreen
    assert all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in keyboard.findChildren(Key))


def test_keys_are_large_and_named(make_kiosk, qtbot):
    heights = []
    for size in (15.0, 24.0):
        window = make_kiosk(font_size=size)
        keyboard, _ = open_on_search(window, qtbot)
        assert keyboard.accessibleName()
        keys = [k for k in keyboard.findChildren(Key) if k.isVisible()]
        assert len(keys) > 40
        for key in keys:
            assert key.accessibleName(), key.text()
            assert key.height() >= 48 and key.width() >= 48, (key.text(), key.size())
        heights.append(keyboard.keys["q"].height())
        window.shutdown()
    assert heights[1] > heights[0]  # the keys grow with the kiosk's type


class FinnishKeyboard(QTranslator):
    WORDS: ClassVar[dict[str, str]] = {"Done": "Valmis", "space": "välilyönti"}

    def isEmpty(self):  # an empty translator (the default) makes Qt send no LanguageChange
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source, "") if context == "OnScreenKeyboard" else ""


def test_it_retranslates(kiosk, qtbot):
    keyboard, _ = open_on_search(kiosk, qtbot)
    assert keyboard.done.text().endswith("Done") and keyboard.space.text() == "space"
    translator = FinnishKeyboard()
    QApplication.installTranslator(translator)
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert keyboard.done.text().endswith("Valmis") and keyboard.space.text() == "välilyönti"
    finally:
        QApplication.removeTranslator(translator)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert keyboard.done.text().endswith("Done")


def test_the_setting_turns_it_off(make_kiosk, qtbot, tmp_path):
    assert KioskSettings().on_screen_keyboard is True
    path = tmp_path / "kiosk.toml"
    path.write_text("on_screen_keyboard = false\n", encoding="utf-8")
    assert load_settings(path).on_screen_keyboard is False
    path.write_text('on_screen_keyboard = "no"\n', encoding="utf-8")
    assert load_settings(path).on_screen_keyboard is True  # not valid: the default
    assert "on_screen_keyboard = true" in KioskSettings().to_toml()
    window = make_kiosk(on_screen_keyboard=False)
    window.show_page("incidents")
    qtbot.mouseClick(window.incident_view.search, TAP)
    assert window.keyboard is None and window.findChildren(OnScreenKeyboard) == []


def test_never_on_the_desktop(loaded_window, qtbot):
    window = loaded_window
    window.show_page("incidents")
    qtbot.mouseClick(window.incident_view.search, TAP)
    qtbot.keyClicks(window.incident_view.search, "Bly")
    assert window.findChildren(OnScreenKeyboard) == []
    assert not [w for w in QApplication.allWidgets() if isinstance(w, OnScreenKeyboard) and w.isVisible()]
