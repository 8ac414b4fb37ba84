"""What the words around a candidate sentence end are, for the boundary rules of :mod:`.sentences`.

A capitalised Russian word may be a common word that opens a sentence, a place's name, or a surname
that initials follow ("Цеденбала Ю. На беседе …"); initials may be of two letters ("Дж.", "Yu.").
The morphology is pymorphy3's (:mod:`aligner.morph`); no word of any document is listed here.
"""

from __future__ import annotations

import functools

import regex

from ..morph import ru_is_known, ru_parses
from ..resources import data_toml
from ..spelling import fold_lookalikes
from .abbreviations import address_abbreviations

__all__ = ["after_surname", "is_place", "long_initials", "opens_sentence"]

# pymorphy3's tags of proper names: a capitalised word so tagged may follow a title's abbreviation.
_NAME_TAGS = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn"))


@functools.cache
def long_initials(language: str) -> frozenset[str]:
    """The initials of two letters or more (``initials.toml``): Russian ones ("Дж") and the Latin
    ones a Russian initial is rendered by ("Yu", "Zh", "Kh"). Like a single capital, one with a
    period does not end a sentence."""
    table = data_toml("initials.toml")["initials"]
    if language == "ru":
        forms = iter(table)
    else:
        forms = (latin.rstrip(".") for latins in table.values() for latin in latins)
    return frozenset(f for f in forms if len(f) > 1 and f[0].isupper() and f[1:].islower())


#: Initials written after a surname ("Цеденбала Ю.", "Федоренко Н. Т."), at the end of a text.
_SURNAME_INITIALS = regex.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?:\s+\p{Lu}\.){1,2}$")


def _addressed(text: str) -> bool:
    """Whether the surname before the initials ending ``text`` follows a form of address ("тов.
    Микояну А. И."): an address block, which runs on into its letter without a stop."""
    m = _ADDRESS_BEFORE.search(text)
    return m is not None and m.group(1).lower() in address_abbreviations("ru")


#: The word before a surname and its initials at the end of a text.
_ADDRESS_BEFORE = regex.compile(r"(\p{L}+\.?)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\.){1,2}$")


def after_surname(text: str, next_word: str) -> bool:
    """Whether ``text`` ends with one or two initials written after a surname ("Федоренко Н. Т.")
    and ``next_word`` opens a new sentence: a common word ("На"), or a capitalised word of
    its own ("… Дугэрсурэн М. Цеденбал сказал"). A capitalised common word before the initials is
    a title, not a surname ("Президенту Ф. Д. Рузвельту")."""
    m = _SURNAME_INITIALS.search(text)
    if m is None or opens_sentence(m.group(1)) or is_place(m.group(1)) or _addressed(text):
        return False
    return opens_sentence(next_word) or (
        len(next_word) > 1 and next_word[1:].islower() and next_word[0].isupper()
    )


def opens_sentence(word: str) -> bool:
    """Whether a capitalised Russian word is a common word (no name) that pymorphy3 knows
    (read with its Latin look-alike letters as Cyrillic: "Пpибыло" with a Latin p)."""
    word = fold_lookalikes(word)
    if not word[:1].isupper() or word.isupper():
        return False
    parses = ru_parses(word)
    return bool(parses) and ru_is_known(word) and not any(p.tag.grammemes & _NAME_TAGS for p in parses)


def is_place(word: str) -> bool:
    """Whether a capitalised Russian word is only ever a place's name ("Финляндии", not "Кирова", a
    surname too): before initials it ends a title ("Президентом Финляндии У. К. Кекконеном"), no surname."""
    named = [p.tag.grammemes & _NAME_TAGS for p in ru_parses(word)]
    return any(named) and all(tags == {"Geox"} for tags in named if tags)
