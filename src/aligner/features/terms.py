"""Glossary terms, and the glossary that titles and known names share: its entries, read from the data
files, and the keys a word is matched on (the matcher is :mod:`aligner.features.glossary_match`).

A glossary entry is a sequence of words (``"группа армий"``, ``"army group"``).
Russian words match in any case through their lemmas and stems
(``"штабах"`` finds ``"штаб"``); English words match without regard to case and
plural ending (``"Headquarters"`` finds ``"headquarters"``). Where entries
overlap the longest wins, so ``"Председателю Совета Министров"`` is one office,
not a chairman and a council. An ordinal matches written in words or in figures
(``"капитан второго ранга"`` finds ``"капитана 2-го ранга"``, ``"Captain Second Rank"``
finds ``"Captain 2nd Rank"``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from ..cache import cached
from ..errors import ConfigError
from ..model import Mention
from ..morph import ru_is_known, ru_lemmas, ru_stem
from ..resources import data_toml
from ..spelling import en_misread
from ..tokens import tokens, word_pattern
from .values import ConceptRef, ConceptSource

__all__ = [
    "Token",
    "GlossaryEntry",
    "tokenize",
    "glossary_entries",
    "TERMS_FILE",
    "term_concepts",
    "concept_ref",
    "fold",
    "term_relations",
]

#: The data file of the terms glossary.
TERMS_FILE = "terms.toml"


@attrs.frozen
class Token:
    """One word piece of a segment's text with the keys it matches glossary words on."""

    start: int
    end: int
    text: str
    keys: frozenset[str]

    @property
    def capitalised(self) -> bool:
        """Whether the word starts with a capital letter."""
        return self.text[:1].isupper()


@attrs.frozen
class GlossaryEntry:
    """One form of one concept: its words' keys, the concept ids it names, and how it is shown."""

    kind: str
    form: str
    language: str
    keys: tuple[frozenset[str], ...]
    concepts: tuple[str, ...]
    family: str
    capitalised: bool = False
    value: str = ""
    gap: int = 0
    #: a clipped form of a longer form of its concept ("ген." of "генерал", "тов." of "товарищ"):
    #: it matches only letter for letter, so a declined common word ("Геном") is no title
    clipped: bool = False


def fold(word: str) -> str:
    """A word in lower case, ё as е: the form glossary words are compared in."""
    return word.lower().replace("ё", "е")


def _en_singular(word: str) -> str:
    if len(word) > 4 and word.endswith(_ES_PLURALS):
        return word[:-2]  # "presses", "branches", "boxes"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


#: The English plural endings that add "-es" to the singular ("presses", "branches", "boxes").
_ES_PLURALS = ("sses", "shes", "ches", "xes", "zzes")


@functools.lru_cache(maxsize=200_000)
def word_keys(word: str, language: str) -> frozenset[str]:
    """The keys a word matches glossary words on: Russian lemmas and stem, English singular (and the
    word an OCR misreading stands for)."""
    low = fold(word)
    if language == "ru":
        if len(low) <= 2 or ru_function_word(low):
            return frozenset((low,))  # "после" is "after", not "о после" (the ambassador)
        if ru_is_known(low):  # "команда" (a team) is no "командующий", "гений" no "ген."
            # a name's stem only for a form that may be a name: "Сена" (Ким Ир Сена), not "Грузы"
            # (stemmed only then: most known forms need no stem)
            declined = (_DECLINED + ru_stem(low),) if may_be_name(low) else ()
            return frozenset((low, *declined, *ru_lemmas(low), *ordinal_keys(low, language)))
        # an unknown form (an OCR garble, a name the dictionary lacks): its stem
        stem = ru_stem(low)
        return frozenset((low, stem, _DECLINED + stem, _UNKNOWN + stem, *ru_lemmas(low)))
    misread = en_misread(low) if low.isascii() else None  # "governrnent": an OCR slip for "government"
    if misread is not None:
        return frozenset((low, _en_singular(low), misread, _en_singular(misread)))
    return frozenset((low, _en_singular(low), *ordinal_keys(low, language)))


_FUNCTION_TAGS = frozenset(("PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED"))
#: pymorphy3's tags of proper names.
_NAME_GRAMMEMES = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad"))


@functools.lru_cache(maxsize=200_000)
def may_be_name(form: str) -> bool:
    """Whether pymorphy3 has a reading of a known Russian form as a proper name."""
    from ..morph import parses_of

    return any(_NAME_GRAMMEMES & p.tag.grammemes for p in parses_of(form))


@functools.lru_cache(maxsize=200_000)
def ru_function_word(form: str) -> bool:
    """Whether pymorphy3 reads a Russian form first as a preposition, conjunction, pronoun …

    Only a form its dictionary knows: function words are a closed class, and a guess from an
    unknown word's ending ("Ревеле", a name in the prepositional, guessed an adverb) is no such word.
    """
    from ..morph import parses_of

    if not ru_is_known(form):
        return False
    parses = parses_of(form)
    return bool(parses) and parses[0].tag.POS in _FUNCTION_TAGS


#: The mark of a stem key that a form which may be a name matches on ("Сена" is "Сен").
_DECLINED = "≈"
#: The mark of a stem key only forms unknown to the dictionary carry.
_UNKNOWN = "≈?"


def _entry_keys(word: str, language: str, kind: str, *, alone: bool = False) -> frozenset[str]:
    """The keys a glossary word matches text on.

    A title or a term matches a known form by its lemma, an unknown one (an OCR
    garble) by its stem. A word of a name of several matches any form sharing
    its stem ("Ким Ир Сена"); a name of one word, a known form by its lemma only
    ("Валенсия" is no "Валенса") and an unknown one by its stem.
    """
    low = fold(word)
    if language == "ru":
        if len(low) <= 2 or (kind != "name" and len(low) <= _ACRONYM_LETTERS and not ru_is_known(low)):
            # an acronym of a term or title (ЦК, НОА) as written: its "stem" is another word (но); a
            # name's short word (Сен of Ким Ир Сен) keeps its case forms (Сена)
            return frozenset((low,))
        lemmas = ru_lemmas(low)[:1] if ru_is_known(low) else ()
        mark = _UNKNOWN if kind != "name" or alone else _DECLINED
        stem = ru_stem(low)
        # a term's stem of two letters is another word of the text ("заем" stems to "за", a preposition);
        # a short name keeps it (its case forms: "Цоя" of "Цой")
        stems = (mark + stem,) if len(stem) > 2 or kind == "name" else ()
        return frozenset((low, *stems, *lemmas, *ordinal_keys(low, language)))
    return frozenset((low, _en_singular(low), *ordinal_keys(low, language)))


#: The longest unknown Russian glossary word read as an acronym, matched as written (a text's case
#: form of it, «МИДа», still meets it through its own stem).
_ACRONYM_LETTERS = 4


#: The word pieces of a text: :func:`aligner.tokens.tokens` with no joiners, hyphenated words
#: split into their parts ("Генерал", "полковнику").
_PIECES = word_pattern(joiners="")


def pieces(text: str) -> list[tuple[int, int, str]]:
    """The word pieces of ``text`` (see :data:`_PIECES`), as ``(start, end, piece)``."""
    return tokens(text, joiners="")


def tokenize(text: str, language: str) -> tuple[Token, ...]:
    """The word pieces of ``text`` (hyphenated words split) with their matching keys; an ordinal
    written in figures («1-го», "3rd") is one piece that matches its ordinal word ("первого", "third")."""
    out = []
    ordinals = _figure_ordinals(text, language)
    for m in _PIECES.finditer(text):
        if any(start <= m.start() < end for start, end, _ in ordinals):
            continue  # the ending of «1-го»: part of the ordinal below
        word = m.group()  # one string for the token and the caches keyed by it
        out.append(Token(m.start(), m.end(), word, word_keys(word, language)))
    if ordinals:
        out.extend(Token(start, end, text[start:end], frozenset((key,))) for start, end, key in ordinals)
        out.sort(key=lambda t: t.start)
    return tuple(out)


#: An ordinal written in figures with its ending: «1-го», «3-й», «2-я» (the hyphen required), "2nd", "3rd".
_FIGURE_ORDINAL = {
    "ru": regex.compile(r"(?<![\p{L}\d])(\d{1,3})-(?:ого|ому|ый|ий|ой|ая|ым|ом|го|му|й|я|е|м)(?!\p{L})"),
    "en": regex.compile(r"(?<![\p{L}\d])(\d{1,3})(?:st|nd|rd|th)(?!\p{L})", regex.IGNORECASE),
}


def _ordinal_key(value: float) -> str:
    """The key an ordinal matches glossary words on, written in words or figures ("#3")."""
    return f"#{int(value)}"


def _figure_ordinals(text: str, language: str) -> list[tuple[int, int, str]]:
    """The ordinals ``text`` writes in figures, as ``(start, end, key)``."""
    pattern = _FIGURE_ORDINAL.get(language)
    if pattern is None or not any(ch.isdigit() for ch in text):
        return []
    return [(m.start(), m.end(), _ordinal_key(int(m.group(1)))) for m in pattern.finditer(text)]


@functools.cache
def _ordinal_values(language: str) -> dict[str, float]:
    """Every ordinal word form of ``language`` with its value (третьего: 3, third: 3)."""
    from .numbers import ordinal_words  # the number words load through this module's package

    return {form: value for form, value in ordinal_words(language).items() if value == int(value)}


def ordinal_keys(word: str, language: str) -> tuple[str, ...]:
    """The ordinal key of an ordinal word ("третьего ранга" meets «3-го ранга» and "3rd Rank"), if any."""
    value = _ordinal_values(language).get(fold(word)) if language in ("ru", "en") else None
    return () if value is None else (_ordinal_key(value),)


def build_entries(
    kind: str,
    language: str,
    forms: Iterable[tuple[str, str, str, bool, str]],
    *,
    skip: frozenset[str] = frozenset(),
) -> tuple[GlossaryEntry, ...]:
    """Glossary entries from ``(form, concept, family, capitalised, value)`` rows.

    Forms with the same words (after folding) are one entry naming every
    concept that lists them, in the order given (``"Premier"`` names two offices).
    """
    by_keys: dict[tuple[frozenset[str], ...], list[tuple[str, str, str, bool, str]]] = {}
    for row in forms:
        parts = [p for _, _, p in pieces(row[0]) if fold(p) not in skip]
        if not parts:
            continue
        keys = tuple(_entry_keys(p, language, kind, alone=len(parts) == 1) for p in parts)
        by_keys.setdefault(keys, []).append(row)
    entries = []
    for keys, rows in by_keys.items():
        form, _, family, capitalised, value = rows[0]
        concepts = tuple(dict.fromkeys(r[1] for r in rows))
        entries.append(GlossaryEntry(kind, form, language, keys, concepts, family, capitalised, value))
    return tuple(entries)


def _concept_rows(name: str, language: str) -> tuple[list[tuple[str, str, str, bool, str]], frozenset[str]]:
    data = data_toml(name)
    skip = frozenset(fold(w) for w in data.get("skip_en", ())) if language == "en" else frozenset()
    rows = []
    for concept in data.get("concept", ()):
        try:
            cid, family = concept["id"], concept["family"]
        except KeyError as exc:
            msg = f"aligner's data file {name!r}: a concept lacks its {exc.args[0]!r}"
            raise ConfigError(msg) from exc
        capitalised = bool(concept.get("capitalised", False)) and language == "en"
        for form in concept.get(language, ()):
            rows.append((form, cid, family, capitalised, cid))
    return rows, skip


def _clipped(form: str, forms: Iterable[str], language: str) -> bool:
    """Whether a one-word Russian form is a clipped form of a longer one-word form of its concept
    ("ген" of "генерал"; not "премьер" of "премьер-министр", a word of its own). An English clipped
    form is written with its period ("Gen."): a bare English form is a word ("car" beside "carriage",
    "war" beside "warfare") and takes its plural. An adjective made of the form clips nothing («сталь»
    beside «стальной»)."""
    return (
        language == "ru"
        and form.isalpha()
        and any(
            f.isalpha() and f.startswith(form) and len(f) >= len(form) + 2 and not f.endswith(_ADJECTIVE_ENDS)
            for f in forms
        )
    )


#: The endings of a Russian adjective's lemma (стальной, шелковый, медный).
_ADJECTIVE_ENDS = ("ый", "ий", "ой")


@functools.cache
def glossary_entries(name: str, kind: str, language: str) -> tuple[GlossaryEntry, ...]:
    """The entries of a concept glossary file (``terms.toml``, ``titles.toml``) in one language.

    A concept with ``gap = N`` lets up to N other words stand between the words
    of its multi-word forms ("ведения современных войн" is "ведение войны").
    """

    def build() -> tuple[GlossaryEntry, ...]:
        rows, skip = _concept_rows(name, language)
        gaps = {c["id"]: int(c.get("gap", 0)) for c in data_toml(name).get("concept", ())}
        full: dict[str, list[str]] = {}
        for form, cid, *_ in rows:
            full.setdefault(cid, []).append(fold(form))
        out = []
        for e in build_entries(kind, language, rows, skip=skip):
            if len(e.keys) > 1:
                e = attrs.evolve(e, gap=max(gaps.get(c, 0) for c in e.concepts))
            elif _clipped(fold(e.form), [f for c in e.concepts for f in full.get(c, ())], language):
                e = attrs.evolve(e, clipped=True)
            out.append(e)
        return tuple(out)

    # derived once (each form read through pymorphy3), then read from the disk cache
    return cached("glossary-entries", build, extra=f"{name}|{kind}|{language}")


#: The source of a concept (:class:`~aligner.features.values.ConceptRef`) by its entry's kind.
_SOURCE_OF_KIND: dict[str, ConceptSource] = {"term": "terms", "title": "titles", "name": "names"}


#: The concept of each glossary entry met so far, by the entry's identity (entries live as long
#: as the glossary index that holds them; the entry is kept to make sure of it).
_REFS: dict[int, tuple[GlossaryEntry, ConceptRef]] = {}


def concept_ref(entry: GlossaryEntry) -> ConceptRef:
    """What a mention found through ``entry`` refers to: the entry's concepts, family, source and form."""
    known = _REFS.get(id(entry))
    if known is not None and known[0] is entry:
        return known[1]
    ref = ConceptRef(
        concepts=entry.concepts,
        family=entry.family,
        source=_SOURCE_OF_KIND[entry.kind],
        form=entry.form,
        language=entry.language,
    )
    _REFS[id(entry)] = (entry, ref)
    return ref


def term_concepts(mention: Mention) -> frozenset[str]:
    """Every concept a term mention's words may name (its value at least)."""
    if mention.concept is None:
        return frozenset((str(mention.value),))
    return frozenset(mention.concept.concepts) | {str(mention.value)}


@functools.cache
def term_relations() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Each term concept's family, and the concepts listed as confusable with it (both ways): those
    of its ``confusable`` list, and those of its ``kin`` across families (the high bodies of the state
    and the party: a supreme court, a supreme soviet, a central committee are distinct institutions)."""
    families: dict[str, str] = {}
    confusable: dict[str, set[str]] = {}
    kin: dict[str, list[str]] = {}
    for c in data_toml(TERMS_FILE).get("concept", ()):
        families[c["id"]] = c.get("family", "")
        for other in c.get("confusable", ()):
            confusable.setdefault(c["id"], set()).add(other)
            confusable.setdefault(other, set()).add(c["id"])
        if c.get("kin"):
            kin.setdefault(c["kin"], []).append(c["id"])
    for members in kin.values():
        for one in members:
            confusable.setdefault(one, set()).update(m for m in members if m != one)
    return families, {k: frozenset(v) for k, v in confusable.items()}
