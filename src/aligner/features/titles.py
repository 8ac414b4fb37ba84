"""Ranks, offices and forms of address, from ``data/titles.toml``.

A title mention's value is a concept id (``"colonel_general"``) and its family
the group of titles it may be confused with (``"general"``). One English form
may name several concepts ("Premier" renders two offices); :func:`same_title`
decides whether two mentions can be the same title, through shared forms and
the ``broader`` relation (a colonel general may be called "General").
"""

from __future__ import annotations

import functools

import attrs
import regex

from ..model import Mention, Span
from ..resources import data_toml
from .terms import GlossaryEntry, glossary_entries
from .values import ConceptRef

__all__ = [
    "TITLES_FILE",
    "confusable_titles",
    "related_families",
    "title_entries",
    "title_concepts",
    "same_title",
    "title_label",
    "with_deputies",
]

#: The data file of ranks, offices and forms of address.
TITLES_FILE = "titles.toml"


def title_entries(language: str) -> tuple[GlossaryEntry, ...]:
    """The glossary entries of every title form in ``language``."""
    return glossary_entries(TITLES_FILE, "title", language)


@functools.cache
def _broader() -> dict[str, frozenset[str]]:
    return {c["id"]: frozenset(c.get("broader", ())) for c in data_toml(TITLES_FILE).get("concept", ())}


@functools.cache
def _confusable() -> dict[str, frozenset[str]]:
    """Each concept and the concepts of other families it may be confused with (``confusable``, both
    ways)."""
    out: dict[str, frozenset[str]] = {}
    for c in data_toml(TITLES_FILE).get("concept", ()):
        for other in c.get("confusable", ()):
            out[c["id"]] = out.get(c["id"], frozenset()) | {other}
            out[other] = out.get(other, frozenset()) | {c["id"]}
    return out


def confusable_titles(a: str, b: str) -> bool:
    """Whether the title concepts ``a`` and ``b``, of two families, are listed as confusable (a minister
    of defence and a chief of the general staff)."""
    return b in _confusable().get(a, frozenset())


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
    if mention.concept is None:
        return frozenset((str(mention.value),))
    return frozenset(mention.concept.concepts) | {str(mention.value)}


@functools.cache
def _related() -> dict[str, frozenset[str]]:
    """Each family of titles and the families one scale joins it to (``related_families``)."""
    out: dict[str, frozenset[str]] = {}
    for families in data_toml(TITLES_FILE).get("related_families", {}).values():
        for family in families:
            out[family] = out.get(family, frozenset()) | frozenset(families)
    return out


def related_families(a: str, b: str) -> bool:
    """Whether titles of families ``a`` and ``b`` may stand for one another: one family, or two
    of one scale (a lieutenant and a sergeant, a colonel and a general)."""
    return a == b or b in _related().get(a, frozenset())


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


#: The rule of a title read from "Deputy" and the title after it ("Deputy Defense Minister").
DEPUTY_RULE = "title.deputy_of"
#: The concept of a bare "Deputy" (``titles.toml``).
DEPUTY = "deputy"
# "Vice" or «вице» written onto a title the glossary lacks in that form ("вице-спикер").
_VICE = regex.compile(r"(?<![\p{L}])(?:[Вв]ице|Vice)[\s\-\u2010\u2011]+$")
# What may stand between "Deputy" and the title it qualifies: spaces, a hyphen.
_JOIN = regex.compile(r"[\s\-\u2010\u2011]*")


@functools.cache
def _deputy_of() -> dict[str, str]:
    return dict(data_toml(TITLES_FILE).get("deputy_of", {}))


@functools.cache
def _families() -> dict[str, str]:
    return {c["id"]: c.get("family", "") for c in data_toml(TITLES_FILE).get("concept", ())}


def _office_ref(mention: Mention, office: str, family: str) -> ConceptRef:
    """What a title read with the "Deputy" or "Vice" before it refers to: the deputy's office."""
    if mention.concept is None:
        return ConceptRef(concepts=(office,), family=family, source="titles")
    return attrs.evolve(mention.concept, concepts=(office,), family=family, form="")


def _deputy_office(title: Mention) -> str:
    """The concept of the deputy of ``title``'s office (a deputy minister for a defence minister)."""
    table = _deputy_of()
    return table.get(str(title.value)) or table.get(title.family) or DEPUTY


def with_deputies(mentions: list[Mention], text: str) -> list[Mention]:
    """The title mentions, with a "Deputy" written straight before another title read together
    with it as the deputy's office ("Deputy Defense Minister": a deputy minister, not a defence
    minister and a deputy). ``text`` is the text the mentions' spans point into."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    out: list[Mention] = []
    for mention in ordered:
        last = out[-1] if out else None
        if (
            last is not None
            and last.rule != DEPUTY_RULE
            and DEPUTY in title_concepts(last)
            and mention.value != DEPUTY
            and last.span.end <= mention.span.start
            and _JOIN.fullmatch(text, last.span.end, mention.span.start)
        ):
            office = _deputy_office(mention)
            family = _families().get(office, last.family)
            out[-1] = attrs.evolve(
                last,
                value=office,
                family=family,
                concept=_office_ref(last, office, family),
                text=text[last.span.start : mention.span.end],
                span=Span(last.span.start, mention.span.end),
                rule=DEPUTY_RULE,
            )
        elif (vice := _VICE.search(text, max(0, mention.span.start - 8), mention.span.start)) is not None:
            office = _deputy_office(mention)  # вице-спикер: the dictionary has no such office
            family = _families().get(office, mention.family)
            out.append(
                attrs.evolve(
                    mention,
                    value=office,
                    family=family,
                    concept=_office_ref(mention, office, family),
                    text=text[vice.start() : mention.span.end],
                    span=Span(vice.start(), mention.span.end),
                    rule=DEPUTY_RULE,
                )
            )
        else:
            out.append(mention)
    return out
