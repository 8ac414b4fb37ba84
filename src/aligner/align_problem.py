"""What the aligner's searches work on, and how their result becomes beads.

:class:`_Problem` holds the running-text segments of both sides, the scorer
prepared for them and the bead shapes searched (:func:`bead_shapes`); a search
returns a path of index ranges over the text segments, and
:meth:`_Problem.beads` turns it into beads, placing each non-text segment
(page furniture, an editorial note) in a bead of its own after the text before
it, or inside a bead whose text segments it lies between.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence

from .config import Config
from .errors import InputError
from .model import Bead, Features, Segment, SegmentKind
from .scoring import PreparedScorer, Scorer, basic_features

__all__ = ["BEAD_SHAPES", "bead_shapes", "beads_label"]


def bead_shapes(max_bead: int) -> tuple[tuple[int, int], ...]:
    """The bead shapes ``(source count, target count)`` searched with at most ``max_bead`` a side.

    1-1 first, then the omission 1-0 and the addition 0-1, then the larger
    shapes by size, then one sentence against ``max_bead + 1`` (a translator
    who splits one sentence in three, or joins three in one): ``bead_shapes(2)``
    is ``((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1))``.
    Omissions and additions are one segment at a time.
    """
    shapes = [(1, 1), (1, 0), (0, 1)]
    for total in range(3, 2 * max_bead + 1):
        for a in range(min(max_bead, total - 1), 0, -1):
            b = total - a
            if 1 <= b <= max_bead:
                shapes.append((a, b))
    if max_bead >= 2:
        shapes += [(1, max_bead + 1), (max_bead + 1, 1)]
    return tuple(shapes)


def beads_label(max_bead: int) -> str:
    """The shapes of :func:`bead_shapes` as the signature gives them: ``2x2+1x3`` (``1x1`` for one)."""
    if max_bead >= 2:
        return f"{max_bead}x{max_bead}+1x{max_bead + 1}"
    return f"{max_bead}x{max_bead}"


#: The shapes searched with the default ``Config.max_bead`` of 2.
BEAD_SHAPES: tuple[tuple[int, int], ...] = bead_shapes(2)


class _Problem:
    """The text segments of both sides, the prepared scorer, and how to place the rest."""

    def __init__(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        features: Mapping[str, Features],
        config: Config,
        scorer: Scorer,
    ) -> None:
        seen: set[str] = set()
        for seg in (*source, *target):
            if seg.id in seen:
                msg = (
                    f"segment id {seg.id!r} occurs twice; every segment of both sides needs "
                    "its own id (give source and target segments different prefixes)"
                )
                raise InputError(msg)
            seen.add(seg.id)
        self.source = source
        self.target = target
        self.src_text = [s for s in source if s.is_text]
        self.tgt_text = [s for s in target if s.is_text]
        complete = {
            seg.id: features.get(seg.id) or basic_features(seg) for seg in (*self.src_text, *self.tgt_text)
        }
        self.features = complete
        self.prepared: PreparedScorer = scorer.prepare(
            self.src_text, self.tgt_text, features=complete, config=config
        )
        self.shapes = bead_shapes(config.max_bead)
        self.max_bead = config.max_bead
        sign = -1.0 if scorer.higher_is_better else 1.0
        score = self.prepared.score
        #: The cost of each shape whose cost does not depend on where it lies (by the scorer's
        #: ``fixed_cost``, when it has one): the search adds it without asking ``cost``.
        self.fixed: dict[tuple[int, int], float] = {}
        fixed_cost = getattr(self.prepared, "fixed_cost", None)
        if sign > 0 and fixed_cost is not None:
            for shape in self.shapes:
                value = fixed_cost(*shape)
                if value is not None:
                    self.fixed[shape] = value
        if sign > 0:
            self.cost: Callable[[int, int, int, int], float] = score
        else:

            def negated(i0: int, i1: int, j0: int, j1: int) -> float:
                return -score(i0, i1, j0, j1)

            self.cost = negated
        src_walls, tgt_walls = _walls(source), _walls(target)
        if src_walls or tgt_walls:
            self.cost = _walled(self.cost, src_walls, tgt_walls)
        src_ends, tgt_ends = _closing(self.src_text), _closing(self.tgt_text)
        if _paragraphs_agree(src_ends, len(self.src_text), tgt_ends, len(self.tgt_text)):
            self.cost = _at_paragraphs(self.cost, src_ends, tgt_ends)
        #: Each shape's cost, in the order of :attr:`shapes`: a bead wider than ``max_bead`` (1-3, 3-1)
        #: keeps its wide side inside one paragraph (:func:`_in_paragraph`).
        wide = _in_paragraph(self.cost, _closing(self.src_text), _closing(self.tgt_text))
        wide = _length_bound(wide, [len(s.text) for s in self.src_text], [len(s.text) for s in self.tgt_text])
        self.costs: tuple[Callable[[int, int, int, int], float], ...] = tuple(
            wide if max(shape) > self.max_bead else self.cost for shape in self.shapes
        )

    def beads(self, path: Sequence[tuple[int, int, int, int]]) -> tuple[Bead, ...]:
        """Turn index ranges over text segments into beads, and place the non-text segments."""
        src_after = _placement(self.source)
        tgt_after = _placement(self.target)
        out: list[Bead] = []
        out.extend(_lone_beads(src_after.get(-1, ()), tgt_after.get(-1, ())))
        for i0, i1, j0, j1 in path:
            confidence, rule = self.prepared.explain(i0, i1, j0, j1)
            out.append(
                Bead(
                    _with_inner(self.src_text, i0, i1, src_after),
                    _with_inner(self.tgt_text, j0, j1, tgt_after),
                    min(1.0, max(0.0, float(confidence))),
                    rule=rule,
                )
            )
            after_src = src_after.get(i1 - 1, []) if i1 > i0 else []
            after_tgt = tgt_after.get(j1 - 1, []) if j1 > j0 else []
            out.extend(_lone_beads(after_src, after_tgt))
        return tuple(out)


#: Apparatus that opens a document of its own (a registration or copy number, an archive reference, a
#: telegram's transmission line, "Перевод с китайского"): no sentence runs on across it, unlike a
#: sheet mark or a page number, which may fall inside one.
_OPENING_RULES = frozenset(
    (
        "furniture.reference_number",
        "furniture.number",
        "furniture.archive_reference",
        "furniture.transmission",
        "furniture.file_number",
        "furniture.file_reference",
        "editorial.translator_note",
        "editorial.document_heading",
    )
)


def _walls(segments: Sequence[Segment]) -> frozenset[int]:
    """The indices (among text segments) of the text that opens a new part of the file: after
    apparatus that opens a document (:data:`_OPENING_RULES`), or a heading after any apparatus
    (the copy of a letter after a sheet mark and "Перевод с китайского", a note after its draft
    and its number). No bead takes such a segment together with the text before it."""
    out: set[int] = set()
    last = -1
    marks: list[Segment] = []
    for seg in segments:
        if not seg.is_text:
            marks.append(seg)
            continue
        last += 1
        if marks and last > 0:
            opening = any(m.rule in _OPENING_RULES for m in marks)
            if opening or seg.kind is SegmentKind.HEADING:
                out.add(last)
        marks = []
    return frozenset(out)


def _walled(
    cost: Callable[[int, int, int, int], float], src_walls: frozenset[int], tgt_walls: frozenset[int]
) -> Callable[[int, int, int, int], float]:
    """``cost`` with every bead that takes a wall (see :func:`_walls`) after its first segment ruled out."""

    def walled(i0: int, i1: int, j0: int, j1: int) -> float:
        if i1 - i0 > 1 and any(i in src_walls for i in range(i0 + 1, i1)):
            return math.inf
        if j1 - j0 > 1 and any(j in tgt_walls for j in range(j0 + 1, j1)):
            return math.inf
        return cost(i0, i1, j0, j1)

    return walled


def _closing(text: Sequence[Segment]) -> frozenset[int]:
    """The indices of the text segments that close a paragraph (the segmenter's ``paragraph.end``)
    or are a heading."""
    return frozenset(
        k for k, seg in enumerate(text) if seg.rule == "paragraph.end" or seg.kind is SegmentKind.HEADING
    )


def _in_paragraph(
    cost: Callable[[int, int, int, int], float], src_closing: frozenset[int], tgt_closing: frozenset[int]
) -> Callable[[int, int, int, int], float]:
    """``cost`` with a bead ruled out when a segment before the last of its wider side closes a
    paragraph: a translator splits a sentence in three inside its paragraph, and three sentences
    joined in one stand in one paragraph, whereas a signature, a date line and the next letter's
    heading are three paragraphs a 1-3 bead must not take together."""

    def in_paragraph(i0: int, i1: int, j0: int, j1: int) -> float:
        lo, hi, closing = (i0, i1, src_closing) if i1 - i0 > j1 - j0 else (j0, j1, tgt_closing)
        if any(k in closing for k in range(lo, hi - 1)):
            return math.inf
        return cost(i0, i1, j0, j1)

    return in_paragraph


#: What a link pays when it opens a paragraph on one side only, in nats (see :func:`_at_paragraphs`).
_PARAGRAPH_MISMATCH = 0.5


def _paragraphs_agree(src_ends: frozenset[int], n: int, tgt_ends: frozenset[int], m: int) -> bool:
    """Whether both sides are written in paragraphs of several sentences, about as many a side: only
    then does a paragraph's end on one side foretell one on the other (a side cut one sentence a line,
    or run on in one paragraph, tells nothing)."""
    a, b = len(src_ends), len(tgt_ends)
    if a < 2 or b < 2 or a == n or b == m:
        return False
    return 2 * a >= b and 2 * b >= a


def _at_paragraphs(
    cost: Callable[[int, int, int, int], float], src_ends: frozenset[int], tgt_ends: frozenset[int]
) -> Callable[[int, int, int, int], float]:
    """``cost`` with a link that opens a paragraph on one side but not on the other charged
    :data:`_PARAGRAPH_MISMATCH`: a translator keeps the original's paragraphs, so of two paths that
    cost about the same the one whose links open paragraphs together is the translation (a sentence
    left out at the end of a paragraph and the next one split in two: the left-out sentence's
    neighbours are not its translation). Asked of a link's start, not its end, so that of a sentence
    typed twice at a paragraph's end the first copy still takes the translation."""

    def at_paragraphs(i0: int, i1: int, j0: int, j1: int) -> float:
        value = cost(i0, i1, j0, j1)
        if i1 > i0 and j1 > j0 and ((i0 == 0 or i0 - 1 in src_ends) != (j0 == 0 or j0 - 1 in tgt_ends)):
            return value + _PARAGRAPH_MISMATCH
        return value

    return at_paragraphs


def _length_bound(
    cost: Callable[[int, int, int, int], float], src_len: Sequence[int], tgt_len: Sequence[int]
) -> Callable[[int, int, int, int], float]:
    """``cost`` with a wide bead (1-3, 3-1) ruled out before it is scored when its one sentence holds
    less than half or more than twice the text of its three (scaled by the document's ratio of
    lengths): a sentence split in three holds about as much text as its three parts, and the length
    model would rule the bead out at a much higher price."""
    src_total, tgt_total = sum(src_len) or 1, sum(tgt_len) or 1
    ratio = src_total / tgt_total  # source characters per target character
    src_cum = list(itertools.accumulate(src_len, initial=0))  # a bead's length by two look-ups
    tgt_cum = list(itertools.accumulate(tgt_len, initial=0))

    def bounded(i0: int, i1: int, j0: int, j1: int) -> float:
        src = src_cum[i1] - src_cum[i0]
        tgt = (tgt_cum[j1] - tgt_cum[j0]) * ratio
        if src * 2 < tgt or tgt * 2 < src:
            return math.inf
        return cost(i0, i1, j0, j1)

    return bounded


def _placement(segments: Sequence[Segment]) -> dict[int, list[Segment]]:
    """Non-text segments keyed by the index (among text segments) of the text before them."""
    out: dict[int, list[Segment]] = {}
    last = -1
    for seg in segments:
        if seg.is_text:
            last += 1
        else:
            out.setdefault(last, []).append(seg)
    return out


def _with_inner(
    text: Sequence[Segment], start: int, end: int, after: Mapping[int, Sequence[Segment]]
) -> tuple[str, ...]:
    """The ids of ``text[start:end]`` with the non-text segments lying between them, in document order.

    Furniture between two sentences of one bead (a page number between the two
    halves of a sentence the translation renders as one) stays inside the bead,
    so beads stay in order on both sides; furniture after the bead's last
    sentence gets a bead of its own after it.
    """
    ids: list[str] = []
    for i in range(start, end):
        ids.append(text[i].id)
        if i < end - 1:
            ids.extend(seg.id for seg in after.get(i, ()))
    return tuple(ids)


def _lone_beads(source: Sequence[Segment], target: Sequence[Segment]) -> list[Bead]:
    beads = [Bead((s.id,), (), 1.0, rule=str(s.kind)) for s in source]
    beads.extend(Bead((), (t.id,), 1.0, rule=str(t.kind)) for t in target)
    return beads
