"""Short sentences that state a fact: «Погибли 3 военнослужащих.», «Шеху с этим согласился.».

A lone segment shorter than :data:`.keys.SENTENCE_WORDS` words is taken for a fragment
(a deadline after a dash, «Срок - 15 дней.», a line a translator joined to the item
before it) and reported as ``minor``. But a sentence of three or four words with a
predicate of its own (a verb, «нужны») that gives a number or a date or names someone
(«Учебники нужны к маю.») says something a reader must not lose: left untranslated, it
is a ``major`` omission.
"""

from __future__ import annotations

import regex

from ...features.date_values import month_forms
from ...model import Segment
from ...morph import ru_parses
from ...tokens import words
from ...translit import name_key
from .. import CheckContext
from ..name_pairs import words_of_name
from .keys import SENTENCE_WORDS, word_count
from .lost import is_reference

__all__ = ["short_fact", "SHORT_FACT_WORDS"]

#: The fewest words (initials aside) of a short sentence that states a fact.
SHORT_FACT_WORDS = 3

#: An initial: a capital letter and a period ("М. А."), no word of the sentence.
_INITIAL = regex.compile(r"(?<![\p{L}\d])\p{Lu}\.")

#: A sentence: opens with a capital letter, ends with a full stop, "!" or "?".
_SENTENCE = regex.compile(r"^\p{Lu}.*[.!?]$", regex.DOTALL)


#: pymorphy3's tags of a predicate: a finite verb (погибли), a short participle (ранены), a short
#: adjective (нужны, готов).
_PREDICATES = ("VERB", "PRTS", "ADJS")


def _has_verb(text: str) -> bool:
    """Whether a word of ``text`` reads first as a predicate (:data:`_PREDICATES`)."""
    for word in words(text):
        parses = ru_parses(word.lower())
        if parses and any(tag in parses[0].tag for tag in _PREDICATES):
            return True
    return False


def _named_elsewhere(context: CheckContext, seg: Segment) -> bool:
    """Whether a capitalised word of ``seg`` is a word of a name the original gives elsewhere:
    «Шеху» opening «Шеху с этим согласился.» after «Мехмет Шеху» (a name that opens a sentence
    is not taken for one on its own shape)."""
    capitalised = {name_key(w) for w in words(seg.text) if w[:1].isupper() and len(w) > 1}
    if not capitalised:
        return False
    others = [s for s in context.source.segments if s.id != seg.id]
    return any(
        name_key(w) in capitalised for m in context.mentions(others, "names") for w in words_of_name(m.text)
    )


def _states_a_fact(context: CheckContext, seg: Segment) -> bool:
    """Whether ``seg`` gives a number (no reference) or a date (a month alone: «к сентябрю»), or
    names a person or a place."""
    if context.mentions([seg], "names", "dates"):
        return True
    months = month_forms(context.source.language)
    if any(w.lower().replace("ё", "е") in months for w in words(seg.text)):
        return True
    if any(not is_reference(m) for m in context.mentions([seg], "numbers")):
        return True
    return _named_elsewhere(context, seg)


def short_fact(context: CheckContext, seg: Segment) -> bool:
    """Whether the original's segment ``seg`` is a short running sentence that states a fact:
    :data:`SHORT_FACT_WORDS` words or more (initials aside) but fewer than
    :data:`.keys.SENTENCE_WORDS`, a capital and a full stop, a predicate, and a number, a date or a name."""
    if not seg.is_text or seg.kind != "text":
        return False
    text = seg.text.strip()
    count = word_count(text) - len(_INITIAL.findall(text))
    if not SHORT_FACT_WORDS <= count < SENTENCE_WORDS or not _SENTENCE.match(text):
        return False
    return _has_verb(text) and _states_a_fact(context, seg)
