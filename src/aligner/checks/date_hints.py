"""Why a date with no counterpart may still be rendered: the other side names a day relative to the
document («вчера»), gives the day and month in figures with no year ("9/11"), or gives part of the
date (its month by name, its day alone); and the words that name a part of the day ("evening",
«утром»), which a translator may give for a clock time. The date and number checks word their
minor notes with these."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..features.dates import month_forms
from ..features.values import DateValue
from ..model import Mention, Segment
from ..resources import data_toml
from ..tokens import word_pattern
from .date_parts import phrases

__all__ = ["day_part", "other_side_hint"]


def _date(value: object) -> DateValue | None:
    """A mention's date value (a :class:`DateValue`, or its ISO form written by hand)."""
    return value if isinstance(value, DateValue) else DateValue.parse(str(value))


@functools.cache
def _words_pattern(language: str, key: str) -> regex.Pattern[str] | None:
    """The words of list ``key`` (``relative_days``, ``day_parts``) of ``language`` in dates.toml."""
    words = data_toml("dates.toml").get(language, {}).get(key, ())
    if not words:
        return None
    return regex.compile(rf"(?<!\p{{L}})(?:{phrases(words)})(?!\p{{L}})", regex.IGNORECASE)


def _first_of(segments: Sequence[Segment], language: str, key: str) -> str:
    pattern = _words_pattern(language, key)
    if pattern is None:
        return ""
    for seg in segments:
        m = pattern.search(seg.text)
        if m:
            return " ".join(m.group().split())
    return ""


def _relative_day(segments: Sequence[Segment], language: str) -> str:
    """The first word of ``segments`` naming a day relative to the document's date («вчера»), or ""."""
    return _first_of(segments, language, "relative_days")


def day_part(segments: Sequence[Segment], language: str) -> str:
    """The first words of ``segments`` naming a part of the day ("evening", «утром»), or "": a translator
    may give a clock time so."""
    return _first_of(segments, language, "day_parts")


#: A day of the month as a translator may give it alone, as an ordinal: "the 16th", "16-го" (a bare
#: "31" may be a count).
_DAY = regex.compile(
    r"(?<![\p{L}\d.,:/-])(\d{1,2})(?:st|nd|rd|th|-?го)(?!\p{L}|\d|[.,:/-]\d|\s*(?:час|ч\.|h\b|%|a\.m|p\.m))"
)
#: Runs of letters (:func:`aligner.tokens.tokens`, no joiners, no marks).
_WORD = word_pattern(joiners="", marks=False)


def _partial(mention: Mention, segments: Sequence[Segment], language: str) -> str:
    """Words of ``segments`` giving part of ``mention``'s date (its month by name, or its day alone:
    "the end of May", "on the 16th"), or ""; an English month name counts capitalised ("May", not "may")."""
    date = _date(mention.value)
    if date is None or len(date.ends) != 1:
        return ""
    end = date.ends[0]
    months = month_forms(language)
    for seg in segments:
        if end.month is not None:
            for m in _WORD.finditer(seg.text):
                word = m.group()
                if language == "en" and not word[:1].isupper():
                    continue
                if months.get(word.lower().replace("ё", "е")) == end.month:
                    return word
        if end.day is not None:
            for m in _DAY.finditer(seg.text):
                if int(m.group(1)) == end.day:
                    return m.group()
    return ""


def other_side_hint(mention: Mention, segments: Sequence[Segment], language: str) -> str:
    """Why a date with no counterpart may still be rendered, as words for the message ("" if nothing
    says so): the other side names a day relative to the document («вчера») or gives part of the date."""
    relative = _relative_day(segments, language)
    if relative:
        return f"says “{relative}”, which may name the same day"
    figures = _in_figures(mention, segments)
    if figures:
        return f"gives “{figures}”, which may be the same day and month in figures"
    part = _partial(mention, segments, language)
    return f"gives “{part}”, which may be part of the same date" if part else ""


#: A day and a month in figures with no year, either first ("9/11", "11.09"): no date the features
#: read alone (it may as well be a fraction, a ratio or a score), but a rendering of one beside it.
_DAY_MONTH = regex.compile(r"(?<![\d/.,:])(\d{1,2})[/.](\d{1,2})(?![\d/]|[.,:]\d)")


def _in_figures(mention: Mention, segments: Sequence[Segment]) -> str:
    """Figures of ``segments`` giving ``mention``'s day and month with no year ("9/11" for «11
    сентября»), or ""."""
    date = _date(mention.value)
    if date is None or len(date.ends) != 1 or date.ends[0].month is None or date.ends[0].day is None:
        return ""
    wanted = {(date.ends[0].month, date.ends[0].day), (date.ends[0].day, date.ends[0].month)}
    for seg in segments:
        for m in _DAY_MONTH.finditer(seg.text):
            if (int(m.group(1)), int(m.group(2))) in wanted:
                return m.group()
    return ""
