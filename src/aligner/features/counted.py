"""Where a term's word names its concept only by what stands before it.

The word "head" names livestock only where it counts animals ("500 head of cattle", "thousands of head"):
the English forms ``counted_en`` of terms.toml begin a term only straight after a cardinal number or a
word of quantity (``quantity_en``), and only as written; "the head of the office", "heads of state" and
"the first head of the mission" name no livestock. A word that is also a verb (``noun_en``: "grant") names
its concept only as a noun: after an article, a determiner, an adjective or a figure ("a long-term grant",
"the grants"), not after its subject or "to" ("the bank grants loans", "to grant a credit"). A term of a
family counted in sums (``sum_families``: currencies) straight after a figure is the number check's
("40 млн. рублей" against "40 million dollars" is ``number.unit_changed``), so it begins no term there.
"""

from __future__ import annotations

import functools

import regex

from ..cache import cached_on_disk
from ..resources import data_toml
from .terms import TERMS_FILE, GlossaryEntry, Token, ordinal_keys

__all__ = ["counts", "as_noun", "in_a_sum"]


def counts(text: str, token: Token, entry: GlossaryEntry) -> bool:
    """Whether an English term entry may begin at ``token``: a form listed as ``counted_en`` in
    terms.toml ("head") names its concept only as written (no plural: "two heads of state") and
    straight after a number or a word of quantity."""
    form = entry.form.lower()
    if len(entry.keys) > 1 or form not in _counted_forms():
        return True
    return token.text.lower() == form and _count_before().search(text, 0, token.start) is not None


@functools.cache
def _counted_forms() -> frozenset[str]:
    return frozenset(f.lower() for f in data_toml(TERMS_FILE).get("counted_en", ()))


@functools.cache
def _count_before() -> regex.Pattern[str]:
    """A number (figures, but no year: "in 1950 head of the office"; or cardinal words above one: not
    "the first head") or a word of quantity, and a space, at the end of a text."""
    from .numbers import number_words  # the number words load through this module's package

    cardinals = [w for w, value in number_words("en").items() if not ordinal_keys(w, "en") and value > 1]
    words = [*cardinals, *data_toml(TERMS_FILE).get("quantity_en", ())]
    spelt = (r"\s+".join(map(regex.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    alternatives = "|".join(spelt)
    figures = r"(?<![\d,.])(?!(?:1[6-9]|20)\d\d\s)\d[\d,.]*"
    return regex.compile(rf"(?:{figures}|(?<!\p{{L}})(?:{alternatives}))\s+$", regex.IGNORECASE)


#: The words before a noun that make it one: articles, determiners, possessives.
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "such",
        "any",
        "no",
        "each",
        "every",
        "another",
        "other",
        "first",
        "second",
        "new",
        "further",
        "additional",
    ]
)
#: Endings of English adjectives ("financial", "economic", "monetary", "repayable", "long-term").
_ADJECTIVE_END = regex.compile(r"(?:al|ic|ary|ive|ous|able|ible|ful|less|ed)$")


def as_noun(text: str, token: Token, entry: GlossaryEntry) -> bool:
    """Whether an English term entry may begin at ``token``: a form listed as ``noun_en`` in terms.toml
    ("grant") names its concept only where it stands as a noun, after an article, a determiner, an
    adjective (a hyphened word too: "long-term"), a figure or a word of quantity, or before "of" ("grants of
    10 million")."""
    form = entry.form.lower()
    if len(entry.keys) > 1 or form not in _noun_forms():
        return True
    before = regex.search(r"([\p{L}\d][\p{L}\d\-]*)\s+$", text[: token.start])
    word = before.group(1).lower() if before else ""
    if word in _DETERMINERS or "-" in word or word[:1].isdigit() or _ADJECTIVE_END.search(word):
        return True
    if _count_before().search(text, 0, token.start) is not None:
        return True
    return regex.match(r"\p{L}+\s+of\b", text[token.start :], regex.IGNORECASE) is not None


@functools.cache
def _noun_forms() -> frozenset[str]:
    return frozenset(f.lower() for f in data_toml(TERMS_FILE).get("noun_en", ()))


def in_a_sum(text: str, token: Token, entry: GlossaryEntry) -> bool:
    """Whether a term entry of a family counted in sums (``sum_families`` in terms.toml: currencies) stands at
    ``token`` straight after a figure or a number word, an adjective between allowed ("160 млн. советских
    рублей", "40 million US dollars"): the sum is the number check's."""
    if entry.family not in _sum_families():
        return False
    return _figure_before(entry.language).search(text, 0, token.start) is not None


@functools.cache
def _sum_families() -> frozenset[str]:
    return frozenset(data_toml(TERMS_FILE).get("sum_families", ()))


@cached_on_disk("figure-before")
def _figure_before(language: str) -> regex.Pattern[str]:
    """A figure or a number word (a scale abbreviation with its period: «млн.»), an optional word between,
    and a space, at the end of a text."""
    from .numbers import number_words

    words = sorted(number_words(language), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words)
    number = rf"(?:\d[\d,.]*|(?<!\p{{L}})(?:{alternatives})(?!\p{{L}})\.?)"
    return regex.compile(rf"{number}\s+(?:\p{{L}}{{2,}}\.?\s+)?$", regex.IGNORECASE)
