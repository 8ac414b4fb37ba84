"""The records the test kit generates: documents with their gold alignment, noised texts, perturbations."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from ..model import Report

#: The bead shapes :func:`parallel_documents` can build, simplest first (1-3 and 3-1: a sentence
#: split in three at its semicolons, or three joined in one).
BEAD_SHAPES = ("1-1", "1-2", "2-1", "1-0", "0-1", "1-3", "3-1")

#: The shapes :func:`parallel_documents` builds unless told otherwise.
DEFAULT_SHAPES = ("1-1", "1-2", "2-1", "1-0", "0-1")

#: The kinds of fact a sentence pair may carry (each a place a checker compares across languages).
FACT_KINDS = ("number", "range", "date", "title", "name", "term", "word")

#: The discrepancies :func:`perturbations` can inject, as the finding kind a checker must report.
PERTURBATION_KINDS = ("number", "range", "date", "title", "name", "omission", "addition")

_Range = tuple[int, int]


# --------------------------------------------------------------------------- records


@attrs.frozen
class Fact:
    """Something both sides of a bead say and a checker compares.

    ``source`` and ``target`` are ``(start, end)`` code-point ranges in
    :attr:`ParallelDocument.source` and :attr:`ParallelDocument.target`;
    ``bead`` is the index of the bead that holds it.
    """

    kind: str
    value: Any
    source: _Range
    target: _Range
    bead: int


@attrs.frozen(kw_only=True)
class ParallelDocument:
    """A Russian original, its English translation, and the gold alignment of their sentences.

    - ``source`` / ``target``: the two texts (paragraphs separated by a blank line).
    - ``source_sentences`` / ``target_sentences``: the sentences in order, and
      ``source_spans`` / ``target_spans`` their ``(start, end)`` ranges in the text.
    - ``beads``: the gold alignment, each bead a pair of tuples of sentence
      indices (``((0,), (0, 1))`` is a 1-2 bead); together in order they hold
      every sentence of both sides exactly once.
    - ``facts``: the numbers, ranges, dates, titles, names, terms and words both sides share.
    """

    source: str
    target: str
    source_sentences: tuple[str, ...]
    target_sentences: tuple[str, ...]
    source_spans: tuple[_Range, ...]
    target_spans: tuple[_Range, ...]
    beads: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]
    facts: tuple[Fact, ...] = ()

    @property
    def separator(self) -> str:
        """What :attr:`page` puts between the original and the translation."""
        return "\n\n"

    @property
    def page(self) -> str:
        """The pair as one archive page (original, blank line, translation) for ``check_page``.

        Target offsets in the page are those of :attr:`target` plus :attr:`target_offset`.
        """
        return self.source + self.separator + self.target

    @property
    def target_offset(self) -> int:
        """Where :attr:`target` starts in :attr:`page`."""
        return len(self.source) + len(self.separator)

    @property
    def shapes(self) -> tuple[str, ...]:
        """The shape of each gold bead (``"1-1"``, ``"1-2"`` …)."""
        return tuple(f"{len(s)}-{len(t)}" for s, t in self.beads)

    def gold_alignment(
        self,
        report: Report,
        *,
        source_noise: Noised | None = None,
        target_noise: Noised | None = None,
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        """The gold beads in the ids of ``report``'s segments, to compare with :func:`text_beads`.

        ``report`` is aligner's report of this document: of ``check_texts(doc.source,
        doc.target)``, of ``check_page(doc.page)``, or of a noised side (pass the
        :class:`Noised` that ``archival_noise`` made of it as ``source_noise`` or
        ``target_noise``). Each gold bead becomes the ids of the report's text segments
        whose first character lies in one of the bead's sentences; page furniture and
        editorial notes belong to no bead. A report aligned as the gold gives
        ``doc.gold_alignment(report) == text_beads(report)``; a segment that swallowed
        two gold sentences shows in the first one's bead only.

        Raises :class:`ValueError` when the report was not made from this document.
        """
        sides = []
        for name, own, noise in (
            ("source", self.source, source_noise),
            ("target", self.target, target_noise),
        ):
            text = noise.text if noise is not None else own
            whole = getattr(report.document, f"{name}_text")
            base = whole.find(text) if name == "source" else whole.rfind(text)
            if base < 0 or (noise is not None and noise.original != own):
                msg = (
                    f"the report's {name} text is not this document's {name} "
                    "(for a noised side, pass the Noised it was made from)"
                )
                raise ValueError(msg)
            spans = self.source_spans if name == "source" else self.target_spans
            starts, ends = [], []
            for a, b in spans:
                lo, hi = (noise.offsets[a], noise.offsets[b - 1] + 1) if noise is not None else (a, b)
                starts.append(base + lo)
                ends.append(base + hi)
            owner: dict[int, list[str]] = {}
            for seg in getattr(report, name).segments:
                k = bisect.bisect_right(starts, seg.span.start) - 1
                if seg.is_text and k >= 0 and seg.span.start < ends[k]:
                    owner.setdefault(k, []).append(seg.id)
            sides.append(owner)
        return tuple(
            (
                tuple(i for k in s for i in sides[0].get(k, ())),
                tuple(i for k in t for i in sides[1].get(k, ())),
            )
            for s, t in self.beads
        )


def text_beads(report: Report) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """``report``'s beads as ``(source ids, target ids)`` of text segments only.

    Page furniture and editorial notes are left out, and a bead left with
    neither side is dropped: what :meth:`ParallelDocument.gold_alignment` is
    compared with.
    """
    text = {seg.id for side in (report.source, report.target) for seg in side.segments if seg.is_text}
    out = []
    for bead in report.alignment.beads:
        src = tuple(i for i in bead.source if i in text)
        tgt = tuple(i for i in bead.target if i in text)
        if src or tgt:
            out.append((src, tgt))
    return tuple(out)


@attrs.frozen
class Noised:
    """A noisy transcription of ``original``; ``offsets[i]`` is where ``original[i]`` went.

    Noise only inserts characters (line-break hyphens, letter-spacing, page
    furniture) or replaces one character by one (a space by a line break, a
    Cyrillic letter by a Latin look-alike); it never drops one, so ``offsets``
    is strictly increasing.
    """

    text: str
    offsets: tuple[int, ...] = attrs.field(repr=False)
    original: str = attrs.field(repr=False)

    def origin(self, index: int) -> int | None:
        """The offset in ``original`` of ``text[index]``, or None if the noise inserted it."""
        return self._inverse().get(index)

    def origin_at_or_after(self, index: int) -> int:
        """The offset in ``original`` of the first original character at or after ``index``."""
        import bisect

        return bisect.bisect_left(self.offsets, index)

    def _inverse(self) -> dict[int, int]:
        return {j: i for i, j in enumerate(self.offsets)}


@attrs.frozen(kw_only=True)
class Perturbation:
    """A clean pair with one injected discrepancy, and the finding a correct checker must report.

    ``kind`` is the finding kind (``number``, ``range`` is reported as
    ``number``: see :attr:`finding_kind`); ``source_evidence`` and
    ``target_evidence`` are the ``(start, end)`` ranges in ``document.source``
    and ``document.target`` where the evidence lies (empty for the side that
    has none, e.g. the target of an omission).
    """

    original: ParallelDocument = attrs.field(repr=False)
    document: ParallelDocument
    kind: str
    source_evidence: tuple[_Range, ...]
    target_evidence: tuple[_Range, ...]
    description: str

    @property
    def finding_kind(self) -> str:
        """The ``Finding.kind`` a checker reports (a changed range is a ``number``)."""
        return "number" if self.kind == "range" else self.kind
