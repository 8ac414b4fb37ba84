"""Word forms: Russian lemmas through pymorphy3, English stems through Snowball.

Both analysers are built on first use, never at import, and every answer is
cached: the same few thousand word forms recur across a document.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from .tokens import tokens, word_pattern

__all__ = ["parses_of", "ru_lemmas", "ru_parses", "ru_is_known", "en_stem", "ru_stem", "words", "WORD_RE"]

#: A word as :func:`aligner.tokens.tokens` reads it by default: letters, with inner hyphens or
#: apostrophes ("Генерал-полковнику", "Tse-tung", "don't"). Kept for the modules that match it.
WORD_RE = word_pattern()
# pymorphy3 is asked about Russian words only: Cyrillic letters and inner hyphens.
_CYRILLIC_WORD = regex.compile(r"[\p{Script=Cyrillic}\p{M}]+(?:-[\p{Script=Cyrillic}\p{M}]+)*")


class _SafeAnalyzer:
    """pymorphy3's analyser, answering "nothing known" for characters it cannot handle.

    pymorphy3 looks characters up by their Unicode name, and raises for the
    letters that have none (U+17000 and other recent additions); a document
    containing one must still be read.
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def parse(self, word: str) -> list[Any]:
        try:
            return list(self._inner.parse(word))
        except ValueError:
            return []

    def word_is_known(self, word: str) -> bool:
        try:
            return bool(self._inner.word_is_known(word))
        except ValueError:
            return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@functools.cache
def _morph() -> Any:
    import pymorphy3

    try:  # the dictionary's folder given directly: no scan of every installed package's entry points
        import pymorphy3_dicts_ru

        return _SafeAnalyzer(pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru"))
    except ImportError:  # pragma: no cover - a dictionary package found only through its entry point
        return _SafeAnalyzer(pymorphy3.MorphAnalyzer(lang="ru"))


@functools.cache
def _stemmer(language: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer({"en": "english", "ru": "russian"}[language])


@functools.lru_cache(maxsize=20_000)
def parses_of(form: str) -> tuple[Any, ...]:
    """pymorphy3's readings of ``form`` exactly as given, most likely first, read once per form.

    Every caller that needs readings (lemmas, parts of speech, name tags) asks
    here, so a word form is analysed once however many questions are asked of it
    (those answers are cached on their own: only recent readings are kept here).
    """
    return tuple(_morph().parse(form))


@functools.lru_cache(maxsize=200_000)
def ru_lemmas(word: str) -> tuple[str, ...]:
    """Every lemma pymorphy3 proposes for a Russian word form, most likely first, lower case, ё as е."""
    seen: list[str] = []
    if not _CYRILLIC_WORD.fullmatch(word):
        return (word.lower().replace("ё", "е"),)
    for parse in parses_of(word.lower().replace("ё", "е")):
        lemma = parse.normal_form.replace("ё", "е")
        if lemma not in seen:
            seen.append(lemma)
    return tuple(seen)


@functools.lru_cache(maxsize=200_000)
def ru_parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of a Russian word form, most likely first (none for other words)."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return ()
    return parses_of(word.lower().replace("ё", "е"))


@functools.lru_cache(maxsize=200_000)
def ru_is_known(word: str) -> bool:
    """Whether the form is in pymorphy3's dictionary (not just guessed from its ending)."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    return bool(_morph().word_is_known(word.lower().replace("ё", "е")))


@functools.lru_cache(maxsize=200_000)
def en_stem(word: str) -> str:
    """The Snowball (Porter 2) stem of an English word, lower case."""
    return str(_stemmer("en").stemWord(word.lower()))


@functools.lru_cache(maxsize=200_000)
def ru_stem(word: str) -> str:
    """The Snowball stem of a Russian word, lower case, ё as е (cheaper than a lemma)."""
    return str(_stemmer("ru").stemWord(word.lower().replace("ё", "е")))


@functools.lru_cache(maxsize=256)
def words(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of ``text`` as ``(start, end, word)`` triples (:func:`aligner.tokens.tokens`).

    The last texts' words are kept: several checks read the words of one segment, and a
    segment of a huge input is read once, not once a check.
    """
    return tuple(tokens(text))
