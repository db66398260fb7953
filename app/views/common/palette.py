"""One colour per side, used by every chart and the map (Okabe–Ito, colour-blind safe).

Colour is never the only cue: charts label bars and the map labels holders as text too.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SIDE_COLORS = {
    "USSR": "#D55E00",  # vermillion
    "Japan": "#0072B2",  # blue
    "Manchukuo": "#56B4E9",  # sky blue
    "Japan+Manchukuo": "#56B4E9",
    "MPR": "#009E73",  # bluish green
    "USSR+MPR": "#CC79A7",  # reddish purple
    "China": "#E69F00",  # orange
    "contested": "#F0E442",  # yellow
    "none": "#999999",
}

#: Side names in the force charts' translation context (forces_text.side_name translates them).
SIDE_LABELS = {
    "USSR": QT_TRANSLATE_NOOP("ForcesView", "USSR"),
    "Japan": QT_TRANSLATE_NOOP("ForcesView", "Japan"),
    "Manchukuo": QT_TRANSLATE_NOOP("ForcesView", "Manchukuo"),
    "Japan+Manchukuo": QT_TRANSLATE_NOOP("ForcesView", "Japan and Manchukuo"),
    "MPR": QT_TRANSLATE_NOOP("ForcesView", "Mongolia (MPR)"),
    "USSR+MPR": QT_TRANSLATE_NOOP("ForcesView", "USSR and Mongolia"),
    "China": QT_TRANSLATE_NOOP("ForcesView", "China"),
    "contested": QT_TRANSLATE_NOOP("ForcesView", "contested"),
    "none": QT_TRANSLATE_NOOP("ForcesView", "no one"),
}


def side_color(side: str) -> str:
    return SIDE_COLORS.get(side, SIDE_COLORS["none"])
