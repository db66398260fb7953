"""Every word the first page's drawings say, in the current language (context "OverviewPage").

Numbers go through :mod:`app.model.formats`, data codes through the wording module. Data text
is only ever put in plain-text tooltips and labels.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.dataset import Dataset
from app.model.formats import ESTIMATE_SYMBOLS, format_date, format_figure, format_number, format_year
from app.model.glance import QUANTITIES, SIDES, Glance, Headline, Span
from app.views.common.wording import term
from app.views.print.citations import cite

CONTEXT = "OverviewPage"
QUANTITY_LABELS = {
    "strength": QT_TRANSLATE_NOOP("OverviewPage", "Strength"),
    "killed": QT_TRANSLATE_NOOP("OverviewPage", "Killed"),
    "wounded": QT_TRANSLATE_NOOP("OverviewPage", "Wounded"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def period_text(span: Span, lang: str) -> str:
    """'29 Jul – 11 Aug 1938' / '29.7.–11.8.1938'."""
    return format_date(span.start, span.end, "range", lang)


class GlanceText:
    """Labels for the headline and the timeline layouts, and what the pointer and screen readers get."""

    def __init__(self, ds: Dataset, g: Glance, lang: str):
        self.ds, self.g, self.lang = ds, g, lang

    # ------------------------------------------------------------------ headline
    def quantity(self, quantity: str) -> str:
        return tr(QUANTITY_LABELS[quantity])

    def side(self, side: str) -> str:
        return term("side", side)

    def value(self, h: Headline) -> str:
        """'10,000–20,000'; one number with its sign when every source qualifies it alike ('≈ 650')."""
        if h.is_range:
            return f"{format_number(h.low, self.lang)}–{format_number(h.high, self.lang)}"
        kinds = set(h.estimates)
        estimate = kinds.pop() if len(kinds) == 1 else "exact"
        return format_figure(h.low, estimate if estimate in ESTIMATE_SYMBOLS else "exact", lang=self.lang)

    def caption(self, h: Headline) -> str:
        n = len(h.figure_ids)
        if h.differ:
            return QCoreApplication.translate("OverviewPage", "≠ sources differ ({n})").format(n=n)
        if n > 1:
            return QCoreApplication.translate("OverviewPage", "= {n} sources agree").format(n=n)
        return QCoreApplication.translate("OverviewPage", "one source")

    def missing(self) -> str:
        return QCoreApplication.translate("OverviewPage", "no figure in the data")

    def note(self) -> str:
        return QCoreApplication.translate(
            "OverviewPage", "Each number is the range of what the sources say (solid: the lowest figure, "
                            "hatched: up to the highest) · each row has its own scale · click a number for every "
                            "source")

    def describe_headline(self, quantity: str, side: str) -> str:
        """A headline as plain text: the range and every figure behind it with its source."""
        h = self.g.headline(quantity, side)
        head = QCoreApplication.translate("OverviewPage", "{quantity}, {side}: {value}").format(
            quantity=self.quantity(quantity), side=self.side(side), value=self.value(h) if h else self.missing())
        if h is None:
            return head
        lines = [head, self.caption(h), ""]
        for fid in h.figure_ids:
            row = self.ds.row("figures", fid)
            if row is None:
                continue
            value = format_figure(row["value"], str(row["estimate"]), row["low"], row["high"], lang=self.lang)
            whose = self._localized(row, "qualifier") or self._localized(row, "scope")
            lines.append(f"• {value} — {whose}" if whose else f"• {value}")
            lines.append("    " + cite(self.ds, str(row["source_id"]), row.get("source_locator")))
        lines += ["", QCoreApplication.translate("OverviewPage", "Click: every figure on the Forces page.")]
        return "\n".join(lines)

    def _localized(self, row, base: str) -> str:
        for column in (f"{base}_{self.lang}", f"{base}_en"):
            value = row.get(column)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""

    def headline_summary(self) -> str:
        """The whole comparison in one sentence per quantity (the drawing's accessible name)."""
        parts = []
        for quantity in QUANTITIES:
            sides = []
            for side in SIDES:
                h = self.g.headline(quantity, side)
                value = self.value(h) if h else self.missing()
                if h is not None and h.differ:
                    value += " (" + QCoreApplication.translate("OverviewPage", "sources differ") + ")"
                sides.append(f"{self.side(side)} {value}")
            parts.append(f"{self.quantity(quantity)}: " + ", ".join(sides))
        return "; ".join(parts)

    # ------------------------------------------------------------------ timeline
    def conflict(self, conflict: str) -> str:
        return term("conflict", conflict)

    def battle(self, span: Span) -> str:
        return QCoreApplication.translate("OverviewPage", "Battle at Lake Khasan: {dates}").format(
            dates=period_text(span, self.lang))

    def year(self, year: int) -> str:
        return format_year(year)

    def peak(self, n: int) -> str:
        return QCoreApplication.translate("OverviewPage", "{n} events in a month").format(
            n=format_number(n, self.lang))

    def describe_period(self, kind: str, conflict: str) -> str:
        if kind == "battle" and self.g.battle is not None:
            return self.battle(self.g.battle) + "\n" + QCoreApplication.translate(
                "OverviewPage", "Click: the battle day by day.")
        span = next((p for p in self.g.periods if p.conflict == conflict), None)
        if span is None:
            return ""
        return f"{self.conflict(conflict)}: {period_text(span, self.lang)}"

    def timeline_summary(self) -> str:
        spans = sorted(list(self.g.periods) + ([self.g.battle] if self.g.battle else []), key=lambda s: s.start)
        parts = [self.battle(s) if s is self.g.battle else f"{self.conflict(s.conflict)}: {period_text(s, self.lang)}"
                 for s in spans]
        return "; ".join(parts)
