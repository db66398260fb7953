"""Every data code's label, in every language: one vocabulary per kind of code, one
translation context per vocabulary, so each term is translated once in the .ts.

The data keeps its codes (filters and exports use them); tables, facets, charts, the daily
viewer, the index, details and the report show these labels. ``term(vocabulary, code)``
gives the label in the current language, the code itself (underscores as spaces) if the
vocabulary has none.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONFLICTS = {
    "border-1934-1938": QT_TRANSLATE_NOOP("Conflict", "Border incidents 1934–1938"),
    "khasan-1938": QT_TRANSLATE_NOOP("Conflict", "Lake Khasan 1938"),
    "khalkhin-gol-1939": QT_TRANSLATE_NOOP("Conflict", "Khalkhin Gol 1939"),
    "both": QT_TRANSLATE_NOOP("Conflict", "Khasan 1938 and Khalkhin Gol 1939 side by side"),
}
#: Sides, and who holds a hill ("contested" is a holder only; "none": no one holds it, or the source names no side).
SIDES = {
    "USSR": QT_TRANSLATE_NOOP("Side", "USSR"),
    "Japan": QT_TRANSLATE_NOOP("Side", "Japan"),
    "Manchukuo": QT_TRANSLATE_NOOP("Side", "Manchukuo"),
    "MPR": QT_TRANSLATE_NOOP("Side", "Mongolia (MPR)"),
    "China": QT_TRANSLATE_NOOP("Side", "China"),
    "USSR+MPR": QT_TRANSLATE_NOOP("Side", "USSR and Mongolia"),
    "Japan+Manchukuo": QT_TRANSLATE_NOOP("Side", "Japan and Manchukuo"),
    "contested": QT_TRANSLATE_NOOP("Side", "contested"),
    "none": QT_TRANSLATE_NOOP("Side", "no one"),
}
#: Event kinds and the kinds of the daily moves (one vocabulary: they share codes).
KINDS = {
    "incident": QT_TRANSLATE_NOOP("Kind", "incident"),
    "provocations": QT_TRANSLATE_NOOP("Kind", "provocations"),
    "airspace_violation": QT_TRANSLATE_NOOP("Kind", "airspace violation"),
    "shelling": QT_TRANSLATE_NOOP("Kind", "shelling"),
    "river_violation": QT_TRANSLATE_NOOP("Kind", "river violation"),
    "reconnaissance": QT_TRANSLATE_NOOP("Kind", "reconnaissance"),
    "clash": QT_TRANSLATE_NOOP("Kind", "clash"),
    "attack": QT_TRANSLATE_NOOP("Kind", "attack"),
    "counterattack": QT_TRANSLATE_NOOP("Kind", "counter-attack"),
    "battle": QT_TRANSLATE_NOOP("Kind", "battle"),
    "artillery": QT_TRANSLATE_NOOP("Kind", "artillery"),
    "air_strike": QT_TRANSLATE_NOOP("Kind", "air strike"),
    "deployment": QT_TRANSLATE_NOOP("Kind", "deployment"),
    "order": QT_TRANSLATE_NOOP("Kind", "order"),
    "decision": QT_TRANSLATE_NOOP("Kind", "decision"),
    "diplomatic": QT_TRANSLATE_NOOP("Kind", "diplomatic"),
    "protest": QT_TRANSLATE_NOOP("Kind", "protest"),
    "negotiation": QT_TRANSLATE_NOOP("Kind", "negotiation"),
    "ceasefire": QT_TRANSLATE_NOOP("Kind", "ceasefire"),
    "defection": QT_TRANSLATE_NOOP("Kind", "defection"),
    "political": QT_TRANSLATE_NOOP("Kind", "political"),
    "propaganda": QT_TRANSLATE_NOOP("Kind", "propaganda"),
    "evacuation": QT_TRANSLATE_NOOP("Kind", "evacuation"),
    "inspection": QT_TRANSLATE_NOOP("Kind", "inspection"),
    "award": QT_TRANSLATE_NOOP("Kind", "award"),
    "promotion": QT_TRANSLATE_NOOP("Kind", "promotion"),
    "arrest": QT_TRANSLATE_NOOP("Kind", "arrest"),
    "tribunal": QT_TRANSLATE_NOOP("Kind", "tribunal"),
    "exhibition": QT_TRANSLATE_NOOP("Kind", "exhibition"),
    "commemoration": QT_TRANSLATE_NOOP("Kind", "commemoration"),
    "reform": QT_TRANSLATE_NOOP("Kind", "reform"),
    "infrastructure": QT_TRANSLATE_NOOP("Kind", "infrastructure"),
    "culture": QT_TRANSLATE_NOOP("Kind", "culture"),
    "other": QT_TRANSLATE_NOOP("Kind", "other"),
    "withdrawal": QT_TRANSLATE_NOOP("Kind", "withdrawal"),
    "arrival": QT_TRANSLATE_NOOP("Kind", "arrival"),
    "reinforcement": QT_TRANSLATE_NOOP("Kind", "reinforcement"),
    "breakout": QT_TRANSLATE_NOOP("Kind", "breakout"),
}
PLACE_KINDS = {
    "hill": QT_TRANSLATE_NOOP("PlaceKind", "hill"),
    "lake": QT_TRANSLATE_NOOP("PlaceKind", "lake"),
    "river": QT_TRANSLATE_NOOP("PlaceKind", "river"),
    "settlement": QT_TRANSLATE_NOOP("PlaceKind", "settlement"),
    "city": QT_TRANSLATE_NOOP("PlaceKind", "city"),
    "outpost": QT_TRANSLATE_NOOP("PlaceKind", "outpost"),
    "border_section": QT_TRANSLATE_NOOP("PlaceKind", "border section"),
    "region": QT_TRANSLATE_NOOP("PlaceKind", "region"),
    "country": QT_TRANSLATE_NOOP("PlaceKind", "country"),
    "railway": QT_TRANSLATE_NOOP("PlaceKind", "railway"),
    "airfield": QT_TRANSLATE_NOOP("PlaceKind", "airfield"),
    "memorial": QT_TRANSLATE_NOOP("PlaceKind", "memorial"),
}
ECHELONS = {
    "government": QT_TRANSLATE_NOOP("Echelon", "government"),
    "command": QT_TRANSLATE_NOOP("Echelon", "command"),
    "front": QT_TRANSLATE_NOOP("Echelon", "front"),
    "army": QT_TRANSLATE_NOOP("Echelon", "army"),
    "corps": QT_TRANSLATE_NOOP("Echelon", "corps"),
    "division": QT_TRANSLATE_NOOP("Echelon", "division"),
    "brigade": QT_TRANSLATE_NOOP("Echelon", "brigade"),
    "regiment": QT_TRANSLATE_NOOP("Echelon", "regiment"),
    "battalion": QT_TRANSLATE_NOOP("Echelon", "battalion"),
    "company": QT_TRANSLATE_NOOP("Echelon", "company"),
    "platoon": QT_TRANSLATE_NOOP("Echelon", "platoon"),
    "section": QT_TRANSLATE_NOOP("Echelon", "section"),
    "detachment": QT_TRANSLATE_NOOP("Echelon", "detachment"),
    "group": QT_TRANSLATE_NOOP("Echelon", "group"),
    "air_force": QT_TRANSLATE_NOOP("Echelon", "air force"),
    "fleet": QT_TRANSLATE_NOOP("Echelon", "fleet"),
    "vessel": QT_TRANSLATE_NOOP("Echelon", "vessel"),
}
#: How a daily position is known (control.basis).
BASES = {
    "stated": QT_TRANSLATE_NOOP("Basis", "stated"),
    "inferred": QT_TRANSLATE_NOOP("Basis", "inferred"),
}
#: What a source is (sources.kind).
SOURCE_KINDS = {
    "seed": QT_TRANSLATE_NOOP("SourceKind", "seed document"),
    "book": QT_TRANSLATE_NOOP("SourceKind", "book"),
    "document": QT_TRANSLATE_NOOP("SourceKind", "document"),
    "encyclopedia": QT_TRANSLATE_NOOP("SourceKind", "encyclopedia"),
    "journal_article": QT_TRANSLATE_NOOP("SourceKind", "journal article"),
    "newspaper_article": QT_TRANSLATE_NOOP("SourceKind", "newspaper article"),
    "other": QT_TRANSLATE_NOOP("SourceKind", "other"),
}
#: How sure a figure is (the "qualifier" of its number: "≈", "≥"…).
ESTIMATES = {
    "exact": QT_TRANSLATE_NOOP("Estimate", "as stated"),
    "about": QT_TRANSLATE_NOOP("Estimate", "about"),
    "at_least": QT_TRANSLATE_NOOP("Estimate", "at least"),
    "more_than": QT_TRANSLATE_NOOP("Estimate", "more than"),
    "at_most": QT_TRANSLATE_NOOP("Estimate", "at most"),
    "range": QT_TRANSLATE_NOOP("Estimate", "range"),
}
MEASURES = {
    "strength": QT_TRANSLATE_NOOP("Measure", "strength"),
    "loss": QT_TRANSLATE_NOOP("Measure", "loss"),
    "captured": QT_TRANSLATE_NOOP("Measure", "captured"),
    "sorties": QT_TRANSLATE_NOOP("Measure", "sorties"),
    "bombs": QT_TRANSLATE_NOOP("Measure", "bombs"),
    "awards": QT_TRANSLATE_NOOP("Measure", "awards"),
    "promotions": QT_TRANSLATE_NOOP("Measure", "promotions"),
    "share": QT_TRANSLATE_NOOP("Measure", "share"),
    "incidents": QT_TRANSLATE_NOOP("Measure", "incidents"),
    "deployed": QT_TRANSLATE_NOOP("Measure", "deployed"),
    "damaged": QT_TRANSLATE_NOOP("Measure", "damaged"),
    "other": QT_TRANSLATE_NOOP("Measure", "other"),
}
#: The force charts' panels: what a group of figures counts.
FAMILIES = {
    "personnel": QT_TRANSLATE_NOOP("Family", "Personnel"),
    "formations": QT_TRANSLATE_NOOP("Family", "Formations"),
    "guns": QT_TRANSLATE_NOOP("Family", "Guns"),
    "tanks": QT_TRANSLATE_NOOP("Family", "Tanks"),
    "machine_guns": QT_TRANSLATE_NOOP("Family", "Machine guns"),
    "aircraft": QT_TRANSLATE_NOOP("Family", "Aircraft"),
    "armoured_trains": QT_TRANSLATE_NOOP("Family", "Armoured trains"),
    "vehicles": QT_TRANSLATE_NOOP("Family", "Vehicles"),
    "ships": QT_TRANSLATE_NOOP("Family", "Ships and boats"),
    "small_arms": QT_TRANSLATE_NOOP("Family", "Rifles"),
    "killed": QT_TRANSLATE_NOOP("Family", "Killed"),
    "died_of_wounds": QT_TRANSLATE_NOOP("Family", "Died of wounds"),
    "died_in_hospital": QT_TRANSLATE_NOOP("Family", "Died in hospital"),
    "non_combat_deaths": QT_TRANSLATE_NOOP("Family", "Non-combat deaths"),
    "missing": QT_TRANSLATE_NOOP("Family", "Missing"),
    "killed_and_missing": QT_TRANSLATE_NOOP("Family", "Killed and missing"),
    "wounded": QT_TRANSLATE_NOOP("Family", "Wounded"),
    "sick": QT_TRANSLATE_NOOP("Family", "Sick"),
    "casualties": QT_TRANSLATE_NOOP("Family", "Casualties"),
    "artillery_share_of_losses": QT_TRANSLATE_NOOP("Family", "Share of losses caused by artillery"),
    "sorties_all": QT_TRANSLATE_NOOP("Family", "Sorties, all aircraft"),
    "sorties_by_type": QT_TRANSLATE_NOOP("Family", "Sorties by aircraft type"),
    "bombs_all": QT_TRANSLATE_NOOP("Family", "Bombs dropped"),
    "bombs_1000kg": QT_TRANSLATE_NOOP("Family", "1,000-kg bombs"),
    "aircraft_lost": QT_TRANSLATE_NOOP("Family", "Aircraft lost"),
    "aircraft_damaged": QT_TRANSLATE_NOOP("Family", "Aircraft damaged"),
    "awards": QT_TRANSLATE_NOOP("Family", "Awards and promotions"),
    "incidents": QT_TRANSLATE_NOOP("Family", "Incidents"),
    "air_strikes": QT_TRANSLATE_NOOP("Family", "Air strikes"),
    "other": QT_TRANSLATE_NOOP("Family", "Other"),
}
#: What a figure counts, in the form that follows a number ("650 wounded").
CATEGORIES = {
    "divisions": QT_TRANSLATE_NOOP("Category", "divisions"),
    "brigades": QT_TRANSLATE_NOOP("Category", "brigades"),
    "regiments": QT_TRANSLATE_NOOP("Category", "regiments"),
    "battalions": QT_TRANSLATE_NOOP("Category", "battalions"),
    "companies": QT_TRANSLATE_NOOP("Category", "companies"),
    "armoured_units": QT_TRANSLATE_NOOP("Category", "armoured units"),
    "guns": QT_TRANSLATE_NOOP("Category", "guns"),
    "field_guns": QT_TRANSLATE_NOOP("Category", "field guns"),
    "at_guns": QT_TRANSLATE_NOOP("Category", "anti-tank guns"),
    "guns_and_mortars": QT_TRANSLATE_NOOP("Category", "guns and mortars"),
    "aa_guns": QT_TRANSLATE_NOOP("Category", "anti-aircraft guns"),
    "small_calibre_guns": QT_TRANSLATE_NOOP("Category", "small-calibre guns"),
    "mortars": QT_TRANSLATE_NOOP("Category", "mortars"),
    "machine_guns": QT_TRANSLATE_NOOP("Category", "machine guns"),
    "heavy_machine_guns": QT_TRANSLATE_NOOP("Category", "heavy"),
    "light_machine_guns": QT_TRANSLATE_NOOP("Category", "light"),
    "aircraft": QT_TRANSLATE_NOOP("Category", "aircraft"),
    "bombers": QT_TRANSLATE_NOOP("Category", "bombers"),
    "vehicles": QT_TRANSLATE_NOOP("Category", "vehicles"),
    "trucks": QT_TRANSLATE_NOOP("Category", "trucks"),
    "fuel_trucks": QT_TRANSLATE_NOOP("Category", "fuel trucks"),
    "tractors": QT_TRANSLATE_NOOP("Category", "tractors"),
    "warships": QT_TRANSLATE_NOOP("Category", "warships"),
    "cruisers": QT_TRANSLATE_NOOP("Category", "cruisers"),
    "destroyers": QT_TRANSLATE_NOOP("Category", "destroyers"),
    "boats": QT_TRANSLATE_NOOP("Category", "boats"),
    "border_boats": QT_TRANSLATE_NOOP("Category", "border boats"),
    "rifles": QT_TRANSLATE_NOOP("Category", "rifles"),
    "anti_tank_rifles": QT_TRANSLATE_NOOP("Category", "anti-tank rifles"),
    "wounded": QT_TRANSLATE_NOOP("Category", "wounded"),
    "wounded_and_sick": QT_TRANSLATE_NOOP("Category", "wounded and sick"),
    "casualties": QT_TRANSLATE_NOOP("Category", "casualties"),
    "killed_wounded_captured": QT_TRANSLATE_NOOP("Category", "killed, wounded and captured"),
    "sorties_sb": QT_TRANSLATE_NOOP("Category", "SB"),
    "sorties_i15": QT_TRANSLATE_NOOP("Category", "I-15"),
    "sorties_i16": QT_TRANSLATE_NOOP("Category", "I-16"),
    "sorties_sss": QT_TRANSLATE_NOOP("Category", "SSS"),
    "sorties_tb3": QT_TRANSLATE_NOOP("Category", "TB-3"),
    "sorties_r_zet": QT_TRANSLATE_NOOP("Category", "R-Z"),
    "decorated_total": QT_TRANSLATE_NOOP("Category", "all decorated"),
    "hero_of_soviet_union": QT_TRANSLATE_NOOP("Category", "Hero of the Soviet Union"),
    "order_of_lenin": QT_TRANSLATE_NOOP("Category", "Order of Lenin"),
    "order_of_red_banner": QT_TRANSLATE_NOOP("Category", "Order of the Red Banner"),
    "order_of_red_star": QT_TRANSLATE_NOOP("Category", "Order of the Red Star"),
    "medal_for_courage": QT_TRANSLATE_NOOP("Category", "Medal 'For Courage'"),
    "medal_for_military_merit": QT_TRANSLATE_NOOP("Category", "Medal 'For Military Merit'"),
    "wives_and_sisters_decorated": QT_TRANSLATE_NOOP("Category", "wives and sisters decorated"),
    "promoted": QT_TRANSLATE_NOOP("Category", "promoted"),
    "incidents_total": QT_TRANSLATE_NOOP("Category", "incidents"),
    "border_violations": QT_TRANSLATE_NOOP("Category", "border violations"),
    "major_clashes": QT_TRANSLATE_NOOP("Category", "major clashes"),
    "ground_violations": QT_TRANSLATE_NOOP("Category", "ground violations"),
    "air_intrusions": QT_TRANSLATE_NOOP("Category", "air intrusions"),
    "provocations": QT_TRANSLATE_NOOP("Category", "provocations"),
    "shelling": QT_TRANSLATE_NOOP("Category", "shelling"),
    "river_violations": QT_TRANSLATE_NOOP("Category", "river violations"),
    "attacks": QT_TRANSLATE_NOOP("Category", "attacks"),
    "counterattacks": QT_TRANSLATE_NOOP("Category", "counter-attacks"),
    "air_strikes": QT_TRANSLATE_NOOP("Category", "air strikes"),
    "killed": QT_TRANSLATE_NOOP("Category", "killed"),
    "missing": QT_TRANSLATE_NOOP("Category", "missing"),
    "captured": QT_TRANSLATE_NOOP("Category", "captured"),
}
#: Units follow a number ("650 people"), which Finnish puts in another case than a label.
UNITS = {
    "people": QT_TRANSLATE_NOOP("Unit", "people"),
    "pieces": QT_TRANSLATE_NOOP("Unit", "pieces"),
    "aircraft": QT_TRANSLATE_NOOP("Unit", "aircraft"),
    "sorties": QT_TRANSLATE_NOOP("Unit", "sorties"),
    "bombs": QT_TRANSLATE_NOOP("Unit", "bombs"),
    "tanks": QT_TRANSLATE_NOOP("Unit", "tanks"),
    "vehicles": QT_TRANSLATE_NOOP("Unit", "vehicles"),
    "ships": QT_TRANSLATE_NOOP("Unit", "ships"),
    "trains": QT_TRANSLATE_NOOP("Unit", "trains"),
    "units": QT_TRANSLATE_NOOP("Unit", "units"),
    "percent": QT_TRANSLATE_NOOP("Unit", "percent"),
    "cases": QT_TRANSLATE_NOOP("Unit", "cases"),
    "awards": QT_TRANSLATE_NOOP("Unit", "awards"),
    "other": QT_TRANSLATE_NOOP("Unit", "multiple or other measure"),
}
DIRECTIONS = {
    "N": QT_TRANSLATE_NOOP("Direction", "north"),
    "NE": QT_TRANSLATE_NOOP("Direction", "north-east"),
    "E": QT_TRANSLATE_NOOP("Direction", "east"),
    "SE": QT_TRANSLATE_NOOP("Direction", "south-east"),
    "S": QT_TRANSLATE_NOOP("Direction", "south"),
    "SW": QT_TRANSLATE_NOOP("Direction", "south-west"),
    "W": QT_TRANSLATE_NOOP("Direction", "west"),
    "NW": QT_TRANSLATE_NOOP("Direction", "north-west"),
}
#: The events' casualty columns: short for table headers, in full for the details.
CASUALTY_HEADERS = {
    "ussr_killed": QT_TRANSLATE_NOOP("Casualty", "Soviet killed"),
    "ussr_wounded": QT_TRANSLATE_NOOP("Casualty", "Soviet wounded"),
    "japan_killed": QT_TRANSLATE_NOOP("Casualty", "Japanese killed"),
    "japan_wounded": QT_TRANSLATE_NOOP("Casualty", "Japanese wounded"),
    "count": QT_TRANSLATE_NOOP("Casualty", "Count"),
}
CASUALTIES = {
    "ussr_killed": CASUALTY_HEADERS["ussr_killed"],
    "ussr_wounded": CASUALTY_HEADERS["ussr_wounded"],
    "ussr_missing": QT_TRANSLATE_NOOP("Casualty", "Soviet missing"),
    "ussr_captured": QT_TRANSLATE_NOOP("Casualty", "Soviet captured"),
    "japan_killed": QT_TRANSLATE_NOOP("Casualty", "Japanese/Manchukuo killed"),
    "japan_wounded": QT_TRANSLATE_NOOP("Casualty", "Japanese/Manchukuo wounded"),
    "japan_missing": QT_TRANSLATE_NOOP("Casualty", "Japanese/Manchukuo missing"),
    "japan_captured": QT_TRANSLATE_NOOP("Casualty", "Japanese/Manchukuo captured or detained"),
}
#: Names of the data's columns: table headers, the index's "about" pane, the report.
FIELDS = {
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "place": QT_TRANSLATE_NOOP("Field", "Place"),
    "sector": QT_TRANSLATE_NOOP("Field", "Sector"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "side": QT_TRANSLATE_NOOP("Field", "Side"),
    "measure": QT_TRANSLATE_NOOP("Field", "Measure"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"),
    "low": QT_TRANSLATE_NOOP("Field", "Low"),
    "high": QT_TRANSLATE_NOOP("Field", "High"),
    "estimate": QT_TRANSLATE_NOOP("Field", "Estimate"),
    "scope": QT_TRANSLATE_NOOP("Field", "Scope"),
    "qualifier": QT_TRANSLATE_NOOP("Field", "Qualifier"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "conflict": QT_TRANSLATE_NOOP("Field", "Conflict"),
    "year": QT_TRANSLATE_NOOP("Field", "Year"),
    "citation": QT_TRANSLATE_NOOP("Field", "Citation"),
    "name_ru": QT_TRANSLATE_NOOP("Field", "Russian"),
    "name_ja": QT_TRANSLATE_NOOP("Field", "Japanese"),
    "name_zh": QT_TRANSLATE_NOOP("Field", "Chinese"),
    "variants": QT_TRANSLATE_NOOP("Field", "Other spellings"),
    "rank": QT_TRANSLATE_NOOP("Field", "Rank"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "fate": QT_TRANSLATE_NOOP("Field", "Fate"),
    "echelon": QT_TRANSLATE_NOOP("Field", "Echelon"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
}
#: The data package's tables, as the overview and the index name them.
TABLES = {
    "events": QT_TRANSLATE_NOOP("Table", "Events"),
    "figures": QT_TRANSLATE_NOOP("Table", "Figures"),
    "places": QT_TRANSLATE_NOOP("Table", "Places"),
    "units": QT_TRANSLATE_NOOP("Table", "Units"),
    "people": QT_TRANSLATE_NOOP("Table", "People"),
    "sources": QT_TRANSLATE_NOOP("Table", "Sources"),
    "control": QT_TRANSLATE_NOOP("Table", "Daily positions"),
    "moves": QT_TRANSLATE_NOOP("Table", "Daily moves"),
    "story": QT_TRANSLATE_NOOP("Table", "Tour chapters"),
}

#: Each vocabulary and its translation context (the context lupdate files its terms under).
VOCABULARIES = {
    "conflict": ("Conflict", CONFLICTS), "side": ("Side", SIDES), "kind": ("Kind", KINDS),
    "place_kind": ("PlaceKind", PLACE_KINDS), "echelon": ("Echelon", ECHELONS), "basis": ("Basis", BASES),
    "source_kind": ("SourceKind", SOURCE_KINDS), "estimate": ("Estimate", ESTIMATES),
    "measure": ("Measure", MEASURES), "family": ("Family", FAMILIES), "category": ("Category", CATEGORIES),
    "unit": ("Unit", UNITS), "direction": ("Direction", DIRECTIONS), "casualty": ("Casualty", CASUALTIES),
    "casualty_header": ("Casualty", CASUALTY_HEADERS), "field": ("Field", FIELDS), "table": ("Table", TABLES),
}


def term(vocabulary: str, code) -> str:
    """The label of ``code`` in the current language; the code itself (underscores as spaces)
    when the vocabulary has no label for it; '' for a missing code."""
    context, labels = VOCABULARIES[vocabulary]
    code = "" if code is None else str(code)
    if code in labels:
        return QCoreApplication.translate(context, labels[code])
    return code.replace("_", " ")


def code_label(column: str, code) -> str:
    """The name of a data code in the current language; the code itself if it has none.

    Unlike :func:`term` an unknown code is shown exactly as the data spells it (tables,
    facets and exports must match the data).
    """
    if column not in VOCABULARIES:
        return "" if code is None else str(code)
    context, labels = VOCABULARIES[column]
    code = "" if code is None else str(code)
    return QCoreApplication.translate(context, labels[code]) if code in labels else code
