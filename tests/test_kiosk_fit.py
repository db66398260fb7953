"""The kiosk shows every page uncut on a 1280×800 touch screen and on full HD, in every
language: no label's words cut, the first page as wide as its scroll area at most, the day
map's legend lines inside the legend, the day strip's dates inside the strip."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

SIZES = [(1280, 800), (1920, 1080)]
LANGUAGES = ("en", "fi", "sv")


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def cut_labels(page) -> list[str]:
    """Visible labels whose words do not fit: a one-line label narrower than its text, a
    wrapping label lower than its lines. Elided labels (text cut with '…' on purpose, the whole
    in the tooltip) fit by construction."""
    cut = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height():
                cut.append(f"{label.objectName() or label.text()[:40]!r}: {need} > {label.height()} px high")
        elif label.sizeHint().width() > label.width():
            cut.append(f"{label.objectName() or label.text()[:40]!r}: {label.sizeHint().width()} > "
                       f"{label.width()} px wide")
        if not inside_its_parents(label):
            cut.append(f"{label.objectName() or label.text()[:40]!r}: outside what its parents show")
    return cut


def inside_its_parents(widget) -> bool:
    """Whether the widget lies inside each parent it is drawn in: across, up to the window (no
    page here scrolls sideways to reach it); down, up to the first scroll area (which scrolls)."""
    left = widget.mapToGlobal(widget.rect().topLeft())
    right = widget.mapToGlobal(widget.rect().bottomRight())
    vertical = True
    parent = widget.parentWidget()
    while parent is not None:
        a, b = parent.mapToGlobal(parent.rect().topLeft()), parent.mapToGlobal(parent.rect().bottomRight())
        if left.x() < a.x() or right.x() > b.x():
            return False
        if parent.objectName() == "qt_scrollarea_viewport":
            vertical = False
        if vertical and (left.y() < a.y() or right.y() > b.y()):
            return False
        parent = parent.parentWidget()
    return True


@pytest.fixture(scope="module", params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def size(request):
    return request.param


@pytest.fixture
def kiosk_at(make_kiosk, size):
    window = make_kiosk(languages=LANGUAGES)
    window.resize(*size)
    settle()
    yield window
    window.set_language("en")  # the translators are the application's: later tests read English


def page_widget(window, page: str):
    return window.overview if page == "overview" else window.view(page)


def each_language(window):
    for lang in LANGUAGES:
        window.set_language(lang)
        settle()
        yield lang


@pytest.mark.parametrize("page", ["overview", "tour", "incidents", "forces", "days", "sources", "index"])
def test_no_label_is_cut(kiosk_at, page):
    """Every label's words in view on every page, in every language, at 1280×800 and full HD."""
    window = kiosk_at
    window.show_page(page)
    settle()
    for lang in each_language(window):
        window.show_page(page)
        settle()
        assert cut_labels(page_widget(window, page)) == [], f"{page} in {lang} at {window.width()}×{window.height()}"


@pytest.mark.parametrize("page", ["forces", "index", "incidents"])
def test_tabs_and_search_fields_fit(kiosk_at, page):
    """No tab behind scroll arrows (a visitor does not find them) and no search field too
    narrow for what its placeholder asks."""
    from PySide6.QtWidgets import QLineEdit, QTabBar, QToolButton

    window = kiosk_at
    for lang in each_language(window):
        window.show_page(page)
        settle()
        where = f"{page} in {lang} at {window.width()}×{window.height()}"
        root = page_widget(window, page)
        for bar in root.findChildren(QTabBar):
            if bar.isVisible():
                arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
                assert not arrows, f"tab scroll arrows: {where}"
                outside = [bar.tabText(i) for i in range(bar.count())
                           if bar.isTabVisible(i) and not bar.rect().contains(bar.tabRect(i))]
                assert not outside, f"tabs out of view {outside}: {where}"
        for field in root.findChildren(QLineEdit):
            if field.isVisible() and field.placeholderText():
                need = QFontMetricsF(field.font()).horizontalAdvance(field.placeholderText()[:24])
                assert field.width() >= need, f"{field.placeholderText()!r} in {field.width()} px: {where}"


@pytest.mark.parametrize("page", ["overview", "tour", "incidents", "forces", "days", "sources", "index"])
def test_no_button_text_is_cut(kiosk_at, page):
    """A button as wide as its words ('Näytä taulukkona' once lost its first letters)."""
    from PySide6.QtWidgets import QPushButton

    window = kiosk_at
    for lang in each_language(window):
        window.show_page(page)
        settle()
        cut = [b.text() for b in page_widget(window, page).findChildren(QPushButton)
               if b.isVisible() and b.text() and b.width() < b.minimumSizeHint().width()]
        assert not cut, f"{cut} on {page} in {lang} at {window.width()}×{window.height()}"


def test_overview_is_no_wider_than_its_scroll_area(kiosk_at):
    """The first page's horizontal scroll bar is off: its content must fit the viewport's width,
    the headline's drawing its own width, the counts' grid the corner."""
    window = kiosk_at
    window.show_page("overview")
    for lang in each_language(window):
        page = window.overview
        scroll = page.findChild(QScrollArea, "overviewScroll")
        where = f"{lang} at {window.width()}×{window.height()}"
        assert scroll.widget().width() <= scroll.viewport().width(), where
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(), where
        headline = page.glance.headline
        assert headline.layout_.width <= headline.viewport().width() + 1, where
        right = headline.mapTo(scroll.viewport(), headline.rect().topRight()).x()
        assert right <= scroll.viewport().width(), where
        corner = page.corner
        assert corner.mapTo(scroll.viewport(), corner.rect().topRight()).x() <= scroll.viewport().width(), where


def test_day_legend_lines_fit(kiosk_at):
    """Each line of the map's legend is inside the legend, none past its right edge or its bottom."""
    window = kiosk_at
    window.show_page("days")
    settle()  # the key folds itself once the map has its width
    key = window.view("days").map_key
    if key.folded:  # a narrow map: the key is a tap away, and must fit when shown
        key.click()
        settle()
    for lang in each_language(window):
        legend = window.view("days").legend
        fm = QFontMetricsF(legend.font())
        lines = legend.lines(legend.width())
        assert len(lines) >= len(legend.entries) + 2
        for rect, text, bold in lines:
            font = legend.font()
            font.setBold(bold)
            need = QFontMetricsF(font).horizontalAdvance(text)
            assert rect.left() >= 0 and rect.left() + need <= legend.width(), f"{text!r} in {lang}"
            assert rect.bottom() <= legend.height() + 0.5, f"{text!r} below the legend in {lang}"
            assert rect.height() >= fm.height() - 0.5


def test_day_strip_dates_fit(kiosk_at):
    """The dates under the day strip lie inside the slider, none clipped at its bottom or sides."""
    window = kiosk_at
    window.show_page("days")
    for lang in each_language(window):
        slider = window.view("days").slider
        boxes = slider.label_boxes()
        assert boxes, lang
        for rect, text in boxes:
            font = slider.label_font()
            fm = QFontMetricsF(font)
            assert rect.height() >= fm.height() and rect.width() >= fm.horizontalAdvance(text), f"{text} {lang}"
            assert rect.top() >= 0 and rect.bottom() <= slider.height(), f"{text!r} cut at the bottom in {lang}"
            assert rect.left() >= 0 and rect.right() <= slider.width(), f"{text!r} cut at a side in {lang}"


def test_day_chart_axis_has_room_for_its_title_and_ticks(kiosk_at):
    """The rotated "count (log)" beside the widest tick, not over it, in the kiosk's type."""
    window = kiosk_at
    window.show_page("days")
    settle()
    chart = window.view("days").chart
    metrics = QFontMetricsF(chart.font())
    axis = chart.getPlotItem().getAxis("left")
    widest = max((metrics.horizontalAdvance(t) for t in chart._tick_texts), default=0)
    assert axis.width() >= metrics.height() + widest, (axis.width(), metrics.height(), widest)


def test_map_key_folds_where_the_map_would_be_too_narrow(kiosk_at):
    """Kiosk type at 1280 px: the key waits behind its button and the map gets the room; on
    full HD it stays beside the map. A tap shows it, and that choice holds."""
    from app.views.days.legend_panel import MIN_MAP_LINES

    window = kiosk_at
    window.show_page("days")
    settle()
    days = window.view("days")
    key = days.map_key
    line = days.map.fontMetrics().height()
    assert days.map.width() >= MIN_MAP_LINES * line * 0.9 or not key.folded
    if window.width() < 1920:
        assert key.folded and not days.legend.isVisible()
        assert key.accessibleName() == "Show the map key"
        key.click()
        settle()
        assert days.legend.isVisible() and key.accessibleName() == "Hide the map key"
        window.resize(window.width() + 1, window.height())  # a resize does not undo the visitor's choice
        settle()
        assert days.legend.isVisible()
    else:
        assert not key.folded and days.legend.isVisible()
