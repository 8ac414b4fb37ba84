"""A country, its people and its capital as one name across the two sides: «Украина», «украинский» and
"Ukrainian", «Киев» and "Ukraine" (``data/nationalities.toml``), for the word-level name check
(:mod:`aligner.checks.name_words`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..resources import data_toml

__all__ = ["nationality_pair"]


@functools.cache
def _nationalities() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Pairs of (Russian word starts, English words) of one country and its people."""
    out = []
    for entry in data_toml("nationalities.toml").get("country", ()):
        ru = frozenset(w.lower().replace("ё", "е") for w in entry.get("ru", ()))
        en = frozenset(w.lower() for w in entry.get("en", ()))
        out.append((ru, en))
        # a capital for its country, either way round ("Киев" and "Ukraine", "Украина" and "Kyiv")
        seat_ru = frozenset(w.lower().replace("ё", "е") for w in entry.get("seat_ru", ()))
        seat_en = frozenset(w.lower() for w in entry.get("seat_en", ()))
        if seat_ru or seat_en:
            out.extend(((seat_ru, en), (ru, seat_en), (seat_ru, seat_en)))
    return tuple(out)


_Starts = tuple[str, ...]
_Pairs = tuple[tuple[_Starts, frozenset[str]], ...]


@functools.cache
def _nationality_starts() -> tuple[dict[str, tuple[_Starts, ...]], _Pairs]:
    """:func:`_nationalities` indexed: the Russian word starts of each English word, and each
    pair's Russian starts as a tuple (``str.startswith`` takes one)."""
    by_en: dict[str, list[_Starts]] = {}
    pairs = []
    for ru, en in _nationalities():
        starts = tuple(sorted(ru))
        pairs.append((starts, en))
        for word in en:
            by_en.setdefault(word, []).append(starts)
    return {w: tuple(s) for w, s in by_en.items()}, tuple(pairs)


def nationality_pair(word: str, language: str, other_words: Sequence[str]) -> bool:
    """Whether ``word`` and a word of the other side name one country, its people or its capital."""
    low = word.lower().replace("ё", "е")
    by_en = _nationality_starts()[0]
    if language == "en":
        return any(w.startswith(starts) for starts in by_en.get(low, ()) for w in other_words)
    return any(w in en for en in _countries_of(low) for w in other_words)


@functools.lru_cache(maxsize=32_768)
def _countries_of(low: str) -> tuple[frozenset[str], ...]:
    """The English words of each country, people or capital a Russian word (in lower case) starts
    like: looked up once a word, since the checks ask for the same names sentence after sentence."""
    return tuple(en for starts, en in _nationality_starts()[1] if starts and low.startswith(starts))
