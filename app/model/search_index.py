"""Which rows hold which words: built once per table, so each keystroke is a few array lookups.

A row matches a query when every query word's spelling key (see :mod:`app.model.spelling`) is found
inside the key of some word of the row: in one of its text columns, or in the names of a person, unit or
place the row links to. Typing "Blücher" therefore finds the events that link to Blyukher even where
their text never names him.

Layout (per column): the column's distinct values are numbered (``pandas.factorize``); each distinct
value's words are numbered in one vocabulary shared by all columns; the postings list, for each word,
which distinct values contain it. A query looks up matching words in the vocabulary (a vectorised
substring test over distinct words only), gathers their postings and maps distinct values back to rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

import numpy as np
import pandas as pd

from app.model.spelling import query_keys, spelling_key

_CHUNK = 50_000  # distinct values tokenised at once: bounds the temporary word lists


class _Vocabulary:
    """Raw words (as split from the text) → number, and each number's spelling key."""

    def __init__(self):
        self.ids: dict[str, int] = {}
        self.keys: list[str] = []
        self._order: list[str] = []
        self._frozen: pd.Series | None = None

    @property
    def words(self) -> list[str]:
        """Raw words in number order."""
        if len(self._order) != len(self.ids):
            self._order = list(self.ids)
        return self._order

    def add(self, words, key_of=spelling_key) -> None:
        for word in set(words).difference(self.ids):
            self.ids[word] = len(self.keys)
            self.keys.append(key_of(word))
        self._frozen = None

    def matching(self, key: str) -> np.ndarray:
        """Numbers of the words whose key contains ``key``."""
        if self._frozen is None:
            self._frozen = pd.Series(self.keys, dtype=object)
        return np.flatnonzero(self._frozen.str.contains(key, regex=False).to_numpy(dtype=bool))


@dataclass
class _Column:
    codes: np.ndarray | None  # row → distinct value (slot ``n_values`` is "empty"); None: identity
    words: np.ndarray     # sorted word numbers that occur in the column
    starts: np.ndarray    # postings of words[i] are values[starts[i]:starts[i + 1]]
    values: np.ndarray    # distinct-value numbers, grouped by word
    n_values: int

    def rows_with(self, word_ids: np.ndarray) -> np.ndarray:
        """Boolean row mask: rows whose value contains any of ``word_ids``."""
        if not len(self.words) or not len(word_ids):
            return np.zeros(len(self.codes) if self.codes is not None else self.n_values, dtype=bool)
        at = np.searchsorted(self.words, word_ids)
        found = at[(at < len(self.words)) & (self.words[np.minimum(at, len(self.words) - 1)] == word_ids)]
        first, sizes = self.starts[found], self.starts[found + 1] - self.starts[found]
        # One gather for all matching words: positions first[k] .. first[k] + sizes[k] - 1, concatenated.
        offsets = np.repeat(first - np.concatenate(([0], np.cumsum(sizes)[:-1])), sizes)
        hit = np.zeros(self.n_values + 1, dtype=bool)
        hit[self.values[offsets + np.arange(offsets.size)]] = True
        if self.codes is None:  # every row its own distinct value, in row order
            return hit[:-1]
        return hit[self.codes]


def _column(series: pd.Series, vocabulary: _Vocabulary, separator: str, key_of) -> _Column:
    codes, distinct = pd.factorize(series.astype(object), use_na_sentinel=True)
    codes = np.where(codes < 0, len(distinct), codes).astype(np.int32)
    if len(distinct) == len(codes):  # all distinct: factorize numbers them in row order, skip the gather
        codes = None
    word_parts, length_parts = [], []
    for at in range(0, len(distinct), _CHUNK):
        chunk = [v if isinstance(v, str) else str(v) for v in distinct[at:at + _CHUNK].tolist()]
        words = separator.join(chunk).split(separator)
        vocabulary.add(words, key_of)
        word_parts.append(np.fromiter(map(vocabulary.ids.__getitem__, words), dtype=np.int32, count=len(words)))
        length_parts.append(np.fromiter(map(str.count, chunk, repeat(separator)), dtype=np.int64,
                                        count=len(chunk)) + 1)
    word_ids = np.concatenate(word_parts) if word_parts else np.zeros(0, np.int32)
    lengths = np.concatenate(length_parts) if length_parts else np.zeros(0, np.int64)
    value_ids = np.repeat(np.arange(len(distinct), dtype=np.int32), lengths)
    # Grouping by word: a stable sort of 16-bit keys is numpy's radix sort, linear in the postings.
    keys = word_ids.astype(np.uint16) if len(vocabulary.keys) <= 1 << 16 else word_ids
    order = np.argsort(keys, kind="stable")
    word_ids, value_ids = word_ids[order], value_ids[order]
    words, starts = np.unique(word_ids, return_index=True)
    return _Column(codes, words, np.append(starts, len(word_ids)), value_ids, len(distinct))


class SearchIndex:
    """Spelling-tolerant word search over some text columns of a frame and the names of what it links to.

    ``links`` maps a column of ids (``place_id``, or ';'-separated lists such as ``person_ids``) to the
    text to search for each id (all its names and variants)."""

    def __init__(self, frame: pd.DataFrame, text_columns, links: dict[str, dict[str, str]] | None = None,
                 mentions: dict[str, str] | None = None):
        self.n_rows = len(frame)
        self._words = _Vocabulary()
        self._texts = [_column(frame[c], self._words, " ", spelling_key) for c in text_columns if c in frame]
        self._names = _Vocabulary()
        self._links = []
        for column, names in (links or {}).items():
            if column in frame:
                def key_of(entity_id, names=names):
                    return spelling_key(names.get(entity_id.strip(), entity_id))
                self._links.append(_column(frame[column], self._names, ";", key_of))
                # Every person, unit and place, not only those some row links to: a row that only
                # names one is found by its other spellings too (see ``_mentions``).
                self._names.add(names, key_of)
        #: id → how texts name it ("Blyukher"): a row naming it counts as linking to it, so every
        #: spelling of a name finds the same rows whether the row links to it or only names it.
        self._mentions = mentions or {}
        self._mention_rows: dict[str, np.ndarray] = {}
        self._last: tuple[str, np.ndarray] | None = None

    def mask(self, text: str) -> np.ndarray:
        """Rows that contain every word of ``text`` (all rows for a blank query)."""
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        mask = np.ones(self.n_rows, dtype=bool)
        for alternatives in query_keys(text):
            # A key inside another matches a superset of its rows: the longer one adds nothing.
            mask &= self._rows_with([k for k in alternatives if not any(o != k and o in k for o in alternatives)])
        self._last = (text, mask)
        return mask

    def _rows_with(self, keys: list[str]) -> np.ndarray:
        """Rows holding any of ``keys``: the words matching any key are gathered first, so each
        column is read once per query word, however many spellings it tries."""
        hit = self._text_rows(keys)
        names = np.unique(np.concatenate([self._names.matching(k) for k in keys]))
        for column in self._links:
            hit |= column.rows_with(names)
        long_keys = [k for k in keys if len(k) >= 3]  # shorter ones are inside most names
        if long_keys:
            named = np.unique(np.concatenate([self._names.matching(k) for k in long_keys]))
            for entity_id in (self._names.words[i] for i in named):
                hit[self._naming(entity_id)] = True
        return hit

    def _text_rows(self, keys: list[str]) -> np.ndarray:
        hit = np.zeros(self.n_rows, dtype=bool)
        ids = np.unique(np.concatenate([self._words.matching(k) for k in keys]))
        if len(ids):
            for column in self._texts:
                hit |= column.rows_with(ids)
        return hit

    def _naming(self, entity_id: str) -> np.ndarray:
        """Rows whose text names the entity (every word of its mention), as row numbers."""
        if entity_id not in self._mention_rows:
            rows = np.zeros(0, dtype=np.int64)
            words = spelling_key(self._mentions.get(entity_id, "")).split()
            if words:
                mask = np.ones(self.n_rows, dtype=bool)
                for word in words:
                    mask &= self._text_rows([word])
                rows = np.flatnonzero(mask)
            self._mention_rows[entity_id] = rows
        return self._mention_rows[entity_id]
