"""A Roman-numbered body the translation renumbers: «I Балтийский отдел» against "Second Baltic
Department".

The number check leaves "first" and "second" alone as weak numbers ("at first", "a second"), so a Roman
numeral of the original meets no number in the translation. In a name the ordinal is capitalised ("the
Second Baltic Department", "the First Ukrainian Front"): a lone Roman numeral of a bead set against a
lone capitalised ordinal in words of another value is a body renumbered: another department, front or
directorate. The term check reports it (``term.renumbered``, major); the number check leaves the numeral.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..model import Bead, Finding, Mention, Severity, Span

__all__ = ["renumbered", "renumbered_findings"]

#: The word after a numeral or an ordinal, quoted with it ("I Балтийский", "Second Baltic").
_NEXT_WORD = regex.compile(r"[ \t]+[\p{L}-]+")


def renumbered(
    src: Sequence[Mention], tgt: Sequence[Mention], target_text: str
) -> tuple[Mention, Mention] | None:
    """The source's lone Roman numeral and the translation's lone capitalised weak ordinal ("Second")
    when their values differ, else None: not when the translation gives the numeral's value too ("the
    Ninth Congress … First Deputy" for «IX съезд»), nor when the original gives the ordinal's
    («первый заместитель»)."""
    romans = [m for m in src if m.number.roman]
    words = [m for m in tgt if m.number.weak and m.number.ordinal]
    if len(romans) != 1 or len(words) != 1:
        return None
    roman, word = romans[0], words[0]
    if roman.number.low == word.number.low or not word.span.of(target_text)[:1].isupper():
        return None
    if any(m.number.low == roman.number.low for m in tgt):
        return None  # "the Eighth Plenum" renders «VIII пленум»; the ordinal is another's
    if any(m.number.low == word.number.low for m in src if m is not roman):
        return None  # "First Secretary" renders «первым секретарем» beside the numbered body
    return roman, word


def _quoted(text: str, span: Span) -> str:
    m = _NEXT_WORD.match(text, span.end)
    return text[span.start : m.end() if m else span.end]


def renumbered_findings(
    bead: Bead, src: Sequence[Mention], tgt: Sequence[Mention], source_text: str, target_text: str
) -> Iterator[Finding]:
    """A ``term.renumbered`` finding when the bead's Roman-numbered body is renumbered in the translation."""
    changed = renumbered(src, tgt, target_text)
    if changed is None:
        return
    s, t = changed
    yield Finding(
        kind="term",
        severity=Severity.MAJOR,
        source=bead.source,
        target=bead.target,
        source_evidence=(s.span,),
        target_evidence=(t.span,),
        message=(
            f"The source numbers the body {s.span.of(source_text)} (“{_quoted(source_text, s.span)}”); the "
            f"translation gives “{_quoted(target_text, t.span)}”: another body of the same name?"
        ),
        rule="term.renumbered",
    )
