"""The promises every report keeps, checked in one place.

:func:`check_invariants` checks that nothing of the input is lost or counted
twice and that the alignment reads in order:

- every character of both inputs (but the whitespace between segments) lies
  in exactly one segment (the page's metadata header counts as segments too);
- every segment lies in exactly one bead;
- beads are in document order on both sides;
- every finding names segments of the report and points at evidence inside
  the text of its side.

The pipeline calls it at the end of each run when ``Config.debug`` is on or the
environment variable ``ALIGNER_DEBUG`` is set (to anything but ``0`` or an
empty string); the tests call it on every report they make, so a stage that
breaks a promise is caught where it does.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from .errors import InvariantError
from .model import SOURCE, TARGET, Report, Segment, Span

__all__ = ["check_invariants", "debug_enabled", "DEBUG_ENV"]

#: The environment variable that turns the end-of-run check on for every run.
DEBUG_ENV = "ALIGNER_DEBUG"


def debug_enabled() -> bool:
    """Whether ``ALIGNER_DEBUG`` asks for the invariants to be checked after every run."""
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def check_invariants(report: Report) -> None:
    """Raise :class:`~aligner.errors.InvariantError` naming the first broken promise of ``report``."""
    doc = report.document
    header = list(doc.header)
    if not doc.source_span.overlaps(doc.target_span) and doc.source_text == doc.target_text:
        # an archive page: one text holding the header, the original and the translation
        _coverage(
            doc.source_text, header + list(report.source.segments) + list(report.target.segments), "page"
        )
    else:
        _coverage(doc.source_text, header + list(report.source.segments), "original")
        _coverage(doc.target_text, list(report.target.segments), "translation")
    _beads(report)
    _findings(report)


def _fail(message: str) -> None:
    msg = f"internal error, please report it: {message}"
    raise InvariantError(msg)


def _coverage(text: str, segments: Sequence[Segment], name: str) -> None:
    """Segments do not overlap, lie inside ``text``, and leave out only whitespace.

    One exception: a sentence broken across a page break reads on over the page's furniture (a
    sheet mark, a page number), which is a segment of its own lying inside the sentence's span;
    none of the sentence's characters may come from it."""
    pos = 0
    outer: Segment | None = None
    for seg in sorted(segments, key=lambda s: (s.span.start, s.span.end)):
        span = seg.span
        if span.end > len(text):
            _fail(
                f"segment {seg.id} ({span.start}..{span.end}) ends past the {name} ({len(text)} characters)"
            )
        if span.start < pos and outer is not None and _inside_break(seg, outer):
            continue
        if span.start < pos:
            _fail(f"segment {seg.id} ({span.start}..{span.end}) overlaps the segment before it in the {name}")
        outer = seg
        gap = text[pos : span.start]
        if gap and not gap.isspace():
            _lost(text, pos, span.start, name)
        for offset in (seg.offsets[0], seg.offsets[-1]) if seg.offsets else ():
            if not span.start <= offset < span.end:
                _fail(
                    f"segment {seg.id}: a character maps to {offset}, outside its span "
                    f"{span.start}..{span.end}"
                )
        pos = span.end
    tail = text[pos:]
    if tail and not tail.isspace():
        _lost(text, pos, len(text), name)


def _inside_break(seg: Segment, outer: Segment) -> bool:
    """Whether ``seg`` lies inside ``outer``'s span where ``outer`` takes none of its characters."""
    span = seg.span
    if span.end > outer.span.end:
        return False
    return not any(span.start <= offset < span.end for offset in outer.offsets)


def _lost(text: str, start: int, end: int, name: str) -> None:
    first = start + next(i for i, ch in enumerate(text[start:end]) if not ch.isspace())
    _fail(f"the {name}'s character {first} ({text[first]!r}) lies in no segment")


def _beads(report: Report) -> None:
    """Every segment in exactly one bead; beads in order on both sides."""
    for side, name in ((report.source, SOURCE), (report.target, TARGET)):
        order = {seg.id: k for k, seg in enumerate(side.segments)}
        seen: dict[str, int] = {}
        last = -1
        for n, bead in enumerate(report.alignment.beads):
            ids = bead.source if name == SOURCE else bead.target
            for sid in ids:
                if sid not in order:
                    _fail(f"bead {n + 1} holds {sid!r}, which is no {name} segment")
                if sid in seen:
                    _fail(f"{name} segment {sid} lies in bead {seen[sid] + 1} and bead {n + 1}")
                seen[sid] = n
                if order[sid] < last:
                    _fail(f"bead {n + 1} holds {name} segment {sid} out of document order")
                last = order[sid]
        missing = [sid for sid in order if sid not in seen]
        if missing:
            _fail(f"{name} segment {missing[0]} lies in no bead ({len(missing)} such)")


def _findings(report: Report) -> None:
    """Each finding names segments of its side and points inside the text of that side."""
    doc = report.document
    ids = {SOURCE: {s.id for s in report.source.segments}, TARGET: {s.id for s in report.target.segments}}
    for n, finding in enumerate(report.findings):
        for name, seg_ids, evidence, text in (
            (SOURCE, finding.source, finding.source_evidence, doc.source_text),
            (TARGET, finding.target, finding.target_evidence, doc.target_text),
        ):
            for sid in seg_ids:
                if sid not in ids[name]:
                    _fail(f"finding {n + 1} ({finding.kind}) names {sid!r}, which is no {name} segment")
            for span in evidence:
                _inside(span, text, f"finding {n + 1} ({finding.kind}): {name} evidence")


def _inside(span: Span, text: str, what: str) -> None:
    if span.end > len(text):
        _fail(f"{what} {span.start}..{span.end} lies past the end of the text ({len(text)} characters)")
