"""Strangers: a 1-1 bead whose two sentences share nothing.

When the translator leaves a sentence out and puts a sentence of their own in
the same place, the aligner, which keeps both texts in order, may pair the two:
neither is alone in its bead, yet neither renders the other. Such a bead is an
omission of the original's sentence and an addition of the translation's when
both are whole sentences (:data:`.keys.SENTENCE_WORDS` words or more, mostly
words) with :data:`.keys.MIN_KEYED` words with lexicon entries each (a name
counting as :data:`.keys.NAME_WEIGHT`), no word or number of either meets
the other, and the aligner itself doubts the pairing (a bead score under
:data:`DOUBT`): a free rendering the aligner pairs with confidence from the
context ("недостаток кофе" as "a lack of caffeine") shares few dictionary
words but is no stranger.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...analysis import WordKeys
from ...model import SOURCE, TARGET, Bead, Segment, SegmentKind
from .._figures import row_part
from .keys import NAME_WEIGHT, SENTENCE_WORDS, STRONG_LETTERS, support_share, unsupported, word_count, wordy
from .length import LengthModel

__all__ = [
    "strangers",
    "rendered_next_door",
    "partly_rendered",
    "lone_renders",
    "paired_renders",
    "PAIRED_BESIDE_REASON",
    "LONE_BESIDE_REASON",
    "PART_BESIDE_REASON",
    "DOUBT",
    "NEXT_DOOR_SHARE",
    "PARTLY_RENDERED",
]

#: The share of a stranger's words a neighbouring bead's other side must render for the stranger to read
#: as rendered there (the translator joined it to its neighbour; the aligner paired it with another).
NEXT_DOOR_SHARE = 0.5

#: The bead score (0-1) under which the aligner doubts a pairing.
DOUBT = 0.6


def _sentence(seg: Segment) -> bool:
    return (
        seg.kind is SegmentKind.TEXT
        and word_count(seg.text) >= SENTENCE_WORDS
        and wordy(seg.text) >= STRONG_LETTERS
    )


def strangers(
    mine: Sequence[Segment], others: Sequence[Segment], *, score: float, side: str, lexicon: WordKeys
) -> bool:
    """Whether a bead of one sentence on each side (of ``score``) pairs two sentences that
    render nothing of each other (``side`` is ``mine``'s)."""
    if (
        score >= DOUBT
        or len(mine) != 1
        or len(others) != 1
        or not (_sentence(mine[0]) and _sentence(others[0]))
    ):
        return False
    other_side = TARGET if side == SOURCE else SOURCE
    return bool(
        unsupported(mine, others, side=side, lexicon=lexicon, name_weight=NAME_WEIGHT)
        and unsupported(others, mine, side=other_side, lexicon=lexicon, name_weight=NAME_WEIGHT)
    )


def rendered_next_door(
    mine: Segment, neighbours: Sequence[Sequence[Segment]], *, side: str, lexicon: WordKeys
) -> str:
    """The id of the other side's sentence, in a neighbouring bead, that renders most of a stranger's words
    (:data:`NEXT_DOOR_SHARE` or more), or "": the stranger is then rendered there, joined to its neighbour,
    and the aligner doubted the pairing, which is weak evidence that it was left out."""
    other_side = TARGET if side == SOURCE else SOURCE
    for others in neighbours:
        for other in others:
            if support_share(mine.text, side, other.text, other_side, lexicon) >= NEXT_DOOR_SHARE:
                return other.id
    return ""


#: The share of a merged bead's member's words met on the other side from which its omission is doubtful.
PARTLY_RENDERED = 0.25


def partly_rendered(seg: Segment, others: Sequence[Segment], *, side: str, lexicon: WordKeys) -> float:
    """The share of ``seg``'s words the other side of its bead renders, when it is :data:`PARTLY_RENDERED`
    or more (else 0): a member of a merged bead judged left out by its lengths, yet with so many of its
    words rendered, may have been condensed by a free translation; weak evidence of an omission."""
    other_side = TARGET if side == SOURCE else SOURCE
    share = support_share(seg.text, side, " ".join(o.text for o in others), other_side, lexicon)
    return share if share >= PARTLY_RENDERED else 0.0


#: The most lone beads in a row looked through, from a lone segment outwards, for its rendering.
LONE_RUN = 2

#: Why a lone sentence beside a lone segment of the other side that renders some of its words is minor.
LONE_BESIDE_REASON = (
    " (Minor: {ids} beside it, which the alignment pairs with nothing either, renders some of its words:"
    " it may render this sentence, freely or run into another sentence with no stop.)"
)


#: Why a part of a bead said to be left out is minor when a lone segment beside the bead renders it.
PART_BESIDE_REASON = (
    " (Minor: {ids} beside it, which the alignment pairs with nothing, renders half or more of its"
    " words: the two sides may cut these sentences differently.)"
)


def lone_renders(
    text: str,
    side: str,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    *,
    lexicon: WordKeys,
    share: float = PARTLY_RENDERED,
) -> str:
    """The ids of the other side's lone segments beside ``beads[at]`` that render ``share``
    (:data:`PARTLY_RENDERED`) or more of the words of ``text`` (of ``side``: a segment alone in that
    bead, or a part of one said to be left out), or "". A 1-0 bead next to a 0-1 bead is an
    alignment that paired nothing there, not one that found the sentence missing: a heading with no
    stop run into the next sentence on one side only ("Мелки MAPED" ∣ "Wax crayons The set holds
    12 …") leaves the two sides cut differently, and the words, not the aligner, then say whether
    it is rendered."""
    mine, theirs = (1, 2) if side == SOURCE else (2, 1)
    other_side = TARGET if side == SOURCE else SOURCE
    for step in (-1, 1):
        k = at + step
        while (
            0 <= k < len(beads)
            and abs(k - at) <= LONE_RUN
            and not row_part(beads[k], mine)
            and row_part(beads[k], theirs)
        ):
            others = row_part(beads[k], theirs)
            if support_share(text, side, " ".join(o.text for o in others), other_side, lexicon) >= share:
                return ", ".join(o.id for o in others)
            k += step
    return ""


#: Why a lone translation sentence is minor when the original of a paired bead beside it may be its own.
PAIRED_BESIDE_REASON = (
    " (Minor: the original of the bead beside it ({ids}) may be its own: {how}; the two sides may cut"
    " these sentences differently, or the alignment paired that original with another sentence.)"
)


def paired_renders(
    text: str,
    beads: Sequence[tuple[Bead, list[Segment], list[Segment]]],
    at: int,
    *,
    lexicon: WordKeys,
    model: LengthModel | None,
) -> tuple[str, str]:
    """The ids of the original's segments of the nearest bead on either side of ``beads[at]`` that holds
    any (passing over up to :data:`LONE_RUN` beads of translation alone), and why, when they may be what
    ``text`` (a translation sentence alone in its bead) renders: they hold :data:`NEXT_DOOR_SHARE` or
    more of its words; or :data:`PARTLY_RENDERED` or more, and the bead's translation with this
    sentence fits them by length better than without it (an original that ran two sentences into
    one, "… 50 мл. Ультраувлажняющая …"). Else ("", "")."""
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(beads) and abs(k - at) <= LONE_RUN + 1:
            _bead, src, tgt = beads[k]
            if not src:
                k += step
                continue
            original = " ".join(o.text for o in src)
            ids = ", ".join(o.id for o in src)
            share = support_share(text, TARGET, original, SOURCE, lexicon)
            if share >= NEXT_DOOR_SHARE:
                return ids, "it holds half or more of its words"
            if model is None:
                break
            paired = sum(len(t.text) for t in tgt)
            whole = max(1, len(original))
            if (
                share >= PARTLY_RENDERED
                and paired
                and abs(model.z(whole, paired + len(text))) < abs(model.z(whole, paired))
            ):
                return ids, "it holds some of its words, and is longer than its translation alone predicts"
            break
    return "", ""
