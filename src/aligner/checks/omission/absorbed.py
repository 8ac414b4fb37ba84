"""A lone segment whose counterpart the translator joined to a neighbouring sentence.

The aligner joins at most two segments a side; a translator may join three
("A. B. C." rendered as "A and B, C."), and the third sentence is left alone in
a 1-0 bead though the neighbour's translation renders it. Two things must agree
before such a segment counts as rendered (an ``info`` finding, not a ``major``
omission): its words (lexicon keys, names, numbers) meet the neighbour's other
side, :data:`ABSORBED_SUPPORT` of them and :data:`ABSORBED_DISTINCT` or more that
the neighbour's own side does not hold (a shared topic word proves nothing); and
the neighbour's other side is too long for the neighbour alone, by
:data:`ABSORBED_Z` standard deviations or more, and fits better with the lone
segment added.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...analysis import WordKeys, number_keys
from ...model import SOURCE, Bead, Finding, Segment, Severity
from .breaks import Piece
from .clauses import clauses
from .keys import Plain, bag, word_key_sets
from .length import LengthModel, chars_of
from .messages import finding, quoted

__all__ = [
    "absorbed",
    "lent_to_next",
    "rendered_beside",
    "ABSORBED_SUPPORT",
    "ABSORBED_DISTINCT",
    "ABSORBED_Z",
    "CONDENSED_SUPPORT",
    "CONDENSED_DISTINCT",
]

#: The least share of the lone segment's keyed words met on the neighbour's other side.
ABSORBED_SUPPORT = 0.6
#: The fewest of them met there that the neighbour's own side does not hold.
ABSORBED_DISTINCT = 2
#: The least share of the lone segment's keyed words, and the fewest distinct ones, met on the neighbour's
#: other side for a minor note instead of a major omission (a free translation condensed two sentences).
CONDENSED_SUPPORT = 0.5
CONDENSED_DISTINCT = 1

#: How much too long (standard deviations) the neighbour's other side must be for its own.
ABSORBED_Z = 1.0

_Beads = Sequence[tuple[Bead, list[Segment], list[Segment]]]


def _renders(
    seg: Segment | Piece,
    own: Sequence[Segment],
    other: Sequence[Segment],
    lexicon: WordKeys,
    support: float = ABSORBED_SUPPORT,
    distinct_words: int = ABSORBED_DISTINCT,
) -> bool:
    """Whether ``other`` renders the words of ``seg`` (a segment or a part of one) beyond what
    ``own`` (the neighbour's own side, which ``other`` translates) already holds."""
    side = seg.seg.side if isinstance(seg, Piece) else seg.side
    other_side = "target" if side == SOURCE else SOURCE
    theirs = bag((o.text for o in other), other_side, lexicon)
    ours = bag((o.text for o in own), side, lexicon)
    keyed = word_key_sets(Plain(seg.text), lexicon, side)
    if not keyed:
        return False
    met = [k for k in keyed if k & theirs]
    distinct = [k for k in met if not k & ours]
    numbers = number_keys(seg.text)
    return len(met) >= support * len(keyed) and len(distinct) >= distinct_words and numbers <= theirs


def _nearest(beads: _Beads, at: int, step: int) -> tuple[list[Segment], list[Segment]] | None:
    """The sides of the nearest bead from ``beads[at]`` in direction ``step`` with text on both
    sides (a bead of page furniture alone between them is passed over), or ``None``."""
    k = at + step
    while 0 <= k < len(beads) and abs(k - at) <= 2:
        _bead, src, tgt = beads[k]
        if src and tgt:
            return src, tgt
        k += step
    return None


def rendered_beside(piece: Piece, beads: _Beads, at: int, *, lexicon: WordKeys) -> list[Segment]:
    """The segments of a neighbouring bead's other side that render ``piece`` (a part of a segment
    of ``beads[at]`` its own bead leaves unrendered), or none: the neighbour's other side has a
    segment more than its own side, and renders the piece's words beyond what its own side holds
    (:func:`_renders`). A translator split one long sentence into three («Цеденбал просит …, причем
    … и обеспечить …» as "He asks …. The side undertakes …. It also undertakes …"), and the first
    went to the neighbour's bead, the aligner joining no more than two sentences a side."""
    side = piece.seg.side
    for step in (-1, 1):
        near = _nearest(beads, at, step)
        if near is None:
            continue
        own, other = near if side == SOURCE else near[::-1]
        if len(other) > len(own) and _renders(piece, own, other, lexicon):
            return list(other)
    return []


def _fits(seg: Segment, own: Sequence[Segment], other: Sequence[Segment], model: LengthModel) -> bool:
    """Whether ``other`` is too long for ``own`` alone and fits ``own`` with ``seg`` better."""
    o_chars, alone, joined = chars_of(other), chars_of(own), chars_of(own) + len(seg.text)

    def z(mine: int) -> float:
        pair = (mine, o_chars) if seg.side == SOURCE else (o_chars, mine)
        return model.z(max(1, pair[0]), max(1, pair[1]))

    sign = 1.0 if seg.side == SOURCE else -1.0  # a source sentence absorbed lengthens the target
    return sign * z(alone) >= ABSORBED_Z and abs(z(joined)) < abs(z(alone))


def absorbed(
    seg: Segment, beads: _Beads, at: int, *, model: LengthModel | None, lexicon: WordKeys
) -> Finding | None:
    """The ``absorbed`` finding of a lone segment (in ``beads[at]``) whose counterpart sits in a
    neighbouring bead's other side, or ``None``."""
    if model is None:
        return None
    condensed: list[tuple[Sequence[Segment], Sequence[Segment]]] = []
    for k in (at - 1, at + 1):
        if not 0 <= k < len(beads):
            continue
        _bead, src, tgt = beads[k]
        own, other = (src, tgt) if seg.side == SOURCE else (tgt, src)
        if not own or not other:
            continue
        if not _renders(seg, own, other, lexicon, CONDENSED_SUPPORT, CONDENSED_DISTINCT):
            continue
        if not (_renders(seg, own, other, lexicon) and _fits(seg, own, other, model)):
            condensed.append((own, other))  # rendered in part, or with no room for it: a minor note
            continue
        return _absorbed(seg, own, other, Severity.INFO)
    if condensed:  # the words are there, the length is not: a translator who condensed two sentences
        near, far = condensed[0]
        return _absorbed(seg, near, far, Severity.MINOR, message_rule="condensed")
    return None


def _absorbed(
    seg: Segment, own: Sequence[Segment], other: Sequence[Segment], severity: Severity, message_rule: str = ""
) -> Finding:
    """The finding of ``seg`` rendered in the neighbouring bead of ``own`` and ``other``."""
    return finding(
        seg.side,
        "absorbed",
        severity,
        mine=(seg,),
        others=tuple(other),
        evidence=(seg.span,),
        message_rule=message_rule,
        quote=quoted(seg),
        id=seg.id,
        other=", ".join(o.id for o in other),
        own=", ".join(o.id for o in own),
    )


def lent_to_next(
    mine: Sequence[Segment], others: Sequence[Segment], beads: _Beads, at: int, *, lexicon: WordKeys
) -> bool:
    """Whether the last of ``others`` (a bead's other side, a segment longer than ``mine``) renders
    the opening of the next bead's ``mine`` side instead (:func:`_renders` of a piece of the next
    original that starts it, beyond what ``mine`` holds): the first part of a sentence the translator
    split in three, which the aligner, joining no more than two a side, gave to this bead."""
    if len(others) <= len(mine) or not others:
        return False
    near = _nearest(beads, at, 1)
    if near is None:
        return False
    side = mine[0].side
    following = near[0] if side == SOURCE else near[1]
    last = [others[-1]]
    return any(
        _renders(p, mine, last, lexicon)
        for p in clauses(following[0])
        if p.start == 0 and p.end < len(following[0].text.rstrip())
    )
