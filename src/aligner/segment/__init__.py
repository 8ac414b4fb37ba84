"""Cut one side of a document into segments: sentences, headings, page furniture and editorial notes.

The side is read paragraph by paragraph. A line that is furniture or an
editorial note on its own (see :mod:`aligner.segment.lines`) becomes a segment
of that kind; the other lines of a paragraph are normalised together
(:mod:`aligner.normalize`) and split into sentences
(:mod:`aligner.segment.sentences`). Every non-space character of the side
lies in exactly one segment, and each segment maps its normalised text back to
the original offsets.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..config import SPLIT_MODES
from ..errors import ConfigError, LimitError
from ..model import Segment, SegmentKind, Span
from ..normalize import Normalized, close_letter_spacing, join_lines
from .lines import Line, Paragraph, classify_line, is_date_only, paragraphs
from .sentences import split_sentences

__all__ = ["segment_side", "segment_paragraphs"]

_END_PUNCT = frozenset(".!?…:;,")
_LETTERS = regex.compile(r"\p{L}")


def segment_side(
    text: str,
    span: Span,
    *,
    side: str,
    language: str,
    split: str = "sentences",
    id_prefix: str | None = None,
    max_segments: int | None = None,
    name: str = "",
) -> tuple[Segment, ...]:
    """Segment ``text[span.start:span.end]``, one side of a document, into numbered segments.

    ``split="sentences"`` finds sentences, headings, furniture and editorial
    notes; ``split="lines"`` makes every non-empty line one text segment
    (pre-segmented corpora). Ids are ``s1, s2 …`` for the source and
    ``t1, t2 …`` for the target unless ``id_prefix`` says otherwise.
    With ``max_segments``, a side with more segments is refused with a
    :class:`~aligner.errors.LimitError` (``name`` names it in the message) as
    soon as the limit is passed.
    """
    if split not in SPLIT_MODES:
        msg = f"split must be one of {', '.join(SPLIT_MODES)} (got {split!r})"
        raise ConfigError(msg)
    prefix = id_prefix if id_prefix is not None else ("s" if side == "source" else "t")
    what = "original" if side == "source" else "translation"
    if max_segments is not None:
        # Refused before the expensive reading when even a rough count of the lines or sentences
        # is well over the limit (a million short lines was refused only after minutes).
        rough = _rough_count(text, span, split)
        if rough > _ROUGH_MARGIN * max_segments:
            msg = (
                f"{name or 'the ' + what}: the {what} has more than {max_segments:,} segments "
                f"(about {rough:,}); raise the limit with --max-segments if this is intended"
            )
            raise LimitError(msg)
    pieces = _line_pieces(text, span) if split == "lines" else _sentence_pieces(text, span, language)
    out = []
    for n, (norm, kind, rule) in enumerate(pieces, start=1):
        if max_segments is not None and n > max_segments:
            msg = (
                f"{name or 'the ' + what}: the {what} has more than {max_segments:,} segments; "
                "raise the limit with --max-segments if this is intended"
            )
            raise LimitError(msg)
        seg_span = Span(norm.offsets[0], norm.offsets[-1] + 1)
        out.append(Segment(f"{prefix}{n}", side, norm.text, seg_span, kind, offsets=norm.offsets, rule=rule))
    return tuple(out)


#: A rough count of segments this many times the limit refuses a side before it is read.
_ROUGH_MARGIN = 1.5
# A sentence's end followed by the start of another, not after a single letter (an initial): a
# rough count (abbreviations before a name are counted too, hence the margin); in lines mode, a
# line holding something.
_ROUGH_SENTENCE = regex.compile(r"(?<!(?<!\p{L})\p{L})[.!?…](?=[\"»)]*\s+[\p{Lu}\d«\"])")
_ROUGH_LINE = regex.compile(r"(?m)^[^\S\n]*+\S")


def _rough_count(text: str, span: Span, split: str) -> int:
    """A quick estimate of the number of segments of ``text[span]`` (one pass of a regex in C)."""
    pattern = _ROUGH_LINE if split == "lines" else _ROUGH_SENTENCE
    return len(pattern.findall(text, span.start, span.end))


def segment_paragraphs(
    text: str, span: Span, *, side: str, kind: SegmentKind, id_prefix: str
) -> tuple[Segment, ...]:
    """One segment of ``kind`` per paragraph of ``text[span]`` (the metadata header of a page)."""
    out = []
    for n, para in enumerate(paragraphs(text, span.start, span.end), start=1):
        norm = join_lines(text, para.lines[0].start, para.lines[-1].end)
        seg_span = Span(norm.offsets[0], norm.offsets[-1] + 1)
        out.append(
            Segment(
                f"{id_prefix}{n}",
                side,
                norm.text,
                seg_span,
                kind,
                offsets=norm.offsets,
                rule="header.paragraph",
            )
        )
    return tuple(out)


_Piece = tuple[Normalized, SegmentKind, str]


def _line_pieces(text: str, span: Span) -> Iterator[_Piece]:
    for para in paragraphs(text, span.start, span.end):
        for line in para.lines:
            yield join_lines(text, line.start, line.end), SegmentKind.TEXT, "split.lines"


def _sentence_pieces(text: str, span: Span, language: str) -> Iterator[_Piece]:
    for para in paragraphs(text, span.start, span.end):
        yield from _paragraph_pieces(text, para, language)


def _paragraph_pieces(text: str, para: Paragraph, language: str) -> Iterator[_Piece]:
    kinds = [classify_line(line.text) for line in para.lines]
    if any(k is not None and k[0] is SegmentKind.FURNITURE for k in kinds):
        # A date standing beside a cipher number or a sheet mark is part of the same apparatus.
        rest = [line for line, k in zip(para.lines, kinds, strict=True) if k is None]
        if rest and all(is_date_only(line.text) for line in rest):
            kinds = [k or (SegmentKind.FURNITURE, "furniture.apparatus_date") for k in kinds]
    run: list[Line] = []
    for line, kind in zip(para.lines, kinds, strict=True):
        if kind is None:
            run.append(line)
            continue
        if run:
            yield from _text_pieces(text, run, language)
            run = []
        yield join_lines(text, line.start, line.end), kind[0], kind[1]
    if run:
        yield from _text_pieces(text, run, language)


def _text_pieces(text: str, lines: list[Line], language: str) -> Iterator[_Piece]:
    norm = close_letter_spacing(join_lines(text, lines[0].start, lines[-1].end))
    if len(lines) == 1 and _is_heading(norm.text):
        yield norm, SegmentKind.HEADING, "heading.capitals"
        return
    for start, end, rule in split_sentences(norm.text, language):
        yield Normalized(norm.text[start:end], norm.offsets[start:end]), SegmentKind.TEXT, rule


def _is_heading(line: str) -> bool:
    """A short line in capitals without end punctuation ("СЕКРЕТНО", "TOP SECRET")."""
    letters = _LETTERS.findall(line)
    return (
        len(letters) >= 2
        and all(ch.isupper() for ch in letters)
        and len(line.split()) <= 6
        and not _ends_with_punctuation(line)
    )


def _ends_with_punctuation(line: str) -> bool:
    """Whether end punctuation stands after the last letter or digit of ``line``."""
    for ch in reversed(line):
        if ch.isalnum():
            return False
        if ch in _END_PUNCT:
            return True
    return False
