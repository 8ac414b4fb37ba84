"""Alignment quality on real translations: WMT22 Russian-English news, perturbed as people do.

The data (../shared/data/wmt22-ru-en, see SOURCE.md there) pairs every Russian
segment with its human English translation, 1-1 by construction. Each document
is rebuilt as text and the translation perturbed the way translators differ
from their source, each at ``--rate`` (default 5%) per source sentence:

- 2-1: two sentences joined into one (the first's full stop becomes a semicolon);
- 1-2: one sentence split into two at a comma near its middle;
- 1-0: a sentence left untranslated;
- 0-1: a translator's note added ("Translator's note: " and a sentence of another document).

Two modes:

- ``clean``: pre-segmented input (``Config(split="lines")``, one sentence a
  line), scored by strict bead F1 as Vecalign and Bertalign do: precision over
  every predicted bead (1-0 and 0-1 included), recall over the gold beads that
  have both sides.
- ``archival``: the source typed like an archival transcript: lines of 40-60
  columns with line-break hyphens inside words, page furniture (page numbers,
  "Лист № N", cipher numbers "№ 1234/ш") between paragraphs. The aligner
  segments both raw texts itself; each predicted segment is mapped to the gold
  unit holding most of its characters (furniture maps to nothing), and the
  score is link F1 over (source unit, target unit) pairs.

The documents are cut in two by the fixed rule of ``corpus_split.py``;
``--part held`` (the default) reports the held-back half, the one to quote.

Every figure is given twice: documents aligned one at a time (micro-averaged),
and all documents concatenated into one long text. Runs go through the real
pipeline (:func:`aligner.pipeline.check_texts`, so :func:`aligner.features.analyse`
reads the segments); only the number check runs, to keep the benchmark quick.

Run: python benchmarks/align_quality.py [--part held|fit|both] [--seed 1] [--rate 0.05] [--limit N]
[--modes clean archival] [--settings per-doc long] [--second-pass off on]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from aligner.config import Config
from aligner.model import Report
from aligner.pipeline import available_checks, check_texts
from corpus_split import part_of

WMT = Path(__file__).resolve().parents[2] / "shared/data/wmt22-ru-en/wmttest2022.ru-en.src-ref.xml"

#: Gold bead shapes in the order the confusion table lists them.
SHAPES = ("1-1", "2-1", "1-2", "1-0", "0-1", "other")
#: The checks run with each alignment: one cheap check, enough to exercise the pipeline.
CHECKS = ("number",)

Pair = tuple[tuple[int, ...], tuple[int, ...]]
_HEADLINE = regex.compile(r"(?<![.!?…:;,][\"»”')\]]*)\s*$")


# --------------------------------------------------------------------------- data


def load_documents(path: Path = WMT, part: str = "both") -> list[list[list[tuple[str, str]]]]:
    """Documents as paragraphs of ``(source, reference)`` segment pairs (empty pairs dropped).

    ``part`` is ``"held"`` or ``"fit"`` for one half of the corpus (``corpus_split.py``), ``"both"`` for all.
    """
    docs = []
    for doc in ET.parse(path).getroot().iter("doc"):
        if part != "both" and part_of(doc.get("id", ""), 2) != part:
            continue
        src_paras = doc.find("src").findall("p")  # type: ignore[union-attr]
        ref_paras = doc.find("ref").findall("p")  # type: ignore[union-attr]
        paras = []
        for sp, rp in zip(src_paras, ref_paras, strict=False):
            pairs = [
                (" ".join((s.text or "").split()), " ".join((r.text or "").split()))
                for s, r in zip(sp.iter("seg"), rp.iter("seg"), strict=False)
            ]
            pairs = [(s, r) for s, r in pairs if s and r]
            if pairs:
                paras.append(pairs)
        if paras:
            docs.append(paras)
    return docs


@dataclass
class Perturbed:
    """Source and target units (paragraph number, text) and the gold beads over their indices."""

    source: list[tuple[int, str]] = field(default_factory=list)
    target: list[tuple[int, str]] = field(default_factory=list)
    gold: list[Pair] = field(default_factory=list)

    def extend(self, other: Perturbed, para_shift: int) -> None:
        """Append another document's units and beads, renumbering them."""
        ns, nt = len(self.source), len(self.target)
        self.source.extend((p + para_shift, t) for p, t in other.source)
        self.target.extend((p + para_shift, t) for p, t in other.target)
        self.gold.extend((tuple(i + ns for i in s), tuple(j + nt for j in t)) for s, t in other.gold)


def _split_point(text: str, rng: random.Random) -> int | None:
    """A comma in the middle half of the sentence, where a translator could cut it in two."""
    n = len(text)
    commas = [p for p, ch in enumerate(text) if ch in ",;" and n // 4 < p < 3 * n // 4]
    return rng.choice(commas) if commas else None


def _joinable(text: str) -> bool:
    return text.endswith(".") and not text.endswith("..")


def perturb(
    doc: list[list[tuple[str, str]]], rng: random.Random, pool: Sequence[str], rate: float
) -> Perturbed:
    """Join, split, drop and add target sentences, each at ``rate`` per source sentence."""
    flat = [(p, s, r) for p, para in enumerate(doc) for s, r in para]
    out = Perturbed()
    out.source = [(p, s) for p, s, _ in flat]
    i = 0
    while i < len(flat):
        para, _, ref = flat[i]
        roll = rng.random()
        if roll < rate and i + 1 < len(flat) and flat[i + 1][0] == para and _joinable(ref):
            nxt = flat[i + 1][2]
            out.gold.append(((i, i + 1), (len(out.target),)))
            out.target.append((para, ref[:-1] + "; " + nxt))
            i += 2
            continue
        if roll < 2 * rate and (cut := _split_point(ref, rng)) is not None:
            first = ref[:cut].rstrip() + "."
            second = ref[cut + 1 :].strip()
            second = second[:1].upper() + second[1:]
            out.gold.append(((i,), (len(out.target), len(out.target) + 1)))
            out.target.extend([(para, first), (para, second)])
            i += 1
            continue
        if roll < 3 * rate:
            out.gold.append(((i,), ()))
            i += 1
            continue
        if roll < 4 * rate:
            out.gold.append(((), (len(out.target),)))
            out.target.append((para, "Translator's note: " + rng.choice(pool)))
        out.gold.append(((i,), (len(out.target),)))
        out.target.append((para, ref))
        i += 1
    return out


# --------------------------------------------------------------------------- typing the texts


def _paragraph_texts(units: Sequence[tuple[int, str]]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Units grouped by paragraph: each paragraph's text and the spans of its units in it."""
    out: list[tuple[str, list[tuple[int, int]]]] = []
    last = None
    closed = True
    for para, text in units:
        if para != last or closed:
            out.append(("", []))
            last = para
        # A headline (no end punctuation) stands on a line of its own, as it does on a page.
        closed = _HEADLINE.search(text) is not None
        body, spans = out[-1]
        start = len(body) + (1 if body else 0)
        body = f"{body} {text}" if body else text
        spans.append((start, start + len(text)))
        out[-1] = (body, spans)
    return out


def lines_text(units: Sequence[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """One unit a line (pre-segmented input) and each unit's span."""
    text = ""
    spans = []
    for _, unit in units:
        spans.append((len(text), len(text) + len(unit)))
        text += unit + "\n"
    return text, spans


def plain_text(units: Sequence[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """A translation as typed: one line a paragraph, a blank line between paragraphs."""
    text = ""
    spans = []
    for body, unit_spans in _paragraph_texts(units):
        base = len(text)
        spans.extend((base + a, base + b) for a, b in unit_spans)
        text += body + "\n\n"
    return text, spans


def _wrap(body: str, width: int) -> tuple[str, list[int]]:
    """Fill ``body`` into lines of ``width`` columns, breaking long words with a hyphen.

    Returns the typed text and, for each character of ``body``, its offset in it.
    """
    out: list[str] = []
    where = [0] * len(body)
    column = 0
    pos = 0
    for word in body.split(" "):
        if column and column + 1 + len(word) > width:
            room = width - column - 2  # a space and the hyphen
            cut = 0
            if len(word) >= 7 and room >= 3:
                cut = min(room, len(word) - 3)
                while cut >= 3 and not (word[cut - 1].isalpha() and word[cut].isalpha()):
                    cut -= 1
            if cut >= 3:
                out.append(" ")
                for k in range(cut):
                    where[pos + k] = len(out)
                    out.append(word[k])
                out.append("-\n")
                for k in range(cut, len(word)):
                    where[pos + k] = len(out)
                    out.append(word[k])
                column = len(word) - cut
                pos += len(word) + 1
                continue
            out.append("\n")
            column = 0
        elif column:
            out.append(" ")
            column += 1
        for k in range(len(word)):
            where[pos + k] = len(out)
            out.append(word[k])
        column += len(word)
        pos += len(word) + 1
    # `out` holds one entry per character except the joined "-\n"; turn entry indices into offsets.
    offsets = []
    total = 0
    for piece in out:
        offsets.append(total)
        total += len(piece)
    return "".join(out), [offsets[w] for w in where]


def _furniture(rng: random.Random, page: int) -> list[str]:
    """One or two lines of page furniture, as an archive page puts between paragraphs."""
    kinds = [
        f"- {page} -",
        str(page),
        f"Лист № {page // 2 + 1}",
        f"№ {rng.randint(100, 99999)}/ш",
        f"{page}\n№ {rng.randint(100, 9999)}/ш.",
    ]
    return [rng.choice(kinds)]


def archival_text(
    units: Sequence[tuple[int, str]], rng: random.Random, *, furniture_rate: float = 0.3
) -> tuple[str, list[tuple[int, int]]]:
    """The source typed like an archival transcript, and each unit's span in it."""
    width = rng.randint(40, 60)
    text = ""
    spans = []
    page = rng.randint(1, 200)
    for body, unit_spans in _paragraph_texts(units):
        typed, where = _wrap(body, width)
        base = len(text)
        spans.extend((base + where[a], base + where[b - 1] + 1) for a, b in unit_spans)
        text += typed + "\n\n"
        if rng.random() < furniture_rate:
            page += 1
            text += "\n".join(_furniture(rng, page)) + "\n\n"
    return text, spans


# --------------------------------------------------------------------------- scoring


def _unit_of(offsets: Sequence[int], starts: Sequence[int], spans: Sequence[tuple[int, int]]) -> int | None:
    """The unit holding most of the characters at ``offsets`` (None: none of them)."""
    from bisect import bisect_right

    votes: Counter[int] = Counter()
    for off in offsets:
        k = bisect_right(starts, off) - 1
        if k >= 0 and spans[k][0] <= off < spans[k][1]:
            votes[k] += 1
    if not votes:
        return None
    return min(votes, key=lambda k: (-votes[k], k))


def predicted_beads(
    report: Report, src_spans: Sequence[tuple[int, int]], tgt_spans: Sequence[tuple[int, int]]
) -> list[Pair]:
    """The report's beads over gold unit indices (segments mapping to no unit left out)."""
    mapping: dict[str, int | None] = {}
    for side, spans in ((report.source, src_spans), (report.target, tgt_spans)):
        starts = [a for a, _ in spans]
        for seg in side.segments:
            mapping[seg.id] = _unit_of(seg.offsets, starts, spans)
    out = []
    for bead in report.alignment.beads:
        s = tuple(sorted({u for i in bead.source if (u := mapping[i]) is not None}))
        t = tuple(sorted({u for j in bead.target if (u := mapping[j]) is not None}))
        if s or t:
            out.append((s, t))
    return out


@dataclass
class Tally:
    """Counts behind strict bead F1, link F1 and the bead-type confusion."""

    correct: int = 0
    correct_linked: int = 0
    predicted: int = 0
    gold_linked: int = 0
    links_hit: int = 0
    links_predicted: int = 0
    links_gold: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: Sequence[Pair], pred: Sequence[Pair]) -> None:
        """Count one aligned text."""
        gold_set = set(gold)
        pred_set = set(pred)
        hits = gold_set & pred_set
        self.correct += len(hits)
        self.correct_linked += sum(1 for s, t in hits if s and t)
        self.predicted += len(pred_set)
        self.gold_linked += sum(1 for s, t in gold_set if s and t)
        gold_links = {(i, j) for s, t in gold for i in s for j in t}
        pred_links = {(i, j) for s, t in pred for i in s for j in t}
        self.links_hit += len(gold_links & pred_links)
        self.links_predicted += len(pred_links)
        self.links_gold += len(gold_links)
        where: dict[tuple[str, int], Pair] = {}
        for bead in pred:
            for i in bead[0]:
                where[("s", i)] = bead
            for j in bead[1]:
                where[("t", j)] = bead
        for s, t in gold:
            key = ("s", s[0]) if s else ("t", t[0])
            found = where.get(key)
            self.confusion[(_shape(s, t), _shape(*found) if found else "lost")] += 1

    @property
    def strict_f1(self) -> float:
        """Strict bead F1: precision over all predicted beads, recall over gold 1-1, 2-1 … beads."""
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct_linked / self.gold_linked if self.gold_linked else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def link_f1(self) -> float:
        """F1 over (source unit, target unit) links."""
        p = self.links_hit / self.links_predicted if self.links_predicted else 0.0
        r = self.links_hit / self.links_gold if self.links_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _shape(s: Sequence[int], t: Sequence[int]) -> str:
    shape = f"{len(s)}-{len(t)}"
    return shape if shape in SHAPES else "other"


# --------------------------------------------------------------------------- runs


def build(mode: str, doc: Perturbed, rng: random.Random) -> tuple[str, str, list, list]:
    """The two texts of a mode and the spans of their units."""
    if mode == "clean":
        src, src_spans = lines_text(doc.source)
        tgt, tgt_spans = lines_text(doc.target)
    else:
        src, src_spans = archival_text(doc.source, rng)
        tgt, tgt_spans = plain_text(doc.target)
    return src, tgt, src_spans, tgt_spans


def run(mode: str, texts: Sequence[Perturbed], *, seed: int, second_pass: bool) -> Tally:
    """Align every text of ``texts`` in ``mode`` and count."""
    config = Config(split="lines" if mode == "clean" else "sentences", checks=CHECKS, second_pass=second_pass)
    rng = random.Random(seed)
    tally = Tally()
    for doc in texts:
        src, tgt, src_spans, tgt_spans = build(mode, doc, rng)
        report = check_texts(src, tgt, config=config)
        tally.add(doc.gold, predicted_beads(report, src_spans, tgt_spans))
    return tally


def perturbed_documents(docs, *, seed: int, rate: float) -> list[Perturbed]:
    """Every document perturbed, reproducibly from ``seed``."""
    rng = random.Random(seed)
    out = []
    for k, doc in enumerate(docs):
        pool = [r for m, other in enumerate(docs) if m != k for para in other for _, r in para]
        out.append(perturb(doc, rng, pool, rate))
    return out


def concatenated(texts: Sequence[Perturbed]) -> Perturbed:
    """All documents as one long text."""
    whole = Perturbed()
    shift = 0
    for doc in texts:
        whole.extend(doc, shift)
        shift += 1 + max((p for p, _ in doc.source), default=0)
        shift = max(shift, 1 + max((p for p, _ in whole.target), default=-1))
    return whole


def confusion_table(confusion: Counter[tuple[str, str]]) -> str:
    """Gold shape (rows) against predicted shape (columns)."""
    cols = [*SHAPES, "lost"]
    lines = ["gold\\pred " + "".join(f"{c:>7}" for c in cols)]
    for g in SHAPES:
        row = [confusion.get((g, c), 0) for c in cols]
        if any(row):
            lines.append(f"{g:<10}" + "".join(f"{v:>7}" for v in row))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=0.05, help="rate of each perturbation kind")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--modes", nargs="+", default=["clean", "archival"], choices=["clean", "archival"])
    parser.add_argument("--settings", nargs="+", default=["per-doc", "long"], choices=["per-doc", "long"])
    parser.add_argument("--second-pass", nargs="+", default=["off", "on"], choices=["off", "on"])
    parser.add_argument("--confusion", action="store_true", help="print the bead-type confusion tables")
    parser.add_argument(
        "--part", choices=["held", "fit", "both"], default="held", help="which half (corpus_split.py)"
    )
    args = parser.parse_args(argv)
    available_checks()  # loads the check registry before the first run
    docs = load_documents(part=args.part)
    if args.limit:
        docs = docs[: args.limit]
    texts = perturbed_documents(docs, seed=args.seed, rate=args.rate)
    n_src = sum(len(t.source) for t in texts)
    gold_shapes = Counter(_shape(s, t) for doc in texts for s, t in doc.gold)
    print(
        f"WMT22 ru-en, {args.part} part: {len(texts)} documents, {n_src} source sentences; perturbation rate "
        f"{args.rate:.0%} each; seed {args.seed}; gold beads {dict(sorted(gold_shapes.items()))}"
    )
    targets = {"clean": ("strict F1", 0.95), "archival": ("link F1", 0.93)}
    for mode in args.modes:
        for setting in args.settings:
            batch = texts if setting == "per-doc" else [concatenated(texts)]
            for sp in args.second_pass:
                start = time.perf_counter()
                tally = run(mode, batch, seed=args.seed, second_pass=sp == "on")
                seconds = time.perf_counter() - start
                name, target = targets[mode]
                value = tally.strict_f1 if mode == "clean" else tally.link_f1
                flag = "ok" if value >= target else "BELOW TARGET"
                print(
                    f"{mode:<9} {setting:<8} second pass {sp:<3}: {name} {value:.4f} "
                    f"(target {target:.2f}, {flag}); strict F1 {tally.strict_f1:.4f}, "
                    f"link F1 {tally.link_f1:.4f}; {seconds:.1f} s"
                )
                if args.confusion:
                    print(confusion_table(tally.confusion))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
