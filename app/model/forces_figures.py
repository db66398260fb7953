"""The force-comparison vocabulary: charts, scopes, sides, panel families, and one figure.

Every figure row of the data becomes a ``Figure`` (one language) that knows its chart
(from measure and category), its panel family and its scope level. Also how a figure reads
as the source states it ('≈650', '7,000–7,300'). No Qt.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from app.model.formats import format_figure, format_number  # the one formatter (format_number is re-exported)

CHARTS = ("strength", "losses", "air", "captured", "awards", "incidents", "other")
SCOPES = ("all", "engaged", "formation", "action")
BOTH = "both"
BOTH_CONFLICTS = ("khasan-1938", "khalkhin-gol-1939")
SIDE_ORDER = ("USSR", "USSR+MPR", "MPR", "Japan", "Japan+Manchukuo", "Manchukuo", "China")
SOVIET_SIDES = frozenset({"USSR", "USSR+MPR", "MPR"})
JAPANESE_SIDES = frozenset({"Japan", "Japan+Manchukuo", "Manchukuo"})

#: Panel families: categories that share one panel (and one axis), main category first.
FAMILIES: dict[str, tuple[str, ...]] = {
    "personnel": ("personnel",),
    "formations": ("divisions", "brigades", "regiments", "battalions", "companies", "armoured_units"),
    "guns": ("guns", "field_guns", "at_guns", "guns_and_mortars", "aa_guns", "small_calibre_guns", "mortars"),
    "tanks": ("tanks",),
    "machine_guns": ("machine_guns", "heavy_machine_guns", "light_machine_guns"),
    "aircraft": ("aircraft", "bombers"),
    "armoured_trains": ("armoured_trains",),
    "vehicles": ("vehicles", "trucks", "fuel_trucks", "tractors"),
    "ships": ("warships", "cruisers", "destroyers", "boats", "border_boats"),
    "small_arms": ("rifles", "anti_tank_rifles"),
    "killed": ("killed",),
    "died_of_wounds": ("died_of_wounds",),
    "died_in_hospital": ("died_in_hospital",),
    "non_combat_deaths": ("non_combat_deaths",),
    "missing": ("missing",),
    "killed_and_missing": ("killed_and_missing",),
    "wounded": ("wounded", "wounded_and_sick"),
    "sick": ("sick",),
    "casualties": ("casualties", "killed_wounded_captured"),
    "artillery_share_of_losses": ("artillery_share_of_losses",),
    "sorties_all": ("sorties_all",),
    "sorties_by_type": ("sorties_sb", "sorties_i15", "sorties_sss", "sorties_tb3", "sorties_r_zet", "sorties_i16"),
    "bombs_all": ("bombs_all",),
    "bombs_1000kg": ("bombs_1000kg",),
    "aircraft_lost": ("aircraft_lost",),
    "aircraft_damaged": ("aircraft_damaged",),
    "awards": ("decorated_total", "hero_of_soviet_union", "order_of_lenin", "order_of_red_banner",
               "order_of_red_star", "medal_for_courage", "medal_for_military_merit",
               "wives_and_sisters_decorated", "promoted"),
    "incidents": ("incidents_total", "border_violations", "major_clashes", "ground_violations",
                  "air_intrusions", "provocations", "shelling", "river_violations", "attacks",
                  "counterattacks"),
}
_FAMILY_OF = {cat: fam for fam, cats in FAMILIES.items() for cat in cats}

_AIR_CATEGORIES = frozenset({"aircraft_lost", "aircraft_damaged", "air_strikes"})
_CHART_OF_MEASURE = {
    "sorties": "air", "bombs": "air", "damaged": "air",
    "strength": "strength", "deployed": "strength",
    "loss": "losses", "share": "losses",
    "captured": "captured", "awards": "awards", "promotions": "awards", "incidents": "incidents",
}

# Scope levels come from figures.scope_level; where a row leaves it empty (a researcher's own
# data), they are read from the English scope text and the dates: "39th Rifle Corps total"
# and "border grouping" describe whole formations; a named lieutenant's group, a numbered
# height or a period of two days or less is one action.
_FORMATION = re.compile(r"corps total|border grouping|air group", re.IGNORECASE)
_ACTION = re.compile(r"\bLt\b|\bheight \d")
_ACTION_MAX_DAYS = 2


def chart_of(measure: str, category: str) -> str:
    """The chart a figure belongs to, from its measure and category."""
    if category in _AIR_CATEGORIES:
        return "air"
    return _CHART_OF_MEASURE.get(measure, "other")


def family_of(category: str) -> str:
    """The panel family of a category (its own family if it has none)."""
    return _FAMILY_OF.get(category, category)


def scope_level(scope_en: str, start, end) -> str:
    """'formation' (whole corps or grouping), 'action' (one day, one group) or 'engaged'."""
    text = scope_en or ""
    if _FORMATION.search(text):
        return "formation"
    if _ACTION.search(text):
        return "action"
    if start is not None and ((start if end is None else end) - start).days <= _ACTION_MAX_DAYS:
        return "action"
    return "engaged"


def conflicts_of(choice: str) -> tuple[str, ...]:
    """The conflicts a conflict choice shows ('both' = Khasan and Khalkhin Gol)."""
    return BOTH_CONFLICTS if choice == BOTH else (choice,)


@dataclass(frozen=True, eq=False)
class Figure:
    """One row of figures.csv, in one language, with its chart, panel family and scope level."""

    id: str
    pos: int  # row position in the data: the stable order of everything
    conflict: str
    side: str
    measure: str
    category: str
    value: float | None
    low: float | None
    high: float | None
    estimate: str
    unit: str
    scope: str
    qualifier: str
    note: str
    group: str  # '' when the figure has no comparison group
    source_id: str
    citation: str
    locator: str
    date_start: pd.Timestamp | None
    date_end: pd.Timestamp | None
    level: str = "engaged"
    chart: str = "other"
    family: str = ""

    @property
    def best(self) -> float | None:
        """The length of the bar: the value, else the middle of the range, else its one bound."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    @property
    def top(self) -> float:
        return max(x for x in (self.best, self.high, 0.0) if x is not None)

    @property
    def has_range(self) -> bool:
        return self.low is not None and self.high is not None and self.low != self.high

    def statement(self) -> tuple:
        """What the figure says, for telling agreeing sources from differing ones."""
        return (self.category, self.unit, self.value, self.low, self.high, self.estimate)


# ---------------------------------------------------------------------- numbers as text
def value_text(f: Figure, lang: str = "en") -> str:
    """The figure as the source states it: '≈ 650', '≥ 10,000', '7,000–7,300', '37%'."""
    if f.has_range:
        core = f"{format_number(f.low, lang)}–{format_number(f.high, lang)}"
    elif f.best is None:
        return "—"
    else:
        shown = f.value if f.value is not None else f.best
        core = format_figure(shown, f.estimate, lang=lang)  # "≈ 650", "> 20,000": the one formatter's rule
    if f.unit == "percent":
        core += "%" if lang == "en" else "\u00a0%"  # Finnish and Swedish: '37 %'
    return core


def ratio_text(ratio: tuple[float, float], lang: str = "en") -> str:
    """'1.2' or '1.1–3' (one decimal), for 'USSR : Japan = 1.1–3 : 1'."""
    lo, hi = ratio
    a, b = format_number(round(lo, 1), lang), format_number(round(hi, 1), lang)
    return a if a == b else f"{a}–{b}"
