"""Every word the force-comparison charts show: labels, tooltips and details, translated.

Data text (scopes, qualifiers, citations) is only ever put into plain-text widgets or
escaped before it reaches a tooltip; nothing here is HTML.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.dates import format_day
from app.model.forces import FAMILIES, BOTH, Figure, FigureIndex, Line, Panel, format_number, ratio_text, value_text
from app.views.palette import SIDE_LABELS

CONTEXT = "ForcesView"


def _n(text: str) -> str:
    return QT_TRANSLATE_NOOP(CONTEXT, text)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


CONFLICT_LABELS = {
    "border-1934-1938": _n("Border incidents 1934–1938"),
    "khasan-1938": _n("Lake Khasan 1938"),
    "khalkhin-gol-1939": _n("Khalkhin Gol 1939"),
    BOTH: _n("Khasan 1938 and Khalkhin Gol 1939 side by side"),
}
CHART_LABELS = {
    "strength": _n("Strength"), "losses": _n("Losses"), "air": _n("Air war"), "captured": _n("Captured"),
    "awards": _n("Awards"), "incidents": _n("Incidents"), "other": _n("Other figures"),
}
SCOPE_LABELS = {
    "all": _n("All scopes"), "engaged": _n("In the fighting"), "formation": _n("Whole corps or grouping"),
    "action": _n("Single actions (one day, one group)"),
}
FAMILY_LABELS = {
    "personnel": _n("Personnel"), "formations": _n("Formations"), "guns": _n("Guns"), "tanks": _n("Tanks"),
    "machine_guns": _n("Machine guns"), "aircraft": _n("Aircraft"), "armoured_trains": _n("Armoured trains"),
    "vehicles": _n("Vehicles"), "ships": _n("Ships and boats"), "small_arms": _n("Rifles"), "killed": _n("Killed"),
    "died_of_wounds": _n("Died of wounds"), "died_in_hospital": _n("Died in hospital"),
    "non_combat_deaths": _n("Non-combat deaths"), "missing": _n("Missing"),
    "killed_and_missing": _n("Killed and missing"), "wounded": _n("Wounded"), "sick": _n("Sick"),
    "casualties": _n("Casualties"), "artillery_share_of_losses": _n("Share of losses caused by artillery"),
    "sorties_all": _n("Sorties, all aircraft"), "sorties_by_type": _n("Sorties by aircraft type"),
    "bombs_all": _n("Bombs dropped"), "bombs_1000kg": _n("1,000-kg bombs"), "aircraft_lost": _n("Aircraft lost"),
    "aircraft_damaged": _n("Aircraft damaged"), "awards": _n("Awards and promotions"), "incidents": _n("Incidents"),
    "air_strikes": _n("Air strikes"), "other": _n("Other"),
}
CATEGORY_LABELS = {
    "divisions": _n("divisions"), "brigades": _n("brigades"), "regiments": _n("regiments"),
    "battalions": _n("battalions"), "companies": _n("companies"), "armoured_units": _n("armoured units"),
    "guns": _n("guns"), "field_guns": _n("field guns"), "at_guns": _n("anti-tank guns"),
    "guns_and_mortars": _n("guns and mortars"), "aa_guns": _n("anti-aircraft guns"),
    "small_calibre_guns": _n("small-calibre guns"), "mortars": _n("mortars"), "machine_guns": _n("machine guns"),
    "heavy_machine_guns": _n("heavy"), "light_machine_guns": _n("light"), "aircraft": _n("aircraft"),
    "bombers": _n("bombers"), "vehicles": _n("vehicles"), "trucks": _n("trucks"), "fuel_trucks": _n("fuel trucks"),
    "tractors": _n("tractors"), "warships": _n("warships"), "cruisers": _n("cruisers"),
    "destroyers": _n("destroyers"), "boats": _n("boats"), "border_boats": _n("border boats"),
    "rifles": _n("rifles"), "anti_tank_rifles": _n("anti-tank rifles"), "wounded": _n("wounded"),
    "wounded_and_sick": _n("wounded and sick"), "casualties": _n("casualties"),
    "killed_wounded_captured": _n("killed, wounded and captured"), "sorties_sb": _n("SB"),
    "sorties_i15": _n("I-15"), "sorties_i16": _n("I-16"), "sorties_sss": _n("SSS"), "sorties_tb3": _n("TB-3"),
    "sorties_r_zet": _n("R-Z"), "decorated_total": _n("all decorated"),
    "hero_of_soviet_union": _n("Hero of the Soviet Union"), "order_of_lenin": _n("Order of Lenin"),
    "order_of_red_banner": _n("Order of the Red Banner"), "order_of_red_star": _n("Order of the Red Star"),
    "medal_for_courage": _n("Medal 'For Courage'"), "medal_for_military_merit": _n("Medal 'For Military Merit'"),
    "wives_and_sisters_decorated": _n("wives and sisters decorated"), "promoted": _n("promoted"),
    "incidents_total": _n("incidents"), "border_violations": _n("border violations"),
    "major_clashes": _n("major clashes"), "ground_violations": _n("ground violations"),
    "air_intrusions": _n("air intrusions"), "provocations": _n("provocations"), "shelling": _n("shelling"),
    "river_violations": _n("river violations"), "attacks": _n("attacks"), "counterattacks": _n("counter-attacks"),
    "air_strikes": _n("air strikes"),
}
UNIT_LABELS = {
    "people": _n("people"), "pieces": _n("pieces"), "aircraft": _n("aircraft"), "sorties": _n("sorties"),
    "bombs": _n("bombs"), "tanks": _n("tanks"), "vehicles": _n("vehicles"), "ships": _n("ships"),
    "trains": _n("trains"), "units": _n("units"), "percent": _n("percent"), "cases": _n("cases"),
    "awards": _n("awards"), "other": _n("multiple or other measure"),
}
ESTIMATE_LABELS = {
    "exact": _n("as stated"), "about": _n("about"), "at_least": _n("at least"), "more_than": _n("more than"),
    "at_most": _n("at most"), "range": _n("range"),
}
MEASURE_LABELS = {
    "strength": _n("strength"), "loss": _n("loss"), "captured": _n("captured"), "sorties": _n("sorties"),
    "bombs": _n("bombs"), "awards": _n("awards"), "promotions": _n("promotions"), "share": _n("share"),
    "incidents": _n("incidents"), "deployed": _n("deployed"), "damaged": _n("damaged"), "other": _n("other"),
}
_SIDE_NOOP = [_n(text) for text in SIDE_LABELS.values()]  # so the side names are translatable


def label(table: dict[str, str], key: str) -> str:
    """The translated label of a code, the code itself (underscores as spaces) if unknown."""
    return tr(table[key]) if key in table else key.replace("_", " ")


def side_name(side: str) -> str:
    return tr(SIDE_LABELS.get(side, side))


class ForcesText:
    """Labels for the layout (``Labeler``) and the hover and click texts, in one language."""

    def __init__(self, index: FigureIndex):
        self.index = index
        self.lang = index.lang

    # ------------------------------------------------------------------ layout labels
    def panel_title(self, panel: Panel) -> str:
        return tr("{family} · {unit}").format(family=label(FAMILY_LABELS, panel.family),
                                             unit=label(UNIT_LABELS, panel.unit))

    def conflict_title(self, conflict: str) -> str:
        return label(CONFLICT_LABELS, conflict)

    def side_title(self, side: str) -> str:
        return side_name(side)

    def ratio(self, panel: Panel, conflict: str) -> str:
        if conflict not in panel.ratios:
            return ""
        sides = [s.side for s in panel.sections if s.conflict == conflict]
        return tr("{a} : {b} = {ratio} : 1").format(a=side_name(sides[0]), b=side_name(sides[-1]),
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
            return tr("≠ sources differ ({n})").format(n=count)
        return tr("= sources agree ({n})").format(n=count)

    def legend_note(self) -> str:
        return tr("≈ about · ≥ at least · > more than · ≤ at most · a–b range (whisker) · "
                  "hatched: part of a total · each panel has its own scale")

    def notes(self, figures: list[Figure]) -> list[str]:
        """Figures in a unit of their own (a multiple, 'other') read in full above the chart."""
        return [tr("Note: {value} — {scope}").format(value=value_text(f, self.lang), scope=f.scope)
                + (f" ({f.qualifier})" if f.qualifier else "") for f in figures if f.unit == "other"]

    # ------------------------------------------------------------------ hover and click
    def number(self, v: float | None) -> str:
        return "" if v is None else format_number(v, self.lang)

    def describe(self, f: Figure) -> str:
        """Everything about one figure, as plain text: value, unit, scope, qualifier, source."""
        lines = [
            tr("{value} {unit} — {side}, {conflict}").format(
                value=value_text(f, self.lang), unit=label(UNIT_LABELS, f.unit), side=side_name(f.side),
                conflict=label(CONFLICT_LABELS, f.conflict)),
            tr("What: {measure}, {category} ({estimate})").format(
                measure=label(MEASURE_LABELS, f.measure), category=label(CATEGORY_LABELS, f.category),
                estimate=label(ESTIMATE_LABELS, f.estimate)),
            tr("Scope: {scope}").format(scope=f.scope),
        ]
        if f.has_range or (f.low is not None and f.low != f.value) or (f.high is not None and f.high != f.value):
            lines.append(tr("Low: {low} · high: {high}").format(low=self.number(f.low) or "—",
                                                                 high=self.number(f.high) or "—"))
        if f.qualifier:
            lines.append(tr("Whose figure: {q}").format(q=f.qualifier))
        if f.date_start is not None:
            start, end = format_day(f.date_start, self.lang), format_day(f.date_end, self.lang)
            lines.append(tr("Period: {period}").format(period=start if not end or end == start else f"{start} – {end}"))
        if f.note:
            lines.append(tr("Note: {note}").format(note=f.note))
        lines.append(tr("Source: {citation}").format(citation=f.citation or f.source_id))
        if f.locator:
            lines.append(tr("Where: {loc}").format(loc=f.locator))
        if f.group and len(self.index.groups.get(f.group, [])) > 1:
            n = len(self.index.groups[f.group])
            lines.append(tr("Sources differ: {n} figures for this quantity (click to list them)").format(n=n)
                         if self.index.differ(f.group) else
                         tr("{n} sources give this quantity and agree").format(n=n))
        return "\n".join(lines)

    def describe_group(self, group: str) -> str:
        """Every source's figure for one quantity, side by side."""
        members = self.index.groups.get(group, [])
        head = (tr("Sources differ — {n} figures for the same quantity:") if self.index.differ(group)
                else tr("Sources agree — {n} figures for the same quantity:")).format(n=len(members))
        lines = [head]
        for f in members:
            who = f.qualifier or f.source_id
            lines.append(f"• {value_text(f, self.lang)} {label(UNIT_LABELS, f.unit)} — {who}")
            lines.append(f"    {f.scope}")
            lines.append("    " + tr("Source: {citation}").format(citation=f.citation or f.source_id)
                         + (f" ({f.locator})" if f.locator else ""))
        return "\n".join(lines)
