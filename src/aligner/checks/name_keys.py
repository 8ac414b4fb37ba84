"""A name's word as keys to compare (:func:`aligner.translit.name_key`), in every form a rendering
may take: its Russian dictionary forms and case forms, its name without an adjective ending or a
fused generic word, an initial «У» as an English W, an English word as Russian hears it, an English
abbreviation as its full word (Bros. as «Бразерс»), and a Latin word as each other language's spelling
sounds (Nagy as Надь). Used by
:mod:`aligner.checks.name_words`; when two keys one consonant apart are one name is
:mod:`aligner.checks.name_sounds`.
"""

from __future__ import annotations

import functools

import regex

from ..cache import cached, cached_on_disk
from ..morph import ru_parses
from ..resources import data_toml
from ..translit import has_cyrillic, name_key
from .name_sounds import marked_key, russian_key

__all__ = [
    "FINAL_CASE_ENDING",
    "LOOSE_LETTERS",
    "keys_of",
    "listed_forms",
    "member_of_listed",
    "russian_forms",
    "spelled_out",
]

#: Letters one script renders by two of the other's (Ливия/Libya, Афины/Athens), as one letter: two keys
#: translated by it (``key.translate(LOOSE_LETTERS)``) meet across the scripts.
LOOSE_LETTERS = str.maketrans({"f": "p", "t": "p"})
# English spellings Russian renders by sound: Caledonia/Каледония, Gina/Джина, Texas/Техас (an
# opening "Chr"/"Chl" as k, Christie/Кристи, is in the key itself: aligner.translit.name_key).
_ENGLISH_SOUNDS = (
    (regex.compile(r"c(?![eiyh])", regex.IGNORECASE), "k"),
    (regex.compile(r"g(?=[eiy])", regex.IGNORECASE), "dzh"),
    (regex.compile(r"(?<=[aeiou])x(?=[aeiou])", regex.IGNORECASE), "kh"),
    (regex.compile(r"dj", regex.IGNORECASE), "dzh"),  # Djokovic/Джокович, Djibouti/Джибути
    (regex.compile(r"ea|ee", regex.IGNORECASE), "i"),  # Deane/Дин, Reed/Рид
    (regex.compile(r"oo", regex.IGNORECASE), "u"),  # Hoover/Гувер, Booth/Бут
    (regex.compile(r"(?<=[aeiouy][^aeiouy]{1,2})e$", regex.IGNORECASE), ""),  # silent e: Deane/Дин, Hyde/Хайд
    (regex.compile(r"ce$", regex.IGNORECASE), "s"),  # Wallace/Уоллес, Pearce/Пирс
    (regex.compile(r"(?<=[aeiou])dg", regex.IGNORECASE), "dzh"),  # Ridgway/Риджуэй, Bridges/Бриджес
)


def english_readings(word: str) -> list[str]:
    """A Latin word as Russian hears its English letters: each sound of ``_ENGLISH_SOUNDS`` read on its
    own, and all of them at once (Ridgway: Ridzhway)."""
    out = []
    every = word
    for pattern, sound in _ENGLISH_SOUNDS:
        if pattern.search(word):
            out.append(pattern.sub(sound, word))
        every = pattern.sub(sound, every)
    if len(out) > 1:
        out.append(every)
    return out


# A Latinised Greek name as Russian renders the Greek letters: theta as "ф", a kappa spelt "c" hard
# (Thrace/Фракия, Athens/Афины, Macedonia/Македония, Cyprus/Кипр, Thessaly/Фессалия): one reading.
_GREEK_READING = (
    (regex.compile(r"th", regex.IGNORECASE), "f"),
    (regex.compile(r"c(?=[eiy])", regex.IGNORECASE), "k"),
)


@functools.cache
def _name_parts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Adjective endings and fused generic words of Russian place names (``name_parts_ru.toml``)."""
    data = data_toml("name_parts_ru.toml")
    by_length = functools.partial(sorted, key=len, reverse=True)
    return tuple(by_length(data["adjective_endings"])), tuple(by_length(data["generic_endings"]))


#: The shortest name left when an ending or a generic word is taken off a Russian word.
_MIN_BASE = 3


def _bases(word: str) -> list[str]:
    """A Russian word's name without an adjective ending ("Кобдоского": Кобдо; "Кольский":
    Коль, Кола, Кольск; "Бежецкого": Беже, Бежецк) or a fused generic word ("Ханган": Хан;
    "Убсанур": Убса)."""
    low = word.lower()
    adjective, generic = _name_parts()
    out: list[str] = []
    for ending in adjective:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_BASE:
            base = word[: -len(ending)]
            out.extend((base, base.rstrip("ьЬ") + "а"))
            if ending[:2] in (
                "ск",
                "цк",
            ):  # a town in -ск, -цк: «Бежецкого» is of Бежецк, «Братского» of Братск
                out.append(word[: len(base) + 2])
            break
    for base in [word, *out]:
        for ending in generic:
            if base.lower().endswith(ending) and len(base) - len(ending) >= 2:
                out.append(base[: -len(ending)])
                break
    return out


# Russian writes an English or Chinese "w" before a vowel as "у": Уильям (William), Уэльс (Wales),
# Уотсон (Watson), Ухань (Wuhan).
_RUSSIAN_W = regex.compile(r"^[Уу](?=[аеиоуыэюяйхн])")
#: Final letters of foreign names that Russian does not decline.
_INDECLINABLE_ENDINGS = ("о", "э", "ё")
#: The Russian vowel letters (an H that Russian writes as Г stands before one: Гитлер, Гопкинс).
_VOWELS_RU = frozenset("аеёиоуыэюя")
#: A Russian case ending at the end of a word (Венеры: Венер), as the syllable forms drop it.
FINAL_CASE_ENDING = regex.compile(r"(?:[аеиоуыэюя]+|[оеая]м|[ое]й)$", regex.IGNORECASE)
_INNER_W = regex.compile(r"(?<=[аеиоэй])у(?=[аеиоэ])", regex.IGNORECASE)
#: An English "w" after a consonant before "e" or "o" in a Russian spelling: Риджуэй (Ridgway),
#: Эдуорд (Edward), Хемингуэй (Hemingway).
_CONSONANT_W = regex.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])у(?=[эо])", regex.IGNORECASE)
#: A case form of a name on a soft sign (Надя, Надю, Надем, Наде: Надь), its stem of three letters
#: or more ending in a consonant that a soft sign can follow.
_SOFT_STEM_CASE = regex.compile(r"^(\w{2,}[бвдзлмнпрстф])(?:я|ю|ем|е)$", regex.IGNORECASE)
#: A word in the instrumental case of a name on a consonant, its stem of four letters or more.
_FOREIGN_INSTRUMENTAL = regex.compile(r"^(\w{3,}[бвгджзйклмнпрстфхцчшщ])(?:ом|ем)$", regex.IGNORECASE)
#: The shortest dictionary form of a Russian word that counts as its name (Чада: Чад, for Chad).
_MIN_LEMMA = 3


#: pymorphy3's grammemes of a proper name: a dictionary form is taken only from such a reading.
_NAME_GRAMMEMES = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn"))


def _name_lemmas(word: str) -> list[str]:
    """The dictionary forms of a Russian word read as one proper name in the singular (Чада: Чад,
    Кубы: Куба, Петрову: Петров), not as the plural of another ("Потапов": of the Potaps, whose
    dictionary form Потап would make Potapov and Petrov one name)."""
    out: list[str] = []
    for parse in ru_parses(word):
        grammemes = parse.tag.grammemes
        if grammemes & _NAME_GRAMMEMES and "plur" not in grammemes:
            lemma = parse.normal_form.replace("ё", "е")
            if lemma not in out:
                out.append(lemma)
    return out


def russian_forms(word: str) -> list[str]:
    """Other spellings of a Russian word to key: its dictionary forms (Чада: Чад, Кубы: Куба), its
    name without an adjective ending or a fused generic word, and an initial "у" read as "w"."""
    # a foreign name ending in -о, -э or -ё does not decline (Кобдо, Тёрё): no dictionary form
    lemmas = () if word.lower().endswith(_INDECLINABLE_ENDINGS) else _name_lemmas(word.lower())
    # a name's dictionary form is never longer than its case forms: "карла" is no form of Карл
    out = [w for w in lemmas if _MIN_LEMMA <= len(w) <= len(word) and "-" not in w]
    out += _bases(word)
    # a foreign name on a soft sign declines as Игорь does (Надь: Надя, Надю, Надем, Наде); its case
    # forms keep the name's last consonant soft, which the soft sign keys
    soft = _SOFT_STEM_CASE.match(word)
    if soft:
        out.append(soft.group(1) + "ь")
    # a foreign name the dictionary does not know, in the instrumental (Маннергеймом: Маннергейм), whose
    # ending would leave too long a key beside its English spelling once that drops an h
    instrumental = _FOREIGN_INSTRUMENTAL.match(word)
    if instrumental and not lemmas:
        out.append(instrumental.group(1))
    for form in [word, *out]:
        if _RUSSIAN_W.match(form):
            out += ["в" + form[1:], "ву" + form[1:]]
    # a foreign name's H, which Russian writes as Г (Гедтофт, Hedtoft; Гопкинс, Hopkins): read as the
    # Х that English drops, so the name meets its English spelling in any case form
    if word[:1] in "Гг" and word[1:2].lower() in _VOWELS_RU:
        out += ["Х" + form[1:] for form in [word, *out] if form[:1] in "Гг"]
    # and between vowels: Гауад (Gawad)
    if _INNER_W.search(word):
        out.append(_INNER_W.sub("в", word))
    if _CONSONANT_W.search(word):
        out.append(_CONSONANT_W.sub("в", word))
    return out


@functools.lru_cache(maxsize=100_000)
def keys_of(word: str) -> frozenset[str]:
    """The name keys of ``word`` in every form a rendering may take: also as Russian hears its
    English letters (Caledonia, Gina, Texas), and for a Russian word, its dictionary forms, its name
    without an adjective ending or a fused generic word, and its initial "у" as an English "w"
    (Уильям, William)."""
    word = regex.sub(r"['’]s$", "", word)
    keys = {marked_key(word)}
    if has_cyrillic(word):
        keys.update(russian_key(form) for form in russian_forms(word))
        low = word.lower()
        keys.update(name_key(a.sub(b, low)) for a, b in _palladius() if a.search(low))
    keys.update(name_key(reading) for reading in english_readings(word))
    if not has_cyrillic(word) and word[:1].isupper():  # a name's spelling, not a lower-case word
        keys.update(name_key(spelled) for spelled in _orthography_readings(word))
        full = spelled_out(word)
        if full:  # "Bros." as the «Бразерс» Russian spells out
            keys.add(name_key(full))
            keys.update(name_key(reading) for reading in english_readings(full))
        greek = greek_reading(word)
        if greek:
            keys.add(name_key(greek))
    return frozenset(k for k in keys if k)


@functools.cache
def _expansions() -> dict[str, str]:
    """English abbreviations in names and the full words they stand for (``name_abbreviations_en.toml``)."""
    return {str(k): str(v) for k, v in data_toml("name_abbreviations_en.toml")["expansions"].items()}


def spelled_out(word: str) -> str:
    """The full word an English abbreviation in a name stands for ("Bros.": "brothers"), else ""."""
    return _expansions().get(word.lower().rstrip("."), "")


@cached_on_disk("latin-orthographies")
def _orthographies() -> tuple[tuple[tuple[regex.Pattern[str], str], ...], ...]:
    """Each language's Latin spelling rewrites (``orthographies_latin.toml``), in order."""
    return tuple(
        tuple((regex.compile(pattern, regex.IGNORECASE), sound) for pattern, sound in rules)
        for rules in data_toml("orthographies_latin.toml").values()
    )


@functools.cache
def _palladius() -> tuple[tuple[regex.Pattern[str], str], ...]:
    """Palladius letters (as a pattern) and the Cyrillic an English spelling of them sounds like
    (``translit_ru.toml``)."""
    table = data_toml("translit_ru.toml")["palladius_readings"]["readings"]
    return tuple((regex.compile(a), b) for a, b in table)


def _orthography_readings(word: str) -> list[str]:
    """A Latin word as each other language's spelling sounds (Nagy as Надь, Pécs as Печ)."""
    out = []
    for rules in _orthographies():
        spelled = word.lower()
        for pattern, sound in rules:
            spelled = pattern.sub(sound, spelled)
        if spelled != word.lower():
            out.append(spelled)
    return out


def greek_reading(word: str) -> str:
    """A Latin word read as Russian renders a Latinised Greek name (Thrace as "Frake"), or "" when the
    reading changes nothing."""
    greek = word
    for pattern, sound in _GREEK_READING:
        greek = pattern.sub(sound, greek)
    return greek if greek != word else ""


@functools.cache
def _listed_forms() -> dict[str, frozenset[str]]:
    """The name keys of every one-word form (Russian and English) of each entry of ``names.toml``, by the
    entry's value (the key of its first English form)."""
    return _listed_tables()[0]


@functools.cache
def _listed_abbreviations() -> dict[str, frozenset[str]]:
    """The Russian forms in capitals (ОУН, АК) of each entry of ``names.toml``, lower case, by its value."""
    return _listed_tables()[1]


@functools.cache
def _listed_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """:func:`_listed_forms` and :func:`_listed_abbreviations`, derived once and then read from the disk
    cache (keying every form of the list costs a tenth of a second)."""

    def build() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        forms: dict[str, set[str]] = {}
        abbreviations: dict[str, set[str]] = {}
        for entry in data_toml("names.toml").get("name", ()):
            english = entry.get("en", ())
            if not english:
                continue
            value = name_key(english[0])
            russian = entry.get("ru", ())
            forms.setdefault(value, set()).update(name_key(f) for f in (*english, *russian) if " " not in f)
            caps = [f.lower() for f in russian if regex.fullmatch(r"\p{Lu}{2,6}", f)]
            if caps:
                abbreviations.setdefault(value, set()).update(caps)
        return (
            {value: frozenset(keys) for value, keys in forms.items()},
            {value: frozenset(caps) for value, caps in abbreviations.items()},
        )

    return cached("listed-name-forms", build)


#: A member of a body named by its abbreviation, in lower case: аковцы (of the АК), оуновцев, эсеровские.
_MEMBER_OF_ABBREVIATION = regex.compile(
    r"(?:ов|ев|ав)?(?:цы|цев|цам|цами|цах|ец|ца|цу|цем|ский|ская|ские|ских|ист|исты|истов)"
)


def member_of_listed(value: str, word: str) -> bool:
    """Whether a lower-case Russian ``word`` names members of a listed body by its abbreviation (аковцев:
    of the АК, "Home Army")."""
    low = word.lower()
    return any(
        low.startswith(abbr) and _MEMBER_OF_ABBREVIATION.fullmatch(low[len(abbr) :])
        for abbr in _listed_abbreviations().get(value, ())
    )


def listed_forms(value: str) -> frozenset[str]:
    """The name keys of the one-word forms a listed name (its value, ``"kim il sung"``) is known by in either
    language: "Stanisławów" is also Станислав, whose adjective «Станиславский» then keys to it."""
    return _listed_forms().get(value, frozenset())
