"""The :func:`parallel_documents` strategy: beads of filled templates laid out as two texts with their gold.

Each bead (1-1, 1-2, 2-1, 1-0, 0-1, and on request 1-3, 3-1) is drawn from the sentence templates of
:mod:`aligner.testing._templates`; :func:`_assemble` lays the beads out as a
Russian and an English text and records the gold alignment and the facts
(numbers, dates, names …) both sides carry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ._records import BEAD_SHAPES, DEFAULT_SHAPES, Fact, ParallelDocument
from ._templates import _joined, _Piece, _sentence_pair

_BOOLEANS = st.booleans()


@attrs.frozen
class _BeadSpec:
    source: tuple[_Piece, ...]
    target: tuple[_Piece, ...]
    templates: tuple[int, ...] = ()


def _bead(
    draw: st.DrawFn, shape: str, kinds: frozenset[str] | None = None, avoid: frozenset[int] = frozenset()
) -> _BeadSpec:
    if shape in ("1-3", "3-1"):
        pairs: list[tuple[_Piece, _Piece, int]] = []
        for n in range(3):
            ru, en, number = _sentence_pair(draw, kinds if n == 0 else None, avoid | {p[2] for p in pairs})
            pairs.append((ru.shifted(0, key_base=100 * n), en.shifted(0, key_base=100 * n), number))
        numbers = tuple(p[2] for p in pairs)
        if shape == "1-3":
            return _BeadSpec(
                (_joined(_joined(pairs[0][0], pairs[1][0]), pairs[2][0]),),
                tuple(p[1] for p in pairs),
                numbers,
            )
        return _BeadSpec(
            tuple(p[0] for p in pairs), (_joined(_joined(pairs[0][1], pairs[1][1]), pairs[2][1]),), numbers
        )
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
    if not any(s in ("1-1", "1-2", "2-1", "1-3", "3-1") for s in shapes):
        msg = f"shapes must hold one of 1-1, 1-2, 2-1, 1-3, 3-1 so that both sides have text (got {shapes!r})"
        raise InvalidArgument(msg)
    # simplest first, so that examples shrink towards 1-1 beads
    return tuple(s for s in BEAD_SHAPES if s in shapes)


def parallel_documents(
    *,
    min_beads: int = 1,
    max_beads: int = 12,
    shapes: Sequence[str] = DEFAULT_SHAPES,
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
    two templates joined by a semicolon on one side, a 1-3 (3-1) bead three (only when
    ``shapes`` asks for them: the default is :data:`DEFAULT_SHAPES`). ``1-0`` and ``0-1`` beads
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
    text_shapes = [s for s in shapes if s in ("1-1", "1-2", "2-1", "1-3", "3-1")]
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
