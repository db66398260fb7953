"""One colour per side, used by every chart and the map (Okabe–Ito, colour-blind safe).

Colour is never the only cue: charts label bars and the map labels holders as text too
(the side names are in :mod:`app.views.common.wording`).
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


def side_color(side: str) -> str:
    """The colour of a side or holder; grey for anything else."""
    return SIDE_COLORS.get(side, SIDE_COLORS["none"])
