"""The ``term`` check: a glossary term the translation renders as another term of its kind.

Within each bead the source's terms (``data/terms.toml``: фронт, штаб,
война …) are matched in order with the translation's terms that may name the
same concept ("фронт" with "front", "войска" with "army"), each with the
candidate naming its own concept at the nearest place in the bead. A source
term left without a counterpart, while the translation holds an unmatched term
of the same family ("фронтов" against "army groups": both formations) or one the
glossary lists as confusable with it ("войн" against "troops"), is a major
finding (rule ``term.changed``) naming both, the rival nearest its place cited
("96 танков и 38 самоходных орудий" against "tank brigades with 96 tanks and 38
tanks" pairs the tanks with the first "tanks" and cites the second; "штабе
фронта … 2х армейских фронтов" against "Front Headquarters … two army groups"
cites the second front); of several rivals, one whose words render other words of the original
("transport planes" for «транспортных машин») is cited last. A term with no counterpart and no
rival among the translation's terms may still meet one inside a name the translation gives and
the original does not:
"Главным управлением пограничной охраны" against "the Ministry of Internal Affairs"
(a known institution, read whole as a name) renders a chief directorate as a
ministry (rule ``term.in_name``). A term with neither is left to the omission check. A Roman-numbered
body the translation renumbers («I Европейский отдел» against "the Second European Department") is
``term.renumbered`` (:mod:`aligner.checks._ordinals`).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterator, Sequence

import regex

from ..config import Config
from ..features.glossary_match import make_index, match_glossary
from ..features.terms import (
    TERMS_FILE,
    GlossaryEntry,
    glossary_entries,
    term_concepts,
    term_relations,
    tokenize,
)
from ..keys import SOUND, Key
from ..model import SOURCE, TARGET, Bead, Finding, Mention, Segment, Severity
from ..resources import data_toml
from ..translit import name_key
from . import CheckContext
from ._ordinals import renumbered_findings
from ._term_adjectives import without_named_adjectives
from .omission.keys import Plain
from .term_pairs import agreement, nearest, pair_kinds, pair_up, places, terms_match, terms_rival

__all__ = ["check_term"]


def _label(mention: Mention, beside: Mention | None = None) -> str:
    """The concept a mention names, for a message; of an ambiguous word ("fighters": a serviceman or an
    aircraft) the reading of the family of the term ``beside`` it on the other side (a bomber's)."""
    concept = str(mention.value)
    if beside is not None:
        families, _ = term_relations()
        wanted = {families.get(c, "") for c in term_concepts(beside)} - {""}
        same = sorted(c for c in term_concepts(mention) if families.get(c, "") in wanted)
        if same and concept not in same:
            concept = same[0]
    return concept.replace("_", " ")


def check_term(context: CheckContext, *, config: Config) -> Iterator[Finding]:
    """Report source terms the translation renders as another term of the same family."""
    for bead, src_text, tgt_text in context.running_text():
        if not src_text or not tgt_text:
            continue
        numbers = context.mentions(src_text, "numbers"), context.mentions(tgt_text, "numbers")
        yield from renumbered_findings(bead, *numbers, context.source_text, context.target_text)
        src, tgt = context.mentions(src_text, "terms"), context.mentions(tgt_text, "terms")
        if not src:
            continue
        tgt = without_named_adjectives(list(tgt), src_text, context.target_text)
        named = _terms_in_names(context, src_text, tgt_text)
        if not tgt and not named:
            continue
        where_s, where_t = places(src_text), places(tgt_text)
        agree = agreement(context, src_text, tgt_text)
        lone, tgt, pairs = pair_up(src, tgt, where_s, where_t, agree)
        paired = [p for p, _t in pairs]
        all_tgt = context.mentions(tgt_text, "terms")
        for was, became in _renamed(context, src_text, tgt_text, src, all_tgt):
            if any(was is p for p in paired):
                yield _changed(bead, was, became, "term.renamed")
        lone = pair_kinds(lone, tgt)
        romanized = _romanized_words(tgt_text, context.mentions(tgt_text, "terms"))
        for s in lone:
            if _a_name_there(s, romanized):
                continue
            rivals = [t for t in tgt if terms_rival(s, t)]
            t = _beside(s, rivals, pairs) or nearest(
                s, _unaccounted(context, rivals, src_text), where_s, where_t
            )
            rule = "term.changed"
            if t is None:
                t = next((t for t in named if terms_rival(s, t) and not terms_match(s, t)), None)
                rule = "term.in_name"
                if t is None:
                    continue
                named.remove(t)
            else:
                tgt.remove(t)
            yield _changed(bead, s, t, rule)


def _changed(bead: Bead, s: Mention, t: Mention, rule: str) -> Finding:
    """The finding of a source term the translation renders as another term ``t``."""
    part = _part_or_whole(s, t)
    swapped = (
        " (the name beside it is the same: the kind of body or thing changed)"
        if rule == "term.renamed"
        else ""
    )
    return Finding(
        kind="term",
        severity=Severity.MINOR if part else Severity.MAJOR,
        source=bead.source,
        target=bead.target,
        source_evidence=(s.span,),
        target_evidence=(t.span,),
        message=(
            f"The source says “{' '.join(s.text.split())}” ({_label(s)}); "
            f"the translation renders it “{' '.join(t.text.split())}” ({_label(t, s)})"
            + (f" (minor: {part})." if part else f"{swapped}.")
        ),
        rule=rule,
    )


def _unaccounted(context: CheckContext, rivals: list[Mention], src: Sequence[Segment]) -> list[Mention]:
    """The rivals none of whose words renders a word of the bead's original, when there are such and
    others: "transport planes" whose "transport" renders «транспортных» of the original stands for
    the original's own words, so "средние бомбардировщики … транспортных машин" against "transport
    planes … Mitchell fighters" sets the bombers against the fighters."""
    if len(rivals) < 2:
        return rivals
    keys = context.analysis.keys
    original = keys.bag(tuple(seg.text for seg in src), SOURCE)
    free = [t for t in rivals if not any(k & original for k in keys.of(Plain(t.text), TARGET).sets)]
    return free or rivals


#: The most words between a name and the term it names («треста «Приморуголь»», "the Nakhodka fish trust").
_NAME_REACH = 2


def _named_terms(
    context: CheckContext, segs: Sequence[Segment], terms: Sequence[Mention], side: str
) -> dict[Key, Mention]:
    """Each name of a side's bead (the key of its sound: a capitalised word of four letters or more, no
    word of a term) with the term it names: the term nearest it, within :data:`_NAME_REACH` words
    (none when two are as near, or when one name stands by two terms of other concepts)."""
    keys = context.analysis.keys
    found: dict[Key, Mention | None] = {}
    for seg in segs:
        words = keys.tokens_of(seg)
        if not words:
            continue
        starts = [a for a, _e, _w in words]
        mine = []  # (first word, last word, term) of the segment's terms
        for t in terms:
            if seg.span.start <= t.span.start < seg.span.end:
                first = bisect_left(starts, bisect_left(seg.offsets, t.span.start))
                last = bisect_left(starts, bisect_left(seg.offsets, t.span.end)) - 1
                mine.append((first, max(first, last), t))
        for n, (_a, _e, word) in enumerate(words):
            if any(first <= n <= last for first, last, _t in mine):
                continue
            sound = [k for k in keys.word_keys(word, side) if k[0] == SOUND]
            if not sound:
                continue
            near = sorted(
                ((max(first - n, n - last), t) for first, last, t in mine), key=lambda pair: pair[0]
            )
            near = [(d, t) for d, t in near if d <= _NAME_REACH]
            if not near or (len(near) > 1 and near[1][0] == near[0][0]):
                continue
            term: Mention = near[0][1]
            for k in sound:
                had = found.get(k, term)
                found[k] = term if had is not None and terms_match(had, term) else None
    return {k: t for k, t in found.items() if t is not None}


def _renamed(
    context: CheckContext,
    src_text: Sequence[Segment],
    tgt_text: Sequence[Segment],
    src: Sequence[Mention],
    tgt: Sequence[Mention],
) -> list[tuple[Mention, Mention]]:
    """The source terms the translation gives, by the name beside them, as another term of their family:
    «треста «Приморуголь» и Находкинского рыбокомбината» against "the Primorugol combine and the Nakhodka
    fish trust" has both terms, and each name keeps its place, but the trust named Primorugol became a
    combine and the combine a trust (source term, the translation's term it became)."""
    theirs = _named_terms(context, tgt_text, tgt, TARGET)
    out = []
    for k, s in _named_terms(context, src_text, src, SOURCE).items():
        t = theirs.get(k)
        if t is not None and not terms_match(s, t) and terms_rival(s, t) and (s, t) not in out:
            out.append((s, t))
    return out


#: The shortest name key of a translation's word that may stand for a surname (shorter ones meet by chance).
_NAME_KEY_LETTERS = 4
#: What a Russian surname's case ending adds to its name key (vowels are "a"): «Полкова», «Полкову»,
#: «Полковым» against "Polkov".
_CASE_ENDING_KEYS = ("", "a", "am")
_LATIN_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{Ll}'’-]+\b")
_WORD = regex.compile(r"\p{L}+")


def _romanized_words(text: Sequence[Segment], terms: Sequence[Mention]) -> frozenset[str]:
    """The name keys (:func:`aligner.translit.name_key`) of the translation's capitalised words that
    are no words of its terms: "Army" of "Army Group" is no surname, whatever «Армии» sounds like."""
    taken = {w.casefold() for t in terms for w in _WORD.findall(t.text)}
    keys = (
        name_key(m.group())
        for seg in text
        for m in _LATIN_CAPITALISED.finditer(seg.text)
        if m.group().casefold() not in taken
    )
    return frozenset(k for k in keys if len(k) >= _NAME_KEY_LETTERS)


def _a_name_there(s: Mention, romanized: frozenset[str]) -> bool:
    """Whether a source term left alone is a surname the translation spells out: a capitalised word
    that is also a term's case form («генерал Полков», the regiments' genitive) given as "Polkov"."""
    word = s.text.strip()
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    key = name_key(word)
    return any(key.endswith(end) and key[: len(key) - len(end)] in romanized for end in _CASE_ENDING_KEYS)


#: The most characters between two words of one phrase ("инженерных батальона": a space).
_PHRASE_GAP = 2


def _touch(a: Mention, b: Mention) -> bool:
    """Whether two mentions stand side by side in one phrase (a space or a hyphen between them)."""
    return 0 <= b.span.start - a.span.end <= _PHRASE_GAP or 0 <= a.span.start - b.span.end <= _PHRASE_GAP


def _beside(
    s: Mention, rivals: Sequence[Mention], pairs: Sequence[tuple[Mention, Mention]]
) -> Mention | None:
    """The rival standing beside the counterpart of a term standing beside ``s``: in "три инженерных
    батальона и роту связи" against "three signal battalions and a signals company" the engineers stand
    by the battalions, so their rival is the "signal" by "battalions", not the "signals" of the company
    nearer their place in the bead. None when no such rival stands there."""
    for s2, t2 in pairs:
        if _touch(s, s2):
            found = next((t for t in rivals if _touch(t, t2)), None)
            if found is not None:
                return found
    return None


@functools.cache
def _parts() -> dict[str, frozenset[str]]:
    """Each term concept with the bodies it is part of (``part_of`` in terms.toml: a parliament's chamber)."""
    return {
        c["id"]: frozenset(c.get("part_of", ()))
        for c in data_toml(TERMS_FILE).get("concept", ())
        if c.get("part_of")
    }


def _part_or_whole(s: Mention, t: Mention) -> str:
    """Why a source term and the translation's term of another concept may name the same body, as words
    for the message ("" when they may not): one is a part of the other ("парламент" and "House of
    Commons"), which a translator may name for the whole."""
    a, b = str(s.value), str(t.value)
    parts = _parts()
    if b in parts.get(a, ()) or a in parts.get(b, ()):
        return "one names a part of the other, which a translator may name for the whole"
    return ""


def _terms_in_names(
    context: CheckContext, src_text: Sequence[Segment], tgt_text: Sequence[Segment]
) -> list[Mention]:
    """The glossary terms inside the translation's names that no name of the original gives
    ("Ministry" in "the Ministry of Internal Affairs"), one mention a name (its first term)."""
    theirs = {str(m.value) for m in context.mentions(src_text, "names")}
    out = []
    for name in context.mentions(tgt_text, "names"):
        if str(name.value) in theirs or " " not in name.text.strip():
            continue
        tokens = tokenize(name.text, "en")
        found = match_glossary(name.text, tokens, _en_terms(), language="en")
        if found:
            entry = found[0].entry
            out.append(
                Mention(
                    kind="term",
                    value=entry.value,
                    text=name.text,
                    span=name.span,
                    rule=f"{TERMS_FILE}:en:{entry.form}",
                )
            )
    return out


@functools.cache
def _en_terms() -> dict[str, tuple[GlossaryEntry, ...]]:
    """The glossary index of the English term renderings alone (no titles, no names)."""
    return make_index(glossary_entries(TERMS_FILE, "term", "en"))
