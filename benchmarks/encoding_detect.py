"""Encoding detection: aligner's own reader against charset-normalizer, on the same bytes.

Texts are WMT22 documents of the fitted half (``corpus_split.py``): the Russian side, the English side,
and a page of both (Russian paragraphs then English ones, as an archive page gives them), each cut to
30, 120 and 600 characters and taken whole. Each text is written as bytes in every encoding a user's
file comes in (UTF-8, UTF-8 with BOM, cp1251, KOI8-R, UTF-16 with and without BOM) and in the two
garbled forms archives produce (UTF-8 or cp1251 bytes once read as Latin-1/cp1252 and saved as UTF-8).

For each reader it prints, by encoding: how many texts came back exactly, how many were refused
(an error for aligner, no answer for charset-normalizer), how many came back wrong, and the time per
file. charset-normalizer has no mojibake repair, so the garbled rows show what aligner's repair adds.
It prints; it asserts nothing.

Run: python benchmarks/encoding_detect.py [--docs 40]
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from aligner.errors import AlignerError
from aligner.read import decode_bytes
from corpus_split import part_of

HERE = Path(__file__).resolve().parent
WMT = HERE.parent.parent / "shared" / "data" / "wmt22-ru-en" / "wmttest2022.ru-en.src-ref.xml"
LENGTHS = (30, 120, 600, None)


def _texts(limit: int) -> list[tuple[str, str]]:
    """(kind, text) samples from the fitted half of WMT22: Russian, English and a two-language page."""
    out = []
    for doc in ET.parse(WMT).getroot().iter("doc"):
        if part_of(doc.get("id", ""), 2) != "fit":
            continue
        ru = "\n".join(" ".join((s.text or "").split()) for s in doc.find("src").iter("seg"))  # type: ignore[union-attr]
        en = "\n".join(" ".join((s.text or "").split()) for s in doc.find("ref").iter("seg"))  # type: ignore[union-attr]
        for kind, text in (("ru", ru), ("en", en), ("page", ru + "\n\n" + en)):
            for n in LENGTHS:
                out.append((f"{kind}-{n or 'whole'}", text[:n] if n else text))
        if len(out) >= limit * 12:
            break
    return out


def _encodings() -> dict[str, Callable[[str], bytes]]:
    return {
        "utf-8": lambda t: t.encode("utf-8"),
        "utf-8-sig": lambda t: t.encode("utf-8-sig"),
        "cp1251": lambda t: t.encode("cp1251", "replace"),
        "koi8-r": lambda t: t.encode("koi8_r", "replace"),
        "utf-16": lambda t: t.encode("utf-16"),
        "utf-16-le (no BOM)": lambda t: t.encode("utf-16-le"),
        "utf-8 read as latin-1": lambda t: t.encode("utf-8").decode("latin-1").encode("utf-8"),
        "cp1251 read as cp1252": lambda t: (
            t.encode("cp1251", "replace").decode("cp1252", "replace").encode("utf-8")
        ),
    }


def _expected(name: str, text: str) -> str:
    """What a perfect reader gives back: the text as the encoding can hold it."""
    if name.startswith("cp1251"):
        return text.encode("cp1251", "replace").decode("cp1251")
    if name == "koi8-r":
        return text.encode("koi8_r", "replace").decode("koi8_r")
    return text


def _ours(data: bytes) -> str | None:
    try:
        return decode_bytes(data)
    except AlignerError:
        return None


def _theirs(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best)


def main() -> None:
    """Run both readers on every sample and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=40, help="how many fitted WMT22 documents to sample")
    args = parser.parse_args()
    try:
        import charset_normalizer  # noqa: F401
    except ModuleNotFoundError:
        print("charset-normalizer is not installed: pip install charset-normalizer")
        return
    samples = _texts(args.docs)
    readers = {"aligner": _ours, "charset-normalizer": _theirs}
    print(f"{len(samples)} texts x {len(_encodings())} encodings, lengths {LENGTHS}")
    print(f"{'encoding':24} {'reader':20} {'exact':>7} {'refused':>8} {'wrong':>6} {'ms/file':>8}")
    totals: dict[str, Counter[str]] = {r: Counter() for r in readers}
    for enc, encode in _encodings().items():
        for rname, read in readers.items():
            c: Counter[str] = Counter()
            t0 = time.perf_counter()
            for _kind, text in samples:
                got = read(encode(text))
                want = _expected(enc, text)
                c["exact" if got == want else "refused" if got is None else "wrong"] += 1
            ms = (time.perf_counter() - t0) * 1000 / len(samples)
            totals[rname].update(c)
            print(f"{enc:24} {rname:20} {c['exact']:7} {c['refused']:8} {c['wrong']:6} {ms:8.2f}")
    for rname, c in totals.items():
        n = sum(c.values())
        print(f"{'all':24} {rname:20} {c['exact'] / n:7.3f} {c['refused'] / n:8.3f} {c['wrong'] / n:6.3f}")


if __name__ == "__main__":
    main()
