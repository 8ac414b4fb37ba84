"""Figures the number check reads beside their counterparts: a conversion in brackets after a figure
("430 hectares (1,063 acres)"), right or wrong; plan and fulfilment swapped; growth as a multiplier on one
side and a percentage on the other («в 1,4 раза» as "by 40 per cent")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..features.numbers import format_value
from ..model import SOURCE, TARGET, Finding, Mention, Severity
from . import CheckContext
from ._growth import growth_reading
from ._number_text import describe, number_finding, quote
from ._plan_roles import plan_figure, swapped_plan
from ._units import misconverted_in_brackets, restated_in_brackets, units_named

__all__ = ["growth_findings", "misconverted", "plan_swap", "without_conversions"]


def plan_swap(
    context: CheckContext,
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    src: Sequence[Mention],
    tgt: Sequence[Mention],
) -> Iterator[Finding]:
    """A finding when each side names as the plan the figure the other side gives as reached
    («27 млн. т при плане 26 млн. т» as "26 million tons against a plan of 27 million")."""
    src = [m for m in src if not m.number.weak]
    tgt = [m for m in tgt if not m.number.weak]
    plan_s = plan_figure(context.source_text, src, context.source.language)
    plan_t = plan_figure(context.target_text, tgt, context.target.language)
    if plan_s is None or plan_t is None or not swapped_plan(plan_s, plan_t, src, tgt):
        return
    yield number_finding(
        *ids,
        Severity.MAJOR,
        "number.plan_swapped",
        (
            f"The source gives {describe(context, SOURCE, plan_s)} as the plan; the translation gives "
            f"{describe(context, TARGET, plan_t)} as the plan, and the source's plan as the figure "
            "reached: plan and fulfilment are swapped."
        ),
        (plan_s,),
        (plan_t,),
    )


def growth_findings(
    context: CheckContext,
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    times: Mention,
    side: str,
    lone: list[Mention],
) -> Iterator[Finding]:
    """Take from ``lone`` (the numbers of ``side`` left unpaired) the percentage that renders the other
    side's multiplier ``times``: silently when it gives the growth ("в 1,5 раза" as "by 50 per cent"),
    with a minor finding when it gives the whole ("2.3 times" as "230 per cent", read as well as
    230 per cent more)."""
    text = context.source_text if side == SOURCE else context.target_text
    language = context.source.language if side == SOURCE else context.target.language
    for m in lone:
        if m.span.end > len(text):
            continue
        if "percent" not in units_named(text, m.span.start, m.span.end, language)[0]:
            continue
        reading = growth_reading(times, m)
        if reading is None:
            continue
        lone.remove(m)
        if reading == "of":
            s, t = (times, m) if side == TARGET else (m, times)
            yield number_finding(
                *ids,
                Severity.MINOR,
                "number.growth_as_percent",
                (
                    f"The source gives {describe(context, SOURCE, s)}; the translation gives "
                    f"{describe(context, TARGET, t)}: the same figure if the percentage is of the old "
                    "amount, one time more if it is the growth (check which the text means)."
                ),
                (s,),
                (t,),
            )
        return


def misconverted(
    context: CheckContext,
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    lone: list[Mention],
    mentions: Sequence[Mention],
) -> Iterator[Finding]:
    """A finding for each figure of ``lone`` (the translation's, left unpaired) that converts the figure
    before it into another unit in brackets, wrongly ("3,600 hectares (about 12,000 acres)"), taken from
    ``lone``: a conversion that is off, not a figure the source lacks."""
    text, language = context.target_text, context.target.language
    ordered = sorted(mentions, key=lambda m: m.span.start)
    for before, figure in zip(ordered, ordered[1:], strict=False):
        if (
            figure not in lone
            or before.number.is_range
            or figure.number.is_range
            or figure.span.end > len(text)
        ):
            continue
        quote_b, quote_f = quote(context, TARGET, before), quote(context, TARGET, figure)
        expected = misconverted_in_brackets(
            text,
            (float(before.number.low), quote_b, before.span.end),
            (float(figure.number.low), quote_f, figure.span.start),
            language,
        )
        if expected is None:
            continue
        lone.remove(figure)
        yield number_finding(
            *ids,
            Severity.MAJOR,
            "number.misconverted",
            (
                f"The translation converts “{quote_b}” into {describe(context, TARGET, figure)} in "
                f"brackets; converted, it is about {format_value((_rounded(expected),))} "
                f"{quote_f.split()[-1]}."
            ),
            (),
            (figure,),
        )


def _rounded(value: float) -> float:
    """A converted figure as a reader would write it: whole from 100 up, else to one decimal."""
    return float(round(value)) if value >= _WHOLE_FROM else round(value, 1)


#: From here up a converted figure is given whole (:func:`_rounded`).
_WHOLE_FROM = 100


def without_conversions(
    context: CheckContext, side: str, lone: list[Mention], mentions: Sequence[Mention]
) -> list[Mention]:
    """``lone`` less the figures that only convert the figure before them into another unit, in brackets
    ("430 hectares (1,063 acres)"): an editor's gloss of a figure the other side gives once."""
    text = context.source_text if side == SOURCE else context.target_text
    language = context.source.language if side == SOURCE else context.target.language
    ordered = sorted(mentions, key=lambda m: m.span.start)
    glosses = set()
    for before, figure in zip(ordered, ordered[1:], strict=False):
        if before.number.is_range or figure.number.is_range or figure.span.end > len(text):
            continue
        if restated_in_brackets(
            text,
            (float(before.number.low), quote(context, side, before), before.span.end),
            (float(figure.number.low), quote(context, side, figure), figure.span.start),
            language,
        ):
            glosses.add(id(figure))
    return [m for m in lone if id(m) not in glosses]
