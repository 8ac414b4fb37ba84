"""The passages of the original repeated elsewhere in the original, found once a document for the
duplicate check (:mod:`aligner.checks.duplicate`), the omission check and the second witnesses
(:mod:`aligner.checks.witness`).

Candidates are found without comparing every pair of segments: each running
text segment is cut into shingles of three consecutive words (each word cut
to its first letters, so that a changed ending still meets), and only
segments sharing a shingle are compared, with RapidFuzz's ``partial_ratio``
on normalised text (the shorter passage against the best-matching stretch of
the longer). A pair that matches closely enough, over at least
:data:`MIN_WORDS` words, is a :class:`Repeat` with its variant readings word by word.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..model import Segment, Span
from ..tokens import HYPHENS, tokens, words

__all__ = ["MIN_SCORE", "MIN_WORDS", "Repeat", "find_repeats", "word_list"]


#: The fewest words a repeated passage must have.
MIN_WORDS = 5


#: The least ``partial_ratio`` (0-100) of the two passages' normalised texts.
MIN_SCORE = 70.0


#: Letters of each word kept in a shingle (endings vary between witnesses).
PREFIX = 4


#: A shingle found in more segments than this is too common to suggest a repeat.
MAX_POSTINGS = 8


#: Words added on each side of the character window before the word-by-word comparison.
SLACK = 2


@attrs.frozen(kw_only=True)
class Repeat:
    """A passage of ``later`` that repeats a stretch of ``earlier``, with its variant readings.

    ``later_span`` and ``earlier_span`` are the two passages in the original
    text; ``variants`` pairs each differing reading of the later passage with
    the earlier one's (``("вождения", "ведения")``); ``where`` says which part
    of the earlier segment is repeated (``"the end of"``, ``"the beginning
    of"``, ``"part of"`` or ``""`` for all of it); ``score`` is the similarity
    (0-100).
    """

    later: Segment
    earlier: Segment
    later_span: Span
    earlier_span: Span
    variants: tuple[tuple[str, str], ...]
    where: str
    score: float


_Words = list[tuple[int, int, str]]


#: How many segments' words :func:`find_repeats` keeps while it compares them.
_MEMO_SEGMENTS = 256


def _words(seg: Segment) -> _Words:
    """The words of ``seg`` with their offsets, lower case; a number with a decimal comma or a
    thousands point («2,5», «8.400») is one word, so a variant reads «3» for «2,5»."""
    out: _Words = []
    text = seg.text
    for a, b, w in tokens(text, joiners=HYPHENS, numbers=True):
        if out and w.isdigit() and out[-1][2][-1:].isdigit() and out[-1][1] + 1 == a and text[a - 1] in ",.":
            start = out[-1][0]
            out[-1] = (start, b, text[start:b])
            continue
        out.append((a, b, w.lower().replace("ё", "е")))
    return out


def _shingles(keys: Sequence[str]) -> set[tuple[str, ...]]:
    return set(zip(keys, keys[1:], keys[2:], strict=False))


def _candidates(segments: Sequence[Segment]) -> set[tuple[int, int]]:
    """The pairs of segments (by index) that share a run of three words (by their first
    :data:`PREFIX` letters) that at most :data:`MAX_POSTINGS` segments share."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    one: dict[str, str] = {}  # one string object a prefix: a long document repeats most of them
    for i, seg in enumerate(segments):
        keys = [one.setdefault(k, k) for k in word_list(seg.text, prefix=PREFIX)]
        for sh in _shingles(keys):
            postings[sh].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > MAX_POSTINGS:
            continue
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                pairs.add((ids[a], ids[b]))
    return pairs


def _where(start: int, end: int, total: int) -> str:
    if start == 0 and end == total:
        return ""
    if end == total:
        return "the end of"
    if start == 0:
        return "the beginning of"
    return "part of"


def _letters(word: str) -> int:
    return len(word) if word.isalpha() else sum(ch.isalpha() for ch in word)


#: The most words of the shorter passage :func:`_compare` aligns (a long paragraph is matched by its start).
MAX_COMPARED_WORDS = 400


#: The fewest words of a short sentence (under :data:`MIN_WORDS`) typed twice in a row.
TYPED_TWICE_WORDS = 3


def _typed_twice(later: Segment, earlier: Segment, lw: _Words, ew: _Words) -> Repeat | None:
    """A short sentence (:data:`TYPED_TWICE_WORDS` words or more, under :data:`MIN_WORDS`) typed twice
    in a row: the later segment, straight after the earlier, repeats all its words, or ``None``."""
    if not TYPED_TWICE_WORDS <= len(lw) < MIN_WORDS or [w[2] for w in lw] != [w[2] for w in ew]:
        return None
    if sum(1 for w in lw if _letters(later.text[w[0] : w[1]]) >= 3) < 2:
        return None
    return Repeat(
        later=later,
        earlier=earlier,
        later_span=later.raw_span(lw[0][0], lw[-1][1]),
        earlier_span=earlier.raw_span(ew[0][0], ew[-1][1]),
        variants=(),
        where="",
        score=100.0,
    )


def _compare(
    later: Segment, earlier: Segment, lw: _Words, ew: _Words, *, adjacent: bool = False
) -> Repeat | None:
    """The repeat of the shorter passage in the longer, seen from the later segment, or ``None``
    (``adjacent``: the later segment follows the earlier straight away, where a short sentence
    repeated whole is one typed twice)."""
    if len(lw) <= len(ew):
        short, long_, sw, lgw = later, earlier, lw, ew
    else:
        short, long_, sw, lgw = earlier, later, ew, lw
    if len(sw) < MIN_WORDS:
        return _typed_twice(later, earlier, lw, ew) if adjacent else None
    # a passage is compared by its first words only: the character alignment is quadratic in the
    # lengths, and a sentence of hundreds of words is no sentence (a runaway input)
    sw = sw[:MAX_COMPARED_WORDS]
    s_text = " ".join(w[2] for w in sw)
    l_text = " ".join(w[2] for w in lgw)
    found = fuzz.partial_ratio_alignment(s_text, l_text, score_cutoff=MIN_SCORE)
    if found is None:
        return None
    # the words of the longer passage the alignment covers
    starts, ends, pos = [], [], 0
    for w in lgw:
        starts.append(pos)
        pos += len(w[2])
        ends.append(pos)
        pos += 1
    # the first word ending after the window's start, the last starting before its end
    first = bisect_right(ends, found.dest_start)
    first = 0 if first == len(lgw) else first
    last = bisect_left(starts, found.dest_end) - 1
    last = len(lgw) - 1 if last < 0 else last
    # widen by a few words (the character window may cut a word off), then trim the
    # long side's unmatched words at either edge
    first, last = max(0, first - SLACK), min(len(lgw) - 1, last + SLACK)
    s_keys = [w[2] for w in sw]
    ops = [op for op in Levenshtein.opcodes(s_keys, [w[2] for w in lgw[first : last + 1]])]
    while ops and ops[0].tag == "insert":
        ops.pop(0)
    while ops and ops[-1].tag == "insert":
        ops.pop()
    if not ops:
        return None
    stretch = lgw[first + ops[0].dest_start : first + ops[-1].dest_end]
    offset = ops[0].dest_start
    first, last = first + ops[0].dest_start, first + ops[-1].dest_end - 1
    variants: list[tuple[str, str]] = []
    same = 0
    # the share is of words that count: numbers and short words neither make nor break a repeat
    counted = sum(1 for w in sw if _letters(short.text[w[0] : w[1]]) >= 3)
    for op in ops:
        if op.tag == "equal":
            # numbers and short words ("1 мая 1917 года") do not make a passage of their own
            same += sum(1 for w in sw[op.src_start : op.src_end] if _letters(short.text[w[0] : w[1]]) >= 3)
            continue
        a = " ".join(short.text[w[0] : w[1]] for w in sw[op.src_start : op.src_end])
        b = " ".join(long_.text[w[0] : w[1]] for w in stretch[op.dest_start - offset : op.dest_end - offset])
        variants.append((a, b) if short is later else (b, a))
    if same < MIN_WORDS - 1 or same < 0.6 * counted:
        return None
    short_span = short.raw_span(sw[0][0], sw[-1][1])
    long_span = long_.raw_span(stretch[0][0], stretch[-1][1])
    later_is_short = short is later
    return Repeat(
        later=later,
        earlier=earlier,
        later_span=short_span if later_is_short else long_span,
        earlier_span=long_span if later_is_short else short_span,
        variants=tuple(variants),
        where=_where(first, last + 1, len(lgw)) if later_is_short else "",
        score=found.score,
    )


def find_repeats(segments: Sequence[Segment]) -> list[Repeat]:
    """Every passage of running text that repeats another one earlier in ``segments``.

    Each later segment is reported once, against its best match.
    """
    texts = [s for s in segments if s.is_text]
    # the words of the segments being compared, read again when asked for: a document's
    # words all at once would be its largest structure
    words: dict[int, _Words] = {}

    def words_of(k: int) -> _Words:
        found = words.get(k)
        if found is None:
            if len(words) >= _MEMO_SEGMENTS:
                words.clear()
            found = words[k] = _words(texts[k])
        return found

    best: dict[int, Repeat] = {}
    for i, j in sorted(_candidates(texts)):
        if j in best and best[j].score >= 100.0:
            continue  # a perfect match is never beaten (a tie keeps the first): no need to compare
        earlier, later = texts[i], texts[j]
        rep = _compare(later, earlier, words_of(j), words_of(i), adjacent=j == i + 1)
        if rep is not None and (j not in best or rep.score > best[j].score):
            best[j] = rep
    return [best[j] for j in sorted(best)]


def word_list(text: str, *, prefix: int = 0) -> list[str]:
    """The words and numbers of ``text``, lower case, ё read as е: how repeats are compared
    (with ``prefix``, each word's first ``prefix`` characters only)."""
    if prefix:
        return [w.lower().replace("ё", "е")[:prefix] for w in words(text, joiners=HYPHENS, numbers=True)]
    return [w.lower().replace("ё", "е") for w in words(text, joiners=HYPHENS, numbers=True)]
