"""What the readers of digits and of words pass on: a number item, and the spans already taken."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs

#: How far past a number the readers of the words after it look (a guard: slicing the whole rest of
#: the text for each number took time quadratic in the length of a paragraph full of numbers).
_WINDOW = 200


@attrs.define
class _Item:
    start: int
    end: int
    value: float
    kind: str  # "digits" or a word kind
    weak: bool = False
    family: str = ""
    rule: str = ""
    digits: str = ""
    ordinal: bool = False


class _Taken(Sequence[tuple[int, int]]):
    """Spans already read (dates, clock times), asked whether a stretch overlaps one of them in
    O(log n): spans sorted by start, with the running maximum of their ends."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._reach: list[int] = list(itertools.accumulate((b for _, b in self._spans), max))

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        return self._spans[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span."""
        before = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return before > 0 and self._reach[before - 1] > start


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    if isinstance(taken, _Taken):
        return taken.overlaps(start, end)
    return any(start < b and a < end for a, b in taken)
