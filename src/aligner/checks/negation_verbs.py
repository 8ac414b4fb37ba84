"""The evidence the negation rules (:mod:`aligner.checks.negation`) weigh beyond the lexicon's entry for a
negated verb: its counterpart found another way, and the negative words of the translation that render
other words of the original.

- A prefixed verb the lexicon does not list is looked up by its unprefixed verb (засеять: сеять, "sow").
- A verb found neither way is confirmed by elimination: in a one-to-one bead, the one past form of a verb
  in the translation ("appeared", "found") that renders no word of the original stands for it, unless a
  particle after it makes an idiom of its own ("kept out of": «не вмешивался»).
- A negative word of the translation is taken for a rendering of the original's own negative words
  («без», «отсутствие», «срыв»; ``rendered_negatives`` in ``negation.toml``) when the original has as many
  of those and it does not govern the verb ("did not", "failed to" before it): "without good reason"
  renders «без уважительных причин», not the «не» of «не явился».
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from ..morph import ru_parses
from ..resources import data_text, data_toml

__all__ = ["base_verb_keys", "own_negatives", "sole_unmatched_verb"]

Keys = Callable[[str, str], frozenset]

#: The shortest unprefixed verb looked up (a longer prefix leaves no verb: «от-казать»).
_MIN_BASE = 4
#: The shortest English regular past form ("used" is too short to tell from an adjective).
_MIN_PAST = 5


@functools.cache
def _prefixes() -> tuple[str, ...]:
    return tuple(sorted(data_toml("negation.toml")["ru"]["verb_prefixes"], key=len, reverse=True))


@functools.cache
def _irregular_past() -> frozenset[str]:
    """The irregular past forms of English verbs (``irregular_en.txt``, its verbs' section)."""
    out: set[str] = set()
    in_verbs = False
    for line in data_text("irregular_en.txt").splitlines():
        if line.startswith("#"):
            in_verbs = line.lower().startswith("# verbs")
            continue
        if in_verbs and line.split():
            out.add(line.split()[0])
    return frozenset(out)


def base_verb_keys(word: str, keys: Keys, side: str) -> frozenset:
    """The lexicon keys of a Russian verb's unprefixed verb (засеял: сеять), when the verb itself
    has none."""
    parses = ru_parses(word)
    if not parses or str(parses[0].tag.POS) not in ("VERB", "INFN"):
        return frozenset()
    lemma = parses[0].normal_form
    for prefix in _prefixes():
        rest = lemma[len(prefix) :]
        if lemma.startswith(prefix) and len(rest) >= _MIN_BASE:
            found = keys(rest, side)
            if found:
                return found
    return frozenset()


def _past_form(word: str) -> bool:
    w = word.lower()
    return word[:1].islower() and ((w.endswith("ed") and len(w) >= _MIN_PAST) or w in _irregular_past())


@functools.cache
def _phrasal_particles() -> frozenset[str]:
    return frozenset(data_toml("negation.toml")["en"]["phrasal_particles"])


def sole_unmatched_verb(their_words: Sequence[str], my_bag: frozenset, keys: Keys, side: str) -> int | None:
    """The index of the one English past form among ``their_words`` that renders no word of the
    original (whose keys are ``my_bag``), if there is exactly one; a verb with a particle after it
    ("kept out of") is an idiom of its own and stands for nothing by elimination."""
    found = [
        n for n, w in enumerate(their_words) if _past_form(w) and (k := keys(w, side)) and not k & my_bag
    ]
    if len(found) != 1:
        return None
    after = their_words[found[0] + 1].lower() if found[0] + 1 < len(their_words) else ""
    return None if after in _phrasal_particles() else found[0]


@functools.cache
def _own_negative() -> tuple[frozenset[str], tuple[str, ...]]:
    ru = data_toml("negation.toml")["ru"]
    return frozenset(ru["rendered_negatives"]), tuple(ru["rendered_negative_starts"])


def own_negatives(my_words: Sequence[str], tested: Sequence[str]) -> int:
    """How many words of the original (lower case) are negative words English renders by a negative
    word of its own («без»: "without", «отсутствие»: "lack", «срыв»: "failure"), the negation under
    test (``tested``) not counted."""
    words, starts = _own_negative()
    return sum(1 for w in my_words if w not in tested and (w in words or w.startswith(starts)))
