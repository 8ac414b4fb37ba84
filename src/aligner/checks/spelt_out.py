"""Abbreviations a translation spells out: an institution's initials (ГКЭС) or a compound
abbreviation (Главсевморпуть, Минвнешторг) given by the full name ("the State Committee for …",
"the Chief Administration of …"). The expansion renders the abbreviation: it is no addition, and the
abbreviation is no name left out.

The knowledge (the stems compound abbreviations open with, the small words of a name) lives in
``data/compound_abbreviations.toml``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence

import regex

from ..lexicon import default_lexicon
from ..model import Mention, Segment
from ..morph import en_stem
from ..resources import data_toml
from ..translit import romanize

__all__ = ["abbreviations", "expands", "is_abbreviation", "spelt_out_name", "spelt_out_names"]

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")
_NON_SPACE = regex.compile(r"\S+")
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}+")
#: Two Russian consonants in a row (or a hard or soft sign): what initials read as letters hold.
_CONSONANTS = regex.compile(r"[^АЕЁИОУЫЭЮЯаеёиоуыэюя]{2}")


@functools.cache
def _data() -> tuple[tuple[str, ...], int, frozenset[str]]:
    """The stems, the longest acronym and the small words of a name (``compound_abbreviations.toml``)."""
    raw = data_toml("compound_abbreviations.toml")
    stems = tuple(sorted((str(s) for s in raw.get("stems", ())), key=len, reverse=True))
    joiners = frozenset(str(w) for w in raw.get("name_joiners", ()))
    return stems, int(raw.get("acronym_letters", 6)), joiners


def is_abbreviation(word: str, known: Callable[[str], Iterable[str]]) -> bool:
    """Whether a Russian ``word`` is an institution's abbreviation the dictionary (``known``: a word's
    entries) has no entry for: initials in capitals (ГКЭС) or a compound abbreviation that opens with
    one of the stems (Главсевморпуть, облисполком)."""
    if not _CYRILLIC.fullmatch(word) or any(known(word)):
        return False
    stems, acronym, _ = _data()
    if word.isupper():  # initials sound no word: two consonants in a row (ГКЭС), not КИМ or ЛИ
        return 2 <= len(word) <= acronym and _CONSONANTS.search(word) is not None
    low = word.lower()
    return len(low) >= 6 and _splits(low, stems, known, first=True)


#: The case endings a compound abbreviation takes after its last stem (Минрыбпрому, Главсевморпутем,
#: Госплана).
_CASE_ENDINGS = ("а", "у", "ом", "ем", "е", "ы", "и", "ов", "ам", "ами", "ах")


def _last_part(rest: str, stems: tuple[str, ...], known: Callable[[str], Iterable[str]]) -> bool:
    """Whether ``rest`` may end a compound abbreviation: a stem, perhaps in a case form (-пром, -прому),
    or a word the dictionary knows (-плана)."""
    if rest in stems or (len(rest) >= 3 and any(known(rest))):
        return True
    return any(rest.endswith(e) and rest[: -len(e)] in stems for e in _CASE_ENDINGS)


def _splits(rest: str, stems: tuple[str, ...], known: Callable[[str], Iterable[str]], *, first: bool) -> bool:
    """Whether ``rest`` is made of the stems, the last part perhaps a word the dictionary knows or a
    stem in a case form (Гос-плана, Глав-рыб-пром, Мин-рыб-прому): at least one stem first, so a word
    alone is none."""
    if not first and _last_part(rest, stems, known):
        return True
    return any(
        rest.startswith(s) and _splits(rest[len(s) :], stems, known, first=False)
        for s in stems
        if len(s) < len(rest)
    )


def _parts(rest: str, stems: tuple[str, ...], known: Callable[[str], Iterable[str]]) -> list[str] | None:
    """The parts of a compound abbreviation (:func:`_splits`): "главрыбпром" as глав, рыб, пром."""
    if _last_part(rest, stems, known):
        return [rest]
    for s in stems:
        if len(s) < len(rest) and rest.startswith(s):
            tail = _parts(rest[len(s) :], stems, known)
            if tail is not None:
                return [s, *tail]
    return None


def _letters(word: str, known: Callable[[str], Iterable[str]]) -> str:
    """The Russian letters an abbreviation's words open with, lower case: its initials (ГКЭС: гкэс) or
    its parts' first letters (Главрыбпром: грп), "" when they are not known."""
    if word.isupper():
        return word.lower()
    stems, _, _ = _data()
    low = word.lower()
    parts = next((p for s in stems if low.startswith(s) and (p := _parts(low[len(s) :], stems, known))), None)
    return (low[0] + "".join(p[0] for p in parts)) if parts else ""


@functools.cache
def _russian_initials() -> dict[str, frozenset[str]]:
    """The first letters of the Russian words the shipped lexicon renders by each English stem
    (chief: г of главный, sea: м of море)."""
    out: dict[str, set[str]] = {}
    for en, ru in default_lexicon().entries:
        if " " not in en and ru[:1].isalpha():
            out.setdefault(en_stem(en.lower()), set()).add(ru[0].lower().replace("ё", "е"))
    return {k: frozenset(v) for k, v in out.items()}


def _opens(letter: str, word: str) -> bool:
    """Whether an English word may stand for a Russian word opening with ``letter``: a word the lexicon
    renders by one (Chief: главный), or a name opening with the letter (Kirov: К)."""
    if letter in _russian_initials().get(en_stem(word.lower()), ()):
        return True
    return romanize(letter, "bgn")[:1].lower() == word[:1].lower()


#: More than this share of an abbreviation's letters the words of its spelt-out name must give in
#: order (Russian initials skip words English gives, and English may render a word by another).
EXPANSION_SHARE = 0.5


def expands(word: str, english: Sequence[str], known: Callable[[str], Iterable[str]]) -> bool:
    """Whether the capitalised words of an English name (``english``, the small words left out) may be
    the Russian abbreviation ``word`` spelt out: its letters (:func:`_letters`) are, in order, for
    more than half of them, the first letters of the Russian words the English words render ("Chief
    Administration of the Fishing Industry" for Главрыбпром: г, р, п), not an unrelated name's."""
    letters = _letters(word, known)
    if not letters:
        return True  # nothing to test the name by
    parts = [p for w in english for p in w.split("-") if p[:1].isupper()]
    # the longest run of the letters met in order by words in order (a subsequence on both sides)
    best = [0] * (len(parts) + 1)
    for letter in letters:
        row = best[:]
        for j, part in enumerate(parts):
            row[j + 1] = max(row[j], best[j + 1], best[j] + 1 if _opens(letter, part) else 0)
        best = row
    return best[-1] > len(letters) * EXPANSION_SHARE


def abbreviations(text: str, known: Callable[[str], Iterable[str]]) -> list[str]:
    """The abbreviations of a Russian text (:func:`is_abbreviation`), in order."""
    return [m.group() for m in _WORD.finditer(text) if is_abbreviation(m.group(), known)]


def spelt_out_name(text: str) -> bool:
    """Whether an English ``text`` is only an institution's name in title case, an article and
    punctuation aside: three words or more, each capitalised but the small words of a name ("the
    Chief Administration of the Northern Sea Route,", "State Committee for Foreign Trade")."""
    _, _, joiners = _data()
    words = [m.group() for m in _WORD.finditer(text)]
    if len(words) < 3:
        return False
    inner = words[1:] if words[0].lower() == "the" else words
    if not inner or not inner[0][:1].isupper() or not inner[-1][:1].isupper():
        return False
    capitals = [w for w in inner if w[:1].isupper()]
    small = [w for w in inner if not w[:1].isupper()]
    return len(capitals) >= 2 and all(w in joiners for w in small)


#: A run of capitalised English words, the small words of a name between them: an institution's name
#: ("Communist Party of the Soviet Union", "Chief Administration of the Northern Sea Route").
_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|for|and|on)\s+)*\p{Lu}[\p{L}'’-]*)+")


@functools.cache
def _acronyms() -> dict[str, frozenset[str]]:
    """The English acronyms (CPSU, AUCCTU) of each Russian form of ``names.toml``, by that form in
    lower case."""
    out: dict[str, set[str]] = {}
    for entry in data_toml("names.toml").get("name", ()):
        short = {e.replace(".", "") for e in entry.get("en", ()) if e.replace(".", "").isupper()}
        for form in entry.get("ru", ()) if short else ():
            out.setdefault(str(form).lower(), set()).update(short)
    return {k: frozenset(v) for k, v in out.items()}


def _runs(segments: list[Segment]) -> list[list[tuple[int, int, str]]]:
    """The institution names of English segments (:data:`_NAME_RUN`, three words or more): the
    capitalised words of each, with where they lie in the file."""
    out = []
    for seg in segments:
        for m in _NAME_RUN.finditer(seg.text):
            capitals = [w for w in _NON_SPACE.finditer(m.group()) if w.group()[:1].isupper()]
            if len(m.group().split()) < 3 or len(capitals) < 2:
                continue
            at = m.start()
            out.append(
                [
                    (
                        seg.raw_span(at + w.start(), at + w.end()).start,
                        seg.raw_span(at + w.start(), at + w.end()).end,
                        w.group(),
                    )
                    for w in capitals
                ]
            )
    return out


def _initialled(run: list[tuple[int, int, str]], acronyms: frozenset[str]) -> tuple[int, int] | None:
    """Where the words of ``run`` whose initials spell one of ``acronyms`` lie ("the Communist
    Party of the Soviet Union": CPSU), or ``None``."""
    for i in range(len(run)):
        for j in range(i + 2, len(run) + 1):
            # a hyphenated word gives each part's initial ("All-Union": AU)
            if "".join(p[0] for w in run[i:j] for p in w[2].split("-") if p[:1].isupper()) in acronyms:
                return run[i][0], run[j - 1][1]
    return None


def _qualifies(abbreviation: Mention, name: Mention) -> bool:
    """Whether ``name`` stands right after ``abbreviation``, one space between (Минрыбпром СССР)."""
    return abbreviation.span.end < name.span.start <= abbreviation.span.end + 1


def spelt_out_names(
    lone_src: list[Mention],
    lone_tgt: list[Mention],
    targets: list[Segment],
    known: Callable[[str], Iterable[str]],
) -> tuple[list[Mention], list[Mention]]:
    """The names left unpaired in a bead but those an English institution's name spells out:
    an abbreviation of the original (КПСС) whose listed acronym (CPSU) the initials of a run of
    capitalised words give ("the Communist Party of the Soviet Union"), or an abbreviation the
    dictionary does not know (Главрыбпром) beside such a run. The translation's names inside the
    run ("Soviet Union") go with it. A listed name with no acronym keeps to its listed renderings."""
    runs = _runs(targets)
    if not runs or not lone_src:
        return lone_src, lone_tgt
    used: list[tuple[int, int]] = []
    kept = []
    spelt: list[Mention] = []
    for s in lone_src:
        listed = _acronyms().get(s.text.lower())
        match: tuple[int, int] | None = None
        if listed is not None:
            match = next((m for r in runs if (m := _initialled(r, listed)) is not None), None)
        elif not (s.concept is not None and s.concept.listed_name) and is_abbreviation(s.text, known):
            # a listed name has its renderings, which the name check pairs (Госбанк is no "Ministry of …")
            match = next(
                (
                    (r[0][0], r[-1][1])
                    for r in runs
                    if (r[0][0], r[-1][1]) not in used and expands(s.text, [w for _, _, w in r], known)
                ),
                None,
            )
        if match is None:
            kept.append(s)
        else:
            used.append(match)
            spelt.append(s)
    # «Минрыбпром СССР» as "the Ministry of the Fish Industry": the country's initials right after a
    # spelt-out abbreviation are part of the institution's title, which a translation may give short
    kept = [s for s in kept if not (s.text.isupper() and any(_qualifies(a, s) for a in spelt))]
    inside = [t for t in lone_tgt if any(a <= t.span.start and t.span.end <= b for a, b in used)]
    return kept, [t for t in lone_tgt if t not in inside]
