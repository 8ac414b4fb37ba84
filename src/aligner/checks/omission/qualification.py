"""Qualifications: a clause of the original that gives a reason, a reservation, a limit or an explanation («…,
поскольку мост разрушен», «…, хотя это нелегко», «… впредь до особого решения», «…, по
возможности из опытных»), and whether a translation gives one of the same kind at all.

Such a clause carries no number and no name, yet it narrows or explains what the sentence says: a
translation that drops «впредь до окончания ремонта» makes a temporary closure permanent. The
words are read from ``data/qualifiers.toml``, by kind (reason, concession, time, extent, exception,
explanation): the openers of a qualification in the original's language (after a joining conjunction:
«и пока не …»), the markers of one in the translation's. A qualification of one kind is lost only when the
translation gives none of that kind ("until" renders «впредь до», not «поскольку»).
"""

from __future__ import annotations

import functools

import regex

from ...morph import ru_parses
from ...resources import data_toml
from .phrases import by_first_word, folded_words, holds_phrase, starts_phrase

__all__ = [
    "holds_qualification",
    "interrupted_qualification",
    "lost_qualification",
    "opens_qualification",
    "qualifier_openers",
    "qualifier_starts",
    "qualifier_wholes",
]

#: Runs of letters (with their offsets: where a qualification's opener ends).
_LETTERS = regex.compile(r"\p{L}+")


@functools.cache
def _table(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of each kind for ``language`` in qualifiers.toml, each as its words."""
    table = data_toml("qualifiers.toml").get(language, {})
    return {kind: tuple(folded_words(p) for p in phrases) for kind, phrases in table.items()}


#: The entries of the table that are no kind of qualification: the joining conjunctions, and the
#: phrases complete in themselves (each is listed under its kind as well).
_NOT_KINDS = frozenset(("joiners", "whole"))


def _kinds(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The kinds of qualification and their phrases (the joiners and the wholes are none)."""
    return {k: v for k, v in _table(language).items() if k not in _NOT_KINDS}


def opens_qualification(text: str, language: str) -> str:
    """The kind of qualification ``text`` opens with, after a joining conjunction if any («хотя
    …», «и пока не …»: "concession", "time"), or "" if none."""
    words = folded_words(text)
    if not words:
        return ""
    joiners = {p[0] for p in _table(language).get("joiners", ()) if len(p) == 1}
    at = 1 if words[0] in joiners else 0
    kind = next((kind for kind, phrases in _kinds(language).items() if starts_phrase(words, at, phrases)), "")
    if (
        kind == "concession"
        and language == "ru"
        and _imperative(words[_opener_length(words, language) :][:1])
    ):
        return ""  # «хоть убейте», «хоть режь»: an emphatic idiom ("for the life of me"), no concession
    return kind


def _imperative(words: tuple[str, ...]) -> bool:
    """Whether the (first) word is a Russian verb in the imperative («убейте», «режь»)."""
    parses = ru_parses(words[0]) if words else ()
    return bool(parses) and "impr" in parses[0].tag


def _opener_length(words: tuple[str, ...], language: str) -> int:
    """How many of ``words`` the opener of a qualification takes (a joining conjunction with it),
    or 0 if they open none."""
    joiners = {p[0] for p in _table(language).get("joiners", ()) if len(p) == 1}
    at = 1 if words and words[0] in joiners else 0
    for phrases in _kinds(language).values():
        for p in by_first_word(phrases).get(words[at], ()) if at < len(words) else ():
            if words[at : at + len(p)] == p:
                return at + len(p)
    return 0


def interrupted_qualification(text: str, language: str) -> bool:
    """Whether ``text`` (a clause cut at commas) is the opener of a qualification and a
    parenthesis alone, the statement still to come («поскольку, по ее мнению,» before «суд не дал
    оценки …»): a comma right after the opener, and one at the end. The qualification is the run
    with the clause after it, to be judged whole."""
    words = folded_words(text)
    n = _opener_length(words, language)
    if not n or not text.rstrip().endswith(","):
        return False
    found = list(_LETTERS.finditer(text))
    return text[found[n - 1].end() :].lstrip().startswith(",")


@functools.lru_cache(maxsize=20_000)
def holds_qualification(text: str, language: str) -> frozenset[str]:
    """The kinds of qualification whose opener stands anywhere in ``text`` (the original's), or
    whose marker does (the translation's)."""
    words = folded_words(text)
    return frozenset(kind for kind, phrases in _kinds(language).items() if holds_phrase(words, phrases))


def lost_qualification(text: str, other: str, source: str, target: str) -> bool:
    """Whether ``text`` (a clause of the original) opens with a qualification of a kind that
    ``other`` (the translation beside it) gives none of."""
    kind = opens_qualification(text, source)
    return bool(kind) and kind not in holds_qualification(other, target)


@functools.cache
def qualifier_openers(language: str) -> tuple[tuple[str, ...], ...]:
    """The openers of a qualification of every kind, each as its words: after a conjunction one
    starts a clause with no comma before it («… и пока не дает ответа …»)."""
    return tuple(p for phrases in _kinds(language).values() for p in phrases if p)


@functools.cache
def qualifier_wholes(language: str) -> tuple[tuple[str, ...], ...]:
    """The qualifications that are adverbial phrases complete in themselves («в ближайшие дни», «в
    кратчайший срок»), each as its words: a clause ends after one as well as starting before it."""
    return tuple(p for p in _table(language).get("whole", ()) if p)


@functools.cache
def qualifier_starts(language: str) -> tuple[tuple[str, ...], ...]:
    """The openers of several words («впредь до», «по крайней мере»): each starts a clause even
    with no comma before it («… закрыть склад впредь до окончания ремонта»)."""
    return tuple(p for phrases in _kinds(language).values() for p in phrases if len(p) > 1)
