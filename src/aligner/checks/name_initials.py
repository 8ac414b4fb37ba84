"""Initials of a name the translation changes: "Ю. Андропов" against "E. Andropov".

A name given with initials on both sides of a bead ("И. В. Сталин" and "J. V.
Stalin", or "Сталин И. В." and "Stalin, J. V.") is compared initial by initial
through ``data/initials.toml``, which lists the Latin initials each Russian one
may stand for (И: I or J, since Иосиф is Joseph). A different initial is a
``name.initials`` finding: major in a 1-1 bead, minor in others. Names are
matched by sound (:func:`aligner.checks.name.words_alike`); a name with a
different number of initials on the two sides is left alone (a translator may
give a first name in full).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..model import Bead, Finding, Segment, Severity, Span
from ..resources import data_toml

__all__ = ["initials_findings", "initials_agree"]

# Initials then a surname ("И. В. Сталин", "J. V. Stalin", "Ts. Zhukov"), or a surname then
# initials ("Сталин И. В.", "Stalin, J. V."). An initial is a capital and up to two small
# letters, then a period.
_INITIAL = r"\p{Lu}\p{Ll}{0,2}\."
_BEFORE = regex.compile(rf"(?<![\p{{L}}.])((?:{_INITIAL}\s?){{1,2}})\s*(\p{{Lu}}[\p{{L}}’'-]+)")
_AFTER = regex.compile(
    rf"(?<![\p{{L}}.])(\p{{Lu}}[\p{{L}}’'-]+),?\s+((?:{_INITIAL}\s?){{1,2}})(?!\s*\p{{Lu}})"
)


@attrs.frozen
class _Named:
    """A surname with its initials, and where the initials lie in the document's text."""

    surname: str
    initials: tuple[str, ...]
    span: Span


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in data_toml("initials.toml")["initials"].items()}


def _split(initials: str) -> tuple[str, ...]:
    return tuple(regex.findall(r"\p{Lu}\p{Ll}{0,2}(?=\.)", initials))


def _named(segments: Sequence[Segment], text: str) -> list[_Named]:
    out = []
    for seg in segments:
        raw = seg.span.of(text)
        base = seg.span.start
        for m in _BEFORE.finditer(raw):
            end = m.start(1) + len(m.group(1).rstrip())
            out.append(_Named(m.group(2), _split(m.group(1)), Span(base + m.start(1), base + end)))
        for m in _AFTER.finditer(raw):
            end = m.start(2) + len(m.group(2).rstrip())
            out.append(_Named(m.group(1), _split(m.group(2)), Span(base + m.start(2), base + end)))
    return [n for n in out if not any(_is_abbreviation(i) for i in n.initials)]


def _is_abbreviation(initial: str) -> bool:
    """Whether an "initial" of two or more letters is a known abbreviation: a form of address or a
    rank before the name ("Тов. Рощин", "Cde. Roshchin", "Gen. Vasilevsky"), no first name."""
    return len(initial) > 1 and initial.lower() + "." in _abbreviations()


@functools.cache
def _abbreviations() -> frozenset[str]:
    from ..segment.sentences import abbreviations

    return frozenset(abbreviations("ru")) | frozenset(abbreviations("en"))


def initials_agree(russian: str, latin: str) -> bool:
    """Whether a Latin initial may render a Russian one: ``initials_agree("И", "J")`` is true."""
    if russian.upper() == latin.upper():
        return True
    allowed = _table().get(russian.capitalize()) or _table().get(russian[:1].upper())  # Дж. before Д.
    if allowed is None:
        return True  # not a Russian initial: nothing to say
    return latin in allowed or latin[:1] in {a[:1] for a in allowed if len(a) == 1}


def initials_findings(
    bead: Bead, src: Sequence[Segment], tgt: Sequence[Segment], source_text: str, target_text: str
) -> Iterator[Finding]:
    """``name.initials`` findings of one bead: names on both sides whose initials disagree."""
    from .name import words_alike  # the name check imports this module

    theirs = _named(tgt, target_text)
    if not theirs:
        return
    one_to_one = len(bead.source) == 1 and len(bead.target) == 1
    for mine in _named(src, source_text):
        if not any(regex.search(r"\p{Cyrillic}", i) for i in mine.initials):
            continue
        other = next((t for t in theirs if words_alike(mine.surname, t.surname)), None)
        if other is None or len(other.initials) != len(mine.initials):
            continue
        if all(
            initials_agree(a, b) or (min(len(a), len(b)) > 1 and words_alike(a, b))
            for a, b in zip(mine.initials, other.initials, strict=True)
        ):
            continue  # a short given name at a sentence's end reads as an initial: "Чжу Дэ." = "Chu Teh."
        said = " ".join(f"{i}." for i in mine.initials)
        given = " ".join(f"{i}." for i in other.initials)
        yield Finding(
            kind="name",
            severity=Severity.MAJOR if one_to_one else Severity.MINOR,
            source=bead.source,
            target=bead.target,
            source_evidence=(mine.span,),
            target_evidence=(other.span,),
            message=(
                f"The source gives {mine.surname} the initials {said}; the translation gives "
                f"{other.surname} the initials {given} (another first name?)."
            ),
            rule="name.initials",
        )
