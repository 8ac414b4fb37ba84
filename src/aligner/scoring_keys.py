"""Lexical keys: what a segment offers the scorer to match against the other side.

Words become keys through a bilingual lexicon (:class:`WordKeys`) and word
pairs learned from a first alignment (:func:`learn_word_pairs`); content words
also give a cognate key through romanisation (:func:`cognate_key`); numbers,
dates, names, titles and terms give anchor keys, and punctuation that survives
translation gives a key of its kind. A key is a pair ``(kind, text)``
(:mod:`aligner.keys`): ``("number", "(1950,)")``, ``("date", "1950-07-08")``,
``("name", "kim il sung")``, ``("term", "headquarters")`` (titles too),
``("cognate", "sovi")``, ``("punctuation", "?")``, ``("learned", "advis")`` or
``("word", "advisor")`` for a lexicon key, so keys of two kinds never meet.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import regex

from .errors import AlignerError, ConfigError
from .keys import DATE, LEARNED, NAME, NUMBER, PUNCTUATION, TERM, Key, key, word_key_set
from .model import Features, Mention
from .morph import en_stem, ru_lemmas
from .resources import data_lines
from .translit import has_cyrillic, name_key

__all__ = ["Key", "WordKeys", "cognate_key", "default_word_keys", "learn_word_pairs"]


class WordKeys(Protocol):
    """A bilingual lexicon seen by the scorer: word forms of both languages mapped to shared keys.

    ``source_keys("советников")`` and ``target_keys("advisors")`` both contain
    ``"advisor"``; a word the lexicon does not know gives an empty set.
    :class:`aligner.lexicon.Lexicon` is one.
    """

    def source_keys(self, word: str) -> frozenset[str]:
        """The keys of a Russian word form (English stems of its translations)."""
        ...

    def target_keys(self, word: str) -> frozenset[str]:
        """The keys of an English word form (its stem, if the lexicon knows it)."""
        ...


#: Shortest word (letters) and shortest coarse key that give a cognate key.
_COGNATE_MIN_WORD = 4
_COGNATE_PREFIX = 4


@functools.cache
def _english_stopwords() -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in data_lines("stopwords_en.txt"))
    except ConfigError:
        return frozenset()


@functools.lru_cache(maxsize=200_000)
def cognate_key(word: str) -> str:
    """A coarse cross-script key of a content word, or ``""`` for a short or function word.

    The first letters of :func:`aligner.translit.name_key` of the word, so that
    ``cognate_key("советских") == cognate_key("Soviet")`` and
    ``cognate_key("Корейской") == cognate_key("Korean")``.
    """
    letters = sum(ch.isalpha() for ch in word)
    if letters < _COGNATE_MIN_WORD:
        return ""
    if not has_cyrillic(word) and word.lower() in _english_stopwords():
        return ""
    key = name_key(word).replace(" ", "")
    if len(key) < _COGNATE_PREFIX:
        return ""
    return key[:_COGNATE_PREFIX]


#: Punctuation that survives translation, folded to one key per kind (both quote styles meet).
_PUNCTUATION = (
    (regex.compile(r"\?"), "?"),
    (regex.compile(r"!"), "!"),
    (regex.compile(r":"), ":"),
    (regex.compile(r";"), ";"),
    (regex.compile(r"[()\[\]]"), "("),
    (regex.compile(r"[\p{Pi}\p{Pf}\"«»„“”]"), '"'),
    (regex.compile(r"…|\.\.\."), "…"),
    (regex.compile(r"^\s*[-–—]"), "—"),
)


def _punctuation_keys(text: str) -> list[Key]:
    """Keys of the punctuation kinds a segment uses (a question mark, quotes, a colon …)."""
    return [key(PUNCTUATION, mark) for pattern, mark in _PUNCTUATION if pattern.search(text)]


def _mention_keys(features: Features) -> list[Key]:
    """Anchor keys of a segment: numbers, dates, names, titles and terms, each tagged by kind. An
    enumerator ("2." opening a list item) gives none: a translator who leaves an item out renumbers
    the rest, and item 2 of the translation is then item 3 of the original."""
    keys = []
    for mention in features.numbers:
        if mention.number.role == "enumerator":
            continue
        keys.append(key(NUMBER, repr(mention.number.amounts)))
    for mention in features.dates:
        keys.append(key(DATE, str(mention.value)))
    for mention in features.names:
        value = str(mention.value)
        keys.append(key(NAME, value))
        # Each word of a name of several, so that "Justin Cauley" meets "Cauley" alone.
        parts = value.split()
        if len(parts) > 1:
            keys.extend(key(NAME, part) for part in parts if len(part) >= _NAME_PART_LETTERS)
    for mention in features.titles + features.terms:
        keys.append(key(TERM, str(mention.value)))
    return keys


#: The shortest word of a name's key that is a key of its own (shorter ones meet by chance).
_NAME_PART_LETTERS = 4


def _only(features: Features, mention: Mention) -> Features:
    """Features holding one mention alone (to find the keys that mention gives)."""
    field = {
        "number": "numbers",
        "date": "dates",
        "name": "names",
        "title": "titles",
        "term": "terms",
    }.get(mention.kind)
    if field is None:
        return Features(segment_id=features.segment_id, length=0)
    alone: dict[str, Any] = {field: (mention,)}
    return Features(segment_id=features.segment_id, length=0, **alone)


class _EmptyLexicon:
    """A lexicon that knows no word (used when none is given and none is installed)."""

    def source_keys(self, word: str) -> frozenset[str]:
        return frozenset()

    def target_keys(self, word: str) -> frozenset[str]:
        return frozenset()


def default_word_keys() -> WordKeys:
    """The shipped lexicon as the scorer sees it (loaded once)."""
    return _default_lexicon()


def _default_lexicon() -> WordKeys:
    try:
        from .lexicon import default_lexicon

        return default_lexicon()
    except (ImportError, AlignerError):
        return _EmptyLexicon()


class _Lookup(Protocol):
    def __call__(self, word: str) -> frozenset[Key]: ...


def _memo(lookup: _Lookup) -> _Lookup:
    """``lookup`` with its answers kept, word by word, for as long as the returned function lives."""
    kept: dict[str, frozenset[Key]] = {}

    def keys(word: str) -> frozenset[Key]:
        found = kept.get(word)
        if found is None:
            found = kept[word] = lookup(word)
        return found

    return keys


class _Learned:
    """A lexicon seen as scorer keys (``("word", stem)``), with learned pairs added: a word of a
    learned pair also gets the key ``("learned", stem)``."""

    def __init__(self, lexicon: WordKeys, pairs: frozenset[tuple[str, str]]) -> None:
        self._lexicon = lexicon
        self._by_lemma: dict[str, set[str]] = {}
        for lemma, stem in pairs:
            self._by_lemma.setdefault(lemma, set()).add(stem)
        self._stems = {stem for _, stem in pairs}

    def source_keys(self, word: str) -> frozenset[Key]:
        keys = word_key_set(self._lexicon.source_keys(word))
        if not self._by_lemma or not has_cyrillic(word):
            return keys
        extra = {key(LEARNED, st) for lemma in ru_lemmas(word) for st in self._by_lemma.get(lemma, ())}
        return keys | extra if extra else keys

    def target_keys(self, word: str) -> frozenset[Key]:
        keys = word_key_set(self._lexicon.target_keys(word))
        if self._stems and not has_cyrillic(word):
            stem = en_stem(word)
            if stem in self._stems:
                return keys | {key(LEARNED, stem)}
        return keys


@functools.cache
def _russian_stopwords() -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in data_lines("stopwords_ru.txt"))
    except ConfigError:
        return frozenset()


#: Shortest word (letters) that takes part in learning word pairs.
_LEARN_MIN_WORD = 4


def learn_word_pairs(
    beads: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    lexicon: WordKeys | None = None,
    min_count: int = 2,
    min_dice: float = 0.6,
) -> frozenset[tuple[str, str]]:
    """Word pairs ``(Russian lemma, English stem)`` that keep occurring together in sure beads.

    ``beads`` gives, for each sure 1-1 bead of a first alignment, the words of
    its source and of its target. A lemma and a stem are paired when they meet
    in at least ``min_count`` beads and their Dice coefficient (twice the beads
    holding both over the beads holding either) is at least ``min_dice``; each
    lemma keeps its best stem only, and pairs the lexicon already knows are
    left out. Content words only: stop words and words shorter than four
    letters take no part.
    """
    known = lexicon if lexicon is not None else _default_lexicon()
    ru_stop = _russian_stopwords()
    en_stop = _english_stopwords()
    lemma_count: dict[str, int] = {}
    stem_count: dict[str, int] = {}
    both: dict[tuple[str, str], int] = {}
    for src_words, tgt_words in beads:
        lemmas = {
            ru_lemmas(w)[0]
            for w in src_words
            if len(w) >= _LEARN_MIN_WORD and has_cyrillic(w) and w.lower() not in ru_stop
        }
        stems = {
            en_stem(w)
            for w in tgt_words
            if len(w) >= _LEARN_MIN_WORD and not has_cyrillic(w) and w.lower() not in en_stop
        }
        for lemma in lemmas:
            lemma_count[lemma] = lemma_count.get(lemma, 0) + 1
        for stem in stems:
            stem_count[stem] = stem_count.get(stem, 0) + 1
        for lemma in lemmas:
            for stem in stems:
                both[(lemma, stem)] = both.get((lemma, stem), 0) + 1
    best: dict[str, tuple[float, str]] = {}
    for (lemma, stem), count in both.items():
        if count < min_count:
            continue
        dice = 2.0 * count / (lemma_count[lemma] + stem_count[stem])
        if dice < min_dice or stem in known.source_keys(lemma):
            continue
        if lemma not in best or (-dice, stem) < (-best[lemma][0], best[lemma][1]):
            best[lemma] = (dice, stem)
    return frozenset((lemma, stem) for lemma, (_, stem) in best.items())
