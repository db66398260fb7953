"""One colour per side, used by every chart and the map (Okabe–Ito, colour-blind safe).

Colour is never the only cue: charts label bars and the map labels holders as text too.
"""
from __future__ import annotations

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

SIDE_LABELS = {
    "USSR": "USSR",
    "Japan": "Japan",
    "Manchukuo": "Manchukuo",
    "Japan+Manchukuo": "Japan and Manchukuo",
    "MPR": "Mongolia (MPR)",
    "USSR+MPR": "USSR and Mongolia",
    "China": "China",
    "contested": "contested",
    "none": "no one",
}


def side_color(side: str) -> str:
    return SIDE_COLORS.get(side, SIDE_COLORS["none"])
