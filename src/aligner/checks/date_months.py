"""Months named alone that the translation changes: «в августе» against "in September".

A month named alone (no day and no year beside it: «в августе», "in September") is no date of its own
for the date check. Where one side of a bead names exactly one month alone after a word of time
(``month_alone_after`` in ``data/dates.toml``: «в», «до», "in", "by"), the other side names exactly one
month alone, another one, and neither side gives a date in either month, the translation has moved the
event to another month.

Rule ``date.month_changed`` (major): the evidence is two explicit month names, both parsed.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Iterator, Sequence

import regex

from ..features.dates import month_forms
from ..model import Finding, Mention, Segment, Severity, Span
from ..resources import data_toml
from .date_parts import period_parts, phrases

__all__ = ["month_findings"]


@functools.cache
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


def month_findings(
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    src_text: Sequence[Segment],
    tgt_text: Sequence[Segment],
    languages: tuple[str, str],
    dates: tuple[Sequence[Mention], Sequence[Mention]],
) -> Iterator[Finding]:
    """The finding of a month named alone on both sides of a bead, another month on each."""
    taken = [
        [m.span for m in dates[side]] + [p.span for p in period_parts(text, languages[side])]
        for side, text in enumerate((src_text, tgt_text))
    ]
    src = _months_alone(src_text, languages[0], taken[0])
    if len(src) != 1:
        return
    tgt = _months_alone(tgt_text, languages[1], taken[1])
    if len(tgt) != 1 or src[0][2] == tgt[0][2]:
        return
    dated = {p.month for side in dates for m in side for p in m.date.ends} if dates else set()
    if src[0][2] in dated or tgt[0][2] in dated:
        return  # a date of either month in the passage: the month alone may be another event's
    (s_span, s_word, s_month), (t_span, t_word, t_month) = src[0], tgt[0]
    yield Finding(
        kind="date",
        source=ids[0],
        target=ids[1],
        severity=Severity.MAJOR,
        source_evidence=(s_span,),
        target_evidence=(t_span,),
        message=(
            f"The source gives the month {calendar.month_name[s_month]} (“{s_word}”); "
            f"the translation gives {calendar.month_name[t_month]} (“{t_word}”)."
        ),
        rule="date.month_changed",
    )
