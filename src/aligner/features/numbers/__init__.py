"""Numbers in digits and in words, single or as ranges, from ``data/numbers_<lang>.toml``.

A number's value is a tuple of numbers, whole ones as exact ``int`` (however
long; a run of more than :data:`MAX_DIGITS` digits is no number): ``(2,)`` for
"2х", "two" or "двух", ``(25, 35)`` for "25-35", "от 25 до 35" or "25 to 35".
"около 30" and "about 30" are marked approximate. A number after "№", "No.",
"л." … is a reference (family ``"reference"``), one glued to a slash ("481/ш",
"7/2", "611.6131/2-1052"), a designation ("F-96", "Т-34", "ЗИС-150") and a
decimal file number ("740.0011") too; a footnote mark "[43]" is no number at
all, and a mark glued to a word ("memorandum,2", "получил 1)") has family
``"footnote"``; "1." opening a segment is an enumerator (family
``"enumerator"``). Words that often are no number ("one", "один") have family
``"weak"``, and so do words that only imply a number ("both", "сутки" = 24
hours, "двухэтажный", "полуторный", "сотня", a fraction word alone: «около
трети», "a third of"): they pair with a number on the other side but are never
reported alone.

Ordinals equal their cardinals ("третий" = "third" = "3rd" = 3) and have rule
``number.ordinal``; an ordinal ends its number («второй миллиард» is the second
billion, not 2,000,000,000) and takes no denominator ("the second quarter" is
no 2/4). Fractions read as their value ("две трети" = "two-thirds", "полтора"
= "one and a half" = 1.5, "2 1/2 million", «двух с половиной миллионов»);
Roman numerals as numbers ("XXI века" = 21); "-50" is negative. Clock times
(:mod:`.clocks`) have family ``"time"`` and a value in minutes after midnight
("17:47", "5:47 PM", "17 часов 47 минут", "22 ч. 40 м.", "в 13.30"); "1 am"
that stands for "I am" is no number.

Each :class:`NumberHit` gives its :class:`~aligner.features.values.NumberValue`
(``hit.value``). The readers live in small modules: :mod:`.lexicon` (the number
words and the words around numbers), :mod:`.digits` (digits and Roman numerals),
:mod:`.words` (number words composed), :mod:`.ranges` (scales, fractions, "and a
half", ranges), :mod:`.joins` (numbers read across several words) and
:mod:`.format` (numbers as a historian writes them); :func:`find_numbers` here
runs them in order.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..clocks import clock_times, pronoun_ones
from ..values import NumberRole, NumberValue
from . import joins
from .digits import MAX_DIGITS, _digit_items, _roman_items
from .format import format_time, format_value
from .garbled import figure_garbles, read_figures
from .items import _Item, _Taken
from .lexicon import (
    _approximate,
    _exact,
    _Lexicon,
    _lexicon,
    approximation,
    clock_words,
    conversion,
    number_words,
    ordinal_words,
    reference_before,
    signed,
    zero_of_scale,
)
from .ranges import _fractions, _merge_scales, _range_gap, glued_scales
from .words import _word_items

__all__ = [
    "NumberHit",
    "number_value",
    "find_numbers",
    "figure_garbles",
    "number_words",
    "format_value",
    "format_time",
    "approximation",
    "ordinal_words",
    "conversion",
    "reference_before",
    "clock_words",
    "MAX_DIGITS",
]


@attrs.frozen
class NumberHit:
    """A number found in a text: offsets into that text, its value, and how it was read."""

    start: int
    end: int
    values: tuple[float, ...]
    approximate: bool = False
    family: str = ""
    rule: str = ""

    @property
    def value(self) -> NumberValue:
        """The number as a typed record: its amounts and how it was read."""
        return number_value(self.values, family=self.family, rule=self.rule, approximate=self.approximate)


_ROLES: dict[str, NumberRole] = {"reference": "reference", "enumerator": "enumerator", "footnote": "footnote"}


def number_value(
    amounts: Sequence[float], *, family: str = "", rule: str = "", approximate: bool = False
) -> NumberValue:
    """The :class:`NumberValue` of a number read by ``rule`` into ``family`` (the readers' own names:
    family ``"time"``, ``"weak"``, ``"reference"`` …; rule ``"number.ordinal"``, ``"number.times"`` …)."""
    return NumberValue(
        tuple(amounts),
        role=_ROLES.get(family, "amount"),
        approximate=approximate,
        weak=family == "weak",
        clock=family == "time",
        ordinal=rule == "number.ordinal",
        fraction=rule == "number.fraction",
        roman=rule == "number.roman",
        multiplier=rule == "number.times",
        digits=rule == "number.digits",
    )


def find_numbers(text: str, language: str, taken: Sequence[tuple[int, int]] = ()) -> list[NumberHit]:
    """Every number in ``text`` (not inside the ``taken`` offsets, which dates hold), in order. Letters
    typed or read for figures inside a figure («54О тыс.», "l,5OO", «З0»: an OCR slip) are read as the
    figures (:mod:`.garbled`)."""
    text = read_figures(text)  # one character for one: every offset stays
    lex = _lexicon(language)
    dates = _Taken(taken)
    clocks = [
        _Item(c.start, c.end, c.minutes, "time", family="time", rule=c.rule)
        for c in clock_times(text, lex.clock)
        if not dates.overlaps(c.start, c.end)
    ]
    taken = _Taken([*taken, *((c.start, c.end) for c in clocks), *pronoun_ones(text, lex.clock)])
    items = (
        _digit_items(text, language, lex, taken)
        + _roman_items(text, language, taken)
        + _word_items(text, lex, taken)
    )
    items.sort(key=lambda it: it.start)
    items = [it for it in items if it.value != 0 or not zero_of_scale(text, it.end, lex)]  # "below zero"
    items = _merge_scales(text, glued_scales(text, items, lex.glued))
    items = _merge_scales(text, _fractions(text, items, lex))
    items = joins.scale_sums(text, items)
    items = joins.half_scales(text, joins.collectives(text, items))
    items = joins.noun_and_a_half(text, items, lex.half_after, sorted(lex.articles))
    items = joins.multipliers(text, items, lex.times)
    items = joins.spelled_clocks(text, items, lex.clock.hours, lex.clock.minutes)
    hits: list[NumberHit] = [
        NumberHit(c.start, c.end, (c.value,), _approximate(text, c.start, lex), "time", c.rule)
        for c in clocks
    ]
    i = 0
    while i < len(items):
        a = items[i]
        approx = _approximate(text, a.start, lex) or a.rule == "number.collective"
        b = items[i + 1] if i + 1 < len(items) else None
        family = a.family or ("weak" if a.weak else "")
        rule, start = ("", 0)
        if b is not None and not a.family and not b.family:
            rule, start = _range_gap(text, a, b, lex)
        low, high = a.value, b.value if b is not None else 0.0
        if rule and b is not None:
            low = joins.shared_scale(a, b, low)  # от 5 до 7 тыс. = 5,000 to 7,000
        # a year range's end is shortened after a dash only ("1950-53"):
        # "1946 to 93 percent" is a year and a share
        expand = rule == "number.range" and b is not None and bool(a.digits) and bool(b.digits) and high < low
        if expand and b is not None and len(b.digits) < len(a.digits) and b.value == int(b.value):
            high = int(a.digits[: len(a.digits) - len(b.digits)] + b.digits)  # 1950-53
        if rule and b is not None and (high < low or a.kind == "implicit" or b.kind == "implicit"):
            rule = ""  # "в 2020 - 53,3%" is a year and a share, not a range
        if rule and b is not None and a.ordinal != b.ordinal:
            rule = ""  # «во втором — вдвое больше»: an ordinal and a count are two numbers, not a range
        if rule and b is not None:
            fam = "weak" if a.weak and b.weak else ""
            approx = approx or _approximate(text, start, lex)
            hits.append(NumberHit(start, b.end, (low, high), approx, fam, rule))
            i += 2
            continue
        hits.append(NumberHit(a.start, a.end, (a.value,), approx, family, a.rule))
        i += 1
    hits = joins.year_pairs(
        text, hits, lambda s, e, v: NumberHit(s, e, v, _approximate(text, s, lex), "", "number.year_pair")
    )
    return [attrs.evolve(h, values=_signed_values(text, h, lex)) for h in hits]


def _signed_values(text: str, hit: NumberHit, lex: _Lexicon) -> tuple[float, ...]:
    """The hit's values, made negative when a word says so («минус 25», "25 degrees below zero"); a
    clock time, a reference or a number that has its minus sign already keeps its own."""
    values = tuple(_exact(v) for v in hit.values)
    if hit.family in ("time", "reference", "enumerator", "footnote") or any(v <= 0 for v in values):
        return values
    if not signed(text, hit.start, hit.end, lex):
        return values
    return tuple(_exact(-v) for v in values)
