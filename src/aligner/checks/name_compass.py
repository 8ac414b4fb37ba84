"""A region named by a compass word that the translation turns: «Северо-Казахстанской области» against
"the South Kazakhstan Region", «в Западной Украине» against "in Eastern Ukraine".

A Russian place adjective built on a compass word («Южно-Гобийский», «Северо-Восточного Китая»,
«Западной Белоруссии») names a region by a direction and a name; the translation gives the direction as an
English word before the name ("South Gobi", "the North-East of China", "Western Belorussia"). The name
is met by sound (:func:`aligner.checks.name_words.words_alike`, which reads a Russian adjective without its
ending); the directions are compared as sets of the four quarters and the middle (северо-восточный: north
and east). Where the original's name meets a translation's name only under another direction, and no name
of the translation gives its own, the finding ``name.compass`` names both: major in a 1-1 bead, minor in
others. A region the translation gives under another name altogether (a Mongolian aimag's own name,
Manchuria for the North-East of China) is a known rendering (``data/names.toml``), not this check's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

import attrs
import regex

from ..model import Bead, Finding, Segment, Severity, Span

__all__ = ["compass_findings", "reported_once"]

T = TypeVar("T")

#: The Russian compass stems and the quarters they name (a compound prefix «северо-восточно» joins two).
_RU_QUARTERS = {
    "север": "n",
    "юж": "s",
    "юг": "s",
    "восточ": "e",
    "запад": "w",
    "средн": "c",
    "централь": "c",
}
#: The English compass words and the quarters they name.
_EN_QUARTERS = {
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "central": "c",
    "middle": "c",
    "centre": "c",
}

_RU_STEM = r"(?:[Сс]евер|[Юю]ж|[Вв]осточ|[Зз]апад|[Сс]редн|[Цц]ентраль)"
# «Северо-Казахстанской», «Южно-Гобийском», «Северо-Восточного»: a compound prefix and a capitalised word
_RU_COMPOUND = regex.compile(
    r"(?<![\p{L}-])(?P<c>(?:[Сс]еверо|[Юю]го)-(?:[Вв]осточно|[Зз]ападно)|[Сс]еверо|[Юю]жно|[Вв]осточно|[Зз]ападно"
    r"|[Сс]редне|[Цц]ентрально)-(?P<base>\p{Lu}\p{Ll}+)"
)
# «Западной Украине», «Северо-Восточного Китая»: a compass adjective, then a capitalised name
_RU_ADJECTIVE = regex.compile(
    rf"(?<![\p{{L}}-])(?P<c>(?:(?:[Сс]еверо|[Юю]го)-)?{_RU_STEM}\p{{Ll}}{{1,4}})\s+(?P<base>\p{{Lu}}\p{{Ll}}+)"
)
# "South Gobi", "North-East China", "the North-East of China", "Western Ukraine"
_EN_COMPASS = regex.compile(
    r"(?<![\p{L}-])(?P<c>(?:[Nn]orth|[Ss]outh)[- ]?(?:[Ee]ast|[Ww]est)(?:ern)?"
    r"|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?|[Cc]entral|[Mm]iddle|[Cc]entre)[\s-]+(?:of\s+(?:the\s+)?)?(?P<base>\p{Lu}\p{L}+)"
)


@attrs.frozen
class _Region:
    """A name with the quarters of the compass word before it, and where the two stand."""

    quarters: frozenset[str]
    base: str
    span: Span


def _ru_quarters(word: str) -> frozenset[str]:
    low = word.lower()
    return frozenset(q for stem, q in _RU_QUARTERS.items() if stem in low)


def _en_quarters(word: str) -> frozenset[str]:
    low = word.lower()
    return frozenset(q for stem, q in _EN_QUARTERS.items() if stem in low)


def _regions(segments: Sequence[Segment], text: str, russian: bool) -> list[_Region]:
    """The compass-named regions of a bead's side."""
    out: list[_Region] = []
    patterns = (_RU_COMPOUND, _RU_ADJECTIVE) if russian else (_EN_COMPASS,)
    for seg in segments:
        raw, at = seg.span.of(text), seg.span.start
        taken: list[tuple[int, int]] = []
        for pattern in patterns:
            for m in pattern.finditer(raw):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                quarters = _ru_quarters(m["c"]) if russian else _en_quarters(m["c"])
                if (
                    not quarters
                    or (russian and _ru_quarters(m["base"]))
                    or (not russian and _en_quarters(m["base"]))
                ):
                    continue  # «Северо-Восточного»: a compass word, not the name it stands before
                taken.append((m.start(), m.end()))
                out.append(_Region(quarters, m["base"], Span(at + m.start(), at + m.end())))
    return out


def compass_findings(
    bead: Bead, src: Sequence[Segment], tgt: Sequence[Segment], source_text: str, target_text: str
) -> Iterator[Finding]:
    """``name.compass`` findings of one bead: a region whose compass word the translation changes."""
    from .name_words import words_alike  # the name check imports this module

    theirs = _regions(tgt, target_text, russian=False)
    if not theirs:
        return
    mine = _regions(src, source_text, russian=True)
    # first each region meets the translation's region of its own name and direction
    left = []
    for region in mine:
        same = next(
            (t for t in theirs if t.quarters == region.quarters and words_alike(region.base, t.base)), None
        )
        if same is None:
            left.append(region)
        else:
            theirs.remove(same)
    one_to_one = len(bead.source) == 1 and len(bead.target) == 1
    for region in left:
        other = next((t for t in theirs if words_alike(region.base, t.base)), None)
        if other is None:
            continue
        theirs.remove(other)
        said, given = region.span.of(source_text), other.span.of(target_text)
        yield Finding(
            kind="name",
            severity=Severity.MAJOR if one_to_one else Severity.MINOR,
            source=bead.source,
            target=bead.target,
            source_evidence=(region.span,),
            target_evidence=(other.span,),
            message=(
                f"The source names “{said}”; the translation gives another region, “{given}”"
                + ("." if one_to_one else " (minor: the passage is not aligned sentence for sentence).")
            ),
            rule="name.compass",
        )


def reported_once(found: list[tuple[Finding, T]]) -> list[tuple[Finding, T]]:
    """The name check's findings without a turned compass word another finding reports already (a known
    name: «Северной Кореи» against "South Korea")."""
    others = [s for f, _ in found if f.rule != "name.compass" for s in f.source_evidence]
    return [
        (f, extra)
        for f, extra in found
        if f.rule != "name.compass"
        or not any(s.start < o.end and o.start < s.end for s in f.source_evidence for o in others)
    ]
