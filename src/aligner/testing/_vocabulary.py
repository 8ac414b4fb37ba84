"""Vocabulary of the generated sentences: titles, terms, names, number words, months, words."""

from __future__ import annotations

import functools
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
        out.append(_Filler("term", c["id"], str(c["ru"][0]), str(c["en"][0])))
    return tuple(out)


@functools.cache
def _names() -> tuple[_Filler, ...]:
    out = []
    for n in data_toml("names.toml").get("name", ()):
        ru, en = str(n["ru"][0]), str(n["en"][0])
        if "." in ru or "." in en:
            continue  # initials and abbreviations would end a sentence
        out.append(_Filler("name", en, ru, en))
    return tuple(out)


@functools.cache
def _number_words() -> tuple[_Filler, ...]:
    """Number words both languages have (2 up to 90, one word each, not the weak ones)."""

    def table(name: str) -> dict[float, str]:
        out: dict[float, str] = {}
        for w in data_toml(name).get("word", ()):
            if w.get("weak") or w.get("kind") not in ("unit", "teen", "ten") or w["value"] < 2:
                continue
            out.setdefault(float(w["value"]), str(w["forms"][0]))  # the first entry: "два", not "двое"
        return out

    ru, en = table("numbers_ru.toml"), table("numbers_en.toml")
    return tuple(_Filler("number", v, ru[v], en[v]) for v in sorted(ru.keys() & en.keys()))


@functools.cache
def _months() -> tuple[tuple[str, str], ...]:
    """(Russian genitive, English name) of each month, January first."""
    ru = {int(p[0]): p[2] for p in (line.split() for line in data_lines("months_ru.txt"))}
    en = {int(p[0]): p[1] for p in (line.split() for line in data_lines("months_en.txt"))}
    return tuple((ru[m], en[m]) for m in range(1, 13))


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
