"""Pixel layouts of the first page's two drawings (no Qt: testable without widgets).

Both come out as the force-comparison chart's ``Layout`` (boxes, texts, hit areas in
pixels, x right, y down), so the chart's own items draw them (``ShapesItem``,
``LabelsItem``) and the same box kinds keep the same look: a side's solid bar, a side's
pale hatched part, grey frames and brackets.

* The headline: a back-to-back bar chart, the USSR to the left of the quantity's name and
  Japan to the right; each bar is solid up to the lowest figure the sources give and
  hatched up to the highest. Each row has its own scale.
* The timeline: the years of the conflicts, the number of events dated in each month
  as thin bars, each conflict's period as a band, and the battle's days marked.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Protocol

import pandas as pd

from app.model.glance import QUANTITIES, SIDES, Glance, Headline, Span
from app.model.text_wrap import wrap_words
from app.views.forces.layout import Box, Layout, Text

Measure = Callable[[str, str], float]
LEFT, RIGHT = tuple(SIDES)  # the USSR to the left of the names, Japan to the right


class HeadlineLabels(Protocol):
    def quantity(self, quantity: str) -> str: ...
    def side(self, side: str) -> str: ...
    def value(self, h: Headline) -> str: ...
    def caption(self, h: Headline) -> str: ...
    def missing(self) -> str: ...
    def note(self) -> str: ...


class TimelineLabels(Protocol):
    def conflict(self, conflict: str) -> str: ...
    def battle(self, span: Span) -> str: ...
    def year(self, year: int) -> str: ...
    def peak(self, n: int) -> str: ...


@dataclass
class Sizes:
    """Pixel sizes from the height of a text line, so the drawings grow with the font (kiosk)."""

    line: float

    def __getattr__(self, name: str) -> float:  # noqa: D105 - sizes in lines
        return self.line * _LINES[name]


_LINES = {"margin": 0.8, "header": 1.8, "row": 3.4, "bar": 1.5, "caption": 1.25, "legend": 1.5, "gap": 0.9,
          "pad": 0.5, "swatch": 0.75, "callout": 1.35, "hist": 2.3, "axis": 1.35, "band": 0.6, "band_label": 1.2}


def headline_key(quantity: str, side: str) -> str:
    return f"{quantity}|{side}"


def split_key(key: str) -> tuple[str, str]:
    quantity, _, side = key.partition("|")
    return quantity, side


# ---------------------------------------------------------------------- headline
def layout_headline(g: Glance, labels: HeadlineLabels, width: float, measure: Measure, line: float) -> Layout:
    """Three rows (strength, killed, wounded), two sides back to back, centred in ``width``."""
    s = Sizes(line)
    out = Layout(width=width, height=0)
    names = {q: labels.quantity(q) for q in QUANTITIES}
    middle = max(measure(n, "quantity") for n in names.values()) + 2 * s.gap
    values = {key: labels.value(h) for key, h in g.headlines.items()}
    cx, bar_max, out.width = _headline_centre(g, labels, values, width, middle, measure, s)
    y = s.margin
    for side, sign in ((LEFT, -1), (RIGHT, 1)):
        edge = cx + sign * middle / 2
        text = labels.side(side)
        w = measure(text, "side")
        sx = edge + w + s.pad if sign > 0 else edge - w - s.pad - s.swatch
        out.boxes.append(Box(sx, y + (s.header - s.swatch) / 2, sx + s.swatch, y + (s.header + s.swatch) / 2,
                             "swatch", side=side))
        out.texts.append(Text(edge, y + s.header / 2, text, "side", align="left" if sign > 0 else "right"))
    y += s.header
    for quantity in QUANTITIES:
        _headline_row(out, g, quantity, labels, values, y, cx, middle, bar_max, names[quantity], measure, s)
        y += s.row
    for text in wrap_words(labels.note(), width - 2 * s.margin, lambda t: measure(t, "legend"), soft_break="·"):
        out.texts.append(Text(s.margin, y + s.legend / 2, text, "legend", width=width - 2 * s.margin))
        y += s.legend * 0.8
    out.height = y + s.legend * 0.2 + s.margin
    return out


def _headline_centre(g: Glance, labels: HeadlineLabels, values: dict, width: float, middle: float,
                     measure: Measure, s: Sizes) -> tuple[float, float, float]:
    """Where the names' column sits, the longest bar, and the width the headline needs.

    Centred where both sides fit beside it; where they do not (a narrow page, long words),
    the column moves towards the side with the shorter numbers, so that each side has room
    for its own longest number, its name and its "sources differ" tab."""
    missing = measure(labels.missing(), "label")
    value_w = max([measure(v, "big") for v in values.values()] + [missing]) + s.pad
    half = (width - middle) / 2 - s.margin
    need = {}
    for side in SIDES:
        shown = [h for q in QUANTITIES if (h := g.headline(q, side)) is not None]
        own = max([measure(values[(h.quantity, side)], "big") for h in shown if (h.quantity, side) in values]
                  + [missing]) + s.pad
        tabs = [measure(labels.caption(h), "caption") + s.pad for h in shown if h.differ]
        header = measure(labels.side(side), "side") + s.pad + s.swatch
        need[side] = (own, max([own + s.pad + s.line * 3, header] + tabs))
    if half >= max(n for _, n in need.values()) and half - value_w - s.pad >= s.line * 2:
        return width / 2, max(s.line * 2, half - value_w - s.pad), width  # centred, as it always was
    (left_value, left_need), (right_value, right_need) = need[LEFT], need[RIGHT]
    cx = min(max((width + left_value - right_value) / 2, s.margin + left_need + middle / 2),
             width - s.margin - right_need - middle / 2)
    bar_max = max(s.line * 2, min(cx - middle / 2 - s.margin - left_value,
                                  width - s.margin - cx - middle / 2 - right_value) - s.pad)
    return cx, bar_max, max(width, middle + 2 * s.margin + left_need + right_need)


def _headline_row(out: Layout, g: Glance, quantity: str, labels: HeadlineLabels, values: dict, y: float,
                  cx: float, middle: float, bar_max: float, name: str, measure: Measure, s: Sizes) -> None:
    """One quantity: its name in the middle, each side's bar growing outwards with its number at
    the end, and, where the sources differ, a tab under the bar saying so."""
    mid = y + s.pad / 2 + s.bar / 2
    out.texts.append(Text(cx - measure(name, "quantity") / 2, mid, name, "quantity"))
    shown = [h for side in SIDES if (h := g.headline(quantity, side)) is not None]
    scale = max((h.high for h in shown), default=0.0) or 1.0
    for side, sign in ((LEFT, -1), (RIGHT, 1)):
        edge = cx + sign * middle / 2
        align = "left" if sign > 0 else "right"
        h = g.headline(quantity, side)
        if h is None:
            out.texts.append(Text(edge + sign * s.pad, mid, labels.missing(), "label", align=align))
            continue
        low, high = (max(2.0, v / scale * bar_max) for v in (h.low, h.high))
        top, bottom = mid - s.bar / 2, mid + s.bar / 2
        out.boxes.append(_hbox(edge, edge + sign * low, top, bottom, "bar", side))
        if h.is_range:
            out.boxes.append(_hbox(edge + sign * low, edge + sign * high, top, bottom, "part", side))
        end = edge + sign * (high + s.pad)
        value = values[(quantity, side)]
        out.texts.append(Text(end, mid, value, "big", align=align))
        xa, xb = sorted((edge, end + sign * measure(value, "big")))
        key = headline_key(quantity, side)
        if h.differ:  # a tab under the bar: it leads to every source's figure
            w = measure(labels.caption(h), "caption") + s.pad
            cy = bottom + s.pad / 2 + s.caption / 2
            x0 = edge if sign > 0 else edge - w
            out.boxes.append(Box(x0, cy - s.caption / 2, x0 + w, cy + s.caption / 2, "frame", side=side, key=key))
            out.texts.append(Text(x0 + s.pad / 2, cy, labels.caption(h), "caption"))
            xa, xb = min(xa, x0), max(xb, x0 + w)
        out.hits.append(Box(xa, y, xb, y + s.row - s.pad / 2, "headline", side=side, key=key))


def _hbox(xa: float, xb: float, top: float, bottom: float, kind: str, side: str) -> Box:
    return Box(min(xa, xb), top, max(xa, xb), bottom, kind, side=side)


# ---------------------------------------------------------------------- timeline
def layout_timeline(g: Glance, labels: TimelineLabels, width: float, measure: Measure, line: float) -> Layout:
    """The window's years left to right: monthly event counts, the conflicts' bands, the battle."""
    s = Sizes(line)
    out = Layout(width=width, height=0)
    if g.window is None:
        return out
    first, last = g.window
    t0, t1 = pd.Timestamp(year=first, month=1, day=1), pd.Timestamp(year=last + 1, month=1, day=1)
    x0, x1 = s.margin, width - s.margin
    span_days = (t1 - t0).days

    def x(t: pd.Timestamp) -> float:
        return x0 + (t - t0).days / span_days * (x1 - x0)

    top = s.margin + s.callout
    base = top + s.hist
    peak = max(g.months.values(), default=0)
    for month, n in g.months.items():
        xa, xb = x(month), x(month + pd.offsets.MonthBegin(1))
        h = max(2.0, math.sqrt(n / peak) * s.hist) if peak else 0.0
        out.boxes.append(Box(xa + 0.5, base - h, max(xa + 1.5, xb - 0.5), base, "bar", side="none", key=str(month)))
    if peak:
        month = max(g.months, key=g.months.get)
        out.texts.append(Text(x(month) - s.pad, top + s.pad, labels.peak(peak), "caption", align="right"))
    out.boxes.append(Box(x0, base, x1, base + 1.5, "bracket"))
    for year in range(first, last + 2):
        tx = x(pd.Timestamp(year=year, month=1, day=1))
        out.boxes.append(Box(tx - 0.75, base, tx + 0.75, base + s.pad, "bracket"))
        if year <= last:
            centre = x(pd.Timestamp(year=year, month=7, day=1))
            text = labels.year(year)
            out.texts.append(Text(centre - measure(text, "header") / 2, base + s.axis / 2 + s.pad / 2, text, "header"))
    lane = base + s.axis + s.pad
    _place_periods(out, g, labels, x, lane, x1, measure, s)
    if g.battle is not None:
        _place_battle(out, g.battle, labels, x, lane, x0, x1, measure, s)
    out.height = lane + s.band + s.band_label + s.pad
    return out


def _place_periods(out: Layout, g: Glance, labels: TimelineLabels, x, lane: float, x1: float, measure: Measure,
                   s: Sizes) -> None:
    starts = [x(p.start) for p in g.periods] + [x1]
    for i, p in enumerate(g.periods):
        xa, xb = x(p.start), max(x(p.start) + 3, x(p.end))
        out.boxes.append(Box(xa, lane, xb, lane + s.band, "part", side="none", key=p.conflict))
        out.hits.append(Box(xa, lane - s.pad, max(xb, xa + s.line), lane + s.band + s.band_label, "period",
                            key=p.conflict))
        text = labels.conflict(p.conflict)
        room = starts[i + 1] - xa - s.pad
        if room >= measure(text, "label") or room >= xb - xa:
            out.texts.append(Text(xa, lane + s.band + s.band_label / 2, text, "label", width=max(room, 0.0)))
        else:  # a short period at the end: its name ends where the period ends
            out.texts.append(Text(xb, lane + s.band + s.band_label / 2, text, "label", align="right"))


def _place_battle(out: Layout, battle: Span, labels: TimelineLabels, x, lane: float, x0: float, x1: float,
                  measure: Measure, s: Sizes) -> None:
    xa, xb = x(battle.start), x(battle.end + pd.Timedelta(days=1))
    if xb - xa < 4:  # two weeks in six years: widened to stay visible; the label gives the dates
        mid = (xa + xb) / 2
        xa, xb = mid - 2, mid + 2
    top = s.margin + s.callout * 0.55
    out.boxes.append(Box(xa, top, xb, lane + s.band, "bar", side="contested", key=battle.conflict))
    out.boxes.append(Box(xa - 1, top, xa, lane + s.band, "bracket"))
    out.boxes.append(Box(xb, top, xb + 1, lane + s.band, "bracket"))
    text = labels.battle(battle)
    w = measure(text, "panel")
    right = xa - s.pad
    if right - w >= x0:
        out.texts.append(Text(right, s.margin + s.callout / 2, text, "panel", align="right"))
    else:
        out.texts.append(Text(min(xb + s.pad, x1 - w), s.margin + s.callout / 2, text, "panel"))
    out.hits.append(Box(xa - s.line, s.margin, xb + s.line, lane + s.band, "battle", key=battle.conflict))
