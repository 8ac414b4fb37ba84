"""Seasons a translator gives by their months: «весной» as "in March and April".

A season (``seasons`` in ``data/dates.toml``: «весной», «осенью», "in the autumn") covers its months. A
date of one side that names months only (no day) set against a season of the other side that holds every
one of those months is the same time said another way: the date check does not report it as added or
missing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..features.values import DateValue
from ..model import Mention, Segment
from ..resources import data_toml
from .date_parts import phrases

__all__ = ["in_season"]


@functools.cache
def _seasons(language: str) -> tuple[tuple[regex.Pattern[str], frozenset[int]], ...]:
    """One pattern per season of ``language`` (its words, whole) and the months it covers."""
    out = []
    for season in data_toml("dates.toml").get("seasons", ()):
        words = season.get(language, ())
        if words:
            pattern = regex.compile(rf"(?<!\p{{L}})(?:{phrases(words)})(?!\p{{L}})", regex.IGNORECASE)
            out.append((pattern, frozenset(int(m) for m in season["months"])))
    return tuple(out)


def in_season(mention: Mention, segments: Sequence[Segment], language: str) -> bool:
    """Whether ``mention`` names months only (no day) and ``segments`` (the other side, in ``language``)
    name a season that holds every one of them."""
    date = mention.date
    if not isinstance(date, DateValue):
        return False
    months = {end.month for end in date.ends}
    if None in months or any(end.day is not None for end in date.ends):
        return False
    return any(
        months <= covered and any(pattern.search(seg.text) for seg in segments)
        for pattern, covered in _seasons(language)
    )
