"""The glossary matcher that terms, titles and known names share: every entry found in a text, left to
right, the longest at each word (``"Председателю Совета Министров"`` is one office, not a chairman and a
council), entries tried in a fixed order. A term begins at no bearer's surname after a title («полковник
Бык»), no surname made of a common word («Козлов»), no English word after a hyphen ("anti-aircraft"); a
clipped title matches letter for letter ("Геном" is no "ген."). The entries and word keys are
:mod:`aligner.features.terms`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs
import regex

from ..resources import data_toml
from .terms import TERMS_FILE, GlossaryEntry, Token, fold, pieces, ru_function_word

__all__ = ["GlossaryMatch", "make_index", "match_glossary", "skip_words"]


# What may stand between two words of one glossary entry: spaces, hyphens, periods, apostrophes.
_GAP_RE = regex.compile(r"[\s\-\u2010\u2011.'’]*")


@attrs.frozen
class GlossaryMatch:
    """A glossary entry found in a text: the entry and the offsets of the match in that text."""

    entry: GlossaryEntry
    start: int
    end: int


@functools.cache
def skip_words(language: str) -> frozenset[str]:
    """Function words skipped inside multi-word English entries (``Chairman of the Council``)."""
    if language != "en":
        return frozenset()
    words: set[str] = set()
    for name in (TERMS_FILE, "titles.toml"):
        words.update(fold(w) for w in data_toml(name).get("skip_en", ()))
    return frozenset(words)


def make_index(entries: Iterable[GlossaryEntry]) -> dict[str, tuple[GlossaryEntry, ...]]:
    """Entries indexed by every key of their first word, longest entries first."""
    index: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        for key in entry.keys[0]:
            index.setdefault(key, []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.keys))) for k, v in index.items()}


@functools.lru_cache(maxsize=10_000)
def _hyphen_gaps(form: str) -> frozenset[int]:
    """The pieces of a form that must follow a hyphen: those of a hyphenated
    abbreviation with a one-letter part ("г-ну", "г-жа"), whose other readings
    ("г. на", a year and a preposition) are common words."""
    found = pieces(form)
    out = set()
    for n in range(1, len(found)):
        gap = form[found[n - 1][1] : found[n][0]]
        if "-" in gap and min(len(found[n - 1][2]), len(found[n][2])) == 1:
            out.add(n)
    return frozenset(out)


def _as_clipped(token: Token, form: str) -> bool:
    """Whether ``token`` writes the clipped ``form`` letter for letter: a clipped form is not
    declined, so "Геном" (a gene) is no "ген." (General)."""
    return fold(token.text) == fold(form)


def _bare_capital(text: str, token: Token) -> bool:
    """Whether a Russian token is capitalised (not in capitals) and no period follows it: a
    clipped title is written with its period ("Ген. Ли"), so "Ген" there is a syllable of a name
    ("Ким Ген Сук") or a word opening a sentence. A period may follow the last syllable of a name
    at a sentence's end ("… возглавит Пак Ир Ген."): after another short capitalised syllable that
    is no function word, the token is a syllable too."""
    word = token.text
    if not word[:1].isupper() or word.isupper():
        return False
    if text[token.end : token.end + 1] != ".":
        return True
    before = _SYLLABLE_BEFORE.search(text, 0, token.start)
    return before is not None and not ru_function_word(before["syllable"].lower())


#: A short capitalised word and one space straight before a token: a syllable of a name ("Ир " of
#: "Пак Ир Ген").
_SYLLABLE_BEFORE = regex.compile(r"(?:^|(?<=\s))(?P<syllable>\p{Lu}\p{Ll}{0,3}) $")


@functools.lru_cache(maxsize=100_000)
def _reads_as_surname(word: str) -> bool:
    """Whether the dictionary reads a Russian word as a surname (Козлов, Волкова)."""
    from ..morph import parses_of

    return any("Surn" in p.tag for p in parses_of(word.lower().replace("ё", "е")))


def _surname_form(token: Token) -> bool:
    """Whether a capitalised Russian word is a surname's form: a common word a surname is made of
    ("Козлов", the goats' genitive) written with a capital is the surname."""
    return token.capitalised and _reads_as_surname(token.text)


def _after_hyphen(text: str, token: Token) -> bool:
    """Whether a word is the second part of a hyphenated compound ("aircraft" of "anti-aircraft",
    "committee" of "sub-committee"): in English it names no thing of its own there, so no term
    begins at it (a term written with the hyphen begins at its first part). Not so in Russian,
    where the second noun names the kind: «самолетов-истребителей» are fighters."""
    at = token.start
    return at >= 2 and text[at - 1] == "-" and text[at - 2].isalpha()


def _match_at(
    text: str,
    tokens: Sequence[Token],
    i: int,
    entry: GlossaryEntry,
    skip: frozenset[str],
    *,
    bearer: bool = False,
) -> int:
    """The index after the last token of ``entry`` matched from token ``i``, or -1 (``bearer``: the
    token names the bearer of a title just before it, so it begins no term)."""
    if entry.capitalised and not tokens[i].capitalised:
        return -1
    if entry.clipped and not _as_clipped(tokens[i], entry.form):
        return -1
    if entry.clipped and entry.language == "ru" and _bare_capital(text, tokens[i]):
        return -1
    if entry.kind == "term" and bearer and len(entry.keys) == 1:
        # «полковник Бык»: the colonel's surname, not a bull; a body named in several words after a title
        # («Председателя Государственного Комитета Обороны») is the body the title belongs to
        return -1
    if entry.kind == "term" and entry.language == "ru" and _surname_form(tokens[i]):
        return -1  # Козлов, Быков, Баранов: a surname, not the goats, bulls or rams it is formed from
    if entry.kind == "term" and entry.language == "en" and not _counted(text, tokens[i], entry):
        return -1  # "the head of the office": no head of cattle
    if entry.kind == "term" and not _free(text, tokens[i], entry):
        return -1  # "to grant a loan": no grant; "40 млн. рублей": a sum, the number check's
    if entry.kind == "term" and entry.language == "en" and _after_hyphen(text, tokens[i]):
        return -1  # "anti-aircraft division": no aircraft; "sub-committee": no committee
    j = i
    tight = _hyphen_gaps(entry.form)
    for n, keys in enumerate(entry.keys):
        gap_left = entry.gap
        if n in tight and (j >= len(tokens) or "-" not in text[tokens[j - 1].end : tokens[j].start]):
            return -1  # "г-ну" (to Mr.) is no "1949 г. ну"
        if n:
            # step over skipped function words, then require a plain gap
            while True:
                if j >= len(tokens) or not _GAP_RE.fullmatch(text, tokens[j - 1].end, tokens[j].start):
                    return -1
                if tokens[j].keys & keys:
                    break
                if fold(tokens[j].text) in skip:
                    j += 1
                    continue
                if gap_left > 0 and j + 1 < len(tokens):
                    gap_left -= 1  # ведения [современных] войн
                    j += 1
                    continue
                return -1
        elif not tokens[j].keys & keys:
            return -1
        j += 1
    return j


#: Which kind of entry wins a tie (the same words matched by a title, a term and a known name):
#: a title or a term, compared by its concept and family, before a name, compared by its key.
_KIND_RANK = {"title": 0, "term": 1, "name": 2}


def _precedence(entry: GlossaryEntry) -> tuple[int, int, str]:
    """The order entries are tried in at one word: the longest first, then by kind and form, so a
    tie is settled the same way in every run (a token's keys are a set, in no fixed order)."""
    return -len(entry.keys), _KIND_RANK.get(entry.kind, len(_KIND_RANK)), entry.form


def _free(text: str, token: Token, entry: GlossaryEntry) -> bool:
    """Whether a term entry may begin at ``token`` as a noun and outside a sum (:mod:`.counted`)."""
    from .counted import as_noun, in_a_sum

    if entry.language == "en" and not as_noun(text, token, entry):
        return False
    return not in_a_sum(text, token, entry)


def _counted(text: str, token: Token, entry: GlossaryEntry) -> bool:
    """Whether an English term entry may begin at ``token`` (:func:`.counted.counts`)."""
    from .counted import counts  # it reads this module's entries

    return counts(text, token, entry)


def _after_title(text: str, found: Sequence[GlossaryMatch], token: Token) -> bool:
    """Whether a Russian token names the bearer of a title matched just before it («полковник Бык»)."""
    if not found or found[-1].entry.kind != "title" or not token.capitalised:
        return False
    from .surnames import bearer_after_title  # it reads this module's word pieces

    return bearer_after_title(text, (found[-1].start, found[-1].end), (token.start, token.end))


def match_glossary(
    text: str,
    tokens: Sequence[Token],
    index: dict[str, tuple[GlossaryEntry, ...]],
    *,
    language: str,
) -> list[GlossaryMatch]:
    """Every glossary entry found in ``text``, left to right, the longest at each word."""
    skip = skip_words(language)
    found: list[GlossaryMatch] = []
    i = 0
    while i < len(tokens):
        cands: dict[int, GlossaryEntry] = {}
        for key in tokens[i].keys:
            for entry in index.get(key, ()):
                cands[id(entry)] = entry
        best_end, best, best_exact = -1, None, False
        word = fold(tokens[i].text)
        bearer = _after_title(text, found, tokens[i]) if language == "ru" and cands else False
        for entry in sorted(cands.values(), key=_precedence):
            end = _match_at(text, tokens, i, entry, skip, bearer=bearer)
            # of two entries as long, one that spells the word as written beats one met through a
            # lemma or a stem ("Сталино", the city, is no case form of "Сталин")
            exact = word in entry.keys[0]
            if end > best_end or (end == best_end > 0 and exact and not best_exact):
                best_end, best, best_exact = end, entry, exact
        if best is None:
            i += 1
            continue
        stop = tokens[best_end - 1].end
        if best.form.endswith(".") and text[stop : stop + 1] == ".":
            stop += 1
        found.append(GlossaryMatch(best, tokens[i].start, stop))
        i = best_end
    return found
