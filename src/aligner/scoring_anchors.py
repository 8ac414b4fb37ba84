"""Where the aligner may trust a bead before it searches: pairs of segments that share a rare anchor
(a number, date, name, title, term or cognate), found once on each side (:func:`once_only_pairs`) or
alone near its proportional place (:func:`anchor_pairs`). Read through :mod:`aligner.scoring_cost`'s
bound scorer.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence

from .keys import ANCHOR_KINDS, COGNATE, Key

__all__ = ["anchor_pairs", "once_only_pairs"]


#: How far (in segments, plus twice the square root of the length) an anchor may stray.
_ANCHOR_REACH = 20.0


#: The kinds of key that anchor the band search: anchors and cognates.
_ANCHORING = ANCHOR_KINDS | {COGNATE}


def once_only_pairs(
    src_keys: Sequence[frozenset[Key]], tgt_keys: Sequence[frozenset[Key]]
) -> dict[tuple[int, int], list[Key]]:
    """Pairs of segments sharing a rare anchor: a key found once on each side.

    Keys ``(i, j)``: source ``i`` and target ``j`` share a number, date,
    name, title, term or cognate that no other segment of either side
    holds; values: those keys. The aligner makes a chain of beads that
    puts the two in different beads pay for it (:mod:`aligner.align_cross`).
    """
    src_at: dict[Key, int] = {}
    twice: set[Key] = set()
    for i, keys in enumerate(src_keys):
        for key in keys:
            if key[0] in _ANCHORING:
                if key in src_at:
                    twice.add(key)
                src_at[key] = i
    tgt_at: dict[Key, int] = {}
    for j, keys in enumerate(tgt_keys):
        for key in keys:
            if key in src_at and key not in twice:
                if key in tgt_at:
                    twice.add(key)
                tgt_at[key] = j
    out: dict[tuple[int, int], list[Key]] = {}
    for key, j in tgt_at.items():
        if key not in twice:
            out.setdefault((src_at[key], j), []).append(key)
    return out


def anchor_pairs(
    src_keys: Sequence[frozenset[Key]], tgt_keys: Sequence[frozenset[Key]]
) -> Sequence[tuple[int, int]]:
    """Source/target pairs sharing a key that is rare around them.

    Only anchors (numbers, dates, names, titles, terms) and cognate keys
    count; ordinary lexicon keys are too common to be trusted alone. A
    source occurrence is paired with a target occurrence lying near its
    proportional position when no other occurrence of the key, on either
    side, lies within twice that distance: a key may recur in a long text
    and still anchor each of its occurrences.
    """
    n = len(src_keys)
    m = len(tgt_keys)
    if not n or not m:
        return []
    src_at: dict[Key, list[int]] = {}
    for i, keys in enumerate(src_keys):
        for key in keys:
            if key[0] in _ANCHORING:
                src_at.setdefault(key, []).append(i)
    tgt_at: dict[Key, list[int]] = {}
    for j, keys in enumerate(tgt_keys):
        for key in keys:
            if key in src_at:
                tgt_at.setdefault(key, []).append(j)
    reach = _ANCHOR_REACH + 2.0 * math.sqrt(max(n, m))
    slope = m / n
    pairs: set[tuple[int, int]] = set()
    for key, targets in tgt_at.items():
        sources = src_at[key]
        for k, i in enumerate(sources):
            if (k > 0 and i - sources[k - 1] <= 2 * reach) or (
                k + 1 < len(sources) and sources[k + 1] - i <= 2 * reach
            ):
                continue
            expected = i * slope
            first = bisect_left(targets, expected - 2 * reach)
            near = targets[first : bisect_left(targets, expected + 2 * reach)]
            if len(near) == 1 and abs(near[0] - expected) <= reach:
                pairs.add((i, near[0]))
    return sorted(pairs)
