"""Reported speech: a clause of the original that only says who spoke.

«Циклон принесет мокрый снег, сообщили в Гидрометцентре.» rendered "The cyclone will bring sleet,
the Hydrometeorological Centre said.": the clause «сообщили в Гидрометцентре» names a body the
name check may fail to match (a compound abbreviation, a name given by its sense), yet the
translation reports the speech ("said") and so gives its speaker in some words. Such a clause is
the speaker's place, as the opening «Гарриман заявил, …» is, not a fact left out. The words are
read from ``data/reported_speech.toml``.
"""

from __future__ import annotations

import functools

from ...resources import data_toml
from .phrases import folded_words, holds_phrase, starts_phrase

__all__ = ["opens_speech", "reports_speech"]

#: The endings a past-tense verb of saying takes besides the masculine (сказала, сказали, сказало).
_PAST_ENDINGS = ("", "а", "и", "о")


@functools.cache
def _phrases(language: str) -> tuple[tuple[str, ...], ...]:
    """The verbs and phrases of ``language`` that say who spoke (the original's), or report
    speech (the translation's), each as its words."""
    table = data_toml("reported_speech.toml").get(language, {})
    out: list[tuple[str, ...]] = [(v + e,) for v in table.get("past", ()) for e in _PAST_ENDINGS]
    out += [folded_words(p) for p in (*table.get("other", ()), *table.get("markers", ()))]
    return tuple(p for p in out if p)


@functools.cache
def _before(language: str) -> frozenset[str]:
    return frozenset(data_toml("reported_speech.toml").get(language, {}).get("before", ()))


def opens_speech(text: str, language: str) -> bool:
    """Whether ``text`` (a clause, dashes and commas before it aside) opens with a verb of saying or
    a phrase of attribution («сказал он», «как сообщили в ведомстве», «по словам министра»)."""
    words = folded_words(text)
    at = 1 if words and words[0] in _before(language) else 0
    return starts_phrase(words, at, _phrases(language))


def reports_speech(text: str, language: str) -> bool:
    """Whether ``text`` (the translation's) holds a word or phrase that reports speech ("said",
    "according to")."""
    return holds_phrase(folded_words(text), _phrases(language))
