"""Vocabulary of the generated sentences: titles, terms, names, number words, months, words."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import attrs
import regex

from ..resources import data_lines, data_toml

# ------------------------------------------------------------- vocabulary from aligner's data


@attrs.frozen
class _Filler:
    kind: str
    value: Any
    ru: str
    en: str


@functools.cache
def _titles() -> tuple[dict[str, Any], ...]:
    return tuple(c for c in data_toml("titles.toml").get("concept", ()) if c.get("family") != "address")


def _title_filler(concept: dict[str, Any]) -> _Filler:
    ru = str(concept["ru"][0])
    return _Filler("title", concept["id"], ru[:1].upper() + ru[1:], str(concept["en"][0]))


@functools.cache
def _title_alternatives() -> dict[str, tuple[dict[str, Any], ...]]:
    """For each title concept, the concepts of its family a checker must tell apart from it."""
    concepts = _titles()
    broader = {c["id"]: set(c.get("broader", ())) for c in concepts}

    def forms(c: dict[str, Any]) -> set[str]:
        return {f.lower().rstrip(".") for f in (*c.get("en", ()), *c.get("ru", ()))}

    out: dict[str, tuple[dict[str, Any], ...]] = {}
    for a in concepts:
        alts = []
        for b in concepts:
            if b["id"] == a["id"] or b.get("family") != a.get("family"):
                continue
            if a["id"] in broader[b["id"]] or b["id"] in broader[a["id"]] or forms(a) & forms(b):
                continue
            ea, eb = str(a["en"][0]).lower(), str(b["en"][0]).lower()
            if ea in eb or eb in ea:
                continue
            alts.append(b)
        out[a["id"]] = tuple(alts)
    return out


@functools.cache
def _terms() -> tuple[_Filler, ...]:
    out = []
    for c in data_toml("terms.toml").get("concept", ()):
        if not c.get("ru") or not c.get("en"):
            continue  # a phrase of one language only ("in order to"), no term to render
        out.append(_Filler("term", c["id"], str(c["ru"][0]), str(c["en"][0])))
    return tuple(out)


# ------------------------------------------------ vocabulary from sources independent of aligner
# Names, number words and month names come from outside aligner's own data, so that a
# property checks the checker against another oracle, not against the list it reads:
# the kit's own list of surnames (names.txt, disjoint from data/names.toml),
# num2words for number words, babel (CLDR) for month names.


@functools.cache
def _names() -> tuple[_Filler, ...]:
    """Surnames of the kit's own list (``names.txt``), Russian and English."""
    text = resources.files("aligner.testing").joinpath("names.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            ru, _, en = entry.partition(" = ")
            out.append(_Filler("name", en.strip(), ru.strip(), en.strip()))
    return tuple(out)


def _number_word(value: int) -> _Filler:
    """``value`` in words in both languages, as num2words writes it ("двадцать пять", "twenty-five")."""
    from num2words import num2words

    return _Filler("number", float(value), num2words(value, lang="ru"), num2words(value, lang="en"))


def _number_in_figures(value: float) -> _Filler:
    """``value`` in figures as each language writes it: "12 500" / "12,500", "2,5" / "2.5"."""
    if value != int(value):
        whole, tenths = int(value), round((value - int(value)) * 10)
        return _Filler("number", value, f"{whole},{tenths}", f"{whole}.{tenths}")
    n = int(value)
    # Russian groups thousands with a (no-break) space; four-figure counts too ("1 700"), as many
    # typists did: an ungrouped "1700" reads as a year (and aligner's checks read it so).
    ru = f"{n:,}".replace(",", "\u00a0")
    en = f"{n:,}"
    return _Filler("number", float(n), ru, en)


@functools.cache
def _months() -> tuple[tuple[str, str], ...]:
    """(Russian genitive, English name) of each month, January first, from CLDR (babel)."""
    from babel.dates import get_month_names

    ru = get_month_names("wide", context="format", locale="ru")  # the genitive: "июля"
    en = get_month_names("wide", context="format", locale="en")
    return tuple((str(ru[m]), str(en[m])) for m in range(1, 13))


_WORD_ONLY = regex.compile(r"^\p{L}{3,}$")


@functools.cache
def _words() -> tuple[_Filler, ...]:
    """Single-word pairs of the lexicon that name no number, title, term, name or month."""
    taken: set[str] = set()
    for c in (
        *data_toml("titles.toml").get("concept", ()),
        *data_toml("terms.toml").get("concept", ()),
    ):
        for form in (*c.get("ru", ()), *c.get("en", ())):
            taken.update(str(form).lower().split())
    for n in data_toml("names.toml").get("name", ()):
        for form in (*n.get("ru", ()), *n.get("en", ())):
            taken.update(str(form).lower().split())
    for name in ("numbers_ru.toml", "numbers_en.toml"):
        for w in data_toml(name).get("word", ()):
            taken.update(str(f).lower() for f in w.get("forms", ()))
    for name in ("months_ru.txt", "months_en.txt"):
        for line in data_lines(name):
            taken.update(p.lower() for p in line.split()[1:])
    out = []
    seen: set[str] = set()
    for line in data_lines("lexicon_ru_en.txt"):
        en, sep, ru = line.partition(" @ ")
        en, ru = en.strip(), ru.strip()
        if not sep or not _WORD_ONLY.match(en) or not _WORD_ONLY.match(ru) or ru in seen:
            continue
        if en.lower() in taken or ru.lower() in taken or not regex.match(r"^\p{Script=Cyrillic}+$", ru):
            continue
        seen.add(ru)
        out.append(_Filler("word", (ru, en), ru, en))
    return tuple(out)


def _furniture_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Sheet words and apparatus words (Cyrillic, whole words) of ``furniture_ru.toml``."""
    data = data_toml("furniture_ru.toml")
    cyr = regex.compile(r"^\p{Script=Cyrillic}{4,}$")
    sheet = tuple(str(w) for w in data.get("sheet_words", ()) if cyr.match(str(w)))
    apparatus = tuple(str(w) for w in data.get("apparatus_words", ()) if cyr.match(str(w)))
    return sheet, apparatus
