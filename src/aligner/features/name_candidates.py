"""Which single word may be a name, by its shape: in Russian, a capitalised word pymorphy3 reads as a name,
a syllable of a Chinese name in the Palladius spelling, or an unknown capitalised noun inside a sentence; in
English, a capitalised word inside a sentence that is no common word (:func:`en_is_common`). The runs of such
words, and their keys, are :mod:`aligner.features.names`.
"""

from __future__ import annotations

import functools

import regex

from ..cache import cached, cached_on_disk
from ..lexicon import DEFAULT_LEXICON_FILE
from ..morph import en_stem, parses_of, ru_is_known
from ..resources import data_lines, data_toml
from ..spelling import en_common_words, en_misread
from ..tokens import words
from ..translit import has_cyrillic
from .place_kinds import after_place_kind, before_region_kind
from .terms import Token

__all__ = ["MIN_SURNAME", "en_candidate", "en_is_common", "ru_candidate", "ru_name_lemma"]

_SENTENCE_END = regex.compile(r"[.!?…:;\"«»(\[\n]\s*$|^\s*$")
_NAME_TAGS = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn"))


@cached_on_disk("names-stop-en")  # a long list: its set is read back faster than it is built
def _stop_en() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("names_stop_en.txt"))


@functools.cache
def _en_common_stems() -> frozenset[str]:
    """Stems of English words that are common words, not names.

    Function words (``stopwords_en.txt``), the words of ``names_stop_en.txt``,
    and the English words of the shipped lexicon whose Russian rendering holds
    no name ("line @ линия" makes "line" common; "moscow @ москва" does not).
    """

    def build() -> frozenset[str]:
        stems = {en_stem(w) for w in data_lines("stopwords_en.txt")}
        stems.update(en_stem(w) for w in _stop_en())
        for entry in data_lines(DEFAULT_LEXICON_FILE):
            english, sep, russian = entry.partition("@")
            ru_words = russian.split()
            if not sep or not ru_words or any(ru_name_lemma(w) is not None for w in ru_words):
                continue
            stems.update(en_stem(w) for w in words(english, joiners="", marks=False))
        return frozenset(stems)

    return cached("en-common-stems", build)  # derived once, then read from the disk cache


@functools.cache
def _latin_surname_endings() -> tuple[str, ...]:
    """Endings of Soviet surnames in Latin letters (``name_parts_ru.toml``: Belov, Kovalenko)."""
    return tuple(data_toml("name_parts_ru.toml").get("latin_surname_endings", ()))


def en_is_common(word: str) -> bool:
    """Whether an English word, capitalised or not, is a common word rather than a name.

    A capitalised word with the ending of a Soviet surname ("Belov", "Popov") is a name
    even if an English word shares its stem ("beloved"), unless it is that word itself.
    """
    low = word.lower().replace("’", "'")
    if low in _stop_en():
        return True
    if word[:1].isupper() and len(low) >= MIN_SURNAME and low.endswith(_latin_surname_endings()):
        return low in en_common_words()
    return en_stem(low) in _en_common_stems() or en_misread(low) is not None


#: The shortest word read as a surname by its ending alone.
MIN_SURNAME = 5


@functools.lru_cache(maxsize=100_000)
def ru_name_lemma(word: str) -> str | None:
    """The nominative of a Russian word pymorphy3 reads first as a name, else ``None``."""
    form = word.lower().replace("ё", "е")
    parses = parses_of(form)
    if parses and _NAME_TAGS & set(parses[0].tag.grammemes):
        return str(parses[0].normal_form).replace("ё", "е")
    return None


# An initial just before a word ("В. Э. Дымшиц", "K. P. S. Menon"): its stop ends no sentence.
_INITIAL_BEFORE = regex.compile(r"(?<!\p{L})\p{Lu}\.\s*$")
#: A word with its period just before a token ("Cde. ").
_ABBREVIATION_BEFORE = regex.compile(r"(?<![\p{L}.])(\p{L}+\.)[^\S\n]*$")


def _sentence_initial(text: str, token: Token, language: str) -> bool:
    """Whether ``token`` opens a sentence (a stop, a quote or a bracket before it), not a surname
    after initials: the stop of «В. Э.» before «Дымшиц» ends no sentence."""
    before = max(0, token.start - 4)
    if _INITIAL_BEFORE.search(text, before, token.start):
        return False
    if not _SENTENCE_END.search(text, before, token.start):
        return False
    # a title's abbreviation that ends no sentence ("Cde. Lavrov", "Gen. Dean") is no stop
    m = _ABBREVIATION_BEFORE.search(text, max(0, token.start - 16), token.start)
    from ..segment.abbreviations import abbreviations  # the segmenter imports this module

    return m is None or abbreviations(language).get(m[1].lower(), True)


@functools.lru_cache(maxsize=100_000)
def _ru_has_common_reading(word: str) -> bool:
    """Whether pymorphy3 also reads the word as a common word (литой: cast; Надежда: hope)."""
    parses = parses_of(word.lower().replace("ё", "е"))
    return any(not _NAME_TAGS & set(p.tag.grammemes) for p in parses)


@functools.lru_cache(maxsize=100_000)
def _ru_looks_like_noun(word: str) -> bool:
    """Whether pymorphy3's best guess for an unknown word is a noun (Хенсон), not an adjective."""
    parses = parses_of(word.lower().replace("ё", "е"))
    return bool(parses) and "NOUN" in parses[0].tag


# A Chinese name in the Russian (Palladius) spelling: a syllable, then a two-syllable given
# name joined by a hyphen, the second in lower case ("Сун Вэй-минь", "Вэй-минь").
_PALLADIUS = regex.compile(r"(?:\p{Lu}\p{Ll}{0,4} )?\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,4}(?!\p{L})")


def _palladius_part(text: str, token: Token) -> bool:
    """Whether the token is a syllable of a Chinese name in the Palladius spelling."""
    if len(token.text) > 5:
        return False
    for match in _PALLADIUS.finditer(text, max(0, token.start - 12), token.end + 12):
        if match.start() <= token.start and token.end <= match.end():
            # a Russian compound word is no name: из-за, кое-что, где-то
            return not ru_is_known(match.group().split()[-1])
    return False


def ru_candidate(text: str, token: Token) -> str | None:
    if _palladius_part(text, token):
        return token.text.lower()  # Сун Вэй-минь: a known word (сун) or a lower-case syllable
    if not token.capitalised or len(token.text) < 2:
        return None
    if sum(ch.isupper() for ch in token.text) > 1:
        return None  # an acronym (ККСРМТ, УрФО) or a formula: known ones are in names.toml
    if not has_cyrillic(token.text):
        return None  # a Latin word in a Russian text: a brand or a title left as it is
    lemma = ru_name_lemma(token.text)
    if lemma is not None and _sentence_initial(text, token, "ru") and _ru_has_common_reading(token.text):
        return None  # Литой, Надежда opening a sentence: more likely a common word
    if lemma is not None:
        return lemma
    if before_region_kind(text, token.start, token.end):
        return token.text.lower()  # «Булганском аймаке»: a region's name, though an adjective
    if _sentence_initial(text, token, "ru"):
        return None  # Беспружинный, Метавселенные: a capital for the sentence, not a name
    if after_place_kind(text, token.start) and _ru_looks_like_noun(token.text):
        return token.text.lower()  # «на аэродроме Саки»: a place's name, though саки is a word too
    if len(token.text) >= 3 and not ru_is_known(token.text) and _ru_looks_like_noun(token.text):
        return token.text.lower()  # an unknown capitalised word: Хенсон
    return None


def _en_acronym(word: str) -> bool:
    """Whether an English word is an acronym: SMBs, UAVs, PhD (but McDonald is a name)."""
    return sum(ch.isupper() for ch in word) > 1 and (word[-1].isupper() or word[:-1].isupper())


@functools.cache
def _latin_initials() -> frozenset[str]:
    """The Latin initials a Russian initial may be rendered by (``initials.toml``: Kh, Zh, Ts, Yu)."""
    table = data_toml("initials.toml")["initials"]
    return frozenset(latin.rstrip(".") for forms in table.values() for latin in forms)


def en_candidate(text: str, token: Token) -> str | None:
    if not token.capitalised or len(token.text) < 2 or token.text.isupper():
        return None
    if token.text in _latin_initials() and text[token.end : token.end + 1] == ".":
        return None  # "Kh. Choibalsan": an initial of two letters, not a name
    if _en_acronym(token.text):
        return None  # known acronyms are in names.toml
    if token.text.lower() in _stop_en() or _sentence_initial(text, token, "en"):
        return None
    return token.text
