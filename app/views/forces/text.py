"""Every word the force-comparison charts show: labels, tooltips and details, translated.

Data text (scopes, qualifiers, citations) is only ever put into plain-text widgets or
escaped before it reaches a tooltip; nothing here is HTML.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.dates import format_day
from app.model.forces import FAMILIES, Figure, FigureIndex, Line, Panel, format_number, ratio_text, value_text
from app.views.common import wording

CONTEXT = "ForcesView"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


CHART_LABELS = {
    "strength": QT_TRANSLATE_NOOP("ForcesView", "Strength"),
    "losses": QT_TRANSLATE_NOOP("ForcesView", "Losses"),
    "air": QT_TRANSLATE_NOOP("ForcesView", "Air war"),
    "captured": QT_TRANSLATE_NOOP("ForcesView", "Captured"),
    "awards": QT_TRANSLATE_NOOP("ForcesView", "Awards"),
    "incidents": QT_TRANSLATE_NOOP("ForcesView", "Incidents"),
    "other": QT_TRANSLATE_NOOP("ForcesView", "Other figures"),
}
SCOPE_LABELS = {
    "all": QT_TRANSLATE_NOOP("ForcesView", "All scopes"),
    "engaged": QT_TRANSLATE_NOOP("ForcesView", "In the fighting"),
    "formation": QT_TRANSLATE_NOOP("ForcesView", "Whole corps or grouping"),
    "action": QT_TRANSLATE_NOOP("ForcesView", "Single actions (one day, one group)"),
}
def label(table: dict[str, str], key: str) -> str:
    """The translated label of one of the page's own choices (charts, scopes); the key itself
    (underscores as spaces) if unknown. Data codes are labelled by :func:`wording.term`."""
    return tr(table[key]) if key in table else key.replace("_", " ")


def side_name(side: str) -> str:
    """A side or a holder in the current language."""
    return wording.term("side", side) if side in wording.SIDES else side


class ForcesText:
    """Labels for the layout (``Labeler``) and the hover and click texts, in one language."""

    def __init__(self, index: FigureIndex):
        self.index = index
        self.lang = index.lang

    # ------------------------------------------------------------------ layout labels
    def panel_title(self, panel: Panel) -> str:
        return QCoreApplication.translate("ForcesView", "{family} · {unit}").format(family=wording.term("family", panel.family),
                                             unit=wording.term("unit", panel.unit))

    def conflict_title(self, conflict: str) -> str:
        return wording.term("conflict", conflict)

    def side_title(self, side: str) -> str:
        return side_name(side)

    def ratio(self, panel: Panel, conflict: str) -> str:
        if conflict not in panel.ratios:
            return ""
        sides = [s.side for s in panel.sections if s.conflict == conflict]
        return QCoreApplication.translate("ForcesView", "{a} : {b} = {ratio} : 1").format(a=side_name(sides[0]), b=side_name(sides[-1]),
                                                    ratio=ratio_text(panel.ratios[conflict], self.lang))

    def line_label(self, panel: Panel, line: Line) -> str:
        if line.is_split:
            return " + ".join(wording.term("category", f.category) for f in line.figures)
        f = line.figures[0]
        text = f"{f.qualifier} · {f.scope}" if f.qualifier else f.scope
        family = FAMILIES.get(panel.family, ())
        if len(family) > 1 and f.category != family[0] or panel.family in ("formations", "awards", "incidents"):
            text = f"{wording.term('category', f.category)}: {text}"
        return text

    def line_value(self, line: Line) -> str:
        return " + ".join(value_text(f, self.lang) for f in line.figures)

    def caption(self, group: str, count: int, differ: bool) -> str:
        if differ:
            return QCoreApplication.translate("ForcesView", "≠ sources differ ({n})").format(n=count)
        return QCoreApplication.translate("ForcesView", "= sources agree ({n})").format(n=count)

    def legend_note(self) -> str:
        return QCoreApplication.translate("ForcesView", "≈ about · ≥ at least · > more than · ≤ at most · a–b range (whisker) · "
                  "hatched: part of a total · each panel has its own scale")

    def notes(self, figures: list[Figure]) -> list[str]:
        """Figures in a unit of their own (a multiple, 'other') read in full above the chart."""
        return [QCoreApplication.translate("ForcesView", "Note: {value} — {scope}").format(value=value_text(f, self.lang), scope=f.scope)
                + (f" ({f.qualifier})" if f.qualifier else "") for f in figures if f.unit == "other"]

    # ------------------------------------------------------------------ hover and click
    def number(self, v: float | None) -> str:
        return "" if v is None else format_number(v, self.lang)

    def describe(self, f: Figure) -> str:
        """Everything about one figure, as plain text: value, unit, scope, qualifier, source."""
        lines = [
            QCoreApplication.translate("ForcesView", "{value} {unit} — {side}, {conflict}").format(
                value=value_text(f, self.lang), unit=wording.term("unit", f.unit), side=side_name(f.side),
                conflict=wording.term("conflict", f.conflict)),
            QCoreApplication.translate("ForcesView", "What: {measure}, {category} ({estimate})").format(
                measure=wording.term("measure", f.measure), category=wording.term("category", f.category),
                estimate=wording.term("estimate", f.estimate)),
            QCoreApplication.translate("ForcesView", "Scope: {scope}").format(scope=f.scope),
        ]
        if f.has_range or (f.low is not None and f.low != f.value) or (f.high is not None and f.high != f.value):
            lines.append(QCoreApplication.translate("ForcesView", "Low: {low} · high: {high}").format(low=self.number(f.low) or "—",
                                                                 high=self.number(f.high) or "—"))
        if f.qualifier:
            lines.append(QCoreApplication.translate("ForcesView", "Whose figure: {q}").format(q=f.qualifier))
        if f.date_start is not None:
            start, end = format_day(f.date_start, self.lang), format_day(f.date_end, self.lang)
            lines.append(QCoreApplication.translate("ForcesView", "Period: {period}").format(period=start if not end or end == start else f"{start} – {end}"))
        if f.note:
            lines.append(QCoreApplication.translate("ForcesView", "Note: {note}").format(note=f.note))
        lines.append(QCoreApplication.translate("ForcesView", "Source: {citation}").format(citation=f.citation or f.source_id))
        if f.locator:
            lines.append(QCoreApplication.translate("ForcesView", "Where: {loc}").format(loc=f.locator))
        if f.group and len(self.index.groups.get(f.group, [])) > 1:
            n = len(self.index.groups[f.group])
            lines.append(QCoreApplication.translate("ForcesView", "Sources differ: {n} figures for this quantity (click to list them)").format(n=n)
                         if self.index.differ(f.group) else
                         QCoreApplication.translate("ForcesView", "{n} sources give this quantity and agree").format(n=n))
        return "\n".join(lines)

    def describe_group(self, group: str) -> str:
        """Every source's figure for one quantity, side by side."""
        members = self.index.groups.get(group, [])
        head = (QCoreApplication.translate("ForcesView", "Sources differ — {n} figures for the same quantity:") if self.index.differ(group)
                else QCoreApplication.translate("ForcesView", "Sources agree — {n} figures for the same quantity:")).format(n=len(members))
        lines = [head]
        for f in members:
            who = f.qualifier or f.source_id
            lines.append(f"• {value_text(f, self.lang)} {wording.term('unit', f.unit)} — {who}")
            lines.append(f"    {f.scope}")
            lines.append("    " + QCoreApplication.translate("ForcesView", "Source: {citation}").format(citation=f.citation or f.source_id)
                         + (f" ({f.locator})" if f.locator else ""))
        return "\n".join(lines)
