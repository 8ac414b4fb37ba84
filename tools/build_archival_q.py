# ruff: noqa: E501  (the sentence pairs are data: one pair a line reads best)
"""Build the invented q documents of archival-own (new mechanisms: names through Russian, period dates, units).

Each document is a list of (Russian, English) pairs; either side may be None (a line with no counterpart:
a footnote, an editor's note, a copy list), and either side may hold several sentences (a translator's join).
Each pair starts a new line when its Russian or English ends without a full stop, else two pairs share a line.
Planted findings (required) and traps (forbidden) name their words and the pair they stand in; this script
computes every offset. Run: ``python tools/build_archival_q.py`` (writes benchmarks/data/archival-own/q*).
"""

from __future__ import annotations

from pathlib import Path

from build_archival_own import gold_findings, write_document
from q_docs import DOCS

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "archival-own"


def _text(
    pairs: list[tuple[str | None, str | None]], side: int, lines: frozenset[int] = frozenset()
) -> tuple[str, list[int | None]]:
    """One side's text (a heading or a line with no full stop alone on its line) and each pair's offset;
    the pairs in ``lines`` stand on lines of their own (apparatus)."""
    out, starts, prev = "", [], None
    for n, pair in enumerate(pairs):
        words = pair[side]
        if words is None:
            starts.append(None)
            continue
        if out:
            joined = prev is not None and prev.endswith((".", "!", "?")) and words.endswith((".", "!", "?"))
            joined = joined and n not in lines and n - 1 not in lines
            out += " " if joined and not words[:1].isdigit() and not words.startswith("[") else "\n"
        starts.append(len(out))
        out += words
        prev = None if out.endswith("\n") else words
        if len(out) - out.rfind("\n") > 200:
            prev = None  # keep paragraphs short: the next pair starts a line
    return out + "\n", starts


def _anchor(text: str, starts: list[int | None], index: int, words: str) -> dict:
    begin = starts[index]
    assert begin is not None, (index, words)
    later = [s for s in starts if s is not None and s > begin]
    end = min(later) if later else len(text)
    at = text.find(words, begin, end)
    assert at >= 0, (words, text[begin:end])
    return {"text": words, "offset": at}


def _spec(ru: str, en: str, ru_starts: list, en_starts: list, i: int, s: str | None, t: str | None) -> dict:
    spec: dict = {}
    if s is not None:
        spec["source"] = _anchor(ru, ru_starts, i, s)
    if t is not None:
        spec["target"] = _anchor(en, en_starts, i, t)
    return spec


def build(name: str, doc: dict) -> None:
    """Write one document's two texts and its gold file."""
    pairs = doc["pairs"]
    lines = frozenset(doc.get("own_lines", ()))
    ru, ru_starts = _text(pairs, 0, lines)
    en, en_starts = _text(pairs, 1, lines)
    head_starts = list(ru_starts)
    tail = doc.get("tail_ru")
    if tail:  # a second witness after the translated text: the anchors of pair 0 look in it
        at = len(ru) + 1
        ru += "\n" + "\n".join(tail) + "\n"
        ru_starts = [None if n == 0 else s for n, s in enumerate(ru_starts)]
        ru_starts[0] = at
    links = [
        _spec(
            ru,
            en,
            ru_starts if not (tail and n == 0) else head_starts,
            en_starts,
            n,
            " ".join(r.split()[:2]),
            " ".join(e.split()[:2]),
        )
        for n, (r, e) in enumerate(pairs)
        if r is not None and e is not None
    ]
    required, forbidden = gold_findings(doc, lambda i, s, t: _spec(ru, en, ru_starts, en_starts, i, s, t))
    write_document(OUT, name, doc, (ru, en), links, required, forbidden)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
