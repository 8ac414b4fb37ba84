"""Keeping a rare anchor with its counterpart: a second look where a chain of beads splits one.

The search (:mod:`aligner.align_search`) costs each bead by itself, and the
shape priors make a 2-1 bead next to a 1-2 bead (a translator joined two
sentences, then split the next one) dearer than two 1-1 beads whose lengths
happen to fit. Those two 1-1 beads each pair a sentence with its neighbour's
translation: a name, number or cognate found once on each side then lies in
one bead on the source side and in the next bead on the target side.

:func:`_uncross` looks for such split pairs in the chosen chain: a source
and a target segment sharing a strong key found once on each side (a number,
date, name, title or term, or the cognate of a word capitalised inside a
sentence on both sides, a name the features did not read), lying in beads at
most :data:`_SPLIT_REACH` apart. Where it finds one, it searches again the few
beads around it by a full dynamic program, charging every chain
:data:`_SPLIT_NATS` for each such key whose two holders it puts in different
beads, and keeps the cheaper chain. A chain that splits no such pair is left
as it was, so the search's speed is untouched where nothing crosses.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import regex

from .align_problem import _Problem
from .keys import ANCHOR_KINDS, COGNATE, Key
from .model import Segment
from .scoring_keys import cognate_key

__all__: list[str] = []

#: A chain of beads as index ranges ``(i0, i1, j0, j1)`` over the text segments.
Chain = list[tuple[int, int, int, int]]

#: Nats a chain pays for each once-only key whose two holders it puts in different beads.
_SPLIT_NATS = 3.0
#: How many beads apart a split pair's two segments may lie for the beads between to be searched again.
_SPLIT_REACH = 2
#: Beads added either side of the split beads when they are searched again.
_MARGIN = 1
#: The most segments a side of a stretch searched again may hold.
_MOST = 10


def _uncross(problem: _Problem, path: Chain) -> Chain:
    """``path`` with each stretch of beads that splits a once-only anchor pair searched again."""
    once_only = getattr(problem.prepared, "once_only_pairs", None)
    if once_only is None or len(path) < 2:
        return path
    pairs: dict[tuple[int, int], list[Key]] = once_only()
    if not pairs:
        return path
    src_bead = [0] * len(problem.src_text)
    tgt_bead = [0] * len(problem.tgt_text)
    for k, (i0, i1, j0, j1) in enumerate(path):
        for i in range(i0, i1):
            src_bead[i] = k
        for j in range(j0, j1):
            tgt_bead[j] = k
    weigh = _Weigher(problem.src_text, problem.tgt_text)
    stretches: list[tuple[int, int]] = []
    for i, j in sorted(pairs, key=lambda pair: src_bead[pair[0]]):
        a, b = sorted((src_bead[i], tgt_bead[j]))
        if a == b or b - a > _SPLIT_REACH or not weigh(i, j, pairs[(i, j)]):
            continue
        a, b = max(0, a - _MARGIN), min(len(path) - 1, b + _MARGIN)
        if stretches and a <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(b, stretches[-1][1]))
        else:
            stretches.append((a, b))
    if not stretches:
        return path
    by_source: dict[int, list[int]] = {}
    for i, j in pairs:
        by_source.setdefault(i, []).append(j)
    out = list(path)
    for a, b in reversed(stretches):
        i0, j0 = path[a][0], path[a][2]
        i1, j1 = path[b][1], path[b][3]
        if i1 - i0 > _MOST or j1 - j0 > _MOST:
            continue
        inside = []
        for i in range(i0, i1):
            for j in by_source.get(i, ()):
                strong = weigh(i, j, pairs[(i, j)]) if j0 <= j < j1 else 0
                if strong:
                    inside.append((i - i0, j - j0, strong * _SPLIT_NATS))
        old = path[a : b + 1]
        new = _search_stretch(problem, (i0, i1, j0, j1), inside)
        if _charged(problem, new, inside, i0, j0) < _charged(problem, old, inside, i0, j0) - 1e-9:
            out[a : b + 1] = new
    return out


#: A word written with a capital letter (a name, where it does not open a sentence).
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}")
#: What ends a sentence (with the quotes and brackets that may follow), after which a capital
#: letter says nothing.
_SENTENCE_END = regex.compile(r"[.!?…][\p{Pf}\p{Pe}\"»]*$")


class _Weigher:
    """How many of a pair's once-only keys are strong: a number, date, name, title or term, or the
    cognate of a word capitalised inside a sentence on both sides (a name the features missed).

    A cognate of ordinary words (four letters of a romanised stem) is too often met by chance in
    two neighbouring sentences to hold them together.
    """

    def __init__(self, source: Sequence[Segment], target: Sequence[Segment]) -> None:
        self._texts = (source, target)
        self._names: tuple[dict[int, set[str]], dict[int, set[str]]] = ({}, {})

    def __call__(self, i: int, j: int, keys: Sequence[Key]) -> int:
        """The number of strong keys among ``keys``, shared by source ``i`` and target ``j``."""
        strong = sum(1 for k in keys if k[0] in ANCHOR_KINDS)
        cognates = {k[1] for k in keys if k[0] == COGNATE}
        if cognates:
            strong += len(cognates & self._name_cognates(0, i) & self._name_cognates(1, j))
        return strong

    def _name_cognates(self, side: int, index: int) -> set[str]:
        """The cognate keys of the words of a segment capitalised where no sentence starts."""
        known = self._names[side].get(index)
        if known is not None:
            return known
        text = self._texts[side][index].text
        out = set()
        for match in _CAPITALISED.finditer(text):
            before = text[: match.start()].rstrip()
            if before and not _SENTENCE_END.search(before):
                cognate = cognate_key(match.group().lower())
                if cognate:
                    out.add(cognate)
        self._names[side][index] = out
        return out


def _split_charge(inside: list[tuple[int, int, float]], pi: int, i: int, pj: int, j: int) -> float:
    """What the bead ``(pi, i, pj, j)`` (in the stretch's own indices) pays for the pairs it splits
    from the beads before it: each pair with one segment in it and the other already placed."""
    charge = 0.0
    for a, b, value in inside:
        if (pi <= a < i and b < pj) or (pj <= b < j and a < pi):
            charge += value
    return charge


def _charged(
    problem: _Problem, beads: Chain, inside: list[tuple[int, int, float]], i0: int, j0: int
) -> float:
    """The cost of ``beads`` plus what they pay for the pairs they split."""
    total = 0.0
    for bi0, bi1, bj0, bj1 in beads:
        total += problem.cost(bi0, bi1, bj0, bj1)
        total += _split_charge(inside, bi0 - i0, bi1 - i0, bj0 - j0, bj1 - j0)
    return total


def _search_stretch(
    problem: _Problem, stretch: tuple[int, int, int, int], inside: list[tuple[int, int, float]]
) -> Chain:
    """The cheapest chain of beads over ``stretch``, charged for the pairs it splits (a full search)."""
    i0, i1, j0, j1 = stretch
    n = i1 - i0
    m = j1 - j0
    table = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    table[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            best = table[i][j]
            for (di, dj), cost in zip(problem.shapes, problem.costs, strict=True):
                pi = i - di
                pj = j - dj
                if pi < 0 or pj < 0 or table[pi][pj] == math.inf:
                    continue
                total = table[pi][pj] + cost(i0 + pi, i0 + i, j0 + pj, j0 + j)
                total += _split_charge(inside, pi, i, pj, j)
                if total < best:
                    best = total
                    back[i][j] = (pi, pj)
            table[i][j] = best
    path: Chain = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        pi, pj = step
        path.append((i0 + pi, i0 + i, j0 + pj, j0 + j))
        i, j = pi, pj
    path.reverse()
    return path
