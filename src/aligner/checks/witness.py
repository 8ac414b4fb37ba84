"""Second witnesses as blocks: the untranslated copy of a text the translation renders once.

An archive file often holds one text twice: a letter and the cipher telegram
that transmitted it, a draft and the message as sent. The translation renders
one witness; the other is left untranslated together with its own framing
(the covering telegram's "I transmit the text of the letter…", "The original
will follow by the next bag", its addressee and signature lines).

A block is found from the repeats (:func:`~aligner.checks.repeats.find_repeats`)
whose one side is translated and the other not: the untranslated sides are the
seeds. The block is the run of untranslated segments (text, furniture and
editorial notes alike) around :data:`MIN_SEEDS` seeds or more (or one of
:data:`LONE_SEED_WORDS` words or more: a one-paragraph letter), up to the
translated segments on either side, less what lies beyond the outermost page
furniture, editorial note or heading between the two witnesses (a telegram's
header), or failing one, what shares a paragraph with those translated
neighbours: an untranslated passage of the translated witness is an omission
of that witness, not part of the other. Repeated passages must make
up :data:`MIN_SHARE` of the block's words: a long untranslated stretch with one
repeated sentence in it is an omission, not a witness.

A block set apart (page furniture, an editorial note or a heading such as the
telegram's header or a sheet mark parts it from the translated text, and it
ends the document or at the next such mark) needs only :data:`FRAMED_SHARE`
of its words repeated: a telegram may quote only the end of the letter that
follows it in full. Such a block may even rest on one repeated segment of
:data:`repeats.MIN_WORDS` words or more: a telegram that repeats a single
short sentence of the letter between framing sentences of its own
("В дополнение повторяю … Ответ прошу дать до …").

A witness that rewords the text sentence by sentence (a corrected draft, a retelling) seeds a
block too, through loose repeats that follow the translated segments in order
(:mod:`aligner.checks.witness_chain`).

The repeating passage reaches back over untranslated segments that read
almost like the segment before the translated witness (a quoted greeting
abbreviated: «Уважаемый тов. Посол!» for «Уважаемый товарищ Посол!"), and
forward likewise (:func:`_widen`): the repeat starts where the quotation does, at the
quotation mark when the covering sentence runs into the first repeated segment
("Передаю текст сообщения: «…»", :func:`_inner_start`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex
from rapidfuzz import fuzz

from ..model import Segment, SegmentKind, Span
from ..tokens import words
from . import CheckContext
from .duplicate import repeated_in_translated
from .repeats import MIN_WORDS, Repeat
from .witness_chain import MIN_CHAIN, chained_repeats

if TYPE_CHECKING:
    from ..analysis import Analysis

__all__ = ["WitnessBlock", "witness_blocks", "find_blocks", "MIN_SEEDS", "LONE_SEED_WORDS", "MIN_SHARE"]

#: The fewest repeated segments (each repeating a translated one) a block needs.
MIN_SEEDS = 2
#: The fewest words a single repeated segment needs to make a block alone.
LONE_SEED_WORDS = 20
#: The least share of a block's words that lie in its repeated passages.
MIN_SHARE = 0.4
#: The least share for a block set apart by page furniture (see the module's description).
FRAMED_SHARE = 0.2
#: The least similarity (0-100) of a neighbour of the repeating passage to the translated
#: witness's neighbour for the passage to take it in.
NEIGHBOUR_SCORE = 80.0

#: A paragraph break between two segments: a blank line.
_PARAGRAPH = regex.compile(r"\n[^\S\n]*\n")


@attrs.frozen(kw_only=True)
class WitnessBlock:
    """An untranslated second witness: its segments, the passage that repeats the translated
    witness, and the repeats found in it.

    ``segments`` is the whole block in order (framing included); ``passage``
    the segments from the first repeated one to the last; ``witness`` the
    translated segments they repeat, in order; ``repeats`` the repeats of
    single segments, whose variant readings are the block's.
    """

    segments: tuple[Segment, ...]
    passage: tuple[Segment, ...]
    witness: tuple[Segment, ...]
    repeats: tuple[Repeat, ...]
    #: Where the repeating passage opens inside its first segment (a quotation in a covering
    #: sentence), if not at the segment's start.
    opening: int | None = None

    @property
    def ids(self) -> frozenset[str]:
        """The ids of the block's segments."""
        return frozenset(s.id for s in self.segments)

    @property
    def passage_span(self) -> Span:
        """Where the repeating passage lies in the original file."""
        start = self.passage[0].span.start if self.opening is None else self.opening
        return Span(start, self.passage[-1].span.end)

    @property
    def witness_span(self) -> Span:
        """Where the translated passage it repeats lies in the original file."""
        return Span(self.witness[0].span.start, self.witness[-1].span.end)


def _words(segments: Sequence[Segment]) -> int:
    return sum(len(_alnum_words(s.text)) for s in segments if s.is_text)


def _alnum_words(text: str) -> list[str]:
    """The runs of letters and digits of ``text`` (how a block's words are counted and compared)."""
    return words(text, joiners="", marks=False, digits_join=True)


def _apart(text: str, left: Segment, right: Segment) -> bool:
    """Whether a paragraph boundary separates two neighbouring segments: a blank line between
    them, or either is page furniture or an editorial note."""
    if not left.is_text or not right.is_text:
        return True
    return _PARAGRAPH.search(text, left.span.end, max(left.span.end, right.span.start)) is not None


def _edge(text: str, segs: Sequence[Segment], ks: range, *, before: bool) -> int:
    """Where a block ends on the side of a translated neighbour: ``ks`` runs from the run's edge
    (next to the translated segment) in to the first (last) repeated segment.

    Page furniture, an editorial note or a heading there (a telegram's header, a sheet
    number, "ШИФРТЕЛЕГРАММА", "Проект") separates
    the two witnesses: the block starts at the first such segment (ends at the last), and
    untranslated text beyond it belongs to the translated witness. Without one, only what
    shares a paragraph with the translated neighbour is left out.
    """
    furniture = [k for k in ks if segs[k].kind is not SegmentKind.TEXT]
    if furniture:
        return furniture[0]
    for k in ks:
        pair = (segs[k - 1], segs[k]) if before else (segs[k], segs[k + 1])
        if _apart(text, *pair):
            return k
    return ks[-1]


def _block(
    analysis: Analysis, run: list[int], segs: Sequence[Segment], seeds: dict[int, Repeat]
) -> WitnessBlock | None:
    """The witness block in ``run`` (indices of consecutive untranslated segments), if any."""
    strong = [k for k in run if k in seeds]
    if not strong:
        return None
    lone = len(strong) < MIN_SEEDS and not any(_words([segs[k]]) >= LONE_SEED_WORDS for k in strong)
    text = analysis.source_text
    first, last = run[0], run[-1]
    start, end = first, last
    if first > 0:  # a translated segment before: the block starts at the furniture between
        start = _edge(text, segs, range(first, strong[0] + 1), before=True)
    if last < len(segs) - 1:
        end = _edge(text, segs, range(last, strong[-1] - 1, -1), before=False)
    framed = _framed(segs, start, end, first, last, text)
    if lone and not framed:
        return None
    block = segs[start : end + 1]
    repeated = [k for k in range(start, end + 1) if k in seeds]
    repeated += [
        k
        for k in range(start, end + 1)
        if k not in seeds
        and segs[k].is_text
        and repeated_in_translated(analysis, segs[k], segs[k].text) is not None
    ]
    share = FRAMED_SHARE if framed else MIN_SHARE
    if _words([segs[k] for k in repeated]) < share * _words(block):
        return None
    lo, hi = min(repeated), max(repeated)
    partners = {seeds[k].earlier.id if seeds[k].later.id == segs[k].id else seeds[k].later.id for k in strong}
    order = {s.id: i for i, s in enumerate(segs)}
    witness = tuple(sorted((segs[order[p]] for p in partners), key=lambda s: order[s.id]))
    lo, hi = _widen(segs, lo, hi, start, end, order[witness[0].id], order[witness[-1].id])
    w_lo = order[witness[0].id]
    lead = _quoted_lead(segs, lo, start, range(max(0, w_lo - 1 - (hi - lo)), w_lo))
    opening = None
    if lead is not None:  # the quotation opens inside the framing sentence before the passage
        opening, m = lead
        lo, witness = lo - 1, (*segs[m:w_lo], *witness)
    elif lo in seeds:  # the first repeat may cover only the end of its segment (framing run into it)
        opening = _inner_start(seeds[lo], segs[lo])
    return WitnessBlock(
        segments=tuple(block),
        passage=tuple(segs[lo : hi + 1]),
        witness=witness,
        repeats=tuple(seeds[k] for k in strong),
        opening=opening,
    )


#: What opens a quotation inside a covering telegram's sentence ("Передаю текст: «…").
_OPENERS = "«“„:"


def _quoted_lead(segs: Sequence[Segment], lo: int, start: int, near: range) -> tuple[int, int] | None:
    """Where a quotation opens in the block's segment before the repeating passage, when the
    quoted words read almost like the end of a segment of the translated witness in ``near``
    (before the segments the passage repeats): the covering telegram's "Передаю текст
    сообщения: «Quoted sentence." run into one segment. The offset of the quotation mark in the
    original text and the index of the segment it repeats, or ``None``."""
    if lo - 1 < start:
        return None
    lead = segs[lo - 1]
    cut = max(lead.text.rfind(ch) for ch in _OPENERS)
    quoted = _alnum_words(lead.text[cut + 1 :].lower()) if lead.is_text and cut >= 0 else []
    if len(quoted) < MIN_WORDS:
        return None
    for m in reversed(near):
        ends = _alnum_words(segs[m].text.lower())[-len(quoted) :]
        if segs[m].is_text and fuzz.ratio(" ".join(quoted), " ".join(ends)) >= NEIGHBOUR_SCORE:
            return lead.raw_span(cut, len(lead.text)).start, m
    return None


def _inner_start(rep: Repeat, seg: Segment) -> int | None:
    """Where the repeat ``rep`` starts inside ``seg`` when a framing sentence runs into it ("Передаю
    текст сообщения: «Quoted sentence."): at the quotation mark, when the quoted words read almost
    like the end of the segment they repeat; else ``None`` (the whole segment: a sentence of the
    witness that rewords the other's without marking a quotation)."""
    partner = rep.earlier if rep.later.id == seg.id else rep.later
    cut = max(seg.text.rfind(ch) for ch in _OPENERS)
    quoted = _alnum_words(seg.text[cut + 1 :].lower()) if cut > 0 else []
    if len(quoted) >= MIN_WORDS:
        ends = _alnum_words(partner.text.lower())[-len(quoted) :]
        if fuzz.ratio(" ".join(quoted), " ".join(ends)) >= NEIGHBOUR_SCORE:
            return seg.raw_span(cut, len(seg.text)).start
    return None


def _framed(segs: Sequence[Segment], start: int, end: int, first: int, last: int, text: str) -> bool:
    """Whether a block of one short repeat stands apart: page furniture, an editorial note or a
    heading opens it (after translated text) and it ends the document or such a mark ends it.
    A heading may stand on a line of its own run into the first sentence ("ПРОЕКТ" over the
    draft's text) after a blank line."""
    opens = first == 0 or segs[start].kind is not SegmentKind.TEXT or _heading_first(text, segs, start)
    closes = last == len(segs) - 1 and end == last or segs[end].kind is not SegmentKind.TEXT
    return opens and closes and (first > 0 or last < len(segs) - 1)


def _heading_first(text: str, segs: Sequence[Segment], k: int) -> bool:
    """Whether segment ``k`` starts a paragraph with a line in capitals and no full stop ("ПРОЕКТ",
    "ШИФРТЕЛЕГРАММА") that runs into the sentence on the next line."""
    seg = segs[k]
    if k > 0 and not _apart(text, segs[k - 1], seg):
        return False
    newline = text.find("\n", seg.span.start, seg.span.end)
    if newline < 0:
        return False
    line = text[seg.span.start : newline].strip()
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters) and line[-1] not in ".!?…"


def _alike(a: Segment, b: Segment) -> bool:
    """Whether two text segments read almost alike, word by word (a variant spelling, an
    abbreviation): the neighbours of a repeat that belong to it."""
    wa, wb = _alnum_words(a.text.lower()), _alnum_words(b.text.lower())
    if not a.is_text or not b.is_text or min(len(wa), len(wb)) < 2 or max(len(wa), len(wb)) >= MIN_WORDS * 3:
        return False
    return fuzz.ratio(" ".join(wa), " ".join(wb)) >= NEIGHBOUR_SCORE


def _widen(
    segs: Sequence[Segment], lo: int, hi: int, start: int, end: int, w_lo: int, w_hi: int
) -> tuple[int, int]:
    """The repeating passage ``lo``..``hi`` widened over the block's segments (``start``..``end``)
    that read like the translated witness's neighbours (``w_lo``..``w_hi`` are its first and last)."""
    while lo - 1 >= start and w_lo - 1 >= 0 and w_lo - 1 not in range(lo - 1, hi + 1):
        if not _alike(segs[lo - 1], segs[w_lo - 1]):
            break
        lo, w_lo = lo - 1, w_lo - 1
    while hi + 1 <= end and w_hi + 1 < len(segs) and w_hi + 1 not in range(lo, hi + 2):
        if not _alike(segs[hi + 1], segs[w_hi + 1]):
            break
        hi, w_hi = hi + 1, w_hi + 1
    return lo, hi


def _set_apart(segs: Sequence[Segment], k: int, translated: frozenset[str]) -> bool:
    """Whether the untranslated segment ``k`` lies in a run that page furniture, an editorial note
    or an untranslated heading opens ("л. 18", "Проект"), or that opens the document: where a loose
    rewording may be a second witness, not sentences the translation left out."""
    while k > 0:
        k -= 1
        seg = segs[k]
        if not seg.is_text or seg.kind is SegmentKind.HEADING and seg.id not in translated:
            return True
        if seg.id in translated:
            return False
    return True


def find_blocks(analysis: Analysis) -> tuple[WitnessBlock, ...]:
    """Every untranslated second witness of the original (see the module's description):
    what :attr:`aligner.analysis.Analysis.witness_blocks` keeps."""
    segs = analysis.source.segments
    translated = analysis.translated
    index = {s.id: k for k, s in enumerate(segs)}
    seeds: dict[int, Repeat] = {}
    for rep in analysis.repeats:
        earlier, later = rep.earlier.id in translated, rep.later.id in translated
        if earlier and not later:
            seeds.setdefault(index[rep.later.id], rep)
        elif later and not earlier:
            seeds.setdefault(index[rep.earlier.id], rep)
    untranslated = [s for s in segs if s.is_text and s.id not in translated]
    if len(untranslated) >= MIN_CHAIN:  # a reworded witness: loose repeats in order (witness_chain)
        for rep in chained_repeats(segs, translated):
            mine = rep.earlier if rep.later.id in translated else rep.later
            if _set_apart(segs, index[mine.id], translated):
                seeds.setdefault(index[mine.id], rep)
    if not seeds:
        return ()
    blocks: list[WitnessBlock] = []
    run: list[int] = []
    for k, seg in enumerate([*segs, None]):
        if seg is not None and seg.id not in translated:
            run.append(k)
            continue
        if run:
            block = _block(analysis, run, segs, seeds)
            if block is not None:
                blocks.append(block)
        run = []
    return tuple(blocks)


def witness_blocks(context: CheckContext) -> tuple[WitnessBlock, ...]:
    """Every untranslated second witness of the original, as the document's analysis found them once."""
    return context.analysis.witness_blocks
