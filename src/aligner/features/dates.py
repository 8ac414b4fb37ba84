"""Dates in words and in digits, Russian and English, as :class:`~.values.DateValue` records.

Each value's ``str`` is its ISO form:
"8 июля 1950 года", "8.7.50г.", "08.07.1950", "July 8, 1950" and
"8 July 1950" all give ``"1950-07-08"``; "июля 1950 г." and "July 1950" give
``"1950-07"``; "8 июля" gives ``"--07-08"``; "1950 г." gives ``"1950"``, and so
does a bare year 1700-2099 standing alone (rule ``date.bare_year``), read the
same way on both sides. Two-digit years are of the 1900s. Days may be
ordinal words ("восьмого июля", "the eighth of July") and months Roman
numerals ("15.VII.1943 г."). A range of days is one date with two ends,
written ``"1950-12-09/1950-12-10"``, and so is a range of years with its
year word, ``"1941/1945"`` ("1941-1945 гг.") ("с 9 по 10 декабря 1950 г.",
"December 9-10, 1950"), and so are two days with Roman months joined by a dash
("14.VII - 18.VII", "с 30.XII.49 по 2.I.50"), and a night named by both its days
("в ночь с 3 на 4 мая"). Month names, year words, range words and endings come
from ``data/months_<lang>.txt`` and ``data/dates.toml``, built into each language's ordered rules by
:mod:`.date_patterns`; a match is turned into its value by :mod:`.date_values`.
"""

from __future__ import annotations

from bisect import bisect_left

import attrs
import regex

from ..cache import cached_on_disk
from ..resources import data_toml
from .date_patterns import date_patterns
from .date_values import date_value, month_forms, night_before
from .values import DatePoint, DateValue

__all__ = ["NAMED_DAY", "DateHit", "DatePoint", "DateValue", "find_dates", "month_forms", "parse_date"]


@attrs.frozen
class DateHit:
    """A date found in a text: offsets into that text, its value and the rule that read it."""

    start: int
    end: int
    value: DateValue
    rule: str


def _alternatives(language: str, m: regex.Match[str]) -> list[DateHit]:
    """The two dates of "20 или 25 ноября" / "November 20th or 25th", each with its own span."""
    last = date_value(language, m)
    if last is None:
        return []
    first_day = int(m.group("da"))
    if not 1 <= first_day <= 31:
        return []
    first = DateValue.of(attrs.evolve(last.ends[0], day=first_day))
    if m.start("m") < m.start("da"):  # November 20th or 25th
        spans = ((m.start(), m.end("da")), (m.start("d"), m.end()))
    else:  # 20 или 25 ноября
        spans = ((m.start("da"), m.end("da")), (m.start("d"), m.end()))
    return [
        DateHit(spans[0][0], spans[0][1], first, "date.alternative"),
        DateHit(spans[1][0], spans[1][1], last, "date.alternative"),
    ]


#: The rule of a day known by its name ("May Day", «в новогоднюю ночь»).
NAMED_DAY = "date.named_day"

_ANY_DIGIT = regex.compile(r"\d")


@cached_on_disk("named-days")
def _named_days(language: str) -> tuple[regex.Pattern[str], dict[str, DateValue]]:
    """One pattern for the days known by a name (``named_days`` of dates.toml) and each phrase's date,
    by the phrase folded (words as written; the first letter may also be a capital)."""
    phrases: dict[str, DateValue] = {}
    for entry in data_toml("dates.toml").get("named_days", ()):
        month, day = int(entry["month"]), int(entry["day"])
        day_of = DateValue.of(DatePoint(None, month, day))
        value = night_before(None, month, day) if entry.get("night") else day_of
        phrases.update(dict.fromkeys(entry.get(language, ()), value))
    if not phrases:
        return regex.compile("(?!)"), {}
    body = "|".join(
        f"[{p[0]}{p[0].upper()}]" + r"\s+".join(map(regex.escape, p[1:].split(" "))).replace("'", "['’]")
        for p in sorted(phrases, key=len, reverse=True)
    )
    pattern = regex.compile(rf"(?<![\p{{L}}\d])(?:{body})(?![\p{{L}}\d])")
    return pattern, {p.casefold(): v for p, v in phrases.items()}


def find_dates(text: str, language: str) -> list[DateHit]:
    """Every date in ``text``, in order; the first rule that reads a stretch of text wins."""
    hits: list[DateHit] = []
    starts: list[int] = []  # the stretches read already: disjoint, sorted by start
    ends: list[int] = []
    patterns = date_patterns(language)
    # Every rule reads a month form or digits: a text with neither is not scanned rule by rule.
    has_digit = _ANY_DIGIT.search(text) is not None
    has_month = patterns.months.search(text) is not None
    for (name, pattern), needs_month in zip(patterns.rules, patterns.needs_month, strict=True):
        if not (has_month if needs_month else has_digit):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            k = bisect_left(starts, end)  # stretches starting before this one ends
            if k and ends[k - 1] > start:
                continue
            if m.groupdict().get("da"):
                hits.extend(_alternatives(language, m))
                starts.insert(k, start)
                ends.insert(k, end)
                continue
            value = date_value(language, m)
            if value is None:
                continue
            hits.append(DateHit(start, end, value, name))
            starts.insert(k, start)
            ends.insert(k, end)
    named, values = _named_days(language)
    for m in named.finditer(text):
        start, end = m.span()
        k = bisect_left(starts, end)
        if k and ends[k - 1] > start:
            continue
        key = " ".join(m.group().replace("’", "'").split()).casefold()
        hits.append(DateHit(start, end, values[key], NAMED_DAY))
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
            return str(hits[0].value)
    return ""
