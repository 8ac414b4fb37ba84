"""Build the invented r documents of archival-own (names, titles, terms and second witnesses through Russian).

The pairs are read from ``tools/r_docs.py`` and written as the q documents are (build_archival_q's text
builder and the shared writer); in addition a second witness may stand BEFORE the translated text
(``head_ru``) as well as after it (``tail_ru``), and a finding whose pair index is ``"W"`` is anchored in
that witness.
Run: ``python tools/build_archival_r.py`` (writes benchmarks/data/archival-own/r*).
"""

from __future__ import annotations

from build_archival_own import gold_findings, write_document
from build_archival_q import OUT, _anchor, _text
from r_docs import DOCS


def _witness(ru: str, span: tuple[int, int] | None, words: str) -> dict:
    """The anchor of ``words`` inside the second witness."""
    assert span is not None, words
    at = ru.find(words, *span)
    assert at >= 0, (words, ru[span[0] : span[1]])
    return {"text": words, "offset": at}


def build(name: str, doc: dict) -> None:
    """Write one document's two texts and its gold file."""
    pairs = doc["pairs"]
    lines = frozenset(doc.get("own_lines", ()))
    ru, ru_starts = _text(pairs, 0, lines)
    en, en_starts = _text(pairs, 1, lines)
    span = None
    if doc.get("head_ru"):
        block = "\n".join(doc["head_ru"]) + "\n\n"
        ru = block + ru
        ru_starts = [None if s is None else s + len(block) for s in ru_starts]
        span = (0, len(block))
    if doc.get("tail_ru"):
        at = len(ru) + 1
        ru += "\n" + "\n".join(doc["tail_ru"]) + "\n"
        span = (at, len(ru))

    def spec(i: int | str, s: str | None, t: str | None) -> dict:
        out: dict = {}
        if s is not None:
            out["source"] = _witness(ru, span, s) if i == "W" else _anchor(ru, ru_starts, int(i), s)
        if t is not None:
            out["target"] = _anchor(en, en_starts, int(i), t)
        return out

    links = [
        spec(n, " ".join(r.split()[:2]), " ".join(e.split()[:2]))
        for n, (r, e) in enumerate(pairs)
        if r is not None and e is not None
    ]
    required, forbidden = gold_findings(doc, lambda i, s, t: spec(i, s, t))
    write_document(OUT, name, doc, (ru, en), links, required, forbidden)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for doc_name, doc in DOCS.items():
        build(doc_name, doc)
