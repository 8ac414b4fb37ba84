"""Abbreviations a Russian text spells out by the names of their Latin letters: «Би-би-си» (BBC),
«Эй-би-си» (ABC), «Си-би-эс» (CBS), «Ю-Эс» (US).

Such a word is one name, hyphens and all (not the syllables «Би-би» of a Chinese given name), and
it stands for the abbreviation of its letters, which the translation writes as it is.
"""

from __future__ import annotations

import functools

import regex

from ..resources import data_toml
from ..translit import name_key

__all__ = ["spelt_abbreviations", "spelt_key", "spelt_letters"]

#: A capitalised word of two to six hyphen-joined short parts, nothing hyphenated on either side.
_CHAIN = regex.compile(
    r"(?<![\p{L}\p{N}\-\u2010\u2011])\p{Lu}\p{Ll}{0,3}(?:[-\u2010\u2011]\p{L}{1,4}){1,5}(?![\p{L}\p{N}\-\u2010\u2011])"
)
_PARTS = regex.compile(r"[-\u2010\u2011]")


@functools.cache
def _letter_of() -> dict[str, str]:
    """Each Russian name of a Latin letter (lower case) and the letter (``"би"`` → ``"B"``)."""
    table = data_toml("latin_letters.toml").get("letter_names_ru", {})
    return {name.lower(): letter for letter, names in table.items() for name in names}


@functools.lru_cache(maxsize=20_000)
def spelt_letters(word: str) -> str | None:
    """The abbreviation a hyphenated word spells by its letters' names («Би-би-си»: "BBC"), or ``None``
    (a part no letter's name, or one name said over, an interjection: «Ай-ай-ай», «Эй-эй»)."""
    written = _PARTS.split(word)
    parts = [p.lower() for p in written]
    if len(parts) < 2 or len(set(parts)) == 1:
        return None
    if len(parts) == 2 and not all(p[:1].isupper() for p in written):
        return None  # «Си-ди», «Ли-пи»: a Chinese given name's two syllables; «Ю-Эс» has two capitals
    table = _letter_of()
    if not all(p in table for p in parts):
        return None
    return "".join(table[p] for p in parts)


def spelt_abbreviations(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` spells abbreviations by their letters' names, with the letters."""
    out = []
    for m in _CHAIN.finditer(text):
        letters = spelt_letters(m.group())
        if letters is not None:
            out.append((m.start(), m.end(), letters))
    return out


@functools.cache
def _listed_keys() -> dict[str, str]:
    """The known names (``names.toml``) by each English abbreviation they are written as ("U.S.",
    "USA": the key of the United States)."""
    out: dict[str, str] = {}
    for entry in data_toml("names.toml").get("name", ()):
        english = entry.get("en", ())
        for form in english:
            letters = form.replace(".", "").replace(" ", "")
            if letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6:
                out.setdefault(letters, name_key(english[0]))
    return out


def spelt_key(letters: str) -> str:
    """The name key of a spelt abbreviation: a known name's («Ю-Эс»: the United States'), else the
    letters' own."""
    return _listed_keys().get(letters) or name_key(letters)
