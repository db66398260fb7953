"""One spelling key for every way a name is written: any script, any usual transliteration.

Search compares keys, not letters, so "Blyukher", "Bljuher", "Blücher", "Blioukher" and "Блюхер" meet,
"Zaozyornaya" finds "Zaozernaya" (ё typed as е or not), and 张鼓峰 finds 張鼓峰. Two steps:

1. **Script → Latin** with anyascii (a maintained Unicode transliteration table): Cyrillic by a
   BGN/PCGN-like scheme, Chinese characters by pinyin (traditional and simplified alike), kana by Hepburn,
   and diacritics dropped. Only the Finnish háček letters (š, ž, č) are spelled out first, because
   anyascii would drop the sound they stand for ("š" → "s", where English writes "sh").
2. **Transliteration conventions → one skeleton.** English, Finnish, German, French and Swedish write
   the same Russian letter differently (х: kh / h / ch / kh / ch; ю: yu / ju / ju / iou / ju; ш: sh / š /
   sch / ch / sj; ч: ch / tš / tsch / tch / tj; з: z / z / s / z / z); the rules below merge each letter's spellings, so every convention of a name ends on the
   same key. The merge is coarse on purpose (recall first: a search shows a few extra rows, never misses
   one), and is applied to the query and to the text alike.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

#: Letters whose Latin diacritic carries a sound anyascii would drop (Finnish/Czech-style transliteration).
_SPELL_OUT = str.maketrans({"š": "sh", "ž": "zh", "č": "ch", "ё": "е"})
#: Apostrophes stand for the soft and hard signs (Pos'et, Посьет) and are not word breaks.
_APOSTROPHES = str.maketrans("", "", "'\"`’ʹʺ")
_WORD = re.compile(r"[a-z0-9]+")

#: (pattern, replacement), in order: longer spellings before the shorter ones they contain.
_SKELETON = tuple((re.compile(p), r) for p, r in (
    (r"schtsch|shtsh|chtch|shch|sch?tch|sjtj", "s"),  # щ (sv sjtj)
    (r"tsch|tch|tsh|tj", "h"),                  # ч (de, fr, fi, sv); English "ch" joins х below
    (r"sch|sh|zh|sj|zj(?!o)", "s"),             # ш, ж (sv sj, zj; but "zjo" is з + ё: Zaozjornaja)
    (r"kh|ch", "h"),                            # х (en/fr kh, de ch, fi h); English ч
    (r"ou", "u"),                               # French u (Blioukher)
    (r"[yji]o", "e"),                           # ё written yo / jo / io, or e
    (r"[yji](?=[aeiu])", ""),                   # я ю е as ya/ja/ia, yu/ju/iu, ye/je
    (r"[yj]", "i"),                             # ы, й (-sky / -skiy / -skij / -skii)
    (r"w", "v"),                                # German w (Schukow)
    (r"z", "s"),                                # German s for з (Saosjornaja)
    (r"([a-z])\1+", r"\1"),                     # doubled letters (Bezymyannaya / Besymjanaja)
))


@lru_cache(maxsize=65536)
def spelling_key(text: str) -> str:
    """The words of ``text`` as skeleton keys, space-separated ("" when nothing is left)."""
    latin = anyascii(unicodedata.normalize("NFKC", text).casefold().translate(_SPELL_OUT)).lower()
    latin = latin.translate(_APOSTROPHES)
    return " ".join(_skeleton(word) for word in _WORD.findall(latin))


def _skeleton(word: str) -> str:
    for pattern, replacement in _SKELETON:
        word = pattern.sub(replacement, word)
    return word


#: While a word is being typed its last letter may be the first half of a spelling the rules merge:
#: "Bly" may go on as "Blyu" (the y is a glide and vanishes), "Blyuk" as "Blyukh". The query then
#: also tries the word with each such ending completed, so results don't vanish mid-word.
_ENDINGS = {"k": ("h",), "c": ("h",), "t": ("ch", "sh"), "o": ("u",),
            "y": ("a", "e", "u", "o"), "j": ("a", "e", "u", "o"), "i": ("a", "e", "u", "o")}


def query_keys(text: str) -> list[tuple[str, ...]]:
    """What a row must contain to match ``text``: one tuple per word, any of whose keys must be found
    inside a word of the row. The last word may be half-typed, so it also offers the keys of its
    possible completions (see ``_ENDINGS``)."""
    wanted = [(key,) for key in spelling_key(text).split()]
    typed = text.rstrip()
    if wanted and typed and typed[-1].casefold() in _ENDINGS:
        keys = list(wanted[-1])
        for ending in _ENDINGS[typed[-1].casefold()]:
            completed = spelling_key(typed + ending).split()
            if len(completed) == len(wanted) and completed[-1] not in keys:
                keys.append(completed[-1])
        wanted[-1] = tuple(keys)
    return wanted
