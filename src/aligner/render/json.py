"""The JSON report, version 1 (``"schema": "aligner.report/1"``), and reading it back.

The keys DESIGN.md lists are a contract; this module adds a few keys (allowed:
readers ignore what they do not know):

- top level: ``"signature"`` (how the report was made), ``"alignment_signature"``
  when the aligner left one, ``"header"`` (the metadata header's segments, each
  with its ``"side"``) when there are any;
- ``document``: ``citation``, ``summary``, ``archive``, ``translator``,
  ``original_language``, ``contents``, ``target_path``, ``source_span`` and
  ``target_span`` (where each side lies in its text), ``source_more_spans`` (further
  stretches of the original after the translation, on a page that gives a second witness
  last), ``shared_text`` (true when both sides are in one file, as on an archive page), and
  ``source_text`` /
  ``target_text`` only when asked for (``include_text=True``);
- segments: ``offset_runs`` when the normalised text does not map one to one
  onto the original (a hyphenated word joined, say): ``[[i, offset], ...]``
  where each run of normalised characters from ``i`` on maps to consecutive
  original offsets from ``offset`` on;
- with ``explain=True``: ``"rule"`` on segments, beads and findings.

Reading back (:func:`report_from_json`). A report does not embed the input
file (it would hold every text twice). So the original texts are rebuilt:

- if the JSON carries ``source_text``/``target_text`` (written with
  ``include_text=True``), they are used as they are and the round trip gives
  back an equal :class:`~aligner.model.Report`;
- otherwise each text is rebuilt from the offsets: every segment's normalised
  characters are put back at their original offsets, every evidence text at its
  span, and what no segment covers (line breaks, dropped hyphens) is a space.
  Every segment span, every offset map and every evidence text then points at
  the same characters as in the input, though the text between them may differ.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from ..errors import InputError
from ..model import (
    SOURCE,
    TARGET,
    Alignment,
    Bead,
    Document,
    Finding,
    Metadata,
    Offsets,
    Report,
    Segment,
    Side,
    Span,
)
from ..resources import data_text

__all__ = [
    "SCHEMA_ID",
    "report_to_dict",
    "report_from_dict",
    "report_from_json",
    "schema",
    "render_json",
    "iter_json",
]

#: The value of the top-level ``"schema"`` key.
SCHEMA_ID = "aligner.report/1"

_META_EXTRA = ("citation", "summary", "archive", "translator", "original_language")


def _offset_runs(segment: Segment) -> list[list[int]]:
    if isinstance(segment.offsets, Offsets):  # a verbatim stretch: one run
        return [[0, segment.offsets[0]]]
    runs: list[list[int]] = []
    prev = None
    for i, off in enumerate(segment.offsets):
        if prev is None or off != prev + 1:
            runs.append([i, off])
        prev = off
    return runs


def _segment_dict(segment: Segment, *, explain: bool, with_side: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"id": segment.id}
    if with_side:
        out["side"] = segment.side
    out.update(
        text=segment.text,
        start=segment.span.start,
        end=segment.span.end,
        kind=str(segment.kind),
    )
    runs = _offset_runs(segment)
    if runs and runs != [[0, segment.span.start]]:
        out["offset_runs"] = runs
    if explain:
        out["rule"] = segment.rule
    return out


def _span_dict(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _evidence(report: Report, side: str, spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    text = report.document.text_of(side)
    return [{"text": s.of(text), "start": s.start, "end": s.end} for s in spans]


def report_to_dict(report: Report, *, explain: bool = False, include_text: bool = False) -> dict:
    """The report as plain JSON-ready data (see the module docstring for every key).

    ``explain`` adds the rule behind each segment, bead and finding;
    ``include_text`` embeds the original text(s), so that :func:`report_from_json`
    gives back exactly the same report.
    """
    doc = report.document
    meta = doc.metadata
    document: dict[str, Any] = {
        "path": doc.path,
        "title": meta.title,
        "date": meta.date,
        "url": meta.url,
        "source_language": doc.source_language,
        "target_language": doc.target_language,
    }
    for key in _META_EXTRA:
        document[key] = getattr(meta, key)
    document["contents"] = list(meta.contents)
    document["target_path"] = doc.target_path
    document["source_span"] = _span_dict(doc.source_span)
    document["target_span"] = _span_dict(doc.target_span)
    if doc.source_more:
        document["source_more_spans"] = [_span_dict(span) for span in doc.source_more]
    document["shared_text"] = doc.source_text == doc.target_text
    if include_text:
        document["source_text"] = doc.source_text
        if not document["shared_text"]:
            document["target_text"] = doc.target_text

    out: dict[str, Any] = {"schema": SCHEMA_ID, "signature": report.signature, "document": document}
    if report.alignment.signature:
        out["alignment_signature"] = report.alignment.signature
    if doc.header:
        out["header"] = [_segment_dict(s, explain=explain, with_side=True) for s in doc.header]
    for name in (SOURCE, TARGET):
        side = report.side(name)
        out[name] = {
            "language": side.language,
            "segments": [_segment_dict(s, explain=explain) for s in side.segments],
        }
    out["alignment"] = [_bead_dict(bead, explain=explain) for bead in report.alignment.beads]
    out["findings"] = [_finding_dict(report, f, explain=explain) for f in report.findings]
    return out


def _bead_dict(bead: Bead, *, explain: bool) -> dict[str, Any]:
    b: dict[str, Any] = {"source": list(bead.source), "target": list(bead.target), "score": bead.score}
    if explain:
        b["rule"] = bead.rule
    return b


def _finding_dict(report: Report, f: Finding, *, explain: bool) -> dict[str, Any]:
    d: dict[str, Any] = {
        "kind": f.kind,
        "severity": str(f.severity),
        "source": list(f.source),
        "target": list(f.target),
        "source_evidence": _evidence(report, SOURCE, f.source_evidence),
        "target_evidence": _evidence(report, TARGET, f.target_evidence),
        "message": f.message,
    }
    if explain:
        d["rule"] = f.rule
    return d


#: One encoder for every item: compact (no indent), so that the C encoder writes it.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def render_json(report: Report, *, explain: bool = False) -> str:
    """The report as JSON (UTF-8 text, non-ASCII kept as is, final newline).

    The layout is compact and line-oriented: each top-level key opens a line, and
    each segment, bead and finding stands on a line of its own (easy to diff and
    to grep, and written by the C encoder). The data are those of :func:`report_to_dict`.
    """
    return "".join(iter_json(report, explain=explain))


def iter_json(report: Report, *, explain: bool = False) -> Iterator[str]:
    """The text of :func:`render_json` in pieces, item by item (no whole dict is built first)."""
    enc = _ENCODER.encode
    head = report_to_dict(_without_items(report), explain=explain)
    yield "{"
    first = True
    for key, value in head.items():
        yield ("" if first else ",\n") + enc(key) + ": "
        first = False
        if key == "header":
            header = report.document.header
            yield from _lines(enc, (_segment_dict(s, explain=explain, with_side=True) for s in header))
        elif key in (SOURCE, TARGET):
            side = report.side(key)
            yield "{" + enc("language") + ": " + enc(side.language) + ", " + enc("segments") + ": "
            yield from _lines(enc, (_segment_dict(s, explain=explain) for s in side.segments))
            yield "}"
        elif key == "alignment":
            yield from _lines(enc, (_bead_dict(b, explain=explain) for b in report.alignment.beads))
        elif key == "findings":
            yield from _lines(enc, (_finding_dict(report, f, explain=explain) for f in report.findings))
        else:
            yield enc(value)
    yield "}\n"


def _lines(enc: Callable[[Any], str], items: Iterable[Any]) -> Iterator[str]:
    """A JSON list with one item a line, item by item."""
    yield "["
    sep = "\n"
    for item in items:
        yield sep + enc(item)
        sep = ",\n"
    yield "]"


def _without_items(report: Report) -> Report:
    """The report with no segments, beads or findings: its head, which is small."""
    return attrs.evolve(
        report,
        source=attrs.evolve(report.source, segments=()),
        target=attrs.evolve(report.target, segments=()),
        alignment=attrs.evolve(report.alignment, beads=()),
        findings=(),
    )


@functools.cache
def _schema_text() -> str:
    return data_text("report.schema.json")


def schema() -> dict:
    """The JSON Schema (draft 2020-12) of the report (a fresh copy each call)."""
    return copy.deepcopy(json.loads(_schema_text()))


# ---------------------------------------------------------------- reading back


def _segment_from(d: dict[str, Any], side: str) -> Segment:
    text = d["text"]
    start = d["start"]
    runs = d.get("offset_runs") or ([[0, start]] if text else [])
    offsets: list[int] = []
    for k, (i, off) in enumerate(runs):
        stop = runs[k + 1][0] if k + 1 < len(runs) else len(text)
        offsets.extend(range(off, off + stop - i))
    return Segment(
        d["id"],
        d.get("side", side),
        text,
        Span(start, d["end"]),
        d["kind"],
        offsets=tuple(offsets),
        rule=d.get("rule", ""),
    )


def _rebuild_text(length: int, segments: list[Segment], evidence: list[dict[str, Any]]) -> str:
    buf = [" "] * length
    for seg in segments:
        for ch, off in zip(seg.text, seg.offsets, strict=False):
            buf[off] = ch
    for ev in evidence:
        for k, ch in enumerate(ev["text"]):
            buf[ev["start"] + k] = ch
    return "".join(buf)


def _extent(segments: list[Segment], evidence: list[dict[str, Any]], spans: list[Span]) -> int:
    ends = [s.span.end for s in segments] + [e["end"] for e in evidence] + [s.end for s in spans]
    ends += [max(s.offsets) + 1 for s in segments if s.offsets]
    return max(ends, default=0)


def report_from_dict(data: dict[str, Any]) -> Report:
    """Rebuild a Report from :func:`report_to_dict`'s data (see the module docstring)."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_ID:
        found = data.get("schema") if isinstance(data, dict) else type(data).__name__
        msg = f'not an aligner report: expected "schema": {SCHEMA_ID!r}, found {found!r}'
        raise InputError(msg)
    try:
        return _report_from_dict(data)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        what = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
        msg = f"the aligner report cannot be read back: {what}"
        raise InputError(msg) from exc


def _report_from_dict(data: dict[str, Any]) -> Report:
    d = data["document"]
    sides = {name: [_segment_from(s, name) for s in data[name]["segments"]] for name in (SOURCE, TARGET)}
    header = [_segment_from(s, SOURCE) for s in data.get("header", [])]
    src_span = Span(**d["source_span"]) if "source_span" in d else None
    tgt_span = Span(**d["target_span"]) if "target_span" in d else None
    more = tuple(Span(**span) for span in d.get("source_more_spans", ()))
    evidence = {
        SOURCE: [e for f in data["findings"] for e in f["source_evidence"]],
        TARGET: [e for f in data["findings"] for e in f["target_evidence"]],
    }
    shared = bool(d.get("shared_text", False))
    texts: dict[str, str] = {}
    if "source_text" in d:
        texts[SOURCE] = d["source_text"]
        texts[TARGET] = d["source_text"] if shared else d["target_text"]
    elif shared:
        segs = sides[SOURCE] + sides[TARGET] + header
        ev = evidence[SOURCE] + evidence[TARGET]
        spans = [s for s in (src_span, tgt_span, *more) if s is not None]
        texts[SOURCE] = texts[TARGET] = _rebuild_text(_extent(segs, ev, spans), segs, ev)
    else:
        for name, span in ((SOURCE, src_span), (TARGET, tgt_span)):
            segs = sides[name] + [h for h in header if h.side == name]
            spans = [span] if span is not None else []
            texts[name] = _rebuild_text(_extent(segs, evidence[name], spans), segs, evidence[name])
    document = Document(
        source_text=texts[SOURCE],
        target_text=texts[TARGET],
        source_span=src_span or Span(0, len(texts[SOURCE])),
        target_span=tgt_span or Span(0, len(texts[TARGET])),
        source_more=more,
        source_language=d["source_language"],
        target_language=d["target_language"],
        path=d.get("path", ""),
        target_path=d.get("target_path", ""),
        metadata=Metadata(
            title=d.get("title", ""),
            date=d.get("date", ""),
            url=d.get("url", ""),
            contents=tuple(d.get("contents", ())),
            **{k: d.get(k, "") for k in _META_EXTRA},
        ),
        header=tuple(header),
    )
    beads = tuple(
        Bead(tuple(b["source"]), tuple(b["target"]), float(b["score"]), rule=b.get("rule", ""))
        for b in data["alignment"]
    )
    findings = tuple(
        Finding(
            kind=f["kind"],
            severity=f["severity"],
            source=tuple(f["source"]),
            target=tuple(f["target"]),
            source_evidence=tuple(Span(e["start"], e["end"]) for e in f["source_evidence"]),
            target_evidence=tuple(Span(e["start"], e["end"]) for e in f["target_evidence"]),
            message=f["message"],
            rule=f.get("rule", ""),
        )
        for f in data["findings"]
    )
    return Report(
        document=document,
        source=Side(SOURCE, data[SOURCE]["language"], tuple(sides[SOURCE])),
        target=Side(TARGET, data[TARGET]["language"], tuple(sides[TARGET])),
        alignment=Alignment(beads, data.get("alignment_signature", "")),
        findings=findings,
        signature=data.get("signature", ""),
    )


def report_from_json(text: str) -> Report:
    """Read a JSON report (as :func:`render_json` or :func:`report_to_dict` wrote it) back."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not an aligner report: the text is not valid JSON ({exc})"
        raise InputError(msg) from exc
    return report_from_dict(data)
