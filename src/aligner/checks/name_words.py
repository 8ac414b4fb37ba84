"""Whether a word of a name has a counterpart among the other side's words.

The word-level half of the ``name`` check (:mod:`aligner.checks.name`): words are
compared on their cross-script keys (:func:`aligner.translit.name_key`), with the
inflections, adjectives, English spellings, translations and nationalities a
rendering may take, and with the first sound kept apart (Дамба is not Sambu).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex
from rapidfuzz import fuzz

from ..lexicon import Lexicon, default_lexicon
from ..morph import ru_lemmas
from ..resources import data_lines
from ..translit import has_cyrillic, name_key, syllable_key
from .name_keys import (
    FINAL_CASE_ENDING,
    LOOSE_LETTERS,
    english_readings,
    greek_reading,
    keys_of,
    russian_forms,
    spelled_out,
)
from .name_nationalities import nationality_pair
from .name_sounds import endings_differ, one_sound_apart

__all__ = ["SHORT_KEY", "WORDS_ALIKE", "same_onset", "word_accounted", "words_alike"]

#: How alike a name's word and a word of the other side must sound (0-100, on name keys).
WORDS_ALIKE = 80
#: The shortest shared start of two keys that makes an inflected form or an adjective of a name.
SHARED_START = 4
#: How many sounds past a shared start a key may have and still be the same name: a Russian case
#: ending ("Шольцем": "sarsam" for "sars"), never another word ("Salzburg": "sarspark").
CASE_KEY = 2
#: How many letters two alike keys may differ in length: a case ending's, not a longer name's
#: (Лаврентьеву is not Lavrov, though one key holds the other's letters).
ALIKE_LENGTHS = 2
#: How many letters two keys compared with the loose letters (f, t as p) may differ in length.
LOOSE_LENGTHS = 1
#: The letters a Russian case ending leaves in a key (Сталину, Сталиным: "a", "am").
CASE_LETTERS = frozenset("am")
#: Keys shorter than this (Ен, Ир, Ли) meet only their equals.
SHORT_KEY = 4
#: How many letters at the end of a name's key a derived lower-case word may change
#: (Wagnerians and вагнеровцы: "faknarans" and "faknarafsa").
DERIVED_SLACK = 2
#: The shortest shared start that makes a lower-case word one derived from a name
#: (four letters would let "Molotov" meet "маркам").
DERIVED_START = 5


def words_alike(a: str, b: str) -> bool:
    """Whether two capitalised words, in either script, sound like one name ("Арчеру", "Archer")."""
    return _alike(keys_of(a), keys_of(b))


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    # the loose letters (Ливия, Libya) only inside a name: Товарищ is not Fedorenko; and only
    # letter for letter: a longer name is another (Лаврентьеву is not Lebedev); and never an f for a
    # t, though both are loose (Павлов is not Petrov)
    return any(
        _sounds_alike(x, y)
        or (
            bool(x)
            and bool(y)
            and x[0] == y[0]
            and abs(len(x) - len(y)) <= LOOSE_LENGTHS
            and _sounds_alike(x.translate(LOOSE_LETTERS), y.translate(LOOSE_LETTERS))
            and one_sound_apart(x, y)
        )
        for x in a
        for y in b
    )


def _sounds_alike(key: str, other: str) -> bool:
    if not key or not other:
        return False
    if key == other:
        return True
    if min(len(key), len(other)) < SHORT_KEY:
        return False  # "an" is 80% like "san": short keys must be equal
    if (
        fuzz.ratio(key, other) >= WORDS_ALIKE
        and same_onset(key, other)
        and abs(len(key) - len(other)) <= ALIKE_LENGTHS
        and one_sound_apart(key, other)
    ):
        return True  # alike but for a letter or two; another first sound is another name (Damba, Sambu)
    shared = 0
    for a, b in zip(key, other, strict=False):
        if a != b:
            break
        shared += 1
    # a shared start covering both keys but for their endings (Сталину ~ Stalin), not a
    # short key that merely opens a long one (Pusan ~ Vasilevsky, Шольц ~ Salzburg); where both
    # keys go on past it, both ends are case endings or one is a Latin name's -s that Russian drops
    # (Венерой, Venus), not a name's own last sounds (Громов is not Gromin)
    ends = key[shared:], other[shared:]
    if all(ends) and "s" not in ends and not set("".join(ends)) <= CASE_LETTERS:
        return False
    return shared >= max(SHARED_START, min(len(key), len(other)) - 2, max(len(key), len(other)) - CASE_KEY)


def same_onset(key: str, other: str) -> bool:
    """Whether two keys open with one sound: the same letter, or an h one script drops
    (Hitler and Гитлер: "atrar", "katrar")."""
    a, b = key[0], other[0]
    if a == b:
        return True
    # English drops the h Russian writes as г or х (Hitler, Гитлер): alike once it is off
    if (a, b) == ("a", "k"):
        return fuzz.ratio(key, other[1:]) >= WORDS_ALIKE
    return (a, b) == ("k", "a") and fuzz.ratio(key[1:], other) >= WORDS_ALIKE


def _translates(word: str, language: str, other_words: Sequence[str], lexicon: Lexicon) -> bool:
    if language == "ru":
        mine = lexicon.source_keys(word)
        theirs: set[str] = set()
        for w in other_words:
            theirs.update(lexicon.target_keys(w))
    else:
        mine = lexicon.target_keys(word)
        theirs = set()
        for w in other_words:
            theirs.update(lexicon.source_keys(w))
    return bool(mine & theirs)


def _common_word(other: str, language: str, lexicon: Lexicon) -> bool:
    """Whether ``other``, a word in lower case of the other side, is a common word the lexicon
    renders (пограничных: "border", "frontier"): it stands for its own rendering, not for a name
    that merely sounds like it ("Pogranichnaya"); a name it does render the lexicon gives too."""
    keys = lexicon.target_keys(other) if language == "ru" else lexicon.source_keys(other)
    return bool(keys)


def word_accounted(
    word: str,
    language: str,
    other_words: Sequence[str],
    *,
    fuzzy: bool = True,
    lexicon: Lexicon | None = None,
    join_other: bool = True,
    proper: frozenset[str] = frozenset(),
    common_words: bool = True,
) -> bool:
    """Whether a word of a name in ``language`` has a counterpart among the other side's words.

    With ``fuzzy`` false (a name of the shipped list, whose renderings are listed), a
    capitalised word of the other side counts only when it is the same word or has the
    same key (a name adjective without its ending: "Улан-Баторского" for "Ulan Bator").
    With ``join_other`` (the default), two capitalised words of the other side are also tried
    as one (Лангшон, "Lang Son"); a caller that already joined the name's own words turns it
    off, since two joined names would then agree on their first word alone. Words in ``proper``
    are capitalised inside a sentence: a function word there is a name ("Нам Ир", "Не Жун-чжэнь").
    Without ``common_words`` a word in lower case the lexicon renders stands for its rendering,
    not for the name that sounds like it (a one-word name: пограничных is no "Pogranichnaya").
    """
    keys = keys_of(word)
    low = word.lower()
    if fuzzy and join_other and _joined_alike(word, keys, other_words):
        return True
    for w in other_words:
        if w.lower() == low:
            return True
        if _function_word(w) and w not in proper:
            continue  # "The" opening a sentence is no rendering of a name
        if w[:1].isupper():
            if (
                fuzzy
                and _alike(keys, keys_of(w))
                and _syllables_agree(word, w)
                and not endings_differ(word, w)
            ):
                return True
            if (
                fuzzy
                and has_cyrillic(word)
                and not has_cyrillic(w)
                and _case_form(word)
                and _short_declined(keys_of(w), keys)
            ):
                return True  # "Дьёре" for "Győr": a short name in a Russian case form
            if (
                fuzzy
                and has_cyrillic(w)
                and not has_cyrillic(word)
                and _case_form(w)
                and _short_declined(keys, keys_of(w))
            ):
                return True  # "Il" for "Ира": the same, seen from the Latin name
            if not fuzzy and len(min(keys, key=len, default="")) >= SHORT_KEY and keys & keys_of(w):
                return True  # "Ulan Bator" and "Улан-Баторского": the same key once the ending is off
            if not fuzzy and has_cyrillic(w) and not has_cyrillic(word) and _declined(keys, keys_of(w)):
                return True  # "Bierut" and "Берута": a known name in a Russian case form
        elif (
            any(_close(k, o) or _derived(k, o) for k in keys for o in keys_of(w))
            and _opens_alike(word, w)
            and (common_words or not _common_word(w, language, lexicon or default_lexicon()))
        ):
            return True  # омикрон: a name in lower case; тартуские: an adjective of one
    if nationality_pair(word, language, [w.lower().replace("ё", "е") for w in other_words]):
        return True
    return _translates(word, language, other_words, lexicon or default_lexicon())


def _joined_alike(word: str, keys: frozenset[str], other_words: Sequence[str]) -> bool:
    """Whether two adjacent capitalised words of the other side, joined, sound like ``word``: a
    name one script writes as one word and the other as two syllables (Лангшон, "Lang Son").
    Only single syllables join, and only for a word of more than a short key: two words of
    another name ("Чжоу Энь") are no spelling of "Sian"."""
    short = min((len(k) for k in keys), default=0) < SHORT_KEY
    joined = [
        a + b
        for a, b in zip(other_words, other_words[1:], strict=False)
        if a[:1].isupper() and b[:1].isupper() and _one_syllable(a) and _one_syllable(b)
    ]
    if short:  # a short key only by the same key and syllables alike (Нгеан, "Nghe An")
        return any(keys & keys_of(w) and _syllables_agree(word, w, strict=True) for w in joined)
    return any(_alike(keys, keys_of(w)) and _syllables_agree(word, w) for w in joined)


_VOWELS = regex.compile(r"[aeiouyаеёиоуыэюяáéíóöőúüűąęó]+", regex.IGNORECASE)


def _one_syllable(word: str) -> bool:
    """Whether a word is one syllable (one run of vowels): "Lang", "Son", "Чжоу"."""
    return len(_VOWELS.findall(word)) == 1


#: Keys this long or longer that the coarse likeness finds alike must also share half their
#: syllables (:func:`aligner.translit.syllable_key`): Соколова is not Szeged ("sakaraf", "sakat").
SYLLABLE_CHECK_KEY = 4
#: How alike (0-100) the syllables of two such words must be.
SYLLABLES_AGREE = 55
#: How alike they must be when the keys are short (a key of three letters meets many names).
SYLLABLES_AGREE_STRICT = 80


def _syllables_agree(word: str, other: str, *, strict: bool = False) -> bool:
    """Whether two words the coarse keys find alike also sound alike by their vowels (short keys are
    taken as agreeing unless ``strict``)."""
    if not strict and min(len(name_key(word)), len(name_key(other))) < SYLLABLE_CHECK_KEY:
        return True
    least = SYLLABLES_AGREE_STRICT if strict else SYLLABLES_AGREE
    return any(fuzz.ratio(a, b) >= least for a in _syllable_forms(word) for b in _syllable_forms(other))


@functools.lru_cache(maxsize=100_000)
def _syllable_forms(word: str) -> frozenset[str]:
    """The syllable keys of a word and, for a Russian word, of its dictionary forms and its name
    without an adjective ending (Тувинского: Тува); for a Latin word, also as Russian hears its
    English letters (Hurricane: Харрикейн)."""
    if has_cyrillic(word):
        forms = [word, *russian_forms(word)]
        forms += [FINAL_CASE_ENDING.sub("", form) for form in forms]  # Венеры: Венер, for Venus
    else:
        forms = [word, *english_readings(word)]
        full = spelled_out(word) if word[:1].isupper() else ""
        if full:  # "Bros." as the «Бразерс» Russian spells out
            forms += [full, *english_readings(full)]
        if word[:1].isupper() and greek_reading(word):
            forms.append(greek_reading(word))  # Thrace as Фракия
    return frozenset(k for k in map(syllable_key, forms) if k)


#: How many letters a Russian case ending adds to a name's key (Берутом: "paratam" for "parat").
CASE_ENDING = 2


def _declined(keys: frozenset[str], russian: frozenset[str]) -> bool:
    """Whether a Russian word's keys are a name's key with a case ending (Bierut: Берута, Берутом)."""
    return any(
        len(k) >= SHORT_KEY and r.startswith(k) and 0 < len(r) - len(k) <= CASE_ENDING
        for k in keys
        for r in russian
    )


#: Case endings of a short Russian name as its key writes them (Дьёре, Печем: "a", "am").
_SHORT_ENDINGS = ("a", "am")


def _short_declined(latin: frozenset[str], russian: frozenset[str]) -> bool:
    """Whether a Russian word's key is a short (two- or three-letter, consonant-final) name's key with
    a case ending: Дьёре and Győr, Печем and Pécs, Ира and Il, which the longer-key rule
    (:func:`_declined`) leaves out."""
    return any(
        SHORT_KEY - 2 <= len(k) < SHORT_KEY and k[-1] != "a" and any(r == k + e for e in _SHORT_ENDINGS)
        for k in latin
        for r in russian
    )


#: Case endings a short foreign name takes in Russian, as written (Дьёре, Печем, Дьёра; "и" of a
#: name ending in a soft sign, Торунь: Торуни): a stressed final vowel such as "ё" is the name's own
#: sound, no ending (Герё is not Győr).
_SHORT_CASE_ENDINGS = ("а", "у", "е", "и", "ом", "ем")


def _case_form(word: str) -> bool:
    """Whether a Russian word ends as a short name in a case form does (Дьёре, Печем)."""
    return word.lower().endswith(_SHORT_CASE_ENDINGS)


#: How alike (0-100) a name's syllables and the opening syllables of a word made from it must be.
DERIVED_SYLLABLES = 70


def _opens_alike(name: str, word: str) -> bool:
    """Whether a lower-case word opens with the name's syllables, vowels included (Tartu and
    тартуские, Balzac and бальзаковского); keys alike but for the vowels are another word
    (Molotov and "military": "marataf", "maratary")."""
    mine, theirs = syllable_key(name), syllable_key(word)
    if not mine or not theirs:
        return False
    if mine[0] != theirs[0]:
        return True  # the keys' first-sound rules already decided (Hitler, Гитлер)
    return fuzz.ratio(mine, theirs[: len(mine)]) >= DERIVED_SYLLABLES


def _derived(key: str, other: str) -> bool:
    """Whether ``other`` reads as a word made from the name keyed ``key`` (Tartu: тартуские)."""
    if len(key) < DERIVED_START:
        return False
    need = max(DERIVED_START, len(key) - DERIVED_SLACK)
    if len(other) <= need:
        return False
    if other[:need] == key[:need]:
        return True
    # a compound: североатлантического (Atlantic), древнеегипетской (Egypt)
    return need > DERIVED_START and key[:need] in other


@functools.cache
def _function_words() -> frozenset[str]:
    words = {w.lower() for w in data_lines("stopwords_en.txt")}
    words.update(w.lower().replace("ё", "е") for w in data_lines("stopwords_ru.txt"))
    return frozenset(words)


@functools.lru_cache(maxsize=65_536)
def _function_word(word: str) -> bool:
    """Whether a word (or, in Russian, its dictionary form) is a function word (такого: такой)."""
    low = word.lower().replace("ё", "е")
    if low in _function_words():
        return True
    return any(lemma in _function_words() for lemma in ru_lemmas(low)) if low.isalpha() else False


def _close(key: str, other: str) -> bool:
    """Strict likeness for lower-case words: "Tokyo" must not meet "такого"."""
    if key == other:
        return True
    # and the same first sound: "arrive" is no form of Белова
    return min(len(key), len(other)) >= 5 and key[0] == other[0] and fuzz.ratio(key, other) >= 85
