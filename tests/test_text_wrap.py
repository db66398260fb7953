"""wrap_words (app/model/text_wrap.py): the line breaking behind the map legend and the overview's notes."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.model.text_wrap import wrap_words

words = st.lists(st.text(alphabet="abcdefghij·", min_size=1, max_size=12), min_size=0, max_size=30)


@given(words, st.integers(min_value=1, max_value=60), st.sampled_from([None, "·"]))
def test_no_word_lost_and_no_line_too_long(parts, width, soft):
    text = " ".join(parts)
    lines = wrap_words(text, width, len, soft_break=soft)
    kept = " ".join(lines).split()
    if soft is None:
        assert kept == text.split()
    else:  # a soft break drops only the mark it broke after: the words are the same without marks

        def bare(ws):
            return [w.replace("·", "") for w in ws if w.replace("·", "")]

        assert bare(kept) == bare(text.split())
    for line in lines:
        assert len(line) <= width or " " not in line  # only a single overlong word may exceed


def test_a_list_of_phrases_breaks_between_phrases():
    text = "solid: the lowest figure · hatched: up to the highest · each row its own scale"
    assert wrap_words(text, 40, len, soft_break="·") == [
        "solid: the lowest figure", "hatched: up to the highest", "each row its own scale"]
    assert wrap_words(text, 40, len)[0] == "solid: the lowest figure · hatched: up"
