"""The numbers of one side of a bead as the number check compares them (:mod:`._number_pairs` pairs them).

A side's numbers are read again in the original text (:func:`._figures.reread`),
with the values that may absorb a lone number of the other side (a year, a
day of a date, a reference number) and the other values a number may stand for
(двое суток: 2 and 48 hours; 25%: a quarter; 30-х годов: the 1930s; в ночь на 14-е: the 13th-14th).
A number restated in brackets ("5 (пять) вагонов") counts once.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ..errors import AlignerError
from ..features.numbers import conversion
from ..features.values import DateValue
from ..model import SOURCE, Mention, Segment, Span
from ..resources import data_toml
from . import CheckContext
from ._figures import apparatus_line, reread

__all__ = ["SideNumbers", "collect", "dates_of", "exact", "is_decade", "value_key"]


#: A percent sign or word right after a number: 25% may stand as "a quarter" (0.25) in the translation.
_PERCENT = regex.compile(r"\s*(?:%|per\s*cent(?!\p{L})|percent(?!\p{L})|процент)", regex.IGNORECASE)


@attrs.frozen
class SideNumbers:
    """The comparable numbers of one side of a bead, and the values that may absorb a lone one."""

    mentions: list[Mention]
    absorbers: frozenset[float]
    #: numbers of dispatch and date lines: compared, never reported alone
    quiet: frozenset[Mention] = frozenset()
    #: other values a number may stand for (двое суток: 2 and 48 hours)
    alternatives: dict[Mention, tuple[float, ...]] = attrs.Factory(dict)
    #: the absorbers that are marks (an enumerator, a reference, a footnote), and those that are date parts
    marks: frozenset[float] = frozenset()
    dated: frozenset[float] = frozenset()

    def absorbing(self, other: SideNumbers) -> frozenset[float]:
        """The values that may absorb a lone number of ``other``: a mark ``other`` gives too is spent on
        its counterpart (points «3.» and "(3)": "three years" in point 3 is then a number of its own)."""
        return self.absorbers - ((self.marks & other.marks) - self.dated)


def exact(value: float) -> float:
    """A value to compare: a whole number as an exact ``int`` (however long), else rounded."""
    if isinstance(value, int):
        return value
    number = float(value)
    if number.is_integer():
        return int(number)
    return round(number, 6)


def _date_parts(value: object) -> list[float]:
    """The years and days of a date ("1917-02-01": 1917 and 1), which a translation may give
    as plain numbers. The month is left out: "февраля" is no "2" of the other side."""
    date = value if isinstance(value, DateValue) else DateValue.parse(str(value))
    if date is None:
        return [int(p) for p in regex.findall(r"\d+", str(value))]
    return [p for end in date.ends for p in (end.year, end.day) if p is not None]


#: A day and a month in figures with no year, as a military report writes a date ("28.7", "5.10").
_DAY_MONTH_FIGURES = regex.compile(r"(?:[12]?\d|3[01])\.(?:[1-9]|1[0-2])")


def _day_month(figures: str) -> tuple[int, int]:
    """The day and the month of "28.7" (28, 7)."""
    day, month = figures.strip().split(".")
    return int(day), int(month)


def _days_and_months(dates: Sequence[str]) -> frozenset[tuple[int, int]]:
    """The (day, month) of every end of ``dates`` (ISO forms) that has both."""
    out: set[tuple[int, int]] = set()
    for iso in dates:
        date = DateValue.parse(iso)
        if date is not None:
            out.update((end.day, end.month) for end in date.ends if end.day and end.month)
    return frozenset(out)


def dates_of(context: CheckContext, segments: Sequence[Segment]) -> list[str]:
    """The dates of ``segments``, in their ISO form."""
    return [
        str(d.value)
        for seg in segments
        if (features := context.features.get(seg.id)) is not None
        for d in features.dates
    ]


def collect(
    context: CheckContext, segments: Sequence[Segment], other_dates: Sequence[str] = ()
) -> SideNumbers:
    """The numbers of one side of a bead, and the values that may stand for the other's numbers.

    A date of this side absorbs a lone number of the other side only when the other
    side has no date of the same value: "2 января" meets "January 2", and the "2"
    of "два" on the other side is then a number of its own.
    """
    numbers: list[Mention] = []
    absorbers: set[float] = set()
    marks: set[float] = set()
    dated: set[float] = set()
    unmatched_dates = list(other_dates)
    side = segments[0].side if segments else SOURCE
    text = context.source_text if side == SOURCE else context.target_text
    language = context.source.language if side == SOURCE else context.target.language
    found: list[Mention] = []
    quiet: set[Mention] = set()
    titles: list[Span] = []
    for seg in segments:
        features = context.features.get(seg.id)
        if features is None:
            continue
        if apparatus_line(seg, features):
            quiet.update(features.numbers)
        found.extend(features.numbers)
        titles.extend(t.span for t in features.titles)
    alternatives: dict[Mention, tuple[float, ...]] = {}
    other_days = _days_and_months(other_dates)
    for m in reread(found, text, language):
        value = m.number
        if _DAY_MONTH_FIGURES.fullmatch(m.text.strip()) and _day_month(m.text) in other_days:
            continue  # «прибыл 28.7 с опозданием» against "arrived on July 28": the date in figures
        # a reference number, an enumerator, a footnote mark; the rank of «капитан 1-го ранга» (the
        # title check's business: "Captain" renders it with no number)
        if not value.compared or any(t.start <= m.span.start and m.span.end <= t.end for t in titles):
            absorbers.update(exact(v) for v in value.amounts)
            marks.update(exact(v) for v in value.amounts)
            continue
        numbers.append(m)
        if any(m.span.overlaps(q.span) for q in quiet):
            quiet.add(m)
        factor = conversion(text, m.span.end, language, m.span.start) if language in ("ru", "en") else None
        if factor is not None:  # двое суток = 48 hours; полтора-два года = 18-24 months
            alternatives[m] = tuple(exact(v * factor) for v in value.amounts)
        elif value.multiplier and not value.is_range and value.low:
            if value.low > 1 and not _decrease(text, m.span.start, m.span.end, language):
                # выросли в 1,5 раза = grew by 50% (the percent's own figure: 2 times is no 1 of anything)
                alternatives[m] = (exact(round((value.low - 1) * 100, 6)),)
            else:
                alternatives[m] = (exact(1 / value.low),)  # в 3 раза меньше = one third
        elif text[m.span.end - 1 : m.span.end] == "%" or _PERCENT.match(
            text, m.span.end, m.span.end + _AFTER
        ):
            alternatives[m] = tuple(exact(v / 100) for v in value.amounts)  # на 25% больше = a quarter more
        elif _shared_thousands(value.amounts):  # "15-20,000": 15,000 to 20,000
            alternatives[m] = (exact(value.amounts[0] * 1000), exact(value.amounts[1]))
        elif (decade := _decade_alternative(m, text, language)) is not None:
            alternatives[m] = (exact(decade),)  # 30-х годов = the 1930s; "the 1990s" = «90-е»
        elif not value.is_range and _after_night(text, m.span.start, language):
            alternatives[m] = (
                exact(value.low - 1),
                exact(value.low),
            )  # в ночь на 14-е = the 13th-14th
    numbers = _without_restatements(numbers, text)
    for seg in segments:
        features = context.features.get(seg.id)
        if features is None:
            continue
        for d in features.dates:
            if str(d.value) in unmatched_dates:
                unmatched_dates.remove(str(d.value))
                continue
            absorbers.update(_date_parts(d.value))
            dated.update(_date_parts(d.value))
    return SideNumbers(
        numbers, frozenset(absorbers), frozenset(quiet), alternatives, frozenset(marks), frozenset(dated)
    )


#: How far before and after a multiplier a word of fall or of less is looked for (characters).
_DECREASE_REACH = 25


@functools.cache
def _decrease_words(language: str) -> regex.Pattern[str]:
    """The word starts of a fall or of less (``decrease`` of ``numbers_<language>.toml``)."""
    try:
        stems = data_toml(f"numbers_{language}.toml").get("context", {}).get("decrease", ())
    except AlignerError:
        stems = ()
    if not stems:
        return regex.compile("(?!)")
    alternatives = "|".join(regex.escape(s) for s in sorted(stems, key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:{alternatives})", regex.IGNORECASE)


def _decrease(text: str, start: int, end: int, language: str) -> bool:
    """Whether a word of fall or of less stands near a multiplier: «в 3 раза меньше», "fell threefold"
    (then it is a fraction, a third); else the multiplier is a growth (в 1,5 раза = by 50%)."""
    words = _decrease_words(language)
    return bool(words.search(text, max(0, start - _DECREASE_REACH), min(len(text), end + _DECREASE_REACH)))


#: A decade written by its two last figures: "30-х годов", "в 40-е годы" (the century is the 1900s).
_DECADE = regex.compile(r"(?:-?(?:х|е|ых|ые))?\s+год", regex.IGNORECASE)


_DECADES = frozenset(range(10, 100, 10))


#: A decade written with figures and a plural ending: «90-х», «1940-е», "1990s", "'80s".
_DECADE_FIGURES = regex.compile(r"'?(?:\d{2}|\d{4})(?:-?(?:х|е|ых|ые)|s)", regex.IGNORECASE)


#: A decade in words, the plural of a tens ordinal or of a tens word: «девяностые», «сороковых», "nineties".
_DECADE_WORD = regex.compile(r"\p{L}+(?:ые|ых|ies)", regex.IGNORECASE)


def is_decade(mention: Mention) -> bool:
    """Whether a number names a decade: «90-х», «1940-е», «девяностые», "1990s", "2000s", "nineties"."""
    value = mention.number
    if value.is_range or not (value.low in _DECADES or value.low >= 1000 and value.low % 10 == 0):
        return False
    text = mention.text.strip()
    return bool(_DECADE_FIGURES.fullmatch(text) or _DECADE_WORD.fullmatch(text))


def _decade_alternative(mention: Mention, text: str, language: str) -> int | None:
    """The other way of writing a decade: 1990 for «90-х», «девяностые» and "the nineties", 90
    for «1990-е» and "the 1990s" (the two last figures stand for the 1900s); else ``None``."""
    value = mention.number
    if value.is_range:
        return None
    end = mention.span.end
    if not (is_decade(mention) or language == "ru" and _DECADE.match(text, end, end + _AFTER)):
        return None
    low = int(value.low)
    if low in _DECADES:
        return 1900 + low
    return low % 100 if low >= 1000 and low % 100 in _DECADES else None


#: A number restated in words in brackets right after its figure: "5 (пять)", "Five (5)".
_RESTATED = regex.compile(r"\.?\s*\(\s*$")


#: How far after a number its unit, percent sign or decade word is looked for (characters): a
#: bounded window, for the regex module may otherwise scan the rest of a long text at every number.
_AFTER = 40


#: How far before a day number its night phrase may start (characters).
_NIGHT_WINDOW = 20


def _shared_thousands(amounts: tuple[float, ...]) -> bool:
    """Whether a range writes its thousands once, on its second end ("15-20,000")."""
    return (
        len(amounts) == 2
        and amounts[0] < 1000
        and amounts[1] % 1000 == 0
        and 0 < amounts[0] * 1000 <= amounts[1]
    )


def _without_restatements(numbers: list[Mention], text: str) -> list[Mention]:
    """Leave out a number that only restates the number before it in brackets ("5 (пять) вагонов",
    "twenty (20) wagons"): a legal habit of the original that a translation need not keep."""
    out: list[Mention] = []
    for m in numbers:
        prev = out[-1] if out else None
        if (
            prev is not None
            and value_key(prev) == value_key(m)
            and _RESTATED.match(text[prev.span.end : m.span.start])
            and text[m.span.end : m.span.end + 1] == ")"
        ):
            continue
        out.append(m)
    return out


def _after_night(text: str, start: int, language: str) -> bool:
    """Whether a day number follows a night named by its morning ("в ночь на 14-е": the night of
    the 13th-14th; the phrases are ``night`` in ``dates.toml``)."""
    before = text[max(0, start - _NIGHT_WINDOW) : start].rstrip().lower()
    return bool(before) and before.endswith(_night_phrases(language))


@functools.cache
def _night_phrases(language: str) -> tuple[str, ...]:
    return tuple(data_toml("dates.toml").get(language, {}).get("night", ()))


def value_key(mention: Mention) -> tuple[float, ...]:
    return tuple(exact(v) for v in mention.number.amounts)
