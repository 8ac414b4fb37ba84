"""The date rules of a language, in order, as patterns built from its month forms, year words, range
words, ordinal days and endings (``data/months_<lang>.txt``, ``data/dates.toml``): a day, month and year
in words or figures, a range of days or years, a night named by its days, a day and a month in figures
where words mark them as a date («в ночь на 23.6», «с 1 по 15.6.44 г.»), never a clock time or a figure
with its unit. :func:`aligner.features.dates.find_dates` reads a text with them.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ..cache import cached_on_disk
from ..resources import data_toml
from .date_values import month_forms, roman_months
from .numbers import ordinal_words

__all__ = ["DatePatterns", "date_patterns"]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@attrs.frozen
class DatePatterns:
    """The date rules of a language in order; ``months`` finds any month form, a rule's
    ``needs_month`` says it reads one (a rule that reads none needs a digit)."""

    rules: tuple[tuple[str, regex.Pattern[str]], ...]
    months: regex.Pattern[str]
    needs_month: tuple[bool, ...]


@cached_on_disk("date-patterns")
def date_patterns(language: str) -> DatePatterns:
    """The date rules of ``language`` in order, built once (compiling them takes a third of a short
    page's time: they are kept in the disk cache, a compiled pattern pickled as its code)."""
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
    roman = _alternation(list(roman_months()))
    flags = regex.IGNORECASE
    edge = r"(?<![\d\p{L}])"
    after = r"(?![\d\p{L}])"
    rules: list[tuple[str, str]] = []
    either = _alternation(ctx.get("or", ()))
    first_month = rf"(?P<m1>{_alternation(list(month_forms(language)))})\.?"
    dash = r"\s*[-\u2010-\u2015]\s*"
    year_after = rf"(?:,?\s+(?P<y>\d{{4}}){after}{year_word})?"
    alt_day = rf"(?P<da>[0-3]?\d)(?:-?(?:{suffix}))?\s+(?:{either})\s+(?P<d>[0-3]?\d)(?:-?(?:{suffix}))?"
    # 20 или 25 ноября, November 20th or 25th: two dates
    if language == "en":
        rules.append(("date.alternative", rf"{edge}{month}\s+{alt_day}{year_after}{after}"))
    rules.append(("date.alternative", rf"{edge}{alt_day}\s+(?:(?:{of})\s+)?{month}{year_after}(?!\p{{L}})"))
    # в ночь с 3 на 4 мая: the night of May 3-4, a range of two days
    for before, between in ctx.get("night_span", ()):
        night_span = (
            rf"(?<![\p{{L}}\d]){regex.escape(before)}\s+{one_day}\s+{regex.escape(between)}\s+"
            rf"(?P<d>[0-3]?\d)(?:-?(?:{suffix}))?\s+{month}{year_after}(?!\p{{L}})"
        )
        rules.append(("date.night_span", night_span))
    # с 1 на 15 июля: a date moved to another day of the month, two dates
    for before, between in ctx.get("moved", ()):
        moved = (
            rf"(?<![\p{{L}}\d]){regex.escape(before)}\s+(?P<da>[0-3]?\d)(?:-?(?:{suffix}))?\s+"
            rf"{regex.escape(between)}\s+(?P<d>[0-3]?\d)(?:-?(?:{suffix}))?\s+{month}{year_after}(?!\p{{L}})"
        )
        rules.append(("date.alternative", moved))
    # январь-март 1943 г., January-March: a range of months
    rules.append(("date.month_range", rf"{edge}{first_month}{dash}{month}{year_after}(?!\p{{L}})"))
    # с января по март, between January and March: a range of months in words (the opening word required)
    worded = rf"{edge}(?:{since})\s+{first_month}\s+(?:{until})\s+{month}{year_after}(?!\p{{L}})"
    rules.append(("date.month_range", worded))
    # в июле и августе, in July and August: two months next to each other, read as their range
    joined = _alternation(ctx.get("and", ()))
    if joined != "(?!)":
        pair = rf"{edge}{first_month}\s+(?P<pair>{joined})\s+{month}{year_after}(?!\p{{L}})"
        rules.append(("date.month_pair", pair))
    night = _alternation(ctx.get("night", ()))
    if night != "(?!)":
        # в ночь на 23 июня: the night of 22-23 June
        rules.append(("date.night", rf"{edge}(?P<night>{night})\s+{day}\s+{month}{year_after}(?!\p{{L}})"))
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
            # 15.12, с 01.02: a day and a month of two figures each (Russian writes a decimal with a
            # comma); not a clock time («в 10.12»), nor a price or a measure («15.10 руб.»)
            ("date.day_month_figures", rf"{_NOT_CLOCK}(?P<d>[0-2]\d|3[01])\.(?P<mn>0[1-9]|1[0-2]){_NO_UNIT}"),
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
    rules += _figures_rules(ctx, night, since, until, year_word)
    rules += [
        # 14.VII - 18.VII, с 28.VI по 3.VII.50 г.: a range of days with Roman months (a programme's dates)
        (
            "date.roman_range",
            (
                rf"(?<![\d.,/\p{{L}}])(?:(?:{since})\s+)?(?P<d1>[0-3]?\d)\.(?P<mr1>{roman})"
                rf"(?:\.(?P<yr1>\d{{4}}|\d{{2}}))?(?![\p{{L}}\d])\.?\s*(?:[-\u2010-\u2015]|\s(?:{until})\s)\s*"
                rf"(?P<d>[0-3]?\d)\.(?P<mr>{roman})(?:\.(?P<y>\d{{4}}|\d{{2}}))?(?![\p{{L}}\d]|\.\d|[-/]\d)"
                rf"{year_word}"
            ),
        ),
        (
            "date.numeric",
            (
                rf"(?<![\d.,/])(?P<d>[0-3]?\d)\.(?:(?P<mn>[01]?\d)|(?P<mr>{roman}))\.(?P<y>\d{{4}}|\d{{2}})"
                rf"(?![\d]|[.,]\d){year_word}"
            ),
        ),
        # 8/VII-50 г.: a day, a Roman month after a slash, the year after a dash
        (
            "date.slash_roman",
            rf"(?<![\d.,/])(?P<d>[0-3]?\d)/(?P<mr>{roman})-(?P<y>\d{{4}}|\d{{2}})(?![\d]|[.,]\d){year_word}",
        ),
        # 15.VII, 15.VII.: a day and a Roman month without the year (the year is the document's)
        (
            "date.roman_day_month",
            rf"(?<![\d.,/])(?P<d>[0-3]?\d)\.(?P<mr>{roman})(?![\p{{L}}\d]|\.\d|[-/]\d)\.?",
        ),
        # к 24.00 26.6: a day and a month in figures right after a clock time (an order's deadline)
        (
            "date.after_clock",
            (
                rf"(?<={_CLOCK_BEFORE}\s+)(?P<d>[0-3]?\d)\.(?P<mn>0?[1-9]|1[0-2])"
                rf"(?![\d\p{{L}}]|[.,/]\d)"
            ),
        ),
        # 21/XII: a day and a Roman month after a slash, without the year
        (
            "date.slash_roman_day_month",
            rf"(?<![\d.,/])(?P<d>[0-3]?\d)/(?P<mr>{roman})(?![\p{{L}}\d]|[-/.]\d)",
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
                "date.year_range",  # с 1940 по 1950 г., от 1946 до 1948 гг.
                (
                    rf"{edge}(?:{since})\s+(?P<y1>\d{{4}})\s+(?:{until})\s+(?P<y>\d{{4}})"
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
    return DatePatterns(
        tuple((name, regex.compile(p, flags)) for name, p in rules),
        months=regex.compile(month, flags),
        needs_month=tuple("(?P<m>" in p for _, p in rules),
    )


#: No figure, stop or word of a clock time («в», «к», «около») before a day and month in figures, and no
#: date: after a date the figures are its clock time («3.V.52 г. 14.10», «22.6.41 14.10»).
_NOT_CLOCK = (
    r"(?<![\d.,/])(?<!(?<!\p{L})(?:в|во|к|около|ровно|примерно|at)\s+)"
    r"(?<!(?:(?<!\p{L})г\.|\d[./]\d{2,4}|[./][IVX]+[./]\d{2,4})\s+)"
)


#: Nothing after a day and month in figures that makes them a number: a figure, a letter, a unit.
_NO_UNIT = (
    r"(?![\d\p{L}]|[.,/]\d|\s*[%°$€₽]"
    r"|\s+(?:руб|р\.|коп|долл|евро|млн|млрд|тыс|км|кг|см|мм|га|л\.|т\.|г\.|м\.|мин|сек|балл)(?!\p{L}))"
)


def _figures_rules(ctx: dict, night: str, since: str, until: str, year_word: str) -> list[tuple[str, str]]:
    """A day and a month in figures with no year, as a military report writes them, where words mark them
    as a date (the ``figures_*`` lists of dates.toml): «в ночь на 23.6» (a night), «с 1 по 15.6.44 г.» (a
    range), «в течение 24.7», «9.6 в районе …» (an entry's date). A month of two figures counts only after
    a day no clock reads (25.10, not 6.10: ten past six)."""
    cues = _alternation(ctx.get("figures_cues", ()))
    openers = _alternation(ctx.get("figures_openers", ()))
    if cues == "(?!)":
        return []
    measures = [w for unit in data_toml("units.toml").get("unit", ()) for w in unit.get("ru", ())]
    units = _alternation([*ctx.get("figures_not_before", ()), *measures])
    month = r"(?P<mn>[1-9]|(?<=(?<!\d)(?:2[5-9]|3[01])\.)1[0-2])"
    figures = rf"(?P<d>[0-3]?\d)\.{month}(?![\d\p{{L}}]|[.,/]\d|\s*(?:%|(?:{units})(?!\p{{L}})))"
    edge = r"(?<![\p{L}\d.,/])"
    return [
        ("date.night", rf"{edge}(?P<night>{night})\s+{figures}"),
        (
            "date.day_range",
            (
                rf"{edge}(?:{since})\s+(?P<d1>[0-3]?\d)\s+(?:{until})\s+(?P<d>[0-3]?\d)\.(?P<mn>0?[1-9]|1[0-2])"
                rf"(?:\.(?P<y>\d{{4}}|\d{{2}}))?(?![\d\p{{L}}]|[.,/]\d){year_word}"
            ),
        ),
        ("date.cued_day_month", rf"{edge}(?<=(?:{cues})\s+){figures}"),
        ("date.cued_day_month", rf"(?:(?<=^|\n)|(?<=[.!?]\s+))\s*{figures}(?=\s+(?:{openers})\s)"),
    ]


#: A clock time a date in figures may follow ("к 24.00", "в 6:30", "23 ч. 40 м."); a time in figures counts
#: after a preposition of time only ("цена 3.50 12.5 руб." holds no date).
_CLOCK_BEFORE = (
    r"(?:(?<![\p{L}\d])(?:к|в|до|с|по|на|от|после|by|at|until|from)\s+(?:[01]?\d|2[0-4])[.:][0-5]\d"
    r"|(?<![\d.,/])[0-2]?\d\s*ч\.\s*[0-5]?\d\s*м(?:ин)?\.)"
)
