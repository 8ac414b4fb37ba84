"""A part of a segment its bead leaves unrendered that a neighbouring bead renders: the two sides cut
these sentences differently, so the part is minor (:func:`part_beside`, :func:`piece_next_door`), or
the last of the translation's sentences renders the next original's opening and its own part is left
out (:func:`lent_piece`). Asked by :mod:`.check`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...analysis import WordKeys
from ...model import SOURCE, TARGET, Bead, Finding, Segment, Severity
from .. import CheckContext
from .absorbed import lent_to_next, rendered_beside
from .breaks import Piece
from .length import LengthModel
from .lost import lost_clause
from .members import unrendered_piece
from .messages import finding, shortened
from .strangers import NEXT_DOOR_SHARE, PART_BESIDE_REASON, lone_renders

__all__ = ["lent_piece", "part_beside", "piece_next_door"]


def part_beside(
    context: CheckContext,
    found: Finding,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    lexicon: WordKeys,
) -> Finding:
    """``found`` (a part of ``beads[at]`` said to be left out) as it stands, or minor with the reason
    when a lone segment of the other side beside the bead renders :data:`NEXT_DOOR_SHARE` of its words
    or more: the two sides cut these sentences differently, and the part is rendered next door."""
    side = SOURCE if found.kind == "omission" else TARGET
    evidence = found.source_evidence if side == SOURCE else found.target_evidence
    text = context.source_text if side == SOURCE else context.target_text
    part = " ".join(text[e.start : e.end] for e in evidence)
    ids = lone_renders(part, side, beads, at, lexicon=lexicon, share=NEXT_DOOR_SHARE) if part else ""
    if not ids:
        return found
    message = found.message + PART_BESIDE_REASON.format(ids=ids)
    return attrs.evolve(found, severity=Severity.MINOR, message=message)


def piece_next_door(
    piece: Piece, beads: Sequence[tuple[Bead, list[Segment], list[Segment]]], at: int, lexicon: WordKeys
) -> Finding | None:
    """The minor finding of a part of a segment its bead leaves unrendered when a neighbouring
    bead's other side, a segment longer than its own, renders it (:func:`.absorbed.rendered_beside`):
    the translator split a sentence in more parts than the aligner joins, not a part left out."""
    near = rendered_beside(piece, beads, at, lexicon=lexicon)
    if not near:
        return None
    return finding(
        piece.seg.side,
        "piece_next_door",
        Severity.MINOR,
        mine=(piece.seg,),
        others=near,
        evidence=(piece.span,),
        quote=f"“{shortened(piece.text)}”",
        id=piece.seg.id,
        near=", ".join(o.id for o in near),
    )


def lent_piece(
    context: CheckContext,
    mine: list[Segment],
    others: list[Segment],
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    model: LengthModel | None,
    lexicon: WordKeys,
) -> Finding | None:
    """The minor finding of a part of ``mine`` left unrendered once the last of ``others``, which
    renders the next original's opening (:func:`.absorbed.lent_to_next`), is given back to it: the
    lengths of the bead hid the part, the translation of another sentence making up for it."""
    if not lent_to_next(mine, others, beads, at, lexicon=lexicon):
        return None
    own = others[:-1]
    piece = unrendered_piece(context, mine, own, side=SOURCE, model=model, lexicon=lexicon) or lost_clause(
        context, mine, own, lexicon=lexicon
    )
    if piece is None:
        return None
    return finding(
        SOURCE,
        "lent_to_next",
        Severity.MINOR,
        mine=mine,
        others=own,
        evidence=(piece.span,),
        quote=f"“{shortened(piece.text)}”",
        id=piece.seg.id,
        other=", ".join(o.id for o in own),
        lent=others[-1].id,
    )
