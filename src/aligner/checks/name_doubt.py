"""How strong the evidence is that a name of the original was changed into another name.

The ``name`` check pairs a name of the original that the translation does not give with the
translation's names the original does not give ("Петров" against "Sokolov"): a major finding.
Some such pairs are no evidence of a changed name, and are only minor, with the reason said:

- an abbreviation on either side, which the other may spell out ("МФТИ" against "Moscow
  Institute of Physics and Technology");
- two one-word names opening with the same four sounds: two forms of one name (Башкирия and
  "Bashkortostan");
- a Russian compound of clipped words, whose pieces the translation renders ("Мосбиржа": the
  Moscow Exchange; ``name_parts_ru.toml``);
- a country, a people or a capital in the translation where the original names no country
  (``nationalities.toml``): a person or a place is often given by the country's name
  ("Зеленский" against "Ukraine's leader");
- a first name and a patronymic alone, the Russian polite address, which a translation often
  gives as the surname ("Андрей Петрович" against "Kuznetsov");
- more names of the original left over than of the translation, where the translation adds a
  title the original lacks: one of them may be given by the title ("the Premier").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..features import names_match
from ..features.titles import same_title
from ..model import Finding, Mention, Segment
from ..morph import ru_is_known, ru_parses
from ..resources import data_toml
from ..tokens import words as letter_runs
from ..translit import has_cyrillic
from . import CheckContext

__all__ = ["doubt_of", "listed", "named_beside", "nearest_places", "title_added", "BESIDE_REASON"]


def listed(mention: Mention) -> bool:
    """Whether a name was found through a list of known renderings (``data/names.toml`` or a
    user's), not guessed from its shape."""
    return mention.concept is not None and mention.concept.listed_name


# A name written as an abbreviation: one word of two to four capitals ("МФТИ", "ТАСС", "WHO"), or
# of five with fewer than two vowels ("МВТУ"); "ОРЛОВ" in capitals is a surname.
_NO_VOWEL = "[^AEIOUYАЕЁИОУЫЭЮЯ]*"
# Capitals with full stops are an abbreviation too, whatever their vowels ("U.S.", "U.S.S.R.", "С.Ш.А.").
_ABBREVIATION = regex.compile(
    rf"\p{{Lu}}{{2,4}}|(?=\p{{Lu}}{{5}}$){_NO_VOWEL}[AEIOUYАЕЁИОУЫЭЮЯ]?{_NO_VOWEL}|(?:\p{{Lu}}\.){{2,6}}|(?:\p{{Lu}}\.){{1,5}}\p{{Lu}}"
)


def _abbreviation(mention: Mention) -> bool:
    """Whether a name found by its shape is an abbreviation, which a translation may spell out
    ("МФТИ": "Moscow Institute of Physics and Technology"); a listed one has known renderings."""
    return not listed(mention) and _ABBREVIATION.fullmatch(mention.text.strip()) is not None


def doubt_of(source: Mention, others: Sequence[Mention]) -> str | None:
    """Why a source name against the translation's other names is weak evidence of a changed
    name, as words for the message (None when the evidence is strong): an abbreviation on
    either side may be spelt out on the other, and two names opening with the same sounds may
    be two forms of one name (Башкирия and "Bashkortostan", Евровидение and "Eurovision")."""
    if _abbreviation(source) or all(_abbreviation(t) for t in others):
        return " (an abbreviation may be spelt out on the other side)"
    # two names of the shipped list are two names: the list knows each one's renderings
    known = listed(source) and all(listed(t) for t in others)
    if not known and any(_same_stem(source, t) for t in others):
        return " (perhaps another form of the same name)"
    if not known and _clipped_compound(source.text):
        return " (a compound of clipped words, which a translation spells out)"
    if all(_country(t, "en") for t in others) and not _country(source, "ru"):
        return " (a person or a place may be given by the country's name)"
    if _name_and_patronymic(source.text):
        return " (a first name and patronymic, which a translation may give as the surname)"
    return None


def _name_and_patronymic(text: str) -> bool:
    """Whether a Russian name is a first name and a patronymic alone ("Андрей Петрович")."""
    words = letter_runs(text, joiners="", marks=False)
    if len(words) != 2:
        return False
    first, second = (ru_parses(w) for w in words)
    return any("Name" in p.tag.grammemes for p in first) and any("Patr" in p.tag.grammemes for p in second)


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """Russian word starts and English words of countries, peoples and capitals (``nationalities.toml``)."""
    ru: set[str] = set()
    en: set[str] = set()
    for entry in data_toml("nationalities.toml").get("country", ()):
        ru.update(w.lower().replace("ё", "е") for w in (*entry.get("ru", ()), *entry.get("seat_ru", ())))
        en.update(w.lower() for w in (*entry.get("en", ()), *entry.get("seat_en", ())))
    return frozenset(ru), frozenset(en)


#: Letters with full stops, one abbreviation ("U.S.", "U.S.S.R.").
_DOTTED = regex.compile(r"(?:\p{L}\.){2,6}|(?:\p{L}\.){1,5}\p{L}")


def _country(mention: Mention, language: str) -> bool:
    """Whether a one-word name is a country, a people or a capital ("Ukraine", «Киеве»)."""
    text = mention.text.strip().lower().replace("ё", "е")
    if _DOTTED.fullmatch(text):
        text = text.replace(".", "")  # "U.S." is the word "us"
    words = letter_runs(text, joiners="", marks=False)
    if len(words) != 1:
        return False
    ru, en = _countries()
    return words[0].startswith(tuple(ru)) if language == "ru" else words[0] in en


#: The shortest word left after a clipped start for a name to read as a compound (Мос-биржа).
CLIPPED_REST = 4


@functools.cache
def _clipped_starts() -> tuple[str, ...]:
    return tuple(data_toml("name_parts_ru.toml").get("clipped_starts", ()))


@functools.cache
def _surname_endings() -> tuple[str, ...]:
    return tuple(data_toml("name_parts_ru.toml").get("cyrillic_surname_endings", ()))


def _clipped_compound(text: str) -> bool:
    """Whether a one-word Russian name is a compound of a clipped word and a word of the
    dictionary (Мосбиржа: Moscow Exchange; Госсовет: State Council; ``name_parts_ru.toml``)."""
    word = text.strip().lower().replace("ё", "е")
    if not word.isalpha() or not has_cyrillic(word) or word.endswith(_surname_endings()):
        return False  # Миндлин: a surname, whatever its start
    return any(
        word.startswith(start) and len(word) - len(start) >= CLIPPED_REST and ru_is_known(word[len(start) :])
        for start in _clipped_starts()
    )


#: How many sounds (of :func:`aligner.translit.name_key`) two forms of one name share at their start.
SHARED_STEM = 4


def _same_stem(a: Mention, b: Mention) -> bool:
    """Whether two one-word names open with the same four sounds or more (Башкирии,
    "Bashkortostan"): the same name in another form, not another name."""
    ka, kb = str(a.value), str(b.value)
    if " " in ka or " " in kb:
        return False
    return len(ka) >= SHARED_STEM and len(kb) >= SHARED_STEM and ka[:SHARED_STEM] == kb[:SHARED_STEM]


def title_added(context: CheckContext, src: Sequence[Segment], tgt: Sequence[Segment]) -> bool:
    """Whether the translation's segments hold a title the original's do not, standing alone ("the
    Premier said" for a name; not "Comrade Stalin", a form of address before a name)."""
    mine = context.mentions(src, "titles")
    return any(
        t.family != "address"
        and _HELD.match(context.target_text, t.span.end) is None
        and not any(same_title(s, t) for s in mine)
        for t in context.mentions(tgt, "titles")
    )


#: A name right after a title: "General Deane", "Marshal J. V. Stalin".
_HELD = regex.compile(r"[\s,]+(?:\p{Lu}\.\s*){0,3}\p{Lu}\p{Ll}")


def nearest_places(
    lone_src: Sequence[Mention],
    lone_tgt: Sequence[Mention],
    src_text: Sequence[Segment],
    tgt_text: Sequence[Segment],
    text: str,
) -> list[Mention]:
    """The source names that may stand where the translation's lone names stand: for each of those,
    the source name nearest its place in the passage (a share of the passage's length), and any name
    of the original listed beside a chosen one ("Губерния Сибирии и Новосибирск", a list the
    translation may replace by one name). ``text`` is the original's text the spans point into."""

    def place(mention: Mention, segments: Sequence[Segment]) -> float:
        start = min(seg.span.start for seg in segments)
        end = max(seg.span.end for seg in segments)
        return (mention.span.start - start) / max(1, end - start)

    left = list(lone_src)
    chosen: list[Mention] = []
    for t in lone_tgt:
        if not left:
            break
        at = place(t, tgt_text)
        best = min(left, key=lambda s: abs(place(s, src_text) - at))
        left.remove(best)
        chosen.append(best)
    grown = True
    while grown:  # the names listed beside a chosen one, and beside those
        beside = [s for s in left if any(_listed_beside(s, c, text) for c in chosen)]
        grown = bool(beside)
        for s in beside:
            left.remove(s)
            chosen.append(s)
    return chosen


def _listed_beside(a: Mention, b: Mention, text: str) -> bool:
    """Whether two names of the original stand side by side as a list: nothing but a comma or a
    conjunction between them ("Тольятти и Лонго", "Милане, Турине")."""
    first, second = (a, b) if a.span.start < b.span.start else (b, a)
    between = text[first.span.end : second.span.start]
    joining = letter_runs(between)
    if len(joining) > 1 or "." in between:
        return False
    if not joining:
        return True
    parses = ru_parses(joining[0])
    return bool(parses) and parses[0].tag.POS == "CONJ"


#: The most lone beads in a row looked through, from a bead outwards, for a name it lacks.
_LONE_RUN = 2

#: Why a name the translation lacks is minor when a lone translation segment beside the bead names it.
BESIDE_REASON = (
    " (Minor: {ids} beside it, which the alignment pairs with nothing, names it: the two sides may cut"
    " these sentences differently, a headline run into its first sentence, say.)"
)


def named_beside(context: CheckContext, finding: Finding) -> str:
    """The ids of the translation's segments alone in a bead beside ``finding``'s (up to
    :data:`_LONE_RUN` of them in a row, none of the original's) that name a name of the original the
    finding says the translation lacks, or "": the alignment there is doubtful, and the name may
    well be rendered next door (an original that runs a headline into its first sentence, a
    translation that cuts them apart and pairs the headline with another sentence)."""
    beads = list(context.running_text())
    at = next(
        (i for i, (b, _, _) in enumerate(beads) if b.source == finding.source and b.target == finding.target),
        None,
    )
    if at is None:
        return ""
    mine = [m for m in context.mentions(beads[at][1], "names") if m.span in finding.source_evidence]
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(beads) and abs(k - at) <= _LONE_RUN and not beads[k][1] and beads[k][2]:
            theirs = context.mentions(beads[k][2], "names")
            if any(names_match(t, s) >= _SAME_NAME for s in mine for t in theirs):
                return ", ".join(t.id for t in beads[k][2])
            k += step
    return ""


#: How closely (0-1) a lone segment's name must match the original's to name it.
_SAME_NAME = 0.8
