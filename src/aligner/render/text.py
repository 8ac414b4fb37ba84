"""The plain-text report a historian reads in a terminal (the default format).

Three parts: a short header (title, date, counts), the alignment side by side
bead by bead (original left, translation right, about 100 columns in all), and
the findings grouped by severity with their evidence quoted and its offsets.
No colours: the text goes to files and pipes as well as to terminals, so page
furniture is marked ``[furniture]`` rather than dimmed. Control and
bidirectional-control characters of the document are shown as ``<U+XXXX>`` so
that a hostile text cannot move the cursor or reorder a line.
"""

from __future__ import annotations

import textwrap
from itertools import zip_longest

from ..model import SOURCE, TARGET, Bead, Finding, Report, Segment, SegmentKind
from . import (
    bead_of_finding,
    bead_of_segment,
    bead_segments,
    count_by_severity,
    display_width,
    findings_by_bead,
    segment_index,
    severities,
    side_evidence,
    visible,
)

__all__ = ["render_text", "WIDTH"]

#: The width of the side-by-side alignment, in columns.
WIDTH = 100
_GUTTER = " │ "
_COLUMN = (WIDTH - len(_GUTTER)) // 2


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def _segment_lines(seg: Segment, width: int, *, explain: bool) -> list[str]:
    label = seg.id
    if seg.kind is SegmentKind.FURNITURE:
        label += " [furniture]"
    elif seg.kind is not SegmentKind.TEXT:
        label += f" [{seg.kind}]"
    if explain and seg.rule:
        label += f" ({seg.rule})"
    body = visible(" ".join(seg.text.split()))
    lines = textwrap.wrap(f"{label}  {body}", width=width, subsequent_indent="  ", break_on_hyphens=False)
    return lines or [label]


def _bead_block(
    report: Report, index: int, bead: Bead, n_findings: int, *, seg_index: dict, explain: bool
) -> list[str]:
    src, tgt = bead_segments(report, bead, index=seg_index)
    head = f"── [{index + 1}] {bead.shape}  score {bead.score:.2f}"
    if n_findings:
        head += f"  ⚑ {n_findings} finding{'s' if n_findings > 1 else ''}"
    if explain and bead.rule:
        head += f"  rule: {bead.rule}"
    head += " " + "─" * max(0, WIDTH - display_width(head) - 1)
    left: list[str] = []
    right: list[str] = []
    for seg in src:
        left += _segment_lines(seg, _COLUMN, explain=explain)
    for seg in tgt:
        right += _segment_lines(seg, _COLUMN, explain=explain)
    if not tgt:
        right = ["— no translation —"]
    if not src:
        left = ["— not in the original —"]
    rows = [head]
    for a, b in zip_longest(left, right, fillvalue=""):
        rows.append((_pad(a, _COLUMN) + _GUTTER + b).rstrip())
    return rows


def _quote(report: Report, side: str, start: int, end: int) -> str:
    text = report.document.text_of(side)[start:end]
    return f"«{visible(' '.join(text.split()))}» [{start}–{end}]"


def _finding_lines(
    report: Report, number: int, finding: Finding, *, beads_of: dict, explain: bool
) -> list[str]:
    bead = bead_of_finding(report, finding, where=beads_of)
    where = f"bead {bead + 1}" if bead is not None else "no bead"
    ids = ", ".join(finding.source + finding.target) or "-"
    out = textwrap.wrap(
        f"{number}. [{finding.kind}] {visible(finding.message)}",
        width=WIDTH,
        subsequent_indent="   ",
    )
    out.append(f"   where: {where} ({ids})")
    for label, side in (("original", SOURCE), ("translation", TARGET)):
        for start, end in side_evidence(finding, side):
            out += textwrap.wrap(
                f"{label}: {_quote(report, side, start, end)}",
                width=WIDTH,
                initial_indent="   ",
                subsequent_indent="     ",
            )
    if explain and finding.rule:
        out.append(f"   rule: {finding.rule}")
    return out


def render_text(report: Report, *, explain: bool = False) -> str:
    """The report as plain text for a terminal: header, side-by-side alignment, findings."""
    meta = report.document.metadata
    title = meta.title or report.document.path or "(untitled document)"
    lines = [visible(title)]
    if meta.date:
        lines.append(f"Date: {visible(meta.date)}")
    if report.document.path:
        lines.append(f"File: {visible(report.document.path)}")
    counts = count_by_severity(report.findings)
    per_sev = ", ".join(f"{n} {sev}" for sev, n in counts.items() if n)
    lines.append(
        f"Segments: {len(report.source)} original ({report.source.language}), "
        f"{len(report.target)} translation ({report.target.language}); "
        f"beads: {len(report.alignment)}; "
        f"findings: {len(report.findings)}" + (f" ({per_sev})" if per_sev else "")
    )
    if report.signature:
        lines.append(f"Signature: {report.signature}")
    lines.append("")
    lines.append(_pad("ORIGINAL", _COLUMN) + _GUTTER + "TRANSLATION")
    per_bead = findings_by_bead(report)
    seg_index = segment_index(report)
    beads_of = bead_of_segment(report)
    for i, bead in enumerate(report.alignment.beads):
        lines += _bead_block(report, i, bead, len(per_bead.get(i, ())), seg_index=seg_index, explain=explain)
    lines.append("")
    if not report.findings:
        lines.append("No findings.")
    number = 0
    for sev in severities():
        group = [f for f in report.findings if f.severity is sev]
        if not group:
            continue
        lines.append(f"{str(sev).upper()} ({len(group)})")
        for f in group:
            number += 1
            lines += _finding_lines(report, number, f, beads_of=beads_of, explain=explain)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
