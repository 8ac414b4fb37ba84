"""Sentence alignment: dynamic programming over bead shapes, in time and memory linear in length.

:func:`align` finds the cheapest chain of beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2 …
up to ``config.max_bead`` segments a side, and one segment against ``max_bead + 1``:
1-3 and 3-1, a sentence split in three) that covers both texts, costing
each candidate bead with a pluggable scorer (:mod:`aligner.scoring`).

A full dynamic program looks at every pair of positions, n × m of them; for
ten thousand sentences a side that is a hundred million cells. :func:`align`
looks only at a band around a guessed path instead:

1. the guess runs through *anchors*, pairs of sentences sharing something
   that occurs once on each side (a number, a name, a long cognate), kept in
   the longest chain that is in order on both sides, and straight between them;
2. a banded dynamic program searches a few cells either side of the guess;
3. where the best path runs along the band's edge (it wanted to leave it), the
   band is widened there and the search done again;
4. where the path puts the two holders of a once-only name, number or term in
   neighbouring beads, those beads are searched again charging each split pair
   (:mod:`aligner.align_cross`).

:func:`align_reference` is the plain full dynamic program, kept as the oracle
the tests compare :func:`align` with.

Segments that are not running text (page furniture, editorial notes) take no
part in the search: each gets a bead of its own (1-0 or 0-1), placed right
after the bead holding the text segment before it on its side, except that a
non-text segment lying between two segments of one 2-1 (1-2, 2-2) bead stays
inside that bead, between them. Beads are therefore in document order on both
sides (:func:`aligner.invariants.check_invariants` checks it). Last, translated
apparatus left facing its rendering across such lone beads ("Экз. № 2" and
"Copy No. 2") is joined into a 1-1 bead (:mod:`aligner.apparatus`).

This module composes the steps (and widens beads past ``max_bead`` where a
sentence was split three ways); the searches live in
:mod:`aligner.align_search`, the problem they work on and the placing of
non-text segments in :mod:`aligner.align_problem`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from .align_cross import _uncross
from .align_problem import BEAD_SHAPES, _Problem, bead_shapes, beads_label
from .align_search import _banded, _full
from .apparatus import pair_apparatus
from .config import Config
from .model import Alignment, Bead, Features, Segment
from .scoring import LexicalScorer, Scorer, default_word_keys, learn_word_pairs

__all__ = ["BEAD_SHAPES", "bead_shapes", "align", "align_reference", "signature"]


def signature(config: Config, scorer: Scorer, *, band: str = "auto") -> str:
    """The alignment's reproducibility signature: ``beads:2x2+1x3|scorer:length+lexicon|band:auto``.

    A run with ``config.second_pass`` ends in ``|pass:2``.
    """
    text = f"beads:{beads_label(config.max_bead)}|scorer:{scorer.name}|band:{band}"
    return text + "|pass:2" if config.second_pass else text


# --------------------------------------------------------------------------- public API


def align(
    source: Sequence[Segment],
    target: Sequence[Segment],
    features: Mapping[str, Features],
    *,
    config: Config,
    scorer: Scorer | None = None,
) -> Alignment:
    """Align the source segments with the target segments.

    ``features`` maps segment ids to their :class:`~aligner.model.Features`
    (a text segment missing from it is read with
    :func:`aligner.scoring.basic_features`). ``scorer`` defaults to
    :class:`aligner.scoring.LexicalScorer` with the shipped lexicon. Time and
    memory grow linearly with the number of segments as long as the two texts
    run roughly in parallel; a long stretch present on one side only widens
    the search there.
    """
    chosen: Scorer = scorer if scorer is not None else LexicalScorer()
    problem = _Problem(source, target, features, config, chosen)
    path = _widen(problem, _uncross(problem, _banded(problem)))
    if config.second_pass and isinstance(chosen, LexicalScorer):
        pairs = learn_word_pairs(_sure_pairs(problem, path), lexicon=chosen.lexicon)
        known: frozenset[tuple[str, str]] = chosen.learned_pairs
        if pairs - known:
            learned = attrs.evolve(chosen, learned_pairs=known | pairs)
            problem = _Problem(source, target, features, config, learned)
            path = _widen(problem, _uncross(problem, _banded(problem)))
    beads = _link_apparatus(problem.beads(path), source, target, chosen)
    return Alignment(beads, signature=signature(config, chosen, band="auto"))


#: How many nats cheaper than keeping them apart a bead wider than ``max_bead`` must be.
_WIDEN_MARGIN = 2.0
#: The most segments a side of a widened bead may hold.
_WIDEST = 4


def _widen(problem: _Problem, path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join a lone segment (a 1-0 or 0-1 bead) with the bead beside it when the joined bead is
    wider than the search allows (a sentence split three ways by the translator) and clearly
    cheaper than the two apart."""
    out = list(path)
    k = 0
    while k < len(out):
        i0, i1, j0, j1 = out[k]
        merged = False
        if (i1 - i0) + (j1 - j0) == 1 and _widen_both(problem, out, k):
            k = max(k - 1, 0)
            continue
        if (i1 - i0) + (j1 - j0) == 1:
            for n in (k - 1, k + 1):
                if not 0 <= n < len(out) or out[n][0] == out[n][1] or out[n][2] == out[n][3]:
                    continue
                lo, hi = min(k, n), max(k, n)
                wide = (out[lo][0], out[hi][1], out[lo][2], out[hi][3])
                sizes = (wide[1] - wide[0], wide[3] - wide[2])
                if max(sizes) <= problem.max_bead or max(sizes) > _WIDEST:
                    continue
                apart = problem.cost(*out[k]) + problem.cost(*out[n])
                margin = -_CLAUSE_ALLOWANCE if _clauses_match(problem, wide) else _WIDEN_MARGIN
                if problem.cost(*wide) + margin < apart:
                    out[lo : hi + 1] = [wide]
                    k = max(lo - 1, 0)
                    merged = True
                    break
        if not merged:
            k += 1
    return out


def _lone(bead: tuple[int, int, int, int]) -> bool:
    return (bead[1] - bead[0]) + (bead[3] - bead[2]) == 1


def _widen_both(problem: _Problem, out: list[tuple[int, int, int, int]], k: int) -> bool:
    """Join the lone segment ``out[k]``, the bead after it and the lone segment after that into one
    bead, in place, when that is wider than the search allows and cheaper than the three apart by
    a margin for each segment joined (a translator who ran four sentences into one: joining one
    lone segment at a time asks the second join to pay for the first)."""
    if (
        k + 2 >= len(out)
        or not _lone(out[k + 2])
        or out[k + 1][0] == out[k + 1][1]
        or out[k + 1][2] == out[k + 1][3]
    ):
        return False
    wide = (out[k][0], out[k + 2][1], out[k][2], out[k + 2][3])
    sizes = (wide[1] - wide[0], wide[3] - wide[2])
    if max(sizes) <= problem.max_bead or max(sizes) > _WIDEST:
        return False
    apart = sum(problem.cost(*bead) for bead in out[k : k + 3])
    if problem.cost(*wide) + 2 * _WIDEN_MARGIN >= apart:
        return False
    out[k : k + 3] = [wide]
    return True


#: How much dearer than keeping them apart a widened bead may be when one side's clauses match the
#: other side's sentences one for one (the translator split a sentence at its semicolons).
_CLAUSE_ALLOWANCE = 2.0


def _clauses_match(problem: _Problem, wide: tuple[int, int, int, int]) -> bool:
    """Whether one side of ``wide`` is one sentence whose clauses, cut at semicolons, are as many as
    the other side's sentences («…с 20 июля; за это время …; потерь нет.» / three sentences)."""
    i0, i1, j0, j1 = wide
    if i1 - i0 == 1:
        one, many = problem.src_text[i0], j1 - j0
    elif j1 - j0 == 1:
        one, many = problem.tgt_text[j0], i1 - i0
    else:
        return False
    return one.text.count(";") + 1 == many


def _link_apparatus(
    beads: tuple[Bead, ...], source: Sequence[Segment], target: Sequence[Segment], scorer: Scorer
) -> tuple[Bead, ...]:
    """Join translated apparatus left in lone beads with its counterpart (:mod:`aligner.apparatus`)."""
    lexicon = None
    if isinstance(scorer, LexicalScorer):
        lexicon = scorer.lexicon if scorer.lexicon is not None else default_word_keys()
    return pair_apparatus(beads, (*source, *target), lexicon=lexicon)


#: How many nats cheaper than leaving both sides unaligned a 1-1 bead must be to teach word pairs.
_SURE_MARGIN = 4.0


def _sure_pairs(
    problem: _Problem, path: Sequence[tuple[int, int, int, int]]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The words of both sides of each 1-1 bead of ``path`` that is much cheaper than two gaps."""
    cost = problem.cost
    out = []
    for i0, i1, j0, j1 in path:
        if i1 - i0 != 1 or j1 - j0 != 1:
            continue
        skip = cost(i0, i1, j0, j0) + cost(i1, i1, j0, j1)
        if skip - cost(i0, i1, j0, j1) >= _SURE_MARGIN:
            src = problem.features[problem.src_text[i0].id].words
            tgt = problem.features[problem.tgt_text[j0].id].words
            out.append((src, tgt))
    return out


def align_reference(
    source: Sequence[Segment],
    target: Sequence[Segment],
    features: Mapping[str, Features],
    *,
    config: Config,
    scorer: Scorer | None = None,
) -> Alignment:
    """The same alignment by the plain full dynamic program (all n × m cells): slow, plainly right.

    The oracle :func:`align` is tested against; use it only on small inputs.
    """
    chosen: Scorer = scorer if scorer is not None else LexicalScorer()
    problem = _Problem(source, target, features, config, chosen)
    path = _widen(problem, _uncross(problem, _full(problem)))
    beads = _link_apparatus(problem.beads(path), source, target, chosen)
    return Alignment(beads, signature=signature(config, chosen, band="full"))
