"""The records that flow through the pipeline: frozen, typed, and pointing back at the input.

Every record here is an immutable ``attrs`` class. Offsets are code points into
the text of the file as decoded, never into a normalised copy: ``Span`` is the
currency of the whole library, and ``text[span.start:span.end]`` always gives
back what the user wrote.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .offsets import Offsets, compact_offsets

if TYPE_CHECKING:
    from .features.values import ConceptRef, DateValue, NumberValue

__all__ = [
    "SOURCE",
    "TARGET",
    "Span",
    "SegmentKind",
    "Severity",
    "Segment",
    "Offsets",
    "compact_offsets",
    "Side",
    "Metadata",
    "Document",
    "Mention",
    "Features",
    "Bead",
    "Alignment",
    "Finding",
    "Report",
]

SOURCE = "source"
TARGET = "target"
_SIDES = (SOURCE, TARGET)


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"{attribute.name} must be >= 0 (got {value})"
        raise ValueError(msg)


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the original text."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            msg = f"a span must not end before it starts (got {self.start}..{self.end})"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, offset: int) -> bool:
        """Whether the code point at ``offset`` lies inside the span."""
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end


class SegmentKind(str, enum.Enum):
    """What a segment is: running text, a heading, page furniture, or an editorial note."""

    TEXT = "text"
    HEADING = "heading"
    FURNITURE = "furniture"
    EDITORIAL = "editorial"

    def __str__(self) -> str:
        return self.value


class Severity(str, enum.Enum):
    """How much a finding matters, from ``critical`` (a changed fact) down to ``info``."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    INFO = "info"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        """3 for critical down to 0 for info, so severities compare as numbers."""
        return _SEVERITY_RANK[self]

    def at_least(self, other: Severity) -> bool:
        """Whether this severity is ``other`` or worse."""
        return self.rank >= other.rank


_SEVERITY_RANK = {Severity.INFO: 0, Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


def _side_validator(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _SIDES:
        msg = f"{attribute.name} must be 'source' or 'target' (got {value!r})"
        raise ValueError(msg)


@attrs.frozen
class Segment:
    """One sentence (or heading, furniture line, editorial note) of one side.

    ``text`` is the normalised text (hyphenation across line breaks undone, soft
    line breaks joined); ``span`` is where the segment lies in the original
    text; ``offsets[i]`` is the original offset of ``text[i]``, so any part of
    the normalised text maps back with :meth:`raw_span` (a verbatim stretch keeps
    them as one :class:`Offsets` run, not a number a character). ``rule`` names the
    rule that ended the segment or gave it its kind (for ``--explain``).
    """

    id: str
    side: str = attrs.field(validator=_side_validator)
    text: str
    span: Span
    kind: SegmentKind = attrs.field(converter=SegmentKind)
    offsets: Sequence[int] = attrs.field(kw_only=True, repr=False, eq=False, converter=compact_offsets)
    rule: str = attrs.field(kw_only=True, default="")

    @offsets.validator
    def _check_offsets(self, attribute: attrs.Attribute[Sequence[int]], value: Sequence[int]) -> None:
        if len(value) != len(self.text):
            msg = f"segment {self.id}: {len(value)} offsets for {len(self.text)} characters"
            raise ValueError(msg)

    def raw_span(self, start: int, end: int) -> Span:
        """Map ``text[start:end]`` (normalised) back to a span of the original text."""
        if not 0 <= start < end <= len(self.text):
            msg = f"segment {self.id}: {start}..{end} is not a non-empty part of its text"
            raise ValueError(msg)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)

    @property
    def is_text(self) -> bool:
        """Whether the segment is running text or a heading (something a translator translates)."""
        return self.kind in (SegmentKind.TEXT, SegmentKind.HEADING)


@attrs.frozen
class Side:
    """The segments of one side (the original or the translation) in order."""

    name: str = attrs.field(validator=_side_validator)
    language: str
    segments: tuple[Segment, ...]

    def __iter__(self) -> Iterator[Segment]:
        return iter(self.segments)

    def __len__(self) -> int:
        return len(self.segments)

    def by_id(self) -> dict[str, Segment]:
        """The segments keyed by id."""
        return {s.id: s for s in self.segments}


@attrs.frozen(kw_only=True)
class Metadata:
    """What an archive page says about its document (every field may be empty)."""

    title: str = ""
    date: str = ""
    url: str = ""
    citation: str = ""
    summary: str = ""
    archive: str = ""
    translator: str = ""
    original_language: str = ""
    contents: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Document:
    """The input as read: the text(s), where each side lies, and the page's metadata.

    For an archive page ``source_text`` and ``target_text`` are the same
    string (the whole file) and the spans say where the original and the
    translation lie in it; for two plain files each side has its own text and
    its span covers all of it. ``header`` holds the metadata header's segments
    (kind ``heading``), so that every character of the input lies in exactly
    one segment.
    """

    source_text: str = attrs.field(repr=False)
    target_text: str = attrs.field(repr=False)
    source_span: Span
    target_span: Span
    source_language: str = "ru"
    target_language: str = "en"
    path: str = ""
    target_path: str = ""
    metadata: Metadata = attrs.field(factory=Metadata)
    header: tuple[Segment, ...] = ()
    #: Further stretches of the original after the translation, in order: a page that gives a
    #: second witness (a record quoting the text, a draft) after the English, as its contents list says.
    source_more: tuple[Span, ...] = ()

    def text_of(self, side: str) -> str:
        """The original text that offsets of ``side`` point into."""
        return self.source_text if side == SOURCE else self.target_text


@attrs.frozen(kw_only=True)
class Mention:
    """One thing a feature extractor found in a segment: a number, a date, a name, a title, a term.

    ``value`` is the canonical form compared across languages (a number
    :class:`~aligner.features.values.NumberValue` with amounts ``(25, 35)``, a date
    :class:`~aligner.features.values.DateValue` ``1950-07-08``, a concept id ``"colonel_general"``,
    a romanised name ``"kim il sung"``); ``family`` groups related concepts (all
    general officers' ranks, say); ``text`` is what the segment says and ``span``
    where that lies in the original text; ``rule`` names the rule or data entry
    that recognised it, for people to read (``--explain``); ``concept`` says what a
    term, title or known name refers to (:class:`~aligner.features.values.ConceptRef`:
    its concepts, family and source), ``None`` for other mentions.
    """

    kind: str
    value: NumberValue | DateValue | str
    text: str
    span: Span
    rule: str = ""
    family: str = ""
    approximate: bool = False
    concept: ConceptRef | None = None

    @property
    def number(self) -> NumberValue:
        """The value of a number mention (a ``TypeError`` for a mention of another kind)."""
        if not isinstance(self.value, _value_types()[0]):
            msg = f"a {self.kind} mention has no number value (got {self.value!r})"
            raise TypeError(msg)
        return self.value

    @property
    def date(self) -> DateValue:
        """The value of a date mention (a ``TypeError`` for a mention of another kind)."""
        if not isinstance(self.value, _value_types()[1]):
            msg = f"a {self.kind} mention has no date value (got {self.value!r})"
            raise TypeError(msg)
        return self.value


@functools.cache
def _value_types() -> tuple[type[NumberValue], type[DateValue]]:
    """The value records, imported on first use (``aligner.features`` imports this module)."""
    from .features.values import DateValue, NumberValue

    return NumberValue, DateValue


@attrs.frozen(kw_only=True)
class Features:
    """What a segment says that can be compared across languages."""

    segment_id: str
    length: int
    numbers: tuple[Mention, ...] = ()
    dates: tuple[Mention, ...] = ()
    names: tuple[Mention, ...] = ()
    titles: tuple[Mention, ...] = ()
    terms: tuple[Mention, ...] = ()
    words: tuple[str, ...] = ()

    def mentions(self) -> tuple[Mention, ...]:
        """Every mention of every kind, in the order the kinds are listed."""
        return self.numbers + self.dates + self.names + self.titles + self.terms


@attrs.frozen
class Bead:
    """A group of source segments aligned with a group of target segments (either may be empty)."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    score: float = 0.0
    rule: str = attrs.field(kw_only=True, default="")

    @property
    def shape(self) -> str:
        """The bead's type, ``"1-1"``, ``"2-1"``, ``"1-0"`` …"""
        return f"{len(self.source)}-{len(self.target)}"


@attrs.frozen
class Alignment:
    """The beads in order; together they hold every segment of both sides exactly once."""

    beads: tuple[Bead, ...]
    signature: str = ""

    def __iter__(self) -> Iterator[Bead]:
        return iter(self.beads)

    def __len__(self) -> int:
        return len(self.beads)


@attrs.frozen(kw_only=True)
class Finding:
    """A discrepancy between the original and the translation, with its evidence."""

    kind: str
    severity: Severity = attrs.field(converter=Severity)
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    source_evidence: tuple[Span, ...] = ()
    target_evidence: tuple[Span, ...] = ()
    message: str
    rule: str = ""


@attrs.frozen(kw_only=True)
class Report:
    """Everything one run found: the document, both sides, the alignment and the findings."""

    document: Document
    source: Side
    target: Side
    alignment: Alignment
    findings: tuple[Finding, ...]
    signature: str = ""
    _by_id: dict[str, Segment] = attrs.field(init=False, repr=False, eq=False, hash=False)

    @_by_id.default
    def _index_segments(self) -> dict[str, Segment]:
        index: dict[str, Segment] = {}
        for side in (self.target, self.source):  # a source segment wins an id both sides use
            index.update((seg.id, seg) for seg in side.segments)
        return index

    def side(self, name: str) -> Side:
        """The source or the target side by name."""
        return self.source if name == SOURCE else self.target

    def segment(self, segment_id: str) -> Segment:
        """Look a segment of either side up by id (a dictionary look-up, built with the report)."""
        try:
            return self._by_id[segment_id]
        except KeyError:
            msg = f"no segment {segment_id!r} in this report"
            raise KeyError(msg) from None
