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
The compass words are data (``data/compass.toml``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

import attrs
import regex

from ..cache import cached_on_disk
from ..model import Bead, Finding, Segment, Severity, Span
from ..resources import data_toml

__all__ = ["compass_findings", "compass_renamed", "reported_once"]

T = TypeVar("T")


def _either_case(word: str) -> str:
    """A pattern for ``word`` with its first letter in either case ("[Сс]еверо")."""
    return f"[{word[0].upper()}{word[0]}]{regex.escape(word[1:])}"


def _any(words: Sequence[str]) -> str:
    return "(?:" + "|".join(_either_case(w) for w in words) + ")"


@cached_on_disk("compass")
def _compass() -> _Compass:
    """The compass words of ``data/compass.toml`` and the patterns built from them."""
    data = data_toml("compass.toml")
    ru, en = data["russian"], data["english"]
    en_words: dict[str, str] = en["words"]
    halves = [w for w, q in en_words.items() if q in "ns"]
    seconds = [w for w, q in en_words.items() if q in "ew"]
    cardinal = [w for w, q in en_words.items() if q != "c"]
    middle = [w for w, q in en_words.items() if q == "c"]
    return _Compass(
        ru_stems=ru["stems"],
        en_words=en_words,
        # «Северо-Казахстанской», «Южно-Гобийском», «Северо-Восточного»: a compound prefix, a capitalised word
        ru_compound=regex.compile(
            rf"(?<![\p{{L}}-])(?P<c>{_any(ru['first_halves'])}-{_any(ru['second_halves'])}"
            rf"|{_any(ru['prefixes'])})"
            r"-(?P<base>\p{Lu}\p{Ll}+)"
        ),
        # «Западной Украине», «Северо-Восточного Китая»: a compass adjective, then a capitalised name
        ru_adjective=regex.compile(
            rf"(?<![\p{{L}}-])(?P<c>(?:{_any(ru['first_halves'])}-)?{_any(ru['adjectives'])}\p{{Ll}}{{1,4}})"
            r"\s+(?P<base>\p{Lu}\p{Ll}+)"
        ),
        # "South Gobi", "North-East China", "the North-East of China", "Western Ukraine"
        en_compass=regex.compile(
            rf"(?<![\p{{L}}-])(?P<c>{_any(halves)}[- ]?{_any(seconds)}(?:ern)?"
            rf"|{_any(cardinal)}(?:ern)?|{_any(middle)})"
            r"[\s-]+(?:of\s+(?:the\s+)?)?(?P<base>\p{Lu}\p{L}+)"
        ),
    )


@attrs.frozen
class _Compass:
    """The quarters each compass stem or word names, and the patterns that find compass-named regions."""

    ru_stems: dict[str, str]
    en_words: dict[str, str]
    ru_compound: regex.Pattern[str]
    ru_adjective: regex.Pattern[str]
    en_compass: regex.Pattern[str]


@attrs.frozen
class _Region:
    """A name with the quarters of the compass word before it, and where the two stand."""

    quarters: frozenset[str]
    base: str
    span: Span


def _ru_quarters(word: str) -> frozenset[str]:
    low = word.lower()
    return frozenset(q for stem, q in _compass().ru_stems.items() if stem in low)


def _en_quarters(word: str) -> frozenset[str]:
    low = word.lower()
    return frozenset(q for stem, q in _compass().en_words.items() if stem in low)


def _regions(segments: Sequence[Segment], text: str, russian: bool) -> list[_Region]:
    """The compass-named regions of a bead's side."""
    out: list[_Region] = []
    compass = _compass()
    patterns = (compass.ru_compound, compass.ru_adjective) if russian else (compass.en_compass,)
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


def compass_renamed(
    name: Span,
    others: Sequence[Span],
    sides: tuple[Sequence[Segment], Sequence[Segment]],
    texts: tuple[str, str],
) -> bool:
    """Whether the original's name at ``name`` is the name of a region given by a compass word
    («Западной Украины») and one of the translation's names at ``others`` is too ("Eastern
    Galicia"): the translation may give the region under another of its names, weak evidence of a
    change of place (a region whose name sounds alike is :func:`compass_findings`'s)."""
    mine = [r for r in _regions(sides[0], texts[0], russian=True) if r.span.start <= name.start < r.span.end]
    if not mine:
        return False
    from .name_words import words_alike  # the name check imports this module

    theirs = _regions(sides[1], texts[1], russian=False)
    return any(
        r.span.start <= o.start < r.span.end and not any(words_alike(m.base, r.base) for m in mine)
        for r in theirs
        for o in others
    )


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
