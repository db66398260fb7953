"""Data texts in every language, never blank: missing ones are the English text, marked (issue 17)."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.translated import ENGLISH_MARK, complete_languages

TEXT = st.one_of(st.none(), st.text(min_size=1, max_size=20))


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.tuples(TEXT, TEXT, TEXT), min_size=1, max_size=12), has_sv=st.booleans())
def test_every_language_has_a_text_wherever_english_has_one(rows, has_sv):
    frame = pd.DataFrame({"title_en": [r[0] for r in rows], "title_fi": [r[1] for r in rows]}, dtype="string")
    if has_sv:
        frame["title_sv"] = pd.Series([r[2] for r in rows], dtype="string")
    out = complete_languages(frame)
    for i, (en, fi, sv) in enumerate(rows):
        sv = sv if has_sv else None
        for lang, own in (("fi", fi), ("sv", sv)):
            got = out[f"title_{lang}"].iloc[i]
            if own is not None:
                assert got == own  # a language's own text is never touched
            elif en is not None:
                assert got == ENGLISH_MARK[lang] + en  # stands in, marked as English
            else:
                assert pd.isna(got)
    assert list(frame.columns)[:2] == ["title_en", "title_fi"]  # the input frame is left as it was


def test_columns_without_an_english_version_are_left_alone():
    frame = pd.DataFrame({"id": ["a"], "name_ru": ["Заозёрная"], "name_en": ["Zaozernaya"]}, dtype="string")
    out = complete_languages(frame)
    assert set(out.columns) == {"id", "name_ru", "name_en", "name_fi", "name_sv"}
    assert out["name_sv"].iloc[0] == "(på engelska) Zaozernaya"


def test_the_bundled_package_has_its_own_text_in_every_language(dataset):
    """Every English text of the bundled data has its own Finnish and Swedish text (no stand-ins)."""
    missing = []
    for name in dataset.TABLE_NAMES:
        frame = dataset.table(name)
        for column in [c for c in frame.columns if c.endswith("_en")]:
            base = column[:-3]
            for lang, mark in ENGLISH_MARK.items():
                own = frame[f"{base}_{lang}"].fillna("")
                stand_in = frame[column].notna() & (own.str.startswith(mark) | (own == ""))
                missing += [f"{name} {i} {base}_{lang}" for i in frame.loc[stand_in, "id"]]
    assert not missing
