"""Gale & Church's (1993) length model: bead-shape priors and the cost of a length mismatch.

The length in characters of a translation is roughly proportional to its
original's, with a variance growing with the length; :func:`_length_cost` is
``-log P(delta)`` of the observed difference, and :data:`SHAPE_PRIORS` the prior
probability of each bead shape (1-1 the most likely, 2-1 and 1-2 less so, 2-2
and omissions or additions rare).
"""

from __future__ import annotations

import math

__all__ = ["SHAPE_PRIORS", "GC_VARIANCE"]


#: Prior probabilities of bead shapes (Gale & Church 1993, Table 5), keyed by ``(source, target)``.
#: Shapes not listed (3-1, 2-3 …) get the smallest prior, halved for each extra segment.
SHAPE_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
}

#: Gale & Church's variance of the length ratio, per character.
GC_VARIANCE = 6.8

_SQRT2 = math.sqrt(2.0)


#: Characters of evidence the length ratio's prior of 1 is worth.
_RATIO_PRIOR_CHARS = 500.0


def _prior(shape: tuple[int, int]) -> float:
    prior = SHAPE_PRIORS.get(shape)
    if prior is not None:
        return prior
    extra = max(0, shape[0] + shape[1] - 4)
    return min(SHAPE_PRIORS.values()) / (2**extra)


def _length_cost(l1: float, l2: float, ratio: float) -> float:
    """Gale & Church's -log P(delta) for a source of ``l1`` and a target of ``l2`` characters."""
    mean = (l1 + l2 / ratio) / 2.0
    if mean <= 0:
        return 0.0
    delta = abs(l2 - l1 * ratio) / math.sqrt(mean * GC_VARIANCE)
    tail = math.erfc(delta / _SQRT2)
    if tail > 1e-300:
        return -math.log(tail)
    # Asymptotic form of -log erfc(x / sqrt 2) where erfc underflows.
    return delta * delta / 2.0 + math.log(delta * math.sqrt(math.pi / 2.0))
