"""Typed values of figures: a date as the text gives it, partial or a range.

A :class:`DateValue` is one :class:`DatePoint` ("8 July 1950", "July 1950",
"8 July", "1950") or two, the ends of a range ("9-10 December", "1941-1945 гг.",
"январь-март", "в ночь на 23 июня" = 22-23 June). Its ``str`` is the ISO
form the rest of aligner keys on ("1950-07-08", "--07-08", "1950-12-09/1950-12-10"),
and :meth:`DateValue.parse` reads that form back (for values written by hand).
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["DatePoint", "DateValue"]

_PART = regex.compile(r"^(?:(?P<y>\d{4})|-)-?(?:(?P<m>\d\d))?(?:-(?P<d>\d\d))?$")


@attrs.frozen
class DatePoint:
    """One end of a date: year, month and day, each ``None`` where the text does not say."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """``1950-07-08``, ``1950-07``, ``--07-08``, ``--07`` or ``1950``."""
        head = f"{self.year:04d}" if self.year is not None else "-"
        parts = [head]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def agrees(self, other: DatePoint) -> bool:
        """Whether the two can be one point: equal wherever both say something, and they share a part."""
        pairs = [
            (a, b)
            for a, b in ((self.year, other.year), (self.month, other.month), (self.day, other.day))
            if a is not None and b is not None
        ]
        return bool(pairs) and all(a == b for a, b in pairs)

    @property
    def year_only(self) -> bool:
        """Whether the point names a year and nothing else."""
        return self.month is None and self.day is None


@attrs.frozen
class DateValue:
    """A date as a text gives it: one point, or the two ends of a range."""

    ends: tuple[DatePoint, ...] = attrs.field(validator=attrs.validators.min_len(1))

    def __str__(self) -> str:
        return "/".join(end.iso() for end in self.ends)

    @property
    def is_range(self) -> bool:
        """Whether the date is a range (two ends)."""
        return len(self.ends) > 1

    @property
    def year_like(self) -> bool:
        """A bare year or a range of years: a number the other side may give as a count."""
        return all(end.year_only for end in self.ends)

    def agrees(self, other: DateValue) -> bool:
        """Whether two dates can be one (equal wherever both say something).

        A single date agrees with a range when it agrees with one of its ends:
        "23 June" and "June 22-23", "March 1952" and "January-March 1952".
        """
        if len(self.ends) == len(other.ends):
            return all(a.agrees(b) for a, b in zip(self.ends, other.ends, strict=True))
        single, ranged = (self, other) if len(self.ends) == 1 else (other, self)
        return any(single.ends[0].agrees(end) for end in ranged.ends)

    @classmethod
    def of(cls, *ends: DatePoint) -> DateValue:
        """A date of the given ends."""
        return cls(tuple(ends))

    @classmethod
    def parse(cls, value: str) -> DateValue | None:
        """Read the ISO form back ("1950-12-09/1950-12-10"); ``None`` when it is none."""
        ends = []
        for piece in str(value).split("/"):
            m = _PART.match(piece)
            if m is None or not any(m.group(k) for k in ("y", "m", "d")):
                return None
            ends.append(
                DatePoint(
                    int(m["y"]) if m["y"] else None,
                    int(m["m"]) if m["m"] else None,
                    int(m["d"]) if m["d"] else None,
                )
            )
        return cls(tuple(ends))
