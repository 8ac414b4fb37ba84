"""A woman's surname the translation gives in its man's form: «Н. П. Зуевой» against "N. P. Zuyev".

A Russian surname in -ов, -ев, -ин (and -ский) takes a woman's endings (Зуева, Зуевой, Зуеву);
the English keeps the woman's form (Zuyeva, Belyakova, Lapina). A translation that writes the man's form
(Zuyev) turns the woman into a man, or into another person of the same family. The name keys of the name
check meet across the two forms, so it says nothing; this module does.

A word is read as a woman's surname when pymorphy3 reads it only as a woman's surname («Зуевой»), or
when it may be one («Зуеву»: a man's dative or a woman's accusative) and the original elsewhere names
the same surname in a form that only a woman's takes (the document then names a woman of that name), or
the word opens a list entry before its initials («Зуева Н. И. – доцент»: the nominative). A
bead that also gives the man's form of the surname («Зуев и Зуева») is left alone: the family may
be named. The finding (``name.gender``) is minor: the person is the same, the form is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import regex

from ..model import Bead, Finding, Segment, Severity, Span
from ..morph import ru_parses

__all__ = ["women_named", "gender_findings"]

#: A capitalised Cyrillic word (or one in capitals: a signature).
_RU_WORD = regex.compile(r"(?<![\p{L}-])\p{Lu}[\p{Cyrillic}]+(?![\p{L}-])")
#: A capitalised Latin word.
_EN_WORD = regex.compile(r"(?<![\p{L}'-])\p{Lu}[\p{Latin}'’-]+")
#: The endings of a man's form of a Russian surname in English: Zuyev, Orlov, Ilyin, Zhukovsky.
_MAN_ENDING = regex.compile(r"(?:ov|ev|yov|yev|in|yn|sky|skii|skiy|skoi|skoy)$", regex.IGNORECASE)


def _surname_readings(word: str) -> list[tuple[str, bool]]:
    """The word's readings as a surname in the singular: (dictionary form, whether a woman's)."""
    out = []
    for parse in ru_parses(word):
        grammemes = parse.tag.grammemes
        if "Surn" in grammemes and "plur" not in grammemes:
            out.append((parse.normal_form, "femn" in grammemes))
    return out


def _only_woman(word: str) -> str:
    """The surname's dictionary form when the word reads only as a woman's surname, else ""."""
    readings = _surname_readings(word)
    if readings and all(woman for _, woman in readings):
        return readings[0][0]
    return ""


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its text or a sentence (its capital says nothing)."""
    before = text[:at].rstrip()
    if before.endswith(".") and _SHORT_BEFORE.search(before):
        return False  # an initial or an abbreviation before the name: «Н. П. Зуевой», «т. Зуевой»
    return not before or before[-1] in ".!?:;…\n"


#: A word of at most three letters before a period: an initial or an abbreviation (т., тов., Н.).
_SHORT_BEFORE = regex.compile(r"(?<![\p{L}])\p{L}{1,3}\.$")


def women_named(segments: Iterable[Segment], text: str) -> frozenset[str]:
    """The surnames (dictionary forms) the original gives in a form only a woman's takes («Зуевой»),
    not at a sentence's opening."""
    out = set()
    for seg in segments:
        raw = seg.span.of(text)
        for m in _RU_WORD.finditer(raw):
            if not _opens_sentence(raw, m.start()):
                lemma = _only_woman(m.group())
                if lemma:
                    out.add(lemma)
    return frozenset(out)


#: A surname opening a list entry before its initials ("2. Зуева Н. И. – доцент"): the nominative.
_MARKED_ENTRY = regex.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-–—•])[ \t]*$")
_LINE_OPENING = regex.compile(r"(?:^|\n)[ \t]*$")
#: Initials after the surname, and the entry's description after a dash or a comma.
_INITIALS_AFTER = regex.compile(r"[ \t]+\p{Lu}\.[ \t]?\p{Lu}\.(?P<described>[ \t]*[-–—,])?")


def _list_entry(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` opens an entry of a list before initials: a surname in the
    nominative ("2. Зуева Н. И.", "Зуева Н. И. – доцент"), where «-ова», «-ева», «-ина» is a
    woman's form. A line in capitals is a heading, whose name may be a genitive («ДНЕВНИКА … ЗУЕВА С. К.»)."""
    after = _INITIALS_AFTER.match(text, end)
    if after is None or text[start:end].isupper():
        return False
    if _MARKED_ENTRY.search(text, 0, start):
        return True
    return bool(after.group("described")) and bool(_LINE_OPENING.search(text, 0, start))


def _woman(word: str, women: frozenset[str], nominative: bool = False) -> str:
    """The surname's dictionary form when ``word`` names a woman here (``nominative``: the word is known
    to stand in the nominative), else ""."""
    lemma = _only_woman(word)
    if lemma:
        return lemma
    readings = _surname_readings(word)
    for lemma, woman in readings:
        if woman and (
            lemma in women or (nominative and any("nomn" in p.tag.grammemes for p in _woman_parses(word)))
        ):
            return lemma
    return ""


def _woman_parses(word: str) -> list:
    """pymorphy3's readings of ``word`` as a woman's surname."""
    return [
        p for p in ru_parses(word) if {"Surn", "femn"} <= p.tag.grammemes and "plur" not in p.tag.grammemes
    ]


def _man_forms(segments: Sequence[Segment], text: str, lemma: str) -> bool:
    """Whether the segments give the surname in a form only a man's takes («Зуев», «Зуевым»)."""
    for seg in segments:
        for m in _RU_WORD.finditer(seg.span.of(text)):
            readings = _surname_readings(m.group())
            if readings and all(not woman and form == lemma for form, woman in readings):
                return True
    return False


def gender_findings(
    bead: Bead,
    src: Sequence[Segment],
    tgt: Sequence[Segment],
    source_text: str,
    target_text: str,
    women: frozenset[str],
) -> Iterator[Finding]:
    """``name.gender`` findings of one bead: a woman's surname the translation gives as a man's."""
    from .name_words import words_alike  # the name check imports this module

    theirs = [
        (m, seg)
        for seg in tgt
        for m in _EN_WORD.finditer(seg.span.of(target_text))
        if _MAN_ENDING.search(m.group())
    ]
    if not theirs:
        return
    said: set[str] = set()
    for seg in src:
        raw = seg.span.of(source_text)
        for m in _RU_WORD.finditer(raw):
            lemma = _woman(m.group(), women, _list_entry(raw, m.start(), m.end()))
            if not lemma or lemma in said or _man_forms(src, source_text, lemma):
                continue
            other = next(((o, s) for o, s in theirs if words_alike(m.group(), o.group())), None)
            if other is None:
                continue
            said.add(lemma)
            mine = Span(seg.span.start + m.start(), seg.span.start + m.end())
            given = Span(other[1].span.start + other[0].start(), other[1].span.start + other[0].end())
            yield Finding(
                kind="name",
                severity=Severity.MINOR,
                source=bead.source,
                target=bead.target,
                source_evidence=(mine,),
                target_evidence=(given,),
                message=(
                    f"The source names a woman («{m.group()}»); the translation gives the man's form of "
                    f"her surname, “{other[0].group()}”: a reader takes her for a man, or for another person."
                ),
                rule="name.gender",
            )
