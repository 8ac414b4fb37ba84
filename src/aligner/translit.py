"""Romanisation of Russian words, for comparing names and cognates across scripts.

One Cyrillic spelling has many Latin renderings (Хрущев: Khrushchev,
Khrushchov, Chruščev). Rather than guess one, :func:`romanize` gives a word in
a named scheme from ``data/translit_ru.toml`` and :func:`name_key` folds any
spelling, Latin or Cyrillic, to a coarse key on which renderings of the same
name meet: ``name_key("Хрущев") == name_key("Khrushchev")``.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from .resources import data_toml

__all__ = ["schemes", "romanize", "romanizations", "name_key", "syllable_key", "has_cyrillic"]

_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")


@functools.cache
def _tables() -> dict[str, dict[str, str]]:
    return {name: dict(table) for name, table in data_toml("translit_ru.toml")["schemes"].items()}


def schemes() -> tuple[str, ...]:
    """The names of the romanisation schemes in ``data/translit_ru.toml`` (bgn, scholarly, loose)."""
    return tuple(_tables())


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains at least one Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


@functools.lru_cache(maxsize=100_000)
def romanize(text: str, scheme: str = "bgn") -> str:
    """Romanise the Cyrillic letters of ``text`` in ``scheme``, keeping case; other characters stay."""
    table = _tables()[scheme]
    out = []
    for ch in text:
        low = ch.lower()
        rep = table.get(low)
        if rep is None:
            out.append(ch)
        elif ch != low and rep:
            out.append(rep[0].upper() + rep[1:])
        else:
            out.append(rep)
    return "".join(out)


def romanizations(text: str) -> tuple[str, ...]:
    """``text`` in every scheme, without repeats (the text itself if it has no Cyrillic)."""
    if not has_cyrillic(text):
        return (text,)
    return tuple(dict.fromkeys(romanize(text, s) for s in _tables()))


# Folding Latin spellings to a coarse phonetic key: ordered rewrite rules,
# longest first. Vowels collapse to one letter and doubled letters to one.
_FOLD_RULES = (
    ("chzh", "j"),
    ("dzh", "j"),  # Джон (Dzhon) and John meet: both fold to a vowel-like "j", as English "J" does
    ("ng", "n"),
    ("pkh", "p"),
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("kh", "h"),
    ("zh", "j"),
    ("ch", "c"),
    ("sh", "s"),
    ("tts", "c"),  # Летцлинген (Lettslingen) and Letzlingen: the Russian тц of a German tz
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("dz", "c"),
    ("ye", "e"),
    ("yo", "o"),
    ("yu", "u"),
    ("ya", "a"),
    ("ju", "u"),
    ("ja", "a"),
    ("j", "i"),
    ("y", "i"),
    ("g", "k"),
    ("c", "s"),
    ("z", "s"),
    ("d", "t"),
    ("b", "p"),
    ("v", "f"),
    ("l", "r"),
    ("h", ""),
)
_VOWELS = regex.compile(r"[aeiou]+")
#: Pinyin "q" and "x" opening a syllable before "i" or "u" sound as the Russian "ц" and "с" write
#: them (Qiao and Цяо, Xiao and Сяо, Xu and Сюй), not "k" and "ks" as elsewhere (Alexander).
_PINYIN_Q = regex.compile(r"^q(?=i)")
_PINYIN_X = regex.compile(r"^x(?=[iu])")
#: A Latin "c" before a back vowel or a consonant sounds "k" (Cauley and Коули, Clinton and Клинтон);
#: before e, i, y it sounds "s" (Cecil and Сесил); "ch" is a letter of its own.
_HARD_C = regex.compile(r"c(?![eiyh])")
#: An English "ch" opening a word before "r" or "l" sounds "k", as in the names of Greek origin
#: (Christopher and Кристофер, Chrysler and Крайслер); only in Latin spellings.
_GREEK_CH = regex.compile(r"^ch(?=[rl])")
# Compiled once: the module-level regex functions look each pattern up in a cache at every call.
_WADE_GILES = regex.compile("(?i)chzh")
_LATIN_WORD = regex.compile(r"[a-z]+")
_LATIN_SYLLABLES = regex.compile(r"[a-z'’]+")
_DOUBLED = regex.compile(r"(.)\1+")
#: An apostrophe inside a Latin word, not a possessive's: "p'eng", "o'brien", not "stalin's".
_INNER_APOSTROPHE = regex.compile(r"(?<=[a-z])['’ʻ](?!s\b)(?=[a-z])")


@functools.cache
def _latin_letters() -> dict[int, str]:
    """Latin letters with no decomposition (ß, ł, ø) as the plain letters they stand for."""
    return str.maketrans(data_toml("latin_letters.toml")["letters"])


@functools.lru_cache(maxsize=100_000)
def name_key(text: str, *, wade_giles: bool = False) -> str:
    """A coarse key on which spellings of one name meet, across scripts and schemes.

    ``name_key("Ким Ир Сен") == name_key("Kim Ir Sen")``; the key is lower case,
    letters only (words joined by single spaces), vowels folded to ``a``,
    voiced consonants to voiceless ones, ``l`` to ``r``.

    The Palladius "чж" of Chinese names is pinyin "zh" (Чжоу, Zhou) or Wade-Giles
    "ch" (Chou), and archival translations use either: ``wade_giles=True`` gives the
    key with the second reading (``name_key("Чжоу", wade_giles=True) == name_key("Chou")``).
    """
    cyrillic = has_cyrillic(text)
    latin = romanize(text, "bgn") if cyrillic else text
    if wade_giles:
        latin = _WADE_GILES.sub("ch", latin)
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(ch for ch in latin if not unicodedata.combining(ch)).translate(_latin_letters()).lower()
    latin = _INNER_APOSTROPHE.sub("", latin)  # Wade-Giles P'eng, T'ien: the mark of a sound, no break
    parts = []
    for word in _LATIN_WORD.findall(latin):
        if not cyrillic:
            word = _GREEK_CH.sub("k", word)
        word = _HARD_C.sub("k", word)
        word = _PINYIN_Q.sub("ts", _PINYIN_X.sub("s", word))
        for old, new in _FOLD_RULES:
            word = word.replace(old, new)
        word = _VOWELS.sub("a", word)
        word = _DOUBLED.sub(r"\1", word)
        if word:
            parts.append(word)
    return " ".join(parts)


# Folding for :func:`syllable_key`: the spellings of one sound in the Russian (Palladius,
# Kontsevich), Wade-Giles, pinyin, McCune-Reischauer and Hepburn systems, vowels kept.
_SYLLABLE_RULES = (
    ("chzh", "j"),
    ("tsz", "z"),
    ("dzh", "j"),
    ("zh", "j"),
    ("tz", "z"),
    ("ts", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("kh", "h"),
    ("x", "s"),
    ("q", "c"),
    ("ng", "n"),
    ("w", "v"),
    ("y", "i"),
    ("z", "j"),  # pinyin z and j, Palladius цз, McCune-Reischauer ch: one consonant apart
    ("l", "r"),  # Korean ㄹ: Ли and Ri, Ли and Yi
    ("ie", "e"),  # the glide: Yeon and Ён, Ye and Е
    ("io", "o"),
    ("eo", "o"),  # Korean ㅓ: Yeon and Yon
    ("eh", "e"),  # Wade-Giles: Teh and Дэ
    ("ih", "i"),
    ("j", "c"),  # Wade-Giles ch is pinyin zh or j: Chu and Чжу
    ("d", "t"),  # Wade-Giles and McCune-Reischauer write unaspirated d, g, b as t, k, p
    ("g", "k"),
    ("b", "p"),
    ("'", ""),
    ("’", ""),
)


@functools.lru_cache(maxsize=100_000)
def syllable_key(text: str) -> str:
    """A finer key than :func:`name_key`, keeping the vowels: the syllables of a name.

    Renderings of one syllable in different systems meet ("Цзэ" and "Tse" and "Ze"
    all give "ce" or "ze" closely), but two syllables that differ only in a vowel or in the
    consonant coarse keys fold together stay apart ("Фу-чунь" and "Lisan"). Words are
    joined without spaces or hyphens ("Фа-чжан" and "Fazhang" both give "fajan").
    """
    latin = romanize(text, "bgn") if has_cyrillic(text) else text
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(ch for ch in latin if not unicodedata.combining(ch)).translate(_latin_letters()).lower()
    word = "".join(_LATIN_SYLLABLES.findall(latin))
    for old, new in _SYLLABLE_RULES:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)
