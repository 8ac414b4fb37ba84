"""Spelling of Russian word forms: is a word a plausible OCR or typing error, and of what?

A transcription made by OCR, or typed from a scan, garbles words in a few
typical ways: one letter doubled, dropped or misread ("Сибирии" for
"Сибири"), a Latin letter that looks like a Cyrillic one ("Cоветских" with a
Latin C), a line-break hyphen left in the middle of a word ("незави-
симость"). The functions here answer with pymorphy3's dictionary (through
:mod:`aligner.morph`) and the data files ``spelling_ru.toml`` (the alphabet,
impossible letter sequences) and ``lookalikes.toml`` (look-alike letters).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from .cache import cached_on_disk
from .morph import ru_is_known
from .resources import data_lines, data_toml
from .tokens import words

__all__ = [
    "en_common_words",
    "en_misread",
    "EDIT_KINDS",
    "alphabet",
    "lookalikes",
    "edits1",
    "suggest",
    "impossible_sequence",
    "mixed_script",
    "to_cyrillic",
    "is_known_form",
    "confusions",
    "misreadings",
    "run_on_split",
]

#: The kinds of edit :func:`edits1` makes, in the order they are tried.
EDIT_KINDS = ("delete", "transpose", "replace", "insert")

_LATIN = regex.compile(r"\p{Script=Latin}")
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")


@functools.cache
def alphabet() -> str:
    """The lower-case Russian letters a candidate correction may use (ё folded to е)."""
    return str(data_toml("spelling_ru.toml")["alphabet"])


@functools.cache
def _impossible() -> tuple[regex.Pattern[str], ...]:
    entries = data_toml("spelling_ru.toml").get("impossible", ())
    return tuple(regex.compile(e["pattern"]) for e in entries)


@functools.cache
def lookalikes() -> dict[str, str]:
    """Latin letters and the Cyrillic letters they are mistaken for (``"C"`` → ``"С"``)."""
    return {str(k): str(v) for k, v in data_toml("lookalikes.toml")["latin_to_cyrillic"].items()}


@functools.cache
def _digit_letters() -> dict[str, str]:
    """Figures and the Cyrillic letters (upper and lower case) they are misread for (``"6"`` → ``"бб"``)."""
    return {str(k): str(v) for k, v in data_toml("lookalikes.toml").get("digit_to_cyrillic", {}).items()}


#: A word of Cyrillic letters with figures inside or at an end, no space or hyphen between (the
#: second look-ahead asks for a figure, so that the words of plain text are passed over at once).
_DIGIT_WORD = regex.compile(
    r"(?<![\p{L}\d])(?=[\p{Cyrillic}\d]*\p{Cyrillic}{2})(?=\p{Cyrillic}*\d)[\p{Cyrillic}\d]{3,40}(?![\p{L}\d])"
)


#: Figures opening a word, then the case ending of a numeral or an ordinal written with them ("1ая",
#: "4ем", "6ой": первая, четырем, шестой), which a typist runs on with no hyphen: a number, whatever
#: word the figures' look-alike letters would make of it («лая», «чем», «бой»).
_FIGURES_AND_ENDING = regex.compile(
    r"\d+(?:ая|яя|ое|ее|ый|ий|ой|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ыми|ими|ую|юю|ех|ти|ми|го|му|й|я|е|х|м|ю)",
    regex.IGNORECASE,
)


def digit_garbles(text: str) -> Iterator[tuple[int, int, str]]:
    """The words of ``text`` that hold a figure an OCR engine read for a letter, with their reading:
    "6ыло" → (start, end, "было"), "0бъявила" → "объявила", "мо1очно" → "молочно" (only when the
    reading is a known word form: "2х" (двух) and "25-й" stay numbers, and so do figures with a
    numeral's ending run on, "1ая" and "6ой")."""
    table = _digit_letters()
    for m in _DIGIT_WORD.finditer(text):
        word = m.group()
        figures = [ch for ch in word if ch.isdigit()]
        if not 1 <= len(figures) <= 2 or any(ch not in table for ch in figures):
            continue
        if _FIGURES_AND_ENDING.fullmatch(word):
            continue
        for case in (1, 0):  # lower case first: a word inside a sentence
            reading = "".join(table[ch][case] if ch in table else ch for ch in word)
            if ru_is_known(reading):
                yield m.start(), m.end(), reading
                break


_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")


def fold_lookalikes(text: str) -> str:
    """``text`` with the Latin look-alike letters of its mixed-script words read as Cyrillic.

    "Cоветских" with a Latin "C" becomes "Советских"; words of one script are
    left alone ("USA", "СССР"), and one character stands for one, so every
    offset stays that of ``text``.
    """
    if text.isascii():
        return text
    table = lookalikes()

    def fold(m: regex.Match[str]) -> str:
        word = m.group()
        if _CYRILLIC.search(word) and _LATIN.search(word):
            return "".join(table.get(ch, ch) for ch in word)
        return word

    return _LETTERS.sub(fold, text)


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def is_known_form(word: str) -> bool:
    """Whether ``word`` is a Russian word form of the dictionary (hyphenated: when every part is).

    "северо-западный" is known as a whole; "Корея-Китай" because both parts are.
    """
    if ru_is_known(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p and ru_is_known(p) for p in parts)


def edits1(word: str, *, keep_first: bool = False) -> Iterator[tuple[str, str]]:
    """Every form one edit away from ``word`` (lower case), with the kind of edit.

    With ``keep_first`` the first letter is never touched (a word whose first
    letter differs is more often another word than a misreading of this one).

    The kinds come in the order OCR errors are likely: ``"delete"`` (a doubled
    or stray letter), ``"transpose"``, ``"replace"``, ``"insert"``. Forms may
    repeat across kinds.
    """
    w = _fold(word)
    letters = alphabet()
    n = len(w)
    first = 1 if keep_first else 0
    for i in range(first, n):
        yield w[:i] + w[i + 1 :], "delete"
    for i in range(first, n - 1):
        if w[i] != w[i + 1]:
            yield w[:i] + w[i + 1] + w[i] + w[i + 2 :], "transpose"
    for i in range(first, n):
        for c in letters:
            if c != w[i]:
                yield w[:i] + c + w[i + 1 :], "replace"
    for i in range(first, n + 1):
        for c in letters:
            yield w[:i] + c + w[i:], "insert"


def _recase(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


#: The longest word a suggestion is looked for (the longest Russian word forms have about 35 letters;
#: a longer run of letters is a garble or a table, and its edits would cost time quadratic in its length).
MAX_WORD = 40


@functools.lru_cache(maxsize=50_000)
def suggest(word: str, *, min_length: int = 5, kinds: tuple[str, ...] = EDIT_KINDS) -> str | None:
    """A known Russian word form one edit away from an unknown ``word``, or ``None``.

    Only words of ``min_length`` letters or more get a suggestion (short words
    have too many neighbours to guess from), and only edits of the given
    ``kinds`` (see :func:`edits1`) after the first letter are tried; words over
    :data:`MAX_WORD` letters get none. A letter swapped for one OCR confuses it
    with (:func:`confusions`) comes first; then the
    first candidate in the order of :func:`edits1` wins, in the case of ``word``:
    ``suggest("Сибирии") == "Сибири"``.
    """
    if not min_length <= len(word) <= MAX_WORD or not _CYRILLIC.search(word) or is_known_form(word):
        return None
    seen: set[str] = set()
    if "replace" in kinds:
        # a letter OCR confuses with another first: "тадков" is "танков" before it is "таков"
        low = _fold(word)
        for cand in misreadings(low[1:]):
            cand = low[:1] + cand
            if ru_is_known(cand):
                return _recase(word, cand)
    for cand, kind in edits1(word, keep_first=True):
        if kind not in kinds or cand in seen or len(cand) < 2:
            continue
        seen.add(cand)
        if ru_is_known(cand):
            return _recase(word, cand)
    return None


def impossible_sequence(word: str) -> str | None:
    """The first letter sequence of ``word`` that no Russian word form contains, or ``None``.

    ``impossible_sequence("поьезд") == "оь"``.
    """
    w = _fold(word)
    for pattern in _impossible():
        m = pattern.search(w)
        if m is not None:
            return word[m.start() : m.end()]
    return None


def mixed_script(word: str) -> bool:
    """Whether Cyrillic ``word`` holds Latin look-alike letters ("Cоветских" with a Latin C).

    Only look-alikes count: a Latin letter with no Cyrillic twin ("nА", a
    stray escape) is another kind of noise, not an OCR confusion.
    """
    if not _CYRILLIC.search(word):
        return False
    latin = _LATIN.findall(word)
    table = lookalikes()
    return bool(latin) and all(c in table for c in latin)


def to_cyrillic(word: str) -> str:
    """``word`` with each Latin look-alike made Cyrillic ("Cоветских" → "Советских")."""
    table = lookalikes()
    return "".join(table.get(c, c) for c in word)


@functools.cache
def confusions() -> dict[str, str]:
    """Each Cyrillic letter and the letters OCR takes it for (``spelling_ru.toml``: "б" ↔ "в")."""
    out: dict[str, str] = {}
    for pair in data_toml("spelling_ru.toml").get("confusions", ()):
        a, b = pair
        out[a] = out.get(a, "") + b
        out[b] = out.get(b, "") + a
    return out


def misreadings(word: str) -> Iterator[str]:
    """Every spelling of ``word`` with one letter (after the first two, or any for a capital
    word) swapped for a letter OCR confuses it with ("Ваторе": "Баторе"), in the case of ``word``."""
    table = confusions()
    for i, ch in enumerate(word):
        low = ch.lower()
        for other in table.get(low, ""):
            rep = other.upper() if ch.isupper() else other
            yield word[:i] + rep + word[i + 1 :]


@functools.cache
def _run_on_prefixes() -> tuple[str, ...]:
    return tuple(sorted(data_toml("spelling_ru.toml").get("run_on_prefixes", ()), key=len))


#: What a preposition governs: a noun, an adjective, a pronoun, a numeral, a full participle.
_GOVERNED = frozenset(("NOUN", "ADJF", "NPRO", "NUMR", "PRTF"))


def _governed(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` as something a preposition may govern ("глубоким"),
    not a verb or a short participle ("условлено" is no "у словлено")."""
    from .morph import _morph

    return any(p.tag.POS in _GOVERNED for p in _morph().parse(_fold(word)))


#: The shortest word left after a run-on preposition is split off.
RUN_ON_REST = 4


def run_on_split(word: str) -> tuple[str, str] | None:
    """A preposition run into the next word: ``run_on_split("Сглубоким") == ("С", "глубоким")``.

    Only an unknown ``word`` is split, and only when the rest is a known form of
    at least :data:`RUN_ON_REST` letters.
    """
    if is_known_form(word) or not _CYRILLIC.search(word):
        return None
    low = _fold(word)
    for prefix in _run_on_prefixes():
        rest = word[len(prefix) :]
        if (
            low.startswith(prefix)
            and len(rest) >= RUN_ON_REST
            and rest[:1].islower()
            and ru_is_known(rest)
            and _governed(rest)
        ):
            return word[: len(prefix)], rest
    return None


@cached_on_disk("en-common-words")
def en_common_words() -> frozenset[str]:
    """The English words of the shipped lexicon and the function words, as they are written."""
    from .lexicon import DEFAULT_LEXICON_FILE  # the lexicon reads this module's look-alikes

    found = {w.lower() for w in data_lines("stopwords_en.txt")}
    for entry in data_lines(DEFAULT_LEXICON_FILE):
        found.update(w.lower() for w in words(entry.partition("@")[0], joiners="", marks=False))
    return frozenset(found)


@functools.lru_cache(maxsize=100_000)
def en_misread(word: str) -> str | None:
    """The English word that ``word`` (no English word) reads as with one OCR-confused letter group
    put back ("Governrnent": "Government", "vvith": "with"; ``lookalikes.toml``), or ``None``."""
    known = en_common_words()
    low = word.lower()
    if len(low) < MIN_MISREAD or low in known:
        return None
    for read, meant in data_toml("lookalikes.toml")["latin_misreadings"]["pairs"]:
        at = low.find(read)
        while at >= 0:
            fixed = low[:at] + meant + low[at + len(read) :]
            if fixed in known:
                put = meant.upper() if word[at : at + 1].isupper() else meant
                return word[:at] + put + word[at + len(read) :]
            at = low.find(read, at + 1)
    return None


#: The shortest word read as an OCR misreading of another (short words meet others by chance).
MIN_MISREAD = 5
