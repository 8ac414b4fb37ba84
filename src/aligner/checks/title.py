"""The ``title`` check: ranks, offices and forms of address rendered as another title.

Within each bead every title of the source looks for a counterpart in the
translation: the same concept, a form both share ("Premier"), or a broader
one (a colonel general called "General"). A source title left without one,
while the translation holds a different title of the same family, is a major
finding ("Генерал-полковнику" rendered "Generalissimo"). A title with no
counterpart at all is minor (a form of address such as "тов." only info:
translators often drop or add it; so is a title whose passage another,
translated segment of the original repeats word for word: a second witness,
rendered once, ``title.repeated``).

Titles are paired first through their holders: a title followed by a name
("контр-адмирал Арчер", "Vice-Admiral Archer") meets the title of the same
person on the other side, so two admirals of one sentence are not crossed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from ..config import Config
from ..features.titles import (
    confusable_titles,
    related_families,
    same_title,
    title_concepts,
    title_label,
    with_deputies,
)
from ..model import Bead, Finding, Mention, Segment, Severity
from ..morph import ru_parses
from ..resources import data_toml
from . import CheckContext
from .duplicate import witness_of
from .name import words_alike

__all__ = ["check_title", "LENIENT_FAMILIES"]

#: Title families whose lone mentions are only worth an ``info`` finding (forms of address).
LENIENT_FAMILIES = frozenset(("address",))


def _show(mention: Mention, concept: str = "") -> str:
    label = title_label(concept or str(mention.value))
    words = " ".join(mention.text.split())
    if words.lower().rstrip(".") == label.lower():
        return label
    return f"{label} (“{words}”)"


# The holder of a title: the capitalised word right after it, past initials ("вице-адмиралу
# Головко", "Marshal J. V. Stalin"); a word of two letters or more, not an initial.
_HOLDER = regex.compile(r"[\s,]*(?:\p{Lu}\.\s*){0,3}(\p{Lu}[\p{Ll}\p{Lu}'’-]+)")


def _holder(mention: Mention, text: str) -> str | None:
    """The name right after a title in ``text`` (the document's text), if any: past the see or the
    country a Russian title names with adjectives ("митрополит Крутицкий и Коломенский Николай",
    "Патриарх Сербский Гавриил"), which are no holder."""
    at, stop = mention.span.end, mention.span.end + 80
    while (m := _HOLDER.match(text, at, stop)) is not None:
        if not _see_adjective(m.group(1)):
            return m.group(1)
        at = m.end()
        if (joined := _SEE_JOIN.match(text, at, stop)) is not None:
            at = joined.end()
    return None


# "и" between two adjectives of one see ("Крутицкий и Коломенский").
_SEE_JOIN = regex.compile(r"\s+и(?=\s)")
_NAME_GRAMMEMES = frozenset(("Name", "Surn", "Patr"))


def _see_adjective(word: str) -> bool:
    """Whether a capitalised Russian word reads first as an adjective and as no name ("Сербский",
    "Фиатирского"; not "Крутицкий", also a surname)."""
    if not regex.match(r"\p{Cyrillic}", word):
        return False
    parses = ru_parses(word)
    return bool(parses) and parses[0].tag.POS == "ADJF" and not _NAME_GRAMMEMES & parses[0].tag.grammemes


def _pair_by_holder(
    src: list[Mention], tgt: list[Mention], src_text: str, tgt_text: str
) -> Iterator[tuple[Mention, Mention]]:
    """Source and target titles of one family held by one person ("Арчер", "Archer"):
    each pair is taken out of ``src`` and ``tgt`` and yielded."""
    holders = [(t, _holder(t, tgt_text)) for t in tgt]
    for s in list(src):
        held = _holder(s, src_text)
        if held is None:
            continue
        for t, other in holders:
            if (
                t in tgt
                and other is not None
                and related_families(s.family, t.family)
                and words_alike(held, other)
            ):
                src.remove(s)
                tgt.remove(t)
                yield s, t
                break


def _lone_severity(mention: Mention) -> Severity:
    return Severity.INFO if mention.family in LENIENT_FAMILIES else Severity.MINOR


def check_title(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report titles of a bead that the translation renders as another title, or not at all."""
    for bead, src_text, tgt_text in context.running_text():
        if not src_text or not tgt_text:
            continue
        src = with_deputies(context.mentions(src_text, "titles"), context.source_text)
        tgt = with_deputies(context.mentions(tgt_text, "titles"), context.target_text)
        if not src and not tgt:
            continue
        for s, t in list(_pair_by_holder(src, tgt, context.source_text, context.target_text)):
            if t.value == s.value or same_title(s, t):
                continue
            yield _changed(bead, s, t)
        # The same title first, for every title of the bead; only then a broader or shared one
        # ("Маршал" must not take the "Chief Marshal" that renders "главный маршал").
        unmatched: list[Mention] = []
        for s in src:
            match = next((t for t in tgt if t.value == s.value), None)
            if match is None:
                unmatched.append(s)
            else:
                tgt.remove(match)
        lone_src: list[Mention] = []
        loose_used: dict[str, int] = {}
        for s in unmatched:
            match = next((t for t in tgt if same_title(s, t)), None)
            if match is None:
                lone_src.append(s)
            else:
                tgt.remove(match)
        for s in lone_src:
            other = next((t for t in tgt if t.family == s.family), None) or next(
                (t for t in tgt if _kin(s, t)), None
            )
            if other is not None:
                tgt.remove(other)
                yield _changed(bead, s, other, _kin(s, other))
                continue
            if _loosely_rendered(s, tgt_text, loose_used):
                continue
            witness = witness_of(context, src_text, s)
            yield Finding(
                kind="title",
                severity=_lone_severity(s) if witness is None else Severity.INFO,
                source=bead.source,
                target=bead.target,
                source_evidence=(s.span,),
                message=f"The source says {_show(s)}; the translation has no such title here"
                + (
                    "."
                    if witness is None
                    else f", but {witness} repeats the passage and is translated (a second "
                    "witness of the same text, rendered once?)."
                ),
                rule="title.missing" if witness is None else "title.repeated",
            )
        marks = _short_address_marks(src_text)
        for t in tgt:
            if marks.get(str(t.value), 0) > 0:  # "(т. Петров)": the abbreviation the glossary cannot hold
                marks[str(t.value)] -= 1
                continue
            kin = next((c for c, n in marks.items() if n > 0 and _family(c) == t.family), None)
            if kin is not None:  # "т. Петров" as "Mr. Petrov": a form of address in the translation's idiom
                marks[kin] -= 1
                continue
            yield Finding(
                kind="title",
                severity=_lone_severity(t),
                source=bead.source,
                target=bead.target,
                target_evidence=(t.span,),
                message=f"The translation says {_show(t)}; the source has no such title here.",
                rule="title.added",
            )


@functools.cache
def _loose_forms() -> dict[str, tuple[regex.Pattern[str], ...]]:
    """Each concept and the patterns of its loose English renderings (``loose_en``: words a careful
    translator uses for it that the glossary cannot take as titles of their own, "head" for a
    начальник, "master" for a ship's капитан), its broader concepts' too."""
    concepts = data_toml("titles.toml").get("concept", [])
    own = {c["id"]: tuple(c.get("loose_en", ())) for c in concepts}
    broader = {c["id"]: tuple(c.get("broader", ())) for c in concepts}
    out: dict[str, tuple[regex.Pattern[str], ...]] = {}
    for cid, forms in own.items():
        forms = forms + tuple(f for b in broader[cid] for f in own.get(b, ()))
        if forms:
            out[cid] = tuple(
                regex.compile(
                    r"(?<![\p{L}\d])(?i:" + r"\s+".join(map(regex.escape, f.split())) + r")(?![\p{L}\d])"
                )
                for f in forms
            )
    return out


def _loosely_rendered(mention: Mention, segments: Sequence[Segment], used: dict[str, int]) -> bool:
    """Whether the translation's segments hold a loose rendering of the title ``mention`` not yet
    taken by another title of the bead (each occurrence accounts for one title); ``used`` counts the
    occurrences taken, by pattern."""
    for concept in sorted(title_concepts(mention)):
        for pattern in _loose_forms().get(concept, ()):
            found = sum(len(pattern.findall(seg.text)) for seg in segments)
            if found > used.get(pattern.pattern, 0):
                used[pattern.pattern] = used.get(pattern.pattern, 0) + 1
                return True
    return False


@functools.cache
def _short_address() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Each concept with short abbreviations (``titles.toml``'s ``short_address``) and the pattern of one
    of them written before a capitalised name."""
    out = []
    for concept, forms in data_toml("titles.toml").get("short_address", {}).items():
        alts = "|".join(regex.escape(f) for f in forms)
        out.append((concept, regex.compile(rf"(?<![\p{{L}}\d])(?i:{alts})\.\s*\p{{Lu}}")))
    return tuple(out)


@functools.cache
def _families() -> dict[str, str]:
    """The family of each concept of ``titles.toml``, by its id."""
    return {c["id"]: c.get("family", "") for c in data_toml("titles.toml").get("concept", [])}


def _family(concept: str) -> str:
    """The family of the concept ``concept`` ("address" for "comrade"), or "" if it has none."""
    return _families().get(concept, "")


def _short_address_marks(segments: Sequence[Segment]) -> dict[str, int]:
    """How many short abbreviations of each form of address the segments write before a name."""
    return {
        concept: n
        for concept, pattern in _short_address()
        if (n := sum(len(pattern.findall(seg.text)) for seg in segments))
    }


def _kin(source: Mention, target: Mention) -> str:
    """The concept of the title ``target`` that may stand for ``source``'s (a related family, or a
    concept listed as confusable), its own value first, or "": a bare "First Secretary", an embassy's
    rank or a party's office, given for a head of government is the party's office."""
    concepts = sorted(title_concepts(target), key=lambda c: c != str(target.value))
    mine = title_concepts(source)
    return next(
        (
            c
            for c in concepts
            if related_families(source.family, _family(c) or target.family)
            or any(confusable_titles(m, c) for m in mine)
        ),
        "",
    )


def _changed(bead: Bead, source: Mention, target: Mention, concept: str = "") -> Finding:
    """The finding for a title the translation changes into another of its family (``concept``: the
    reading of the target's words to name, if not its value)."""
    return Finding(
        kind="title",
        severity=Severity.MAJOR,
        source=bead.source,
        target=bead.target,
        source_evidence=(source.span,),
        target_evidence=(target.span,),
        message=f"The source says {_show(source)}; the translation says {_show(target, concept)}.",
        rule="title.changed",
    )
