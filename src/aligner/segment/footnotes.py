"""Footnotes a side's text marks: a line opening with a note number the running text carries.

An edition's footnote often has no standard opener and no signature ("1 The first group
was sent to study in 1949."): on its own such a line reads like running text, or like
a numbered point. What tells it is the mark: the running text before it carries the
same number glued after a word or a stop ("in the USSR,1 where …", «молодежи¹»). A
paragraph opening with that number and a capital letter, after the mark, is an editorial
note, every sentence of it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ..model import Segment, SegmentKind

__all__ = ["marked_footnotes"]

_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")

#: A note mark glued to a word: a figure after a stop or a closing mark that follows a letter
#: ("USSR,1 where", "for me.2"), or superscript figures after a letter («молодежи¹»).
_MARK = regex.compile(
    r"(?:(?<=\p{L}[\p{Pe}\p{Pf}\"'»]?[.,;:])(?P<n>\d{1,2})|(?<=\p{L}[.,;:]?)(?P<s>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}))(?=\s|$)"
)
#: A line that opens with a note number and a capital letter: "1 The first group …", "¹ Первая …".
_NOTE = regex.compile(r"(?P<n>\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})[^\S\n]+\p{Lu}")
#: A line that goes on a note: it opens in lower case (the note's text wrapped).
_WRAPPED = regex.compile(r"\n[^\S\n]*\p{Ll}")


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The note marks of ``text[start:end]`` with their offsets, as plain figures."""
    found = _MARK.finditer(text, start, end)
    return [(m.start(), (m["n"] or m["s"]).translate(_SUPERSCRIPTS)) for m in found]


def _note_end(text: str, start: int) -> int:
    """Where the note opening at ``start`` ends: its line's end, past the lines that go on with it."""
    end = text.find("\n", start)
    while end >= 0 and _WRAPPED.match(text, end):
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


def marked_footnotes(text: str, segments: Sequence[Segment]) -> list[Segment]:
    """``segments`` with the text segments of each marked footnote's paragraph made editorial notes
    (rule ``editorial.marked_footnote``)."""
    if not segments:
        return list(segments)
    marks = _marks(text, segments[0].span.start, segments[-1].span.end)
    if not marks:
        return list(segments)
    out = list(segments)
    paragraph_end = -1
    for k, seg in enumerate(out):
        if not seg.is_text:
            continue
        if seg.span.start < paragraph_end:
            out[k] = attrs.evolve(seg, kind=SegmentKind.EDITORIAL, rule="editorial.marked_footnote")
            continue
        at_line_start = seg.span.start == 0 or text[seg.span.start - 1] == "\n"
        m = _NOTE.match(text, seg.span.start) if at_line_start else None
        if m is None:
            continue
        number = m["n"].translate(_SUPERSCRIPTS)
        if not any(pos < seg.span.start and n == number for pos, n in marks):
            continue
        paragraph_end = _note_end(text, seg.span.start)
        out[k] = attrs.evolve(seg, kind=SegmentKind.EDITORIAL, rule="editorial.marked_footnote")
    return out
