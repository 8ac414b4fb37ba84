"""Months named without a day that the translation changes: «в августе» against "in September",
«в начале сентября» against "at the beginning of October".

A month named alone (no day and no year beside it: «в августе», "in September") or with a part of it
(«в начале сентября», "in the first days of July": ``period_parts`` in ``data/dates.toml``) is no date of
its own for the date check. A month alone counts after a word of time (``month_alone_after``: «в», «до»,
"in", "by"). Where both sides of a bead name as many such months, they are paired in order; a pair of two
different months, neither named on the other side, in a passage that gives no date of either month, is
an event the translation has moved to another month (the same part of another month included).

Rule ``date.month_changed`` (major): the evidence is two explicit month names, both parsed; minor where
the two are parts of neighbouring months that touch across their boundary (the end of June, early July).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence

import regex

from ..cache import cached_on_disk
from ..features.dates import month_forms
from ..model import Finding, Mention, Segment, Severity, Span
from ..resources import data_toml
from .date_parts import PeriodPart, phrases

__all__ = ["month_findings"]

#: A month named whole: the share of it a month alone covers.
_WHOLE = (0.0, 1.0)
#: How close to the month's boundary two parts must lie to count as next to each other.
_MARGIN = 0.1


@cached_on_disk("months-alone")
def _pattern(language: str) -> regex.Pattern[str] | None:
    """A month alone after a word of time: the month in group ``m``, no figure right after it."""
    before = data_toml("dates.toml").get(language, {}).get("month_alone_after", ())
    if not before:
        return None
    months = phrases(list(month_forms(language)))
    return regex.compile(
        rf"(?<!\p{{L}})(?:{phrases(before)})\s+(?P<m>{months})(?!\p{{L}})(?!\.?,?\s*\d)", regex.IGNORECASE
    )


def _months_alone(
    segments: Sequence[Segment], language: str, taken: Sequence[Span]
) -> list[tuple[Span, str, int]]:
    """The months ``segments`` name alone (span, words, number), outside dates and parts of periods."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    forms = month_forms(language)
    out = []
    for seg in segments:
        for m in pattern.finditer(seg.text):
            word = m.group("m")
            if language == "en" and not word[:1].isupper():
                continue  # "may", "march": English months are capitalised
            span = seg.raw_span(m.start("m"), m.end("m"))
            if any(span.overlaps(t) for t in taken):
                continue
            out.append((span, word, forms[word.lower().replace("ё", "е")]))
    return out


def _months_named(
    segments: Sequence[Segment], language: str, taken: Sequence[Span], periods: Sequence[PeriodPart]
) -> list[tuple[Span, str, int, tuple[float, float]]]:
    """The months ``segments`` name without a day (span, words, number, the share named), in order of
    the text: alone after a word of time, or with a part of the month and no day («в начале сентября»,
    one of ``periods``, the segments' :func:`.date_parts.period_parts`)."""
    parts = [(p.span, p.text, p.month, p.share) for p in periods if p.month is not None]
    inside = [part[0] for part in parts]
    alone = [(*m, _WHOLE) for m in _months_alone(segments, language, [*taken, *inside])]
    kept = [part for part in parts if not any(part[0].overlaps(x) for x in taken)]
    return sorted([*alone, *kept], key=lambda m: m[0].start)


def _next_to(a: tuple[int, tuple[float, float]], b: tuple[int, tuple[float, float]]) -> bool:
    """Whether two parts of months touch across the months' boundary: the end of June and early July."""
    (m1, s1), (m2, s2) = sorted([a, b], key=lambda x: x[0])
    if (m2 - m1) % 12 == 11:  # December and January
        (m1, s1), (m2, s2) = (m2, s2), (m1, s1)
    elif m2 - m1 != 1:
        return False
    return s1[1] >= 1.0 - _MARGIN and s2[0] <= _MARGIN and (1.0 - s1[0]) + s2[1] <= 1.0


def month_findings(
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    src_text: Sequence[Segment],
    tgt_text: Sequence[Segment],
    languages: tuple[str, str],
    dates: tuple[Sequence[Mention], Sequence[Mention]],
    periods: tuple[Sequence[PeriodPart], Sequence[PeriodPart]],
) -> Iterator[Finding]:
    """The findings of months named without a day on both sides of a bead, another month on each
    (``periods``: the parts of a month or year each side names, :func:`.date_parts.period_parts`)."""
    taken = [[m.span for m in dates[side]] for side in (0, 1)]
    src = _months_named(src_text, languages[0], taken[0], periods[0])
    tgt = _months_named(tgt_text, languages[1], taken[1], periods[1])
    if not src or len(src) != len(tgt):
        return
    dated = {p.month for side in dates for m in side for p in m.date.ends} if dates else set()
    src_months, tgt_months = {m[2] for m in src}, {m[2] for m in tgt}
    for (s_span, s_word, s_month, s_share), (t_span, t_word, t_month, t_share) in zip(src, tgt, strict=True):
        if s_month == t_month or s_month in tgt_months or t_month in src_months:
            continue  # the same month, or months given in another order
        if s_month in dated or t_month in dated:
            continue  # a date of either month in the passage: the month named may be another event's
        near = _next_to((s_month, s_share), (t_month, t_share))
        yield Finding(
            kind="date",
            source=ids[0],
            target=ids[1],
            severity=Severity.MINOR if near else Severity.MAJOR,
            source_evidence=(s_span,),
            target_evidence=(t_span,),
            message=(
                f"The source gives the month {calendar.month_name[s_month]} (“{s_word}”); "
                f"the translation gives {calendar.month_name[t_month]} (“{t_word}”)."
                + (" (Minor: the two lie next to each other across the months' boundary.)" if near else "")
            ),
            rule="date.month_changed",
        )
