"""When two name keys (:func:`aligner.translit.name_key`) that differ are still one name: every consonant
one has in place of the other's stands for one sound in some spelling (b and v: Sebastopol, Севастополь),
and a consonant one lacks is one a spelling drops (an h, a t after s: Хрущев, Khrushchov), never a hard
Russian «к» (Зубков is not Zubov), which the key of a Russian word marks; and two surnames whose endings
are of two kinds (Петров, Petrenko) are two names. Used by :mod:`aligner.checks.name_pairs` and
:mod:`aligner.checks.name_words`.
"""

from __future__ import annotations

import functools

import regex
from rapidfuzz.distance import Levenshtein

from ..resources import data_toml
from ..translit import has_cyrillic, name_key

__all__ = [
    "ONE_SOUND",
    "LatinKey",
    "RussianKey",
    "endings_differ",
    "latin_key",
    "marked_key",
    "marked_words",
    "one_sound_apart",
    "russian_key",
]


class RussianKey(str):
    """The name key of a Russian word, which knows which of its consonants a hard «к» wrote
    (``hard``: their places among the key's consonants). The key folds к, г and х alike, but only
    a г or a х may be an English h that another spelling drops (Богдан, Bohdan), and only a к before
    с an English x: a «к» no spelling drops (Зубков is not Zubov)."""

    hard: frozenset[int] = frozenset()


#: A hard «к»: not before с (an English x: Максимов, Maximov) nor х.
_HARD_K = regex.compile(r"к(?![сх])", regex.IGNORECASE)


def russian_key(word: str) -> str:
    """The name key of a Russian word, as a :class:`RussianKey` where a hard «к» wrote a consonant."""
    key = name_key(word)
    if " " in key or not _HARD_K.search(word):
        return key
    skeleton = key.replace("a", "")
    hard = set()
    for match in _HARD_K.finditer(word):
        # the consonants of the word's key up to and with this letter: the last of them is the к's
        place = len(name_key(word[: match.end()]).replace("a", "")) - 1
        if 0 <= place < len(skeleton) and skeleton[place] == "k":
            hard.add(place)
    if not hard:
        return key
    marked = RussianKey(key)
    marked.hard = frozenset(hard)
    return marked


class LatinKey(str):
    """The name key of a Latin word that writes an h the key drops (Tsitsihar, Mannerheim): the h
    may stand for a Russian «к» (Цицикар) as well as г or х."""

    drops_h = True


def latin_key(word: str) -> str:
    """The name key of a Latin word, as a :class:`LatinKey` where the key drops one of its h's."""
    key = name_key(word)
    for match in regex.finditer(r"h", word, regex.IGNORECASE):
        if name_key(word[: match.start()] + word[match.end() :]) == key:
            return LatinKey(key)
    return key


#: A surname's ending of the -ов kind (Петров, Петрову, Petrov, Petroff, Solovyev) and of the -ко kind
#: (Семенко, Шевченко, Kovalenko), in either script, any case form: the two kinds make two surnames
#: (Семенов is not Semenko, Петров is not Petrenko, Шевченко is not Shevchenkov), however alike the
#: rest of the keys.
_SURNAME_ENDINGS = {
    "ov": regex.compile(
        r"(?:[оеё]в|[иы]н)(?:а|у|ым|ом|е|ой|ы|ых|ыми)?$|(?:[oe]v|[oe]ff|ow|in|yn)(?:a|s|'s)?$",
        regex.IGNORECASE,
    ),
    "ko": regex.compile(r"\p{L}{2}(?:ко|ko)$", regex.IGNORECASE),
}


def _surname_ending(word: str) -> str:
    """The kind of surname ending a word has (``"ov"``, ``"ko"``), else ""."""
    for kind, pattern in _SURNAME_ENDINGS.items():
        if pattern.search(word):
            return kind
    return ""


def endings_differ(word: str, other: str) -> bool:
    """Whether two words in the two scripts end as two kinds of surname do: one as Петров, the other as
    Семенко (Semenov and Семенко, Петров and Petrenko)."""
    if has_cyrillic(word) == has_cyrillic(other):
        return False
    kinds = {_surname_ending(word), _surname_ending(other)}
    return kinds == {"ov", "ko"}


def marked_key(word: str) -> str:
    """A word's name key, marked as :func:`russian_key` or :func:`latin_key` marks it by its script."""
    return russian_key(word) if has_cyrillic(word) else latin_key(word)


def marked_words(key: str, text: str) -> list[str]:
    """The words of a name's ``key``, each as its word's :class:`RussianKey` or :class:`LatinKey` where
    ``text``, the name as written, gives the key's words one for one."""
    out = key.split()
    written = regex.findall(r"\p{L}+", text)
    if len(written) != len(out):
        return out
    for n, word in enumerate(written):
        marked = marked_key(word)
        if marked == out[n]:
            out[n] = marked
    return out


#: The pairs of key letters that stand for one sound in some spelling of a name, so that two keys
#: one of them apart may still be one name: b and v (f, p: Sebastopol, Севастополь), a c read hard
#: or soft (k, s: Airacobra, Аэрокобра), th and ts (s, t: Bros., Бразерс), an English h as Russian
#: г or х (k, h), and the loose p and t of :data:`.name_keys.LOOSE_LETTERS`. Any other consonant for
#: another makes another name (Лукин is not Lunin, Карпов is not Karsov), however alike the rest of the key.
ONE_SOUND = frozenset(frozenset(pair) for pair in ("fp", "pt", "ks", "st", "kh"))


def one_sound_apart(key: str, other: str) -> bool:
    """Whether every consonant one key has in place of another's consonant stands for one sound with
    it (:data:`ONE_SOUND`): "safastapara" and "sapastapar" (Севастополе, Sebastopol), not "rakan" and
    "ranan" (Лукин, Lunin). The keys' consonants are compared without their vowels, so that a
    consonant for another is not read as a vowel's place taken ("patakaf" and "patraf": k for r).
    A consonant one key has and the other lacks inside the word must be one a spelling drops
    (:func:`_consonant_changed`: Петухов is not Petrov)."""
    mine, theirs = key.replace("a", ""), other.replace("a", "")
    for op in Levenshtein.editops(mine, theirs):
        if op.tag == "replace" and frozenset((mine[op.src_pos], theirs[op.dest_pos])) not in ONE_SOUND:
            return False
    return not _consonant_changed(key, other)


@functools.cache
def _silent() -> dict[str, frozenset[str]]:
    """Each consonant one spelling of a name writes and another drops, with the places it may
    stand in when it does ("a_": after a vowel, "*": anywhere; ``name_consonants.toml``)."""
    table = data_toml("name_consonants.toml")["silent"]
    return {c: frozenset(places) for c, places in table.items()}


def _consonant_changed(key: str, other: str) -> bool:
    """Whether one of two keys of one word has, inside the word, a consonant the other lacks that no
    spelling drops there (:func:`_silent`): "pataf" and "patraf" (Петухов, Petrov), "mamanaf" and
    "mamantaf" (Мамонов, Mamontov); not "rasaf" and "rastaf" (Хрущев, Khrushchov: a t after s), nor
    a consonant after the last one both share (a case ending: Петровым, Petrov)."""
    if " " in key or " " in other or abs(len(key) - len(other)) > 2:
        return False
    long, short = (key, other) if len(key.replace("a", "")) > len(other.replace("a", "")) else (other, key)
    places = [n for n, ch in enumerate(long) if ch != "a"]
    skeleton, rest = "".join(long[n] for n in places), short.replace("a", "")
    if len(skeleton) != len(rest) + 1:
        return False
    for op in Levenshtein.editops(skeleton, rest):
        if op.tag != "delete":
            continue
        if op.src_pos == 0 or op.src_pos >= len(skeleton) - 1:
            return False  # a first sound (left to the onset test) or a last one (a case ending)
        at = places[op.src_pos]
        here = {long[at - 1] + "_", "_" + long[at + 1] if at + 1 < len(long) else ""}
        silent = _silent().get(long[at], frozenset())
        if op.src_pos in getattr(long, "hard", ()) and not getattr(short, "drops_h", False):
            return True  # a Russian «к», which no spelling drops (Зубков, Zubov) but an h (Tsitsihar)
        if "*" not in silent and not here & silent:
            return True
    return False
