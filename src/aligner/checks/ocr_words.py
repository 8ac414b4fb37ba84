"""What is wrong with one word of the original, for the ``ocr`` check (:mod:`aligner.checks.ocr`).

:func:`word_problems` applies the word rules in order (mixed scripts, a hyphen
left in, a misread name, one edit from a known form, impossible letters, a
preposition run in) and spares words the translation spells in Latin letters;
:func:`recurring_unknowns` finds the unknown words an original repeats (real
words the dictionary lacks, not garbles).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

import regex
from rapidfuzz import fuzz

from ..morph import ru_is_known, ru_stem
from ..spelling import (
    EDIT_KINDS,
    impossible_sequence,
    is_known_form,
    misreadings,
    mixed_script,
    run_on_split,
    suggest,
    to_cyrillic,
)
from ..tokens import HYPHENS, words
from ..translit import name_key, romanizations
from .name import words_alike
from .name_words import word_accounted

__all__ = ["MIN_WORD", "NAME_EDITS", "word_problems", "recurring_unknowns"]


#: The shortest word (in letters) checked for misspelling: shorter ones have too many neighbours.
MIN_WORD = 5


#: Edits that may turn a capitalised unknown word into a known one (a dropped or swapped letter).
NAME_EDITS = ("delete", "transpose")

_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_LATIN = regex.compile(r"\p{Script=Latin}")


def _q(word: str) -> str:
    return f"“{word}”"


#: The shortest sound key (:func:`aligner.translit.name_key`) compared by :func:`_latin_likeness`;
#: keys are compared only when they open alike ("окружеио" must not sound like "area").
_MIN_KEY = 3


def _latin_likeness(word: str, latin_words: Collection[str]) -> tuple[float, float]:
    """How closely (0-100) one of ``latin_words`` spells ``word`` in Latin letters: by a
    romanisation of it, and by the sound key both share (:func:`aligner.translit.name_key`:
    "ковида" and "Covid", "Джуфре" and "Jufra", where spellings differ more than sounds)."""
    forms = [r.lower() for r in romanizations(word)]
    key = name_key(word).replace(" ", "")
    spelt = sounded = 0.0
    for other in latin_words:
        low = other.lower()
        spelt = max(spelt, *(fuzz.ratio(f, low) for f in forms))
        theirs = name_key(other).replace(" ", "")
        if min(len(key), len(theirs)) >= _MIN_KEY and key[:2] == theirs[:2]:
            sounded = max(sounded, fuzz.ratio(key, theirs))
    return spelt, sounded


def _spelled_in(word: str, guess: str, latin_words: Collection[str]) -> bool:
    """Whether the translation spells ``word`` itself in Latin letters, better than ``guess``:
    by its romanisation (80 or more), or failing that by its sound (85 or more; when ``word``
    and ``guess`` sound alike, the closer spelling decides: "койра" beside "coir", not
    "кора"; "Сибирии" beside "Siberia" stays a garble of "Сибири")."""
    if not latin_words:
        return False
    spelt, sounded = _latin_likeness(word, latin_words)
    guess_spelt, guess_sounded = _latin_likeness(guess, latin_words)
    if spelt >= 80 and spelt > guess_spelt:
        return True
    if sounded < 85:
        return False
    return sounded > guess_sounded or (sounded == guess_sounded and spelt > guess_spelt)


#: How closely (0-100) a Latin word of the translation must spell a corrected name.
MISREAD_SPELT = 88
#: How closely (0-100) at most the uncorrected name may spell it.
MISREAD_OWN = 85


def _misread_name(word: str, latin_words: Collection[str]) -> tuple[str, str] | None:
    """A capitalised word one confusable letter away (``spelling_ru.toml``) from the name the
    translation spells ("Ваторе" and "Bator": "Баторе"), with that Latin word; else ``None``."""
    if not latin_words:
        return None
    best: tuple[float, str, str] | None = None
    for fixed in misreadings(word):
        for other in latin_words:
            score = max(fuzz.ratio(r.lower(), other.lower()) for r in romanizations(fixed))
            if score >= MISREAD_SPELT and (best is None or score > best[0]):
                best = (score, fixed, other)
    if best is None:
        return None
    own = max(fuzz.ratio(r.lower(), best[2].lower()) for r in romanizations(word))
    # the word as it stands must spell the Latin one poorly ("Нарендры" is Narendra inflected)
    return (best[1], best[2]) if own < MISREAD_OWN else None


def _misread_word(word: str) -> str | None:
    """A known form one OCR-confusable letter from ``word``, the first letter kept."""
    for fixed in misreadings(word[1:]):
        if ru_is_known(word[:1] + fixed):
            return word[:1] + fixed
    return None


def _renders_name(word: str, guess: str, latin_words: Collection[str]) -> bool:
    """Whether the translation renders the capitalised ``word`` as a name and not ``guess``
    ("Ханган" beside "Han": the Korean river; "Мином" beside "Minh": the name in a case form;
    "Сибирии" beside "Siberia" stays a garble)."""
    sounds = [
        w
        for w in latin_words
        if w[:1].isupper() and (words_alike(word, w) or word_accounted(word, "ru", [w], join_other=False))
    ]
    return bool(sounds) and not any(words_alike(guess, w) for w in sounds)


def plainly_sound(word: str, *, recurring: Collection[str] = ()) -> bool:
    """Whether :func:`word_problems` finds nothing in ``word`` whatever the translation holds:
    no Cyrillic, or one unhyphenated script and a known form, a short or all-capital word, or
    a stem of ``recurring`` (the cheap tests, which most words of a document pass)."""
    if not _CYRILLIC.search(word):
        return True
    if "-" in word or mixed_script(word):
        return False
    return word.isupper() or len(word) < MIN_WORD or is_known_form(word) or ru_stem(word) in recurring


#: A Chinese given name in the Palladius system: two syllables joined by its own hyphen, the first
#: capitalised ("Цзэ-дун", "Энь-лай", "Дэ-хуай").
_PALLADIUS_NAME = regex.compile(r"\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}")
#: Letter groups of Palladius syllables that Russian words hardly have (цз, чж, э after a
#: consonant, the diphthongs ао, оу, уа, уй).
_PALLADIUS_MARK = regex.compile(r"цз|чж|(?<=[бвгджзклмнпрстфхцчшщ])э|ао|оу|уа|уй")


def _palladius_given_name(word: str) -> bool:
    """Whether a hyphenated word is a Chinese given name written with its own hyphen ("Цзэ-дун"),
    not a word with a line-break hyphen left in it ("Ки-тай" stays one)."""
    return _PALLADIUS_NAME.fullmatch(word) is not None and _PALLADIUS_MARK.search(word.lower()) is not None


def word_problems(
    word: str, *, recurring: Collection[str] = (), latin_words: Collection[str] = ()
) -> tuple[str, str] | None:
    """The rule and the historian's message for one word of the original, or ``None``.

    ``recurring`` holds the stems (:func:`aligner.morph.ru_stem`) of unknown
    words the original uses more than once, ``latin_words`` the Latin-script
    words of the translation's bead. ``word_problems("Сибирии")`` gives
    ``("ocr.near_known", "“Сибирии” is not a Russian word form; perhaps “Сибири” …")``.
    """
    if not _CYRILLIC.search(word):
        return None
    if any(mixed_script(part) for part in word.split("-")):
        latin = "".join(dict.fromkeys(_LATIN.findall(word)))
        message = (
            f"{_q(word)} mixes Latin and Cyrillic letters (Latin {_q(latin)}); "
            f"read {_q(to_cyrillic(word))} (an OCR fault: the letters look alike)."
        )
        return "ocr.mixed_script", message
    if _palladius_given_name(word):
        return None  # "Цзэ-дун", "Дэ-хуай": syllables of a Chinese name, no Russian word forms
    if "-" in word and not is_known_form(word):
        joined = word.replace("-", "")
        if is_known_form(joined):
            message = (
                f"{_q(word)} is no Russian word form; without the hyphen it reads "
                f"{_q(joined)} (a line-break hyphen left in the transcription?)."
            )
            return "ocr.hyphen_left", message
    if "-" in word and not word.isupper():
        if is_known_form(word):
            return None
        # "самодетов-истребителей", "Улан-Ваторе": each unknown part on its own, but not
        # the linking first part of a compound ("северо-", "военно-")
        parts = word.split("-")
        for n, part in enumerate(parts):
            if n < len(parts) - 1 and part.lower().endswith(("о", "е")):
                continue
            if not part or is_known_form(part):
                continue
            if part[:1].isupper():
                problem = word_problems(part, recurring=recurring, latin_words=latin_words)
                if problem is not None:
                    return problem
                continue
            # a lower-case part only for a misread letter ("самодетов-"): compounds hold
            # words the dictionary lacks ("водно-гелевая")
            guess = _misread_word(part)
            if guess is not None and len(part) >= MIN_WORD and not _spelled_in(part, guess, latin_words):
                message = (
                    f"{_q(part)} is not a Russian word form; perhaps {_q(guess)} (an OCR or typing error?)."
                )
                return "ocr.near_known", message
        return None
    if word.isupper() or len(word) < MIN_WORD or is_known_form(word):
        return None
    if ru_stem(word) in recurring:
        return None
    split = run_on_split(word)
    if split is not None and not _spelled_in(word, split[1], latin_words):
        message = f"{_q(word)} reads as two words run together: {_q(' '.join(split))} (a lost space?)."
        return "ocr.run_together", message
    capitalised = word[:1].isupper()
    if capitalised:
        misread = _misread_name(word, latin_words)
        if misread is not None:
            fixed, rendered = misread
            message = (
                f"{_q(word)} is not a Russian word form; the translation gives {_q(rendered)}, "
                f"which renders {_q(fixed)} (an OCR misreading of one letter?)."
            )
            return "ocr.misread_name", message
    guess = suggest(word, min_length=MIN_WORD, kinds=NAME_EDITS if capitalised else EDIT_KINDS)
    if guess is not None:
        if _spelled_in(word, guess, latin_words):
            return None
        if capitalised and _renders_name(word, guess, latin_words):
            return None
        message = f"{_q(word)} is not a Russian word form; perhaps {_q(guess)} (an OCR or typing error?)."
        return "ocr.near_known", message
    bad = impossible_sequence(word)
    if bad is not None and not capitalised:
        message = (
            f"{_q(word)} is not a Russian word form: no Russian word has {_q(bad)} (an OCR or typing error?)."
        )
        return "ocr.impossible_letters", message
    return None


def recurring_unknowns(texts: Iterable[str]) -> frozenset[str]:
    """The stems of words unknown to the dictionary that ``texts`` use twice or more ("зеленск")."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in words(text, joiners=HYPHENS):
            if len(word) >= MIN_WORD and _CYRILLIC.search(word) and not is_known_form(word):
                counts[ru_stem(word)] += 1
    return frozenset(stem for stem, n in counts.items() if n > 1)
