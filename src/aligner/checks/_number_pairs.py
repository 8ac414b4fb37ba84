"""How the number check pairs the numbers of a bead's two sides.

A side's numbers are read again in the original text (:func:`._figures.reread`),
with the values that may absorb a lone number of the other side (a year, a
day of a date, a reference number) and the other values a number may stand for
(двое суток: 2 and 48 hours; 25%: a quarter). Numbers of one value pair first;
a range pairs with two lone numbers ("3-4" and "3 or 4"); a changed number is
set against the lone number of its own kind nearest its place.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Sequence
from itertools import islice

import attrs
import regex

from ..errors import AlignerError
from ..features.numbers import conversion
from ..features.values import DateValue
from ..model import SOURCE, Mention, Segment, Span
from ..resources import data_toml
from . import CheckContext
from ._figures import apparatus_line, figure_kind, reread

__all__ = [
    "SideNumbers",
    "collect",
    "dates_of",
    "is_time",
    "same_number",
    "pair_exact",
    "ranges_as_singles",
    "absorbed",
    "rounded_shares",
    "closest",
    "COMPATIBLE",
]

_HALF_DAY = 12 * 60
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


def _exact(value: float) -> float:
    """A value to compare: a whole number as an exact ``int`` (however long), else rounded."""
    if isinstance(value, int):
        return value
    number = float(value)
    if number.is_integer():
        return int(number)
    return round(number, 6)


def _key(mention: Mention) -> tuple[float, ...]:
    return tuple(_exact(v) for v in mention.number.amounts)


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
            absorbers.update(_exact(v) for v in value.amounts)
            marks.update(_exact(v) for v in value.amounts)
            continue
        numbers.append(m)
        if any(m.span.overlaps(q.span) for q in quiet):
            quiet.add(m)
        factor = conversion(text, m.span.end, language, m.span.start) if language in ("ru", "en") else None
        if factor is not None:  # двое суток = 48 hours; полтора-два года = 18-24 months
            alternatives[m] = tuple(_exact(v * factor) for v in value.amounts)
        elif value.multiplier and not value.is_range and value.low:
            if value.low > 1 and not _decrease(text, m.span.start, m.span.end, language):
                # выросли в 1,5 раза = grew by 50% (the percent's own figure: 2 times is no 1 of anything)
                alternatives[m] = (_exact(round((value.low - 1) * 100, 6)),)
            else:
                alternatives[m] = (_exact(1 / value.low),)  # в 3 раза меньше = one third
        elif text[m.span.end - 1 : m.span.end] == "%" or _PERCENT.match(
            text, m.span.end, m.span.end + _AFTER
        ):
            alternatives[m] = tuple(_exact(v / 100) for v in value.amounts)  # на 25% больше = a quarter more
        elif _shared_thousands(value.amounts):  # "15-20,000": 15,000 to 20,000
            alternatives[m] = (_exact(value.amounts[0] * 1000), _exact(value.amounts[1]))
        elif (decade := _decade_alternative(m, text, language)) is not None:
            alternatives[m] = (_exact(decade),)  # 30-х годов = the 1930s; "the 1990s" = «90-е»
        elif not value.is_range and _after_night(text, m.span.start, language):
            alternatives[m] = (_exact(value.low - 1), _exact(value.low))  # в ночь на 14-е = the 13th-14th
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
            and _key(prev) == _key(m)
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


def is_time(m: Mention) -> bool:
    """Whether a number mention is a clock time."""
    return m.number.clock


def _same(a: Mention, b: Mention) -> bool:
    """Whether two mentions give one number (clock times also across 12 hours and whole hours, and
    hours and minutes as the hours of a duration)."""
    ka, kb = _key(a), _key(b)
    if ka == kb and is_time(a) == is_time(b):
        return True
    if is_time(a) and is_time(b):
        return abs(ka[0] - kb[0]) % _HALF_DAY == 0
    if is_time(a) != is_time(b) and len(ka) == len(kb) == 1:
        clock, plain = (ka[0], kb[0]) if is_time(a) else (kb[0], ka[0])
        if plain * 60 == clock:  # hours and minutes as a duration: «2 ч. 30 м.», "two and a half hours"
            return True
        return clock % 60 == 0 and plain * 60 % _HALF_DAY == clock % _HALF_DAY
    return False


def same_number(a: Mention, b: Mention) -> bool:
    """Whether two number mentions give one number as the number check pairs them: the same
    value, or clock times across 12 hours, or a whole hour given as a plain number («до 21 часа»
    and "until 9 p.m.")."""
    return _same(a, b)


#: The first unpaired target numbers of one value a source number is paired from (a guard for long lists).
_MAX_CANDIDATES = 64


def pair_exact(
    src: list[Mention],
    tgt: list[Mention],
    src_alts: dict[Mention, tuple[float, ...]] | None = None,
    tgt_alts: dict[Mention, tuple[float, ...]] | None = None,
) -> tuple[list[Mention], list[Mention], list[tuple[Mention, Mention]]]:
    """Pair each source number with the first unpaired target number that gives the same value.

    Target numbers are indexed by value, so a bead with thousands of numbers
    costs no more than a pass over each side; clock times, which meet across
    12 hours, are compared one by one.
    """
    by_value: dict[tuple[tuple[float, ...], bool], deque[int]] = {}
    times: list[int] = []
    src_alts, tgt_alts = src_alts or {}, tgt_alts or {}
    for i, t in enumerate(tgt):
        by_value.setdefault((_key(t), is_time(t)), deque()).append(i)
        if t in tgt_alts:
            by_value.setdefault((tgt_alts[t], is_time(t)), deque()).append(i)
        if is_time(t):
            times.append(i)
    taken = [False] * len(tgt)
    unmatched: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    # numbers in figures pair first: «в первом матче … со счетом 1:2» as "their opening match 2-1",
    # where the 1 of the score, not the ordinal in words, is the translation's 1
    for s in sorted(src, key=lambda m: not m.number.digits):
        keys = [_key(s), *((src_alts[s],) if s in src_alts else ())]
        candidates: set[int] = set()
        for k in keys:
            same_value = by_value.get((k, is_time(s)), deque())
            while same_value and taken[same_value[0]]:  # a guard: the value's taken numbers are dropped once
                same_value.popleft()
            candidates.update(islice((i for i in same_value if not taken[i]), _MAX_CANDIDATES))
        others = range(len(tgt)) if is_time(s) else times
        if not candidates or len(others) <= _MAX_CANDIDATES:  # a guard: a long list is searched once
            candidates.update(
                islice((i for i in others if not taken[i] and _same(s, tgt[i])), _MAX_CANDIDATES)
            )
        same = sorted(candidates)
        # a number word pairs first with a number as strong as itself ("2 удочки" with "2 rods")
        weak = s.number.weak
        pick = next((i for i in same if tgt[i].number.weak == weak), same[0] if same else None)
        if pick is None:
            unmatched.append(s)
        else:
            taken[pick] = True
            pairs.append((s, tgt[pick]))
    left = [t for i, t in enumerate(tgt) if not taken[i]]
    order = {id(m): n for n, m in enumerate(src)}
    unmatched.sort(key=lambda m: order[id(m)])
    pairs.sort(key=lambda p: order[id(p[0])])
    return unmatched, left, pairs


def ranges_as_singles(
    a: list[Mention], b: list[Mention], alts: dict[Mention, tuple[float, ...]] | None = None
) -> None:
    """Drop a range of ``a`` whose ends are two lone numbers of ``b`` ("3-4" and "3 or 4"); an end
    may stand in a converted unit (полтора-два года = "eighteen months to two years")."""
    for r in [m for m in a if m.number.is_range]:
        converted = (alts or {}).get(r, (None, None))
        ends = [
            next((m for m in b if _key(m) in ((v,), (c,))), None)
            for v, c in zip(_key(r), converted, strict=True)
        ]
        if ends[0] is not None and ends[1] is not None and ends[0] is not ends[1]:
            a.remove(r)
            b.remove(ends[0])
            b.remove(ends[1])


#: How far a fraction and a percent may differ and be one share, the percent rounded to a whole
#: ("a third" and 33%, «две трети» and 67%).
_SHARE_ROUNDING = 0.005


def rounded_shares(
    src: list[Mention],
    tgt: list[Mention],
    src_alts: dict[Mention, tuple[float, ...]],
    tgt_alts: dict[Mention, tuple[float, ...]],
) -> None:
    """Take out of ``src`` and ``tgt`` (in place) each fraction of one side that the other gives as a
    percent rounded to a whole: «треть жителей» and "33% of residents" are one share."""
    for mine, theirs, alts in ((src, tgt, tgt_alts), (tgt, src, src_alts)):
        for f in [m for m in mine if m.number.fraction and not m.number.is_range]:
            share = next(
                (
                    t
                    for t in theirs
                    if len(alts.get(t, ())) == 1 and abs(alts[t][0] - f.number.low) <= _SHARE_ROUNDING
                ),
                None,
            )
            if share is not None:
                mine.remove(f)
                theirs.remove(share)


def absorbed(mentions: list[Mention], absorbers: frozenset[float]) -> list[Mention]:
    """Leave out numbers the other side gives as a year, a date's day or a reference number."""
    return [m for m in mentions if not all(v in absorbers for v in _key(m))]


def _where(mention: Mention, segments: Sequence[Segment]) -> float:
    """How far into the bead's text a mention lies, 0 to 1."""
    first, last = segments[0].span.start, segments[-1].span.end
    return (mention.span.start - first) / max(last - first, 1)


#: Kinds of number that may stand for each other: a Roman numeral is an ordinal or a count.
COMPATIBLE = {
    "count": {"count", "roman"},
    "roman": {"count", "roman", "ordinal"},
    "ordinal": {"ordinal", "roman"},
    "fraction": {"fraction"},
    "time": {"time"},
    "year": {"year"},
}


def closest(
    s: Mention, tgt: list[Mention], src_segs: Sequence[Segment], tgt_segs: Sequence[Segment]
) -> Mention:
    """The lone target number to compare ``s`` with: one of its kind and shape, at about its place
    (a changed count is set against a count, not against a year or an ordinal beside it)."""
    kinds = COMPATIBLE[figure_kind(s)]
    same_shape = [t for t in tgt if t.number.is_range == s.number.is_range and is_time(t) == is_time(s)]
    same_kind = [t for t in same_shape if figure_kind(t) in kinds]
    pool = same_kind or same_shape or tgt
    where = _where(s, src_segs)
    return min(pool, key=lambda t: abs(_where(t, tgt_segs) - where))
