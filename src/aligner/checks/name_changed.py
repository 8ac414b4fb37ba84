"""Names the name finder leaves out on purpose, read again where another name is missing.

The name finder is cautious with two kinds of capitalised word, because most of
them are no names: a word that opens a sentence ("Yesterday", "Кузнецов", which
is also the genitive plural of "кузнец"), and a Russian word that is also a
common noun ("Дамба": a dam). In a bead where one side has a name the other does
not render, such a word on the other side is most likely the name it was changed
to: "Петров доложил" against "Sokolov reported", "товарищ Дамба" against "Comrade
Sambu". :func:`weak_names` reads these words as names, so the name check can
pair the two and report a changed name, whether or not either is a known name.

A word counts only where it is no common word of its language, is not already
part of a name, title or term the features found, and:

- in English, opens a sentence ("Sokolov arrived");
- in Russian, has a person's name among its readings ("Кузнецов возглавил", "вчера
  Зайцев доложил"), or opens a sentence and is no word of the dictionary and no
  adjective ("Цеденбал прибыл"), or follows a rank or a form of address ("товарищ
  Дамба", "полковник Орел").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Any

import regex

from ..features.name_candidates import en_is_common, ru_name_lemma
from ..model import Mention, Segment, Span
from ..morph import parses_of, ru_is_known
from ..resources import data_toml
from ..tokens import tokens, word_pattern
from ..translit import has_cyrillic, name_key

__all__ = ["WEAK_RULE", "weak_names", "capital_words"]

#: The rule of a name read from a word the name finder leaves out (sentence-initial, common-looking).
WEAK_RULE = "name.weak"
#: The shortest word read as a name this way.
MIN_LETTERS = 3

#: The words of a segment (:func:`aligner.tokens.tokens`, its default reading).
_WORDS = word_pattern()
# Where a sentence opens: the segment's start, or after a full stop, a colon or a quotation mark.
_OPENING = regex.compile(r"(?:^|[.!?:;«\"“(]\s*|\n\s*)$")
# Between a rank or form of address and the name it introduces: a space, perhaps an initial or two.
_AFTER_TITLE = regex.compile(r"\s+(?:\p{Lu}\.\s*){0,2}$")


def _taken(span: Span, taken: Sequence[Span]) -> bool:
    return any(span.start < t.end and t.start < span.end for t in taken)


def _opens_sentence(text: str, start: int) -> bool:
    return _OPENING.search(text[max(0, start - 4) : start]) is not None


def _after_title(segment: Segment, start: int, titles: Sequence[Span]) -> bool:
    """Whether the word at ``start`` (of the segment's text) follows a rank or form of address."""
    for title in titles:
        if not segment.span.start <= title.end <= segment.span.end:
            continue
        # the title's end in the segment's text: the first character mapped at or after it
        at = next((n for n, off in enumerate(segment.offsets) if off >= title.end), None)
        if at is not None and at <= start and _AFTER_TITLE.fullmatch(segment.text, at, start):
            return True
    return False


#: pymorphy3's tags of a first name, surname or patronymic.
_NAME_READINGS = frozenset(("Name", "Surn", "Patr"))


@functools.cache
def _surname_shape() -> regex.Pattern[str]:
    """A Russian word ending like a surname (``name_parts_ru.toml``): Белов, Соловьева."""
    data = data_toml("name_parts_ru.toml")
    stems = "|".join(sorted(data["cyrillic_surname_endings"], key=len, reverse=True))
    cases = "|".join(sorted(data["cyrillic_surname_cases"], key=len, reverse=True))
    return regex.compile(rf"\p{{Lu}}\p{{Ll}}{{2,}}(?:{stems})(?:{cases})$")


def _ru_name_reading(word: str) -> bool:
    """Whether a capitalised Russian word inside a sentence has a person's name among its
    readings (Зайцев: a surname, or "of hares"; Белов)."""
    if sum(ch.isupper() for ch in word) > 1:
        return False
    parses = parses_of(word.lower().replace("ё", "е"))
    if (_surname_shape().match(word.replace("ё", "е")) or _surname_shape().match(word)) and not _common_noun(
        word, parses
    ):
        return True  # Соловьев: a surname by its ending, whatever else it may read as
    return any(_NAME_READINGS & set(p.tag.grammemes) for p in parses)


def _common_noun(word: str, parses: Sequence[Any]) -> bool:
    """Whether the dictionary knows a word only as a common noun in the singular ("Причиной", "the
    reason" in the instrumental), never as a name: its surname-like ending then proves nothing. A
    surname that is also a common word reads as a plural of it (Соловьев, "of nightingales")."""
    return (
        bool(parses)
        and ru_is_known(word)
        and all(
            {"NOUN", "sing"} <= (tags := set(p.tag.grammemes)) and not (_NAME_READINGS & tags) for p in parses
        )
    )


def _ru_name_like(word: str) -> bool:
    """Whether a Russian word reads as a name, or is no word of the dictionary and no
    adjective by its ending (Цеденбал, Кекконен; not Беспружинный)."""
    parses = parses_of(word.lower().replace("ё", "е"))
    if ru_name_lemma(word) is not None or _ru_name_reading(word):
        return True  # Зайцев: first read as "of hares", but a surname too
    # an unknown word guessed as a full adjective (Беспружинный) is a word, not a name
    return not ru_is_known(word) and not (parses and {"ADJF", "PRTF"} & set(parses[0].tag.grammemes))


#: A run of two or three capitalised syllables, the last perhaps with a hyphenated lower-case
#: one: a Korean or Chinese name in Russian letters ("Се Фан", "Пак Ир У", "Ли Кэ-нун"), whose
#: syllables may each spell a common word or be too short to read as a name alone.
_SYLLABLES = regex.compile(
    r"(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}{0,3}(?:\s\p{Lu}\p{Ll}{0,3}){1,2}(?:-\p{Ll}{1,4})?(?![\p{L}\p{N}-])"
)


def _syllable_runs(segment: Segment) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalised syllables in a Russian segment (see :data:`_SYLLABLES`): a capital
    after the first word is a name's, whatever the syllables spell alone."""
    for match in _SYLLABLES.finditer(segment.text):
        yield match.start(), match.end(), match.group().lower()


def _name_part(part: str) -> bool:
    """Whether a part after a hyphen continues a name: lower-case letters, perhaps after a capital
    ("Велин-дор", "Jean-Paul")."""
    rest = part[1:] if part[:1].isupper() else part
    return rest.isalpha() and rest.islower()


def _name_words(token: str) -> list[tuple[int, str]]:
    """The parts of a word (:func:`aligner.tokens.tokens`) written as a name is, with their offsets
    in it: a capital and a small letter first, then hyphenated parts while they are written so
    ("Велин-Дор", "Jean-Paul"); a part that is not ends it, and a later one may open another
    ("Qarimi" of "al-Qarimi", "Dal" and "Kor" of "Dal-B-Kor")."""
    if "-" not in token:  # most words: one part
        return [(0, token)] if token[:1].isupper() and token[1:2].islower() else []
    out: list[tuple[int, str]] = []
    at = 0
    run: list[str] = []
    run_at = 0
    for part in token.split("-"):
        if run and _name_part(part):
            run.append(part)
        else:
            if run:
                out.append((run_at, "-".join(run)))
            run = [part] if part[:1].isupper() and part[1:2].islower() else []
            run_at = at
        at += len(part) + 1
    if run:
        out.append((run_at, "-".join(run)))
    return out


def _candidates(segment: Segment, language: str, titles: Sequence[Span]) -> Iterator[tuple[int, int, str]]:
    # words with a capital (most have none: they are passed over at once)
    capitalised = [
        (m.start(), token) for m in _WORDS.finditer(segment.text) if not (token := m.group()).islower()
    ]
    if any(sum(map(str.isupper, token)) >= 4 for _, token in capitalised):
        yield from _capitals(segment, language)  # words in capitals need four capitals at least
    if language == "ru":
        yield from _syllable_runs(segment)
    for at, token in capitalised:
        for offset, word in _name_words(token):
            if len(word) >= MIN_LETTERS and has_cyrillic(word) == (language == "ru"):
                yield from _read_as_name(segment, language, titles, at + offset, word)


def _read_as_name(
    segment: Segment, language: str, titles: Sequence[Span], start: int, word: str
) -> Iterator[tuple[int, int, str]]:
    """The word at ``start`` as a name, if it reads as one where it stands (see the module)."""
    end = start + len(word)
    opens = _opens_sentence(segment.text, start)
    if language == "en":
        if opens and not any(en_is_common(part) for part in word.split("-")):
            yield start, end, word
    elif _after_title(segment, start, titles) or (
        _ru_name_like(word) and not _adjective_of_next_noun(segment.text, end, word)
        if opens
        else _ru_name_reading(word)
    ):
        yield start, end, ru_name_lemma(word) or word.lower()


#: The word right after another, in lower case: the noun an adjective opening a sentence may go with.
_NEXT_LOWER = regex.compile(r"\s+(\p{Ll}+)(?!\p{L})")


def _adjective_of_next_noun(text: str, end: int, word: str) -> bool:
    """Whether a Russian word opening a sentence is an adjective that agrees with the noun after it in
    lower case: «Крутой поворот», «Кокосовая стружка» give an adjective, not the surname Крутой
    (a surname opening a sentence goes on with a verb: «Толстой написал»)."""
    after = _NEXT_LOWER.match(text, end)
    if after is None:
        return False
    nouns = [p.tag for p in parses_of(after.group(1).replace("ё", "е")) if "NOUN" in p.tag]
    if not nouns:
        return False
    adjectives = [p.tag for p in parses_of(word.lower().replace("ё", "е")) if "ADJF" in p.tag]
    return any(
        a.case == n.case and a.number == n.number and (a.number == "plur" or a.gender == n.gender)
        for a in adjectives
        for n in nouns
    )


_VOWEL = regex.compile(r"[aeiouyаеёиоуыэюя]", regex.IGNORECASE)


def _pronounceable(word: str) -> bool:
    """Whether a word in capitals reads as a word, not an acronym spelt letter by letter (МНРП,
    MPRP, КЧЖД): a surname has a vowel in every four letters or so (Shtykov, Gushchin)."""
    return len(_VOWEL.findall(word)) * 4 >= len(word)


def _capitals(segment: Segment, language: str) -> Iterator[tuple[int, int, str]]:
    """Words in capitals read as names by the test of a word opening a sentence, written as a name is
    (ОРЕХОВ as Орехов, AFANASYEV as Afanasyev): no common word, no acronym the dictionary knows."""
    for start, end, caps in capital_words(segment.text):
        word = "-".join(part.capitalize() for part in caps.split("-"))
        if has_cyrillic(word) != (language == "ru") or not _pronounceable(word):
            continue
        if language == "en":
            if not any(en_is_common(part) for part in word.split("-")):
                yield start, end, word
        elif _ru_name_like(word):
            yield start, end, ru_name_lemma(word) or word.lower()


def _all_capitals(part: str, least: int) -> bool:
    """Whether a part of a word is ``least`` capital letters or more and nothing else."""
    return len(part) >= least and all(map(str.isupper, part))


def capital_words(text: str) -> list[tuple[int, int, str]]:
    """The words in capitals of ``text``, as a typed signature or an addressee gives a surname
    ("Подпись: ОРЕХОВ"): four capitals or more, then hyphenated parts of two or more ("ИВАНОВ-
    ПЕТРОВ"), with no letter or digit against either end, as ``(start, end, word)``.

    The words are those of :func:`aligner.tokens.tokens` (hyphens joining, digits words of
    their own): a run of capitals may open at any part of a word and ends at the first part
    that is not one ("ABCD-EF" of "ABCD-EF-g"); a run that a digit follows gives up its last
    part, or is none.
    """
    found = tokens(text, joiners="-", marks=False, numbers=True)
    out = []
    for n, (start, end, word) in enumerate(found):
        if word.islower():
            continue  # no capital at all
        glued_before = n > 0 and found[n - 1][1] == start  # a digit against the word
        glued_after = n + 1 < len(found) and found[n + 1][0] == end
        parts = word.split("-")
        at = 0
        k = 0
        while k < len(parts):
            if _all_capitals(parts[k], 4) and not (k == 0 and glued_before):
                run = [parts[k]]
                while k + len(run) < len(parts) and _all_capitals(parts[k + len(run)], 2):
                    run.append(parts[k + len(run)])
                if k + len(run) == len(parts) and glued_after:
                    run.pop()  # the word's last part touches a digit
                if run:
                    caps = "-".join(run)
                    out.append((start + at, start + at + len(caps), caps))
                    for part in run:
                        at += len(part) + 1
                    k += len(run)
                    continue
            at += len(parts[k]) + 1
            k += 1
    return out


def weak_names(
    segments: Sequence[Segment], language: str, taken: Sequence[Span], titles: Sequence[Span]
) -> list[Mention]:
    """The words of the segments read as names only where another name is missing (see module).

    ``taken`` are the spans of names, titles and terms already found; ``titles`` the
    spans of ranks and forms of address, whose next capitalised word is a name.
    """
    out = []
    for segment in segments:
        for start, end, form in _candidates(segment, language, titles):
            span = segment.raw_span(start, end)
            if not _taken(span, taken):
                out.append(
                    Mention(
                        kind="name",
                        value=name_key(form),
                        text=segment.text[start:end],
                        span=span,
                        rule=WEAK_RULE,
                    )
                )
    return out
