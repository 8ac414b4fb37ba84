"""How the number check quotes and describes a figure, and the finding it makes of one (shared by
:mod:`aligner.checks.number` and :mod:`aligner.checks._number_glosses`)."""

from __future__ import annotations

import regex

from ..features.numbers import format_time, format_value
from ..model import SOURCE, Finding, Mention, Severity
from . import CheckContext
from ._number_pairs import is_time

__all__ = ["describe", "number_finding", "quote", "value_words"]

_NEXT_WORD = regex.compile(r"[^\S\n\-–—]*+[\-–—]*+[^\S\n]*+([\p{L}][\p{L}\p{M}'’-]*)")


def quote(context: CheckContext, side: str, mention: Mention) -> str:
    """The number's own words and the word after it on its line, as the document writes them (the next line
    may be a heading or the other side of a page: "Encl.: 1" is not quoted with the line after it)."""
    text = context.source_text if side == SOURCE else context.target_text
    shown = mention.span.of(text) if mention.span.end <= len(text) else mention.text
    after = _NEXT_WORD.match(text, mention.span.end) if mention.span.end <= len(text) else None
    if after is not None and after.start(1) - mention.span.end <= 2 and not is_time(mention):
        shown = f"{shown} {after.group(1)}"
    return " ".join(shown.split())


def value_words(mention: Mention) -> str:
    if is_time(mention):
        return f"the time {format_time(float(mention.number.low))}"
    return format_value(mention.number.amounts)


def describe(context: CheckContext, side: str, mention: Mention) -> str:
    return f"{value_words(mention)} (“{quote(context, side, mention)}”)"


def number_finding(
    bead_src: tuple[str, ...],
    bead_tgt: tuple[str, ...],
    severity: Severity,
    rule: str,
    msg: str,
    src: tuple[Mention, ...] = (),
    tgt: tuple[Mention, ...] = (),
) -> Finding:
    return Finding(
        kind="number",
        severity=severity,
        source=bead_src,
        target=bead_tgt,
        source_evidence=tuple(m.span for m in src),
        target_evidence=tuple(m.span for m in tgt),
        message=msg,
        rule=rule,
    )
