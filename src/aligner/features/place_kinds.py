"""Place names in apposition: «на аэродроме Саки», «у деревни Сосны» (``place_kinds`` of name_parts_ru.toml).

A Russian text names a place after a word for its kind, and the name stays in the nominative; a capitalised
noun there is the place's name even when it is also a common word (саки, сосны, зима).
"""

from __future__ import annotations

import functools

import regex

from ..morph import parses_of
from ..resources import data_toml

__all__ = ["after_place_kind"]

_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+$")


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
