"""The daily map on paper: the days page's own scene (``DayMap``: the schematic, the day's
holders and moves) rendered as vectors into a rectangle of the page, framed, with a scale
bar, a north arrow and the moves that are off the map listed under it.

The ``DayMap`` is used as the scene's builder only: it is never shown, and nothing of its
viewport (zoom, scroll bars, overlays) reaches the page.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPicture, QPolygonF

from app.model.day_records import DayRecord
from app.model.days import DayBook
from app.model.formats import format_number
from app.model.schematic import build_schematic
from app.views.print.sheet import INK, MM, Sheet, tr

MIN_SPAN_M = 6500.0  # a map centred on places shows at least this much ground across
CONTEXT_M = 3000.0  # the hills the days track and lakes this near a chapter's places show with them
MINOR_KINDS_HIDDEN_ABOVE = 20.0  # metres per device unit beyond which minor names give way
#: The map is laid out this much larger than it prints, then scaled down: its labels (which
#: keep their size in device units, as on screen) print at 1/LABEL_ROOM of their screen
#: size (9 pt → about 7 pt) and crowd each other less on the narrower page.
LABEL_ROOM = 1.25


def _book(ds) -> DayBook:
    key = ("print", "daybook")
    if key not in ds._cache:
        ds._cache[key] = DayBook(ds)
    return ds._cache[key]


def _schematic(ds):
    key = ("print", "schematic")
    if key not in ds._cache:
        ds._cache[key] = build_schematic(ds.places)
    return ds._cache[key]


def day_record(ds, day, lang: str) -> DayRecord | None:
    """The day's holders and moves, or None when the day is not one of the daily viewer's."""
    if day is None:
        return None
    book = _book(ds)
    stamp = pd.Timestamp(day).normalize()
    return book.record(stamp, lang) if book.position(stamp) >= 0 else None


def places_on_map(ds, place_ids) -> list[str]:
    schematic = _schematic(ds)
    return [p for p in place_ids if p in schematic.places and schematic.places[p].kind != "river"]


def build_map(ds, lang: str, record: DayRecord | None, ringed=(), size=(640, 420)):
    """A ``DayMap`` (unshown) holding the static map and the day; returns (map, off-map moves)."""
    from app.views.days.map import DayMap

    book, schematic = _book(ds), _schematic(ds)
    view = DayMap()
    view.resize(int(size[0]), int(size[1]))
    view.set_schematic(schematic, lang, set(ds.control["place_id"].dropna()),
                       lambda pid: book.place_name(pid, lang))
    empty = DayRecord(pd.Timestamp(date(1938, 1, 1)), -1, (), (), (), (), (), (), ())
    off_map = view.show_day(record or empty, "")
    for pid, item in view.place_items.items():
        item.set_highlighted(pid in ringed)
    return view, off_map


def focus_rect(ds, place_ids, aspect: float) -> QRectF:
    """Scene rectangle to show: the map's extent, or the chosen places with room around them,
    widened to the picture's aspect (width / height)."""
    schematic = _schematic(ds)
    x0, y0, x1, y1 = schematic.extent
    points = [schematic.point(p) for p in places_on_map(ds, place_ids)]
    if points:  # with the tracked hills and the lake nearby, so a single hill is seen in its place
        near = set(ds.control["place_id"].dropna()) | {p.id for p in schematic.places.values() if p.kind == "lake"}
        centre = _centre(points)
        points += [q for q in (schematic.point(p) for p in places_on_map(ds, sorted(near)))
                   if _distance(q, centre) < CONTEXT_M]
    if points:
        xs, ys = [p[0] for p in points], [-p[1] for p in points]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        w = max(MIN_SPAN_M, (max(xs) - min(xs)) * 1.6 + 3000)
        h = max(MIN_SPAN_M / aspect, (max(ys) - min(ys)) * 1.6 + 3000)
    else:
        cx, cy, w, h = (x0 + x1) / 2, -(y0 + y1) / 2, x1 - x0, y1 - y0
    w, h = max(w, h * aspect), max(h, w / aspect)
    return QRectF(cx - w / 2, cy - h / 2, w, h)


def _centre(points) -> tuple[float, float]:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _distance(a, b) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def draw_map(sheet: Sheet, ds, lang: str, day, place_ids=(), height_mm: float = 95.0,
             ringed=()) -> list[str]:
    """The map of ``day`` (None: the map without a day) at the cursor, full width; centred on
    ``place_ids`` when any is on the map. Returns the captions of the moves it could not draw."""
    from app.views.days.map_items import LAND

    width, height = sheet.content_width, height_mm * MM
    sheet.ensure(height)
    target = QRectF(sheet.left, sheet.y, width, height)
    record = day_record(ds, day, lang)
    view, off_map = build_map(ds, lang, record, ringed, (width * LABEL_ROOM, height * LABEL_ROOM))
    source = focus_rect(ds, place_ids, width / height)
    metres_per_unit = source.width() / width
    for item in view.place_items.values():
        item.set_show_name(metres_per_unit / LABEL_ROOM <= MINOR_KINDS_HIDDEN_ABOVE
                           or item.place.kind in ("hill", "settlement", "city"))
    _render_scene(sheet, view.scene(), source, target, LAND)
    sheet.box(target, stroke=QColor("#777777"), width=0.8)
    _scale_bar(sheet, target, metres_per_unit, lang)
    _north(sheet, target)
    sheet.y += height + 1.5 * MM
    view.deleteLater()
    book = _book(ds)
    return [view.text.move_label(m, lambda pid: book.place_name(pid, lang)) for m in off_map]


def _render_scene(sheet: Sheet, scene, source: QRectF, target: QRectF, background: QColor) -> None:
    """The scene drawn LABEL_ROOM times larger into a QPicture (its labels keep their size in
    device units), then replayed scaled down into ``target``: still vectors and text."""
    virtual = QRectF(0, 0, target.width() * LABEL_ROOM, target.height() * LABEL_ROOM)
    picture = QPicture()
    recorder = QPainter(picture)
    recorder.setRenderHints(sheet.painter.renderHints())
    recorder.fillRect(virtual, background)
    scene.render(recorder, virtual, source, Qt.AspectRatioMode.KeepAspectRatio)
    recorder.end()
    p = sheet.painter
    p.save()
    p.setClipRect(target)
    p.translate(target.topLeft())
    p.scale(1 / LABEL_ROOM, 1 / LABEL_ROOM)
    p.drawPicture(QPointF(0, 0), picture)
    p.restore()


def _scale_bar(sheet: Sheet, target: QRectF, metres_per_unit: float, lang: str) -> None:
    wanted = 110 * metres_per_unit
    length = next((m for m in (250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000) if m >= wanted * 0.6), 50000)
    px = length / metres_per_unit
    label = (tr(QT_TRANSLATE_NOOP("Print", "{n} km")).format(n=format_number(length / 1000, lang)) if length >= 1000
             else tr(QT_TRANSLATE_NOOP("Print", "{n} m")).format(n=format_number(length, lang)))
    x1, y = target.right() - 4 * MM, target.bottom() - 4 * MM
    x0 = x1 - px
    lines = sheet.lines(label, "small", px + 20)
    text_h = sum(line.height for line in lines)
    sheet.box(QRectF(x0 - 2 * MM, y - text_h - 2.5 * MM, px + 4 * MM, text_h + 4 * MM), fill=QColor(255, 255, 255, 225))
    p = sheet.painter
    p.setPen(QPen(INK, 1.4))
    p.drawLine(QPointF(x0, y), QPointF(x1, y))
    p.drawLine(QPointF(x0, y - 4), QPointF(x0, y + 2))
    p.drawLine(QPointF(x1, y - 4), QPointF(x1, y + 2))
    w = lines[0].width if lines else 0.0
    sheet.draw_lines(lines, "small", x0 + (px - w) / 2, y - text_h - 1.5)


def _north(sheet: Sheet, target: QRectF) -> None:
    p = sheet.painter
    cx, top = target.right() - 8 * MM, target.top() + 3 * MM
    p.setPen(QPen(INK, 1.0))
    p.setBrush(QColor(255, 255, 255, 225))
    p.drawEllipse(QPointF(cx, top + 5 * MM), 4.2 * MM, 4.2 * MM)
    p.setBrush(INK)
    p.drawPolygon(QPolygonF([QPointF(cx, top + 1.6 * MM), QPointF(cx + 1.8 * MM, top + 7.6 * MM),
                             QPointF(cx, top + 6.2 * MM), QPointF(cx - 1.8 * MM, top + 7.6 * MM)]))
    p.setBrush(Qt.BrushStyle.NoBrush)
    lines = sheet.lines(tr(QT_TRANSLATE_NOOP("Print", "N")), "cell_bold", 20)
    if lines:
        sheet.draw_lines(lines, "cell_bold", cx - lines[0].width / 2, top + 9.4 * MM)
