"""The word "head" names livestock only where it counts animals ("500 head of cattle", "thousands of head"):
the English forms ``counted_en`` of terms.toml begin a term only straight after a cardinal number or a
word of quantity (``quantity_en``), and only as written; "the head of the office", "heads of state" and
"the first head of the mission" name no livestock.
"""

from __future__ import annotations

import functools

import regex

from ..resources import data_toml
from .terms import TERMS_FILE, GlossaryEntry, Token, ordinal_keys

__all__ = ["counts"]


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
