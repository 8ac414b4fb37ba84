"""The ``number`` check: numbers that differ between the original and the translation.

Within each bead the numbers of the source and of the translation are compared
as multisets of values: "2х" and "two" are both 2, "третий" and "3rd" both 3,
"25-35" and "25 to 35" both the range 25-35, "1 000" and "1,000" both 1000,
"50 тыс." and "50,000" both 50000, "17 часов 47 минут", "17:47" and
"5:47 PM" one clock time. A range is compared as a range ("0,3-0,6" against
"0.3-0.5" is a finding), but "3-4" matches "3 or 4".

Rules, in the order they apply:

- ``number.changed`` / ``number.range_mismatch`` (critical): a number whose
  counterpart has another value (major when both are approximate; minor, with
  the reason, when only one side qualifies it or when one side reads as an
  ordinal, a fraction or a year and the other as a count; "over" before the
  length of a period the other side gives with «в течение» is no bound). A changed
  number is set against the counterpart of its own kind, not a year or an ordinal beside it.
- ``number.unit_changed`` (major): the same figure counted in another unit of one dimension ("9 тыс.
  центнеров" against "9,000 tons", "14 млн. тугриков" against "14 million rubles"; ``units.toml``).
- ``number.misconverted`` (major): a conversion in brackets after a figure that does not agree with it
  ("3,600 hectares (about 12,000 acres)"); one that agrees is no number of its own.
- ``number.plan_swapped`` (major): each side names as the plan the figure the other gives as reached.
- ``number.bound_reversed`` (major): the same figure bounded from below on one side and from above on
  the other («не менее 30» against "no more than 30"; minor for a word loose about its direction,
  «почти», «до»; :mod:`._bounds`).
- ``number.approximation`` (minor): the same value, approximate on one side
  only ("около 30" against "30").
- ``number.missing`` / ``number.added`` (major): a number with no counterpart
  (minor, with the reason, when it is a small number written as a word). Where one side gives a
  figure twice and the other once, the lone one is the one away from the other side's place.

Reference numbers ("№ 481/ш", "лл. 104-105" also when a segment boundary
falls after "лл."), designations ("F-96"), enumerators ("1.") and footnote
marks ("[43]", "memorandum,2") and the figure of a rank read as a title ("капитан 2-го ранга",
"Commander") are never compared; numbers of a dispatch or date
line ("Отправлено 22.X.45 г. 19 ч. 40 м.") are compared but never reported
alone; a clock time split by a segment boundary is read as one; "двое суток"
also stands for 48 (hours); a number the other side reads as a year, a day of a date
or a reference number counts as matched, and so does a clock time the other
side names by a word ("к 24.00" = "by midnight"). Words that are often no number or
only imply one ("one", "один", "both", "сутки", "двухэтажный") pair with
numbers but are never reported alone. Numbers inside dates are the date
check's business.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..config import Config
from ..model import SOURCE, TARGET, Bead, Finding, Mention, Segment, Severity
from . import CheckContext
from ._bounds import number_reversal
from ._figures import GLOSS_REASON, hedged_beads, in_gloss, named_time
from ._number_glosses import growth_findings, misconverted, plan_swap, without_conversions
from ._number_pairs import absorbed, closest, lone_by_place, pair_exact, ranges_as_singles, rounded_shares
from ._number_severity import (
    changed_severity,
    lone_severity,
    one_unit_restated,
    qualifier,
    time_in_other_units,
)
from ._number_sides import collect, dates_of
from ._number_text import describe as _describe
from ._number_text import number_finding as _finding
from ._number_text import quote as _quote
from ._number_text import value_words as _value
from ._ordinals import renumbered
from ._units import names_a_share, other_units, percent_and_points, same_in_units, same_quantity, units_named

__all__ = ["check_number", "IGNORED_FAMILIES"]

#: Number families the check never compares (they only absorb a lone number of the other side).
IGNORED_FAMILIES = frozenset(("reference", "enumerator", "footnote"))


#: Unpaired numbers a side of one bead may hold before the check stops pairing them one by one.
_MAX_UNPAIRED = 200


def _too_many(
    ids: tuple[tuple[str, ...], tuple[str, ...]], src: list[Mention], tgt: list[Mention]
) -> Finding:
    """One finding for a passage with too many differing numbers to pair (a table, a garbled run)."""
    return _finding(
        *ids,
        Severity.MINOR,
        "number.too_many",
        (
            f"This passage holds {len(src):,} numbers in the source and {len(tgt):,} in the translation "
            "that do not match; too many to pair one by one (a table or a garbled run?): "
            "compare it by hand."
        ),
        (src[0],),
        (tgt[0],),
    )


def check_number(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report numbers of a bead that differ between the source and the translation."""
    return hedged_beads(context, _bead_findings)


def _bead_findings(
    context: CheckContext, bead: Bead, src_text: list[Segment], tgt_text: list[Segment]
) -> Iterator[Finding]:
    """The findings of one bead (both sides hold running text)."""
    features = context.features
    if not any((f := features.get(seg.id)) is not None and f.numbers for seg in (*src_text, *tgt_text)):
        return  # no number on either side: nothing to pair
    src_side = collect(context, src_text, dates_of(context, tgt_text))
    tgt_side = collect(context, tgt_text, dates_of(context, src_text))
    if not src_side.mentions and not tgt_side.mentions:
        return
    src, tgt, pairs = pair_exact(
        src_side.mentions, tgt_side.mentions, src_side.alternatives, tgt_side.alternatives
    )
    ids = (bead.source, bead.target)
    for s, t in pairs:
        units = None if s.number.weak or t.number.weak else _other_units(context, s, t, (src_text, tgt_text))
        if units is not None:  # "9 тыс. центнеров" as "9,000 tons": the figure kept, the unit changed
            yield _finding(*ids, units[1], "number.unit_changed", units[0], (s,), (t,))
            continue
        turned = None if s.number.weak or t.number.weak else number_reversal(context, ids, s, t)
        if turned is not None:  # «не менее 30» as "no more than 30": one figure, the bound reversed
            yield turned
            continue
        kinds = (qualifier(context, SOURCE, s), qualifier(context, TARGET, t))
        if s.number.weak or t.number.weak or sorted(kinds) != ["", "approximate"]:
            continue  # "более 30" against "30" is left alone: translators round bounds freely
        approx, exact = ("source", "translation") if kinds[0] else ("translation", "source")
        yield _finding(
            *ids,
            Severity.MINOR,
            "number.approximation",
            (
                f"The {approx} gives {_value(s)} as an approximate number; the {exact} as an "
                f"exact one (source “{_quote(context, 'source', s)}”, translation "
                f"“{_quote(context, 'target', t)}”)."
            ),
            (s,),
            (t,),
        )
    yield from plan_swap(context, ids, src_side.mentions, tgt_side.mentions)
    ranges_as_singles(src, tgt, src_side.alternatives)
    ranges_as_singles(tgt, src, tgt_side.alternatives)
    times_s = [m for m in src if m.number.multiplier]
    times_t = [m for m in tgt if m.number.multiplier]
    if len(times_s) == len(times_t) == 1:  # в три раза against "four times": a changed multiplier
        severity, reason = changed_severity(context, times_s[0], times_t[0])
        yield _finding(
            *ids,
            severity,
            "number.changed",
            (
                f"The source gives {_describe(context, 'source', times_s[0])}; "
                f"the translation gives {_describe(context, 'target', times_t[0])}{reason}."
            ),
            (times_s[0],),
            (times_t[0],),
        )
    rounded_shares(src, tgt, src_side.alternatives, tgt_side.alternatives)  # «треть» and 33%
    changed = renumbered(src, tgt, context.target_text)
    if changed is not None:  # «I Балтийский отдел» as "the Second …": the term check reports it
        src.remove(changed[0])
    src = [m for m in absorbed(src, tgt_side.absorbing(src_side)) if not m.number.weak]
    tgt = [m for m in absorbed(tgt, src_side.absorbing(tgt_side)) if not m.number.weak]
    src = without_conversions(context, SOURCE, src, src_side.mentions)
    tgt = without_conversions(context, TARGET, tgt, tgt_side.mentions)
    yield from misconverted(context, ids, tgt, tgt_side.mentions)
    if len(times_s) == 1 and not times_t:  # «в 1,5 раза» as "by 50 per cent"
        yield from growth_findings(context, ids, times_s[0], TARGET, tgt)
    if len(times_t) == 1 and not times_s:
        yield from growth_findings(context, ids, times_t[0], SOURCE, src)
    if len(src) > _MAX_UNPAIRED and len(tgt) > _MAX_UNPAIRED:  # a guard: pairing below is quadratic
        yield _too_many(ids, src, tgt)
        return
    for s in list(src):
        if not tgt:
            break
        t = closest(s, tgt, src_text, tgt_text)
        tgt.remove(t)
        src.remove(s)
        if _converted(context, s, t):  # "130 км" as "some 80 miles": one distance in other units
            continue
        ranged = s.number.is_range or t.number.is_range
        severity, reason = changed_severity(context, s, t)
        yield _finding(
            *ids,
            severity,
            "number.range_mismatch" if ranged else "number.changed",
            (
                f"The source gives {_describe(context, 'source', s)}; "
                f"the translation gives {_describe(context, 'target', t)}{reason}."
            ),
            (s,),
            (t,),
        )
    # a clock time the other side names by a word ("к 24.00" as "by midnight") is rendered
    src = [m for m in src if m not in src_side.quiet and not named_time(m, tgt_text, context.target.language)]
    tgt = [m for m in tgt if m not in tgt_side.quiet and not named_time(m, src_text, context.source.language)]
    if len(src) + len(tgt) == 1:  # "a week" as «семь дней»: one unit restated in smaller ones
        src = [m for m in src if not one_unit_restated(context, SOURCE, m, tgt_text)]
        tgt = [m for m in tgt if not one_unit_restated(context, TARGET, m, src_text)]
    src = lone_by_place(src, pairs, 0, (src_text, tgt_text))  # «500 … 500» as "… 500": which 500 is lone
    tgt = lone_by_place(tgt, pairs, 1, (src_text, tgt_text))
    for s in src:
        severity, reason = lone_severity(s, tgt_text, context.target.language)
        severity, reason = time_in_other_units(context, SOURCE, s, tgt_text, (severity, reason))
        yield _finding(
            *ids,
            severity,
            "number.missing",
            (
                f"The source gives {_describe(context, 'source', s)}; "
                f"the translation has no such number here{reason}."
            ),
            (s,),
        )
    for t in tgt:
        severity, reason = lone_severity(t, src_text, context.source.language)
        severity, reason = time_in_other_units(context, TARGET, t, src_text, (severity, reason))
        if severity is Severity.MAJOR and in_gloss(context.target_text, t.span):
            severity, reason = Severity.MINOR, GLOSS_REASON
        yield _finding(
            *ids,
            severity,
            "number.added",
            (
                f"The translation gives {_describe(context, 'target', t)}; "
                f"the source has no such number here{reason}."
            ),
            (),
            (t,),
        )


def _converted(context: CheckContext, s: Mention, t: Mention) -> bool:
    """Whether a pair of plain figures gives one quantity in two units ("130 км", "80 miles")."""
    if s.number.is_range or t.number.is_range:
        return False
    src, tgt = context.source_text, context.target_text
    if s.span.end <= len(src) and t.span.end <= len(tgt):
        units_s = units_named(src, s.span.start, s.span.end, context.source.language)[0]
        units_t = units_named(tgt, t.span.start, t.span.end, context.target.language)[0]
        if same_in_units(float(s.number.low), units_s, float(t.number.low), units_t):
            return True  # «100 млн. пудов» as "1.6 million tons": the unit past the scale word
    return same_quantity(
        float(s.number.low),
        _quote(context, SOURCE, s),
        context.source.language,
        float(t.number.low),
        _quote(context, TARGET, t),
        context.target.language,
    )


def _other_units(
    context: CheckContext, s: Mention, t: Mention, segments: tuple[Sequence[Segment], Sequence[Segment]]
) -> tuple[str, Severity] | None:
    """What to say of a pair of equal figures that count different units of one dimension ("9 тыс.
    центнеров" and "9,000 tons"), and how much it matters; None when they count one unit, or either names
    none. Per cent against percentage points is minor where either side (``segments``) speaks of a share."""
    src, tgt = context.source_text, context.target_text
    if s.span.end > len(src) or t.span.end > len(tgt):
        return None
    units_s, *where_s = units_named(src, s.span.start, s.span.end, context.source.language)
    units_t, *where_t = units_named(tgt, t.span.start, t.span.end, context.target.language)
    units = other_units(units_s, units_t)
    if units is None:
        return None
    quote_s, quote_t = (" ".join(text[a:b].split()) for text, (a, b) in ((src, where_s), (tgt, where_t)))
    message = (
        f"The source gives {_value(s)} {units[0]} (“{quote_s}”); the translation gives the same "
        f"figure in {units[1]} (“{quote_t}”)"
    )
    if percent_and_points(units_s, units_t) and (
        any(names_a_share(seg.text, context.source.language) for seg in segments[0])
        or any(names_a_share(seg.text, context.target.language) for seg in segments[1])
    ):
        return f"{message}{_SHARE_REASON}.", Severity.MINOR
    return f"{message}.", Severity.MAJOR


#: Why per cent against percentage points of a share is minor (ends the message).
_SHARE_REASON = " (of a share, where a change in per cent is often meant in points: perhaps no discrepancy)"
