"""Typed values of figures: a number and a date as the text gives them, single or a range.

A :class:`NumberValue` is the amount of a number, or the two ends of a range
("25-35", "от 25 до 35"), whole amounts as exact ``int`` however long, with how
the text gives it as fields: approximate ("около 300"), an ordinal ("третий"),
a fraction ("две трети"), a Roman numeral, a multiplier ("в три раза"), a clock
time (minutes after midnight), a weak word ("one", "сутки") or no amount at all
(a reference number, an enumerator, a footnote mark).

A :class:`DateValue` is one :class:`DatePoint` ("8 July 1950", "July 1950",
"8 July", "1950") or two, the ends of a range ("9-10 December", "1941-1945 гг.",
"январь-март", "в ночь на 23 июня" = 22-23 June). Its ``str`` is the ISO
form the rest of aligner keys on ("1950-07-08", "--07-08", "1950-12-09/1950-12-10"),
and :meth:`DateValue.parse` reads that form back (for values written by hand).

A :class:`ConceptRef` is what a glossary or names-list mention refers to: the
concept id(s) its words may name, their family, and where the entry comes from
(the terms or titles glossary, the list of known names, a user's lexicon) with
the form that matched, as fields the checks read instead of parsing a rule name.
"""

from __future__ import annotations

from typing import Literal

import attrs
import regex

__all__ = ["ConceptRef", "ConceptSource", "DatePoint", "DateValue", "NumberValue", "NumberRole"]

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


#: What a number is to the text: an amount, or a mark of the page that is no fact
#: (a reference number "№ 481", "л. 47", an enumerator "1.", a footnote mark "memorandum,2").
NumberRole = Literal["amount", "reference", "enumerator", "footnote"]


@attrs.frozen
class NumberValue:
    """A number as a text gives it: one amount, or the two ends of a range, and how it is read.

    ``amounts`` holds whole numbers as ``int`` (exact however long) and others as
    ``float``: ``(25,)`` for "25", "двадцать пять" or "25-й"; ``(25, 35)`` for
    "25-35"; ``(1.5,)`` for "полтора"; a clock time ("17:47") in minutes after
    midnight, ``(1067,)``.
    """

    amounts: tuple[int | float, ...] = attrs.field(validator=attrs.validators.min_len(1))
    #: an amount, or a reference number, an enumerator or a footnote mark (never compared)
    role: NumberRole = "amount"
    #: qualified by the words before it as approximate ("около 300", "about 300") or by its form
    #: ("сотни две")
    approximate: bool = False
    #: a word that is often no number ("one", "один") or only implies one ("both", "сутки",
    #: "двухэтажный"): it pairs with a number of the other side but is never reported alone
    weak: bool = False
    #: a clock time: the amount is minutes after midnight
    clock: bool = False
    #: an ordinal ("третий", "3rd"); its amount is its cardinal
    ordinal: bool = False
    #: a fraction ("две трети", "a third of"); its amount is its value (0.666…)
    fraction: bool = False
    #: a Roman numeral ("XXI"), which may stand for an ordinal or a count
    roman: bool = False
    #: a relative amount, a multiplier ("в три раза", "three times"): a translator may say "trebled"
    multiplier: bool = False
    #: written as one run of digits and nothing else ("1950", "-50", "25%"; not "25-й", "2 тыс.")
    digits: bool = False

    @property
    def is_range(self) -> bool:
        """Whether the number is a range (two ends)."""
        return len(self.amounts) > 1

    @property
    def low(self) -> int | float:
        """The amount, or the low end of a range."""
        return self.amounts[0]

    @property
    def high(self) -> int | float:
        """The amount, or the high end of a range."""
        return self.amounts[-1]

    @property
    def compared(self) -> bool:
        """Whether the number is a fact of the text to compare (not a reference, enumerator or mark)."""
        return self.role == "amount"

    @property
    def year_like(self) -> bool:
        """A single number of four digits from 1700 to 2099 written in digits: perhaps a year."""
        amount = self.amounts[0]
        return len(self.amounts) == 1 and self.digits and isinstance(amount, int) and 1700 <= amount <= 2099


#: Where a concept comes from: the glossary of terms (``data/terms.toml``), of ranks and offices
#: (``data/titles.toml``), the list of known names (``data/names.toml``) or a user's lexicon.
ConceptSource = Literal["terms", "titles", "names", "user lexicon"]
_SOURCES = ("terms", "titles", "names", "user lexicon")


@attrs.frozen(kw_only=True)
class ConceptRef:
    """What a term, title or known name refers to: its concepts, their family and their source.

    ``concepts`` holds every concept the matched words may name, the first the one the
    mention's value gives (one English form may render two offices: "Premier"); a known
    name's concept is its canonical key ("kim il sung"). ``source`` says which list the
    entry comes from and ``form`` which of its forms matched, in ``language``.
    """

    concepts: tuple[str, ...] = attrs.field(validator=attrs.validators.min_len(1))
    family: str = ""
    source: ConceptSource = attrs.field(validator=attrs.validators.in_(_SOURCES))
    form: str = ""
    language: str = ""

    @property
    def concept(self) -> str:
        """The concept the mention stands for (the first of :attr:`concepts`)."""
        return self.concepts[0]

    @property
    def listed_name(self) -> bool:
        """Whether the mention is a name of a list of known renderings (shipped or the user's),
        whose renderings are known rather than guessed from its sound."""
        return self.source in ("names", "user lexicon")
