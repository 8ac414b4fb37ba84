"""The findings of a text segment left alone in a 1-0 (0-1) bead, the first answer winning: a second
translation of a passage (``retranslated``), a passage of a second witness (``witness``, ``repeated``),
a run-on segment whose translation sits in the neighbour, a sentence moved over others, one the
translator joined to its neighbour (:mod:`.absorbed`), a footnote; else ``unaligned``, major or minor
as :func:`.messages.lone_severity` and the reasons of :mod:`.expansions`, :mod:`.short` and
:mod:`.strangers` say. Asked by :mod:`.check`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from ...analysis import WordKeys
from ...model import SOURCE, TARGET, Bead, Finding, Segment, Severity
from .. import CheckContext
from ..witness import WitnessBlock
from .absorbed import absorbed
from .expansions import expansion_reason
from .footnotes import footnote_number
from .length import length_model
from .messages import finding, lone_severity, quoted
from .reordered import reordered
from .run_on import moved_run_on
from .short import short_fact
from .strangers import LONE_BESIDE_REASON, PAIRED_BESIDE_REASON, lone_renders, paired_renders

__all__ = ["lone_findings"]


#: Why a lone translation sentence is minor when the run-on neighbour's original reads as rendered by it.
MOVED_LONE_REASON = (
    " (Minor: it seems to render part of {ids} beside it, which runs two sentences together: the two"
    " sides cut these sentences differently, and what has no original may be the neighbour's other part.)"
)


def _range(segments: Sequence[Segment]) -> str:
    """The ids of consecutive segments as a range: "s21-s28" (or "s21" alone)."""
    first, last = segments[0].id, segments[-1].id
    return first if first == last else f"{first}–{last}"


def lone_findings(
    context: CheckContext,
    seg: Segment,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    lexicon: WordKeys,
    witnesses: Mapping[str, str],
    blocks: dict[str, WitnessBlock],
    again: Mapping[str, tuple[Segment, Segment]],
) -> Iterator[Finding]:
    """The findings of a text segment left alone in a 1-0 (0-1) bead."""
    side = seg.side
    if seg.id in again:
        original, first = again[seg.id]
        yield finding(
            side,
            "retranslated",
            Severity.INFO,
            mine=(seg,),
            quote=quoted(seg),
            id=seg.id,
            original=original.id,
            first=first.id,
        )
        return
    block = blocks.get(seg.id)
    if block is not None:
        yield finding(
            side,
            "witness",
            Severity.INFO,
            mine=(seg,),
            quote=quoted(seg),
            id=seg.id,
            passage=_range(block.passage),
            witness=_range(block.witness),
        )
        return
    if seg.id in witnesses:
        yield finding(
            side,
            "repeated",
            Severity.INFO,
            mine=(seg,),
            quote=quoted(seg),
            id=seg.id,
            witness=witnesses[seg.id],
        )
        return
    moved = moved_run_on(context, seg, beads, at, lexicon)
    if moved is not None:
        yield moved
        if side == SOURCE:
            return  # its translation sits in the neighbour (a translation segment's
            # original may sit there, and the segment still be an addition: minor, below)
    shifted = reordered(seg, beads, at, lexicon=lexicon)
    if shifted is not None:
        yield shifted
        return
    model = length_model(context.source.language, context.target.language)
    found = absorbed(seg, beads, at, model=model, lexicon=lexicon)
    if found is not None:
        yield found
        return
    text = context.source_text if side == SOURCE else context.target_text
    note = footnote_number(seg, text)
    if note is not None:
        yield finding(side, "footnote", Severity.MINOR, mine=(seg,), quote=quoted(seg), id=seg.id, n=note)
        return
    severity, why = lone_severity(seg)
    if severity is Severity.MAJOR and side == TARGET:
        why = expansion_reason(seg, context.target.language)
        severity = Severity.MINOR if why else severity
    if severity is Severity.MAJOR and moved is not None:
        severity, why = Severity.MINOR, MOVED_LONE_REASON.format(ids=moved.source[0] if moved.source else "")
    if severity is Severity.MAJOR and side == TARGET:
        beside, how = paired_renders(seg.text, beads, at, lexicon=lexicon, model=model)
        if beside:
            severity, why = Severity.MINOR, PAIRED_BESIDE_REASON.format(ids=beside, how=how)
    if severity is Severity.MINOR and not why and side == SOURCE and short_fact(context, seg):
        severity, why = Severity.MAJOR, " It is short, but it states a fact (a number or a name)."
    if severity is Severity.MAJOR and side == SOURCE:
        beside = lone_renders(seg.text, side, beads, at, lexicon=lexicon)
        if beside:
            severity, why = Severity.MINOR, LONE_BESIDE_REASON.format(ids=beside)
    what = "sentence" if severity is Severity.MAJOR else "passage"
    yield finding(side, "unaligned", severity, mine=(seg,), what=what, quote=quoted(seg), id=seg.id, why=why)
