"""Phrases of the data files (conditions, qualifiers, reported speech) looked for in a text word by
word: a text and each phrase are read as their words in lower case, е for ё, a hyphenated word as
its parts, and the phrases are indexed by their first word, so a text is read once."""

from __future__ import annotations

import functools

import regex

__all__ = ["by_first_word", "folded_words", "holds_phrase", "starts_phrase"]

#: Runs of letters, the words the phrases are matched against.
_LETTERS = regex.compile(r"\p{L}+")

Phrases = tuple[tuple[str, ...], ...]


def folded_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower case, е for ё (a hyphenated word as its parts)."""
    return tuple(w.lower().replace("ё", "е") for w in _LETTERS.findall(text))


@functools.cache
def by_first_word(phrases: Phrases) -> dict[str, Phrases]:
    """``phrases`` (each as its words) indexed by their first word: a text is read once, word by word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            index.setdefault(p[0], []).append(p)
    return {w: tuple(ps) for w, ps in index.items()}


def starts_phrase(words: tuple[str, ...], at: int, phrases: Phrases) -> bool:
    """Whether ``words`` from ``at`` on begin with one of ``phrases``."""
    if at >= len(words):
        return False
    return any(words[at : at + len(p)] == p for p in by_first_word(phrases).get(words[at], ()))


def holds_phrase(words: tuple[str, ...], phrases: Phrases) -> bool:
    """Whether one of ``phrases`` stands anywhere in ``words``."""
    index = by_first_word(phrases)
    return any(words[i : i + len(p)] == p for i, w in enumerate(words) for p in index.get(w, ()))
