"""The ``duplicate`` check: a passage of the original repeated elsewhere in the original.

An archive file often holds two witnesses of one text: a letter and the
cipher telegram that repeats its end, a draft and a fair copy. The repeat is
not translated twice, and its variant readings tell the historian which
witness the translation follows.

A repeat (:mod:`aligner.checks.repeats`: a pair of segments that match closely enough, over at
least :data:`~aligner.checks.repeats.MIN_WORDS` words) is reported on the later segment, with the
variant readings word by word: "s13 repeats the end of s5 (a second witness?),
reading «вождения» for «ведения», «войск» for «войн»". Identical repeats are
``info``; repeats with variant readings ``minor`` (which reading does the
translation follow?). The repeats of an untranslated second witness
(:mod:`aligner.checks.witness`) are one ``duplicate.witness`` finding on the
repeating passage, with every variant reading, numbers first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..config import Config
from ..model import Finding, Mention, Segment, Severity
from ..tokens import HYPHENS, tokens
from . import CheckContext
from .repeats import Repeat, word_list

if TYPE_CHECKING:
    from ..analysis import Analysis
    from .witness import WitnessBlock

__all__ = ["check_duplicate", "repeats_of", "repeated_in_translated", "witness_of"]


def repeats_of(context: CheckContext) -> tuple[Repeat, ...]:
    """The repeats of the original's segments (see :func:`find_repeats`), as the document's
    analysis found them once: the duplicate, omission and second-witness rules all ask for them."""
    return context.analysis.repeats


#: The fewest words a passage needs before its repetition word for word makes it a second witness.
WITNESS_WORDS = 3


def repeated_in_translated(analysis: Analysis, seg: Segment, passage: str) -> str | None:
    """The id of another source segment, one with a translation, that repeats ``passage``
    (words of ``seg``) word for word; ``None`` if none does or it is under
    :data:`WITNESS_WORDS` words.

    A second witness of the same text ("Председатель Кабинета Министров КНДР"
    closing both a letter and the cipher telegram that repeats it) is rendered
    once: what has no translation beside one witness has one beside the other.
    """
    mine = word_list(passage)
    n = len(mine)
    if n < WITNESS_WORDS:
        return None
    translated, holding = analysis.translated_words
    first = mine[0]
    for sid in holding.get(first, ()):
        if sid == seg.id:
            continue
        theirs = translated[sid]
        if any(w == first and theirs[k : k + n] == mine for k, w in enumerate(theirs)):
            return sid
    return None


#: Words on either side of a mention that go with it when looking for a second witness.
WITNESS_CONTEXT = 2


def witness_of(context: CheckContext, segments: Sequence[Segment], mention: Mention) -> str | None:
    """Another, translated source segment that repeats ``mention`` (a name, a title) with the
    :data:`WITNESS_CONTEXT` words either side of it, word for word (see
    :func:`repeated_in_translated`); ``segments`` are those of the mention's bead."""
    for seg in segments:
        if not seg.span.start <= mention.span.start < seg.span.end:
            continue
        at = seg.text.find(mention.text)
        found = tokens(seg.text, joiners=HYPHENS, numbers=True)
        inside = [k for k, m in enumerate(found) if at >= 0 and at <= m[0] < at + len(mention.text)]
        if not inside:
            return None
        lo, hi = inside[0], inside[-1]
        before, after = max(0, lo - WITNESS_CONTEXT), min(len(found) - 1, hi + WITNESS_CONTEXT)
        # the words on both sides, or those after it, or those before (a garbled neighbour
        # on one side must not hide the witness)
        for first, last in ((before, after), (lo, after), (before, hi)):
            if (first, last) == (lo, hi):
                continue
            passage = seg.text[found[first][0] : found[last][1]]
            witness = repeated_in_translated(context.analysis, seg, passage)
            if witness is not None:
                return witness
        return None
    return None


def _message(rep: Repeat, *, both_rendered: bool = False) -> str:
    target = f"{rep.where} {rep.earlier.id}" if rep.where else rep.earlier.id
    if rep.later_span.end - rep.later_span.start < rep.later.span.end - rep.later.span.start - 2:
        head = f"Part of {rep.later.id} repeats {target}"
    else:
        head = f"{rep.later.id} repeats {target}"
    guess = "both are translated" if both_rendered else "a second witness?"
    if not rep.variants:
        return f"{head} word for word ({guess if both_rendered else 'a second witness of the same text?'})."
    swaps = [f"«{a}» for «{b}»" for a, b in rep.variants if a and b]
    swaps += [f"with «{a}» added" for a, b in rep.variants if a and not b]
    swaps += [f"without «{b}»" for a, b in rep.variants if b and not a]
    more = f" and {len(swaps) - 6} more" if len(swaps) > 6 else ""
    return f"{head} ({guess}), reading {', '.join(swaps[:6])}{more}."


def _readings(rep: Repeat, block_is_later: bool) -> list[tuple[str, str]]:
    """The variant readings of a repeat as (the untranslated witness's, the translated one's)."""
    return list(rep.variants) if block_is_later else [(b, a) for a, b in rep.variants]


def _swaps(variants: Sequence[tuple[str, str]]) -> list[str]:
    """Variant readings in words, numbers first: "«50» for «40»", "with «x» added", "without «y»"."""
    ordered = sorted(variants, key=lambda v: not any(ch.isdigit() for ch in v[0] + v[1]))
    out = []
    for a, b in ordered:
        out.append(f"«{a}» for «{b}»" if a and b else f"with «{a}» added" if a else f"without «{b}»")
    return out


def _ids(segments: Sequence[Segment]) -> str:
    first, last = segments[0].id, segments[-1].id
    return first if first == last else f"{first}–{last}"


def _block_finding(block: WitnessBlock) -> Finding:
    """One ``duplicate.witness`` finding for an untranslated second witness, pointing at its
    repeating passage, with every variant reading of its repeats."""
    later = block.passage[0].span.start > block.witness[0].span.start
    mine = {s.id for s in block.passage}
    variants = [v for rep in block.repeats for v in _readings(rep, rep.later.id in mine)]
    swaps = _swaps(variants)
    head = (
        f"{_ids(block.passage)} repeat {_ids(block.witness)}: a second witness of the same text "
        f"({'after' if later else 'before'} the one the translation renders)"
    )
    if not swaps:
        message = f"{head}, word for word."
    else:
        more = f" and {len(swaps) - 6} more" if len(swaps) > 6 else ""
        message = f"{head}, reading {', '.join(swaps[:6])}{more}."
    return Finding(
        kind="duplicate",
        severity=Severity.MINOR if swaps else Severity.INFO,
        source=tuple(s.id for s in block.passage) + tuple(s.id for s in block.witness),
        source_evidence=(block.passage_span, block.witness_span),
        message=message,
        rule="duplicate.witness",
    )


def _rendered_beads(context: CheckContext) -> dict[str, int]:
    """The bead of each source segment that the translation renders (a bead with a target)."""
    return {sid: n for n, bead in enumerate(context.alignment.beads) if bead.target for sid in bead.source}


def check_duplicate(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report passages of the original that repeat an earlier one, with their variant readings:
    an untranslated second witness as one finding, other repeats one by one."""
    blocks = context.analysis.witness_blocks
    in_block = {rep.later.id for block in blocks for rep in block.repeats}
    in_block |= {rep.earlier.id for block in blocks for rep in block.repeats}
    for block in blocks:
        yield _block_finding(block)
    rendered = _rendered_beads(context)
    for rep in repeats_of(context):
        if rep.later.id in in_block and rep.earlier.id in in_block:
            continue
        # each passage rendered in a bead of its own: the translator saw both (a heading and the item
        # it heads, two lines of a list), no second witness rendered once
        both = (
            rendered.get(rep.later.id, -1) != rendered.get(rep.earlier.id, -1) >= 0
            and rep.later.id in rendered
        )
        yield Finding(
            kind="duplicate",
            severity=Severity.MINOR if rep.variants and not both else Severity.INFO,
            source=(rep.earlier.id, rep.later.id),
            source_evidence=(rep.later_span, rep.earlier_span),
            message=_message(rep, both_rendered=both),
            rule="duplicate.variant" if rep.variants else "duplicate.verbatim",
        )
