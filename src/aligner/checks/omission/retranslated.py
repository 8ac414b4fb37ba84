"""A second translation: the translation side holds two renderings of the same original.

An archive page may print two English editions of one message (the one published in
1957 and a new one), and a translation file may hold both. The original is aligned
with one of them; the other is left alone, sentence after sentence, on the
translation's side, and each of its sentences would be a ``major`` addition.

A lone translation segment *renders* a bead when :data:`RENDER_SUPPORT` of its keyed
words (lexicon entries, names, numbers) meet that bead's original, with
:data:`MIN_KEYED` keyed words or more. A run of lone translation segments (nothing
with an original between them) whose rendered beads follow the original's order,
at least :data:`MIN_CHAIN` of them and a third of the run, is a second
translation: each of its segments is an ``info`` note (``addition.retranslated``)
saying which original sentence it renders again and which translation sentence
already renders it. A translator's own addition renders no sentence of the original
that another sentence already renders, and a lone sentence or two never make a run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ...analysis import WordKeys
from ...keys import Key
from ...model import SOURCE, TARGET, Bead, Segment
from .. import CheckContext
from .keys import Plain, bag, word_key_sets

__all__ = ["second_translation", "second_translation_of", "RENDER_SUPPORT", "MIN_KEYED", "MIN_CHAIN"]

#: The least share of a lone segment's keyed words that must meet the original it renders.
RENDER_SUPPORT = 0.5
#: The fewest keyed words a lone segment needs to render a sentence (a short line meets one by chance).
MIN_KEYED = 3
#: The fewest lone segments, in the original's order, that make a second translation.
MIN_CHAIN = 3
#: A key met in more beads than this says nothing about which one a segment renders.
MAX_POSTINGS = 40

_Beads = Sequence[tuple[Bead, list[Segment], list[Segment]]]


def _rendered(
    seg: Segment, lexicon: WordKeys, postings: dict[Key, list[int]], bags: dict[int, frozenset[Key]]
) -> int | None:
    """The bead (by index) whose original ``seg`` renders best, if it renders one."""
    keyed = word_key_sets(Plain(seg.text), lexicon, TARGET)
    if len(keyed) < MIN_KEYED:
        return None
    candidates: set[int] = set()
    for keys in keyed:
        for key in keys:
            hits = postings.get(key, ())
            if len(hits) <= MAX_POSTINGS:
                candidates.update(hits)
    best: tuple[float, int] | None = None
    for at in sorted(candidates):
        share = sum(1 for keys in keyed if keys & bags[at]) / len(keyed)
        if share >= RENDER_SUPPORT and (best is None or share > best[0]):
            best = (share, at)
    if best is None:
        return _rendered_joined(keyed, candidates, bags)
    return best[1]


def _rendered_joined(
    keyed: Sequence[frozenset[Key]], candidates: set[int], bags: dict[int, frozenset[Key]]
) -> int | None:
    """The first of two neighbouring beads a segment renders joined in one sentence (a later edition
    joins "Ваше послание получил." and "Благодарю Вас …" in "Your message has reached me, and I am
    grateful …"), when together they meet :data:`RENDER_SUPPORT` of its keyed words and each meets one
    the other does not (a sentence that renders one of them alone is no joined rendering)."""
    order = sorted(bags)
    best: tuple[float, int] | None = None
    for first, second in zip(order, order[1:], strict=False):
        if first not in candidates or second not in candidates:
            continue
        own_first = sum(1 for keys in keyed if keys & bags[first] and not keys & bags[second])
        own_second = sum(1 for keys in keyed if keys & bags[second] and not keys & bags[first])
        share = sum(1 for keys in keyed if keys & (bags[first] | bags[second])) / len(keyed)
        if own_first and own_second and share >= RENDER_SUPPORT and (best is None or share > best[0]):
            best = (share, first)
    return best[1] if best else None


def _longest_rising(points: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``points`` (position, bead) whose beads never go back (a short list: quadratic)."""
    best: list[list[tuple[int, int]]] = []
    for k, point in enumerate(points):
        before = [best[j] for j in range(k) if points[j][1] <= point[1]]
        best.append([*max(before, key=len, default=[]), point])
    return max(best, key=len, default=[])


def _runs(beads: _Beads) -> list[list[tuple[int, Segment]]]:
    """The runs of lone translation segments (by bead index), nothing with an original between them."""
    runs: list[list[tuple[int, Segment]]] = [[]]
    for at, (bead, src, tgt) in enumerate(beads):
        if bead.source and (src or tgt):
            runs.append([])
        elif not bead.source:
            runs[-1].extend((at, seg) for seg in tgt)
    return [run for run in runs if len(run) >= MIN_CHAIN]


def second_translation(beads: _Beads, lexicon: WordKeys) -> dict[str, tuple[Segment, Segment]]:
    """The lone translation segments that belong to a second translation, each with the original
    segment it renders again and the translation segment that already renders it."""
    runs = _runs(beads)
    if not runs:
        return {}
    bags: dict[int, frozenset[Key]] = {}
    postings: dict[Key, list[int]] = defaultdict(list)
    for at, (_bead, src, tgt) in enumerate(beads):
        if src and tgt:
            bags[at] = bag((s.text for s in src), SOURCE, lexicon)
            for key in bags[at]:
                postings[key].append(at)
    found: dict[str, tuple[Segment, Segment]] = {}
    for run in runs:
        rendered_at = [_rendered(seg, lexicon, postings, bags) for _, seg in run]
        points = [(k, at) for k, at in enumerate(rendered_at) if at is not None]
        chain = _longest_rising(points)
        if len(chain) < MIN_CHAIN or 3 * len(chain) < len(run):
            continue
        rendered = dict(chain)
        last = chain[0][1]
        for k, (_, seg) in enumerate(run):
            last = rendered.get(k, last)
            _bead, src, tgt = beads[last]
            found[seg.id] = (src[0], tgt[0])
    return found


def second_translation_of(context: CheckContext) -> dict[str, tuple[Segment, Segment]]:
    """:func:`second_translation` of the document's running text, looked up once for every check
    that reads it (the addition check notes it; the name check leaves its sentences alone)."""
    found = context.memo.get("second_translation")
    if found is None:
        found = second_translation(list(context.running_text()), context.analysis.keys)
        context.memo["second_translation"] = found
    return found  # type: ignore[return-value]
