"""The value of a date a rule of :mod:`.dates` has read: its year, month and day as a text gives them.

Month names and Roman months come from ``data/months_<lang>.txt`` and ``data/months_roman.txt``;
spelled days ("восьмого") from the ordinal words, tens of days and the night phrases from
``data/dates.toml``. A match's named groups say what it holds: ``d``/``dw`` (day), ``m``/``mn``/``mr``
(month by name, figure or Roman numeral), ``y`` (year); ``d1``, ``m1``, ``mr1``, ``yr1`` and ``y1`` the
first end of a range; ``night`` a night named by its morning.
"""

from __future__ import annotations

import datetime
import functools

import regex

from ..resources import data_lines, data_toml
from .numbers import ordinal_words
from .values import DatePoint, DateValue

__all__ = ["date_value", "month_forms", "night_before", "roman_months"]


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
def roman_months() -> dict[str, int]:
    """Every Roman numeral of a month the data lists (``months_roman.txt``), with the month's number."""
    out = {}
    for line in data_lines("months_roman.txt"):
        number, numeral = line.split()
        out[numeral.upper()] = int(number)
    return out


def _year(text: str) -> int:
    y = int(text)
    return 1900 + y if len(text) == 2 else y


def _month(language: str, m: regex.Match[str]) -> int:
    if m.groupdict().get("m"):
        return month_forms(language)[m.group("m").lower().replace("ё", "е")]
    if m.groupdict().get("mr"):
        return roman_months()[m.group("mr").upper()]
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


def night_before(year: int | None, month: int, day: int) -> DateValue:
    """The night before ``day``: the range of that day and the one before it."""
    eve = datetime.date(year or 2001, month, day) - datetime.timedelta(days=1)
    first = DatePoint(eve.year if year is not None else None, eve.month, eve.day)
    return DateValue.of(first, DatePoint(year, month, day))


def date_value(language: str, m: regex.Match[str]) -> DateValue | None:
    """The date a rule's match reads, or ``None`` when its parts make none (a 13th month, a range out of
    order)."""
    groups = m.groupdict()
    year = _year(groups["y"]) if groups.get("y") else None
    has_month = any(groups.get(k) for k in ("m", "mn", "mr"))
    month = _month(language, m) if has_month else None
    day = _day(language, groups)
    for key in ("m", "m1"):
        if language == "en" and groups.get(key) and not str(groups[key])[0].isupper():
            return None  # "may", "march": English months are capitalised
    if groups.get("m1") and month is not None:
        first = month_forms(language)[str(groups["m1"]).lower().replace("ё", "е")]
        if not first < month or (groups.get("pair") and month != first + 1):
            return None  # a range out of order; two months apart joined by "and" are two dates
        return DateValue.of(DatePoint(year, first), DatePoint(year, month))
    if groups.get("night") and month is not None and day is not None and 1 <= day <= 31:
        try:
            return night_before(year, month, day)
        except ValueError:
            return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if groups.get("y1"):
        first_year = int(str(groups["y1"]))
        last_year = int(str(groups["y"]))
        if last_year < 100:
            last_year += first_year - first_year % 100
        return DateValue.of(DatePoint(first_year), DatePoint(last_year)) if first_year < last_year else None
    if groups.get("mr1") and month is not None and day is not None:
        since_year = _year(str(groups["yr1"])) if groups.get("yr1") else year
        start = DatePoint(since_year, roman_months()[str(groups["mr1"]).upper()], int(str(groups["d1"])))
        end = DatePoint(year, month, day)
        years = (since_year or 0, year or 0) if since_year and year else (0, 0)
        in_order = (years[0], start.month or 0, start.day or 0) < (years[1], month, day)
        return DateValue.of(start, end) if 1 <= (start.day or 0) <= 31 and in_order else None
    if groups.get("d1"):
        first = int(str(groups["d1"]))
        if day is None or month is None or not 1 <= first < day:
            return None
        return DateValue.of(DatePoint(year, month, first), DatePoint(year, month, day))
    dated = month is not None and (year is not None or day is not None)
    if not dated and not (year is not None and month is None and day is None):
        return None  # a month alone, or a day with no month, is no date
    return DateValue.of(DatePoint(year, month, day))
