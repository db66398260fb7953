"""Pixel layout of the force-comparison small multiples (no Qt: testable without widgets).

The chart draws in a view whose coordinates are pixels (x right, y down), so a layout is
plain rectangles and text anchors. Panels flow top to bottom through 1–3 columns whose
heights are balanced; each panel has its own scale, so small categories stay visible next
to big ones. The widget turns a ``Layout`` into pyqtgraph items and hit-tests the mouse
against ``hits``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

from app.model.forces import Line, Panel


class Labeler(Protocol):
    """Every text the layout shows (the view implements it with translations)."""

    def panel_title(self, panel: Panel) -> str: ...
    def conflict_title(self, conflict: str) -> str: ...
    def side_title(self, side: str) -> str: ...
    def ratio(self, panel: Panel, conflict: str) -> str: ...
    def line_label(self, panel: Panel, line: Line) -> str: ...
    def line_value(self, line: Line) -> str: ...
    def caption(self, group: str, count: int, differ: bool) -> str: ...


@dataclass
class Metrics:
    """Sizes in pixels; ``for_line_height`` scales them with the font."""

    margin: float = 12
    col_gap: float = 20
    min_col_w: float = 460
    max_cols: int = 3
    title_h: float = 26
    legend_h: float = 22
    panel_title_h: float = 24
    conflict_h: float = 20
    section_h: float = 19
    row_h: float = 19
    caption_h: float = 17
    bar_h: float = 12
    panel_pad: float = 8
    panel_gap: float = 12
    indent: float = 14
    marker_w: float = 14
    swatch: float = 10

    @classmethod
    def for_line_height(cls, h: float) -> "Metrics":
        k = max(h, 10.0) / 14.0
        m = cls()
        for name in ("title_h", "legend_h", "panel_title_h", "conflict_h", "section_h", "row_h",
                     "caption_h", "bar_h", "swatch", "indent"):
            setattr(m, name, round(getattr(m, name) * k))
        return m


@dataclass
class Text:
    """One label: anchored at x (left or right aligned), vertically centred on y."""

    x: float
    y: float  # vertical centre
    text: str
    style: str  # title, legend, panel, ratio, conflict, header, label, value, caption, note
    align: str = "left"  # left or right of x
    width: float = 0.0  # elide beyond this many pixels (0: no limit)


@dataclass
class Box:
    """A rectangle to draw (frame, bar, part, bracket, swatch) or to hit (figure, group)."""

    x0: float
    y0: float
    x1: float
    y1: float
    kind: str  # frame, bar, part, bracket, swatch; for hits: figure or group
    side: str = ""
    key: str = ""  # figure id or group id

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    @property
    def center(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


@dataclass
class Whisker:
    """A low–high range drawn across a bar."""

    x_lo: float
    x_hi: float
    y: float


@dataclass
class Layout:
    """Everything a chart draws, in pixels, and what can be pointed at (``hits``)."""

    width: float
    height: float
    texts: list[Text] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    whiskers: list[Whisker] = field(default_factory=list)
    hits: list[Box] = field(default_factory=list)
    columns: int = 1

    def hit(self, x: float, y: float) -> Box | None:
        """What is under a point: a figure's row or bar, or a 'sources differ' caption."""
        for box in reversed(self.hits):  # bars are added after their rows: they win
            if box.contains(x, y):
                return box
        return None

    def bar_of(self, fig_id: str) -> Box | None:
        """The bar (or stacked part) of a figure."""
        for box in self.boxes:
            if box.key == fig_id and box.kind in ("bar", "part"):
                return box
        return None

    def hit_of(self, kind: str, key: str) -> Box | None:
        """The hit area of a figure's row or a group's caption."""
        for box in self.hits:
            if box.kind == kind and box.key == key:
                return box
        return None


def _approx_width(text: str, style: str) -> float:
    return len(text) * (8.0 if style in ("title", "panel") else 7.0)


def balanced_columns(heights: list[float], k: int) -> list[int]:
    """Split an ordered list into at most k contiguous runs with the smallest tallest run.

    Returns the start index of each run (reading order stays top-to-bottom, left-to-right).
    """
    n = len(heights)
    k = max(1, min(k, n))
    prefix = [0.0]
    for h in heights:
        prefix.append(prefix[-1] + h)
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    cut = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        for i in range(1, n + 1):
            for s in range(j - 1, i):
                cost = max(best[j - 1][s], prefix[i] - prefix[s])
                if cost < best[j][i]:
                    best[j][i], cut[j][i] = cost, s
    starts, i = [], n
    for j in range(k, 0, -1):
        starts.append(cut[j][i])
        i = cut[j][i]
    return sorted(starts)


def _groups_in(lines: list[Line]) -> int:
    count, prev = 0, ""
    for line in lines:
        if line.group and line.group != prev:
            count += 1
        prev = line.group
    return count


def panel_height(panel: Panel, m: Metrics, both: bool) -> float:
    """Pixels a panel needs: title, conflict headings (side by side), sections, rows, captions."""
    h = m.panel_title_h + m.panel_pad
    seen = set()
    for s in panel.sections:
        if both and s.conflict not in seen:
            seen.add(s.conflict)
            h += m.conflict_h
        h += m.section_h + len(s.lines) * m.row_h + _groups_in(s.lines) * m.caption_h
    return h


def layout_chart(panels: list[Panel], labels: Labeler, width: float, *, title: str = "", legend: list[tuple[str, str]] = (),
                 legend_note: str = "", notes: list[str] = (), empty_text: str = "", both: bool = False, differ: Callable[[str], bool] = lambda g: True,
                 group_size: Callable[[str], int] | None = None, measure: Callable[[str, str], float] = _approx_width,
                 metrics: Metrics | None = None) -> Layout:
    """Place the title, the legend and every panel of a chart in ``width`` pixels."""
    m = metrics or Metrics()
    out = Layout(width=width, height=0)
    x, y = m.margin, m.margin
    if title:
        out.texts.append(Text(x, y + m.title_h / 2, title, "title", width=width - 2 * m.margin))
        y += m.title_h
    if legend or legend_note:
        cx = x
        for side, text in legend:
            out.boxes.append(Box(cx, y + (m.legend_h - m.swatch) / 2, cx + m.swatch, y + (m.legend_h + m.swatch) / 2,
                                 "swatch", side=side))
            out.texts.append(Text(cx + m.swatch + 4, y + m.legend_h / 2, text, "legend"))
            cx += m.swatch + 4 + measure(text, "legend") + 16
        if legend_note:
            out.texts.append(Text(cx, y + m.legend_h / 2, legend_note, "legend", width=max(0.0, width - m.margin - cx)))
        y += m.legend_h
    for note in notes:  # remarks that must not be cut short, one line each across the chart
        out.texts.append(Text(x, y + m.legend_h / 2, note, "note", width=width - 2 * m.margin))
        y += m.legend_h
    y += m.panel_gap / 2
    if not panels:
        out.texts.append(Text(x, y + m.row_h, empty_text, "note", width=width - 2 * m.margin))
        out.height = y + 2 * m.row_h + m.margin
        return out

    usable = width - 2 * m.margin
    cols = max(1, min(m.max_cols, int((usable + m.col_gap) // (m.min_col_w + m.col_gap)), len(panels)))
    col_w = (usable - (cols - 1) * m.col_gap) / cols
    heights = [panel_height(p, m, both) for p in panels]
    starts = balanced_columns([h + m.panel_gap for h in heights], cols)
    out.columns = len(starts)
    bottom = y
    for c, start in enumerate(starts):
        end = starts[c + 1] if c + 1 < len(starts) else len(panels)
        cx, cy = m.margin + c * (col_w + m.col_gap), y
        for i in range(start, end):
            _place_panel(out, panels[i], labels, cx, cy, col_w, heights[i], m, both, differ, group_size, measure)
            cy += heights[i] + m.panel_gap
        bottom = max(bottom, cy)
    out.height = bottom + m.margin
    return out


def _place_panel(out: Layout, panel: Panel, labels: Labeler, cx: float, cy: float, col_w: float, height: float,
                 m: Metrics, both: bool, differ, group_size, measure) -> None:
    pad = m.panel_pad
    out.boxes.append(Box(cx, cy, cx + col_w, cy + height, "frame"))
    values = {id(line): labels.line_value(line) for s in panel.sections for line in s.lines}
    value_w = max((measure(v, "value") for v in values.values()), default=0) + 8
    label_w = min(max(col_w * 0.45, 90.0), 460.0)
    bar_x0 = cx + pad + label_w + m.marker_w
    bar_len = cx + col_w - pad - value_w - bar_x0
    if bar_len < 60:  # narrow column: give the bars room, labels elide
        label_w = max(40.0, label_w - (60 - bar_len))
        bar_x0 = cx + pad + label_w + m.marker_w
        bar_len = cx + col_w - pad - value_w - bar_x0
    scale = panel.scale if panel.scale > 0 else 1.0

    def px(v: float | None) -> float:
        return bar_x0 + max(0.0, (v or 0.0)) / scale * bar_len

    title_y = cy + m.panel_title_h / 2 + 2
    ratio = "" if both else labels.ratio(panel, panel.sections[0].conflict) if panel.sections else ""
    ratio_w = measure(ratio, "ratio") + 8 if ratio else 0
    if ratio:
        out.texts.append(Text(cx + col_w - pad, title_y, ratio, "ratio", align="right"))
    out.texts.append(Text(cx + pad, title_y, labels.panel_title(panel), "panel", width=col_w - 2 * pad - ratio_w))
    y = cy + m.panel_title_h
    conflict = None
    for section in panel.sections:
        if both and section.conflict != conflict:
            conflict = section.conflict
            ratio = labels.ratio(panel, conflict)
            if ratio:
                out.texts.append(Text(cx + col_w - pad, y + m.conflict_h / 2, ratio, "ratio", align="right"))
            out.texts.append(Text(cx + pad, y + m.conflict_h / 2, labels.conflict_title(conflict), "conflict",
                                  width=col_w - 2 * pad - (measure(ratio, "ratio") + 8 if ratio else 0)))
            y += m.conflict_h
        mid = y + m.section_h / 2
        out.boxes.append(Box(cx + pad, mid - m.swatch / 2, cx + pad + m.swatch, mid + m.swatch / 2, "swatch",
                             side=section.side))
        out.texts.append(Text(cx + pad + m.swatch + 5, mid, labels.side_title(section.side), "header",
                              width=col_w - 2 * pad - m.swatch - 5))
        y += m.section_h
        prev_group, bracket_top = "", 0.0
        for n, line in enumerate(section.lines):
            if line.group and line.group != prev_group:
                count = group_size(line.group) if group_size else sum(1 for ln in section.lines if ln.group == line.group)
                out.texts.append(Text(cx + pad + m.indent, y + m.caption_h / 2,
                                      labels.caption(line.group, count, differ(line.group)), "caption",
                                      width=label_w - m.indent))
                out.hits.append(Box(cx, y, cx + col_w, y + m.caption_h, "group", key=line.group))
                bracket_top = y + 3
                y += m.caption_h
            prev_group = line.group
            _place_line(out, panel, line, labels, values[id(line)], cx, y, col_w, label_w, bar_x0, px, m)
            y += m.row_h
            last_of_group = line.group and (n + 1 == len(section.lines) or section.lines[n + 1].group != line.group)
            if last_of_group:
                bx = bar_x0 - m.marker_w / 2
                out.boxes.append(Box(bx - 1, bracket_top, bx + 1, y - 3, "bracket", key=line.group))


def _place_line(out: Layout, panel: Panel, line: Line, labels: Labeler, value: str, cx: float, y: float,
                col_w: float, label_w: float, bar_x0: float, px, m: Metrics) -> None:
    mid = y + m.row_h / 2
    first = line.figures[0]
    out.texts.append(Text(cx + m.panel_pad + m.indent, mid, labels.line_label(panel, line), "label",
                          width=label_w - m.indent))
    out.hits.append(Box(cx, y, cx + col_w, y + m.row_h, "figure", side=first.side, key=first.id))
    x = bar_x0
    end = bar_x0
    for k, f in enumerate(line.figures):
        x1 = x + (px(f.best) - bar_x0)
        if f.best and x1 - x < 2:  # a tiny value still shows as a sliver; its label gives the number
            x1 = x + 2
        box = Box(x, mid - m.bar_h / 2, x1, mid + m.bar_h / 2, "part" if k else "bar", side=f.side, key=f.id)
        out.boxes.append(box)
        if line.is_split:
            out.hits.append(Box(x, y, max(x1, x + 2), y + m.row_h, "figure", side=f.side, key=f.id))
        end = max(end, x1)
        x = x1
        if f.has_range and not line.is_split:
            lo, hi = px(f.low), px(f.high)
            out.whiskers.append(Whisker(lo, hi, mid))
            end = max(end, hi)
    out.texts.append(Text(end + 5, mid, value, "value"))
