"""Sentence alignment: dynamic programming over bead shapes, in time and memory linear in length.

:func:`align` finds the cheapest chain of beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2 …
up to ``config.max_bead`` segments a side) that covers both texts, costing
each candidate bead with a pluggable scorer (:mod:`aligner.scoring`).

A full dynamic program looks at every pair of positions, n × m of them; for
ten thousand sentences a side that is a hundred million cells. :func:`align`
looks only at a band around a guessed path instead:

1. the guess runs through *anchors*, pairs of sentences sharing something
   that occurs once on each side (a number, a name, a long cognate), kept in
   the longest chain that is in order on both sides, and straight between them;
2. a banded dynamic program searches a few cells either side of the guess;
3. where the best path runs along the band's edge (it wanted to leave it), the
   band is widened there and the search done again.

:func:`align_reference` is the plain full dynamic program, kept as the oracle
the tests compare :func:`align` with.

Segments that are not running text (page furniture, editorial notes) take no
part in the search: each gets a bead of its own (1-0 or 0-1), placed right
after the bead holding the text segment before it on its side, except that a
non-text segment lying between two segments of one 2-1 (1-2, 2-2) bead stays
inside that bead, between them. Beads are therefore in document order on both
sides (:func:`aligner.invariants.check_invariants` checks it). Last, translated
apparatus left facing its rendering across such lone beads ("Экз. № 2" and
"Copy No. 2") is joined into a 1-1 bead (:mod:`aligner.apparatus`).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

import attrs

from .apparatus import pair_apparatus
from .config import Config
from .errors import InputError
from .model import Alignment, Bead, Features, Segment
from .scoring import (
    LexicalScorer,
    PreparedScorer,
    Scorer,
    basic_features,
    default_word_keys,
    learn_word_pairs,
)

__all__ = ["BEAD_SHAPES", "bead_shapes", "align", "align_reference", "signature"]

_INF = math.inf
_START = 255
#: Half-width of the first band, in target positions either side of the guessed path.
_FIRST_WIDTH = 8
#: Searches at most this many times, widening the band each time the path touches its edge.
_MAX_ROUNDS = 24
#: Anchors on either side compared with each anchor to tell a true one from a coincidence.
_ANCHOR_WINDOW = 4
#: How far (in target positions, plus 5% of the target's length) an anchor may lie from the course.
_ANCHOR_REACH = 50


def bead_shapes(max_bead: int) -> tuple[tuple[int, int], ...]:
    """The bead shapes ``(source count, target count)`` searched with at most ``max_bead`` a side.

    1-1 first, then the omission 1-0 and the addition 0-1, then the larger
    shapes by size: ``bead_shapes(2)`` is ``((1, 1), (1, 0), (0, 1), (2, 1),
    (1, 2), (2, 2))``. Omissions and additions are one segment at a time.
    """
    shapes = [(1, 1), (1, 0), (0, 1)]
    for total in range(3, 2 * max_bead + 1):
        for a in range(min(max_bead, total - 1), 0, -1):
            b = total - a
            if 1 <= b <= max_bead:
                shapes.append((a, b))
    return tuple(shapes)


#: The shapes searched with the default ``Config.max_bead`` of 2.
BEAD_SHAPES: tuple[tuple[int, int], ...] = bead_shapes(2)


def signature(config: Config, scorer: Scorer, *, band: str = "auto") -> str:
    """The alignment's reproducibility signature: ``beads:2x2|scorer:length+lexicon|band:auto``.

    A run with ``config.second_pass`` ends in ``|pass:2``.
    """
    text = f"beads:{config.max_bead}x{config.max_bead}|scorer:{scorer.name}|band:{band}"
    return text + "|pass:2" if config.second_pass else text


# --------------------------------------------------------------------------- preparation


class _Problem:
    """The text segments of both sides, the prepared scorer, and how to place the rest."""

    def __init__(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        features: Mapping[str, Features],
        config: Config,
        scorer: Scorer,
    ) -> None:
        seen: set[str] = set()
        for seg in (*source, *target):
            if seg.id in seen:
                msg = (
                    f"segment id {seg.id!r} occurs twice; every segment of both sides needs "
                    "its own id (give source and target segments different prefixes)"
                )
                raise InputError(msg)
            seen.add(seg.id)
        self.source = source
        self.target = target
        self.src_text = [s for s in source if s.is_text]
        self.tgt_text = [s for s in target if s.is_text]
        complete = {
            seg.id: features.get(seg.id) or basic_features(seg) for seg in (*self.src_text, *self.tgt_text)
        }
        self.features = complete
        self.prepared: PreparedScorer = scorer.prepare(
            self.src_text, self.tgt_text, features=complete, config=config
        )
        self.shapes = bead_shapes(config.max_bead)
        self.max_bead = config.max_bead
        sign = -1.0 if scorer.higher_is_better else 1.0
        score = self.prepared.score
        if sign > 0:
            self.cost: Callable[[int, int, int, int], float] = score
        else:

            def negated(i0: int, i1: int, j0: int, j1: int) -> float:
                return -score(i0, i1, j0, j1)

            self.cost = negated

    def beads(self, path: Sequence[tuple[int, int, int, int]]) -> tuple[Bead, ...]:
        """Turn index ranges over text segments into beads, and place the non-text segments."""
        src_after = _placement(self.source)
        tgt_after = _placement(self.target)
        out: list[Bead] = []
        out.extend(_lone_beads(src_after.get(-1, ()), tgt_after.get(-1, ())))
        for i0, i1, j0, j1 in path:
            confidence, rule = self.prepared.explain(i0, i1, j0, j1)
            out.append(
                Bead(
                    _with_inner(self.src_text, i0, i1, src_after),
                    _with_inner(self.tgt_text, j0, j1, tgt_after),
                    min(1.0, max(0.0, float(confidence))),
                    rule=rule,
                )
            )
            after_src = src_after.get(i1 - 1, []) if i1 > i0 else []
            after_tgt = tgt_after.get(j1 - 1, []) if j1 > j0 else []
            out.extend(_lone_beads(after_src, after_tgt))
        return tuple(out)


def _placement(segments: Sequence[Segment]) -> dict[int, list[Segment]]:
    """Non-text segments keyed by the index (among text segments) of the text before them."""
    out: dict[int, list[Segment]] = {}
    last = -1
    for seg in segments:
        if seg.is_text:
            last += 1
        else:
            out.setdefault(last, []).append(seg)
    return out


def _with_inner(
    text: Sequence[Segment], start: int, end: int, after: Mapping[int, Sequence[Segment]]
) -> tuple[str, ...]:
    """The ids of ``text[start:end]`` with the non-text segments lying between them, in document order.

    Furniture between two sentences of one bead (a page number between the two
    halves of a sentence the translation renders as one) stays inside the bead,
    so beads stay in order on both sides; furniture after the bead's last
    sentence gets a bead of its own after it.
    """
    ids: list[str] = []
    for i in range(start, end):
        ids.append(text[i].id)
        if i < end - 1:
            ids.extend(seg.id for seg in after.get(i, ()))
    return tuple(ids)


def _lone_beads(source: Sequence[Segment], target: Sequence[Segment]) -> list[Bead]:
    beads = [Bead((s.id,), (), 1.0, rule=str(s.kind)) for s in source]
    beads.extend(Bead((), (t.id,), 1.0, rule=str(t.kind)) for t in target)
    return beads


# --------------------------------------------------------------------------- the searches


def _backtrace(
    n: int,
    m: int,
    shapes: Sequence[tuple[int, int]],
    back: Sequence[bytes | bytearray],
    lo: Sequence[int],
) -> list[tuple[int, int, int, int]]:
    path = []
    i, j = n, m
    while i or j:
        k = back[i][j - lo[i]]
        di, dj = shapes[k]
        path.append((i - di, i, j - dj, j))
        i -= di
        j -= dj
    path.reverse()
    return path


def _search(
    n: int,
    m: int,
    cost: Callable[[int, int, int, int], float],
    shapes: Sequence[tuple[int, int]],
    lo: Sequence[int],
    hi: Sequence[int],
) -> list[tuple[int, int, int, int]]:
    """The cheapest path from (0, 0) to (n, m) through the cells ``lo[i] <= j <= hi[i]``.

    Keeps the costs of the last few rows only and one byte of back pointer per
    cell, so memory is linear in the number of cells searched.
    """
    reach = max(a for a, _ in shapes)
    rows: list[list[float]] = []  # rows[i] for the last `reach` rows; older ones dropped
    back: list[bytearray] = []
    for i in range(n + 1):
        lo_i = lo[i]
        hi_i = hi[i]
        width = hi_i - lo_i + 1
        row = [_INF] * width
        ptr = bytearray([_START]) * width
        for j in range(lo_i, hi_i + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best = _INF
            arg = _START
            for k, (di, dj) in enumerate(shapes):
                pi = i - di
                pj = j - dj
                if pi < 0 or pj < 0:
                    continue
                if di == 0:
                    if pj < lo_i:
                        continue
                    prev = row[pj - lo_i]
                else:
                    lo_p = lo[pi]
                    if pj < lo_p or pj > hi[pi]:
                        continue
                    prev = rows[pi][pj - lo_p]
                if prev == _INF:
                    continue
                total = prev + cost(pi, i, pj, j)
                if total < best:
                    best = total
                    arg = k
            row[j - lo_i] = best
            ptr[j - lo_i] = arg
        rows.append(row)
        if i - reach - 1 >= 0:
            rows[i - reach - 1] = []  # type: ignore[call-overload]
        back.append(ptr)
    return _backtrace(n, m, shapes, back, lo)


def _anchor_chain(anchors: Sequence[tuple[int, int]], n: int, m: int) -> list[tuple[int, int]]:
    """The longest chain of anchors increasing on both sides (patience sorting, O(k log k))."""
    points = sorted({(i, j) for i, j in anchors if 0 <= i < n and 0 <= j < m}, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # smallest j ending a chain of each length
    tail_idx: list[int] = []
    parent: list[int] = [-1] * len(points)
    for idx, (_, j) in enumerate(points):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(idx)
        else:
            tails[pos] = j
            tail_idx[pos] = idx
        parent[idx] = tail_idx[pos - 1] if pos else -1
    chain = []
    idx = tail_idx[-1] if tail_idx else -1
    while idx >= 0:
        chain.append(points[idx])
        idx = parent[idx]
    chain.reverse()
    return chain


def _consistent(chain: Sequence[tuple[int, int]], n: int, m: int) -> list[tuple[int, int]]:
    """Drop anchors that stray from their neighbours' course (chance coincidences of rare words).

    An anchor is kept when its offset from the diagonal is within a few
    positions of the median offset of the anchors around it.
    """
    slope = m / n if n else 0.0
    offsets = [j - i * slope for i, j in chain]
    kept = []
    for k, point in enumerate(chain):
        window = sorted(offsets[max(0, k - _ANCHOR_WINDOW) : k + _ANCHOR_WINDOW + 1])
        median = window[len(window) // 2]
        if abs(offsets[k] - median) <= _FIRST_WIDTH / 2:
            kept.append(point)
    return kept


def _centre(
    src_lengths: Sequence[int], tgt_lengths: Sequence[int], anchors: Sequence[tuple[int, int]]
) -> list[float]:
    """The guessed path: for each row i, a target position.

    Between anchors (and the two ends) the guess keeps the characters read on
    both sides in proportion, so a long sentence missing on one side moves it
    as it should.
    """
    n = len(src_lengths)
    m = len(tgt_lengths)
    src_cum = [0]
    for length in src_lengths:
        src_cum.append(src_cum[-1] + max(1, length))
    tgt_cum = [0]
    for length in tgt_lengths:
        tgt_cum.append(tgt_cum[-1] + max(1, length))

    def course(x: float) -> float:
        # Back from characters to a target position, by interpolation inside the sentence.
        j = min(m, bisect_left(tgt_cum, x))
        if j > 0 and tgt_cum[j] != tgt_cum[j - 1]:
            return j - 1 + (x - tgt_cum[j - 1]) / (tgt_cum[j] - tgt_cum[j - 1])
        return float(j)

    # Anchors far from the course that keeps characters in proportion are coincidences.
    scale = tgt_cum[m] / src_cum[n] if src_cum[n] else 1.0
    reach = _ANCHOR_REACH + m / 20.0
    near = [
        (i, j)
        for i, j in anchors
        if 0 <= i < n
        and 0 <= j < m
        and abs(j + 0.5 - course((src_cum[i] + src_cum[i + 1]) / 2.0 * scale)) <= reach
    ]
    knots = [(0.0, 0.0)]
    for i, j in _consistent(_anchor_chain(near, n, m), n, m):
        knots.append(((src_cum[i] + src_cum[i + 1]) / 2.0, (tgt_cum[j] + tgt_cum[j + 1]) / 2.0))
    knots.append((float(src_cum[n]), float(tgt_cum[m])))
    centre = []
    k = 0
    for i in range(n + 1):
        x = src_cum[i]
        while k + 1 < len(knots) - 1 and knots[k + 1][0] <= x:
            k += 1
        (x0, y0), (x1, y1) = knots[k], knots[k + 1]
        y = y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        centre.append(course(y))
    return centre


def _band(centre: Sequence[float], widths: Sequence[int], m: int) -> tuple[list[int], list[int]]:
    """Rows' ``lo``/``hi`` around the centre, monotone and connected so a path always exists."""
    n = len(centre) - 1
    lo = []
    hi = []
    for i in range(n + 1):
        # A row spans the centre's positions on its way from the row before to the row after.
        a = min(centre[max(0, i - 1)], centre[i])
        b = max(centre[i], centre[min(n, i + 1)])
        lo.append(max(0, math.floor(a) - widths[i]))
        hi.append(min(m, math.ceil(b) + widths[i]))
    lo[0] = 0
    hi[n] = m
    for i in range(1, n + 1):
        hi[i] = max(hi[i], hi[i - 1])
    for i in range(n - 1, -1, -1):
        lo[i] = min(lo[i], lo[i + 1])
    for i in range(1, n + 1):
        lo[i] = min(lo[i], hi[i - 1])
    return lo, hi


def _touches(
    path: Sequence[tuple[int, int, int, int]], lo: Sequence[int], hi: Sequence[int], m: int
) -> list[int]:
    """Rows where the path runs along the band's edge (and so might have wanted to leave it)."""
    rows = []
    for i0, _, j0, _ in path[1:]:
        if (j0 == lo[i0] and j0 > 0) or (j0 == hi[i0] and j0 < m):
            rows.append(i0)
    return rows


def _path_centre(path: Sequence[tuple[int, int, int, int]], n: int) -> list[float]:
    """For each row, the target position where ``path`` crosses it (middle of a 0-1 run)."""
    first: list[float] = [-1.0] * (n + 1)
    last: list[float] = [-1.0] * (n + 1)
    first[0] = 0.0
    last[0] = 0.0
    for i0, i1, j0, j1 in path:
        if first[i1] < 0:
            first[i1] = float(j1)
        last[i1] = float(j1)
        if i1 - i0 == 2:  # a row the bead jumps over: halfway
            mid = (j0 + j1) / 2.0
            first[i0 + 1] = last[i0 + 1] = mid
        if first[i0] < 0:
            first[i0] = float(j0)
        last[i0] = max(last[i0], float(j0))
    return [(a + b) / 2.0 for a, b in zip(first, last, strict=True)]


def _banded(problem: _Problem, *, first_width: int = _FIRST_WIDTH) -> list[tuple[int, int, int, int]]:
    """Search a band around the anchors' course, re-centred and widened where the path meets it.

    Each round searches the whole band again; rounds stop when the best path
    stays clear of the band's edges (or after ``_MAX_ROUNDS``).
    """
    n = len(problem.src_text)
    m = len(problem.tgt_text)
    centre = _centre(
        [len(s.text) for s in problem.src_text],
        [len(t.text) for t in problem.tgt_text],
        problem.prepared.anchors(),
    )
    widths = [first_width] * (n + 1)
    path: list[tuple[int, int, int, int]] = []
    for _ in range(_MAX_ROUNDS):
        lo, hi = _band(centre, widths, m)
        path = _search(n, m, problem.cost, problem.shapes, lo, hi)
        touched = _touches(path, lo, hi, m)
        if not touched:
            break
        grown = False
        before = list(widths)
        for i in touched:
            wider = 2 * before[i]
            for r in range(max(0, i - wider), min(n, i + wider) + 1):
                if widths[r] < wider and (lo[r] > 0 or hi[r] < m):
                    widths[r] = wider
                    grown = True
        if not grown:
            break
        centre = _path_centre(path, n)
    return path


def _full(problem: _Problem) -> list[tuple[int, int, int, int]]:
    n = len(problem.src_text)
    m = len(problem.tgt_text)
    cost = problem.cost
    shapes = problem.shapes
    table = [[_INF] * (m + 1) for _ in range(n + 1)]
    back = [bytearray([_START]) * (m + 1) for _ in range(n + 1)]
    table[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best = _INF
            arg = _START
            for k, (di, dj) in enumerate(shapes):
                pi = i - di
                pj = j - dj
                if pi < 0 or pj < 0 or table[pi][pj] == _INF:
                    continue
                total = table[pi][pj] + cost(pi, i, pj, j)
                if total < best:
                    best = total
                    arg = k
            table[i][j] = best
            back[i][j] = arg
    return _backtrace(n, m, shapes, back, [0] * (n + 1))


# --------------------------------------------------------------------------- public API


def align(
    source: Sequence[Segment],
    target: Sequence[Segment],
    features: Mapping[str, Features],
    *,
    config: Config,
    scorer: Scorer | None = None,
) -> Alignment:
    """Align the source segments with the target segments.

    ``features`` maps segment ids to their :class:`~aligner.model.Features`
    (a text segment missing from it is read with
    :func:`aligner.scoring.basic_features`). ``scorer`` defaults to
    :class:`aligner.scoring.LexicalScorer` with the shipped lexicon. Time and
    memory grow linearly with the number of segments as long as the two texts
    run roughly in parallel; a long stretch present on one side only widens
    the search there.
    """
    chosen: Scorer = scorer if scorer is not None else LexicalScorer()
    problem = _Problem(source, target, features, config, chosen)
    path = _widen(problem, _banded(problem))
    if config.second_pass and isinstance(chosen, LexicalScorer):
        pairs = learn_word_pairs(_sure_pairs(problem, path), lexicon=chosen.lexicon)
        known: frozenset[tuple[str, str]] = chosen.learned_pairs
        if pairs - known:
            learned = attrs.evolve(chosen, learned_pairs=known | pairs)
            problem = _Problem(source, target, features, config, learned)
            path = _widen(problem, _banded(problem))
    beads = _link_apparatus(problem.beads(path), source, target, chosen)
    return Alignment(beads, signature=signature(config, chosen, band="auto"))


#: How many nats cheaper than keeping them apart a bead wider than ``max_bead`` must be.
_WIDEN_MARGIN = 2.0
#: The most segments a side of a widened bead may hold.
_WIDEST = 4


def _widen(problem: _Problem, path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join a lone segment (a 1-0 or 0-1 bead) with the bead beside it when the joined bead is
    wider than the search allows (a sentence split three ways by the translator) and clearly
    cheaper than the two apart."""
    out = list(path)
    k = 0
    while k < len(out):
        i0, i1, j0, j1 = out[k]
        merged = False
        if (i1 - i0) + (j1 - j0) == 1:
            for n in (k - 1, k + 1):
                if not 0 <= n < len(out) or out[n][0] == out[n][1] or out[n][2] == out[n][3]:
                    continue
                lo, hi = min(k, n), max(k, n)
                wide = (out[lo][0], out[hi][1], out[lo][2], out[hi][3])
                sizes = (wide[1] - wide[0], wide[3] - wide[2])
                if max(sizes) <= problem.max_bead or max(sizes) > _WIDEST:
                    continue
                apart = problem.cost(*out[k]) + problem.cost(*out[n])
                if problem.cost(*wide) + _WIDEN_MARGIN < apart:
                    out[lo : hi + 1] = [wide]
                    k = max(lo - 1, 0)
                    merged = True
                    break
        if not merged:
            k += 1
    return out


def _link_apparatus(
    beads: tuple[Bead, ...], source: Sequence[Segment], target: Sequence[Segment], scorer: Scorer
) -> tuple[Bead, ...]:
    """Join translated apparatus left in lone beads with its counterpart (:mod:`aligner.apparatus`)."""
    lexicon = None
    if isinstance(scorer, LexicalScorer):
        lexicon = scorer.lexicon if scorer.lexicon is not None else default_word_keys()
    return pair_apparatus(beads, (*source, *target), lexicon=lexicon)


#: How many nats cheaper than leaving both sides unaligned a 1-1 bead must be to teach word pairs.
_SURE_MARGIN = 4.0


def _sure_pairs(
    problem: _Problem, path: Sequence[tuple[int, int, int, int]]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The words of both sides of each 1-1 bead of ``path`` that is much cheaper than two gaps."""
    cost = problem.cost
    out = []
    for i0, i1, j0, j1 in path:
        if i1 - i0 != 1 or j1 - j0 != 1:
            continue
        skip = cost(i0, i1, j0, j0) + cost(i1, i1, j0, j1)
        if skip - cost(i0, i1, j0, j1) >= _SURE_MARGIN:
            src = problem.features[problem.src_text[i0].id].words
            tgt = problem.features[problem.tgt_text[j0].id].words
            out.append((src, tgt))
    return out


def align_reference(
    source: Sequence[Segment],
    target: Sequence[Segment],
    features: Mapping[str, Features],
    *,
    config: Config,
    scorer: Scorer | None = None,
) -> Alignment:
    """The same alignment by the plain full dynamic program (all n × m cells): slow, plainly right.

    The oracle :func:`align` is tested against; use it only on small inputs.
    """
    chosen: Scorer = scorer if scorer is not None else LexicalScorer()
    problem = _Problem(source, target, features, config, chosen)
    path = _widen(problem, _full(problem))
    beads = _link_apparatus(problem.beads(path), source, target, chosen)
    return Alignment(beads, signature=signature(config, chosen, band="full"))
