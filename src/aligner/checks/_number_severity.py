"""How much a number the number check reports matters, and why it matters less when it does: a changed
number is critical when both sides give a plain value of one kind, major when both call it approximate or
one writes it with letters among its figures (an OCR misreading), minor when one side alone qualifies it
or reads it as another kind of number; a lone number is major in figures, minor when it is a small number
written as a word, a decade, a clock time the other side names by a part of the day, or a period the
other side gives in other units of time. The findings are :mod:`aligner.checks.number`'s.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..features.numbers import approximation, figure_garbles
from ..model import SOURCE, TARGET, Mention, Segment, Severity
from ..resources import data_toml
from ..tokens import word_pattern
from . import CheckContext
from ._figures import figure_kind
from ._number_pairs import COMPATIBLE
from ._number_sides import is_decade
from ._number_text import quote as _quote
from .date_hints import day_part

__all__ = ["changed_severity", "lone_severity", "qualifier", "time_in_other_units", "time_units"]


def qualifier(context: CheckContext, side: str, mention: Mention) -> str:
    """ "approximate", "bound" or "" for the words before a number in the original text."""
    text = context.source_text if side == SOURCE else context.target_text
    language = context.source.language if side == SOURCE else context.target.language
    if language not in ("ru", "en") or mention.span.start > len(text):
        return "approximate" if mention.number.approximate else ""
    # сотни две, полтора десятка: approximate by their form, with no word before them
    by_form = "approximate" if mention.number.approximate else ""
    return approximation(text, mention.span.start, language) or by_form


_KIND_WORDS = {"ordinal": "an ordinal", "fraction": "a fraction", "year": "a year", "time": "a clock time"}


def changed_severity(context: CheckContext, s: Mention, t: Mention) -> tuple[Severity, str]:
    """How much a changed number matters, and why it matters less when it does.

    Critical when both sides give a plain value of one kind; major when both
    call it approximate; minor, with the reason, when one side reads as an
    ordinal, a fraction or a year and the other does not, or when only one side
    qualifies it ("более сотни" against "a hundred").
    """
    ks, kt = figure_kind(s), figure_kind(t)
    if kt not in COMPATIBLE[ks]:
        what = _KIND_WORDS.get(ks) or _KIND_WORDS.get(kt) or "another kind of number"
        return Severity.MINOR, f" (one side reads as {what}, the other not: perhaps no discrepancy)"
    garbled = _garbled(context, SOURCE, s) or _garbled(context, TARGET, t)
    if garbled:
        return Severity.MAJOR, garbled
    kinds = (qualifier(context, SOURCE, s), qualifier(context, TARGET, t))
    if s.number.approximate and t.number.approximate:
        return Severity.MAJOR, ""
    if _period_bound(context, SOURCE, s, t) or _period_bound(context, TARGET, t, s):
        return Severity.CRITICAL, ""  # «в течение 10 лет» as "over twelve years": two periods
    if any(kinds) and not all(kinds):
        return Severity.MINOR, " (only one side qualifies the number as approximate or a bound)"
    return Severity.CRITICAL, ""


def _garbled(context: CheckContext, side: str, mention: Mention) -> str:
    """Why a changed number may be a misreading: the side writes it with letters among its figures
    ("l.800", «З0»), so the figure was typed or read by OCR with slips and another may be misread too."""
    text, _ = _side_text(context, side)
    shown = mention.span.of(text) if mention.span.end <= len(text) else mention.text
    garble = next(figure_garbles(shown), None)
    if garble is None:
        return ""
    who = "source" if side == SOURCE else "translation"
    figure = shown[garble[0] : garble[1]]
    return f" (the {who} writes “{figure}” with letters among its figures: it may be an OCR misreading)"


def _period_bound(context: CheckContext, side: str, mine: Mention, other: Mention) -> bool:
    """Whether ``mine`` is qualified only by a bound that also gives the length of a period ("over
    twelve years") while ``other`` has a period word before it («в течение 10 лет»): no bound, a period."""
    if qualifier(context, side, mine) != "bound":
        return False
    other_side = TARGET if side == SOURCE else SOURCE
    if qualifier(context, other_side, other):
        return False
    mine_text, mine_lang = _side_text(context, side)
    other_text, other_lang = _side_text(context, other_side)
    return _before(mine_text, mine.span.start, mine_lang, "period_bounds") and _before(
        other_text, other.span.start, other_lang, "periods"
    )


def _side_text(context: CheckContext, side: str) -> tuple[str, str]:
    if side == SOURCE:
        return context.source_text, context.source.language
    return context.target_text, context.target.language


def _before(text: str, start: int, language: str, key: str) -> bool:
    """Whether a phrase of ``key`` (``[context]`` of numbers_<lang>.toml) ends right before ``start``."""
    if start > len(text):
        return False
    words = data_toml(f"numbers_{language}.toml").get("context", {}).get(key, ())
    window = " ".join(text[max(0, start - 40) : start].lower().split())
    return any(window == w or window.endswith(" " + w) for w in words)


def time_in_other_units(
    context: CheckContext,
    side: str,
    mention: Mention,
    others: Sequence[Segment],
    judged: tuple[Severity, str],
) -> tuple[Severity, str]:
    """``judged`` made minor for a count of a unit of time ("30 дней") when the other side names
    another unit of time ("in the first month"): perhaps the same period in other units."""
    if judged[0] is not Severity.MAJOR:
        return judged
    unit, units = _counted_unit(context, side, mention)
    if unit is None:
        return judged
    for seg in others:
        for word in _WORDS.findall(seg.text.lower()):
            named = units.get(word)
            if named is not None and named != unit:
                return Severity.MINOR, (
                    f" (a period of time; the other side says “{word}”, which may give it in other units)"
                )
    return judged


def one_unit_restated(context: CheckContext, side: str, mention: Mention, others: Sequence[Segment]) -> bool:
    """Whether ``mention`` counts a unit of time that makes up exactly one of a larger unit the other
    side names (``time_unit_lengths`` of ``dates.toml``): «в течение недели» given as "within seven
    days" restates the week, no number changed."""
    if mention.number.is_range:
        return False
    unit, units = _counted_unit(context, side, mention)
    if unit is None:
        return False
    lengths = data_toml("dates.toml").get("time_unit_lengths", {})
    value = float(mention.number.low)
    for seg in others:
        for word in _WORDS.findall(seg.text.lower()):
            length = lengths.get(units.get(word, ""))
            if length is not None and length[1] == unit and float(length[0]) == value:
                return True
    return False


def _counted_unit(context: CheckContext, side: str, mention: Mention) -> tuple[str | None, dict[str, str]]:
    """The unit of time ``mention`` counts ("30 дней": day), if any, and the other side's units of time."""
    language = context.source.language if side == SOURCE else context.target.language
    other_language = context.target.language if side == SOURCE else context.source.language
    words = _quote(context, side, mention).lower().split()
    unit = next((u for w in words if (u := time_units(language).get(w))), None)
    return unit, time_units(other_language)


@functools.cache
def time_units(language: str) -> dict[str, str]:
    """Each form of a unit of time in ``language`` (``time_units`` of ``dates.toml``), with its unit."""
    table = data_toml("dates.toml").get(language, {}).get("time_units", {})
    return {form: unit for unit, forms in table.items() for form in forms}


#: Runs of letters (:func:`aligner.tokens.tokens`, no joiners, no marks).
_WORDS = word_pattern(joiners="", marks=False)


#: A number written in words below this, with no counterpart, is weak evidence (see :func:`lone_severity`).
_SMALL_WORD_NUMBER = 100


def lone_severity(
    mention: Mention, others: Sequence[Segment] = (), language: str = ""
) -> tuple[Severity, str]:
    """How much a number with no counterpart matters.

    Major when it is written with digits. A small number written as a word
    ("two", «три») is minor: translators write such words for what the other
    language says without a numeral («оба» as "the two sides", «пара», «тройка»,
    a dual or a compound), so a lone one is a reason to look, not evidence. A clock
    time is minor when the other side (``others``, in ``language``) names the part
    of the day instead ("в 18 часов" as "in the evening"); so is a decade ("the 2000s"),
    which the other side may say in words.
    """
    part = day_part(others, language) if mention.number.clock and others else ""
    if part:
        return Severity.MINOR, f" (a clock time; the other side says “{part}”, which may render it)"
    if is_decade(mention):
        return Severity.MINOR, _DECADE_REASON
    if any(ch.isdigit() for ch in mention.text) or mention.number.high >= _SMALL_WORD_NUMBER:
        return Severity.MAJOR, ""
    return Severity.MINOR, _WORD_REASON


#: Why a lone decade is minor (ends the message).
_DECADE_REASON = " (a decade, which the other side may say in words: «в нулевые», “in the noughties”)"


#: Why a small lone number written as a word is minor (ends the message).
_WORD_REASON = " (written as a word, which often renders a word that is no numeral: perhaps no discrepancy)"
