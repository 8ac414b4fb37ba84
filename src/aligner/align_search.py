"""The aligner's dynamic programs: a banded search around the anchors' course, and the full one.

:func:`_banded` guesses a path through anchors (sentence pairs sharing
something rare), searches a band of cells around it, and widens the band
where the best path runs along its edge; :func:`_full` searches every cell
and serves as the oracle. Both return the path as index ranges
``(i0, i1, j0, j1)`` over the text segments of :class:`~aligner.align_problem._Problem`.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

from .align_problem import _Problem

__all__: list[str] = []


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


#: Two path costs closer than this are a tie: the same beads summed in another order differ in
#: the last bits of a float, and the gap rule below must not depend on that order.
_TIE = 1e-9


def _gaps(shapes: Sequence[tuple[int, int]]) -> list[bool]:
    """Which shapes link nothing (1-0, 0-1). Where a path ending in such a bead right after a link
    costs just what one ending in a link costs, the gap wins: of a sentence typed twice in a row
    (the translation rendering it once) the first copy is linked and the repeat stays alone. Copies
    further apart (a draft, then the text as sent) keep the later one linked, as the path that
    skips the whole draft comes to the same cost."""
    return [0 in shape for shape in shapes]


def _links(shapes: Sequence[tuple[int, int]]) -> list[bool]:
    """Which back pointers (shape indices, and :data:`_START`) stand for a bead that links."""
    out = [False] * 256
    for k, shape in enumerate(shapes):
        out[k] = 0 not in shape
    return out


def _search(
    n: int,
    m: int,
    costs: Sequence[Callable[[int, int, int, int], float]],
    shapes: Sequence[tuple[int, int]],
    lo: Sequence[int],
    hi: Sequence[int],
    fixed: Mapping[tuple[int, int], float] | None = None,
) -> list[tuple[int, int, int, int]]:
    """The cheapest path from (0, 0) to (n, m) through the cells ``lo[i] <= j <= hi[i]``
    (``costs[k]`` the cost of a bead of ``shapes[k]``).

    Keeps the costs of the last few rows only and one byte of back pointer per
    cell, so memory is linear in the number of cells searched. ``fixed`` gives the
    cost of the shapes whose cost is the same wherever they lie (an omission, an
    addition), which ``cost`` then need not be asked for cell by cell.
    """
    fixed = fixed or {}
    reach = max(a for a, _ in shapes)
    gap = _gaps(shapes)
    linked = _links(shapes)
    rows: list[list[float]] = []  # rows[i] for the last `reach` rows; older ones dropped
    back: list[bytearray] = []
    for i in range(n + 1):
        lo_i = lo[i]
        hi_i = hi[i]
        width = hi_i - lo_i + 1
        row = [_INF] * width
        ptr = bytearray([_START]) * width
        # each shape's earlier row and its band, looked up once a row rather than once a cell
        steps = []
        for k, (di, dj) in enumerate(shapes):
            pi = i - di
            if pi < 0:
                continue
            const = fixed.get((di, dj))
            if di == 0:
                steps.append((k, pi, dj, row, ptr, lo_i, hi_i, const, costs[k]))
            else:
                steps.append((k, pi, dj, rows[pi], back[pi], lo[pi], hi[pi], const, costs[k]))
        for j in range(lo_i, hi_i + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best = _INF
            arg = _START
            for k, pi, dj, earlier, came, lo_p, hi_p, const, cost in steps:
                pj = j - dj
                if pj < lo_p or pj > hi_p or pj < 0:
                    continue
                prev = earlier[pj - lo_p]
                if prev == _INF:
                    continue
                total = prev + (cost(pi, i, pj, j) if const is None else const)
                if total < best - _TIE or (total <= best + _TIE and gap[k] and linked[came[pj - lo_p]]):
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
        path = _search(n, m, problem.costs, problem.shapes, lo, hi, problem.fixed)
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
    costs = problem.costs
    shapes = problem.shapes
    gap = _gaps(shapes)
    linked = _links(shapes)
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
                total = table[pi][pj] + costs[k](pi, i, pj, j)
                if total < best - _TIE or (total <= best + _TIE and gap[k] and linked[back[pi][pj]]):
                    best = total
                    arg = k
            table[i][j] = best
            back[i][j] = arg
    return _backtrace(n, m, shapes, back, [0] * (n + 1))
