"""Ranks, offices and forms of address, from ``data/titles.toml``.

A title mention's value is a concept id (``"colonel_general"``) and its family
the group of titles it may be confused with (``"general"``). One English form
may name several concepts ("Premier" renders two offices); :func:`same_title`
decides whether two mentions can be the same title, through shared forms and
the ``broader`` relation (a colonel general may be called "General").
"""

from __future__ import annotations

import functools

from ..model import Mention
from ..resources import data_toml
from .terms import GlossaryEntry, glossary_entries

__all__ = ["TITLES_FILE", "title_entries", "title_concepts", "same_title", "title_label"]

#: The data file of ranks, offices and forms of address.
TITLES_FILE = "titles.toml"


def title_entries(language: str) -> tuple[GlossaryEntry, ...]:
    """The glossary entries of every title form in ``language``."""
    return glossary_entries(TITLES_FILE, "title", language)


@functools.cache
def _rule_concepts() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for language in ("ru", "en"):
        for entry in title_entries(language):
            out[rule_of(entry)] = entry.concepts
    return out


@functools.cache
def _broader() -> dict[str, frozenset[str]]:
    return {c["id"]: frozenset(c.get("broader", ())) for c in data_toml(TITLES_FILE).get("concept", ())}


@functools.cache
def _labels() -> dict[str, str]:
    out = {}
    for c in data_toml(TITLES_FILE).get("concept", ()):
        en = c.get("en", ())
        out[c["id"]] = en[0] if en else c["id"].replace("_", " ")
    return out


def rule_of(entry: GlossaryEntry) -> str:
    """The rule name recorded on a mention found through ``entry`` (file, language and form)."""
    return f"{TITLES_FILE}:{entry.language}:{entry.form}"


def title_concepts(mention: Mention) -> frozenset[str]:
    """Every concept the words of a title mention may name (its value at least)."""
    return frozenset(_rule_concepts().get(mention.rule, ())) | {str(mention.value)}


def _compatible(a: str, b: str) -> bool:
    broader = _broader()
    return a == b or b in broader.get(a, ()) or a in broader.get(b, ())


def same_title(a: Mention, b: Mention) -> bool:
    """Whether two title mentions may render one title (one concept, a shared form, or broader)."""
    ca, cb = title_concepts(a), title_concepts(b)
    return any(_compatible(x, y) for x in ca for y in cb)


def title_label(concept: str) -> str:
    """The English name of a title concept, for messages (``"Colonel General"``)."""
    return _labels().get(concept, concept.replace("_", " "))
