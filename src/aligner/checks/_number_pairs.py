"""How the number check pairs the numbers of a bead's two sides (each side read by
:mod:`._number_sides`).

Numbers of one value pair first (clock times also across 12 hours, a whole hour as a plain number);
a range pairs with two lone numbers ("3-4" and "3 or 4"); a fraction with a percent rounded to a whole
("a third" and 33%); a changed number is set against the lone number of its own kind nearest its place.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from itertools import islice

from ..model import Mention, Segment
from ._figures import figure_kind
from ._number_sides import value_key

__all__ = [
    "is_time",
    "same_number",
    "pair_exact",
    "ranges_as_singles",
    "absorbed",
    "rounded_shares",
    "closest",
    "COMPATIBLE",
]

_HALF_DAY = 12 * 60


def is_time(m: Mention) -> bool:
    """Whether a number mention is a clock time."""
    return m.number.clock


def _same(a: Mention, b: Mention) -> bool:
    """Whether two mentions give one number (clock times also across 12 hours and whole hours, and
    hours and minutes as the hours of a duration)."""
    ka, kb = value_key(a), value_key(b)
    if ka == kb and is_time(a) == is_time(b):
        return True
    if is_time(a) and is_time(b):
        return abs(ka[0] - kb[0]) % _HALF_DAY == 0
    if is_time(a) != is_time(b) and len(ka) == len(kb) == 1:
        clock, plain = (ka[0], kb[0]) if is_time(a) else (kb[0], ka[0])
        if plain * 60 == clock:  # hours and minutes as a duration: «2 ч. 30 м.», "two and a half hours"
            return True
        return clock % 60 == 0 and plain * 60 % _HALF_DAY == clock % _HALF_DAY
    return False


def same_number(a: Mention, b: Mention) -> bool:
    """Whether two number mentions give one number as the number check pairs them: the same
    value, or clock times across 12 hours, or a whole hour given as a plain number («до 21 часа»
    and "until 9 p.m.")."""
    return _same(a, b)


#: The first unpaired target numbers of one value a source number is paired from (a guard for long lists).
_MAX_CANDIDATES = 64


def pair_exact(
    src: list[Mention],
    tgt: list[Mention],
    src_alts: dict[Mention, tuple[float, ...]] | None = None,
    tgt_alts: dict[Mention, tuple[float, ...]] | None = None,
) -> tuple[list[Mention], list[Mention], list[tuple[Mention, Mention]]]:
    """Pair each source number with the first unpaired target number that gives the same value.

    Target numbers are indexed by value, so a bead with thousands of numbers
    costs no more than a pass over each side; clock times, which meet across
    12 hours, are compared one by one.
    """
    by_value: dict[tuple[tuple[float, ...], bool], deque[int]] = {}
    times: list[int] = []
    src_alts, tgt_alts = src_alts or {}, tgt_alts or {}
    for i, t in enumerate(tgt):
        by_value.setdefault((value_key(t), is_time(t)), deque()).append(i)
        if t in tgt_alts:
            by_value.setdefault((tgt_alts[t], is_time(t)), deque()).append(i)
        if is_time(t):
            times.append(i)
    taken = [False] * len(tgt)
    unmatched: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    # numbers in figures pair first: «в первом матче … со счетом 1:2» as "their opening match 2-1",
    # where the 1 of the score, not the ordinal in words, is the translation's 1
    for s in sorted(src, key=lambda m: not m.number.digits):
        keys = [value_key(s), *((src_alts[s],) if s in src_alts else ())]
        candidates: set[int] = set()
        for k in keys:
            same_value = by_value.get((k, is_time(s)), deque())
            while same_value and taken[same_value[0]]:  # a guard: the value's taken numbers are dropped once
                same_value.popleft()
            candidates.update(islice((i for i in same_value if not taken[i]), _MAX_CANDIDATES))
        others = range(len(tgt)) if is_time(s) else times
        if not candidates or len(others) <= _MAX_CANDIDATES:  # a guard: a long list is searched once
            candidates.update(
                islice((i for i in others if not taken[i] and _same(s, tgt[i])), _MAX_CANDIDATES)
            )
        same = sorted(candidates)
        # a number word pairs first with a number as strong as itself ("2 удочки" with "2 rods")
        weak = s.number.weak
        pick = next((i for i in same if tgt[i].number.weak == weak), same[0] if same else None)
        if pick is None:
            unmatched.append(s)
        else:
            taken[pick] = True
            pairs.append((s, tgt[pick]))
    left = [t for i, t in enumerate(tgt) if not taken[i]]
    order = {id(m): n for n, m in enumerate(src)}
    unmatched.sort(key=lambda m: order[id(m)])
    pairs.sort(key=lambda p: order[id(p[0])])
    return unmatched, left, pairs


def ranges_as_singles(
    a: list[Mention], b: list[Mention], alts: dict[Mention, tuple[float, ...]] | None = None
) -> None:
    """Drop a range of ``a`` whose ends are two lone numbers of ``b`` ("3-4" and "3 or 4"); an end
    may stand in a converted unit (полтора-два года = "eighteen months to two years")."""
    for r in [m for m in a if m.number.is_range]:
        converted = (alts or {}).get(r, (None, None))
        ends = [
            next((m for m in b if value_key(m) in ((v,), (c,))), None)
            for v, c in zip(value_key(r), converted, strict=True)
        ]
        if ends[0] is not None and ends[1] is not None and ends[0] is not ends[1]:
            a.remove(r)
            b.remove(ends[0])
            b.remove(ends[1])


#: How far a fraction and a percent may differ and be one share, the percent rounded to a whole
#: ("a third" and 33%, «две трети» and 67%).
_SHARE_ROUNDING = 0.005


def rounded_shares(
    src: list[Mention],
    tgt: list[Mention],
    src_alts: dict[Mention, tuple[float, ...]],
    tgt_alts: dict[Mention, tuple[float, ...]],
) -> None:
    """Take out of ``src`` and ``tgt`` (in place) each fraction of one side that the other gives as a
    percent rounded to a whole: «треть жителей» and "33% of residents" are one share."""
    for mine, theirs, alts in ((src, tgt, tgt_alts), (tgt, src, src_alts)):
        for f in [m for m in mine if m.number.fraction and not m.number.is_range]:
            share = next(
                (
                    t
                    for t in theirs
                    if len(alts.get(t, ())) == 1 and abs(alts[t][0] - f.number.low) <= _SHARE_ROUNDING
                ),
                None,
            )
            if share is not None:
                mine.remove(f)
                theirs.remove(share)


def absorbed(mentions: list[Mention], absorbers: frozenset[float]) -> list[Mention]:
    """Leave out numbers the other side gives as a year, a date's day or a reference number."""
    return [m for m in mentions if not all(v in absorbers for v in value_key(m))]


def _where(mention: Mention, segments: Sequence[Segment]) -> float:
    """How far into the bead's text a mention lies, 0 to 1."""
    first, last = segments[0].span.start, segments[-1].span.end
    return (mention.span.start - first) / max(last - first, 1)


#: Kinds of number that may stand for each other: a Roman numeral is an ordinal or a count.
COMPATIBLE = {
    "count": {"count", "roman"},
    "roman": {"count", "roman", "ordinal"},
    "ordinal": {"ordinal", "roman"},
    "fraction": {"fraction"},
    "time": {"time"},
    "year": {"year"},
}


def closest(
    s: Mention, tgt: list[Mention], src_segs: Sequence[Segment], tgt_segs: Sequence[Segment]
) -> Mention:
    """The lone target number to compare ``s`` with: one of its kind and shape, at about its place
    (a changed count is set against a count, not against a year or an ordinal beside it)."""
    kinds = COMPATIBLE[figure_kind(s)]
    same_shape = [t for t in tgt if t.number.is_range == s.number.is_range and is_time(t) == is_time(s)]
    same_kind = [t for t in same_shape if figure_kind(t) in kinds]
    pool = same_kind or same_shape or tgt
    where = _where(s, src_segs)
    return min(pool, key=lambda t: abs(_where(t, tgt_segs) - where))


def lone_by_place(
    lone: list[Mention],
    pairs: list[tuple[Mention, Mention]],
    side: int,
    segments: tuple[Sequence[Segment], Sequence[Segment]],
) -> list[Mention]:
    """``lone`` (numbers of ``side``, 0 the source, 1 the translation, that nothing pairs), each
    exchanged with a paired number of the same value on its side that lies further from its partner's
    place in the bead: a side that gives a figure twice where the other gives it once (a headline run
    into the sentence that repeats its figure) leaves out the one away from the other's, not the first.
    ``pairs`` is updated in place."""
    out = []
    for m in lone:
        for i, pair in enumerate(pairs):
            mine, partner = pair[side], pair[1 - side]
            if mine.number.weak or value_key(mine) != value_key(m):
                continue
            there = _where(partner, segments[1 - side])
            if abs(_where(m, segments[side]) - there) < abs(_where(mine, segments[side]) - there):
                pairs[i] = (m, partner) if side == 0 else (partner, m)
                m = mine
                break
        out.append(m)
    return out
