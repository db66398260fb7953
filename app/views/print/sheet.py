"""A4 pages with a cursor: fonts, wrapped text that breaks across pages, rules, header, footer.

Device units are 96 per inch (CSS pixels) on the PDF writer and on a printer alike, so the
map's and the charts' labels, which keep their size in device units, print at the size they
have on a screen; every shape and letter is still a vector in the PDF. Text is laid out
with ``QTextLayout`` on the paint device itself, so what is measured is what is printed.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

DPI = 96
MM = DPI / 25.4
INK = QColor("#1a1a1a")
MUTED = QColor("#5a5a5a")
RULE = QColor("#9a9a9a")
PALE = QColor("#f1efe8")

#: style → (size in points, bold, italic, colour)
STYLES = {
    "title": (19.0, True, False, INK),
    "subtitle": (10.5, False, False, MUTED),
    "kicker": (8.5, True, False, MUTED),
    "h1": (14.5, True, False, INK),
    "h2": (11.0, True, False, INK),
    "body": (10.0, False, False, INK),
    "small": (8.0, False, False, INK),
    "muted": (8.0, False, False, MUTED),
    "caption": (7.5, False, True, MUTED),
    "cell": (7.5, False, False, INK),
    "cell_bold": (7.5, True, False, INK),
    "head": (7.5, True, False, INK),
    "footer": (7.5, False, False, MUTED),
}


def tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Print", ...)."""
    return QCoreApplication.translate("Print", text)


def base_family() -> str:
    """The application font's family: the bundled name fonts are its substitutes
    (``app.window.fonts``), so Cyrillic and CJK names print with the same face."""
    from app.window.fonts import install_name_fonts

    install_name_fonts()
    return QGuiApplication.font().family()


def plain_letters(font: QFont) -> None:
    """No 'fi'/'fl' ligatures: text copied or searched in the PDF reads as typed ('Rifle')."""
    font.setFeature(QFont.Tag("liga"), 0)


@dataclass
class Line:
    text: str
    width: float
    height: float
    ascent: float


class Sheet:
    """Draws onto a paged device (``QPdfWriter`` or ``QPrinter``), top to bottom, page by page."""

    def __init__(self, device, header: str = "", footer: str = ""):
        device.setResolution(DPI)
        if hasattr(device, "setFullPage"):
            device.setFullPage(True)  # a printer: page coordinates, our own margins
        device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        self.device = device
        self.painter = QPainter()
        if not self.painter.begin(device):
            raise OSError(tr(QT_TRANSLATE_NOOP("Print", "The file could not be opened for writing.")))
        self.painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.width, self.height = device.width(), device.height()
        self.left, self.right = 18 * MM, self.width - 18 * MM
        self.top, self.bottom = 16 * MM, self.height - 18 * MM
        self.header, self.footer = header, footer
        self.page = 1
        self._fonts: dict[str, QFont] = {}
        self._family = base_family()
        self.y = self.top
        self._decorate()

    # ------------------------------------------------------------------ fonts and measuring
    @property
    def content_width(self) -> float:
        return self.right - self.left

    def font(self, style: str) -> QFont:
        if style not in self._fonts:
            size, bold, italic, _ = STYLES[style]
            f = QFont(self._family)
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # measured = printed
            plain_letters(f)
            self._fonts[style] = f
        return self._fonts[style]

    def metrics(self, style: str) -> QFontMetricsF:
        return QFontMetricsF(self.font(style), self.device)

    def lines(self, text: str, style: str, width: float) -> list[Line]:
        """``text`` wrapped to ``width`` (line breaks kept), as lines to draw."""
        font, out = self.font(style), []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in (text or "").split("\n"):
            layout = QTextLayout(paragraph, font, self.device)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(width, 1.0))
                part = paragraph[line.textStart():line.textStart() + line.textLength()].rstrip()
                out.append(Line(part, line.naturalTextWidth(), line.height(), line.ascent()))
            layout.endLayout()
        return out

    def height_of(self, text: str, style: str, width: float | None = None) -> float:
        return sum(line.height for line in self.lines(text, style, width or self.content_width))

    # ------------------------------------------------------------------ drawing
    def draw_lines(self, lines: list[Line], style: str, x: float, y: float, align=Qt.AlignmentFlag.AlignLeft,
                   width: float = 0.0, color: QColor | None = None) -> float:
        """Draw prepared lines at (x, y) with no page break; returns the height used."""
        p = self.painter
        p.setFont(self.font(style))
        p.setPen(color or STYLES[style][3])
        top = y
        for line in lines:
            dx = width - line.width if align == Qt.AlignmentFlag.AlignRight else 0.0
            p.drawText(QPointF(x + dx, y + line.ascent), line.text)
            y += line.height
        return y - top

    def text(self, text: str, style: str = "body", *, indent: float = 0.0, after: float = 0.0,
             color: QColor | None = None, keep: float = 0.0) -> None:
        """A paragraph at the cursor, full width less ``indent``; it breaks across pages between
        lines; ``keep``: room to keep below its first line (a heading keeps its first row)."""
        lines = self.lines(text, style, self.content_width - indent)
        if lines:
            self.ensure(lines[0].height + keep)
        for line in lines:
            self.ensure(line.height)
            self.y += self.draw_lines([line], style, self.left + indent, self.y, color=color)
        self.y += after

    def rule(self, color: QColor = RULE, width: float = 0.8, after: float = 4.0) -> None:
        self.painter.setPen(QPen(color, width))
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))
        self.y += after

    def gap(self, h: float) -> None:
        self.y = min(self.y + h, self.bottom)

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, h: float) -> bool:
        """Start a new page unless ``h`` fits below the cursor; True if it started one."""
        if self.y + h <= self.bottom or self.y <= self.top + 0.5:
            return False
        self.new_page()
        return True

    def new_page(self) -> None:
        self._draw_footer()
        self.device.newPage()
        self.page += 1
        self.y = self.top
        self._decorate()

    def finish(self) -> None:
        """The last page's footer, then close the device (OSError if nothing was written)."""
        self._draw_footer()
        if not self.painter.end():
            raise OSError(tr(QT_TRANSLATE_NOOP("Print", "The file could not be written.")))

    # ------------------------------------------------------------------ header, footer
    def _decorate(self) -> None:
        """A running header on every page after the first."""
        if self.page == 1 or not self.header:
            return
        lines = self.lines(self.header, "footer", self.content_width)[:1]
        self.draw_lines(lines, "footer", self.left, self.top - 8 * MM)
        self.painter.setPen(QPen(RULE, 0.5))
        y = self.top - 8 * MM + sum(line.height for line in lines) + 1.5
        self.painter.drawLine(QPointF(self.left, y), QPointF(self.right, y))

    def _draw_footer(self) -> None:
        y = self.height - 12 * MM
        self.painter.setPen(QPen(RULE, 0.5))
        self.painter.drawLine(QPointF(self.left, y - 2), QPointF(self.right, y - 2))
        number = tr(QT_TRANSLATE_NOOP("Print", "Page {n}")).format(n=self.page)
        w = self.content_width
        self.draw_lines(self.lines(number, "footer", w), "footer", self.left, y, Qt.AlignmentFlag.AlignRight, w)
        if self.footer:
            self.draw_lines(self.lines(self.footer, "footer", w * 0.8)[:1], "footer", self.left, y)

    def box(self, rect: QRectF, fill: QColor | None = None, stroke: QColor | None = None, width: float = 0.6) -> None:
        p = self.painter
        p.setPen(QPen(stroke, width) if stroke is not None else Qt.PenStyle.NoPen)
        p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
        p.setBrush(Qt.BrushStyle.NoBrush)
