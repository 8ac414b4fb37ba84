"""Plan and reached figures swapped: «27,3 млн. т при плане 26,8 млн. т» given as "26.8 million tons
against a plan of 27.3 million tons". Both figures are on both sides, so the number check pairs them; what
changed is which of them is the plan (``plan_before`` in ``numbers_*.toml``: «при плане», "against a plan
of")."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..model import Mention
from ..resources import data_toml

__all__ = ["plan_figure", "swapped_plan"]

#: How far before a figure its plan words may start (characters, on the figure's line).
_WINDOW = 40


@functools.cache
def _plan_pattern(language: str) -> regex.Pattern[str] | None:
    """The plan words of ``language`` as one pattern anchored at the figure (None when it has none)."""
    words = data_toml(f"numbers_{language}.toml").get("context", {}).get("plan_before", [])
    if not words:
        return None
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})[^\S\n]*+$", regex.IGNORECASE)


def plan_figure(text: str, mentions: Sequence[Mention], language: str) -> Mention | None:
    """The one figure of ``mentions`` the words before it name as the plan's, or None (none, or several)."""
    pattern = _plan_pattern(language)
    if pattern is None:
        return None
    found = [
        m
        for m in mentions
        if m.span.end <= len(text) and pattern.search(text, max(0, m.span.start - _WINDOW), m.span.start)
    ]
    return found[0] if len(found) == 1 else None


def swapped_plan(
    plan_s: Mention | None,
    plan_t: Mention | None,
    src: Sequence[Mention],
    tgt: Sequence[Mention],
) -> bool:
    """Whether the plan's figure of one side is another figure of the other side, and the other way round:
    both sides give the same two figures, but each names the other one the plan."""
    if plan_s is None or plan_t is None:
        return False
    value_s, value_t = plan_s.number.amounts, plan_t.number.amounts
    if value_s == value_t:
        return False
    return any(m.number.amounts == value_s for m in tgt if m is not plan_t) and any(
        m.number.amounts == value_t for m in src if m is not plan_s
    )
