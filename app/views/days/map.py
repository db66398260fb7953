"""The daily viewer's offline map: a QGraphicsScene drawn from the places table.

No tiles, no network. The lake, the river and both border claims are schematic shapes
from :mod:`app.model.schematic`; hills sit at their data coordinates, approximate ones
drawn hollow with '≈'. Each day sets the holder of every hill and shows that day's moves.
Scene units are metres; scene y points south (north is up).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QLabel

from app.model.dates import format_day_month
from app.model.days import DayRecord, MoveLine
from app.model.schematic import Schematic
from app.views.common.named_viewport import NamedViewport
from app.views.common.retranslate import Retranslating
from app.views.common.theme import LIGHT, DrawingTheme, FollowsTheme
from app.views.days.map_items import MARKER_KINDS, ArrowItem, LabelItem, PlaceItem, RingItem, qpoint
from app.views.days.map_static import around, draw_north, draw_scale_bar, draw_static, lay_out_labels, overlay_font
from app.views.days.text import DayText

FOCUS_MIN_M = 6500.0  # a tour chapter's places are shown with at least this much ground around them


class DayMap(NamedViewport, FollowsTheme, Retranslating, QGraphicsView):
    """The schematic map; :meth:`show_day` updates holders and moves for one day.

    Keyboard: + and − zoom, 0 fits the map, the arrow keys pan. Its accessible description
    lists the day's holders and moves; the list beside it holds every row with its source.
    On screen it takes the window's theme (redrawn on a switch); printed, it stays light.
    """

    picked = Signal(str)  # plain-text details of a clicked hill, arrow or ring

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dayMap")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QGraphicsView#dayMap:focus { border: 2px solid palette(highlight); }")
        self._day_summary = ""
        self.text = DayText(self)
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few items, many changes
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(LIGHT.color("land"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumSize(320, 220)
        self.schematic: Schematic | None = None
        self._built: tuple | None = None  # set_schematic's arguments and show_day's: a theme switch redraws
        self._shown_day: tuple | None = None
        self.lang = "en"
        self.place_items: dict[str, PlaceItem] = {}
        self.move_items: list[QGraphicsItem] = []
        self.drawn_moves: list[str] = []
        self._zoomed = False
        self.focus_ids: tuple[str, ...] = ()  # a tour chapter's places: marked, and the view centred on them
        self._framed = False  # the view is centred on them (until the user zooms, pans or fits)
        self._notes = ("", "")  # the day's off-map moves, the chapter's places off the map
        # Moves the map cannot draw are listed over its top-left corner: an overlay, so
        # the map keeps its size (and scale) from day to day during playback.
        self.note = QLabel(self.viewport())
        self.note.setObjectName("offMap")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self._style_note(LIGHT)
        self.note.hide()
        self.retranslate()

    def _style_note(self, theme: DrawingTheme) -> None:
        back, edge = ("rgba(0, 0, 0, 225)", theme.text) if theme.dark else ("rgba(255, 255, 255, 225)", "#bbbbbb")
        self.note.setStyleSheet(f"QLabel {{ background: {back}; color: {theme.text}; border: 1px solid {edge};"
                                " border-radius: 4px; padding: 3px 6px; }")

    def apply_theme(self, theme: DrawingTheme) -> None:
        """Redraw in ``theme``'s colours, keeping the day, the marks, the zoom and the centre."""
        self.setBackgroundBrush(theme.color("land"))
        self._style_note(theme)
        if self._built is None:
            return
        transform, centre = self.transform(), self.mapToScene(self.viewport().rect().center())
        zoomed, framed = self._zoomed, self._framed
        ringed = next((pid for pid, item in self.place_items.items() if item.highlighted), "")
        self.set_schematic(*self._built)
        if self._shown_day is not None:
            self.show_day(*self._shown_day)
        self.highlight(ringed)
        self.setTransform(transform)
        self.centerOn(centre)
        self._zoomed, self._framed = zoomed, framed
        self._update_detail()

    # ------------------------------------------------------------------ building
    def set_schematic(self, schematic: Schematic, lang: str, control_places: set[str], place_name) -> None:
        """Draw the static map once per dataset and language."""
        self._built = (schematic, lang, control_places, place_name)
        self.schematic, self.lang = schematic, lang
        theme = self.drawing_theme
        self._place_name = place_name
        scene = self.scene()
        scene.clear()
        self.place_items.clear()
        self.move_items = []
        self.drawn_moves = []
        x0, y0, x1, y1 = schematic.extent
        rect = QRectF(x0, -y1, x1 - x0, y1 - y0)
        scene.setSceneRect(rect.adjusted(-3000, -3000, 3000, 3000))
        self._extent = rect
        if schematic.projection is None:
            scene.addItem(LabelItem(self.tr("No place in the data has coordinates."), anchor="center", theme=theme))
            self._fit()
            return
        draw_static(scene, schematic, self.text, lang, theme)
        for place in schematic.places.values():
            if place.kind not in MARKER_KINDS:
                continue
            item = PlaceItem(place, place.name(lang), theme=theme)
            item.setPos(qpoint((place.x, place.y)))
            item.set_details(self.text.place_details(place, lang))
            item.has_control = place.id in control_places
            scene.addItem(item)
            self.place_items[place.id] = item
        self._fit()
        self.focus_places(self.focus_ids)

    # ------------------------------------------------------------------ one day
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Schematic map of the Lake Khasan area"))
        self._describe()

    def _describe(self) -> None:
        text = self.tr("Who held each hill and the day's moves; + and − zoom, 0 fits.")
        marked = [item.name for pid, item in self.place_items.items() if pid in self.focus_ids]
        if marked:
            text += " " + self.tr("Marked for the tour's chapter: {places}.").format(places=", ".join(marked))
        self.setAccessibleDescription(f"{text} {self._day_summary}".strip())

    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.zoom(1.25 if key != Qt.Key.Key_Minus else 0.8)
        elif key == Qt.Key.Key_0:
            self._framed = False
            self._fit()
        else:
            super().keyPressEvent(event)  # arrows pan (QGraphicsView)
            return
        event.accept()

    def zoom(self, factor: float) -> None:
        """Zoom about the centre, within 0.8x to 8x of the fitted scale."""
        if getattr(self, "_extent", None) is None:
            return
        fit = min(self.viewport().width() / max(1.0, self._extent.width()),
                  self.viewport().height() / max(1.0, self._extent.height()))
        if fit * 0.8 <= self.transform().m11() * factor <= fit * 8:
            anchor = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(anchor)
            self._zoomed, self._framed = True, False
            self._update_detail()

    def show_day(self, record: DayRecord, selected_place: str = "") -> list[MoveLine]:
        """Holders and moves of one day. Returns the day's moves that could not be drawn."""
        self._shown_day = (record, selected_place)
        self._show_holders(record, selected_place)
        scene = self.scene()
        for item in self.move_items:
            scene.removeItem(item)
        self.move_items = []
        self.drawn_moves = []
        if self.schematic is None or self.schematic.projection is None:
            return list(record.moves)
        off_map, rings, arrows = self._route_moves(record.moves)
        for group in arrows.values():
            self._add_arrows(group)
        for place_id, moves in rings.items():
            self._add_ring(place_id, moves)
        self._day_summary = self._summary(record)
        self._describe()
        return off_map

    def _summary(self, record: DayRecord) -> str:
        """The map in words, for screen readers: the day, who held each hill, the day's moves."""
        holders = [(item.name, item.holder_text) for item in self.place_items.values() if item.has_control]
        names = {pid: item.name for pid, item in self.place_items.items()}
        return self.text.map_summary(record, self.lang, holders, lambda pid: names.get(pid, pid))

    def _show_holders(self, record: DayRecord, selected_place: str) -> None:
        """Each place's holder label and details for the day; the selected place ringed."""
        for place_id, item in self.place_items.items():
            line = next((c for c in record.control if c.place_id == place_id), None)
            if item.has_control or line is not None:
                holder = line.holder if line else None
                text = short = self.text.holder(holder)  # short: the badge where the whole finds no room
                if line is not None and line.basis == "inferred":
                    text += " · " + self.text.basis("inferred")
                if line is not None and line.carried:
                    text += " · " + self.tr("as of {day}").format(day=self._short_day(line.row_date))
                item.set_holder(holder, text, True, short)
                details = self.text.place_details(item.place, self.lang)
                if line is not None:
                    details = self.text.control_details(line, self.lang) + "\n\n" + details
                item.set_details(details)
            item.set_highlighted(place_id == selected_place)
        self._place_labels()  # the badges' words changed

    def _route_moves(self, moves) -> tuple[list[MoveLine], dict[str, list[MoveLine]], dict[tuple, list]]:
        """The day's moves sorted into off the map, rings (no origin, by objective) and
        arrows (grouped by objective and origin); records which ones are drawn."""
        off_map: list[MoveLine] = []
        rings: dict[str, list[MoveLine]] = {}
        arrows: dict[tuple, list[tuple[MoveLine, object]]] = {}
        for move in moves:
            path = self.schematic.move_path(move.from_direction, move.from_place_id, move.to_place_id)
            if path is None:
                off_map.append(move)
                continue
            self.drawn_moves.append(move.id)
            if path.start is None:
                rings.setdefault(move.to_place_id, []).append(move)
            else:
                arrows.setdefault((move.to_place_id, move.from_direction, move.from_place_id), []).append((move, path))
        return off_map, rings, arrows

    def _add_arrows(self, group: list[tuple[MoveLine, object]]) -> None:
        """Arrows of the same origin and objective: offset sideways so every one shows; one label."""
        label = "\n".join(self._move_caption(m, with_kind=False) for m, _ in group)
        for k, (move, path) in enumerate(group):
            start, end = qpoint(path.start), qpoint(path.end)
            if k:
                dx, dy = end.x() - start.x(), end.y() - start.y()
                n = math.hypot(dx, dy) or 1.0
                shift = 170.0 * ((k + 1) // 2) * (1 if k % 2 else -1)
                start += QPointF(-dy / n * shift, dx / n * shift)
                end += QPointF(-dy / n * shift * 0.4, dx / n * shift * 0.4)
            item = ArrowItem(start, end, move.side, move.kind, label if k == 0 else "",
                             label_at=0.5 if move.from_place_id in self.place_items else 0.0,
                             theme=self.drawing_theme)
            item.set_details(self.text.move_details(move, self._place_name))
            self.scene().addItem(item)
            self.move_items.append(item)

    def _add_ring(self, place_id: str, moves: list[MoveLine]) -> None:
        """One ring round an objective for the moves whose origin the data does not give."""
        centre = qpoint(self.schematic.point(place_id))
        lines = [self._move_caption(m, with_kind=True) for m in moves]
        place = self.schematic.places[place_id]
        item = RingItem(centre, moves[0].side, moves[0].kind, "\n".join(lines),
                        radius=420.0 if place.kind == "lake" else 280.0,
                        near_edge=place.x > self.schematic.extent[2] - 2500, theme=self.drawing_theme)
        item.set_details("\n\n".join(self.text.move_details(m, self._place_name) for m in moves))
        self.scene().addItem(item)
        self.move_items.append(item)

    def _short_day(self, day) -> str:
        return format_day_month(day, self.lang)

    def _move_caption(self, move: MoveLine, with_kind: bool) -> str:
        who = move.unit_name or self.text.side(move.side)
        text = f"{move.time} {who}" if move.time else who
        return f"{text} ({self.text.move_kind(move.kind)})" if with_kind else text

    def highlight(self, place_id: str) -> None:
        """Ring the place of the selected event ('' for none)."""
        for pid, item in self.place_items.items():
            item.set_highlighted(pid == place_id)

    def holder_text(self, place_id: str) -> str:
        """The holder label shown on a place ('' if the place has none)."""
        item = self.place_items.get(place_id)
        return item.holder_text if item is not None and item.has_control else ""

    # ------------------------------------------------------------------ view
    def _fit(self) -> None:
        if getattr(self, "_extent", None) is not None:
            self.fitInView(self._extent, Qt.AspectRatioMode.KeepAspectRatio)
            self._zoomed = False
            self._update_detail()

    def _update_detail(self) -> None:
        """On a small map, names of minor places (not hills, not settlements) give way;
        their markers and tooltips stay. Then the labels are placed for the new scale."""
        crowded = self.metres_per_pixel() > 20
        for item in self.place_items.values():
            item.set_show_name(not (crowded and item.place.kind not in ("hill", "settlement", "city")))
        self._place_labels()

    def _place_labels(self) -> None:
        lay_out_labels(self)  # each label at a free spot round its marker, for this scale and viewport

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt override): panned
        super().scrollContentsBy(dx, dy)
        self._place_labels()

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._built is not None:
            self.apply_theme(self.drawing_theme)  # the items take the new type

    def set_note(self, text: str) -> None:
        """The day's note (moves off the map) over the map's top-left corner; '' for none."""
        self._notes = (text, self._notes[1])
        self._show_notes()

    def _show_notes(self) -> None:
        text = "\n".join(t for t in self._notes if t)
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self._place_note()

    # ------------------------------------------------------------------ a tour chapter's places
    def focus_places(self, place_ids) -> None:
        """Mark a tour chapter's places and centre the view on those on the map; () unmarks."""
        self.focus_ids = tuple(place_ids)
        for pid, item in self.place_items.items():
            item.set_focused(pid in self.focus_ids)
        self._framed = bool(self.focused_points())
        if self._framed:
            self._zoomed = False
            self._fit()
            self._frame_focus()
        off = [pid for pid in self.focus_ids if self.schematic is not None and pid not in self.schematic.places]
        names = ", ".join(self._place_name(pid) for pid in off) if off and hasattr(self, "_place_name") else ""
        self._notes = (self._notes[0], self.tr("Not on this map: {places}").format(places=names) if names else "")
        self._show_notes()
        self._describe()

    def focused_points(self) -> list[QPointF]:
        """Scene points of the focused places the map has."""
        if self.schematic is None or self.schematic.projection is None:
            return []
        return [qpoint(self.schematic.point(pid)) for pid in self.focus_ids if pid in self.schematic.places]

    def _frame_focus(self) -> None:
        """Centre on the focused places, zoomed in so that they fill the view (at most 3x the fit)."""
        points = self.focused_points()
        if not points or getattr(self, "_extent", None) is None:
            return
        target = around(points, FOCUS_MIN_M)  # enough ground around them to see where they are
        fit = self.transform().m11()
        scale = min(self.viewport().width() / target.width(), self.viewport().height() / target.height())
        scale = max(fit, min(scale, 3 * fit))
        self.scale(scale / fit, scale / fit)
        self.centerOn(target.center())
        self._update_detail()

    def _place_note(self) -> None:
        if self.note.text():
            width = max(120, self.viewport().width() - 80)  # clear of the north arrow
            self.note.setFixedWidth(min(width, self.note.fontMetrics().horizontalAdvance(self.note.text()) + 20))
            self.note.adjustSize()
            self.note.move(6, 6)
        self._place_labels()

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if not self._zoomed:
            self._fit()
            if self._framed:
                self._frame_focus()
        self._place_note()  # and the labels, for the new viewport

    def wheelEvent(self, event):  # noqa: N802
        factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
        scale = self.transform().m11() * factor
        fit = min(self.viewport().width() / max(1.0, self._extent.width()),
                  self.viewport().height() / max(1.0, self._extent.height()))
        if fit * 0.8 <= scale <= fit * 8:
            self.scale(factor, factor)
            self._zoomed, self._framed = True, False
            self._update_detail()

    def mouseDoubleClickEvent(self, event):  # noqa: N802
        self._framed = False
        self._fit()

    def metres_per_pixel(self) -> float:
        return 1.0 / max(1e-9, self.transform().m11())

    def drawForeground(self, painter: QPainter, rect) -> None:  # noqa: N802
        """Scale bar and north arrow, in viewport pixels over the scene."""
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.viewport().width(), self.viewport().height()
        font = overlay_font()
        painter.setFont(font)
        fm = QFontMetricsF(font)
        draw_scale_bar(painter, w, h, fm, self.metres_per_pixel(), self.lang, self.drawing_theme)
        draw_north(painter, w, self.drawing_theme)
        painter.restore()
