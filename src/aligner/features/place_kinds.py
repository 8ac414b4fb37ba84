"""Place names in apposition: «на аэродроме Саки», «у деревни Сосны» (``place_kinds`` of name_parts_ru.toml).

A Russian text names a place after a word for its kind, and the name stays in the nominative; a capitalised
noun there is the place's name even when it is also a common word (саки, сосны, зима).
"""

from __future__ import annotations

import functools

import regex

from ..morph import parses_of
from ..resources import data_toml

__all__ = ["after_place_kind", "before_region_kind"]

_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+$")
_WORD_AFTER = regex.compile(r"\s+(\p{Ll}+)")
# A Russian adjective's ending (a place adjective's: Красноярского, Булганском, Приморской)
_ADJECTIVE_END = regex.compile(r"(?:[сц]к|[ое]вск|инск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")


@functools.cache
def _place_kinds() -> frozenset[str]:
    """Lemmas of words for a kind of place a name follows in apposition."""
    return frozenset(data_toml("name_parts_ru.toml").get("place_kinds", ()))


def after_place_kind(text: str, start: int) -> bool:
    """Whether the word at ``start`` stands right after a word for a kind of place («аэродроме Саки»)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    parses = parses_of(before.group(1).lower().replace("ё", "е"))
    return bool(parses) and str(parses[0].normal_form) in _place_kinds()


@functools.cache
def _region_kinds() -> frozenset[str]:
    """Lemmas of words for a region that a place adjective stands before (``region_kinds``)."""
    return frozenset(data_toml("name_parts_ru.toml").get("region_kinds", ()))


def before_region_kind(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` is a place adjective right before a word for a kind of region
    («Красноярского края», «Булганском аймаке»): the region's name, though the adjective is a word too."""
    if not _ADJECTIVE_END.search(text[start:end].lower()):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    parses = parses_of(after.group(1).replace("ё", "е"))
    return bool(parses) and str(parses[0].normal_form) in _region_kinds()
