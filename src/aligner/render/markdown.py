"""The Markdown report, for pasting into an issue tracker or a wiki.

A header with the document's metadata and counts, a table of findings, then a
table of the alignment (original | translation | shape). Document text in a
table cell is escaped so that it can neither break the table nor format or
inject anything: ``|`` and Markdown punctuation get a backslash, ``<``, ``>``
and ``&`` become entities, line breaks become ``<br>``, control characters are
shown as ``<U+XXXX>`` (entity-escaped).
"""

from __future__ import annotations

import regex

from ..model import SOURCE, TARGET, Finding, Report, SegmentKind
from . import (
    bead_of_finding,
    bead_of_segment,
    bead_segments,
    count_by_severity,
    segment_index,
    severities,
    side_evidence,
    visible,
)

__all__ = ["render_markdown", "escape_cell"]

_MD_SPECIAL = regex.compile(r"([\\`*_{}\[\]()#+!|~])")


def escape_cell(text: str) -> str:
    """Make ``text`` safe inside one Markdown table cell (one line, nothing interpreted)."""
    text = visible(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = regex.sub(r"\r\n|[\r\n\u2028\u2029\x85]", "<br>", text)
    return text.strip() or " "


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _evidence(report: Report, finding: Finding, side: str) -> str:
    text = report.document.text_of(side)
    parts = [f"{escape_cell(text[s:e])} ({s}–{e})" for s, e in side_evidence(finding, side)]
    return "; ".join(parts) or " "


def render_markdown(report: Report, *, explain: bool = False) -> str:
    """The report as GitHub-flavoured Markdown: header, findings table, alignment table."""
    meta = report.document.metadata
    title = meta.title or report.document.path or "Untitled document"
    lines = [f"# {escape_cell(title)}", ""]
    facts = [
        ("Date", meta.date),
        ("File", report.document.path),
        ("URL", meta.url),
        ("Archive", meta.archive),
        ("Translator", meta.translator),
        ("Signature", report.signature),
    ]
    for label, value in facts:
        if value:
            lines.append(f"- **{label}:** {escape_cell(value)}")
    counts = count_by_severity(report.findings)
    per_sev = ", ".join(f"{n} {sev}" for sev, n in counts.items() if n)
    lines.append(
        f"- **Segments:** {len(report.source)} original, {len(report.target)} translation; "
        f"**beads:** {len(report.alignment)}; **findings:** {len(report.findings)}"
        + (f" ({per_sev})" if per_sev else "")
    )
    lines += ["", "## Findings", ""]
    beads_of = bead_of_segment(report)
    seg_index = segment_index(report)
    if report.findings:
        head = ["#", "Severity", "Kind", "Bead", "Original", "Translation", "Message"]
        if explain:
            head.append("Rule")
        lines += [_row(head), _row(["---"] * len(head))]
        ordered = sorted(enumerate(report.findings), key=lambda p: (severities().index(p[1].severity), p[0]))
        for n, (_, f) in enumerate(ordered, 1):
            where = bead_of_finding(report, f, where=beads_of)
            cells = [
                str(n),
                str(f.severity),
                escape_cell(f.kind),
                str(where + 1) if where is not None else "–",
                _evidence(report, f, SOURCE),
                _evidence(report, f, TARGET),
                escape_cell(f.message),
            ]
            if explain:
                cells.append(escape_cell(f.rule))
            lines.append(_row(cells))
    else:
        lines.append("No findings.")
    lines += ["", "## Alignment", ""]
    head = ["Bead", "Original", "Translation", "Shape"]
    if explain:
        head.append("Rule")
    lines += [_row(head), _row(["---"] * len(head))]
    for i, bead in enumerate(report.alignment.beads):
        src, tgt = bead_segments(report, bead, index=seg_index)
        cells = [str(i + 1)]
        for segs, empty in ((src, "*— not in the original —*"), (tgt, "*— no translation —*")):
            parts = []
            for s in segs:
                cell = escape_cell(s.text)
                if s.kind is not SegmentKind.TEXT:
                    cell = f"*\\[{s.kind}\\]* {cell}"
                parts.append(cell)
            cells.append("<br>".join(parts) or empty)
        cells.append(f"{bead.shape} ({bead.score:.2f})")
        if explain:
            cells.append(escape_cell(bead.rule))
        lines.append(_row(cells))
    return "\n".join(lines) + "\n"
