"""A sentence the aligner joined to a rendered one, though it shares (almost) nothing with the other side.

The aligner pairs a sentence with no counterpart with its neighbour when the
two fit the other side's length together: an inserted sentence ends up in a
1-2 bead beside the translation of the original's sentence, or run into it with
no stop (a heading pasted in front of the text). The word rules of
:mod:`.members` ask that *none* of its words meet the other side; one common word
met by chance ("authorities" beside «властями» in a sentence on another matter)
then hides the whole sentence.

The contrast rule asks instead whether the parts of the bead's side are
unlike each other. One part (a member of the bead, or a stretch of a run-on
segment between hidden breaks, :func:`_cuts`) is a stranger when it is a
sentence (:data:`.keys.SENTENCE_WORDS` words or more, mostly words) with
:data:`STRANGER_KEYED` keyed words (lexicon entries or names) or more, at most
:data:`STRANGER_SUPPORT` of them meet the other side (or one, of
:data:`ONE_MET_KEYED` or more), none of its numbers does and it names no name,
title or term the other side gives; while the rest of the side renders the other
side: a share of its own keyed words :data:`REST_MARGIN` larger meets it, and it
meets :data:`COVERED` of the other side's keyed words. A translator who splits
one sentence into two renders some of the original in each, so neither part of
such a split is a stranger.

Severity: ``major`` when the lengths agree (the other side fits the rest alone
within :data:`FIT_Z` standard deviations, and better than the whole), else
``minor`` with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...analysis import WordKeys, number_keys
from ...keys import Key
from ...model import SOURCE, Finding, Segment, SegmentKind, Severity, Span
from .. import CheckContext
from .breaks import Piece, breaks_of, ends_no_sentence, function_words
from .keys import (
    SENTENCE_WORDS,
    STRONG_LETTERS,
    Plain,
    bag,
    matched_mentions,
    word_count,
    word_key_sets,
    wordy,
)
from .length import LengthModel, chars_of
from .messages import finding, shortened
from .run_on import head_line

__all__ = ["stranger_part", "contrast_finding", "STRANGER_SUPPORT", "REST_MARGIN", "COVERED", "FIT_Z"]

#: The most share of a stranger's keyed words (lexicon entries and names) that may meet the other side.
STRANGER_SUPPORT = 0.2
#: The fewest keyed words a stranger needs for its lack of support to count (none of them met).
STRANGER_KEYED = 2
#: The fewest keyed words a stranger needs for a ``major`` finding; with fewer it is ``minor``.
SURE_KEYED = 3
#: With this many keyed words or more, one of them may meet the other side by chance.
ONE_MET_KEYED = 4
#: How much larger a share of the rest's keyed words than of the stranger's must meet the other side.
REST_MARGIN = 0.3
#: The least share of the other side's keyed words the rest must meet.
COVERED = 0.4
#: How closely (standard deviations) the other side must fit the rest alone for a ``major`` finding.
FIT_Z = 2.5
#: The most hidden breaks of one segment whose parts are tried (a list or a garbled run has more).
_MOST_BREAKS = 3


@attrs.frozen
class Stranger:
    """A part of a bead's side that renders nothing of the other side, the rest rendering it."""

    piece: Piece
    share: float  # the share of its keyed words met on the other side
    fits: bool  # whether the other side fits the rest alone
    few: bool = False  # whether it has too few keyed words to be sure

    @property
    def sure(self) -> bool:
        """Whether the evidence is strong: the lengths agree and the words are enough."""
        return self.fits and not self.few


def _share(keyed: Sequence[frozenset[Key]], theirs: frozenset[Key]) -> float:
    return sum(1 for k in keyed if k & theirs) / len(keyed) if keyed else 0.0


def _candidates(context: CheckContext, mine: Sequence[Segment]) -> list[Piece]:
    """Each member of a bead of two or more, and each stretch of a member between its hidden breaks."""
    out = [Piece(seg, 0, len(seg.text)) for seg in mine] if len(mine) > 1 else []
    for seg in mine:
        cuts = _cuts(context, seg)
        if 0 < len(cuts) <= _MOST_BREAKS:
            edges = [(0, True), *cuts, (len(seg.text), True)]
            out.extend(
                Piece(seg, a, b) for (a, opens), (b, _) in zip(edges, edges[1:], strict=False) if opens
            )
    return out


def _cuts(context: CheckContext, seg: Segment) -> list[tuple[int, bool]]:
    """The hidden breaks of ``seg`` (strict, and loose ones after a word in lower case that may
    end a sentence) with whether a function word opens the part after it ("… strain A real …").
    A break before a capitalised common word may cut a name ("Scorpion Winter's grip", "against
    Covid to follow"): the part after it is no sentence of its own, though the part before may be."""
    words = context.analysis.keys.tokens_of(seg)
    starts = {start: k for k, (start, _end, _word) in enumerate(words)}
    language = context.source.language if seg.side == SOURCE else context.target.language
    stop = function_words(language)
    strict = set(breaks_of(context, seg))
    out: list[tuple[int, bool]] = []
    for cut in sorted(strict | set(breaks_of(context, seg, loose=True))):
        k = starts.get(cut)
        if not k:
            continue
        before, number = words[k - 1][2], any(ch.isdigit() for ch in seg.text[words[k - 1][1] : cut])
        word = words[k][2].lower()
        if before[:1].isupper() and word not in stop or not number and ends_no_sentence(before, language):
            continue  # "the Chinese Eastern Railway", "vaccinated against Covid"; not "… the EU The …"
        if cut in strict or word in stop or context.analysis.keys.word_keys(word, seg.side):
            out.append((cut, word in stop))  # not before a name: "… 2021 In my opinion", "… child Thanks"
    return out


def _heads_both(context: CheckContext, piece: Piece, others: Sequence[Segment]) -> bool:
    """Whether ``piece`` is the first line of its segment, with no full stop (an address or a
    heading run into the text), and the other side opens with such a line too."""
    texts = (context.source_text, context.target_text)
    mine, theirs = texts if piece.seg.side == SOURCE else texts[::-1]
    return (
        piece.start == 0
        and head_line(mine, piece.seg, piece.span)
        and any(head_line(theirs, o, None) for o in others[:1])
    )


def _rest(mine: Sequence[Segment], piece: Piece) -> list[str]:
    """The texts of ``mine`` with ``piece`` taken out."""
    out: list[str] = []
    for seg in mine:
        if seg is piece.seg:
            out.extend(t for t in (seg.text[: piece.start], seg.text[piece.end :]) if t.strip())
        else:
            out.append(seg.text)
    return out


def stranger_part(
    context: CheckContext,
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    side: str,
    model: LengthModel | None,
    lexicon: WordKeys,
) -> Stranger | None:
    """The part of ``mine`` (``side``'s segments of a bead) that shares (almost) nothing with
    ``others`` while the rest of ``mine`` renders them, or ``None`` (see the module's description)."""
    if not others or any(s.kind is not SegmentKind.TEXT for s in (*mine, *others)):
        return None
    candidates = [
        p
        for p in _candidates(context, mine)
        if word_count(p.text) >= SENTENCE_WORDS and wordy(p.text) >= STRONG_LETTERS
    ]
    if not candidates:  # most beads: one sentence a side, no hidden break
        return None
    other_side = "target" if side == SOURCE else SOURCE
    theirs = bag(tuple(o.text for o in others), other_side, lexicon)
    their_keyed = [k for o in others for k in word_key_sets(o, lexicon, other_side)]
    best: Stranger | None = None
    matched: list[Span] | None = None  # looked up for the first piece that reads as a stranger
    for piece in candidates:
        text = piece.text
        keyed = word_key_sets(Plain(text), lexicon, side)
        if len(keyed) < STRANGER_KEYED or number_keys(text) & theirs:
            continue
        met = sum(1 for k in keyed if k & theirs)
        if met > STRANGER_SUPPORT * len(keyed) and not (met == 1 and len(keyed) >= ONE_MET_KEYED):
            continue
        share = met / len(keyed)
        rest = tuple(_rest(mine, piece))
        rest_keyed = [k for t in rest for k in word_key_sets(Plain(t), lexicon, side)]
        if _share(rest_keyed, theirs) < share + REST_MARGIN:
            continue
        ours = bag(rest, side, lexicon)
        if _share(their_keyed, ours) < COVERED:
            continue
        if _heads_both(context, piece, others):
            continue  # an address or a heading over the text on both sides ("To Comrade …\nOn May 12 …")
        if matched is None:
            matched = matched_mentions(context, mine, others)
        if any(piece.span.overlaps(span) for span in matched):
            continue  # it names a name, title or term the other side gives too
        fits = False
        if model is not None:

            def z(chars: int) -> float:
                pair = (chars, chars_of(others)) if side == SOURCE else (chars_of(others), chars)
                return abs(model.z(max(1, pair[0]), max(1, pair[1])))

            rest_z = z(chars_of(mine) - len(text))
            fits = rest_z <= FIT_Z and rest_z < z(chars_of(mine))
        found = Stranger(piece, share, fits, few=len(keyed) < SURE_KEYED)
        if best is None or (found.sure, len(text)) > (best.sure, len(best.piece.text)):
            best = found
    return best


def contrast_finding(found: Stranger, mine: Sequence[Segment], others: Sequence[Segment]) -> Finding:
    """The finding of a stranger part (see :func:`stranger_part`)."""
    piece = found.piece
    whole = piece.start == 0 and piece.end == len(piece.seg.text)
    rule = "contrast" if whole else "contrast_part"
    return finding(
        piece.seg.side,
        "unsupported",
        Severity.MAJOR if found.sure else Severity.MINOR,
        mine=mine,
        others=others,
        evidence=(piece.span,),
        message_rule=rule,
        quote=f"“{shortened(piece.text)}”",
        id=piece.seg.id,
        share=f"{found.share:.0%}",
        why="" if found.sure else _FEW if found.few else _WEAK,
    )


_WEAK = (
    " (Minor: the lengths do not confirm it; the rest alone is far from the length the other side predicts.)"
)
_FEW = " (Minor: too few of its words have dictionary entries to be sure.)"
