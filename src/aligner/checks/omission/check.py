"""The side-parametrised check: each bead through the rules in order, first answer wins."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence

import attrs

from ...analysis import WordKeys
from ...config import Config
from ...model import SOURCE, TARGET, Bead, Finding, Segment, Severity
from .. import CheckContext
from ..negation import negation_findings
from ..witness import WitnessBlock
from .absorbed import absorbed, lent_to_next, rendered_beside
from .added import added_clause, added_clause_names, added_rule
from .breaks import Piece
from .condition import opens_condition
from .contrast import contrast_finding, stranger_part
from .expansions import courtesy_minor, expansion_reason
from .footnotes import footnote_number
from .length import LengthModel, length_finding, length_model
from .list_member import with_list_members
from .lost import lost_clause
from .lost_contrast import LETTER_RATIO, lost_contrast
from .members import (
    find_echo,
    piece_finding,
    rendered_unseen,
    short_unsupported,
    unrendered_piece,
    unsupported_members,
)
from .messages import finding, lone_severity, quoted, shortened
from .qualification import lost_qualification
from .reordered import reordered
from .reported import opens_speech, reports_speech
from .retranslated import second_translation_of
from .run_on import moved_run_on, run_on_addition, run_on_omission
from .short import short_fact
from .strangers import (
    LONE_BESIDE_REASON,
    NEXT_DOOR_SHARE,
    PART_BESIDE_REASON,
    lone_renders,
    partly_rendered,
    rendered_next_door,
    strangers,
)


def _range(segments: Sequence[Segment]) -> str:
    """The ids of consecutive segments as a range: "s21-s28" (or "s21" alone)."""
    first, last = segments[0].id, segments[-1].id
    return first if first == last else f"{first}–{last}"


def _lost_rule(context: CheckContext, side: str, text: str, others: Sequence[Segment]) -> str:
    """The message of a lost clause: it sets a condition, gives a qualification, or a fact (or, on
    the translation's side, an added clause)."""
    if side != SOURCE:
        return ""
    if opens_condition(text, context.source.language):
        return "lost_condition"
    other = " ".join(o.text for o in others)
    if lost_qualification(text, other, context.source.language, context.target.language):
        return "lost_qualification"
    if opens_speech(text, context.source.language) and not reports_speech(other, context.target.language):
        return "lost_attribution"
    return ""


def _lone_beside(
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]], at: int, side: str
) -> list[Segment]:
    """The segments of ``side`` that a bead next to ``beads[at]`` leaves without counterpart."""
    out: list[Segment] = []
    for k in (at - 1, at + 1):
        if 0 <= k < len(beads):
            _bead, src, tgt = beads[k]
            mine, other = (src, tgt) if side == SOURCE else (tgt, src)
            if not other:
                out.extend(mine)
    return out


def _beside_lone(beads: Sequence[tuple[Bead, list[Segment], list[Segment]]], at: int, side: str) -> bool:
    """Whether a bead next to ``beads[at]`` leaves a segment of ``side`` without counterpart."""
    mine, other = (1, 2) if side == SOURCE else (2, 1)
    return any(0 <= k < len(beads) and beads[k][mine] and not beads[k][other] for k in (at - 1, at + 1))


def _lone(
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
            # original may sit there, and the segment still be an addition)
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
    if severity is Severity.MINOR and not why and side == SOURCE and short_fact(context, seg):
        severity, why = Severity.MAJOR, " It is short, but it states a fact (a number or a name)."
    if severity is Severity.MAJOR and side == SOURCE:
        beside = lone_renders(seg.text, side, beads, at, lexicon=lexicon)
        if beside:
            severity, why = Severity.MINOR, LONE_BESIDE_REASON.format(ids=beside)
    what = "sentence" if severity is Severity.MAJOR else "passage"
    yield finding(side, "unaligned", severity, mine=(seg,), what=what, quote=quoted(seg), id=seg.id, why=why)


def _part_beside(
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


def _next_door(
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


def _lent_piece(
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


def _check(context: CheckContext, config: Config, side: str) -> Iterator[Finding]:
    """The omission check (``side`` is the original's) or the addition check (the translation's)."""
    model = length_model(context.source.language, context.target.language)
    analysis = context.analysis
    lexicon = analysis.keys
    witnesses = analysis.second_witnesses if side == SOURCE else {}
    blocks = {sid: b for b in analysis.witness_blocks for sid in b.ids} if side == SOURCE else {}
    beads = list(context.running_text())
    again = second_translation_of(context) if side == TARGET else {}
    for at, (bead, src, tgt) in enumerate(beads):
        mine, others = (src, tgt) if side == SOURCE else (tgt, src)
        if not mine:
            continue
        if not (bead.target if side == SOURCE else bead.source):
            for seg in mine:
                yield from _lone(context, seg, beads, at, lexicon, witnesses, blocks, again)
            continue
        if not others:
            continue  # text against furniture or editorial notes: nothing to compare
        echo = find_echo(context, mine, others, model=model, lexicon=lexicon) if side == SOURCE else None
        if echo is not None:
            repeat, first = echo
            yield finding(
                side,
                "repeated",
                Severity.INFO,
                mine=(repeat.seg,),
                evidence=(repeat.span,),
                message_rule="echo",
                quote=f"“{shortened(repeat.text)}”",
                id=repeat.seg.id,
                first=f"“{shortened(first.text, 40)}”",
            )
            continue
        if strangers(mine, others, score=bead.score, side=side, lexicon=lexicon):
            near = [
                b[2] if side == SOURCE else b[1] for b in beads[max(0, at - 1) : at + 2] if b[0] is not bead
            ]
            next_door = rendered_next_door(mine[0], near, side=side, lexicon=lexicon)
            yield finding(
                side,
                "stranger",
                Severity.MINOR if next_door else Severity.MAJOR,
                message_rule="stranger_next_door" if next_door else "stranger",
                mine=mine,
                others=others,
                evidence=(mine[0].span,),
                quote=quoted(mine[0]),
                id=mine[0].id,
                other=others[0].id,
                near=next_door,
            )
            continue
        lone: list[Segment] = []
        doubted: Finding | None = None  # a run-on part the lengths chose and the words do not bear out
        if len(mine) > 1:
            lone = unsupported_members(mine, others, side=side, model=model, lexicon=lexicon)
        elif len(others) == 1 and model is not None and not _beside_lone(beads, at, side):
            run_on = run_on_omission if side == SOURCE else run_on_addition
            part = run_on(context, mine[0], others[0], model, lexicon)
            if part is not None and part.severity is not Severity.MINOR:
                yield _part_beside(context, part, beads, at, lexicon)
                continue
            doubted = part  # the clause rules below may point at the part really left out
        if not lone:
            piece = unrendered_piece(context, mine, others, side=side, model=model, lexicon=lexicon)
            if piece is not None:
                yield _next_door(piece, beads, at, lexicon) or piece_finding(context, piece, mine, others)
                continue
            lost = (
                lost_clause(context, mine, others, lexicon=lexicon)
                if side == SOURCE
                else added_clause(mine, others, lexicon=lexicon, near=_lone_beside(beads, at, SOURCE))
            )
            contrast = lost is None and side == SOURCE
            if contrast:  # a short clause of contrast or addition with no fact the rules above read
                lost = lost_contrast(
                    mine,
                    others,
                    language=context.source.language,
                    lexicon=lexicon,
                    ratio=model.ratio if model is not None else LETTER_RATIO,
                )
            beside = _next_door(lost, beads, at, lexicon) if lost is not None else None
            if beside is not None:
                yield beside
                continue
            if lost is not None:
                rule = (
                    added_rule(
                        lost,
                        mine,
                        others,
                        lexicon,
                        [s for k in (at - 1, at + 1) if 0 <= k < len(beads) for s in beads[k][1]],
                    )
                    if side == TARGET
                    else ""
                )
                rule = "lost_contrast" if contrast else rule
                yield finding(
                    side,
                    "lost_clause",
                    Severity.MINOR if rule else Severity.MAJOR,
                    mine=mine,
                    others=others,
                    evidence=(lost.span,),
                    message_rule=rule or _lost_rule(context, side, lost.text, others),
                    quote=f"“{shortened(lost.text)}”",
                    id=lost.seg.id,
                    other=others[0].id,
                    names=", ".join(f"“{n}”" for n in added_clause_names(lost, lexicon)) if rule else "",
                )
                continue
            stranger = stranger_part(context, mine, others, side=side, model=model, lexicon=lexicon)
            if stranger is not None:
                yield contrast_finding(stranger, mine, others)
                continue
            lent = _lent_piece(context, mine, others, beads, at, model, lexicon) if side == SOURCE else None
            if lent is not None:
                yield lent
                continue
        if doubted is not None:
            yield doubted
            continue
        short = [] if lone else short_unsupported(mine, others, side=side, lexicon=lexicon)
        for rule, severity, members in (
            ("unsupported", Severity.MAJOR, lone),
            ("unsupported_short", Severity.MINOR, short),
        ):
            for seg in members:
                share = (
                    partly_rendered(seg, others, side=side, lexicon=lexicon) if rule == "unsupported" else 0
                )
                free = rendered_unseen(seg, mine, others, side=side, lexicon=lexicon)
                message_rule, level = ("unsupported_partly", Severity.MINOR) if share else ("", severity)
                if free:  # a member of a split or join the other side's unclaimed words may render
                    message_rule = f"{rule}_unseen"
                    level = Severity.INFO if share or rule == "unsupported_short" else Severity.MINOR
                yield finding(
                    side,
                    rule,
                    level,
                    mine=mine,
                    others=others,
                    evidence=(seg.span,),
                    message_rule=message_rule,
                    quote=quoted(seg),
                    id=seg.id,
                    share=f"{share:.0%}",
                    free=str(free),
                )
        if model is not None and not lone and not short:
            found = length_finding(context, side, bead, mine, others, model, lexicon)
            if found is not None:
                yield found


def check_omission(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report original text with no translation: lone segments, beads far too short, and members
    of a list left out."""
    found = courtesy_minor(context, with_list_members(context, _check(context, config, SOURCE)))
    return itertools.chain(found, negation_findings(context, SOURCE))


def check_addition(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report translation text with no original: lone segments, and beads far too long."""
    found = courtesy_minor(context, _check(context, config, TARGET))
    return itertools.chain(found, negation_findings(context, TARGET))
