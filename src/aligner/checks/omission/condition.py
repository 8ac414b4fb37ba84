"""Conditions: a clause of the original that sets one («если позволит обстановка»), and whether a
translation gives any condition at all ("if", "unless", "permitting").

A clause of condition carries no number and no name, yet it qualifies a promise or a request: a
translation that drops «, если позволит обстановка,» makes the division's march unconditional. The
words are read from ``data/conditions.toml``: the openers of a condition in the original's language
(after a joining conjunction: «а в случае отказа …»), the markers of one in the translation's.
"""

from __future__ import annotations

import functools

import regex

from ...resources import data_toml

#: Runs of letters, the words the phrases are matched against.
_LETTERS = regex.compile(r"\p{L}+")


@functools.cache
def _phrases(language: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``key`` for ``language`` in conditions.toml, each as its words."""
    table = data_toml("conditions.toml").get(language, {})
    return tuple(tuple(p.lower().replace("ё", "е").split()) for p in table.get(key, ()))


def _words(text: str) -> list[str]:
    """The words of ``text``, lower case, е for ё."""
    return [w.lower().replace("ё", "е") for w in _LETTERS.findall(text)]


def _starts(words: list[str], at: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``words`` from ``at`` on begin with one of ``phrases``."""
    return any(tuple(words[at : at + len(p)]) == p for p in phrases)


@functools.cache
def _by_first_word(language: str, key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of ``key`` by their first word: a text is scanned word by word, and only the
    phrases its word opens are tried there."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(language, key):
        if phrase:
            out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(p) for w, p in out.items()}


def _holds(text: str, language: str, key: str) -> bool:
    """Whether ``text`` holds one of the phrases of ``key`` anywhere."""
    index = _by_first_word(language, key)
    words = _words(text)
    return any(_starts(words, i, index[w]) for i, w in enumerate(words) if w in index)


def opens_condition(text: str, language: str) -> bool:
    """Whether ``text`` opens with a condition, after a joining conjunction if any («если …»,
    «а в случае отказа …»)."""
    words = _words(text)
    if not words:
        return False
    at = 1 if words[0] in {w for (w,) in _phrases(language, "joiners")} else 0
    return _starts(words, at, _phrases(language, "openers"))


@functools.lru_cache(maxsize=20_000)
def holds_condition(text: str, language: str) -> bool:
    """Whether an original's ``text`` holds the opener of a condition anywhere."""
    return _holds(text, language, "openers")


@functools.lru_cache(maxsize=20_000)
def gives_condition(text: str, language: str) -> bool:
    """Whether a translation's ``text`` gives a condition in any words ("if", "unless", "should",
    "permitting"): a dropped clause of condition may then be rendered otherwise."""
    return _holds(text, language, "markers")
