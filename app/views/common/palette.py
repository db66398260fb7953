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

#: On the high-contrast theme's black: Okabe–Ito's blue is 4.1:1 there, short of the 4.5:1 its
#: text needs (a claim's name, a badge), so a lighter blue, still well apart from sky blue.
#: Every other colour is ≥ 5.4:1 on black as it is.
SIDE_COLORS_ON_DARK = {**SIDE_COLORS, "Japan": "#2F7FE6"}


def side_color(side: str, dark: bool = False) -> str:
    """The colour of a side or holder; grey for anything else. ``dark``: on a dark background."""
    colors = SIDE_COLORS_ON_DARK if dark else SIDE_COLORS
    return colors.get(side, colors["none"])
