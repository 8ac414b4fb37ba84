"""The alignment and its findings as XLIFF 2.1 with the ITS module (Localization Quality Issue).

One ``<file>``; one ``<unit id="bN">`` per bead that holds text (headings and
running text; page furniture and editorial notes are left out), with one
``<segment>``: the bead's source segments joined with a space in ``<source>``,
its target segments in ``<target>``. A 1-0 bead (no translation) is a unit with
no ``<target>``, as XLIFF marks an untranslated segment; a 0-1 bead (text only in
the translation) has an empty ``<source>``.

Each finding's evidence lies in its segment's text as an ITS Localization
Quality Issue annotation (XLIFF 2.1 §5.9 ITS Module): ``<mrk id="mN"
translate="yes" type="its:generic" its:locQualityIssueType=…
its:locQualityIssueComment=… its:locQualityIssueSeverity=…>``. Severity maps
critical→100, major→70, minor→40, info→10; kinds map to the ITS issue types in
:data:`ITS_ISSUE_TYPE`. Annotations nest when one holds the other; one that would
cross another is written as an ``<sm …/>``…``<em startRef=…/>`` pair, XLIFF's
form for overlapping annotations. Every finding is also a ``<note>`` of its unit
(a finding with no evidence in the unit's text is only there).

The evidence spans are offsets into the original text; they are mapped onto the
normalised segment text through ``Segment.offsets``, so the marked characters are
those of the evidence as normalised (a line break inside it shows as a space).
Written by hand with XML escaping; characters XML 1.0 cannot hold are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Finding, Report, Segment, Severity
from . import (
    bead_segments,
    findings_by_bead,
    segment_index,
    side_evidence,
    xml_safe,
)

__all__ = ["render_xliff", "ITS_ISSUE_TYPE", "ITS_SEVERITY", "XLIFF_NS", "ITS_NS"]

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
ITS_NS = "http://www.w3.org/2005/11/its"

#: Our finding kinds as ITS 2.0 Localization Quality Issue types (anything else: ``other``).
ITS_ISSUE_TYPE = {
    "number": "numbers",
    "date": "inconsistent-entities",
    "name": "inconsistent-entities",
    "title": "terminology",
    "term": "terminology",
    "omission": "omission",
    "addition": "addition",
    "ocr": "characters",
    "duplicate": "duplication",
}

#: Severity as ITS ``locQualityIssueSeverity`` (0–100).
ITS_SEVERITY = {Severity.CRITICAL: 100, Severity.MAJOR: 70, Severity.MINOR: 40, Severity.INFO: 10}


def _text(s: str) -> str:
    return xml_safe(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(s: str) -> str:
    return _text(s).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def _attrs(pairs: Sequence[tuple[str, str]]) -> str:
    return "".join(f' {k}="{_attr(v)}"' for k, v in pairs)


def _lqi(finding: Finding) -> list[tuple[str, str]]:
    return [
        ("its:locQualityIssueType", ITS_ISSUE_TYPE.get(finding.kind, "other")),
        ("its:locQualityIssueComment", finding.message),
        ("its:locQualityIssueSeverity", str(ITS_SEVERITY[finding.severity])),
    ]


def _ranges(seg: Segment, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each original span lies in the normalised text of ``seg`` (empty ones dropped)."""
    out = []
    for start, end in spans:
        hit = [i for i, off in enumerate(seg.offsets) if start <= off < end]
        if hit:
            out.append((hit[0], hit[-1] + 1))
    return out


class _Content:
    """The inline content of one ``<source>`` or ``<target>``: text plus annotations."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.text = ""
        self.starts: dict[str, int] = {}
        for seg in segments:
            if self.text:
                self.text += " "
            self.starts[seg.id] = len(self.text)
            self.text += seg.text
        self.segments = segments
        self.annotations: list[tuple[int, int, Finding]] = []

    def annotate(self, finding: Finding, side: str) -> None:
        spans = side_evidence(finding, side)
        for seg in self.segments:
            base = self.starts[seg.id]
            for a, b in _ranges(seg, spans):
                self.annotations.append((base + a, base + b, finding))

    def xml(self, next_id: list[int]) -> str:
        anns = sorted(self.annotations, key=lambda x: (x[0], -x[1]))
        nested: list[tuple[int, int, Finding, str]] = []
        standoff: list[tuple[int, int, Finding, str]] = []
        for start, end, f in anns:
            next_id[0] += 1
            mid = f"m{next_id[0]}"
            crosses = any(s < start < e < end or start < s < end < e for s, e, _, _ in nested)
            (standoff if crosses else nested).append((start, end, f, mid))
        out: list[str] = []
        stack: list[int] = []
        pos = 0
        for p in range(len(self.text) + 1):
            opening = [n for n in nested if n[0] == p]
            closing_standoff = [s for s in standoff if s[1] == p]
            opening_standoff = [s for s in standoff if s[0] == p]
            closing = [n for n in stack if n == p]
            if not (opening or closing or opening_standoff or closing_standoff):
                continue
            out.append(_text(self.text[pos:p]))
            pos = p
            while stack and stack[-1] == p:
                stack.pop()
                out.append("</mrk>")
            for _s, _e, _f, mid in closing_standoff:
                out.append(f'<em startRef="{mid}"/>')
            for _s, _e, f, mid in opening_standoff:
                attrs = [("id", mid), ("translate", "yes"), ("type", "its:generic"), *_lqi(f)]
                out.append(f"<sm{_attrs(attrs)}/>")
            for _s, e, f, mid in opening:
                attrs = [("id", mid), ("translate", "yes"), ("type", "its:generic"), *_lqi(f)]
                out.append(f"<mrk{_attrs(attrs)}>")
                stack.append(e)
        out.append(_text(self.text[pos:]))
        return "".join(out)


def _unit(
    report: Report, index: int, findings: list[Finding], *, seg_index: dict, explain: bool
) -> str | None:
    bead = report.alignment.beads[index]
    src, tgt = bead_segments(report, bead, index=seg_index)
    src = tuple(s for s in src if s.is_text)
    tgt = tuple(t for t in tgt if t.is_text)
    if not src and not tgt:
        return None
    source, target = _Content(src), _Content(tgt)
    for f in findings:
        source.annotate(f, "source")
        target.annotate(f, "target")
    next_id = [0]
    lines = [f'  <unit id="b{index + 1}"{_attrs([("name", " ".join(bead.source + bead.target))])}>']
    notes = [
        f'    <note id="n{k}" category="aligner-{_attr(f.kind)}">{_text(f"{f.severity}: {f.message}")}</note>'
        for k, f in enumerate(findings, 1)
    ]
    if explain and bead.rule:
        notes.append(f'    <note category="aligner-rule">{_text(bead.rule)}</note>')
    if notes:
        lines += ["   <notes>", *notes, "   </notes>"]
    state = ' state="translated"' if tgt else ""
    lines.append(f"   <segment{state}>")
    lines.append(f'    <source xml:space="preserve">{source.xml(next_id)}</source>')
    if tgt:
        lines.append(f'    <target xml:space="preserve">{target.xml(next_id)}</target>')
    lines += ["   </segment>", "  </unit>"]
    return "\n".join(lines)


def render_xliff(report: Report, *, explain: bool = False) -> str:
    """The text beads as XLIFF 2.1 units, findings as ITS Localization Quality Issue marks."""
    doc = report.document
    root = [
        ("xmlns", XLIFF_NS),
        ("xmlns:its", ITS_NS),
        ("version", "2.1"),
        ("srcLang", report.source.language),
        ("trgLang", report.target.language),
        ("its:version", "2.0"),
    ]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<xliff{_attrs(root)}>"]
    file_attrs = [("id", "f1")]
    if doc.path:
        file_attrs.append(("original", doc.path))
    lines.append(f" <file{_attrs(file_attrs)}>")
    file_notes = []
    if doc.metadata.title:
        file_notes.append(f'   <note category="title">{_text(doc.metadata.title)}</note>')
    if report.signature:
        file_notes.append(f'   <note category="aligner-signature">{_text(report.signature)}</note>')
    if file_notes:
        lines += ["  <notes>", *file_notes, "  </notes>"]
    per_bead = findings_by_bead(report)
    seg_index = segment_index(report)
    units = 0
    for i in range(len(report.alignment.beads)):
        unit = _unit(
            report,
            i,
            [report.findings[k] for k in per_bead.get(i, ())],
            seg_index=seg_index,
            explain=explain,
        )
        if unit is not None:
            lines.append(unit)
            units += 1
    if not units:
        # a <file> must hold at least one <unit> or <group>: an empty group says "nothing here"
        lines.append('  <group id="empty"/>')
    lines += [" </file>", "</xliff>"]
    return "\n".join(lines) + "\n"
