"""A clause dropped inside a sentence the translation otherwise renders: no opener, no fact.

«Вывоз семян задерживается, так как дороги размыты дождями.» rendered "The delivery of seed is
being held up.", or «Танковый полк, действовавший в первом эшелоне, прорвал оборону …» rendered
"The tank regiment broke through the defence …": the dropped part carries no number, no name, no
word of contrast or qualification, so :mod:`.lost`, :mod:`.lost_contrast` and :mod:`.qualification`
do not read it, and it is often too short for the length rules (which want four keyed words).

The evidence is read word by word: the clause is dropped when none (or, for a long one, hardly
any) of its keyed words meets the translation, the rest is rendered well enough to show that the
pair is aligned and the lexicon follows this translator, and the lengths agree: the translation is
short and fits the rest better than the whole, or it has no words left over to render the clause
freely (the rest takes its renderings first, each word of the translation rendering one word of
the original). A free rendering of the clause leaves words over in the translation, or keeps the
lengths even, so the finding is major only when the translation has no room for the clause and
the lengths point at it firmly.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ...analysis import WordKeys, number_keys
from ...model import SOURCE, Segment, Severity
from ...morph import ru_parses
from .breaks import Piece
from .clauses import clause_cuts
from .keys import word_count, word_key_sets
from .length import LengthModel, length_z
from .members import take

__all__ = [
    "INNER_KEYS",
    "INNER_REST_SUPPORT",
    "INNER_STRONG_KEYS",
    "INNER_STRONG_Z",
    "INNER_Z",
    "InnerClause",
    "dropped_clause",
    "predicate_cuts",
]

#: The fewest keyed words a dropped clause needs on the lengths' word: two («в кратчайшие сроки»)
#: are as often a turn of phrase the translator gives in words the lexicon does not link.
INNER_KEYS = 3
#: The fewest words a dropped clause needs («так как дороги размыты»: four).
INNER_WORDS = 3
#: The largest share of its sentence's words a dropped clause may hold: the rest must show the pair.
INNER_SHARE = 0.7
#: The fewest keyed words the rest of the sentence needs, and the least share of them the
#: translation must render (as for a lost fact).
INNER_REST_KEYS = 3
INNER_REST_SUPPORT = 0.5
#: How short (standard deviations of the length model) the translation must be for a clause to be
#: dropped at all, and for a major finding.
INNER_Z = 0.5
INNER_STRONG_Z = 1.0
#: The fewest keyed words none of which the translation renders for a major finding.
INNER_STRONG_KEYS = 3
#: The fewest words a clause of fewer keyed words needs («не получившие авансов на трудодни»).
INNER_WEAK_WORDS = 4
#: How short the translation must be for a clause of one keyed word.
INNER_WEAK_Z = 2.0
#: The fewest letters of a word the lexicon does not know for it to count as a content word.
_CONTENT_LETTERS = 4
#: The most clause boundaries of a sentence the rule reads (runs grow with their square).
_MAX_CUTS = 12

#: A word, for the second predicates.
_WORD = regex.compile(r"\w+")
_LETTERS = regex.compile(r"\p{L}+")


@functools.lru_cache(maxsize=20_000)
def _verb(word: str) -> bool:
    """Whether a Russian word reads first as a finite verb or an infinitive («приказал», «добиться»)."""
    parses = ru_parses(word)
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN")


def predicate_cuts(text: str) -> list[int]:
    """Where a second predicate joined by «и» opens with no comma before it: «… выехал в район и
    приказал усилить охрану складов» is cut before «и» (a conjunction right before a verb)."""
    found = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    return [
        start
        for i, (start, end, w) in enumerate(found[:-1])
        if i and w == "и" and text[end : found[i + 1][0]].isspace() and _verb(found[i + 1][2])
    ]


@attrs.frozen
class InnerClause:
    """A clause dropped inside a 1-1 pair, and how sure the rule is of it."""

    piece: Piece
    severity: Severity


def _pieces(seg: Segment) -> list[Piece]:
    """Each run of consecutive clauses of ``seg`` (cut as :func:`.clauses.clauses` cuts, and before a
    second predicate) short of the whole."""
    cuts = sorted({*clause_cuts(seg.text), *predicate_cuts(seg.text)})
    if len(cuts) <= 2 or len(cuts) > _MAX_CUTS:
        return []
    whole = (0, len(seg.text))
    return [
        Piece(seg, a, b, clause=True) for i, a in enumerate(cuts) for b in cuts[i + 1 :] if (a, b) != whole
    ]


def _named(text: str) -> bool:
    """Whether ``text`` (a clause inside a sentence) holds a capitalised word (a name, whose loss
    the name and lost-fact rules judge) or a bracket (a gloss or an aside, which :mod:`.expansions`
    and the length rules judge)."""
    return "(" in text or ")" in text or any(m.group()[:1].isupper() for m in _WORD.finditer(text))


def _room(
    rest: Sequence[frozenset], theirs: Sequence[frozenset], their_bag: frozenset, unknown: int
) -> float:
    """How many words the translation has left over to render a clause freely: its keyed words the
    rest of the sentence (``rest``, keyed words) does not take, and its content words the lexicon
    does not know beyond ``unknown`` (the rest's), less the rest's keyed words it does not render
    (each side's words the lexicon does not link)."""
    used = [False] * len(theirs)
    take(rest, theirs, used)
    unrendered = sum(1 for k in rest if not k & their_bag)
    return used.count(False) + unknown - unrendered


def _unknown(text: str, lexicon: WordKeys, side: str) -> int:
    """How many words of ``text`` of :data:`_CONTENT_LETTERS` letters or more have no lexicon keys."""
    keys = lexicon.source_keys if side == SOURCE else lexicon.target_keys
    return sum(
        1 for m in _LETTERS.finditer(text) if len(m.group()) >= _CONTENT_LETTERS and not keys(m.group())
    )


def dropped_clause(
    mine: Sequence[Segment], others: Sequence[Segment], *, lexicon: WordKeys, model: LengthModel
) -> InnerClause | None:
    """The run of clauses of a one-sentence original ``mine`` that the one-sentence translation
    ``others`` leaves out, or ``None``: :data:`INNER_WORDS` words or more (at most
    :data:`INNER_SHARE` of the sentence), no number the translation gives and no capitalised word,
    :data:`INNER_KEYS` keyed words or more, of which none (a quarter, for four or more) meets the
    translation; the rest has :data:`INNER_REST_KEYS`
    keyed words or more and the translation renders :data:`INNER_REST_SUPPORT` of them; the
    translation is short by :data:`INNER_Z` or more, and it fits the rest better than the whole or
    has no room to render the clause freely (:func:`_room`: at most half a word a keyed word of the
    clause). A clause of fewer keyed words and :data:`INNER_WEAK_WORDS` words or more counts when the
    translation is short by :data:`INNER_WEAK_Z`, fits the rest better and has room for one word at most.
    Major when :data:`INNER_STRONG_KEYS` keyed words or more find nothing at all, the translation is
    short by :data:`INNER_STRONG_Z`, fits the rest better and has no room; else minor. The clause
    with the most unrendered keyed words is returned."""
    if len(mine) != 1 or len(others) != 1:
        return None
    seg, other = mine[0], others[0]
    if seg.side != SOURCE or not seg.is_text or not other.is_text:
        return None
    whole_z = length_z(len(seg.text), len(other.text), SOURCE, model)
    if whole_z > -INNER_Z:
        return None  # the translation is not short: it has room for every clause
    total = word_count(seg.text)
    entries = lexicon.word_entries(seg)
    theirs = word_key_sets(other, lexicon, "target")
    their_bag = frozenset(k for keys in theirs for k in keys)
    their_numbers = number_keys(other.text)
    their_unknown = _unknown(other.text, lexicon, "target")
    best: tuple[tuple[int, int], InnerClause] | None = None
    for piece in _pieces(seg):
        text = piece.text
        words = word_count(text)
        if words < INNER_WORDS or words > total * INNER_SHARE or _named(text):
            continue
        if number_keys(text) & their_numbers:
            continue
        inside = [k for at, k, _e, _c in entries if k and piece.start <= at < piece.end]
        weak = len(inside) < INNER_KEYS
        if not inside or (weak and words < INNER_WEAK_WORDS):
            continue
        outside = [k for at, k, _e, _c in entries if k and not piece.start <= at < piece.end]
        rendered = sum(1 for k in outside if k & their_bag)
        if len(outside) < INNER_REST_KEYS or rendered < INNER_REST_SUPPORT * len(outside):
            continue
        # a word the rest has taken may render the clause's too («двух» takes "both", which renders
        # «оба»): each word of the clause is read against the whole translation
        met = sum(1 for k in inside if k & their_bag)
        if met > len(inside) // 4:
            continue
        rest = seg.text[: piece.start] + " " + seg.text[piece.end :]
        rest_z = length_z(len(seg.text) - len(piece.text), len(other.text), SOURCE, model)
        fits = abs(rest_z) < abs(whole_z)
        unknown = max(0, their_unknown - _unknown(rest, lexicon, SOURCE))
        room = _room(outside, theirs, their_bag, unknown)
        roomless = room <= len(inside) / 2
        if weak and not (fits and room <= 1 and whole_z <= -INNER_WEAK_Z):
            continue
        if not (fits or roomless):
            continue  # the translation fits the whole as well and has words to give the clause freely
        unmet = len(inside) - met
        strong = unmet >= INNER_STRONG_KEYS and not met and whole_z <= -INNER_STRONG_Z and fits and roomless
        found = InnerClause(piece, Severity.MAJOR if strong else Severity.MINOR)
        rank = (unmet, -met)
        if best is None or rank > best[0]:
            best = (rank, found)
    return best[1] if best else None
