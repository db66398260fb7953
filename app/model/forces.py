"""Which figures form which force-comparison chart, and how they are grouped (no Qt).

A *chart* (strength, losses, air war…) is a set of small multiples. Each *panel* holds the
figures of one family of categories in one unit ("guns" in pieces: guns, field guns,
anti-tank guns…), so 15,000 men and 285 tanks never share an axis. Inside a panel the
figures are grouped by conflict, then side, then comparison group: rows that answer the
same question stay next to each other and are never merged or averaged.

A comparison group always stays together: its chart and panel family are those of its
first row, and the scope filter shows the whole group if any of its rows is in scope.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pandas as pd

from app.model.dataset import Dataset

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
_FAMILY_RANK = {fam: i for i, fam in enumerate(FAMILIES)}
_CATEGORY_RANK = {cat: i for cats in FAMILIES.values() for i, cat in enumerate(cats)}

#: Charts where a Soviet ÷ Japanese ratio compares like with like.
RATIO_CHARTS = frozenset({"strength", "losses"})
#: A total and its parts drawn as one stacked bar when a side has exactly one of each part.
SPLITS = {"guns": ("field_guns", "at_guns"), "machine_guns": ("heavy_machine_guns", "light_machine_guns")}

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


def _opt(value) -> float | None:
    return None if pd.isna(value) else float(value)


def _opt_str(value) -> str:
    return "" if pd.isna(value) else str(value)


def _opt_day(value) -> pd.Timestamp | None:
    return None if pd.isna(value) else value


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


@dataclass
class Line:
    """One bar: a single figure, or the parts of a split drawn stacked."""

    figures: tuple[Figure, ...]
    group: str = ""

    @property
    def is_split(self) -> bool:
        return len(self.figures) > 1


@dataclass
class Section:
    """The figures of one side in one conflict within a panel."""

    conflict: str
    side: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Panel:
    """One small multiple: a family of categories in one unit, its own scale."""

    family: str
    unit: str
    sections: list[Section]
    scale: float
    ratios: dict[str, tuple[float, float]]  # conflict → (low, high) of Soviet / Japanese

    @property
    def figures(self) -> list[Figure]:
        return [f for s in self.sections for line in s.lines for f in line.figures]


class FigureIndex:
    """The figures of one dataset in one language, ready to be cut into charts (cached)."""

    def __init__(self, ds: Dataset, lang: str = "en"):
        self.ds = ds
        self.lang = lang
        fig = ds.figures
        citations = ds.sources.set_index("id")["citation"].astype(str).to_dict()

        def col(base: str) -> list:
            values = fig[f"{base}_{lang}"]
            return values.fillna(fig[f"{base}_en"]).tolist() if lang != "en" else values.tolist()

        scope, qualifier, note = col("scope"), col("qualifier"), col("note")
        figures: list[Figure] = []
        for i, r in enumerate(fig.itertuples(index=False)):
            start, end = _opt_day(r.date_start), _opt_day(r.date_end)
            figures.append(Figure(
                id=str(r.id), pos=i, conflict=str(r.conflict), side=str(r.side), measure=str(r.measure),
                category=str(r.category), value=_opt(r.value), low=_opt(r.low), high=_opt(r.high),
                estimate=str(r.estimate), unit=str(r.unit), scope=_opt_str(scope[i]),
                qualifier=_opt_str(qualifier[i]), note=_opt_str(note[i]), group=_opt_str(r.compare_group),
                source_id=str(r.source_id), citation=citations.get(str(r.source_id), ""),
                locator=_opt_str(r.source_locator), date_start=start, date_end=end,
                level=(str(r.scope_level) if pd.notna(r.scope_level)
                       else scope_level(_opt_str(r.scope_en), start, end)),
                chart=chart_of(str(r.measure), str(r.category)), family=family_of(str(r.category))))
        self.groups: dict[str, list[Figure]] = {}
        for f in figures:
            if f.group:
                self.groups.setdefault(f.group, []).append(f)
        # A group stays in one chart and one panel family: those of its first row.
        first = {g: members[0] for g, members in self.groups.items()}
        self.figures = [f if not f.group else replace(f, chart=first[f.group].chart, family=first[f.group].family)
                        for f in figures]
        self.by_id = {f.id: f for f in self.figures}
        self.groups = {g: [self.by_id[f.id] for f in members] for g, members in self.groups.items()}
        self._group_levels = {g: {f.level for f in m} for g, m in self.groups.items()}
        self._selected: dict[tuple, list[Figure]] = {}
        self._panels: dict[tuple, list[Panel]] = {}

    # ------------------------------------------------------------------ queries
    def differ(self, group: str) -> bool:
        """True if the sources of a comparison group say different things."""
        members = self.groups.get(group, [])
        return len({f.statement() for f in members}) > 1

    def in_scope(self, f: Figure, scope: str) -> bool:
        if scope == "all":
            return True
        return scope in self._group_levels[f.group] if f.group else f.level == scope

    def select(self, conflicts: tuple[str, ...], chart: str | None, scope: str = "all") -> list[Figure]:
        """Figures of some conflicts in one chart (None: every chart) and scope, in data order."""
        key = (conflicts, chart, scope)
        if key not in self._selected:
            self._selected[key] = [f for f in self.figures if f.conflict in conflicts
                                   and (chart is None or f.chart == chart) and self.in_scope(f, scope)]
        return self._selected[key]

    def chart_counts(self, conflicts: tuple[str, ...], scope: str) -> dict[str, int]:
        return {c: len(self.select(conflicts, c, scope)) for c in CHARTS}

    def panels(self, conflicts: tuple[str, ...], chart: str, scope: str = "all") -> list[Panel]:
        key = (conflicts, chart, scope)
        if key not in self._panels:
            self._panels[key] = build_panels(self.select(conflicts, chart, scope), conflicts,
                                             with_ratios=chart in RATIO_CHARTS)
        return self._panels[key]

    def related_events(self, f: Figure, max_days: int = 7) -> list[str]:
        """Ids of the day-dated events of the figure's conflict within its (short) period."""
        if f.date_start is None:
            return []
        end = f.date_end or f.date_start
        if (end - f.date_start).days > max_days:
            return []
        ev = self.ds.events
        ev_end = ev["date_end"].fillna(ev["date_start"])
        mask = ((ev["conflict"] == f.conflict) & ev["date_precision"].isin(["day", "range"])
                & (ev["date_start"] <= end) & (ev_end >= f.date_start))
        hits = ev[mask].sort_values(["date_start", "time"], na_position="first", kind="stable")
        return hits["id"].astype(str).tolist()


def _rank(f: Figure) -> tuple[int, int]:
    return (_CATEGORY_RANK.get(f.category, 99), f.pos)


def build_panels(figures: list[Figure], conflicts: tuple[str, ...], with_ratios: bool = True) -> list[Panel]:
    """Cut figures into panels (family × unit), sections (conflict × side) and lines."""
    by_panel: dict[tuple[str, str], list[Figure]] = {}
    for f in figures:
        by_panel.setdefault((f.family, f.unit), []).append(f)
    panels = []
    for (family, unit), figs in by_panel.items():
        sections = []
        for conflict in conflicts:
            in_conflict = [f for f in figs if f.conflict == conflict]
            sides = sorted({f.side for f in in_conflict},
                           key=lambda s: SIDE_ORDER.index(s) if s in SIDE_ORDER else len(SIDE_ORDER))
            for side in sides:
                lines = _lines(family, [f for f in in_conflict if f.side == side])
                sections.append(Section(conflict, side, lines))
        ratios = {}
        for conflict in conflicts if with_ratios else ():
            ratio = side_ratio([f for f in figs if f.conflict == conflict], FAMILIES.get(family, (family,))[0])
            if ratio is not None:
                ratios[conflict] = ratio
        scale = max((f.top for f in figs), default=0.0)
        panels.append(Panel(family, unit, sections, scale, ratios))
    # People first (in the losses chart: men before destroyed guns), then by family, then data order.
    panels.sort(key=lambda p: (p.unit != "people", _FAMILY_RANK.get(p.family, len(_FAMILY_RANK)),
                               min(f.pos for f in p.figures)))
    return panels


def _lines(family: str, figures: list[Figure]) -> list[Line]:
    """Groups first-come (a group sorts by its best-ranked row), rows in data order."""
    units: dict[str, list[Figure]] = {}
    for f in sorted(figures, key=_rank):
        units.setdefault(f.group or f"#{f.id}", []).append(f)
    lines = []
    for key, members in units.items():
        group = "" if key.startswith("#") else key
        for f in sorted(members, key=lambda f: f.pos):
            lines.append(Line((f,), group))
    parts = SPLITS.get(family)
    if parts:
        lines = _stack_split(lines, parts)
    return lines


def _stack_split(lines: list[Line], parts: tuple[str, ...]) -> list[Line]:
    """Draw the parts of a total as one stacked bar: per scope level, when a side has
    exactly one lone figure for every part (two figures for one part stay apart)."""
    by_level: dict[str, dict[str, list[int]]] = {}
    for i, line in enumerate(lines):
        f = line.figures[0]
        if not line.group and f.category in parts and f.best is not None:
            by_level.setdefault(f.level, {}).setdefault(f.category, []).append(i)
    stacks: dict[int, Line] = {}  # position of the first part → the stacked line
    absorbed: set[int] = set()
    for found in by_level.values():
        if len(found) == len(parts) and all(len(v) == 1 for v in found.values()):
            where = [found[p][0] for p in parts]
            stacks[min(where)] = Line(tuple(lines[i].figures[0] for i in where))
            absorbed.update(where)
    return [stacks.get(i, line) for i, line in enumerate(lines) if i in stacks or i not in absorbed]


def side_ratio(figures: list[Figure], main_category: str) -> tuple[float, float] | None:
    """Soviet ÷ Japanese for the panel's main category, as (lowest, highest) over sources.

    Only when each side has exactly one quantity (one group or one lone figure) with
    positive values: otherwise the ratio would compare different things.
    """
    sov = [f for f in figures if f.side in SOVIET_SIDES and f.category == main_category]
    jap = [f for f in figures if f.side in JAPANESE_SIDES and f.category == main_category]
    for side in (sov, jap):
        if not side or len({f.group or f.id for f in side}) != 1:
            return None
        if any(not f.best or f.best <= 0 for f in side):
            return None
    ratios = [a.best / b.best for a in sov for b in jap]
    return min(ratios), max(ratios)


# ---------------------------------------------------------------------- numbers as text
_SYMBOL = {"about": "≈", "at_least": "≥", "more_than": ">", "at_most": "≤"}


def format_number(v: float, lang: str = "en", decimals: int = 1) -> str:
    """'15,000' / '1.5' in English, '15 000' / '1,5' in Finnish (no-break space)."""
    if float(v).is_integer():
        text = f"{int(v):,}"
    else:
        text = f"{v:,.{decimals}f}".rstrip("0").rstrip(".")
    if lang == "fi":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def value_text(f: Figure, lang: str = "en") -> str:
    """The figure as the source states it: '≈650', '≥10,000', '7,000–7,300', '37%'."""
    if f.has_range:
        core = f"{format_number(f.low, lang)}–{format_number(f.high, lang)}"
    elif f.best is None:
        return "—"
    else:
        shown = f.value if f.value is not None else f.best
        core = _SYMBOL.get(f.estimate, "") + format_number(shown, lang)
    if f.unit == "percent":
        core += "\u00a0%" if lang == "fi" else "%"
    return core


def ratio_text(ratio: tuple[float, float], lang: str = "en") -> str:
    lo, hi = ratio
    a, b = format_number(round(lo, 1), lang), format_number(round(hi, 1), lang)
    return a if a == b else f"{a}–{b}"
