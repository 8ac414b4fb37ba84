"""Renderers: pure functions that turn a :class:`~aligner.model.Report` into the text of one format.

Each format lives in its own module; :data:`RENDERERS` is a literal table of
the formats in the order the command line lists them (``text`` first: it is
the default), each naming its function as ``"module:function"``, imported
when the format is first rendered. A user adds a format with :func:`register`. A renderer never reads a file,
never re-aligns and never prints: it returns a ``str`` and the caller decides
where it goes.

The helpers at the bottom are shared by several formats: they make document
text safe to show (control characters made visible, characters XML 1.0 forbids
dropped), find which bead holds a segment, and map a finding's evidence (spans
of the original text) onto a segment's normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex

from ..errors import AlignerError, ConfigError, OutputError
from ..model import SOURCE, Bead, Finding, Report, Segment, Severity
from ..registry import Lazy

__all__ = [
    "RENDERERS",
    "Renderer",
    "RenderFn",
    "register",
    "render",
    "render_pieces",
    "formats",
    "suffix_of",
    "media_type_of",
    "bead_of_finding",
    "bead_of_segment",
    "bead_segments",
    "count_by_severity",
    "display_width",
    "evidence_marks",
    "findings_by_bead",
    "is_text_bead",
    "segment_index",
    "severities",
    "side_evidence",
    "visible",
    "xml_safe",
]

#: The signature of a renderer function: ``fn(report, *, explain=False) -> str``.
RenderFn = Callable[..., str]


@attrs.frozen
class Renderer:
    """One output format: its name, file suffix, media type, and the function that writes it."""

    name: str
    suffix: str
    media_type: str
    fn: RenderFn = attrs.field(repr=False)

    def __call__(self, report: Report, *, explain: bool = False) -> str:
        """Render ``report`` in this format (``explain`` adds the rule behind each item)."""
        return self.fn(report, explain=explain)


#: Every renderer by name, in the order formats are offered (the first is the default).
RENDERERS: dict[str, Renderer] = {
    r.name: r
    for r in (
        Renderer("text", ".txt", "text/plain", Lazy("aligner.render.text:render_text")),
        Renderer("json", ".json", "application/json", Lazy("aligner.render.json:render_json")),
        Renderer("markdown", ".md", "text/markdown", Lazy("aligner.render.markdown:render_markdown")),
        Renderer("html", ".html", "text/html", Lazy("aligner.render.html:render_html")),
        Renderer("csv", ".csv", "text/csv", Lazy("aligner.render.csv:render_csv")),
        Renderer("tmx", ".tmx", "application/x-tmx+xml", Lazy("aligner.render.tmx:render_tmx")),
        Renderer("xliff", ".xlf", "application/xliff+xml", Lazy("aligner.render.xliff:render_xliff")),
    )
}


def register(name: str, *, suffix: str, media_type: str) -> Callable[[RenderFn], RenderFn]:
    """Add the decorated ``fn(report, *, explain=False) -> str`` as the format ``name`` (names are unique)."""

    def deco(fn: RenderFn) -> RenderFn:
        if name in RENDERERS:
            msg = f"a report format named {name!r} is already registered"
            raise ConfigError(msg)
        RENDERERS[name] = Renderer(name, suffix, media_type, fn)
        return fn

    return deco


def _renderer(format: str) -> Renderer:
    try:
        return RENDERERS[format]
    except KeyError:
        msg = f"unknown report format {format!r}; choose one of: {', '.join(RENDERERS)}"
        raise ConfigError(msg) from None


def render(report: Report, format: str = "text", *, explain: bool = False) -> str:
    """Render ``report`` in ``format`` (one of :func:`formats`); ``explain`` names the rules.

    Raises :class:`~aligner.errors.OutputError` when the report cannot be
    written in that format (never a bare ``UnicodeError`` or ``ValueError``).
    """
    fn = _renderer(format)
    try:
        text = fn(report, explain=explain)
    except AlignerError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, OverflowError) as exc:
        msg = f"the {format} report could not be written ({type(exc).__name__}: {exc})"
        raise OutputError(msg) from exc
    bad = _UNWRITABLE.search(text)
    if bad is not None:
        msg = (
            f"the {format} report could not be written: it holds U+{ord(bad.group()):04X} "
            f"(half of a surrogate pair) at character {bad.start():,}"
        )
        raise OutputError(msg)
    return text


_UNWRITABLE = re.compile("[\ud800-\udfff]")


def render_pieces(report: Report, format: str = "text", *, explain: bool = False) -> Iterator[str]:
    """What :func:`render` gives, in pieces to be written one after the other: the JSON report
    item by item (so that a long document's report is never held whole), any other format whole.

    Raises :class:`~aligner.errors.OutputError` as :func:`render` does, while iterating.
    """
    if format != "json":
        yield render(report, format, explain=explain)
        return
    from .json import iter_json

    try:
        for piece in iter_json(report, explain=explain):
            bad = _UNWRITABLE.search(piece)
            if bad is not None:
                msg = (
                    f"the {format} report could not be written: it holds U+{ord(bad.group()):04X} "
                    "(half of a surrogate pair)"
                )
                raise OutputError(msg)
            yield piece
    except AlignerError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, OverflowError) as exc:
        msg = f"the {format} report could not be written ({type(exc).__name__}: {exc})"
        raise OutputError(msg) from exc


def formats() -> tuple[str, ...]:
    """The names of the registered formats, the default (``text``) first."""
    return tuple(RENDERERS)


def suffix_of(format: str) -> str:
    """The usual file suffix of ``format``: ``".txt"``, ``".json"``, ``".html"`` …"""
    return _renderer(format).suffix


def media_type_of(format: str) -> str:
    """The media (MIME) type of ``format``: ``"text/html"``, ``"application/json"`` …"""
    return _renderer(format).media_type


# ---------------------------------------------------------------- shared helpers

_SEVERITY_ORDER = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO)

# Characters XML 1.0 does not allow at all (C0 controls but tab/newline/return,
# surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Invisible characters that change what a reader sees: C0/C1 controls (a terminal
# escape sequence starts with one) and the bidirectional controls that can reorder
# a line ("Trojan Source").
_INVISIBLE = regex.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (they cannot even be escaped)."""
    return _XML_ILLEGAL.sub("", text)


def visible(text: str) -> str:
    """``text`` with control and bidi-control characters shown as ``<U+202E>`` instead of acting."""
    return _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes (wide East Asian characters count 2, marks 0)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def severities() -> tuple[Severity, ...]:
    """The severities from the worst (``critical``) to the mildest (``info``)."""
    return _SEVERITY_ORDER


def count_by_severity(findings: Iterable[Finding]) -> dict[Severity, int]:
    """How many findings there are of each severity, worst first (zeros included)."""
    counts = {sev: 0 for sev in _SEVERITY_ORDER}
    for f in findings:
        counts[f.severity] += 1
    return counts


def bead_of_segment(report: Report) -> dict[str, int]:
    """Map each segment id to the index of the bead holding it."""
    out: dict[str, int] = {}
    for i, bead in enumerate(report.alignment.beads):
        for sid in bead.source + bead.target:
            out[sid] = i
    return out


def bead_of_finding(report: Report, finding: Finding, *, where: dict[str, int] | None = None) -> int | None:
    """The index of the first bead holding one of the finding's segments (None if none does).

    ``where`` is :func:`bead_of_segment`'s map, passed in to save rebuilding it
    for every finding.
    """
    if where is None:
        where = bead_of_segment(report)
    hits = [where[s] for s in finding.source + finding.target if s in where]
    return min(hits) if hits else None


def findings_by_bead(report: Report) -> dict[int, list[int]]:
    """Map each bead index to the indices (in ``report.findings``) of the findings it holds."""
    where = bead_of_segment(report)
    out: dict[int, list[int]] = {}
    for fi, finding in enumerate(report.findings):
        beads = sorted({where[s] for s in finding.source + finding.target if s in where})
        for b in beads:
            out.setdefault(b, []).append(fi)
    return out


def segment_index(report: Report) -> dict[str, Segment]:
    """Every segment of both sides by id."""
    return {s.id: s for side in (report.source, report.target) for s in side.segments}


def bead_segments(
    report: Report, bead: Bead, *, index: dict[str, Segment] | None = None
) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The source and target segments of ``bead``, in order.

    ``index`` is :func:`segment_index`'s map, passed in to save rebuilding it for
    every bead.
    """
    if index is None:
        index = segment_index(report)
    return tuple(index[i] for i in bead.source), tuple(index[i] for i in bead.target)


def is_text_bead(report: Report, bead: Bead, *, index: dict[str, Segment] | None = None) -> bool:
    """Whether the bead links translated text on both sides (not furniture, not 1-0 or 0-1)."""
    src, tgt = bead_segments(report, bead, index=index)
    return any(s.is_text for s in src) and any(t.is_text for t in tgt)


def evidence_marks(segment: Segment, spans: Iterable[tuple[int, int, int]]) -> list[set[int]]:
    """For each character of ``segment.text``, the keys of the spans that cover it.

    ``spans`` are ``(key, start, end)`` with ``start``/``end`` offsets into the
    original text; a normalised character is covered when its original offset
    (``segment.offsets[i]``) lies in ``[start, end)``.
    """
    marks: list[set[int]] = [set() for _ in segment.text]
    spans = [s for s in spans if s[1] < segment.span.end and segment.span.start < s[2]]
    if not spans:
        return marks
    for i, off in enumerate(segment.offsets):
        for key, start, end in spans:
            if start <= off < end:
                marks[i].add(key)
    return marks


def side_evidence(finding: Finding, side: str) -> tuple[tuple[int, int], ...]:
    """The finding's evidence on ``side`` (``"source"``/``"target"``) as ``(start, end)`` pairs."""
    spans = finding.source_evidence if side == SOURCE else finding.target_evidence
    return tuple((s.start, s.end) for s in spans)
