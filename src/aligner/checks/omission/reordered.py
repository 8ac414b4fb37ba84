"""A sentence the translator moved: alone on each side, a few beads apart, the one rendering the other.

The aligner keeps both texts in order. A translator who moves a sentence (the
paragraph's first to its end, for emphasis) leaves it alone on the original's side
in its old place and alone on the translation's side in its new one: an omission
and an addition, each ``major`` on its own, though nothing is lost or added. When
a lone segment of the other side stands within :data:`MOVED_REACH` beads and the two
render each other (:data:`MOVED_SUPPORT` of each one's keyed words meet the other,
:data:`MOVED_KEYED` or more of them, and every number of the one is the other's),
both are a ``minor`` note that the sentence was moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...analysis import WordKeys, number_keys
from ...model import SOURCE, Bead, Finding, Segment, Severity
from .keys import Plain, support_share, word_key_sets
from .messages import finding, quoted

__all__ = ["reordered", "MOVED_REACH", "MOVED_SUPPORT", "MOVED_KEYED"]

#: The most beads between a lone segment and its moved counterpart.
MOVED_REACH = 4
#: The least share of each segment's keyed words the other must render.
MOVED_SUPPORT = 0.5
#: The fewest keyed words each segment needs (a short line shares words by chance).
MOVED_KEYED = 3

_Beads = Sequence[tuple[Bead, list[Segment], list[Segment]]]


def _render_each_other(seg: Segment, other: Segment, lexicon: WordKeys) -> float:
    """The lesser share of the two segments' keyed words met by the other (0 when either is too
    short, or a number of either is missing from the other)."""
    side, other_side = (SOURCE, "target") if seg.side == SOURCE else ("target", SOURCE)
    for text, text_side in ((seg.text, side), (other.text, other_side)):
        if len(word_key_sets(Plain(text), lexicon, text_side)) < MOVED_KEYED:
            return 0.0
    if number_keys(seg.text) != number_keys(other.text):
        return 0.0
    return min(
        support_share(seg.text, side, other.text, other_side, lexicon),
        support_share(other.text, other_side, seg.text, side, lexicon),
    )


def reordered(seg: Segment, beads: _Beads, at: int, *, lexicon: WordKeys) -> Finding | None:
    """The ``reordered`` finding of a lone segment (in ``beads[at]``) whose counterpart stands alone on
    the other side a few beads away, or ``None``."""
    best: tuple[float, Segment] | None = None
    for k in range(max(0, at - MOVED_REACH), min(len(beads), at + MOVED_REACH + 1)):
        _bead, src, tgt = beads[k]
        mine, theirs = (src, tgt) if seg.side == SOURCE else (tgt, src)
        if k == at or mine:
            continue  # only a lone segment of the other side (a 0-1 bead facing a 1-0 one)
        for other in theirs:
            share = _render_each_other(seg, other, lexicon)
            if share >= MOVED_SUPPORT and (best is None or share > best[0]):
                best = (share, other)
    if best is None:
        return None
    other = best[1]
    return finding(
        seg.side,
        "reordered",
        Severity.MINOR,
        mine=(seg,),
        others=(other,),
        evidence=(seg.span,),
        quote=quoted(seg),
        id=seg.id,
        other=other.id,
    )
