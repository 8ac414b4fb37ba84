"""Time and peak memory of align() at 1k, 10k and 50k sentences a side, on WMT22 text repeated.

The first (untimed) run warms the caches of the lexicon and of word analysis, so the
figures are those of the alignment itself.

Run: python benchmarks/align_speed.py [--sizes 1000 10000 50000]
Prints seconds, peak traced memory, and the growth ratio between sizes (linear
growth gives about the ratio of the sizes); the full dynamic program
(align_reference) on the first size is the in-run baseline. hunalign's figures
at 10k x 10k are printed beside ours for comparison: they are quoted, not
measured here (hunalign is not installed).
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

from aligner.align import align, align_reference
from aligner.config import Config
from aligner.model import Segment, Span
from aligner.scoring import basic_features

#: hunalign at about 10,000 sentences a side: seconds and peak memory (MiB), quoted, not measured.
HUNALIGN_10K = (4.4, 340.0)

WMT = Path(__file__).resolve().parents[2] / "shared/data/wmt22-ru-en/wmttest2022.ru-en.src-ref.xml"


def load() -> list[tuple[list[str], list[str]]]:
    docs = []
    for doc in ET.parse(WMT).getroot().iter("doc"):
        docs.append(
            (
                [s.text or "" for s in doc.find("src").iter("seg")],
                [s.text or "" for s in doc.find("ref").iter("seg")],
            )
        )
    return docs


def side(texts: list[str], name: str, prefix: str) -> list[Segment]:
    out = []
    pos = 0
    for k, text in enumerate(texts):
        offsets = tuple(range(pos, pos + len(text)))
        out.append(Segment(f"{prefix}{k}", name, text, Span(pos, pos + len(text)), "text", offsets=offsets))
        pos += len(text) + 1
    return out


def parallel(docs, size: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Whole documents repeated until ``size`` source sentences; 5% of targets dropped or joined."""
    src: list[str] = []
    tgt: list[str] = []
    while len(src) < size:
        for s, r in docs:
            src.extend(s)
            k = 0
            while k < len(r):
                roll = rng.random()
                if roll < 0.025:
                    k += 1  # dropped
                    continue
                if roll < 0.05 and k + 1 < len(r):
                    tgt.append(r[k] + " " + r[k + 1])
                    k += 2
                    continue
                tgt.append(r[k])
                k += 1
            if len(src) >= size:
                break
    return src, tgt


def measure(fn, src, tgt, feats) -> tuple[float, float, int]:
    """Seconds of one run (untraced), then peak traced memory of a second run, in MiB."""
    start = time.perf_counter()
    alignment = fn(src, tgt, feats, config=Config())
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn(src, tgt, feats, config=Config())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20, len(alignment)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    args = parser.parse_args()
    docs = load()
    rng = random.Random(0)
    # Warm up: the lexicon and the morphological analyser load once per process.
    warm_src, warm_tgt = parallel(docs, min(args.sizes), random.Random(1))
    warm = side(warm_src, "source", "s"), side(warm_tgt, "target", "t")
    align(*warm, {s.id: basic_features(s) for s in (*warm[0], *warm[1])}, config=Config())
    results = []
    for size in args.sizes:
        src_texts, tgt_texts = parallel(docs, size, rng)
        src = side(src_texts, "source", "s")
        tgt = side(tgt_texts, "target", "t")
        feats = {s.id: basic_features(s) for s in (*src, *tgt)}
        seconds, mib, beads = measure(align, src, tgt, feats)
        results.append((len(src), seconds, mib))
        print(
            f"align      {len(src):>6} x {len(tgt):>6}: {seconds:7.2f} s, peak {mib:7.1f} MiB, {beads} beads"
        )
        if size == args.sizes[0]:
            ref_seconds, ref_mib, _ = measure(align_reference, src, tgt, feats)
            print(
                f"reference  {len(src):>6} x {len(tgt):>6}: {ref_seconds:7.2f} s, "
                f"peak {ref_mib:7.1f} MiB (align: {ref_seconds / seconds:.1f}x faster, "
                f"{ref_mib / mib:.1f}x less memory)"
            )
    print(
        f"hunalign   ~10000 x ~10000: {HUNALIGN_10K[0]:7.2f} s, peak {HUNALIGN_10K[1]:7.1f} MiB "
        "(QUOTED reference figures, not measured in this run)"
    )
    for (n0, s0, m0), (n1, s1, m1) in zip(results, results[1:], strict=False):
        print(f"{n0} -> {n1} sentences (x{n1 / n0:.1f}): time x{s1 / s0:.1f}, memory x{m1 / m0:.1f}")


if __name__ == "__main__":
    main()
