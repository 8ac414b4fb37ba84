"""Splitting a segment into clauses: at commas, colons, dashes, line breaks, around a parenthesis,
before two conjunctions in a row or a conjunction and a compound opener, before a qualification of
several words and after one complete in itself; each run of consecutive clauses short of the whole
segment is a :class:`.breaks.Piece` the omission rules may find left out.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ...model import Segment
from ...morph import ru_parses
from ...resources import data_lines
from .breaks import Piece
from .phrases import by_first_word
from .qualification import qualifier_openers, qualifier_starts, qualifier_wholes

__all__ = ["clause_cuts", "clauses"]


# Each alternative starts only where its run starts (the look-behinds), so a long run of commas,
# ellipses or spaces is read once, not once for each of its characters.
# A parenthesis is a clause of its own: «Расходы (около 40 тыс. рублей) несет …» is cut before
# its opening bracket and after its closing one. A footnote mark may stand after the comma
# ("… in the region,2 where …").
_CLAUSE_END = regex.compile(
    r"(?<![,;:…])[,;:…]++\s+|(?<!\s)\s++[—–-]\s+|\.\.\.\s+|\n|(?<!\s)\s++(?=\()|\)\s++"
    r"|(?<=\p{L}[,;:])[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}\s+"
)


#: The most clause boundaries of one segment that are tried (runs grow with their square).
_MAX_CLAUSE_CUTS = 12


#: A word, for the joined conjunctions that open a clause with no comma before it.
_WORD = regex.compile(r"\w+")


#: Runs of letters, for the qualifications of several words (a hyphenated word as its parts).
_LETTERS = regex.compile(r"\p{L}+")


@functools.lru_cache(maxsize=50_000)
def _conjunction(word: str) -> bool:
    parses = ru_parses(word)
    return bool(parses) and parses[0].tag.POS == "CONJ"


@functools.cache
def _openers() -> tuple[tuple[str, ...], ...]:
    """The compound clause openers («в случае», «при условии»), each as its words."""
    lines = data_lines("clause_openers_ru.txt")
    return tuple(tuple(line.lower().replace("ё", "е").split()) for line in lines)


def _opens(words: Sequence[str], at: int) -> bool:
    """Whether ``words`` from ``at`` on begin with a compound clause opener, or with the opener of a
    qualification («пока», «по возможности»: :mod:`.qualification`)."""
    return any(tuple(words[at : at + len(o)]) == o for o in (*_openers(), *qualifier_openers("ru")))


def _joined_conjunctions(text: str) -> list[int]:
    """Where a conjunction followed by another, or by a compound opener («и в случае отказа …», «и
    пока не …»),
    opens a clause with no comma before it: «…, чтобы партия сопровождалась представителем и чтобы
    о ее отправке извещалось …» (a second clause of the same kind, joined by «и»), read by their
    parts of speech (each word read once)."""
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    lower = [w.lower().replace("ё", "е") for _s, _e, w in found]
    conj = [_conjunction(w) for _s, _e, w in found]
    return [
        start
        for i, (start, end, _w) in enumerate(found[:-1])
        if start
        and conj[i]
        and text[end : found[i + 1][0]].isspace()
        and (conj[i + 1] or _opens(lower, i + 1))
    ]


@functools.cache
def _pairs_en() -> regex.Pattern[str]:
    """The English pairs of ``clause_openers_en.txt`` as one pattern, each after a word and a space."""
    lines = data_lines("clause_openers_en.txt")
    pairs = "|".join(r"\s+".join(map(regex.escape, line.split())) for line in lines)
    return regex.compile(rf"(?<=\p{{L}}\s+)(?:{pairs})\b", regex.IGNORECASE)


def _joined_pairs_en(text: str) -> list[int]:
    """Where an English conjunction and a subordinating word open a second clause with no comma before
    them: "… begin in April and that the cars be sent on …" is cut before "and"."""
    return [m.start() for m in _pairs_en().finditer(text)]


def _qualifier_cuts(text: str) -> list[int]:
    """Where a qualification of several words opens a clause with no comma before it: «… отнести
    за счет бюджета впредь до заключения соглашения» (see :mod:`.qualification`)."""
    starts = by_first_word(qualifier_starts("ru"))
    found = [(m.start(), m.group().lower().replace("ё", "е")) for m in _LETTERS.finditer(text)]
    words = tuple(w for _s, w in found)
    return [
        at
        for i, (at, w) in enumerate(found)
        if i and any(words[i : i + len(p)] == p for p in starts.get(w, ()))
    ]


def _whole_ends(text: str) -> list[int]:
    """Where an adverbial phrase complete in itself ends («в ближайшие дни»: see
    :func:`.qualification.qualifier_wholes`), so that the phrase alone may be a clause: «В
    ближайшие дни войска перейдут в наступление» has two."""
    wholes = by_first_word(qualifier_wholes("ru"))
    found = [(m.end(), m.group().lower().replace("ё", "е")) for m in _LETTERS.finditer(text)]
    words = tuple(w for _e, w in found)
    return [
        found[i + len(p) - 1][0]
        for i, w in enumerate(words)
        for p in wholes.get(w, ())
        if words[i : i + len(p)] == p and i + len(p) < len(found)
    ]


def clauses(seg: Segment) -> list[Piece]:
    """Each run of consecutive clauses of ``seg`` (cut at commas, colons, dashes, line
    breaks, around a parenthesis, before two conjunctions in a row or a conjunction and a compound
    opener, before a qualification of several words and after one complete in itself) short of the
    whole segment; none if it has one clause."""
    cuts = _clause_cuts(seg.text)
    if len(cuts) <= 2 or len(cuts) > _MAX_CLAUSE_CUTS:
        return []
    return [
        Piece(seg, a, b) for i, a in enumerate(cuts) for b in cuts[i + 1 :] if (a, b) != (0, len(seg.text))
    ]


def clause_cuts(text: str) -> tuple[int, ...]:
    """Where :func:`clauses` cuts ``text``, its ends included."""
    return _clause_cuts(text)


@functools.lru_cache(maxsize=20_000)
def _clause_cuts(text: str) -> tuple[int, ...]:
    """Where :func:`clauses` cuts ``text``, its ends included (read once a text: the rules ask often)."""
    ends = (m.end() for m in _CLAUSE_END.finditer(text))
    return tuple(
        sorted(
            {
                0,
                len(text),
                *ends,
                *_joined_conjunctions(text),
                *_joined_pairs_en(text),
                *_qualifier_cuts(text),
                *_whole_ends(text),
            }
        )
    )
