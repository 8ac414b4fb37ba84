"""Russian sentence boundaries: aligner's splitter against razdel, on the same paragraphs.

Two corpora, the fitted part of each only (``corpus_split.py``):

- WMT22 news: each paragraph's segments joined by a space; a boundary is due at every join after a
  sentence stop (a headline without one is no splitter's business). A
  split inside a segment is counted apart ("inner"): most segments are one sentence, some are two.
- archival-dev: the gold links' Russian sides; within one paragraph of the original (blank lines
  apart), a boundary is due wherever one link's text starts after another's that ends with a stop
  (a line of the letterhead is a unit of its own, not a sentence boundary). The original's line
  breaks are kept, as a user's file gives them.

For each splitter it prints the boundaries due, how many it found (recall), its inner splits per 100
segments (WMT22) and the time. It prints; it asserts nothing.

Run: python benchmarks/sentence_boundaries.py
"""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import regex

from aligner.segment.sentences import split_sentences
from corpus_split import part_of

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"
WMT = SHARED / "wmt22-ru-en" / "wmttest2022.ru-en.src-ref.xml"
ARCHIVAL = SHARED / "archival-dev"
_BLANK = regex.compile(r"\n[ \t]*\n\s*")
# A boundary is due only after a sentence's own end: a headline or a line of the letterhead that ends
# without a stop is a unit of its own in the gold, but no sentence splitter's business.
# (A list number's "1." before its item is not a sentence either.)
_ENDS_SENTENCE = regex.compile(r"(?<!(?:^|\n)[ \t]*[\dIVXivx]{1,4})[.!?…][\"»”')\]]*\s*$")

Splitter = Callable[[str], list[int]]


def _ours(text: str) -> list[int]:
    return [start for start, _end, _rule in split_sentences(text, "ru")][1:]


def _razdel(text: str) -> list[int]:
    from razdel import sentenize

    return [s.start for s in sentenize(text)][1:]


def _wmt_paragraphs() -> list[tuple[str, set[int], int]]:
    """(paragraph, offsets where a boundary is due, segments) for the fitted half of WMT22."""
    out = []
    for doc in ET.parse(WMT).getroot().iter("doc"):
        if part_of(doc.get("id", ""), 2) != "fit":
            continue
        for p in doc.find("src").findall("p"):  # type: ignore[union-attr]
            segs = [" ".join((s.text or "").split()) for s in p.iter("seg")]
            segs = [s for s in segs if s]
            text, due = "", set()
            for seg in segs:
                if text:
                    text += " "
                    if _ENDS_SENTENCE.search(text):
                        due.add(len(text))
                text += seg
            if text:
                out.append((text, due, len(segs)))
    return out


def _archival_paragraphs() -> list[tuple[str, set[int], int]]:
    """(paragraph, offsets where a boundary is due, links) for the fitted part of archival-dev."""
    out = []
    for gold_path in sorted(ARCHIVAL.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        if part_of(name, 3) != "fit":
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (ARCHIVAL / gold["source_file"]).read_text(encoding="utf-8")
        starts = sorted(link["source"]["offset"] for link in gold["links"] if link.get("source"))
        cuts = [0, *(m.end() for m in _BLANK.finditer(text)), len(text)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            due = {s - a for s in starts if a < s < b and _ENDS_SENTENCE.search(text[a:s])}
            para = text[a:b]
            if due and para.strip():
                out.append((para, due, len(due) + 1))
    return out


def _score(name: str, paragraphs: list[tuple[str, set[int], int]], split: Splitter) -> str:
    due = found = inner = units = 0
    t0 = time.perf_counter()
    for text, want, n in paragraphs:
        got = {_next_letter(text, g) for g in split(text)}
        want = {_next_letter(text, w) for w in want}
        due += len(want)
        found += len(want & got)
        inner += len(got - want)
        units += n
    seconds = time.perf_counter() - t0
    return (
        f"{name:10} due {due:5}  found {found:5}  recall {found / max(due, 1):.3f}  "
        f"other splits /100 units {100 * inner / max(units, 1):5.1f}  {seconds:5.2f} s"
    )


def _next_letter(text: str, i: int) -> int:
    """Where the next sentence really starts: past spaces, so that splitters agree on the place."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def main() -> None:
    """Score both splitters on both corpora and print the table."""
    try:
        import razdel  # noqa: F401
    except ModuleNotFoundError:
        print("razdel is not installed: pip install razdel")
        return
    for corpus, paragraphs in (("WMT22 fit", _wmt_paragraphs()), ("archival fit", _archival_paragraphs())):
        print(f"{corpus}: {len(paragraphs)} paragraphs")
        for name, split in (("aligner", _ours), ("razdel", _razdel)):
            print("  " + _score(name, paragraphs, split))


if __name__ == "__main__":
    main()
