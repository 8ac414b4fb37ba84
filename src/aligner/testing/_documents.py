"""Sentence templates and :func:`parallel_documents`."""

from __future__ import annotations

import calendar
import functools
from collections.abc import Sequence
from typing import Any

import attrs
import regex
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ._records import BEAD_SHAPES, Fact, ParallelDocument
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

# --------------------------------------------------------------------------- templates

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


_FIGURES, _TENTHS, _WORDED, _BOOLEANS = figures(), tenths(), worded(), st.booleans()


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


@attrs.frozen
class _BeadSpec:
    source: tuple[_Piece, ...]
    target: tuple[_Piece, ...]
    templates: tuple[int, ...] = ()


def _bead(
    draw: st.DrawFn, shape: str, kinds: frozenset[str] | None = None, avoid: frozenset[int] = frozenset()
) -> _BeadSpec:
    if shape in ("1-2", "2-1"):
        ru1, en1, first = _sentence_pair(draw, kinds, avoid)
        ru2, en2, second = _sentence_pair(draw, None, avoid | {first})
        ru2, en2 = ru2.shifted(0, key_base=100), en2.shifted(0, key_base=100)
        if shape == "1-2":
            return _BeadSpec((_joined(ru1, ru2),), (en1, en2), (first, second))
        return _BeadSpec((ru1, ru2), (_joined(en1, en2),), (first, second))
    ru, en, number = _sentence_pair(draw, kinds, avoid)
    if shape == "1-1":
        return _BeadSpec((ru,), (en,), (number,))
    if shape == "1-0":
        return _BeadSpec((_Piece(ru.text),), (), (number,))
    return _BeadSpec((), (_Piece(en.text),), (number,))


def _assemble(beads: Sequence[_BeadSpec], breaks: Sequence[bool]) -> ParallelDocument:
    """Lay the beads out as two texts: a space between sentences, a blank line at ``breaks``."""
    sides: dict[str, dict[str, list[Any]]] = {
        side: {"parts": [], "sentences": [], "spans": [], "facts": []} for side in ("ru", "en")
    }
    gold = []
    for n, bead in enumerate(beads):
        ids = []
        for side, pieces in (("ru", bead.source), ("en", bead.target)):
            acc = sides[side]
            mine = []
            for piece in pieces:
                length = sum(map(len, acc["parts"]))
                if acc["sentences"]:
                    sep = "\n\n" if (breaks[n] if n < len(breaks) else False) and piece is pieces[0] else " "
                    acc["parts"].append(sep)
                    length += len(sep)
                acc["parts"].append(piece.text)
                mine.append(len(acc["sentences"]))
                acc["sentences"].append(piece.text)
                acc["spans"].append((length, length + len(piece.text)))
                for kind, value, s, e, key in piece.facts:
                    acc["facts"].append(((n, key), kind, value, (length + s, length + e), n))
            ids.append(tuple(mine))
        gold.append((ids[0], ids[1]))
    target_facts = {f[0]: f for f in sides["en"]["facts"]}
    facts = []
    for key, kind, value, src, bead_no in sides["ru"]["facts"]:
        tgt = target_facts.get(key)
        if tgt is not None:
            facts.append(Fact(kind, value, src, tgt[3], bead_no))
    return ParallelDocument(
        source="".join(sides["ru"]["parts"]),
        target="".join(sides["en"]["parts"]),
        source_sentences=tuple(sides["ru"]["sentences"]),
        target_sentences=tuple(sides["en"]["sentences"]),
        source_spans=tuple(sides["ru"]["spans"]),
        target_spans=tuple(sides["en"]["spans"]),
        beads=tuple(gold),
        facts=tuple(facts),
    )


def _check_bead_args(min_beads: int, max_beads: int, shapes: Sequence[str]) -> tuple[str, ...]:
    if not isinstance(min_beads, int) or isinstance(min_beads, bool) or min_beads < 1:
        msg = f"min_beads must be an integer of at least 1 (got {min_beads!r})"
        raise InvalidArgument(msg)
    if not isinstance(max_beads, int) or isinstance(max_beads, bool) or max_beads < min_beads:
        msg = f"max_beads must be an integer of at least min_beads={min_beads} (got {max_beads!r})"
        raise InvalidArgument(msg)
    if isinstance(shapes, str):
        msg = f"shapes must be a sequence of shapes such as ('1-1', '1-2'), not {shapes!r}"
        raise InvalidArgument(msg)
    shapes = tuple(shapes)
    unknown = [s for s in shapes if s not in BEAD_SHAPES]
    if unknown or not shapes:
        msg = f"shapes must be a non-empty selection of {', '.join(BEAD_SHAPES)} (got {shapes!r})"
        raise InvalidArgument(msg)
    if not any(s in ("1-1", "1-2", "2-1") for s in shapes):
        msg = f"shapes must hold one of 1-1, 1-2, 2-1 so that both sides have text (got {shapes!r})"
        raise InvalidArgument(msg)
    # simplest first, so that examples shrink towards 1-1 beads
    return tuple(s for s in BEAD_SHAPES if s in shapes)


def parallel_documents(
    *,
    min_beads: int = 1,
    max_beads: int = 12,
    shapes: Sequence[str] = BEAD_SHAPES,
    paragraphs: bool = True,
) -> st.SearchStrategy[ParallelDocument]:
    """Russian/English document pairs with their gold alignment.

    Each bead is built from sentence templates. Ranks and offices
    (``titles.toml``), glossary terms (``terms.toml``) and single-word pairs of
    the lexicon come from aligner's data; names, number words and month names
    from independent sources (the kit's own list of surnames, disjoint from
    aligner's ``names.toml``; num2words; CLDR through babel), so a checker meets
    them as it meets a user's text. Numbers in figures run from 0 to ten billion
    and tenths, written as each language writes them ("12 500" = "12,500",
    "2,5" = "2.5"); numbers in words from two to a million ("двадцать пять" =
    "twenty-five"); ranges ("25-35") and dates ("8 июля 1950 года" = "July 8,
    1950", 1800-2020) are drawn. Every Russian sentence has a correct English
    translation: a 1-1 bead is one template in both languages, a 1-2 (2-1) bead
    two templates joined by a semicolon on one side. ``1-0`` and ``0-1`` beads
    are sentences with no counterpart (an omission, an addition): leave them out
    of ``shapes`` for pairs with nothing to report. With ``paragraphs`` the
    texts break into paragraphs (a blank line) between beads, in the same
    places on both sides.

    The document has between ``min_beads`` and ``max_beads`` beads, and at
    least one of shape 1-1, 1-2 or 2-1; no sentence of a side is repeated
    (a repeated sentence would make the gold alignment ambiguous).
    Examples shrink towards fewer beads,
    towards 1-1 beads (shapes are tried in the order of :data:`BEAD_SHAPES`),
    towards the first templates (a number in figures, then a title), smaller
    numbers and earlier dates, and towards a single paragraph.
    """
    chosen = _check_bead_args(min_beads, max_beads, shapes)
    if not isinstance(paragraphs, bool):
        msg = f"paragraphs must be True or False (got {paragraphs!r})"
        raise InvalidArgument(msg)
    return _documents(min_beads, max_beads, chosen, paragraphs, None)


def _fresh_bead(
    draw: st.DrawFn, shape: str, kinds: frozenset[str] | None, avoid: frozenset[int], said: set[str]
) -> _BeadSpec:
    """A bead none of whose sentences the document has said already (drawn again a few times).

    Checking each bead as it is drawn, rather than the whole document at the end, keeps
    documents of a hundred beads and more from being thrown away for one repeat.
    """
    for _ in range(8):
        bead = _bead(draw, shape, kinds, avoid)
        texts = [p.text for p in (*bead.source, *bead.target)]
        if len(set(texts)) == len(texts) and not said.intersection(texts):
            return bead
    return bead  # the document's final check rejects it


@st.composite
def _documents(
    draw: st.DrawFn,
    min_beads: int,
    max_beads: int,
    shapes: tuple[str, ...],
    paragraphs: bool,
    require: frozenset[str] | None,
    *,
    one_to_one: bool = False,
) -> ParallelDocument:
    """Documents; ``require``: one bead holds a fact of these kinds; ``one_to_one``: one is 1-1."""
    bead_shapes = draw(st.lists(st.sampled_from(shapes), min_size=min_beads, max_size=max_beads))
    text_shapes = [s for s in shapes if s in ("1-1", "1-2", "2-1")]
    if one_to_one:
        text_shapes = ["1-1"]
    if not any(s in text_shapes for s in bead_shapes):
        bead_shapes[draw(st.integers(0, len(bead_shapes) - 1))] = text_shapes[0]
    beads: list[_BeadSpec] = []
    used: set[int] = set()
    said: set[str] = set()
    for shape in bead_shapes:
        beads.append(_fresh_bead(draw, shape, None, frozenset(used), said))
        used.update(beads[-1].templates)
        said.update(p.text for p in (*beads[-1].source, *beads[-1].target))
    if require is not None:
        at = draw(st.sampled_from([i for i, s in enumerate(bead_shapes) if s in text_shapes]))
        others = {n for i, b in enumerate(beads) if i != at for n in b.templates}
        said = {p.text for i, b in enumerate(beads) if i != at for p in (*b.source, *b.target)}
        beads[at] = _fresh_bead(draw, bead_shapes[at], require, frozenset(others), said)
    breaks = [draw(_BOOLEANS) if paragraphs else False for _ in beads]
    document = _assemble(beads, breaks)
    # repeated sentences would make the gold alignment ambiguous
    for sentences in (document.source_sentences, document.target_sentences):
        assume(len(set(sentences)) == len(sentences))
    return document
