"""Every data text in every language the app speaks, never blank.

The data package writes each text once per language (``title_en``, ``title_fi``, ``title_sv``).
A package may lack a language, or a cell of it (a researcher's own data, an older package):
the English text then stands in, visibly marked as English, so a Swedish reader sees
"(på engelska) Border treaty of 1860" rather than an empty cell or English passed off as
Swedish. Done once, when a dataset is loaded, so every page, export and report reads
``<text>_<lang>`` and gets the same answer.
"""
from __future__ import annotations

import pandas as pd

from app.languages import LANGUAGES

#: How a stand-in English text is marked, per language (every language of app.languages but English).
ENGLISH_MARK = {"fi": "(englanniksi) ", "sv": "(på engelska) "}


def complete_languages(frame: pd.DataFrame, languages=tuple(lang for lang in LANGUAGES if lang != "en")) -> pd.DataFrame:
    """``frame`` with a ``<base>_<lang>`` column for every ``<base>_en`` text column and language,
    its empty cells filled with the marked English text. The frame itself is not changed."""
    bases = [c[:-3] for c in frame.columns if c.endswith("_en")]
    added = {}
    for base in bases:
        english = frame[f"{base}_en"]
        for lang in languages:
            column = f"{base}_{lang}"
            own = frame[column] if column in frame.columns else pd.Series(pd.NA, index=frame.index, dtype="string")
            missing = own.isna() & english.notna()
            if column not in frame.columns or missing.any():
                filled = own.astype("string").copy()
                filled[missing] = ENGLISH_MARK[lang] + english[missing].astype(str)
                added[column] = filled
    if not added:
        return frame
    out = frame.copy()
    for column, values in added.items():
        out[column] = values
    return out
