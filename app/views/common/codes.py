"""Readable, translated names for the data's codes (event kinds, conflicts, sides).

The data keeps its codes (filters and exports use them); tables, facets and details show
these names, in the "Codes" translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS = {
    "incident": QT_TRANSLATE_NOOP("Codes", "incident"),
    "provocations": QT_TRANSLATE_NOOP("Codes", "provocations"),
    "airspace_violation": QT_TRANSLATE_NOOP("Codes", "airspace violation"),
    "shelling": QT_TRANSLATE_NOOP("Codes", "shelling"),
    "river_violation": QT_TRANSLATE_NOOP("Codes", "river violation"),
    "reconnaissance": QT_TRANSLATE_NOOP("Codes", "reconnaissance"),
    "clash": QT_TRANSLATE_NOOP("Codes", "clash"),
    "attack": QT_TRANSLATE_NOOP("Codes", "attack"),
    "counterattack": QT_TRANSLATE_NOOP("Codes", "counter-attack"),
    "battle": QT_TRANSLATE_NOOP("Codes", "battle"),
    "artillery": QT_TRANSLATE_NOOP("Codes", "artillery"),
    "air_strike": QT_TRANSLATE_NOOP("Codes", "air strike"),
    "deployment": QT_TRANSLATE_NOOP("Codes", "deployment"),
    "order": QT_TRANSLATE_NOOP("Codes", "order"),
    "decision": QT_TRANSLATE_NOOP("Codes", "decision"),
    "diplomatic": QT_TRANSLATE_NOOP("Codes", "diplomatic"),
    "protest": QT_TRANSLATE_NOOP("Codes", "protest"),
    "negotiation": QT_TRANSLATE_NOOP("Codes", "negotiation"),
    "ceasefire": QT_TRANSLATE_NOOP("Codes", "ceasefire"),
    "defection": QT_TRANSLATE_NOOP("Codes", "defection"),
    "political": QT_TRANSLATE_NOOP("Codes", "political"),
    "propaganda": QT_TRANSLATE_NOOP("Codes", "propaganda"),
    "evacuation": QT_TRANSLATE_NOOP("Codes", "evacuation"),
    "inspection": QT_TRANSLATE_NOOP("Codes", "inspection"),
    "award": QT_TRANSLATE_NOOP("Codes", "award"),
    "promotion": QT_TRANSLATE_NOOP("Codes", "promotion"),
    "arrest": QT_TRANSLATE_NOOP("Codes", "arrest"),
    "tribunal": QT_TRANSLATE_NOOP("Codes", "tribunal"),
    "exhibition": QT_TRANSLATE_NOOP("Codes", "exhibition"),
    "commemoration": QT_TRANSLATE_NOOP("Codes", "commemoration"),
    "reform": QT_TRANSLATE_NOOP("Codes", "reform"),
    "infrastructure": QT_TRANSLATE_NOOP("Codes", "infrastructure"),
    "culture": QT_TRANSLATE_NOOP("Codes", "culture"),
    "other": QT_TRANSLATE_NOOP("Codes", "other"),
}
CONFLICTS = {
    "border-1934-1938": QT_TRANSLATE_NOOP("Codes", "Border incidents 1934–1938"),
    "khasan-1938": QT_TRANSLATE_NOOP("Codes", "Lake Khasan 1938"),
    "khalkhin-gol-1939": QT_TRANSLATE_NOOP("Codes", "Khalkhin Gol 1939"),
}
SIDES = {
    "USSR": QT_TRANSLATE_NOOP("Codes", "USSR"),
    "Japan": QT_TRANSLATE_NOOP("Codes", "Japan"),
    "Manchukuo": QT_TRANSLATE_NOOP("Codes", "Manchukuo"),
    "MPR": QT_TRANSLATE_NOOP("Codes", "Mongolia (MPR)"),
    "China": QT_TRANSLATE_NOOP("Codes", "China"),
    "USSR+MPR": QT_TRANSLATE_NOOP("Codes", "USSR and Mongolia"),
    "Japan+Manchukuo": QT_TRANSLATE_NOOP("Codes", "Japan and Manchukuo"),
}
PLACE_KINDS = {
    "hill": QT_TRANSLATE_NOOP("Codes", "hill"),
    "lake": QT_TRANSLATE_NOOP("Codes", "lake"),
    "river": QT_TRANSLATE_NOOP("Codes", "river"),
    "settlement": QT_TRANSLATE_NOOP("Codes", "settlement"),
    "city": QT_TRANSLATE_NOOP("Codes", "city"),
    "outpost": QT_TRANSLATE_NOOP("Codes", "outpost"),
    "border_section": QT_TRANSLATE_NOOP("Codes", "border section"),
    "region": QT_TRANSLATE_NOOP("Codes", "region"),
    "country": QT_TRANSLATE_NOOP("Codes", "country"),
    "railway": QT_TRANSLATE_NOOP("Codes", "railway"),
    "airfield": QT_TRANSLATE_NOOP("Codes", "airfield"),
    "memorial": QT_TRANSLATE_NOOP("Codes", "memorial"),
}
ECHELONS = {
    "government": QT_TRANSLATE_NOOP("Codes", "government"),
    "command": QT_TRANSLATE_NOOP("Codes", "command"),
    "front": QT_TRANSLATE_NOOP("Codes", "front"),
    "army": QT_TRANSLATE_NOOP("Codes", "army"),
    "corps": QT_TRANSLATE_NOOP("Codes", "corps"),
    "division": QT_TRANSLATE_NOOP("Codes", "division"),
    "brigade": QT_TRANSLATE_NOOP("Codes", "brigade"),
    "regiment": QT_TRANSLATE_NOOP("Codes", "regiment"),
    "battalion": QT_TRANSLATE_NOOP("Codes", "battalion"),
    "company": QT_TRANSLATE_NOOP("Codes", "company"),
    "platoon": QT_TRANSLATE_NOOP("Codes", "platoon"),
    "section": QT_TRANSLATE_NOOP("Codes", "section"),
    "detachment": QT_TRANSLATE_NOOP("Codes", "detachment"),
    "group": QT_TRANSLATE_NOOP("Codes", "group"),
    "air_force": QT_TRANSLATE_NOOP("Codes", "air force"),
    "fleet": QT_TRANSLATE_NOOP("Codes", "fleet"),
    "vessel": QT_TRANSLATE_NOOP("Codes", "vessel"),
}
#: Labels of the index's "about" pane, by column.
FIELDS = {
    "name_ru": QT_TRANSLATE_NOOP("Codes", "Russian"),
    "name_ja": QT_TRANSLATE_NOOP("Codes", "Japanese"),
    "name_zh": QT_TRANSLATE_NOOP("Codes", "Chinese"),
    "variants": QT_TRANSLATE_NOOP("Codes", "Other spellings"),
    "rank": QT_TRANSLATE_NOOP("Codes", "Rank"),
    "role": QT_TRANSLATE_NOOP("Codes", "Role"),
    "fate": QT_TRANSLATE_NOOP("Codes", "Fate"),
    "side": QT_TRANSLATE_NOOP("Codes", "Side"),
    "echelon": QT_TRANSLATE_NOOP("Codes", "Echelon"),
    "kind": QT_TRANSLATE_NOOP("Codes", "Kind"),
    "note": QT_TRANSLATE_NOOP("Codes", "Note"),
}
TABLES = {"kind": KINDS, "conflict": CONFLICTS, "side": SIDES, "place_kind": PLACE_KINDS,
          "echelon": ECHELONS, "field": FIELDS}


def code_label(column: str, code) -> str:
    """The name of a code in the current language; the code itself if it has none."""
    table = TABLES.get(column, {})
    code = "" if code is None else str(code)
    return QCoreApplication.translate("Codes", table[code]) if code in table else code
