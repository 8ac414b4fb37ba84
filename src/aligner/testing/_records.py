"""The records the test kit generates: documents with their gold alignment, noised texts, perturbations."""

from __future__ import annotations

from typing import Any

import attrs

#: The bead shapes :func:`parallel_documents` can build, simplest first.
BEAD_SHAPES = ("1-1", "1-2", "2-1", "1-0", "0-1")

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
