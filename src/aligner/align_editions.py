"""Two translations of one original: compare the original with the first one printed.

An archive page may print two English editions of one message (the translation
published in 1957, then a new one). The alignment pairs the original with
whichever renders it closer, and that is often the later, more literal one:
the first edition, with its slips, is then left alone and only noted as a second
translation (:mod:`aligner.checks.omission.retranslated`), and its slips are
never reported. A reader checks the edition printed first.

:func:`first_edition` looks for that case: a run of lone translation segments
that renders the original again, in order, *before* the translation the
alignment chose. The original is then aligned again with the translation up to
the end of that run, and everything after it stands alone (and is noted as the
second translation). The new alignment is kept only when it links as many of
the original's sentences as the first did, less a few, and the part left alone
is itself found to render the original again. When the run comes *after* the
translation the alignment chose, the original is aligned again with the translation
before the run alone (the second edition no longer doubling the length the length
model expects of each sentence), on the same terms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .align import align
from .analysis import WordKeys
from .checks.omission.retranslated import MIN_CHAIN, second_translation
from .config import Config
from .model import Alignment, Bead, Features, Segment
from .scoring import Scorer

__all__ = ["first_edition"]

#: How many fewer of the original's sentences the first edition may leave unlinked than the
#: alignment with the later one (an edition may drop a sentence; it must not drop the text).
SLACK = 2

#: The least share of the translation's sentences a second edition after the first must hold for
#: the original to be aligned again without it: a shorter run hardly changes the length the
#: alignment expects of each sentence (a long text ending in a few sentences that render earlier
#: ones is not re-aligned whole for them).
SECOND_SHARE = 0.25


def _text_beads(
    alignment: Alignment, index: Mapping[str, Segment]
) -> list[tuple[Bead, list[Segment], list[Segment]]]:
    return [
        (
            bead,
            [index[i] for i in bead.source if index[i].is_text],
            [index[i] for i in bead.target if index[i].is_text],
        )
        for bead in alignment.beads
    ]


def _linked_sources(alignment: Alignment, index: Mapping[str, Segment]) -> int:
    return sum(1 for b in alignment.beads if b.target for i in b.source if index[i].is_text)


def first_edition(
    source: Sequence[Segment],
    target: Sequence[Segment],
    alignment: Alignment,
    features: Mapping[str, Features],
    *,
    config: Config,
    scorer: Scorer,
    keys: WordKeys,
) -> Alignment:
    """The alignment with the translation printed first, when the translation side holds two
    renderings of the original and the alignment chose the later one; else ``alignment``."""
    index = {s.id: s for s in (*source, *target)}
    again = second_translation(_text_beads(alignment, index), keys)
    if len(again) < MIN_CHAIN:
        return alignment
    position = {s.id: k for k, s in enumerate(target)}
    run_end = max(position[i] for i in again)
    chosen_after = [
        i for b in alignment.beads if b.source for i in b.target if position[i] > run_end and index[i].is_text
    ]
    if len(chosen_after) < MIN_CHAIN:
        # the chosen translation is the first one: align it again without the second, which
        # doubled the translation's length the length model expects of every sentence
        run_start = min(position[i] for i in again)
        return _without_second(source, target, alignment, features, run_start, config, scorer, keys)
    head, tail = target[: run_end + 1], target[run_end + 1 :]
    redone = align(source, head, features, config=config, scorer=scorer)
    candidate = Alignment(
        (*redone.beads, *(Bead((), (seg.id,)) for seg in tail)), signature=alignment.signature
    )
    if _linked_sources(candidate, index) + SLACK < _linked_sources(alignment, index):
        return alignment
    lone_tail = {seg.id for seg in tail if seg.is_text}
    if len(lone_tail & set(second_translation(_text_beads(candidate, index), keys))) < MIN_CHAIN:
        return alignment
    return candidate


def _without_second(
    source: Sequence[Segment],
    target: Sequence[Segment],
    alignment: Alignment,
    features: Mapping[str, Features],
    run_start: int,
    config: Config,
    scorer: Scorer,
    keys: WordKeys,
) -> Alignment:
    """The alignment of the original with the translation before the second one (from ``run_start``
    on, every segment left alone), when it links at least as many of the original's sentences and the
    part left alone still renders the original again; else ``alignment``. A sentence the first
    edition shortened (a clause left out) then meets the length the translation gives such a sentence,
    not twice that."""
    index = {s.id: s for s in (*source, *target)}
    head, tail = target[:run_start], target[run_start:]
    if not any(seg.is_text for seg in head):
        return alignment
    texts = sum(1 for seg in target if seg.is_text)
    if sum(1 for seg in tail if seg.is_text) < SECOND_SHARE * texts:
        return alignment  # a run too short to have swayed the lengths the alignment expected
    redone = align(source, head, features, config=config, scorer=scorer)
    candidate = Alignment(
        (*redone.beads, *(Bead((), (seg.id,)) for seg in tail)), signature=alignment.signature
    )
    if _linked_sources(candidate, index) < _linked_sources(alignment, index):
        return alignment
    lone_tail = {seg.id for seg in tail if seg.is_text}
    if len(lone_tail & set(second_translation(_text_beads(candidate, index), keys))) < MIN_CHAIN:
        return alignment
    return candidate
