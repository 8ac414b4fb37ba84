"""The HTML report: one self-contained page to read the original and its translation side by side.

No network and no external assets: the style sheet and a small script are
inline, and a Content-Security-Policy ``<meta>`` allows exactly those two (by
their SHA-256 hashes) and nothing else (no other script, style, image, font,
frame or form target). Every piece of document text is escaped with
:func:`html.escape`, and control and bidirectional-control characters are shown
as ``<U+XXXX>``, so a document that contains markup shows it as text and runs
nothing.

The page holds: the metadata; an alignment map (inline SVG: position in the
original across, position in the translation down, the beads as a path, the
findings as dots linking to their entries); the findings with filters by
severity and kind (checkboxes; the script hides what is unticked) and links to
their beads; then the alignment, one table row per bead (``id="bN"``), with page
furniture dimmed and each finding's evidence highlighted as ``<mark>`` in its
severity's colour. Evidence spans are offsets into the original text and are
mapped onto each segment's normalised text through ``Segment.offsets``.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from ..model import SOURCE, TARGET, Finding, Report, Segment, SegmentKind
from . import (
    bead_of_finding,
    bead_of_segment,
    bead_segments,
    count_by_severity,
    evidence_marks,
    segment_index,
    severities,
    side_evidence,
    visible,
)

__all__ = ["render_html", "CSS", "SCRIPT", "content_security_policy"]

CSS = """
:root { --critical: #d7191c; --major: #fdae61; --minor: #ffe08a; --info: #abd9e9; }
body { font: 15px/1.45 system-ui, sans-serif; color: #222;
       margin: 0 auto; max-width: 1400px; padding: 1em 2em; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .5em 0; }
dl.meta dt { font-weight: 600; color: #555; }
dl.meta dd { margin: 0; }
.top { display: flex; gap: 2em; align-items: flex-start; flex-wrap: wrap; }
.top > section { flex: 1 1 420px; }
svg.map { width: 320px; height: 320px; border: 1px solid #ccc; background: #fafafa; }
svg.map .path { fill: none; stroke: #333; stroke-width: 1.5; }
svg.map .frame { fill: none; stroke: #bbb; }
svg.map .axis { font-size: 10px; fill: #666; }
svg.map circle.sev-critical { fill: var(--critical); }
svg.map circle.sev-major { fill: #e08a2c; }
svg.map circle.sev-minor { fill: #c9a400; }
svg.map circle.sev-info { fill: #4a9bc0; }
svg.map circle.bead { fill: #333; }
svg.map circle.off { display: none; }
fieldset { display: inline-block; border: 1px solid #ddd; margin: 0 .5em .5em 0; }
ol.findings { padding-left: 2em; }
ol.findings li { margin: .3em 0; }
ol.findings li.off { display: none; }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8em;
       padding: 0 .3em; border-radius: 3px; }
.sev-critical .sev, mark.sev-critical { background: var(--critical); color: #fff; }
.sev-major .sev, mark.sev-major { background: var(--major); }
.sev-minor .sev, mark.sev-minor { background: var(--minor); }
.sev-info .sev, mark.sev-info { background: var(--info); }
mark.off { background: none; color: inherit; outline: 1px dotted #999; }
.kind { font-family: ui-monospace, monospace; font-size: .9em; color: #555; }
q { font-family: ui-monospace, monospace; font-size: .95em; }
.offsets { color: #777; font-size: .85em; }
table.beads { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.beads th, table.beads td { border-top: 1px solid #ddd; vertical-align: top;
                                 padding: .35em .5em; }
table.beads td.n { width: 6em; color: #666; font-size: .85em; }
table.beads col.n { width: 6em; }
tr.bead:target { background: #fff8d6; }
.seg { margin-bottom: .3em; white-space: pre-wrap; }
.seg .sid { color: #999; font-size: .75em; margin-right: .4em; }
.seg.furniture, .seg.editorial { color: #999; font-style: italic; }
.seg.furniture::before { content: "[furniture] "; font-size: .8em; }
.seg.editorial::before { content: "[editorial] "; font-size: .8em; }
.seg.heading { font-weight: 600; }
.empty { color: #aaa; font-style: italic; }
.rule { color: #888; font-size: .8em; font-family: ui-monospace, monospace; }
"""

SCRIPT = """
(function () {
  document.documentElement.setAttribute("data-script", "on");
  var boxes = document.querySelectorAll("input[data-filter]");
  function apply() {
    var off = {};
    boxes.forEach(function (b) {
      if (!b.checked) { off[b.getAttribute("data-filter") + ":" + b.value] = true; }
    });
    document.querySelectorAll("[data-kind]").forEach(function (el) {
      var hide = off["kind:" + el.getAttribute("data-kind")] ||
                 off["severity:" + el.getAttribute("data-severity")];
      el.classList.toggle("off", !!hide);
    });
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  apply();
})();
"""


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy() -> str:
    """The page's policy: only the inline style sheet and script (by hash), nothing from outside."""
    return (
        f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _esc(text: str) -> str:
    return escape(visible(text), quote=True)


def _segment_html(report: Report, seg: Segment, spans: list[tuple[int, int, int]], *, explain: bool) -> str:
    marks = evidence_marks(seg, spans)
    out: list[str] = []
    i = 0
    while i < len(seg.text):
        j = i
        while j < len(seg.text) and marks[j] == marks[i]:
            j += 1
        chunk = _esc(seg.text[i:j])
        keys = sorted(marks[i])
        if keys:
            found = [report.findings[k] for k in keys]
            top = min(found, key=lambda f: severities().index(f.severity))
            title = "\n".join(f"{f.severity} {f.kind}: {f.message}" for f in found)
            out.append(
                f'<mark class="sev-{top.severity}" data-kind="{_esc(top.kind)}" '
                f'data-severity="{top.severity}" '
                f'data-findings="{" ".join(f"f{k + 1}" for k in keys)}" '
                f'title="{_esc(title)}">{chunk}</mark>'
            )
        else:
            out.append(chunk)
        i = j
    kind = str(seg.kind)
    rule = f' <span class="rule">{_esc(seg.rule)}</span>' if explain and seg.rule else ""
    return (
        f'<div class="seg {kind}" id="seg-{_esc(seg.id)}"><span class="sid">{_esc(seg.id)}</span>'
        f"{''.join(out)}{rule}</div>"
    )


def _evidence_html(report: Report, finding: Finding) -> str:
    parts = []
    for label, side in (("original", SOURCE), ("translation", TARGET)):
        text = report.document.text_of(side)
        for s, e in side_evidence(finding, side):
            parts.append(f'{label} <q>{_esc(text[s:e])}</q> <span class="offsets">[{s}–{e}]</span>')
    return "; ".join(parts)


def _positions(segments: tuple[Segment, ...]) -> dict[str, tuple[int, int]]:
    pos: dict[str, tuple[int, int]] = {}
    at = 0
    for seg in segments:
        n = max(1, len(seg.text))
        pos[seg.id] = (at, at + n)
        at += n
    return pos


def _map_svg(report: Report) -> str:
    size, pad = 300, 10
    src = _positions(report.source.segments)
    tgt = _positions(report.target.segments)
    src_total = max(1, max((e for _, e in src.values()), default=1))
    tgt_total = max(1, max((e for _, e in tgt.values()), default=1))

    def xy(a: float, b: float) -> tuple[float, float]:
        return pad + a / src_total * size, pad + b / tgt_total * size

    points = [xy(0, 0)]
    mids: list[tuple[float, float]] = []
    x, y = 0, 0
    for bead in report.alignment.beads:
        x0, y0 = x, y
        x = max([x] + [src[s][1] for s in bead.source if s in src])
        y = max([y] + [tgt[t][1] for t in bead.target if t in tgt])
        points.append(xy(x, y))
        mids.append(xy((x0 + x) / 2, (y0 + y) / 2))
    d = "M" + " L".join(f"{px:.1f},{py:.1f}" for px, py in points)
    total = size + 2 * pad
    out = [
        (
            '<svg class="map" xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {total} {total + 14}" '
            'role="img" aria-label="Alignment map">'
        ),
        f'<rect class="frame" x="{pad}" y="{pad}" width="{size}" height="{size}"/>',
        f'<text class="axis" x="{pad}" y="{total + 10}">original →</text>',
        (f'<text class="axis" x="{total - pad}" y="{pad + 8}" text-anchor="end">translation ↓</text>'),
        f'<path class="path" d="{d}"/>',
    ]
    for n, (bx, by) in enumerate(mids, 1):
        bead = report.alignment.beads[n - 1]
        out.append(
            f'<a href="#b{n}"><circle class="bead" cx="{bx:.1f}" cy="{by:.1f}" r="1.5">'
            f"<title>bead {n}: {bead.shape} ({bead.score:.2f})</title></circle></a>"
        )
    where = bead_of_segment(report)
    for fi, f in enumerate(report.findings, 1):
        b = bead_of_finding(report, f, where=where)
        if b is None:
            continue
        bx, by = mids[b]
        out.append(
            f'<a href="#f{fi}"><circle class="sev-{f.severity}" data-kind="{_esc(f.kind)}" '
            f'data-severity="{f.severity}" cx="{bx:.1f}" cy="{by:.1f}" r="5">'
            f"<title>{_esc(f'{f.severity} {f.kind}: {f.message}')}</title></circle></a>"
        )
    out.append("</svg>")
    return "\n".join(out)


def _filters(report: Report) -> str:
    counts = count_by_severity(report.findings)
    kinds: dict[str, int] = {}
    for f in report.findings:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    sev_boxes = "".join(
        f'<label><input type="checkbox" data-filter="severity" value="{sev}" checked> {sev} ({n})</label> '
        for sev, n in counts.items()
        if n
    )
    kind_boxes = "".join(
        f'<label><input type="checkbox" data-filter="kind" value="{_esc(k)}" checked> '
        f"{_esc(k)} ({n})</label> "
        for k, n in sorted(kinds.items())
    )
    return (
        '<form class="filters"><fieldset><legend>Severity</legend>'
        f"{sev_boxes}</fieldset><fieldset><legend>Kind</legend>{kind_boxes}</fieldset></form>"
    )


def _findings_html(report: Report, *, explain: bool) -> str:
    if not report.findings:
        return "<p>No findings.</p>"
    where = bead_of_segment(report)
    items = []
    order = sorted(
        range(len(report.findings)),
        key=lambda k: (severities().index(report.findings[k].severity), k),
    )
    for k in order:
        f = report.findings[k]
        b = bead_of_finding(report, f, where=where)
        link = f'<a href="#b{b + 1}">bead {b + 1}</a>' if b is not None else "no bead"
        rule = f' <span class="rule">rule: {_esc(f.rule)}</span>' if explain and f.rule else ""
        evidence = _evidence_html(report, f)
        items.append(
            f'<li id="f{k + 1}" class="finding sev-{f.severity}" data-kind="{_esc(f.kind)}" '
            f'data-severity="{f.severity}"><span class="sev">{f.severity}</span> '
            f'<span class="kind">{_esc(f.kind)}</span> {link}: {_esc(f.message)}'
            + (f"<br>{evidence}" if evidence else "")
            + f"{rule}</li>"
        )
    return _filters(report) + '\n<ol class="findings">\n' + "\n".join(items) + "\n</ol>"


def _beads_html(report: Report, *, explain: bool) -> str:
    index = segment_index(report)
    spans = {
        side: [(k, s, e) for k, f in enumerate(report.findings) for s, e in side_evidence(f, side)]
        for side in (SOURCE, TARGET)
    }
    rows = []
    for n, bead in enumerate(report.alignment.beads, 1):
        src, tgt = bead_segments(report, bead, index=index)
        cells = []
        for segs, side, empty in (
            (src, SOURCE, "— not in the original —"),
            (tgt, TARGET, "— no translation —"),
        ):
            inner = "".join(_segment_html(report, s, spans[side], explain=explain) for s in segs)
            cells.append(inner or f'<span class="empty">{empty}</span>')
        all_furniture = all(s.kind is SegmentKind.FURNITURE for s in src + tgt)
        rule = f'<br><span class="rule">{_esc(bead.rule)}</span>' if explain and bead.rule else ""
        rows.append(
            f'<tr id="b{n}" class="bead shape-{bead.shape}{" furniture" if all_furniture else ""}">'
            f'<td class="n"><a href="#b{n}">{n}</a><br>{bead.shape}<br>{bead.score:.2f}{rule}</td>'
            f'<td class="src" lang="{_esc(report.source.language)}">{cells[0]}</td>'
            f'<td class="tgt" lang="{_esc(report.target.language)}">{cells[1]}</td></tr>'
        )
    return (
        '<table class="beads"><colgroup><col class="n"><col><col></colgroup>'
        f"<thead><tr><th>Bead</th><th>Original ({_esc(report.source.language)})</th>"
        f"<th>Translation ({_esc(report.target.language)})</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table>"
    )


def _meta_html(report: Report) -> str:
    doc = report.document
    meta = doc.metadata
    facts = [
        ("Date", meta.date),
        ("Archive", meta.archive),
        ("Citation", meta.citation),
        ("Translator", meta.translator),
        ("Summary", meta.summary),
        ("File", doc.path),
        ("Translation file", doc.target_path),
        ("Signature", report.signature),
    ]
    rows = [f"<dt>{label}</dt><dd>{_esc(value)}</dd>" for label, value in facts if value]
    if meta.url:
        # Shown as text, not a link: a link would be one click from leaving a report
        # that promises to work offline, and a hostile URL could be a javascript: one.
        rows.append(f"<dt>URL</dt><dd><code>{_esc(meta.url)}</code></dd>")
    counts = count_by_severity(report.findings)
    per_sev = ", ".join(f"{n} {sev}" for sev, n in counts.items() if n)
    rows.append(
        f"<dt>Counts</dt><dd>{len(report.source)} original and {len(report.target)} translation "
        f"segments; {len(report.alignment)} beads; {len(report.findings)} findings"
        + (f" ({per_sev})" if per_sev else "")
        + "</dd>"
    )
    return '<dl class="meta">' + "".join(rows) + "</dl>"


def render_html(report: Report, *, explain: bool = False) -> str:
    """The report as one self-contained HTML page (inline style and script, no external assets)."""
    meta = report.document.metadata
    title = meta.title or report.document.path or "Alignment report"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="aligner">\n'
        f"<title>{_esc(title)} — aligner report</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_esc(title)}</h1>\n{_meta_html(report)}</header>\n"
        '<div class="top">\n'
        f'<section id="map"><h2>Alignment map</h2>\n{_map_svg(report)}\n</section>\n'
        f'<section id="findings"><h2>Findings ({len(report.findings)})</h2>\n'
        f"{_findings_html(report, explain=explain)}\n</section>\n</div>\n"
        '<section id="alignment"><h2>Alignment</h2>\n'
        f"{_beads_html(report, explain=explain)}\n</section>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
