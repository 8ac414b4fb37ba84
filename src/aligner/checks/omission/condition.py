"""Conditions: a clause of the original that sets one («если позволит обстановка»), and whether a
translation gives any condition at all ("if", "unless", "permitting").

A clause of condition carries no number and no name, yet it qualifies a promise or a request: a
translation that drops «, если позволит обстановка,» makes the division's march unconditional. The
words are read from ``data/conditions.toml``: the openers of a condition in the original's language
(after a joining conjunction: «а в случае отказа …»), the markers of one in the translation's.
"""

from __future__ import annotations

import functools

from ...resources import data_toml
from .phrases import folded_words, holds_phrase, starts_phrase


@functools.cache
def _phrases(language: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``key`` for ``language`` in conditions.toml, each as its words."""
    table = data_toml("conditions.toml").get(language, {})
    return tuple(tuple(p.lower().replace("ё", "е").split()) for p in table.get(key, ()))


def _holds(text: str, language: str, key: str) -> bool:
    """Whether ``text`` holds one of the phrases of ``key`` anywhere."""
    return holds_phrase(folded_words(text), _phrases(language, key))


def opens_condition(text: str, language: str) -> bool:
    """Whether ``text`` opens with a condition, after a joining conjunction if any («если …»,
    «а в случае отказа …»)."""
    words = folded_words(text)
    if not words:
        return False
    at = 1 if words[0] in {w for (w,) in _phrases(language, "joiners")} else 0
    return starts_phrase(words, at, _phrases(language, "openers"))


@functools.lru_cache(maxsize=20_000)
def holds_condition(text: str, language: str) -> bool:
    """Whether an original's ``text`` holds the opener of a condition anywhere."""
    return _holds(text, language, "openers")


@functools.lru_cache(maxsize=20_000)
def gives_condition(text: str, language: str) -> bool:
    """Whether a translation's ``text`` gives a condition in any words ("if", "unless", "should",
    "permitting"): a dropped clause of condition may then be rendered otherwise."""
    return _holds(text, language, "markers")
