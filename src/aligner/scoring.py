"""Scorers: how likely a group of source sentences translates a group of target sentences.

The aligner (:mod:`aligner.align`) searches for the cheapest chain of *beads*;
a scorer says what one candidate bead costs. A scorer is prepared once for a
pair of texts (:meth:`Scorer.prepare`), which is where it reads every
segment's features and precomputes what it needs, and the prepared object then
costs candidate beads by index range: ``score(i0, i1, j0, j1)`` costs the bead
holding ``source[i0:i1]`` and ``target[j0:j1]``.

The default, :class:`LexicalScorer`, adds up two kinds of evidence:

- Gale & Church's (1993) length model: the length in characters of a
  translation is roughly proportional to its original's, with a variance
  growing with the length; the ratio is estimated from the two texts' total
  lengths. Bead shapes have prior probabilities (1-1 the most likely, 2-1 and
  1-2 less so, 2-2 and omissions or additions rare).
- What the two sides share: words that translate each other (keys of a
  bilingual lexicon, see :class:`WordKeys`), cognates recognised through
  romanisation (советских ~ Soviet), and, as strong anchors, equal numbers,
  dates, names, titles and terms. A key shared by few sentences weighs more
  than a common one. A pair sharing nothing pays a penalty, so two unrelated
  sentences are better left as an omission and an addition than forced
  together.

This module holds the scorer protocols, the two scorers and their registry;
the keys live in :mod:`aligner.scoring_keys`, the length model in
:mod:`aligner.scoring_length`, and the bead cost that combines them in
:mod:`aligner.scoring_cost`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

import attrs
import regex

from .config import Config
from .errors import ConfigError
from .keys import COGNATE, Key, key
from .model import Features, Mention, Segment
from .morph import WORD_RE
from .scoring_cost import _PreparedLexical
from .scoring_keys import (
    WordKeys,
    _default_lexicon,
    _Learned,
    _Lookup,
    _memo,
    _mention_keys,
    _punctuation_keys,
    cognate_key,
    default_word_keys,
    learn_word_pairs,
)
from .scoring_length import SHAPE_PRIORS

__all__ = [
    "WordKeys",
    "Scorer",
    "PreparedScorer",
    "LexicalScorer",
    "default_word_keys",
    "LengthScorer",
    "SCORERS",
    "get_scorer",
    "basic_features",
    "cognate_key",
    "SHAPE_PRIORS",
    "learn_word_pairs",
]


@runtime_checkable
class PreparedScorer(Protocol):
    """A scorer bound to one pair of texts, costing beads by index ranges of their text segments."""

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The score of the bead holding ``source[i0:i1]`` and ``target[j0:j1]``.

        Either side may be empty (an omission or an addition), never both.
        """
        ...

    def explain(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, str]:
        """The bead's confidence in [0, 1] (higher is better) and the name of what carried it."""
        ...

    def anchors(self) -> Sequence[tuple[int, int]]:
        """Pairs ``(i, j)`` of source and target segments almost surely aligned (may be empty).

        The aligner uses them only to guess where to search; they do not force
        the result.
        """
        ...


@runtime_checkable
class Scorer(Protocol):
    """Something that costs candidate beads. ``name`` goes into the alignment's signature.

    ``higher_is_better`` tells the aligner whether it should maximise
    (``True``) or minimise (``False``) the sum of the scores of the beads.
    """

    @property
    def name(self) -> str:
        """The scorer's name in an alignment's signature."""
        ...

    @property
    def higher_is_better(self) -> bool:
        """Whether a bead with a higher score is a better bead."""
        ...

    def prepare(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        *,
        features: Mapping[str, Features],
        config: Config,
    ) -> PreparedScorer:
        """Bind the scorer to the text segments of the two sides, in order, and their features.

        ``features`` holds an entry for every segment passed.
        """
        ...


_NUMBER_RE = regex.compile(r"\d+(?:[.,]\d+)?")


def basic_features(segment: Segment) -> Features:
    """Features read from a segment's text alone: its length, words and numbers.

    A fallback for segments given without features (and for tests and
    benchmarks); :func:`aligner.features.analyse` finds much more.
    """
    from .features.values import NumberValue

    numbers = []
    for match in _NUMBER_RE.finditer(segment.text):
        value = float(match.group().replace(",", "."))
        span = segment.raw_span(match.start(), match.end())
        number = NumberValue((value,))
        numbers.append(Mention(kind="number", value=number, text=match.group(), span=span, rule="digits"))
    words = tuple(m.group().lower() for m in WORD_RE.finditer(segment.text))
    return Features(segment_id=segment.id, length=len(segment.text), numbers=tuple(numbers), words=words)


def _pair_set(pairs: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """Learned word pairs as a frozen set (the converter of ``LexicalScorer.learned_pairs``)."""
    return frozenset(pairs)


@attrs.frozen(kw_only=True)
class LexicalScorer:
    """The default scorer: Gale–Church length cost and shape priors, minus shared evidence.

    - ``lexicon``: the bilingual lexicon (``None``: the one shipped with
      aligner, or none if it is not installed).
    - ``lexical_weight``: how many nats a perfect lexical match is worth.
    - ``expected_similarity``: the similarity of a typical true pair; a pair
      sharing less pays for the difference.
    - ``cognates``: whether romanised cognates count as shared words.
    - ``punctuation``: whether shared question marks, quotes, colons … count.
    - ``gap_prior``: the probability of an omission (or an addition) of one
      segment; higher than Gale & Church's, since archival translations leave
      out more than their parliamentary proceedings did.
    - ``unrelated_penalty``: nats added to a bead whose two sides both carry
      evidence (known words, numbers, names, cognates) and share none of it
      (a shared colon or pair of quotes is no evidence), however short they are:
      a short fragment that matches nothing should not take a translation
      away from the segment that shares its words.
    - ``learned_pairs``: extra word pairs ``(Russian lemma, English stem)``
      taken as translations of each other, as :func:`learn_word_pairs` finds
      them in a first alignment (the second pass, ``Config.second_pass``).

    The defaults were calibrated on the WMT22 Russian-English test set with
    sentences joined, split, dropped and inserted at random.
    """

    lexicon: WordKeys | None = attrs.field(default=None, eq=False, repr=False)
    lexical_weight: float = 20.0
    expected_similarity: float = 0.15
    cognates: bool = True
    punctuation: bool = True
    gap_prior: float = 0.02
    unrelated_penalty: float = 3.0
    learned_pairs: frozenset[tuple[str, str]] = attrs.field(default=frozenset(), converter=_pair_set)
    higher_is_better: bool = attrs.field(default=False, init=False)

    @property
    def name(self) -> str:
        """The scorer's name in an alignment's signature."""
        parts = ["length", "lexicon"]
        if self.cognates:
            parts.append("cognates")
        parts.append("anchors")
        return "+".join(parts)

    def prepare(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        *,
        features: Mapping[str, Features],
        config: Config,
    ) -> _PreparedLexical:
        """Precompute each segment's weighted key set and the texts' length ratio."""
        lexicon = self.lexicon if self.lexicon is not None else _default_lexicon()
        learned = _Learned(lexicon, self.learned_pairs)
        # each distinct word's keys are worked out once per alignment, not once per occurrence
        src_words = _memo(functools.partial(self._word_keys, lookup=learned.source_keys))
        tgt_words = _memo(functools.partial(self._word_keys, lookup=learned.target_keys))
        # one set for the segments that give the same keys (a document repeats its lines): the
        # key sets are the largest thing an alignment holds
        alike: dict[frozenset[Key], frozenset[Key]] = {}
        one = functools.partial(_one_of, alike)
        src_keys = [one(k) for k in self._all_keys(source, features, src_words)]
        tgt_keys = [one(k) for k in self._all_keys(target, features, tgt_words)]
        alike.clear()
        return _PreparedLexical(
            source=[features[s.id] for s in source],
            target=[features[t.id] for t in target],
            src_keys=src_keys,
            tgt_keys=tgt_keys,
            word_keys=tgt_words,
            lexical_weight=self.lexical_weight,
            expected_similarity=self.expected_similarity,
            gap_prior=self.gap_prior,
            unrelated_penalty=self.unrelated_penalty,
            src_texts=[s.text for s in source],
            tgt_texts=[t.text for t in target],
        )

    def _all_keys(
        self, segments: Sequence[Segment], features: Mapping[str, Features], word_keys: _Lookup
    ) -> Iterator[frozenset[Key]]:
        """The keys of each segment, worked out once for each distinct text, words and mention
        keys: a long document repeats its lines, and a line's keys are all it says."""
        made: dict[tuple[str, tuple[str, ...], tuple[Key, ...]], frozenset[Key]] = {}
        for segment in segments:
            seg_features = features[segment.id]
            said = (segment.text, seg_features.words, tuple(_mention_keys(seg_features)))
            keys = made.get(said)
            if keys is None:
                keys = made[said] = self._keys(segment, seg_features, word_keys)
            yield keys

    def _keys(self, segment: Segment, features: Features, word_keys: _Lookup) -> frozenset[Key]:
        keys: set[Key] = set(_mention_keys(features))
        if self.punctuation:
            keys.update(_punctuation_keys(segment.text))
        for word in features.words:
            keys.update(word_keys(word))
        return frozenset(keys)

    def _word_keys(self, word: str, *, lookup: _Lookup) -> frozenset[Key]:
        """The keys one word gives: its lexicon keys and its cognate key."""
        keys = lookup(word)
        if self.cognates:
            cognate = cognate_key(word)
            if cognate:
                return keys | {key(COGNATE, cognate)}
        return keys


def _one_of(alike: dict[frozenset[Key], frozenset[Key]], keys: frozenset[Key]) -> frozenset[Key]:
    """The set equal to ``keys`` met first (``keys`` itself if none was)."""
    return alike.setdefault(keys, keys)


@attrs.frozen(kw_only=True)
class LengthScorer:
    """Gale & Church's length model with shape priors alone (no lexical evidence)."""

    higher_is_better: bool = attrs.field(default=False, init=False)
    name: str = attrs.field(default="length", init=False)

    def prepare(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        *,
        features: Mapping[str, Features],
        config: Config,
    ) -> _PreparedLexical:
        """Precompute the texts' length ratio."""
        return _PreparedLexical(
            source=[features[s.id] for s in source],
            target=[features[t.id] for t in target],
            src_keys=[frozenset()] * len(source),
            tgt_keys=[frozenset()] * len(target),
            lexical_weight=0.0,
            expected_similarity=0.0,
        )


#: Scorers by name, for the command line's ``--scorer`` choices.
SCORERS: dict[str, type[LexicalScorer] | type[LengthScorer]] = {
    "length+lexicon": LexicalScorer,
    "length": LengthScorer,
}


def get_scorer(name: str, *, lexicon: WordKeys | None = None) -> Scorer:
    """The registered scorer called ``name`` (see :data:`SCORERS`)."""
    if name == "length":
        return LengthScorer()
    if name == "length+lexicon":
        return LexicalScorer(lexicon=lexicon)
    msg = f"unknown scorer {name!r}; choose one of: {', '.join(SCORERS)}"
    raise ConfigError(msg)
