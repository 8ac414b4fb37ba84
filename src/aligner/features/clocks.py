"""Clock times, read as one value in minutes after midnight.

"17:47", "5:47 PM", "11 p.m.", "17 часов 47 минут", "22 ч. 40 м.", "17 час. 30
мин.", "в 13.30" and a time after a date ("4.VI.49 13.30") are each one time,
never two numbers. The hour and minute words, the am/pm marks and the words
that make "13.30" a time come from ``data/numbers_<lang>.toml`` (context).

An English "1 am" or "1 have" that no time word precedes is the OCR slip of
"I am" / "I have" (:func:`pronoun_ones`): no number and no time.
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["Clock", "ClockTime", "clock_times", "pronoun_ones"]

_CLOCK = regex.compile(r"(?<![\d.,:/])(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<m>[0-5]\d)(?![\d]|[.,:]\d)")
_CLOCK_WORDS = regex.compile(r"(?<![\d.,])(?P<h>\d{1,2})\s*(?P<mark>\p{L}[\p{L}.]*)")
# the minutes after the hours, an "and" between or not ("1 hour and 10 minutes", «1 час и 10 минут»)
_MINUTES_AFTER = regex.compile(r",?\s+(?:(?:and|и)\s+)?(?P<m>\d{1,2})\s*(?P<w>\p{L}+)\.?")
_WORD_AFTER = regex.compile(r"\s*([\p{L}][\p{L}.]*)")
_LAST_WORD = regex.compile(r"(\S+)\s+$")
# A numeric date right before a time: 4.VI.49 13.30, 04.06.1949 22.40
_DATE_BEFORE = regex.compile(r"\d{1,2}\.(?:\d{1,2}|[IVX]{1,4})\.\d{2,4}(?:\s*г\.)?")
_HALF_DAY = 12


@attrs.frozen
class Clock:
    """The words of one language around clock times (from ``numbers_<lang>.toml``)."""

    hours: frozenset[str]
    minutes: frozenset[str]
    am: frozenset[str]
    pm: frozenset[str]
    before: frozenset[str]
    pronoun_verbs: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()


@attrs.frozen
class ClockTime:
    """A clock time found in a text: its offsets, minutes after midnight, and the rule that read it."""

    start: int
    end: int
    minutes: int
    rule: str


def _mark(word: str) -> str:
    return word.lower().replace(".", "")


def _twelve_hour(hours: int, mark: str, clock: Clock) -> int:
    pm = mark in {_mark(p) for p in clock.pm}
    return hours % _HALF_DAY + (_HALF_DAY if pm else 0)


def _decimal_is_time(text: str, start: int, clock: Clock) -> bool:
    """Whether "13.30" at ``start`` is a time: after "в", "к" … or right after a date."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in clock.before:
        return True
    window = text[max(0, start - 16) : start].rstrip()
    return any(m.end() == len(window) for m in _DATE_BEFORE.finditer(window))


_PRONOUN_ONE = regex.compile(r"(?<![\d\p{L}.,:/-])1\s+(\p{Ll}+)(?=\s+\p{Ll})")


def pronoun_ones(text: str, clock: Clock) -> list[tuple[int, int]]:
    """The spans of "1" standing for the pronoun "I" (an OCR slip: "1 am able", "1 have received")."""
    if not clock.pronoun_verbs:
        return []
    out = []
    for m in _PRONOUN_ONE.finditer(text):
        if m.group(1) not in clock.pronoun_verbs:
            continue
        before = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
        if before is not None and before.group(1).lower().strip(",") in clock.time_words:
            continue  # "at 1 am on Monday" is a time
        out.append((m.start(), m.start() + 1))
    return out


def clock_times(text: str, clock: Clock) -> list[ClockTime]:
    """Every clock time in ``text``, in order, none overlapping another."""
    marks = {_mark(w) for w in clock.am | clock.pm}
    ones = pronoun_ones(text, clock)
    items = []
    for m in _CLOCK.finditer(text):
        hours, minutes = int(m.group("h")), int(m.group("m"))
        end = m.end()
        after = _WORD_AFTER.match(text, end)
        mark = _mark(after.group(1)) if after else ""
        if m.group("sep") == "." and mark not in marks and not _decimal_is_time(text, m.start(), clock):
            continue  # 13.30 is a decimal unless "в 13.30"
        if mark in marks and after is not None:
            if hours <= _HALF_DAY:
                hours = _twelve_hour(hours, mark, clock)
            # else a 24-hour time with a needless mark ("at 13:30 p.m."): the hour stands as written
            end = after.end()
        items.append(ClockTime(m.start(), end, hours * 60 + minutes, "number.clock"))
    for m in _CLOCK_WORDS.finditer(text):
        if any(a <= m.start() < b for a, b in ones):
            continue
        mark = _mark(m.group("mark"))
        hours = int(m.group("h"))
        if mark in marks and 1 <= hours <= _HALF_DAY:
            minutes = _twelve_hour(hours, mark, clock) * 60
            items.append(ClockTime(m.start(), m.end(), minutes, "number.clock"))
            continue
        if mark in clock.hours and hours <= 24:
            rest = _MINUTES_AFTER.match(text, m.end())
            if rest and rest.group("w").lower() in clock.minutes and int(rest.group("m")) < 60:
                minutes = hours * 60 + int(rest.group("m"))
                items.append(ClockTime(m.start(), rest.end(), minutes, "number.clock_words"))
    items.sort(key=lambda it: (it.start, -it.end))
    out: list[ClockTime] = []
    for it in items:
        if not out or it.start >= out[-1].end:
            out.append(it)
    return out
