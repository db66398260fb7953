"""Every word the force-comparison charts show: labels, tooltips and details, translated.

Data text (scopes, qualifiers, citations) is only ever put into plain-text widgets or
escaped before it reaches a tooltip; nothing here is HTML.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.dates import format_day
from app.model.forces import BOTH, FAMILIES, Figure, FigureIndex, Line, Panel, format_number, ratio_text, value_text
from app.views.common.palette import SIDE_LABELS

CONTEXT = "ForcesView"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


CONFLICT_LABELS = {
    "border-1934-1938": QT_TRANSLATE_NOOP("ForcesView", "Border incidents 1934–1938"),
    "khasan-1938": QT_TRANSLATE_NOOP("ForcesView", "Lake Khasan 1938"),
    "khalkhin-gol-1939": QT_TRANSLATE_NOOP("ForcesView", "Khalkhin Gol 1939"),
    BOTH: QT_TRANSLATE_NOOP("ForcesView", "Khasan 1938 and Khalkhin Gol 1939 side by side"),
}
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
FAMILY_LABELS = {
    "personnel": QT_TRANSLATE_NOOP("ForcesView", "Personnel"),
    "formations": QT_TRANSLATE_NOOP("ForcesView", "Formations"),
    "guns": QT_TRANSLATE_NOOP("ForcesView", "Guns"),
    "tanks": QT_TRANSLATE_NOOP("ForcesView", "Tanks"),
    "machine_guns": QT_TRANSLATE_NOOP("ForcesView", "Machine guns"),
    "aircraft": QT_TRANSLATE_NOOP("ForcesView", "Aircraft"),
    "armoured_trains": QT_TRANSLATE_NOOP("ForcesView", "Armoured trains"),
    "vehicles": QT_TRANSLATE_NOOP("ForcesView", "Vehicles"),
    "ships": QT_TRANSLATE_NOOP("ForcesView", "Ships and boats"),
    "small_arms": QT_TRANSLATE_NOOP("ForcesView", "Rifles"),
    "killed": QT_TRANSLATE_NOOP("ForcesView", "Killed"),
    "died_of_wounds": QT_TRANSLATE_NOOP("ForcesView", "Died of wounds"),
    "died_in_hospital": QT_TRANSLATE_NOOP("ForcesView", "Died in hospital"),
    "non_combat_deaths": QT_TRANSLATE_NOOP("ForcesView", "Non-combat deaths"),
    "missing": QT_TRANSLATE_NOOP("ForcesView", "Missing"),
    "killed_and_missing": QT_TRANSLATE_NOOP("ForcesView", "Killed and missing"),
    "wounded": QT_TRANSLATE_NOOP("ForcesView", "Wounded"),
    "sick": QT_TRANSLATE_NOOP("ForcesView", "Sick"),
    "casualties": QT_TRANSLATE_NOOP("ForcesView", "Casualties"),
    "artillery_share_of_losses": QT_TRANSLATE_NOOP("ForcesView", "Share of losses caused by artillery"),
    "sorties_all": QT_TRANSLATE_NOOP("ForcesView", "Sorties, all aircraft"),
    "sorties_by_type": QT_TRANSLATE_NOOP("ForcesView", "Sorties by aircraft type"),
    "bombs_all": QT_TRANSLATE_NOOP("ForcesView", "Bombs dropped"),
    "bombs_1000kg": QT_TRANSLATE_NOOP("ForcesView", "1,000-kg bombs"),
    "aircraft_lost": QT_TRANSLATE_NOOP("ForcesView", "Aircraft lost"),
    "aircraft_damaged": QT_TRANSLATE_NOOP("ForcesView", "Aircraft damaged"),
    "awards": QT_TRANSLATE_NOOP("ForcesView", "Awards and promotions"),
    "incidents": QT_TRANSLATE_NOOP("ForcesView", "Incidents"),
    "air_strikes": QT_TRANSLATE_NOOP("ForcesView", "Air strikes"),
    "other": QT_TRANSLATE_NOOP("ForcesView", "Other"),
}
CATEGORY_LABELS = {
    "divisions": QT_TRANSLATE_NOOP("ForcesView", "divisions"),
    "brigades": QT_TRANSLATE_NOOP("ForcesView", "brigades"),
    "regiments": QT_TRANSLATE_NOOP("ForcesView", "regiments"),
    "battalions": QT_TRANSLATE_NOOP("ForcesView", "battalions"),
    "companies": QT_TRANSLATE_NOOP("ForcesView", "companies"),
    "armoured_units": QT_TRANSLATE_NOOP("ForcesView", "armoured units"),
    "guns": QT_TRANSLATE_NOOP("ForcesView", "guns"),
    "field_guns": QT_TRANSLATE_NOOP("ForcesView", "field guns"),
    "at_guns": QT_TRANSLATE_NOOP("ForcesView", "anti-tank guns"),
    "guns_and_mortars": QT_TRANSLATE_NOOP("ForcesView", "guns and mortars"),
    "aa_guns": QT_TRANSLATE_NOOP("ForcesView", "anti-aircraft guns"),
    "small_calibre_guns": QT_TRANSLATE_NOOP("ForcesView", "small-calibre guns"),
    "mortars": QT_TRANSLATE_NOOP("ForcesView", "mortars"),
    "machine_guns": QT_TRANSLATE_NOOP("ForcesView", "machine guns"),
    "heavy_machine_guns": QT_TRANSLATE_NOOP("ForcesView", "heavy"),
    "light_machine_guns": QT_TRANSLATE_NOOP("ForcesView", "light"),
    "aircraft": QT_TRANSLATE_NOOP("ForcesView", "aircraft"),
    "bombers": QT_TRANSLATE_NOOP("ForcesView", "bombers"),
    "vehicles": QT_TRANSLATE_NOOP("ForcesView", "vehicles"),
    "trucks": QT_TRANSLATE_NOOP("ForcesView", "trucks"),
    "fuel_trucks": QT_TRANSLATE_NOOP("ForcesView", "fuel trucks"),
    "tractors": QT_TRANSLATE_NOOP("ForcesView", "tractors"),
    "warships": QT_TRANSLATE_NOOP("ForcesView", "warships"),
    "cruisers": QT_TRANSLATE_NOOP("ForcesView", "cruisers"),
    "destroyers": QT_TRANSLATE_NOOP("ForcesView", "destroyers"),
    "boats": QT_TRANSLATE_NOOP("ForcesView", "boats"),
    "border_boats": QT_TRANSLATE_NOOP("ForcesView", "border boats"),
    "rifles": QT_TRANSLATE_NOOP("ForcesView", "rifles"),
    "anti_tank_rifles": QT_TRANSLATE_NOOP("ForcesView", "anti-tank rifles"),
    "wounded": QT_TRANSLATE_NOOP("ForcesView", "wounded"),
    "wounded_and_sick": QT_TRANSLATE_NOOP("ForcesView", "wounded and sick"),
    "casualties": QT_TRANSLATE_NOOP("ForcesView", "casualties"),
    "killed_wounded_captured": QT_TRANSLATE_NOOP("ForcesView", "killed, wounded and captured"),
    "sorties_sb": QT_TRANSLATE_NOOP("ForcesView", "SB"),
    "sorties_i15": QT_TRANSLATE_NOOP("ForcesView", "I-15"),
    "sorties_i16": QT_TRANSLATE_NOOP("ForcesView", "I-16"),
    "sorties_sss": QT_TRANSLATE_NOOP("ForcesView", "SSS"),
    "sorties_tb3": QT_TRANSLATE_NOOP("ForcesView", "TB-3"),
    "sorties_r_zet": QT_TRANSLATE_NOOP("ForcesView", "R-Z"),
    "decorated_total": QT_TRANSLATE_NOOP("ForcesView", "all decorated"),
    "hero_of_soviet_union": QT_TRANSLATE_NOOP("ForcesView", "Hero of the Soviet Union"),
    "order_of_lenin": QT_TRANSLATE_NOOP("ForcesView", "Order of Lenin"),
    "order_of_red_banner": QT_TRANSLATE_NOOP("ForcesView", "Order of the Red Banner"),
    "order_of_red_star": QT_TRANSLATE_NOOP("ForcesView", "Order of the Red Star"),
    "medal_for_courage": QT_TRANSLATE_NOOP("ForcesView", "Medal 'For Courage'"),
    "medal_for_military_merit": QT_TRANSLATE_NOOP("ForcesView", "Medal 'For Military Merit'"),
    "wives_and_sisters_decorated": QT_TRANSLATE_NOOP("ForcesView", "wives and sisters decorated"),
    "promoted": QT_TRANSLATE_NOOP("ForcesView", "promoted"),
    "incidents_total": QT_TRANSLATE_NOOP("ForcesView", "incidents"),
    "border_violations": QT_TRANSLATE_NOOP("ForcesView", "border violations"),
    "major_clashes": QT_TRANSLATE_NOOP("ForcesView", "major clashes"),
    "ground_violations": QT_TRANSLATE_NOOP("ForcesView", "ground violations"),
    "air_intrusions": QT_TRANSLATE_NOOP("ForcesView", "air intrusions"),
    "provocations": QT_TRANSLATE_NOOP("ForcesView", "provocations"),
    "shelling": QT_TRANSLATE_NOOP("ForcesView", "shelling"),
    "river_violations": QT_TRANSLATE_NOOP("ForcesView", "river violations"),
    "attacks": QT_TRANSLATE_NOOP("ForcesView", "attacks"),
    "counterattacks": QT_TRANSLATE_NOOP("ForcesView", "counter-attacks"),
    "air_strikes": QT_TRANSLATE_NOOP("ForcesView", "air strikes"),
}
UNIT_LABELS = {
    "people": QT_TRANSLATE_NOOP("ForcesUnits", "people"),
    "pieces": QT_TRANSLATE_NOOP("ForcesUnits", "pieces"),
    "aircraft": QT_TRANSLATE_NOOP("ForcesUnits", "aircraft"),
    "sorties": QT_TRANSLATE_NOOP("ForcesUnits", "sorties"),
    "bombs": QT_TRANSLATE_NOOP("ForcesUnits", "bombs"),
    "tanks": QT_TRANSLATE_NOOP("ForcesUnits", "tanks"),
    "vehicles": QT_TRANSLATE_NOOP("ForcesUnits", "vehicles"),
    "ships": QT_TRANSLATE_NOOP("ForcesUnits", "ships"),
    "trains": QT_TRANSLATE_NOOP("ForcesUnits", "trains"),
    "units": QT_TRANSLATE_NOOP("ForcesUnits", "units"),
    "percent": QT_TRANSLATE_NOOP("ForcesUnits", "percent"),
    "cases": QT_TRANSLATE_NOOP("ForcesUnits", "cases"),
    "awards": QT_TRANSLATE_NOOP("ForcesUnits", "awards"),
    "other": QT_TRANSLATE_NOOP("ForcesUnits", "multiple or other measure"),
}
ESTIMATE_LABELS = {
    "exact": QT_TRANSLATE_NOOP("ForcesView", "as stated"),
    "about": QT_TRANSLATE_NOOP("ForcesView", "about"),
    "at_least": QT_TRANSLATE_NOOP("ForcesView", "at least"),
    "more_than": QT_TRANSLATE_NOOP("ForcesView", "more than"),
    "at_most": QT_TRANSLATE_NOOP("ForcesView", "at most"),
    "range": QT_TRANSLATE_NOOP("ForcesView", "range"),
}
MEASURE_LABELS = {
    "strength": QT_TRANSLATE_NOOP("ForcesView", "strength"),
    "loss": QT_TRANSLATE_NOOP("ForcesView", "loss"),
    "captured": QT_TRANSLATE_NOOP("ForcesView", "captured"),
    "sorties": QT_TRANSLATE_NOOP("ForcesView", "sorties"),
    "bombs": QT_TRANSLATE_NOOP("ForcesView", "bombs"),
    "awards": QT_TRANSLATE_NOOP("ForcesView", "awards"),
    "promotions": QT_TRANSLATE_NOOP("ForcesView", "promotions"),
    "share": QT_TRANSLATE_NOOP("ForcesView", "share"),
    "incidents": QT_TRANSLATE_NOOP("ForcesView", "incidents"),
    "deployed": QT_TRANSLATE_NOOP("ForcesView", "deployed"),
    "damaged": QT_TRANSLATE_NOOP("ForcesView", "damaged"),
    "other": QT_TRANSLATE_NOOP("ForcesView", "other"),
}


def label(table: dict[str, str], key: str) -> str:
    """The translated label of a code, the code itself (underscores as spaces) if unknown."""
    if key not in table:
        return key.replace("_", " ")
    # Units follow a number ("650 people"), which Finnish puts in another case than a label.
    return QCoreApplication.translate("ForcesUnits" if table is UNIT_LABELS else CONTEXT, table[key])


def side_name(side: str) -> str:
    return tr(SIDE_LABELS.get(side, side))


class ForcesText:
    """Labels for the layout (``Labeler``) and the hover and click texts, in one language."""

    def __init__(self, index: FigureIndex):
        self.index = index
        self.lang = index.lang

    # ------------------------------------------------------------------ layout labels
    def panel_title(self, panel: Panel) -> str:
        return QCoreApplication.translate("ForcesView", "{family} · {unit}").format(family=label(FAMILY_LABELS, panel.family),
                                             unit=label(UNIT_LABELS, panel.unit))

    def conflict_title(self, conflict: str) -> str:
        return label(CONFLICT_LABELS, conflict)

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
            return " + ".join(label(CATEGORY_LABELS, f.category) for f in line.figures)
        f = line.figures[0]
        text = f"{f.qualifier} · {f.scope}" if f.qualifier else f.scope
        family = FAMILIES.get(panel.family, ())
        if len(family) > 1 and f.category != family[0] or panel.family in ("formations", "awards", "incidents"):
            text = f"{label(CATEGORY_LABELS, f.category)}: {text}"
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
                value=value_text(f, self.lang), unit=label(UNIT_LABELS, f.unit), side=side_name(f.side),
                conflict=label(CONFLICT_LABELS, f.conflict)),
            QCoreApplication.translate("ForcesView", "What: {measure}, {category} ({estimate})").format(
                measure=label(MEASURE_LABELS, f.measure), category=label(CATEGORY_LABELS, f.category),
                estimate=label(ESTIMATE_LABELS, f.estimate)),
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
            lines.append(f"• {value_text(f, self.lang)} {label(UNIT_LABELS, f.unit)} — {who}")
            lines.append(f"    {f.scope}")
            lines.append("    " + QCoreApplication.translate("ForcesView", "Source: {citation}").format(citation=f.citation or f.source_id)
                         + (f" ({f.locator})" if f.locator else ""))
        return "\n".join(lines)
