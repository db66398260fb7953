"""The first page's entry cards: one large button per way in (Incidents, Forces, Days, the tour).

A card is a real button (Tab reaches it; Space, Enter and Return press it; screen readers
hear its title and its numbers), painted as a card in the palette's colours, so the
high-contrast theme and the kiosk's large font apply to it as to every other widget.
Qt only: the cards show before the data has loaded, disabled until it has.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractButton, QSizePolicy

ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EntryCard(QAbstractButton):
    """A card: an icon, a title, a line of numbers and a line about what the page offers."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setProperty("kiosk_hidden", False)  # a way in, never an "open a dialog" button
        self.title = ""
        self.numbers = ""
        self.blurb = ""

    def set_texts(self, title: str, numbers: str, blurb: str) -> None:
        """The card's words; its accessible name carries the numbers too."""
        self.title, self.numbers, self.blurb = title, numbers, blurb
        self.setText(title)
        self.setAccessibleName(f"{title}: {numbers}" if numbers else title)
        self.setAccessibleDescription(blurb)
        self.setToolTip(blurb)
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        if event.key() in ACTIVATE_KEYS and self.isEnabled():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ size
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.4)
        title.setBold(True)
        numbers = QFont(self.font())
        numbers.setBold(True)
        blurb = QFont(self.font())
        blurb.setPointSizeF(self.font().pointSizeF() * 0.92)
        return title, numbers, blurb

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        title, numbers, blurb = (QFontMetricsF(f) for f in self._fonts())
        pad = numbers.height()
        height = pad * 1.6 + title.height() + numbers.height() * 1.2 + 2 * blurb.height() + 8
        return QSize(int(12 * pad), int(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(int(6 * QFontMetricsF(self.font()).height()), self.sizeHint().height())

    # ------------------------------------------------------------------ paint
    def paintEvent(self, _event):  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        enabled = self.isEnabled()
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        text = pal.color(group, QPalette.ColorRole.Text)
        accent = pal.color(QPalette.ColorRole.Highlight)
        focused, hovered = self.hasFocus(), self.underMouse() and enabled
        frame = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        width = 3.0 if focused else 2.0 if hovered or self.isDown() else 1.0
        p.setPen(QPen(accent if focused or hovered else pal.color(QPalette.ColorRole.Mid), width))
        radius = QFontMetricsF(self.font()).height() * 0.5
        p.drawRoundedRect(frame, radius, radius)
        title_f, numbers_f, blurb_f = self._fonts()
        pad = QFontMetricsF(numbers_f).height() * 0.8
        icon_side = QFontMetricsF(title_f).height() * 1.25
        self._paint_icon(p, QRectF(frame.left() + pad, frame.top() + pad, icon_side, icon_side), text)
        x = frame.left() + 2 * pad + icon_side
        inner = QRectF(x, frame.top() + pad, frame.right() - pad - x, frame.height() - 2 * pad)
        p.setClipRect(inner)
        y = self._paint_line(p, title_f, self.title, text, inner, inner.top(), 1)
        fm = QFontMetricsF(numbers_f)
        wide = fm.horizontalAdvance(self.numbers) > inner.width()
        y = self._paint_line(p, numbers_f, self.numbers, text, inner, y, 2 if wide else 1) + fm.height() * 0.2
        self._paint_line(p, blurb_f, self.blurb, _muted(text, pal), inner, y, 1 if wide else 2)
        p.end()

    @staticmethod
    def _paint_line(p: QPainter, font: QFont, words: str, color: QColor, inner: QRectF, y: float, lines: int) -> float:
        """``words`` in at most ``lines`` lines from ``y`` (wrapped, the last one elided); returns the next y."""
        fm = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(color)
        rest = words
        for _ in range(lines):
            if not rest:
                break
            if fm.horizontalAdvance(rest) <= inner.width() or _ == lines - 1:
                line, rest = fm.elidedText(rest, Qt.TextElideMode.ElideRight, inner.width()), ""
            else:
                cut = len(rest)
                while cut > 0 and fm.horizontalAdvance(rest[:cut]) > inner.width():
                    cut = rest.rfind(" ", 0, cut)
                cut = cut if cut > 0 else len(rest)
                line, rest = rest[:cut], rest[cut:].lstrip()
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += fm.height()
        return y

    def _paint_icon(self, p: QPainter, rect: QRectF, color: QColor) -> None:
        """The page's own tab icon in the text colour (legible in every theme); a play sign for the tour."""
        from app.views.common.icons import icon  # after the data: qtawesome draws on a later frame

        qicon = icon(self.key)
        if not qicon.isNull() and not self.isEnabled():
            return  # no icon before the data: qtawesome must not load ahead of it
        if qicon.isNull():
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawEllipse(rect)
            p.setBrush(self.palette().color(QPalette.ColorRole.Base))
            r = rect.width() / 2
            c = rect.center()
            p.drawPolygon(QPolygonF([QPointF(c.x() - 0.35 * r, c.y() - 0.5 * r), QPointF(c.x() + 0.55 * r, c.y()),
                                     QPointF(c.x() - 0.35 * r, c.y() + 0.5 * r)]))
            return
        side = int(rect.width() * self.devicePixelRatioF())
        pixmap = qicon.pixmap(QSize(side, side))
        tinted = QPixmap(pixmap.size())
        tinted.fill(Qt.GlobalColor.transparent)
        tp = QPainter(tinted)
        tp.drawPixmap(0, 0, pixmap)
        tp.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        tp.fillRect(tinted.rect(), color)
        tp.end()
        p.drawPixmap(rect.toRect(), tinted)


def _muted(text: QColor, pal: QPalette) -> QColor:
    """Text colour halfway to the background: secondary, still well above 4.5:1 on both themes."""
    base = pal.color(QPalette.ColorRole.Base)
    mix = QColor()
    mix.setRgbF(0.72 * text.redF() + 0.28 * base.redF(), 0.72 * text.greenF() + 0.28 * base.greenF(),
                0.72 * text.blueF() + 0.28 * base.blueF())
    return mix
