"""A bilingual Russian-English lexicon: evidence that two sentences translate each other.

The lexicon is read from hunalign's dictionary format, one entry per line::

    # comments and blank lines are ignored
    council of ministers @ совет министров
    advisor @ советник

Both sides are dictionary forms. Lookups go through morphology, so an
inflected Russian form ("советников") and an English plural ("advisors")
meet on a shared *key*: the Snowball stem of the English word ("advisor").
A sentence pair whose key sets intersect has words that translate each other.

Function words (listed in ``stopwords_en.txt`` and ``stopwords_ru.txt``) give
no keys: they occur in nearly every sentence and would only add noise.
English irregular forms ("went", "children") are led back to their base form
through ``irregular_en.txt``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs
import regex

from .cache import cached
from .errors import ConfigError
from .morph import en_stem, ru_is_known, ru_lemmas, ru_stem
from .resources import data_lines, data_text
from .spelling import fold_lookalikes
from .tokens import words

__all__ = ["Lexicon", "default_lexicon", "load_lexicon", "sentence_keys"]

#: The data file holding the shipped lexicon.
DEFAULT_LEXICON_FILE = "lexicon_ru_en.txt"

_EMPTY: frozenset[str] = frozenset()

#: Endings of Russian reflexive verbs; a reflexive verb falls back to its base verb.
_REFLEXIVE = ("ся", "сь")

#: A Cyrillic letter: only words with one are looked up as Russian.
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


@functools.cache
def _stopwords(language: str) -> frozenset[str]:
    """The function words of ``language`` ("en" or "ru"), lower case, ё as е."""
    return frozenset(
        _norm_ru(w) if language == "ru" else _norm_en(w) for w in data_lines(f"stopwords_{language}.txt")
    )


@functools.cache
def _irregular_en() -> Mapping[str, tuple[str, ...]]:
    """English irregular forms mapped to their base forms ("went" -> ("go",))."""
    out: dict[str, list[str]] = {}
    for entry in data_lines("irregular_en.txt"):
        form, *bases = entry.lower().split()
        out.setdefault(form, []).extend(b for b in bases if b not in out.get(form, ()))
    return {form: tuple(bases) for form, bases in out.items()}


def _norm_en(text: str) -> str:
    """Lower case, typographic apostrophes as ASCII, single spaces."""
    return " ".join(text.lower().replace("’", "'").split())


def _norm_ru(text: str) -> str:
    """Lower case, ё as е, single spaces; in a word of Cyrillic and Latin letters, the Latin
    look-alikes read as the Cyrillic letters they stand for ("Cпрос" with a Latin C is "спрос")."""
    return " ".join(fold_lookalikes(text).lower().replace("ё", "е").split())


def _word_parts(word: str) -> tuple[str, ...]:
    """The parts of a hyphenated word ("генерал-полковник" -> both halves), else none."""
    if "-" not in word:
        return ()
    return tuple(part for part in word.split("-") if part)


@functools.lru_cache(maxsize=200_000)
def _en_word_stems(word: str) -> tuple[str, ...]:
    """The stems an English word form may stand for: its own, and its base form's if irregular."""
    word = _norm_en(word)
    if not word or word in _stopwords("en"):
        return ()
    stems = [en_stem(word)]
    for base in _irregular_en().get(word, ()):
        stem = en_stem(base)
        if stem not in stems:
            stems.append(stem)
    return tuple(stems)


def _en_phrase_words(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The content words of an English phrase, each as its stems (hyphenated: also by part)."""
    out: list[tuple[str, ...]] = []
    for word in words(phrase):
        stems: list[str] = []
        for piece in (word, *_word_parts(word)):
            stems.extend(s for s in _en_word_stems(piece) if s not in stems)
        if stems:
            out.append(tuple(stems))
    return tuple(out)


def _ru_lemmas(form: str) -> tuple[str, ...]:
    """The lemmas of a Russian form; none for a word without Cyrillic letters."""
    if not _CYRILLIC.search(form):
        return ()
    try:
        return ru_lemmas(form)
    except ValueError:  # pymorphy3 fails on letters Python's unicodedata cannot name
        return ()


def _ru_is_stopword(form: str) -> bool:
    """Whether a normalised Russian form is a function word, itself or by its likeliest lemma."""
    stop = _stopwords("ru")
    if form in stop:
        return True
    lemmas = _ru_lemmas(form)
    return bool(lemmas) and lemmas[0] in stop


def _ru_phrase_words(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The content words of a Russian phrase, each as its index heads: the form and its lemma."""
    out: list[tuple[str, ...]] = []
    for word in words(phrase):
        if _ru_is_stopword(word):
            continue
        out.append(tuple(dict.fromkeys((word, *_ru_lemmas(word)[:1]))))
    return tuple(out)


def _link_words(
    ru_words: tuple[tuple[str, ...], ...],
    en_words: tuple[tuple[str, ...], ...],
    known: Mapping[str, set[str]],
    *,
    phrase: bool,
) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Which English stems each Russian content word of an entry stands for.

    A one-word Russian side stands for the whole English side. In a phrase
    (``phrase``: more than one Russian word, function words included), a
    word takes the English words the lexicon already gives it on its own
    ("совет" -> "council" in "council of ministers @ совет министров"). The
    words left over pair up in order when they are as many on both sides
    (adjective and noun keep their order in both languages); otherwise words
    the lexicon does not know share the English words left over, and a known
    word whose own translations are absent is taken as part of an idiom
    ("дело" in "actually @ на самом деле") and left unlinked.
    """
    every = frozenset(s for word in en_words for s in word)

    def own(heads: tuple[str, ...]) -> frozenset[str]:
        return frozenset(s for h in heads for s in known.get(h, ()))

    if len(ru_words) == 1:
        heads = ru_words[0]
        if phrase and own(heads) and not own(heads) & every:
            return []
        return [(heads, every)]
    links: dict[int, frozenset[str]] = {}
    unmatched: list[int] = []
    for i, heads in enumerate(ru_words):
        seen = own(heads) & every
        if seen:
            links[i] = seen
        else:
            unmatched.append(i)
    claimed = frozenset(s for stems in links.values() for s in stems)
    left = [frozenset(word) for word in en_words if not claimed.intersection(word)]
    if unmatched and len(left) == len(unmatched):
        links.update(zip(unmatched, left, strict=True))
    elif left:
        rest = frozenset(s for word in left for s in word)
        links.update((i, rest) for i in unmatched if not own(ru_words[i]))
    return [(ru_words[i], links[i]) for i in sorted(links)]


def _build_indexes(
    entries: Iterable[tuple[str, str]],
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str]]:
    """Russian head -> English stems, Russian Snowball stem -> English stems, all English stems."""
    parsed = [(_en_phrase_words(en), _ru_phrase_words(ru), len(words(ru)) > 1) for en, ru in entries]
    parsed = [(en, ru, phrase) for en, ru, phrase in parsed if en and ru]
    known: dict[str, set[str]] = {}
    for en_words, ru_words, phrase in parsed:
        if not phrase:
            for head in ru_words[0]:
                known.setdefault(head, set()).update(s for word in en_words for s in word)
    by_head: dict[str, set[str]] = {}
    by_stem: dict[str, set[str]] = {}
    vocabulary: set[str] = set()
    for en_words, ru_words, phrase in parsed:
        for heads, stems in _link_words(ru_words, en_words, known, phrase=phrase):
            vocabulary.update(stems)
            for head in heads:
                by_head.setdefault(head, set()).update(stems)
                by_stem.setdefault(ru_stem(head), set()).update(stems)
    # Tuples, not sets, of one shared string a stem: the index lives as long as the process, and a
    # tuple of a few stems takes a quarter of a frozenset's memory (the lookups only iterate them).
    one = {s: s for s in sorted(vocabulary)}
    return (
        {k: tuple(one[s] for s in sorted(v)) for k, v in by_head.items()},
        {k: tuple(one[s] for s in sorted(v)) for k, v in by_stem.items()},
        frozenset(one),
    )


@attrs.frozen
class Lexicon:
    """A bilingual lexicon: Russian word forms and English word forms mapped to shared keys.

    Build one with :meth:`from_hunalign` (or :func:`load_lexicon`); ``size``
    is the number of distinct entries, ``entries`` the ``(english, russian)``
    pairs in file order. Lookups are cached per lexicon.
    """

    name: str
    size: int
    entries: tuple[tuple[str, str], ...] = attrs.field(repr=False)
    _by_head: Mapping[str, tuple[str, ...]] = attrs.field(eq=False, repr=False)
    _by_stem: Mapping[str, tuple[str, ...]] = attrs.field(eq=False, repr=False)
    _vocabulary: frozenset[str] = attrs.field(eq=False, repr=False)
    _source_cache: dict[str, frozenset[str]] = attrs.field(eq=False, repr=False, factory=dict, init=False)
    _target_cache: dict[str, frozenset[str]] = attrs.field(eq=False, repr=False, factory=dict, init=False)
    #: one set object for equal answers: the forms of one word all give the same keys
    _answers: dict[frozenset[str], frozenset[str]] = attrs.field(
        eq=False, repr=False, factory=dict, init=False
    )

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]], *, name: str) -> Lexicon:
        """A lexicon of ``(english, russian)`` pairs; duplicates are kept once, in first order."""
        unique = tuple(dict.fromkeys((_norm_en(en), _norm_ru(ru)) for en, ru in entries))
        by_head, by_stem, vocabulary = _build_indexes(unique)
        return cls(
            name=name,
            size=len(unique),
            entries=unique,
            by_head=by_head,
            by_stem=by_stem,
            vocabulary=vocabulary,
        )

    @classmethod
    def from_hunalign(cls, text: str, *, name: str) -> Lexicon:
        """Parse hunalign's dictionary format: ``english phrase @ russian phrase`` per line.

        Blank lines and lines starting with ``#`` are skipped. A line that is
        not two non-empty phrases around one ``@`` raises
        :class:`~aligner.errors.ConfigError` naming the file and line.
        """
        entries: list[tuple[str, str]] = []
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split("@")
            english, russian = (p.strip() for p in parts) if len(parts) == 2 else ("", "")
            if not english or not russian:
                msg = (
                    f"{name}: line {number}: expected 'english @ russian', found {raw!r}; "
                    "write one English phrase, ' @ ', then its Russian translation"
                )
                raise ConfigError(msg)
            entries.append((english, russian))
        return cls.from_entries(entries, name=name)

    def merged(self, other: Lexicon) -> Lexicon:
        """A lexicon holding the entries of both (this one's first), named after both."""
        return Lexicon.from_entries((*self.entries, *other.entries), name=f"{self.name}+{other.name}")

    def source_keys(self, word: str) -> frozenset[str]:
        """The keys (English stems) of the translations of a Russian word form.

        The form is looked up by its pymorphy3 lemmas; a form pymorphy3 does
        not know (a rare word, an OCR garble) falls back to its Snowball stem,
        and a reflexive verb with no entry to its base verb ("использоваться"
        -> "использовать"). A hyphenated form also gives the keys of its parts. Function words and
        words the lexicon lacks give an empty set.
        """
        cached = self._source_cache.get(word)
        if cached is not None:
            return cached
        form = _norm_ru(word)
        keys = set(self._ru_word_keys(form))
        for part in _word_parts(form):
            keys.update(self._ru_word_keys(part))
        result = self._shared(frozenset(keys)) if keys else _EMPTY
        self._source_cache[word] = result
        return result

    def _shared(self, keys: frozenset[str]) -> frozenset[str]:
        return self._answers.setdefault(keys, keys)

    def _ru_word_keys(self, form: str) -> frozenset[str]:
        """Keys of one unhyphenated (or whole) normalised Russian form."""
        if not form or _ru_is_stopword(form):
            return _EMPTY
        lemmas = _ru_lemmas(form)
        keys: set[str] = set(self._by_head.get(form, _EMPTY))
        for lemma in lemmas:
            keys.update(self._by_head.get(lemma, _EMPTY))
        if not keys:
            # a reflexive verb with no entry of its own ("использоваться") means what its base does
            for lemma in lemmas:
                if lemma.endswith(_REFLEXIVE):
                    keys.update(self._by_head.get(lemma[:-2], _EMPTY))
        if not keys and _CYRILLIC.search(form) and not ru_is_known(form):
            keys.update(self._by_stem.get(ru_stem(form), _EMPTY))
        return frozenset(keys)

    def target_keys(self, word: str) -> frozenset[str]:
        """The keys of an English word form: its Snowball stem, and its base form's if irregular.

        Only stems the lexicon knows are returned, so a name or a word with no
        entry gives an empty set, as do function words ("the", "of").
        """
        cached = self._target_cache.get(word)
        if cached is not None:
            return cached
        form = _norm_en(word)
        stems = set(_en_word_stems(form))
        for part in _word_parts(form):
            stems.update(_en_word_stems(part))
        known = stems & self._vocabulary
        if not known and form.endswith("est"):
            known = {en_stem(base) for base in _superlative_bases(form)} & self._vocabulary
        result = self._shared(frozenset(known)) if known else _EMPTY
        self._target_cache[word] = result
        return result


def _superlative_bases(form: str) -> tuple[str, ...]:
    """The adjectives a regular superlative may come from: "greatest" -> "great", "largest" ->
    "large", "biggest" -> "big", "happiest" -> "happy" (only those the lexicon knows count)."""
    stem = form[:-3]
    if len(stem) < 2:
        return ()
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    return tuple(out)


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped with aligner (``data/lexicon_ru_en.txt``), built once.

    Its index is derived on first use and kept in the disk cache (see
    :mod:`aligner.cache`), so a new process reads it instead of rebuilding it.
    """
    return cached(
        "lexicon",
        lambda: Lexicon.from_hunalign(data_text(DEFAULT_LEXICON_FILE), name=DEFAULT_LEXICON_FILE),
    )


def load_lexicon(text: str, *, name: str, with_default: bool = True) -> Lexicon:
    """A user's lexicon (hunalign format), merged with the shipped one unless told not to.

    The merged index is kept in the disk cache under the hash of ``text``, so the
    same user lexicon is derived once.
    """

    def build() -> Lexicon:
        own = Lexicon.from_hunalign(text, name=name)
        return default_lexicon().merged(own) if with_default else own

    return cached("user-lexicon", build, extra=f"{name}\x00{with_default}\x00{text}")


def sentence_keys(lexicon: Lexicon, words: Iterable[str], *, language: str) -> frozenset[str]:
    """The union of the keys of all ``words`` of a sentence; ``language`` is "ru" or "en"."""
    if language == "ru":
        lookup = lexicon.source_keys
    elif language == "en":
        lookup = lexicon.target_keys
    else:
        msg = f"sentence_keys: language must be 'ru' or 'en', got {language!r}"
        raise ConfigError(msg)
    keys: set[str] = set()
    for word in words:
        keys.update(lookup(word))
    return frozenset(keys)
