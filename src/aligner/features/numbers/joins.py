"""Numbers read across several words: sums of scales, shared scales, collective nouns, multipliers.

These run after :func:`aligner.features.numbers.find_numbers` has read single numbers; each joins or
re-marks what a translator renders in another form: «38 млн. 600 тыс.» = 38.6 million, «от 5 до 7 тыс.» =
5,000 to 7,000, «полтора десятка» = fifteen, «сотни две» = some two hundred, «в три раза» = trebled (a
multiplier, weak), "half a million", "a year and a half", «1955/56» = 1955-56.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import attrs
import regex

_SCALES = (1e9, 1e6, 1e3)
#: How far after a number its multiplier word (раза, times) is looked for.
_WINDOW = 200
_SCALE_GAP = regex.compile(r"\.?\s+")
_SPACE = regex.compile(r"\s+")
#: Collective nouns a count multiplies: десяток, dozen, сотня (two dozen = 24, две сотни = 200).
_COLLECTIVE = (10.0, 12.0, 100.0)
_YEAR_PAIR = regex.compile(r"(?<![\d/.,])(1[6-9]\d\d|20\d\d)/(\d\d|\d{4})(?![\d/]|[.,]\d)")


def scale_sums(text: str, items: list[Any]) -> list[Any]:
    """38 млн. 600 тыс. = 38,600,000, 2 тыс. 500 = 2,500: a scaled number and a smaller one after it."""
    out: list[Any] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rule == "number.digits_scale"
            and item.rule in ("number.digits_scale", "number.digits")
            and not prev.family
            and not item.family
            and _SCALE_GAP.fullmatch(text, prev.end, item.start)
            and 0 < item.value < _scale_of(prev.value)
        ):
            out[-1] = attrs.evolve(prev, end=item.end, value=prev.value + item.value)
            continue
        out.append(item)
    return out


def _scale_of(value: float) -> float:
    """The largest scale a scaled number is a whole multiple of (38,000,000: a million)."""
    return next((s for s in _SCALES if value % s == 0), 0.0)


def shared_scale(low: Any, high: Any, value: float) -> float:
    """The low end of «от 5 до 7 тыс.» / "5 to 7 thousand": 5,000 when the scale closes the range."""
    if high.rule == "number.digits_scale":
        if low.rule == "number.digits_scale" or low.kind != "digits":
            return value
    elif not (high.kind == low.kind == "words" and value < 1000):
        return value  # от полутора до двух тысяч = 1,500 to 2,000
    for scale in _SCALES:
        if high.value % scale == 0 and value <= high.value / scale:
            return value * scale
    return value


def collectives(text: str, items: list[Any]) -> list[Any]:
    """полтора десятка = 15, две сотни = 200, "two dozen" = 24, the inverted approximate сотни две = some 200.

    A collective noun (десяток, дюжина, dozen, сотня: weak 10, 12 or 100) next to a plain number word
    multiplies it.
    """
    out: list[Any] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.family
            and not item.family
            and _SPACE.fullmatch(text, prev.end, item.start)
        ):
            if _collective(item) and _plain_word(prev):
                out[-1] = attrs.evolve(
                    prev, end=item.end, value=prev.value * item.value, weak=False, rule=_collective_rule(item)
                )
                continue
            if _collective(prev) and _plain_word(item) and item.value >= 2:
                out[-1] = attrs.evolve(
                    prev, end=item.end, value=prev.value * item.value, weak=False, rule=_collective_rule(prev)
                )
                continue
        out.append(item)
    return out


def _collective_rule(collective: Any) -> str:
    """Tens and hundreds counted (полтора десятка, сотни две) are approximate; dozens are exact."""
    return "number.dozens" if collective.value == 12 else "number.collective"


def _collective(item: Any) -> bool:
    return bool(item.weak and item.kind == "words" and item.value in _COLLECTIVE and not item.ordinal)


def _plain_word(item: Any) -> bool:
    return bool(item.kind == "words" and not item.weak and not item.ordinal and 1 < item.value < 10)


def half_scales(text: str, items: list[Any]) -> list[Any]:
    """Half a million = 500,000: a weak "half" before a scale word (or a counting word: half a dozen = 6,
    half a hundred = 50); a fraction of a scale too ("a quarter of a million" = 250,000, "three quarters
    of a million", «четверть миллиона»)."""
    out: list[Any] = []
    for item in items:
        prev = out[-1] if out else None
        half = prev is not None and prev.weak and prev.value == 0.5 and prev.kind == "words"
        fraction = prev is not None and prev.rule == "number.fraction" and 0 < prev.value < 1
        if (
            prev is not None
            and (half or fraction)
            and item.kind == "words"
            and (
                (
                    item.value >= 1000
                    and (
                        _SPACE.fullmatch(text, prev.end, item.start)
                        or _OF_A.fullmatch(text, prev.end, item.start)
                    )
                )
                or (half and item.value >= _HALF_OF_LEAST and _A.fullmatch(text, prev.end, item.start))
            )
        ):
            value = _exact_product(prev.value, item.value)
            weak = item.weak and item.value < 1000  # half a dozen is as weak as a dozen
            out[-1] = attrs.evolve(prev, end=item.end, value=value, weak=weak, rule="number.words")
            continue
        out.append(item)
    return out


#: Between "half" and a counting word: "half a dozen", "half a hundred".
_A = regex.compile(r"\s+an?\s+", regex.IGNORECASE)
#: The least counting word "half" may halve: a dozen (half a dozen = 6).
_HALF_OF_LEAST = 12

#: Between a fraction and its scale: "a quarter of a million", "two-thirds of a billion".
_OF_A = regex.compile(r"\s+of(?:\s+an?)?\s+", regex.IGNORECASE)


def _exact_product(fraction: float, scale: float) -> float:
    """A fraction of a scale, whole when it comes out whole (a quarter of a million = 250,000)."""
    value = fraction * scale
    return int(round(value)) if abs(value - round(value)) < 1e-6 else value


@functools.cache
def _half_pattern(half_after: tuple[str, ...], articles: tuple[str, ...]) -> regex.Pattern[str]:
    """A noun with no number before it, then "and a half" (one pattern for each language)."""
    art = "|".join(regex.escape(a) for a in articles) or "(?!)"
    halves = "|".join(r"\s+".join(map(regex.escape, h.split())) for h in half_after)
    return regex.compile(
        rf"(?<!\p{{L}})(?:(?:{art})\s+)?(?P<noun>\p{{L}}+)\s+(?:{halves})(?!\p{{L}})", regex.IGNORECASE
    )


def noun_and_a_half(
    text: str, items: list[Any], half_after: Sequence[str], articles: Sequence[str]
) -> list[Any]:
    """A year and a half, год с половиной = 1.5: a noun with no number before it, then "and a half"."""
    if not half_after:
        return items
    pattern = _half_pattern(tuple(half_after), tuple(articles))
    out = list(items)
    for m in pattern.finditer(text):
        noun_start = m.start("noun")
        if any(it.start <= noun_start < it.end or noun_start - 2 <= it.end <= noun_start for it in items):
            continue  # два с половиной, two and a half: read already
        inside = [it for it in out if m.start() <= it.start and it.end <= m.end()]
        template = inside[0] if inside else None
        if template is None:
            continue
        out = [it for it in out if it not in inside]
        out.append(
            attrs.evolve(
                template,
                start=m.start(),
                end=m.end(),
                value=1.5,
                kind="words",
                weak=True,  # the unit may differ: "a day and a half" = 36 hours
                rule="number.and_a_half",
            )
        )
    out.sort(key=lambda it: it.start)
    return out


@functools.cache
def _times_patterns(
    times: tuple[tuple[str, str], ...],
) -> tuple[tuple[regex.Pattern[str] | None, regex.Pattern[str]], ...]:
    """The words before and after a multiplier (в … раза, … times), compiled once for each language."""
    return tuple(
        (
            regex.compile(rf"(?<!\p{{L}}){regex.escape(before)}\s+$", regex.IGNORECASE) if before else None,
            regex.compile(rf"\s+{regex.escape(after)}(?!\p{{L}})", regex.IGNORECASE),
        )
        for before, after in times
    )


def multipliers(text: str, items: list[Any], times: Sequence[tuple[str, str]]) -> list[Any]:
    """в три раза, в 2,5 раза, three times: a multiplier, weak (a translator may say "trebled")."""
    out = []
    patterns = _times_patterns(tuple(times))
    for item in items:
        for before, after in patterns:
            pre = before is None or before.search(text[max(0, item.start - 8) : item.start])
            post = after.match(text, item.end, item.end + _WINDOW)  # bounded: the regex module
            # looks for the word in the whole rest of the text before it matches
            if pre and post and not item.family:
                item = attrs.evolve(item, weak=True, rule="number.times")
                break
        out.append(item)
    return out


def year_pairs(text: str, hits: list[Any], make: Any) -> list[Any]:
    """1955/56, 1949/1950 (a budget or school year) = 1955-56: a range of two years, not a reference."""
    out = list(hits)
    for m in _YEAR_PAIR.finditer(text):
        first, second = int(m.group(1)), m.group(2)
        nxt = int(second) if len(second) == 4 else first - first % 100 + int(second)
        if nxt != first + 1:
            continue
        out = [h for h in out if h.end <= m.start() or h.start >= m.end()]
        out.append(make(m.start(), m.end(), (float(first), float(nxt))))
    out.sort(key=lambda h: h.start)
    return out


#: The words between an hour count and its minutes, after the hour word: "and", «и».
_HOURS_JOIN = regex.compile(r"\s+(?:(?:and|и)\s+)?")
#: An hour said without a number before it: "an hour and twenty minutes", «час двадцать минут».
_ONE_HOUR = regex.compile(r"(?<!\p{L})(?:an?|one)\s+$", regex.IGNORECASE)
_WORD = regex.compile(r"\s*(\p{L}+)\.?")


def spelled_clocks(text: str, items: list[Any], hours: frozenset[str], minutes: frozenset[str]) -> list[Any]:
    """A duration or a time with its numbers in words: "an hour and twenty minutes" = 1:20, "two hours
    ten minutes" = 2:10, read as one time (like «1 час 20 мин.»), not as loose numbers."""
    out: list[Any] = []
    for i, item in enumerate(items):
        made = _spelled_clock(text, items, i, hours, minutes)
        if made is None:
            out.append(item)
            continue
        while out and out[-1].end > made.start:  # the hours read before, now part of the time
            out.pop()
        out.append(made)
    return out


def _spelled_clock(
    text: str, items: list[Any], i: int, hours: frozenset[str], minutes: frozenset[str]
) -> Any | None:
    """The time that ends with the minutes ``items[i]`` (the hours before it, a number or "an hour")."""
    mins = items[i]
    after = _WORD.match(text, mins.end)
    if after is None or after.group(1).lower() not in minutes or mins.family or not 0 < mins.value < 60:
        return None
    if mins.value != int(mins.value):
        return None
    # the hour word right before the minutes, an "and" between or not
    before = text[max(0, mins.start - 40) : mins.start]
    m = regex.search(r"(?<!\p{L})(\p{L}+)\.?" + _HOURS_JOIN.pattern + r"$", before)
    if m is None or m.group(1).lower() not in hours:
        return None
    word_start = mins.start - len(before) + m.start()
    head = items[i - 1] if i > 0 else None
    if head is not None and not head.family and _WS.fullmatch(text, head.end, word_start):
        if not (0 <= head.value <= 24 and head.value == int(head.value)):
            return None
        start, h = head.start, int(head.value)
    elif _ONE_HOUR.search(text, max(0, word_start - 8), word_start):
        start, h = word_start, 1
    else:
        return None
    return attrs.evolve(
        mins,
        start=start,
        end=after.end(),
        value=h * 60 + int(mins.value),
        family="time",
        weak=False,
        rule="number.clock_words",
        kind="time",
    )


_WS = regex.compile(r"\s+")
