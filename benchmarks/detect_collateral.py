"""Collateral findings: what an injected change makes the checks say elsewhere.

``detect_quality.py`` counts false findings on the untouched documents only, so its false
figures do not move with the seed. This script runs the same injections (same seeds, same
injectors) and lists the findings each injected run gives that the untouched run did not give
and whose evidence misses the injected spot (and the sentence that holds it): a severe finding
(major or critical) or a number or date finding there is a false one the injection brought
about (an alignment that slips beside an added sentence, a finding blamed on a neighbour...).

Run: python benchmarks/detect_collateral.py --part fit --seed 21 --seeds 10 [--show K] [--jobs 2]
Prints counts per injected kind and up to K examples; no asserts.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from aligner.model import Finding, Report, Span
from aligner.pipeline import check_texts
from corpus_split import part_of
from detect_quality import (
    KINDS,
    SEVERE,
    WMT,
    Injection,
    injectors_of,
    load,
)


def _key(report: Report, f: Finding) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    src = tuple(report.document.source_text[s.start : s.end] for s in f.source_evidence)
    tgt = tuple(report.document.target_text[s.start : s.end] for s in f.target_evidence)
    return f.kind, src, tgt


def _widen(spot: Span | None, spans: dict[tuple[int, int], Span]) -> Span | None:
    """The sentence that holds the injected spot."""
    if spot is None:
        return None
    return next((s for s in spans.values() if s.overlaps(spot) or s == spot), spot)


def _near(f: Finding, inj: Injection) -> bool:
    tgt = _widen(inj.target_spot, inj.built.tgt_spans)
    src = _widen(inj.source_spot, inj.built.src_spans)
    if tgt is not None and any(e.overlaps(tgt) for e in f.target_evidence):
        return True
    return src is not None and any(e.overlaps(src) for e in f.source_evidence)


def _doc_run(args: tuple[int, int, str]) -> list[str]:
    """Every collateral finding of one document over the seeds, as printable lines."""
    first, count, doc_id = args
    docs = load(WMT)
    doc = next(d for d in docs if d.id == doc_id)
    injectors = injectors_of(docs)
    clean = check_texts(*_texts(doc))
    seen = {_key(clean, f) for f in clean.findings}
    out = []
    for seed in range(first, first + count):
        rng = random.Random(seed)
        for kind in KINDS:
            inj = injectors[kind](doc, rng)
            if inj is None:
                continue
            rep = check_texts(inj.built.source, inj.built.target)
            for f in rep.findings:
                if f.severity.value not in SEVERE and f.kind not in ("number", "date"):
                    continue
                if _key(rep, f) in seen or _near(f, inj):
                    continue
                src = " | ".join(rep.document.source_text[s.start : s.end] for s in f.source_evidence)[:200]
                tgt = " | ".join(rep.document.target_text[s.start : s.end] for s in f.target_evidence)[:200]
                out.append(
                    f"{seed}\t{kind}\t{f.severity.value}\t{f.kind}\t{doc.id}\t{inj.note[:70]}\t"
                    f"{f.rule}\t{f.message[:220]}\tSRC: {src}\tTGT: {tgt}"
                )
    return out


def _texts(doc) -> tuple[str, str]:  # noqa: ANN001 - a Doc
    from detect_quality import build

    b = build([list(p) for p in doc.src], [list(p) for p in doc.ref])
    return b.source, b.target


def main(argv: list[str] | None = None) -> None:
    """Run the injections and print the collateral findings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--part", choices=["fit"], default="fit", help="the fit half only")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    ids = [d.id for d in load(WMT) if part_of(d.id, 2) == args.part]
    if args.limit:
        ids = ids[: args.limit]
    tasks = [(args.seed, args.seeds, i) for i in ids]
    lines: list[str] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for chunk in pool.map(_doc_run, tasks):
            lines.extend(chunk)
            for line in chunk:
                print(line, flush=True)
    counts = Counter((line.split("\t")[1], line.split("\t")[2], line.split("\t")[3]) for line in lines)
    print(f"WMT22 ru-en, fit part, {len(ids)} documents, seeds {args.seed}-{args.seed + args.seeds - 1}")
    print("injected  severity  finding  count")
    for (kind, sev, fk), n in sorted(counts.items()):
        print(f"{kind:<9} {sev:<9} {fk:<8} {n}")


if __name__ == "__main__":
    main()
