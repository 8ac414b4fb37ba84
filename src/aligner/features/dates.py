"""Dates in words and in digits, Russian and English, as ISO strings.

"8 июля 1950 года", "8.7.50г.", "08.07.1950", "July 8, 1950" and
"8 July 1950" all give ``"1950-07-08"``; "июля 1950 г." and "July 1950" give
``"1950-07"``; "8 июля" gives ``"--07-08"``; "1950 г." gives ``"1950"``, and so
does a bare year 1700-2099 standing alone (rule ``date.bare_year``), read the
same way on both sides. Two-digit years are of the 1900s. Days may be
ordinal words ("восьмого июля", "the eighth of July") and months Roman
numerals ("15.VII.1943 г."). A range of days is one date with two ends,
written ``"1950-12-09/1950-12-10"``, and so is a range of years with its
year word, ``"1941/1945"`` ("1941-1945 гг.") ("с 9 по 10 декабря 1950 г.",
"December 9-10, 1950"). Month names, year words, range words and endings come
from ``data/months_<lang>.txt`` and ``data/dates.toml``.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

import attrs
import regex

from ..resources import data_lines, data_toml
from .numbers import ordinal_words

__all__ = ["DateHit", "find_dates", "month_forms", "parse_date"]


@attrs.frozen
class DateHit:
    """A date found in a text: offsets into that text, its ISO value and the rule that read it."""

    start: int
    end: int
    value: str
    rule: str


@functools.cache
def month_forms(language: str) -> dict[str, int]:
    """Every form and abbreviation of every month name in ``language``, with the month's number."""
    out: dict[str, int] = {}
    for line in data_lines(f"months_{language}.txt"):
        number, *forms = line.split()
        for form in forms:
            out[form.lower().replace("ё", "е")] = int(number)
    return out


@functools.cache
def _roman() -> dict[str, int]:
    out = {}
    for line in data_lines("months_roman.txt"):
        number, numeral = line.split()
        out[numeral.upper()] = int(number)
    return out


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@attrs.frozen
class _Patterns:
    rules: tuple[tuple[str, regex.Pattern[str]], ...]


@functools.cache
def _patterns(language: str) -> _Patterns:
    ctx = data_toml("dates.toml").get(language, {})
    month = rf"(?P<m>{_alternation(list(month_forms(language)))})\.?"
    suffix = _alternation(ctx.get("suffixes", ()))
    years = _alternation(ctx.get("year_words", ()))
    of = _alternation(ctx.get("of", ()))
    days = {w: v for w, v in ordinal_words(language).items() if 1 <= v <= 31 and v == int(v)}
    tens = _alternation(ctx.get("day_tens", ()))
    spelled = rf"(?P<dw>(?:(?:{tens})\s+)?(?:{_alternation(list(days))}))"
    day = rf"(?:(?P<d>[0-3]?\d)(?:-?(?:{suffix}))?|{spelled})"
    one_day = rf"(?P<d1>[0-3]?\d)(?:-?(?:{suffix}))?"
    until = _alternation(ctx.get("range_words", ()))
    since = _alternation(ctx.get("range_prefixes", ()))
    span = rf"(?:(?:{since})\s+)?{one_day}\s*(?:[-\u2010-\u2015]|\s(?:{until})\s)\s*"
    year_word = rf"(?:\s*(?:{years})(?!\p{{L}})\.?)?"
    roman = _alternation(list(_roman()))
    flags = regex.IGNORECASE
    edge = r"(?<![\d\p{L}])"
    after = r"(?![\d\p{L}])"
    rules: list[tuple[str, str]] = []
    if language == "en":
        rules += [
            (
                "date.day_range",
                rf"{edge}{month}\s+{span}(?P<d>[0-3]?\d)(?:{suffix})?(?:,?\s+(?P<y>\d{{4}}))?{after}",
            ),
            (
                "date.day_range",
                rf"{edge}{span}(?P<d>[0-3]?\d)(?:{suffix})?\s+{month}(?:,?\s+(?P<y>\d{{4}}))?{after}",
            ),
        ]
    else:
        rules += [
            (
                "date.day_range",
                (
                    rf"{edge}{span}(?P<d>[0-3]?\d)(?:-?(?:{suffix}))?\s+{month}"
                    rf"(?:\s+(?P<y>\d{{4}}){after}{year_word})?(?!\p{{L}})"
                ),
            ),
        ]
    if language == "en":
        rules += [
            ("date.month_day_year", rf"{edge}{month}\s+{day},?\s+(?P<y>\d{{4}}){after}"),
            (
                "date.day_month_year",
                rf"{edge}{day}\s+(?:(?:{of})\s+)?{month},?\s+(?P<y>\d{{4}}){after}",
            ),
        ]
    else:
        rules += [
            (
                "date.day_month_year",
                (
                    rf"{edge}{day}\s+{month}\s+(?P<y>\d{{4}}|\d{{2}}(?=\s*(?:{years})(?!\p{{L}})))"
                    rf"{after}{year_word}"
                ),
            ),
        ]
    rules += [
        (
            "date.numeric",
            (
                rf"(?<![\d.,/])(?P<d>[0-3]?\d)\.(?:(?P<mn>[01]?\d)|(?P<mr>{roman}))\.(?P<y>\d{{4}}|\d{{2}})"
                rf"(?![\d]|[.,]\d){year_word}"
            ),
        ),
        ("date.month_year", rf"{edge}{month},?\s+(?P<y>\d{{4}}){after}{year_word}"),
    ]
    if language == "en":
        rules += [
            ("date.month_day", rf"{edge}{month}\s+{day}{after}"),
            ("date.day_month", rf"{edge}{day}\s+(?:(?:{of})\s+)?{month}(?!\p{{L}})"),
        ]
    else:
        rules += [("date.day_month", rf"{edge}{day}\s+{month}(?!\p{{L}})")]
    if years != "(?!)":
        rules.append(
            (
                "date.year_range",
                (
                    rf"{edge}(?P<y1>\d{{4}})\s*[-\u2010-\u2015]\s*(?P<y>\d{{4}}|\d{{2}})"
                    rf"(?:-?(?:{suffix}))?\s*(?:{years})(?!\p{{L}})\.?"
                ),
            )
        )
        rules.append(
            (
                "date.year",
                (
                    rf"{edge}(?<!\d\s*[-\u2010-\u2015]\s*)(?P<y>\d{{4}})(?:-?(?:{suffix}))?"
                    rf"\s*(?:{years})(?!\p{{L}})\.?"
                ),
            )
        )
    rules.append(
        (
            "date.bare_year",
            (
                r"(?<![\d\p{L}№#/.,\-\u2010-\u2015])(?<!\d\s*[-\u2010-\u2015]\s*)"
                r"(?<!\d\s+\p{L}{1,3}\s+)(?<![№#]\s*)"
                r"(?P<y>1[7-9]\d\d|20\d\d)"
                r"(?![\d/]|[.,]\d|\s*[-\u2010-\u2015]\s*\d|\s+\p{L}{1,3}\s+\d|-?\p{L})"
            ),
        )
    )
    return _Patterns(tuple((name, regex.compile(p, flags)) for name, p in rules))


def _year(text: str) -> int:
    y = int(text)
    return 1900 + y if len(text) == 2 else y


def _month(language: str, m: regex.Match[str]) -> int:
    if m.groupdict().get("m"):
        return month_forms(language)[m.group("m").lower().replace("ё", "е")]
    if m.groupdict().get("mr"):
        return _roman()[m.group("mr").upper()]
    return int(m.group("mn"))


def _day(language: str, groups: dict[str, str | None]) -> int | None:
    if groups.get("d"):
        return int(str(groups["d"]))
    spelled = groups.get("dw")
    if not spelled:
        return None
    words = ordinal_words(language)
    tens = dict(data_toml("dates.toml").get(language, {}).get("day_tens_values", ()))
    *first, last = spelled.lower().replace("ё", "е").split()
    return int(words.get(last, 0)) + sum(int(tens.get(w, 0)) for w in first)


def _value(language: str, m: regex.Match[str]) -> str | None:
    groups = m.groupdict()
    year = _year(groups["y"]) if groups.get("y") else None
    has_month = any(groups.get(k) for k in ("m", "mn", "mr"))
    month = _month(language, m) if has_month else None
    day = _day(language, groups)
    if language == "en" and groups.get("m") and not groups["m"][0].isupper():
        return None  # "may", "march": English months are capitalised
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if groups.get("y1"):
        first_year = int(str(groups["y1"]))
        last_year = int(str(groups["y"]))
        if last_year < 100:
            last_year += first_year - first_year % 100
        return f"{first_year:04d}/{last_year:04d}" if first_year < last_year else None
    if groups.get("d1"):
        first = int(str(groups["d1"]))
        if day is None or month is None or not 1 <= first < day:
            return None
        prefix = f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
        return f"{prefix}-{first:02d}/{prefix}-{day:02d}"
    if year is not None and month is not None and day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year is not None and month is not None:
        return f"{year:04d}-{month:02d}"
    if month is not None and day is not None:
        return f"--{month:02d}-{day:02d}"
    if year is not None:
        return f"{year:04d}"
    return None


def find_dates(text: str, language: str) -> list[DateHit]:
    """Every date in ``text``, in order; the first rule that reads a stretch of text wins."""
    hits: list[DateHit] = []
    starts: list[int] = []  # the stretches read already: disjoint, sorted by start
    ends: list[int] = []
    for name, pattern in _patterns(language).rules:
        for m in pattern.finditer(text):
            start, end = m.span()
            k = bisect_left(starts, end)  # stretches starting before this one ends
            if k and ends[k - 1] > start:
                continue
            value = _value(language, m)
            if value is None:
                continue
            hits.append(DateHit(start, end, value, name))
            starts.insert(k, start)
            ends.insert(k, end)
    hits.sort(key=lambda h: h.start)
    return hits


def parse_date(text: str, language: str = "") -> str:
    """The ISO value of the first date in ``text`` ("July 8, 1950": "1950-07-08"), else ``""``.

    Without a ``language`` English is tried first, then Russian.
    """
    for lang in (language,) if language else ("en", "ru"):
        hits = find_dates(text, lang)
        if hits:
            return hits[0].value
    return ""
