"""Sentence templates in both languages, and the fillers drawn for their slots.

A template is a Russian sentence and its English translation with ``{slots}``
(a number, a date, a title, a name, a term …); :func:`_sentence_pair` fills one
in both languages with the same drawn values and records where each fact lies,
so that a document built from them knows its own gold.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Sequence
from typing import Any

import attrs
import regex
from hypothesis import strategies as st

from ._vocabulary import (
    _Filler,
    _months,
    _names,
    _number_in_figures,
    _number_word,
    _terms,
    _title_alternatives,
    _title_filler,
    _titles,
    _words,
)

# Each template: the Russian sentence and its English translation, with {slots}.
# Slots: title, name, number (digits), decimal (tenths), numword (in words), range, date, term, word, upper.
# Every sentence starts with a capital letter and ends with a full stop, so the
# sentence boundaries are those of the template whatever fills the slots.
_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("Число советников: {number}.", "Number of advisors: {number}."),
    ("{title} подписал письмо.", "The {title} signed the letter."),
    ("Совещание состоялось {date}.", "The meeting took place on {date}."),
    ("Документ упоминает: {name}.", "The document mentions: {name}."),
    ("Запас снарядов: {range} вагонов.", "Shell stocks: {range} wagons."),
    ("Прибыло дивизий — {numword}.", "Divisions arrived: {numword}."),
    ("{title} утвердил приказ {date}.", "The {title} approved the order on {date}."),
    ("Тема сообщения: {term}.", "Subject of the message: {term}."),
    ("Ключевое слово — «{word}».", "The key word is “{word}”."),
    ("Подпись: {upper}.", "Signature: {upper}."),
    ("Просим сообщить ответ до {date}.", "Please report the answer by {date}."),
    ("Доля расходов: {decimal} процента.", "Share of expenses: {decimal} percent."),
)

_SLOT = regex.compile(r"\{(\w+)\}")
_SLOT_KIND = {
    "number": "number",
    "decimal": "number",
    "numword": "number",
    "range": "range",
    "date": "date",
    "title": "title",
    "name": "name",
    "upper": "name",
    "term": "term",
    "word": "word",
}


@attrs.frozen
class _Piece:
    """A sentence and its facts: (kind, value, start, end, key); the key links the sides."""

    text: str
    facts: tuple[tuple[str, Any, int, int, int], ...] = ()

    def shifted(self, by: int, *, key_base: int = 0) -> _Piece:
        """The piece with its facts moved ``by`` characters and their keys by ``key_base``."""
        facts = tuple((k, v, s + by, e + by, n + key_base) for k, v, s, e, n in self.facts)
        return _Piece(self.text, facts)


def _fill(template: str, fillers: dict[str, _Filler], side: str, key_base: int) -> _Piece:
    out: list[str] = []
    facts = []
    pos = 0
    for n, m in enumerate(_SLOT.finditer(template)):
        out.append(template[pos : m.start()])
        filler = fillers[m.group(1)]
        words = filler.ru if side == "ru" else filler.en
        start = sum(map(len, out))
        out.append(words)
        facts.append((filler.kind, filler.value, start, start + len(words), key_base + n))
        pos = m.end()
    out.append(template[pos:])
    return _Piece("".join(out), tuple(facts))


@functools.cache
def _ints(low: int, high: int) -> st.SearchStrategy[int]:
    """``st.integers(low, high)``, built once: a document of 150 beads draws thousands of these."""
    return st.integers(low, high)


def _pick(draw: st.DrawFn, items: Sequence[Any]) -> Any:
    """One of ``items`` (shrinking towards the first), without building a strategy for each draw."""
    return items[draw(_ints(0, len(items) - 1))]


#: The years of generated dates (the archives' two centuries).
YEARS = (1800, 2020)


def figures() -> st.SearchStrategy[float]:
    """Whole numbers as users write them in figures, 0 to ten billion, every magnitude (shrinks to 0)."""
    return st.integers(0, 10**10).map(float)


def tenths() -> st.SearchStrategy[float]:
    """Numbers with one decimal, 0.1 to 999.9 (shrinks to 0.1)."""
    return st.builds(lambda a, b: a + b / 10, st.integers(0, 999), st.integers(1, 9))


def worded() -> st.SearchStrategy[int]:
    """Numbers as users write them in words, two to a million (shrinks to two)."""
    return st.integers(2, 999_999)


_FIGURES, _TENTHS, _WORDED = figures(), tenths(), worded()


def _fillers(draw: st.DrawFn, slots: Sequence[str], *, changeable: bool = False) -> dict[str, _Filler]:
    """A filler for each slot; ``changeable``: only titles a perturbation can change."""
    out: dict[str, _Filler] = {}
    for slot in slots:
        if slot == "number":
            out[slot] = _number_in_figures(draw(_FIGURES))
        elif slot == "decimal":
            out[slot] = _number_in_figures(draw(_TENTHS))
        elif slot == "numword":
            out[slot] = _number_word(draw(_WORDED))
        elif slot == "range":
            low = draw(_ints(2, 90))
            high = draw(_ints(low + 1, low + 60))
            text = f"{low}-{high}"
            out[slot] = _Filler("range", (float(low), float(high)), text, text)
        elif slot == "date":
            month, year = draw(_ints(1, 12)), draw(_ints(YEARS[0], YEARS[1]))
            day = draw(_ints(1, calendar.monthrange(year, month)[1]))
            out[slot] = _date_filler(day, month, year)
        elif slot == "title":
            titles = _changeable_titles() if changeable else _titles()
            out[slot] = _title_filler(_pick(draw, titles))
        elif slot == "name":
            out[slot] = _pick(draw, _names())
        elif slot == "upper":
            name = _pick(draw, _single_names())
            out[slot] = _Filler("name", name.value, name.ru.upper(), name.en.upper())
        elif slot == "term":
            out[slot] = _pick(draw, _terms())
        elif slot == "word":
            out[slot] = _pick(draw, _words())
    return out


def _date_filler(day: int, month: int, year: int) -> _Filler:
    ru_month, en_month = _months()[month - 1]
    return _Filler(
        "date",
        f"{year:04d}-{month:02d}-{day:02d}",
        f"{day} {ru_month} {year} года",
        f"{en_month} {day}, {year}",
    )


@functools.cache
def _changeable_titles() -> tuple[dict[str, Any], ...]:
    return tuple(c for c in _titles() if _title_alternatives()[c["id"]])


@functools.cache
def _single_names() -> tuple[_Filler, ...]:
    return tuple(n for n in _names() if " " not in n.ru and " " not in n.en and "-" not in n.ru)


@functools.cache
def _name_words() -> frozenset[str]:
    return frozenset(w for n in _names() for w in (n.ru, n.en))


def _sentence_pair(
    draw: st.DrawFn, kinds: frozenset[str] | None = None, avoid: frozenset[int] = frozenset()
) -> tuple[_Piece, _Piece, int]:
    """One template filled in both languages, and the template's number.

    ``kinds``: only templates with such a fact; ``avoid``: templates the document has
    used already, taken again only when no other is left (a document whose sentences
    differ only in a number would make its own gold alignment ambiguous).
    """
    numbers = [
        n
        for n, t in enumerate(_TEMPLATES)
        if kinds is None or {_SLOT_KIND[slot] for slot in _SLOT.findall(t[0])} & kinds
    ]
    fresh = [n for n in numbers if n not in avoid] or numbers
    number = _pick(draw, fresh)
    ru_t, en_t = _TEMPLATES[number]
    fillers = _fillers(draw, _SLOT.findall(ru_t), changeable=kinds is not None)
    return _fill(ru_t, fillers, "ru", 0), _fill(en_t, fillers, "en", 0), number


def _joined(a: _Piece, b: _Piece) -> _Piece:
    """Two sentences as one: "A; b" (the first full stop becomes a semicolon)."""
    first = a.text[:-1] + ";"
    second = b.text[:1].lower() + b.text[1:] if _lower_ok(b.text) else b.text
    joined = first + " " + second
    return _Piece(joined, a.facts + b.shifted(len(first) + 1).facts)


def _lower_ok(text: str) -> bool:
    """Whether a sentence starts with a common word (lower-cased after a semicolon)."""
    first = text.split(" ", 1)[0]
    return first[:1].isupper() and first[1:].islower() and first not in _name_words()
