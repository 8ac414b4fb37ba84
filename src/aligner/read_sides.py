"""Where an archive page's original ends and its translation begins.

The sides are told apart by script (Cyrillic against Latin letters) and by
the order the page's contents list names them in, never by words of a
particular document.
"""

from __future__ import annotations

import regex

from .read_header import _format
from .segment.lines import Paragraph

__all__ = ["split_sides", "original_after", "split_three"]


_CYR = regex.compile(r"\p{Script=Cyrillic}")
_LAT = regex.compile(r"\p{Script=Latin}")


#: A Roman numeral standing as a word ("4.II.55", "XX съезд"): figures, not Latin letters of a side.
_ROMAN_WORD = regex.compile(r"(?<!\p{L})[IVXLCM]++(?!\p{L})")


def _script_counts(text: str, para: Paragraph) -> tuple[int, int]:
    """The Cyrillic and the Latin letters of a paragraph (Roman numerals are no Latin letters: a Russian
    typist's date "4.II.55" at the end of the original stays with it)."""
    body = text[para.lines[0].start : para.lines[-1].end]
    return len(_CYR.findall(body)), len(_LAT.findall(_ROMAN_WORD.sub("", body)))


def split_sides(text: str, paras: list[Paragraph], *, source_first: bool = True) -> int:
    """The index of the first paragraph of the second side.

    Chooses the split that leaves the fewest letters of the wrong script on
    each side (Cyrillic for the original, Latin for the translation, or the
    reverse when ``source_first`` is false). Paragraphs without letters between
    the two go with the first side.
    """
    return _best_split(text, paras, source_first=source_first)[0]


def _best_split(text: str, paras: list[Paragraph], *, source_first: bool) -> tuple[int, int]:
    """:func:`split_sides`'s index and the number of letters of the wrong script it leaves."""
    counts = [_script_counts(text, p) for p in paras]
    first = 0 if source_first else 1  # index into (cyr, lat) of the first side's script
    second = 1 - first
    # cost(k): letters of the second script in paras[:k] + letters of the first script in paras[k:]
    cost = sum(c[first] for c in counts)
    best_k, best_cost = 0, cost
    for k, c in enumerate(counts, start=1):
        cost += c[second] - c[first]
        if cost <= best_cost:
            best_k, best_cost = k, cost
    return best_k, best_cost


def _has_script(text: str, paras: list[Paragraph], pattern: regex.Pattern[str]) -> bool:
    return any(pattern.search(text, p.lines[0].start, p.lines[-1].end) for p in paras)


def _contents_sequence(contents: tuple[str, ...]) -> list[str]:
    """The contents list as the sides it names, in order: "o" for an original, "t" for a translation."""
    words = _format()["contents"]
    original = tuple(str(w) for w in words["original_words"])
    translation = tuple(str(w) for w in words["translation_words"])
    order = []
    for entry in contents:
        low = entry.lower()
        if any(w in low for w in translation):
            order.append("t")
        elif any(w in low for w in original):
            order.append("o")
    return order


def _contents_order(contents: tuple[str, ...]) -> bool | None:
    """Whether the contents list names the original first (True), the translation first (False),
    or does not name both (None)."""
    order = _contents_sequence(contents)
    if "o" not in order or "t" not in order:
        return None
    return order[0] == "o"


def original_after(contents: tuple[str, ...]) -> bool:
    """Whether the contents list names an original after the translation when it names one before
    ("Original Scan", "Translation - English", "Original Scan (record)"): a second witness given last."""
    order = _contents_sequence(contents)
    return "t" in order and "o" in order[: order.index("t")] and "o" in order[order.index("t") :]


def split_three(text: str, paras: list[Paragraph]) -> tuple[int, int] | None:
    """Where a page that gives the original, the translation, then more of the original (a second
    witness after the English) changes script: the index of the translation's first paragraph and of
    the trailing original's first, chosen to leave the fewest letters of the wrong script in each
    part (Latin in the originals, Cyrillic in the translation). ``None`` when no trailing part holds
    more Cyrillic than Latin letters."""
    counts = [_script_counts(text, p) for p in paras]
    n = len(counts)
    cyr, lat = [0], [0]  # prefix sums
    for c, la in counts:
        cyr.append(cyr[-1] + c)
        lat.append(lat[-1] + la)
    best: tuple[int, int, int] | None = None  # cost, i, j
    low, low_i = lat[0] - cyr[0], 0  # the least lat[i] - cyr[i] for i <= j
    for j in range(n + 1):
        if lat[j] - cyr[j] < low:
            low, low_i = lat[j] - cyr[j], j
        cost = low + cyr[j] + lat[n] - lat[j]
        if best is None or cost < best[0]:
            best = (cost, low_i, j)
    if best is None:
        return None
    _cost, i, j = best
    tail_cyr, tail_lat = cyr[n] - cyr[j], lat[n] - lat[j]
    if not 0 < i < j < n or tail_cyr <= tail_lat or lat[j] - lat[i] == 0:
        return None
    return i, j
