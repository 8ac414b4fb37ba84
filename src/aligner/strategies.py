"""Hypothesis strategies for property tests of aligners and translation checkers.

Import this module explicitly (``aligner`` does not import it, and it needs
``hypothesis``)::

    from hypothesis import given
    from aligner.strategies import parallel_documents, perturbations

    @given(parallel_documents())
    def test_every_sentence_is_aligned(doc): ...

Three strategies:

- :func:`parallel_documents`: Russian/English document pairs with their gold
  beads. Every sentence is made from a template filled with words of aligner's
  own data (ranks and offices, glossary terms, names, number words, month
  names, dictionary words), and every Russian sentence has a correct English
  translation, so a clean pair holds no discrepancy a checker should report.
- :func:`archival_noise`: turns a text into what an archival transcription of
  it looks like (lines wrapped at 40-60 columns with line-break hyphens, page
  furniture between paragraphs, letter-spaced capitals, Latin letters that
  look Cyrillic) and keeps the map from each original character to its place
  in the noisy text.
- :func:`perturbations`: injects one known discrepancy (a number, a range, a
  date, a title, a name, an omission, an addition) into a clean pair and says
  what a correct checker must report and where.

The sentence templates are test data, not language knowledge of the checker:
a template's words are never looked for by aligner itself.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import attrs
import regex
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .resources import data_lines, data_toml

__all__ = [
    "BEAD_SHAPES",
    "FACT_KINDS",
    "PERTURBATION_KINDS",
    "Fact",
    "ParallelDocument",
    "Noised",
    "Perturbation",
    "parallel_documents",
    "archival_noise",
    "perturbations",
]

#: The bead shapes :func:`parallel_documents` can build, simplest first.
BEAD_SHAPES = ("1-1", "1-2", "2-1", "1-0", "0-1")

#: The kinds of fact a sentence pair may carry (each a place a checker compares across languages).
FACT_KINDS = ("number", "range", "date", "title", "name", "term", "word")

#: The discrepancies :func:`perturbations` can inject, as the finding kind a checker must report.
PERTURBATION_KINDS = ("number", "range", "date", "title", "name", "omission", "addition")

_Range = tuple[int, int]


# --------------------------------------------------------------------------- records


@attrs.frozen
class Fact:
    """Something both sides of a bead say and a checker compares.

    ``source`` and ``target`` are ``(start, end)`` code-point ranges in
    :attr:`ParallelDocument.source` and :attr:`ParallelDocument.target`;
    ``bead`` is the index of the bead that holds it.
    """

    kind: str
    value: Any
    source: _Range
    target: _Range
    bead: int


@attrs.frozen(kw_only=True)
class ParallelDocument:
    """A Russian original, its English translation, and the gold alignment of their sentences.

    - ``source`` / ``target``: the two texts (paragraphs separated by a blank line).
    - ``source_sentences`` / ``target_sentences``: the sentences in order, and
      ``source_spans`` / ``target_spans`` their ``(start, end)`` ranges in the text.
    - ``beads``: the gold alignment, each bead a pair of tuples of sentence
      indices (``((0,), (0, 1))`` is a 1-2 bead); together in order they hold
      every sentence of both sides exactly once.
    - ``facts``: the numbers, ranges, dates, titles, names, terms and words both sides share.
    """

    source: str
    target: str
    source_sentences: tuple[str, ...]
    target_sentences: tuple[str, ...]
    source_spans: tuple[_Range, ...]
    target_spans: tuple[_Range, ...]
    beads: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]
    facts: tuple[Fact, ...] = ()

    @property
    def separator(self) -> str:
        """What :attr:`page` puts between the original and the translation."""
        return "\n\n"

    @property
    def page(self) -> str:
        """The pair as one archive page (original, blank line, translation) for ``check_page``.

        Target offsets in the page are those of :attr:`target` plus :attr:`target_offset`.
        """
        return self.source + self.separator + self.target

    @property
    def target_offset(self) -> int:
        """Where :attr:`target` starts in :attr:`page`."""
        return len(self.source) + len(self.separator)

    @property
    def shapes(self) -> tuple[str, ...]:
        """The shape of each gold bead (``"1-1"``, ``"1-2"`` …)."""
        return tuple(f"{len(s)}-{len(t)}" for s, t in self.beads)


@attrs.frozen
class Noised:
    """A noisy transcription of ``original``; ``offsets[i]`` is where ``original[i]`` went.

    Noise only inserts characters (line-break hyphens, letter-spacing, page
    furniture) or replaces one character by one (a space by a line break, a
    Cyrillic letter by a Latin look-alike); it never drops one, so ``offsets``
    is strictly increasing.
    """

    text: str
    offsets: tuple[int, ...] = attrs.field(repr=False)
    original: str = attrs.field(repr=False)

    def origin(self, index: int) -> int | None:
        """The offset in ``original`` of ``text[index]``, or None if the noise inserted it."""
        return self._inverse().get(index)

    def origin_at_or_after(self, index: int) -> int:
        """The offset in ``original`` of the first original character at or after ``index``."""
        import bisect

        return bisect.bisect_left(self.offsets, index)

    def _inverse(self) -> dict[int, int]:
        return {j: i for i, j in enumerate(self.offsets)}


@attrs.frozen(kw_only=True)
class Perturbation:
    """A clean pair with one injected discrepancy, and the finding a correct checker must report.

    ``kind`` is the finding kind (``number``, ``range`` is reported as
    ``number``: see :attr:`finding_kind`); ``source_evidence`` and
    ``target_evidence`` are the ``(start, end)`` ranges in ``document.source``
    and ``document.target`` where the evidence lies (empty for the side that
    has none, e.g. the target of an omission).
    """

    original: ParallelDocument = attrs.field(repr=False)
    document: ParallelDocument
    kind: str
    source_evidence: tuple[_Range, ...]
    target_evidence: tuple[_Range, ...]
    description: str

    @property
    def finding_kind(self) -> str:
        """The ``Finding.kind`` a checker reports (a changed range is a ``number``)."""
        return "number" if self.kind == "range" else self.kind


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


# --------------------------------------------------------------------------- templates

# Each template: the Russian sentence and its English translation, with {slots}.
# Slots: title, name, number (digits), numword (a number word), range, date, term, word, upper.
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
)

_SLOT = regex.compile(r"\{(\w+)\}")
_SLOT_KIND = {
    "number": "number",
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


@st.composite
def _fillers(draw: st.DrawFn, slots: Sequence[str], *, changeable: bool = False) -> dict[str, _Filler]:
    """A filler for each slot; ``changeable``: only titles a perturbation can change."""
    out: dict[str, _Filler] = {}
    for slot in slots:
        if slot == "number":
            value = draw(st.integers(2, 999))
            out[slot] = _Filler("number", float(value), str(value), str(value))
        elif slot == "numword":
            out[slot] = draw(st.sampled_from(_number_words()))
        elif slot == "range":
            low = draw(st.integers(2, 90))
            high = draw(st.integers(low + 1, low + 60))
            text = f"{low}-{high}"
            out[slot] = _Filler("range", (float(low), float(high)), text, text)
        elif slot == "date":
            day, month, year = (
                draw(st.integers(1, 28)),
                draw(st.integers(1, 12)),
                draw(st.integers(1917, 1991)),
            )
            out[slot] = _date_filler(day, month, year)
        elif slot == "title":
            titles = _titles()
            if changeable:
                titles = tuple(c for c in titles if _title_alternatives()[c["id"]])
            out[slot] = _title_filler(draw(st.sampled_from(titles)))
        elif slot == "name":
            out[slot] = draw(st.sampled_from(_names()))
        elif slot == "upper":
            single = [n for n in _names() if " " not in n.ru and " " not in n.en and "-" not in n.ru]
            name = draw(st.sampled_from(single))
            out[slot] = _Filler("name", name.value, name.ru.upper(), name.en.upper())
        elif slot == "term":
            out[slot] = draw(st.sampled_from(_terms()))
        elif slot == "word":
            out[slot] = draw(st.sampled_from(_words()))
    return out


def _date_filler(day: int, month: int, year: int) -> _Filler:
    ru_month, en_month = _months()[month - 1]
    return _Filler(
        "date",
        f"{year:04d}-{month:02d}-{day:02d}",
        f"{day} {ru_month} {year} года",
        f"{en_month} {day}, {year}",
    )


@st.composite
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
    number = draw(st.sampled_from(fresh))
    ru_t, en_t = _TEMPLATES[number]
    fillers = draw(_fillers(_SLOT.findall(ru_t), changeable=kinds is not None))
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
    return first[:1].isupper() and first[1:].islower() and not any(first in (n.ru, n.en) for n in _names())


@attrs.frozen
class _BeadSpec:
    source: tuple[_Piece, ...]
    target: tuple[_Piece, ...]
    templates: tuple[int, ...] = ()


@st.composite
def _bead(
    draw: st.DrawFn, shape: str, kinds: frozenset[str] | None = None, avoid: frozenset[int] = frozenset()
) -> _BeadSpec:
    if shape in ("1-2", "2-1"):
        ru1, en1, first = draw(_sentence_pair(kinds, avoid))
        ru2, en2, second = draw(_sentence_pair(None, avoid | {first}))
        ru2, en2 = ru2.shifted(0, key_base=100), en2.shifted(0, key_base=100)
        if shape == "1-2":
            return _BeadSpec((_joined(ru1, ru2),), (en1, en2), (first, second))
        return _BeadSpec((ru1, ru2), (_joined(en1, en2),), (first, second))
    ru, en, number = draw(_sentence_pair(kinds, avoid))
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

    Each bead is built from sentence templates filled with aligner's own data:
    ranks and offices (``titles.toml``), glossary terms (``terms.toml``),
    names (``names.toml``), number words (``numbers_ru.toml`` /
    ``numbers_en.toml``), month names, and single-word pairs of the lexicon;
    numbers in figures, ranges ("25-35") and dates ("8 июля 1950 года" = "July
    8, 1950") are drawn. Every Russian sentence has a correct English
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
    for shape in bead_shapes:
        beads.append(draw(_bead(shape, None, frozenset(used))))
        used.update(beads[-1].templates)
    if require is not None:
        at = draw(st.sampled_from([i for i, s in enumerate(bead_shapes) if s in text_shapes]))
        others = {n for i, b in enumerate(beads) if i != at for n in b.templates}
        beads[at] = draw(_bead(bead_shapes[at], require, frozenset(others)))
    breaks = [draw(st.booleans()) if paragraphs else False for _ in beads]
    document = _assemble(beads, breaks)
    # repeated sentences would make the gold alignment ambiguous
    for sentences in (document.source_sentences, document.target_sentences):
        assume(len(set(sentences)) == len(sentences))
    return document


# --------------------------------------------------------------------------- archival noise

# Latin letters that look like Cyrillic ones, as OCR engines and typists mix them up.
_LOOK_ALIKES = dict(zip("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX", strict=True))
_BREAKABLE = regex.compile(r"^\p{Ll}{6,}$")
_SPACEABLE = regex.compile(r"^\p{Lu}{4,}$")
_HAS_LETTER = regex.compile(r"\p{L}")


def archival_noise(
    text: str | None = None,
    *,
    hyphenation: bool = True,
    furniture: bool = True,
    letter_spacing: bool = True,
    look_alikes: bool = True,
    min_width: int = 40,
    max_width: int = 60,
) -> st.SearchStrategy[Noised]:
    """Archival transcriptions of ``text`` (by default, the source of a :func:`parallel_documents`).

    Each paragraph (text between blank lines) is wrapped into lines of
    ``min_width``-``max_width`` columns (one width per example); with
    ``hyphenation`` a lower-case word of six letters or more that does not fit
    may be broken with a hyphen at the line end ("незави-" / "симость"). With
    ``furniture`` paragraphs of page furniture go between paragraphs: page
    numbers ("- 14 -"), sheet marks ("Лист № 3", from ``furniture_ru.toml``),
    cipher and registration numbers ("№ 481", "Копия № 2"). With
    ``letter_spacing`` a word of four capitals or more that shares its line with
    another word may be letter-spaced ("М О Л О Т О В"); with ``look_alikes`` a
    few Cyrillic letters become the Latin letters they look like.

    Returns :class:`Noised` records; the original characters are all kept in
    order. Examples shrink towards no noise at all: no furniture, no hyphen,
    no letter-spacing, no look-alike, the narrowest width.
    """
    for name, value in (
        ("hyphenation", hyphenation),
        ("furniture", furniture),
        ("letter_spacing", letter_spacing),
        ("look_alikes", look_alikes),
    ):
        if not isinstance(value, bool):
            msg = f"{name} must be True or False (got {value!r})"
            raise InvalidArgument(msg)
    if text is not None and not isinstance(text, str):
        msg = f"text must be a str or None (got {type(text).__name__}); for a strategy use .flatmap"
        raise InvalidArgument(msg)
    for name, width in (("min_width", min_width), ("max_width", max_width)):
        if not isinstance(width, int) or isinstance(width, bool) or width < 10:
            msg = f"{name} must be an integer of at least 10 (got {width!r})"
            raise InvalidArgument(msg)
    if max_width < min_width:
        msg = f"max_width must be at least min_width={min_width} (got {max_width})"
        raise InvalidArgument(msg)
    options = (hyphenation, furniture, letter_spacing, look_alikes, min_width, max_width)
    if text is None:
        return parallel_documents().flatmap(lambda doc: _noised(doc.source, *options))
    return _noised(text, *options)


@st.composite
def _furniture_line(draw: st.DrawFn) -> str:
    sheet, apparatus = _furniture_words()
    choices = ["page"]
    if sheet:
        choices.append("sheet")
    if apparatus:
        choices.append("apparatus")
    choices.append("cipher")
    what = draw(st.sampled_from(choices))
    number = draw(st.integers(1, 999))
    if what == "page":
        return draw(st.sampled_from([f"{number}", f"- {number} -"]))
    if what == "sheet":
        word = draw(st.sampled_from(sheet))
        return f"{word[:1].upper()}{word[1:]} № {number}"
    if what == "apparatus":
        word = draw(st.sampled_from(apparatus))
        big = draw(st.integers(1, 999_999))
        return f"{word[:1].upper()}{word[1:]} № {big}"
    return f"№ {draw(st.integers(1, 99_999))}"


class _Writer:
    """The noisy text as it is written, and where each original character went."""

    def __init__(self, size: int) -> None:
        self.out: list[str] = []
        self.offsets = [0] * size
        self.length = 0

    def emit(self, chunk: str, origin: int | None = None) -> None:
        """Append ``chunk``; with ``origin``, ``chunk[i]`` is original character ``origin + i``."""
        if origin is not None:
            for i in range(len(chunk)):
                self.offsets[origin + i] = self.length + i
        self.out.append(chunk)
        self.length += len(chunk)

    def break_line(self) -> None:
        """Turn the space just written into a line break (one for one: offsets unchanged)."""
        if self.out and self.out[-1].endswith(" "):
            self.out[-1] = self.out[-1][:-1] + "\n"


@st.composite
def _noised(
    draw: st.DrawFn,
    text: str,
    hyphenation: bool,
    furniture: bool,
    letter_spacing: bool,
    look_alikes: bool,
    min_width: int,
    max_width: int,
) -> Noised:
    width = draw(st.integers(min_width, max_width))
    w = _Writer(len(text))
    options = (width, hyphenation, letter_spacing, look_alikes)
    pos = 0
    for m in regex.finditer(r"\n[ \t]*\n\s*", text):
        _noise_paragraph(draw, w, text, pos, m.start(), *options)
        w.emit(m.group(), m.start())
        if furniture and draw(st.booleans()):
            w.emit(draw(_furniture_line()) + "\n\n")
        pos = m.end()
    _noise_paragraph(draw, w, text, pos, len(text), *options)
    if furniture and text.strip() and draw(st.booleans()):
        w.emit("\n\n" + draw(_furniture_line()))
    return Noised("".join(w.out), tuple(w.offsets), text)


def _noise_paragraph(
    draw: st.DrawFn,
    w: _Writer,
    text: str,
    start: int,
    end: int,
    width: int,
    hyphenation: bool,
    letter_spacing: bool,
    look_alikes: bool,
) -> None:
    """Wrap ``text[start:end]`` (what lies between blank lines) with the noise asked for."""
    column = 0
    line_has_letters = False
    for m in regex.finditer(r"[^ ]+| +", text[start:end]):
        token, at = m.group(), start + m.start()
        if token.startswith(" "):
            w.emit(token, at)
            column += len(token)
            continue
        if "\n" in token:  # a line break inside the paragraph starts a new line
            w.emit(_look(draw, token, look_alikes), at)
            tail = token[token.rfind("\n") + 1 :]
            column, line_has_letters = len(tail), bool(_HAS_LETTER.search(tail))
            continue
        word = regex.match(r"^(\p{L}+)(.*)$", token, flags=regex.DOTALL)
        letters = word.group(1) if word else ""
        spaced = bool(
            letter_spacing and _SPACEABLE.match(letters) and line_has_letters and draw(st.booleans())
        )
        shown = len(token) + len(letters) - 1 if spaced else len(token)
        if column > 0 and column + shown > width and not spaced:
            # the token does not fit: hyphenate the word, or break the line at the space before it
            if hyphenation and _BREAKABLE.match(letters) and width - column >= 4 and draw(st.booleans()):
                # the first part and its hyphen fit on the line
                cut = draw(st.integers(3, min(len(letters) - 3, width - column - 1)))
                w.emit(_look(draw, token[:cut], look_alikes), at)
                w.emit("-\n")
                w.emit(_look(draw, token[cut:], look_alikes), at + cut)
                column, line_has_letters = len(token) - cut, True
                continue
            w.break_line()
            column, line_has_letters = 0, False
        if spaced:
            for i, ch in enumerate(letters):
                if i:
                    w.emit(" ")
                w.emit(ch, at + i)
            w.emit(token[len(letters) :], at + len(letters))
        else:
            w.emit(_look(draw, token, look_alikes), at)
        column += shown
        line_has_letters = line_has_letters or bool(_HAS_LETTER.search(token))


def _look(draw: st.DrawFn, chunk: str, look_alikes: bool) -> str:
    """``chunk``, perhaps with a Cyrillic letter swapped for its Latin look-alike."""
    if not look_alikes:
        return chunk
    places = [i for i, ch in enumerate(chunk) if ch in _LOOK_ALIKES]
    if not places or draw(st.integers(0, 9)) != 9:
        return chunk
    i = draw(st.sampled_from(places))
    return chunk[:i] + _LOOK_ALIKES[chunk[i]] + chunk[i + 1 :]


# --------------------------------------------------------------------------- perturbations

# The fact kind a perturbation changes, for the kinds that change a fact.
_CHANGES = {"number": "number", "range": "range", "date": "date", "title": "title", "name": "name"}


def perturbations(
    document: ParallelDocument | None = None,
    *,
    kinds: Sequence[str] = PERTURBATION_KINDS,
) -> st.SearchStrategy[Perturbation]:
    """One known discrepancy injected into a clean pair (by default a drawn one).

    The translation is changed in one place: a number in figures or in words
    gets another value (``number``), the upper end of a range another one
    (``range``: "25-35" becomes "25-30"), a date another day (``date``), a
    rank or office another of its family that is neither broader nor narrower
    (``title``: Colonel General becomes Generalissimo), a name another name
    (``name``); a sentence of a 1-1 bead is dropped (``omission``) or a
    sentence with no source is added (``addition``). The result holds the
    changed pair (with its gold beads updated), the kind, and the ranges of
    the evidence in the new source and target texts.

    With a ``document``, only the ``kinds`` it allows are drawn (a pair with no
    date cannot have its date changed); :class:`~hypothesis.errors.InvalidArgument`
    is raised when it allows none. Without one, documents of 1-1, 1-2 and 2-1
    beads are drawn that allow the kind. Examples shrink towards the first
    kind of ``kinds``, the earliest fact of the document, and the shrinking of
    the document itself (see :func:`parallel_documents`).
    """
    if isinstance(kinds, str):
        msg = f"kinds must be a sequence such as ('number', 'date'), not {kinds!r}"
        raise InvalidArgument(msg)
    chosen = tuple(kinds)
    unknown = [k for k in chosen if k not in PERTURBATION_KINDS]
    if unknown or not chosen:
        msg = f"kinds must be some of {', '.join(PERTURBATION_KINDS)} (got {chosen!r})"
        raise InvalidArgument(msg)
    if document is None:
        return st.sampled_from(chosen).flatmap(_drawn_and_perturbed)
    if not isinstance(document, ParallelDocument):
        msg = (
            f"document must be a ParallelDocument or None (got {type(document).__name__}); "
            "for a strategy of documents use parallel_documents().flatmap(perturbations)"
        )
        raise InvalidArgument(msg)
    possible = tuple(k for k in chosen if _applicable(document, k))
    if not possible:
        msg = f"this document allows none of the kinds {chosen!r} (no such fact to change)"
        raise InvalidArgument(msg)
    return st.sampled_from(possible).flatmap(lambda kind: _apply(document, kind))


def _changeable(document: ParallelDocument, kind: str) -> list[Fact]:
    """Facts of the kind whose value is unique in its bead (so the evidence is unambiguous)."""
    same = [f for f in document.facts if f.kind == _CHANGES[kind]]
    facts = [f for f in same if sum(g.bead == f.bead and g.value == f.value for g in same) == 1]
    if kind == "title":
        facts = [f for f in facts if _title_alternatives().get(str(f.value))]
    if kind == "name":
        facts = [f for f in facts if len(_names()) > 1]
    return facts


def _one_to_one(document: ParallelDocument) -> list[int]:
    return [i for i, (s, t) in enumerate(document.beads) if len(s) == 1 and len(t) == 1]


def _applicable(document: ParallelDocument, kind: str) -> bool:
    if kind == "addition":
        return True
    if kind == "omission":
        return bool(_one_to_one(document)) and len(document.target_sentences) > 1
    return bool(_changeable(document, kind))


def _drawn_and_perturbed(kind: str) -> st.SearchStrategy[Perturbation]:
    clean = ("1-1", "1-2", "2-1")
    if kind == "omission":
        docs = _documents(2, 8, clean, True, None, one_to_one=True)
    elif kind == "addition":
        docs = _documents(1, 8, clean, True, None)
    else:
        docs = _documents(1, 8, clean, True, frozenset({_CHANGES[kind]}))
    return docs.filter(lambda doc: _applicable(doc, kind)).flatmap(lambda doc: _apply(doc, kind))


def _apply(document: ParallelDocument, kind: str) -> st.SearchStrategy[Perturbation]:
    if kind == "omission":
        return _omitted(document)
    if kind == "addition":
        return _added(document)
    return _changed(document, kind)


def _shift(r: _Range, at: int, delta: int) -> _Range:
    """A target range moved by an edit of ``delta`` characters at ``at``."""
    start, end = r
    return (start + delta if start >= at else start, end + delta if end >= at else end)


def _edited(
    document: ParallelDocument,
    start: int,
    end: int,
    new: str,
    *,
    drop_fact: Fact | None = None,
) -> ParallelDocument:
    """The document with ``target[start:end]`` replaced by ``new`` (ranges after it shifted)."""
    delta = len(new) - (end - start)
    target = document.target[:start] + new + document.target[end:]
    spans = tuple(_shift(r, end if r[0] >= end else start + 1, delta) for r in document.target_spans)
    facts = tuple(
        attrs.evolve(f, target=_shift(f.target, end, delta)) for f in document.facts if f is not drop_fact
    )
    return attrs.evolve(
        document,
        target=target,
        target_spans=spans,
        target_sentences=tuple(target[a:b] for a, b in spans),
        facts=facts,
    )


@st.composite
def _changed(draw: st.DrawFn, document: ParallelDocument, kind: str) -> Perturbation:
    fact = draw(st.sampled_from(_changeable(document, kind)))
    start, end = fact.target
    old = document.target[start:end]
    # the new value is none the bead already holds, so the change cannot pair with another fact
    taken = {g.value for g in document.facts if g.bead == fact.bead and g.kind == fact.kind}
    if kind == "number":
        new, what = _other_number(draw, fact, old, taken)
    elif kind == "range":
        low, high = (int(v) for v in fact.value)
        other = draw(st.integers(low + 1, low + 60).filter(lambda v: (float(low), float(v)) not in taken))
        new, what = f"{low}-{other}", f"the range {low}-{high} became {low}-{other}"
    elif kind == "date":
        year, month, day = (int(p) for p in str(fact.value).split("-"))
        other = draw(st.integers(1, 28).filter(lambda d: f"{year:04d}-{month:02d}-{d:02d}" not in taken))
        new = _date_filler(other, month, year).en
        what = f"the date {old} became {new}"
    elif kind == "title":
        concept = draw(
            st.sampled_from([c for c in _title_alternatives()[str(fact.value)] if c["id"] not in taken])
        )
        new = str(concept["en"][0])
        what = f"the title {old} became {new}"
    else:
        name = draw(
            st.sampled_from([n for n in _names() if n.en.lower() != old.lower() and n.value not in taken])
        )
        new = name.en.upper() if old.isupper() else name.en
        what = f"the name {old} became {new}"
    changed = _edited(document, start, end, new, drop_fact=fact)
    return Perturbation(
        original=document,
        document=changed,
        kind=kind,
        source_evidence=(fact.source,),
        target_evidence=((start, start + len(new)),),
        description=f"In the translation {what}.",
    )


def _other_number(draw: st.DrawFn, fact: Fact, old: str, taken: set[Any]) -> tuple[str, str]:
    if old.isdigit():
        other = draw(st.integers(2, 999).filter(lambda v: float(v) not in taken))
        return str(other), f"the number {old} became {other}"
    words = [w for w in _number_words() if w.value not in taken]
    word = draw(st.sampled_from(words))
    return word.en, f"the number {old} became {word.en}"


@st.composite
def _omitted(draw: st.DrawFn, document: ParallelDocument) -> Perturbation:
    bead_no = draw(st.sampled_from(_one_to_one(document)))
    (src,), (k,) = document.beads[bead_no]
    spans = document.target_spans
    # drop the sentence with the separator before it (after it, for the first sentence)
    start, end = (spans[k - 1][1], spans[k][1]) if k > 0 else (spans[0][0], spans[1][0])
    changed = _edited(document, start, end, "")
    kept = tuple(r for i, r in enumerate(changed.target_spans) if i != k)
    beads: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for n, (s, t) in enumerate(document.beads):
        if n == bead_no:
            beads.append((s, ()))
        else:
            beads.append((s, tuple(i - 1 if i > k else i for i in t)))
    facts = tuple(f for f in changed.facts if f.bead != bead_no)
    result = attrs.evolve(
        changed,
        target_spans=kept,
        target_sentences=tuple(changed.target[a:b] for a, b in kept),
        beads=tuple(beads),
        facts=facts,
    )
    return Perturbation(
        original=document,
        document=result,
        kind="omission",
        source_evidence=(document.source_spans[src],),
        target_evidence=(),
        description=f"The translation leaves out the sentence “{document.source_sentences[src]}”.",
    )


@st.composite
def _added(draw: st.DrawFn, document: ParallelDocument) -> Perturbation:
    _, extra, _ = draw(_sentence_pair())
    sentence = extra.text
    with_target = [n for n, (_, t) in enumerate(document.beads) if t]
    bead_no = draw(st.sampled_from(with_target))
    k = document.beads[bead_no][1][-1]
    at = document.target_spans[k][1]
    changed = _edited(document, at, at, " " + sentence)
    new_range = (at + 1, at + 1 + len(sentence))
    spans = list(changed.target_spans)
    spans.insert(k + 1, new_range)
    beads = []
    for n, (s, t) in enumerate(document.beads):
        beads.append((s, tuple(i + 1 if i > k else i for i in t)))
        if n == bead_no:
            beads.append(((), (k + 1,)))
    facts = tuple(attrs.evolve(f, bead=f.bead + 1) if f.bead > bead_no else f for f in changed.facts)
    result = attrs.evolve(
        changed,
        target_spans=tuple(spans),
        target_sentences=tuple(changed.target[a:b] for a, b in spans),
        beads=tuple(beads),
        facts=facts,
    )
    return Perturbation(
        original=document,
        document=result,
        kind="addition",
        source_evidence=(),
        target_evidence=(new_range,),
        description=f"The translation adds the sentence “{sentence}”, which has no source.",
    )
