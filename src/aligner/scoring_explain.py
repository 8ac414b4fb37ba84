"""A bead's explanation in words: the strongest keys its two sides share (the rarest first, numbers,
dates, names and terms before words), each as the text writes it, grouped by kind ("numbers 1943, 25;
name Sinkiang"). Read through :mod:`aligner.scoring_cost`'s bound scorer.
"""

from __future__ import annotations

from collections.abc import Sequence

from .keys import COGNATE, DATE, LEARNED, NAME, NUMBER, PUNCTUATION, TERM, WORD, Key
from .model import Features
from .scoring_keys import _Lookup, _mention_keys, _only

__all__ = ["describe_shared"]


#: How a shared key is named in an explanation, by its kind (a learned pair is a word).
_KIND_NAMES = {
    NUMBER: ("number", "numbers"),
    DATE: ("date", "dates"),
    NAME: ("name", "names"),
    TERM: ("term", "terms"),
    COGNATE: ("cognate", "cognates"),
    PUNCTUATION: ("punctuation", "punctuation"),
    LEARNED: ("word", "words"),
    WORD: ("word", "words"),
}


#: Among equally rare keys, explanations prefer numbers, dates, names, terms, words, then the rest.
_KIND_ORDER = {NUMBER: 0, DATE: 1, NAME: 2, TERM: 3, LEARNED: 4, WORD: 4, COGNATE: 5, PUNCTUATION: 6}


#: The most pieces of shared evidence an explanation names.
_EXPLAIN_ITEMS = 5


def _kind_rank(kind: tuple[str, str]) -> int:
    """Explanations list numbers, dates, names, terms, words, cognates, then punctuation."""
    order = ["number", "date", "name", "term", "word", "cognate", "punctuation"]
    return order.index(kind[0])


def describe_shared(
    shared: set[Key], segments: Sequence[Features], word_keys: _Lookup | None, idf: dict[Key, float]
) -> str:
    """The strongest shared keys (at most :data:`_EXPLAIN_ITEMS`), as the text writes them (``segments``:
    the features of the bead's segments, the translation's first; ``idf``: each key's weight)."""
    shown: dict[Key, str] = {}
    # punctuation keys are named by their kind, never shown by a word: once every other shared
    # key has its text, the segments left cannot change what is shown
    showable = sum(1 for key in shared if key[0] != PUNCTUATION)
    for features in segments:
        if len(shown) >= showable:
            break
        for mention in features.mentions():
            for key in _mention_keys(_only(features, mention)):
                if key in shared:
                    shown.setdefault(key, mention.text)
        if word_keys is not None:
            for word in features.words:
                if len(shown) >= showable:
                    break
                hit = word_keys(word) & shared
                if hit:  # most words share nothing: nothing to sort
                    for key in sorted(hit):
                        shown.setdefault(key, word)
    ranked = sorted(shared, key=lambda k: (-idf.get(k, 0.0), _KIND_ORDER[k[0]], k))
    groups: dict[str, list[str]] = {}
    said: set[str] = set()
    for key in ranked:
        text = shown.get(key) or key[1]
        if text.lower() in said:
            continue
        said.add(text.lower())
        groups.setdefault(_KIND_NAMES[key[0]][0], []).append(text)
        if len(said) == _EXPLAIN_ITEMS:
            break
    parts = []
    for singular, plural in sorted(set(_KIND_NAMES.values()), key=_kind_rank):
        items = groups.get(singular)
        if items:
            parts.append(f"{singular if len(items) == 1 else plural} {', '.join(items)}")
    return ", ".join(parts)
