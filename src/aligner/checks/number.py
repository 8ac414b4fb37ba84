"""The ``number`` check: numbers that differ between the original and the translation.

Within each bead the numbers of the source and of the translation are compared
as multisets of values: "2х" and "two" are both 2, "25-35" and "25 to 35" both
the range 25-35. Whether a number is approximate ("около 30", "about 30") does
not matter; reference numbers ("№ 481/ш") and enumerators ("1.") are ignored,
and a number the other side reads as a bare year ("1950") counts as matched.
A number whose counterpart has another value is a critical finding; a number
with no counterpart at all a major one. Words that are often no number
("one", "один") pair with numbers but are never reported alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..config import Config
from ..features.numbers import format_value
from ..model import SOURCE, Finding, Mention, Segment, Severity
from . import CheckContext, register

__all__ = ["check_number", "IGNORED_FAMILIES"]

#: Number families the check never compares.
IGNORED_FAMILIES = frozenset(("reference", "enumerator"))

_NEXT_WORD = regex.compile(r"[\s\-–—]*([\p{L}][\p{L}\p{M}'’-]*)")


def _key(mention: Mention) -> tuple[float, ...]:
    return tuple(round(float(v), 6) for v in mention.value)


def _mentions(context: CheckContext, segments: Sequence[Segment]) -> tuple[list[Mention], set[str]]:
    numbers: list[Mention] = []
    years: set[str] = set()
    for seg in segments:
        features = context.features.get(seg.id)
        if features is None:
            continue
        numbers.extend(m for m in features.numbers if m.family not in IGNORED_FAMILIES)
        years.update(str(d.value) for d in features.dates if len(str(d.value)) == 4)
    return numbers, years


def _quote(context: CheckContext, side: str, mention: Mention) -> str:
    """The number's own words and the word after it, as the document writes them."""
    text = context.source_text if side == SOURCE else context.target_text
    shown = mention.span.of(text) if mention.span.end <= len(text) else mention.text
    after = _NEXT_WORD.match(text, mention.span.end) if mention.span.end <= len(text) else None
    if after is not None and after.start(1) - mention.span.end <= 2:
        shown = f"{shown} {after.group(1)}"
    return " ".join(shown.split())


def _describe(context: CheckContext, side: str, mention: Mention) -> str:
    return f"{format_value(mention.value)} (“{_quote(context, side, mention)}”)"


def _pair_exact(src: list[Mention], tgt: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    left = list(tgt)
    unmatched = []
    for s in src:
        for i, t in enumerate(left):
            if _key(s) == _key(t):
                del left[i]
                break
        else:
            unmatched.append(s)
    return unmatched, left


def _drop_years(mentions: list[Mention], years: set[str]) -> list[Mention]:
    out = []
    for m in mentions:
        values = m.value
        if len(values) == 1 and float(values[0]).is_integer() and str(int(values[0])) in years:
            continue
        out.append(m)
    return out


@register("number")
def check_number(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report numbers of a bead that differ between the source and the translation."""
    for bead, src_segs, tgt_segs in context.text_beads():
        src_text = [s for s in src_segs if s.is_text]
        tgt_text = [s for s in tgt_segs if s.is_text]
        if not src_text or not tgt_text:
            continue
        src, src_years = _mentions(context, src_text)
        tgt, tgt_years = _mentions(context, tgt_text)
        if not src and not tgt:
            continue
        src, tgt = _pair_exact(src, tgt)
        src = [m for m in _drop_years(src, tgt_years) if m.family != "weak"]
        tgt = [m for m in _drop_years(tgt, src_years) if m.family != "weak"]
        for s in list(src):
            if not tgt:
                break
            same_shape = [t for t in tgt if len(t.value) == len(s.value)]
            t = (same_shape or tgt)[0]
            tgt.remove(t)
            src.remove(s)
            ranged = len(s.value) > 1 or len(t.value) > 1
            severity = Severity.MAJOR if s.approximate and t.approximate else Severity.CRITICAL
            yield Finding(
                kind="number",
                severity=severity,
                source=bead.source,
                target=bead.target,
                source_evidence=(s.span,),
                target_evidence=(t.span,),
                message=(
                    f"The source gives {_describe(context, 'source', s)}; "
                    f"the translation gives {_describe(context, 'target', t)}."
                ),
                rule="number.range_mismatch" if ranged else "number.changed",
            )
        for s in src:
            yield Finding(
                kind="number",
                severity=Severity.MAJOR,
                source=bead.source,
                target=bead.target,
                source_evidence=(s.span,),
                message=(
                    f"The source gives {_describe(context, 'source', s)}; "
                    "the translation has no such number here."
                ),
                rule="number.missing",
            )
        for t in tgt:
            yield Finding(
                kind="number",
                severity=Severity.MAJOR,
                source=bead.source,
                target=bead.target,
                target_evidence=(t.span,),
                message=(
                    f"The translation gives {_describe(context, 'target', t)}; "
                    "the source has no such number here."
                ),
                rule="number.added",
            )
