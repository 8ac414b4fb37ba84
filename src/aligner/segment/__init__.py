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
from .apparatus_lines import COLUMN_GAP, file_number
from .editorial_notes import is_editorial_block, join_bracketed_notes, sentence_note
from .footnotes import marked_footnotes
from .line_groups import ends_with_punctuation, is_heading, numbered_items, short_lines
from .lines import Line, Paragraph, classify_line, copy_list_runs, is_date_only, paragraphs
from .pagebreak import continuation, furniture_only, join_across, running_head
from .sentences import split_sentences

__all__ = ["segment_side", "segment_paragraphs"]

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
    return tuple(marked_footnotes(text, out) if split == "sentences" else out)


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
    paras = list(paragraphs(text, span.start, span.end))
    i = 0
    while i < len(paras):
        j = continuation(paras, i)
        if j is None and _is_caption(paras, i):
            norm = join_lines(text, paras[i].lines[0].start, paras[i].lines[-1].end)
            yield norm, SegmentKind.EDITORIAL, "editorial.caption"
            i += 1
            continue
        if j is None:
            yield from _paragraph_pieces(text, paras[i], language)
            i += 1
            continue
        # A word broken across a page break: the two halves are read as one paragraph; the
        # furniture between them comes before the segment that holds the break (which ends later).
        gap = paras[i].lines[-1].end
        merged = list(_paragraph_pieces(text, Paragraph(paras[i].lines + paras[j].lines), language))
        at = next((k for k, p in enumerate(merged) if p[0].offsets[-1] > gap), len(merged))
        yield from merged[:at]
        for para in paras[i + 1 : j]:
            if running_head(para) and not furniture_only(para):
                norm = join_lines(text, para.lines[0].start, para.lines[-1].end)
                yield norm, SegmentKind.FURNITURE, "furniture.running_head"
                continue
            yield from _paragraph_pieces(text, para, language)
        yield from merged[at:]
        i = j + 1


def _is_caption(paras: list[Paragraph], i: int) -> bool:
    """An editor's caption of a published document: one short line without end punctuation
    between the collection's file number and a bracketed note ("711.61/9" / "Smith to Jones" /
    "[Translation]")."""
    if i == 0 or i + 1 >= len(paras) or any(len(paras[k].lines) != 1 for k in (i - 1, i, i + 1)):
        return False
    line = paras[i].lines[0].text
    after = classify_line(paras[i + 1].lines[0].text)
    return (
        file_number(paras[i - 1].lines[0].text) is not None
        and after is not None
        and after[0] is SegmentKind.EDITORIAL
        and len(line.split()) <= _CAPTION_WORDS
        and not ends_with_punctuation(line)
    )


#: A last line of figures that closes a sentence ("1800." after "… by January 2,").
_FIGURES_TAIL = regex.compile(r"\d[.!?][)»”\"]?$")


def _sentence_tail(
    lines: tuple[Line, ...], kinds: list[tuple[SegmentKind, str] | None]
) -> list[tuple[SegmentKind, str] | None]:
    """The kinds, with the paragraph's last line read as text when it is figures that end the sentence
    the line before leaves open: a wrapped line, not a page number (a page number ends no sentence)."""
    if len(lines) < 2 or kinds[-1] is None or kinds[-1][1] != "furniture.no_letters" or kinds[-2] is not None:
        return kinds
    before = lines[-2].text.rstrip()
    if _FIGURES_TAIL.search(lines[-1].text.strip()) and before and before[-1] not in ".!?…":
        return [*kinds[:-1], None]
    return kinds


#: A caption is at most this many words long.
_CAPTION_WORDS = 10


def _paragraph_pieces(text: str, para: Paragraph, language: str) -> Iterator[_Piece]:
    whole = join_lines(text, para.lines[0].start, para.lines[-1].end)
    if is_editorial_block(whole.text):
        yield whole, SegmentKind.EDITORIAL, "editorial.bracket_block"
        return
    para = Paragraph(tuple(_split_columns(text, para.lines)))
    kinds = [classify_line(line.text) for line in para.lines]
    if any(k is not None and k[0] is SegmentKind.FURNITURE for k in kinds):
        # A date standing beside a cipher number or a sheet mark is part of the same apparatus.
        rest = [line for line, k in zip(para.lines, kinds, strict=True) if k is None]
        if rest and all(is_date_only(line.text) for line in rest):
            kinds = [k or (SegmentKind.FURNITURE, "furniture.apparatus_date") for k in kinds]
    kinds = copy_list_runs(para.lines, kinds)
    kinds = _titles_in_text(kinds)
    kinds = _sentence_tail(para.lines, kinds)
    run: list[Line] = []
    lines = list(para.lines)
    i = 0
    while i < len(lines):
        line, kind = lines[i], kinds[i]
        i += 1
        if kind is None:
            run.append(line)
            continue
        if run:
            yield from _text_pieces(text, run, language)
            run = []
        last = line
        if kind[1] == "furniture.clerk_note":
            last, i = _note_continuation(lines, kinds, i)
        yield join_lines(text, line.start, last.end), kind[0], kind[1]
    if run:
        # a paragraph of text alone is the paragraph already normalised: not read a second time
        # (unless other text lies between its lines: the halves of a word broken by a page break)
        alone = len(run) == len(lines) and _contiguous(text, run)
        yield from _text_pieces(text, run, language, whole if alone else None)


def _contiguous(text: str, lines: list[Line]) -> bool:
    """Whether only white space lies between the lines."""
    return not any(text[a.end : b.start].strip() for a, b in zip(lines, lines[1:], strict=False))


def _split_columns(text: str, lines: tuple[Line, ...]) -> Iterator[Line]:
    """Lines with apparatus typed beside the text, far apart ("Из ОДЕССЫ      Отправлено 3.V.47 г."),
    cut in two at the gap, so the apparatus is a segment of its own."""
    for line in lines:
        cut = None
        gaps = COLUMN_GAP.finditer(text, line.start, line.end) if len(line.text) <= _COLUMN_LINE else ()
        for n, gap in enumerate(gaps):
            if n >= _COLUMN_GAPS:
                break
            right = text[gap.end() : line.end]
            if classify_line(right) is not None and text[line.start : gap.start()].strip():
                cut = gap
                break
        if cut is None:
            yield line
            continue
        yield Line(line.start, cut.start(), text[line.start : cut.start()])
        yield Line(cut.end(), line.end, text[cut.end() : line.end])


#: Lines longer than this are never cut into columns, and at most this many gaps are tried.
_COLUMN_LINE = 200
_COLUMN_GAPS = 4


def _titles_in_text(kinds: list[tuple[SegmentKind, str] | None]) -> list[tuple[SegmentKind, str] | None]:
    """A letter-spaced line followed by a line of text in its paragraph is the title of that text
    ("Д О К Л А Д" over "о состоянии …"), not a signature: it is read with the text."""
    out = list(kinds)
    for i in range(len(out) - 1):
        k = out[i]
        if k is not None and k[1] == "furniture.letter_spaced" and out[i + 1] is None:
            out[i] = None
    return out


def _note_continuation(
    lines: list[Line], kinds: list[tuple[SegmentKind, str] | None], i: int
) -> tuple[Line, int]:
    """A clerk's note runs on over the lines after one ending in a comma or a dash (a list of names)."""
    last = lines[i - 1]
    while i < len(lines) and kinds[i] is None and last.text.rstrip()[-1:] in ",-–—":
        last = lines[i]
        i += 1
    return last, i


def _text_pieces(
    text: str, lines: list[Line], language: str, joined: Normalized | None = None
) -> Iterator[_Piece]:
    """The sentences of a run of text lines (``joined``: the run already normalised, if it is)."""
    groups = [g for items in numbered_items(lines) for g in short_lines(items, language)]
    if len(groups) > 1:
        for group in groups:
            yield from _text_pieces(text, group, language)
        return
    norm = close_letter_spacing(joined if joined is not None else join_across(text, lines))
    if len(lines) == 1 and is_heading(norm.text):
        yield norm, SegmentKind.HEADING, "heading.capitals"
        return
    for start, end, rule in join_bracketed_notes(norm.text, split_sentences(norm.text, language)):
        piece = Normalized(norm.text[start:end], norm.offsets[start:end])
        note = sentence_note(piece.text)
        yield (piece, SegmentKind.EDITORIAL, note) if note else (piece, SegmentKind.TEXT, rule)
