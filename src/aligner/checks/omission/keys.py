"""Key bags: which words of a text meet a translation on the other side.

A word's keys are its lexicon entries (and, for a capitalised word, a key of its sound),
looked up through the document's :class:`aligner.analysis.WordKeys`; a text's bag is every
key its words give, and its numbers. The rules ask whether a
segment, or a part of one, meets (almost) nothing in the other side's bag.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol, TypeVar

import attrs
import regex

from ...analysis import WordKeys, number_keys
from ...keys import Key
from ...model import SOURCE, Segment, Span
from ...tokens import word_pattern, words
from .. import CheckContext
from ..name_pairs import words_of_name
from ..name_words import word_accounted

#: A lone segment of this many words or more is a whole sentence: its omission is ``major``.
SENTENCE_WORDS = 5


#: The fewest words with lexicon entries a segment needs before its lack of support counts.
MIN_KEYED = 4


#: How many words with lexicon entries a name (a capitalised word with none) is worth there.
NAME_WEIGHT = 2


DIGITS = regex.compile(r"\d+")


def word_count(text: str) -> int:
    """How many words ``text`` has: runs of letters and digits ("G7" one word, "ф. 45" two)."""
    return len(words(text, joiners="", marks=False, digits_join=True))


class TextLike(Protocol):
    @property
    def text(self) -> str: ...


TextT = TypeVar("TextT", bound=TextLike)


@attrs.frozen
class Plain:
    """A bare text, where a segment or a part of one is expected."""

    text: str


def word_key_sets(seg: TextLike, lexicon: WordKeys, side: str) -> list[frozenset[Key]]:
    """The keys of each word of ``seg`` that has any (see :class:`aligner.analysis.WordKeys`)."""
    return list(lexicon.of(seg, side).sets)


def bag(texts: Iterable[str], side: str, lexicon: WordKeys) -> frozenset[Key]:
    """Every key the words of ``texts`` give, and their numbers (see :meth:`WordKeys.bag`)."""
    return lexicon.bag(tuple(texts), side)


class _Tally:
    """Running counts over one segment's words (see :meth:`WordKeys.word_entries`): how many
    have lexicon entries, how many are names without any, how many meet the other side's keys,
    so that each part of the segment is counted in two look-ups, not by walking its words."""

    def __init__(self, seg: Segment, lexicon: WordKeys, other_keys: AbstractSet[Key]) -> None:
        self.starts: list[int] = []
        self.known, self.names, self.met = [0], [0], [0]
        for at, keys, has_entry, capital in lexicon.word_entries(seg):
            self.starts.append(at)
            self.known.append(self.known[-1] + has_entry)
            self.names.append(self.names[-1] + (capital and not has_entry))
            self.met.append(self.met[-1] + (bool(keys) and not keys.isdisjoint(other_keys)))

    def count(self, start: int, end: int) -> tuple[int, int, bool]:
        """The words starting in ``[start, end)``: those with entries, the names, whether any meets."""
        a, b = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return self.known[b] - self.known[a], self.names[b] - self.names[a], self.met[b] > self.met[a]


def unsupported(
    segments: Sequence[TextT],
    others: Sequence[Segment],
    *,
    side: str,
    lexicon: WordKeys,
    name_weight: int = 0,
) -> list[TextT]:
    """The segments of a merged bead (or the parts of run-on ones) that nothing on the other side translates.

    A segment counts when it has :data:`MIN_KEYED` words with lexicon entries
    (a name, a capitalised word with none, counting as ``name_weight`` of them:
    :data:`NAME_WEIGHT` for whole sentences, "Документ упоминает: Гавана."), none
    of them meets a key of the other side's words, and none of its numbers
    appears there.
    """
    if not segments:
        return []
    other_side = "target" if side == SOURCE else SOURCE
    other_keys = bag((o.text for o in others), other_side, lexicon)
    tallies: dict[str, _Tally] = {}
    out = []
    for seg in segments:
        whole = getattr(seg, "seg", None)
        if isinstance(whole, Segment) and whole.side == side:  # a part of a segment: count its words
            tally = tallies.get(whole.id)
            if tally is None:
                tally = tallies[whole.id] = _Tally(whole, lexicon, other_keys)
            known, names, met = tally.count(seg.start, seg.end)  # type: ignore[attr-defined]
        else:
            found = lexicon.of(seg, side)
            known, names = found.known, found.names
            met = any(k & other_keys for k in found.sets)
        if known + name_weight * names < MIN_KEYED or met:
            continue
        if number_keys(seg.text) & other_keys:
            continue
        out.append(seg)
    return out


#: With loose breaks, the part left out may have at most this share of its keyed words met
#: on the other side.
_LOOSE_SUPPORT = 0.2


def unrendered_test(
    other: Segment | Sequence[Segment],
    other_side: str,
    side: str,
    lexicon: WordKeys,
    share: float = _LOOSE_SUPPORT,
) -> Callable[[str], bool]:
    """A test that a text of ``side`` meets (almost) nothing in ``other``.

    At most ``share`` of its words with lexicon entries (two at least) may
    meet a key of the other side's words, counting its numbers found there.
    """
    others = [other] if isinstance(other, Segment) else list(other)
    found: list[frozenset[Key]] = []  # the other side's keys, looked up when first asked for

    def test(text: str) -> bool:
        keyed = word_key_sets(Plain(text), lexicon, side)
        if len(keyed) < 2:
            return False
        if not found:
            found.append(bag((o.text for o in others), other_side, lexicon))
        other_keys = found[0]
        met = sum(1 for k in keyed if k & other_keys)
        met += len(number_keys(text) & other_keys)
        return met <= share * len(keyed)

    return test


def shared_keys(a: str, a_side: str, b: str, b_side: str, lexicon: WordKeys) -> int:
    """How many lexicon keys, numbers and capitalised words (names, on a key of their
    sound, "Экспресс" and "Express") two texts share."""

    return len(bag((a,), a_side, lexicon) & bag((b,), b_side, lexicon))


def support_share(text: str, side: str, other: str, other_side: str, lexicon: WordKeys) -> float:
    """The share of the words of ``text`` with lexicon entries (and names) that meet ``other``."""
    other_keys = bag((other,), other_side, lexicon)
    keyed = word_key_sets(Plain(text), lexicon, side)
    if not keyed:
        return 0.0
    return sum(1 for k in keyed if k & other_keys) / len(keyed)


def matched_mentions(
    context: CheckContext, mine: Sequence[Segment], others: Sequence[Segment], *, case_forms: bool = False
) -> list[Span]:
    """Where ``mine`` names a name, title or term that ``others`` gives too ("НКИД" and
    "People's Commissariat for Foreign Affairs"): a part holding one is rendered. With
    ``case_forms``, a name whose every word the other side's names give in another case form or
    spelling counts too («по данным Росстата» and "according to Rosstat"): the clause rules ask
    it; a part cut at a hidden break, often just before a name, keeps to the names' keys."""
    kinds = ("names", "titles", "terms")
    theirs = {(m.kind, str(m.value)) for m in context.mentions(others, *kinds)}
    language = (context.source if mine and mine[0].side == SOURCE else context.target).language
    their_names: list[str] | None = None  # looked up when a name is first not met by its key
    out = []
    for m in context.mentions(mine, *kinds):
        if (m.kind, str(m.value)) not in theirs:
            if not case_forms or m.kind != "name":
                continue
            if their_names is None:
                their_names = [w for o in context.mentions(others, "names") for w in words_of_name(o.text)]
            if not _name_given(m.text, language, their_names):
                continue
        out.append(m.span)
    return out


def _name_given(name: str, language: str, their_names: Sequence[str]) -> bool:
    """Whether every word of ``name`` has a counterpart among the words of the other side's names,
    in another case form or spelling («по данным Росстата» and "according to Rosstat": the key of
    the genitive keeps its ending)."""
    parts = words_of_name(name)
    return bool(parts) and all(word_accounted(w, language, their_names) for w in parts)


#: The least share of a text's characters (white space aside) in words of three letters or
#: more for it to count as prose: a line of numbers, dates and abbreviations ("22.X.45 г.
#: 19 ч. 40 м.", "ф. 45, оп. 1") is rendered at any length, or not at all, as apparatus.
STRONG_LETTERS = 0.6


#: Runs of letters (:func:`aligner.tokens.tokens` with no joiners and no marks).
_LETTER_RUNS = word_pattern(joiners="", marks=False)


def wordy(text: str) -> float:
    """The share of ``text``'s characters (white space aside) in words of three letters or more."""
    solid = sum(1 for ch in text if not ch.isspace())
    return sum(len(w) for w in _LETTER_RUNS.findall(text) if len(w) >= 3) / max(1, solid)
