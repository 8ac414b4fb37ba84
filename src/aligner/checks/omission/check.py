"""The side-parametrised check: each bead through the rules in order, first answer wins."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from ...analysis import WordKeys
from ...config import Config
from ...model import SOURCE, TARGET, Bead, Finding, Segment, Severity
from .. import CheckContext
from ..negation import negation_findings
from .added import added_clause, added_clause_names, added_rule
from .condition import opens_condition
from .contrast import contrast_finding, stranger_part
from .expansions import courtesy_minor
from .inner import dropped_clause
from .keys import shared_keys
from .length import LengthModel, length_finding, length_model
from .list_member import with_list_members
from .lone import lone_findings
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
from .messages import finding, quoted, shortened
from .next_door import lent_piece, part_beside, piece_next_door
from .qualification import lost_qualification
from .reported import opens_speech, reports_speech
from .retranslated import second_translation_of
from .run_on import run_on_addition, run_on_omission
from .strangers import partly_rendered, rendered_next_door, strangers


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


def _rendering(
    others: list[Segment], mine: list[Segment], model: LengthModel | None, lexicon: WordKeys
) -> list[Segment]:
    """The translation's members of a merged bead that render the original ``mine``: all of ``others``
    but those unsupported (:func:`unsupported_members`) that share no word or number with it at all
    (a sentence split in three whose part the lexicon does not link still shares its figures), if
    any are left."""
    if len(others) < 2:
        return others
    lone = unsupported_members(others, mine, side=TARGET, model=model, lexicon=lexicon)
    if not lone:
        return others
    text = " ".join(m.text for m in mine)
    foreign = [o for o in lone if not shared_keys(o.text, TARGET, text, SOURCE, lexicon)]
    return [o for o in others if o not in foreign] or others


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
                yield from lone_findings(context, seg, beads, at, lexicon, witnesses, blocks, again)
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
                yield part_beside(context, part, beads, at, lexicon)
                continue
            doubted = part  # the clause rules below may point at the part really left out
        if not lone:
            piece = unrendered_piece(context, mine, others, side=side, model=model, lexicon=lexicon)
            if piece is not None:
                yield piece_next_door(piece, beads, at, lexicon) or piece_finding(
                    context, piece, mine, others
                )
                continue
            # a clause replaced by a sentence of other content: the clause rules read the translation
            # without the members that render nothing of the original (the addition check's finding)
            kept = _rendering(others, mine, model, lexicon) if side == SOURCE else others
            lost = (
                lost_clause(context, mine, kept, lexicon=lexicon)
                if side == SOURCE
                else added_clause(
                    mine,
                    others,
                    lexicon=lexicon,
                    near=_lone_beside(beads, at, SOURCE),
                    model=model,
                    neighbours=[s for k in (at - 1, at + 1) if 0 <= k < len(beads) for s in beads[k][1]],
                )
            )
            contrast = lost is None and side == SOURCE
            if contrast:  # a short clause of contrast or addition with no fact the rules above read
                lost = lost_contrast(
                    mine,
                    kept,
                    language=context.source.language,
                    lexicon=lexicon,
                    ratio=model.ratio if model is not None else LETTER_RATIO,
                )
            beside = piece_next_door(lost, beads, at, lexicon) if lost is not None else None
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
            inner = (
                dropped_clause(mine, kept, lexicon=lexicon, model=model) if model and side == SOURCE else None
            )
            if inner is not None:
                yield piece_next_door(inner.piece, beads, at, lexicon) or finding(
                    side,
                    "inner_clause",
                    inner.severity,
                    mine=mine,
                    others=others,
                    evidence=(inner.piece.span,),
                    message_rule="" if inner.severity is Severity.MAJOR else "inner_clause_weak",
                    quote=f"“{shortened(inner.piece.text)}”",
                    id=inner.piece.seg.id,
                    other=others[0].id,
                )
                continue
            stranger = stranger_part(context, mine, others, side=side, model=model, lexicon=lexicon)
            if stranger is not None:
                yield contrast_finding(stranger, mine, others)
                continue
            lent = lent_piece(context, mine, others, beads, at, model, lexicon) if side == SOURCE else None
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
