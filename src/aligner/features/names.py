"""Names of people, places and states, compared across scripts by their name keys.

Known renderings come first (``data/names.toml``: "Ким Ир Сен", "КИМ ИР СЕН"
and "Kim Il-sung" all take the key of "Kim Il Sung"). Other names are found by
their shape: in Russian, capitalised words pymorphy3 tags as a first name,
surname, patronymic, place or organisation (keyed by their nominative:
"Сталину" as "Сталин"), or unknown capitalised words inside a sentence; in
English, capitalised words inside a sentence that are not in
``data/names_stop_en.txt``. Words already read as titles or terms are skipped.

An English capital says less than a Russian one: headings, titles of works,
products and bodies capitalise common words ("Line 3", "Short Story", "Car
Floor Mats", "Infectious Diseases"). A capitalised English word is a name only
if it is no common word: not a function word, and not a word the shipped
lexicon renders by Russian common words ("line": линия, "army": армия; but
"Moscow": Москва is a name). Common words at either end of a run of capitalised
words are dropped ("Practitioners Ulrich Weigeldt" gives "Ulrich Weigeldt"),
inside a run they stay ("Abu Dhabi Grand Prix"), and a run of common words
alone is no name. A name the lexicon lists with Russian common words, such as
"Red Army", is left to the term and omission checks, as Russian "Красная
Армия" already is.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex
from rapidfuzz import fuzz

from ..errors import ConfigError
from ..model import Mention
from ..resources import data_lines, data_toml
from ..translit import name_key
from .name_candidates import en_candidate, en_is_common, ru_candidate
from .numbers.items import _Taken
from .terms import GlossaryEntry, Token, build_entries

__all__ = [
    "NameHit",
    "NAMES_FILE",
    "name_entries",
    "find_names",
    "names_match",
]

#: The data file of known name renderings.
NAMES_FILE = "names.toml"

# What may stand between two words of one name: a space, a hyphen, an apostrophe.
_NAME_GAP = regex.compile(r"[ \u00a0\-\u2010\u2011'’]")


@attrs.frozen
class NameHit:
    """A name found in a text: offsets into that text, its key and the rule that found it."""

    start: int
    end: int
    value: str
    rule: str


@functools.cache
def name_entries(language: str) -> tuple[GlossaryEntry, ...]:
    """Glossary entries of every known rendering in ``language`` (valued by the canonical key)."""
    rows = []
    for n, entry in enumerate(data_toml(NAMES_FILE).get("name", ())):
        english = entry.get("en", ())
        if not english:
            msg = f"aligner's data file {NAMES_FILE!r}: name entry {n + 1} has no English form"
            raise ConfigError(msg)
        key = name_key(english[0])
        for form in entry.get(language, ()):
            rows.append((form, key, "", True, key))
    return build_entries("name", language, rows)


def find_names(
    text: str,
    tokens: Sequence[Token],
    language: str,
    taken: Sequence[tuple[int, int]] = (),
) -> list[NameHit]:
    """Names not among the known renderings, outside ``taken``: runs of name-like words."""
    candidate = ru_candidate if language == "ru" else en_candidate
    hits: list[NameHit] = []
    run: list[tuple[Token, str]] = []

    def flush() -> None:
        if language == "en":
            # common words at the ends of a run are headline capitals, not part of the name; a
            # hyphenated given name stays whole ("Chang-ok": both halves are English words too)
            given = _given_name_parts(text, [token for token, _ in run])
            while run and run[0][0] not in given and en_is_common(run[0][0].text):
                run.pop(0)
            while run and run[-1][0] not in given and en_is_common(run[-1][0].text):
                run.pop()
        if run:
            words = " ".join(form for _, form in run)
            hits.append(NameHit(run[0][0].start, run[-1][0].end, name_key(words), "name.shape"))
            run.clear()

    claimed = _Taken(taken)  # asked in O(log n) for each token: a long text holds many titles
    syllables = _syllable_runs(text) if language == "ru" else []
    if language == "en":
        tokens = _aspirates_joined(text, tokens)
    surnames = _surnames_before_given_names(text, tokens) if language == "en" else frozenset()
    for n, token in enumerate(tokens):
        if claimed.overlaps(token.start, token.end):
            flush()
            continue
        inside = any(a <= token.start and token.end <= b for a, b in syllables)
        if language == "en" and run and _hyphen_syllable(text, run[-1][0], token):
            inside = True  # "Chang-ok", "Shao-chi": the lower-case syllable of a given name
        if n in surnames:
            inside = True  # "Choe Chang-ik flew …": a surname opening the sentence
        form = token.text.lower() if inside else candidate(text, token)
        if form is None:
            flush()
            continue
        if run and not _NAME_GAP.fullmatch(text, run[-1][0].end, token.start):
            flush()
        run.append((token, form))
    flush()
    return hits


def _aspirates_joined(text: str, tokens: Sequence[Token]) -> list[Token]:
    """The tokens with a capital and the lower-case syllable after its apostrophe joined into one word:
    Wade-Giles and McCune-Reischauer write an aspirate so ("P'eng", "Ch'oe", "T’ien"), also in the
    lower-case syllable after a hyphen ("Jui-ch'ing", "Ch'ing-t'ang")."""
    out: list[Token] = []
    for token in tokens:
        last = out[-1] if out else None
        if (
            last is not None
            and len(last.text) <= 2
            and (last.capitalised or (text[last.start - 1 : last.start] in _HYPHENS and last.text.islower()))
            and token.start == last.end + 1
            and text[last.end] in "'’"
            and token.text.islower()
        ):
            out[-1] = Token(last.start, token.end, text[last.start : token.end], last.keys | token.keys)
            continue
        out.append(token)
    return out


#: The longest syllable of a romanised Korean or Chinese given name ("hsiang", "chuang").
_SYLLABLE_LETTERS = 6


def _hyphen_syllable(text: str, before: Token, token: Token) -> bool:
    """Whether ``token`` is the lower-case second syllable of a hyphenated given name whose first
    syllable, capitalised, is ``before``: "Chang-ok", "Tse-tung" (not "Vice-premier": too long)."""
    return (
        text[before.end : token.start] in _HYPHENS
        and before.capitalised
        and token.text.islower()
        and _APOSTROPHES.sub("", token.text).isalpha()  # an aspirate's apostrophe: "ch'ing"
        and max(len(before.text), len(_APOSTROPHES.sub("", token.text))) <= _SYLLABLE_LETTERS
    )


_HYPHENS = frozenset("-\u2010\u2011")
_APOSTROPHES = regex.compile(r"['’]")


def _surnames_before_given_names(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """The indexes of short capitalised words standing before a hyphenated given name ("Choe" of
    "Choe Chang-ik"): a surname, even opening a sentence, where a capital says nothing."""
    out = set()
    for n in range(len(tokens) - 2):
        first, given, syllable = tokens[n], tokens[n + 1], tokens[n + 2]
        if (
            first.capitalised
            and first.text.isalpha()
            and len(first.text) <= _SYLLABLE_LETTERS
            and text[first.end : given.start] == " "
            and _hyphen_syllable(text, given, syllable)
        ):
            out.add(n)
    return frozenset(out)


def _given_name_parts(text: str, run: Sequence[Token]) -> frozenset[Token]:
    """The tokens of a run that make hyphenated given names (both syllables of "Chang-ok")."""
    parts: set[Token] = set()
    for before, token in zip(run, run[1:], strict=False):
        if _hyphen_syllable(text, before, token):
            parts.update((before, token))
    return frozenset(parts)


#: Two or three capitalised syllables inside a sentence, the last perhaps with a case ending: a
#: Korean or Chinese name in Russian letters ("с Нам Иром", "Ким Ир Сеном", "Пак Чен Аем"), whose
#: syllables may each spell a common word (нам, сено) and so read as no name one by one.
_SYLLABLE_RUN = regex.compile(
    r"(?<=[\p{Ll},] )\p{Lu}\p{Ll}{1,3}(?: \p{Lu}\p{Ll}{1,3})?(?: \p{Lu}\p{Ll}{1,5})(?![\p{L}\p{N}-])"
)


#: Three capitalised syllables opening a sentence ("Чве Ен Ген вылетел …"): no Russian sentence opens
#: with three short capitalised words but a name's, unless the first is a function word ("На Кубе …").
_OPENING_SYLLABLE_RUN = regex.compile(
    r"(?:^|(?<=[.!?…:;»\"]\s))(\p{Lu}\p{Ll}{1,3}) \p{Lu}\p{Ll}{1,3} \p{Lu}\p{Ll}{1,5}(?![\p{L}\p{N}-])"
)


@functools.cache
def _stop_ru() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("stopwords_ru.txt"))


def _syllable_runs(text: str) -> list[tuple[int, int]]:
    """Where runs of capitalised syllables stand inside the sentences of ``text`` (see
    :data:`_SYLLABLE_RUN`), or open one (:data:`_OPENING_SYLLABLE_RUN`)."""
    runs = [m.span() for m in _SYLLABLE_RUN.finditer(text)]
    runs += [m.span() for m in _OPENING_SYLLABLE_RUN.finditer(text) if m.group(1).lower() not in _stop_ru()]
    return runs


def names_match(a: Mention, b: Mention) -> float:
    """How alike two name mentions are, 0 to 1, by their keys (1.0 for one name in two scripts)."""
    ka, kb = str(a.value), str(b.value)
    if not ka or not kb:
        return 0.0
    wade_giles = _wade_giles_key(a.text)
    if ka == kb or (wade_giles and wade_giles == _wade_giles_key(b.text)):
        return 1.0
    if _repeats_a_word(ka) or _repeats_a_word(kb):
        # two words of one key ("Zhang Zhizhong": "an an") are no subset of a name holding the key once
        return fuzz.ratio(ka, kb) / 100.0
    return max(fuzz.ratio(ka, kb), fuzz.token_set_ratio(ka, kb)) / 100.0


def _repeats_a_word(key: str) -> bool:
    """Whether two words of a name's key are the same."""
    words = key.split()
    return len(set(words)) < len(words)


@functools.lru_cache(maxsize=100_000)
def _wade_giles_key(text: str) -> str:
    """The name's key with Palladius "чж" read as Wade-Giles "ch" (Чжоу as Chou), or "" for any
    other name: one Chinese name in the two spellings archival translations use."""
    return name_key(text, wade_giles=True) if "чж" in text.lower() or "ch" in text.lower() else ""
