"""The cost of a bead: the length model and shared lexical keys combined, and its explanation.

:class:`_PreparedLexical` is :class:`aligner.scoring.LexicalScorer` (and
:class:`aligner.scoring.LengthScorer`) bound to two texts: it weighs each key
by its rarity, costs candidate beads (shape prior, Gale–Church length cost,
minus the weighted overlap of their keys), explains a chosen bead in words
(:mod:`aligner.scoring_explain`), and finds the anchor pairs the aligner's band search starts from
(:mod:`aligner.scoring_anchors`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .keys import ANCHOR_KINDS, PUNCTUATION, Key
from .model import Features
from .scoring_anchors import anchor_pairs, once_only_pairs
from .scoring_contrast import SPLIT_AT_CONTRAST, contrast_marks
from .scoring_explain import describe_shared
from .scoring_keys import _Lookup
from .scoring_length import _RATIO_PRIOR_CHARS, _SQRT2, GC_VARIANCE, SHAPE_PRIORS, _length_cost, _prior

__all__: list[str] = []

_sqrt = math.sqrt
_erfc = math.erfc
_log = math.log


#: Weight of an anchor key (number, date, name, title, term) relative to a word key.
_ANCHOR_WEIGHT = 2.5


def _cumulative(values: Sequence[float]) -> list[float]:
    """Prefix sums: ``out[k]`` is the sum of ``values[:k]``."""
    out = [0.0]
    total = 0.0
    for value in values:
        total += value
        out.append(total)
    return out


class _PreparedLexical:
    """The default scorer bound to two texts (see :class:`LexicalScorer`)."""

    def __init__(
        self,
        *,
        source: Sequence[Features],
        target: Sequence[Features],
        src_keys: list[frozenset[Key]],
        tgt_keys: list[frozenset[Key]],
        lexical_weight: float,
        word_keys: _Lookup | None = None,
        expected_similarity: float,
        gap_prior: float = SHAPE_PRIORS[(1, 0)],
        unrelated_penalty: float = 0.0,
        src_texts: Sequence[str] | None = None,
        tgt_texts: Sequence[str] | None = None,
    ) -> None:
        self._src_len = [max(0, f.length) for f in source]
        self._tgt_len = [max(0, f.length) for f in target]
        total_src = sum(self._src_len)
        total_tgt = sum(self._tgt_len)
        # The length ratio of the two texts, drawn towards 1 while the texts are short.
        self._ratio = (total_tgt + _RATIO_PRIOR_CHARS) / (total_src + _RATIO_PRIOR_CHARS)
        self._src_keys = src_keys
        self._tgt_keys = tgt_keys
        self._source = source
        self._target = target
        self._word_keys = word_keys
        self._weight = lexical_weight
        self._expected = expected_similarity
        # Inverse document frequency of each key over both sides together.
        counts: dict[Key, int] = {}
        for keys in (*src_keys, *tgt_keys):
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
        total = len(src_keys) + len(tgt_keys)
        self._idf = {
            key: math.log(1.0 + total / count) * (_ANCHOR_WEIGHT if key[0] in ANCHOR_KINDS else 1.0)
            for key, count in counts.items()
        }
        idf = self._idf
        self._src_mass = [math.fsum(idf[k] for k in keys) for keys in src_keys]
        self._tgt_mass = [math.fsum(idf[k] for k in keys) for keys in tgt_keys]
        self._src_cum = _cumulative(self._src_len)
        self._tgt_cum = _cumulative(self._tgt_len)
        self._src_mass_cum = _cumulative(self._src_mass)
        self._tgt_mass_cum = _cumulative(self._tgt_mass)
        # The part of each segment's mass that is punctuation: two sides sharing a colon and nothing
        # else share no evidence (see ``unrelated_penalty``).
        self._src_punct_cum = _cumulative([_punctuation_mass(keys, idf) for keys in src_keys])
        self._tgt_punct_cum = _cumulative([_punctuation_mass(keys, idf) for keys in tgt_keys])
        self._rows: dict[int, dict[int, float]] = {}
        self._unrelated = unrelated_penalty
        self._gap_cost = -math.log(gap_prior)
        # the sentences that hold a clause of contrast, each with the sentences of the other side
        # that open with a word of contrast (:mod:`aligner.scoring_contrast`), as sets of indices:
        # a bead is asked about its one sentence first, and most hold none
        self._src_inner: frozenset[int] = frozenset()
        self._tgt_inner: frozenset[int] = frozenset()
        self._src_opens: frozenset[int] = frozenset()
        self._tgt_opens: frozenset[int] = frozenset()
        if src_texts is not None and tgt_texts is not None:
            src_opens, src_inner = contrast_marks(src_texts)
            tgt_opens, tgt_inner = contrast_marks(tgt_texts)
            if any(tgt_opens):
                self._src_inner = frozenset(k for k, v in enumerate(src_inner) if v)
                self._tgt_opens = frozenset(k for k, v in enumerate(tgt_opens) if v)
            if any(src_opens):
                self._tgt_inner = frozenset(k for k, v in enumerate(tgt_inner) if v)
                self._src_opens = frozenset(k for k, v in enumerate(src_opens) if v)
        self._shape_cost = {
            (a, b): -math.log(_prior((a, b))) for a in range(0, 9) for b in range(0, 9) if a or b
        }

    def _shared(self, i: int, j: int) -> float:
        """The weight of the keys shared by source ``i`` and target ``j``.

        Cached for the few most recent source rows only: the aligner visits
        rows in order, so the cache stays small however long the texts are.
        """
        row = self._rows.get(i)
        if row is None:
            if len(self._rows) >= 6:
                del self._rows[min(self._rows)]
            row = self._rows[i] = {}
        cached = row.get(j)
        if cached is not None:
            return cached
        a = self._src_keys[i]
        b = self._tgt_keys[j]
        if not a or not b:
            value = 0.0
        else:
            idf = self._idf
            value = math.fsum(idf[k] for k in (a & b))
        row[j] = value
        return value

    def similarity(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The weighted Dice overlap of the keys of the bead's two sides, in [0, 1]."""
        mass = sum(self._src_mass[i0:i1]) + sum(self._tgt_mass[j0:j1])
        if mass <= 0:
            return 0.0
        shared = 0.0
        for i in range(i0, i1):
            for j in range(j0, j1):
                shared += self._shared(i, j)
        return min(1.0, 2.0 * shared / mass)

    def fixed_cost(self, di: int, dj: int) -> float | None:
        """The cost of every bead of ``di`` source and ``dj`` target segments when it does not
        depend on where the bead lies (an omission or an addition), else ``None``."""
        if di == 0 or dj == 0:
            return self._gap_cost * (di + dj)
        return None

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The cost (lower is better) of the bead ``source[i0:i1]`` / ``target[j0:j1]``."""
        di = i1 - i0
        dj = j1 - j0
        if di == 0 or dj == 0:
            return self._gap_cost * (di + dj)
        src_cum = self._src_cum
        tgt_cum = self._tgt_cum
        # Gale & Church's length cost (:func:`~aligner.scoring_length._length_cost`), written out:
        # the aligner asks for a million beads on a long text, and the call is a third of the work
        l1 = src_cum[i1] - src_cum[i0]
        l2 = tgt_cum[j1] - tgt_cum[j0]
        ratio = self._ratio
        mean = (l1 + l2 / ratio) / 2.0
        if mean <= 0:
            length = 0.0
        else:
            delta = abs(l2 - l1 * ratio) / _sqrt(mean * GC_VARIANCE)
            tail = _erfc(delta / _SQRT2)
            length = -_log(tail) if tail > 1e-300 else _length_cost(l1, l2, ratio)
        cost = self._shape_cost[(di, dj)] + length
        if self._weight:
            src_mass_cum = self._src_mass_cum
            tgt_mass_cum = self._tgt_mass_cum
            mass = src_mass_cum[i1] - src_mass_cum[i0] + tgt_mass_cum[j1] - tgt_mass_cum[j0]
            if mass > 0:
                if di == 1 and dj == 1:
                    row = self._rows.get(i0)  # the cache of _shared, asked here first: the hot path
                    cached = row.get(j0) if row is not None else None
                    shared = cached if cached is not None else self._shared(i0, j0)
                else:
                    shared = 0.0
                    rows = self._rows
                    for i in range(i0, i1):
                        for j in range(j0, j1):
                            row = rows.get(i)
                            cached = row.get(j) if row is not None else None
                            shared += cached if cached is not None else self._shared(i, j)
                sim = 2.0 * shared / mass
                if sim > 1.0:
                    sim = 1.0
                elif self._unrelated and (
                    (
                        shared <= 0.0
                        and src_mass_cum[i1] > src_mass_cum[i0]
                        and tgt_mass_cum[j1] > tgt_mass_cum[j0]
                    )
                    or (
                        # each pair of segments shares at most the punctuation of either: more
                        # shared is evidence (most segments have no punctuation key at all)
                        0.0 < shared <= (self._src_punct_cum[i1] - self._src_punct_cum[i0]) * dj + 1e-9
                        and shared <= (self._tgt_punct_cum[j1] - self._tgt_punct_cum[j0]) * di + 1e-9
                        and self._punctuation_only(i0, i1, j0, j1)
                    )
                ):
                    # Both sides say something and they share none of it (a colon or quotes
                    # aside).
                    cost += self._unrelated
                # The less evidence the pair carries (short, few keys), the less its absence counts.
                evidence = mass / (mass + 4.0)
                cost += self._weight * (self._expected * evidence * (di + dj) / 2.0 - sim)
        if di == 1:
            if dj > 1 and i0 in self._src_inner:
                cost -= self._cut_at_contrast(i0, i1, j0, j1)
        elif dj == 1 and j0 in self._tgt_inner:
            cost -= self._cut_at_contrast(i0, i1, j0, j1)
        return cost

    def _cut_at_contrast(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """:data:`~aligner.scoring_contrast.SPLIT_AT_CONTRAST` when the bead's one sentence (which
        holds a clause of contrast) faces a later sentence that opens with a word of contrast, else 0."""
        if i1 - i0 == 1:
            later, opens = range(j0 + 1, j1), self._tgt_opens
        else:
            later, opens = range(i0 + 1, i1), self._src_opens
        return SPLIT_AT_CONTRAST if any(k in opens for k in later) else 0.0

    def _punctuation_only(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """Whether the bead's two sides share punctuation alone while both carry other evidence."""
        if self._src_mass_cum[i1] - self._src_mass_cum[i0] <= (
            self._src_punct_cum[i1] - self._src_punct_cum[i0] + 1e-9
        ) or self._tgt_mass_cum[j1] - self._tgt_mass_cum[j0] <= (
            self._tgt_punct_cum[j1] - self._tgt_punct_cum[j0] + 1e-9
        ):
            return False
        for i in range(i0, i1):
            a = self._src_keys[i]
            for j in range(j0, j1):
                if any(k[0] != PUNCTUATION for k in a & self._tgt_keys[j]):
                    return False
        return True

    def explain(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, str]:
        """Confidence in [0, 1] and the evidence that carried the bead."""
        if i1 == i0 or j1 == j0:
            # An omission (addition) is as sure as its best neighbouring pairing is unlikely.
            if i1 > i0:  # source i0 left out, between targets j0 - 1 and j0
                alternatives = [
                    self._confidence(i0, i1, j, j + 1) for j in (j0 - 1, j0) if 0 <= j < len(self._tgt_len)
                ]
            else:  # target j0 added, between sources i0 - 1 and i0
                alternatives = [
                    self._confidence(i, i + 1, j0, j1) for i in (i0 - 1, i0) if 0 <= i < len(self._src_len)
                ]
            return 1.0 - max(alternatives, default=0.0), "gap"
        confidence = self._confidence(i0, i1, j0, j1)
        shared: set[Key] = set()
        for i in range(i0, i1):
            for j in range(j0, j1):
                shared |= self._src_keys[i] & self._tgt_keys[j]
        if not shared:
            said = any(self._src_keys[i0:i1]) and any(self._tgt_keys[j0:j1])
            return confidence, "length: nothing shared" if said else "length"
        segments = (*self._target[j0:j1], *self._source[i0:i1])
        return confidence, "length+lexicon: shared " + describe_shared(
            shared, segments, self._word_keys, self._idf
        )

    def once_only_pairs(self) -> dict[tuple[int, int], list[Key]]:
        """Pairs of segments sharing a rare anchor (:func:`aligner.scoring_anchors.once_only_pairs`);
        none when the lexicon is not weighed."""
        if not self._weight:
            return {}
        return once_only_pairs(self._src_keys, self._tgt_keys)

    def anchors(self) -> Sequence[tuple[int, int]]:
        """Source/target pairs sharing a key that is rare around them
        (:func:`aligner.scoring_anchors.anchor_pairs`)."""
        return anchor_pairs(self._src_keys, self._tgt_keys)

    def _confidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Logistic on how much cheaper the bead is than leaving its segments unaligned."""
        cost = self.score(i0, i1, j0, j1)
        skip = self._gap_cost * (i1 - i0 + j1 - j0)
        margin = skip - cost - 2.0
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, margin))))


def _punctuation_mass(keys: frozenset[Key], idf: dict[Key, float]) -> float:
    """The weight of a segment's punctuation keys."""
    return math.fsum(idf[k] for k in keys if k[0] == PUNCTUATION)
