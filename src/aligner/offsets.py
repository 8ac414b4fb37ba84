"""Offsets of a segment's characters in the original text, kept compact.

A segment whose text is a verbatim stretch of the original keeps its offsets as
one :class:`Offsets` run (two numbers) rather than a number per character;
:func:`compact_offsets` chooses the form.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["Offsets", "compact_offsets"]


class Offsets(Sequence[int]):
    """The original offsets of a segment whose text is a verbatim stretch of the original:
    ``start + i`` for its ``i``-th character, kept as two numbers rather than a number per
    character. It reads and compares like the tuple it stands for (``Offsets(5, 3) ==
    (5, 6, 7)``); a slice or a sum gives a tuple.
    """

    __slots__ = ("_start", "_length")

    def __init__(self, start: int, length: int) -> None:
        self._start = start
        self._length = length

    def _range(self) -> range:
        return range(self._start, self._start + self._length)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return tuple(self._range()[index])
        return self._range()[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self._range())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return (self._start, self._length) == (other._start, other._length) or (
                self._length == other._length == 0
            )
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: object) -> tuple[int, ...]:
        if isinstance(other, (tuple, Offsets)):
            return tuple(self) + tuple(other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple[int, ...]:
        if isinstance(other, tuple):
            return other + tuple(self)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Offsets({self._start}, {self._length})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Offsets, (self._start, self._length))


def compact_offsets(value: Sequence[int]) -> Sequence[int]:
    """``value`` as :class:`Offsets` when it counts up by one from its first item, else as a tuple."""
    if isinstance(value, Offsets):
        return value
    value = tuple(value)
    if value and value[-1] - value[0] == len(value) - 1 and value == tuple(range(value[0], value[-1] + 1)):
        return Offsets(value[0], len(value))
    return value
