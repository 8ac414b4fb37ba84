"""Reworded second witnesses: untranslated sentences that follow translated ones in order, loosely.

A draft corrected by hand, or a telegram that retells a letter, rewords its text
sentence by sentence ("Монголы просят прислать 30 наших механиков на два года."
for "Монгольские товарищи просят направить в МНР 30 советских механиков сроком
на два года."): each pair is too loose for a repeat of its own
(:func:`~aligner.checks.repeats.find_repeats`), but a run of such pairs, in the
same order on both sides, is the same text twice. :func:`chained_repeats` finds
pairs of an untranslated and a translated text segment whose words agree loosely
(:data:`LOOSE_SET_SCORE` by RapidFuzz's ``token_set_ratio`` and
:data:`LOOSE_SCORE` by its ``partial_ratio``, with :data:`MIN_SHARED` words of
four letters or more in common, by their first four), and keeps those that stand in a chain of
:data:`MIN_CHAIN` or more: consecutive untranslated segments facing consecutive
translated ones. (:mod:`aligner.checks.witness` takes them only in a run set apart by
page furniture, an editorial note or a heading: a loose rewording next to the
translated text may be sentences the translation left out.)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..model import Segment
from .repeats import MIN_WORDS, Repeat, word_list

__all__ = ["chained_repeats", "LOOSE_SCORE", "LOOSE_SET_SCORE", "MIN_CHAIN", "MIN_SHARED"]

#: The least ``partial_ratio`` (0-100) of a loose pair's texts.
LOOSE_SCORE = 55.0
#: The least ``token_set_ratio`` (0-100) of a loose pair's texts.
LOOSE_SET_SCORE = 65.0
#: The fewest words of four letters or more (by their first four) a loose pair shares.
MIN_SHARED = 3
#: The fewest loose pairs in a row that make a chain.
MIN_CHAIN = 2


def _loose(later: Segment, earlier: Segment) -> Repeat | None:
    """The whole of ``later`` as a loose rewording of the whole of ``earlier``, or ``None``."""
    a, b = word_list(later.text), word_list(earlier.text)
    if min(len(a), len(b)) < MIN_WORDS:
        return None
    ta, tb = " ".join(a), " ".join(b)
    score = fuzz.partial_ratio(ta, tb)
    if score < LOOSE_SCORE or fuzz.token_set_ratio(ta, tb) < LOOSE_SET_SCORE:
        return None
    variants = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag != "equal":
            mine, theirs = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
            variants.append((" ".join(mine), " ".join(theirs)))
    return Repeat(
        later=later,
        earlier=earlier,
        later_span=later.raw_span(0, len(later.text)),
        earlier_span=earlier.raw_span(0, len(earlier.text)),
        variants=tuple(variants),
        where="",
        score=score,
    )


#: A word's first letters that more translated segments than this hold are too common to pair on.
MAX_POSTINGS = 8


def _prefixes(text: str) -> set[str]:
    return {w[:4] for w in word_list(text) if len(w) >= 4}


def _candidates(texts: Sequence[Segment], translated: frozenset[str]) -> list[tuple[int, int]]:
    """The pairs (untranslated, translated index) that share :data:`MIN_SHARED` words of four
    letters or more (by their first four) that at most :data:`MAX_POSTINGS` translated segments hold."""
    postings: dict[str, list[int]] = defaultdict(list)
    for t, seg in enumerate(texts):
        if seg.id in translated:
            for p in _prefixes(seg.text):
                postings[p].append(t)
    out: list[tuple[int, int]] = []
    for u, seg in enumerate(texts):
        if seg.id in translated:
            continue
        hits: Counter[int] = Counter()
        for p in _prefixes(seg.text):
            found = postings.get(p, ())
            if len(found) <= MAX_POSTINGS:
                hits.update(found)
        out.extend((u, t) for t, n in hits.items() if n >= MIN_SHARED)
    return out


def chained_repeats(segments: Sequence[Segment], translated: frozenset[str]) -> list[Repeat]:
    """The loose repeats of an untranslated text segment by a translated one that stand in a chain
    (see the module's description), each untranslated segment once, against its best partner."""
    texts = [s for s in segments if s.is_text]
    pairs: dict[tuple[int, int], Repeat] = {}  # (untranslated, translated) index among text segments
    for u, t in _candidates(texts, translated):
        i, j = min(u, t), max(u, t)
        rep = _loose(texts[j], texts[i])
        if rep is not None:
            pairs[u, t] = rep
    if len(pairs) < MIN_CHAIN:
        return []
    chained = set()
    for u, t in pairs:
        run = [(u, t)]
        for step in (-1, 1):
            k = 1
            while (u + step * k, t + step * k) in pairs:
                run.append((u + step * k, t + step * k))
                k += 1
        if len(run) >= MIN_CHAIN:
            chained.add((u, t))
    best: dict[int, Repeat] = {}
    for u, t in sorted(chained):
        rep = pairs[u, t]
        if u not in best or rep.score > best[u].score:
            best[u] = rep
    return [best[u] for u in sorted(best)]
