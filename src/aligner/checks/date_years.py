"""Years named relative to the document's date that the translation changes: «п.г.» against "this year".

«с.г.» (сего года), «в прошлом году», "next year" name a year by its distance from the document's date
(``relative_years`` in ``data/dates.toml``). Where one side of a bead names exactly one such year and the
other side exactly one, another one, the translation has moved the event by a year or more. A translator
who resolves the words to a year ("in 1951") gives no relative year, and the date check compares nothing.

Rule ``date.relative_year_changed`` (major): the evidence is two explicit phrases, both parsed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..cache import cached_on_disk
from ..model import Finding, Segment, Severity, Span
from ..resources import data_toml
from .date_parts import phrases

__all__ = ["relative_year_findings"]

#: How a message names a year by its distance from the document's date.
_SAID = {-2: "the year before last", -1: "last year", 0: "this year", 1: "next year"}


@cached_on_disk("relative-years")
def _pattern(language: str) -> tuple[regex.Pattern[str], dict[str, int]] | None:
    """The phrases of ``language`` naming a year by its distance, and each phrase's distance."""
    offsets: dict[str, int] = {}
    for entry in data_toml("dates.toml").get("relative_years", ()):
        for phrase in entry.get(language, ()):
            offsets[" ".join(phrase.lower().split())] = int(entry["offset"])
    if not offsets:
        return None
    # an abbreviation not after a figure or a Roman numeral: «1 п.г.», «II п. г.» may be a half-year
    short = [p for p in offsets if "." in p]
    full = [p for p in offsets if "." not in p]
    alternatives = [f"(?:{phrases(full)})"] if full else []
    if short:
        alternatives.append(rf"(?<!\d\s)(?<!\b[IVX]+\s)(?:{phrases(short)})")
    pattern = regex.compile(rf"(?<![\p{{L}}\d])(?:{'|'.join(alternatives)})(?![\p{{L}}\d])", regex.IGNORECASE)
    return pattern, offsets


def _years(segments: Sequence[Segment], language: str) -> list[tuple[Span, str, int]]:
    """The years ``segments`` name by their distance from the document's date (span, words, distance)."""
    found = _pattern(language)
    if found is None:
        return []
    pattern, offsets = found
    out = []
    for seg in segments:
        for m in pattern.finditer(seg.text):
            words = " ".join(m.group().split())
            out.append((seg.raw_span(m.start(), m.end()), words, offsets[words.lower()]))
    return out


def _said(words: str, offset: int) -> str:
    """The phrase quoted, with the year it names where the phrase does not say it in English."""
    said = _SAID.get(offset, f"{abs(offset)} years {'before' if offset < 0 else 'after'} the document's")
    return f"“{words}”" if words.lower() == said else f"“{words}” ({said})"


def relative_year_findings(
    ids: tuple[tuple[str, ...], tuple[str, ...]],
    src_text: Sequence[Segment],
    tgt_text: Sequence[Segment],
    languages: tuple[str, str],
) -> Iterator[Finding]:
    """The finding of a year named relative to the document's date on both sides, another on each."""
    src, tgt = _years(src_text, languages[0]), _years(tgt_text, languages[1])
    if len(src) != 1 or len(tgt) != 1 or src[0][2] == tgt[0][2]:
        return
    (s_span, s_words, s_off), (t_span, t_words, t_off) = src[0], tgt[0]
    yield Finding(
        kind="date",
        source=ids[0],
        target=ids[1],
        severity=Severity.MAJOR,
        source_evidence=(s_span,),
        target_evidence=(t_span,),
        message=f"The source gives {_said(s_words, s_off)}; the translation gives {_said(t_words, t_off)}.",
        rule="date.relative_year_changed",
    )
